"""What live sources remember between runs: the feeds, the items already taken, and the
validators for conditional GET.

Kept in the same SQLite file as the articles (its own tables, created here), so one
`--db` holds everything. The other store back ends have no such tables yet: feeds need
the SQLite store, while `analyze URL` works on any store and only skips the conditional GET.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from contrasta.errors import ContrastaError
from contrasta.fetch.fetcher import Validators
from contrasta.i18n import _

# An item page that failed this many polls in a row is given up (reported each time).
MAX_TRIES = 3

SCHEMA = """
CREATE TABLE IF NOT EXISTS fetch_validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    saved_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    added_at TEXT NOT NULL,
    polled_at TEXT,
    status TEXT
);
CREATE TABLE IF NOT EXISTS feed_items (
    feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    link TEXT,
    tries INTEGER NOT NULL DEFAULT 0,
    done INTEGER NOT NULL DEFAULT 0,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_id)
);
CREATE INDEX IF NOT EXISTS feed_items_link ON feed_items(link);
"""


@dataclass(frozen=True)
class FeedRecord:
    url: str
    title: str | None
    added_at: datetime
    polled_at: datetime | None
    status: str | None
    items: int


def _now() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


class FetchState:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        with conn:
            conn.executescript(SCHEMA)

    @classmethod
    def of(cls, store: object) -> FetchState:
        conn = getattr(store, "conn", None)
        if not isinstance(conn, sqlite3.Connection):
            raise ContrastaError(
                _("feeds are kept in the SQLite store only"),
                _("use --db with a .db file for feeds"),
            )
        return cls(conn)

    @classmethod
    def maybe(cls, store: object) -> FetchState | None:
        """The state where the store can keep it; conditional GET is skipped elsewhere."""
        conn = getattr(store, "conn", None)
        return cls(conn) if isinstance(conn, sqlite3.Connection) else None

    def validators(self, url: str) -> Validators | None:
        row = self.conn.execute(
            "SELECT etag, last_modified FROM fetch_validators WHERE url = ?", (url,)
        ).fetchone()
        return Validators(row[0], row[1]) if row else None

    def save_validators(self, url: str, found: Validators) -> None:
        if not (found.etag or found.last_modified):
            return
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO fetch_validators VALUES (?, ?, ?, ?)",
                (url, found.etag, found.last_modified, _now()),
            )

    def add_feed(self, url: str) -> bool:
        with self.conn:
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO feeds(url, added_at) VALUES (?, ?)", (url, _now())
            )
        return cursor.rowcount == 1

    def remove_feed(self, url: str) -> bool:
        with self.conn:
            cursor = self.conn.execute("DELETE FROM feeds WHERE url = ?", (url,))
            self.conn.execute("DELETE FROM fetch_validators WHERE url = ?", (url,))
        return cursor.rowcount == 1

    def feeds(self) -> list[FeedRecord]:
        rows = self.conn.execute(
            "SELECT f.url, f.title, f.added_at, f.polled_at, f.status,"
            " (SELECT count(*) FROM feed_items i WHERE i.feed_url = f.url AND i.done)"
            " FROM feeds f ORDER BY f.added_at, f.url"
        ).fetchall()
        return [
            FeedRecord(
                url=row[0],
                title=row[1],
                added_at=datetime.fromisoformat(row[2]),
                polled_at=datetime.fromisoformat(row[3]) if row[3] else None,
                status=row[4],
                items=row[5],
            )
            for row in rows
        ]

    def polled(self, url: str, title: str | None, status: str) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE feeds SET title = coalesce(?, title), polled_at = ?, status = ?"
                " WHERE url = ?",
                (title, _now(), status, url),
            )

    def is_seen(self, feed_url: str, item_id: str, link: str | None) -> bool:
        """Taken already (from this feed, or the same page from another), or given up."""
        row = self.conn.execute(
            "SELECT 1 FROM feed_items WHERE (feed_url = ? AND item_id = ? AND (done OR tries >= ?))"
            " OR (link = ? AND done) LIMIT 1",
            (feed_url, item_id, MAX_TRIES, link),
        ).fetchone()
        return row is not None

    def record_items(self, feed_url: str, outcomes: list[tuple[str, str | None, bool]]) -> None:
        """(item id, link, taken) for each item tried this poll, in one transaction."""
        with self.conn:
            self.conn.executemany(
                "INSERT INTO feed_items(feed_url, item_id, link, tries, done, seen_at)"
                " VALUES (?, ?, ?, 1, ?, ?)"
                " ON CONFLICT(feed_url, item_id) DO UPDATE SET"
                " tries = tries + 1, done = excluded.done, seen_at = excluded.seen_at",
                [(feed_url, i, link, int(ok), _now()) for i, link, ok in outcomes],
            )
