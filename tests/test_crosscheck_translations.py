"""An article and its translation are one origin: what the one says, the other does not
confirm. All texts are invented: a flood in a fictional valley, an outlet's report, its
English translation by an aggregator, and another outlet's own report."""

from __future__ import annotations

from datetime import datetime

from conftest import story_article
from contrasta.crosscheck import CORROBORATED, SINGLE_SOURCE, crosscheck

REPORT = [
    "La crecida del río Tarma obligó el lunes a evacuar a 300 vecinos de Monteluz.",
    "El alcalde Tomás Arribas pidió ayuda al Gobierno regional para reparar el puente "
    "de San Telmo.",
    "Los bomberos rescataron a dos pescadores atrapados en una isla del cauce.",
    "La Confederación Hidrográfica prevé que el nivel del agua baje a partir del jueves.",
]
TRANSLATED = [
    "The flooding of the Tarma river forced the evacuation of 300 residents of Monteluz on Monday.",
    "Mayor Tomás Arribas asked the regional government for help to repair the San Telmo bridge.",
    "Firefighters rescued two fishermen trapped on an island in the riverbed.",
    "The Hydrographic Confederation expects the water level to drop from Thursday.",
]
OWN = [
    "Unos 300 vecinos de Monteluz tuvieron que abandonar sus casas el lunes por la crecida "
    "del río Tarma, según Protección Civil.",
    "Los comerciantes del mercado de abastos calculan que las pérdidas superan el medio "
    "millón de euros.",
]


def _articles(with_own: bool):
    found = [
        story_article("es1", "Diario del Valle", REPORT, datetime(2026, 3, 9, 10)),
        story_article("en1", "Valley News Digest", TRANSLATED, datetime(2026, 3, 9, 14), "en"),
    ]
    if with_own:
        found.append(story_article("es2", "La Gaceta Fluvial", OWN, datetime(2026, 3, 9, 12)))
    return found


def test_a_translation_is_no_second_origin():
    checked = crosscheck(_articles(with_own=False))
    assert checked.provenance.origins == 1
    assert [link.kind for link in checked.provenance.links] == ["translation"]
    assert not [g for g in checked.groups if g.label == CORROBORATED]
    rescue = checked.group_of("es1", "rescataron a dos pescadores")
    assert rescue is not None and rescue.label == SINGLE_SOURCE


def test_another_outlets_own_report_still_confirms():
    checked = crosscheck(_articles(with_own=True))
    assert checked.provenance.origins == 2
    evacuated = checked.group_of("es2", "Unos 300 vecinos")
    assert evacuated is not None and evacuated.label == CORROBORATED
    assert len(evacuated.origins) == 2
