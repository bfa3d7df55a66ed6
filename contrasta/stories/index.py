"""The open stories as rows of arrays, with an index from words to the rows that hold them.

Scoring an article against a busy week was a Python loop over every (word, story) pair it
shares: half of grouping's CPU at 100,000 articles. Here the overlaps are one weighted
bincount over the postings of the article's words, and the window and the words' verdicts
are array comparisons, so Python touches only the stories the words leave undecided. Each
row's sum runs over the article's words in their order, as the loop did, so the same
articles give the same floats in any run. Rows of retired stories are reused (the lowest
first), so memory follows the open stories, not the archive.
"""

from __future__ import annotations

import heapq
from datetime import datetime, timedelta

import numpy as np

EPOCH = datetime(1970, 1, 1)
TICK = timedelta(microseconds=1)
POSTING = 4  # first capacity of a word's posting, doubled as it fills
NEVER_FIRST = np.iinfo(np.int64).max  # an undated span that no window reaches
NEVER_LAST = np.iinfo(np.int64).min


def ticks(when: datetime) -> int:
    """Microseconds since 1970, exactly: window bounds compare as the datetimes do."""
    return (when - EPOCH) // TICK


class Posting:
    """One word's rows and their summed weights, as the two lines of one array (rows as
    floats, exact below 2**53): the overlaps of an article then cost one slice per word,
    however many stories hold it (a busy week's common words are in hundreds). `at` finds
    a row's place; a closed row's place is taken by the last one, since the order of a
    word's rows changes no sum. `StoryRows.take` and `close` change it in place (a call
    per word and story was a tenth of grouping)."""

    __slots__ = ("at", "data")

    def __init__(self, row: int, weight: float) -> None:
        self.at = {row: 0}
        self.data = data = np.empty((2, POSTING))
        data[0, 0] = row
        data[1, 0] = weight

    def append(self, row: int, weight: float) -> None:
        """Two scalar stores: a column set from a tuple cost 2.5 times as much."""
        place = self.at[row] = len(self.at)
        data = self.data
        if place == data.shape[1]:
            data = self.data = np.concatenate([data, np.empty((2, place))], axis=1)
        data[0, place] = row
        data[1, place] = weight


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
        self.postings: dict[str, Posting] = {}

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
        postings = self.postings
        for term, weight in terms.items():
            posting = postings.get(term)
            if posting is None:
                postings[term] = Posting(row, weight)
            elif (place := posting.at.get(row)) is not None:
                posting.data[1, place] += weight
            else:
                posting.append(row, weight)

    def close(self, row: int, terms: dict[str, float]) -> None:
        """The story of `row` left the window; its words leave the index."""
        postings = self.postings
        for term in terms:
            posting = postings[term]
            at = posting.at
            place = at.pop(row)
            if not at:
                del postings[term]
            elif place != len(at):
                data, last = posting.data, len(at)
                moved = data.item(0, last)
                data[0, place] = moved
                data[1, place] = data.item(1, last)
                at[int(moved)] = place
        self.size[row] = self.first[row] = self.last[row] = 0
        self.arrived_first[row], self.arrived_last[row] = NEVER_FIRST, NEVER_LAST
        self.alive[row] = False
        for counts in self.langs.values():
            counts[row] = 0
        heapq.heappush(self.free, row)

    def overlaps(self, terms: dict[str, float]) -> np.ndarray:
        """Per row, the dot product of the word vector `terms` with the row's summed one."""
        pieces: list[np.ndarray] = []
        scale: list[float] = []
        lengths: list[int] = []
        postings = self.postings
        for term, weight in terms.items():
            posting = postings.get(term)
            if posting is not None:
                n = len(posting.at)
                pieces.append(posting.data[:, :n])
                scale.append(weight)
                lengths.append(n)
        if not pieces:
            return np.zeros(self.used)
        rows, summed = np.concatenate(pieces, axis=1)
        products = summed * np.repeat(scale, lengths)
        return np.bincount(rows.astype(np.intp), products, minlength=self.used)

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
