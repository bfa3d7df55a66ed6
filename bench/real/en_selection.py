"""Which real ENGLISH articles bench/real/en annotates, and which split each belongs to.

    CONTRASTA_EVAL=/work/shared/eval python bench/real/en_selection.py

The first English round of the quotes/speakers/dates bench (bench/real_reading.py). The
rule was written and committed before the draw was run, and the draw (bench/real/en/
draw.txt) before any drawn article was read. Everything is derived from the data alone:

- Candidates: the English sides of SemEval 2022 task 8's pairs-dev.csv that are in their
  original language, i.e. both sides of the en-en rows and the en side of the es-en rows
  (`augmented` 1: there the es side is that team's machine translation, so the en side is
  the original; the es-it rows hold no English). Only rows whose pair id occurs once in the
  file (the bench reads a text by pair id and side, so a recurring id would be ambiguous).
  Each distinct text once, under its first (pair_id, side) in file order.
- Annotatable: 700 to 4,500 characters (as the Spanish rounds), showing a quotation mark
  or an English date word (a month, a weekday, yesterday, today, tomorrow, last week/month/
  year, "in 20xx").
- Not read before: any English text of a row whose pair id any bench/real JSON file names
  (quotes, dates, entities, claims, confirmed, timeline, numbers, sentences) is left out.
  Those files are read as they were at `EXCLUDE_AT` (this round's start commit, through
  git), so files added later (this round's own annotations) do not change the draw.
- Order: the candidates in file order, shuffled with `SEED`; taken in that order. The texts
  carry no link or outlet field, so the outlet cannot be told from the data: no outlet cap.
- Split: the first `DEV` are `dev`, the next `HELDOUT` `heldout`, the next `RESERVE` the
  `reserve`, in the draw's order. A drawn article found unusable (not news, garbled) is
  replaced by the next reserve article in order (of either split, reserve shared, used in
  order), and the replacement is said in the split's notes; none is skipped after seeing how
  contrasta reads it.

Prints one line per article: split, pair_id, side, chars.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import evaldata  # noqa: E402

SEED = 2026120620
EXCLUDE_AT = "fb830fa83fa0f1ef69037a9a86f7abb8b040a092"
MIN_CHARS, MAX_CHARS = 700, 4500
DEV, HELDOUT, RESERVE = 16, 16, 8

_MARKS = re.compile(r"[«»“”\"]")
_DATE_WORDS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"tomorrow|last (?:week|month|year)|in 20\d\d)\b",
    re.I,
)
_PAIR_ID = re.compile(r"\b(1\d{9}(?:es|en|it)?_\d{10}(?:es|en|it)?)")


def annotatable(text: str | None) -> bool:
    return (
        bool(text)
        and MIN_CHARS <= len(text) <= MAX_CHARS
        and bool(_MARKS.search(text) or _DATE_WORDS.search(text))
    )


def named_pair_ids(revision: str = EXCLUDE_AT) -> set[str]:
    """Pair ids named in bench/real's JSON files (top level and one folder down) at
    `revision`."""
    names = evaldata.git("ls-tree", "-r", "--name-only", revision, "bench/real").split()
    ids: set[str] = set()
    for name in names:
        if name.endswith(".json") and name.count("/") <= 3:
            ids.update(_PAIR_ID.findall(evaldata.git("show", f"{revision}:{name}")))
    return ids


def candidates() -> list[dict]:
    """Original-language English texts, annotatable, never read before, in file order."""
    rows = list(evaldata.semeval_rows())
    single = {pid for pid, n in Counter(r["pair_id"] for r in rows).items() if n == 1}
    named = named_pair_ids()
    read_before = {
        row[f"text{side}"]
        for row in rows
        if row["pair_id"] in named
        for side in "12"
        if row[f"lang{side}"] == "en"
    }
    seen: set[str] = set()
    found = []
    for row in rows:
        if row["pair_id"] not in single or "en" not in (row["lang1"], row["lang2"]):
            continue
        if row["lang1"] != row["lang2"] and row["lang1"] + row["lang2"] not in ("esen", "enes"):
            continue
        for side in "12":
            text = row[f"text{side}"]
            if row[f"lang{side}"] != "en" or text in seen:
                continue
            seen.add(text)
            if annotatable(text) and text not in read_before:
                found.append({"pair_id": row["pair_id"], "side": int(side), "chars": len(text)})
    return found


def draw() -> list[dict]:
    """The candidates in the seeded order, each with its split (dev, heldout, reserve)."""
    pool = candidates()
    random.Random(SEED).shuffle(pool)
    splits = ["dev"] * DEV + ["heldout"] * HELDOUT + ["reserve"] * RESERVE
    return [dict(item, split=split) for item, split in zip(pool, splits, strict=False)]


def main() -> None:
    for item in draw():
        print(item["split"], item["pair_id"], item["side"], item["chars"], sep="\t")


if __name__ == "__main__":
    main()
