"""The sixteenth round's Spanish held-out splits, heldout4 and heldout5 (bench/real/README.md
items 78-80): FakeDeS train and development rows drawn by `bench/real/selection.py
--sixteenth`, listed in bench/real/draw16.txt.

Nothing here scores them (the lead does, once): the tests check that the committed list is
the rule's draw, that it leaves out every row the fifteenth round listed, that each split's
annotations fit the data and follow the draw in order with the reserve rule, and that no
article is in two splits. A split not yet annotated is skipped. Skips when ../shared/eval
(or $CONTRASTA_EVAL) or openpyxl is absent.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "real"))

import real_reading
import selection

MISSING = real_reading.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

DRAW = ROOT / "bench" / "real" / "draw16.txt"
DRAW15 = ROOT / "bench" / "real" / "draw15.txt"
SPLITS = ("heldout4", "heldout5")
KINDS = {"absolute", "relative", "yearless"}
VALUE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
# a bare /YYYYMMDD/ path segment states the day too (README "Date conventions", as FakeDeS
# 57, 448 and 19 of dev); selection.link_date, written to sort the draw's strata, reads the
# other forms only
BARE_DAY = re.compile(r"/(20\d\d)(\d\d)(\d\d)/")


def _draw(path=DRAW) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        split, name, row_id, outlet, chars = line.split("\t")
        rows.append(
            {"split": split, "file": name, "id": row_id, "outlet": outlet, "chars": int(chars)}
        )
    return rows


def _key(item: dict) -> str:
    return real_reading.fakedes_key(item["id"], item["file"])


def _entries(split: str, kind: str) -> list[dict]:
    path = real_reading.SETS["es"] / split / f"{kind}.json"
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def _link_day(url: str | None) -> str | None:
    day = selection.link_date(url)
    match = None if day else BARE_DAY.search(url or "")
    return "-".join(match.groups()) if match else day


def _annotated() -> list[str]:
    return [split for split in SPLITS if split in real_reading.annotated_splits()]


def test_the_committed_list_is_the_rules_draw():
    drawn = selection.sixteenth_round()
    assert [
        (item["split"], item["file"], item["id"], item["outlet"], item["chars"]) for item in drawn
    ] == [
        (item["split"], item["file"], item["id"], item["outlet"], item["chars"]) for item in _draw()
    ]


def test_the_draw_has_its_counts_outlet_cap_and_leaves_out_earlier_rows():
    draw = _draw()
    assert Counter(item["split"] for item in draw) == {
        "heldout4": 16,
        "heldout5": 16,
        "reserve-heldout4": 4,
        "reserve-heldout5": 4,
    }
    assert [item["split"] for item in draw] == sorted(
        (item["split"] for item in draw),
        key=["heldout4", "heldout5", "reserve-heldout4", "reserve-heldout5"].index,
    )
    assert len({_key(item) for item in draw}) == len(draw)
    outlets = Counter(selection._outlet_key(item["outlet"]) for item in draw)
    assert max(outlets.values()) <= selection.PER_OUTLET
    fifteenth = {_key(item) for item in _draw(DRAW15)}
    assert len(fifteenth) == 40
    for item in draw:
        assert item["file"] in selection.FIFTEENTH_FILES
        assert item["id"] not in selection.FIFTEENTH_NAMED[item["file"]].split()
        assert _key(item) not in fifteenth


def test_no_drawn_article_is_named_by_another_bench():
    """A drawn row must not be used by any other bench (named as fakedes/<file>/<id>, as
    the timeline, confirmed and claims benches name rows): it would not be blind."""
    drawn = {f"fakedes/{item['file']}/{item['id']}" for item in _draw()}
    named = set()
    for path in (ROOT / "bench").rglob("*"):
        if path.is_file() and path.suffix in {".json", ".py", ".md", ".txt"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            named |= set(re.findall(r"fakedes/(?:train|development)/\d+", text))
    assert not drawn & named


@pytest.mark.parametrize("split", SPLITS)
def test_a_split_follows_the_draw_in_order_with_its_own_reserve(split):
    """The split's articles are its drawn 16 in order, an unusable one left out, then the
    first articles of its own reserve in order, one for each left out (fewer when short);
    both files list the same articles."""
    if split not in _annotated():
        pytest.skip(f"{split} is not annotated yet")
    draw = _draw()
    drawn = [_key(item) for item in draw if item["split"] == split]
    reserve = [_key(item) for item in draw if item["split"] == f"reserve-{split}"]
    keys = [real_reading.article_key(entry) for entry in _entries(split, "quotes")]
    assert [real_reading.article_key(entry) for entry in _entries(split, "dates")] == keys
    kept = [key for key in keys if key not in reserve]
    used = [key for key in keys if key in reserve]
    assert keys == kept + used
    assert used == reserve[: len(used)]
    assert kept == [key for key in drawn if key in kept]
    last = drawn.index(kept[-1]) if kept else -1
    left_out = [key for key in drawn[: last + 1] if key not in kept]
    assert len(used) <= len(left_out) + len(drawn[last + 1 :])
    assert len(keys) <= len(drawn)


@pytest.mark.parametrize("split", SPLITS)
def test_a_split_fits_the_data_and_its_conventions(split):
    """Hashes and spans fit the FakeDeS cells; `published` is the link's day (a bare
    /YYYYMMDD/ segment included); no date
    expression holds a masked number, each has a known kind and a value written at a
    day's, a month's or a year's precision, and a relative or yearless one has a value only
    when the article has a `published`; every quote has a boolean partial flag, its span
    sits inside one paragraph, and it has a speaker or none and evidence only with one."""
    if split not in _annotated():
        pytest.skip(f"{split} is not annotated yet")
    sources = real_reading.load_sources()
    for kind in ("quotes", "dates"):
        for entry in _entries(split, kind):
            assert entry["source"] == "fakedes" and entry["file"] in selection.FIFTEENTH_FILES
            source = sources[real_reading.article_key(entry)]
            real_reading.check(entry, source)
            if kind == "dates":
                assert entry["published"] == _link_day(source.url), entry["id"]
                for item in entry["dates"]:
                    span = source.text[item["start"] : item["start"] + item["length"]]
                    assert "*NUMBER*" not in span, (entry["id"], item["start"])
                    assert item["kind"] in KINDS
                    value = item["value"]
                    assert value is None or VALUE.fullmatch(value), (entry["id"], value)
                    if item["kind"] != "absolute" and entry["published"] is None:
                        assert value is None, (entry["id"], item["start"])
            else:
                for quote in entry["quotes"]:
                    assert isinstance(quote["partial"], bool)
                    span = source.text[quote["start"] : quote["start"] + quote["length"]]
                    assert "\n" not in span, (entry["id"], quote["start"])
                    if quote["speaker"] is None:
                        assert not quote["speaker_evidence"], (entry["id"], quote["start"])
                    for evidence in quote["speaker_evidence"]:
                        words = source.text[
                            evidence["start"] : evidence["start"] + evidence["length"]
                        ]
                        assert words and words == words.strip(), (entry["id"], evidence)


def test_the_new_splits_share_no_article_with_dev_or_each_other():
    splits = {s: set(real_reading.load_annotations(s)) for s in real_reading.annotated_splits()}
    for split in _annotated():
        for other, keys in splits.items():
            if other != split:
                assert not splits[split] & keys, (split, other)
