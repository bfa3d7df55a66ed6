"""Quotes, speakers and dates on real Spanish news annotated by hand (bench/real, dev split).

Only the dev split is scored: the held-out split is scored once by the lead and must never
steer the code; its annotations are only checked against the data (hashes, spans), which
runs no quote or date finder. Skips when ../shared/eval (or $CONTRASTA_EVAL) or openpyxl
is absent.
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import real_reading

MISSING = real_reading.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

# Floors a little below the dev figures (80 articles) once the third round's held-out
# split, scored once, joined dev (bench/real/README.md item 11): quote text F1 0.951,
# quote + speaker F1 0.832 (speakers given: precision 0.961, recall 0.868); dates 0.892,
# then 0.942 after the rules on bare years and listed months (RULES 30, item 13).
# Quote + speaker 0.844 (speakers 0.980 / 0.881) after the acronym and page-label rules
# (RULES 32, item 15).
# Quote + speaker 0.880 (speakers 0.995 / 0.921) after the organisation, earlier-speaker
# and letter rules (RULES 33, item 17).
# On the 64 articles before, after the fourth round of speaker work (RULES 28-29, item 9):
# 0.952, 0.887 (0.988, 0.927), 0.910; before that round, when the second round's held-out
# split joined dev (item 6): 0.929, 0.806 (0.918, 0.859), 0.910. The fall from 64 to 80
# is the 16 articles the rules were not fitted to, not anything that got worse.
QUOTE_TEXT_F1 = 0.94
QUOTE_SPEAKER_F1 = 0.86
DATES = 0.93


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
