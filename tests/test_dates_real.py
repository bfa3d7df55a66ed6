"""Dates on real Spanish news (../shared/eval, or $CONTRASTA_EVAL): read without a
publication date, nothing is resolved that the run's clock would have to supply, and a
publication date changes what the dates resolve to, never which ones are found."""

from __future__ import annotations

import re
import sys
from datetime import datetime

import pytest

from conftest import ROOT
from contrasta.dates import MAX_AHEAD, DateMention, find_dates

sys.path.insert(0, str(ROOT / "bench"))

import evaldata

# Where a year may stand after a date that borrows it ("el 14 y 21 de diciembre de 2020").
YEAR_REACH = 40
BASE = datetime(2020, 6, 15, 12)
COUNTED = re.compile(
    r"(?:después|tarde|siguiente|anterior|posterior|antes)$"
)  # when most of these articles were written


@pytest.fixture(scope="module")
def read() -> list[tuple[str, list[DateMention], list[DateMention]]]:
    """Every third text (enough, and seconds instead of ten), with its dates read without
    a publication date and with BASE as one."""
    reason = evaldata.missing(evaldata.FAKEDES, evaldata.SEMEVAL, xlsx=True)
    if reason:
        pytest.skip(reason)
    texts = [*evaldata.fakedes_texts(), *(text for _, _, text in evaldata.semeval_spanish())]
    return [(text, find_dates(text, None), find_dates(text, BASE)) for text in texts[::3]]


def test_without_a_publication_date_only_dates_written_with_their_year_resolve(read):
    resolved = unresolved = 0
    for text, undated, _ in read:
        for m in undated:
            if m.value is None:
                unresolved += 1
                continue
            resolved += 1
            if COUNTED.search(m.text):  # "tres años después": from a year written before
                continue
            written = text[m.start : m.end + YEAR_REACH]
            assert re.search(rf"(?<!\d){m.value.year}(?!\d)|/\d\d\b", written), m
    # The sets are full of both kinds; a reader that found neither would pass vacuously.
    assert resolved > 200
    assert unresolved > 200


def test_a_publication_date_resolves_more_but_finds_the_same(read):
    """Only plausibility may drop a date once the base is known: "en 2030" is more than a
    year ahead of an article from 2020, and "hace 200 años" is before MIN_YEAR. A day told
    in reported speech dated elsewhere ("En 2016 contó que el domingo...") stays
    unresolved with it too."""
    gained = 0
    for _, undated, dated in read:
        found = {(m.start, m.end): m for m in dated}
        assert found.keys() <= {(m.start, m.end) for m in undated}
        for a in undated:
            b = found.get((a.start, a.end))
            if b is None:
                assert a.value is None or a.value > BASE + MAX_AHEAD, a
                continue
            assert b.precision == a.precision
            assert a.value in (None, b.value)
            gained += a.value is None and b.value is not None
    assert gained > 200
