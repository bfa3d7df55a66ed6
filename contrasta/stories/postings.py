"""Which open stories hold each word, with the story's summed weight of it, as segments of
one pool of arrays under integer word ids.

An article's overlaps with every open story are then a gather over its words' segments
and one weighted bincount, a dozen array operations whatever its number of words, and a
story's joining member or its closing is one pass of array operations over its words: a
numpy slice or scalar store per word and story was close to a third of grouping's work
outside embedding at 100,000 articles. Each row's sum runs over the article's words in their
order, and each summed weight grows by its members in their order, so the same articles
give the same floats in any run, whatever the ids, the rows or the places in a segment.
Measured on the generated corpus of bench/clustering.py at 100,000 articles, regrouped
with every lead's vector stored (CPU s, against a `Posting` of a row array and a dict per
word): overlaps 13.4 -> 9.9 (each gathers ~10,000 postings from ~1,400 open stories, most
of them sharing some word with the article), members joining 7.1 -> 5.6, stories closing
7.6 -> 3.2, the whole regrouping 97 -> 88; the same partition.

A word's segment has room for a power of two of rows (at least `ROOM`); a full one moves
to the end of the pool with twice the room, and a full pool is packed into a new one of
twice what its segments use, so memory follows what the open stories hold (a few times it).
A word no open story holds gives its id back; id 0 is no word and holds nothing, so words
outside the index cost nothing.
"""

from __future__ import annotations

from itertools import repeat

import numpy as np

ROOM = 4  # rows a word's segment first has room for
FIRST_POOL = 1024
FIRST_IDS = 256


def _doubled(array: np.ndarray) -> np.ndarray:
    return np.concatenate([array, np.zeros_like(array)])


class _Ranges:
    """The places start..start+count-1 of every segment, one segment after another, from
    one kept 0, 1, 2... (a new one per call was a fifth of the gather)."""

    def __init__(self) -> None:
        self.steps = np.arange(FIRST_POOL)

    def __call__(self, starts: np.ndarray, counts: np.ndarray, total: int) -> np.ndarray:
        if total > len(self.steps):
            self.steps = np.arange(2 * total)
        places = np.repeat(starts - (np.cumsum(counts) - counts), counts)
        places += self.steps[:total]
        return places


class Postings:
    """Per word id: where its segment starts, how many rows it holds and its room; per
    pool place: a row and its summed weight; per row: each of its words' place in the
    word's segment (what a member joining or the story closing changes)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = [""]  # by id
        self.free_ids: list[int] = []
        self.start = np.zeros(FIRST_IDS, np.intp)
        self.count = np.zeros(FIRST_IDS, np.intp)
        self.room = np.zeros(FIRST_IDS, np.intp)
        self.rows = np.empty(FIRST_POOL, np.intp)
        self.weights = np.empty(FIRST_POOL)
        self.end = 0  # pool places given to segments so far
        self.places: dict[int, dict[int, int]] = {}
        self.ranges = _Ranges()

    @property
    def in_use(self) -> int:
        """Pool places the segments hold (their room): what memory follows."""
        return int(self.room.sum())

    def dots(self, terms: dict[str, float], size: int) -> np.ndarray:
        """Per row below `size`, the dot product of the word vector `terms` with the row's
        summed one."""
        ids = np.fromiter(map(self.ids.get, terms, repeat(0)), np.intp, len(terms))
        counts = self.count[ids]
        total = int(counts.sum())
        if not total:
            return np.zeros(size)
        at = self.ranges(self.start[ids], counts, total)
        scale = np.repeat(np.fromiter(terms.values(), float, len(terms)), counts)
        return np.bincount(self.rows.take(at), self.weights.take(at) * scale, minlength=size)

    def add(self, row: int, terms: dict[str, float]) -> None:
        """A member with word vector `terms` joined the story of `row`: each word's weight
        is added to the row's sum of it, or starts it (from 0.0, the same float)."""
        places = self.places.setdefault(row, {})
        get, new_id = self.ids.get, self._new_id
        listed = [get(term) or new_id(term) for term in terms]
        ids = np.array(listed, np.intp)
        if places:
            at = np.fromiter(map(places.get, listed, repeat(-1)), np.intp, len(listed))
        else:  # the story's first member: every word is new to its row, none looked up
            at = np.full(len(listed), -1, np.intp)
        new = at < 0
        if new.any():
            fresh = ids[new]
            for full in fresh[self.count[fresh] == self.room[fresh]].tolist():
                self._widen(full)
            at[new] = counts = self.count[fresh]
            self.count[fresh] = counts + 1
            places.update(zip(fresh.tolist(), counts.tolist(), strict=True))
            where = self.start[ids] + at
            self.rows[where] = row
            summed = self.weights[where]
            summed[new] = 0.0
        else:
            where = self.start[ids] + at
            summed = self.weights[where]
        self.weights[where] = summed + np.fromiter(terms.values(), float, len(terms))

    def remove(self, row: int) -> None:
        """The story of `row` closed: its words leave the index; in each word's segment
        the last row takes its place (the order of a word's rows changes no sum)."""
        places = self.places.pop(row)
        n = len(places)
        ids = np.fromiter(places.keys(), np.intp, n)
        at = np.fromiter(places.values(), np.intp, n)
        starts, last = self.start[ids], self.count[ids] - 1
        source, target = starts + last, starts + at
        moved = self.rows[source]
        self.rows[target] = moved
        self.weights[target] = self.weights[source]
        self.count[ids] = last
        shifted = at != last
        for i, other, place in zip(
            ids[shifted].tolist(), moved[shifted].tolist(), at[shifted].tolist(), strict=True
        ):
            self.places[other][i] = place
        for i in ids[last == 0].tolist():
            del self.ids[self.words[i]]
            self.room[i] = 0
            self.free_ids.append(i)

    def _new_id(self, word: str) -> int:
        if self.free_ids:
            i = self.free_ids.pop()
            self.words[i] = word
        else:
            i = len(self.words)
            self.words.append(word)
            if i == len(self.start):
                self.start, self.count, self.room = map(
                    _doubled, (self.start, self.count, self.room)
                )
        self.ids[word] = i
        return i

    def _widen(self, i: int) -> None:
        """Word `i`'s segment is full: it moves to the end of the pool with twice the room."""
        room, count, start = int(self.room[i]), int(self.count[i]), int(self.start[i])
        wider = max(ROOM, 2 * room)
        if self.end + wider > len(self.rows):
            self._compact(wider)
            start = int(self.start[i])
        end = self.end
        self.rows[end : end + count] = self.rows[start : start + count]
        self.weights[end : end + count] = self.weights[start : start + count]
        self.start[i], self.room[i] = end, wider
        self.end += wider

    def _compact(self, need: int) -> None:
        """A new pool of twice what the segments use and `need` ask, segments packed in
        it (each keeps its room and its rows' places)."""
        ids = np.flatnonzero(self.room)
        rooms, counts = self.room[ids], self.count[ids]
        starts = np.cumsum(rooms) - rooms
        used = int(rooms.sum())
        size = max(FIRST_POOL, 2 * (used + need))
        total = int(counts.sum())
        source = self.ranges(self.start[ids], counts, total)
        target = self.ranges(starts, counts, total)
        rows, weights = np.empty(size, np.intp), np.empty(size)
        rows[target], weights[target] = self.rows[source], self.weights[source]
        self.rows, self.weights = rows, weights
        self.start[ids] = starts
        self.end = used
