"""Benchmark: the whole reading stage on the annotated examples, in one run.

    .venv/bin/python bench/reading.py

Runs the four reading benchmarks (dates, quotes, entities, claims) against examples/truth*.json
(claims also against the held-out stories in bench/heldout/) and prints their headline
figures and the time to cross-check a 50-article story; each `bench/reading_*.py` prints the
details and misses.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reading_claims
import reading_dates
import reading_entities
import reading_quotes
from threadpoolctl import threadpool_limits

from contrasta.crosscheck import crosscheck


def main() -> None:
    right, total, _ = reading_dates.evaluate()
    print(f"dates     resolution accuracy {right / total:.3f} ({right}/{total})   target 0.95")
    quotes = reading_quotes.evaluate()
    print(
        f"quotes    text F1 {quotes['text'][2]:.3f}, quote+speaker F1 {quotes['pair'][2]:.3f}"
        f" ({quotes['annotated']} quotes)   target 0.9"
    )
    entities = reading_entities.evaluate()
    resolved, mentions = entities["resolution"]
    print(
        f"entities  typed F1 {entities['typed'][2]:.3f}, text F1 {entities['text'][2]:.3f},"
        f" resolution {resolved / mentions:.3f} ({entities['mentions']} mentions)"
    )
    for corpus in reading_claims.ANNOTATIONS:
        claims = reading_claims.score(reading_claims.checked_stories(corpus), corpus)
        print(
            f"claims    label accuracy {claims['accuracy']:.3f} over {claims['claims']} claims"
            f" ({corpus})   target 0.85"
        )
    story = reading_claims.synthetic_story(50)
    with threadpool_limits(1):
        wall, cpu = time.perf_counter(), time.process_time()
        crosscheck(story)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"claims    a 50-article story cross-checked in {wall:.2f} s wall, {cpu:.2f} s CPU"
        "   target 10 s"
    )


if __name__ == "__main__":
    main()
