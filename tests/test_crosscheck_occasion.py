"""A fact told with a written date of another occasion is another fact (service RULES 32): a
background sentence ("En agosto de 2019 otro incendio calcinó 1.200 hectáreas") neither
contradicts nor confirms the story's own undated figures. The story is fictional."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_crosscheck import FILLER

from conftest import story_article
from contrasta.crosscheck import CONTRADICTED, CORROBORATED, crosscheck

WHEN: datetime | None = datetime(2026, 7, 14, 18)


def _story(background: str):
    when = WHEN
    return crosscheck(
        [
            story_article(
                "a1",
                "Diario del Valle",
                [
                    "El incendio forestal de la sierra de Valdomar calcinó 480 hectáreas "
                    "este martes, según la Junta de Castrelo.",
                    *FILLER["a"],
                ],
                when,
            ),
            story_article(
                "b1",
                "La Gaceta Fluvial",
                [
                    "El incendio de la sierra de Valdomar calcinó 520 hectáreas, según "
                    "los bomberos forestales.",
                    *FILLER["b"],
                ],
                when,
            ),
            story_article(
                "c1",
                "Heraldo de Castrelo",
                [
                    "Los vecinos de Valdomar volvieron a sus casas tras el incendio forestal.",
                    background,
                    *FILLER["c"],
                ],
                when,
            ),
        ]
    )


def _shown(checked, figure: str) -> list[str]:
    return [g.label for g in checked.groups if any(figure in c.sentence for c in g.claims)]


@pytest.mark.parametrize(
    "background",
    [
        # A month and year well before the article came out, and "otro" + noun.
        "En agosto de 2019 otro incendio calcinó 1.200 hectáreas.",
        # The written date alone: the same year, four months before.
        "En marzo el fuego calcinó 1.200 hectáreas en la sierra de Valdomar.",
    ],
)
def test_another_occasions_figure_is_apart(background):
    checked = _story(background)
    assert [
        g.conflicts
        for g in checked.groups
        if any("1.200" in v for c in g.conflicts for v in c.values)
    ] == []
    for label in _shown(checked, "1.200"):
        assert label not in (CONTRADICTED, CORROBORATED), label


def test_a_dated_fact_of_the_story_s_own_time_still_compares():
    # A day written within the month before publication is the story's time: its figure
    # still disputes the others'.
    checked = _story("El 13 de julio el fuego calcinó 1.200 hectáreas en la sierra de Valdomar.")
    assert CONTRADICTED in _shown(checked, "1.200")


def test_the_story_s_own_figures_still_disagree():
    # Control: today's 480 and 520 hectares are still shown apart as a possible conflict.
    checked = _story("La Junta de Castrelo pidió a los vecinos que no se acercaran.")
    assert CONTRADICTED in _shown(checked, "520")
