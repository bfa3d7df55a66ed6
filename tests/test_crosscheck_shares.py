"""Two shares of two wholes are no conflict: press writing names the whole after a
percentage ("el 12% de la cosecha", "el 40% de la producción"), and two figures taken of
wholes named by other nouns are two shares, not one figure given twice
(`acts._wholes_apart`). One share of one whole given twice still disagrees. Fictional
articles; the expected outcomes were written before the code, and the first pair was
shown as a conflict at 6dcfa8d."""

from __future__ import annotations

import pytest
from test_crosscheck_deliberate import negations, two_outlets


def test_two_shares_of_two_wholes_are_no_conflict():
    checked = two_outlets(
        "Los olivareros de Robledal vendieron este año 4.000 toneladas de aceite a Italia, lo "
        "que representa el 12% de la cosecha de la comarca.",
        "La cosecha de aceite de Robledal representa este año el 40% de la producción de la "
        "provincia.",
    )
    assert negations(checked) == []


@pytest.mark.parametrize(
    "lead_b",
    [
        # One whole, named by one noun.
        "El Partido Verde obtuvo el 15% de los votos en las elecciones de Monteluz, según el "
        "escrutinio.",
        # No whole written on one side: left as it was.
        "El Partido Verde obtuvo el 15% en las elecciones de Monteluz.",
    ],
)
def test_one_share_of_one_whole_still_disagrees(lead_b):
    checked = two_outlets(
        "El Partido Verde obtuvo el 12% de los votos en las elecciones de Monteluz, según el "
        "recuento oficial.",
        lead_b,
    )
    assert negations(checked) == [("a1+b1", "number")]
