"""What stories.json and the JSON API show, as dataclasses: the one description of the
exported shape. `serial.to_data` turns them into JSON and `web.schemas` derives the API's
OpenAPI models from them, so the file, the API and its description cannot drift apart.

Field names are the JSON keys. The analysis' own dataclasses are used as they are where
they already are what is shown (entities, quotes, copy links, summary points, loaded
words); the classes here reshape the rest (derived values, renamed keys, fields kept
internal). An article's fields come from the column table (`store.rows`). Times are
naive wall-clock times as the outlets printed them (see docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields, make_dataclass
from datetime import datetime
from typing import Any

from contrasta import model
from contrasta.coverage import LEANINGS, NO_SCORE, UNRATED, LoadedMatch
from contrasta.coverage import Band as FoundBand
from contrasta.coverage import Blindspot as FoundBlindspot
from contrasta.coverage import Coverage as FoundCoverage
from contrasta.coverage.meter import Meter, band_label
from contrasta.crosscheck import Claim as FoundClaim
from contrasta.crosscheck import ClaimGroup as FoundGroup
from contrasta.crosscheck import frame_fields
from contrasta.dates import DateMention
from contrasta.dedup.links import CopyLink
from contrasta.dossier import CitedQuote, Dossier, EntityCount
from contrasta.dossier.summary import NeutralSummary
from contrasta.dossier.timeline import CalledOff
from contrasta.i18n import N_, _
from contrasta.store.rows import ARTICLE_COLUMNS
from contrasta.store.rows import TIME as TIME_COLUMN
from contrasta.stories.why import words

TIME = "ISO 8601 wall-clock time as printed by the outlet, without offset; null when unknown"
PUBLISHER_METER = N_("the publisher's own meter, not computed by contrasta")


def doc(text: str) -> Any:
    """A field's description, which the API's OpenAPI document shows."""
    return field(metadata={"description": text})


_ARTICLE_HINTS = typing.get_type_hints(model.Article)


def _column_field(column) -> tuple:
    hint = _ARTICLE_HINTS[column.field]
    described = TIME if column.kind == TIME_COLUMN else column.doc
    return (column.shown_as, hint, doc(described)) if described else (column.shown_as, hint)


Article = make_dataclass(
    "Article",
    [
        *(_column_field(c) for c in ARTICLE_COLUMNS if c.shown_as),
        ("flags", list[str], doc("what limits the analysis of this article")),
        ("removed", list[model.RemovedLine], doc("lines the cleaner took out, with their rule")),
    ],
)
StoryArticle = make_dataclass(
    "StoryArticle",
    [
        ("score", float),
        ("why", str, doc("why the article joined the story, in the language asked for")),
        ("loaded", list[LoadedMatch], doc("loaded or evaluative words (lexicon)")),
    ],
    bases=(Article,),
)
ArticleDetail = make_dataclass(
    "ArticleDetail",
    [
        ("story_id", str | None),
        ("loaded", list[LoadedMatch], doc("loaded or evaluative words (lexicon)")),
    ],
    bases=(Article,),
)


def _shown_columns(article: model.Article) -> dict:
    return {
        **{c.shown_as: getattr(article, c.field) for c in ARTICLE_COLUMNS if c.shown_as},
        "flags": article.flags,
        "removed": article.removed,
    }


def article_shown(article: model.Article, story_id: str | None, loaded: list[LoadedMatch]):
    return ArticleDetail(**_shown_columns(article), story_id=story_id, loaded=loaded)


@dataclass
class Date:
    """A date at the precision it was written with: "2024" is a year, not 2024-01-01."""

    text: str = doc("the date as written")
    start: int = doc("offset into the field of the claim or entry holding it")
    end: int
    value: str | None = doc(
        "ISO 8601 at the written precision (2024, 2025-09, 2026-01-14); null when "
        "the expression hangs on a publication date the article lacks"
    )
    precision: str = doc("year | month | day")


def date_shown(mention: DateMention) -> Date:
    return Date(mention.text, mention.start, mention.end, mention.iso, mention.precision)


@dataclass
class Span:
    text: str
    start: int = doc("offset into the field of the claim or entry holding it")
    end: int


@dataclass
class Number:
    value: float
    unit: str | None
    text: str


FRAME = (
    "the claim read as a fact, what two reports were compared on (null where it does not "
    "say): actor (who), predicate (did what, with 'no' and '(planned)', '(ruled out)' or "
    "'(denied)' when it says so), theme (what a light verb's object names: 'cuentan con su "
    "par de zapatos': zapatos), with (to or with whom), place, time (ISO at the precision "
    "written), figure (how many), attribution (according to whom), manner (escrito | de "
    "palabra); the comparison's own reading (lemmas, head nouns folded, masks such as "
    "NUMBER), not words to show a reader: the pages print the cited sentence instead"
)


FIELD = "text | title: the article's field the offsets index"
OFFSET = "offset into the article's field named by `field`"


@dataclass
class Claim:
    article_id: str
    sentence: str
    start: int = doc(OFFSET)
    end: int
    field: str = doc(FIELD)
    context: Span = doc("the sentence shown for the claim, with its offsets")
    numbers: list[Number]
    dates: list[Date]
    negated: bool
    attribution: str | None
    frame: dict[str, str | None] = doc(FRAME)


def _claim(claim: FoundClaim) -> Claim:
    return Claim(
        article_id=claim.article_id,
        sentence=claim.sentence,
        start=claim.start,
        end=claim.end,
        field=claim.field,
        context=Span(*claim.cited()),
        numbers=[Number(n.value, n.unit, n.text) for n in claim.numbers],
        dates=[date_shown(d) for d in claim.dates],
        negated=claim.negated,
        attribution=claim.attribution,
        frame=frame_fields(claim),
    )


@dataclass
class Conflict:
    kind: str = doc("number | date | negation | speaker | circumstance | place | happened")
    about: str
    values: list[str]
    articles: list[str]


@dataclass
class ClaimGroup:
    label: str = doc(
        "corroborated | alike (several origins, only their wording compared: not checked)"
        " | single-source | contradicted"
    )
    independent_origins: int
    origins: list[list[str]]
    claims: list[Claim]
    conflicts: list[Conflict]
    by_outlet: dict[str, str] = doc("outlet -> present | absent | contradicts")


def _group(group: FoundGroup, row: dict[str, str]) -> ClaimGroup:
    return ClaimGroup(
        label=group.label,
        independent_origins=len(group.origins),
        origins=group.origins,
        claims=[_claim(c) for c in group.claims],
        conflicts=[
            Conflict(
                c.kind, c.about, list(c.values), [c.claims[0].article_id, c.claims[1].article_id]
            )
            for c in group.conflicts
        ],
        by_outlet=row,
    )


@dataclass
class Provenance:
    articles: int
    outlets: int
    independent_origins: int
    groups: list[list[str]] = doc("article ids sharing one origin, earliest first")
    links: list[CopyLink]


@dataclass
class TimelineEntry:
    when: Date = doc("the event's date, as the cited sentence writes it")
    text: str
    article_id: str
    start: int = doc(OFFSET)
    end: int
    label: str
    sources: list[tuple[str, str]] = doc("(article id, outlet) pairs")
    disputed: bool
    called_off: list[CalledOff] = doc(
        "sources that had called the event off before the day it is reported"
    )
    field: str = doc(FIELD)
    background: bool = doc(
        "placed more than a month before the story's first dated article (with no dated"
        " article, before the year most of its entries are placed in): background, shown"
        " apart from the story's own facts"
    )


def _timeline_entry(entry) -> TimelineEntry:
    values = {f.name: getattr(entry, f.name) for f in fields(entry)}
    return TimelineEntry(**{**values, "when": date_shown(entry.when)})


@dataclass
class Blindspot:
    side: str = doc("the side's code: left or right")
    count: int
    rated: int
    text: str


def blindspot_shown(spot: FoundBlindspot | None) -> Blindspot | None:
    """One shape wherever a blindspot is served: the story list and the story's coverage."""
    return Blindspot(spot.side, spot.count, spot.rated, spot.text) if spot else None


@dataclass
class Band:
    key: str = doc("the band's code: left, centre, right or unrated (or a band's own name)")
    label: str = doc("its name, in the language the file was written in")
    leanings: list[str]


@dataclass
class BandShare:
    key: str = doc("the band's code, as in `bands`")
    label: str = doc("its name, in the language the file was written in")
    count: int
    percent: int


def band_shares(meter: Meter) -> list[BandShare]:
    return [BandShare(s.key, s.label, s.count, s.percent) for s in meter.shares]


@dataclass
class Rating:
    source: str
    url: str
    date: str
    note: str
    country: str
    owner: str


@dataclass
class CoverageOutlet:
    name: str
    in_registry: bool
    leaning: str
    band: str = doc("its band's code, as in `bands`")
    copy_of: str | None
    articles: list[str]
    rating: Rating | None


@dataclass
class PublisherMeter:
    article_id: str
    outlet: str
    shares: dict[str, float]
    raw: str
    label: str


@dataclass
class Coverage:
    scale: list[str]
    bands: list[Band]
    outlets_count: int
    voices: int = doc("outlets, copies collapsed")
    shares: list[BandShare] = doc("per band: voices and integer percentages that add up to 100")
    arithmetic: str = doc("the count written out")
    unidentified_articles: list[str]
    outlets: list[CoverageOutlet]
    blindspot: Blindspot | None
    publisher_meters: list[PublisherMeter]
    article_leaning_score: float | None = doc("always null: not measured")
    article_leaning_note: str
    registry_files: list[str]
    lexicon_files: list[str]


def _rating(outlet) -> Rating | None:
    if outlet is None:
        return None
    return Rating(
        outlet.rating_source,
        outlet.rating_url,
        outlet.rating_date,
        outlet.note,
        outlet.country,
        outlet.owner,
    )


def _coverage(coverage: FoundCoverage) -> Coverage:
    meter = coverage.meter
    return Coverage(
        scale=[*LEANINGS, UNRATED],
        bands=[
            Band(b.key, band_label(b.key), list(b.leanings))
            for b in [*meter.bands, FoundBand(UNRATED, (UNRATED,))]
        ],
        outlets_count=len(meter.outlets),
        voices=len(meter.voices),
        shares=band_shares(meter),
        arithmetic=meter.arithmetic,
        unidentified_articles=meter.unidentified,
        outlets=[
            CoverageOutlet(
                o.name,
                o.outlet is not None,
                o.leaning,
                o.band,
                o.copy_of,
                list(o.articles),
                _rating(o.outlet),
            )
            for o in meter.outlets
        ],
        blindspot=blindspot_shown(coverage.blindspot),
        publisher_meters=[
            PublisherMeter(p.article_id, p.outlet, p.meter.shares, p.meter.raw, _(PUBLISHER_METER))
            for p in coverage.publisher_meters
        ],
        article_leaning_score=None,
        article_leaning_note=_(NO_SCORE),
        registry_files=list(coverage.registry_sources),
        lexicon_files=list(coverage.lexicon_sources),
    )


@dataclass
class StoryDetail:
    """A story's dossier: provenance, cross-checked claims, summary, timeline, quotes."""

    id: str
    headline: str
    outlets: list[str]
    first_published: datetime | None = doc(TIME)
    last_published: datetime | None = doc(TIME)
    provenance: Provenance
    entities: list[EntityCount]
    entity_model: str
    quotes_by_speaker: dict[str, list[CitedQuote]]
    summary: NeutralSummary
    claims: list[ClaimGroup]
    timeline: list[TimelineEntry]
    coverage: Coverage
    articles: list[StoryArticle]


def story_shown(dossier: Dossier) -> StoryDetail:
    members = {m.article_id: m for m in dossier.story.members}
    loaded = dossier.coverage.loaded
    found = dossier.provenance
    return StoryDetail(
        id=dossier.story.id,
        headline=dossier.story.headline,
        outlets=dossier.outlets,
        first_published=dossier.first,
        last_published=dossier.last,
        provenance=Provenance(
            found.articles, found.outlets, found.origins, found.groups, found.links
        ),
        entities=dossier.entities,
        entity_model=dossier.entity_model,
        quotes_by_speaker=dossier.quotes,
        summary=dossier.summary,
        claims=[
            _group(group, row)
            for group, row in zip(dossier.check.groups, dossier.check.table, strict=True)
        ],
        timeline=[_timeline_entry(e) for e in dossier.timeline],
        coverage=_coverage(dossier.coverage),
        articles=[
            StoryArticle(
                **_shown_columns(a),
                score=members[a.id].score,
                why=words(members[a.id].reason, dossier.check.outlet_of, a),
                loaded=loaded.get(a.id, []),
            )
            for a in dossier.articles
        ],
    )


@dataclass
class StorySummary:
    id: str
    headline: str
    articles: int
    outlets: list[str]
    independent_origins: int
    first: datetime | None = doc(TIME)
    last: datetime | None = doc(TIME)
    coverage: list[BandShare]
    blindspot: Blindspot | None = doc("the same object as a story's coverage")


def story_summary(row) -> StorySummary:
    """A story-list row (`service.StoryRow`) as the index and the API show it."""
    return StorySummary(
        id=row.id,
        headline=row.headline,
        articles=row.articles,
        outlets=row.outlets,
        independent_origins=row.origins,
        first=row.first,
        last=row.last,
        coverage=band_shares(row.meter),
        blindspot=blindspot_shown(row.blindspot),
    )


@dataclass
class FailedStory:
    id: str
    headline: str
    articles: int
    error: str


@dataclass
class IndexMonth:
    """One month of a large report's index: its stories are listed in a file of their own."""

    month: str = doc("YYYY-MM of the stories' first article, or undated")
    stories: int = doc("stories listed in that month's file (failed ones aside)")
    articles: int
    contradictions: int
    single_source: int
    blindspots: int
    file: str = doc("that month's stories file, beside this one (same shape as this file)")


@dataclass
class StoriesFile:
    """stories.json: the index of the stories written, largest first. Each story's
    dossier, with offsets for other programs to cite, is `stories/ID.json` beside it: the
    body `/api/stories/ID` serves. A report of more stories than the index lists itself
    lists its months instead (`months`), each month's stories in a file of this shape."""

    generated_at: datetime
    grouping_method: str
    stories: list[StorySummary]
    failed_stories: list[FailedStory]
    months: list[IndexMonth] = field(
        default_factory=list, metadata={"description": "empty unless the index is split"}
    )


@dataclass
class StoryList:
    total: int
    offset: int
    order: str = doc("recent: latest article first; largest: most articles first")
    stories: list[StorySummary] = doc("one page of the stories, in that order")


@dataclass
class SearchHit:
    article_id: str
    title: str
    outlet: str | None
    published: datetime | None = doc(TIME)
    snippet: str = doc("matched words between [brackets]")
    story_id: str | None


@dataclass
class SearchResult:
    query: str
    hits: list[SearchHit]


@dataclass
class Problem:
    """An error: what went wrong and what to do, in words for people (Spanish)."""

    detail: str
    hint: str = doc("what to do about it; empty when there is nothing to do")
