"""An act to come against the act done (CLAIMS.md item 131): one clause in the future
("los billetes cambiarán el retrato del fundador"), the other in the past or the present
news headlines write ("los billetes cambian de diseño"), one actor and one act and no anchor:
nothing checks that the plan told is the one done, so the pair is shown alike (not
checked), not confirmed. A day or a figure both give still confirms, and so do two
clauses in one tense. Every text here is fictional; the alike cases were shown confirmed
before this rule."""

from __future__ import annotations

import pytest

from conftest import claim_of
from contrasta.crosscheck import ALIKE, CORROBORATED
from contrasta.crosscheck.align import confirmation


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "Los billetes de Robledal cambian de diseño para celebrar el centenario",
            "Los billetes de Robledal cambiarán el retrato del fundador por el de poetas locales",
            ALIKE,
        ),
        (
            "El Ayuntamiento de Robledal cierra el puente de Valdomar",
            "El Ayuntamiento de Robledal cerrará el puente de Valdomar por las obras",
            ALIKE,
        ),
        (
            "El Ayuntamiento de Robledal cerró el puente de Valdomar el martes 12 de mayo",
            "El Ayuntamiento de Robledal cerrará el puente de Valdomar el martes 12 de mayo",
            CORROBORATED,
        ),
        (
            "El Ayuntamiento de Robledal cerrará el puente de Valdomar por las obras",
            "El Ayuntamiento de Robledal cerrará el puente de Valdomar durante las obras",
            CORROBORATED,
        ),
        (
            "El Ayuntamiento de Robledal cerró el puente de Valdomar por las obras",
            "El Ayuntamiento de Robledal ha cerrado el puente de Valdomar durante las obras",
            CORROBORATED,
        ),
    ],
)
def test_a_plan_against_the_act_done_is_alike(a: str, b: str, expected: str) -> None:
    assert confirmation(claim_of(a, "a"), claim_of(b, "b")) == expected
