"""The timeline: events in date order, and chronology conflicts (an event reported as
happening after another source said it was called off), on fictional stories written
for these tests, through to the three reports."""

from __future__ import annotations

import json
from datetime import datetime

from contrasta.crosscheck import crosscheck
from contrasta.dossier import build_dossier
from contrasta.dossier.timeline import timeline
from contrasta.model import Article, Story, StoryMember
from contrasta.report.html import render_html
from contrasta.report.jsonout import render_json
from contrasta.report.markdown import render_markdown

CALLED_OFF = (
    "El alcalde de Robledal, Ramón Escudero, anunció que la Feria del Queso, prevista para "
    "el domingo 22 de marzo, no se celebrará este año por el incendio de la sierra."
)
HELD = (
    "La Feria del Queso de Robledal se celebró el domingo 22 de marzo con la participación "
    "de 40 queserías y miles de visitantes llegados de toda la comarca."
)


def article(key: str, outlet: str, when: datetime, *paragraphs: str) -> Article:
    return Article(
        id=key,
        source=f"{key}.txt",
        fmt="text",
        content_hash=key,
        title=f"Titular de {outlet}",
        text="\n\n".join(paragraphs),
        outlet=outlet,
        published=when,
        lang="es",
    )


def fair_story(held_on: datetime, held: str = HELD) -> list[Article]:
    return [
        article(
            "radio",
            "Radio Sierra Noticias",
            datetime(2026, 3, 15, 19, 20),
            CALLED_OFF,
            "Los vecinos desalojados no podrán volver a sus casas al menos hasta el martes, "
            "según el Ayuntamiento de Robledal.",
        ),
        article(
            "tribuna",
            "La Tribuna del Norte",
            held_on,
            held,
            "El presidente regional visitó la zona quemada y prometió ayudas para los "
            "ganaderos afectados por el fuego.",
        ),
    ]


def test_an_event_reported_after_it_was_called_off_is_flagged():
    entries = timeline(crosscheck(fair_story(datetime(2026, 3, 23, 9))))
    [held] = [e for e in entries if e.article_id == "tribuna" and "Feria" in e.text]
    assert held.day.isoformat() == "2026-03-22"
    [called_off] = held.called_off
    assert (called_off.outlet, called_off.said_on.isoformat()) == (
        "Radio Sierra Noticias",
        "2026-03-15",
    )
    assert called_off.text == CALLED_OFF
    assert not [e for e in entries if e.article_id == "radio" and e.called_off]


def test_an_event_before_the_call_off_or_another_thing_is_not_flagged():
    earlier = HELD.replace("domingo 22 de marzo", "domingo 8 de marzo")
    entries = timeline(crosscheck(fair_story(datetime(2026, 3, 9, 9), earlier)))
    assert not [e for e in entries if e.called_off]
    other = (
        "La Feria del Vino de Robledal se celebró el domingo 22 de marzo con la participación "
        "de 40 bodegas y miles de visitantes llegados de toda la comarca."
    )
    entries = timeline(crosscheck(fair_story(datetime(2026, 3, 23, 9), other)))
    assert not [e for e in entries if e.called_off]


def test_a_ruled_out_hypothesis_or_a_place_is_not_a_called_off_event():
    story = [
        article(
            "radio",
            "Radio Sierra Noticias",
            datetime(2026, 3, 15, 19),
            "La consejera de Medio Ambiente descartó este domingo que el incendio de la "
            "sierra de Peñablanca fuera intencionado.",
            "Las clases están suspendidas en todo el Valle del Tordo hasta nuevo aviso por "
            "el humo del incendio.",
        ),
        article(
            "tribuna",
            "La Tribuna del Norte",
            datetime(2026, 3, 18, 9),
            "El incendio de la sierra de Peñablanca quedó estabilizado el lunes 16 de marzo "
            "tras arrasar 4.200 hectáreas.",
            "El Valle del Tordo recibió el martes 17 de marzo los primeros camiones con "
            "ayuda para los ganaderos.",
        ),
    ]
    assert not [e for e in timeline(crosscheck(story)) if e.called_off]


def test_the_reports_show_the_chronology_conflict():
    articles = fair_story(datetime(2026, 3, 23, 9))
    story = Story("s1", "La Feria del Queso", [StoryMember(a.id, 1.0, "test") for a in articles])
    dossier = build_dossier(story, articles)
    generated = datetime(2026, 3, 24)
    flag = "Radio Sierra Noticias lo dio por suspendido o descartado el 2026-03-15"
    assert flag in render_markdown([dossier], "test", generated)
    assert flag in render_html([dossier], "test", generated).replace(
        '<a href="#a-radio">Radio Sierra Noticias</a>', "Radio Sierra Noticias"
    )
    data = json.loads(render_json([dossier], "test", generated))
    [entry] = [e for e in data["stories"][0]["timeline"] if e["called_off"]]
    assert entry["day"] == "2026-03-22"
    assert entry["called_off"][0]["said_on"] == "2026-03-15"
    start, end = entry["called_off"][0]["start"], entry["called_off"][0]["end"]
    assert articles[0].text[start:end] == CALLED_OFF
