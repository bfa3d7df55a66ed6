"""A fire said to have been set on purpose, worded two ways: "fue provocado" with no cause
named and "intencionado" are one predicate, so a denial of one contradicts the other; only
under the conventions a conflict already needs (one act, one subject, an act told done,
CLAIMS.md item 106). Every article here is fictional; the expected outcomes were written
before the code. The conflicts below were not shown at 5300199; of the near-misses, the
denial against a cause named ("un rayo provocó el incendio") and the two fires of two
places and the guess with "intencionado" were shown as conflicts there, wrongly."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_crosscheck import FILLER  # each outlet its own background paragraphs

from conftest import story_article
from contrasta.crosscheck import CONTRADICTED, CORROBORATED, crosscheck

DENIAL = (
    "La jefa de bomberos de la comarca, Marta Gil, descartó el martes que el incendio de "
    "Robledal fuera intencionado."
)


def two_outlets(lead_a: str, lead_b: str):
    return crosscheck(
        [
            story_article(
                "a1", "Diario del Valle", [lead_a, *FILLER["a"]], datetime(2026, 8, 4, 9)
            ),
            story_article(
                "b1", "La Gaceta Fluvial", [lead_b, *FILLER["b"]], datetime(2026, 8, 4, 12)
            ),
        ]
    )


def negations(checked) -> list[tuple[str, str]]:
    """(article ids, kind) of the conflicts shown, each once."""
    return sorted(
        {
            ("+".join(sorted({c.article_id for c in g.claims})), c.kind)
            for g in checked.groups
            if g.label == CONTRADICTED
            for c in g.conflicts
        }
    )


@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        # The passive with no agent, past and perfect, against a denial of "intencionado".
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que el incendio de "
            "Robledal fue provocado.",
            DENIAL,
        ),
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que el incendio de "
            "Robledal ha sido provocado.",
            DENIAL,
        ),
        # The other way round: "intencionado" asserted, "provocado" denied.
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que el incendio de "
            "Robledal fue intencionado.",
            "La jefa de bomberos de la comarca, Marta Gil, descartó el martes que el incendio "
            "de Robledal fuera provocado.",
        ),
        # A plain "no": "no fue intencionado" against "fue provocado".
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que el incendio de "
            "Robledal fue provocado.",
            "La jefa de bomberos de la comarca, Marta Gil, aseguró el martes que el incendio "
            "de Robledal no fue intencionado.",
        ),
        # A headline stating it, no speaker.
        ("El incendio de Robledal fue provocado, según la Guardia Civil", DENIAL),
    ],
)
def test_provoked_with_no_cause_named_against_a_denial_of_intent_is_a_conflict(lead_a, lead_b):
    assert negations(two_outlets(lead_a, lead_b)) == [("a1+b1", "negation")]


@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        # A cause named, by an agent or as the subject of "provocar": not a fire set on
        # purpose, so a denial of intent (or of "provocado") agrees with it.
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que el incendio de "
            "Robledal fue provocado por un rayo.",
            DENIAL,
        ),
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que un rayo provocó "
            "el incendio de Robledal.",
            DENIAL,
        ),
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que un rayo provocó "
            "el incendio de Robledal.",
            "La jefa de bomberos de la comarca, Marta Gil, descartó el martes que el incendio "
            "de Robledal fuera provocado.",
        ),
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que el incendio de "
            "Robledal fue provocado por un rayo.",
            "La jefa de bomberos de la comarca, Marta Gil, descartó el martes que el incendio "
            "de Robledal fuera provocado.",
        ),
        # Two fires, of two places: one subject's kind, names that tell them apart.
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que el incendio de "
            "Valdeperales fue provocado.",
            DENIAL,
        ),
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que el incendio de "
            "Valdeperales fue intencionado.",
            DENIAL,
        ),
        # A condition, a question, what investigators try to find out: nothing asserted.
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que, si el incendio "
            "de Robledal fue provocado, los culpables lo pagarán.",
            DENIAL,
        ),
        ("¿Fue provocado el incendio de Robledal?", DENIAL),
        (
            "Los investigadores tratan de aclarar si el incendio de Robledal fue provocado.",
            DENIAL,
        ),
        # A guess about what happened.
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que el incendio de "
            "Robledal podría haber sido provocado.",
            DENIAL,
        ),
        (
            "El consejero de Medio Ambiente, Luis Prado, aseguró el martes que el incendio de "
            "Robledal podría haber sido intencionado.",
            DENIAL,
        ),
    ],
)
def test_a_cause_named_another_subject_or_nothing_asserted_is_no_conflict(lead_a, lead_b):
    assert negations(two_outlets(lead_a, lead_b)) == []


def test_the_same_fire_said_provoked_by_two_outlets_and_caused_by_lightning_by_a_third():
    """Two outlets saying it was set on purpose confirm each other; the one naming lightning
    as the cause reports another fact and confirms neither (at 5300199 the first and the
    third were shown alike, the second alone)."""
    checked = crosscheck(
        [
            story_article(
                "a1",
                "Diario del Valle",
                [
                    "La Guardia Civil sostiene que el incendio de Robledal fue provocado.",
                    *FILLER["a"],
                ],
                datetime(2026, 8, 4, 9),
            ),
            story_article(
                "b1",
                "La Gaceta Fluvial",
                [
                    "Según la Guardia Civil, el incendio de Robledal fue intencionado.",
                    *FILLER["b"],
                ],
                datetime(2026, 8, 4, 10),
            ),
            story_article(
                "c1",
                "Radio Sierra",
                ["Un rayo provocó el incendio de Robledal, según los bomberos.", "Nada más."],
                datetime(2026, 8, 4, 11),
            ),
        ]
    )
    provoked = checked.group_of("a1", "fue provocado")
    assert provoked is not None
    assert (provoked.label, provoked.article_ids) == (CORROBORATED, ["a1", "b1"])
    assert negations(checked) == []
