"""Benchmark: the Spark job in local[2] next to the single-machine pipeline, on the same data.

    .venv/bin/python bench/spark.py [--articles 200000] [--master local[2]]

Needs the spark extra (pip install -e '.[spark]') and Java 17. The corpus is made by
bench/clustering.py's generator (stories of 1-15 articles over a year, JSON Lines files of
5,000 articles). Then, on the same files:

1. single machine, one process: `pipeline.ingest` into SQLite (read + clean + store), then
   whole-text dedup with `DuplicateIndex(paragraphs=False)`, as grouping runs it.
2. Spark: `contrasta.spark.job.run_job` (read + clean + MinHash band GROUP BY + exact
   confirmation + connected components + story candidates, Parquet out).

Prints wall-clock seconds and CPU seconds for each (the machine is shared, so CPU time is
the figure that compares; for Spark it is the driver plus the JVM and its Python workers,
read from /proc), articles per second of each, and whether both found the same copy links.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pyarrow.parquet as pq  # noqa: E402
from clustering import generate  # noqa: E402

from contrasta.dedup import DuplicateIndex  # noqa: E402
from contrasta.dedup.links import ARTICLE  # noqa: E402
from contrasta.pipeline import ingest  # noqa: E402
from contrasta.spark.job import run_job, start_session  # noqa: E402
from contrasta.store import open_store  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def descendants_cpu(pid: int | None = None) -> float:
    """CPU seconds of every live descendant, with the children each has already reaped."""
    total, todo = 0.0, _children(pid or os.getpid())
    while todo:
        child = todo.pop()
        try:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(v) for v in fields[11:15]) / TICKS  # utime stime cutime cstime
            todo += _children(child)
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def rate(n: int, wall: float, cpu: float) -> str:
    return (
        f"{wall:7.1f} s wall ({n / wall:6.0f} articles/s)   "
        f"{cpu:7.1f} s CPU ({n / cpu:6.0f} articles per CPU second)"
    )


def single_machine(corpus: Path, db: Path) -> tuple[int, set[tuple[str, str]], str]:
    wall, cpu = time.perf_counter(), time.process_time()
    store = open_store(db)
    result = ingest(store, [corpus])
    read_wall, read_cpu = time.perf_counter() - wall, time.process_time() - cpu
    index = DuplicateIndex(paragraphs=False)
    for article in sorted(store.iter_articles(), key=lambda a: (a.when, a.id)):
        index.add(article)
    links = {(link.copy_id, link.origin_id) for link in index.links() if link.kind == ARTICLE}
    store.close()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    lines = (
        f"  read + clean + store:  {rate(result.added, read_wall, read_cpu)}\n"
        f"  ... + dedup:           {rate(result.added, wall, cpu)}"
    )
    return result.added, links, lines


def spark(corpus: Path, out: Path, master: str) -> tuple[int, set[tuple[str, str]], str]:
    started = time.perf_counter()
    session = start_session(master)
    start_s = time.perf_counter() - started
    wall, cpu, workers = time.perf_counter(), time.process_time(), descendants_cpu()
    result = run_job(session, [str(corpus)], str(out))
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu + descendants_cpu() - workers
    session.stop()
    links = {(r["copy_id"], r["origin_id"]) for r in pq.read_table(out / "copy_links").to_pylist()}
    lines = (
        f"  session start-up:      {start_s:7.1f} s wall (not counted below)\n"
        f"  whole job:             {rate(result.articles, wall, cpu)}\n"
        f"  story candidate pairs: {result.story_candidates}, names too common to pair on: "
        f"{result.common_keys}, problems: {result.problems}"
    )
    return result.articles, links, lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        generate(corpus, args.articles)
        print(
            f"{args.articles} generated articles in {len(list(corpus.iterdir()))} JSON Lines files"
        )
        count, single_links, shown = single_machine(corpus, Path(tmp) / "single.db")
        print(f"single machine, one process: {count} articles\n{shown}", flush=True)
        count, spark_links, shown = spark(corpus, Path(tmp) / "spark", args.master)
        print(f"Spark {args.master}: {count} articles\n{shown}")
        differ = len(single_links ^ spark_links)
        print(
            f"copy links: single machine {len(single_links)}, Spark {len(spark_links)}, "
            f"{'identical' if not differ else f'{differ} differ'}"
        )


if __name__ == "__main__":
    main()
