"""Why a run got a rated pair wrong: each miss of bench/run_pairs.py with its cause.

A pair the run splits or joins against the annotators can be the pair scorer's own
verdict (bench/pairs.py judges the same two articles alone: no run can do better) or the
run's: the order of placement, the story the later side met instead of the earlier side
alone. To tell them apart the run's grouping is done again on a copy of its store (the
same partition: the fingerprint is checked), with a clusterer that keeps, for each article,
the judgements it was placed on. The later-placed side of each wrong pair is then read
against the story of the earlier one as it stood then, and beside it the pair scorer's
verdict on the two alone. Causes, in the order they are tried:

split (rated same event, put apart)
- `dates apart`: both dated, further apart than the window (never compared);
- `copy`: the later side is a republished text and joined its origin's story;
- `scorer says no`: judged alone, in either order, the two are not one story;
- `words settled another story`: the later side's wording settled it into another story,
  and the earlier side's story was not read further;
- `another story scored higher`: both stories would take it; it joined the better one;
- `set aside`: the earlier side's story was left undecided by the words and not embedded
  (closer stories were read first: online.CLOSEST);
- `story says no`: judged against the earlier side's story (its mean over members), not
  the same, though the pair alone is;
- `not in reach`: the earlier side's story was not a candidate (window, no shared word).

merged (rated different events, put together)
- `copy`: joined as a republished text;
- `scorer says yes`: judged alone, the pair is one story;
- `through the story`: alone the pair is not one story; the later side joined the
  earlier side's story on its other members' evidence (or both joined a third).

The texts are never printed: pair ids, language pairs, ratings and causes.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from clustering import partition_hash
from pairs import Pair
from run_pairs import articles_by_text

import contrasta.stories.group as grouping
from contrasta.embed import load_embedder
from contrasta.store import open_store
from contrasta.stories.fitted import WINDOW, Model, models
from contrasta.stories.online import Clusterer, Item, Judgement, pair_score


@dataclass(frozen=True)
class Placement:
    order: int
    story: str
    judged: tuple[Judgement, ...]
    copy: bool


@dataclass(frozen=True)
class Miss:
    pair: Pair
    merged: bool  # put together though rated different events
    cause: str
    dated: int  # sides with a publication date: undated ones are placed after the dated


class _Recording(Clusterer):
    """The clusterer, keeping what each placement was decided on."""

    placements: dict[str, Placement]

    def _judge(self, item: Item, every: bool, rejected: bool) -> list[Judgement]:
        found = super()._judge(item, every, rejected)
        self._last = found
        if not rejected:
            # Placing judges none of the undecided stories it set aside: judged again with
            # every story (the same reads, nothing embedded anew), they join the record.
            seen = {j.story.id for j in found}
            self._last = found + [
                j
                for j in super()._judge(item, every, True)
                if j.story.id not in seen and self.model.settled(j.evidence) is None
            ]
        return found

    def add(self, item: Item) -> str:
        self._last = []
        copy = self.story_of.get(item.copy_of or "") in self.open
        story = super().add(item)
        self.placements[item.id] = Placement(len(self.placements), story, tuple(self._last), copy)
        return story


@contextmanager
def _recorded() -> Iterator[dict[str, Placement]]:
    placements: dict[str, Placement] = {}
    recording = type("Recording", (_Recording,), {"placements": placements})
    plain, grouping.Clusterer = grouping.Clusterer, recording
    try:
        yield placements
    finally:
        grouping.Clusterer = plain


def misses(db: Path, corpus: Path, pairs: list[Pair], embedder_choice: str) -> list[Miss]:
    """Every rated pair of the run in `db` that the run got wrong, with its cause."""
    embedder = load_embedder(embedder_choice)
    model = models()[embedder.key]
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "again.db"
        shutil.copy(db, copy)
        store = open_store(copy)
        try:
            with _recorded() as placements:
                grouping.group(store, embedder, rebuild=True, model=model)
            story_of = {m.article_id: s.id for s in store.list_stories() for m in s.members}
            articles = {a.id: a for a in store.iter_articles()}
            by_text = articles_by_text(store, corpus)
        finally:
            store.close()
    original = open_store(db)
    try:
        stored = {m.article_id: s.id for s in original.list_stories() for m in s.members}
    finally:
        original.close()
    if partition_hash(story_of) != partition_hash(stored):
        raise RuntimeError("grouping again gave other stories: the causes would not be the run's")
    embed, openings = grouping.embedding(embedder), grouping.opening_embedding(embedder)
    out = []
    for pair in pairs:
        ids = by_text.get(pair.text1), by_text.get(pair.text2)
        if None in ids:
            continue
        together = story_of.get(ids[0], ids[0]) == story_of.get(ids[1], ids[1])
        if together == pair.same_event:
            continue
        first, second = sorted(ids, key=lambda i: placements[i].order)
        a, b = articles[first], articles[second]
        alone = [
            pair_score(model, grouping.item_of(x), grouping.item_of(y), embed, openings).joins(
                model
            )
            for x, y in ((a, b), (b, a))
        ]
        placed = placements[second]
        if together:
            cause = "scorer says yes" if any(alone) else "through the story"
            cause = "copy" if placed.copy else cause
        elif a.published and b.published and abs(a.published - b.published) > WINDOW:
            cause = "dates apart"
        elif placed.copy:
            cause = "copy"
        elif not any(alone):
            cause = "scorer says no"
        else:
            cause = _split(placed, story_of.get(first, first), model)
        out.append(
            Miss(pair, together, cause, (a.published is not None) + (b.published is not None))
        )
    return out


def _split(placed: Placement, partner: str, model: Model) -> str:
    """Why the later side of a pair the scorer joins did not join the earlier side's story."""
    went = next((j for j in placed.judged if j.story.id == placed.story), None)
    against = next((j for j in placed.judged if j.story.id == partner), None)
    if went is not None and went.settled and (against is None or against.settled is False):
        return "words settled another story"
    if against is None:
        return "not in reach"
    if against.joins(model):
        return "another story scored higher"
    if against.settled is False and model.settled(against.evidence) is None:
        return "set aside"
    return "story says no"


def report(found: list[Miss]) -> list[str]:
    counts = Counter(("merged" if m.merged else "split", m.cause) for m in found)
    lines = ["wrong rated pairs by cause (bench/run_misses.py):"]
    lines += [f"  {kind:7}{cause:30}{n:>4}" for (kind, cause), n in sorted(counts.items())]
    lines.append(f"  sides dated: {dict(sorted(Counter(m.dated for m in found).items()))}")
    lines += [
        f"  {m.pair.pair_id:28}{m.pair.langs:7}{m.pair.overall:>5.2f}  "
        f"{'merged' if m.merged else 'split':7}{m.dated} dated  {m.cause}"
        for m in sorted(found, key=lambda m: (m.merged, m.cause, m.pair.pair_id))
    ]
    return lines
