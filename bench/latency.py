"""Benchmark: what a user waits for, in CPU seconds (the machine is shared, so CPU time is
the figure that compares; wall time is printed beside it).

    PYTHONPATH=$PWD .venv/bin/python bench/latency.py [--sizes 1000,5000] [--runs 3]
        [--corpus real|examples]

1. `contrasta --help`: a fresh process (median of --runs). Goal (issue 14): <= 0.3 CPU s.
2. `contrasta analyze examples/`: a fresh process on a fresh temporary database with the
   default settings, reports included. Goal: <= 3 CPU s. The copies that load fast
   (`contrasta.cache`: USE's weights, wordfreq's lists, gender-guesser's names, compiled
   patterns) go to a cache folder of this bench: the first run builds them (printed as the
   cold figure, what a first run after installing costs), the timed runs read them.
3. `contrasta show STORY` on the largest story that run stored. Goal (for a 50-article
   story): <= 0.5 CPU s; the example corpus's largest story is smaller, so the size is
   printed beside the figure.
4. Grouping (dedup + embed + cluster, `stories.group.group`) in articles per CPU second on
   the generated corpora of bench/clustering.py at each of --sizes, with its B-cubed F1
   against the generated stories, then again with every lead vector stored (`stories
   rebuild`: the cost of the words, names, copies and the store without the embedding).
   Goal (issue 13): >= 2,000 at 100k on one core.

Each command runs as a child process; its CPU time is the kernel's accounting of that child
(user + system), so start-up, imports and model loads are all counted. Children may write
bytecode caches, as an installed package has them: with PYTHONDONTWRITEBYTECODE every run
compiled every module again (~0.3 CPU s of `show`), which no user pays.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from clustering import Clock, bcubed, generate, generate_real, story_of  # noqa: E402

from contrasta.embed import load_embedder  # noqa: E402
from contrasta.pipeline import ingest  # noqa: E402
from contrasta.store import open_store  # noqa: E402
from contrasta.stories.group import group  # noqa: E402

GOALS = {"--help": 0.3, "analyze examples/": 3.0, "show STORY": 0.5}


CACHE = tempfile.mkdtemp(prefix="contrasta-bench-cache-")


def child(args: list[str], cache: str = CACHE) -> tuple[float, float]:
    """CPU and wall seconds of `python -m contrasta ARGS` run to its end."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "CONTRASTA_CACHE": cache,
    }
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "contrasta", *args], env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"contrasta {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def median_child(args: list[str], runs: int) -> tuple[float, float]:
    timed = [child(args) for _ in range(runs)]
    return statistics.median(c for c, _ in timed), statistics.median(w for _, w in timed)


def row(what: str, cpu: float, wall: float, note: str = "") -> None:
    goal = GOALS.get(what)
    verdict = (
        "" if goal is None else f"  (goal <= {goal} CPU s: {'met' if cpu <= goal else 'not met'})"
    )
    print(f"{what:<22} {cpu:6.2f} CPU s  {wall:6.2f} s wall{verdict}{note}", flush=True)


def commands(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cold = child(["analyze", str(ROOT / "examples"), "--db", f"{tmp}/b.db", "--out", tmp])
    row("analyze (cold cache)", *cold, "  [builds the copies that load fast]")
    row("--help", *median_child(["--help"], runs))
    analyzed, shown = [], []
    largest = 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            db, out = Path(tmp) / "bench.db", Path(tmp) / "out"
            analyzed.append(
                child(["analyze", str(ROOT / "examples"), "--db", str(db), "--out", str(out)])
            )
            store = open_store(str(db))
            story = max(store.list_stories(), key=lambda s: (len(s.members), s.id))
            store.close()
            largest = len(story.members)
            shown.append(child(["show", story.id, "--db", str(db)]))
    row("analyze examples/", *map(statistics.median, zip(*analyzed, strict=True)))
    row(
        "show STORY",
        *map(statistics.median, zip(*shown, strict=True)),
        f"  [{largest}-article story]",
    )


def grouping(sizes: list[int], corpus: str) -> None:
    make = generate_real if corpus == "real" else generate
    embedder = load_embedder("auto")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            gold_by_url = make(Path(tmp) / "corpus", size)
            store = open_store(str(Path(tmp) / "g.db"))
            ingest(store, [Path(tmp) / "corpus"])
            clock = Clock()
            placed = group(store, embedder).placed
            wall, cpu = clock.elapsed()
            predicted = story_of(store)
            clock = Clock()
            group(store, embedder, rebuild=True)
            _, again = clock.elapsed()
            url_of = {
                a.id: a.url
                for start in range(0, len(predicted), 1000)
                for a in store.get_articles(list(predicted)[start : start + 1000])
            }
            store.close()
        gold = {a: str(gold_by_url[url_of[a]]) for a in predicted}
        f1 = bcubed(predicted, gold)[2]
        print(
            f"grouping {size:>7,} ({corpus}) {placed / cpu:7.0f} articles per CPU s "
            f"({cpu:.1f} CPU s, {wall:.1f} s wall), B-cubed F1 {f1:.3f}; "
            f"again with the vectors stored (stories rebuild) {placed / again:.0f} per CPU s",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000", help="comma-separated; empty: skip")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--corpus",
        choices=("real", "examples"),
        default="real" if (ROOT.parent / "shared" / "eval").exists() else "examples",
    )
    args = parser.parse_args()
    try:
        commands(args.runs)
    finally:
        shutil.rmtree(CACHE, ignore_errors=True)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if sizes:
        grouping(sizes, args.corpus)


if __name__ == "__main__":
    main()
