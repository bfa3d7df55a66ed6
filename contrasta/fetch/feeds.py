"""RSS and Atom feeds: which items are new, and their pages as documents.

feedparser reads every feed dialect (RSS 0.9x/1.0/2.0, Atom) and survives broken XML; the
feed's bytes come from our fetcher (SSRF guard, size cap, conditional GET), never from
feedparser's own client. What a poll learnt is written only after its articles are stored
(`record_poll`), so an interrupted poll takes the same items again next time (content
hashes make that a no-op) instead of losing them.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import feedparser

from contrasta.dates import parse_date
from contrasta.errors import InputError
from contrasta.fetch.fetcher import FEED_TYPES, Fetcher, Validators
from contrasta.fetch.pages import read_url
from contrasta.fetch.state import FetchState
from contrasta.i18n import _
from contrasta.model import Captured, Problem


@dataclass(frozen=True)
class FeedItem:
    id: str
    link: str | None
    title: str | None
    published: datetime | None


@dataclass(frozen=True)
class Feed:
    url: str
    title: str | None
    items: list[FeedItem]


@dataclass
class Poll:
    """One feed polled once: the documents to ingest and what to remember afterwards."""

    feed: str
    title: str | None = None
    status: str = ""
    documents: list[Captured | InputError] = field(default_factory=list)
    outcomes: list[tuple[str, str | None, bool]] = field(default_factory=list)
    validators: Validators | None = None
    pages: int = 0  # the new items' pages downloaded (not the feed itself)

    @property
    def complete(self) -> bool:
        """Every new item was taken, so a later 304 cannot hide one still to retry."""
        return all(taken for _, _, taken in self.outcomes)


def item_date(text: str | None) -> datetime | None:
    """RSS dates are RFC 822, Atom's ISO 8601; the wall-clock time as printed is kept."""
    if not text:
        return None
    try:
        return parsedate_to_datetime(text).replace(tzinfo=None)
    except (TypeError, ValueError, IndexError):
        return parse_date(text)


def parse_feed(url: str, data: bytes, content_type: str = "") -> Feed:
    parsed = feedparser.parse(
        io.BytesIO(data),
        response_headers={"content-location": url, "content-type": content_type},
    )
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise InputError(_("not an RSS or Atom feed"), _("check the feed's URL in a browser"), url)
    items = []
    for entry in parsed.entries:
        link = urljoin(url, entry["link"]) if entry.get("link") else None
        ident = entry.get("id") or link or entry.get("title")
        if not ident:
            continue
        published = entry.get("published") or entry.get("updated")
        items.append(FeedItem(ident, link, entry.get("title") or None, item_date(published)))
    return Feed(url, parsed.feed.get("title") or None, items)


def item_document(fetcher: Fetcher, feed: Feed, item: FeedItem) -> Captured | InputError:
    """The item's page; the feed fills in the title and outlet the page lacks, and a date
    (used only if the page and its text state none: see `captured.settle`)."""
    if not item.link:
        return InputError(_("feed item without a link"), "", source=f"{feed.url}#{item.id}")
    document = read_url(fetcher, item.link)
    if not isinstance(document, Captured):
        return document
    return dataclasses.replace(
        document,
        title=document.title or item.title,
        outlet=document.outlet or feed.title,
        feed_published=item.published,
    )


def poll_feed(fetcher: Fetcher, state: FetchState, url: str) -> Poll:
    """Fetch the feed (conditionally) and the pages of items not taken before."""
    page = fetcher.fetch(url, accept=FEED_TYPES, validators=state.validators(url))
    if isinstance(page, Problem):
        error = InputError(page.reason, page.hint, source=url)
        return Poll(url, status=f"failed: {page.reason}", documents=[error])
    if page.not_modified:
        return Poll(url, status="unchanged (304)")
    try:
        feed = parse_feed(url, page.content, page.content_type)
    except InputError as exc:
        return Poll(url, status=f"failed: {exc}", documents=[exc])
    poll = Poll(url, title=feed.title, validators=page.validators)
    before = fetcher.pages
    taken: set[str] = set()
    for item in feed.items:
        if item.id in taken or state.is_seen(url, item.id, item.link):
            continue
        taken.add(item.id)
        document = item_document(fetcher, feed, item)
        poll.documents.append(document)
        poll.outcomes.append((item.id, item.link, isinstance(document, Captured)))
    poll.status = f"{len(poll.outcomes)} new items"
    poll.pages = fetcher.pages - before
    return poll


def record_poll(state: FetchState, poll: Poll) -> None:
    """Remember the items tried and, when none is left to retry, the feed's validators."""
    state.record_items(poll.feed, poll.outcomes)
    if poll.validators and poll.complete:
        state.save_validators(poll.feed, poll.validators)
    state.polled(poll.feed, poll.title, poll.status)
