"""The cross-check on real article pairs annotated by hand (bench/crosscheck.py, guide in
bench/real/CLAIMS.md): the annotation files hold together, and the dev split keeps its
figures. Only the dev split is scored here; the held-out split is scored once per round."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from crosscheck import EXPECTED, PAIRS, annotations, eval_dir, evaluate

pytestmark = pytest.mark.slow  # reads and cross-checks real stories

KINDS = {"figure", "date", "place", "actor", "manner", "happened", "content"}


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_annotation_files_hold_together(split):
    annotated = annotations(split)
    pairs = 0
    for article in annotated["articles"]:
        sentences = {s["id"]: s for s in article["sentences"]}
        for sentence in sentences.values():
            side = sentence["side"]
            assert sentence["id"].startswith(side[-1] + ".")
            assert 0 <= sentence["start"] < sentence["end"] <= article["fields"][side]["length"]
        for pair in article["pairs"]:
            a, b = sentences[pair["a"]], sentences[pair["b"]]
            assert (a["side"], b["side"]) == ("text1", "text2")
            assert pair["label"] in EXPECTED
            if pair["label"] != "different-fact":
                assert a["check_worthy"] and b["check_worthy"], pair
            assert (pair["conflict"] in KINDS) == (pair["label"] == "conflicting"), pair
        pairs += len(article["pairs"])
    assert pairs >= 150


SPANISH = {"es-es", "es-en"}
ENGLISH = {"en-en"}


def _scored(languages: set[str]) -> dict:
    if not (eval_dir() / PAIRS).exists():
        pytest.skip(f"{eval_dir() / PAIRS} not found (set CONTRASTA_EVAL)")
    return evaluate("dev", languages)


@pytest.fixture(scope="module")
def dev() -> dict:
    """The dev rows with a Spanish side: read by the Spanish parse."""
    return _scored(SPANISH)


@pytest.fixture(scope="module")
def english() -> dict:
    """The English dev rows: read by word shapes, no parser (see CLAIMS.md, history)."""
    return _scored(ENGLISH)


# Floors a little below the figures measured on the dev rows with a Spanish side (69
# article pairs, 593 sentence pairs: the first round's dev and held-out rows, see CLAIMS.md
# "History of the splits") after the sixth round of issue 11 (a headline and its lead
# compared by their figures only, two sentences of one article saying one act both
# joining another outlet's, sentences of a quotation kept in the first person, short
# sentences with a figure kept, one speaker's two names for one thing a conflict). Before
# that round: false corroboration 0.020 of 49 pairs / 0.026 of 38 groups, conflict recall
# 5/15, check-worthiness F1 0.892, label accuracy 0.740, same-fact pairs 0.247; before the
# fourth: 0.021 of 47 / 0.027 of 37, 1/15, 0.892, 0.732, 0.237.
def test_false_corroboration_stays_under_its_ceiling(dev):
    # Measured 0.017 of 60 pairs put together, 0.024 of 41 agreeing groups.
    assert dev["false_corroboration"] <= 0.05, "\n".join(dev["misses"])
    assert dev["false_corroboration_groups"] <= 0.05


def test_conflict_recall_floor(dev):
    # Measured 0.400 (6 of 15 conflicting pairs flagged): far below the goal of 0.80.
    assert dev["conflict_recall"] >= 0.39, "\n".join(dev["misses"])


def test_check_worthiness_floor(dev):
    # Measured F1 0.900 (precision 0.863, recall 0.940 over 989 sentences).
    assert dev["check_worthy"]["f1"] >= 0.89


def test_label_accuracy_floor(dev):
    # Measured 0.759; same-fact pairs, the weak part, 0.306: saying less costs recall.
    assert dev["label_accuracy"] >= 0.75, "\n".join(dev["misses"])
    assert dev["label_accuracy_by_label"]["same-fact"] >= 0.30


# Floors a little below the figures measured on the English dev rows (24 article pairs,
# 278 sentence pairs, drawn after the held-out rows: CLAIMS.md "History of the splits")
# once clauses with no frame read needed a shared name to be one fact. Before that rule:
# false corroboration 0.037 of 27 pairs / 0.059 of 17 groups, label accuracy 0.712.
def test_english_false_corroboration_stays_under_its_ceiling(english):
    # Measured 0.000 of 28 pairs put together, 0.000 of 18 agreeing groups.
    assert english["false_corroboration"] <= 0.05, "\n".join(english["misses"])
    assert english["false_corroboration_groups"] <= 0.05


def test_english_check_worthiness_floor(english):
    # Measured F1 0.854 (precision 0.796, recall 0.920 over 405 sentences; 0.851 before
    # the sixth round).
    assert english["check_worthy"]["f1"] >= 0.85


def test_english_label_accuracy_floor(english):
    # Measured 0.723; same-fact pairs 0.269 (28 of 104): word shapes find few predicates,
    # so most reports of one fact are left apart (0.716 and 0.250 before the sixth round).
    assert english["label_accuracy"] >= 0.71, "\n".join(english["misses"])
    assert english["label_accuracy_by_label"]["same-fact"] >= 0.26
