"""Who a described actor is ("la actriz", "los hermanos Ferrer"), read from the rest of its
article, and the conflicts that takes. Fictional stories written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from conftest import story_article
from contrasta.crosscheck import CONTRADICTED, crosscheck, extract_claims, frame_fields
from contrasta.crosscheck.frames import OTHER, SAME, UNKNOWN, Frame, actor_relation


def claims_of(*paragraphs: str):
    return extract_claims(story_article("x", "Diario", list(paragraphs), datetime(2026, 3, 10)))


def referent_of(fragment: str, *paragraphs: str) -> tuple[str, ...]:
    (claim,) = [c for c in claims_of(*paragraphs) if c.sentence.startswith(fragment)]
    return claim.frame.referent


@pytest.mark.parametrize(
    ("paragraphs", "fragment", "referent"),
    [
        # One woman named before: the actress is she.
        (
            (
                "Marisol Ferrer y su esposo Tomás Vidal recibieron el lunes los resultados "
                "de sus análisis en Altamar.",
                "La actriz recibió el martes los resultados negativos de sus dos hijos.",
            ),
            "La actriz",
            ("Marisol Ferrer",),
        ),
        # Two women named before: no one in particular.
        (
            (
                "Marisol Ferrer y su hermana Clara Ferrer recibieron el lunes los "
                "resultados de sus análisis en Altamar.",
                "La actriz recibió el martes los resultados negativos de sus dos hijos.",
            ),
            "La actriz",
            (),
        ),
        # Introduced with the role: she, not the other woman named.
        (
            (
                "La cantante Inés Vidal llegó el lunes a Altamar para el juicio.",
                "La abogada Clara Ferrer la acompañó hasta el juzgado.",
                "La cantante declaró ante el juez durante dos horas.",
            ),
            "La cantante declaró",
            ("Inés Vidal",),
        ),
        # The only woman named has another role: the actress is someone else.
        (
            (
                "La abogada Clara Ferrer llegó el lunes a Altamar para el juicio.",
                "La actriz declaró ante el juez durante dos horas.",
            ),
            "La actriz",
            (),
        ),
        # A family by kin and family name: the list of the same kin named before.
        (
            (
                "Los hermanos Tomás, Rubén y Elías Ferrer marcharon el sábado por el "
                "centro de Altamar.",
                "Los hermanos Ferrer llegaron a la plaza al mediodía.",
            ),
            "Los hermanos Ferrer",
            ("Tomás Ferrer", "Rubén Ferrer", "Elías Ferrer"),
        ),
    ],
)
def test_a_described_actor_is_the_one_person_of_its_article_it_fits(paragraphs, fragment, referent):
    assert referent_of(fragment, *paragraphs) == referent


def two_outlets(a: list[str], b: list[str]):
    return crosscheck(
        [
            story_article("a", "Diario del Norte", a, datetime(2026, 3, 10, 9)),
            story_article("b", "La Gaceta", b, datetime(2026, 3, 10, 9)),
        ]
    )


def test_the_kin_of_a_resolved_actor_can_disagree_with_another_outlets():
    checked = two_outlets(
        [
            "Marisol Ferrer y su esposo Tomás Vidal recibieron el lunes los resultados de "
            "sus análisis en Altamar.",
            "La actriz recibió el martes los resultados negativos de sus hijas y de su marido.",
        ],
        [
            "Esposo de Marisol Ferrer y su hija dan negativo en las pruebas de Altamar.",
            "Las asociaciones vecinales pidieron más información sobre los planes.",
        ],
    )
    group = checked.group_of("a", "La actriz recibió")
    assert group.label == CONTRADICTED
    assert [c.kind for c in group.conflicts] == ["kinship"]
    # A reader is shown who the actress is taken to be.
    (actress,) = [c for c in group.claims if c.sentence.startswith("La actriz")]
    assert frame_fields(actress)["actor"] == "actriz (Marisol Ferrer)"


def test_a_family_called_again_by_its_name_shares_the_conflict_on_who_they_are():
    checked = two_outlets(
        [
            "La marcha del sábado por el centro de Altamar fue encabezada por Tomás Ferrer, "
            "Rubén y Elías Ferrer -sobrinos de Tomás-.",
        ],
        [
            "Los hermanos Tomás, Rubén y Elías Ferrer encabezaron el sábado la marcha por "
            "el centro de Altamar.",
            "Los hermanos Ferrer llegaron a la plaza mayor de Altamar al mediodía.",
        ],
    )
    group = checked.group_of("b", "Los hermanos Ferrer llegaron")
    assert group.label == CONTRADICTED
    assert group is checked.group_of("a", "La marcha del sábado")


@pytest.mark.parametrize(
    ("other", "relation"),
    [
        (Frame(actors=("Marisol Ferrer",)), SAME),
        (Frame(actors=("Ferrer",)), SAME),
        # Someone else, named or described: as before the actress was resolved.
        (Frame(actors=("Tomás Vidal",)), OTHER),
        (Frame(actors=("alcalde",)), OTHER),
        (Frame(), UNKNOWN),
    ],
)
def test_a_referent_names_the_actor_it_resolves(other, relation):
    actress = Frame(actors=("actriz",), referent=("Marisol Ferrer",))
    assert actor_relation(actress, other) == relation
    assert actor_relation(replace(actress, referent=()), other) == (
        OTHER if relation == SAME else relation
    )
