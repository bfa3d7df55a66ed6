"""A relative clause cut from its sentence whose antecedent is not who acts ("…, a quien
felicitó por el triunfo", "…, lo que obligó a cortar el tráfico") names no actor of its
own: one verb shared with another outlet's clause does not make one fact
(`align._relative_alone`). Through an anchor (a day both state), with its own actor
("…, a quien los vecinos felicitaron"), and where the pronoun is the subject ("…, que
abrirá sus puertas"), such a clause still confirms. Fictional
articles; the expected outcomes were written before the code, and the two pairs that must
not agree were shown alike at 6dcfa8d."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_crosscheck import FILLER  # each outlet its own background paragraphs

from conftest import story_article
from contrasta.crosscheck import ALIKE, CORROBORATED, crosscheck


def _agreeing(lead_a: str, lead_b: str, clause: str) -> bool:
    """Whether the clause of the first lead opening with `clause` agrees with the second."""
    checked = crosscheck(
        [
            story_article(
                "a1", "Diario del Valle", [lead_a, *FILLER["a"]], datetime(2026, 5, 4, 9)
            ),
            story_article("b1", "La Gaceta", [lead_b, *FILLER["b"]], datetime(2026, 5, 4, 11)),
        ]
    )
    group = checked.group_of("a1", clause)
    assert group is not None
    assert any(c.sentence.startswith(clause) for c in group.claims)
    return group.label in (CORROBORATED, ALIKE) and "b1" in group.article_ids


@pytest.mark.parametrize(
    ("lead_a", "lead_b", "clause"),
    [
        # The jury congratulated the novelist; the booksellers did, another act.
        (
            "El jurado del certamen premió a la novelista Clara Vidal, a quien felicitó por su "
            "retrato de la posguerra en Monteluz.",
            "Los libreros de Monteluz felicitaron a la novelista Clara Vidal por su retrato de "
            "la posguerra.",
            "a quien felicit",
        ),
        # An overturned lorry closed the road on Monday; the Guard closed it on Tuesday.
        (
            "Un camión volcó el lunes en la carretera de Almagro, lo que obligó a cortar el "
            "tráfico durante seis horas.",
            "La Guardia Civil obligó el martes a cortar el tráfico en la carretera de Almagro "
            "por una manifestación de agricultores.",
            "lo que oblig",
        ),
    ],
)
def test_a_relative_whose_antecedent_does_not_act_confirms_no_verb_alone(lead_a, lead_b, clause):
    assert not _agreeing(lead_a, lead_b, clause)


@pytest.mark.parametrize(
    ("lead_a", "lead_b", "clause"),
    [
        # A day both state anchors the two.
        (
            "El pleno de Robledal recibió al alcalde, Luis Prado, a quien felicitó el 3 de "
            "mayo por la reapertura del mercado de abastos.",
            "El pleno de Robledal felicitó el 3 de mayo al alcalde por la reapertura del "
            "mercado de abastos.",
            "a quien felicit",
        ),
        # The relative names who acts.
        (
            "El alcalde inauguró el mercado de abastos de Robledal, a quien los vecinos "
            "felicitaron el 3 de mayo por su reapertura.",
            "Los vecinos de Robledal felicitaron el 3 de mayo al alcalde por la reapertura del "
            "mercado de abastos.",
            "a quien los vecinos",
        ),
        # The pronoun is the subject: the antecedent acts, left to the frames.
        (
            "El alcalde inauguró el martes el nuevo mercado de abastos, que abrirá sus puertas "
            "a los vecinos de Robledal el próximo lunes.",
            "El nuevo mercado de abastos de Robledal abrirá sus puertas a los vecinos el "
            "próximo lunes.",
            "que abrir",
        ),
    ],
)
def test_an_anchor_or_a_subject_relative_still_confirms(lead_a, lead_b, clause):
    assert _agreeing(lead_a, lead_b, clause)
