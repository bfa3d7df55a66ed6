"""Raw document to clean Article: run the cleaner and settle the metadata.

Metadata the source states outright (HTML meta tags, JSON fields, a text's header) wins over
what the cleaner recovers from noise lines, which wins over an APA reference, which wins
over a date in the URL; when none says when it was published, the article says so instead
of pretending. The title is the one stated, else the headline the cleaner chose, else the
start of the first paragraph (which stays in the text).
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import datetime

from contrasta.clean import Cleaned, clean
from contrasta.dates import why_refused
from contrasta.dedup.outlets import host_name
from contrasta.errors import InputError, InputWarning
from contrasta.i18n import _, ngettext
from contrasta.ingest.decode import GUESSED
from contrasta.ingest.lang import guess_language
from contrasta.ingest.urldate import date_from_url
from contrasta.limits import DEFAULT_LIMITS, TextLimits, bounded
from contrasta.model import DERIVED_TITLE, UNDECODABLE, Article, Captured, RawDocument

_STATED_DATE_FROM = {"text": "header", "html": "html-meta", "jsonl": "jsonl"}
FEED_DATE = "feed"


def content_hash(raw: RawDocument) -> str:
    normalised = " ".join(f"{raw.title or ''}\n{raw.text}".split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def prepare(
    raw: RawDocument,
    now: datetime | None = None,
    limits: TextLimits = DEFAULT_LIMITS,
    warnings: list[InputWarning] | None = None,
) -> Article:
    """Clean one raw document; raise InputError when nothing of an article is left.
    `warnings` receives what was dropped that the user should know of (a publication date
    the source states, in a header line, a meta tag or a JSON field, that is no plausible
    day: the article is kept, dated otherwise or undated; a file's or web page's encoding
    guessed, or much of it undecodable: said here only, whatever read it)."""
    now = now or datetime.now().replace(microsecond=0)
    raw, cut = bounded(raw, limits)
    base = raw.published or now
    cleaned = clean(
        raw.paragraphs,
        title=raw.title,
        find_title=raw.title is None,
        header=True,
        outlet=raw.outlet,
        url=raw.url,
        reference_time=base,
    )
    if not cleaned.paragraphs:
        raise _nothing_left(raw, cleaned)
    header = cleaned.header
    if warnings is not None:
        warnings.extend(_warnings(raw, cleaned, now, base))
    reference = cleaned.references[0] if cleaned.references else None
    url = raw.url or header.get("url") or (reference.url if reference else None)
    published, published_from = _published(raw, cleaned, url, now)
    outlet = raw.outlet or header.get("outlet") or (reference.outlet if reference else None)
    title = cleaned.title or cleaned.paragraphs[0][:DERIVED_TITLE]
    text = "\n\n".join(cleaned.paragraphs)
    digest = content_hash(raw)
    lang = raw.lang or header.get("lang")
    return Article(
        id=digest[:12],
        source=raw.source,
        fmt=raw.fmt,
        content_hash=digest,
        title=title,
        text=text,
        outlet=outlet or host_name(url),
        url=url,
        author=(
            raw.author
            or header.get("author")
            or cleaned.author
            or (reference.author if reference else None)
        ),
        published=published,
        published_from=published_from,
        lang=lang.lower()[:2] if lang else guess_language(text),
        removed=cut + cleaned.removed,
        meter=cleaned.meter,
        references=cleaned.references,
        ingested_at=now,
    )


def _warnings(
    raw: RawDocument, cleaned: Cleaned, now: datetime, base: datetime
) -> list[InputWarning]:
    """What `prepare` tells the user: a stated date refused (a reader judged its date
    against the clock, the cleaner the header's against `base`), a decoding to doubt."""
    found = []
    if raw.refused_date is not None:
        found.append(_refused(raw.source, raw.refused_date, now))
    elif cleaned.refused_date is not None:
        found.append(_refused(raw.source, cleaned.refused_date, base))
    if raw.guessed_encoding is not None:
        warned = _decoding(raw.source, raw.text, raw.guessed_encoding)
        if warned is not None:
            found.append(warned)
    return found


def _published(
    raw: RawDocument, cleaned: Cleaned, url: str | None, now: datetime
) -> tuple[datetime | None, str]:
    """When the article was published and where that was read, in the order of trust the
    module's docstring gives (an APA reference's date is the cleaner's); (None, "unknown")
    when nothing says."""
    if raw.published:
        return raw.published, _STATED_DATE_FROM.get(raw.fmt, raw.fmt)
    if cleaned.published:
        return cleaned.published, cleaned.published_from
    if (from_url := date_from_url(url, now)) is not None:
        return from_url, "url"
    return None, "unknown"


def _decoding(source: str, text: str, encoding: str) -> InputWarning | None:
    """The warning of a file or page whose decoding reinterpreted or replaced much of it
    (`RawDocument.guessed_encoding`, set by its reader): a guess nothing confirms, or
    characters no encoding could read, counted in the text kept. None when those fell
    outside it (a page's menus): nothing stored reads wrong."""
    name = encoding.partition(" ")[0]
    if encoding.endswith(GUESSED):
        reason = _("encoding guessed as {encoding}: much of its text may read wrong").format(
            encoding=name
        )
    else:
        n = text.count(UNDECODABLE)
        if not n:
            return None
        reason = ngettext(
            "{n} character could not be decoded (shown as {mark})",
            "{n} characters could not be decoded (shown as {mark})",
            n,
        ).format(n=n, mark=UNDECODABLE)
        reason = _("decoded as {encoding}: {what}").format(encoding=name, what=reason)
    return InputWarning(
        reason,
        _("save it as UTF-8 and analyse it again; it was stored as decoded"),
        source,
    )


def _refused(source: str, stated: str, base: datetime) -> InputWarning:
    return InputWarning(
        _("publication date {date} dropped: {why}").format(
            date=stated, why=why_refused(stated, base)
        ),
        _(
            "fix the date where the source states it (header line, meta tag or JSON field) and"
            " analyse it again; the article is kept, dated otherwise if it can be, else undated"
        ),
        source,
    )


def _nothing_left(raw: RawDocument, cleaned: Cleaned) -> InputError:
    """The problem of a source the cleaner left no text of: when it held a headline, the
    source has no article (a page that printed a title and its furniture: share buttons,
    a sign-in notice), not an article the cleaner lost."""
    if raw.title or cleaned.title:
        lines = len(cleaned.removed)
        return InputError(
            _("no article text: only a headline and page furniture"),
            ngettext(
                "the source holds no article; its {n} other line is a button, notice or menu",
                "the source holds no article; its {n} other lines are buttons, notices or menus",
                lines,
            ).format(n=lines),
            raw.source,
        )
    return InputError(
        _("no article text left after cleaning"), _("it holds only metadata or noise"), raw.source
    )


def settle(article: Article, raw: RawDocument) -> Article:
    """Fill in the feed's date when the page and its text had none."""
    if isinstance(raw, Captured) and article.published is None and raw.feed_published:
        return dataclasses.replace(article, published=raw.feed_published, published_from=FEED_DATE)
    return article
