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


# Spanish news whose headline speaks to its reader, the body reporting in the third person:
# the headline's "tu" is the outlet's hook, not a column's voice.
ADDRESSED_HEADLINES = [
    (
        "Ya puedes pedir tu cita médica por teléfono en Puerto Almagro",
        [
            "La consejería de Salud publicó el lunes las normas que regulan las consultas "
            "por teléfono.",
            "Hasta ahora no había ninguna norma sobre la atención a distancia en la región.",
            "Los médicos deberán guardar un registro de cada consulta durante cinco años.",
        ],
        "es",
    ),
    (
        "¿Sabías que tu ciudad tiene tres nuevos parques?",
        [
            "El Ayuntamiento de Valdoria inauguró el sábado tres parques en los barrios del norte.",
            "Las obras costaron 2,4 millones de euros y duraron catorce meses.",
        ],
        "es",
    ),
    (
        "Lo que tienes que saber de tu nueva factura del agua",
        [
            "La empresa municipal de aguas cambiará la factura a partir de abril.",
            "El recibo se cobrará cada dos meses y no cada tres.",
        ],
        "es",
    ),
]


def test_a_news_headline_speaking_to_its_reader_does_not_make_a_column():
    for title, paragraphs, lang in ADDRESSED_HEADLINES:
        report = _article(title, paragraphs, lang)
        assert not commentary(report), title
        claimed = " ".join(_claimed(report))
        assert paragraphs[1][:30] in claimed, title


def test_a_headline_speaking_to_its_reader_with_a_body_that_does_too_is_advice():
    advice = _article(
        "Cómo proteger tu casa del frío este invierno",
        [
            "Las olas de frío se han vuelto más largas en el valle en la última década.",
            "Si tu casa tiene ventanas viejas, un burlete barato puede ahorrar mucho.",
            "Muchas familias dejan la calefacción encendida toda la noche sin necesidad.",
        ],
    )
    assert commentary(advice)
    claimed = " ".join(_claimed(advice))
    assert "sin necesidad" not in claimed


def test_an_english_headline_speaking_to_its_reader_still_makes_a_column():
    listing = _article(
        "Things to do with your family this weekend in Valdoria",
        [
            "The winter fair opens on Friday in the old market square.",
            "The city museum adds a room of maps from the harbour's first years.",
        ],
        lang="en",
    )
    assert commentary(listing)


def test_a_headline_telling_its_reader_what_they_can_now_do_is_a_claim():
    """ "Ya puedes ..." tells the reader of a change, a new rule or service: a fact, though
    in the second person; "puedes ..." alone is a service line, and "tu" a writer's aside."""
    title = "Ya puedes pedir cita con tu médico de Almagro por videollamada"
    report = _article(
        title,
        [
            "Ya podrás renovar el abono del autobús de Almagro desde el teléfono móvil.",
            "Puedes pedir cita en el centro de salud de Almagro por teléfono o en persona.",
            "La consejería de Salud aprobó el lunes las consultas por videollamada.",
        ],
    )
    claimed = _claimed(report)
    assert title in claimed
    assert any(claim.startswith("Ya podrás renovar") for claim in claimed), claimed
    assert not any(claim.startswith("Puedes pedir") for claim in claimed), claimed
