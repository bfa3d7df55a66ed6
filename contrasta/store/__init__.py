"""Storage behind one small interface, so the CLI, reports and web app never see SQL.

SQLite is the default (a single file, the centre of every command, as in datasette);
other back ends implement the same Store protocol.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Protocol

from contrasta.model import Article, Problem, Story

DEFAULT_DB = "contrasta.db"


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

    def get_story(self, ref: str) -> Story | None: ...

    def active_story_ids(self, start: datetime, end: datetime) -> list[str]: ...

    def grouping_method(self) -> str: ...

    def unplaced_article_ids(self) -> list[str]:
        """Articles in no story yet, oldest first."""

    def save_vectors(self, model: str, vectors: dict[str, bytes]) -> None: ...

    def load_vectors(self, model: str, ids: list[str]) -> dict[str, bytes]: ...

    def pin(self, article_ids: list[str], story_id: str) -> None:
        """Placed by hand: a rebuild keeps these articles in that story."""

    def pins(self) -> dict[str, str]: ...

    def start_run(self) -> int: ...

    def finish_run(self, run_id: int, counts: dict[str, int], problems: list[Problem]) -> None: ...

    def run_problems(self, run_id: int | None = None) -> list[Problem]:
        """Problems of one run (default: the latest)."""

    def close(self) -> None: ...


def open_store(location: str | Path = DEFAULT_DB) -> Store:
    from contrasta.store.sqlite import SQLiteStore

    return SQLiteStore(Path(location))
