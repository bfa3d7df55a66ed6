"""A guess no one is said to have made is no claim; a hedged figure or date, a guess
someone made, and a planned act stay claims. Fictional articles written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from conftest import story_article
from contrasta.crosscheck import extract_claims
from contrasta.crosscheck.speculation import forecasts


def _claimed(paragraphs: list[str], lang: str) -> str:
    article = story_article("s1", "Diario del Valle", paragraphs, datetime(2026, 3, 10, 9), lang)
    return " ".join(claim.sentence for claim in extract_claims(article))


SPANISH = [
    "El Ayuntamiento de Puerto Almagro aprobó ayer el nuevo plan de tráfico del centro.",
    "Con el nuevo plan, la circulación del puerto podría mejorar de forma notable.",
    "Es posible que en las próximas semanas se conozcan más detalles del proyecto.",
    "Para 2030 se espera que el puerto reciba a 3 millones de pasajeros.",
    "La alcaldesa Marta Ibarra dijo que el plan podría ampliarse a los barrios del norte.",
    "El pleno votará el presupuesto del plan el próximo martes.",
]


ENGLISH = [
    "The council of Port Selene approved a new harbour traffic plan on Monday.",
    "The new plan would be an ideal answer to the queues at the ferry terminal.",
    "Traffic could improve a great deal once the works are finished.",
    "Officials said the plan could be extended to the northern districts.",
    "The ferry operator would not comment on the plan for the terminal.",
    "The council signed a contract that would double the number of buses.",
    "Until the works end, it'd be wise for drivers to avoid the harbour road.",
    "By then they'd already left the terminal with the last ferry of the night.",
]


CASES = {
    "es": (
        SPANISH,
        ["podría mejorar", "Es posible que"],
        ["aprobó ayer", "3 millones", "dijo que el plan podría", "votará el presupuesto"],
    ),
    "en": (
        ENGLISH,
        ["ideal answer", "Traffic could improve", "it'd be wise"],
        [
            "approved a new harbour",
            "Officials said",
            "would not comment",
            "that would double",
            "they'd already left",
        ],
    ),
}
"""Per language: the articles' paragraphs, what is no claim (unsourced guesses with no
figure or date), and what stays one (a report, a hedged figure, a guess someone made, a
planned act, a refusal, a description after "that", a contracted "had")."""


@pytest.mark.parametrize("lang", list(CASES))
def test_a_guess_with_no_source_no_figure_and_no_date_is_no_claim(lang):
    paragraphs, dropped, kept = CASES[lang]
    claimed = _claimed(paragraphs, lang)
    for words in dropped:
        assert words not in claimed
    for words in kept:
        assert words in claimed


def test_a_forecast_is_told_from_a_hedge_on_what_happened():
    article = story_article(
        "s2",
        "Diario del Valle",
        [
            "Para 2030 se espera que el puerto de Almagro reciba a 3 millones de pasajeros.",
            "El derrumbe del muelle, que dejó 4 heridos, podría deberse a la lluvia.",
            "The port is expected to handle 2 million passengers by 2030.",
        ],
        datetime(2026, 3, 10, 9),
        "es",
    )
    told = {claim.sentence[:12]: forecasts(claim) for claim in extract_claims(article)}
    assert told == {"Para 2030 se": True, "El derrumbe ": False, "The port is ": True}


@pytest.mark.parametrize(
    ("line", "claimed"),
    [
        ("Puede que la obra del muelle de Almagro se retrase todavía unos meses más.", False),
        ("Puede que el nuevo muelle sea el más bonito de toda la costa de Valdoria.", False),
        ("La alcaldesa dijo que puede que la obra del muelle se retrase unos meses.", True),
        ("Los vecinos pueden pedir el nuevo abono del autobús en el Ayuntamiento.", True),
    ],
)
def test_a_writers_puede_que_is_a_guess(line, claimed):
    """ "Puede que" is the writer's "it may be that": a guess, as "es posible que"."""
    assert bool(_claimed([line], "es")) is claimed
