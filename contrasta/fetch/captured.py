"""Documents captured from the web (live fetches, feed items, WARC records).

A capture knows when it was fetched, which is the right base for "ayer" in its text and
the right time to place it by when it states no date of its own (a WARC record read a year
later is still placed at its crawl time). A feed item may also state a date the page does
not; it counts only after the page's own metadata and its text, the publisher's own words
about the article.
"""

from __future__ import annotations

import codecs
import dataclasses
from dataclasses import dataclass
from datetime import datetime

from contrasta.model import Article, RawDocument

FEED_DATE = "feed"


@dataclass
class Captured(RawDocument):
    fetched_at: datetime | None = None
    feed_published: datetime | None = None


def settle(article: Article, raw: RawDocument) -> Article:
    """Fill in the feed's date when the page and its text had none."""
    if isinstance(raw, Captured) and article.published is None and raw.feed_published:
        return dataclasses.replace(article, published=raw.feed_published, published_from=FEED_DATE)
    return article


def size_label(n: int) -> str:
    """A byte count for a limit message: 20 MB, 1.5 MB, 256 KB."""
    mb = 1024 * 1024
    return f"{n / mb:.1f} MB".replace(".0 ", " ") if n >= mb else f"{n / 1024:.0f} KB"


def media_type(header: str | None) -> tuple[str, str | None]:
    """An HTTP Content-Type as (lower-case type, charset or None)."""
    kind, _, params = (header or "").partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return kind.strip().lower(), charset


def as_utf8(data: bytes, charset: str | None) -> bytes:
    """Bytes the HTML reader decodes right: it tries UTF-8, then guesses, and never sees the
    charset an HTTP header declared, so a Latin-1 page served with that header is
    transcoded here."""
    if not charset:
        return data
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    try:
        codecs.lookup(charset)
    except LookupError:
        return data
    return data.decode(charset, errors="replace").encode("utf-8")
