"""The cross-check on real article pairs annotated by hand (bench/crosscheck.py, guide in
bench/real/CLAIMS.md): the annotation files hold together, and the dev split keeps its
figures. Only the dev split is scored here; the held-out split is scored once per round."""

from __future__ import annotations

import sys
from itertools import pairwise

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "real"))

from claims_selection import article_ids
from crosscheck import EXPECTED, PAIRS, annotations, eval_dir, evaluate, rows

pytestmark = pytest.mark.slow  # reads and cross-checks real stories

KINDS = {"figure", "date", "place", "actor", "manner", "happened", "content"}
# Sentence pairs each split must hold: the issue asked for 150 on real text; a held-out split
# was wanted with at least 120 (CLAIMS.md "History of the splits").
MIN_PAIRS = {"dev": 150, "heldout": 120}


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
    assert pairs >= MIN_PAIRS[split]


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_annotations_match_the_data(split):
    """Every annotated row is found by its hashes, its languages and score are the row's,
    and each sentence is a trimmed span apart from the others, numbered in text order. It
    reads the data and scores nothing, so it may run on the held-out split."""
    if not (eval_dir() / PAIRS).exists():
        pytest.skip(f"{eval_dir() / PAIRS} not found (set CONTRASTA_EVAL)")
    annotated = annotations(split)
    found = rows(annotated, eval_dir() / PAIRS)
    for article in annotated["articles"]:
        row = found[article["pair_id"]]
        assert article["langs"] == [row["lang1"], row["lang2"]]
        assert article["overall"] == pytest.approx(float(row["Overall"]))
        for side in ("text1", "text2"):
            spans = sorted(
                (int(s["id"].split(".")[1]), s["start"], s["end"])
                for s in article["sentences"]
                if s["side"] == side
            )
            assert [start for _, start, _ in spans] == sorted(start for _, start, _ in spans)
            for (_, _, end), (_, start, _) in pairwise(spans):
                assert end <= start, (article["pair_id"], side)
            for _, start, end in spans:
                text = row[side][start:end]
                assert text and text == text.strip(), (article["pair_id"], side, start)


def test_heldout_shares_no_article_with_dev():
    dev, heldout = annotations("dev"), annotations("heldout")
    read = {a for row in dev["articles"] + dev["skipped"] for a in article_ids(row["pair_id"])}
    for row in heldout["articles"] + heldout["skipped"]:
        assert not article_ids(row["pair_id"]) & read, row["pair_id"]


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
    # Measured 0.764; same-fact pairs, the weak part, 0.323 (60 of 186) after the predicate
    # families and collective numerals of issue 11's ninth round (before: 0.761, 0.312):
    # saying less costs recall.
    assert dev["label_accuracy"] >= 0.75, "\n".join(dev["misses"])
    assert dev["label_accuracy_by_label"]["same-fact"] >= 0.31


# Floors a little below the figures measured on the English dev rows (43 article pairs,
# 458 sentence pairs: the 24 rows drawn after the second held-out split, then its 19 rows,
# folded in after it was scored; CLAIMS.md "History of the splits") once the word-shape
# reading read present tenses, auxiliaries and light verbs' objects, and two frames read by
# word shapes that do not agree count against a pair (issue 11, sixth round). Before that
# round: false corroboration 0.091 of 44 pairs / 0.107 of 28 groups, label accuracy 0.703,
# same-fact pairs 0.235; on each of the three folds the English part is now 0.000.
def test_english_false_corroboration_stays_under_its_ceiling(english):
    # Measured 0.022 of 46 pairs put together, 0.034 of 29 agreeing groups (ninth round;
    # eighth: 0.030 of 33, 0.045 of 22).
    assert english["false_corroboration"] <= 0.05, "\n".join(english["misses"])
    assert english["false_corroboration_groups"] <= 0.05


def test_english_check_worthiness_floor(english):
    # Measured F1 0.832 (precision 0.765, recall 0.911 over 741 sentences).
    assert english["check_worthy"]["f1"] >= 0.82


def test_english_label_accuracy_floor(english):
    # Measured 0.723; same-fact pairs 0.265 (45 of 170) once predicate families held English
    # forms and a verb word shapes passed over kept two frames from saying two acts (ninth
    # round; before: 0.694, 0.188): when word shapes cannot vouch for a pair the cross-check
    # says less.
    assert english["label_accuracy"] >= 0.71, "\n".join(english["misses"])
    assert english["label_accuracy_by_label"]["same-fact"] >= 0.24
