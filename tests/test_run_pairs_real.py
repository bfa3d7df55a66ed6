"""Story grouping inside a run over every real text (bench/run_pairs.py): the FakeDeS items
and the SemEval articles, loaded as bench/realcorpus.py loads them (read from
../shared/eval at run time, written to a temporary folder only), ingested and grouped; the
rated pairs whose two articles are in the run keep their same-event figures. bench/pairs.py
judges the pairs one by one; here each article meets all the others of the run."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from evaldata import FAKEDES, SEMEVAL, missing
from pairs import Pair, load_pairs
from realcorpus import CORPUS, build
from run_pairs import group_only, in_run, tally


@pytest.mark.slow  # ingests and groups 2,288 real articles: about 23 CPU seconds
def test_rated_pairs_inside_a_run_keep_their_figures(tmp_path):
    reason = missing(FAKEDES / "test.xlsx", SEMEVAL, xlsx=True)
    if reason:
        pytest.skip(reason)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    build(corpus, html=False)
    group_only([corpus], tmp_path / "c.db", "use")
    table, _ = in_run(tmp_path / "c.db", corpus / CORPUS, load_pairs(SEMEVAL))
    # Measured 2026-12-05 (USE, 2,288 articles, 378 of the 380 rated pairs in the run):
    # all P 0.908 R 0.777 (119 put together, 108 of them same event, of 139); es-es 0.976,
    # 0.784 (103 pairs); en-en 0.840, 0.840; es-en 0.889, 0.727; es-it 1.000, 0.625. Before
    # the words-alone model read the titles: all P 0.893 R 0.777, es-es 0.952 0.784. While
    # only the closest undecided story was embedded (online.CLOSEST = 1): all P 0.888 R 0.741.
    # Measured 2026-12-07 (this setting: USE, no HTML pages, 379 pairs), once the opening
    # sentences were a second opinion beside the lead across languages
    # (online.Clusterer._across, the shipped weights kept): all P 0.901 R 0.784 -> 0.902
    # 0.799; es-en 0.889, 0.727 -> 0.900, 0.818; en-en 0.827, 0.860, es-es 0.976, 0.784 and
    # es-it 1.000, 0.625 as before. Once the openings weighed three quarters of the mean
    # (bench/calibrate.py OPENING_SHARE): all 0.902 0.799 -> 0.903 0.806 (partition
    # b83af5457af9c177), es-it 1.000 0.625 -> 1.000 0.688, the others as before.
    assert table["all"].pairs >= 375
    precision, recall, _ = table["all"].scores
    assert precision >= 0.90 and recall >= 0.80
    precision, recall, _ = table["es-it"].scores
    assert precision >= 0.95 and recall >= 0.68
    precision, recall, _ = table["es-es"].scores
    assert precision >= 0.95 and recall >= 0.75
    precision, recall, _ = table["es-en"].scores
    assert precision >= 0.90 and recall >= 0.80


def test_pairs_count_only_when_both_articles_are_in_the_run():
    pairs = [
        Pair("1", "es-es", "a", "b", 1.0),  # same event, together
        Pair("2", "es-es", "a", "c", 1.5),  # same event, apart
        Pair("3", "es-en", "b", "d", 4.0),  # other events, together
        Pair("4", "es-en", "a", "gone", 1.0),  # one side not in the run
    ]
    table = tally(pairs, {"a": "s1", "b": "s1", "c": "s2", "d": "s1"})
    assert (table["all"].pairs, table["all"].same_event, table["all"].together) == (3, 2, 2)
    assert table["all"].scores[:2] == (0.5, 0.5)
    assert table["es-es"].scores[:2] == (1.0, 0.5)
    assert table["es-en"].scores == (0.0, 0.0, 0.0)
