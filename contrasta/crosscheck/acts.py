"""Whether a clash between two claims is about one act: what a conflict shown must be.

Two figures for one counted noun clash only when they count it of one act: "300 vecinos"
evacuated and "40 vecinos" left homeless are two counts, not two versions of one (on real
text, 5 of 5 "number" conflicts shown outside this were two counts: deaths worldwide and
in one region, a payment and a fine). A word under a negation in one claim and asserted in
the other is a denial only when it is the act both report: "ni la concejala se pronunció"
does not deny that "la concejala destacó" (4 of 4 real "negation" conflicts were such
words: a name after "ni", a noun, a verb of another clause). Otherwise nothing is said:
neither a conflict nor, since such claims are kept apart, a confirmation.

A denial and a figure must also be of one time and one measure, and a quote one quote, by
the conventions of press writing (`opposed`, `same_figure`, CLAIMS.md item 106): on a real
run 21 of 24 wrong conflicts were two acts, two actors, two times, a degree, a condition,
a share against a count, a forecast against a report, a known set or a margin.

Measured 2026-12-06 (bench/real_confirmed.py --stories, dev): wrong conflicts shown 9 -> 1
(left: "el número de dosis ... asciende a 743.925" beside "las dos dosis" a person
receives, a tally's verb beside a light one); the claims bench's conflict recall stays 12
of 15 (es-es), the toll ("dejó un saldo de 10 muertes") keeping the one that two
predicates alone would have lost.
"""

from __future__ import annotations

import re

from contrasta.crosscheck.claims import Claim, Number
from contrasta.crosscheck.figures import CROWD
from contrasta.crosscheck.frames import (
    COUNTING,
    DENIED,
    FUTURE,
    OTHER,
    PAST,
    PLANNED,
    PRESENT,
    REPORTED,
    REQUESTED,
    RULED_OUT,
    SAME,
    SAYING,
    UNKNOWN,
    Frame,
    actor_relation,
    family,
    named,
    predicate_relation,
    same_names,
)
from contrasta.crosscheck.words import fold, stem
from contrasta.reading.numbers import TALLIES

# Main verbs of a periphrasis ("tuvieron que abandonar sus casas", "debieron salir"): the
# act is worded with another verb than the other outlet's ("desalojar"), so two predicates
# are no evidence of two acts.
_MODAL = frozenset({"tener", "deber", "poder", "ir"})
# A tally noun just before the figure: "un saldo de", "el total de", "la cifra de".
_TOLL = re.compile(rf"\b(?:saldo|{'|'.join(TALLIES)})\s+(?:de\s+|del\s+)?(?:unos?\s+|unas\s+)?$")


def same_count(a: Claim, b: Claim, unit: str) -> bool:
    """Figures for `unit` count one thing. One predicate is one act, unless two named
    actors do it (two companies' earnings). Two predicates are two acts ("desalojar a 300
    vecinos" / "destruyó las casas de 40 vecinos"), unless the counted noun is the subject
    of both ("3.000 estibadores comenzaron la huelga" / "5.000 estibadores la secundaron")
    or the count is a crowd's (`figures.CROWD`), or one is worded as a periphrasis
    (`_MODAL`). A light predicate ("sigue en") or a verb
    a count is given with ("asciende a", "supera": `frames.COUNTING`) tells no act: then
    only other actors tell two counts ("Hacienda obtuvo ... pesos" / "su cónyuge tiene ...
    pesos"), and a tally as the subject ("el balance", "el número de fallecidos") is no
    actor. Predicates the frames cannot compare (one clause without a verb, a light verb
    beside another, English word shapes) tell nothing either way, and then nothing says
    one count: on real text 5 of 5 such "number" conflicts were two counts (a country's
    deaths of a day and a region's of a month, two plans' age limits, doses landed and
    doses given elsewhere, two players' games)."""
    x, y = a.frame, b.frame
    predicates = predicate_relation(x, y)
    if predicates == SAME:
        return not (named(x) and named(y) and actor_relation(x, y) == OTHER)
    actors = UNKNOWN if _tally(x) or _tally(y) else actor_relation(x, y)
    if actors == OTHER:
        return False
    return (
        unit == CROWD
        or (_counted_subject(x, unit) and _counted_subject(y, unit))
        or COUNTING in (x.family, y.family)
        or bool(_MODAL & {x.predicate, y.predicate})
        or _tolled(a, unit)
        or _tolled(b, unit)
        or _tally(x)
        or _tally(y)
    )


def maybe_one_count(a: Claim, b: Claim, unit: str) -> bool:
    """Figures for `unit` may count one thing: `same_count`, or predicates the frames
    cannot compare. Enough to keep two claims together (`align`), never to show a conflict:
    unsure, the group is shown neither contradicted nor confirmed (`crosscheck._shown`)."""
    return same_count(a, b, unit) or predicate_relation(a.frame, b.frame) == UNKNOWN


def _tolled(claim: Claim, unit: str) -> bool:
    """A figure for `unit` given as a toll ("la confrontación que dejó un saldo de 10
    muertes", "un total de 10 reos"): what it counts is its noun, whatever the clause the
    frame was read from."""
    folded = fold(claim.sentence)
    return any(
        _TOLL.search(folded[: n.start - claim.start]) for n in claim.numbers if n.unit == unit
    )


def _tally(frame: Frame) -> bool:
    return any(fold(word) in TALLIES for actor in frame.actors for word in actor.split())


def _counted_subject(frame: Frame, unit: str) -> bool:
    wanted = stem(fold(unit))
    return any(stem(fold(word)) == wanted for actor in frame.actors for word in actor.split())


def denied(negated: Claim, plain: Claim) -> list[str]:
    """Stems `negated` denies and `plain` asserts, when they are the act both report: the
    act of the denying clause (`_act`; a verb of a clause under it, "dijo que los vecinos
    no necesitaban ayuda", is said of that clause's own subject), one predicate in the
    two, an act the other clause asserts (`_asserted`), and a denial `opposed` accepts
    (actors not other, one time, a real act denied)."""
    found = negated.negated_stems & plain.stems - plain.negated_stems
    if not found or predicate_relation(negated.frame, plain.frame) != SAME:
        return []
    frame = negated.frame
    predicate = _act(frame)
    main = stem(fold(predicate)) if predicate else ""
    if main not in found or main not in _asserted(plain.frame):
        return []
    return [main] if opposed(negated, plain, predicate) else []


# Verbs of managing or being able: "no logró aprobar" denies the act of its infinitive.
_MANAGING = frozenset({"lograr", "conseguir", "poder", "alcanzar", "llegar"})


def _act(frame: Frame) -> str:
    """The act a clause reports: its main predicate, or the infinitive a verb of managing
    governs ("no logró aprobar": "aprobar")."""
    if frame.predicate in _MANAGING and frame.also:
        return frame.also[0]
    return frame.predicate


def negation(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """(denying, plain) when one clause says "no" of the act the other reports: one
    predicate family, neither a plan, a request ("pidió que no cierren") nor a plan called
    off (a plan called off and the event are `labels._happened`'s, on real dates); None
    otherwise. `labels` shows such a pair as a denial when `disagree` holds, and `align`
    keeps it unsure when it does not."""
    x, y = a.frame, b.frame
    if x.denies == y.denies or {PLANNED, REQUESTED} & {x.modality, y.modality}:
        return None
    if RULED_OUT in (x.modality, y.modality) or predicate_relation(x, y) != SAME:
        return None
    return (a, b) if x.denies else (b, a)


def disagree(denying: Claim, plain: Claim) -> bool:
    """The denial of `negation` is of the very act the other clause asserts (`asserts`), by
    one actor at one time (`opposed`)."""
    word = denying.frame.predicate
    return asserts(plain.frame, word) and opposed(denying, plain, word)


def opposed(negating: Claim, plain: Claim, predicate: str) -> bool:
    """Whether a clause that says "no" of `predicate` and one that says it happened disagree
    on one act, by the conventions of press writing (CLAIMS.md item 106). Not when: the
    two name other actors (`actor_relation` OTHER: "la alcaldesa rechazó reunirse" / "el
    concejal se reunió"; a denial, "descartó que fuera intencionado", is another speaker's
    by nature and keeps the act's subject as its actor); the negated verb is an infinitive
    with no tense (`Frame.tense` ""), what someone asks, decides or promises not to do
    ("pidió no cerrar el mercado"), no act denied; the negation denies a degree ("no ha
    recibido tantas ayudas como esperaba": some came); it sits in the consequence of a
    condition ("si el caudal baja, los vecinos no abandonarán sus casas") or corrects a
    complement ("los forma como ciudadanos, no como vecinos"); the other clause tells an
    obligation ("debemos revisar el puente"), no act done; a clause read by
    word shapes whose negation does not reach its predicate ("was closed ... with no
    warning": the negation is of "warning"); or the two tell two times, when the act is
    each clause's main predicate: a future against a past, or, outside a headline (which
    tells the past in the present), a present against a past ("no creo" / "creían")."""
    x, y = negating.frame, plain.frame
    if x.modality not in (DENIED, RULED_OUT) and actor_relation(x, y) == OTHER:
        return False
    if _told_apart(x, y, predicate):
        return False
    if x.tense == "":
        return False
    folded = fold(negating.sentence)
    if _DEGREE.search(folded) or _CONSEQUENCE.search(folded) or _CORRECTIVE.search(folded):
        return False
    if _OBLIGATION.search(fold(plain.sentence)) or _GUESSED.search(fold(plain.sentence)):
        return False
    if x.tense is None and stem(fold(predicate)) not in negating.negated_stems:
        return False
    # A plan called off or denied and the act told done: `labels._happened` decides, on
    # real publication dates.
    mains = family(x.predicate) == family(predicate) and (
        family(y.predicate) == family(predicate) or _coordinated(plain, predicate)
    )
    return not (x.modality == REPORTED and mains and _two_times(negating, plain))


def _coordinated(claim: Claim, predicate: str) -> bool:
    """The clause asserts `predicate`'s act through a verb coordinated with its main one,
    written after "y" or "e" ("vive en un mundo de fantasía e inventa cosas"), which is
    told in the main verb's tense; not through one another verb reports ("afirmó que
    inventan", "se confirmaba que permitiría"), whose tense is its own."""
    frame = claim.frame
    if SAYING in frame.families():
        return False
    wanted = family(predicate)
    verbs = [p for p in frame.also if p and family(p) == wanted]
    folded = fold(claim.sentence)
    return any(
        re.search(
            rf"\b(?:y|e)\s+(?:(?:no|se|lo|la|le|les|los|las)\s+)*{re.escape(fold(v)[:4])}", folded
        )
        for v in verbs
    )


def _told_apart(x: Frame, y: Frame, predicate: str) -> bool:
    """Two subjects that are two things: both a common noun (a name is `actor_relation`'s),
    and either one noun that their names tell apart ("el incendio de Valdeperales" / "el
    incendio de Robledal": two fires), or, when both are the subjects of the act itself
    (the main predicate of both clauses, not a verb of saying over it: "fuentes dan por
    hecho que..."), two nouns of no shared stem ("el apagón de Robledal" / "el incendio de
    Robledal": two events of one place; a place named after both is what `actor_relation`
    reads as one actor, and it tells which place, not which thing), whatever is said of
    each. A conflict needs both sentences to speak of one thing; two nouns of one kind
    ("el fuego" / "el incendio") cannot be told from two kinds without a list of them, so
    they are no conflict either: unsure, say less."""
    if not (x.actors and y.actors and x.actors[0][:1].islower() and y.actors[0][:1].islower()):
        return False
    wanted = family(predicate)
    if family(x.predicate) == family(y.predicate) == wanted and _head(x) != _head(y):
        return True
    mine, theirs = ([a for a in f.actors[1:] if a[:1].isupper()] for f in (x, y))
    return bool(mine and theirs) and not same_names(tuple(mine), tuple(theirs))


def _head(frame: Frame) -> str:
    """The stem of a subject's head noun, as the frame reads it ("apagon" of "el apagón de
    Robledal", "preso" of "cuatro presos")."""
    return stem(fold(frame.actors[0].split()[0]))


def _asserted(frame: Frame) -> set[str]:
    """Stems of the acts a clause asserts: its main predicate, and the verbs coordinated
    with it or reported by it (`Frame.also`) unless it has no tense ("tener que ampararse
    ante un juez es cosa del pasado": an infinitive names an act, says no one did it);
    none when the clause denies ("eso no quiere decir que se recomiende")."""
    if frame.denies:
        return set()
    found = {stem(fold(frame.predicate))} if frame.predicate else set()
    if frame.tense != "":
        found |= {stem(fold(p)) for p in frame.also if p}
    return found


def asserts(frame: Frame, predicate: str) -> bool:
    """The clause asserts an act of `predicate`'s family: its main predicate or a verb it
    coordinates or reports (`_asserted`), by family or stem."""
    if frame.denies:
        return False
    wanted = family(predicate)
    acts = [frame.predicate] + (list(frame.also) if frame.tense != "" else [])
    return any(p and (family(p) == wanted or stem(fold(p)) == stem(fold(predicate))) for p in acts)


# A negated comparative of equality: "no ha recibido tantas ayudas como esperaba".
_DEGREE = re.compile(
    r"\b(?:no|nunca|not)\b(?:\s+\S+){0,4}?\s+(?:tant[oa]s?|tan|as (?:many|much))\b"
    r"(?:\s+\S+){0,6}?\s+(?:como|as)\b"
)
# A condition opening the sentence, its consequence after the comma: "si el caudal baja
# esta noche, los vecinos no abandonarán sus casas".
_CONSEQUENCE = re.compile(
    r"(?:^|[,:;] ?)(?:por ejemplo,? )?(?:si|if) (?!bien\b)[^.;]*,[^.;]*\b(?:no|not)\b"
)
# A corrective negation, of a complement the act is done with, not of the act: "los forma
# como ciudadanos, no como vecinos", "no X, sino Y" ("no ..., sino que" replaces the act).
_CORRECTIVE = re.compile(r"\bno como\b|\bno\b[^.;:]{0,60}?\bsino\b(?!\s+que\b)")
# An obligation, "deber" and an infinitive: what must be done, no act told done.
_OBLIGATION = re.compile(
    r"\bdeb(?:o|es|e|emos|eis|en|ia|ias|iamos|ian|eria|erian|eriamos)\s+(?:\w+\s+){0,2}?"
    r"\w+(?:ar|er|ir)(?:se)?\b"
)
# A guess about what happened: a modal of possibility with a perfect infinitive ("podría
# haber sido provocado", "pudo haberse originado") or a word of doubt ("es posible que",
# "probablemente", "tal vez"). No act told done, so a denial does not contradict it; a
# modal alone is often a power ("el ministerio podría intervenir las redes" / "no podrá
# intervenir"), which a denial does contradict.
_GUESSED = re.compile(
    r"\b(?:(?:podrian?|pudo|pudieron|puede|pueden|debio|debieron|deberia|deberian) "
    r"haber(?:se)?|es (?:posible|probable) que|puede que|probablemente|quizas?|tal vez)\b"
)
_TENSES = frozenset({PAST, PRESENT, FUTURE})


def _two_times(a: Claim, b: Claim) -> bool:
    """The clauses tell their act at two times: a future against a past, or a present
    against a past unless the present is a headline's (news headlines tell the past in the
    present; a headline in the past against a body's present is two times, "no inventó
    su experiencia" / "inventa cosas que no pasaron"), and not a headline made of
    someone's words, whose present is the speaker's (`_headline`)."""
    x, y = a.frame.tense, b.frame.tense
    if x not in _TENSES or y not in _TENSES or x == y:
        return False
    if {x, y} == {FUTURE, PAST}:
        return True
    if {x, y} != {PRESENT, PAST}:
        return False
    return not _headline(a if x == PRESENT else b)


# A sentence that opens with a quote mark: the words of someone, in the speaker's tense.
_QUOTED = re.compile(r"\s*[\"“«']")


def _headline(claim: Claim) -> bool:
    """A headline that tells the past in the present: not one made of someone's words
    ("\"México no avanza\"", a speaker's present), whose tense is the speaker's."""
    return claim.headline and not (claim.quotes and _QUOTED.match(claim.sentence))


def same_figure(a: Claim, b: Claim, x: Number, y: Number) -> bool:
    """Figures `x` of `a` and `y` of `b` for one counted noun count one thing: `same_count`,
    and, by the conventions of press writing (CLAIMS.md item 106), not when one is a share
    and the other a number of people or things ("el 30% de los vecinos" / "800 vecinos");
    one is a forecast (a future or a plan) and the other a report ("serán evacuados" /
    "fueron evacuados"); one names a set the reader knows, a plural definite article
    before it ("después de recibir las dos dosis"), not a count reported; or one is a
    margin, a difference written after "por" with a verb of winning ("ganó por 300 votos")
    and the other is not."""
    if not same_count(a, b, x.unit or ""):
        return False
    forecasts = {_forecast(a.frame), _forecast(b.frame)}
    if _share(x) != _share(y) or forecasts == {True, False}:
        return False
    if _share(x) and _wholes_apart(a, x, b, y):
        return False
    if _known_set(a, x) or _known_set(b, y):
        return False
    return _margin(a, x) == _margin(b, y)


_SHARE = re.compile(r"%|\bpor ciento\b|\bpercent\b|\bper cent\b")
_KNOWN_SET = re.compile(r"\b(?:los|las|the)\s+$")
_MARGIN = re.compile(
    r"\b(?:gan\w*|venc\w*|aventaj\w*|lider\w*|perd\w*|pierd\w*|won|win\w*|lead\w*|"
    r"led|beat\w*)\b(?:\s+\S+){0,3}?\s+(?:por|by)\s+(?:(?:mas|menos) de\s+|apenas\s+|"
    r"unos?\s+|unas\s+|casi\s+|solo\s+)?$"
)


def _share(number: Number) -> bool:
    return bool(_SHARE.search(fold(number.text)))


# The whole a share is taken of, named after it: "el 12% de la cosecha", "40 por ciento
# del total", "the 30% of its budget".
_WHOLE = re.compile(
    r"\s*(?:de|del|of)\s+(?:(?:la|las|los|el|lo|su|sus|the|its|their)\s+)?([^\W\d_]+)"
)


def _wholes_apart(a: Claim, x: Number, b: Claim, y: Number) -> bool:
    """Two shares each followed by the whole it is taken of, named by nouns of no shared
    stem ("lo que representa el 12% de la cosecha" / "representa el 40% de la
    producción"): press writing names the whole after a percentage, and two wholes are
    two shares, not one figure given twice. A share with no whole written is left as it
    was."""
    wholes = []
    for claim, number in ((a, x), (b, y)):
        found = _WHOLE.match(claim.sentence, max(0, number.end - claim.start))
        if found is None:
            return False
        wholes.append(stem(fold(found.group(1))))
    return wholes[0] != wholes[1]


def _forecast(frame: Frame) -> bool | None:
    """A forecast (a future, a plan), a report (a past or present), or None unknown."""
    if frame.modality == PLANNED or frame.tense == FUTURE:
        return True
    return False if frame.tense in (PAST, PRESENT) else None


def _before(claim: Claim, number: Number) -> str:
    return fold(claim.sentence[: max(0, number.start - claim.start)])


def _known_set(claim: Claim, number: Number) -> bool:
    return bool(_KNOWN_SET.search(_before(claim, number)))


def _margin(claim: Claim, number: Number) -> bool:
    return bool(_MARGIN.search(_before(claim, number)))
