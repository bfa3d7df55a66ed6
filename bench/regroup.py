"""Grouping's CPU on a kept database, by stage: what a speed change of grouping is paired on.

    PYTHONPATH=$PWD python bench/clustering.py --articles 100000 --skip-public \\
        --skip-baseline --keep DIR
    PYTHONPATH=$PWD python bench/regroup.py DIR/ingested.db
    PYTHONPATH=$PWD python bench/regroup.py DIR/grouped.db --known [--stop N] [--profile N]

`bench/clustering.py --keep DIR` keeps the generated corpus ingested (`ingested.db`, no
article in a story) and grouped once (`grouped.db`, every lead's vector stored). This groups
a copy, so two commits can be run side by side on the same articles (the machine is
shared: compare CPU seconds of runs made at the same time). With `--known` the copy's
stories are cleared first and every lead's vector is read from the store: the work outside
the embedding alone. `--stop N` ends after the chunk that reaches N articles (a 100,000-
article database read up to 30,000).

Prints the CPU seconds of grouping and of the embedding, the partition's fingerprint
(`bench/clustering.py`'s: equal fingerprints, the same articles share a story), peak
memory, and the CPU seconds of grouping's stages, each timed around its own calls (a stage
inside another is indented under it and counted in it too). With `--profile N`, the N
functions of most CPU of their own (cProfile timed by the process's CPU clock, not the
wall clock, which a loaded machine stretches).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import pstats
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import stage_parts  # noqa: E402
from clustering import TimedEmbedder, partition_hash, peak_mb, story_of  # noqa: E402

from contrasta import collector  # noqa: E402
from contrasta.embed import load_embedder  # noqa: E402
from contrasta.store import open_store  # noqa: E402
from contrasta.store.sql import SQLStore  # noqa: E402
from contrasta.stories import group as grouping  # noqa: E402
from contrasta.stories import index, online  # noqa: E402

STAGES = (
    (grouping, "item_of", "articles' words, names and lead (item_of)"),
    (grouping, "paragraph_words", "paragraph words of texts and titles"),
    (grouping._CopyFinder, "add", "copy detection"),
    (SQLStore, "get_articles", "reading articles from the store"),
    (online.Clusterer, "add", "placing an article (embedding included)"),
    (online.Clusterer, "_by_words", "  weighing its words against the open stories"),
    (index.StoryRows, "overlaps", "    word overlaps (Postings.dots)"),
    (online.Clusterer, "_weighed", "    word evidence per story"),
    (online.OpenStory, "title_overlap", "      title overlaps"),
    (online.Clusterer, "_place", "  joining a story"),
    (online.Clusterer, "leads_wanted", "look-ahead's weighing"),
    (grouping._Run, "_save", "saving stories"),
    (online.Clusterer, "retire_before", "closing stories"),
)


def timed(spent: dict[str, float]) -> None:
    """Each stage's function wrapped to add its process CPU to `spent`."""
    for owner, name, label in STAGES:
        stage_parts.timed(owner, name, spent, label)


class _Enough(Exception):
    pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--known", action="store_true", help="clear the stories first")
    parser.add_argument("--stop", type=int, help="end after this many articles")
    parser.add_argument("--profile", type=int, metavar="N", help="the N costliest functions")
    args = parser.parse_args()
    collector.fewer_collections()  # as `contrasta analyze` runs (bench/clustering.py)
    spent: dict[str, float] = defaultdict(float)
    if not args.profile:
        timed(spent)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / args.db.name
        shutil.copy(args.db, copy)
        store = open_store(copy)
        if args.known:
            store.clear_stories()
        embedder = TimedEmbedder(load_embedder("use"))
        reached = [0]

        def progress(done: int, _: int) -> None:
            reached[0] = done
            if args.stop and done >= args.stop:
                raise _Enough

        profile = cProfile.Profile(time.process_time) if args.profile else None
        start = time.process_time()
        if profile:
            profile.enable()
        with contextlib.suppress(_Enough):
            grouping.group(store, embedder, on_progress=progress)
        if profile:
            profile.disable()
        cpu = time.process_time() - start
        placed = reached[0]
        fingerprint = "" if args.stop else f", partition {partition_hash(story_of(store))}"
        store.close()
    print(
        f"{placed} articles grouped in {cpu:.1f} CPU s ({placed / cpu:.0f} a CPU second), "
        f"embedding {embedder.cpu:.1f} s for {embedder.texts} leads; outside it "
        f"{1000 * (cpu - embedder.cpu) / placed:.3f} ms an article{fingerprint}, "
        f"peak {peak_mb():.0f} MB"
    )
    for label in [label for *_, label in STAGES if label in spent]:
        seconds = spent[label]
        print(f"  {label:55s} {seconds:7.2f} s  {1e6 * seconds / placed:6.1f} µs an article")
    if profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
