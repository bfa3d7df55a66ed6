"""The Spanish held-out splits drawn from FakeDeS train and development after the fifteenth
round (bench/real/README.md items 78-80, 89-91 and 93-): the sixteenth round's heldout4 and
heldout5 (`bench/real/selection.py --sixteenth`, bench/real/draw16.txt), the
seventeenth's heldout6 and heldout7 (`--seventeenth`, draw17.txt), the eighteenth's
heldout8 and heldout9 (`--eighteenth`, draw18.txt), the nineteenth's heldout10 and
heldout11 (`--nineteenth`, draw19.txt), the twentieth's heldout12 and heldout13
(`--twentieth`, draw20.txt), the twenty-first's heldout14 and heldout15
(`--twentyfirst`, draw21.txt), the twenty-second's heldout16 and heldout17
(`--twentysecond`, draw22.txt), the twenty-third's heldout18 and heldout19
(`--twentythird`, draw23.txt) and the twenty-fourth's heldout20 and heldout21
(`--twentyfourth`, draw24.txt).

For each round this checks that the committed list is the rule's draw, that it leaves out
every row the rounds before it listed, that each split's annotations fit the data and follow
the draw in order with the reserve rule, and that no article is in two splits. A split not
yet annotated is skipped. Skips when ../shared/eval (or $CONTRASTA_EVAL) or openpyxl is
absent.
"""

from __future__ import annotations

import re
import sys
from functools import partial

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "real"))

import real_draws
import real_reading
import selection

MISSING = real_reading.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

REAL = ROOT / "bench" / "real"
# round -> (its draw, the rule that makes it, its two splits, the draws it leaves out)
ROUNDS = {
    "sixteenth": (
        REAL / "draw16.txt",
        partial(selection.train_dev_round, "sixteenth"),
        ("heldout4", "heldout5"),
        (REAL / "draw15.txt",),
    ),
    "seventeenth": (
        REAL / "draw17.txt",
        partial(selection.train_dev_round, "seventeenth"),
        ("heldout6", "heldout7"),
        (REAL / "draw15.txt", REAL / "draw16.txt"),
    ),
    "eighteenth": (
        REAL / "draw18.txt",
        partial(selection.train_dev_round, "eighteenth"),
        ("heldout8", "heldout9"),
        (REAL / "draw15.txt", REAL / "draw16.txt", REAL / "draw17.txt"),
    ),
    "nineteenth": (
        REAL / "draw19.txt",
        partial(selection.train_dev_round, "nineteenth"),
        ("heldout10", "heldout11"),
        (REAL / "draw15.txt", REAL / "draw16.txt", REAL / "draw17.txt", REAL / "draw18.txt"),
    ),
    "twentieth": (
        REAL / "draw20.txt",
        partial(selection.train_dev_round, "twentieth"),
        ("heldout12", "heldout13"),
        tuple(REAL / f"draw{n}.txt" for n in range(15, 20)),
    ),
    "twentyfirst": (
        REAL / "draw21.txt",
        partial(selection.train_dev_round, "twentyfirst"),
        ("heldout14", "heldout15"),
        tuple(REAL / f"draw{n}.txt" for n in range(15, 21)),
    ),
    "twentysecond": (
        REAL / "draw22.txt",
        partial(selection.train_dev_round, "twentysecond"),
        ("heldout16", "heldout17"),
        tuple(REAL / f"draw{n}.txt" for n in range(15, 22)),
    ),
    "twentythird": (
        REAL / "draw23.txt",
        partial(selection.train_dev_round, "twentythird"),
        ("heldout18", "heldout19"),
        tuple(REAL / f"draw{n}.txt" for n in range(15, 23)),
    ),
    "twentyfourth": (
        REAL / "draw24.txt",
        partial(selection.train_dev_round, "twentyfourth"),
        ("heldout20", "heldout21"),
        tuple(REAL / f"draw{n}.txt" for n in range(15, 24)),
    ),
}
SPLITS = [(name, split) for name, (*_, splits, _) in ROUNDS.items() for split in splits]
KINDS = {"absolute", "relative", "yearless"}
VALUE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
# a bare /YYYYMMDD/ path segment states the day too (README "Date conventions", as FakeDeS
# 57, 448 and 19 of dev); selection.link_date, written to sort the draw's strata, reads the
# other forms only
BARE_DAY = re.compile(r"/(20\d\d)(\d\d)(\d\d)/")


def _link_day(url: str | None) -> str | None:
    day = selection.link_date(url)
    match = None if day else BARE_DAY.search(url or "")
    return "-".join(match.groups()) if match else day


def _annotated_or_skip(name: str, split: str) -> None:
    if split not in real_draws.annotated(ROUNDS[name][2]):
        pytest.skip(f"{split} is not annotated yet")


@pytest.mark.parametrize("name", ROUNDS)
def test_the_committed_list_is_the_rules_draw(name):
    path, rule, _, _ = ROUNDS[name]
    assert real_draws.same_draw(rule(), real_draws.read_draw(path))


@pytest.mark.parametrize("name", ROUNDS)
def test_the_draw_has_its_counts_outlet_cap_and_leaves_out_earlier_rows(name):
    path, _, splits, before = ROUNDS[name]
    draw = real_draws.read_draw(path)
    real_draws.check_counts_and_cap(draw, splits, selection.outlet_cap(name))
    earlier: set = set()
    for earlier_path in before:
        rows = {real_draws.key(item) for item in real_draws.read_draw(earlier_path)}
        assert len(rows) == 40 and not earlier & rows
        earlier |= rows
    for item in draw:
        assert real_draws.key(item) not in earlier


@pytest.mark.parametrize("name", ROUNDS)
def test_no_drawn_article_is_named_by_another_bench(name):
    """A drawn row must not be used by any other bench (named as fakedes/<file>/<id>, as
    the timeline, confirmed and claims benches name rows): it would not be blind. The
    entities bench's Spanish heldout3 to heldout9 annotate the sixteenth round's heldout5,
    the seventeenth's heldout6, the nineteenth's heldout10, the twentieth's heldout13, the
    twenty-second's heldout16 and heldout17 and the twenty-third's heldout18 by design,
    held-out sets of their own (bench/real_entities.py), so its file is exempt."""
    drawn = {
        f"fakedes/{item['file']}/{item['id']}" for item in real_draws.read_draw(ROUNDS[name][0])
    }
    entities = frozenset({REAL / "entities.json"})
    assert not drawn & real_draws.named_by_benches(entities)


@pytest.mark.parametrize(("name", "split"), SPLITS)
def test_a_split_follows_the_draw_in_order_with_its_own_reserve(name, split):
    """Its drawn 16 in order, an unusable one left out, then its own reserve's first ones
    (real_draws.check_follows_draw)."""
    _annotated_or_skip(name, split)
    real_draws.check_follows_draw(real_draws.read_draw(ROUNDS[name][0]), split)


@pytest.mark.parametrize(("name", "split"), SPLITS)
def test_a_split_fits_the_data_and_its_conventions(name, split):
    """Hashes and spans fit the FakeDeS cells; `published` is the link's day (a bare
    /YYYYMMDD/ segment included); no date expression holds a masked number, each has a
    known kind and a value written at a day's, a month's or a year's precision, and a
    relative or yearless one has a value only when the article has a `published`; every
    quote has a boolean partial flag, its span sits inside one paragraph, and it has a
    speaker or none and evidence only with one."""
    _annotated_or_skip(name, split)
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


@pytest.mark.parametrize("name", ROUNDS)
def test_the_new_splits_share_no_article_with_dev_or_each_other(name):
    real_draws.check_no_shared_article(ROUNDS[name][2])
