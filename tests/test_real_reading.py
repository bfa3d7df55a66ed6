"""Quotes, speakers and dates on real Spanish news annotated by hand (bench/real, dev split).

Only the dev split is scored: the held-out split is scored once by the lead and must never
steer the code; its annotations are only checked against the data (hashes, spans), which
runs no quote or date finder. Skips when ../shared/eval (or $CONTRASTA_EVAL) or openpyxl
is absent.
"""

from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "real"))

import real_reading
from selection import (
    DATE_TARGET,
    QUOTE_TARGET,
    counted_quotes,
    widened_round,
)

MISSING = real_reading.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

# Floors a little below the dev figures (216 articles) once the eleventh round's held-out
# split, scored once, joined dev (bench/real/README.md items 56, 57): quote text F1 0.919,
# quote + speaker F1 0.771 (speakers given: precision 0.934, recall 0.833), dates 0.964
# (RULES 59; the same at RULES 56). On the 202 before at the same code (and at RULES 56,
# when the tenth split joined, items 52, 53): 0.921, 0.805 (0.967, 0.869), 0.962; on 180:
# 0.927, 0.794 (0.960, 0.850), 0.962; on 165: 0.925, 0.778 (0.968, 0.834), 0.970; on 148:
# 0.932, 0.833 (0.982, 0.889), 0.972; on 133: 0.919, 0.795, 0.971; on 116: 0.925, 0.831,
# 0.928 (RULES 38). Each fall of the speakers is the articles the rules were not fitted to
# (held-out: fourth split 0.727, fifth 0.563, sixth 0.525, seventh 0.631, eighth 0.336,
# ninth 0.646, tenth 0.685, eleventh 0.449: a title kept in a name, institutions named
# another way, one person quoted throughout with no cue), not anything that got worse.
# With the eleventh fold the quote + speaker floor went 0.78 -> 0.77 (the tenth's fold
# took quote text 0.92 -> 0.91). A round of speaker work on the 216 (README item 60,
# RULES 60: titles left out of names, mistyped closing marks, …) took them to 0.926,
# 0.806 (0.959, 0.865), 0.964: the floors went to 0.92, 0.80, 0.96. A second round
# (README item 61, RULES 61: offices, "el gobierno", pull quotes, hearsay conditionals,
# …) took them to 0.927, 0.819 (0.968, 0.879), 0.964: the speaker floor went to 0.81.
# The twelfth round's held-out split, scored once (README item 62: quote text 0.839,
# quote + speaker 0.581, speakers 0.800, 0.667, dates 0.894), then joined dev (item 63):
# on the 233 at RULES 61, 0.921, 0.810 (0.960, 0.874), 0.960 (711/741; the 216 before at
# the same code: 0.927, 0.824 (0.968, 0.886), 0.964). The quote + speaker floor went 0.81
# -> 0.80 (0.8096 is below 0.81) and dates 0.96 -> 0.95 (0.9595). A third round (README
# item 64, RULES 62: a rank in an organisation, "el 'número dos' del PP", names the person
# titled of it; an outlet's name run into a person's after "al diario") took quote +
# speaker to 0.817 (0.969, 0.883): its floor went to 0.81. With two date rules ("para
# diciembre" ahead, "agosto del año pasado" a month) dates went to 0.965 (715/741): their
# floor went to 0.96. A fourth round (README item 67, RULES 65: a thing after a verb of
# saying is its object, a straight closing mark no mark opened ends a quote, a title's
# complement and its field, a date written again is the one dated before, …) took them
# to 0.925, 0.823 (0.970, 0.885), 0.969 (718/741): the floors went to 0.82 and 0.965.
# The thirteenth round's held-out split, scored once (quote text 0.866, quote + speaker
# 0.474, speakers 0.710, 0.537 at RULES 65), then joined dev (README item 70): on the 250
# at RULES 65, 0.921, 0.802 (0.958, 0.866), 0.968 (750/775). The quote + speaker floor
# went 0.82 -> 0.80 (0.8023 is below 0.81). A fifth round (README item 71, RULES 66: a
# speaker must look like one, no time, number or place alone; a description by age, a
# relative clause's own subject, a pronoun's gender) took them to 0.924, 0.812 (0.971,
# 0.874), 0.968: the quote + speaker floor went to 0.81. Saying less where speakers were
# unsure on then-blind text (README item 76, RULES 70-71: 494 speakers the code of each
# round gave on the held-out split it was scored blind on, precision 0.781; the two kinds
# withheld were right 1 of 28, the rest 385 of 466, 0.826) took dev quote + speaker 0.812
# -> 0.7998 (speakers 0.971 -> 0.977, recall 0.874 -> 0.861): the floor went 0.81 -> 0.79.
# The recall side of the same method (README item 77, RULES 72: a law by its name speaks)
# took it to 0.802 (speakers 0.977, 632/647; recall 0.863): the floor went to 0.80.
# Four more unsure kinds withheld on then-blind evidence widened by the fourteenth split
# and the fifteenth round's two (README item 84, RULES 77): dev unchanged (0.803; speakers
# 0.977, 633/648), heldout2 speakers 32/38 -> 31/33, heldout3 22/31 -> 22/26.
# Rules chosen on the folded splits' then-blind output (README item 82, RULES 80: the group
# in view, a dropped subject's report, …) took it to 0.805 (speakers 0.978, 634/648): the
# floor stays 0.80 (0.805 is below 0.81).
# Quote spans and non-quotes chosen across dev and the folded splits (README item 86,
# RULES 83: page cuts end unclosed quotes, title-cased names, nested straight marks, titles
# after their kind of work, reversed curly marks) took quote text 0.924 -> 0.933 (quote +
# speaker 0.803 -> 0.809, speakers 0.977, 635/650): the quote text floor went to 0.93.
# The session's rounds together on main (RULES 84): quote + speaker 0.812 (speakers 0.978,
# 637/651), dates 0.969: the quote + speaker floor went to 0.81.
QUOTE_TEXT_F1 = 0.93
QUOTE_SPEAKER_F1 = 0.81
DATES = 0.965


@pytest.fixture(scope="module")
def dev() -> dict:
    return real_reading.evaluate("dev")


@pytest.mark.parametrize("split", real_reading.SET_SPLITS["es"])
def test_the_annotations_fit_the_data(split):
    if split not in real_reading.annotated_splits():
        pytest.skip(f"{split} is not annotated yet")
    sources = real_reading.load_sources()
    for key, entry in real_reading.load_annotations(split).items():
        assert key in sources, key
        real_reading.check(entry, sources[key])


def test_no_article_is_in_two_splits():
    splits = [set(real_reading.load_annotations(s)) for s in real_reading.annotated_splits()]
    assert len(splits) >= 2
    assert sum(map(len, splits)) == len(set().union(*splits))


def test_the_seventh_to_thirteenth_rounds_are_at_the_end_of_dev_in_draw_order():
    """The seventh to thirteenth rounds' held-out splits, each scored once and folded
    (bench/real/README.md items 28, 29, 32, 33; 34, 35, 40, 41; 42, 43, 47, 48; 49, 50, 52,
    53; 54, 55, 56, 57; 58, 59, 62, 63; 65, 66, 70), are dev's last 117 articles: the
    seventh draw's first 15, then the eighth draw's first 17 (its 15 drawn and the first 2
    of its reserve), then the ninth draw's first 15 (no reserve), then the tenth draw's
    first 22 (its 15 drawn and the first 7 of its reserve), then the eleventh draw's first
    14 (no reserve), then the twelfth draw's first 17 (its 12 drawn and the first 5 of its
    reserve), then the thirteenth draw's first 17 (its 11 drawn and the first 6 of its
    reserve), each in its draw's order, in both files."""
    seventh = [f"{item['source']}:{item['id']}" for item in widened_round("seventh")][:15]
    eighth = [f"{item['source']}:{item['id']}" for item in widened_round("eighth")][:17]
    ninth = [f"{item['source']}:{item['id']}" for item in widened_round("ninth")][:15]
    tenth = [f"{item['source']}:{item['id']}" for item in widened_round("tenth")][:22]
    eleventh = [f"{item['source']}:{item['id']}" for item in widened_round("eleventh")][:14]
    twelfth = [f"{item['source']}:{item['id']}" for item in widened_round("twelfth")][:17]
    thirteenth = [f"{item['source']}:{item['id']}" for item in widened_round("thirteenth")][:17]
    for kind in ("quotes", "dates"):
        data = json.loads((real_reading.ANNOTATIONS / "dev" / f"{kind}.json").read_text())
        assert [real_reading.article_key(entry) for entry in data["articles"]][-117:] == [
            *seventh,
            *eighth,
            *ninth,
            *tenth,
            *eleventh,
            *twelfth,
            *thirteenth,
        ]


def _dev(kind: str) -> list[dict]:
    return json.loads((real_reading.ANNOTATIONS / "dev" / f"{kind}.json").read_text())["articles"]


def test_the_twelfth_round_took_its_reserve_only_until_the_targets_were_held():
    """The twelfth round's 17 articles (dev's 217th to 233rd, README items 59, 63) are its 12 drawn
    and then its reserve taken in order while the articles before held fewer than the
    targets (quotes counted at most QUOTES_COUNTED per article), and no more: its last
    reserve article was needed."""
    items = widened_round("twelfth")
    quotes, dates = _dev("quotes")[216:233], _dev("dates")[216:233]
    assert sum(item["split"] != "reserve" for item in items) == 12

    def reached(taken: int) -> bool:
        return (
            counted_quotes([len(entry["quotes"]) for entry in quotes[:taken]]) >= QUOTE_TARGET
            and sum(len(entry["dates"]) for entry in dates[:taken]) >= DATE_TARGET
        )

    for taken in range(12, 17):
        assert not reached(taken), f"reserve article {taken + 1} taken after the targets were held"
    assert reached(17)


def test_the_twelfth_draw_left_out_every_dev_article_before_it():
    """The twelfth round was drawn with all 216 dev articles of then left out (README item
    58): dev's first 216, the twelfth's own 17 after them."""
    drawn = {f"{item['source']}:{item['id']}" for item in widened_round("twelfth")}
    keys = [real_reading.article_key(entry) for entry in _dev("quotes")]
    assert not drawn & set(keys[:216])


def _heldout(kind: str) -> list[dict]:
    return json.loads((real_reading.ANNOTATIONS / "heldout" / f"{kind}.json").read_text())[
        "articles"
    ]


def _reached(quotes: list[dict], dates: list[dict], taken: int) -> bool:
    """Whether the first `taken` articles held both targets (quotes counted at most
    QUOTES_COUNTED per article)."""
    return (
        counted_quotes([len(entry["quotes"]) for entry in quotes[:taken]]) >= QUOTE_TARGET
        and sum(len(entry["dates"]) for entry in dates[:taken]) >= DATE_TARGET
    )


def test_the_heldout_articles_are_the_fourteenth_draw_in_order():
    """The held-out split is the fourteenth round's draw and then its reserve, taken in
    order (bench/real/README.md item 68): a prefix of that list, each article of it in both
    files, none skipped or set aside after reading; and no reserve article was taken once
    the articles before it held the targets."""
    items = widened_round("fourteenth")
    drawn = [f"{item['source']}:{item['id']}" for item in items]
    quotes, dates = _heldout("quotes"), _heldout("dates")
    keys = [real_reading.article_key(entry) for entry in quotes]
    assert keys == drawn[: len(keys)]
    assert [real_reading.article_key(entry) for entry in dates] == keys
    base = sum(item["split"] == "heldout" for item in items)
    for taken in range(base, len(keys)):
        assert not _reached(quotes, dates, taken), (
            f"reserve article {taken + 1} taken after the targets were held"
        )


def test_the_thirteenth_round_took_its_reserve_only_until_the_targets_were_held():
    """The thirteenth round's 17 articles (dev's 234th to 250th, README items 66, 70) are
    its 11 drawn and then its reserve taken in order while the articles before held fewer
    than the targets, and no more: its last reserve article was needed."""
    items = widened_round("thirteenth")
    quotes, dates = _dev("quotes")[233:250], _dev("dates")[233:250]
    assert sum(item["split"] != "reserve" for item in items) == 11
    for taken in range(11, 17):
        assert not _reached(quotes, dates, taken), (
            f"reserve article {taken + 1} taken after the targets were held"
        )
    assert _reached(quotes, dates, 17)


def test_the_fourteenth_draw_leaves_out_dev_and_the_thirteenth_round():
    """The fourteenth round was drawn with all 233 dev articles of then and the thirteenth
    round's 17 (its 11 drawn and the first 6 of its reserve, README item 66) left out
    (README item 68); the 6 of the thirteenth's reserve it did not use stay candidates."""
    drawn = {f"{item['source']}:{item['id']}" for item in widened_round("fourteenth")}
    thirteenth = [f"{item['source']}:{item['id']}" for item in widened_round("thirteenth")]
    keys = [real_reading.article_key(entry) for entry in _dev("quotes")]
    assert len(keys) >= 233
    assert not drawn & set(keys[:233])
    assert not drawn & set(thirteenth[:17])


def test_the_thirteenth_draw_leaves_out_every_dev_article():
    """The thirteenth round was drawn with all 233 dev articles of then left out (README
    item 65): dev's first 233 (whatever joins dev later comes after them)."""
    drawn = {f"{item['source']}:{item['id']}" for item in widened_round("thirteenth")}
    keys = [real_reading.article_key(entry) for entry in _dev("quotes")]
    assert len(keys) >= 233
    assert not drawn & set(keys[:233])


def test_the_dev_split_is_large_enough(dev):
    assert dev["articles"] >= 25
    assert dev["quotes_gold"] >= 60
    assert dev["dates_gold"] >= 40


def test_quote_text_f1_floor(dev):
    assert dev["quote_text"][2] >= QUOTE_TEXT_F1, "\n".join(dev["misses"])


def test_quote_and_speaker_f1_floor(dev):
    assert dev["quote_speaker"][2] >= QUOTE_SPEAKER_F1, "\n".join(dev["misses"])


def test_date_resolution_floor(dev):
    assert dev["dates"] >= DATES, "\n".join(dev["misses"])
