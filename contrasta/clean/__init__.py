"""The cleaning stage: take scraped debris out of an article body, and say what went.

Stories are grouped and compared on article text, so a photo credit, a share bar or a
headline scraped twice would make unrelated articles look alike and hide what each outlet
actually wrote. The cleaner works line by line (one paragraph per line), drops only lines
that match a rule as a whole (or the credit glued to a line's end), and records every
removal with its rule and position so a user can check that nothing of the article was
lost: each input line ends up in the title, in the text or in the removed lines
(`accounting.unaccounted` checks it). Lines that are noise but carry information (a header,
a publication stamp, a leaning meter, an APA citation, a byline) become metadata.

The order matters: the header is read first, then every line rule runs, and only then is
the headline chosen among the lines left near the top, so a meter, a masthead or a caption
is never taken for the title; copies of the title and of earlier paragraphs go last.

`RULES` lists every rule in the order it is tried; a rule's id is what `RemovedLine.rule`
holds and its description is what to show next to the removed line. Blank lines carry
nothing and are skipped without a record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise

from contrasta.clean import headline
from contrasta.clean.captions import PHOTO_CAPTION, caption_credit, is_caption, split_credit
from contrasta.clean.header import HEADER, Header, read_header
from contrasta.clean.metadata import (
    BYLINE,
    METADATA_RULES,
    PUBLISHED_LINE,
    REFERENCE_LABEL,
    REFERENCE_TRAILER,
    Found,
    OutletName,
    dated_masthead,
    extract,
    read_stamp,
    trailer_lines,
)
from contrasta.clean.repeats import (
    MIN_VERBATIM,
    REPEATED_PARAGRAPH,
    REPEATED_TITLE,
    ParagraphRepeats,
    Repeat,
    by_design,
    is_repeated_title,
    normalise,
)
from contrasta.clean.rules import (
    LINE_RULES,
    MASTHEAD,
    PHOTO_CREDIT,
    POSITION,
    RELATED_LABEL,
    RELATED_LINK,
    SHARE_SUBSCRIBE,
    Rule,
    match_line,
)
from contrasta.i18n import N_
from contrasta.model import CoverageMeter, Reference, RemovedLine

__all__ = ["RULES", "Cleaned", "Rule", "clean"]

CONTENT_CLASS = Rule(
    id="content-class",
    description=N_(
        "The content class a newspaper prints after the last word of a piece by law in "
        "Ecuador ((I) informative, (O) opinion, (F) formative, (E) entertainment, "
        "(D) sports): a label, not text."
    ),
    patterns=(),
    action=POSITION,
)
_CONTENT_CLASS_MARK = re.compile(r"(?<=[\w.!?»”\"')])\s*\((?:I|O|F|E|D)\)\s*$")

RULES: tuple[Rule, ...] = (
    HEADER,
    REFERENCE_TRAILER,
    *METADATA_RULES,
    *LINE_RULES,
    REPEATED_TITLE,
    RELATED_LINK,
    PHOTO_CAPTION,
    REFERENCE_LABEL,
    REPEATED_PARAGRAPH,
    headline.ABOVE_HEADLINE,
    CONTENT_CLASS,
)
_REFERENCES = {REFERENCE_TRAILER.id, "apa-reference"}


@dataclass
class Cleaned:
    """An article body after cleaning, with what the removed lines had to say.

    `title` is the one given, the header's, or the headline chosen among the first lines
    (None when no line is shaped like one). `published_from` names the rule the time came
    from: the header's date, else the first date or published line whose date parses, else
    the first APA reference with a full date. `header` holds the other header fields.
    """

    paragraphs: list[str]
    removed: list[RemovedLine]
    published: datetime | None
    published_from: str | None
    meter: CoverageMeter | None
    references: list[Reference]
    title: str | None = None
    author: str | None = None
    header: dict[str, str] = field(default_factory=dict)
    refused_date: str | None = None  # the header's date, when it is not a plausible day


@dataclass
class _Left:
    """A line no rule took whole: its text, a credit cut from its end, what became of it."""

    position: int
    line: str
    text: str
    credit: str = ""
    before_credit: bool = False
    after_label: bool = False
    headline: bool = False
    fate: Rule | None = None

    @property
    def maybe_caption(self) -> bool:
        """A caption's credit is glued to it, or a credit follows on the next line after its
        full stop. A "Foto: …" printed once at a line's end also ends paragraphs and
        headlines, and a short line without a full stop may be the headline above its
        picture's credit."""
        if self.credit:
            return caption_credit(self.credit)
        return self.before_credit and self.text.endswith(".")


def clean(
    paragraphs: list[str],
    *,
    title: str | None = None,
    find_title: bool = False,
    header: bool = False,
    outlet: str | None = None,
    url: str | None = None,
    reference_time: datetime | None = None,
) -> Cleaned:
    """Clean one article body given as its lines or paragraphs.

    `title` is the title the source stated, if any; without one (nor a header title),
    `find_title` takes the headline from the first lines left. `header` reads the
    `key: value` lines at the top as metadata. `outlet` and `url`, when the source states
    them, tell the outlet's name printed as a masthead.
    `reference_time` anchors relative dates ("hace 2 horas"); lines inside a reference
    trailer are recorded under `reference-trailer`, even when they are APA citations.
    """
    lines = [paragraph.strip() for paragraph in paragraphs]
    head = read_header(lines) if header else Header()
    masthead = OutletName(outlet or head.meta.get("outlet"), url or head.meta.get("url"))
    walk = _LinePass(head, trailer_lines(lines), masthead, reference_time, _last_stop(lines))
    for position, line in enumerate(lines):
        if line:
            walk.read(position, line)
    meta, removed, taken, left = walk.meta, walk.removed, walk.taken, walk.left
    if walk.learnt:
        _drop_mastheads(left, masthead, removed, taken)
    title = title or head.meta.get("title")
    chosen = None
    if (
        title is None
        and find_title
        and (chosen := _choose_headline(left, lines, head, url)) is not None
    ):
        left[chosen].headline = True
        title = left[chosen].text
    _settle(left, lines, taken, title)
    if chosen is not None and all(e.fate or e.headline for e in left):
        # The chosen line is all the text there is: a lead without a headline, not a title.
        left[chosen].headline, title, chosen = False, None, None
    _above_headline(left[: chosen or 0])
    kept = _kept(left, removed)
    removed.sort(key=lambda r: r.position)
    meta.otherwise()
    return Cleaned(
        paragraphs=kept,
        removed=removed,
        published=meta.published,
        published_from=meta.published_from,
        meter=meta.meter,
        references=meta.references,
        title=title,
        author=meta.author,
        header={k: v for k, v in head.meta.items() if k not in ("title", "date")},
        refused_date=head.meta["date"]
        if "date" in head.meta and meta.published_from != HEADER.id
        else None,
    )


def _last_stop(lines: list[str]) -> int:
    """Where the last line ending a sentence is: a list of related headlines ends the page."""
    stopped = [i for i, line in enumerate(lines) if line.rstrip().endswith(headline.SENTENCE_END)]
    return stopped[-1] if stopped else -1


@dataclass
class _LinePass:
    """The pass over the lines one by one: each is a header's part, a rule's (removed, and
    read as metadata when it is), or left for the headline and the text. A line's fate can
    hang on the one before it (a credit under a caption, headlines under a "read also"
    label), so the pass remembers it."""

    head: Header
    trailer: dict[int, Reference | None]
    masthead: OutletName
    reference_time: datetime | None
    last_stop: int
    removed: list[RemovedLine] = field(default_factory=list)
    taken: dict[int, str] = field(default_factory=dict)
    left: list[_Left] = field(default_factory=list)
    meta: _Metadata = field(init=False)
    last: _Left | None = None
    label: bool = False  # the line before was a "read also" label
    listing: bool = False  # the lines before were a label and headlines under it, no stop
    learnt: bool = False  # a byline named the outlet

    def __post_init__(self) -> None:
        self.meta = _Metadata(*_header_published(self.head, self.reference_time))

    def read(self, position: int, line: str) -> None:
        """One line that is not blank."""
        if (stated := self.head.lines.get(position)) is not None:
            self.removed.append(RemovedLine(text=stated.part, rule=HEADER.id, position=position))
            if not stated.rest:
                self.last = None
                return
            line = stated.rest
        rule = self._rule(position, line)
        text, credit = (line, "") if rule else split_credit(line) or (line, "")
        if rule is None and not text:
            rule = PHOTO_CREDIT
        if rule is not None:
            self._remove(position, line, rule)
        else:
            self._leave(position, line, text, credit)

    def _rule(self, position: int, line: str) -> Rule | None:
        """The rule that takes the whole line, reading its metadata on the way."""
        if position in self.trailer:
            if (reference := self.trailer[position]) is not None:
                self.meta.references.append(reference)
            return REFERENCE_TRAILER
        if (found := extract(line, self.reference_time)) is not None:
            self.meta.take(found)
            return found.rule
        return match_line(line) or (MASTHEAD if _names_outlet(self.masthead, line) else None)

    def _remove(self, position: int, line: str, rule: Rule) -> None:
        if rule is BYLINE and self.masthead.learn(line):
            self.learnt = True
        self.removed.append(RemovedLine(text=line, rule=rule.id, position=position))
        self.taken[position] = rule.id
        if rule is PHOTO_CREDIT and self.last is not None:
            self.last.before_credit = True
        self.last = None
        self.label = rule is SHARE_SUBSCRIBE and RELATED_LABEL.match(line) is not None
        self.listing = False

    def _leave(self, position: int, line: str, text: str, credit: str) -> None:
        """A heading of related stories at the page's end may list several headlines, one a
        line ("RELATED STORIES:" and three titles): after the first, each line is one up
        to the first that is no headline, when no line after it ends a sentence (a
        headline-shaped line a report follows is the report's subheading)."""
        unstopped = not text.endswith(headline.SENTENCE_END)
        under = self.label or (self.listing and unstopped and position > self.last_stop)
        self.last = _Left(position, line, text, credit, after_label=under)
        self.label = False
        self.listing = under and unstopped and headline.headline_shaped(text)
        self.left.append(self.last)


def _header_published(
    head: Header, reference_time: datetime | None
) -> tuple[datetime | None, str | None]:
    """The publication time a header's "date" gives, and where it was read (`HEADER`)."""
    if "date" not in head.meta:
        return None, None
    published = read_stamp(head.meta["date"], reference_time)
    return published, HEADER.id if published else None


def _drop_mastheads(
    left: list[_Left], masthead: OutletName, removed: list[RemovedLine], taken: dict[int, str]
) -> None:
    """The byline named the outlet: a masthead printed above it is one too, so the lines
    left that print only its name are removed as mastheads."""
    for entry in [e for e in left if _names_outlet(masthead, e.line)]:
        removed.append(RemovedLine(text=entry.line, rule=MASTHEAD.id, position=entry.position))
        taken[entry.position] = MASTHEAD.id
        left.remove(entry)


def _choose_headline(
    left: list[_Left], lines: list[str], head: Header, url: str | None
) -> int | None:
    """Which line left is the headline, when the source states no title: told by
    `headline.choose` from the lines' texts, the ones that may be captions, the pieces of a
    headline broken over two lines, the URL's slug and what a header line had glued to its
    end (that came right after the header: the headline)."""
    texts = [entry.text for entry in left]
    captions = {i for i, entry in enumerate(left) if entry.maybe_caption}
    filled = [i for i, line in enumerate(lines) if line]
    after = dict(pairwise(filled))
    pieces = frozenset(
        i
        for i, (entry, following) in enumerate(pairwise(left))
        if after.get(entry.position) == following.position
        and headline.continued(entry.text, following.text)
    )
    slug = headline.slug_words(url or head.meta.get("url"))
    glued = frozenset(i for i, entry in enumerate(left) if entry.position in head.lines)
    return headline.choose(texts, captions, pieces, slug, glued)


def _above_headline(above: list[_Left]) -> None:
    """The lines above the headline, not yet settled: a credited one is a photo's caption,
    one that ends no sentence a kicker or a section printed above the headline."""
    for entry in above:
        if entry.fate is None and (entry.credit or entry.before_credit):
            entry.fate = PHOTO_CAPTION
        elif entry.fate is None and not entry.text.endswith(headline.SENTENCE_END):
            entry.fate = headline.ABOVE_HEADLINE


def _kept(left: list[_Left], removed: list[RemovedLine]) -> list[str]:
    """The article's paragraphs: the lines left with no fate and no headline, in order; the
    others, the credits glued to lines and a content-class mark closing the last paragraph
    go to `removed`."""
    kept = []
    last_kept = None
    for entry in left:
        if entry.fate is PHOTO_CAPTION:
            removed.append(RemovedLine(entry.line, entry.fate.id, entry.position))
            continue
        if entry.fate is not None:
            removed.append(RemovedLine(entry.text, entry.fate.id, entry.position))
        elif not entry.headline:
            kept.append(entry.text)
            last_kept = entry
        if entry.credit:
            removed.append(RemovedLine(entry.credit, PHOTO_CREDIT.id, entry.position))
    if last_kept is not None and (mark := _CONTENT_CLASS_MARK.search(kept[-1])) is not None:
        # the class mark closes the piece, after its last word
        kept[-1] = kept[-1][: mark.start()]
        removed.append(RemovedLine(mark.group().strip(), CONTENT_CLASS.id, last_kept.position))
    return kept


@dataclass
class _Metadata:
    """What the lines read as metadata tell of the article, the first of each kind winning:
    when it was published and by which rule, an update stamp's time, the leaning meter,
    the author and the references."""

    published: datetime | None
    published_from: str | None
    updated: datetime | None = None
    meter: CoverageMeter | None = None
    author: str | None = None
    references: list[Reference] = field(default_factory=list)

    def take(self, found: Found) -> None:
        """What one metadata line said."""
        if found.published is not None and found.updated:
            self.updated = self.updated or found.published
        elif found.published is not None and self.published is None:
            self.published = found.published
            self.published_from = found.dated_as or found.rule.id
        self.meter = self.meter or found.meter
        self.author = self.author or found.author
        if found.reference is not None:
            self.references.append(found.reference)

    def otherwise(self) -> None:
        """The publication time when no line gave one: a dated reference's (an APA citation
        of the original), else the update stamp's."""
        if self.published is not None:
            return
        dated = next((r for r in self.references if r.published is not None), None)
        if dated is not None:
            self.published, self.published_from = dated.published, "apa-reference"
        elif self.updated is not None:
            self.published, self.published_from = self.updated, PUBLISHED_LINE.id


def _names_outlet(masthead: OutletName, line: str) -> bool:
    """Whether the line prints only the outlet's name, or its name and the day."""
    return masthead.names(line) or masthead.names(dated_masthead(line) or "")


def _settle(left: list[_Left], lines: list[str], taken: dict[int, str], title: str | None):
    """Decide what each line left becomes, in order: a copy of the title (above the body or
    after its last paragraph), another article's headline under a "read also" label, a
    caption, the label of a reference read as metadata, a repeated paragraph, or text."""
    title_key = normalise(title) if title else ""
    repeats = ParagraphRepeats()
    body: list[Repeat] = []
    entries: list[_Left] = []
    body_started = False
    filled = [i for i, line in enumerate(lines) if line]
    following = dict(pairwise(filled))
    for entry in left:
        if entry.headline:
            continue
        if title_key and not body_started and is_repeated_title(entry.text, title_key):
            entry.fate = REPEATED_TITLE
        elif entry.after_label and headline.headline_shaped(entry.text):
            entry.fate = RELATED_LINK
        elif entry.maybe_caption and is_caption(entry.text, entry.credit):
            entry.fate = PHOTO_CAPTION
        elif (
            REFERENCE_TRAILER.matches(entry.text)
            and taken.get(following.get(entry.position, -1)) in _REFERENCES
        ):
            entry.fate = REFERENCE_LABEL
        else:
            key = normalise(entry.text)
            original = repeats.original(key)
            copy = original is not None
            body.append(
                Repeat(original or (key if len(key) >= MIN_VERBATIM else None), copy, entry.text)
            )
            entries.append(entry)
            if copy:
                entry.fate = REPEATED_PARAGRAPH
            else:
                body_started = body_started or entry.text.endswith(headline.SENTENCE_END)
    for index in by_design(body):
        entries[index].fate = None
    for entry in reversed(left):
        if entry.fate is not None or entry.headline:
            continue
        if not (title_key and is_repeated_title(entry.text, title_key)):
            break
        entry.fate = REPEATED_TITLE
