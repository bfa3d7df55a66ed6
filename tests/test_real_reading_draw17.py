"""The seventeenth round's Spanish held-out splits, heldout6 and heldout7 (bench/real/README.md
items 89-91): FakeDeS train and development rows drawn by `bench/real/selection.py
--seventeenth`, listed in bench/real/draw17.txt.

Nothing here scores them (the lead does, once): the tests check that the committed list is
the rule's draw, that it leaves out every row the fifteenth and sixteenth rounds listed,
that each split's annotations fit the data and follow the draw in order with the reserve
rule, and that no article is in two splits. A split not yet annotated is skipped. Skips
when ../shared/eval (or $CONTRASTA_EVAL) or openpyxl is absent.
"""

from __future__ import annotations

import re
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "real"))

import real_draws
import real_reading
import selection

MISSING = real_reading.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

DRAW = ROOT / "bench" / "real" / "draw17.txt"
DRAW15 = ROOT / "bench" / "real" / "draw15.txt"
DRAW16 = ROOT / "bench" / "real" / "draw16.txt"
SPLITS = ("heldout6", "heldout7")
KINDS = {"absolute", "relative", "yearless"}
VALUE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
# a bare /YYYYMMDD/ path segment states the day too (README "Date conventions", as FakeDeS
# 57, 448 and 19 of dev); selection.link_date, written to sort the draw's strata, reads the
# other forms only
BARE_DAY = re.compile(r"/(20\d\d)(\d\d)(\d\d)/")


def _draw(path=DRAW) -> list[dict]:
    return real_draws.read_draw(path)


def _link_day(url: str | None) -> str | None:
    day = selection.link_date(url)
    match = None if day else BARE_DAY.search(url or "")
    return "-".join(match.groups()) if match else day


def test_the_committed_list_is_the_rules_draw():
    assert real_draws.same_draw(selection.seventeenth_round(), _draw())


def test_the_draw_has_its_counts_outlet_cap_and_leaves_out_earlier_rows():
    draw = _draw()
    real_draws.check_counts_and_cap(draw, SPLITS)
    earlier = {real_draws.key(item) for item in _draw(DRAW15)}
    assert len(earlier) == 40
    sixteenth = {real_draws.key(item) for item in _draw(DRAW16)}
    assert len(sixteenth) == 40 and not earlier & sixteenth
    earlier |= sixteenth
    for item in draw:
        assert real_draws.key(item) not in earlier


def test_no_drawn_article_is_named_by_another_bench():
    """A drawn row must not be used by any other bench (named as fakedes/<file>/<id>, as
    the timeline, confirmed and claims benches name rows): it would not be blind. The
    entities bench's Spanish heldout3 annotates the sixteenth round's heldout5 by design (none of
    this draw's rows), so its file is exempt as in draw16's test."""
    drawn = {f"fakedes/{item['file']}/{item['id']}" for item in _draw()}
    entities = frozenset({ROOT / "bench" / "real" / "entities.json"})
    assert not drawn & real_draws.named_by_benches(entities)


@pytest.mark.parametrize("split", SPLITS)
def test_a_split_follows_the_draw_in_order_with_its_own_reserve(split):
    """Its drawn 16 in order, an unusable one left out, then its own reserve's first ones
    (real_draws.check_follows_draw)."""
    if split not in real_draws.annotated(SPLITS):
        pytest.skip(f"{split} is not annotated yet")
    real_draws.check_follows_draw(_draw(), split)


@pytest.mark.parametrize("split", SPLITS)
def test_a_split_fits_the_data_and_its_conventions(split):
    """Hashes and spans fit the FakeDeS cells; `published` is the link's day (a bare
    /YYYYMMDD/ segment included); no date
    expression holds a masked number, each has a known kind and a value written at a
    day's, a month's or a year's precision, and a relative or yearless one has a value only
    when the article has a `published`; every quote has a boolean partial flag, its span
    sits inside one paragraph, and it has a speaker or none and evidence only with one."""
    if split not in real_draws.annotated(SPLITS):
        pytest.skip(f"{split} is not annotated yet")
    for kind, entry, source in real_draws.checked_entries(split):
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
                    words = source.text[evidence["start"] : evidence["start"] + evidence["length"]]
                    assert words and words == words.strip(), (entry["id"], evidence)


def test_the_new_splits_share_no_article_with_dev_or_each_other():
    real_draws.check_no_shared_article(SPLITS)
