"""The rated SemEval pairs inside a run: did the run put the two articles in one story?

bench/pairs.py judges each rated pair on its own: the second article against a story made
of the first. Inside a run an article meets every other article of its week, so a pair can
part because one side joined another story first, or meet through a third article that
both resemble. This scores what a user would see: for every row of the rated file
(../shared/eval/semeval2022-task8/pairs-dev.csv, or any file of its format) whose two texts
are both articles of the run, "same story" against the annotators' same event
(`Overall <= 2`), with precision, recall, F1 and the counts behind them per language pair
and overall. bench/realcorpus.py prints it after each run; tests/test_run_pairs_real.py
holds its floor.

A run that only ingests and groups (`group_only`: what `contrasta analyze` does before it
reads articles and builds dossiers) decides the same stories at a fraction of the cost, so
the figure costs a grouping run, not a full analysis. Measured 2026-12-05 on the 2,288
articles of `bench/realcorpus.py --no-html --only use`: 22.6 CPU s with --group-only (20.5
of them grouping), 225 for the full `contrasta analyze`, the same partition (fingerprint)
in both and under every PYTHONHASHSEED tried.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from clustering import partition_hash
from evaldata import prf
from pairs import Pair

from contrasta.embed import load_embedder
from contrasta.pipeline import RunResult, analyze
from contrasta.store import Store, open_store


@dataclass
class Tally:
    """Rated pairs of one language pair whose two articles are in the run."""

    pairs: int = 0
    same_event: int = 0  # rated Overall <= 2
    together: int = 0  # put in one story by the run
    hits: int = 0  # both

    def add(self, same_event: bool, together: bool) -> None:
        self.pairs += 1
        self.same_event += same_event
        self.together += together
        self.hits += same_event and together

    @property
    def scores(self) -> tuple[float, float, float]:
        """Precision, recall, F1 of "same story" against "same event"."""
        return prf(self.hits, self.together, self.same_event)


def articles_by_text(store: Store, corpus: Path) -> dict[str, str]:
    """Text of each JSON-lines record of `corpus` that the run stored -> its article's id. A
    record's article names its line as its source (`path:line`), so texts are matched
    without cleaning them again."""
    records = corpus.read_text(encoding="utf-8").split("\n")
    out = {}
    for article in store.iter_articles():
        path, _, line = article.source.rpartition(":")
        if Path(path).name == corpus.name and line.isdigit():
            out[json.loads(records[int(line) - 1])["text"]] = article.id
    return out


def stories_by_text(store: Store, corpus: Path) -> dict[str, str]:
    """Text of each record the run stored -> its story's id (the article's own id when it is
    in none)."""
    story_of = {m.article_id: s.id for s in store.list_stories() for m in s.members}
    return {text: story_of.get(i, i) for text, i in articles_by_text(store, corpus).items()}


def tally(pairs: Iterable[Pair], story_of_text: dict[str, str]) -> dict[str, Tally]:
    """Per language pair and "all", over the pairs whose two texts are in the run."""
    table: dict[str, Tally] = {"all": Tally()}
    for pair in pairs:
        first, second = story_of_text.get(pair.text1), story_of_text.get(pair.text2)
        if first is None or second is None:
            continue
        for name in (pair.langs, "all"):
            table.setdefault(name, Tally()).add(pair.same_event, first == second)
    return table


def report(table: dict[str, Tally], rated: int) -> list[str]:
    lines = [
        f"rated pairs with both articles in the run: {table['all'].pairs} of {rated}"
        " (same story vs Overall <= 2)",
        f"{'pairs':8}{'n':>5}{'same':>6}{'joined':>8}{'both':>6}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for name in sorted(table, key=lambda k: (k == "all", k)):
        t = table[name]
        precision, recall, f1 = t.scores
        lines.append(
            f"{name:8}{t.pairs:>5}{t.same_event:>6}{t.together:>8}{t.hits:>6}"
            f"{precision:>7.3f}{recall:>7.3f}{f1:>7.3f}"
        )
    return lines


def in_run(db: Path, corpus: Path, pairs: list[Pair]) -> tuple[dict[str, Tally], str]:
    """The figures of the run stored in `db`, and the fingerprint of its partition (which
    articles share a story), to compare two runs."""
    store = open_store(db)
    try:
        table = tally(pairs, stories_by_text(store, corpus))
        partition = {m.article_id: s.id for s in store.list_stories() for m in s.members}
    finally:
        store.close()
    return table, partition_hash(partition)


@dataclass
class GroupRun:
    result: RunResult
    cpu: float  # CPU seconds of this process, the embedder's load included


def group_only(paths: list[Path], db: Path, embedder_choice: str) -> GroupRun:
    """Ingest and group `paths` into a fresh store at `db`, as `contrasta analyze` does
    before reading: the same library call, default limits, no dossiers or reports."""
    started = time.process_time()
    store = open_store(db)
    try:
        result = analyze(store, paths, load_embedder(embedder_choice))
    finally:
        store.close()
    return GroupRun(result, time.process_time() - started)
