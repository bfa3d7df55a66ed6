"""Per-story results cost time (a stored dossier is decompressed and decoded, a story page
renders half a megabyte of HTML): compute each once, reuse it.

The key is the story as stored — its id, headline and members with their reasons — so a
story changed by another process (a later `contrasta analyze`) misses the cache by
itself; writes made through the app also clear it. Articles never change under an id
(the id is a content hash), so the members say everything about the input. Builds are
serialised: they are CPU-bound under the GIL anyway, and two requests for a cold story
must not build it twice.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from contrasta.model import Story

T = TypeVar("T")
Key = tuple[str, str, tuple[tuple[str, str], ...], str]


def story_key(story: Story, variant: str = "") -> Key:
    """`variant` tells apart values of one story that differ otherwise (a page's language)."""
    members = tuple((m.article_id, m.reason) for m in story.members)
    return (story.id, story.headline, members, variant)


class StoryCache(Generic[T]):
    """Least recently used first out, `size` stories at most."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Key, T] = OrderedDict()
        self._lock = threading.Lock()
        self._build = threading.Lock()
        self.hits = 0
        self.builds = 0

    def _cached(self, key: Key) -> T | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
                self.hits += 1
            return value

    def peek(self, story: Story) -> T | None:
        return self._cached(story_key(story))

    def get(self, story: Story, build: Callable[[Story], T], variant: str = "") -> T:
        key = story_key(story, variant)
        if (value := self._cached(key)) is not None:
            return value
        with self._build:
            if (value := self._cached(key)) is not None:
                return value
            value = build(story)
            with self._lock:
                self.builds += 1
                self._items[key] = value
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class Caches:
    """Everything the app keeps between requests; one `clear()` after every write."""

    def __init__(self, dossiers: int = 64, rows: int = 4096, pages: int = 256) -> None:
        self.dossiers: StoryCache = StoryCache(dossiers)
        self.rows: StoryCache = StoryCache(rows)
        # Story pages as sent, gzip-compressed (a 50-article story's ~400 kB is ~40 kB):
        # a second reader waits for no rendering, a phone downloads a tenth.
        self.pages: StoryCache[bytes] = StoryCache(pages)

    def clear(self) -> None:
        self.dossiers.clear()
        self.rows.clear()
        self.pages.clear()
