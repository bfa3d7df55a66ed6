"""Benchmark: read + clean + store throughput on a corpus generated from examples/.

    .venv/bin/python bench/ingest.py [--articles 20000] [--html-share 0.1]

Each generated article is one example article with its numbers changed and a unique
sentence added (so that every content hash differs and nothing is skipped as a duplicate),
written in the same format as its model: .txt files, .html files and .jsonl files of 500
lines. Prints articles/s overall and per format, and the peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contrasta.pipeline import ingest  # noqa: E402
from contrasta.store import open_store  # noqa: E402

DATA = ROOT / "bench" / ".data"
NUMBER = re.compile(r"\b\d{2,4}\b")


def _vary(text: str, rng: random.Random) -> str:
    return NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)), text)


def generate(total: int, html_share: float, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    examples = ROOT / "examples"
    texts = [p.read_bytes() for p in sorted(examples.rglob("*.txt"))]
    htmls = [p.read_text("utf-8") for p in sorted(examples.rglob("*.html"))]
    records = [
        json.loads(line)
        for p in sorted(examples.rglob("*.jsonl"))
        for line in p.read_text("utf-8").splitlines()
        if line.strip()
    ]
    if DATA.exists():
        shutil.rmtree(DATA)
    (DATA / "corpus").mkdir(parents=True)
    n_html = int(total * html_share)
    n_jsonl = (total - n_html) // 2
    n_text = total - n_html - n_jsonl
    for i in range(n_text):
        raw = rng.choice(texts)
        encoding = "utf-8"
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            body, encoding = raw.decode("latin-1"), "latin-1"
        body = _vary(body, rng) + f"\nNota de archivo número {i} del generador.\n"
        (DATA / "corpus" / f"t{i:06d}.txt").write_bytes(body.encode(encoding, "replace"))
    for i in range(n_html):
        page = _vary(rng.choice(htmls), rng)
        page = page.replace("</article>", f"<p>Nota de archivo número {i}.</p></article>", 1)
        (DATA / "corpus" / f"h{i:06d}.html").write_text(page, "utf-8")
    for start in range(0, n_jsonl, 500):
        with (DATA / "corpus" / f"j{start:06d}.jsonl").open("w", encoding="utf-8") as out:
            for i in range(start, min(start + 500, n_jsonl)):
                record = dict(rng.choice(records))
                record["text"] = _vary(record["text"], rng) + f"\nNota número {i}."
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"text": n_text, "html": n_html, "jsonl": n_jsonl}


def run(pattern: str, label: str, db: Path) -> tuple[int, float]:
    files = sorted((DATA / "corpus").glob(pattern))
    store = open_store(db)
    started = time.perf_counter()
    result = ingest(store, files)
    elapsed = time.perf_counter() - started
    store.close()
    if result.problems:
        print(f"  {label}: {len(result.problems)} problems, first: {result.problems[0]}")
    rate = result.added / elapsed if elapsed else 0.0
    print(
        f"  {label:6s} {result.added:7d} articles in {elapsed:7.1f} s = {rate:8.0f} articles/s"
        f" ({result.duplicates} duplicates skipped)"
    )
    return result.added, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--html-share", type=float, default=0.1)
    args = parser.parse_args()
    counts = generate(args.articles, args.html_share)
    print(f"corpus: {counts} generated from examples/ into {DATA / 'corpus'}")
    db = DATA / "bench.db"
    totals = [
        run(p, label, db)
        for p, label in (("*.txt", "text"), ("*.jsonl", "jsonl"), ("*.html", "html"))
    ]
    added = sum(t[0] for t in totals)
    elapsed = sum(t[1] for t in totals)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"total  {added:7d} articles in {elapsed:7.1f} s = {added / elapsed:8.0f} articles/s"
        f" (one core, read + clean + store into SQLite)"
    )
    print(f"peak resident memory: {peak:.0f} MB; database {db.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
