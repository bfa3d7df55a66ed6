"""Which claims of different articles state the same fact.

Precision first: a false alignment makes two outlets look as if they confirmed (or
contradicted) each other. Claims are joined greedily, best pair first, and two groups
merge only when their average link clears the threshold, so one loose pair cannot chain
unrelated facts together. Sentence embeddings carry most of the score (they match
paraphrases and Spanish with English); shared names and shared figures or days add to it,
because two sentences that name the same people and give the same count are very likely
the same fact even when worded apart. Near a threshold the frames tip the balance: one
predicate family adds to the score, other named actors with no predicate in common take
from it (`frames.frame_agreement`). Where parsed frames agree on the act (one predicate
family, actors not other and named on one side, no other place or day: `frames_agree`;
a parsed clause and English word shapes when their actors share a name), they join two
clauses from a low score, since outlets word one act far apart; a quote
translated into another language counts as the same quote (`translated_quotes`). When
frames are unsure, the cross-check says less: a wrong "confirmed" is the error that gets
printed; English frames read by word shapes part no pair scoring `SHAPES_THRESHOLD` or
more on their predicates alone.

Two claims whose frames say they are different facts (`frames.different_facts`: another
predicate, or the same predicate with other named actors — two meetings of the same
countries; or a light verb whose object the other clause, an act of its own, names nothing
of: `_other_theme`) are never joined unless something outweighs the frames: the same quote, the
same telling figure, one figure each for the same counted noun, the same day or month, the
same time of day ("a las 12:16"), or the same code ("RN-7"); other actors doing another
thing (`frames.unrelated`) need the quote, the figure, the time or the code, and so do two
claims about two people who share a surname (`people.other_people`: a team-mate of the same
name, however alike the sentences read). An age beside
a name or a vague amount ("Kubica, 35,", "decenas de miles", `figures.descriptive`) is none
of this evidence, and adds nothing to the score: an age is compared only once other
evidence has joined two claims, and a vague amount joins two claims only where it clashes
(then the group is a conflict, never a confirmation). One crowd counted twice
(`figures.CROWD`) is compared by what is counted, not by wording: two figures for it
that cannot both hold join from a very low score, when actors, year and day do not say
another gathering. Figures and
days of a clause that only says which thing is meant ("tras la riña que dejó 16 muertos")
outweigh nothing unless they clash. A claim that says its predicate did not happen is
never joined with one that shares no predicate with it (it can confirm nothing; a shared
predicate makes it a conflict, found in `labels`); nor a claim whose frame was not read
(no predicate: Italian has no frame reader, English word shapes often find none) and
another unless they share a name or a quote, or, beside a frame read, a figure each for
one counted noun (`_unread`), or its article says the fact through another claim of the
group that the other clause matches (a verbless headline beside its lead). Nor are two
claims of one article (an article states a fact once; its second sentence adds
something), except its headline and a sentence of its body whose figures do not clash (the
headline restates the lead in its own words, so their frames are not compared), or two
sentences whose frames say one act and whose figures do not clash (the lead and a quote
restating it, or two sentences giving one crowd's size); both may meet another outlet's
sentence, and only such a meeting puts them in one group; nor an update of another —
the same counted noun with incompatible figures on different days ("40 buques" on
Wednesday and "52 buques" on Friday, see `figures`), or an event said to be moved to
another day ("adelantó al martes 14 la reunión prevista para el 15"), or a plan called
off and a report of the event unless real publication dates put the call-off first. An
update is neither a disagreement nor a confirmation. Nor is a forecast and a report whose
figures for one counted noun cannot both hold ("Para 2030 se espera que el puerto reciba 3
millones de pasajeros" / "el puerto recibió 1,2 millones de pasajeros"): what is expected
is not contradicted by what happened (`speculation.forecasts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cache, lru_cache

import numpy as np

from contrasta.blas import one_thread
from contrasta.crosscheck.acts import denied, disagree, maybe_one_count, negation
from contrasta.crosscheck.claims import Claim, Number, content_words, fold
from contrasta.crosscheck.figures import (
    CROWD,
    clash,
    compatible,
    counts,
    descriptive,
    figure_changes,
    telling_values,
)
from contrasta.crosscheck.frames import (
    ASPECTUAL,
    COUNTING,
    FUTURE,
    OTHER,
    PAST,
    PRESENT,
    REQUESTED,
    RULED_OUT,
    SAME,
    SAYING,
    Frame,
    actor_relation,
    different_facts,
    family,
    frame_agreement,
    named,
    one_act,
    opposite_polarity,
    place_conflict,
    predicate_relation,
    same_names,
    shapes,
    unrelated,
)
from contrasta.crosscheck.kin import kin_conflict, kinship, kinship_conflict, same_kin
from contrasta.crosscheck.labels import ALIKE, CORROBORATED
from contrasta.crosscheck.people import NOBODY, People, other_people
from contrasta.crosscheck.said import (
    MIN_SHARED_WORDS,
    content_conflict,
    one_quote,
    one_statement,
    phrase_apart,
    phrase_of_two,
    same_quote,
    shingles,
    two_occasions,
    two_sources,
)
from contrasta.crosscheck.speculation import forecasts, guesses
from contrasta.crosscheck.weekdays import weekday_clash, weekdays
from contrasta.crosscheck.words import stem
from contrasta.dates import BACKGROUND_DAYS, DAY, MONTH, ends_before
from contrasta.embed import Embedder, embed_once
from contrasta.reading.names import names as names_in
from contrasta.reading.numbers import AGE
from contrasta.reading.rarity import rarity

# Chosen on the example stories with the USE model (bench/reading_claims.py): with this
# blend most same-fact clauses score 0.65-1.2, the closest different facts of a story
# (same people, same place, another event) up to 0.63; paraphrases USE does not see
# ("terminó sin acuerdo" / "fracasó") stay at 0.45-0.55 and are missed.
THRESHOLD = 0.65
NAME_WEIGHT = 0.2
WORD_WEIGHT = 0.3
FIGURE_WEIGHT = 0.2  # per shared counted noun, figure or date, two at most
QUOTE_WEIGHT = 0.3
# Quoted words of two languages whose embeddings are at least this close are one quote
# translated ("no vamos a cerrar la planta este año" / "we will not close the plant this
# year"): shared words cannot show it. On the dev rows translated quotes of one
# statement score 0.65-0.87, and no two quotes of different facts across languages over 0.5.
TRANSLATED_QUOTE = 0.65
# A word at least this rare (wordfreq rarity, see reading.rarity) denied by one claim and
# asserted by another is evidence that both state one fact ("intencionado"); opening a
# sentence, it is taken for a name (`_names`).
RARE = 3.0
NEGATION_WEIGHT = 0.2
# Frames that agree on the actor or the predicate (and nowhere say two facts) make a pair
# likelier one fact; named actors that differ, with no predicate in common, less likely.
FRAME_WEIGHT = 0.1
# Groups that hold claims about one quantity or one written day, the same quote, a word
# one asserts and the other denies, one named actor on one weekday (`_same_weekday`), or,
# in two clauses whose frames were read, the same telling figure, time or code (`telling`:
# "en el Lote 39" in both, whatever verb each put it with) are joined from this lower
# score: that is where outlets disagree, and wording drifts most, across languages most
# of all. An unread clause (Italian) shares a figure with the index it names ("FTSE 100"),
# not with the fact.
CONFLICT_THRESHOLD = 0.5
# Claims whose frames do not say two acts and whose figures for one counted noun cannot
# both hold (at one time: not when one dates its fact to another year), or in whose
# words one speaker calls one thing two names, are joined from lower still: the clash is
# what an editor must see, and outlets that disagree word the fact apart.
CLASH_THRESHOLD = 0.3
# Two figures for one crowd that cannot both hold are joined from a score this low: the
# count is the fact ("que han reunido hasta un millón de personas" / "decenas de miles de
# personas desfilaban"), and two outlets word it as far apart as a relative clause and a
# headline (scores 0.15-0.2). Actors, year and day must not say another gathering.
CROWD_THRESHOLD = 0.1
# Two claims that relate the same people otherwise, or give one person one kin where the
# other gives several, are joined from as low: who is whose kin is the fact, whatever act
# each sentence tells of them ("La actriz informó que sus hijas y su marido..." / "Esposo de
# Jacky Bracamontes y su hija dan negativo", 0.25).
KIN_THRESHOLD = 0.1
# Two parsed clauses whose frames agree on the act (one predicate family, neither light nor
# of saying), name one actor (or one names it and the other leaves it to the sentence
# before: "Ha conseguido el escaño" / "Lucía Ferrán obtuvo el respaldo") and say no other
# place or day are joined from this score: outlets word one act far apart ("Ha obtenido 40
# apoyos" / "logró una mayoría de 40 votos"), and the frames vouch for it.
FRAMES_THRESHOLD = 0.3
# Word shapes often take the wrong verb for an English clause's predicate ("The mayor says
# residents will witness a new bridge" / "the mayor promises to build a bridge"): from
# this score, two such clauses whose actors do not differ and who name no other weekday are
# not parted by their predicates. On the English dev rows 0.7 and 0.65 join the same pairs,
# 0.6 joins different facts (two photos of one actor, two statements of one governor).
SHAPES_THRESHOLD = 0.7


def align(
    claims: list[Claim],
    published: dict[str, datetime | None],
    embedder: Embedder,
    origin: dict[str, int] | None = None,
    people: dict[str, People] | None = None,
    vectors: np.ndarray | None = None,
) -> list[list[Claim]]:
    """Groups of claims stating one fact, each in article order, singletons included.

    `published` maps article ids to publication times, None when unknown — never an
    ingestion time, which depends on when a batch was read: an undated article's figures
    are taken as contemporary with every other article's (neither an update nor older),
    and it takes no part in dating a call-off, a year or a weekday. `people` holds the
    people each article names in full (`people.article_people`), who a surname alone in
    its claims stands for; without it a surname alone is no one in particular. `vectors`
    are the claims' embeddings when the caller has them already (`similarity`).
    """
    if not claims:
        return []
    if len({c.article_id for c in claims}) == 1:
        # One article's claims: only pairs across articles join groups (`_greedy`; its
        # headline meets its lead only through another outlet's sentence), so nothing is
        # embedded. Most stories of a day hold a single article.
        return [[claim] for claim in claims]
    with one_thread():  # a story's products are small: a second BLAS thread only spins
        translated = translated_quotes(claims, embedder)
        score = similarity(claims, embedder, origin, vectors) + QUOTE_WEIGHT * translated

    def source(claim: Claim) -> object:
        return origin.get(claim.article_id, claim.article_id) if origin else claim.article_id

    def people_of(i: int) -> People:
        return (people or {}).get(claims[i].article_id, NOBODY)

    @cache
    def named_people(i: int) -> list[tuple[str, ...]]:
        # A surname opening the sentence is a name when its article names someone by it
        # ("Pérez dijo..." after "Laura Pérez"), however common the word.
        claim = claims[i]
        opening = _OPENING_WORD.match(claim.sentence)
        found = (*_names(claim), *((opening.group(1),) if opening else ()))
        return people_of(i).who(dict.fromkeys(found))

    def apart(i: int, j: int) -> bool:
        a, b = claims[i], claims[j]
        if a.article_id == b.article_id:
            # A headline restates its lead in other words and another verb ("Un estudio
            # estima 147.000 fallecidos" / "ha planteado su proyección de muertes"): within
            # one article only clashing figures tell them apart. Two sentences of the body
            # restate one fact only with one predicate ("la policía detuvo a 87 personas",
            # and a quote: "detuvimos a 87 personas").
            return bool(_clashes(a, b, every=True)) or (
                a.headline == b.headline and not _restated(a, b)
            )
        return (
            bool(figure_changes(a, b, published)[1])
            or (forecasts(a) != forecasts(b) and bool(_clashes(a, b)))
            or ((a.moved or b.moved) and _other_days(a, b))
            or (
                (different_facts(a.frame, b.frame) or _other_theme(a, b))
                and not (anchored(a, b) or translated[i, j])
                and not (score[i, j] >= SHAPES_THRESHOLD and _shapes_unsure(a, b))
            )
            or (unrelated(a.frame, b.frame) and not (telling(a, b) or translated[i, j]))
            or (
                other_people(named_people(i), named_people(j), people_of(i), people_of(j))
                and not (telling(a, b) or translated[i, j])
            )
            or (opposite_polarity(a.frame, b.frame) and not _denied_word(a, b))
            or _undated_call_off(a, b, published)
            or _two_acts(a, b)
            or _another_occasion(a, published) != _another_occasion(b, published)
        )

    def unvouched(i: int, j: int) -> bool:
        a, b = claims[i], claims[j]
        return a.article_id != b.article_id and _unread(a, b) and not translated[i, j]

    def vouched(i: int, j: int) -> bool:
        return not (apart(i, j) or unvouched(i, j))

    def parted(left: list[int], right: list[int]) -> bool:
        # A clause read with no frame vouches for nothing (`_unread`), but its article may
        # speak through another claim of the group: a verbless headline ("Una treintena de
        # animales, muertos en el fuego de un zoo") joined with the lead that says it, which
        # the other outlet's sentence matches. Then it does not keep the groups apart.
        if any(apart(i, j) for i in left for j in right):
            return True
        return any(
            unvouched(i, j)
            and not any(k != i and reports[k] == reports[i] and vouched(k, j) for k in left)
            and not any(k != j and reports[k] == reports[j] and vouched(i, k) for k in right)
            for i in left
            for j in right
        )

    # Per claim, worked out when first asked: the passes ask about most pairs of a story.
    kinship_of = cache(lambda i: kinship(claims[i]))
    years_of = cache(lambda i: _years(claims[i]))

    def another_year(i: int, j: int) -> bool:
        return _another_year(claims[i], claims[j], years_of(i), years_of(j), published)

    def comparable(i: int, j: int) -> bool:
        a, b = claims[i], claims[j]
        shared = telling_values(a).keys() & telling_values(b).keys() - {"%"}
        return (
            bool(shared)
            or (len(a.days) == 1 and len(b.days) == 1)
            or _same_weekday(a, b)
            or (bool(a.frame.predicate and b.frame.predicate) and telling(a, b))
            or _denied_word(a, b)
            or any(same_quote(x, y) for x in a.quotes for y in b.quotes)
            or bool(translated[i, j])
        )

    def clashing(i: int, j: int) -> bool:
        # Only across origins: `labels` reads no conflict within one, and a claim joined
        # this loosely must not stay in a group as if it agreed.
        a, b = claims[i], claims[j]
        predicates = predicate_relation(a.frame, b.frame)
        return (
            source(a) != source(b)
            and predicates != OTHER
            and not another_year(i, j)
            and (
                any(maybe_one_count(a, b, unit) for unit in _clashes(a, b))
                or content_conflict(a, b) is not None
                or (predicates == SAME and weekday_clash(a, b, published) is not None)
            )
        )

    # Nearly every pair of a story clears CROWD_THRESHOLD; few claims count a crowd.
    crowd = [CROWD in counts(claim) for claim in claims]

    def crowds(i: int, j: int) -> bool:
        # One crowd counted twice: compared by what is counted, not by wording.
        a, b = claims[i], claims[j]
        return (
            crowd[i]
            and crowd[j]
            and source(a) != source(b)
            and CROWD in _clashes(a, b)
            and actor_relation(a.frame, b.frame) != OTHER
            and not another_year(i, j)
            and not _other_days(a, b)
        )

    def kin(i: int, j: int) -> bool:
        # The pass asks about nearly every pair of a story.
        if not (kinship_of(i).relates and kinship_of(j).relates):
            return False
        a, b = claims[i], claims[j]
        return (
            source(a) != source(b)
            and not another_year(i, j)
            and kinship_conflict(kinship_of(i), kinship_of(j)) is not None
        )

    def agreeing(i: int, j: int) -> bool:
        a, b = claims[i], claims[j]
        return source(a) != source(b) and frames_agree(a, b)

    reports = [c.article_id for c in claims]
    # Each pass asks again about the pairs of groups it could not merge before.
    apart, unvouched = cache(apart), cache(unvouched)

    # What each pass's test asks of both claims of a pair, told once per claim: the low
    # passes weigh nearly every pair of a story, and few claims can meet their test.
    def acting(i: int) -> bool:
        frame = claims[i].frame
        return bool(frame.families() - {SAYING}) and not frame.light()

    def clashable(i: int) -> bool:
        claim = claims[i]
        return bool(counts(claim)) or bool(claim.frame.attribute) or len(weekdays(claim)) == 1

    def relating(i: int) -> bool:
        return kinship_of(i).relates

    groups = _greedy(score, reports, parted, THRESHOLD)
    groups = _greedy(score, reports, parted, FRAMES_THRESHOLD, agreeing, groups, acting)
    groups = _greedy(score, reports, parted, CONFLICT_THRESHOLD, comparable, groups)
    groups = _greedy(score, reports, parted, CLASH_THRESHOLD, clashing, groups, clashable)
    groups = _greedy(score, reports, parted, CROWD_THRESHOLD, crowds, groups, crowd.__getitem__)
    groups = _greedy(score, reports, parted, KIN_THRESHOLD, kin, groups, relating)
    return [[claims[i] for i in sorted(group)] for group in groups]


def _parsed_in_one_language(x: Frame, y: Frame) -> bool:
    """Both clauses read from a parse (`Frame.tense` set: "" for a heading counts), not by
    word shapes, and in one language: where the frames' acts and actors can be compared."""
    return x.tense is not None and y.tense is not None and x.lang == y.lang


def frames_agree(a: Claim, b: Claim) -> bool:
    """Two clauses read from a parse (word shapes read too little to vouch for a pair, but
    for an actor named as the parsed clause names it: `_read_across`) that report one act:
    a predicate family both share, neither light nor of saying (what was said is
    elsewhere), actors not other and named on one side at least (two unnamed
    subjects, "los presos elaboraron" / "serán fabricados", may be two workshops), no
    place either names that the other sentence does not, and no two days."""
    x, y = a.frame, b.frame
    parsed = _parsed_in_one_language(x, y)
    if not (parsed or _read_across(x, y)):
        return False
    if not (x.families() & y.families()) - {SAYING} or x.light() or y.light():
        return False
    if actor_relation(x, y) == OTHER or not (named(x) or named(y)):
        return False
    if place_conflict(x, y, a.sentence, b.sentence) or _other_days(a, b):
        return False
    return predicate_relation(x, y) == SAME


def _read_across(x: Frame, y: Frame) -> bool:
    """A parsed clause and an English one read by word shapes, of other languages, whose
    actors share a name ("Ferrán criticó al alcalde por cerrar el puerto" / "Ferrán
    criticized the mayor for closing the port"): the name vouches for the actor the
    shapes read."""
    parsed, read = sorted((x, y), key=shapes)
    return (
        parsed.tense is not None
        and shapes(read)
        and parsed.lang != read.lang
        and actor_relation(parsed, read) == SAME
    )


def _shapes_unsure(a: Claim, b: Claim) -> bool:
    """Two clauses read by word shapes, whose actors do not differ and that name no other
    weekday (a governor's Thursday briefing and his Friday remarks): their predicates, as
    word shapes read them, cannot part them."""
    if not (shapes(a.frame) and shapes(b.frame)) or actor_relation(a.frame, b.frame) == OTHER:
        return False
    mine, theirs = ({day for day, _, _ in weekdays(c)} for c in (a, b))
    return not (mine and theirs and mine != theirs) and not _other_days(a, b)


def _same_weekday(a: Claim, b: Claim) -> bool:
    """One named actor, and one weekday each, the same ("Ferrán dejó el partido el martes"
    / "on Tuesday Ferrán ended his ties with the party"): who and when, which no
    translation changes, where an undated article resolves no weekday to a day."""
    mine, theirs = weekdays(a), weekdays(b)
    return (
        len(mine) == len(theirs) == 1
        and mine[0][0] == theirs[0][0]
        and actor_relation(a.frame, b.frame) == SAME
        and named(a.frame)
        and named(b.frame)
    )


def _other_days(a: Claim, b: Claim) -> bool:
    """Both claims date their fact, to other days."""
    return bool(a.days) and bool(b.days) and a.days != b.days


def _restated(a: Claim, b: Claim) -> bool:
    """Two claims whose frames say one act: one predicate family, nothing telling them
    apart; or two figures of one crowd that fit each other (a march's size given in the
    lead and again with its sources); or the same figures (`_restated_figures`: an
    article giving a company's 99% fall in its lead and again in its body; read without a
    frame, as Italian is, nothing else says the two sentences restate it); or the same
    people related the same way ("los hermanos Adrián, Julián y Brayan LeBarón" ... "los
    hermanos LeBarón"): who they are is a fact of the story, which another outlet may state
    otherwise."""
    if CROWD in counts(a) and CROWD in counts(b):
        return True
    if _restated_figures(a, b) or same_kin(a, b):
        return True
    return predicate_relation(a.frame, b.frame) == SAME and not different_facts(a.frame, b.frame)


def _restated_figures(a: Claim, b: Claim) -> bool:
    """One telling figure for one counted noun in both, or two telling figures in both
    whatever each counts ("98 pacientes ... 104 en centros" / "98 en hospitales, 104 en
    centros"): an article giving its figures again."""
    mine, theirs = a.asserted(), b.asserted()
    if len(_values(mine) & _values(theirs)) > 1:
        return True
    return bool(_counted_values(mine) & _counted_values(theirs))


def _counted_values(claim: Claim) -> set[tuple[str, float]]:
    """The telling figures the claim gives, each with what it counts."""
    return {
        (unit, n.value)
        for unit, n in telling_values(claim).items()
        if unit not in _SPANS and _telling(n.value)
    }


def _another_occasion(claim: Claim, published: dict[str, datetime | None]) -> bool:
    """The claim tells another occasion than its story's own time: every date it writes for
    its fact (background clauses left out) ends more than `BACKGROUND_DAYS` before its
    article came out ("En agosto de 2019 otro incendio calcinó 1.200 hectáreas" in today's
    report), the line the timeline draws for background, unless its predicate is in the
    present or future ("El texto, presentado en junio de 2024, obliga..."). Such a fact
    neither confirms nor contradicts one of the story's time that gives no such date:
    `apart` keeps the two when one is and the other is not; two claims of past occasions
    meet the other rules (`_another_year`, `_other_days`). A subject marked "otro
    incendio" is not enough: "otro foco" is as often one more part of the same fire."""
    base = published.get(claim.article_id)
    if base is None or claim.frame.tense in (PRESENT, FUTURE):
        return False  # what is or will be holds now, whatever its appositions date
    line = base.date() - timedelta(days=BACKGROUND_DAYS)
    written = [
        d
        for d in claim.dates
        if d.value is not None
        and not any(low <= d.start and d.end <= high for low, high in claim.background)
    ]
    return bool(written) and all(ends_before(d, line) for d in written)


def _years(claim: Claim) -> set[str]:
    return {d.iso[:4] for d in claim.dates if d.iso}


def _another_year(
    a: Claim,
    b: Claim,
    mine: set[str],
    theirs: set[str],
    published: dict[str, datetime | None],
) -> bool:
    """One claim dates its fact to a year the other does not speak of ("provocó en 1987 un
    sismo que dejó siete muertos" beside this week's toll): its figures are another
    occasion's, however they differ. `mine` and `theirs` are their `_years`."""
    if mine and theirs:
        return not mine & theirs
    other = b if mine else a
    years, base = mine or theirs, published.get(other.article_id)
    return bool(years) and base is not None and str(base.year) not in years


def _other_theme(a: Claim, b: Claim) -> bool:
    """A light predicate says its fact in its object ("cuentan con su par de zapatos",
    "hizo la acusación a The New York Times"); a clause with an act of its own that names
    nothing of that object reports another fact, whatever names the two share (the same two
    executives own shoes in one sentence and sign agreements in the other). Across
    languages only names and words spelled alike can match, so there it keeps more apart:
    a lawyer's accusation to a newspaper and his remark on an open secret."""
    return _theme_missing(a, b) or _theme_missing(b, a)


def _theme_missing(light: Claim, other: Claim) -> bool:
    frame = other.frame
    if not light.frame.theme or frame.light():
        return False
    if SAYING in frame.families():
        return False  # what was said is elsewhere: "anunció" may report any act
    # The light verb counts too, as another outlet may name it by its noun ("llegó al
    # mundo" / "la llegada").
    return not _stated(other, (light.frame.predicate, *light.frame.theme))


def _stated(claim: Claim, terms: tuple[str, ...]) -> bool:
    """A word of the claim is one of `terms` by its first four letters: four letters tie
    a noun to its verb ("acusación", "acusó")."""
    words = {w[:4] for w in claim.stems | claim.negated_stems}
    return bool({fold(t)[:4] for t in terms if t} & words)


def _unread(a: Claim, b: Claim) -> bool:
    """A clause whose frame was not read (no predicate: Italian, which has no frame reader;
    a Spanish headline built on a participle; English whose word shapes showed no verb)
    vouches for nothing of who did what, so wording alone does not make it one fact with
    another clause: a name both state must, or the same quote, or, beside a clause whose
    frame was read, a figure each for one counted noun ("Más de 80 personas detenidas" /
    "police held 87 people"). Two unread clauses need a name and a telling figure both:
    neither a figure ("19 parks" of a park system and of its hike series) nor a name (two
    headlines on one man, his death and his career) is enough alone. Across languages
    this is most of what joins an unread clause, with a quote translated
    (`translated_quotes`, checked in `align`)."""
    if a.frame.predicate and b.frame.predicate:
        return False
    if any(same_quote(x, y) for x in a.quotes for y in b.quotes):
        return False
    named = same_names(_names(a), _names(b))
    if not a.frame.predicate and not b.frame.predicate:
        return not (named and telling(a, b))
    return not named and not _quantities(a.asserted()) & _quantities(b.asserted())


_OPENING_WORD = re.compile(r"[\W\d_]*([A-ZÁÉÍÓÚÑÜ][^\W\d_]{2,})")


def _names(claim: Claim) -> tuple[str, ...]:
    """The names the clause states, with its opening word when general text in its
    language seldom uses that word ("Ferrán, exministra de Defensa, ..."): a name that
    opens a sentence is no name to `names`, and translations often open with it."""
    found = tuple(names_in(claim.sentence))
    opening = _OPENING_WORD.match(claim.sentence)
    lang = _language(claim) or None
    if opening and rarity(opening.group(1), lang) >= RARE:
        return (*found, opening.group(1))
    return found


def _denied_word(a: Claim, b: Claim) -> bool:
    """One claim denies a word the other asserts ("no fue intencionado" / "intencionado")."""
    return bool(a.negated_stems & b.stems or b.negated_stems & a.stems)


def _two_acts(a: Claim, b: Claim) -> bool:
    """Figures that clash, or a word one denies and the other asserts, where `acts` sees two
    acts: the labels would show no conflict, so the claims must not stand as one fact."""
    if any(not maybe_one_count(a, b, unit) for unit in _clashes(a, b)):
        return True
    if denied(a, b) or denied(b, a) or _both_deny(a, b):
        return False
    return _denied_word(a, b) and negation(a, b) is None


def _both_deny(a: Claim, b: Claim) -> bool:
    """Both parsed clauses say "no" of one main predicate ("no subirá de precio" / "no
    deberían subir"), whichever word each negation reached: no disagreement, nor two acts.
    Word shapes cannot tell what a negation reaches ("urged them not to tolerate")."""
    x, y = a.frame, b.frame
    parsed = x.tense is not None and y.tense is not None
    return parsed and x.denies and y.denies and x.family == y.family


def _unopposed(a: Claim, b: Claim) -> bool:
    """One clause says "no" of the act the other reports (one predicate family, neither a
    plan nor a plan called off: what `labels` reads as a denial), and `acts.opposed` sees
    no disagreement on one act: other actors, another time, a degree, a condition. Then
    the claims stand neither as one fact nor as a conflict (CLAIMS.md item 106)."""
    pair = negation(a, b)
    return pair is not None and not disagree(*pair)


def _undated_call_off(a: Claim, b: Claim, published: dict[str, datetime | None]) -> bool:
    """A plan ruled out and a report of the event are one fact only when real dates put
    the ruling out first (then `labels` flags it); otherwise they stay apart, neither
    confirming nor contradicting each other."""
    if (a.frame.modality == RULED_OUT) == (b.frame.modality == RULED_OUT):
        return False
    off, other = (a, b) if a.frame.modality == RULED_OUT else (b, a)
    if other.frame.denies:
        return False  # both say it will not happen: no event reported
    said, seen = published.get(off.article_id), published.get(other.article_id)
    return said is None or seen is None or said.date() > seen.date()


def anchored(a: Claim, b: Claim) -> bool:
    """Evidence that outweighs the frames: what `telling` accepts, one figure each for
    the same counted noun ("3.000 estibadores" and "5.000 estibadores": the same quantity,
    whatever verb each outlet put it with), the same people related otherwise (`kin`), or
    the same day or month. Figures that clash count wherever they are written (that is
    where outlets disagree); figures that agree, and dates, only when each claim states
    them."""
    if _clashes(a, b) or kin_conflict(a, b):
        return True
    a, b = a.asserted(), b.asserted()
    return telling(a, b) or bool(_quantities(a) & _quantities(b)) or bool(_dated(a) & _dated(b))


def confirms(a: Claim, b: Claim) -> bool:
    """Whether two claims of two origins, joined as one fact, may be shown confirming each
    other: where both clauses were parsed in one language, their frames name one act
    (`one_act`: one predicate family, a verb of beginning only of one actor; not one
    done and one foretold, `_foretold`) or something outweighs the frames (`anchored`: a
    quote, a telling figure, a counted noun, a day). Reading alike and sharing the story's
    names is not enough: on a real run most such groups were two facts of one story
    (another speaker's statement, a fact given as background, a remark on the story's
    subject, two things said to begin, medals won and medals promised).
    Frames not parsed (Italian, English word shapes, two languages) cannot tell: there the
    alignment alone decides, as it does on the claims bench's rows (demanding there too one
    act as word shapes read it, or a telling figure, took 2 wrong pairs of a real run off
    and lost 1 right one there and 8 same-fact pairs of the English rows: CLAIMS.md item
    94). A clause stating nothing particular (`_general`) confirms nothing. Whatever the
    reading, two clauses whose only act in common is saying (`_said_alike`) confirm only
    through an anchor, and so do two English clauses read by word shapes one of which
    names no act (`_verbless`) and a clause that says what anyone who fits a description
    does or may do (`_whoever`; CLAIMS.md item 99). Parsed clauses sharing one verb whose
    actors are known to be other people (`_other_actors`) confirm only through an anchor,
    and a figure that names a thing (a model's size, an article of a law, a telephone
    number: `figures.naming_spans`) is none (CLAIMS.md item 103), nor is an acceleration
    test's "0-60 mph", a condition's threshold or a count after a possessive. A clause
    telling what usually happens (`_habitual`), other figures for one counted noun
    (`_other_figures`), two clauses each guessing with a modal of its own
    (`speculation.guesses`: two writers' views of what may come), a free-relative
    subject against one left unwritten (`_group_unmatched`), one verb about people each
    sentence leaves unnamed (`_named_apart`) and a brand's name word shapes took for a
    verb (`_verb_of`) confirm nothing (CLAIMS.md item 108). Nor does a fact-check's
    framing of the claim it weighs (`_debunked`), a bare kind against the same noun the
    other names ("la vacuna" / "la vacuna de X": `_kind_named_apart`), or two beginnings of
    other things (`_begun_apart`; CLAIMS.md item 113), or one verb of becoming of two
    things (`_become_apart`); one speaker's words that the articles say were said on two
    occasions are shown alike (`said.two_occasions`; CLAIMS.md item 122). An attempt
    ("intentaron rescatar") confirms no act told done, whatever anchor they share
    (`_attempted`), and a relative clause whose antecedent is not who acts ("…, a quien
    felicitó", "…, lo que representa") confirms only through an anchor (`_relative_alone`),
    and so do two verbs a count is given with, each another ("alcanzó un acuerdo" /
    "supera los diez millones": `_counted_alike`; CLAIMS.md item 125). Two clauses of two
    languages with no name in common, or each naming a place the other does not write
    (`_names_apart`), and two English clauses whose verb is "to be" with no name in common
    (`_copula_alone`) confirm only through an anchor, and a sentence saying someone is not
    the only one to have done something (`_one_of_many`) confirms nothing (CLAIMS.md item
    126). A small count of a known set ("las dos niñas") anchors no two acts
    (`_known_set_alone`), an act told near ("cerca de firmar") confirms none told done
    (`_near`), and a present clause on part of a class ("muchas de las vacunas") confirms
    nothing (`_of_a_class`; CLAIMS.md item 128). A request ("pidió que explique ...")
    confirms no clause that is not one (`_requested`; CLAIMS.md item 130). Two findings
    of a verb of showing that write at most one word alike (`_shown_apart`) and a figure
    with no word in common (`_number_alone`) confirm nothing, and one act of one actor
    told to come on one side and done on the other, with no anchor, is alike
    (`_plan_against_done`; CLAIMS.md item 131). Words both quote anchor nothing when they
    are only a phrase of two speakers' quotes (`said.phrase_apart`): the frames decide
    (CLAIMS.md item 134)."""
    return confirmation(a, b) is not None


def confirmation(a: Claim, b: Claim) -> str | None:
    """How far two claims of two origins that `confirms` one fact were checked, as a label
    of `labels`: `CORROBORATED` when something beyond wording agrees (an anchor, or clauses
    parsed in one language naming one act whose actors share a name or a telling word),
    `ALIKE` when only wording joined them (frames not parsed: English word shapes, a clause
    not read, two languages; or one act of parsed clauses with no actor read on one side or
    other actors not named apart); None when they confirm nothing. The one place the
    strength of a confirmation is decided: on a real run the first held 60 right pairs of
    66 shown, the second 24 of 40 (CLAIMS.md item 104)."""
    if _general(a) or _general(b) or _habitual(a) or _habitual(b):
        return None
    if _one_of_many(a) or _one_of_many(b) or _of_a_class(a) or _of_a_class(b):
        return None
    if _debunked(a) or _debunked(b):
        return None
    if _count_more(a, b) or _count_more(b, a):
        return None
    if _attempted(a, b) or _attempted(b, a) or _near(a, b) or _near(b, a):
        return None
    if _requested(a, b):
        return None
    if anchored(a, b) and not _known_set_alone(a, b):
        alone = _figure_alone(a, b)
        if alone and _number_alone(a, b):
            return None
        quoted = _quote_alone(a, b)
        apart = (_quoted_apart(a, b) or two_occasions(a, b)) and quoted
        if alone or apart:
            return ALIKE
        if not (quoted and phrase_apart(a.asserted(), b.asserted())):
            return CORROBORATED
    if _other_figures(a.asserted(), b.asserted()) or (guesses(a) and guesses(b)):
        return None
    x, y = a.frame, b.frame
    if _said_alike(x, y) or _verbless(a, b) or _whoever(x) or _whoever(y):
        return None
    if _counted_alike(x, y):
        return None
    if _names_apart(a, b) or _copula_alone(a, b):
        return None
    parsed = _parsed_in_one_language(x, y)
    if not parsed:
        return ALIKE
    if not one_act(x, y) or _foretold(a, b) or _other_actors(a, b):
        return None
    if _act_unwritten(a, b):
        return None
    if _relative_alone(a) or _relative_alone(b):
        return None
    if _group_unmatched(x, y) or _group_unmatched(y, x):
        return None
    if _named_apart(a, b) or _kind_named_apart(a, b) or _begun_apart(a, b):
        return None
    if _become_apart(a, b) or _shown_apart(a, b):
        return None
    if not two_sources(a, b) and actor_relation(x, y) == SAME and _actors_named(x, y):
        return ALIKE if _plan_against_done(x, y) else CORROBORATED
    return None if _verb_alone(a, b) else ALIKE


def _plan_against_done(x: Frame, y: Frame) -> bool:
    """One clause tells its act to come (the future: "los billetes cambiarán el retrato
    del fundador"), the other as done or doing (the past, or the present news headlines
    write: "los billetes cambian de diseño"). With no anchor (a day, a figure) nothing checks that
    what was planned is what was done, or that the plan told is the one done: one actor
    and one act are then two outlets saying something alike, not checked. On a real run
    the euro coins' new common side, minted, against an invented national side to come
    were shown confirmed (CLAIMS.md item 131); a headline's present against its lead's
    future of one closing rally is alike already (no actor named alike)."""
    tenses = {x.tense, y.tense}
    return FUTURE in tenses and bool(tenses & {PAST, PRESENT})


def _verb_alone(a: Claim, b: Claim) -> bool:
    """Two clauses parsed in one language naming one act, with no anchor and no actor
    known to be one, that share at most one content word (the verb, or a word of its
    phrase): they write nothing else alike, no object, no name, no place, no counted
    noun. A report of one act names what it was done to, by whom or where; two outlets
    telling one occasion of it write some of that alike, and two clauses meeting on the
    verb alone tell two occasions or two things ("el alcalde inauguró el puente" / "la
    ministra inauguró la feria"; a candidate's cry that they will win against the seats a
    party won; one leader not knowing what to write, another what to do). A figure's
    mark is no word. On a real run 4 wrong alike pairs of 34 were this, no right one of
    84 (CLAIMS.md item 127); two words in common took 6 wrong more but a right one (a
    review announced at one press conference)."""
    mine = a.stems | a.negated_stems
    theirs = b.stems | b.negated_stems
    return len((mine & theirs) - {_NUMBER_STEM}) <= 1


# The stem of the mark a corpus leaves for a masked figure ("*NUMBER*"): a figure, no word.
_NUMBER_STEM = "numbe"


def _names_apart(a: Claim, b: Claim) -> bool:
    """Two clauses of two languages with no anchor: no word can be compared across the
    languages (a verb, a noun), only what is written alike, the names, and the alignment
    joined them on the embedding's view of their wording. They confirm nothing when they
    share no name, neither holding a quote (a quote translated is what joins such clauses:
    `translated_quotes`), or when each names a place the other does not write ("pasó la
    Nochevieja en su club de Florida" / "played at his course in Scotland"): two facts of
    one person at two places. On a real run these were a president criticized for his golf
    against "not the only president to be criticized", and his golf in one country against
    a report on his clubs in another (CLAIMS.md item 126)."""
    if _language(a) == _language(b) or a.quotes or b.quotes:
        return False
    if not same_names(_names(a), _names(b)):
        return True
    mine, theirs = _places(a), _places(b)
    return bool(mine and theirs) and not (_written(mine, b) or _written(theirs, a))


# A place name after a preposition of place ("en Escocia", "in West Palm Beach", "nel
# Lazio"; not the Spanish "a", which also marks a person: "atacan a Trump"): capitalised
# words, joined by "de", "del", "of" or "di".
_PLACE = re.compile(
    r"\b(?:en|in|at|nel|nella)\s+((?:[A-ZÁÉÍÓÚÑ][^\W\d_]+)(?:\s+(?:(?:de|del|of|di)\s+)?"
    r"[A-ZÁÉÍÓÚÑ][^\W\d_]+)*)"
)


def _places(claim: Claim) -> tuple[str, ...]:
    """The places a sentence names after a preposition of place, dates left out ("in
    January 2017")."""
    found = []
    for match in _PLACE.finditer(claim.sentence):
        at = claim.start + match.start(1)
        if not any(d.start <= at < d.end for d in claim.dates):
            found.append(match.group(1))
    return tuple(found)


# Forms of "to be": a clause whose verb is one of them says what something is, no act.
_COPULA = frozenset("be is are was were been being".split())


def _copula_alone(a: Claim, b: Claim) -> bool:
    """Two English clauses read by word shapes, both with a form of "to be" for verb and
    no name in common, with no anchor: each says what something is ("The bottoms were a
    classic style" / "her bottoms were tied into a bow"), and nothing tells that they say
    it of one thing (CLAIMS.md item 126). With a name in common ("Kubica will be a reserve
    driver" / "Robert Kubica will be Alfa Romeo's reserve driver") they are left to the
    alignment."""
    x, y = a.frame, b.frame
    if not (shapes(x) and shapes(y)) or x.predicate not in _COPULA or y.predicate not in _COPULA:
        return False
    return not same_names(_names(a), _names(b))


# Verbs whose infinitive tells an act done or begun: managing ("logró aprobar"), a
# periphrasis ("tuvieron que abandonar", "van a cerrar" is a plan, told by the tense), the
# aspectual ones ("comenzó a acuñar", "volvió a ganar", "acaba de firmar") and those of
# daring ("se aventura a utilizar", "se atrevió a denunciar": the act begun).
_TELLING_INFINITIVE = frozenset(
    "lograr conseguir poder alcanzar llegar tener ir comenzar empezar iniciar volver "
    "seguir continuar acabar terminar aventurar atrever".split()
)


def _act_unwritten(a: Claim, b: Claim) -> bool:
    """The two clauses share an act only through a verb one of them writes as an
    infinitive governed by another verb ("las vacunas ayudan a desarrollar inmunidad" /
    "se desarrollan 150 vacunas"; "que los CDC han alentado a usar" / "nadie debe usar
    una"): an infinitive names an act, it does not tell it done, unless its verb tells it
    (`_TELLING_INFINITIVE`)."""
    mine, theirs = (f.families() - ASPECTUAL for f in (a.frame, b.frame))
    shared = mine & theirs
    if not shared:
        return False
    told = [_told_acts(a), _told_acts(b)]
    return not any(f in told[0] and f in told[1] for f in shared)


# What opens a relative clause, cut from its sentence after a comma by the splitter
# (`reading.sentences.split_clauses`), whose antecedent is not its subject: an object ("…,
# a quien felicitó") or the whole preceding clause ("…, lo que representa el 5 %").
_RELATIVE_NOT_SUBJECT = re.compile(
    r"(?:a quien|a quienes|lo que|con lo que|por lo que)\s", re.IGNORECASE
)


def _relative_alone(claim: Claim) -> bool:
    """The clause is a non-restrictive relative cut from its sentence whose antecedent is
    not who acts ("…, a quien felicitó por el triunfo": someone the main clause names
    acts on the antecedent; "…, lo que representa el 5 % del total", "…, lo que obligó a
    cortar el tráfico": the antecedent is the preceding fact), and no actor of its own is
    read. Press writing puts there what it adds about someone or something already named:
    who acted is outside the clause, so one verb shared with another outlet's clause says
    nothing of who did it nor when (two greetings by two people, two shares of two
    wholes). It confirms only through an anchor (a quote, a figure, a day), asked before
    this. A relative whose subject is the pronoun ("…, que abrirá sus puertas el lunes")
    tells of its antecedent, often the actor the other outlet names: left to the frames
    (asking it too took 3 right pairs and a quote of one speaker off a real run, for 6
    wrong ones: CLAIMS.md item 125)."""
    return bool(_RELATIVE_NOT_SUBJECT.match(claim.sentence)) and not any(claim.frame.actors)


# Verbs of attempting: "intentaron rescatar", "trataron de apagar", "procuró detener".
_ATTEMPTING = frozenset("intentar tratar procurar".split())


def _attempted(a: Claim, b: Claim) -> bool:
    """The first clause tells an attempt at an act (a verb of attempting and the act's
    infinitive: "los bomberos intentaron rescatar a los dos montañeros") and the second
    tells that act done ("rescataron a los dos montañeros"): press writing says "intentó"
    of what was tried, whatever came of it, and most often when it failed. The two are not
    one fact, whatever figure, name or day they share: an anchor tells that they speak of
    one event, not that the act was done, so `confirmation` asks this before any anchor."""
    x, y = a.frame, b.frame
    parsed = _parsed_in_one_language(x, y)
    if not parsed or fold(x.predicate or "") not in _ATTEMPTING:
        return False
    if fold(y.predicate or "") in _ATTEMPTING:
        return False
    tried = {family(p) for p in x.also if p} - {family(x.predicate)}
    return bool(tried & _told_acts(b))


def _requested(a: Claim, b: Claim) -> bool:
    """One clause tells what someone asked for ("la oposición ha solicitado al Ayuntamiento
    que explique adónde fueron 12 millones": the frame read through a verb of asking,
    `frames.REQUESTED`), the other, parsed in the same language, is no request and does
    not write the act asked for: a demand is not the other act, nor are the figures and
    names inside it the facts it asks about. Like an attempt (`_attempted`), the two are
    not one fact whatever they share, so `confirmation` asks this before any anchor. Two
    outlets telling one request still confirm, and so does a clause writing the act asked
    for: a verb of asking the parser does not read as one ("urge a matar", "llamó a
    matar") tells the same request. On a real run a party's request that the Government
    say where a sum went was shown confirming the Government's grants of that sum; the
    first wording, any request against any clause, took 3 right alike pairs off, those
    two requests and one across languages (CLAIMS.md item 130)."""
    if not _parsed_in_one_language(a.frame, b.frame):
        return False
    if (a.frame.modality == REQUESTED) == (b.frame.modality == REQUESTED):
        return False
    asked, other = (a, b) if a.frame.modality == REQUESTED else (b, a)
    return not _verb_written(asked.frame, other)


# An act told as near, not done: "están cerca de firmar", "a punto de cerrar", "al borde
# de dimitir"; the infinitive is the act.
_NEAR = re.compile(r"\b(?:cerca|a\s+punto|al\s+borde)\s+de\s+([^\W\d_]+)", re.IGNORECASE)


def _near(a: Claim, b: Claim) -> bool:
    """The first clause tells an act as near ("el jugador y el club están cerca de firmar
    contrato", "a punto de cerrar la compra") and the second tells that act done or being
    done ("firma hoy su nuevo contrato"): press writing says "cerca de" or "a punto de"
    of what has not happened yet, and most often of a deal with another party than the
    one that came. Like an attempt (`_attempted`), the two are not one fact whatever they
    share, so `confirmation` asks this before any anchor; two clauses both telling it
    near still confirm (on a real run, a player near signing with one club against his
    signing with another: CLAIMS.md item 128)."""
    x, y = a.frame, b.frame
    parsed = _parsed_in_one_language(x, y)
    if not parsed:
        return False
    near = {
        family(verb)
        for match in _NEAR.finditer(a.sentence)
        for verb in (x.predicate, *x.also)
        if verb and _bare_infinitive(fold(match.group(1)), fold(verb))
    }
    if not near or _NEAR.search(b.sentence):
        return False
    return bool(near & _told_acts(b))


# A count written after a definite article or a demonstrative ("las dos niñas", "los
# ocho ángulos", "estos tres detenidos"): a set the reader already knows.
_KNOWN_SET = re.compile(r"\b(?:[Ll]os|[Ll]as|[Ee]st[oa]s|[Ee]s[oa]s|[Aa]quell[oa]s)\s+$")


def _known_set_alone(a: Claim, b: Claim) -> bool:
    """What anchors the two clauses is only a count one of them writes after a definite
    article or a demonstrative ("las dos niñas, trasladadas al hospital, fueron sometidas
    a una revisión" / "detenidos seis menores por abusos a dos niñas"), and the two,
    parsed in one language, name two acts. Such a count says which people or things are
    meant, as a name does (the text counted them before, or their name holds the figure:
    "el amo de los ocho ángulos"), not how many a fact counted: two acts done to or by one
    set are two facts, and the frames decide, as with a name (on a real run, an arrest for
    abusing two girls against their medical examination, and a wrestler's nickname on a
    poster and in a profile: CLAIMS.md item 128). With one act (`one_act`: "los tres
    jóvenes fueron detenidos" / "detuvo a tres jóvenes") the count still anchors."""
    x, y = a.frame, b.frame
    if not _parsed_in_one_language(x, y):
        return False
    mine, theirs = _without_known_sets(a), _without_known_sets(b)
    if mine is a and theirs is b:
        return False
    return not one_act(x, y) and not anchored(mine, theirs)


def _without_known_sets(claim: Claim) -> Claim:
    """The claim without its counts of a known set (`_KNOWN_SET`) in the phrase its actor
    was read from ("Las dos niñas, trasladadas ..."), small counts that `_telling` does not
    take for evidence on their own. After a verb the article is the figure's, not a known
    set's ("las pérdidas superan ya los 100 millones", "alcanzó los 40 grados"), and a
    telling figure restated ("las 3.418 toneladas de almendra salieron de la cooperativa")
    still says which quantity is meant: those stay."""
    subject = claim.frame.subject
    at = claim.sentence.find(subject) if subject else -1
    if at < 0:
        return claim
    kept = tuple(
        n
        for n in claim.numbers
        if not (
            not _telling(n.value)
            and at <= n.start - claim.start < at + len(subject)
            and _KNOWN_SET.search(claim.sentence[: n.start - claim.start])
        )
    )
    return claim if len(kept) == len(claim.numbers) else replace(claim, numbers=kept)


# A subject told as part of a class: "muchas de las vacunas", "la mayoría de los
# expertos", "algunos de estos fármacos".
_CLASS = re.compile(
    r"\W*(?:muchos|muchas|algunos|algunas|varios|varias|la\s+mayor[ií]a|buena\s+parte"
    r"|gran\s+parte)\s+de\s+(?:los|las|estos|estas)\b",
    re.IGNORECASE,
)


def _of_a_class(claim: Claim) -> bool:
    """A clause in the present whose subject is part of a class ("Muchas de las vacunas
    en el mercado utilizan el ARNm", "La mayoría de los expertos recomienda ...") tells
    what holds for that class, a general state and no particular event, as `_general`
    does for a clause naming no one: it confirms nothing, least of all a particular
    maker's act (on a real run, the vaccines that use a platform against one company
    venturing to use it: CLAIMS.md item 128). In the past ("muchos de los heridos fueron
    trasladados") it tells an event of a set."""
    return claim.frame.tense == PRESENT and bool(_CLASS.match(claim.sentence))


def _told_acts(claim: Claim) -> set[str]:
    """Families of the acts a clause tells: its main predicate, and each verb of `also`
    written otherwise than as its bare infinitive (or after a verb that tells it)."""
    frame = claim.frame
    found = {family(frame.predicate)} if frame.predicate else set()
    if fold(frame.predicate) in _TELLING_INFINITIVE:
        return found | {family(p) for p in frame.also if p}
    words = re.findall(r"[a-z]+", fold(claim.sentence))
    for verb in frame.also:
        if not verb:
            continue
        root = stem(verb)
        forms = [w for w in words if stem(w) == root]
        if not forms or any(not _bare_infinitive(w, verb) for w in forms):
            found.add(family(verb))
    return found


# Pronouns a Spanish infinitive takes after it ("usarla", "dárselo").
_ENCLITIC = re.compile(r"(?:me|te|se|nos|os|lo|la|los|las|le|les){0,2}")


def _bare_infinitive(word: str, verb: str) -> bool:
    """`word` (folded) is the infinitive `verb`, pronouns after it aside: not a future or a
    preterite written from it ("usaron", "usarán", "usaría")."""
    return word.startswith(verb) and bool(_ENCLITIC.fullmatch(word[len(verb) :]))


def _count_more(a: Claim, b: Claim) -> bool:
    """The first clause counts two things or more with two verbs and the second gives a
    figure for only some of them: a clause packing two acts, each with its count, states
    two facts ("el fuego arrasa 1.500 hectáreas y obliga a desalojar a 300 vecinos"), and
    the other outlet's count ("obligó a desalojar a 300 vecinos") confirms one of them, not
    the clause a reader is shown as confirmed with the other figure in it. Such a pair
    confirms nothing: each outlet's clause stays its own (a wrong "confirmed" is the error
    that gets printed). The figures of one act's outcome, one verb ("dejó doce muertos y
    80 heridos", "salió adelante con 178 votos a favor, 150 en contra"), are one fact."""
    if not a.frame.also:
        return False
    mine = _quantities(a.asserted())
    if len(mine) < 2:
        return False
    theirs = _quantities(b.asserted())
    return bool(mine & theirs) and bool(mine - theirs)


def _figure_alone(a: Claim, b: Claim) -> bool:
    """The anchor is only a figure both state (`telling`'s figure, or one each for one
    counted noun), the two clauses were parsed in one language, and they share neither the
    act (`one_act`, nor one clause's verb written in the other sentence: "estimó que
    tendrán 147 mil muertos" / "un estudio estima 147.000 fallecidos"), nor the actor, nor
    any name (a name and a figure both stated are two signs of one fact, as `_unread`
    asks of unread clauses: "desalojó a 40 familias del barrio de San Telmo" / "40 familias
    de San Telmo abandonaron sus casas"). A
    figure alone says that a number recurs in a story, not that two outlets state one
    fact: on a real run one amount joined a scheme's minimum deposit and a remark on what
    it means to Wall Street, one count of doses two countries' contracts with two makers,
    one count of injured an accident's naming clause and a garbled sentence on an
    agreement, a number inside a wrestler's nickname a poster and a profile (CLAIMS.md
    item 117). Such a pair is shown alike (not checked), not confirmed; a quote, a time of
    day, a date or figures that clash keep confirming on their own."""
    if _clashes(a, b) or kin_conflict(a, b):
        return False
    x, y = a.frame, b.frame
    if not (x.tense and y.tense and x.lang == y.lang):
        return False
    a, b = a.asserted(), b.asserted()
    if (
        clock_times(a.sentence) & clock_times(b.sentence)
        or any(same_quote(q, r) for q in a.quotes for r in b.quotes)
        or _dated(a) & _dated(b)
    ):
        return False
    if one_act(x, y) or actor_relation(x, y) == SAME or same_names(_names(a), _names(b)):
        return False
    return not (_verb_written(x, b) or _verb_written(y, a))


def _number_alone(a: Claim, b: Claim) -> bool:
    """Beside a figure alone (`_figure_alone`), the two sentences write no word alike, not
    even what the figure counts ("causó 47 heridos" / "indemnizará a 47 viajeros"): all
    they share is a number, which says nothing of one fact, so they confirm nothing, not
    even alike. One word more ("12 millones de euros a las peñas" / "12 millones han ido
    a parar", "250 dólares" on both sides) is left alike: on a real run that kept 2 right
    pairs (a sum of grants, a scheme's minimum), and the number alone was an accident's
    injured against an agreement's passengers (CLAIMS.md item 131)."""
    mine = a.stems | a.negated_stems
    theirs = b.stems | b.negated_stems
    return not (mine & theirs) - {_NUMBER_STEM}


def _verb_written(frame: Frame, other: Claim) -> bool:
    """The clause's verb is written in the other claim's sentence, as a verb or a noun of
    its stem ("invertir" / "la inversión" share none; "estimó" / "estima" do)."""
    return bool(frame.predicate) and stem(frame.predicate) in other.stems | other.negated_stems


def _actors_named(x: Frame, y: Frame) -> bool:
    """The actors are one by more than a code both write: a code ("COVID-19", "H1N1")
    names a thing, as `telling` says of codes, not who acts, and on a real run "Moderna"
    and "muchas de las vacunas COVID-19" were read as one actor through it (CLAIMS.md item
    116). Without the codes the actors must still be one."""

    def uncoded(frame: Frame) -> Frame:
        return replace(frame, actors=tuple(n for n in frame.actors if not _CODE.search(n)))

    return actor_relation(uncoded(x), uncoded(y)) == SAME


# A code: a word with a digit in it ("COVID-19", "RN-7", "H1N1").
_CODE = re.compile(r"\d")


def _other_figures(a: Claim, b: Claim) -> bool:
    """The two claims give one counted noun figures and none of one side fits one of the
    other's ("in 5.0 seconds" / "in 5.8 seconds"): they count two things (two cars'
    acceleration), or disagree where `_clashes` could not tell (a noun given two figures in
    one sentence); either way they do not confirm each other. So do two spans ("tres meses
    de cansancio" / "dos meses después de los síntomas": two moments of one illness),
    which `_clashes` leaves out as two facts of a story. Shares and ages are left out, as
    in `_clashes`."""
    mine, theirs = _figures_by_noun(a), _figures_by_noun(b)
    return any(
        not any(compatible(x, y) for x in mine[unit] for y in theirs[unit])
        for unit in mine.keys() & theirs.keys()
    )


def _figures_by_noun(claim: Claim) -> dict[str, list[Number]]:
    found: dict[str, list[Number]] = {}
    for number in claim.numbers:
        unit = number.unit
        if unit and unit not in ("%", AGE) and not descriptive(number):
            found.setdefault(unit, []).append(number)
    return found


def _group_unmatched(x: Frame, y: Frame) -> bool:
    """The clause's subject is a free relative, a group told by what its members did
    ("Quienes rechazaban el pacto lograron 165 escaños"), and the other clause reads no
    actor (a subject left unwritten, "ha logrado la investidura"): nothing says the group
    is who did the other's act, and the one verb shared most often tells what two sides
    did (the winner's votes and the losers' seats). A subject read on the other side is
    left to the frames ("Los vecinos contrarios al proyecto lograron frenarlo")."""
    return bool(_WHOEVER.match(x.subject)) and not any(y.actors)


def _named_apart(a: Claim, b: Claim) -> bool:
    """Each clause names someone in its act's roles (its actor or the one it is done to,
    as in a passive "se filtra un vídeo de Juan Mora") that the other sentence does not
    state anywhere: one verb of two clauses about other people is two acts of one kind
    (on a real run, two leaks of one wrestling company's people). A clause that reads no
    actor in the third person ("Filtran fotos de Lara Vidal") is about the names its
    sentence states: one the other sentence does not write, against a role of the other's
    it does not write either, is two acts too. When only one side names anyone, the other
    may leave the actor unsaid ("rescataron a los excursionistas"), and that is left to
    the frames."""
    x, y = a.frame, b.frame
    if actor_relation(x, y) == SAME:
        return False
    mine, theirs = _roles(x), _roles(y)
    if not mine and theirs and _unsaid(x):
        return _unshared(a, b) and not _written(theirs, a)
    if not theirs and mine and _unsaid(y):
        return _unshared(b, a) and not _written(mine, b)
    return bool(mine) and bool(theirs) and not _written(mine, b) and not _written(theirs, a)


def _unsaid(frame: Frame) -> bool:
    """The clause reads no actor and is not in the first person (a speaker's "hemos
    logrado" has one: the speaker)."""
    return not any(frame.actors) and frame.person != 1


def _roles(frame: Frame) -> tuple[str, ...]:
    """The names in a frame's actors and partners."""
    return tuple(n for n in (*frame.actors, *frame.partners) if n[:1].isupper())


def _unshared(claim: Claim, other: Claim) -> bool:
    """The claim's sentence states a name the other's does not: where its clause reads no
    actor ("Filtran fotos de Lara Vidal"), the names it states tell whom its act is about."""
    return any(not _written((name,), other) for name in _names(claim))


def _written(names: tuple[str, ...], claim: Claim) -> bool:
    """Some of the names is one the claim states, or is written in its sentence (a name
    opening a sentence is no name to `names`)."""
    folded = fold(claim.sentence)
    return same_names(names, _names(claim)) or any(fold(n) in folded for n in names)


def _other_actors(a: Claim, b: Claim) -> bool:
    """The two clauses' actors are known to be other people or bodies: both are read, they
    share no telling word (nor do the people a described actor resolves to,
    `actor_relation`), and one clause names its actor by a name the other sentence does
    not state anywhere. One verb shared is then two acts of one story: on a real run, a
    lawyer handing a petition to a judge and the defence asking that the prosecution hand
    over its evidence ("entregar" of each; CLAIMS.md item 103). A name the other sentence
    states elsewhere may be the same one read as a place or an object ("el mercado de
    Nueva Palestina se incendió" / "un incendio consumió un local en Nueva Palestina"),
    and two common nouns ("30 monos murieron" / "murieron varios animales") may name one
    thing twice, a kind and its members: those are left to the frames."""
    x, y = a.frame, b.frame
    if actor_relation(x, y) != OTHER:
        return False
    return _unstated(x, b) or _unstated(y, a)


def _kind_named_apart(a: Claim, b: Claim) -> bool:
    """One clause's actor is a bare kind, a definite common noun alone ("La vacuna se
    probó ..."), and the other's subject names which one of that kind it means by a name
    after the same noun ("La vacuna de Laboratorios Ferrán ...") that the first sentence
    does not state: the press names the maker, the owner or the party where a story holds
    several of a kind, so the bare noun of the other outlet may be another of them (two
    vaccines of one story, each tested). One act then confirms nothing. A noun described
    on both sides ("la muerte del médico" / "la muerte de Li") or named by both is left
    to the frames (CLAIMS.md item 113)."""
    return _bare_against_named(a, b) or _bare_against_named(b, a)


# A definite article and one common noun, nothing else: a bare kind ("la vacuna").
_BARE = re.compile(r"(?:[Ee]l|[Ll]as?|[Ll]os)\s+([a-záéíóúñü]+)")


def _bare_against_named(bare: Claim, named_one: Claim) -> bool:
    found = _BARE.fullmatch(bare.frame.subject.strip())
    if found is None:
        return False
    noun = found.group(1).lower()
    subject = named_one.frame.subject
    after = re.search(rf"\b{re.escape(noun)}\b(.*)", subject, re.IGNORECASE)
    if after is None:
        return False
    names = tuple(w for w in named_one.frame.actors if w[:1].isupper() and w in after.group(1))
    return bool(names) and not same_names(names, _names(bare))


def _begun_apart(a: Claim, b: Claim) -> bool:
    """Two clauses whose only act in common is a beginning ("inició", "comenzó", "se
    inicia") name one act only when what begins is one thing: what each begins (its
    object, or its subject when nothing else is begun: "se inicia una nueva etapa")
    shares a common word with the other's. One country beginning a negotiation and a new
    stage beginning in its relations are two beginnings, whatever actor both name
    (CLAIMS.md item 113)."""
    x, y = a.frame, b.frame
    if not (ASPECTUAL & x.families() & y.families()) or (x.families() & y.families()) - ASPECTUAL:
        return False
    mine, theirs = _begun(a), _begun(b)
    return bool(mine) and bool(theirs) and not mine & theirs


# Verbs of becoming or standing as something ("se perfila como", "se convierte en", "se
# consolida como"): what they tell is what the actor becomes, written after them.
_BECOMING = frozenset(
    "perfilar convertir consolidar posicionar erigir afianzar become emerge".split()
)


def _become_apart(a: Claim, b: Claim) -> bool:
    """Two clauses whose one verb is a verb of becoming ("el Partido Verde se perfila como ...")
    tell one fact only when what each says the actor becomes is one thing: the common
    words written after the verb (names and figures aside) share one. One party leading
    the race for governorships and the same party becoming the first force in a chamber
    are two facts of one election night, whatever actor both name (CLAIMS.md item 122)."""
    x, y = a.frame, b.frame
    if x.predicate != y.predicate or x.predicate not in _BECOMING:
        return False
    mine, theirs = _become(a), _become(b)
    return bool(mine) and bool(theirs) and not mine & theirs


# Verbs of showing ("se ha demostrado que", "los datos muestran que"): what they tell is
# the finding, written after them.
_SHOWING = frozenset("demostrar mostrar comprobar evidenciar show demonstrate".split())


def _shown_apart(a: Claim, b: Claim) -> bool:
    """Two clauses whose one verb is a verb of showing tell one fact only when what each
    says was shown, the common words after the verb (names and figures aside), shares more
    than one word: a story's subject ("la vacuna", immunity) is a word any two of its
    findings write. On a real run, one study's finding on vaccines and another's on
    infected people's T cells, both "se ha demostrado que", were shown alike (CLAIMS.md
    item 131); treating such verbs as verbs of saying made one finding written both ways
    confirm nothing (item 128)."""
    x, y = a.frame, b.frame
    if x.predicate != y.predicate or x.predicate not in _SHOWING:
        return False
    mine, theirs = _become(a), _become(b)
    return bool(mine) and bool(theirs) and len(mine & theirs) <= 1


def _become(claim: Claim) -> set[str]:
    """Common words of the claim's sentence after its verb of becoming (or of showing)."""
    predicate = stem(claim.frame.predicate)
    words = re.findall(r"[^\W\d_]+|\S", claim.sentence)
    for i, word in enumerate(words):
        if stem(word.lower()) == predicate or fold(word).startswith(predicate[:5]):
            after = " ".join(words[i + 1 :])
            return set(content_words(_CAPITALISED.sub(" ", after)))
    return set()


# A capitalised word: a name, which says whose beginning it is, not what begins.
_CAPITALISED = re.compile(r"\b[A-ZÁÉÍÓÚÑ]\w*")


def _begun(claim: Claim) -> set[str]:
    """The common words of what a clause says begins: its object when it has one other
    than a clitic, else its subject."""
    frame = claim.frame
    begun = ""
    if frame.patient is not None:
        begun = claim.sentence[frame.patient[0] : frame.patient[1]]
    if len(begun.split()) < 2:
        begun = frame.subject
    return set(content_words(_CAPITALISED.sub(" ", begun)))


def _unstated(frame: Frame, other: Claim) -> bool:
    """The frame names its actor and no name of its actors is stated by the other claim."""
    found = tuple(actor for actor in frame.actors if actor[:1].isupper())
    return bool(found) and not same_names(found, _names(other))


def _said_alike(x: Frame, y: Frame) -> bool:
    """The two clauses share a verb of saying and no other act: that someone said
    something is not the fact, what was said is, and each says another thing unless a
    quote or a figure ties them (on a real run: a post quoted as saying a health body
    recognises a drug, and another post of the campaign saying something else; a
    garbled "assured" against a leader telling his people to shun division)."""
    shared = x.families() & y.families()
    return bool(shared) and not shared - {SAYING}


def _counted_alike(x: Frame, y: Frame) -> bool:
    """The two clauses share only the family of the verbs a count is given with
    (`frames.COUNTING`: "supera", "alcanza", "deja", "confirma", "asciende a"), each
    through another verb, and no anchor: such a verb tells its act by what follows it (the
    count, or an object: "deja la Secretaría", "alcanzó un acuerdo", "supera los diez
    millones de seguidores", "confirmó su fichaje"), and two of them are two acts unless a
    figure both give ties them (asked before this). One verb on both sides ("deja la
    Secretaría" / "deja su cargo") is left to the frames."""
    shared = x.families() & y.families()
    if not shared or shared - {COUNTING}:
        return False
    mine = {stem(fold(p)) for p in (x.predicate, *x.also) if p and family(p) == COUNTING}
    theirs = {stem(fold(p)) for p in (y.predicate, *y.also) if p and family(p) == COUNTING}
    return not mine & theirs


def _verbless(a: Claim, b: Claim) -> bool:
    """Two English clauses read by word shapes, with no anchor between them, one of which
    names no act (no verb found: a headline written as a list, "Tablet sale at a shop from
    $300, headphones, more"; a verdict on an interview): the story's names alone joined them,
    and they confirm nothing, unless a word of one is the other's verb (a title-case
    "Pulls" the shapes took for a name, against "was pulled"; four letters tie them, as
    in `_theme_missing`). On a real run these pairs were a headline on a season and one on
    a record, a shop's sale and another's prices, an outlet's verdict on an interview and
    lawyers' use of it (CLAIMS.md item 99). Two clauses whose shapes found two verbs, none
    shared (`different_facts`), are left to the alignment: demanding an anchor there too
    took two more wrong pairs off a real run and six same-fact pairs off the claims bench's
    English rows. Against a clause of another language no word can be compared, and a
    translated sentence is most often what joins them: left to the alignment too."""
    x, y = a.frame, b.frame
    if not (shapes(x) and shapes(y)) or (_verb_of(a) and _verb_of(b)):
        return False
    return not ((_verb_of(b) and _verb_named(a, y)) or (_verb_of(a) and _verb_named(b, x)))


# A word with a capital after its first letter ("AirPods", "WeWork", "iPhone"): a brand's
# name, never a verb.
_BRAND = re.compile(r"\b[^\W\d_]*[a-z][A-Z][^\W\d_]*")


def _verb_of(claim: Claim) -> str:
    """The predicate word shapes found, unless the sentence writes it only as a brand's
    name (a shopping list's "Apple AirPods with Wireless Charging Case" has no verb)."""
    predicate = claim.frame.predicate
    if not predicate or not shapes(claim.frame):
        return predicate
    written = [w for w in re.findall(r"[^\W\d_]+", claim.sentence) if fold(w).startswith(predicate)]
    if written and all(_BRAND.fullmatch(w) for w in written):
        return ""
    return predicate


# A subject that is a free relative: whoever fits a description ("Quienes tengan el carné",
# "el que llegue primero"), no one in particular.
_WHOEVER = re.compile(
    r"(?:quien(?:es)?|(?:todos? )?(?:el|la|los|las) que|cualquiera que)\b",
    re.IGNORECASE,
)


def _whoever(frame: Frame) -> bool:
    """A parsed clause in the present or the future whose subject is whoever fits a
    description states a rule ("Quienes tengan el carné podrán votar"), no act of anyone
    in particular: its verb meets any clause that tells who did or will do that act
    (on a real run, the voters of two regions abroad, "votarán"), and it confirms only
    through an anchor. A free relative in the past names a particular group ("Quienes
    se oponían lograron frenar la votación") and is left to the frames."""
    return frame.tense in (PRESENT, FUTURE, "") and bool(_WHOEVER.match(frame.subject))


def _verb_named(claim: Claim, frame: Frame) -> bool:
    """A word of the claim is one of the frame's asserted verbs."""
    return _stated(claim, (frame.predicate, *frame.also))


def _general(claim: Claim) -> bool:
    """A parsed clause of an article's body in the present (or with no tense) that names
    no one, gives no figure or date and quotes or cites no one tells a general state, no
    particular event: CLAIMS.md's guide counts such a sentence as no claim, so two of them
    alike confirm nothing (a fable's bird whose beak "se curva", a drug's side effects,
    told by two sites on a real run). A headline is not one: it tells past events in the
    present ("Ministro pide ...", "México captura a ...") and its opening name is no name
    to `names`. English read by word shapes has no tense, and is never taken for one."""
    return (
        not claim.headline
        and claim.frame.tense in (PRESENT, "")
        and not claim.numbers
        and not claim.dates
        and not claim.quotes
        and claim.attribution is None
        and not names_in(claim.sentence)
    )


# "X is not the only one to ..." / "no es el único que ...": a statement about the others
# who did it too.
_ONE_OF_MANY = re.compile(
    r"\b(?:(?:is|was|are|were) not the only|(?:isn't|wasn't|aren't|weren't) the only|"
    r"no (?:es|era|fue|son|eran|fueron|ha sido) (?:el|la|los|las) unic[oa]s?|"
    r"non (?:e|era|fu) (?:il|la|l') ?unic[oa])\b"
)


def _one_of_many(claim: Claim) -> bool:
    """A sentence saying someone is not the only one to have done or suffered something
    ("X is not the only president to have been criticized over his golf", "no es la única
    alcaldesa que ha cerrado el mercado") tells of the others like him, a class, not an
    act of his: it confirms nothing, least of all the act itself told of him (on a real run
    it was shown alike with a president's own criticism of his predecessor and with the
    criticism of him; CLAIMS.md item 126)."""
    return bool(_ONE_OF_MANY.search(fold(claim.sentence)))


# A fact-check's framing of the claim it checks: a verdict ("es falso que", "no es cierto
# que", "es un bulo"), a rumour going round ("circula que", "se viralizó", "se difundió
# que") or a claim put in no one's mouth ("se dijo que", "se ha dicho que"). The writer
# reports it in order to weigh it, not as a fact.
_DEBUNK = re.compile(
    r"\b(?:es|era|resulta|resultó)\s+(?:falso|falsa|un\s+bulo|engañoso|engañosa)\s+que\b"
    r"|\bno\s+es\s+(?:cierto|verdad)\s+que\b"
    r"|\bcircula(?:n|ba|ban)?\s+(?:en|por)\s+(?:las\s+)?redes\b|\bha(?:n)?\s+circulado\b"
    r"|\bcircula(?:n|ba|ban)?\s+(?:un|una)\s+(?:mensaje|v[ií]deo|audio|imagen|rumor|cadena)\b"
    r"|\bse\s+(?:viralizó|viralizaron|ha\s+viralizado|han\s+viralizado)\b"
    r"|\bse\s+(?:difundió|ha\s+difundido|dijo|ha\s+dicho|había\s+dicho)\s+que\b"
    r"|\bse\s+(?:asegura|aseguraba|aseguró|afirma|afirmaba|afirmó|ha\s+asegurado|ha\s+afirmado)"
    r"\s+que\b"
    r"|^\s*(?:falso|engañoso|bulo)\s*[:.|-]",
    re.IGNORECASE,
)


def _debunked(claim: Claim) -> bool:
    """A sentence that reports a claim as a fact-check frames it: judged false, going
    round, or said by no one named (`_DEBUNK`). The outlet does not assert the claim, so
    it confirms nothing, even with the figure the other outlet gives (a fact-check reports
    the figure it then finds false; CLAIMS.md item 113)."""
    return bool(_DEBUNK.search(claim.sentence))


# What usually happens, said in the present: an adverb of habit after "is" or "are" ("is
# often found"), "suele(n)" and an infinitive; not in a relative clause ("el laboratorio,
# que suele dedicarse a ..."), which describes what the clause is about.
_HABIT = re.compile(
    r"\b(?:is|are)\s+(?:most\s+)?(?:often|usually|typically|generally|commonly|normally)\b"
    r"|(?<!\bque )\bsuelen?\s+\w+(?:ar|er|ir)(?:se)?\b"
)


def _habitual(claim: Claim) -> bool:
    """The clause tells what usually happens ("Yersinia pestis is often found in small
    mammals"), a general state and no particular event, as `_general` does for a clause
    naming no one: CLAIMS.md's guide counts it as no claim, and two such background
    sentences of two sites confirm nothing (on a real run, a bacterium's hosts told by two
    pages on one case of plague). A headline is not one, nor a clause in the past."""
    if claim.headline or claim.frame.tense in (PAST, FUTURE):
        return False
    return bool(_HABIT.search(fold(claim.sentence)))


def _foretold(a: Claim, b: Claim) -> bool:
    """One claim tells an act as done, the other as what a source says will be done: the
    second's fact is that it was said (CLAIMS.md), a promise or a forecast, and the act
    it foretells is most often another occurrence ("México obtuvo siete medallas en
    Londres" / "el comité asegura que México ganará más de veinte en Tokio"). So is an act
    said to be done again ("volverán a disputar la final", `_again`): that is another
    occurrence than any told as done. Another act a text itself plans ("fabricarán 3.000
    por día") is left to the frames: demanding it be told done too lost a same-fact pair
    of the claims bench, masks made and to be made (CLAIMS.md items 86, 99)."""
    tenses = {a.frame.tense: a, b.frame.tense: b}
    if not (PAST in tenses and FUTURE in tenses):
        return False
    future = tenses[FUTURE]
    return future.attribution is not None or _again(future.frame)


def _again(frame: Frame) -> bool:
    """The clause says its act will be done again: "volver a" and the act's infinitive."""
    return frame.predicate == "volver" and bool(frame.also)


def figures_clash(a: Claim, b: Claim) -> bool:
    """The two claims give figures for one counted noun that cannot both hold."""
    return bool(_clashes(a, b))


def unsure(a: Claim, b: Claim) -> bool:
    """Two claims joined as one fact that may disagree: figures for one counted noun that
    cannot both hold (`figures_clash`), or one clause saying "no" of the act the other
    reports where `acts.opposed` sees no disagreement on one act (`_unopposed`: other
    actors, another time, a degree, a condition), or words two named people each said
    that share a phrase and are not one quote (`said.phrase_of_two`). Unsure, the group is
    shown neither contradicted nor confirmed (`crosscheck._shown`)."""
    return figures_clash(a, b) or _unopposed(a, b) or phrase_of_two(a, b)


def _clashes(a: Claim, b: Claim, every: bool = False) -> set[str]:
    """Counted nouns the two claims give figures for that cannot both hold (an article's
    headline and a sentence of its body that do are not one fact of it; `every` as in
    `figures.clash`). A vague amount clashes too ("decenas de miles" / "hasta un millón"),
    an age does not (two people of one story). A share clashes only as two caps ("hasta
    un 10,5%" / "no más del 7%"): two plain percentages in a story are most often shares
    of two things."""
    mine, theirs = counts(a), counts(b)
    units = _counted(mine) & _counted(theirs)
    if "%" in mine and "%" in theirs and mine["%"][0].bound == theirs["%"][0].bound == "max":
        units.add("%")
    return {unit for unit in units if clash(mine[unit], theirs[unit], every)}


def _counted(found: dict[str, tuple[Number, ...]]) -> set[str]:
    """Counted nouns whose figures can clash: no share, span or age."""
    return {
        unit
        for unit, numbers in found.items()
        if unit != "%" and unit not in _SPANS and not any(n.unit == AGE for n in numbers)
    }


def _quantities(claim: Claim) -> set[str]:
    """Counted nouns the claim gives one telling figure for, spans and shares left out."""
    return telling_values(claim).keys() - {"%"} - _SPANS


def telling(a: Claim, b: Claim) -> bool:
    """Evidence that outweighs even frames of other actors doing another thing: the same
    quote (`said.one_statement`: not a phrase two named people's words share), the same
    telling figure ("87" in both, whatever noun each counts it with), the
    same time of day. Only what each states counts: a figure in a clause that says which
    accident is meant ("que costó la vida a 43 personas") is no evidence. A shared code
    ("COVID-19", "RN-7") is not either: it names a thing, as a name does, and on a real
    run it joined a vaccine scam, a plan and an expert's remark of one pandemic story.
    Across languages the nouns a figure counts cannot be compared word for word, and
    figures alone meet by chance (an obituary's "12 nietos y 11 bisnietos" and a strike's
    "11-point demands at 12 state mills", CLAIMS.md item 89): there a shared figure tells
    only with the same counted word on both sides ("12%", "12 km") or a name both state."""
    a, b = a.asserted(), b.asserted()
    return (
        _shared_figure(a, b)
        or bool(clock_times(a.sentence) & clock_times(b.sentence))
        or any(one_statement(x, y) for x in a.quotes for y in b.quotes)
    )


def _quote_alone(a: Claim, b: Claim) -> bool:
    """What `anchored` found is only words both quote: no figure, time of day, counted noun
    or day both state, no clash and no kinship."""
    if _clashes(a, b) or kin_conflict(a, b):
        return False
    a, b = a.asserted(), b.asserted()
    return not (
        _shared_figure(a, b)
        or clock_times(a.sentence) & clock_times(b.sentence)
        or _quantities(a) & _quantities(b)
        or _dated(a) & _dated(b)
    )


def _quoted_apart(a: Claim, b: Claim) -> bool:
    """Two people's words, each claim naming its source and neither the other's
    (`said.two_sources`), sharing a phrase (`said.one_statement`) that is not one quote
    (`said.one_quote`: the shared runs cover under half the shorter): two statements that
    read alike, not one statement two outlets confirm. On a real run an official's and a
    project head's remarks both "to get to the moon", and a leader's words on two
    occasions read as two sources (CLAIMS.md item 120). Shown alike, not confirmed: the
    same words may still be one statement whose speaker one outlet read otherwise."""
    a, b = a.asserted(), b.asserted()
    return two_sources(a, b) and any(
        one_statement(x, y) and not one_quote(x, y) for x in a.quotes for y in b.quotes
    )


def _shared_figure(a: Claim, b: Claim) -> bool:
    """The two claims state one telling figure; across languages, counted by one word or
    beside a name both state (`telling`). A share tells nothing: two plain percentages of
    one story are most often shares of two things (`_clashes`), and on a real run the same
    one joined mobility lowered to 50% and 50% of beds in use, 20% of a country's GDP and
    a bank's 20% market share."""
    shared = _counts(a) & _counts(b)
    if not shared or _language(a) == _language(b):
        return bool(shared)
    units = {(n.value, n.unit) for n in a.numbers if n.value in shared and n.unit}
    return bool(units & {(n.value, n.unit) for n in b.numbers}) or same_names(_names(a), _names(b))


def _counts(claim: Claim) -> set[float]:
    """`_values` the claim gives other than as a share."""
    return {n.value for n in claim.numbers if n.unit != "%"} & _values(claim)


def _language(claim: Claim) -> str:
    return claim.frame.lang.split("-")[0]


# A time of day with its minutes ("a las 12:16 a.m.", "02:00 h", "at 9.45pm").
_CLOCK = re.compile(
    r"(?<![\d:.,])(\d{1,2})[:.](\d{2})(?![\d:.,]\d)\s*(?:(a|p)\.?\s?m\b\.?|h\b|horas\b|hrs\b)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def clock_times(text: str) -> frozenset[str]:
    """The times of day a sentence gives, as 24-hour "HH:MM": two reports naming the
    same minute ("llegó al mundo a las 12:16 a.m." / "a las 12:16 a.m. en el Centro
    Médico") tell one occurrence as a telling figure does. A bare "2.30" with no mark of
    the hour is a figure, not a time, unless it reads as one ("14:05"). Kept per
    sentence: `telling` asks it of both claims of every pair it weighs."""
    found = set()
    for match in _CLOCK.finditer(text):
        hour, minute, half, mark = int(match[1]), int(match[2]), match[3], match[0]
        if (
            hour > 23
            or minute > 59
            or (":" not in mark and not (half or mark.rstrip()[-1:].isalpha()))
        ):
            continue
        if half:
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
        found.add(f"{hour:02d}:{minute:02d}")
    return frozenset(found)


def _dated(claim: Claim) -> set[str]:
    """Days and months the claim names ("en junio de 2024"); a year alone dates too much."""
    return {d.iso for d in claim.dates if d.iso and d.precision in (DAY, MONTH)}


# Ages, anniversaries and spans recur across the facts of one story ("26 años" of a
# movement, "18 años" in a party): a shared one says nothing about which fact is stated.
_SPANS = frozenset(
    "anos años dias meses semanas horas minutos segundos years days months weeks hours "
    "minutes".split()
)


def _values(claim: Claim) -> set[float]:
    return {
        n.value
        for n in claim.numbers
        if _telling(n.value) and n.unit not in _SPANS and not descriptive(n)
    }


def _greedy(
    score: np.ndarray,
    reports: list[str],
    parted: Callable[[list[int], list[int]], bool],
    threshold: float,
    comparable: Callable[[int, int], bool] | None = None,
    start: list[list[int]] | None = None,
    able: Callable[[int], bool] | None = None,
) -> list[list[int]]:
    """Best pair first; with `comparable`, a later pass joins groups holding claims that
    can disagree (one quantity, one day, one quote, a denied word) at a lower threshold,
    so that "3.000" and "5.000 estibadores" meet even when worded far apart — the
    explicit checks then decide. Two groups merge when their average link clears the
    threshold (`_linkage`). `able` tells a claim `comparable` accepts in no pair, so that
    it is not asked of that claim's pairs (the same pairs as asking it)."""
    n = len(score)
    upper = np.triu(score, k=1)
    rows, cols = np.nonzero(upper >= threshold)
    if able is not None and len(rows):
        ok = np.zeros(n, dtype=bool)
        for i in np.union1d(rows, cols).tolist():
            ok[i] = able(i)
        kept = ok[rows] & ok[cols]
        rows, cols = rows[kept], cols[kept]
    # Only pairs across articles join groups: an article's headline and its lead (or two
    # sentences saying one act) are one report, which comes into a group when both match
    # another outlet's claim.
    # Python's ints: a numpy array's item costs a scalar made at each look-up.
    pairs = list(zip(rows.tolist(), cols.tolist(), strict=True))
    across = [k for k, (i, j) in enumerate(pairs) if reports[i] != reports[j]]
    rows, cols = rows[across], cols[across]
    if comparable is not None:
        keep = [k for k, (i, j) in enumerate(pairs[k] for k in across) if comparable(i, j)]
        rows, cols = rows[keep], cols[keep]
    order = np.argsort(-upper[rows, cols], kind="stable")
    groups: dict[int, list[int]] = (
        {min(g): g for g in start} if start else {i: [i] for i in range(n)}
    )
    member = [0] * n
    for key, group in groups.items():
        for i in group:
            member[i] = key
    for k in order:
        a, b = member[rows[k]], member[cols[k]]
        if a == b:
            continue
        left, right = groups[a], groups[b]
        if parted(left, right):
            continue
        if _linkage(score, reports, left, right) < threshold:
            continue
        groups[a] = left + right
        for i in right:
            member[i] = a
        del groups[b]
    return sorted(groups.values(), key=min)


def _linkage(score: np.ndarray, reports: list[str], left: list[int], right: list[int]) -> float:
    """The mean, over pairs of articles, of the best score between their claims in the two
    groups: an article's headline and the sentence of its lead that it restates are one
    report of the fact, and another outlet's sentence need match only one of them. Links
    within one article count only when there is no other (its headline joining its lead)."""
    best: dict[tuple[str, str], float] = {}
    for i in left:
        for j in right:
            key = (reports[i], reports[j])
            best[key] = max(best.get(key, -np.inf), float(score[i, j]))
    across = [link for (x, y), link in best.items() if x != y] or list(best.values())
    return sum(across) / len(across)


def similarity(
    claims: list[Claim],
    embedder: Embedder,
    origin: dict[str, int] | None = None,
    vectors: np.ndarray | None = None,
) -> np.ndarray:
    """Pairwise score: embedding cosine plus the names, content words and figures two
    claims share, each counted only when it tells facts of the story apart, and a bonus
    when they carry the same quote or one denies a rare word the other asserts.

    `origin` maps article ids to independent origins (copies of one text count once when
    telling how common a name or word is in the story); by default each article is one.
    """
    if vectors is None:
        vectors = embed_once(embedder, [c.sentence for c in claims])
    sources = [origin.get(c.article_id, c.article_id) if origin else c.article_id for c in claims]
    content = [content_words(c.sentence) for c in claims]
    names = _matrix([{fold(n): 1.0 for n in names_in(c.sentence)} for c in claims], sources)
    words = _matrix(content, sources)
    figures = _matrix([_figures(c) for c in claims], sources)
    worded = _matrix([_figures(c, bare=False) for c in claims], sources)
    # Across languages a figure with no counted word both write adds nothing (`telling`).
    languages = np.array([_language(c) for c in claims])
    one_language = languages[:, None] == languages[None, :]
    # A quote is the same fact wherever it is quoted: no story-wide discount.
    quoted = _matrix([_quote_shingles(c) for c in claims], sources, discount=False)
    rare = [{s for s, weight in found.items() if weight >= RARE} for found in content]
    denied = _matrix(
        [dict.fromkeys(c.negated_stems & r, 1.0) for c, r in zip(claims, rare, strict=True)],
        sources,
        discount=False,
    )
    asserted = _matrix(
        [dict.fromkeys(c.stems & r, 1.0) for c, r in zip(claims, rare, strict=True)],
        sources,
        discount=False,
        columns=denied.columns,
    )
    negation = denied.values @ asserted.values.T
    score = (
        vectors @ vectors.T
        + NAME_WEIGHT * _weighted_jaccard(names.values)
        + WORD_WEIGHT * _weighted_jaccard(words.values)
        + FIGURE_WEIGHT
        * np.minimum(
            2.0,
            np.where(
                one_language, figures.values @ figures.values.T, worded.values @ worded.values.T
            ),
        )
        + QUOTE_WEIGHT * (quoted.values @ quoted.values.T > 0)
        + NEGATION_WEIGHT * ((negation + negation.T) > 0)
    )
    # Frames are compared only where they can tip the balance.
    low, high = CONFLICT_THRESHOLD - FRAME_WEIGHT, THRESHOLD + FRAME_WEIGHT
    near = np.argwhere(np.triu((score > low) & (score < high), k=1))
    for i, j in near:
        score[i, j] = score[j, i] = score[i, j] + FRAME_WEIGHT * frame_agreement(
            claims[i].frame, claims[j].frame
        )
    return score


def translated_quotes(claims: list[Claim], embedder: Embedder) -> np.ndarray:
    """Claims x claims: True where the claims, in two languages, carry one quote translated
    (`TRANSLATED_QUOTE`). Quotes shorter than a shingle are phrases, not statements."""
    found = np.zeros((len(claims), len(claims)), dtype=bool)
    owners = [
        (k, claim.frame.lang.split("-")[0], " ".join(quote.words))
        for k, claim in enumerate(claims)
        for quote in claim.quotes
        if len(quote.words) >= MIN_SHARED_WORDS
    ]
    if len({lang for _, lang, _ in owners}) < 2:
        return found
    vectors = embedder.embed([text for _, _, text in owners])
    close = vectors @ vectors.T >= TRANSLATED_QUOTE
    for x, (i, lang, _) in enumerate(owners):
        for y, (j, other, _) in enumerate(owners):
            if lang != other and close[x, y]:
                found[i, j] = True
    return found


@dataclass
class _Features:
    values: np.ndarray  # claims x features
    columns: dict[str, int]


def _matrix(
    features: list[dict[str, float]],
    sources: list[object],
    discount: bool = True,
    columns: dict[str, int] | None = None,
) -> _Features:
    """Claims x features, weights as given. With `discount`, less the features most of the
    story's origins share: in a story about Ferrán's law every other sentence names Ferrán
    and the law, which says nothing about which fact a sentence states."""
    if columns is None:
        total = len(set(sources))
        if not discount or total <= 2:  # every feature kept: whose they are is not asked
            kept = list(dict.fromkeys(key for found in features for key in found))
        else:
            seen: dict[str, set] = {}
            for source, found in zip(sources, features, strict=True):
                for key in found:
                    seen.setdefault(key, set()).add(source)
            kept = [k for k, ids in seen.items() if len(ids) <= total / 2]
        columns = {key: k for k, key in enumerate(kept)}
    # Set in one assignment: item by item, numpy's indexing was most of the time.
    rows, cols, weights = [], [], []
    for i, found in enumerate(features):
        for key, weight in found.items():
            column = columns.get(key)
            if column is not None:
                rows.append(i)
                cols.append(column)
                weights.append(weight)
    values = np.zeros((len(features), len(columns)), dtype=np.float32)
    values[rows, cols] = weights
    return _Features(values, columns)


def _weighted_jaccard(matrix: np.ndarray) -> np.ndarray:
    """Weight of the features two rows share over the weight of those either has."""
    present = (matrix > 0).astype(np.float32)
    weighted = present * matrix.max(axis=0)
    shared = weighted @ present.T
    own = weighted.sum(axis=1)
    union = own[:, None] + own[None, :] - shared
    return np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)


def _figures(claim: Claim, bare: bool = True) -> dict[str, float]:
    """Counted nouns, figures and dates. A shared counted noun ("3.000 estibadores" and
    "5.000 estibadores") says two claims are about one quantity, whatever the figures,
    which is what makes them a contradiction; the same figure ("178 votos") or date
    ("junio de 2024") says more. Without `bare`, a figure counts only with its counted
    word: across languages a bare figure shared is chance (`telling`)."""
    numbers = [n for n in claim.numbers if not descriptive(n)]
    found = {f"unit:{n.unit}": 1.0 for n in numbers if n.unit and n.unit != "%"}
    found.update(
        {f"value:{n.unit}:{n.value:g}": 1.0 for n in numbers if n.unit and _telling(n.value)}
    )
    if bare:
        found.update({f"value:{value:g}": 1.0 for value in _values(claim)})
    found.update({f"date:{d.iso}": 1.0 for d in claim.dates if d.iso})
    found.update({f"time:{t}": 1.0 for t in clock_times(claim.sentence)})
    return found


def _telling(value: float) -> bool:
    """Whether a shared figure is evidence: "tres hijos" in two sentences is a coincidence,
    "178 votos" or "6,4" is not."""
    return value >= 10 or value != int(value)


def _quote_shingles(claim: Claim) -> dict[str, float]:
    return {shingle: 1.0 for quote in claim.quotes for shingle in shingles(quote)}
