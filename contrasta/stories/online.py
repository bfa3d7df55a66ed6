"""Online story clustering: each article joins the best open story or opens a new one.

Articles arrive in time order; only stories active within a time window are candidates,
so the work per article depends on how much news happened that week, not on how many
articles are stored (no all-pairs comparison). The decision is explainable and adds two
signals, each an average over the story's members (average linkage: a big, loose story
must not attract everything, which a normalised centroid or a union of names would do):
the embedding cosine of the article's lead, and its names (people, places, organisations)
found in the story, weighted by how rare they are in general language. A republished wire
text always joins its origin's story.

A third signal, TF-IDF word overlap over the whole text, was measured and dropped: with
document frequencies from the articles seen so far it made results depend on arrival
order, and with fixed general-language weights it narrowed the range of thresholds that
reproduce the example stories (bench/calibrate.py).

Precision comes first: a false merge makes two outlets look as if they corroborated each
other, so the threshold sits where no example story is merged with another and a new
story is cheap.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np

from contrasta.model import Story, StoryMember
from contrasta.reading.names import names
from contrasta.reading.rarity import rarity

WINDOW = timedelta(days=7)


@dataclass(frozen=True)
class Weights:
    """How the three signals add up, per embedding model (their cosines differ in range).

    `floor` rescales a model whose cosines are compressed (e5: unrelated news ≈ 0.8).
    """

    embedding: float
    names: float
    threshold: float
    floor: float = 0.0


# Chosen on the example corpus by grid search (bench/calibrate.py): the weights with the
# widest range of thresholds that reproduce the true stories exactly (e5: 0.350-0.675,
# USE: 0.550-0.875, with 320-character leads), and the middle of that range. Weighting
# names twice as much widens the range a little more but leans on one signal; re-measure
# when the corpus grows.
WEIGHTS = {
    "e5": Weights(embedding=1.0, names=1.0, threshold=0.525, floor=0.8),
    "use": Weights(embedding=1.0, names=1.0, threshold=0.725),
}


@dataclass
class Item:
    """What the clusterer needs to know about one article."""

    id: str
    title: str
    when: datetime
    vector: np.ndarray
    names: frozenset[str]
    copy_of: str | None = None
    dated: bool = True
    lang: str | None = None


@dataclass
class OpenStory:
    """A story still receiving articles; sums, so that averages cost O(article)."""

    id: str
    first: datetime
    last: datetime
    total: np.ndarray
    names: Counter[str] = field(default_factory=Counter)
    members: list[StoryMember] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    vectors: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def headline(self) -> str:
        """The title of the member closest to the others: the most representative one."""
        central = max(self.vectors, key=lambda i: float(self.vectors[i] @ self.total))
        return self.titles[central]

    def as_story(self) -> Story:
        return Story(self.id, self.headline, list(self.members), self.first, self.last)

    def take(self, item: Item, member: StoryMember) -> None:
        self.total = self.total + item.vector
        self.names.update(item.names)
        self.titles[item.id] = item.title
        self.vectors[item.id] = item.vector
        self.members.append(member)
        self.first = min(self.first, item.when)
        self.last = max(self.last, item.when)


def salient_names(text: str) -> frozenset[str]:
    """Names repeated in the article or made of several words, lowercased."""
    counted = names(text)
    return frozenset(n.lower() for n, c in counted.items() if c > 1 or " " in n)


def story_id(founder: str) -> str:
    """Named after its founding article, so ids stay put while stories grow."""
    return "s" + hashlib.sha1(founder.encode()).hexdigest()[:8]


_EPOCH = datetime(1970, 1, 1)


def _seconds(when: datetime) -> float:
    return (when.replace(tzinfo=None) - _EPOCH).total_seconds()


class _OpenRows:
    """The open stories' sums, sizes and spans as arrays, one row per story.

    Scoring an article against every open story is then a few array operations instead
    of a Python loop and a stack of their sums per article: with hundreds of stories open
    in a busy week that loop was the clusterer's main cost. Rows of retired stories are
    reused, so the arrays follow the number of open stories.
    """

    def __init__(self) -> None:
        self.row_of: dict[str, int] = {}
        self.stories: list[OpenStory | None] = []
        self.free: list[int] = []
        self.totals = np.zeros((0, 0), dtype=np.float32)
        self.sizes = np.zeros(0, dtype=np.float32)
        self.first = np.zeros(0)
        self.last = np.zeros(0)
        self.live = np.zeros(0, dtype=bool)
        self.named: dict[str, set[int]] = {}  # name -> rows of the stories that mention it

    def _grow(self, dim: int) -> None:
        size = max(64, 2 * len(self.stories))
        totals = np.zeros((size, dim), dtype=np.float32)
        if len(self.totals):
            totals[: len(self.totals)] = self.totals
        self.totals = totals
        self.sizes, self.first, self.last, self.live = (
            np.resize(a, size) for a in (self.sizes, self.first, self.last, self.live)
        )
        self.live[len(self.stories) :] = False
        self.free = list(range(size - 1, len(self.stories) - 1, -1))
        self.stories.extend([None] * (size - len(self.stories)))

    def update(self, story: OpenStory, item: Item) -> None:
        """After `story` took `item`."""
        row = self.row_of.get(story.id)
        if row is None:
            if not self.free:
                self._grow(len(story.total))
            row = self.row_of[story.id] = self.free.pop()
            self.stories[row] = story
            self.live[row] = True
        self.totals[row] = story.total
        self.sizes[row] = story.size
        self.first[row] = _seconds(story.first)
        self.last[row] = _seconds(story.last)
        for name in item.names:
            self.named.setdefault(name, set()).add(row)

    def remove(self, story: OpenStory) -> None:
        row = self.row_of.pop(story.id)
        for name in story.names:
            rows = self.named[name]
            rows.discard(row)
            if not rows:
                del self.named[name]
        self.stories[row] = None
        self.live[row] = False
        self.free.append(row)

    def mentioning(self, names: frozenset[str]) -> list[int]:
        return list(set().union(*(self.named.get(n, ()) for n in names)))

    def candidates(self, item: Item, window: timedelta) -> np.ndarray:
        """Rows of the stories active around the article's date; an undated one may join any."""
        if not item.dated:
            return np.flatnonzero(self.live)
        when, reach = _seconds(item.when), window.total_seconds()
        return np.flatnonzero(
            self.live & (self.first - reach <= when) & (when <= self.last + reach)
        )


class Clusterer:
    default_window = WINDOW

    def __init__(self, weights: Weights, window: timedelta = WINDOW) -> None:
        self.weights = weights
        self.window = window
        self.open: dict[str, OpenStory] = {}
        self.story_of: dict[str, str] = {}
        self._rows = _OpenRows()

    @staticmethod
    def _names(item: Item, weights: dict[str, float], story: OpenStory) -> tuple[float, list[str]]:
        """Share of the article's names (rarity-weighted) the story's members mention."""
        total_weight = sum(weights.values())
        if not total_weight:
            return 0.0, []
        shared = sorted((n for n in item.names if n in story.names), key=lambda n: (-weights[n], n))
        overlap = sum(weights[n] * story.names[n] for n in shared) / (story.size * total_weight)
        return overlap, shared

    def best(self, item: Item) -> tuple[OpenStory | None, float, str]:
        """The best-scoring open story, whatever its score (None when no story is open).

        Embedding scores for every candidate are one matrix product. Name overlaps are
        computed only for the stories that mention one of the article's names (an index
        says which): for any other story the score is its embedding score, so the best of
        those is one `max`. Equal scores go to the smaller story id, so the choice does not
        depend on where a story's row sits.
        """
        w = self.weights
        rows = self._rows.candidates(item, self.window)
        if not len(rows):
            return None, 0.0, ""
        cosines = self._rows.totals[rows] @ item.vector / self._rows.sizes[rows]
        scaled = w.embedding * (cosines - w.floor) / (1 - w.floor)
        sharing = np.isin(rows, self._rows.mentioning(item.names))
        best, best_score, best_reason = None, -np.inf, ""

        def consider(i: int, overlap: float, shared: list[str]) -> None:
            nonlocal best, best_score, best_reason
            story = self._rows.stories[rows[i]]
            score = float(scaled[i]) + w.names * overlap
            if score > best_score or (score == best_score and (best is None or story.id < best.id)):
                reason = f"mean embedding cosine {cosines[i]:.2f}, name overlap {overlap:.2f}"
                if shared:
                    reason += f", shared names: {', '.join(shared[:5])}"
                best, best_score, best_reason = story, score, reason

        unnamed = np.where(sharing, -np.inf, scaled)
        top = unnamed.max()
        if top >= best_score:
            for i in np.flatnonzero(unnamed == top):
                consider(i, 0.0, [])
        if sharing.any():
            weights = {n: rarity(n, item.lang) for n in item.names}
            for i in np.flatnonzero(sharing):
                consider(i, *self._names(item, weights, self._rows.stories[rows[i]]))
        return best, best_score, best_reason

    def _open_story(self, new_id: str, item: Item) -> OpenStory:
        story = OpenStory(
            id=new_id, first=item.when, last=item.when, total=np.zeros_like(item.vector)
        )
        self.open[new_id] = story
        return story

    def _place(self, story: OpenStory, item: Item, member: StoryMember) -> str:
        story.take(item, member)
        self._rows.update(story, item)
        self.story_of[item.id] = story.id
        return story.id

    def force(self, item: Item, pinned_to: str) -> str:
        """Put an article where the user pinned it, whatever the scores say."""
        story = self.open.get(pinned_to) or self._open_story(pinned_to, item)
        return self._place(story, item, StoryMember(item.id, 1.0, "placed by hand"))

    def add(self, item: Item) -> str:
        """Place one article; returns its story id."""
        if item.copy_of in self.story_of and self.story_of[item.copy_of] in self.open:
            story = self.open[self.story_of[item.copy_of]]
            return self._place(story, item, StoryMember(item.id, 1.0, f"copy of {item.copy_of}"))
        best, best_score, best_reason = self.best(item)
        if best is None or best_score <= self.weights.threshold:
            best = self._open_story(story_id(item.id), item)
            member = StoryMember(item.id, 1.0, "first article of the story")
        else:
            member = StoryMember(item.id, round(best_score, 3), best_reason)
        return self._place(best, item, member)

    def retire_before(self, when: datetime) -> list[OpenStory]:
        """Close stories with no activity inside the window; they leave memory."""
        closed = [s for s in self.open.values() if s.last + self.window < when]
        for story in closed:
            del self.open[story.id]
            self._rows.remove(story)
            for member in story.members:
                self.story_of.pop(member.article_id, None)
        return closed

    def stories(self) -> list[Story]:
        return [s.as_story() for s in self.open.values()]


def pair_score(weights: Weights, first: Item, second: Item) -> tuple[float, bool, str]:
    """How the clusterer scores `second` against a story made of `first` alone, and whether
    it would join it: the pair benchmark scores real article pairs through this."""
    clusterer = Clusterer(weights)
    clusterer.add(first)
    _, score, reason = clusterer.best(second)
    return score, score > weights.threshold, reason
