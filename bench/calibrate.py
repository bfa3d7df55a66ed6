"""Calibration: the clusterer's weights and threshold against examples/truth.json.

    .venv/bin/python bench/calibrate.py [--embedder use|e5]

Prints pairwise precision/recall of the example stories for a grid of weights and, for the
configured weights (contrasta.stories.online.WEIGHTS), the whole threshold range, so that
the threshold can be put in the middle of the range where no two true stories merge.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contrasta.embed import load_embedder  # noqa: E402
from contrasta.pipeline import ingest  # noqa: E402
from contrasta.store import open_store  # noqa: E402
from contrasta.stories.group import group  # noqa: E402
from contrasta.stories.online import WEIGHTS, Weights  # noqa: E402

THRESHOLDS = [round(0.1 + step * 0.025, 3) for step in range(48)]


def pairs(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(sorted(g), 2)}


def evaluate(store, embedder, weights: Weights, truth: dict) -> tuple[float, float]:
    group(store, embedder, rebuild=True, weights=weights)
    key = {a.id: str(Path(a.source).relative_to(ROOT / "examples")) for a in store.iter_articles()}
    found = [{key[i] for i in s.article_ids} for s in store.list_stories()]
    expected = [set(s["articles"]) for s in truth["stories"].values()]
    got, want = pairs(found), pairs(expected)
    return len(got & want) / max(1, len(got)), len(got & want) / max(1, len(want))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedder", default="e5", choices=("use", "e5"))
    args = parser.parse_args()
    truth = json.loads((ROOT / "examples" / "truth.json").read_text(encoding="utf-8"))
    embedder = load_embedder(args.embedder)
    configured = WEIGHTS[embedder.key]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "calibrate.db")
        ingest(store, [ROOT / "examples"])
        plateaus = []
        for we, wn in itertools.product((0.5, 1.0), (0.0, 0.5, 1.0, 2.0)):
            exact = [
                threshold
                for threshold in THRESHOLDS
                if evaluate(store, embedder, Weights(we, wn, threshold, configured.floor), truth)
                == (1.0, 1.0)
            ]
            plateaus.append((len(exact), (we, wn), exact))
        plateaus.sort(key=lambda p: p[0], reverse=True)
        print("weights (embedding, names) by width of the exact threshold range:")
        for width, pair, exact in plateaus[:8]:
            span = f"{exact[0]:.3f}-{exact[-1]:.3f}" if exact else "none"
            middle = f", middle {exact[len(exact) // 2]:.3f}" if exact else ""
            print(f"  {pair}: {width} exact thresholds, {span}{middle}")
        print(f"configured {configured}, threshold sweep:")
        for threshold in THRESHOLDS:
            weights = replace(configured, threshold=threshold)
            precision, recall = evaluate(store, embedder, weights, truth)
            print(f"  {threshold:.3f}: P {precision:.2f} R {recall:.2f}")
        store.close()


if __name__ == "__main__":
    main()
