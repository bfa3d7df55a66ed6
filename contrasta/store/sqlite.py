"""The SQLite store: one file, WAL journal, FTS5 for search.

Each batch of articles is one transaction, so an interrupted run keeps every batch it
finished and never leaves half an article behind.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from importlib import resources
from pathlib import Path

from contrasta.errors import ContrastaError
from contrasta.i18n import _
from contrasta.model import (
    PROBLEM,
    WARNING,
    Article,
    Problem,
    RemovedLine,
    RunRecord,
    Story,
    StoryMember,
)
from contrasta.store import MAX_RUN, MEMBER_ORDER, id_range, is_ref, may_empty, query_words
from contrasta.store.rows import (
    NAMES,
    added_columns,
    column_list,
    from_iso,
    from_json,
    iso,
    schema_script,
    stored_article,
    stored_run,
    stored_values,
)

_ARTICLE_COLUMNS = column_list()
_MARKS = ", ".join("?" * len(NAMES))
_CHUNK = 500
"""Ids per `IN (...)` list: a query stays under SQLite's limit on bound parameters."""


def _in_chunks(ids: list[str]) -> Iterator[tuple[list[str], str]]:
    """`ids` in chunks of `_CHUNK`, each with its placeholders ("?, ?, ?")."""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        yield chunk, ", ".join("?" * len(chunk))


def fts_query(text: str) -> str:
    """User words as an FTS5 query that cannot be a syntax error: every token quoted."""
    return " ".join(f'"{token}"' for token in query_words(text))


# `Store.story_page`'s orders (`ORDERS`): each walks an index, then cuts the page.
# Whether a story has a dated article: an undated story's span is its articles' ingestion
# (`stories.online`), which must not make it the newest. Kept in `stories.dated`, set on
# every save (a database made before it gains it on open).
DATED = (
    "EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
    " WHERE sa.story_id = stories.id AND a.published IS NOT NULL)"
)
# The newest first, the stories with no dated article after every dated one.
_PAGES = {
    "recent": "SELECT * FROM stories ORDER BY dated DESC, last_at DESC, id DESC LIMIT ? OFFSET ?",
    "largest": "SELECT s.* FROM stories s JOIN"
    " (SELECT story_id, count(*) AS size FROM story_articles GROUP BY story_id) n"
    " ON n.story_id = s.id"
    " ORDER BY n.size DESC, s.dated DESC, s.first_at, s.id LIMIT ? OFFSET ?",
}
_REVISION_COLUMNS = (
    ("stories", "revision", "INTEGER NOT NULL DEFAULT 0"),
    ("story_dossiers", "inputs", "TEXT NOT NULL DEFAULT ''"),
    ("story_dossiers", "revision", "INTEGER NOT NULL DEFAULT -1"),
    ("stories", "dated", "INTEGER"),
    ("runs", "warnings", "INTEGER NOT NULL DEFAULT 0"),
    ("problems", "kind", f"TEXT NOT NULL DEFAULT '{PROBLEM}'"),
)


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


class SQLiteStore:
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

    def close(self) -> None:
        self.conn.close()

    def add_articles(self, articles: Iterable[Article]) -> list[bool]:
        added = []
        with self.conn:
            for article in articles:
                cursor = self.conn.execute(
                    f"INSERT OR IGNORE INTO articles ({_ARTICLE_COLUMNS}) VALUES ({_MARKS})",
                    stored_values(article, time=iso, data=json.dumps),
                )
                is_new = cursor.rowcount == 1
                added.append(is_new)
                if not is_new:
                    continue
                rowid = cursor.lastrowid
                self.conn.execute(
                    "INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)",
                    (rowid, article.title, article.text),
                )
                self.conn.executemany(
                    "INSERT INTO removed_lines(article_id, position, rule, text) VALUES (?,?,?,?)",
                    [(article.id, r.position, r.rule, r.text) for r in article.removed],
                )
        return added

    def has_hash(self, content_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row is not None

    def _article(self, row: sqlite3.Row, removed: list[RemovedLine] | None = None) -> Article:
        if removed is None:
            removed = [
                RemovedLine(text=r["text"], rule=r["rule"], position=r["position"])
                for r in self.conn.execute(
                    "SELECT * FROM removed_lines WHERE article_id = ? ORDER BY position",
                    (row["id"],),
                )
            ]
        return stored_article(row, removed, time=from_iso, data=from_json)

    def get_article(self, ref: str) -> Article | None:
        if not is_ref(ref):
            return None
        rows = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id LIKE ? LIMIT 2",
            (ref.replace("%", "").replace("_", "") + "%",),
        ).fetchall()
        return self._article(rows[0]) if len(rows) == 1 else None

    def iter_articles(self) -> Iterator[Article]:
        rows = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a ORDER BY {MEMBER_ORDER}"
        ).fetchall()
        for row in rows:
            yield self._article(row)

    def count_articles(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

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
        return [(self._article(row), row["snip"]) for row in rows]

    def save_stories(self, stories: list[Story], method: str) -> None:
        """Insert or update stories and their full member lists, in one transaction."""
        with self.conn:
            (revision,) = self.conn.execute(
                "SELECT coalesce(max(revision), 0) + 1 FROM stories"
            ).fetchone()
            emptied = may_empty(
                stories, self._stories_of([m.article_id for s in stories for m in s.members])
            )
            for story in stories:
                self.conn.execute(
                    "INSERT INTO stories(id, headline, method, first_at, last_at, revision)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                    " headline = excluded.headline, method = excluded.method,"
                    " first_at = excluded.first_at, last_at = excluded.last_at,"
                    " revision = excluded.revision",
                    (story.id, story.headline, method, iso(story.first), iso(story.last), revision),
                )
                self.conn.execute("DELETE FROM story_articles WHERE story_id = ?", (story.id,))
                self.conn.executemany(
                    "INSERT OR REPLACE INTO story_articles(story_id, article_id, score, reason)"
                    " VALUES (?, ?, ?, ?)",
                    [(story.id, m.article_id, m.score, m.reason) for m in story.members],
                )
                self.conn.execute(f"UPDATE stories SET dated = {DATED} WHERE id = ?", (story.id,))
            self.conn.executemany(
                "DELETE FROM stories WHERE id = ?"
                " AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = ?)",
                [(story_id, story_id) for story_id in emptied],
            )

    def _stories_of(self, article_ids: list[str]) -> set[str]:
        """The stories that hold any of `article_ids` now."""
        found: set[str] = set()
        for chunk, marks in _in_chunks(article_ids):
            found.update(
                row[0]
                for row in self.conn.execute(
                    f"SELECT story_id FROM story_articles WHERE article_id IN ({marks})", chunk
                )
            )
        return found

    def clear_stories(self) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM story_articles")
            self.conn.execute("DELETE FROM stories")

    def _stories(self, rows: list[sqlite3.Row], every: bool = False) -> list[Story]:
        """The stories of `rows`, in their order, with members in `MEMBER_ORDER`: one query per
        500 stories (`every`: one query for all members)."""
        members: dict[str, list[StoryMember]] = {row["id"]: [] for row in rows}
        ids = list(members)
        chunks = [([], None)] if every else _in_chunks(ids)
        for chunk, marks in chunks:
            where = "" if marks is None else f" WHERE sa.story_id IN ({marks})"
            for m in self.conn.execute(
                "SELECT sa.story_id, sa.article_id, sa.score, sa.reason FROM story_articles sa"
                f" JOIN articles a ON a.id = sa.article_id{where}"
                f" ORDER BY {MEMBER_ORDER}",
                chunk,
            ):
                members[m[0]].append(StoryMember(article_id=m[1], score=m[2], reason=m[3]))
        return [
            Story(
                id=row["id"],
                headline=row["headline"],
                members=members[row["id"]],
                first=from_iso(row["first_at"]),
                last=from_iso(row["last_at"]),
            )
            for row in rows
        ]

    def get_stories(self, ids: list[str]) -> list[Story]:
        """In the order asked for (ids not stored are left out)."""
        wanted = list(dict.fromkeys(ids))
        found = {}
        for chunk, marks in _in_chunks(wanted):
            for row in self.conn.execute(f"SELECT * FROM stories WHERE id IN ({marks})", chunk):
                found[row["id"]] = row
        return self._stories([found[i] for i in wanted if i in found])

    def list_stories(self) -> list[Story]:
        """Members of every story in one query."""
        rows = self.conn.execute(
            "SELECT s.* FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id"
            " GROUP BY s.id ORDER BY count(sa.article_id) DESC, s.first_at, s.id"
        ).fetchall()
        return self._stories(rows, every=True)

    def story_page(self, order: str, limit: int, offset: int = 0) -> tuple[list[Story], int]:
        rows = self.conn.execute(_PAGES[order], (limit, offset)).fetchall()
        (total,) = self.conn.execute("SELECT count(*) FROM stories").fetchone()
        return self._stories(rows), total

    def grouping_method(self) -> str:
        rows = self.conn.execute("SELECT DISTINCT method FROM stories").fetchall()
        return "; ".join(row[0] for row in rows)

    def active_story_ids(self, start: datetime, end: datetime) -> list[str]:
        """Stories whose span touches [start, end]: the candidates for new articles."""
        rows = self.conn.execute(
            "SELECT id FROM stories WHERE last_at >= ? AND first_at <= ? ORDER BY first_at, id",
            (start.isoformat(), end.isoformat()),
        ).fetchall()
        return [row[0] for row in rows]

    def get_story(self, ref: str) -> Story | None:
        if not is_ref(ref):
            return None
        rows = self.conn.execute(
            "SELECT * FROM stories WHERE id LIKE ? LIMIT 2",
            (ref.replace("%", "").replace("_", "") + "%",),
        ).fetchall()
        return self._stories(rows)[0] if len(rows) == 1 else None

    def story_of(self, article_id: str) -> Story | None:
        rows = self.conn.execute(
            "SELECT s.* FROM story_articles sa JOIN stories s ON s.id = sa.story_id"
            " WHERE sa.article_id = ?",
            (article_id,),
        ).fetchall()
        return self._stories(rows)[0] if rows else None

    def get_articles(self, ids: list[str]) -> list[Article]:
        """Removed lines come in one query per 500 articles, not one per article."""
        found = []
        for chunk, marks in _in_chunks(ids):
            rows = self.conn.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks})", chunk
            ).fetchall()
            removed: dict[str, list[RemovedLine]] = {row["id"]: [] for row in rows}
            for r in self.conn.execute(
                "SELECT article_id, position, rule, text FROM removed_lines"
                f" WHERE article_id IN ({marks}) ORDER BY article_id, position",
                chunk,
            ):
                removed[r["article_id"]].append(
                    RemovedLine(text=r["text"], rule=r["rule"], position=r["position"])
                )
            found.extend(self._article(row, removed[row["id"]]) for row in rows)
        return found

    def unplaced_article_ids(self) -> list[str]:
        """Articles in no story yet: what the next grouping step has to place."""
        rows = self.conn.execute(
            "SELECT id FROM articles a WHERE id NOT IN (SELECT article_id FROM story_articles)"
            f" ORDER BY {MEMBER_ORDER}"
        ).fetchall()
        return [row[0] for row in rows]

    def ids_starting(self, prefix: str) -> tuple[list[str], list[str]]:
        stories, articles = (
            [
                row[0]
                for row in self.conn.execute(
                    f"SELECT id FROM {table} WHERE id >= ? AND id < ? ORDER BY id",
                    id_range(prefix),
                )
            ]
            for table in ("stories", "articles")
        )
        return stories, articles

    def ingested_between(
        self, start: datetime, end: datetime
    ) -> list[tuple[str, bool, str | None]]:
        rows = self.conn.execute(
            "SELECT a.id, a.published IS NULL, sa.story_id FROM articles a"
            " LEFT JOIN story_articles sa ON sa.article_id = a.id"
            " WHERE a.ingested_at >= ? AND a.ingested_at <= ? ORDER BY a.id",
            (start.isoformat(), end.isoformat()),
        ).fetchall()
        return [(row[0], bool(row[1]), row[2]) for row in rows]

    def save_vectors(self, model: str, vectors: dict[str, bytes]) -> None:
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO article_vectors(article_id, model, vector) VALUES (?,?,?)",
                [(i, model, v) for i, v in vectors.items()],
            )

    def load_vectors(self, model: str, ids: list[str]) -> dict[str, bytes]:
        return self._blobs(
            "SELECT article_id, vector FROM article_vectors WHERE model = ?", model, ids
        )

    def save_readings(self, version: str, readings: dict[str, bytes]) -> None:
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO article_readings(article_id, version, reading)"
                " VALUES (?, ?, ?)",
                [(i, version, r) for i, r in readings.items()],
            )

    def load_readings(self, version: str, ids: list[str]) -> dict[str, bytes]:
        return self._blobs(
            "SELECT article_id, reading FROM article_readings WHERE version = ?", version, ids
        )

    def _blobs(self, query: str, key: str, ids: list[str]) -> dict[str, bytes]:
        """`query` (article id and a blob, for one key) for the given articles, in chunks
        that stay under SQLite's limit on bound parameters."""
        found: dict[str, bytes] = {}
        for chunk, marks in _in_chunks(ids):
            rows = self.conn.execute(
                f"{query} AND article_id IN ({marks})", [key, *chunk]
            ).fetchall()
            found.update((row[0], row[1]) for row in rows)
        return found

    def save_dossier(self, story_id: str, key: str, inputs: str, row: str, dossier: bytes) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO story_dossiers"
                "(story_id, key, row, dossier, inputs, revision)"
                " SELECT ?, ?, ?, ?, ?, revision FROM stories WHERE id = ?",
                (story_id, key, row, dossier, inputs, story_id),
            )

    def stale_story_ids(self, inputs: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT s.id FROM stories s LEFT JOIN story_dossiers d ON d.story_id = s.id"
            " WHERE d.story_id IS NULL OR d.inputs IS NOT ? OR d.revision IS NOT s.revision"
            " ORDER BY s.id",
            (inputs,),
        ).fetchall()
        return [row[0] for row in rows]

    def confirm_dossiers(self, inputs: str, story_ids: list[str]) -> None:
        with self.conn:
            self.conn.executemany(
                "UPDATE story_dossiers SET inputs = ?,"
                " revision = (SELECT revision FROM stories WHERE id = story_id)"
                " WHERE story_id = ?",
                [(inputs, story_id) for story_id in story_ids],
            )

    def load_dossier(self, story_id: str) -> tuple[str, bytes] | None:
        row = self.conn.execute(
            "SELECT key, dossier FROM story_dossiers WHERE story_id = ?", (story_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def dossier_keys(self) -> dict[str, str]:
        rows = self.conn.execute("SELECT story_id, key FROM story_dossiers").fetchall()
        return {row[0]: row[1] for row in rows}

    def dossier_rows(self, story_ids: list[str]) -> dict[str, tuple[str, str]]:
        found: dict[str, tuple[str, str]] = {}
        for chunk, marks in _in_chunks(story_ids):
            rows = self.conn.execute(
                f"SELECT story_id, key, row FROM story_dossiers WHERE story_id IN ({marks})",
                chunk,
            ).fetchall()
            found.update((row[0], (row[1], row[2])) for row in rows)
        return found

    def blindspot_story_ids(self, inputs: str, since: datetime | None) -> list[str]:
        rows = self.conn.execute(
            "SELECT s.id FROM stories s LEFT JOIN story_dossiers d ON d.story_id = s.id"
            " WHERE (? IS NULL OR s.last_at >= ?)"
            " AND (d.story_id IS NULL OR d.inputs IS NOT ? OR d.revision IS NOT s.revision"
            " OR json_extract(d.row, '$.blindspot') IS NOT NULL)"
            " ORDER BY s.last_at DESC, s.id DESC",
            (iso(since), iso(since), inputs),
        ).fetchall()
        return [row[0] for row in rows]

    def pin(self, article_ids: list[str], story_id: str) -> None:
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO story_pins(article_id, story_id) VALUES (?, ?)",
                [(i, story_id) for i in article_ids],
            )

    def pins(self) -> dict[str, str]:
        rows = self.conn.execute("SELECT article_id, story_id FROM story_pins").fetchall()
        return {row[0]: row[1] for row in rows}

    def start_run(self) -> int:
        with self.conn:
            cursor = self.conn.execute(
                "INSERT INTO runs(started_at) VALUES (?)", (datetime.now().isoformat(),)
            )
        return cursor.lastrowid

    def finish_run(
        self,
        run_id: int,
        counts: dict[str, int],
        problems: list[Problem],
        warnings: list[Problem] = (),
    ) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, files_read = ?, articles_added = ?,"
                " duplicates = ?, stories = ?, problems = ?, warnings = ? WHERE id = ?",
                (
                    datetime.now().isoformat(),
                    counts.get("files_read", 0),
                    counts.get("articles_added", 0),
                    counts.get("duplicates", 0),
                    counts.get("stories", 0),
                    len(problems),
                    len(warnings),
                    run_id,
                ),
            )
            self.conn.executemany(
                "INSERT INTO problems(run_id, source, reason, hint, kind) VALUES (?, ?, ?, ?, ?)",
                [(run_id, p.source, p.reason, p.hint, PROBLEM) for p in problems]
                + [(run_id, w.source, w.reason, w.hint, WARNING) for w in warnings],
            )

    def _run_id(self, run_id: int | None) -> int | None:
        if run_id is None:
            return self.conn.execute("SELECT max(id) FROM runs").fetchone()[0]
        return run_id

    def _reported(self, run_id: int | None, kind: str) -> list[Problem]:
        rows = self.conn.execute(
            "SELECT source, reason, hint FROM problems WHERE run_id = ? AND kind = ?"
            " ORDER BY rowid",
            (run_id, kind),
        ).fetchall()
        return [Problem(source=r["source"], reason=r["reason"], hint=r["hint"]) for r in rows]

    def run_problems(self, run_id: int | None = None) -> list[Problem]:
        return self._reported(self._run_id(run_id), PROBLEM)

    def get_run(self, run_id: int | None = None) -> RunRecord | None:
        run_id = self._run_id(run_id)
        if run_id is None or not 0 < run_id <= MAX_RUN:
            return None
        row = self.conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            return None
        return replace(
            stored_run(row, time=from_iso),
            problems=self._reported(run_id, PROBLEM),
            warnings=self._reported(run_id, WARNING),
        )

    def recent_runs(self, limit: int) -> tuple[list[RunRecord], int]:
        rows = self.conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        (total,) = self.conn.execute("SELECT count(*) FROM runs").fetchone()
        return [stored_run(row, time=from_iso) for row in rows], total
