"""The PostgreSQL store: the SQLite store's semantics for a server several users share.

Each batch is one transaction, as in SQLite. What differs is concurrency: inserts go in
content-hash order and story writes take an advisory lock, so two users ingesting or
grouping at once wait for each other instead of deadlocking. Search uses PostgreSQL's own
Spanish text search (see schema_pg.sql).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from importlib import resources

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Json

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
from contrasta.store import MAX_RUN, MEMBER_ORDER, id_range, is_ref, may_empty, query_words, shown
from contrasta.store.rows import (
    NAMES,
    added_columns,
    column_list,
    schema_script,
    stored_article,
    stored_run,
    stored_values,
)

_INSERT_COLUMNS = column_list()
# Every read of articles brings their removed lines along, in one query.
_ARTICLE_FIELDS = (
    f"{column_list('a.')},"
    " (SELECT json_agg(json_build_array(r.position, r.rule, r.text) ORDER BY r.position)"
    "  FROM removed_lines r WHERE r.article_id = a.id) AS removed"
)
_ARTICLE_SELECT = f"SELECT {_ARTICLE_FIELDS} FROM articles a"
_SEARCH_CONFIG = "contrasta_es"
_HEADLINE = (
    "StartSel=[, StopSel=], MaxWords=12, MinWords=5, MaxFragments=2, FragmentDelimiter=' … '"
)
# `Store.story_page`'s orders (`ORDERS`), as in the SQLite store (NULLs last in both; the
# stories with no dated article after the dated ones, `stories.dated`).
_PAGES = {
    "recent": "SELECT id FROM stories"
    " ORDER BY dated DESC NULLS LAST, last_at DESC NULLS LAST, id DESC LIMIT %s OFFSET %s",
    "largest": "SELECT s.id FROM stories s JOIN"
    " (SELECT story_id, count(*) AS size FROM story_articles GROUP BY story_id) n"
    " ON n.story_id = s.id"
    " ORDER BY n.size DESC, s.dated DESC NULLS LAST, s.first_at, s.id LIMIT %s OFFSET %s",
}
# Key of the advisory lock that serialises story writes between users.
_STORIES_LOCK = "SELECT pg_advisory_xact_lock(hashtext('contrasta stories'))"
# The version schema_pg.sql records last; an older database runs the (idempotent) script
# again on open, which adds the tables it lacks.
SCHEMA_VERSION = 8
# Whether a story has a dated article (schema_pg.sql, version 7).
_DATED = (
    "UPDATE stories s SET dated = EXISTS (SELECT 1 FROM story_articles sa"
    " JOIN articles a ON a.id = sa.article_id"
    " WHERE sa.story_id = s.id AND a.published IS NOT NULL) WHERE s.id = ANY(%s)"
)


def _clean(value: str | None) -> str | None:
    """PostgreSQL text cannot hold NUL; one stray NUL must not cost the whole batch."""
    return value.replace("\x00", "") if value and "\x00" in value else value


def _article_row(article: Article) -> tuple:
    return stored_values(article, data=Json, text=_clean)


def _article(row: dict) -> Article:
    removed = [
        RemovedLine(text=text, rule=rule, position=position)
        for position, rule, text in row["removed"] or []
    ]
    return stored_article(row, removed)


def _first_line(exc: Exception) -> str:
    """libpq messages run over several lines; errors for users are one."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def _prefix(ref: str) -> str:
    """An id prefix as a LIKE pattern that matches only ids starting with it."""
    return re.sub(r"[%_\\]", "", ref) + "%"


class PostgresStore:
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

    def close(self) -> None:
        self.conn.close()

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
                f"INSERT INTO articles ({_INSERT_COLUMNS})"
                f" VALUES ({', '.join(['%s'] * len(NAMES))})"
                " ON CONFLICT DO NOTHING RETURNING id",
                [_article_row(batch[i]) for i in todo],
                returning=True,
            )
            for i in todo:
                added[i] = cur.fetchone() is not None
                cur.nextset()
            cur.executemany(
                "INSERT INTO removed_lines(article_id, position, rule, text)"
                " VALUES (%s, %s, %s, %s)",
                [
                    (batch[i].id, r.position, r.rule, _clean(r.text))
                    for i in todo
                    if added[i]
                    for r in batch[i].removed
                ],
            )
        return added

    def has_hash(self, content_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = %s", (content_hash,)
        ).fetchone()
        return row is not None

    def get_article(self, ref: str) -> Article | None:
        if not is_ref(ref):
            return None
        rows = self.conn.execute(
            f"{_ARTICLE_SELECT} WHERE a.id LIKE %s ORDER BY a.id LIMIT 2", (_prefix(ref),)
        ).fetchall()
        return _article(rows[0]) if len(rows) == 1 else None

    def iter_articles(self) -> Iterator[Article]:
        rows = self.conn.execute(f"{_ARTICLE_SELECT} ORDER BY {MEMBER_ORDER}").fetchall()
        for row in rows:
            yield _article(row)

    def count_articles(self) -> int:
        return self.conn.execute("SELECT count(*) AS n FROM articles").fetchone()["n"]

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
            f" SELECT {_ARTICLE_FIELDS},"
            f" ts_headline('{_SEARCH_CONFIG}', a.text, q.q, %(options)s) AS snip"
            " FROM hits JOIN articles a ON a.id = hits.id, q ORDER BY hits.rank DESC, a.id",
            {"words": words, "limit": limit, "options": _HEADLINE},
        ).fetchall()
        return [(_article(row), row["snip"]) for row in rows]

    def get_articles(self, ids: list[str]) -> list[Article]:
        """In the order asked for (ids not stored are left out)."""
        rows = self.conn.execute(f"{_ARTICLE_SELECT} WHERE a.id = ANY(%s)", (ids,)).fetchall()
        found = {row["id"]: _article(row) for row in rows}
        return [found[i] for i in dict.fromkeys(ids) if i in found]

    def save_stories(self, stories: list[Story], method: str) -> None:
        """Insert or update stories and their full member lists, in one transaction."""
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute(_STORIES_LOCK)
            cur.execute("SELECT coalesce(max(revision), 0) + 1 AS r FROM stories")
            revision = cur.fetchone()["r"]
            cur.execute(
                "SELECT DISTINCT story_id FROM story_articles WHERE article_id = ANY(%s)",
                ([m.article_id for s in stories for m in s.members],),
            )
            emptied = may_empty(stories, {row["story_id"] for row in cur})
            cur.executemany(
                "INSERT INTO stories(id, headline, method, first_at, last_at, revision)"
                " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET"
                " headline = excluded.headline, method = excluded.method,"
                " first_at = excluded.first_at, last_at = excluded.last_at,"
                " revision = excluded.revision",
                [(s.id, _clean(s.headline), method, s.first, s.last, revision) for s in stories],
            )
            cur.execute(
                "DELETE FROM story_articles WHERE story_id = ANY(%s)", ([s.id for s in stories],)
            )
            cur.executemany(
                "INSERT INTO story_articles(story_id, article_id, score, reason)"
                " VALUES (%s, %s, %s, %s) ON CONFLICT (article_id) DO UPDATE SET"
                " story_id = excluded.story_id, score = excluded.score, reason = excluded.reason",
                [(s.id, m.article_id, m.score, m.reason) for s in stories for m in s.members],
            )
            cur.execute(_DATED, ([s.id for s in stories],))
            cur.execute(
                "DELETE FROM stories s WHERE s.id = ANY(%s) AND NOT EXISTS"
                " (SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id)",
                (emptied,),
            )

    def clear_stories(self) -> None:
        with self.conn.transaction():
            self.conn.execute(_STORIES_LOCK)
            self.conn.execute("DELETE FROM story_articles")
            self.conn.execute("DELETE FROM stories")

    def _stories(
        self, where: str = "", params: tuple = (), limit: int | None = None
    ) -> list[Story]:
        rows = self.conn.execute(
            "SELECT s.*, count(sa.article_id) AS size FROM stories s"
            f" LEFT JOIN story_articles sa ON sa.story_id = s.id {where}"
            " GROUP BY s.id ORDER BY size DESC, s.first_at, s.id LIMIT %s",
            (*params, limit),
        ).fetchall()
        members: dict[str, list[StoryMember]] = {row["id"]: [] for row in rows}
        for m in self.conn.execute(
            "SELECT sa.story_id, sa.article_id, sa.score, sa.reason FROM story_articles sa"
            " JOIN articles a ON a.id = sa.article_id"
            f" WHERE sa.story_id = ANY(%s) ORDER BY {MEMBER_ORDER}",
            (list(members),),
        ):
            members[m["story_id"]].append(StoryMember(m["article_id"], m["score"], m["reason"]))
        return [
            Story(
                id=row["id"],
                headline=row["headline"],
                members=members[row["id"]],
                first=row["first_at"],
                last=row["last_at"],
            )
            for row in rows
        ]

    def list_stories(self) -> list[Story]:
        return self._stories()

    def story_page(self, order: str, limit: int, offset: int = 0) -> tuple[list[Story], int]:
        ids = [row["id"] for row in self.conn.execute(_PAGES[order], (limit, offset))]
        total = self.conn.execute("SELECT count(*) AS n FROM stories").fetchone()["n"]
        return self.get_stories(ids), total

    def get_stories(self, ids: list[str]) -> list[Story]:
        """In the order asked for (ids not stored are left out)."""
        found = {s.id: s for s in self._stories("WHERE s.id = ANY(%s)", (ids,))}
        return [found[i] for i in dict.fromkeys(ids) if i in found]

    def get_story(self, ref: str) -> Story | None:
        if not is_ref(ref):
            return None
        found = self._stories("WHERE s.id LIKE %s", (_prefix(ref),), limit=2)
        return found[0] if len(found) == 1 else None

    def story_of(self, article_id: str) -> Story | None:
        found = self.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = %s", (article_id,)
        ).fetchone()
        return self.get_stories([found["story_id"]])[0] if found else None

    def grouping_method(self) -> str:
        rows = self.conn.execute(
            "SELECT method FROM stories GROUP BY method ORDER BY min(id)"
        ).fetchall()
        return "; ".join(row["method"] for row in rows)

    def active_story_ids(self, start: datetime, end: datetime) -> list[str]:
        """Stories whose span touches [start, end]: the candidates for new articles."""
        rows = self.conn.execute(
            "SELECT id FROM stories WHERE last_at >= %s AND first_at <= %s ORDER BY first_at, id",
            (start, end),
        ).fetchall()
        return [row["id"] for row in rows]

    def unplaced_article_ids(self) -> list[str]:
        """Articles in no story yet: what the next grouping step has to place."""
        rows = self.conn.execute(
            "SELECT a.id FROM articles a WHERE NOT EXISTS"
            " (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)"
            f" ORDER BY {MEMBER_ORDER}"
        ).fetchall()
        return [row["id"] for row in rows]

    def ids_starting(self, prefix: str) -> tuple[list[str], list[str]]:
        stories, articles = (
            [
                row["id"]
                for row in self.conn.execute(
                    f"SELECT id FROM {table} WHERE id >= %s AND id < %s ORDER BY id",
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
            "SELECT a.id, a.published IS NULL AS undated, sa.story_id FROM articles a"
            " LEFT JOIN story_articles sa ON sa.article_id = a.id"
            " WHERE a.ingested_at >= %s AND a.ingested_at <= %s ORDER BY a.id",
            (start, end),
        ).fetchall()
        return [(row["id"], row["undated"], row["story_id"]) for row in rows]

    def save_vectors(self, model: str, vectors: dict[str, bytes]) -> None:
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO article_vectors(article_id, model, vector) VALUES (%s, %s, %s)"
                " ON CONFLICT (article_id, model) DO UPDATE SET vector = excluded.vector",
                [(i, model, v) for i, v in sorted(vectors.items())],
            )

    def load_vectors(self, model: str, ids: list[str]) -> dict[str, bytes]:
        rows = self.conn.execute(
            "SELECT article_id, vector FROM article_vectors"
            " WHERE model = %s AND article_id = ANY(%s)",
            (model, ids),
        ).fetchall()
        return {row["article_id"]: row["vector"] for row in rows}

    def save_readings(self, version: str, readings: dict[str, bytes]) -> None:
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO article_readings(article_id, version, reading) VALUES (%s, %s, %s)"
                " ON CONFLICT (article_id) DO UPDATE SET"
                " version = excluded.version, reading = excluded.reading",
                [(i, version, r) for i, r in sorted(readings.items())],
            )

    def load_readings(self, version: str, ids: list[str]) -> dict[str, bytes]:
        rows = self.conn.execute(
            "SELECT article_id, reading FROM article_readings"
            " WHERE version = %s AND article_id = ANY(%s)",
            (version, ids),
        ).fetchall()
        return {row["article_id"]: bytes(row["reading"]) for row in rows}

    def save_dossier(self, story_id: str, key: str, inputs: str, row: str, dossier: bytes) -> None:
        """A story merged away meanwhile (by another user) gets no row."""
        self.conn.execute(
            "INSERT INTO story_dossiers(story_id, key, row, dossier, inputs, revision)"
            " SELECT %s, %s, %s, %s, %s, revision FROM stories WHERE id = %s"
            " ON CONFLICT (story_id) DO UPDATE SET key = excluded.key, row = excluded.row,"
            " dossier = excluded.dossier, inputs = excluded.inputs, revision = excluded.revision",
            (story_id, key, _clean(row), dossier, inputs, story_id),
        )

    def stale_story_ids(self, inputs: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT s.id FROM stories s LEFT JOIN story_dossiers d ON d.story_id = s.id"
            " WHERE d.story_id IS NULL OR d.inputs IS DISTINCT FROM %s"
            " OR d.revision IS DISTINCT FROM s.revision ORDER BY s.id",
            (inputs,),
        ).fetchall()
        return [row["id"] for row in rows]

    def confirm_dossiers(self, inputs: str, story_ids: list[str]) -> None:
        self.conn.execute(
            "UPDATE story_dossiers d SET inputs = %s, revision = s.revision FROM stories s"
            " WHERE s.id = d.story_id AND d.story_id = ANY(%s)",
            (inputs, story_ids),
        )

    def load_dossier(self, story_id: str) -> tuple[str, bytes] | None:
        row = self.conn.execute(
            "SELECT key, dossier FROM story_dossiers WHERE story_id = %s", (story_id,)
        ).fetchone()
        return (row["key"], bytes(row["dossier"])) if row else None

    def dossier_keys(self) -> dict[str, str]:
        rows = self.conn.execute("SELECT story_id, key FROM story_dossiers").fetchall()
        return {row["story_id"]: row["key"] for row in rows}

    def dossier_rows(self, story_ids: list[str]) -> dict[str, tuple[str, str]]:
        rows = self.conn.execute(
            "SELECT story_id, key, row FROM story_dossiers WHERE story_id = ANY(%s)",
            (story_ids,),
        ).fetchall()
        return {row["story_id"]: (row["key"], row["row"]) for row in rows}

    def blindspot_story_ids(self, inputs: str, since: datetime | None) -> list[str]:
        rows = self.conn.execute(
            "SELECT s.id FROM stories s LEFT JOIN story_dossiers d ON d.story_id = s.id"
            " WHERE (%(since)s::timestamp IS NULL OR s.last_at >= %(since)s)"
            " AND (d.story_id IS NULL OR d.inputs IS DISTINCT FROM %(inputs)s"
            " OR d.revision IS DISTINCT FROM s.revision"
            " OR (d.row::json ->> 'blindspot') IS NOT NULL)"
            " ORDER BY s.last_at DESC NULLS LAST, s.id DESC",
            {"since": since, "inputs": inputs},
        ).fetchall()
        return [row["id"] for row in rows]

    def pin(self, article_ids: list[str], story_id: str) -> None:
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute(_STORIES_LOCK)
            cur.executemany(
                "INSERT INTO story_pins(article_id, story_id) VALUES (%s, %s)"
                " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id",
                [(i, story_id) for i in article_ids],
            )

    def pins(self) -> dict[str, str]:
        rows = self.conn.execute("SELECT article_id, story_id FROM story_pins").fetchall()
        return {row["article_id"]: row["story_id"] for row in rows}

    def start_run(self) -> int:
        row = self.conn.execute(
            "INSERT INTO runs(started_at) VALUES (%s) RETURNING id", (datetime.now(),)
        ).fetchone()
        return row["id"]

    def finish_run(
        self,
        run_id: int,
        counts: dict[str, int],
        problems: list[Problem],
        warnings: list[Problem] = (),
    ) -> None:
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute(
                "UPDATE runs SET finished_at = %s, files_read = %s, articles_added = %s,"
                " duplicates = %s, stories = %s, problems = %s, warnings = %s WHERE id = %s",
                (
                    datetime.now(),
                    counts.get("files_read", 0),
                    counts.get("articles_added", 0),
                    counts.get("duplicates", 0),
                    counts.get("stories", 0),
                    len(problems),
                    len(warnings),
                    run_id,
                ),
            )
            cur.executemany(
                "INSERT INTO problems(run_id, source, reason, hint, kind)"
                " VALUES (%s, %s, %s, %s, %s)",
                [
                    (run_id, _clean(p.source), _clean(p.reason), _clean(p.hint), kind)
                    for kind, reported in ((PROBLEM, problems), (WARNING, warnings))
                    for p in reported
                ],
            )

    def _run_id(self, run_id: int | None) -> int | None:
        if run_id is None:
            return self.conn.execute("SELECT max(id) AS id FROM runs").fetchone()["id"]
        return run_id

    def _reported(self, run_id: int | None, kind: str) -> list[Problem]:
        rows = self.conn.execute(
            "SELECT source, reason, hint FROM problems WHERE run_id = %s AND kind = %s ORDER BY id",
            (run_id, kind),
        ).fetchall()
        return [Problem(source=r["source"], reason=r["reason"], hint=r["hint"]) for r in rows]

    def run_problems(self, run_id: int | None = None) -> list[Problem]:
        return self._reported(self._run_id(run_id), PROBLEM)

    def get_run(self, run_id: int | None = None) -> RunRecord | None:
        run_id = self._run_id(run_id)
        if run_id is None or not 0 < run_id <= MAX_RUN:
            return None
        row = self.conn.execute("SELECT * FROM runs WHERE id = %s", (run_id,)).fetchone()
        if row is None:
            return None
        return replace(
            stored_run(row),
            problems=self._reported(run_id, PROBLEM),
            warnings=self._reported(run_id, WARNING),
        )

    def recent_runs(self, limit: int) -> tuple[list[RunRecord], int]:
        rows = self.conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT %s", (limit,))
        total = self.conn.execute("SELECT count(*) AS n FROM runs").fetchone()["n"]
        return [stored_run(row) for row in rows], total
