"""The same real input, analysed twice in two processes, must give the same reports.

Builds the corpus of bench/realcorpus.py once (every real text under ../shared/eval, in a
temporary folder), runs `contrasta analyze` on it twice, each run in a fresh database with
its own hash seed (PYTHONHASHSEED 1 and 2) and at its own time, and compares: the stories
(members, in their order) of the two databases, and every report file byte for byte, the
time each run wrote its reports blanked (the only thing a run may change). Prints how many
stories and files differ and the first differing line of a few.

    PYTHONPATH=$PWD python bench/same_reports.py [--no-html] [--only default|use] [--keep DIR]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from realcorpus import RUNS, built_corpus, corpus_options, settings

from contrasta.store import open_store

SEEDS = ("1", "2")


def analyze(corpus: Path, work: Path, name: str, seed: str) -> tuple[Path, Path]:
    work.mkdir()
    db, out = work / "contrasta.db", work / "out"
    command = [sys.executable, "-m", "contrasta", "analyze", str(corpus), "--db", str(db)]
    started = time.monotonic()
    done = subprocess.run(
        [*command, "--out", str(out), *settings(name)],
        capture_output=True,
        text=True,
        cwd=work,
        env={**os.environ, "PYTHONHASHSEED": seed, "COLUMNS": "250", "NO_COLOR": "1"},
    )
    print(f"run with hash seed {seed}: exit {done.returncode}, {time.monotonic() - started:.0f} s")
    return db, out


def stories(db: Path) -> dict[str, list[str]]:
    store = open_store(db)
    try:
        return {s.id: s.article_ids for s in store.list_stories()}
    finally:
        store.close()


def report_files(out: Path) -> dict[str, str]:
    """Every file's text, the run's writing time blanked in the forms the reports show."""
    written = datetime.fromisoformat(
        json.loads((out / "stories.json").read_text(encoding="utf-8"))["generated_at"]
    )
    stamps = [written.isoformat(), f"{written:%Y-%m-%d %H:%M:%S}", f"{written:%Y-%m-%d %H:%M}"]
    files = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8")
        for stamp in stamps:
            text = text.replace(stamp, "")
        files[str(path.relative_to(out))] = text
    return files


def first_difference(one: str, two: str) -> str:
    for a, b in zip(one.splitlines(), two.splitlines(), strict=False):
        if a != b:
            return f"{a[:150]!r} / {b[:150]!r}"
    return "one is longer"


def compare(name: str, corpus: Path, root: Path) -> None:
    print(f"\n== contrasta analyze {' '.join(settings(name)) or '(default settings)'}, twice")
    runs = [analyze(corpus, root / f"{name}-{seed}", name, seed) for seed in SEEDS]
    (db1, out1), (db2, out2) = runs
    s1, s2 = stories(db1), stories(db2)
    same_sets = {frozenset(m) for m in s1.values()} == {frozenset(m) for m in s2.values()}
    reordered = [i for i in s1.keys() & s2.keys() if s1[i] != s2[i] and set(s1[i]) == set(s2[i])]
    print(f"stories {len(s1)} / {len(s2)}; same partition: {'yes' if same_sets else 'NO'}")
    print(f"stories whose members come in another order: {len(reordered)} {sorted(reordered)[:5]}")
    f1, f2 = report_files(out1), report_files(out2)
    only = sorted(f1.keys() ^ f2.keys())
    differing = sorted(n for n in f1.keys() & f2.keys() if f1[n] != f2[n])
    print(f"report files {len(f1)} / {len(f2)}; in one run only: {len(only)} {only[:5]}")
    print(f"report files that differ: {len(differing)}")
    for file in differing[:5]:
        print(f"  {file}: {first_difference(f1[file], f2[file])}")


def main() -> int:
    args = corpus_options(__doc__, "one setting instead of both").parse_args()
    with built_corpus(args, "contrasta-same-") as built:
        if built is None:
            return 1
        corpus, work = built
        for name in [args.only] if args.only else RUNS:
            compare(name, corpus, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
