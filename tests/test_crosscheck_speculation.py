"""A guess no one is said to have made is no claim; a hedged figure or date, a guess
someone made, and a planned act stay claims. Fictional articles written for these tests."""

from __future__ import annotations

from datetime import datetime

from conftest import story_article
from contrasta.crosscheck import extract_claims


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


def test_a_spanish_guess_with_no_source_no_figure_and_no_date_is_no_claim():
    claimed = _claimed(SPANISH, "es")
    assert "podría mejorar" not in claimed
    assert "Es posible que" not in claimed
    assert "aprobó ayer" in claimed
    assert "3 millones" in claimed
    assert "dijo que el plan podría" in claimed
    assert "votará el presupuesto" in claimed


ENGLISH = [
    "The council of Port Selene approved a new harbour traffic plan on Monday.",
    "The new plan would be an ideal answer to the queues at the ferry terminal.",
    "Traffic could improve a great deal once the works are finished.",
    "Officials said the plan could be extended to the northern districts.",
    "The ferry operator would not comment on the plan for the terminal.",
    "The council signed a contract that would double the number of buses.",
]


def test_an_english_guess_with_no_source_is_no_claim_but_a_refusal_is():
    claimed = _claimed(ENGLISH, "en")
    assert "ideal answer" not in claimed
    assert "Traffic could improve" not in claimed
    assert "approved a new harbour" in claimed
    assert "Officials said" in claimed
    assert "would not comment" in claimed
    assert "that would double" in claimed
