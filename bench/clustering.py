"""Benchmark: story clustering quality and throughput.

    .venv/bin/python bench/clustering.py [--embedder use|e5] [--articles 100000] [--skip-public]

1. Public data: the Spanish Fake News Corpus test set (FakeDeS, IberLEF 2021), read from
   ../shared/eval/spanish-fake-news/test.xlsx (needs openpyxl: pip install -e '.[bench]').
   It has no event labels (the pairs its README mentions are not marked), so only what its
   labels can show is printed: B-cubed precision against the TOPIC label (a story that mixes
   topics is certainly a false merge; merges inside a topic are not caught), and the share of
   articles placed with at least one other. No published clustering figure exists for it.
2. Generated data: --articles articles in stories of 1-15 articles spread over a year,
   made from examples/ with every name and number replaced per story, written as JSON
   Lines. Prints ingest and grouping throughput (articles/s, one process), peak memory at
   each quarter (flat means the window bounds the work), and B-cubed P/R/F1 against the
   generated story labels.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contrasta.embed import load_embedder  # noqa: E402
from contrasta.model import RawDocument  # noqa: E402
from contrasta.pipeline import ingest  # noqa: E402
from contrasta.prepare import prepare  # noqa: E402
from contrasta.reading.names import names  # noqa: E402
from contrasta.reading.sentences import split_sentences  # noqa: E402
from contrasta.store import open_store  # noqa: E402
from contrasta.stories.group import group  # noqa: E402

FILE_LINES = 5000
FAKEDES = ROOT.parent / "shared" / "eval" / "spanish-fake-news" / "test.xlsx"
SYLLABLES = (
    "ba be bi bo ca ce co da de do fa fe ga go la le lo ma me mo na ne no ra re ro sa se so ta"
    " te to va ve za"
).split()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_mb() -> float:
    """Resident memory now (peak only ever grows; this shows whether use stays flat)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998) over the items of `gold`."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        by_pred[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        same = by_pred[predicted[item]] & by_gold[gold[item]]
        precision += len(same) / len(by_pred[predicted[item]])
        recall += len(same) / len(by_gold[gold[item]])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def story_of(store) -> dict[str, str]:
    return {m.article_id: s.id for s in store.list_stories() for m in s.members}


def public(embedder_choice: str) -> None:
    if not FAKEDES.exists():
        print(f"public: {FAKEDES} not found; skipped")
        return
    import openpyxl

    rows = list(openpyxl.load_workbook(FAKEDES, read_only=True).active.iter_rows(values_only=True))
    header = [str(h).upper() for h in rows[0]]
    col = {name: header.index(name) for name in ("ID", "TOPICS", "SOURCE", "HEADLINE", "TEXT")}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "fakedes.db")
        topic_of = {}
        articles = []
        for row in rows[1:]:
            text = str(row[col["TEXT"]] or "")
            headline = row[col["HEADLINE"]]
            raw = RawDocument(
                source=f"test.xlsx:{row[col['ID']]}",
                fmt="jsonl",
                text=text,
                title=str(headline) if headline and headline != "None" else None,
                outlet=str(row[col["SOURCE"]] or "") or None,
                lang="es",
                paragraphs=[p for p in text.splitlines() if p.strip()],
            )
            try:
                article = prepare(raw)
            except Exception as exc:  # report, as the pipeline does, and go on
                print(f"  skipped {raw.source}: {exc}")
                continue
            articles.append(article)
            topic_of[article.id] = str(row[col["TOPICS"]])
        store.add_articles(articles)
        started = time.perf_counter()
        result = group(store, load_embedder(embedder_choice))
        elapsed = time.perf_counter() - started
        predicted = story_of(store)
        precision, _, _ = bcubed(predicted, topic_of)
        sizes = Counter(predicted.values())
        grouped = sum(1 for a in predicted if sizes[predicted[a]] > 1) / len(predicted)
        print(
            f"public: FakeDeS test, {len(articles)} articles, {len(sizes)} stories, "
            f"grouped in {elapsed:.1f} s ({len(articles) / elapsed:.0f} articles/s)"
        )
        print(
            f"  B-cubed precision against TOPIC labels: {precision:.3f} "
            f"(1.0 = no story mixes topics)"
        )
        print(
            f"  articles placed with at least one other: {grouped:.1%}; "
            f"largest story: {max(sizes.values())} articles"
        )
        print(f"  method: {result.method}")
        store.close()


def _pseudo_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _sentence_pool() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for p in sorted((ROOT / "examples").rglob("*.jsonl"))
        for line in p.read_text("utf-8").splitlines()
        if line.strip()
    ]
    texts += [p.read_bytes().decode("utf-8", "replace") for p in (ROOT / "examples").rglob("*.txt")]
    return [
        s.text
        for text in texts
        for line in text.splitlines()
        for s in split_sentences(line)
        if 60 <= len(s.text) <= 300 and ":" not in s.text[:15]
    ]


def _story_text(core: list[str], rng: random.Random) -> tuple[list[str], re.Pattern, dict]:
    """The story's own facts: its core sentences with every name made up anew."""
    swap = {n: _pseudo_name(rng) for n in names(" ".join(core))}
    pattern = re.compile("|".join(re.escape(n) for n in sorted(swap, key=len, reverse=True)))
    return core, pattern, swap


def generate(folder: Path, total: int, seed: int = 11) -> dict[str, int]:
    """JSON Lines files of 5,000 articles, `total` in all; returns url -> story label.

    Each story draws six core sentences from the examples' sentence pool and renames every
    person, place and organisation in them; each of its articles reuses four or five core
    sentences in another order and adds two unrelated pool sentences.
    """
    rng = random.Random(seed)
    pool = _sentence_pool()
    start = datetime(2025, 1, 1)
    gold: dict[str, int] = {}
    story = written = 0
    folder.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    while written < total:
        story += 1
        core, pattern, swap = _story_text(rng.sample(pool, 6), rng)

        def rename(text: str, pattern=pattern, swap=swap) -> str:
            return pattern.sub(lambda m: swap[m.group(0)], text) if swap else text

        day = start + timedelta(minutes=rng.randint(0, 365 * 24 * 60))
        for _ in range(min(rng.randint(1, 15), total - written)):
            sentences = [rename(s) for s in rng.sample(core, rng.randint(4, 5))]
            sentences += rng.sample(pool, 2)
            rng.shuffle(sentences)
            url = f"https://gen.example/{story}/{written}"
            when = day + timedelta(minutes=rng.randint(0, 3 * 24 * 60))
            record = {
                "title": " ".join(rename(core[0]).split()[:12]),
                "text": "\n".join(" ".join(sentences[i : i + 2]) for i in range(0, 7, 2)),
                "url": url,
                "outlet": f"Medio {rng.randint(1, 40)}",
                "published": when.isoformat(),
                "lang": "es",
            }
            lines.append(json.dumps(record, ensure_ascii=False))
            gold[url] = story
            written += 1
            if len(lines) == FILE_LINES or written == total:
                (folder / f"part-{written:07d}.jsonl").write_text("\n".join(lines), "utf-8")
                lines.clear()
    return gold


def generated(total: int, embedder_choice: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "generated"
        gold_by_url = generate(corpus, total)
        store = open_store(Path(tmp) / "generated.db")
        started = time.perf_counter()
        result = ingest(store, [corpus])
        ingest_s = time.perf_counter() - started
        print(
            f"generated: {result.added} articles ingested in {ingest_s:.1f} s "
            f"({result.added / ingest_s:.0f} articles/s), peak {peak_mb():.0f} MB"
        )
        marks = {total // 4 * q for q in (1, 2, 3, 4)}

        def progress(done: int, all_: int) -> None:
            for mark in sorted(marks):
                if done >= mark:
                    marks.discard(mark)
                    rate = done / (time.perf_counter() - grouping_started)
                    print(
                        f"  grouped {done:7d}/{all_}: {rate:5.0f} articles/s, "
                        f"memory now {current_mb():.0f} MB, peak {peak_mb():.0f} MB",
                        flush=True,
                    )

        grouping_started = time.perf_counter()
        grouped = group(store, load_embedder(embedder_choice), on_progress=progress)
        group_s = time.perf_counter() - grouping_started
        url_of = {a.id: a.url for a in store.iter_articles()}
        predicted = story_of(store)
        gold = {a: str(gold_by_url[url_of[a]]) for a in predicted}
        precision, recall, f1 = bcubed(predicted, gold)
        print(
            f"  dedup + embed + cluster: {group_s:.1f} s"
            f" ({grouped.placed / group_s:.0f} articles/s)"
        )
        print(
            f"  end to end (ingest -> dedup -> cluster): "
            f"{grouped.placed / (ingest_s + group_s):.0f} articles/s on one process"
        )
        print(f"  B-cubed on generated stories: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
        print(f"  method: {grouped.method}")
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedder", default="use", choices=("use", "e5"))
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--skip-public", action="store_true")
    args = parser.parse_args()
    if not args.skip_public:
        public(args.embedder)
    generated(args.articles, args.embedder)


if __name__ == "__main__":
    main()
