"""Floor for bench/extraction.py: on real pages, cleaning must not cost trafilatura's F1.

Reads the first pages of ../shared/eval/article-extraction (or $CONTRASTA_EVAL) and skips
when it is absent. Measured on these 30 pages: trafilatura alone F1 0.958, contrasta's text
0.959 (4-gram shingles, the benchmark's own metric).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import evaldata  # noqa: E402
from extraction import SHINGLES, load_pages, overlap, run, scores  # noqa: E402

PAGE_COUNT = 30
MARGIN = 0.005
FLOOR = 0.95
MISSING = evaldata.missing(evaldata.PAGES)


@pytest.mark.skipif(MISSING is not None, reason=MISSING or "")
def test_cleaning_keeps_trafilatura_f1_on_real_pages():
    pages = load_pages(PAGE_COUNT)
    truth = {page_id: body for page_id, _, body in pages}
    alone, _, ours = run(pages)
    before = scores([overlap(truth[i], alone[i], SHINGLES) for i in truth])
    after = scores([overlap(truth[i], ours.text[i], SHINGLES) for i in truth])
    assert not ours.refused
    assert after.f1 >= before.f1 - MARGIN, (before, after)
    assert after.f1 >= FLOOR, after
