"""The Store's queries and row mappings, written once for both SQL back ends.

SQLite and PostgreSQL hold the same tables (schema.sql, schema_pg.sql) and answer the same
questions; what differs is the dialect, so each back end states only that: how a query is
run (placeholders, cursors, transactions), how a list of ids is bound, how times, JSON and
text are held, how a JSON field and NULLs after a descending order are written, and how
story writes are serialised. Writing articles (with their search index), searching and
opening the database are each back end's own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import datetime
from typing import Any

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
from contrasta.store import MAX_RUN, MEMBER_ORDER, id_range, is_ref, may_empty
from contrasta.store.rows import column_list, stored_article, stored_run, stored_values, unchanged

COLUMN_LIST = column_list()
CHUNK = 500
"""Articles read per query of their removed lines, and SQLite's ids per `IN (...)` list (a
query stays under its limit on bound parameters)."""
# Whether a story has a dated article: an undated story's span is its articles' ingestion
# (`stories.online`), which must not make it the newest. Kept in `stories.dated`, set on
# every save (a database made before it gains it on open).
DATED = (
    "EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
    " WHERE sa.story_id = stories.id AND a.published IS NOT NULL)"
)
# A stored dossier is stale when missing, or built from other inputs or before the story's
# last save. Both columns are NOT NULL, so `<>` is `IS DISTINCT FROM` here (which SQLite
# knows only from 3.39).
_STALE = "d.story_id IS NULL OR d.inputs <> ? OR d.revision <> s.revision"


def _upsert(table: str, columns: Sequence[str], key: str, source: str = "") -> str:
    """`INSERT` of `columns` that replaces the values of the row with the same `key`
    (both back ends' `ON CONFLICT ... DO UPDATE`); `source` is a `SELECT` giving the
    values, else they are bound one by one."""
    keys = {k.strip() for k in key.split(",")}
    values = source or f"VALUES ({', '.join('?' * len(columns))})"
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys)
    return (
        f"INSERT INTO {table}({', '.join(columns)}) {values}"
        f" ON CONFLICT ({key}) DO UPDATE SET {updates}"
    )


_STORY_UPSERT = _upsert(
    "stories", ("id", "headline", "method", "first_at", "last_at", "revision"), "id"
)
_MEMBER_UPSERT = _upsert(
    "story_articles", ("story_id", "article_id", "score", "reason"), "article_id"
)
_VECTOR_UPSERT = _upsert("article_vectors", ("article_id", "model", "vector"), "article_id, model")
_READING_UPSERT = _upsert("article_readings", ("article_id", "version", "reading"), "article_id")
_PIN_UPSERT = _upsert("story_pins", ("article_id", "story_id"), "article_id")
# A story merged away meanwhile (by another user) gets no row: the values come from it.
_DOSSIER_UPSERT = _upsert(
    "story_dossiers",
    ("story_id", "key", "row", "dossier", "inputs", "revision"),
    "story_id",
    "SELECT ?, ?, ?, ?, ?, revision FROM stories WHERE id = ?",
)


class SQLStore:
    """The `Store` protocol over a DB-API connection; a back end fills in the dialect
    below. Queries are written with `?` placeholders and read columns by name."""

    PROBLEM_ORDER: str  # the column that keeps a run's problems in the order reported
    NULLS_LAST: str  # what a descending order needs to put NULLs last
    time = staticmethod(unchanged)  # a datetime as the back end holds it
    read_time = staticmethod(unchanged)  # and back
    data = staticmethod(unchanged)  # decoded JSON data as the back end holds it
    read_data = staticmethod(unchanged)  # and back
    text = staticmethod(unchanged)  # free text as the back end can hold it

    conn: Any

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """A cursor over the rows of `sql`, each read by column name."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager:
        """One transaction: committed when the block ends, rolled back if it raises."""
        raise NotImplementedError

    def among(self, column: str, ids: list[str]) -> Iterator[tuple[str, list[Any]]]:
        """(condition, its parameters) that together select the rows whose `column` is
        one of `ids`: one query each; none when `ids` is empty."""
        raise NotImplementedError

    def json_field(self, column: str, key: str) -> str:
        """SQL for the value under `key` of the JSON text in `column` (NULL if absent)."""
        raise NotImplementedError

    def lock_stories(self) -> None:
        """Serialise story writes between users (inside a transaction)."""

    def close(self) -> None:
        self.conn.close()

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.execute(sql, params).fetchone()

    def _column(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """The `id` column of every row, in order."""
        return [row["id"] for row in self.execute(sql, params).fetchall()]

    # Articles

    def stored_values(self, article: Article) -> tuple:
        return stored_values(article, time=self.time, data=self.data, text=self.text)

    def save_removed(self, articles: list[Article]) -> None:
        """The removed lines of newly stored articles (in the caller's transaction)."""
        self.executemany(
            "INSERT INTO removed_lines(article_id, position, rule, text) VALUES (?, ?, ?, ?)",
            [(a.id, r.position, r.rule, self.text(r.text)) for a in articles for r in a.removed],
        )

    def articles(self, rows: list[Any]) -> list[Article]:
        """Article rows as Articles, with their removed lines: one query per `CHUNK`."""
        found = []
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            removed = self._grouped(
                "SELECT article_id, position, rule, text FROM removed_lines{where}"
                " ORDER BY article_id, position",
                "article_id",
                [row["id"] for row in chunk],
                lambda r: RemovedLine(text=r["text"], rule=r["rule"], position=r["position"]),
            )
            found.extend(
                stored_article(row, removed[row["id"]], time=self.read_time, data=self.read_data)
                for row in chunk
            )
        return found

    def found(self, rows: list[Any]) -> list[tuple[Article, str]]:
        """A search's rows (an article's columns and its snippet, `snip`), best first."""
        return list(zip(self.articles(rows), [row["snip"] for row in rows], strict=True))

    def _grouped(
        self,
        query: str,
        column: str,
        ids: list[str],
        make: Callable[[Any], Any],
        every: bool = False,
    ) -> dict[str, list[Any]]:
        """Each of `ids` -> `make` of each row of `query` whose `column` is that id, in the
        query's order; `{where}` in `query` stands for the condition (`every`: none, one
        query for all rows, each of whose ids must be among `ids`)."""
        found: dict[str, list[Any]] = {i: [] for i in ids}
        conditions = [("", [])] if every else self.among(column, ids)
        for where, params in conditions:
            for row in self.execute(query.format(where=where and f" WHERE {where}"), params):
                found[row[column]].append(make(row))
        return found

    def has_hash(self, content_hash: str) -> bool:
        return (
            self._one("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)) is not None
        )

    def get_article(self, ref: str) -> Article | None:
        if not is_ref(ref):
            return None
        rows = self.execute(
            f"SELECT {COLUMN_LIST} FROM articles WHERE id LIKE ? LIMIT 2", (ref + "%",)
        ).fetchall()
        return self.articles(rows)[0] if len(rows) == 1 else None

    def iter_articles(self) -> Iterator[Article]:
        rows = self.execute(
            f"SELECT {COLUMN_LIST} FROM articles a ORDER BY {MEMBER_ORDER}"
        ).fetchall()
        for start in range(0, len(rows), CHUNK):
            yield from self.articles(rows[start : start + CHUNK])

    def count_articles(self) -> int:
        return self._one("SELECT count(*) AS n FROM articles")["n"]

    def get_articles(self, ids: list[str]) -> list[Article]:
        """In the order asked for, each once (ids not stored are left out)."""
        wanted = list(dict.fromkeys(ids))
        rows = []
        for where, params in self.among("id", wanted):
            rows += self.execute(f"SELECT {COLUMN_LIST} FROM articles WHERE {where}", params)
        found = {a.id: a for a in self.articles(rows)}
        return [found[i] for i in wanted if i in found]

    def unplaced_article_ids(self) -> list[str]:
        """Articles in no story yet: what the next grouping step has to place."""
        return self._column(
            "SELECT a.id FROM articles a WHERE NOT EXISTS"
            " (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)"
            f" ORDER BY {MEMBER_ORDER}"
        )

    def ids_starting(self, prefix: str) -> tuple[list[str], list[str]]:
        stories, articles = (
            self._column(
                f"SELECT id FROM {table} WHERE id >= ? AND id < ? ORDER BY id", id_range(prefix)
            )
            for table in ("stories", "articles")
        )
        return stories, articles

    def ingested_between(
        self, start: datetime, end: datetime
    ) -> list[tuple[str, bool, str | None]]:
        rows = self.execute(
            "SELECT a.id, a.published IS NULL AS undated, sa.story_id FROM articles a"
            " LEFT JOIN story_articles sa ON sa.article_id = a.id"
            " WHERE a.ingested_at >= ? AND a.ingested_at <= ? ORDER BY a.id",
            (self.time(start), self.time(end)),
        ).fetchall()
        return [(row["id"], bool(row["undated"]), row["story_id"]) for row in rows]

    # Stories

    def save_stories(self, stories: list[Story], method: str) -> None:
        """Insert or update stories and their full member lists, in one transaction."""
        ids = [s.id for s in stories]
        with self.transaction():
            self.lock_stories()
            revision = self._one("SELECT coalesce(max(revision), 0) + 1 AS r FROM stories")["r"]
            emptied = may_empty(
                stories, self._stories_of([m.article_id for s in stories for m in s.members])
            )
            self.executemany(
                _STORY_UPSERT,
                [
                    (
                        s.id,
                        self.text(s.headline),
                        method,
                        self.time(s.first),
                        self.time(s.last),
                        revision,
                    )
                    for s in stories
                ],
            )
            for where, params in self.among("story_id", ids):
                self.execute(f"DELETE FROM story_articles WHERE {where}", params)
            self.executemany(
                _MEMBER_UPSERT,
                [(s.id, m.article_id, m.score, m.reason) for s in stories for m in s.members],
            )
            for where, params in self.among("id", ids):
                self.execute(f"UPDATE stories SET dated = {DATED} WHERE {where}", params)
            for where, params in self.among("id", emptied):
                self.execute(
                    f"DELETE FROM stories WHERE {where} AND NOT EXISTS"
                    " (SELECT 1 FROM story_articles sa WHERE sa.story_id = stories.id)",
                    params,
                )

    def _stories_of(self, article_ids: list[str]) -> set[str]:
        """The stories that hold any of `article_ids` now."""
        found: set[str] = set()
        for where, params in self.among("article_id", article_ids):
            found.update(
                row["story_id"]
                for row in self.execute(
                    f"SELECT DISTINCT story_id FROM story_articles WHERE {where}", params
                )
            )
        return found

    def clear_stories(self) -> None:
        with self.transaction():
            self.lock_stories()
            self.execute("DELETE FROM story_articles")
            self.execute("DELETE FROM stories")

    def _stories(self, rows: list[Any], every: bool = False) -> list[Story]:
        """The stories of `rows`, in their order, with members in `MEMBER_ORDER`: one query per
        id list (`every`: one query for all members)."""
        members = self._grouped(
            "SELECT sa.story_id, sa.article_id, sa.score, sa.reason FROM story_articles sa"
            f" JOIN articles a ON a.id = sa.article_id{{where}} ORDER BY {MEMBER_ORDER}",
            "story_id",
            [row["id"] for row in rows],
            lambda m: StoryMember(article_id=m["article_id"], score=m["score"], reason=m["reason"]),
            every,
        )
        return [
            Story(
                id=row["id"],
                headline=row["headline"],
                members=members[row["id"]],
                first=self.read_time(row["first_at"]),
                last=self.read_time(row["last_at"]),
            )
            for row in rows
        ]

    def get_stories(self, ids: list[str]) -> list[Story]:
        """In the order asked for (ids not stored are left out)."""
        wanted = list(dict.fromkeys(ids))
        found = {}
        for where, params in self.among("id", wanted):
            for row in self.execute(f"SELECT * FROM stories WHERE {where}", params):
                found[row["id"]] = row
        return self._stories([found[i] for i in wanted if i in found])

    def list_stories(self) -> list[Story]:
        """Members of every story in one query."""
        rows = self.execute(
            "SELECT s.* FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id"
            " GROUP BY s.id ORDER BY count(sa.article_id) DESC, s.first_at, s.id"
        ).fetchall()
        return self._stories(rows, every=True)

    def story_page(self, order: str, limit: int, offset: int = 0) -> tuple[list[Story], int]:
        """Each order (`ORDERS`) walks an index, then cuts the page; the newest first puts
        the stories with no dated article after every dated one (`stories.dated`)."""
        desc = f"DESC{self.NULLS_LAST}"
        pages = {
            "recent": f"SELECT * FROM stories ORDER BY dated {desc}, last_at {desc}, id DESC",
            "largest": "SELECT s.* FROM stories s JOIN"
            " (SELECT story_id, count(*) AS size FROM story_articles GROUP BY story_id) n"
            f" ON n.story_id = s.id ORDER BY n.size DESC, s.dated {desc}, s.first_at, s.id",
        }
        rows = self.execute(f"{pages[order]} LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return self._stories(rows), self._one("SELECT count(*) AS n FROM stories")["n"]

    def grouping_method(self) -> str:
        rows = self.execute("SELECT method FROM stories GROUP BY method ORDER BY min(id)")
        return "; ".join(row["method"] for row in rows)

    def active_story_ids(self, start: datetime, end: datetime) -> list[str]:
        """Stories whose span touches [start, end]: the candidates for new articles."""
        return self._column(
            "SELECT id FROM stories WHERE last_at >= ? AND first_at <= ? ORDER BY first_at, id",
            (self.time(start), self.time(end)),
        )

    def get_story(self, ref: str) -> Story | None:
        if not is_ref(ref):
            return None
        rows = self.execute(
            "SELECT * FROM stories WHERE id LIKE ? LIMIT 2", (ref + "%",)
        ).fetchall()
        return self._stories(rows)[0] if len(rows) == 1 else None

    def story_of(self, article_id: str) -> Story | None:
        rows = self.execute(
            "SELECT s.* FROM story_articles sa JOIN stories s ON s.id = sa.story_id"
            " WHERE sa.article_id = ?",
            (article_id,),
        ).fetchall()
        return self._stories(rows)[0] if rows else None

    def pin(self, article_ids: list[str], story_id: str) -> None:
        with self.transaction():
            self.lock_stories()
            self.executemany(_PIN_UPSERT, [(i, story_id) for i in article_ids])

    def pins(self) -> dict[str, str]:
        rows = self.execute("SELECT article_id, story_id FROM story_pins")
        return {row["article_id"]: row["story_id"] for row in rows}

    # Stored work: vectors, readings, dossiers

    def save_vectors(self, model: str, vectors: dict[str, bytes]) -> None:
        with self.transaction():
            self.executemany(_VECTOR_UPSERT, [(i, model, v) for i, v in sorted(vectors.items())])

    def load_vectors(self, model: str, ids: list[str]) -> dict[str, bytes]:
        return self._blobs(
            "SELECT article_id, vector AS blob FROM article_vectors WHERE model = ?", model, ids
        )

    def save_readings(self, version: str, readings: dict[str, bytes]) -> None:
        with self.transaction():
            self.executemany(
                _READING_UPSERT, [(i, version, r) for i, r in sorted(readings.items())]
            )

    def load_readings(self, version: str, ids: list[str]) -> dict[str, bytes]:
        return self._blobs(
            "SELECT article_id, reading AS blob FROM article_readings WHERE version = ?",
            version,
            ids,
        )

    def _blobs(self, query: str, key: str, ids: list[str]) -> dict[str, bytes]:
        """`query` (article id and a blob, for one key) for the given articles."""
        found: dict[str, bytes] = {}
        for where, params in self.among("article_id", ids):
            rows = self.execute(f"{query} AND {where}", [key, *params])
            found.update((row["article_id"], bytes(row["blob"])) for row in rows)
        return found

    def save_dossier(self, story_id: str, key: str, inputs: str, row: str, dossier: bytes) -> None:
        with self.transaction():
            self.execute(
                _DOSSIER_UPSERT, (story_id, key, self.text(row), dossier, inputs, story_id)
            )

    def stale_story_ids(self, inputs: str) -> list[str]:
        return self._column(
            "SELECT s.id FROM stories s LEFT JOIN story_dossiers d ON d.story_id = s.id"
            f" WHERE {_STALE} ORDER BY s.id",
            (inputs,),
        )

    def confirm_dossiers(self, inputs: str, story_ids: list[str]) -> None:
        with self.transaction():
            for where, params in self.among("story_id", story_ids):
                self.execute(
                    "UPDATE story_dossiers SET inputs = ?, revision ="
                    " (SELECT s.revision FROM stories s WHERE s.id = story_dossiers.story_id)"
                    f" WHERE {where}",
                    [inputs, *params],
                )

    def load_dossier(self, story_id: str) -> tuple[str, bytes] | None:
        row = self._one("SELECT key, dossier FROM story_dossiers WHERE story_id = ?", (story_id,))
        return (row["key"], bytes(row["dossier"])) if row else None

    def dossier_keys(self) -> dict[str, str]:
        rows = self.execute("SELECT story_id, key FROM story_dossiers")
        return {row["story_id"]: row["key"] for row in rows}

    def dossier_rows(self, story_ids: list[str]) -> dict[str, tuple[str, str]]:
        found: dict[str, tuple[str, str]] = {}
        for where, params in self.among("story_id", story_ids):
            rows = self.execute(
                f"SELECT story_id, key, row FROM story_dossiers WHERE {where}", params
            )
            found.update((row["story_id"], (row["key"], row["row"])) for row in rows)
        return found

    def blindspot_story_ids(self, inputs: str, since: datetime | None) -> list[str]:
        recent = "" if since is None else " AND s.last_at >= ?"
        return self._column(
            "SELECT s.id FROM stories s LEFT JOIN story_dossiers d ON d.story_id = s.id"
            f" WHERE ({_STALE} OR {self.json_field('d.row', 'blindspot')} IS NOT NULL){recent}"
            f" ORDER BY s.last_at DESC{self.NULLS_LAST}, s.id DESC",
            (inputs,) if since is None else (inputs, self.time(since)),
        )

    # Runs

    def finish_run(
        self,
        run_id: int,
        counts: dict[str, int],
        problems: list[Problem],
        warnings: list[Problem] = (),
    ) -> None:
        with self.transaction():
            self.execute(
                "UPDATE runs SET finished_at = ?, files_read = ?, articles_added = ?,"
                " duplicates = ?, stories = ?, problems = ?, warnings = ? WHERE id = ?",
                (
                    self.time(datetime.now()),
                    counts.get("files_read", 0),
                    counts.get("articles_added", 0),
                    counts.get("duplicates", 0),
                    counts.get("stories", 0),
                    len(problems),
                    len(warnings),
                    run_id,
                ),
            )
            self.executemany(
                "INSERT INTO problems(run_id, source, reason, hint, kind) VALUES (?, ?, ?, ?, ?)",
                [
                    (run_id, self.text(p.source), self.text(p.reason), self.text(p.hint), kind)
                    for kind, reported in ((PROBLEM, problems), (WARNING, warnings))
                    for p in reported
                ],
            )

    def _run_id(self, run_id: int | None) -> int | None:
        if run_id is None:
            return self._one("SELECT max(id) AS id FROM runs")["id"]
        return run_id

    def _reported(self, run_id: int | None, kind: str) -> list[Problem]:
        rows = self.execute(
            "SELECT source, reason, hint FROM problems WHERE run_id = ? AND kind = ?"
            f" ORDER BY {self.PROBLEM_ORDER}",
            (run_id, kind),
        )
        return [Problem(source=r["source"], reason=r["reason"], hint=r["hint"]) for r in rows]

    def run_problems(self, run_id: int | None = None) -> list[Problem]:
        return self._reported(self._run_id(run_id), PROBLEM)

    def get_run(self, run_id: int | None = None) -> RunRecord | None:
        run_id = self._run_id(run_id)
        if run_id is None or not 0 < run_id <= MAX_RUN:
            return None
        row = self._one("SELECT * FROM runs WHERE id = ?", (run_id,))
        if row is None:
            return None
        return replace(
            stored_run(row, time=self.read_time),
            problems=self._reported(run_id, PROBLEM),
            warnings=self._reported(run_id, WARNING),
        )

    def recent_runs(self, limit: int) -> tuple[list[RunRecord], int]:
        rows = self.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        total = self._one("SELECT count(*) AS n FROM runs")["n"]
        return [stored_run(row, time=self.read_time) for row in rows], total
