"""The fifteenth round's Spanish held-out splits, heldout2 and heldout3 (bench/real/README.md
item 75): FakeDeS train and development rows drawn by `bench/real/selection.py
--fifteenth`, listed in bench/real/draw15.txt.

Nothing here scores them (the lead does, once): the tests check that the committed list is
the rule's draw, that each split's annotations fit the data and follow the draw in order
with the reserve rule, and that no article is in two splits. A split not yet annotated is
skipped. Skips when ../shared/eval (or $CONTRASTA_EVAL) or openpyxl is absent.
"""

from __future__ import annotations

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

DRAW = ROOT / "bench" / "real" / "draw15.txt"
SPLITS = ("heldout2", "heldout3")


def _draw() -> list[dict]:
    return real_draws.read_draw(DRAW)


def test_the_committed_list_is_the_rules_draw():
    assert real_draws.same_draw(selection.train_dev_round("fifteenth"), _draw())


def test_the_draw_has_its_counts_outlet_cap_and_leaves_out_named_rows():
    real_draws.check_counts_and_cap(_draw(), SPLITS)


def test_no_drawn_article_is_named_by_another_bench():
    """A drawn row must not be used by any other bench (named as fakedes/<file>/<id>, as
    the timeline, confirmed and claims benches name rows): it would not be blind."""
    drawn = {f"fakedes/{item['file']}/{item['id']}" for item in _draw()}
    assert not drawn & real_draws.named_by_benches()


@pytest.mark.parametrize("split", SPLITS)
def test_a_split_follows_the_draw_in_order_with_its_own_reserve(split):
    """Its drawn 16 in order, an unusable one left out, then its own reserve's first ones
    (real_draws.check_follows_draw)."""
    if split not in real_draws.annotated(SPLITS):
        pytest.skip(f"{split} is not annotated yet")
    real_draws.check_follows_draw(_draw(), split)


@pytest.mark.parametrize("split", SPLITS)
def test_a_split_fits_the_data_and_its_conventions(split):
    """Hashes and spans fit the FakeDeS cells; `published` is the link's day; no date
    expression holds a masked number; every quote has a boolean partial flag."""
    if split not in real_draws.annotated(SPLITS):
        pytest.skip(f"{split} is not annotated yet")
    for kind, entry, source in real_draws.checked_entries(split):
        if kind == "dates":
            assert entry["published"] == selection.link_date(source.url)
            for item in entry["dates"]:
                span = source.text[item["start"] : item["start"] + item["length"]]
                assert "*NUMBER*" not in span, (entry["id"], item["start"])
        else:
            assert all(isinstance(q["partial"], bool) for q in entry["quotes"])


def test_the_new_splits_share_no_article_with_dev_or_each_other():
    real_draws.check_no_shared_article(SPLITS)
