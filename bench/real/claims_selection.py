"""Which SemEval rows the claims held-out split annotates, and in what order.

    python bench/real/claims_selection.py

The second claims held-out split (CLAIMS.md, "History of the splits"). Every es-es and
es-en row rated same-event (`Overall <= 2`) was annotated in the first round, so this one
draws from the en-en rows rated same-event: real pairs of outlets on one event, both
texts originals. Rows that share an article with a row annotated before (an English
original whose machine translation is in dev) are left out, so no fact read while tuning
comes back. The candidates, sorted by pair id, are shuffled with one fixed seed, chosen
before any of them was read; the first TAKEN of that order are annotated (a row is skipped
only as CLAIMS.md says), enough for at least 15 rows and 120 sentence pairs. The rows
after them, in the same order, are annotated into the dev split as English dev rows (en-en
entries of claims-dev.json), so English can be tuned on without the held-out. Prints one
line per candidate: its rank, pair id, Overall score and whether it is taken (held-out) or
annotated into dev.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import evaldata

SEED = 20261205
TAKEN = 20
HERE = Path(__file__).resolve().parent


def article_ids(pair_id: str) -> set[str]:
    """The two article ids of a pair id ("1484012206es_1484134349": the es suffix marks
    the side that team machine-translated)."""
    return {part.removesuffix("es").removesuffix("en") for part in pair_id.split("_")}


def _dev_rows() -> list[dict]:
    """The dev split's annotated and skipped rows, each with its "langs"."""
    dev = json.loads((HERE / "claims-dev.json").read_text(encoding="utf-8"))
    return dev["articles"] + dev["skipped"]


def annotated_before() -> set[str]:
    """Articles of the rows annotated before the draw: the es-es and es-en dev rows (the
    en-en dev rows were drawn from this order, after it)."""
    pairs = [row["pair_id"] for row in _dev_rows() if row.get("langs") != ["en", "en"]]
    return {article for pair_id in pairs for article in article_ids(pair_id)}


def english_dev() -> set[str]:
    return {row["pair_id"] for row in _dev_rows() if row.get("langs") == ["en", "en"]}


def candidates() -> list[str]:
    seen = annotated_before()
    with evaldata.SEMEVAL.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["pair_id"]] = counts.get(row["pair_id"], 0) + 1
    ids = sorted(
        row["pair_id"]
        for row in rows
        if (row["lang1"], row["lang2"]) == ("en", "en")
        and float(row["Overall"]) <= 2
        and counts[row["pair_id"]] == 1
        and not article_ids(row["pair_id"]) & seen
    )
    random.Random(SEED).shuffle(ids)
    return ids


def main() -> None:
    overall = {}
    with evaldata.SEMEVAL.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            overall[row["pair_id"]] = float(row["Overall"])
    dev = english_dev()
    for rank, pair_id in enumerate(candidates(), 1):
        taken = "taken" if rank <= TAKEN else "dev" if pair_id in dev else ""
        print(f"{rank:3} {pair_id} {overall[pair_id]:.2f} {taken}")


if __name__ == "__main__":
    main()
