"""The SQLite store: one file, WAL journal, FTS5 for search.

Each batch of articles is one transaction, so an interrupted run keeps every batch it
finished and never leaves half an article behind. The queries are `sql.SQLStore`'s; this
module holds what is SQLite's own: the file and its migrations, the FTS5 index, `?` lists
of ids, and times and JSON kept as text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from contrasta.errors import ContrastaError
from contrasta.i18n import _
from contrasta.model import PROBLEM, Article
from contrasta.store import query_words
from contrasta.store.rows import (
    NAMES,
    added_columns,
    column_list,
    from_iso,
    from_json,
    iso,
    schema_script,
)
from contrasta.store.sql import CHUNK, COLUMN_LIST, DATED, SQLStore

_MARKS = ", ".join("?" * len(NAMES))
_REVISION_COLUMNS = (
    ("stories", "revision", "INTEGER NOT NULL DEFAULT 0"),
    ("story_dossiers", "inputs", "TEXT NOT NULL DEFAULT ''"),
    ("story_dossiers", "revision", "INTEGER NOT NULL DEFAULT -1"),
    ("stories", "dated", "INTEGER"),
    ("runs", "warnings", "INTEGER NOT NULL DEFAULT 0"),
    ("problems", "kind", f"TEXT NOT NULL DEFAULT '{PROBLEM}'"),
)


def fts_query(text: str) -> str:
    """User words as an FTS5 query that cannot be a syntax error: every token quoted."""
    return " ".join(f'"{token}"' for token in query_words(text))


def _cannot_open(path: Path, exc: sqlite3.DatabaseError) -> ContrastaError:
    """Why the database file cannot be used, in the user's language: a folder that does
    not exist, a file that is not SQLite (damaged, or another kind), or SQLite's reason."""
    folder = Path(path).absolute().parent
    if not folder.is_dir():
        return ContrastaError(
            _("cannot open database {path}: the folder {folder} does not exist").format(
                path=path, folder=folder
            ),
            _("create the folder first, or pass another file with --db"),
        )
    if "file is not a database" in str(exc):
        reason = _("the file is not a SQLite database (damaged, or another kind of file)")
    else:
        reason = str(exc)
    return ContrastaError(
        _("cannot open database {path}: {reason}").format(path=path, reason=reason),
        _("pass another file with --db"),
    )


class SQLiteStore(SQLStore):
    PROBLEM_ORDER = "rowid"
    NULLS_LAST = ""  # SQLite puts NULLs last in a descending order
    time = staticmethod(iso)
    read_time = staticmethod(from_iso)
    data = staticmethod(json.dumps)
    read_data = staticmethod(from_json)

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.conn = sqlite3.connect(path)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            schema = resources.files("contrasta.store").joinpath("schema.sql").read_text()
            self.conn.executescript(schema_script(schema, "sqlite"))
            present = {row[1] for row in self.conn.execute("PRAGMA table_info(articles)")}
            for statement in added_columns(present, "sqlite"):
                self.conn.execute(statement)
            self._add_revisions()
        except sqlite3.DatabaseError as exc:
            raise _cannot_open(path, exc) from exc
        self.conn.row_factory = sqlite3.Row

    def _add_revisions(self) -> None:
        """A database made before stories had revisions gains the columns (its stored
        dossiers count as built from another revision: the next run checks their keys),
        and any database the index every save reads the highest revision from (without
        it a scan of the stories, growing with the archive); schema.sql cannot hold the
        index, as an older database has no column to index when the script runs. A
        database made before `stories.dated` learns it for every story once, on open."""
        added = set()
        for table, column, ddl in _REVISION_COLUMNS:
            present = {row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")}
            if column not in present:
                self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}")
                added.add(column)
        self.conn.execute("CREATE INDEX IF NOT EXISTS stories_revision ON stories(revision)")
        self.conn.execute("CREATE INDEX IF NOT EXISTS stories_dated ON stories(dated, last_at, id)")
        if "dated" in added:  # every save sets it after
            with self.conn:
                self.conn.execute(f"UPDATE stories SET dated = {DATED}")

    def execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def transaction(self) -> sqlite3.Connection:
        return self.conn

    def among(self, column: str, ids: list[str]) -> Iterator[tuple[str, list[Any]]]:
        """`IN (?, ...)` lists of `CHUNK` ids: a query stays under SQLite's limit on bound
        parameters."""
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            yield f"{column} IN ({', '.join('?' * len(chunk))})", chunk

    def json_field(self, column: str, key: str) -> str:
        return f"json_extract({column}, '$.{key}')"

    def add_articles(self, articles: Iterable[Article]) -> list[bool]:
        added, new = [], []
        with self.conn:
            for article in articles:
                cursor = self.conn.execute(
                    f"INSERT OR IGNORE INTO articles ({COLUMN_LIST}) VALUES ({_MARKS})",
                    self.stored_values(article),
                )
                added.append(cursor.rowcount == 1)
                if cursor.rowcount == 1:
                    new.append(article)
                    self.conn.execute(
                        "INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)",
                        (cursor.lastrowid, article.title, article.text),
                    )
            self.save_removed(new)
        return added

    def search(self, query: str, limit: int = 20) -> list[tuple[Article, str]]:
        match = fts_query(query)
        if not match:
            return []
        rows = self.conn.execute(
            f"SELECT {column_list('a.')},"
            " snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snip"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()
        return self.found(rows)

    def start_run(self) -> int:
        with self.conn:
            cursor = self.conn.execute(
                "INSERT INTO runs(started_at) VALUES (?)", (iso(datetime.now()),)
            )
        return cursor.lastrowid
