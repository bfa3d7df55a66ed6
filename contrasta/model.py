"""Plain dataclasses passed between stages.

Every stage takes and returns these, so a stage can be run, tested or replaced on its
own (under a process pool, or later under Spark) without knowing about the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from contrasta.i18n import _, ngettext

SHORT_WORDS = 40
DERIVED_TITLE = 120
"""Characters of the first paragraph shown as the title of an article without one."""
MODEL_LANGUAGES = frozenset({"es", "en"})
LENGTH_CAP = "length-cap"  # the rule id of text cut by `limits.bounded`
UNDECODABLE = "\ufffd"  # what bytes no encoding could read became
_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """A lone surrogate (from a JSON `\\ud800` escape) is no character: neither UTF-8 nor
    a database can hold it, so it becomes U+FFFD like any other undecodable unit."""
    return _SURROGATE.sub(UNDECODABLE, text) if _SURROGATE.search(text) else text


@dataclass(frozen=True)
class RemovedLine:
    """A line the cleaner took out of an article, kept so that no removal is silent."""

    text: str
    rule: str
    position: int = 0


@dataclass(frozen=True)
class CoverageMeter:
    """A publisher's own coverage/leaning meter found pasted inside the article body."""

    shares: dict[str, float]
    raw: str


@dataclass(frozen=True)
class Reference:
    """An APA-style citation line: it tells where a rewritten article came from."""

    raw: str
    outlet: str | None = None
    author: str | None = None
    published: datetime | None = None
    title: str | None = None
    url: str | None = None


@dataclass
class RawDocument:
    """What a reader produces before cleaning: text plus whatever metadata the format had."""

    source: str
    fmt: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: datetime | None = None
    lang: str | None = None
    paragraphs: list[str] | None = None
    refused_date: str | None = None  # a publication date the source stated that is no plausible day
    # The encoding a file or page was read by when decoding reinterpreted or replaced much
    # of it (`decode.doubtful`): a guess nothing confirms, or many characters undecodable.
    # Set by the readers, warned of by `prepare` alone.
    guessed_encoding: str | None = None


@dataclass
class Captured(RawDocument):
    """A document captured from the web (a live fetch, a feed item, a WARC record).

    It knows when it was fetched, which is the right base for "ayer" in its text and the
    right time to place it by when it states no date of its own (a WARC record read a year
    later is still placed at its crawl time). A feed item may also state a date the page
    does not (`prepare.settle`)."""

    fetched_at: datetime | None = None
    feed_published: datetime | None = None


@dataclass
class Article:
    """One cleaned article. `text` holds paragraphs separated by blank lines."""

    id: str
    source: str
    fmt: str
    content_hash: str
    title: str
    text: str
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: datetime | None = None
    published_from: str = "unknown"
    lang: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    meter: CoverageMeter | None = None
    references: list[Reference] = field(default_factory=list)
    ingested_at: datetime | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]

    @property
    def titled(self) -> bool:
        """Whether the article came with a title of its own: without one, `prepare` titles
        it by its text's opening, cut at DERIVED_TITLE characters."""
        return len(self.title) < DERIVED_TITLE or not self.text.startswith(self.title)

    @property
    def shown_title(self) -> str:
        """The title as pages show it. One taken from the text's opening (not `titled`) was
        cut where DERIVED_TITLE ran out, often inside a word: it is shown to its last whole
        word, "…" after it."""
        title = self.title
        if self.titled:
            return title
        rest = self.text[len(title) :]
        if not rest:
            return title
        whole = title if rest[0].isspace() else title[: title.rfind(" ")] if " " in title else ""
        return (whole.rstrip(" ,;:-–—") or title) + "…"

    @property
    def flags(self) -> list[str]:
        """What limits the analysis of this article; shown next to it, never a reason to
        drop it. In the active language (`contrasta.i18n`)."""
        found = []
        if self.published is None:
            found.append(_("no publication date: placed by ingestion time"))
        if len(self.text.split()) < SHORT_WORDS:
            found.append(_("very short text (under {words} words)").format(words=SHORT_WORDS))
        cuts = sum(1 for line in self.removed if line.rule == LENGTH_CAP)
        if cuts:
            found.append(
                ngettext(
                    "over the length limits: {n} cut, listed with the removed lines",
                    "over the length limits: {n} cuts, listed with the removed lines",
                    cuts,
                ).format(n=cuts)
            )
        undecodable = self.title.count(UNDECODABLE) + self.text.count(UNDECODABLE)
        if undecodable:
            found.append(
                ngettext(
                    "{n} character could not be decoded (shown as {mark})",
                    "{n} characters could not be decoded (shown as {mark})",
                    undecodable,
                ).format(n=undecodable, mark=UNDECODABLE)
            )
        if self.lang not in MODEL_LANGUAGES:
            found.append(
                _("language {lang}: no language model, names and words compared as written").format(
                    lang=self.lang or _("unknown")
                )
            )
        return found

    @property
    def when(self) -> datetime | None:
        """Publication time, or ingestion time for an undated article (flagged elsewhere)."""
        return self.published or self.ingested_at

    @property
    def order(self) -> tuple[bool, datetime, str]:
        """Where the article stands among others (a story's members, a dossier): the dated
        by publication time, then the undated; ties and the undated by id, a content hash.
        Not by ingestion time: it differs between runs, and the same input must give the
        same stories and reports in any process. The stores sort by the same key in SQL
        (`MEMBER_ORDER`)."""
        return (self.published is None, self.published or datetime.min, self.id)


@dataclass(frozen=True)
class Problem:
    """A file or record that could not be used; reported, never fatal to the batch. A
    warning (`WARNING`: read and kept, but check it) is told by the same three fields."""

    source: str
    reason: str
    hint: str = ""


PROBLEM = "problem"
WARNING = "warning"
REPORT_KINDS = (PROBLEM, WARNING)
"""What a run reports of one input, kept with the run (`Store.finish_run`, the `kind` of a
row of the `problems` table): a problem is an input that could not be used; a warning one
read and kept with something dropped or guessed that the user should check
(`errors.InputWarning`). A database made before warnings were kept holds problems only."""


@dataclass(frozen=True)
class RunRecord:
    """One run (`analyze`, a `watch` poll, an upload, `load-parquet`) as the store keeps it:
    when, what it counted, and what it reported. `problems` and `warnings` are filled for
    a run asked for by itself (`Store.get_run`); a list of runs has only their counts."""

    id: int
    started: datetime
    finished: datetime | None = None  # None: stopped before its end, or still going
    files: int = 0
    added: int = 0
    duplicates: int = 0
    stories: int = 0
    problem_count: int = 0
    warning_count: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


@dataclass
class StoryMember:
    article_id: str
    score: float
    reason: str


@dataclass
class Story:
    id: str
    headline: str
    members: list[StoryMember]
    first: datetime | None = None
    last: datetime | None = None

    @property
    def article_ids(self) -> list[str]:
        return [m.article_id for m in self.members]
