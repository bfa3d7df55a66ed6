"""Which SemEval rows the claims held-out splits annotate, and in what order.

    python bench/real/claims_selection.py

Sixteen draws (CLAIMS.md, "History of the splits"), each from rows no split had read, sorted
by pair id and shuffled with a seed fixed before any candidate was read; the first TAKEN
of each order were annotated (a row is skipped only as CLAIMS.md says). All are computed
from the data file alone, so a later fold of a split into dev does not change them.

- The second draw: every es-es and es-en row rated same-event (`Overall <= 2`) was
  annotated in the first round, so it drew from the en-en rows rated same-event, leaving
  out rows that share an article with one of those es rows (an English original whose
  machine translation is in dev). Its first 20 were the second held-out split (scored,
  then folded into dev); the rows after them were annotated into dev as English rows.
- The third draw: with every same-event row of those language pairs now read, it draws
  from the next band, the es-es and es-en rows rated 2 < `Overall` <= 3 (related
  coverage the task's annotators judged not quite one event: the case where reports of
  different events are taken for one fact), plus any en-en row rated same-event that the
  second draw left out, leaving out rows that share an article with a row either earlier
  population holds. Its first 20 were the third held-out split (scored, then folded into
  dev).
- The fourth draw: every es-es, es-en and en-en row rated same-event, and the third
  draw's band, are read or share an article with a row read, so it draws two strata, each
  sorted and shuffled by one generator, in this order: the es-it rows rated same-event
  (both sides machine translations, into Spanish and into Italian: the cross-check meets
  pairs across languages), then the es-es and es-en rows rated 3 < `Overall` < 4 (related
  coverage of different events; rows rated 4, very dissimilar in every respect, are mostly
  unrelated stories with no hard negative). Rows sharing an article with a row any earlier
  draw's population holds are left out. Its first 18 were the fourth held-out split
  (scored, then folded into dev).
- The fifth draw: the fourth took every es-it row rated same-event, so it draws three
  strata, each sorted and shuffled by one generator, in this order: the fourth draw's
  candidates after its first 18 (es-es and es-en rows rated 3 < `Overall` < 4, never
  read), then the es-it rows rated 2 < `Overall` <= 3 (related coverage across Spanish and
  Italian), then the en-en rows rated 2 < `Overall` <= 3 (related coverage in English).
  Rows sharing an article with a row any earlier draw's population holds are left out of
  the last two strata (the first is part of the fourth draw's population, which already
  left them out), and so is a row sharing an article with a row before it in the draw's
  order (the same two articles in another language pair, or one article twice). Its first
  16 were the fifth held-out split (scored, then folded into dev).
- The sixth draw: the fifth draw's candidates after its first 16 (en-en rows rated 2 <
  `Overall` <= 3, never read; they already share no article with an earlier population
  or with one another), sorted and shuffled again. Every other band an earlier draw left
  is either read or shares an article with a row read. Its first 8 were the sixth
  held-out split (scored, then folded into dev).
- The seventh draw: three strata, each sorted and shuffled by one generator, in this
  order: the sixth draw's candidates after its first 8 (en-en rows rated 2 < `Overall` <=
  3, never read), then the en-en rows rated 3 < `Overall` < 4, then the es-it rows rated
  3 < `Overall` < 4 (related coverage of different events; rows rated 4 and above are
  mostly unrelated stories with no hard negative). Rows sharing an article with a row any
  earlier draw's population holds, or with a row before them in this draw's order, are
  left out. Its first 10 were the seventh held-out split (scored, then folded into dev).
- The eighth draw: the seventh draw's candidates after its first 10, in the seventh draw's
  order (not shuffled again: that order was fixed before any of them was read, and they
  already share no article with an earlier population or with one another). Its first 8
  were the eighth held-out split (scored, then folded into dev).
- The ninth draw: the eighth draw's candidates after its first 8, in the same order (not
  shuffled again, for the same reason). Its first 8 were the ninth held-out split (scored,
  then folded into dev).
- The tenth draw: the ninth draw's candidates after its first 8, in the same order (not
  shuffled again, for the same reason). Its first 8 were the tenth held-out split (scored,
  then folded into dev).
- The eleventh draw: the tenth draw's candidates after its first 8, in the same order (not
  shuffled again, for the same reason). Its first 8 were the eleventh held-out split
  (scored, then folded into dev).
- The twelfth draw: every row rated below 4, in every language pair, is read, shares an
  article with a row an earlier draw's population holds, or is one of the eleventh draw's
  candidates after its first 8 (5 es-it rows rated 3 < `Overall` < 4, never read). Those
  come first, in the eleventh draw's order (fixed before any of them was read), then the
  es-es and es-en rows rated `Overall` >= 4 (mostly unrelated stories, so few hard
  negatives, but Spanish text, read by the Spanish parse), sorted and shuffled with a seed
  fixed before any of them was read. Rows sharing an article with a row any earlier
  draw's population holds, or with a row before them in this draw's order, are left out.
  Its first 8 were the twelfth held-out split (scored, then folded into dev).
- The thirteenth draw: every row rated below 4 is read or shares an article with a row an
  earlier population holds, and the twelfth draw's candidates after its first 8 (es-es and
  es-en rows rated `Overall` >= 4, never read) come first, in the twelfth draw's order
  (fixed before any of them was read, not shuffled again); then the es-it rows rated
  `Overall` >= 4 (Spanish against Italian, the Spanish side read by the Spanish parse; the
  en-en rows of that band are still not drawn), sorted and shuffled with a seed fixed
  before any of them was read. Rows sharing an article with a row any earlier draw's
  population holds, or with a row before them in this draw's order, are left out. Its
  first 8 were the thirteenth held-out split (scored, then folded into dev).
- The fourteenth draw: the thirteenth draw's candidates after its first 8, in the same
  order (not shuffled again: that order was fixed before any of them was read, and they
  already share no article with an earlier population or with one another). Its first 8
  were the fourteenth held-out split (scored, then folded into dev).
- The fifteenth draw: the fourteenth draw's candidates after its first 8, in the same order
  (not shuffled again, for the same reason): 22 es-es and es-en rows rated 4.00, then the
  25 es-it rows rated 4.00. Its first 8 were the fifteenth held-out split (CLAIMS.md items
  75, 76; scored, then folded into dev, items 78, 79).
- The sixteenth draw: the fifteenth draw's candidates after its first 8, in the same order
  (not shuffled again, for the same reason): 14 es-es and es-en rows rated 4.00, then the
  25 es-it rows rated 4.00. Its first 8 (4 es-es, 4 es-en) were the sixteenth held-out
  split (CLAIMS.md items 81, 82; scored, then folded into dev, items 89, 90).

Ids that appear twice (a reworded copy of a row) are left out of both. Prints one line per
candidate of each draw: its rank, pair id, languages, Overall score and what became of it.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import evaldata

SEED = 20261205
TAKEN = 20
THIRD_SEED = 202612053
THIRD_TAKEN = 20
FOURTH_SEED = 202612054
FOURTH_TAKEN = 18
FIFTH_SEED = 202612055
FIFTH_TAKEN = 16
SIXTH_SEED = 202612056
SIXTH_TAKEN = 8
SEVENTH_SEED = 202612057
SEVENTH_TAKEN = 10
EIGHTH_TAKEN = 8
NINTH_TAKEN = 8
TENTH_TAKEN = 8
ELEVENTH_TAKEN = 8
TWELFTH_SEED = 2026120512
TWELFTH_TAKEN = 8
THIRTEENTH_SEED = 2026120613
THIRTEENTH_TAKEN = 8
FOURTEENTH_TAKEN = 8
FIFTEENTH_TAKEN = 8
SIXTEENTH_TAKEN = 8
SPANISH = {("es", "es"), ("es", "en")}
SPANISH_ITALIAN = ("es", "it")
ENGLISH = ("en", "en")
HERE = Path(__file__).resolve().parent


def article_ids(pair_id: str) -> set[str]:
    """The two article ids of a pair id ("1484012206es_1484134349": the es suffix marks
    the side that team machine-translated, into Spanish; "it", into Italian)."""
    return {
        part.removesuffix("es").removesuffix("en").removesuffix("it") for part in pair_id.split("_")
    }


def _rows() -> list[dict]:
    return list(evaldata.semeval_rows())


def _langs(row: dict) -> tuple[str, str]:
    return row["lang1"], row["lang2"]


def _same_event(row: dict) -> bool:
    return float(row["Overall"]) <= 2


def _related(row: dict) -> bool:
    """Rated 2 < Overall <= 3: related coverage, not quite one event."""
    return 2 < float(row["Overall"]) <= 3


def _other_events(row: dict) -> bool:
    """Rated 3 < Overall < 4: coverage of different events (4 and above: mostly unrelated
    stories, with no hard negative)."""
    return 3 < float(row["Overall"]) < 4


def _unrelated(row: dict) -> bool:
    """Rated Overall >= 4: very dissimilar in every respect, mostly unrelated stories."""
    return float(row["Overall"]) >= 4


def _once(rows: list[dict]) -> set[str]:
    counts = Counter(row["pair_id"] for row in rows)
    return {pair_id for pair_id, count in counts.items() if count == 1}


def _articles(pair_ids: list[str]) -> set[str]:
    return {article for pair_id in pair_ids for article in article_ids(pair_id)}


def _shuffled(pair_ids: list[str], seed: int) -> list[str]:
    order = sorted(pair_ids)
    random.Random(seed).shuffle(order)
    return order


def _fresh(rows: list[dict], earlier: list[str]) -> list[dict]:
    """Rows read once in the data file that share no article with an earlier population."""
    seen, once = _articles(earlier), _once(rows)
    return [
        row for row in rows if row["pair_id"] in once and not article_ids(row["pair_id"]) & seen
    ]


def _drawn(strata: tuple[list[str], ...], seed: int) -> list[str]:
    """Each stratum sorted and shuffled by one generator, one stratum after another."""
    generator, order = random.Random(seed), []
    for stratum in strata:
        stratum = sorted(stratum)
        generator.shuffle(stratum)
        order += stratum
    return order


def _apart(order: list[str]) -> list[str]:
    """The order without a row sharing an article with a row before it."""
    kept, read = [], set()
    for pair_id in order:
        if not article_ids(pair_id) & read:
            kept.append(pair_id)
            read |= article_ids(pair_id)
    return kept


def _spanish_same_event(rows: list[dict]) -> list[str]:
    """The first round's rows: every es-es and es-en row rated same-event."""
    return [row["pair_id"] for row in rows if _langs(row) in SPANISH and _same_event(row)]


def candidates(rows: list[dict] | None = None) -> list[str]:
    """The second draw's order."""
    rows = _rows() if rows is None else rows
    seen, once = _articles(_spanish_same_event(rows)), _once(rows)
    ids = [
        row["pair_id"]
        for row in rows
        if _langs(row) == ENGLISH
        and _same_event(row)
        and row["pair_id"] in once
        and not article_ids(row["pair_id"]) & seen
    ]
    return _shuffled(ids, SEED)


def third_candidates(rows: list[dict] | None = None) -> list[str]:
    """The third draw's order."""
    rows = _rows() if rows is None else rows
    second = candidates(rows)
    seen, once = _articles(_spanish_same_event(rows) + second), _once(rows)
    ids = [
        row["pair_id"]
        for row in rows
        if (
            (_langs(row) in SPANISH and _related(row))
            or (_langs(row) == ENGLISH and _same_event(row) and row["pair_id"] not in second)
        )
        and row["pair_id"] in once
        and not article_ids(row["pair_id"]) & seen
    ]
    return _shuffled(ids, THIRD_SEED)


def fourth_candidates(rows: list[dict] | None = None) -> list[str]:
    """The fourth draw's order: its first stratum, then its second."""
    rows = _rows() if rows is None else rows
    earlier = _spanish_same_event(rows) + candidates(rows) + third_candidates(rows)
    fresh = _fresh(rows, earlier)
    strata = (
        [row["pair_id"] for row in fresh if _langs(row) == SPANISH_ITALIAN and _same_event(row)],
        [row["pair_id"] for row in fresh if _langs(row) in SPANISH and _other_events(row)],
    )
    return _drawn(strata, FOURTH_SEED)


def fifth_candidates(rows: list[dict] | None = None) -> list[str]:
    """The fifth draw's order: its three strata one after another."""
    rows = _rows() if rows is None else rows
    fourth = fourth_candidates(rows)
    earlier = _spanish_same_event(rows) + candidates(rows) + third_candidates(rows) + fourth
    fresh = _fresh(rows, earlier)
    strata = (
        fourth[FOURTH_TAKEN:],
        [row["pair_id"] for row in fresh if _langs(row) == SPANISH_ITALIAN and _related(row)],
        [row["pair_id"] for row in fresh if _langs(row) == ENGLISH and _related(row)],
    )
    return _apart(_drawn(strata, FIFTH_SEED))


def sixth_candidates(rows: list[dict] | None = None) -> list[str]:
    """The sixth draw's order: what the fifth drew and did not take, in a new order."""
    rows = _rows() if rows is None else rows
    return _shuffled(fifth_candidates(rows)[FIFTH_TAKEN:], SIXTH_SEED)


def _up_to_the_fifth(rows: list[dict]) -> list[str]:
    """The populations the draws up to the fifth read from (the sixth drew from the
    fifth's): what a later stratum's fresh rows share no article with."""
    return (
        _spanish_same_event(rows)
        + candidates(rows)
        + third_candidates(rows)
        + fourth_candidates(rows)
        + fifth_candidates(rows)
    )


def seventh_candidates(rows: list[dict] | None = None) -> list[str]:
    """The seventh draw's order: its three strata one after another."""
    rows = _rows() if rows is None else rows
    sixth = sixth_candidates(rows)
    earlier = _up_to_the_fifth(rows)
    fresh = _fresh(rows, earlier)
    strata = (
        sixth[SIXTH_TAKEN:],
        [row["pair_id"] for row in fresh if _langs(row) == ENGLISH and _other_events(row)],
        [row["pair_id"] for row in fresh if _langs(row) == SPANISH_ITALIAN and _other_events(row)],
    )
    return _apart(_drawn(strata, SEVENTH_SEED))


def _rest_of(
    order_of: Callable[[list[dict] | None], list[str]], taken: int
) -> Callable[[list[dict] | None], list[str]]:
    """A draw of what the draw before it drew and did not take, in that draw's order: not
    shuffled again, since that order was fixed before any of its rows was read and its rows
    already share no article with an earlier population or with one another."""

    def order(rows: list[dict] | None = None) -> list[str]:
        return order_of(_rows() if rows is None else rows)[taken:]

    return order


eighth_candidates = _rest_of(seventh_candidates, SEVENTH_TAKEN)
ninth_candidates = _rest_of(eighth_candidates, EIGHTH_TAKEN)
tenth_candidates = _rest_of(ninth_candidates, NINTH_TAKEN)
eleventh_candidates = _rest_of(tenth_candidates, TENTH_TAKEN)


def twelfth_candidates(rows: list[dict] | None = None) -> list[str]:
    """The twelfth draw's order: the eleventh draw's candidates after its first 8, in that
    order, then the es-es and es-en rows rated Overall >= 4, sorted and shuffled."""
    rows = _rows() if rows is None else rows
    earlier = _up_to_the_fifth(rows) + seventh_candidates(rows)
    fresh = [
        row["pair_id"]
        for row in _fresh(rows, earlier)
        if _langs(row) in SPANISH and _unrelated(row)
    ]
    return _apart(eleventh_candidates(rows)[ELEVENTH_TAKEN:] + _shuffled(fresh, TWELFTH_SEED))


def thirteenth_candidates(rows: list[dict] | None = None) -> list[str]:
    """The thirteenth draw's order: the twelfth draw's candidates after its first 8, in that
    order, then the es-it rows rated Overall >= 4, sorted and shuffled."""
    rows = _rows() if rows is None else rows
    twelfth = twelfth_candidates(rows)
    earlier = _up_to_the_fifth(rows) + seventh_candidates(rows) + twelfth
    fresh = [
        row["pair_id"]
        for row in _fresh(rows, earlier)
        if _langs(row) == SPANISH_ITALIAN and _unrelated(row)
    ]
    return _apart(twelfth[TWELFTH_TAKEN:] + _shuffled(fresh, THIRTEENTH_SEED))


fourteenth_candidates = _rest_of(thirteenth_candidates, THIRTEENTH_TAKEN)
fifteenth_candidates = _rest_of(fourteenth_candidates, FOURTEENTH_TAKEN)
sixteenth_candidates = _rest_of(fifteenth_candidates, FIFTEENTH_TAKEN)


def _split_ids(split: str) -> set[str]:
    annotated = json.loads((HERE / f"claims-{split}.json").read_text(encoding="utf-8"))
    return {row["pair_id"] for row in annotated["articles"] + annotated["skipped"]}


def main() -> None:
    rows = _rows()
    by_id = {row["pair_id"]: row for row in rows}
    dev, heldout = _split_ids("dev"), _split_ids("heldout")
    draws = (
        ("second draw", candidates(rows), TAKEN, "held-out 2, now dev"),
        ("third draw", third_candidates(rows), THIRD_TAKEN, "held-out 3, now dev"),
        ("fourth draw", fourth_candidates(rows), FOURTH_TAKEN, "held-out 4, now dev"),
        ("fifth draw", fifth_candidates(rows), FIFTH_TAKEN, "held-out 5, now dev"),
        ("sixth draw", sixth_candidates(rows), SIXTH_TAKEN, "held-out 6, now dev"),
        ("seventh draw", seventh_candidates(rows), SEVENTH_TAKEN, "held-out 7, now dev"),
        ("eighth draw", eighth_candidates(rows), EIGHTH_TAKEN, "held-out 8, now dev"),
        ("ninth draw", ninth_candidates(rows), NINTH_TAKEN, "held-out 9, now dev"),
        ("tenth draw", tenth_candidates(rows), TENTH_TAKEN, "held-out 10, now dev"),
        ("eleventh draw", eleventh_candidates(rows), ELEVENTH_TAKEN, "held-out 11, now dev"),
        ("twelfth draw", twelfth_candidates(rows), TWELFTH_TAKEN, "held-out 12, now dev"),
        ("thirteenth draw", thirteenth_candidates(rows), THIRTEENTH_TAKEN, "held-out 13, now dev"),
        ("fourteenth draw", fourteenth_candidates(rows), FOURTEENTH_TAKEN, "held-out 14, now dev"),
        ("fifteenth draw", fifteenth_candidates(rows), FIFTEENTH_TAKEN, "held-out 15, now dev"),
        ("sixteenth draw", sixteenth_candidates(rows), SIXTEENTH_TAKEN, "held-out 16, now dev"),
    )
    for name, order, taken, split in draws:
        print(f"{name}: {len(order)} candidates, the first {taken} taken ({split})")
        for rank, pair_id in enumerate(order, 1):
            row = by_id[pair_id]
            where = "dev" if pair_id in dev else "heldout" if pair_id in heldout else ""
            mark = "taken" if rank <= taken else ""
            print(
                f"{rank:3} {pair_id:24} {'-'.join(_langs(row))} {float(row['Overall']):.2f}"
                f" {mark:5} {where}"
            )


if __name__ == "__main__":
    main()
