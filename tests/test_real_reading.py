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
from selection import DATE_TARGET, QUOTE_TARGET, counted_quotes, eighth_round, seventh_round

MISSING = real_reading.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

# Floors a little below the dev figures (148 articles) once the seventh round's held-out
# split, scored once, joined dev (bench/real/README.md items 32, 33): quote text F1 0.917,
# quote + speaker F1 0.772 (speakers given: precision 0.923, recall 0.837), dates 0.972.
# On 133 before (RULES 41): 0.919, 0.795, 0.971; on 116: 0.925, 0.831, 0.928 (RULES 38);
# on 96: 0.939, 0.873, 0.930. Each fall of the speakers is the articles the rules were not
# fitted to (held-out: fourth split 0.727, fifth 0.563, sixth 0.525, seventh 0.631), not
# anything that got worse. Dates rose to 0.971 with RULES 41 (item 31; the seventh split
# 0.976 held-out). The name at the cue read as a reader would (RULES 45, tuned on the same
# 148) raised quote + speaker to 0.804 (speakers given: precision 0.971, recall 0.873);
# the floor rose 0.76 -> 0.79 with it. A second round on the same 148 (RULES 46: several
# titles of one introduction, a document's issuer by its means) raised it to 0.821
# (precision 0.982, recall 0.890); the floor rose 0.79 -> 0.80. A round on quoted words
# against words in marks (RULES 49: judgements after "como", lists of titles, headings)
# raised quote text F1 to 0.932 (P 0.955, R 0.910); its floor rose 0.91 -> 0.92.
QUOTE_TEXT_F1 = 0.92
QUOTE_SPEAKER_F1 = 0.80
DATES = 0.96


@pytest.fixture(scope="module")
def dev() -> dict:
    return real_reading.evaluate("dev")


@pytest.mark.parametrize("split", real_reading.SPLITS)
def test_the_annotations_fit_the_data(split):
    sources = real_reading.load_sources()
    for key, entry in real_reading.load_annotations(split).items():
        assert key in sources, key
        real_reading.check(entry, sources[key])


def test_no_article_is_in_two_splits():
    dev, heldout = (set(real_reading.load_annotations(split)) for split in real_reading.SPLITS)
    assert not dev & heldout


def test_the_seventh_round_is_at_the_end_of_dev_in_draw_order():
    """The seventh round's held-out split, scored once and folded (bench/real/README.md
    items 28, 29, 32, 33), is dev's last 15 articles: its draw's first 15, in that order, in
    both files."""
    drawn = [f"{item['source']}:{item['id']}" for item in seventh_round()][:15]
    for kind in ("quotes", "dates"):
        data = json.loads((real_reading.ANNOTATIONS / "dev" / f"{kind}.json").read_text())
        assert [real_reading.article_key(entry) for entry in data["articles"]][-15:] == drawn


def _heldout(kind: str) -> list[dict]:
    return json.loads((real_reading.ANNOTATIONS / "heldout" / f"{kind}.json").read_text())[
        "articles"
    ]


def test_the_heldout_articles_are_the_eighth_draw_in_order():
    """The held-out split is the eighth round's draw and then its reserve, taken in order
    (bench/real/README.md items 34 and 35): a prefix of that list, each article of it in
    both files, none skipped or set aside after reading; and no reserve article was taken
    once the articles before it held the targets (quotes counted at most QUOTES_COUNTED
    per article)."""
    items = eighth_round()
    drawn = [f"{item['source']}:{item['id']}" for item in items]
    quotes, dates = _heldout("quotes"), _heldout("dates")
    keys = [real_reading.article_key(entry) for entry in quotes]
    assert keys == drawn[: len(keys)]
    assert [real_reading.article_key(entry) for entry in dates] == keys
    base = sum(item["split"] == "heldout" for item in items)
    for taken in range(base, len(keys)):
        reached = (
            counted_quotes([len(entry["quotes"]) for entry in quotes[:taken]]) >= QUOTE_TARGET
            and sum(len(entry["dates"]) for entry in dates[:taken]) >= DATE_TARGET
        )
        assert not reached, f"reserve article {taken + 1} taken after the targets were held"


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
