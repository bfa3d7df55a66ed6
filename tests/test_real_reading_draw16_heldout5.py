"""The sixteenth round's `heldout5` Spanish held-out split (bench/real/README.md items 78,
80): FakeDeS train and development rows drawn by `bench/real/selection.py --sixteenth`,
listed in bench/real/draw16.txt.

Nothing here scores it (the lead does, once): the tests check that its annotations follow
the draw's `heldout5` lines in order with the reserve rule, that they fit the data and the
fifteenth round's conventions, and that no article is in two splits. The draw itself and
`heldout4` are checked by tests/test_real_reading_draw16.py. Helpers come from
tests/test_real_reading_draw15.py. Skips when ../shared/eval (or $CONTRASTA_EVAL) or
openpyxl is absent.
"""

from __future__ import annotations

import re

import pytest
from test_real_reading_draw15 import _entries, _key, real_reading, selection

from conftest import ROOT

MISSING = real_reading.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

DRAW = ROOT / "bench" / "real" / "draw16.txt"
SPLIT = "heldout5"
# a bare /YYYYMMDD/ path segment states the day too (README "Date conventions", as FakeDeS
# 57, 448 and 19 of dev); selection.link_date, written to sort the draw's strata, reads the
# other forms only
BARE_DAY = re.compile(r"/(20\d\d)(\d\d)(\d\d)/")


def _drawn(split: str) -> list[str]:
    keys = []
    for line in DRAW.read_text(encoding="utf-8").splitlines():
        name, row_file, row_id = line.split("\t")[:3]
        if name == split:
            keys.append(_key({"file": row_file, "id": row_id}))
    return keys


def _link_day(url: str | None) -> str | None:
    day = selection.link_date(url)
    match = None if day else BARE_DAY.search(url or "")
    return "-".join(match.groups()) if match else day


def test_the_split_follows_the_draw_in_order_with_its_own_reserve():
    """Its 16 drawn articles in order, an unusable one left out, then the first articles of
    its own reserve in order, one for each left out; both files list the same articles."""
    drawn, reserve = _drawn(SPLIT), _drawn(f"reserve-{SPLIT}")
    assert len(drawn) == 16 and len(reserve) == 4
    keys = [real_reading.article_key(entry) for entry in _entries(SPLIT, "quotes")]
    assert [real_reading.article_key(entry) for entry in _entries(SPLIT, "dates")] == keys
    kept = [key for key in keys if key not in reserve]
    used = keys[len(kept) :]
    assert keys == kept + used
    assert used == reserve[: len(used)]
    assert kept == [key for key in drawn if key in kept]
    assert len(kept) + len(used) == len(drawn)


def test_the_split_fits_the_data_and_its_conventions():
    """Hashes and spans fit the FakeDeS cells; `published` is the link's day; no date
    expression holds a masked number; values, kinds and partial flags are well formed; a
    quote with no speaker has no evidence."""
    sources = real_reading.load_sources()
    for kind in ("quotes", "dates"):
        for entry in _entries(SPLIT, kind):
            assert entry["source"] == "fakedes" and entry["file"] in selection.FIFTEENTH_FILES
            source = sources[real_reading.article_key(entry)]
            real_reading.check(entry, source)
            if kind == "dates":
                assert entry["published"] == _link_day(source.url), entry["id"]
                for item in entry["dates"]:
                    span = source.text[item["start"] : item["start"] + item["length"]]
                    assert "*NUMBER*" not in span, (entry["id"], item["start"])
                    assert item["kind"] in {"absolute", "relative", "yearless"}
                    value = item["value"]
                    assert value is None or re.fullmatch(r"\d{4}(-\d\d){0,2}", value)
                    if item["kind"] != "absolute" and not entry["published"]:
                        assert value is None, (entry["id"], item["start"])
            else:
                assert entry["quotes"], entry["id"]  # an article with no quote is unusable
                for quote in entry["quotes"]:
                    assert isinstance(quote["partial"], bool)
                    assert quote["speaker"] or not quote["speaker_evidence"]


def test_the_split_shares_no_article_with_another():
    splits = {s: set(real_reading.load_annotations(s)) for s in real_reading.annotated_splits()}
    assert SPLIT in splits
    for other, keys in splits.items():
        if other != SPLIT:
            assert not splits[SPLIT] & keys, other
