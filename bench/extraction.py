"""Benchmark: contrasta's HTML path against trafilatura alone, on real pages.

    .venv/bin/python bench/extraction.py [--pages N] [--worst K]

Data: ../shared/eval/article-extraction (the Zyte/Scrapinghub article-extraction benchmark,
181 real news and blog pages; `CONTRASTA_EVAL` overrides ../shared/eval). Both sides get the
same page bytes:

- trafilatura alone: `trafilatura.extract` with the settings contrasta's reader uses
  (`fast=True, include_comments=False`), its plain-text body;
- contrasta: `read_bytes` (the HTML reader) and `prepare` (the cleaner), i.e. what
  `contrasta analyze page.html` stores. Only the article text is scored, not the title: the
  ground truth `articleBody` leaves the headline out, and so does trafilatura's body text.
  A page contrasta refuses (no article text) scores as an empty extraction.

Metric, as the benchmark's own evaluate.py computes it: per page, tokens are `\\w+` runs
(case kept: its `re.IGNORECASE` flag does not lower-case anything), shingles are 4-grams of
consecutive tokens counted as a multiset; TP/FP/FN are the multiset overlaps, normalised to
sum to 1 per page; precision is averaged over pages with any prediction, recall over pages
with any truth, and F1 is the harmonic mean of those two averages. Printed beside it: the
same over lower-cased tokens, and a plain bag of lower-cased words (1-grams). Throughput is
pages per CPU second (`time.process_time`), the two sides taking turns page by page.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import evaldata  # noqa: E402

from contrasta.errors import InputError  # noqa: E402
from contrasta.ingest import read_bytes  # noqa: E402
from contrasta.prepare import prepare  # noqa: E402

PUBLISHED_TRAFILATURA_F1 = 0.958

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Metric:
    """One way of turning a text into a multiset of units to compare."""

    name: str
    n: int
    lower: bool

    def units(self, text: str) -> Counter:
        tokens = _TOKEN.findall(text.lower() if self.lower else text)
        if self.n == 1:
            return Counter(tokens)
        # a text shorter than n tokens is one short shingle, as in evaluate.py
        starts = range(max(1, len(tokens) - self.n + 1)) if tokens else ()
        return Counter(tuple(tokens[i : i + self.n]) for i in starts)


METRICS = (
    Metric("4-gram shingles, case kept (evaluate.py)", 4, False),
    Metric("4-gram shingles, lower-cased", 4, True),
    Metric("bag of words, lower-cased", 1, True),
)
SHINGLES = METRICS[0]


@dataclass(frozen=True)
class Overlap:
    """A page's TP/FP/FN, normalised to sum to 1 so that long pages weigh no more."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def overlap(truth: str, predicted: str, metric: Metric = SHINGLES) -> Overlap:
    want, got = metric.units(truth), metric.units(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return Overlap(tp / total, fp / total, fn / total) if total else Overlap(0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float


def scores(overlaps: list[Overlap]) -> Scores:
    """Averaged the way evaluate.py does: P over pages that predicted something, R over
    pages with a truth, F1 of the two averages."""
    precision = statistics.mean(o.precision for o in overlaps if o.precision is not None)
    recall = statistics.mean(o.recall for o in overlaps if o.recall is not None)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1)


def load_pages(limit: int | None = None) -> list[tuple[str, bytes, str]]:
    """(id, page bytes, ground-truth body) in id order, the first `limit` of them."""
    truth = evaldata.extraction_truth()
    return [
        (i, evaldata.extraction_page(i), truth[i]["articleBody"]) for i in sorted(truth)[:limit]
    ]


def trafilatura_text(data: bytes) -> str:
    return trafilatura.extract(data, fast=True, include_comments=False) or ""


@dataclass
class Contrasta:
    """contrasta's side of the run: what it stores per page, and the CPU time per stage."""

    title: dict[str, str] = field(default_factory=dict)
    text: dict[str, str] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    read_cpu: float = 0.0
    clean_cpu: float = 0.0

    def add(self, page_id: str, data: bytes) -> None:
        started = time.process_time()
        try:
            raw = next(read_bytes(f"{page_id}.html", data, ".html"))
        except InputError:
            raw = None
        read = time.process_time()
        self.read_cpu += read - started
        article = None
        if raw is not None:
            with contextlib.suppress(InputError):
                article = prepare(raw)
            self.clean_cpu += time.process_time() - read
        if article is None:
            self.refused.append(page_id)
            self.title[page_id] = self.text[page_id] = ""
        else:
            self.title[page_id], self.text[page_id] = article.title, article.text


def run(pages: list[tuple[str, bytes, str]]) -> tuple[dict[str, str], float, Contrasta]:
    """Both sides over the same pages: trafilatura's texts and CPU seconds, contrasta's.

    The two sides take turns page by page, so that load from other processes on a shared
    machine slows both alike and their ratio stays meaningful.
    """
    page_id, data, _ = pages[0]
    trafilatura_text(data)  # imports and lazy tables load before the clocks start
    Contrasta().add(page_id, data)
    alone: dict[str, str] = {}
    alone_cpu = 0.0
    ours = Contrasta()
    for page_id, data, _ in pages:
        started = time.process_time()
        alone[page_id] = trafilatura_text(data)
        alone_cpu += time.process_time() - started
        ours.add(page_id, data)
    return alone, alone_cpu, ours


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=None, help="only the first N pages")
    parser.add_argument("--worst", type=int, default=10, help="pages to list where F1 drops")
    args = parser.parse_args()
    reason = evaldata.missing(evaldata.PAGES)
    if reason:
        sys.exit(reason)
    pages = load_pages(args.pages)
    truth = {page_id: body for page_id, _, body in pages}
    alone, alone_cpu, ours = run(pages)
    sides = {
        "trafilatura alone": alone,
        "contrasta text": ours.text,
        "contrasta title + text": {i: f"{ours.title[i]}\n{ours.text[i]}" for i in truth},
    }
    print(f"{len(pages)} pages from {evaldata.PAGES}; contrasta refused {len(ours.refused)}")
    print(f"published: trafilatura 2.0.0 F1 {PUBLISHED_TRAFILATURA_F1} (4-gram shingles)")
    for metric in METRICS:
        print(f"\n{metric.name}")
        for name, texts in sides.items():
            s = scores([overlap(truth[i], texts[i], metric) for i in truth])
            print(f"  {name:<24} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")
    contrasta_cpu = ours.read_cpu + ours.clean_cpu
    print("\nthroughput, pages per CPU second")
    print(f"  trafilatura alone        {len(pages) / alone_cpu:7.1f}")
    print(
        f"  contrasta                {len(pages) / contrasta_cpu:7.1f}"
        f"  (reader {len(pages) / ours.read_cpu:.1f}, cleaning {len(pages) / ours.clean_cpu:.1f})"
    )

    deltas = sorted(
        (after.f1 - before.f1, page_id, before, after)
        for page_id in truth
        for before, after in [
            (overlap(truth[page_id], alone[page_id]), overlap(truth[page_id], ours.text[page_id]))
        ]
    )
    lower = [d for d in deltas if d[0] < 0]
    print(f"\npages where contrasta's per-page F1 is below trafilatura's: {len(lower)}")
    for delta, page_id, before, after in lower[: args.worst]:
        print(
            f"  {page_id[:16]}  F1 {before.f1:.3f} -> {after.f1:.3f} ({delta:+.3f})"
            f"  P {before.precision or 0:.3f} -> {after.precision or 0:.3f}"
            f"  R {before.recall or 0:.3f} -> {after.recall or 0:.3f}"
        )


if __name__ == "__main__":
    main()
