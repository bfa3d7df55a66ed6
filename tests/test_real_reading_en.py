"""Quotes, speakers and dates on real ENGLISH news annotated by hand (bench/real/en, dev split).

The English set (bench/real/README.md, "English"): original-language English sides of the
SemEval pairs drawn by bench/real/en_selection.py (draw committed as bench/real/en/draw.txt
before any article was read). Only its dev split is scored here: its held-out split is the
lead's, and its annotations (when the file exists) are only checked against the data
(hashes, spans, the draw), which runs no quote or date finder. Skips when ../shared/eval (or
$CONTRASTA_EVAL) is absent.
"""

from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "real"))

import evaldata
import real_reading

MISSING = evaldata.missing(evaldata.SEMEVAL)
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

EN = real_reading.SETS["en"]
DRAW = EN / "draw.txt"
# the draw each split was taken from: the second held-out split has its own rule
# (bench/real/en_selection2.py, draw2.txt, with its reserve), the third too (en_selection3.py,
# draw3.txt; tests/test_real_reading_en3.py re-derives it)
DRAWS = {"dev": DRAW, "heldout": DRAW, "heldout2": EN / "draw2.txt", "heldout3": EN / "draw3.txt"}

# Floors a little below the English dev figures when they were first measured (README item
# 73, RULES 69, 16 articles, 24 quotes, 29 date expressions): quote text F1 0.829 (17 found,
# all right, of 24), quote + speaker F1 0.049 (1 right; speakers given: precision 1/10,
# recall 1/17), dates 1.000 (29/29, 21 of them must stay unresolved: SemEval sides carry no
# publication date).
QUOTE_TEXT_F1 = 0.82
# raised after the English speaker rounds (fa07efb: 0.837, RULES 74; README item 83, RULES
# 77: 0.837, speakers 18/18)
QUOTE_SPEAKER_F1 = 0.83
DATES = 0.99
# The first held-out split, folded after its scorings (README item 78) and tuned on since
# item 83 (RULES 77): quote text F1 0.800, quote + speaker F1 0.800 (speakers 14/14; blind
# it was 0.529 at fb830fa and 0.588 at b6a0652).
HELDOUT_QUOTE_SPEAKER_F1 = 0.79


def _draw(path=DRAW) -> list[tuple[str, str]]:
    """(split, article key) of a committed draw, in its order."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return [(row[0], f"semeval:{row[1]}:{row[2]}") for row in rows]


def _splits() -> list[str]:
    """The English splits whose annotation files exist (the held-out one may not yet)."""
    return [
        split
        for split in real_reading.SET_SPLITS["en"]
        if all((EN / split / f"{kind}.json").exists() for kind in ("quotes", "dates"))
    ]


def _keys(split: str, kind: str) -> list[str]:
    data = json.loads((EN / split / f"{kind}.json").read_text(encoding="utf-8"))
    return [real_reading.article_key(entry) for entry in data["articles"]]


@pytest.fixture(scope="module")
def dev() -> dict:
    return real_reading.evaluate("dev", which="en")


def test_the_draw_file_is_what_the_rule_draws():
    """draw.txt is the printed list of en_selection.py (re-derived from the data with its
    seed; the texts read before are taken from git at the rule's fixed commit)."""
    import en_selection

    try:
        drawn = en_selection.draw()
    except Exception as error:  # no git history here (an archive): nothing to re-derive
        pytest.skip(f"cannot re-derive the draw: {error}")
    printed = [
        "\t".join(str(item[k]) for k in ("split", "pair_id", "side", "chars")) for item in drawn
    ]
    assert DRAW.read_text(encoding="utf-8").splitlines() == printed


@pytest.mark.parametrize("split", real_reading.SET_SPLITS["en"])
def test_the_english_annotations_fit_the_data(split):
    if split not in _splits():
        pytest.skip(f"no English {split} annotations yet")
    sources = real_reading.load_sources("en")
    for key, entry in real_reading.load_annotations(split, "en").items():
        assert key in sources, key
        real_reading.check(entry, sources[key])


@pytest.mark.parametrize("split", real_reading.SET_SPLITS["en"])
def test_each_english_split_is_its_draw_then_the_reserve_in_order(split):
    """A split's articles are its drawn ones in the draw's order (an unusable one left out)
    and then reserve articles in the draw's order; both files list the same articles."""
    if split not in _splits():
        pytest.skip(f"no English {split} annotations yet")
    keys = _keys(split, "quotes")
    assert _keys(split, "dates") == keys
    draw = _draw(DRAWS[split])
    drawn = [key for name, key in draw if name == split]
    reserve = [key for name, key in draw if name == "reserve"]
    own = [key for key in keys if key in drawn]
    assert own == [key for key in drawn if key in own]
    assert keys == own + [key for key in keys if key in reserve]
    assert [key for key in keys if key in reserve] == [key for key in reserve if key in keys]
    assert len(keys) == len(drawn)


def test_no_english_article_is_in_two_splits():
    splits = [set(_keys(split, "quotes")) for split in _splits()]
    assert sum(map(len, splits)) == len(set().union(*splits))


def test_the_english_set_is_no_spanish_article():
    english = {key for split in _splits() for key in _keys(split, "quotes")}
    spanish = {
        key
        for split in real_reading.annotated_splits("es")
        for key in real_reading.load_annotations(split)
    }
    assert not english & spanish


def test_the_english_dev_split_is_its_size(dev):
    assert dev["articles"] == 16
    assert dev["quotes_gold"] >= 20
    assert dev["dates_gold"] >= 25


def test_english_quote_text_f1_floor(dev):
    assert dev["quote_text"][2] >= QUOTE_TEXT_F1, "\n".join(dev["misses"])


def test_english_quote_and_speaker_f1_floor(dev):
    assert dev["quote_speaker"][2] >= QUOTE_SPEAKER_F1, "\n".join(dev["misses"])


def test_english_date_floor(dev):
    assert dev["dates"] >= DATES, "\n".join(dev["misses"])


def test_english_folded_heldout_quote_and_speaker_f1_floor():
    folded = real_reading.evaluate("heldout", which="en")
    assert ("en", "heldout") not in real_reading.LEAD_ONLY
    assert folded["quote_speaker"][2] >= HELDOUT_QUOTE_SPEAKER_F1, "\n".join(folded["misses"])
    right, given = folded["speaker_precision"]
    assert right == given, "\n".join(folded["misses"])


# The second and third held-out splits, folded after their scorings (README item 87) and
# read since (item 88, RULES 85): quote + speaker F1 0.505 (blind at 218e0bf 0.308) and
# 0.129 (as blind), speakers right of given 20/24 (0.833; blind 11/25) and 2/7 (0.286;
# blind 2/8).
FOLDED_FLOORS = {"heldout2": (0.50, 0.83), "heldout3": (0.12, 0.28)}


@pytest.mark.parametrize("split", sorted(FOLDED_FLOORS))
def test_english_folded_later_splits_floors(split):
    folded = real_reading.evaluate(split, which="en")
    assert ("en", split) not in real_reading.LEAD_ONLY
    quote_speaker, precision = FOLDED_FLOORS[split]
    assert folded["quote_speaker"][2] >= quote_speaker, "\n".join(folded["misses"])
    right, given = folded["speaker_precision"]
    assert given and right / given >= precision, "\n".join(folded["misses"])
