"""Commentary (columns, editorials, reviews, advice) and the facts it still reports.
Fictional articles written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from conftest import story_article
from contrasta.crosscheck import extract_claims
from contrasta.crosscheck.genre import addresses_reader, commentary
from contrasta.model import Article


def _article(title: str, paragraphs: list[str], lang: str = "es") -> Article:
    found = story_article("c1", "Diario del Valle", paragraphs, datetime(2026, 3, 10, 9), lang)
    return replace(found, title=title)


def _claimed(article: Article) -> list[str]:
    return [claim.sentence for claim in extract_claims(article)]


REVIEW = [
    "La nueva película de Irene Salcedo es un retrato valiente de una familia que se "
    "desmorona sin hacer ruido.",
    "Los actores llenan cada escena de una contención que pocas veces se ve en el cine "
    "de estos años.",
    "La película se estrenó el 4 de marzo en el festival de Puerto Almagro.",
    "«Quería contar lo que nadie cuenta de los cuidados», dijo Salcedo en la presentación.",
]


def test_a_review_keeps_only_its_dated_and_attributed_sentences():
    review = _article("Reseña de «La casa quieta»: una familia que se apaga", REVIEW)
    assert commentary(review)
    claimed = " ".join(_claimed(review))
    assert "estrenó el 4 de marzo" in claimed
    assert "dijo Salcedo" in claimed
    assert "retrato valiente" not in claimed
    assert "contención" not in claimed


def test_the_same_sentences_in_a_report_are_all_claims():
    report = _article("La película de Irene Salcedo abre el festival", REVIEW)
    assert not commentary(report)
    claimed = " ".join(_claimed(report))
    assert "retrato valiente" in claimed
    assert "contención" in claimed


ADVICE = [
    "Rooftop batteries have become a common sight in the valley towns.",
    "If you live in a sunny place, your panels will pay for themselves in a few years.",
    "You should compare at least three quotes before you sign anything.",
    "Your installer can also help you apply for the local rebate.",
    "According to the regional energy agency, 4,200 homes added batteries in 2025.",
    "A battery is a sensible purchase for most families who stay home during the day.",
    "If you plan to move soon, you may not recover your money.",
]


def test_advice_that_speaks_to_its_reader_keeps_its_sourced_figures():
    advice = _article("Batteries for the home", ADVICE, lang="en")
    assert commentary(advice)
    claimed = " ".join(_claimed(advice))
    assert "4,200 homes" in claimed
    assert "sensible purchase" not in claimed
    assert "compare at least three quotes" not in claimed


def test_a_report_quoting_someone_who_says_you_is_no_column():
    report = _article(
        "Police close the harbour road",
        [
            "Police closed the harbour road on Tuesday after a landslide near the old pier.",
            '"If you live on the hill, you must leave tonight," the mayor said.',
            '"You will be told when you can go back," a police officer said.',
            '"Your homes are being watched," the mayor added.',
            '"We ask you to stay calm," the fire chief said.',
        ],
        lang="en",
    )
    assert not addresses_reader(report.text.split("\n\n")[1])
    assert not commentary(report)


def test_a_section_word_deep_in_a_glued_title_is_not_the_section():
    """A cleaner may leave the lead glued to the title: a word there ("opinión") is the
    lead's, not the page's section."""
    lead = (
        "El Ayuntamiento de Puerto Almagro aprobó este martes el presupuesto de 2026 con los "
        "votos del gobierno municipal, que defendió en el pleno su opinión sobre el gasto"
    )
    report = _article(f"Aprobado el presupuesto municipal {lead}", [lead])
    assert not commentary(report)


def test_a_title_that_speaks_to_its_reader_is_advice():
    advice = _article(
        "Five rules your shop must follow this year",
        [
            "The last decade changed how small shops keep their customers' data.",
            "Most owners still treat the matter as a problem for larger firms.",
            "According to the chamber of commerce, 35% of shops suffered a data breach in 2025.",
        ],
        lang="en",
    )
    assert commentary(advice)
    claimed = " ".join(_claimed(advice))
    assert "35% of shops" in claimed
    assert "larger firms" not in claimed
