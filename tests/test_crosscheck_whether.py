"""A headline asking whether: "X responde si está embarazada" names the question, states no
answer, so it confirms neither the pregnancy another outlet reports nor anything else.
Fictional singer; the expected outcomes were written before the code."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from conftest import story_article
from contrasta.crosscheck import ALIKE, CORROBORATED, crosscheck
from contrasta.crosscheck.claims import _asks_whether

REPORT = "La cantante Lara Vidal está embarazada de tres meses, según su representante."
BODY_A = [
    REPORT,
    "La artista suspendió la semana pasada dos conciertos de su gira por el norte del país.",
]
BODY_B = [
    "La cantante publicó el domingo una fotografía junto a su pareja en una playa de Almería.",
    "Sus seguidores llenaron de mensajes la publicación durante toda la tarde.",
]


def _checked(title_b: str):
    a = story_article("diario", "El Diario de la Tarde", BODY_A, datetime(2026, 5, 3, 9))
    b = story_article("revista", "Revista Estrellas", BODY_B, datetime(2026, 5, 3, 11))
    return crosscheck([a, replace(b, title=title_b)])


def _agreeing_with_report(checked) -> set[str]:
    group = checked.group_of("diario", "está embarazada de tres meses")
    if group is None or group.label not in (CORROBORATED, ALIKE):
        return set()
    return {c.article_id for c in group.claims} - {"diario"}


def test_a_headline_asking_whether_confirms_nothing():
    """At 5300199's rules such a headline was shown alike with the report (both read as
    "está embarazada")."""
    assert (
        _agreeing_with_report(_checked("Con foto, Lara Vidal responde si está embarazada")) == set()
    )


def test_a_headline_stating_the_answer_still_confirms():
    assert _agreeing_with_report(_checked("Lara Vidal confirma que está embarazada de tres meses"))


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Con foto, Lara Vidal responde si está embarazada", True),
        ("El consejero no aclaró si habrá nuevas ayudas para los afectados.", True),
        ("La cantante reveló si volverá a los escenarios este verano.", True),
        # "sí" with its accent is an answer; "si bien" is "although"; a condition after
        # "que" is said, not asked.
        ("Lara Vidal dice sí a la gira de otoño por el norte del país.", False),
        ("El alcalde explicó que si llueve se aplazará la verbena.", False),
        ("La consejera afirmó si bien con cautela que la obra estará lista en mayo.", False),
        # Someone asking is a fact of its own.
        ("Un diario local se preguntaba si el mural volverá a la plaza Mayor en 2027.", False),
    ],
)
def test_an_indirect_question_is_told_from_an_answer_and_a_condition(sentence, asks):
    assert _asks_whether(sentence) is asks
