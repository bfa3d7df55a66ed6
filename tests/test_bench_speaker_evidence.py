"""bench/speaker_evidence.py: the kinds of evidence it tells for a speaker, its choice of
kinds to withhold and its exact arithmetic of withholding (a withheld speaker turns a quote
right only where the annotation wants no one). Invented Spanish text."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import speaker_confidence as sc
import speaker_evidence as se

from contrasta.reading.quotes import find_quotes

TEXT = (
    "La alcaldesa Marta Quiroga visitó ayer el mercado de Albares.\n"
    "«Vamos a reabrir la plaza en mayo», afirmó Quiroga ante los vecinos.\n"
    "Los comerciantes protestaron. «No nos han consultado», dijeron los comerciantes.\n"
    "El concejal Tomás Ribas aseguró que la oposición ha dicho que el plan es «un engaño»."
)


def test_a_written_cue_and_a_description_are_told_apart() -> None:
    quotes = find_quotes(TEXT, "es")
    person = next(q for q in quotes if q.text.startswith("Vamos"))
    group = next(q for q in quotes if q.speaker == "comerciantes")
    mine, theirs = se.evidence(person, TEXT), se.evidence(group, TEXT)
    assert {"path after", "step short form", "kind person", "named in sentence"} <= mine
    assert "partial" not in mine and "quote 4-8 words" in mine
    assert {"kind description", "named in sentence"} <= theirs and "kind person" not in theirs


def test_a_report_inside_the_speakers_report_is_seen() -> None:
    start = TEXT.index("un engaño")
    quote = {
        "speaker": "Tomás Ribas",
        "start": start,
        "end": start + len("un engaño"),
        "how": "subject > name",
        "text": "un engaño",
        "partial": True,
    }
    kinds = se.evidence(quote, TEXT)
    assert {"two que between", "two saying verbs between", "reported clause with subject"} <= kinds
    assert {"path subject", "step name", "partial", "quote 1-3 words"} <= kinds
    assert "mention in subordinate" not in kinds and "other person between" not in kinds
    far = {**quote, "speaker": "Marta Quiroga"}
    assert "named 2-3 back" in se.evidence(far, TEXT)
    assert "named in sentence" not in se.evidence(far, TEXT)


def _rows(split: str, cells: list[tuple[set[str], bool]]) -> dict:
    rows = [{"cells": c, "right": right, "none": False} for c, right in cells]
    return {"rows": rows, "found": len(rows), "gold": len(rows), "pair_right": 0}


def test_a_kind_is_chosen_only_wrong_as_often_as_right_in_three_splits() -> None:
    bad, good = {"kind one word"}, {"kind person"}
    splits = {
        name: _rows(name, [(bad, False), (bad, False), (bad, True), (good, True)])
        for name in ("a", "b", "c")
    }
    assert se.choose(splits, 1.0) == ["kind one word"]
    assert se.choose(splits, 2.5) == []
    assert se.choose({k: splits[k] for k in ("a", "b")}, 1.0) == []  # two splits only


def test_withholding_counts_right_only_where_no_one_is_wanted() -> None:
    rows = [
        {"cells": {"kind person"}, "right": True, "none": False},
        {"cells": {"kind one word"}, "right": False, "none": True},
        {"cells": {"kind one word"}, "right": True, "none": False},
    ]
    split = {"rows": rows, "found": 4, "gold": 4, "pair_right": 2}
    result = se.applied(split, ["kind one word"])
    assert result["withheld"] == (1, 1)
    assert result["before"] == (2, 1, 3, sc.f1(2, 4, 4))
    assert result["after"] == (1, 0, 1, sc.f1(2, 4, 4))
    assert se.applied(split, [])["after"] == result["before"]
