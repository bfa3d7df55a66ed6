"""The open stories as rows of arrays, with an index from words to the rows that hold them.

Scoring an article against a busy week was a Python loop over every (word, story) pair it
shares: half of grouping's CPU at 100,000 articles. Here the overlaps are one weighted
bincount over the postings of the article's words (`postings.Postings`), and the window
and the words' verdicts are array comparisons, so Python touches only the stories the
words leave undecided. Rows of retired stories are reused (the lowest first), so memory
follows the open stories, not the archive."""

from __future__ import annotations

import heapq
from datetime import datetime, timedelta

import numpy as np

from contrasta.stories.postings import Postings

EPOCH = datetime(1970, 1, 1)
TICK = timedelta(microseconds=1)
NEVER_FIRST = np.iinfo(np.int64).max  # an undated span that no window reaches
NEVER_LAST = np.iinfo(np.int64).min


def ticks(when: datetime) -> int:
    """Microseconds since 1970, exactly: window bounds compare as the datetimes do."""
    return (when - EPOCH) // TICK


class StoryRows:
    """Per open story: its size, its dated span, its arrival span, its members per
    language, and its summed word weights by word."""

    def __init__(self, capacity: int = 256) -> None:
        self.capacity = capacity
        self.free: list[int] = []
        self.used = 0
        self.size = np.zeros(capacity, np.int64)
        self.first = np.zeros(capacity, np.int64)
        self.last = np.zeros(capacity, np.int64)
        self.arrived_first = np.full(capacity, NEVER_FIRST, np.int64)
        self.arrived_last = np.full(capacity, NEVER_LAST, np.int64)
        self.alive = np.zeros(capacity, bool)
        self.langs: dict[str | None, np.ndarray] = {}
        self.postings = Postings()
        self.parked: set[int] = set()  # open rows whose words are out of the index (`park`)

    def _grow(self) -> None:
        old, self.capacity = self.capacity, 2 * self.capacity

        def grown(array: np.ndarray, fill) -> np.ndarray:
            out = np.full(self.capacity, fill, array.dtype)
            out[:old] = array
            return out

        self.size, self.first, self.last = (grown(a, 0) for a in (self.size, self.first, self.last))
        self.arrived_first = grown(self.arrived_first, NEVER_FIRST)
        self.arrived_last = grown(self.arrived_last, NEVER_LAST)
        self.alive = grown(self.alive, False)
        self.langs = {lang: grown(counts, 0) for lang, counts in self.langs.items()}

    def open(self) -> int:
        """A row for a new story."""
        if self.free:
            row = heapq.heappop(self.free)
        else:
            if self.used == self.capacity:
                self._grow()
            row, self.used = self.used, self.used + 1
        self.alive[row] = True
        return row

    def take(
        self,
        row: int,
        terms: dict[str, float],
        lang: str | None,
        span: tuple[datetime, datetime],
        arrived: tuple[datetime | None, datetime | None],
    ) -> None:
        """A member joined the story of `row`; `span` and `arrived` are the story's now."""
        self.size[row] += 1
        counts = self.langs.get(lang)
        if counts is None:
            counts = self.langs[lang] = np.zeros(self.capacity, np.int64)
        counts[row] += 1
        self.first[row], self.last[row] = ticks(span[0]), ticks(span[1])
        if arrived[0] is not None:
            self.arrived_first[row], self.arrived_last[row] = ticks(arrived[0]), ticks(arrived[1])
        self.postings.add(row, terms)

    def park(self, row: int) -> None:
        """The story of `row` stays open but its words leave the index: it overlaps no
        article until `unpark` (a story out of reach of the articles to come is no
        candidate, yet a copy of one of its members still joins it)."""
        if row not in self.parked:
            self.postings.remove(row)
            self.parked.add(row)

    def unpark(self, row: int, vectors: list[dict[str, float]]) -> None:
        """The words of a parked row back in the index, from its members' word vectors in
        member order: each summed weight is the float their joining gave."""
        if row in self.parked:
            self.parked.discard(row)
            for terms in vectors:
                self.postings.add(row, terms)

    def close(self, row: int) -> None:
        """The story of `row` left the window; its words leave the index."""
        if row in self.parked:
            self.parked.discard(row)
        else:
            self.postings.remove(row)
        self.size[row] = self.first[row] = self.last[row] = 0
        self.arrived_first[row], self.arrived_last[row] = NEVER_FIRST, NEVER_LAST
        self.alive[row] = False
        for counts in self.langs.values():
            counts[row] = 0
        heapq.heappush(self.free, row)

    def overlaps(self, terms: dict[str, float]) -> np.ndarray:
        """Per row, the dot product of the word vector `terms` with the row's summed one."""
        return self.postings.dots(terms, self.used)

    def in_reach(self, rows: np.ndarray, low: datetime, high: datetime, dated: bool) -> np.ndarray:
        """Those of `rows` whose dated span (`dated`) or arrival span meets [low, high]."""
        low_, high_ = ticks(low), ticks(high)
        if dated:
            keep = (self.first[rows] <= high_) & (self.last[rows] >= low_)
        else:
            keep = (self.arrived_first[rows] <= high_) & (self.arrived_last[rows] >= low_)
        return rows[keep]

    def same_language(self, rows: np.ndarray, lang: str | None) -> np.ndarray:
        """Members in `lang` per row (0 for an article of no known language)."""
        counts = self.langs.get(lang) if lang is not None else None
        return counts[rows] if counts is not None else np.zeros(len(rows), np.int64)
