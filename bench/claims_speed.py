"""Benchmark: what extracting claims costs (`crosscheck.claims.extract_claims`), in CPU
seconds, on real news, apart from the parse it is given, and where that time goes.

    PYTHONPATH=$PWD .venv/bin/python bench/claims_speed.py [--limit 400] [--profile 30]

The articles are those bench/reading_speed.py reads (FakeDeS development rows and the
distinct sides of the SemEval-2022 development pairs, every k-th up to --limit). Their
parses (`parse`, spaCy) and quotes (`find_quotes`) are timed first, since a reader that has
them passes them in (`dossier.reading`); then claims are extracted with both given: a first
pass (lazy loads and caches warm) and the best of three more, which is what our own rules
cost. With --profile N, cProfile's N costliest functions of one more pass follow. A digest
of the claims (run with PYTHONHASHSEED=0: claims hold sets) shows a speed change left every
claim as it was.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from evaldata import FAKEDES, SEMEVAL, missing  # noqa: E402
from reading_speed import articles, cpu  # noqa: E402

from contrasta.crosscheck.claims import extract_claims, parsed_texts  # noqa: E402
from contrasta.crosscheck.parse import parse  # noqa: E402
from contrasta.reading.quotes import find_quotes  # noqa: E402

PASSES = 3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    absent = missing(FAKEDES) or missing(SEMEVAL)
    if absent:
        print(absent)
        return 1
    found = articles(args.limit)
    print(f"{len(found)} articles")
    docs = cpu("parse (spaCy)", lambda: [parse(parsed_texts(a), a.lang) for a in found])
    quotes = cpu("find_quotes", lambda: [find_quotes(a.text, a.lang) for a in found])
    work = list(zip(found, docs, quotes, strict=True))

    def extract() -> list:
        return [extract_claims(a, d, q) for a, d, q in work]

    claims = cpu("extract_claims, first pass", extract)
    best = min(_seconds(extract) for _ in range(PASSES))
    print(f"{'extract_claims, best of ' + str(PASSES):<44} {best:6.2f} CPU s", end="")
    print(f"  ({1000 * best / len(found):.1f} ms per article)")
    print("claims digest", hashlib.sha256(repr(claims).encode()).hexdigest()[:16])
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(extract)
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
    return 0


def _seconds(run) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


if __name__ == "__main__":
    sys.exit(main())
