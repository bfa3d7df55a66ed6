"""Benchmark: date expressions resolved against publication time, on examples/truth.json.

    .venv/bin/python bench/reading_dates.py

For every annotated expression, finds it in the article's cleaned text with
contrasta.dates.find_dates (base: the article's publication time, None when unknown) and
compares the resolved date at the annotated precision (day, month or year; a time written
with a day must match too) and the precision itself. Prints accuracy and every miss.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contrasta.dates import find_dates, iso_at  # noqa: E402
from contrasta.errors import InputError  # noqa: E402
from contrasta.ingest import read_file  # noqa: E402
from contrasta.prepare import prepare  # noqa: E402

EXAMPLES = ROOT / "examples"


def example_articles() -> dict:
    """Cleaned example articles by truth key (path relative to examples/, or path:N)."""
    found = {}
    for path in sorted(EXAMPLES.rglob("*")):
        if path.suffix not in {".txt", ".html", ".jsonl"}:
            continue
        for raw in read_file(path):
            if isinstance(raw, InputError):
                continue
            article = prepare(raw)
            source, _, line = article.source.partition(".jsonl:")
            key = str(Path(source + (".jsonl" if line else "")).relative_to(EXAMPLES))
            found[f"{key}:{line}" if line else key] = article
    return found


def evaluate() -> tuple[int, int, list[str]]:
    truth = json.loads((EXAMPLES / "truth.json").read_text(encoding="utf-8"))
    articles = example_articles()
    right, misses = 0, []
    for item in truth["dates"]:
        article = articles[item["article"]]
        text = f"{article.title}\n\n{article.text}"
        mentions = find_dates(text, article.published)
        expression = item["expression"].lower()
        hits = [m for m in mentions if expression in m.text.lower() or m.text.lower() in expression]
        if any(_matches(m, item["resolves_to"], item["precision"]) for m in hits):
            right += 1
        else:
            got = ", ".join(f"{m.text!r}->{m.iso} {m.precision}" for m in hits) or "not found"
            misses.append(
                f"{item['article']}: {item['expression']!r} want {item['resolves_to']} "
                f"{item['precision']}, got {got}"
            )
    return right, len(truth["dates"]), misses


def _matches(mention, resolves_to: str, precision: str) -> bool:
    """The annotated date at the annotated precision ("2024-06-01" as a month is 2024-06);
    a time in the annotation must be the mention's too."""
    if mention.precision != precision or mention.iso is None:
        return False
    want = datetime.fromisoformat(resolves_to)
    if "T" in resolves_to and mention.value != want:
        return False
    return mention.iso == iso_at(want, precision)


def main() -> None:
    right, total, misses = evaluate()
    print(f"date resolution accuracy on examples: {right}/{total} = {right / total:.3f}")
    for miss in misses:
        print("  miss:", miss)


if __name__ == "__main__":
    main()
