"""An act named by an infinitive is not told done: "quiere reabrir el puente", "las vacunas
ayudan a desarrollar defensas", "las mascarillas que Sanidad ha alentado a usar" share a
verb with "reabrió el puente", "desarrolla tres vacunas", "recomienda usar mascarillas",
and no fact (`align._act_unwritten`). A verb that tells its infinitive done or begun
("lograron rescatar", "comenzó a desalojar") keeps confirming. Fictional articles; the
expected outcomes were written before the code, and the three pairs that must not confirm
were shown confirmed at 5300199."""

from __future__ import annotations

import pytest
from test_crosscheck_attempt import _agreeing  # two leads, each outlet its background

from contrasta.crosscheck.align import _bare_infinitive


@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        (
            "El alcalde de Monteluz, Tomás Ferrer, quiere reabrir el puente de San Telmo antes "
            "del verano.",
            "El alcalde de Monteluz, Tomás Ferrer, reabrió el lunes el puente de San Telmo.",
        ),
        (
            "Las mascarillas de tela, que la Consejería de Sanidad ha alentado a usar, son más "
            "porosas.",
            "La Consejería de Sanidad recomienda usar mascarillas quirúrgicas en el transporte "
            "público.",
        ),
        (
            "Las nuevas vacunas de la Farmacéutica Norte ayudan al organismo a desarrollar "
            "defensas contra la gripe aviar.",
            "La Farmacéutica Norte desarrolla ya tres vacunas contra la gripe aviar en su "
            "laboratorio de Monteluz.",
        ),
    ],
)
def test_an_act_named_by_an_infinitive_confirms_no_act_told(lead_a, lead_b):
    assert not _agreeing(lead_a, lead_b)


@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        (
            "Los bomberos lograron rescatar el martes a los dos montañeros atrapados en el pico "
            "Almagro.",
            "Los bomberos rescataron el martes a los dos montañeros atrapados en el pico Almagro.",
        ),
        (
            "Protección Civil comenzó el lunes a desalojar a los vecinos del barrio de San Telmo.",
            "Protección Civil desalojó el lunes a los vecinos del barrio de San Telmo.",
        ),
    ],
)
def test_an_infinitive_told_done_or_begun_still_confirms(lead_a, lead_b):
    assert _agreeing(lead_a, lead_b)


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("usar", True),
        ("usarla", True),
        ("desalojarlos", True),
        # A preterite, a future, a conditional written from the infinitive tell the act.
        ("usaron", False),
        ("desalojaran", False),
        ("usaria", False),
    ],
)
def test_a_bare_infinitive_is_told_from_tenses_written_from_it(word, bare):
    verb = "desalojar" if word.startswith("desalojar") else "usar"
    assert _bare_infinitive(word, verb) is bare
