"""Limits that make one article harmless: applied before cleaning, and again on reading.

A scraper can hand over a "title" that is the whole page, or one paragraph of a million
characters (a flattened table, a minified script). Stored whole, such an article costs
every later step, and some refuse it outright (spaCy stops at 1,000,000 characters), so
one bad input would break every report on the database. The caps sit far above any news
article; what they cut is recorded as a removed line under `length-cap` (its length and
how it began, not its text) and the article is flagged. An article stored before the caps
existed is cut the same way when it is read back (`within_limits`), so such a database
keeps working. Text a database cannot hold (a lone surrogate, from a JSON escape) becomes
U+FFFD here, for every source at once.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from contrasta.i18n import N_, _, ngettext, number
from contrasta.model import LENGTH_CAP, Article, RawDocument, RemovedLine, without_surrogates

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MB
"""Largest file, page or WARC record read, unless the user says otherwise."""
_PREVIEW = 80
_METADATA = ("title", "outlet", "url", "author", "lang")


@dataclass(frozen=True)
class TextLimits:
    """Characters kept at most: of a title (and of each other metadata field), of one
    paragraph, of the whole article text (its paragraphs, without the breaks)."""

    title: int = 1_000
    paragraph: int = 50_000
    article: int = 200_000


DEFAULT_LIMITS = TextLimits()


def _cut(text: str, limit: int) -> str:
    """At the last space before the limit, so no word is cut in half (unless there is
    none in the last tenth)."""
    head = text[:limit]
    space = head.rfind(" ")
    return head[:space] if space > limit * 0.9 else head


def _note(what: str, kept: str, whole: str, position: int) -> RemovedLine:
    rest = whole[len(kept) :].strip()
    preview = " ".join(rest[:_PREVIEW].split())
    return RemovedLine(
        text=f"{what}: {len(rest):,} characters cut after the first {len(kept):,}"
        f" (they began «{preview}…»)",
        rule=LENGTH_CAP,
        position=position,
    )


# What a cut says, stored in English (a record, as the cleaner's lines are) and shown in
# the reader's language by `removed_text`.
_CUT_SHOWN = N_("{what}: {n} characters cut after the first {kept} (they began «{preview}…»)")
_CUT_WHAT = {
    "paragraph": N_("paragraph"),
    "title": N_("title"),
    "outlet": N_("outlet"),
    "url": N_("url"),
    "author": N_("author"),
    "lang": N_("lang"),
}
_CUT_STORED = re.compile(
    r"(?P<what>\w+): (?P<n>[\d,]+) characters cut after the first (?P<kept>[\d,]+)"
    r" \(they began «(?P<preview>.*)…»\)",
    re.DOTALL,
)
_REST_STORED = re.compile(
    r"article: (?P<n>[\d,]+) more paragraphs? \((?P<chars>[\d,]+) characters\) cut after the"
    r" first (?P<kept>[\d,]+)"
)


def _count(written: str) -> str:
    return number(int(written.replace(",", "")))


def removed_text(line: RemovedLine) -> str:
    """A removed line as shown: a length cut's note in the reader's language, numbers
    written their way; any other line as the source had it."""
    if line.rule != LENGTH_CAP:
        return line.text
    if found := _CUT_STORED.fullmatch(line.text):
        what = found["what"]
        return _(_CUT_SHOWN).format(
            what=_(_CUT_WHAT[what]) if what in _CUT_WHAT else what,
            n=_count(found["n"]),
            kept=_count(found["kept"]),
            preview=found["preview"],
        )
    if found := _REST_STORED.fullmatch(line.text):
        n = int(found["n"].replace(",", ""))
        return ngettext(
            "article: {n} more paragraph ({chars} characters) cut after the first {kept}",
            "article: {n} more paragraphs ({chars} characters) cut after the first {kept}",
            n,
        ).format(n=_count(found["n"]), chars=_count(found["chars"]), kept=_count(found["kept"]))
    return line.text


def _metadata(document, limits: TextLimits, notes: list[RemovedLine]) -> dict[str, str]:
    values = {}
    for name in _METADATA:
        value = getattr(document, name)
        if value is None:
            continue
        value = without_surrogates(value)
        if len(value) > limits.title:
            kept = _cut(value, limits.title)
            notes.append(_note(name, kept, value, 0))
            value = kept
        values[name] = value
    return values


def _paragraphs(source: list[str], limits: TextLimits, notes: list[RemovedLine]) -> list[str]:
    paragraphs: list[str] = []
    room = limits.article
    for position, paragraph in enumerate(source):
        if room <= 0:
            dropped = sum(len(p) for p in source[position:])
            notes.append(
                RemovedLine(
                    text=f"article: {len(source) - position:,} more paragraphs"
                    f" ({dropped:,} characters) cut after the first {limits.article:,}",
                    rule=LENGTH_CAP,
                    position=position,
                )
            )
            break
        paragraph = without_surrogates(paragraph)
        limit = min(limits.paragraph, room)
        if len(paragraph) > limit:
            kept = _cut(paragraph, limit)
            notes.append(_note("paragraph", kept, paragraph, position))
            paragraph = kept
        paragraphs.append(paragraph)
        room -= len(paragraph)
    return paragraphs


def bounded(raw: RawDocument, limits: TextLimits) -> tuple[RawDocument, list[RemovedLine]]:
    """The document within the limits, and what was cut, as removed lines. `text` keeps
    the whole input (without surrogates): the content hash is of what was read."""
    notes: list[RemovedLine] = []
    fields = _metadata(raw, limits, notes)
    source = raw.paragraphs if raw.paragraphs is not None else raw.text.splitlines()
    paragraphs = _paragraphs(source, limits, notes)
    text = without_surrogates(raw.text)
    return dataclasses.replace(raw, **fields, text=text, paragraphs=paragraphs), notes


def within_limits(article: Article, limits: TextLimits = DEFAULT_LIMITS) -> Article:
    """A stored article as the limits allow; the same article when it already is."""
    if len(article.text) <= min(limits.paragraph, limits.article) and all(
        len(getattr(article, name) or "") <= limits.title for name in _METADATA
    ):
        return article
    notes: list[RemovedLine] = []
    fields = _metadata(article, limits, notes)
    paragraphs = _paragraphs(article.paragraphs, limits, notes)
    if not notes:
        return article
    return dataclasses.replace(
        article, **fields, text="\n\n".join(paragraphs), removed=notes + article.removed
    )


def size_label(n: int) -> str:
    """A byte count for a limit message: 20 MB, 1,5 MB (1.5 MB in English), 256 KB."""
    if n < MB:
        return f"{number(n / 1024)} KB"
    whole = n % MB == 0 or round(n / MB, 1) == round(n / MB)
    return f"{number(n / MB, 0 if whole else 1)} MB"
