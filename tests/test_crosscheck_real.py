"""The cross-check on real article pairs annotated by hand (bench/crosscheck.py, guide in
bench/real/CLAIMS.md): the annotation files hold together, and the dev split keeps its
figures. Only the dev split is scored here; the held-out split is scored once per round."""

from __future__ import annotations

import re
import sys
from itertools import pairwise

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "real"))

from claims_selection import (
    EIGHTH_TAKEN,
    ELEVENTH_TAKEN,
    FIFTEENTH_TAKEN,
    FIFTH_TAKEN,
    FOURTEENTH_TAKEN,
    FOURTH_TAKEN,
    NINTH_TAKEN,
    SEVENTH_TAKEN,
    SIXTEENTH_TAKEN,
    SIXTH_TAKEN,
    TENTH_TAKEN,
    THIRD_TAKEN,
    THIRTEENTH_TAKEN,
    TWELFTH_TAKEN,
    article_ids,
    eighth_candidates,
    eleventh_candidates,
    fifteenth_candidates,
    fifth_candidates,
    fourteenth_candidates,
    fourth_candidates,
    ninth_candidates,
    seventh_candidates,
    sixteenth_candidates,
    sixth_candidates,
    tenth_candidates,
    third_candidates,
    thirteenth_candidates,
    twelfth_candidates,
)
from crosscheck import EXPECTED, PAIRS, EmptySplit, annotations, eval_dir, evaluate, rows
from evaldata import semeval_rows

pytestmark = pytest.mark.slow  # reads and cross-checks real stories

KINDS = {"figure", "date", "place", "actor", "manner", "happened", "content"}
# Sentence pairs each split must hold: the issue asked for 150 on real text; a held-out split
# was wanted with at least 120 (CLAIMS.md "History of the splits").
MIN_PAIRS = {"dev": 150, "heldout": 120}


SPLITS = [split for split in ("dev", "heldout") if annotations(split)["articles"]]
"""The splits holding rows: between a fold into dev and the next draw the held-out file
holds none, a state `test_an_empty_split_says_which_fold_emptied_it` checks."""


def test_an_empty_split_says_which_fold_emptied_it():
    for split in {"dev", "heldout"} - set(SPLITS):
        annotated = annotations(split)
        assert split == "heldout" and not annotated["skipped"]
        assert re.search(r"item \d+", annotated["_notes"]), annotated["_notes"]


@pytest.mark.parametrize("split", SPLITS)
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


@pytest.mark.parametrize("split", SPLITS)
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


def _semeval_rows() -> list[dict]:
    if not (eval_dir() / PAIRS).exists():
        pytest.skip(f"{eval_dir() / PAIRS} not found (set CONTRASTA_EVAL)")
    return list(semeval_rows(eval_dir() / PAIRS))


def _assert_drawn(
    annotated: list[str],
    skipped: set[str],
    order: list[str],
    taken: int,
    earlier: list[str],
    apart: bool = True,
) -> None:
    """A split's rows, annotated or skipped, are the first `taken` rows of its draw's order,
    annotated in that order, and share no article with the earlier split's rows (nor, when
    the draw keeps its rows apart, with one another)."""
    assert {*annotated, *skipped} == set(order[:taken])
    assert annotated == [pair_id for pair_id in order if pair_id in annotated]
    before = {a for pair_id in earlier for a in article_ids(pair_id)}
    read: set[str] = set()
    for pair_id in order[:taken]:
        assert not article_ids(pair_id) & (before | read), pair_id
        if apart:
            read |= article_ids(pair_id)


# Each folded draw: its order and rows taken, the draw before it and its rows taken, and
# whether the draw kept its own rows apart (the fourth did not); keyed by the CLAIMS.md
# history items that tell it.
FOLDED = {
    "fourth (items 18, 19, 24)": (
        fourth_candidates,
        FOURTH_TAKEN,
        third_candidates,
        THIRD_TAKEN,
        False,
    ),
    "fifth (items 25, 26, 28, 29)": (
        fifth_candidates,
        FIFTH_TAKEN,
        fourth_candidates,
        FOURTH_TAKEN,
        True,
    ),
    "sixth (items 30, 31, 34, 35)": (
        sixth_candidates,
        SIXTH_TAKEN,
        fifth_candidates,
        FIFTH_TAKEN,
        True,
    ),
    "seventh (items 36, 37, 40, 41)": (
        seventh_candidates,
        SEVENTH_TAKEN,
        sixth_candidates,
        SIXTH_TAKEN,
        True,
    ),
    "eighth (items 42, 43, 45, 46)": (
        eighth_candidates,
        EIGHTH_TAKEN,
        seventh_candidates,
        SEVENTH_TAKEN,
        True,
    ),
    "ninth (items 47, 48, 50, 51)": (
        ninth_candidates,
        NINTH_TAKEN,
        eighth_candidates,
        EIGHTH_TAKEN,
        True,
    ),
    "tenth (items 52, 53, 54, 55)": (
        tenth_candidates,
        TENTH_TAKEN,
        ninth_candidates,
        NINTH_TAKEN,
        True,
    ),
    "eleventh (items 56, 57, 58, 59)": (
        eleventh_candidates,
        ELEVENTH_TAKEN,
        tenth_candidates,
        TENTH_TAKEN,
        True,
    ),
    "twelfth (items 60, 61, 62, 64)": (
        twelfth_candidates,
        TWELFTH_TAKEN,
        eleventh_candidates,
        ELEVENTH_TAKEN,
        True,
    ),
    "thirteenth (items 65, 66, 68, 69)": (
        thirteenth_candidates,
        THIRTEENTH_TAKEN,
        twelfth_candidates,
        TWELFTH_TAKEN,
        True,
    ),
    "fourteenth (items 70, 71, 73, 74)": (
        fourteenth_candidates,
        FOURTEENTH_TAKEN,
        thirteenth_candidates,
        THIRTEENTH_TAKEN,
        True,
    ),
    "fifteenth (items 75, 76, 78, 79)": (
        fifteenth_candidates,
        FIFTEENTH_TAKEN,
        fourteenth_candidates,
        FOURTEENTH_TAKEN,
        True,
    ),
    "sixteenth (items 81, 82, 89, 90)": (
        sixteenth_candidates,
        SIXTEENTH_TAKEN,
        fifteenth_candidates,
        FIFTEENTH_TAKEN,
        True,
    ),
}


@pytest.mark.parametrize("draw", list(FOLDED))
def test_a_scored_held_out_draw_is_folded_into_dev(draw):
    """A held-out split's rows, after their one scoring, are in dev as the first rows of its
    draw's order (CLAIMS.md "History of the splits")."""
    candidates_of, taken, earlier_of, earlier_taken, apart = FOLDED[draw]
    data = _semeval_rows()
    dev = annotations("dev")
    order = candidates_of(data)
    drawn = set(order[:taken])
    _assert_drawn(
        [row["pair_id"] for row in dev["articles"] if row["pair_id"] in drawn],
        {row["pair_id"] for row in dev["skipped"]} & drawn,
        order,
        taken,
        earlier_of(data)[:earlier_taken],
        apart,
    )


def test_a_split_with_no_rows_is_refused_with_a_reason():
    with pytest.raises(EmptySplit, match="no annotated rows of xx-xx"):
        evaluate("dev", {"xx-xx"})


SPANISH = {"es-es", "es-en"}
ENGLISH = {"en-en"}
ITALIAN = {"es-it"}


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


@pytest.fixture(scope="module")
def italian() -> dict:
    """The es-it dev rows: the Italian side has no frame reader (CLAIMS.md, history)."""
    return _scored(ITALIAN)


# Floors a little below the figures measured on the es-es and es-en dev rows (105 article
# pairs, 1167 sentence pairs: the first round's dev and held-out rows, then the third,
# fourth, fifth, twelfth and thirteenth held-out splits' es-es and es-en rows, folded in
# after they were scored; see CLAIMS.md "History of the splits") after the ninth and tenth
# rounds of issue 11 and the round of history item 24 (a headline glued to its lead at a
# dateline, or by the lead opening with the headline's name, is a claim of its own; a
# clause with no frame read joins another only on a name, a quote, or a figure for one
# counted noun beside a frame read; two predicate families across languages are two acts),
# and the round of history item 27 (frames that agree on one act join from a low score; a
# quote translated is the same quote; an article's sentences giving one figure restate one
# fact). Before item 24: false corroboration 0.000 of 65 pairs, conflict recall 10/15,
# check-worthiness F1 0.898, label accuracy 0.815, same-fact pairs 0.326; before item 27:
# 0.000 of 61, 10/15, 0.898, 0.813, 0.306; before the fifth split's fold (item 29): 0.000
# of 66, 10/15, 0.898, 0.819, 0.332; after it, before the page's service lines and
# bracketed photo credits were read as no claims (item 29): 0.000 of 67, 10/15, 0.884,
# 0.826, 0.335; before the round of history item 38 (a verbless headline's article speaks
# through its lead; a print-edition pointer is no claim): 0.000 of 67, 12/15, 0.897, 0.829,
# 0.335.
def test_false_corroboration_stays_under_its_ceiling(dev):
    # Measured 0.013 of 79 pairs put together (0.013 of 78 shown as confirmed, 0.019 of 52
    # agreeing groups) once the sixteenth split was folded in (history item 90): its one
    # wrong pair, an obituary's family counts against a strike's counts of mills and
    # districts, shared figures and no fact; 0.000 of 78 before (0.000 of 70, 0.000 of 42
    # groups earlier; ninth round: 0.031 of 65, 0.044 of 45): one wrong pair passes, a
    # second fails.
    assert dev["false_corroboration"] <= 0.02, "\n".join(dev["misses"])
    assert dev["false_confirmed"] <= 0.02  # measured 0.013 of the pairs shown as confirmed
    assert dev["false_corroboration_groups"] <= 0.025


def test_conflict_recall_floor(dev):
    # Measured 0.800 (12 of 15 conflicting pairs flagged; 10 of 15 before a described actor
    # was resolved to the one person of its article it fits, history item 32): one lost
    # conflict fails.
    assert dev["conflict_recall"] >= 0.78, "\n".join(dev["misses"])


def test_check_worthiness_floor(dev):
    # Measured F1 0.897 (precision 0.866, recall 0.930 over 2222 sentences) once the
    # sixteenth split's 4 es-es rows and 3 es-en rows were folded in (history item 90: it
    # scored 0.766 alone, a press release, an opinion column, a pseudo-economics blog and a
    # listicle's lines taken for claims, a politician's greeting tweets missed); the floor
    # 0.895 -> 0.89 with it.
    # Measured F1 0.904 (precision 0.876, recall 0.934 over 2093 sentences) once a page's
    # furniture glued to titles and leads (share bars, posting lines, agency photo captions,
    # embedded posts' signatures, sign-ups), follow-us and alert lines, related headlines
    # and teasers were no claims and "Ya puedes ..." stayed one (history item 87; folds
    # 0.904, 0.910, 0.899); 0.894 (precision 0.859, recall 0.932) after the fifteenth
    # split's fold (item 79); 0.893 (precision 0.856, recall 0.933 over 1933 sentences) once the
    # fourteenth split's 5 es-es rows and 2 es-en rows were folded in (history item 74: it
    # scored 0.802 alone); 0.898 (precision 0.866, recall 0.932 over 1813 sentences) once the
    # thirteenth split's 5 es-es rows and 2 es-en rows were folded in (history item 69: it
    # scored 0.805 alone, framing, guesses and page lines taken for claims, an article that
    # speaks to its reader read as commentary); 0.906 (precision 0.877, recall 0.936 over
    # 1653 sentences) before, once weather
    # forecasts, glued section labels, bylines and posting times, related-article pointers
    # and titles naming only a list were no claims (history item 67); 0.903 (precision
    # 0.871, recall 0.938) once the twelfth
    # split's 2 es-es rows and 1 es-en row were folded in (history item 64: it scored 0.732
    # alone, framing, forecasts, page lines and cut pieces taken for claims); 0.909
    # (precision 0.882, recall 0.938) before, once a figure's trailing comma opened no clause
    # and headlines opening with their verb were read (item 63); 0.908 (precision 0.882,
    # recall 0.936 over 1595 sentences) once page
    # lines glued to the story were cut out, lines saying only when, lines to the reader
    # and unanswered requests for comment were no claims; 0.901 (P 0.868, R 0.937) before;
    # 0.899 (P 0.868, R 0.933) once glued headlines were cut at restated names;
    # 0.900 (precision 0.868, recall 0.934 over 1595 sentences) once a guess
    # given by no one, with no figure and no date, was no claim (history item 49); 0.898
    # (precision 0.864, recall 0.934) before; 0.897 before a
    # print-edition pointer was no claim, history item 38; 0.885, P 0.837,
    # R 0.940, before commentary kept only its sourced, figured or dated clauses and more
    # page lines were no claims; 0.898 before the fifth split's three es-en rows, related
    # coverage, where the system takes many more sentences for check-worthy than the
    # annotators did: columns, advice, forecasts).
    assert dev["check_worthy"]["f1"] >= 0.89


def test_label_accuracy_floor(dev):
    # Measured 0.943 (same-fact 0.400, 2107 pairs) once the sixteenth split's 245 es-es
    # and es-en pairs, all different facts, one put together, were folded in (history item
    # 90; the floor left where it was).
    # Measured 0.936 (same-fact 0.400) once a group was shown confirmed only when two
    # origins' parsed clauses name one act or share an anchor (history item 83): of its
    # 195 same-fact pairs, 2 no longer shown confirmed (one minister's statement reported
    # and quoted, one age given twice), for 8 of 16 wrong "confirmed" gone on a real run
    # (bench/real_confirmed.py); 0.937 (same-fact 0.410) before.
    # Measured 0.915 (1253 of 1370; same-fact 0.412) once the fourteenth split's 203 es-es
    # and es-en pairs, all different facts and none put together, were folded in (history
    # item 74); 0.900 (1050 of 1167; same-fact 0.412) once the thirteenth split's 303 es-es
    # and es-en pairs, all different facts and none put together, were folded in (history
    # item 69; the floor left where it was: the rise is those pairs, not better reading);
    # 0.865 (747 of 864; same-fact 0.412) once the twelfth split's 70 es-es and es-en pairs,
    # all different facts and none put together, were folded in (history item 64); 0.853
    # (677 of 794; same-fact 0.412) before, once a closing quote mark no mark
    # opened, before a verb of saying, ended a quote (a translated quote then matched);
    # 0.851 (676; 0.407) once a parsed clause and English word shapes sharing a name
    # agreed on one act's family, "not the only one" asserted and a clause a preposition
    # opens was no content of a verb of saying; 0.850 (675; 0.402) once a one-word
    # speaker no word list knows, beside a known name of its initial, was the same
    # speaker misspelt (0.848, 0.392 before; 0.846, then 0.841, before this round's two
    # other merges);
    # 0.840 once glued headlines were cut where the lead restates their name and
    # decisions read as the act decided (0.832 before, 0.829 before history item 38, 0.826
    # before item 32); same-fact pairs, the weak part, 0.361 (0.345 before, 0.335 before
    # item 38, 0.306 before item 27, most misses being translations and paraphrases the
    # embedding scores low: item 38's table).
    assert dev["label_accuracy"] >= 0.89, "\n".join(dev["misses"])
    assert dev["label_accuracy_by_label"]["same-fact"] >= 0.40


# Floors a little below the figures measured on the English dev rows (82 article pairs,
# 1277 sentence pairs: the 24 rows drawn after the second held-out split, then its 19 rows,
# then the fifth held-out split's 5 en-en rows and the sixth's 8, of related coverage, then
# the seventh's 9, of related coverage and of different events, then the eighth's 6, the
# ninth's 4, the tenth's 3 and the eleventh's 4, of different events, each folded in after
# it was scored; CLAIMS.md "History of the splits") once the word-shape
# reading read present tenses, auxiliaries and light verbs' objects, and two frames read by
# word shapes that do not agree count against a pair (issue 11, sixth round). Before that
# round: false corroboration 0.091 of 44 pairs / 0.107 of 28 groups, label accuracy 0.703,
# same-fact pairs 0.235; on each of the three folds the English part is now 0.000.
def test_english_false_corroboration_stays_under_its_ceiling(english):
    # Measured 0.038 of 53 pairs put together, 0.054 of 37 agreeing groups once the sixth
    # split was folded in (history item 35), unchanged by the seventh's to the eleventh's
    # folds (items 41, 46, 51, 55 and 59): the two wrong pairs are one outlet's series
    # introduction printed word for word above two different items, taken for one origin and so
    # labelled single-source, never confirmed.
    # Before the sixth fold 0.000 of 50 and of 34 (0.020 of 51,
    # 0.029 of 35 once the fifth split was folded in, before two police tip lines were read
    # as service lines, history item 29; 0.000 of 44 and of 30 before history item 27;
    # 0.022 of 46, 0.034 of 29 before a headline glued to its lead was read apart).
    assert english["false_corroboration"] <= 0.05, "\n".join(english["misses"])
    assert english["false_corroboration_groups"] <= 0.06
    # As a reader sees it: 0 of 51 pairs in groups labelled corroborated are different facts.
    assert english["false_confirmed"] <= 0.02


def test_english_check_worthiness_floor(english):
    # Measured F1 0.854 (precision 0.804, recall 0.911 over 1436 sentences) once
    # related-article pointers were no claims (history item 67: a lead glued to a related
    # title after "RELATED:" is lost with it); 0.855 (precision 0.804, recall 0.912) once page
    # lines glued to the story were cut out, lines saying only when, lines to the reader,
    # unanswered requests for comment and a contracted "'d be" guess were no claims; 0.842
    # (precision 0.782, recall 0.912 over 1436 sentences) once the
    # eleventh split was folded in (history item 59: it scored 0.727 alone, captions,
    # page lines, cut pieces and a writer's framing taken for claims); 0.848 (precision
    # 0.793, recall 0.912 over 1354 sentences) once the tenth split was folded in (history
    # item 55); 0.848 (recall 0.911 over 1299 sentences) once
    # the ninth split was folded in (history item 51); 0.847 (precision 0.792, recall
    # 0.910 over 1233 sentences) once a guess given by no one, with no figure and no date,
    # was no claim (history item 49); 0.844
    # (precision 0.784, recall 0.913) once the eighth
    # split was folded in (history item 46); 0.842 (P 0.787, R 0.907 over 1139 sentences)
    # once the seventh split was folded in (history item 41); 0.840 (P 0.783, R 0.907
    # over 970 sentences) once the sixth split's related coverage was folded in (it scored
    # 0.768 alone); before,
    # 0.852 (P 0.795,
    # R 0.918 over 821 sentences; 0.839 before
    # commentary and more page lines were read, 0.836 before service lines were no claims,
    # 0.832 before the fifth split's fold).
    assert english["check_worthy"]["f1"] >= 0.85


def test_english_label_accuracy_floor(english):
    # Measured 0.900 (same-fact 0.290, 51 of 176) once the eleventh split's 121 en-en
    # pairs, all different facts and none put together, were folded in (history item 59);
    # 0.889 once the tenth split's 140 pairs, all different facts and none put together,
    # were folded in (item 55); 0.874 once
    # the ninth split's 133 pairs, all different facts and none put together, were folded
    # in (item 51); 0.855 once
    # the eighth split's 123 pairs, 122 different facts, none put together, and one
    # same-fact pair left apart, were folded in (item 46); 0.833 (same-fact 0.291, 51 of
    # 175) once the seventh split's 136 pairs, all different facts and none put together,
    # were folded in (item 41); 0.796 once the sixth split's 122 pairs, nearly all
    # different facts, were folded in; 0.759 before (0.757 before service lines were no
    # claims, 0.736 before the fifth split's fold added 44 different-fact pairs);
    # same-fact pairs 0.294 (50 of 170; 0.723 and 0.259 before history item
    # 27 let a score of 0.7 or more outweigh predicates read by word shapes; ninth round
    # before: 0.694, 0.188): when word shapes cannot vouch for a pair the cross-check says
    # less. Measured again in history item 39: 0.796, same-fact 0.291 (51 of 175).
    assert english["label_accuracy"] >= 0.89, "\n".join(english["misses"])
    assert english["label_accuracy_by_label"]["same-fact"] >= 0.28


# Floors a little below the figures measured on the es-it dev rows (20 article pairs, 329
# sentence pairs: the fourth held-out split's first stratum, then the fifth held-out split's
# 4 es-it rows of related coverage, then the eleventh's one es-it row and the twelfth's 4, of
# different events, each folded in after it was scored; CLAIMS.md "History of the splits",
# items 18-29 and 56-64). Italian has no frame reader, so its
# clauses join others only on a shared name or quote, or a figure for one counted noun
# beside a Spanish frame. As scored once: false corroboration 0.118 of 17 pairs (a glued
# headline), label accuracy 0.645.
def test_spanish_italian_false_corroboration_stays_under_its_ceiling(italian):
    # Measured 0.000 of 15 pairs put together, 0.000 of 11 agreeing groups: one wrong pair
    # fails.
    assert italian["false_corroboration"] <= 0.05, "\n".join(italian["misses"])
    assert italian["false_corroboration_groups"] <= 0.05


def test_spanish_italian_check_worthiness_floor(italian):
    # Measured F1 0.864 (precision 0.808, recall 0.928 over 327 sentences) once weather
    # forecasts, Italian share-bar and service lines, glued section labels, titles naming
    # only a list and an Italian writer's own "we" were no claims (history item 67); 0.832
    # (precision 0.755, recall 0.928) once the
    # twelfth split's 4 es-it rows were folded in (history item 64: a weather page, an
    # op-ed's resolve and a custom's background, each line of them taken for a claim);
    # 0.857 (precision 0.796, recall 0.928 over 257 sentences) once the
    # eleventh split's es-it row was folded in (history item 59); 0.859 (precision 0.798,
    # recall 0.929 over 240 sentences) before it; 0.847 before
    # commentary was read (an editorial and its Italian version), 0.844 before service lines
    # were no claims, 0.855 before the fifth split's fold): the Italian side is kept by the
    # surface rules only.
    assert italian["check_worthy"]["f1"] >= 0.855


def test_spanish_italian_label_accuracy_floor(italian):
    # Measured 0.851 once the twelfth split's 4 es-it rows added 114 different-fact pairs,
    # none put together (history item 64); 0.772 once the eleventh split's es-it row added
    # 30 different-fact pairs, none put together (history item 59); 0.735 before (0.659
    # before the fifth split's fold added 45 different-fact pairs);
    # same-fact pairs 0.238 (15 of 63; 0.645 and 0.213 before history item
    # 27 took a translated quote and a figure an article restates): across languages with
    # no frame on one side, most reports of one fact are left apart.
    assert italian["label_accuracy"] >= 0.84, "\n".join(italian["misses"])
    assert italian["label_accuracy_by_label"]["same-fact"] >= 0.22
