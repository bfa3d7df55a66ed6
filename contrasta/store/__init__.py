"""Storage behind one small interface, so the CLI, reports and web app never see SQL.

SQLite is the default (a single file, the centre of every command, as in datasette);
other back ends implement the same Store protocol.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
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

    def replace_stories(self, stories: list[Story], method: str) -> None: ...

    def list_stories(self) -> list[Story]: ...

    def get_story(self, ref: str) -> Story | None: ...

    def start_run(self) -> int: ...

    def finish_run(self, run_id: int, counts: dict[str, int], problems: list[Problem]) -> None: ...

    def run_problems(self, run_id: int | None = None) -> list[Problem]:
        """Problems of one run (default: the latest)."""

    def close(self) -> None: ...


def open_store(location: str | Path = DEFAULT_DB) -> Store:
    from contrasta.store.sqlite import SQLiteStore

    return SQLiteStore(Path(location))
