"""The third English held-out split, en/heldout3 (bench/real/README.md item 81): SemEval
English texts drawn by bench/real/en_selection3.py, listed in bench/real/en/draw3.txt.

Nothing here scores it (the lead does, once): the tests re-derive the committed list from
the rule, check that it leaves out every text read before for quotes, speakers or dates,
and that the annotations fit the data and the English conventions (what
tests/test_real_reading_en.py checks of every English split: the draw's order, the reserve,
no article in two splits, runs there too). Skips when ../shared/eval (or $CONTRASTA_EVAL) is
absent.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from itertools import pairwise

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "real"))

import evaldata
import real_reading

MISSING = evaldata.missing(evaldata.SEMEVAL)
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

EN = real_reading.SETS["en"]
DRAW = EN / "draw3.txt"
SPLIT = "heldout3"
ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _draw() -> list[dict]:
    rows = []
    for line in DRAW.read_text(encoding="utf-8").splitlines():
        split, pair_id, side, chars, tier = line.split("\t")
        rows.append(
            {
                "split": split,
                "pair_id": pair_id,
                "side": int(side),
                "chars": int(chars),
                "tier": int(tier),
            }
        )
    return rows


def _entries(kind: str) -> list[dict]:
    return json.loads((EN / SPLIT / f"{kind}.json").read_text(encoding="utf-8"))["articles"]


def _texts() -> dict[tuple[str, int], str]:
    return {
        (row["pair_id"], int(side)): row[f"text{side}"]
        for row in evaldata.semeval_rows()
        for side in "12"
    }


def test_the_committed_list_is_the_rules_draw():
    import en_selection3

    try:
        drawn = en_selection3.draw()
    except Exception as error:  # no git history here (an archive): nothing to re-derive
        pytest.skip(f"cannot re-derive the draw: {error}")
    assert drawn == _draw()


def test_the_draw_has_its_counts_and_puts_never_read_texts_first():
    draw = _draw()
    assert Counter(item["split"] for item in draw) == {"heldout3": 16, "reserve": 6}
    assert [item["split"] for item in draw] == ["heldout3"] * 16 + ["reserve"] * 6
    tiers = [item["tier"] for item in draw]
    assert tiers == sorted(tiers) and set(tiers) <= {1, 2}
    assert len({(item["pair_id"], item["side"]) for item in draw}) == len(draw)


def test_the_draw_fits_the_filter_and_repeats_no_earlier_english_text():
    """Each drawn text is 600-6,000 characters with at least two double marks, is no text
    of the earlier English draws (reserves included) and is none of the other English
    splits' articles."""
    texts = _texts()
    earlier = set()
    for name in ("draw.txt", "draw2.txt"):
        for line in (EN / name).read_text(encoding="utf-8").splitlines():
            _, pair_id, side = line.split("\t")[:3]
            earlier.add(texts[pair_id, int(side)])
    others = {
        texts[entry["pair_id"], entry["side"]]
        for split in ("dev", "heldout", "heldout2")
        for entry in json.loads((EN / split / "quotes.json").read_text(encoding="utf-8"))[
            "articles"
        ]
    }
    drawn = [texts[item["pair_id"], item["side"]] for item in _draw()]
    for item, text in zip(_draw(), drawn, strict=True):
        assert len(text) == item["chars"] and 600 <= len(text) <= 6000
        assert len(re.findall(r"[\"“”]", text)) >= 2
        assert text not in earlier and text not in others
    assert len(set(drawn)) == len(drawn)


def test_no_drawn_pair_is_named_by_a_bench_file_other_than_claims_dev():
    """As committed now (other benches may have grown since the rule's start): the drawn
    pairs are named only by their own files, the reading bench's registration, the claims
    dev file (tier 2, read only for claims) and the English entities file, whose heldout2
    split annotates these very articles (bench/real_entities.py)."""
    own = {
        ROOT / "bench" / "real" / "en" / "draw3.txt",
        ROOT / "bench" / "real" / "README.md",
        EN / SPLIT / "quotes.json",
        EN / SPLIT / "dates.json",
        ROOT / "bench" / "real" / "claims-dev.json",
        ROOT / "bench" / "real" / "entities_en.json",
    }
    drawn = {item["pair_id"] for item in _draw()}
    for path in (ROOT / "bench").rglob("*"):
        if path.is_file() and path not in own and path.suffix in {".json", ".py", ".md", ".txt"}:
            named = set(
                re.findall(
                    r"1\d{9}(?:es|en|it)?_\d{10}(?:es|en|it)?",
                    path.read_text(encoding="utf-8", errors="replace"),
                )
            )
            assert not drawn & named, path


def test_the_split_is_registered_and_folded_after_its_scorings():
    """Lead-only until the lead scored it at the eighth session's start and end code, then
    folded (bench/real/README.md item 87)."""
    assert ("en", SPLIT) not in real_reading.LEAD_ONLY
    assert SPLIT in real_reading.SET_SPLITS["en"]


def test_the_split_fits_the_data_and_the_english_conventions():
    """Hashes and spans fit the SemEval fields; no `published` (SemEval sides carry none), so
    only absolute expressions have a value, at day, month or year precision; quotes have a
    boolean partial flag, a speaker that is a name or null, sane evidence spans; no two
    quotes or two date expressions overlap; no quote span begins or ends with a mark."""
    sources = real_reading.load_sources("en")
    for kind in ("quotes", "dates"):
        for entry in _entries(kind):
            assert entry["source"] == "semeval"
            assert entry["field"] == f"text{entry['side']}"
            source = sources[real_reading.article_key(entry)]
            real_reading.check(entry, source)
            spans = sorted((item["start"], item["length"]) for item in entry[kind])
            for (start, length), (after, _) in pairwise(spans):
                assert start + length <= after, (entry["pair_id"], after)
            if kind == "dates":
                assert entry["published"] is None
                for item in entry["dates"]:
                    assert item["kind"] in ("absolute", "relative", "yearless")
                    if item["kind"] == "absolute" and item["value"] is not None:
                        assert ISO.fullmatch(item["value"]), item
                    else:
                        assert item["value"] is None, item
                continue
            for quote in entry["quotes"]:
                words = source.text[quote["start"] : quote["start"] + quote["length"]]
                assert words[0] not in real_reading.EDGE and words[-1] not in "\"“”‘’'", quote
                assert isinstance(quote["partial"], bool)
                assert quote["speaker"] is None or (
                    isinstance(quote["speaker"], str) and quote["speaker"].strip()
                )
                for span in quote["speaker_evidence"]:
                    said = source.text[span["start"] : span["start"] + span["length"]]
                    assert len(said) == span["length"] and said == said.strip() and said


def test_the_split_holds_enough_to_score():
    quotes = [quote for entry in _entries("quotes") for quote in entry["quotes"]]
    dates = [item for entry in _entries("dates") for item in entry["dates"]]
    assert len(_entries("quotes")) == 16
    assert len(quotes) >= 15 and sum(quote["speaker"] is not None for quote in quotes) >= 12
    assert len(dates) >= 50
