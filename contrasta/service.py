"""The one way in for every front end (the CLI, the web app, `watch`, Spark's loader):
run the pipeline, keep each story's dossier stored, hand out stored rows and dossiers,
write the reports. No rendering here.

A run reads each new article once (`dossier.reading`), then rebuilds the dossier of every
story whose key changed — the key hashes what a dossier is built from: the story's
members, the reading and dossier versions, and the outlet registry and lexicon — and
stores it with its story-list row. Displays read what is stored; nothing is read again
on display unless it is stale (an older version, other `--outlets`), and then it is
built once, stored, and served from the store after that.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from contrasta import collector, serial
from contrasta.coverage import (
    Blindspot,
    Lexicon,
    Meter,
    Registry,
    default_lexicon,
    default_registry,
    fold_outlets,
)
from contrasta.dossier import Dossier, DossierFailure, published_span, try_dossier
from contrasta.dossier import reading as article_reading
from contrasta.dossier.reading import ArticleReading, read_article, read_articles
from contrasta.errors import ContrastaError
from contrasta.i18n import N_, _
from contrasta.model import Article, RunRecord, Story
from contrasta.store import Store

if TYPE_CHECKING:  # a display needs neither the pipeline nor the report renderers
    from contrasta.embed import Embedder
    from contrasta.pipeline import RunResult
    from contrasta.report import Written

log = logging.getLogger(__name__)

SEE_RUNS = N_("see the recent runs with `contrasta runs`")
UNRECORDED = N_("this run did not reach its end, where its problems and warnings are recorded")

# Raise when a dossier step changes what it finds without the dossier's shape changing.
# 2: the cross-check parts claims about two people who share a surname.
# 3: copies cut short and translations are one origin; a conflict is shown only about one act.
# 4: a group is shown confirmed only when two origins' parsed clauses name one act or share
#    an anchor (crosscheck.align.confirms); otherwise each origin's claims are single-source.
# 5: no verb of beginning of two actors, no act done against one a source foretells, no
#    shared code is what confirms (frames.one_act, align.confirms, align.telling).
# 6: "Black Friday" is no Friday (dates._named); an English active "-ed" or a participle
#    after haber calls off its object, not its subject (timeline._passive).
# 7: a negation of a condition or a conditional denies no act; what a verb of asking urges
#    is not asserted (claims._negation, frame_parse._negated, frame_parse._coordinated);
#    figures of acts the frames cannot compare conflict with nothing, and a group holding
#    them is shown neither contradicted nor confirmed (acts.same_count, crosscheck._shown).
# 8: a fact is not placed by a date of a background clause or a "desde que" clause, a year
#    naming which thing is meant, nor a relative day in quoted or reported speech
#    (timeline._dates_its_act, since removed: see 9).
# 9: 8 taken back: on the timeline bench's held-out half it unplaced three right entries
#    ("del 2021", "de 2020", a day in reported speech) for one wrong one.
# 10: across languages a shared figure is telling only counted by one word or beside a
#     shared name (align.telling); bare figures add nothing to the score there.
# 11: a fact is not placed by a relative day inside quotation marks, an English written date
#     naming which thing is meant ("Trump's July 25 call"), nor a date after "desde"/"since"
#     bounding a period (timeline._dates_its_fact); "the 2000s" is no year (dates).
# 12: a shared percentage is no telling figure (align.telling), and a clause of a body
#     stating nothing particular (present, no name, figure, date, quote or source; never a
#     headline) confirms nothing (align.confirms).
# 13: one quote given to two speakers is a conflict only between two names (not a
#     description, not a weekday), a middle initial aside, neither sentence naming the
#     other speaker (said.speaker_conflicts, said.same_person).
# 14: a fact is not placed by a date of a relative clause set off by a comma or of an
#     opening "after" clause, a deadline ("by 2022", "antes del"; "para"/"hasta"/"until"
#     before a year), a norm's date ("3/2018, de 5 de diciembre"), a year or a month of a
#     range, of a period ("desde marzo") or in parentheses, a month whose written year was
#     not read, a weekday resolved to another month than the one written after it, a year
#     after a capitalised noun and "de"/"of", nor an English date before a capitalised
#     noun (timeline._dates_its_fact).
# 15: two clauses whose only act in common is saying, two English clauses read by word
#     shapes one of which names no act, a clause in the present or future whose subject is
#     whoever fits a description, and an act to be done again against one told done
#     confirm only through an anchor (align.confirms, align._said_alike, align._verbless,
#     align._whoever, align._again).
# 16: parsed clauses sharing one verb whose actors are known to be other people (a name of
#     one's actor that the other sentence does not state) confirm only through an anchor,
#     and a figure naming a thing (a model's size, an article of a law, a telephone number)
#     anchors nothing (align._other_actors, figures.naming_spans, Claim.asserted).
# 17: a group of claims of several origins that only wording joined (no anchor, and no
#     clauses parsed in one language naming one act of one actor: English word shapes, an
#     unread clause, two languages, one verb with no actor read) is shown alike, several
#     sources saying something alike, not checked, never as confirmed (crosscheck.ALIKE,
#     align.confirmation); the summary lists those facts apart (summary.alike).
# 18: a fact is not placed by a date of a ", cuando"/", when" clause, a year after English
#     "to" or Italian "dal", a day after "desde"/"since" in a sentence of a present perfect
#     (what piled up since), a quoted year after "de"/"of" or after the article's year, a
#     "hoy" of a present state ("así luce hoy"), "el día de mañana", "para" before a part of
#     a month, a year of a comparison's base ("con respecto a 2018") or closing a "2012
#     through 2015" range, "desde el año", "entre los años", "al" before a year, an English
#     date after "a"/"an" before a noun ("a July 10 meeting"), a year after a day cut from
#     its abbreviated month ("8, 2019, in ..."), nor a yearless date opening a list's line
#     ("June 9 -- Tampa") (timeline._dates_its_fact).
# 19: a negation conflicts only as the denying clause's act, asserted by the other, of actors
#     not other, with a tense, no degree, condition, correction or obligation, at one time
#     (and is kept with its act where form and lemma stem apart); figures only
#     both counts or both shares, both reports or both forecasts, no known set, no margin;
#     one quote only when shared runs cover half the shorter; a given name and first
#     surname begin the full name (acts.opposed, acts.same_figure, said.one_quote,
#     said.same_person; CLAIMS.md item 106).
# 20: a story's entity list shows a name the outlet registry lists as an organisation
#     (dossier.story_entities), whatever the model guessed from the name.
# 21: the timeline's date of a predicate after "be" and "a"/"an" ("was a 2013 top seller")
#     places its fact; an introduction, unveiling, debut or premiere is a
#     beginning a "since" day or year dates (timeline._dates_its_fact); a "hoy" naming a
#     thing by its present name or telling a present state places no fact, nor a date with
#     its year a few words into a restrictive relative clause ("a man who saw his doctor in
#     November 2016"); a year opening a period to now or to another year ("de 1988 a la
#     fecha", "from 2009 to 2019") or a date in
#     apposition closing a "desde que" clause bounds a period; a year of a list of years
#     places no fact, nor an English written date after a demonstrative ("that 2016
#     redesign") or "our"/"your"/"my", which names a thing as after "the"; a change's
#     base ("pasó de 127 en 2012 a 208 en 2018" is placed by 2018), a citation's year
#     ("(Robles, 1974; ...)"), "para el año 2030" and "by the year 2025" place no fact.
# 22: several sources are shown as their origins' confirmations: a member no claim of another
#     origin confirms stands alone (its article's headline and lead keep each other); a
#     figure naming an acceleration test, a condition's threshold or, after a possessive,
#     a set the reader knows ("Stadia's 22 titles") anchors nothing; other figures for one
#     counted noun (spans too), a clause telling what usually happens, two clauses each
#     guessing with a modal of its own, a free-relative subject against an unwritten one,
#     one verb about people each side leaves unnamed, and a brand's name taken for a verb
#     confirm nothing (crosscheck._shown, crosscheck._lead_of, figures.naming_spans,
#     align._other_figures, align._habitual, speculation.guesses, align._group_unmatched,
#     align._named_apart, align._verb_of; CLAIMS.md item 109).
# 23: the summary's single-source list takes a sentence from each article in turn, its text
#     rather than its headline, only sentences that stand alone and none shown in another
#     part of the summary (dossier.summary.in_turn, stands_alone); a story's entity list
#     counts no name in capitals read in a line set in capitals (dossier.shouted).
# 24: an article naming no outlet is cited by its site, else by its title cut on a word,
#     never by its id (dedup.outlets.cited_names: the summary's, timeline's and quotes'
#     sources, the claims table's columns, copy links).
# 25: a fact-check's framing of the claim it weighs ("es falso que", "circula en redes",
#     "se dijo que", a verdict label), a bare kind against the same noun the other names
#     ("la vacuna" / "la vacuna de X") and two beginnings of other things confirm nothing
#     (align._debunked, align._kind_named_apart, align._begun_apart; CLAIMS.md item 113).
# 26: the timeline: the later day of a night across two ("la madrugada del 14 al 15"), and
#     no fact placed by a year naming a numbered law or decree, elections placed against
#     now ("las pasadas elecciones de 2022"), a date inside a period named by its bounds, a
#     year a conditional guesses about, or a comparative's base ("peor que 2026")
#     (timeline._dates_its_fact).
# 27: the timeline: no fact placed by a date after a modal of possibility in its clause
#     ("could follow suit in 2027") or just before one ("Come May 4, 2027, we might"), in
#     or after an "if" clause, set off by a byline's bar, a fiscal year, a month of a range
#     of months, a year inside a list of years or a period's end ("into 2027", "desde 2013
#     hasta ahora"); a "since" year is a beginning's only when its own clause tells the
#     beginning (timeline._dates_its_fact, _begins).
# 28: "confirmed" asks more than a figure, a code or two people's words: a figure alone,
#     where the parsed clauses share neither act, actor nor name, shows a group alike
#     (align._figure_alone); so do actors one only through a code ("COVID-19",
#     align._actors_named) and two statements given to two named people (said.two_sources);
#     an impersonal "se asegura que" frames a claim as a fact-check does (align._DEBUNK)
#     (CLAIMS.md item 117).
# 29: the timeline marks background the entries placed more than a month before the
#     story's first dated article (TimelineEntry.background, timeline.BACKGROUND_DAYS);
#     no fact placed by a written year in a "que"/"that" clause on a noun ("una demanda que
#     acusó ... en 2019 terminó") (timeline._restrictive_that).
#     "hoy"/"today" with a generic "we" in the present ("que hoy
#     arrastramos", "we observe today") is nowadays, no day (timeline._now_state).
# 30: an entity's type is voted with its MISC mentions counting less than typed ones
#     (`dossier.story_entities`: a first word or surname left MISC joins a person).
# 31: quotes sharing only an office with its complement ("el presidente de la República")
#     are no one quote (said.one_statement); two named sources' words sharing a phrase that
#     is not one quote are shown alike, not confirmed (align._quoted_apart) (CLAIMS.md
#     item 120).
# 32: a claim told of another occasion (in the past tense, every date it writes ending more
#     than dates.BACKGROUND_DAYS before its article came out) neither confirms nor
#     contradicts one without such a date (align._another_occasion).
# 33: in a story with no dated article, the timeline marks background the entries placed
#     before the year most of its entries are placed in (timeline._undated_background); no
#     fact is placed by a written year two or more years after its article's publication
#     year, a horizon (timeline._years_ahead).
# 34: coverage bands are stored by key (left/centre/right/unrated) and named in the
#     reader's language (coverage.meter.band_label); a blindspot's side is a key.
# 35: no fact is placed by a page's or a post's stamp run into the text (a written date
#     before a reading time, after a "By"/"Por" credit or an embedded post's link or handle:
#     timeline._stamped), a year a percentage change is counted from ("a 4% decrease from
#     2025"), nor a weekday before an abbreviated month that ends its sentence (a date cut
#     by the splitter: timeline._WEEKDAY_CUT_AFTER); nor a date of a Spanish "después de
#     que"/"a pocos días de que" clause anywhere in the sentence, of a named deadline ("a
#     deadline of Friday", "el plazo hasta el lunes"), of a condition after a conjunction
#     ("But if", "Pero si").
# 36: one speaker's words from two occasions (another day, or written against spoken) and
#     two verbs of becoming of one actor into different things are not confirmed
#     (said.two_occasions, align._become_apart; bench/real/CLAIMS.md item 122).
# 37: the timeline's fiscal-year check is the dates reader's (dates.FISCAL_BEFORE): a year
#     after "fiscal" and "year" set apart by other white space than one space is skipped too.
# 38: the timeline says less where its entries are more often wrong than right (bench
#     real_timeline, twelfth dev round): a weekday that disagrees with the day it is written
#     with, a year after an unread day and month, a year welcomed, a hope, a year in
#     parentheses after a name and a semicolon or after "el de" place no fact.
# 39: a sentence packing two facts is confirmed only for the one another outlet states: a
#     clause counting two things is not confirmed by a count of one of them
#     (align._count_more), and a confirmed or alike summary point is cut to its clause when
#     its sentence holds a clause of another group (summary.neutral_summary); a fire's toll
#     worded with "arrasar" or "devorar" is one act with "quemar"/"calcinar" (frames).
# 40: no fact is placed by a page's publication or update stamp run into the text
#     ("Publicado: ...", "Updated ...": timeline._STAMP_WORD_BEFORE), a date in an
#     apposition telling a thing's first stage (", first announced on ...,":
#     timeline._FIRST_STAGE), a year opening a work's title ("from 2001: A Space Odyssey"),
#     a year of an English relative clause with no "that" on a noun ("the maker it dropped
#     in 2019": timeline._contact_clause), a date of an Italian clause opening with "dopo";
#     a "que" clause on a noun may open with a number ("40.000 dosis que serán aplicadas
#     en 2027"), a participle with its agent on an object after the sentence's verb ("se
#     refirió al plan, anunciado el lunes por el consejero": timeline._object_participle);
#     the day an anniversary commemorates yields to the sentence's other dates
#     (timeline._commemorated).
# 41: an act shared only through an infinitive confirms nothing ("quiere reabrir" against
#     "reabrió") unless its verb tells the act done or begun ("logró rescatar"); a denial
#     of a deliberate act is no conflict with a subject of one kind told apart by its place
#     or with a guess ("podría haber sido"); bench/real/CLAIMS.md item 124.
# 42-45 (one round, bench/real/CLAIMS.md item 125): an attempt ("intentaron rescatar")
#     confirms no act done (align._attempted); a relative clause cut off with no actor of
#     its own (", a quien...", ", lo que...") confirms only through an anchor
#     (align._relative_alone); two shares of two wholes are no figure conflict
#     (acts._wholes_apart); two different verbs of counting confirm only through an
#     anchor (align._counted_alike).
# 46: the timeline's background section takes a fact given only by a month or a year
#     before the month or the year of the story's first dated article
#     (timeline._past_period), and leaves out a background entry whose date is of a
#     relative clause on a noun (timeline._names_which); a participle with its agent on the
#     noun a past "fue"/"era" predicates places no fact (timeline._object_participle).
# 47: a name Spanish's model typed MISC (its label for whatever it finds no kind for) is
#     listed only when written as an event, a competition, a law, a work or a product is
#     (dossier._written_as_misc; bench/real/README.md item 123).
# 48 (bench/real/CLAIMS.md item 126): two clauses of two languages that share no name, or
#     that each name a place the other does not write, confirm nothing without an anchor
#     (align._names_apart); two English clauses whose verb is "to be" with no name in
#     common neither (align._copula_alone), nor "X is not the only one to..."
#     (align._one_of_many); a list price before the item is no anchor
#     (figures.naming_spans); a denial opposes no clause whose subject is another common
#     noun, whatever place names both (acts._told_apart), nor a past headline against a
#     body's present, a quoted headline's present against a past or a coordinated verb
#     of another tense (acts._two_times, acts._coordinated).
# 49: a name Spanish's model typed MISC that is headed by a body's noun (a gazetteer
#     family's, "Galería", "Coordinación"...) is listed as an organisation, not left out, and
#     a name joining capitalised words with "&" is a firm's (dossier._written_as_body;
#     bench/real/README.md item 125).
# 50 (bench/real/CLAIMS.md item 127): two clauses parsed in one language naming one act,
#     no anchor, no actor known to be one, that share at most one content word (the verb)
#     confirm nothing, not even alike (align._verb_alone).
# 51: two names or more listed after designs or garments "de" ("lució diseños de X, Y y
#     Z") are fashion houses, listed as organisations (dossier._DESIGNS_BEFORE;
#     bench/real/README.md item 134).
# 52 (bench/real/README.md item 135): the timeline places no fact by a year or a month of a
#     Spanish purpose clause nor by a year of an origin apposition (", fundada en 2019,");
#     a relative clause's past act of "hoy"/"today" and a clause on what a fact fell
#     "durante" place it; a span counted back by itself from an unknown day ("hace tres
#     años") and the early part of a year recalled late in it are background.
# 53 (bench/real/CLAIMS.md item 128): a count of a known set ("las dos niñas") anchors
#     no two acts (align._known_set_alone); the figures and day of a clause "después de
#     que ..." are another event's (claims._another_event); an act "cerca de" / "a punto
#     de" confirms no act done (align._near); a present clause on "muchas de las ..."
#     confirms nothing (align._of_a_class); a reported clause with no subject of its own
#     is its speaker's act ("X informó que vendió": frame_parse._reported_by).
# 54 (bench/real/README.md item 145): with no dated article and one year placed, a past
#     fact told by that year alone ("se divorciaron en 2018") while the story's news is
#     told by days left unplaced is background (timeline._past_in_year).
# 55 (bench/real/CLAIMS.md item 130): a request ("pidió que explique ...") confirms no
#     clause that is not one (align._requested), and makes no denial (acts.negation).
# 56 (bench/real/README.md item 149): the timeline's line from the dated articles' days
#     makes no background of an undated article's title or opening sentence dated with its
#     year (timeline._own_lead); with no dated article a month a future verb looks ahead to
#     is no stage recalled (timeline._month_named); a year closing a count of time spent
#     places no fact (timeline._TIME_COUNTED); a verb of saying framing a year's clause is
#     not its tense (timeline._telling).
# 57 (bench/real/CLAIMS.md item 131): two clauses whose one verb is a verb of showing
#     confirm only when what each says was shown writes more than one word alike
#     (align._shown_apart); a lead that asks for an act is not kept by a headline telling
#     it, nor the reverse (crosscheck._lead_of); a figure with no word in common confirms
#     nothing (align._number_alone); a plan against the act done, with no anchor,
#     is alike, not confirmed (align._plan_against_done).
# 58 (bench/real/CLAIMS.md item 132): two names whose only shared telling word ends in "o"
#     on one side and "a" on the other ("Lenin Moreno" / "Morena") are two names
#     (frames._gendered_apart).
# 59 (bench/real/README.md item 163): a campaign's hashtag of two capitalised words or more
#     is listed as MISC (`dossier._written_as_misc`).
# 60 (bench/real/CLAIMS.md item 134): words two quotes share anchor a confirmation only as
#     one quote or one speaker's, not as a phrase two speakers share (`said.phrase_apart`).
# 61 (bench/real/README.md item 189): the story's people name only the speakers an article
#     leaves open; a speaker the text names itself stands (`dossier.quotes_in_story`).
RULES = 61


@dataclass(frozen=True)
class StoryRow:
    """One line of the story list: counts and coverage meter, copies collapsed."""

    id: str
    headline: str
    articles: int
    outlets: list[str]
    origins: int
    first: datetime | None
    last: datetime | None
    meter: Meter
    blindspot: Blindspot | None
    contradictions: int = 0  # claim groups labelled contradicted
    single_source: int = 0  # claim groups only one independent origin states
    failed: str = ""  # why the story's dossier could not be built, if it could not


VERSION = hashlib.sha256(
    f"{RULES}/{article_reading.VERSION}/{serial.shape(Dossier)}/{serial.shape(StoryRow)}".encode()
).hexdigest()[:12]


def story_row(dossier: Dossier) -> StoryRow:
    provenance = dossier.provenance
    labels = [group.label for group in dossier.check.groups]
    return StoryRow(
        id=dossier.story.id,
        headline=dossier.story.headline,
        articles=len(dossier.articles),
        outlets=sorted({a.outlet for a in dossier.articles if a.outlet}),
        origins=provenance.origins,
        first=dossier.first,
        last=dossier.last,
        meter=dossier.coverage.meter,
        blindspot=dossier.coverage.blindspot,
        contradictions=labels.count("contradicted"),
        single_source=labels.count("single-source"),
    )


@dataclass
class Refreshed:
    """What one refresh did: stories whose dossier it built, articles it read."""

    stories: int = 0
    read: int = 0
    failed: list[DossierFailure] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)


def _failure(packed: bytes) -> str | None:
    """The reason of a stored failure (packed as {"failed": reason}), else None."""
    try:
        data = serial.unpack_data(packed)
    except serial.SchemaError:
        return None
    if isinstance(data, dict) and set(data) == {"failed"}:
        return data["failed"]
    return None


def _digest(*parts: object) -> str:
    return hashlib.sha256(serial.dumps(parts).encode()).hexdigest()


def _by_articles(stories: list[Story], size: int) -> Iterator[list[Story]]:
    """Runs of consecutive stories holding about `size` articles (a larger story alone)."""
    chunk: list[Story] = []
    members = 0
    for story in stories:
        chunk.append(story)
        members += len(story.article_ids)
        if members >= size:
            yield chunk
            chunk, members = [], 0
    if chunk:
        yield chunk


def run_record(store: Store, number: int | None = None) -> RunRecord:
    """A run's record, the last run's by default: when it ran, what it counted, the inputs
    it could not use (problems) and those it read and kept with something dropped or
    guessed (warnings), each with its source, why and a hint, as the run said them at its
    end (`analyze`, a `watch` poll, an upload, `load-parquet`). ContrastaError when there
    is no such run; a run stopped before its end has no `finished` and no problems."""
    found = store.get_run(number)
    if found is not None:
        return found
    if number is None:
        raise ContrastaError(
            _("no run is recorded in this database"), _("run `contrasta analyze FOLDER` first")
        )
    raise ContrastaError(_("no run {number}").format(number=number), _(SEE_RUNS))


def _read(articles: list[Article]) -> dict[str, ArticleReading]:
    """Readings of `articles` by id. An article whose reading fails spoils its batch, so
    the batch is read again one article at a time; the failing one is logged and left out
    (its dossier reads it again and reports the failure)."""
    try:
        return {r.article_id: r for r in read_articles(articles)}
    except Exception:
        log.warning("a batch of %d articles failed; reading them one by one", len(articles))
    new = {}
    for article in articles:
        try:
            new[article.id] = read_article(article)
        except Exception:
            log.exception("reading article %s", article.id)
    return new


class Service:
    """A store with the user's outlet registry and lexicon, given once."""

    def __init__(
        self, store: Store, registry: Registry | None = None, lexicon: Lexicon | None = None
    ) -> None:
        self.store = store
        self.registry = registry or default_registry()
        self.lexicon = lexicon or default_lexicon()
        self.inputs = _digest(VERSION, self.registry, self.lexicon)

    def key(self, story: Story) -> str:
        """What a story's stored dossier must have been built from to be served. Not the
        story's stored span: the dossier reads its own from the articles (`published_span`),
        and for undated articles the stored one is their ingestion time, different in
        every run."""
        return _digest(self.inputs, replace(story, first=None, last=None))

    # Runs: every way in ends with `refresh`, so what a run touched is stored built.

    def analyze(
        self,
        paths: Iterable[str | Path],
        embedder: Embedder,
        on_group: Callable[[int, int], None] | None = None,
        on_build: Callable[[int, int], None] | None = None,
        **options,
    ) -> tuple[RunResult, Refreshed]:
        from contrasta.pipeline import analyze

        result = analyze(self.store, paths, embedder, on_group, **options)
        return result, self.refresh(on_build)

    def watch_once(self, embedder: Embedder, fetcher, **options) -> tuple[RunResult, Refreshed]:
        from contrasta.pipeline import watch_once

        result = watch_once(self.store, embedder, fetcher, **options)
        return result, self.refresh()

    def place(
        self,
        embedder: Embedder,
        result: RunResult,
        on_group: Callable[[int, int], None] | None = None,
    ) -> Refreshed:
        """Group what a loader stored (Spark's Parquet), then build what it touched."""
        from contrasta.pipeline import place

        place(self.store, embedder, result, on_group)
        return self.refresh()

    def stale(self) -> list[Story]:
        """Stories whose stored dossier is missing or was built from something else. Keys
        are computed only for the stories saved since their dossier was built or built
        from other inputs (`Store.stale_story_ids`), so the check follows what changed,
        not the size of the database; a story saved again unchanged is marked current."""
        candidates = self.store.get_stories(self.store.stale_story_ids(self.inputs))
        stored = self.store.dossier_rows([s.id for s in candidates])
        current = {s.id for s in candidates if stored.get(s.id, ("", ""))[0] == self.key(s)}
        if current:
            self.store.confirm_dossiers(self.inputs, sorted(current))
        return [s for s in candidates if s.id not in current]

    def refresh(self, on_progress: Callable[[int, int], None] | None = None) -> Refreshed:
        """Build and store the dossier of every story whose key changed (all of them after
        a version change), reading only the articles that have no reading of this version,
        a few stories' worth at a time (`dossier.reading` reads in batches).

        The collector is paused while a story's dossier is built: the objects of a story in
        the making, alive when a collection came, were moved on to the oldest generation,
        and the full collections they set off walked every object of the process (a run's
        readings too) to find them dead by then. On the real corpus's 1,876 stories
        (bench/after_reading.py, gc callbacks): full collections 13 -> 10, their CPU 1.8 ->
        1.4 s; the young generations' 0.8 s unchanged."""
        done = Refreshed()
        started = time.process_time()
        stale = self.stale()
        read_cpu = 0.0
        for chunk in _by_articles(stale, article_reading.BATCH):
            articles_of = {story.id: self._articles(story) for story in chunk}
            before = time.process_time()
            readings = self._readings([a for s in chunk for a in articles_of[s.id]], done)
            read_cpu += time.process_time() - before
            for story in chunk:
                with collector.paused():  # see `refresh`
                    built, _ = self._build(story, articles_of[story.id], readings)
                done.stories += 1
                if isinstance(built, DossierFailure):
                    done.failed.append(built)
                if on_progress:
                    on_progress(done.stories, len(stale))
        total = time.process_time() - started
        done.cpu = {"annotate": read_cpu, "dossiers": total - read_cpu}
        log.info(
            "%d stale dossiers built, %d articles read, in %.1f CPU s (reader %s, dossier %s)",
            done.stories,
            done.read,
            total,
            article_reading.VERSION,
            VERSION,
        )
        return done

    def _articles(self, story: Story) -> list[Article]:
        """In the story's order (the store returns rows in its own)."""
        found = {a.id: a for a in self.store.get_articles(story.article_ids)}
        return [found[i] for i in story.article_ids if i in found]

    def _readings(self, articles: list[Article], done: Refreshed) -> dict[str, ArticleReading]:
        """Stored readings of this version; the others are read now and stored."""
        version = article_reading.VERSION
        stored = self.store.load_readings(version, [a.id for a in articles])
        readings: dict[str, ArticleReading] = {}
        for article_id, packed in stored.items():
            try:
                readings[article_id] = serial.unpack(ArticleReading, packed)
            except serial.SchemaError:
                log.warning("stored reading of %s does not fit; reading it again", article_id)
        new = _read([a for a in articles if a.id not in readings])
        readings.update(new)
        if new:
            self.store.save_readings(version, {i: serial.pack(r) for i, r in new.items()})
            done.read += len(new)
        return readings

    def _build(
        self, story: Story, articles: list[Article], readings: dict[str, ArticleReading]
    ) -> tuple[Dossier | DossierFailure, StoryRow]:
        """Build, store and return the dossier and its row (a failure is stored too: the
        same members fail the same way, and a display must not try again)."""
        built = try_dossier(story, articles, self.registry, self.lexicon, readings)
        if isinstance(built, DossierFailure):
            first, last = published_span(articles)
            row = StoryRow(
                id=story.id,
                headline=story.headline,
                articles=len(articles),
                outlets=sorted(
                    {a.outlet for a in fold_outlets(articles, self.registry) if a.outlet}
                ),
                origins=0,
                first=first,
                last=last,
                meter=Meter([], []),
                blindspot=None,
                failed=built.reason,
            )
            stored = serial.pack({"failed": built.reason})
        else:
            row = story_row(built)
            stored = serial.pack(replace(built, articles=[]))
        self.store.save_dossier(story.id, self.key(story), self.inputs, serial.dumps(row), stored)
        return built, row

    def _rebuilt(self, story: Story) -> tuple[Dossier | DossierFailure, StoryRow]:
        log.info("dossier of story %s is stale or missing: building it", story.id)
        articles = self._articles(story)
        return self._build(story, articles, self._readings(articles, Refreshed()))

    # Displays: stored results, built only when stale.

    def dossier(self, story: Story) -> Dossier | DossierFailure:
        found = self.store.load_dossier(story.id)
        if found is not None and found[0] == self.key(story):
            loaded = self._loaded(story, found[1])
            if loaded is not None:
                return loaded
        return self._rebuilt(story)[0]

    def _loaded(self, story: Story, packed: bytes) -> Dossier | DossierFailure | None:
        try:
            dossier = serial.unpack(Dossier, packed)
        except serial.SchemaError:
            failed = _failure(packed)
            if failed is not None:
                return DossierFailure(story, failed)
            log.warning("stored dossier of story %s does not fit; building it again", story.id)
            return None
        return replace(dossier, articles=self._articles(story))

    def rows(self, stories: list[Story] | None = None) -> list[StoryRow]:
        """Story-list rows, in the order of `stories` (default: all, largest first)."""
        stories = self.store.list_stories() if stories is None else stories
        stored = self.store.dossier_rows([s.id for s in stories])
        rows = []
        for story in stories:
            key, text = stored.get(story.id, ("", ""))
            if key == self.key(story):
                try:
                    rows.append(serial.loads(StoryRow, text))
                    continue
                except serial.SchemaError:
                    log.warning("stored row of story %s does not fit", story.id)
            rows.append(self._rebuilt(story)[1])
        return rows

    def write_reports(self, out_dir: Path) -> Written:
        """Files of the stories changed since `out_dir` was last written, and the index.
        What is stale is built first, so every stored row and key is then current."""
        from contrasta.report import write_reports

        started = time.process_time()
        self.refresh()
        keys = self.store.dossier_keys()
        read = time.process_time() - started
        written = write_reports(
            out_dir, keys, self._rows_of, self._stored, self.store.grouping_method(), self.registry
        )
        written.cpu["load"] += read
        return written

    def _rows_of(self, story_ids: list[str]) -> dict[str, StoryRow]:
        return {row.id: row for row in self.rows(self.store.get_stories(story_ids))}

    def _stored(self, story_id: str) -> Dossier | DossierFailure:
        return self.dossier(self.store.get_stories([story_id])[0])
