"""Storage behind one small interface, so the CLI, reports and web app never see SQL.

SQLite is the default (a single file, the centre of every command, as in datasette);
PostgreSQL (a `postgresql://` URL) serves several users; both implement the Store protocol.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from contrasta.errors import ContrastaError
from contrasta.i18n import _, number
from contrasta.model import Article, Problem, RunRecord, Story

DEFAULT_DB = "contrasta.db"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
# Bounds checked before any SQL: a 50,000-character id made SQLite's LIKE fail ("pattern
# too complex") and a 5,000-word search took 19 s. Every caller (CLI, pages, API) meets
# the same ones.
MAX_REF = 64  # characters of an article or story id, or of a prefix of one
MAX_QUERY = 500  # characters of a search
MAX_QUERY_WORDS = 32
MAX_OFFSET = 2**31 - 1  # rows skipped before a page of the story list (an SQL integer)
MAX_RUN = 2**63 - 1  # the largest run number a store can hold (a 64-bit SQL integer)
# How a page of the story list can be ordered: latest activity first (a story's last
# article), or most articles first. The stores order, count and cut the page in SQL.
ORDERS = ("recent", "largest")
# Articles in `Article.order`, in SQL over `articles a` (both stores): the dated by
# publication time, then the undated, ties and the undated by id; never by ingestion time.
MEMBER_ORDER = "a.published IS NULL, a.published, a.id"
_REF = re.compile(r"[0-9A-Za-z]+")
_WORD = re.compile(r"\w+")


def id_range(prefix: str) -> tuple[str, str]:
    """The ids starting with `prefix` are those in [low, high): a range an index answers,
    where a LIKE in SQLite (case-insensitive) reads every id."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def may_empty(stories: list[Story], holders: set[str]) -> list[str]:
    """The stories a save of `stories` can leave without members, sorted: those saved and
    `holders`, the stories holding any of their members before the save (a member moves,
    never doubles). Both stores check only these: a check of every story cost a scan of
    the table in each grouping chunk (SQLite at 100,000 articles, 27 ms a chunk by the
    end, growing with the archive)."""
    return sorted({story.id for story in stories} | holders)


def is_ref(ref: str) -> bool:
    """Whether `ref` can be an id or id prefix at all (else nothing is looked up)."""
    return len(ref) <= MAX_REF and _REF.fullmatch(ref) is not None


def query_words(query: str) -> list[str]:
    """The words of a search, every one to be matched, each once (ranking costs time per
    word and per matching article); ContrastaError over the bounds."""
    if len(query) > MAX_QUERY:
        raise ContrastaError(
            _("search too long ({n} characters)").format(n=number(len(query))),
            _("use at most {n}").format(n=MAX_QUERY),
        )
    words = list({word.casefold(): word for word in _WORD.findall(query)}.values())
    if len(words) > MAX_QUERY_WORDS:
        raise ContrastaError(
            _("search of too many words ({n})").format(n=number(len(words))),
            _("use at most {n}").format(n=MAX_QUERY_WORDS),
        )
    return words


class Store(Protocol):
    def add_articles(self, articles: Iterable[Article]) -> list[bool]:
        """Store articles in one transaction; True for each one that was new."""

    def has_hash(self, content_hash: str) -> bool: ...

    def get_article(self, ref: str) -> Article | None:
        """By id or unique id prefix."""

    def iter_articles(self) -> Iterator[Article]: ...

    def count_articles(self) -> int: ...

    def search(self, query: str, limit: int = 20) -> list[tuple[Article, str]]:
        """Full-text search: (article, snippet) best first."""

    def get_articles(self, ids: list[str]) -> list[Article]: ...

    def save_stories(self, stories: list[Story], method: str) -> None:
        """Insert or update stories with their members; an article moves, never doubles."""

    def clear_stories(self) -> None: ...

    def list_stories(self) -> list[Story]: ...

    def story_page(self, order: str, limit: int, offset: int = 0) -> tuple[list[Story], int]:
        """`limit` stories from `offset` in `order` (one of `ORDERS`), with their members,
        and how many stories there are: a page costs its own rows, not the database's."""

    def get_story(self, ref: str) -> Story | None: ...

    def story_of(self, article_id: str) -> Story | None:
        """The story holding the article (by its full id), None when it is in none."""

    def active_story_ids(self, start: datetime, end: datetime) -> list[str]: ...

    def grouping_method(self) -> str: ...

    def unplaced_article_ids(self) -> list[str]:
        """Articles in no story yet, oldest first."""

    def ids_starting(self, prefix: str) -> tuple[list[str], list[str]]:
        """(story ids, article ids) starting with `prefix` (lower case letters and digits,
        as ids are made), sorted: a walk of each id index, not a read of every id."""

    def ingested_between(
        self, start: datetime, end: datetime
    ) -> list[tuple[str, bool, str | None]]:
        """(article id, undated, story id or None) of the articles ingested in [start, end],
        by id: undated articles are placed among the news that arrived with them."""

    def save_vectors(self, model: str, vectors: dict[str, bytes]) -> None: ...

    def load_vectors(self, model: str, ids: list[str]) -> dict[str, bytes]: ...

    def save_readings(self, version: str, readings: dict[str, bytes]) -> None:
        """Each article's reading (packed), replacing any reading of another version."""

    def load_readings(self, version: str, ids: list[str]) -> dict[str, bytes]:
        """Readings of `version` among `ids`; an article read by another version is absent."""

    def save_dossier(self, story_id: str, key: str, inputs: str, row: str, dossier: bytes) -> None:
        """A story's list row (JSON) and dossier (packed) under the key of what they were
        built from, marked as built from `inputs` and the story's current revision;
        nothing when the story is gone meanwhile."""

    def load_dossier(self, story_id: str) -> tuple[str, bytes] | None:
        """(key, packed dossier) of a stored story, None when none was built."""

    def stale_story_ids(self, inputs: str) -> list[str]:
        """Stories with no stored dossier, or one built from other `inputs` or before the
        story was last saved: the only ones whose key a refresh computes."""

    def confirm_dossiers(self, inputs: str, story_ids: list[str]) -> None:
        """These stories' stored dossiers are current (their key matched): mark them so."""

    def get_stories(self, ids: list[str]) -> list[Story]:
        """In the order asked for (ids not stored are left out)."""

    def dossier_keys(self) -> dict[str, str]:
        """Story id -> key of every stored dossier: what the reports compare."""

    def dossier_rows(self, story_ids: list[str]) -> dict[str, tuple[str, str]]:
        """Story id -> (key, row JSON) of these stories' stored dossiers."""

    def blindspot_story_ids(self, inputs: str, since: datetime | None) -> list[str]:
        """Stories active at or after `since` (all when None) whose stored list row flags a
        blindspot (its `blindspot` is not null), or may be stale (as `stale_story_ids`
        says: its row is then built again), newest first: the blindspot page reads only
        these rows, however long the archive."""

    def pin(self, article_ids: list[str], story_id: str) -> None:
        """Placed by hand: a rebuild keeps these articles in that story."""

    def pins(self) -> dict[str, str]: ...

    def start_run(self) -> int: ...

    def finish_run(
        self,
        run_id: int,
        counts: dict[str, int],
        problems: list[Problem],
        warnings: list[Problem] = (),
    ) -> None:
        """Record the end of a run: its counts, its problems (inputs not used) and its
        warnings (read and kept, but check them), each kept with its kind (`REPORT_KINDS`)."""

    def run_problems(self, run_id: int | None = None) -> list[Problem]:
        """Problems of one run (default: the latest)."""

    def get_run(self, run_id: int | None = None) -> RunRecord | None:
        """One run with its problems and warnings, each in the order reported (default:
        the latest run); None when there is no such run."""

    def recent_runs(self, limit: int) -> tuple[list[RunRecord], int]:
        """The `limit` latest runs, newest first, with their counts (no lists), and how
        many runs there are."""

    def close(self) -> None: ...


def is_url(location: str | Path) -> bool:
    """A PostgreSQL URL rather than a SQLite file."""
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


def shown(location: str | Path) -> str:
    """The location as it may be printed or logged: a URL loses its password."""
    if not is_url(location):
        return str(location)
    parts = urlsplit(str(location))
    user, at, hosts = parts.netloc.rpartition("@")
    if at and ":" in user:
        user = user.split(":", 1)[0] + ":***"
    query = urlencode(
        [(k, "***" if k == "password" else v) for k, v in parse_qsl(parts.query)], safe="*"
    )
    return urlunsplit(parts._replace(netloc=f"{user}{at}{hosts}", query=query))


def open_store(location: str | Path = DEFAULT_DB) -> Store:
    if is_url(location):
        try:
            from contrasta.store.postgres import PostgresStore
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith("psycopg"):
                raise
            raise ContrastaError(
                _("PostgreSQL support is not installed"), "pip install 'contrasta[postgres]'"
            ) from exc
        return PostgresStore(str(location))
    from contrasta.store.sqlite import SQLiteStore

    return SQLiteStore(Path(location))
