"""An attempt is not the act: "los bomberos intentaron rescatar a los dos montañeros" and
"los bomberos rescataron a los dos montañeros" are two facts, whatever figure, place or
day they share (`align._attempted`); press writing says "intentó" of what was tried,
most often when it failed. Two attempts, or an act managed ("lograron rescatar"), still
confirm. Fictional articles; the expected outcomes were written before the code, and the
three pairs that must not confirm were shown confirmed at 6dcfa8d (the shared count and
place, an anchor, outweighed the attempt; CLAIMS.md item 124's leftover)."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_crosscheck import FILLER  # each outlet its own background paragraphs

from conftest import story_article
from contrasta.crosscheck import ALIKE, CORROBORATED, crosscheck


def _agreeing(lead_a: str, lead_b: str) -> bool:
    checked = crosscheck(
        [
            story_article(
                "a1", "Diario del Valle", [lead_a, *FILLER["a"]], datetime(2026, 3, 4, 9)
            ),
            story_article("b1", "La Gaceta", [lead_b, *FILLER["b"]], datetime(2026, 3, 4, 11)),
        ]
    )
    group = checked.group_of("a1", lead_a[:25])
    assert group is not None
    return group.label in (CORROBORATED, ALIKE) and "b1" in group.article_ids


@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        (
            "Los bomberos intentaron rescatar el martes a los dos montañeros atrapados en el "
            "pico Almagro.",
            "Los bomberos rescataron el martes a los dos montañeros atrapados en el pico Almagro.",
        ),
        (
            "Los bomberos trataron de rescatar a los dos montañeros atrapados en el pico Almagro.",
            "Los bomberos rescataron a los dos montañeros atrapados en el pico Almagro.",
        ),
        (
            "La Policía intentó detener a los 12 manifestantes que ocupaban la plaza de Monteluz.",
            "La Policía detuvo a los 12 manifestantes que ocupaban la plaza de Monteluz.",
        ),
    ],
)
def test_an_attempt_does_not_confirm_the_act(lead_a, lead_b):
    assert not _agreeing(lead_a, lead_b)
    assert not _agreeing(lead_b, lead_a)


@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        # Two attempts: one fact.
        (
            "Los bomberos intentaron rescatar a los dos montañeros atrapados en el pico Almagro.",
            "Los bomberos trataron de rescatar a los dos montañeros atrapados en el pico Almagro.",
        ),
        # An act managed is the act done.
        (
            "Los bomberos lograron rescatar a los dos montañeros atrapados en el pico Almagro.",
            "Los bomberos rescataron a los dos montañeros atrapados en el pico Almagro.",
        ),
    ],
)
def test_two_attempts_or_an_act_managed_still_confirm(lead_a, lead_b):
    assert _agreeing(lead_a, lead_b)
