"""The PostgreSQL store: the SQLite store's semantics for a server several users share.

Each batch is one transaction, as in SQLite. What differs is concurrency: inserts go in
content-hash order and story writes take an advisory lock, so two users ingesting or
grouping at once wait for each other instead of deadlocking. Search uses PostgreSQL's own
Spanish text search (see schema_pg.sql). The queries are `sql.SQLStore`'s; this module
holds what is PostgreSQL's own: the connection and schema versions, the search, `%s`
placeholders, arrays of ids, and text without NUL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Json

from contrasta.errors import ContrastaError
from contrasta.i18n import _
from contrasta.model import Article
from contrasta.store import query_words, shown
from contrasta.store.rows import NAMES, added_columns, column_list, schema_script
from contrasta.store.sql import COLUMN_LIST, SQLStore

_SEARCH_CONFIG = "contrasta_es"
_HEADLINE = (
    "StartSel=[, StopSel=], MaxWords=12, MinWords=5, MaxFragments=2, FragmentDelimiter=' … '"
)
# Key of the advisory lock that serialises story writes between users.
_STORIES_LOCK = "SELECT pg_advisory_xact_lock(hashtext('contrasta stories'))"
# The version schema_pg.sql records last; an older database runs the (idempotent) script
# again on open, which adds the tables it lacks.
SCHEMA_VERSION = 8


def _clean(value: str | None) -> str | None:
    """PostgreSQL text cannot hold NUL; one stray NUL must not cost the whole batch."""
    return value.replace("\x00", "") if value and "\x00" in value else value


@lru_cache(maxsize=256)
def _placeholders(sql: str) -> str:
    """A query of `sql.SQLStore` (`?` placeholders, no literal `?` or `%`) as psycopg's."""
    return sql.replace("?", "%s")


def _first_line(exc: Exception) -> str:
    """libpq messages run over several lines; errors for users are one."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


class PostgresStore(SQLStore):
    PROBLEM_ORDER = "id"
    NULLS_LAST = " NULLS LAST"  # PostgreSQL puts NULLs first in a descending order
    data = staticmethod(Json)
    text = staticmethod(_clean)

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise ContrastaError(
                _("cannot open database {path}: {reason}").format(
                    path=shown(url), reason=_first_line(exc)
                ),
                _("check the URL, that the server runs and that the database exists"),
            ) from exc
        try:
            self._create_schema()
        except psycopg.Error as exc:
            self.conn.close()
            raise ContrastaError(
                _("cannot create contrasta's tables in {url}: {reason}").format(
                    url=shown(url), reason=_first_line(exc)
                ),
                _(
                    "the user needs CREATE rights on the database (or ask its owner to open"
                    " it once)"
                ),
            ) from exc

    def _create_schema(self) -> None:
        """Run the schema script unless a previous open already did (it takes table locks)."""
        ready = self.conn.execute(
            "SELECT to_regclass('contrasta_schema') IS NOT NULL AS ready"
        ).fetchone()
        if ready["ready"]:
            found = self.conn.execute("SELECT max(version) AS v FROM contrasta_schema").fetchone()
            if found["v"] >= SCHEMA_VERSION:
                self._add_columns()
                return
        schema = resources.files("contrasta.store").joinpath("schema_pg.sql").read_text()
        with self.conn.transaction():
            self.conn.execute(schema_script(schema, "postgres"))

    def _add_columns(self) -> None:
        present = {
            row["column_name"]
            for row in self.conn.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_name = 'articles' AND table_schema = current_schema()"
            )
        }
        statements = added_columns(present, "postgres")
        if statements:
            with self.conn.transaction():
                for statement in statements:
                    self.conn.execute(statement)

    def execute(self, sql: str, params: Iterable[Any] = ()) -> psycopg.Cursor:
        return self.conn.execute(_placeholders(sql), params)

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_placeholders(sql), rows)

    def transaction(self) -> psycopg.Transaction:
        return self.conn.transaction()

    def among(self, column: str, ids: list[str]) -> Iterator[tuple[str, list[Any]]]:
        """All the ids as one array."""
        if ids:
            yield f"{column} = ANY(?)", [ids]

    def json_field(self, column: str, key: str) -> str:
        return f"({column}::json ->> '{key}')"

    def lock_stories(self) -> None:
        self.conn.execute(_STORIES_LOCK)

    def add_articles(self, articles: Iterable[Article]) -> list[bool]:
        batch = list(articles)
        added = [False] * len(batch)
        with self.conn.transaction(), self.conn.cursor() as cur:
            # Known hashes are skipped before the insert computes their search vectors,
            # so re-reading a folder costs a lookup, not a re-index.
            known = {
                row["content_hash"]
                for row in cur.execute(
                    "SELECT content_hash FROM articles WHERE content_hash = ANY(%s)",
                    ([a.content_hash for a in batch],),
                )
            }
            # Content-hash order: two users inserting overlapping batches lock rows in one order.
            todo = sorted(
                (i for i, a in enumerate(batch) if a.content_hash not in known),
                key=lambda i: batch[i].content_hash,
            )
            if not todo:
                return added
            cur.executemany(
                f"INSERT INTO articles ({COLUMN_LIST})"
                f" VALUES ({', '.join(['%s'] * len(NAMES))})"
                " ON CONFLICT DO NOTHING RETURNING id",
                [self.stored_values(batch[i]) for i in todo],
                returning=True,
            )
            for i in todo:
                added[i] = cur.fetchone() is not None
                cur.nextset()
            self.save_removed([batch[i] for i in todo if added[i]])
        return added

    def search(self, query: str, limit: int = 20) -> list[tuple[Article, str]]:
        """Every word must match (as in the SQLite store); title hits weigh more."""
        words = " ".join(query_words(query))
        if not words:
            return []
        rows = self.conn.execute(
            f"WITH q AS (SELECT plainto_tsquery('{_SEARCH_CONFIG}', %(words)s) AS q),"
            " hits AS ("
            "  SELECT a.id, ts_rank(a.search, q.q) AS rank FROM articles a, q"
            "  WHERE a.search @@ q.q ORDER BY rank DESC, a.id LIMIT %(limit)s)"
            f" SELECT {column_list('a.')},"
            f" ts_headline('{_SEARCH_CONFIG}', a.text, q.q, %(options)s) AS snip"
            " FROM hits JOIN articles a ON a.id = hits.id, q ORDER BY hits.rank DESC, a.id",
            {"words": words, "limit": limit, "options": _HEADLINE},
        ).fetchall()
        return self.found(rows)

    def start_run(self) -> int:
        row = self.conn.execute(
            "INSERT INTO runs(started_at) VALUES (%s) RETURNING id", (datetime.now(),)
        ).fetchone()
        return row["id"]
