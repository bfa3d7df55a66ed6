"""A club named by its city or its nickname in a football report, a competition's name
alone, and a photo credit's photographer and outlet (bench/real_entities.py, bench/real/
README.md item 99, measures them on real text). Every sentence here is invented."""

from __future__ import annotations

from conftest import entity_labels

MATCH = (
    "Los jugadores del Montecierzo protestaron contra la directiva antes del partido. El "
    "Montecierzo perdió ante el Villaserena en el estadio municipal y la afición pidió la "
    "salida del técnico. Las Gaviotas no ganan desde el Apertura."
)


def test_a_club_named_by_its_city_or_nickname_in_a_football_report_is_an_organisation():
    labels = entity_labels(MATCH)
    assert labels["Montecierzo"] == "ORG"  # "los jugadores del", "El Montecierzo perdió"
    assert labels["Villaserena"] == "ORG"  # "ante el Villaserena"
    assert labels["Gaviotas"] == "ORG"  # a nickname in the plural after "Las"
    assert labels["Apertura"] == "MISC"  # a tournament, not a body


def test_the_same_towns_outside_a_football_report_are_no_clubs():
    text = (
        "Los vecinos de Montecierzo viajaron a Villaserena para ver la feria. Las Gaviotas "
        "es el nombre del barrio nuevo."
    )
    labels = entity_labels(text)
    assert labels.get("Montecierzo") != "ORG"
    assert labels.get("Villaserena") != "ORG"


def test_a_photo_credit_names_the_photographer_and_the_outlet():
    es = entity_labels(
        "Los vecinos cerraron la calle. (Rodrigo Salas/NORTEVISIÓN)\nLos bomberos llegaron."
    )
    assert es["Rodrigo Salas"] == "PER"
    assert es["NORTEVISIÓN"] == "ORG"
    en = entity_labels(
        "Firefighters at the scene on Monday. Hannah Pike/Coastline Press Agency", "en"
    )
    assert en["Hannah Pike"] == "PER"
    assert en["Coastline Press Agency"] == "ORG"


def test_two_places_with_a_slash_are_no_credit():
    labels = entity_labels("El vuelo Madrid/Barcelona salió tarde, dijo Ana Gil.")
    assert labels.get("Barcelona") != "ORG"


def test_a_person_after_a_coachs_noun_is_no_club():
    text = (
        "Los goles llegaron tarde y la afición aplaudió en el estadio. Tomás Ibarra marcó "
        "dos. El entrenador de Ibarra en la cantera, Julián Prado, lo celebró."
    )
    labels = entity_labels(text)
    assert labels.get("Ibarra") != "ORG"
    assert labels.get("Tomás Ibarra") != "ORG"
    assert labels["Julián Prado"] == "PER"
