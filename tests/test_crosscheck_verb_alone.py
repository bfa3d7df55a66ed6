"""Two clauses parsed in one language that meet on the verb alone say two things: a report
of one act names what it was done to, by whom or where, and two outlets telling one
occasion of it write some of that alike (`align._verb_alone`; CLAIMS.md item 127). Every
text here is fictional; the expected outcomes were written before the code, and each
negative case was shown alike at 2ec98d1."""

from __future__ import annotations

import pytest

from conftest import claim_of
from contrasta.crosscheck import ALIKE, CORROBORATED
from contrasta.crosscheck.align import confirmation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A vote won against a candidate's cry that she will win: one verb, nothing else.
        (
            "Los jubilados de Robledal ganaron la votación del presupuesto.",
            '"¡Vamos a ganar hasta el final!", gritó eufórica la candidata.',
        ),
        # The town's treasury and someone's profit on a house: "obtuvo" alone.
        (
            "La hacienda municipal obtuvo ingresos adicionales a costa de la eléctrica.",
            "En cinco años obtuvo una ganancia de doce mil pesos con la venta de su casa.",
        ),
        # Two findings of two studies.
        (
            "Se ha demostrado que los pacientes desarrollan defensas.",
            "Los ensayos con ratones han demostrado que el fármaco es seguro.",
        ),
    ],
)
def test_the_verb_alone_confirms_nothing(a, b):
    assert confirmation(claim_of(a, "a"), claim_of(b, "b")) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One vote won, its object written alike by both: still shown.
        (
            "Los jubilados de Robledal ganaron la votación del presupuesto.",
            "Finalmente ganaron la votación del presupuesto en el pleno.",
        ),
        (
            "Los ensayos con ratones han demostrado que el fármaco es seguro.",
            "Se ha demostrado que el fármaco es seguro en ratones.",
        ),
    ],
)
def test_one_act_with_more_in_common_is_still_shown(a, b):
    assert confirmation(claim_of(a, "a"), claim_of(b, "b")) in (ALIKE, CORROBORATED)
