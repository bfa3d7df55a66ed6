"""Organisations by conventions of Spanish press writing (reading RULES 97; bench/real_entities.py
and bench/real/README.md item 123 measure them on real text): an outlet's or a company's
noun with an adjective or a field before the name, a site's noun, a name ending in an
outlet's noun, a national team named "Selección ...". Every sentence here is invented."""

from __future__ import annotations

from conftest import entity_labels
from contrasta.reading.entities import (
    _ORG_BEFORE,
    Mention,
    _about_football,
    _club_named,
    _credited_outlet,
    _kind_before,
    _outlet_named,
)


def test_an_outlets_or_companys_noun_with_an_adjective_or_a_field_before_the_name():
    text = "Lo publicó el diario italiano La Gaceta Ribereña y lo negó la empresa Brezal."
    assert _kind_before(text, text.index("La Gaceta")) == "ORG"
    text = "Trabajaba para la empresa de análisis de datos Montecierzo Analítica."
    assert _kind_before(text, text.index("Montecierzo")) == "ORG"
    text = "Según el cibersitio Olmeda Hoy, el alcalde renunció."
    assert _kind_before(text, text.index("Olmeda")) == "ORG"
    # a word of grammar is no adjective, a capitalised word no field: no kind said
    assert not _ORG_BEFORE.search("la firma de ")
    assert not _ORG_BEFORE.search("el partido que ")
    assert not _ORG_BEFORE.search("el club de fans de ")


def test_a_name_ending_in_an_outlets_noun_is_an_outlet():
    assert _outlet_named("Valdés Noticias")
    assert _outlet_named("Brezal News")
    assert not _outlet_named("Noticias")  # the noun alone
    assert not _outlet_named("Casa de las noticias")  # written in lower case: no outlet's name


def test_outlets_and_teams_in_a_story_are_organisations():
    text = (
        "La Selección Brezaleña de Futbol perdió ante Montecierzo, informó el diario "
        "regional El Faro de Olmeda. Horas después, Valdés Noticias publicó que el "
        "entrenador Julián Oteiza dejaría el cargo; según Valdés Noticias, la directiva "
        "ya buscaba relevo."
    )
    labels = entity_labels(text)
    assert labels.get("Selección Brezaleña de Futbol") == "ORG", labels
    assert labels.get("El Faro de Olmeda") == "ORG", labels
    assert labels.get("Valdés Noticias") == "ORG", labels
    assert labels.get("Julián Oteiza") == "PER", labels


def test_a_company_named_after_its_trades_noun():
    text = (
        "La novela saldrá en marzo, anunció la editorial Montejurra, y la aseguradora Olvena pagó."
    )
    assert _kind_before(text, text.index("Montejurra")) == "ORG"
    assert _kind_before(text, text.index("Olvena")) == "ORG"


def test_an_outlets_credit_in_brackets_before_a_dash():
    text = "Las lluvias no ceden\n(NoticiasBrezal) — Los vecinos de Olmeda pasaron la noche."
    start = text.index("NoticiasBrezal")
    mention = Mention("NoticiasBrezal", "MISC", start, start + 14, "")
    assert _credited_outlet(text, mention)
    text = "VILLAMAR (Ribera Press) - El alcalde habló."
    start = text.index("Ribera Press")
    assert _credited_outlet(text, Mention("Ribera Press", "ORG", start, start + 12, ""))
    # a person's name in brackets mid-sentence, a dash later: no credit
    text = "Lo dijo la alcaldesa (Teresa Olmedo) - y nadie respondió."
    start = text.index("Teresa")
    assert not _credited_outlet(text, Mention("Teresa Olmedo", "PER", start, start + 13, ""))


def test_a_rival_after_its_preposition_in_a_match_report_is_a_team():
    text = (
        "La selección cayó ante Montecierzo por tres goles a uno. El entrenador pidió "
        "calma a los jugadores y el marcador no se movió en la segunda parte."
    )
    start = text.index("Montecierzo")
    mention = Mention("Montecierzo", "LOC", start, start + 11, "")
    assert _about_football(text)  # jugadores, entrenador, marcador, goles
    assert _club_named(text, mention)
    # the same words in a report of no match: a place
    text = "Los vecinos protestaron ante Montecierzo, la capital, por el corte de agua."
    assert not _about_football(text)
