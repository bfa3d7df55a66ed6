"""Which real ENGLISH articles bench/real/en/heldout2 annotates (a second held-out split).

    CONTRASTA_EVAL=/work/shared/eval python bench/real/en_selection2.py

The first English held-out split (bench/real/en/heldout, drawn by en_selection.py) holds
few quotes, too few to score speakers. This rule draws a second one, rich in quotes. It was
written and committed before it was run, and its printed list (bench/real/en/draw2.txt)
before any drawn article was read. Everything is derived from the data alone:

- Candidates: the original-language English texts of SemEval 2022 task 8's pairs-dev.csv,
  each distinct text once, by en_selection.candidates() (imported, not restated: the en-en
  rows and the en side of the es-en rows, pair ids occurring once, first (pair_id, side) in
  file order), with this round's filter instead of the first round's:
- Rich in quotes: 600 to 6,000 characters and at least 4 double quotation marks (straight
  `"` or curly `“` `”`, counted together).
- Tier 1, never read: the first rule's exclusion (every English text of a row whose pair
  id a bench/real JSON file names at en_selection.EXCLUDE_AT) and every text bench/real/en/
  draw.txt lists (the first English round's dev, heldout and reserve) left out.
- Tier 2, read only as claims dev: the pool above holds far fewer than the 22 texts this
  split needs, because nearly every English text of the file was annotated for the claims
  bench. So, after tier 1, come the texts the first rule left out only because their pair
  id is in bench/real/claims-dev.json, a dev-only file (read for sentences and claims,
  never for quotes, speakers or dates): a text whose pair id any other file under bench/
  names at `START` (this round's start commit: quotes and dates splits, entities, timeline,
  confirmed, held-out files, notes, draw.txt) stays out, so no held-out text of another
  bench is read.
- Order: each tier in candidate order, shuffled with one `random.Random(SEED)` (tier 1
  first, then tier 2), tier 1 before tier 2.
- Split: the first `HELDOUT` are `heldout2`, the next `RESERVE` the `reserve`. A drawn
  article found unusable (not news, garbled) is replaced by the next reserve article in
  order, and the replacement is said in the split's notes; none is skipped after seeing
  how contrasta reads it.

Prints one line per article: split, pair_id, side, chars, tier.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "real"))

import en_selection  # noqa: E402
import evaldata  # noqa: E402

SEED = 2026120622
START = "c4363b68f975ef317e9c2a1f097655170927911e"
MIN_CHARS, MAX_CHARS = 600, 6000
MIN_MARKS = 4
HELDOUT, RESERVE = 16, 6
CLAIMS_DEV = "bench/real/claims-dev.json"

_MARKS = re.compile(r"[\"“”]")


def rich(text: str | None) -> bool:
    return (
        bool(text)
        and MIN_CHARS <= len(text) <= MAX_CHARS
        and len(_MARKS.findall(text)) >= MIN_MARKS
    )


def named_outside_claims_dev(revision: str = START) -> set[str]:
    """Pair ids any file under bench/ names at `revision`, bench/real/claims-dev.json aside."""
    ids: set[str] = set()
    for name in evaldata.git("ls-tree", "-r", "--name-only", revision, "bench").split("\n"):
        if name and name != CLAIMS_DEV:
            ids.update(en_selection._PAIR_ID.findall(evaldata.git("show", f"{revision}:{name}")))
    return ids


def first_draw_texts(revision: str = START) -> set[str]:
    """The texts bench/real/en/draw.txt lists (any split), as it was at `revision`."""
    rows = {row["pair_id"]: row for row in evaldata.semeval_rows()}
    texts = set()
    for line in evaldata.git("show", f"{revision}:bench/real/en/draw.txt").splitlines():
        if line.strip():
            _, pair_id, side, _ = line.split("\t")
            texts.add(rows[pair_id][f"text{side}"])
    return texts


def _candidates(named=None) -> list[dict]:
    """en_selection.candidates() with this round's filter; `named` (pair ids) replaces the
    first rule's exclusion when given."""
    with mock.patch.object(en_selection, "annotatable", rich):
        if named is None:
            return en_selection.candidates()
        with mock.patch.object(en_selection, "named_pair_ids", lambda: named):
            return en_selection.candidates()


def split_tiers(
    pool1: list[dict], pool2: list[dict], drawn: set[str]
) -> tuple[list[dict], list[dict]]:
    """Tier 1: `pool1` minus the `drawn` texts; tier 2: `pool2` minus tier 1's (pair_id,
    side) and the `drawn` texts; each in candidate order."""
    rows = {row["pair_id"]: row for row in evaldata.semeval_rows()}

    def text(item: dict) -> str:
        return rows[item["pair_id"]][f"text{item['side']}"]

    tier1 = [item for item in pool1 if text(item) not in drawn]
    first = {(item["pair_id"], item["side"]) for item in tier1}
    tier2 = [
        item
        for item in pool2
        if (item["pair_id"], item["side"]) not in first and text(item) not in drawn
    ]
    return tier1, tier2


def tiers() -> tuple[list[dict], list[dict]]:
    return split_tiers(_candidates(), _candidates(named_outside_claims_dev()), first_draw_texts())


def seeded_draw(
    tier1: list[dict], tier2: list[dict], seed: int, split: str, heldout: int, reserve: int
) -> list[dict]:
    """Each tier shuffled with one `random.Random(seed)` (tier 1 first), tier 1 before tier
    2, the first `heldout` labelled `split` and the next `reserve` "reserve"."""
    rng = random.Random(seed)
    rng.shuffle(tier1)
    rng.shuffle(tier2)
    pool = [dict(item, tier=1) for item in tier1] + [dict(item, tier=2) for item in tier2]
    splits = [split] * heldout + ["reserve"] * reserve
    return [dict(item, split=split) for item, split in zip(pool, splits, strict=False)]


def draw() -> list[dict]:
    """The candidates in the seeded order, each with its split (heldout2, reserve)."""
    return seeded_draw(*tiers(), SEED, "heldout2", HELDOUT, RESERVE)


def main() -> None:
    for item in draw():
        print(item["split"], item["pair_id"], item["side"], item["chars"], item["tier"], sep="\t")


if __name__ == "__main__":
    main()
