"""The JSON API's response models: the shape of `stories.json`, described for OpenAPI.

Story and article bodies are validated from `report.jsonout` dictionaries, so the API and
the exported file cannot drift apart. Times are strings, not `date-time`: they are the
naive wall-clock times the outlets printed (see docs/ARCHITECTURE.md), which RFC 3339
would not accept without an offset we do not know.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

Time = str | None
TIME = "ISO 8601 wall-clock time as printed by the outlet, without offset; null when unknown"


class Problem(BaseModel):
    """An error: what went wrong and what to do, in words for people (Spanish)."""

    detail: str
    hint: str = Field(description="what to do about it; empty when there is nothing to do")


class RemovedLine(BaseModel):
    text: str
    rule: str = Field(description="id of the cleaning rule (see `contrasta rules`)")
    position: int


class Meter(BaseModel):
    shares: dict[str, float]
    raw: str


class Reference(BaseModel):
    raw: str
    outlet: str | None
    author: str | None
    published: Time = Field(description=TIME)
    title: str | None
    url: str | None


class Article(BaseModel):
    id: str
    title: str
    outlet: str | None
    url: str | None
    source: str
    format: str
    published: Time = Field(description=TIME)
    published_from: str
    lang: str | None
    flags: list[str]
    text: str = Field(description="cleaned text; paragraphs separated by a blank line")
    removed: list[RemovedLine]
    meter: Meter | None = Field(description="the publisher's own coverage meter, if pasted")
    references: list[Reference]


class LoadedWord(BaseModel):
    term: str
    text: str
    start: int = Field(description="offset into the field named by `field`")
    end: int
    category: str
    neutral: str
    note: str
    field: str = Field(description="text | title")
    quoted: bool = Field(description="inside a direct quote: the speaker's words")


class ArticleDetail(Article):
    story_id: str | None
    loaded: list[LoadedWord] = Field(description="loaded or evaluative words (lexicon)")


class StoryArticle(Article):
    score: float
    why: str
    loaded: list[LoadedWord]


class CopyLink(BaseModel):
    copy_id: str
    origin_id: str
    kind: str = Field(description="article | paragraphs | attribution")
    similarity: float
    shared: list[tuple[int, int]]


class Provenance(BaseModel):
    articles: int
    outlets: int
    independent_origins: int
    groups: list[list[str]]
    links: list[CopyLink]


class Entity(BaseModel):
    name: str
    label: str
    mentions: int
    articles: int
    variants: list[str]


class Quote(BaseModel):
    speaker: str
    text: str
    article_id: str
    outlet: str | None
    start: int
    end: int
    style: str
    partial: bool


class Cited(BaseModel):
    text: str
    article_id: str
    start: int = Field(description="offset into the article's field named by `field`")
    end: int
    field: str = Field(description="text | title")
    label: str
    sources: list[tuple[str, str]] = Field(description="(article id, outlet) pairs")


class Frame(BaseModel):
    """A claim read as a fact (`crosscheck.frame_fields`): what two reports were compared on.
    Null where the claim does not say it."""

    actor: str | None = Field(description="who: the names in the subject, or its noun")
    predicate: str | None = Field(
        description="did what: the main verb's lemma, with 'no' and '(planned)', "
        "'(ruled out)' or '(denied)' when it says so"
    )
    with_: str | None = Field(alias="with", description="to or with whom")
    place: str | None = Field(description="where")
    time: str | None = Field(description="when, ISO at the precision written")
    figure: str | None = Field(description="how many, with what it counts")
    attribution: str | None = Field(description="according to whom")
    manner: str | None = Field(description="escrito (in writing) | de palabra (in person)")

    model_config = {"populate_by_name": True}


class SummaryPoint(Cited):
    origins: int
    clause: bool = Field(description="cut to the clause stated: the rest of its sentence is not")
    frame: Frame


class Summary(BaseModel):
    agreed: list[SummaryPoint]
    single_source: list[SummaryPoint]
    disputed: list[SummaryPoint]


class Number(BaseModel):
    value: float
    unit: str | None
    text: str


class Date(BaseModel):
    text: str = Field(description="the date as written")
    start: int = Field(description="offset into the article's text")
    end: int
    value: str | None = Field(
        description="ISO 8601 at the written precision (2024, 2025-09, 2026-01-14); null when "
        "the expression hangs on a publication date the article lacks"
    )
    precision: str = Field(description="year | month | day")


class Claim(BaseModel):
    article_id: str
    sentence: str
    start: int = Field(description="offset into the article's field named by `field`")
    end: int
    field: str = Field(description="text | title")
    numbers: list[Number]
    dates: list[Date]
    negated: bool
    attribution: str | None
    frame: Frame


class Conflict(BaseModel):
    kind: str = Field(
        description="number | date | negation | speaker | circumstance | place | happened"
    )
    about: str
    values: list[str]
    articles: list[str]


class ClaimGroup(BaseModel):
    label: str = Field(description="corroborated | single-source | contradicted")
    independent_origins: int
    origins: list[list[str]]
    claims: list[Claim]
    conflicts: list[Conflict]
    by_outlet: dict[str, str] = Field(description="outlet -> present | absent | contradicts")


class CalledOff(BaseModel):
    article_id: str
    outlet: str
    said_on: date
    text: str
    start: int
    end: int
    field: str = Field(description="text | title")


class TimelineEntry(Cited):
    when: Date = Field(description="the event's date, as the cited sentence writes it")
    disputed: bool
    called_off: list[CalledOff] = Field(
        description="sources that had called the event off before the day it is reported"
    )


class BandShare(BaseModel):
    label: str
    count: int = Field(description="voices (outlets, copies collapsed) in this band")
    percent: int = Field(description="integer percentages that add up to 100")


class CoverageBand(BaseModel):
    label: str
    leanings: list[str]


class Rating(BaseModel):
    source: str
    url: str
    date: str
    note: str
    country: str
    owner: str


class CoverageOutlet(BaseModel):
    name: str
    in_registry: bool
    leaning: str
    band: str
    copy_of: str | None
    articles: list[str]
    rating: Rating | None


class Blindspot(BaseModel):
    side: str
    count: int
    rated: int
    text: str


class PublisherMeter(BaseModel):
    article_id: str
    outlet: str
    shares: dict[str, float]
    raw: str
    label: str


class Coverage(BaseModel):
    scale: list[str]
    bands: list[CoverageBand]
    outlets_count: int
    voices: int
    shares: list[BandShare]
    arithmetic: str = Field(description="the count written out")
    unidentified_articles: list[str]
    outlets: list[CoverageOutlet]
    blindspot: Blindspot | None
    publisher_meters: list[PublisherMeter]
    article_leaning_score: float | None = Field(description="always null: not measured")
    article_leaning_note: str
    registry_files: list[str]
    lexicon_files: list[str]


class StorySummary(BaseModel):
    id: str
    headline: str
    articles: int
    outlets: list[str]
    independent_origins: int
    first: Time = Field(description=TIME)
    last: Time = Field(description=TIME)
    coverage: list[BandShare]
    blindspot: Blindspot | None = Field(description="the same object as a story's coverage")


class StoryList(BaseModel):
    total: int
    offset: int
    stories: list[StorySummary]


class StoryDetail(BaseModel):
    id: str
    headline: str
    outlets: list[str]
    first_published: Time = Field(description=TIME)
    last_published: Time = Field(description=TIME)
    provenance: Provenance
    coverage: Coverage
    entities: list[Entity]
    entity_model: str
    quotes_by_speaker: dict[str, list[Quote]]
    summary: Summary
    claims: list[ClaimGroup]
    timeline: list[TimelineEntry]
    articles: list[StoryArticle]


class SearchHit(BaseModel):
    article_id: str
    title: str
    outlet: str | None
    published: Time = Field(description=TIME)
    snippet: str = Field(description="matched words between [brackets]")
    story_id: str | None


class SearchResult(BaseModel):
    query: str
    hits: list[SearchHit]
