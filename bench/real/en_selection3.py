"""Which real ENGLISH articles bench/real/en/heldout3 annotates (a third held-out split).

    CONTRASTA_EVAL=/work/shared/eval python bench/real/en_selection3.py

The first English held-out split was folded after its scorings (README item 78) and the
second (en/heldout2) stays the lead's; this rule draws a third one for the quotes, speakers
and dates bench. It was written and committed before it was run, and its printed list
(bench/real/en/draw3.txt) before any drawn article was read. Everything is derived from the
data alone:

- Candidates: the original-language English texts of SemEval 2022 task 8's pairs-dev.csv,
  each distinct text once, by en_selection.candidates() (the en-en rows and the en side of
  the es-en rows, pair ids occurring once, first (pair_id, side) in file order), filtered
  by en_selection2.rich() with `MIN_MARKS` lowered to 2: 600 to 6,000 characters (the
  second round's bounds) and at least 2 double quotation marks (straight or curly, counted
  together). Why 2: one pair of marks is the least that can enclose a quote; the second
  round's 4 leaves 10 texts of this round's pool and 3 leaves 20, both under the 22 this
  split and its reserve need, while 2 leaves 41 (counts of marks and lengths only, taken
  before this rule was fixed; no text was read).
- Left out: every text bench/real/en/draw.txt and bench/real/en/draw2.txt list (any split,
  reserves included), and every text of a row whose pair id any file under bench/ other
  than bench/real/claims-dev.json names at `START` (this round's start commit: the quotes
  and dates splits of both languages, the folded en/heldout and the lead's en/heldout2
  included, entities, timeline, confirmed, notes, draws).
- Tier 1, never read: texts whose pair id no file under bench/ names at `START`, claims-dev
  included. Tier 2, read only as claims dev: the rest, i.e. texts left out of tier 1 only
  because their pair id is in claims-dev.json (a dev-only file, read for sentences and
  claims, never for quotes, speakers or dates), as en_selection2's tier 2.
- Order: each tier in candidate order, shuffled with one `random.Random(SEED)` (tier 1
  first, then tier 2), tier 1 before tier 2.
- Split: the first `HELDOUT` are `heldout3`, the next `RESERVE` the `reserve`. A drawn
  article found unusable (not news, garbled) is replaced by the next reserve article in
  order, and the replacement is said in the split's notes; none is skipped after seeing
  how contrasta reads it. Fewer than 8 candidates in all: no split is made.

Prints one line per article: split, pair_id, side, chars, tier.
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "real"))

import en_selection  # noqa: E402
import en_selection2  # noqa: E402
import evaldata  # noqa: E402

SEED = 2026120681
START = "b6a06520e687008626ddccdae985f29069e01c8a"
MIN_MARKS = 2
HELDOUT, RESERVE = 16, 6
MIN_ARTICLES = 8
DRAWS = ("bench/real/en/draw.txt", "bench/real/en/draw2.txt")


def drawn_texts(revision: str = START) -> set[str]:
    """The texts the earlier English draws list (any split, reserves included) at
    `revision`."""
    rows = {row["pair_id"]: row for row in evaldata.semeval_rows()}
    texts = set()
    for path in DRAWS:
        for line in evaldata.git("show", f"{revision}:{path}").splitlines():
            if line.strip():
                _, pair_id, side = line.split("\t")[:3]
                texts.add(rows[pair_id][f"text{side}"])
    return texts


def named_anywhere(revision: str = START) -> set[str]:
    """Pair ids any file under bench/ names at `revision`, claims-dev.json included."""
    claims = evaldata.git("show", f"{revision}:{en_selection2.CLAIMS_DEV}")
    return en_selection2.named_outside_claims_dev(revision) | set(
        en_selection._PAIR_ID.findall(claims)
    )


def _candidates(named: set[str]) -> list[dict]:
    """en_selection2's candidates with this round's marks threshold and exclusion."""
    with mock.patch.object(en_selection2, "MIN_MARKS", MIN_MARKS):
        return en_selection2._candidates(named)


def tiers() -> tuple[list[dict], list[dict]]:
    return en_selection2.split_tiers(
        _candidates(named_anywhere()),
        _candidates(en_selection2.named_outside_claims_dev(START)),
        drawn_texts(),
    )


def draw() -> list[dict]:
    """The candidates in the seeded order, each with its split (heldout3, reserve)."""
    tier1, tier2 = tiers()
    if len(tier1) + len(tier2) < MIN_ARTICLES:
        return []
    return en_selection2.seeded_draw(tier1, tier2, SEED, "heldout3", HELDOUT, RESERVE)


def main() -> None:
    for item in draw():
        print(item["split"], item["pair_id"], item["side"], item["chars"], item["tier"], sep="\t")


if __name__ == "__main__":
    main()
