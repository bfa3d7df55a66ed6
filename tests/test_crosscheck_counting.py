"""Two verbs a count is given with ("supera", "alcanza", "deja", "confirma") are two acts
unless a figure ties them: such a verb tells its act by what follows it ("alcanzó un
acuerdo", "supera los cien escritos", "dejó en suspenso el cierre", "confirmó el
cierre"), so two clauses sharing only that family through two verbs confirm nothing
(`align._counted_alike`). One verb on both sides, or a count both give, still confirms.
Fictional articles; the expected outcomes were written before the code, and both pairs
that must not agree were shown confirmed at 6dcfa8d."""

from __future__ import annotations

import pytest
from test_crosscheck_attempt import _agreeing


@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        (
            "La Fiscalía de Monteluz alcanzó el lunes un acuerdo con los acusados del "
            "accidente del tranvía de Robledal.",
            "La Fiscalía de Monteluz supera ya los cien escritos de las acusaciones por el "
            "accidente del tranvía de Robledal.",
        ),
        (
            "El Ayuntamiento de Robledal confirmó el cierre del mercado de abastos por las "
            "obras del tranvía.",
            "El Ayuntamiento de Robledal dejó en suspenso el cierre del mercado de abastos por "
            "las obras del tranvía.",
        ),
    ],
)
def test_two_verbs_of_counting_confirm_nothing_alone(lead_a, lead_b):
    assert not _agreeing(lead_a, lead_b)


@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        # One verb on both sides.
        (
            "El consejero Luis Prado deja la Consejería de Obras Públicas de Monteluz.",
            "El consejero Luis Prado deja su cargo al frente de la Consejería de Obras "
            "Públicas de Monteluz.",
        ),
        # A count both give.
        (
            "El choque de dos trenes en Robledal deja 16 muertos y cinco heridos.",
            "Al menos 16 muertos dejó el choque de dos trenes en Robledal, confirmó la "
            "Guardia Civil.",
        ),
    ],
)
def test_one_verb_or_one_count_still_confirms(lead_a, lead_b):
    assert _agreeing(lead_a, lead_b)
