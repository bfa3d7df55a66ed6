"""Fashion houses named after their founders, listed after designs or garments "de", shown
as organisations (bench/real_entities.py and bench/real/README.md item 134 measure it on
real text). Every sentence here is invented."""

from __future__ import annotations

from datetime import datetime

from contrasta.dossier import story_entities
from contrasta.dossier.reading import ArticleReading, entity_text
from contrasta.model import RawDocument
from contrasta.prepare import prepare
from contrasta.reading.entities import Mention

SPANISH_MODEL = "es_core_news_sm 3.8.0 + gazetteer"
NOW = datetime(2026, 3, 2, 12, 0)


def _story(text: str, names: list[tuple[str, str]]) -> dict:
    raw = RawDocument(source="t", fmt="txt", text=text, title="", lang="es")
    article = prepare(raw, now=NOW)
    text = entity_text(article)
    mentions = []
    for name, label in names:
        start = text.index(name)
        mentions.append(Mention(name, label, start, start + len(name), name))
    reading = ArticleReading(article.id, mentions, SPANISH_MODEL, [], [], {})
    return {e.name: e.label for e in story_entities([reading], articles=[article])[0]}


def test_names_listed_after_designs_de_are_fashion_houses():
    text = (
        "En la gala de Valdemora, la alcaldesa Lucía Ferrán lució diseños de Ruiz & Sola, "
        "Amparo Vidal, Benedetti y Casa Orduña, según su equipo."
    )
    shown = _story(
        text,
        [
            ("Valdemora", "LOC"),
            ("Lucía Ferrán", "PER"),
            ("Ruiz & Sola", "ORG"),
            ("Amparo Vidal", "PER"),
            ("Benedetti", "LOC"),
            ("Casa Orduña", "LOC"),
        ],
    )
    assert shown["Amparo Vidal"] == "ORG"
    assert shown["Benedetti"] == "ORG"
    assert shown["Casa Orduña"] == "ORG"
    assert shown["Lucía Ferrán"] == "PER"
    assert shown["Valdemora"] == "LOC"


def test_one_owner_after_a_garment_stays_a_person():
    text = "La chaqueta de Amparo Vidal y los vestidos de Lucía Ferrán llegaron a Valdemora."
    shown = _story(text, [("Amparo Vidal", "PER"), ("Lucía Ferrán", "PER"), ("Valdemora", "LOC")])
    assert shown["Amparo Vidal"] == "PER"
    assert shown["Lucía Ferrán"] == "PER"
