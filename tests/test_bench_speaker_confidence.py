"""bench/speaker_confidence.py: the features it weighs for a speaker, and its exact
simulation of withholding (a withheld speaker turns a quote right only where the
annotation wants no one). Invented Spanish text."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import speaker_confidence as sc

from contrasta.reading.quotes import find_quotes

TEXT = (
    "La alcaldesa Marta Quiroga visitó ayer el mercado de Albares.\n"
    "«Vamos a reabrir la plaza en mayo», afirmó Quiroga ante los vecinos.\n"
    "Los comerciantes protestaron. «No nos han consultado», dijeron los comerciantes."
)


def _quotes():
    return find_quotes(TEXT, "es")


def test_a_person_named_before_and_a_plural_description_are_told_apart() -> None:
    quotes = _quotes()
    person = next(q for q in quotes if q.speaker == "Marta Quiroga")
    group = next(q for q in quotes if q.speaker == "comerciantes")
    mine, theirs = sc.features(person, quotes, TEXT), sc.features(group, quotes, TEXT)
    assert mine["kind person"] == 1.0 and "kind description" not in mine
    assert theirs["kind description"] == 1.0 and theirs["kind plural"] == 1.0
    assert mine["path after"] == 1.0 and mine["mentioned before"] == 1.0
    # named before the quote: the alcaldesa a paragraph back, the group a sentence back
    assert mine["same paragraph"] == 0.0 and theirs["same paragraph"] == 1.0
    assert theirs["same sentence"] == 0.0
    assert mine["named in quote"] == 0.0 and mine["speakers"] > 0


def test_withholding_counts_right_only_where_no_one_is_wanted() -> None:
    rows = [
        {"x": {}, "right": True, "none": False},
        {"x": {}, "right": False, "none": True},
        {"x": {}, "right": False, "none": False},
    ]
    split = {"rows": rows, "found": 4, "gold": 4, "pair_right": 2}
    kept = sc.scored(split, [0.9, 0.8, 0.7], 0.5)
    assert kept["after"] == kept["before"] and kept["withheld"] == (0, 0)
    out = sc.scored(split, [0.9, 0.1, 0.2], 0.5)
    assert out["after"][:2] == (1, 0) and out["withheld"] == (0, 2)
    assert out["after"][2] == sc.f1(3, 4, 4) > out["before"][2] == sc.f1(2, 4, 4)
    lost = sc.scored(split, [0.1, 0.9, 0.9], 0.5)
    assert lost["after"][:2] == (0, 2) and lost["after"][2] == sc.f1(1, 4, 4)
