"""Who a claim is about when two people share a surname: a person is the full name the
article gives; two names whose given names differ are two people, even of one party; a
surname alone is that article's one person of the name, or no one in particular.
Fictional stories written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from conftest import story_article
from contrasta.crosscheck import crosscheck
from contrasta.reading import names

FILLER = {
    "es": "Las asociaciones vecinales pidieron más información sobre los planes del grupo para "
    "las próximas semanas.",
    "en": "Neighbourhood groups asked for more information about the group's plans for the "
    "coming weeks.",
}


def article(key: str, outlet: str, paragraphs: list[str], lang: str = "es"):
    return story_article(key, outlet, [*paragraphs, FILLER[lang]], datetime(2026, 3, 10, 9), lang)


def together(checked, fragment_a: str, fragment_b: str) -> bool:
    group = checked.group_of("a", fragment_a)
    return group is not None and group is checked.group_of("b", fragment_b)


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("Laura Pérez", "Marta Pérez", True),
        ("Marcos Ibarra", "Tomás Ibarra", True),
        ("Laura Pérez García", "Marta Pérez", True),
        ("Laura Pérez", "Laura Pérez García", False),  # one person, her second surname
        ("Rafa Nadal", "Rafael Nadal", False),  # a shortened first name
        ("Pérez", "Laura Pérez", False),  # a surname alone: no given name to compare
        ("Real Madrid", "Atlético Madrid", False),  # no person
        ("Laura Pérez", "Laura Ruiz", False),  # no surname shared
    ],
)
def test_namesakes_are_two_people_sharing_a_surname(one, other, expected):
    assert names.namesakes(one, other) is expected
    assert names.namesakes(other, one) is expected


def test_two_deputies_of_one_party_sharing_a_surname_are_two_facts():
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                [
                    "Laura Pérez, portavoz del Partido Verde, anunció el martes su dimisión "
                    "por motivos de salud."
                ],
            ),
            article(
                "b",
                "La Gaceta",
                [
                    "Marta Pérez, portavoz adjunta del Partido Verde, anunció el martes su "
                    "dimisión por motivos de salud."
                ],
            ),
        ]
    )
    assert not together(checked, "Laura Pérez", "Marta Pérez")


def test_a_namesake_team_mate_across_languages_is_another_fact():
    # One club, one surname, one Friday: a player's loss and a team-mate's operation.
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                [
                    "Los jugadores del Atlético Valdoria han arropado a Marcos Ibarra tras la "
                    "muerte de su padre el viernes."
                ],
            ),
            article(
                "b",
                "Courier",
                [
                    "Atlético Valdoria defender Tomás Ibarra has undergone shoulder surgery "
                    "on Friday."
                ],
                lang="en",
            ),
        ]
    )
    assert not together(checked, "Marcos Ibarra", "Tomás Ibarra")


def test_a_surname_after_the_full_name_is_the_same_person():
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                [
                    "Laura Pérez, portavoz del Partido Verde, anunció el martes su dimisión.",
                    "Pérez dijo que deja el cargo por motivos de salud y que seguirá como "
                    "diputada en el Parlamento de Valdoria.",
                ],
            ),
            article(
                "b",
                "Courier",
                [
                    "Green Party spokeswoman Laura Pérez announced her resignation on Tuesday.",
                    "Pérez said she is leaving the post for health reasons and will stay on "
                    "as a deputy in the Valdoria parliament.",
                ],
                lang="en",
            ),
        ]
    )
    assert together(checked, "Pérez dijo", "Pérez said")


def test_a_surname_alone_stands_for_its_own_articles_person():
    # Each article's "Pérez" is the one Pérez it named: two people, two facts.
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                [
                    "Laura Pérez, portavoz del Partido Verde, anunció el martes su dimisión.",
                    "Pérez dijo que deja el cargo por motivos de salud y que seguirá como "
                    "diputada en el Parlamento de Valdoria.",
                ],
            ),
            article(
                "b",
                "Courier",
                [
                    "Green Party deputy spokeswoman Marta Pérez announced her resignation on "
                    "Tuesday.",
                    "Pérez said she is leaving the post for health reasons and will stay on "
                    "as a deputy in the Valdoria parliament.",
                ],
                lang="en",
            ),
        ]
    )
    assert not together(checked, "Pérez dijo", "Pérez said")


def test_a_surname_two_people_of_the_article_bear_confirms_neither():
    # "Pérez" could be either deputy the article names: it confirms neither.
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                [
                    "Laura Pérez y Marta Pérez, diputadas del Partido Verde, votaron el "
                    "martes contra el presupuesto de Valdoria.",
                    "Pérez dijo que deja el cargo por motivos de salud y que seguirá como "
                    "diputada en el Parlamento de Valdoria.",
                ],
            ),
            article(
                "b",
                "Courier",
                [
                    "Laura Pérez said she is leaving the post for health reasons and will "
                    "stay on as a deputy in the Valdoria parliament.",
                ],
                lang="en",
            ),
        ]
    )
    assert not together(checked, "Pérez dijo", "Laura Pérez said")


def test_a_father_and_son_the_article_names_both_part_nothing():
    # One outlet tells of the son through his father, the other names the son: one death.
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                [
                    "El hijo del escritor Andrés Ibarra murió el sábado en un accidente de "
                    "esquí en la estación de Valdoria.",
                    "Lucas Ibarra, de 20 años, esquiaba con sus hermanos cuando cayó por una "
                    "ladera.",
                ],
            ),
            article(
                "b",
                "Courier",
                [
                    "Lucas Ibarra, the son of novelist Carmen Solís, died on Saturday in a "
                    "skiing accident at the Valdoria resort.",
                ],
                lang="en",
            ),
        ]
    )
    assert together(checked, "El hijo del escritor", "Lucas Ibarra, the son")


def test_two_namesakes_named_together_are_both_named():
    # "Laura Pérez y Marta Pérez" names each of them: a report naming one is not parted.
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                [
                    "Laura Pérez y Marta Pérez, diputadas del Partido Verde, presentaron el "
                    "martes una moción contra el presupuesto de Valdoria."
                ],
            ),
            article(
                "b",
                "Courier",
                [
                    "Green Party deputy Marta Pérez presented a motion against the Valdoria "
                    "budget on Tuesday."
                ],
                lang="en",
            ),
        ]
    )
    assert together(checked, "Laura Pérez y Marta", "Marta Pérez presented")
