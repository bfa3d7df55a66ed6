"""A person's full name the Spanish model reads as a place, and a club's name of several
words after a masculine article in a sports report (bench/real_entities.py, bench/real/
README.md item 134, measures them on real text). Every sentence here is invented."""

from __future__ import annotations

from conftest import entity_labels
from contrasta.reading.entities import Mention, _at_commas, _person_read_as_place

PEOPLE = (
    "El lateral derecho Rolando Bertanis, con un tiro potente, batió al portero. La "
    "cantante viajó a Lisboa con Cristóbal Arzuaga, su representante."
)


def test_a_full_name_opening_with_a_first_name_is_a_person_not_a_place():
    labels = entity_labels(PEOPLE)
    assert labels["Rolando Bertanis"] == "PER"
    assert labels["Cristóbal Arzuaga"] == "PER"
    assert labels["Lisboa"] == "LOC"


def test_places_written_as_people_stay_places():
    text = (
        "Los vecinos de Santiago Tlaltepec y de San Miguel de Allende marcharon. El tráfico "
        "siguió en Álvaro Obregón. Viajaron a Sierra Leona y a América Latina."
    )
    labels = entity_labels(text)
    for place in ("Santiago Tlaltepec", "San Miguel de Allende", "Sierra Leona", "América Latina"):
        assert labels[place] == "LOC", place
    assert labels["Álvaro Obregón"] == "LOC"  # a borough after a place's preposition


HANDBALL = (
    "El Torrealba Balonmano ganó en la cancha del Ciudad Serena y sigue en la pelea con el "
    "Almendral de Brezo y el Valdecruz La Ribera. El Naturpan La Ribera, el último equipo "
    "que lo venció, visita al Torrealba el sábado. El entrenador pidió tiempo muerto y los "
    "jugadores celebraron los goles en el Estadio Municipal."
)


def test_a_club_of_several_words_after_a_masculine_article_in_a_sports_report():
    labels = entity_labels(HANDBALL)
    assert labels["Ciudad Serena"] == "ORG"  # "del Ciudad": the article agrees with the club
    assert labels["Valdecruz La Ribera"] == "ORG"
    assert labels["Naturpan La Ribera"] == "ORG"
    assert labels["Almendral de Brezo"] == "ORG"  # a club and its city after "de"


def test_venues_stadiums_after_people_and_towns_outside_sports_are_no_clubs():
    sports = entity_labels(
        "Los jugadores llegaron al Santiago Bernabéu y el entrenador habló en el Camp Nou "
        "antes de los goles. El Monte Perdido se veía desde el hotel."
    )
    assert sports.get("Santiago Bernabéu") != "ORG"
    assert sports.get("Camp Nou") != "ORG"
    assert sports.get("Monte Perdido") != "ORG"
    town = entity_labels("Los vecinos del Ciudad Serena, el barrio nuevo, pidieron una escuela.")
    assert town.get("Ciudad Serena") != "ORG"  # no sports report


def test_a_nickname_after_alias_is_a_persons():
    labels = entity_labels(
        "La policía detuvo a Ramiro Tejeda, alias La Garza, y a su socio, apodado El Cerrojo, "
        "en Valdemora."
    )
    assert labels["La Garza"] == "PER"
    assert labels["El Cerrojo"] == "PER"
    assert labels["Valdemora"] == "LOC"


def test_a_confederations_cup_written_in_one_word_is_no_place():
    cup = entity_labels(
        "El Montecierzo jugará la vuelta de la Caribechampions ante el Villaserena; los "
        "jugadores y el entrenador lo saben."
    )
    assert cup["Caribechampions"] == "MISC"
    league = entity_labels(
        "Los jugadores del Montecierzo quieren ganar la Surliga; el entrenador pidió goles."
    )
    assert league["Surliga"] == "MISC"


def test_a_credit_in_brackets_before_the_dateline_dash_is_the_outlets():
    labels = entity_labels(
        "Puerto Almagro, 12 mar (EFE).- El Cabildo de Valdemora aprobó ayer el presupuesto.\n"
        "Villaserena (AGN).- Los vecinos de Villaserena cortaron la carretera."
    )
    assert labels["EFE"] == "ORG"
    assert labels["AGN"] == "ORG"


def test_a_place_in_brackets_before_a_dash_is_no_credit():
    labels = entity_labels("Santiago (Chile).- Los mineros de Valdemora volvieron al trabajo.")
    assert labels.get("Chile") != "ORG"


def test_a_site_named_by_its_address_in_lower_case_is_an_organisation():
    labels = entity_labels(
        "En entrevista con cronicadelvalle.com, el alcalde Tomás Ibarra negó los cargos, y "
        "el portal noticiasribera.com.mx publicó la carta."
    )
    assert labels["cronicadelvalle.com"] == "ORG"
    assert labels["noticiasribera.com.mx"] == "ORG"


def test_a_link_or_an_e_mail_address_is_no_site_named():
    labels = entity_labels(
        "Más información en www.valdemora.org o en https://ribera.com/avisos; escriba a "
        "prensa@valdemora.es."
    )
    assert not [name for name in labels if "." in name]


def test_an_outlets_noun_capitalised_after_a_place_read_alone_ends_the_outlets_name():
    labels = entity_labels(
        "Fue editora del Bruselas Post antes de volver. Según el Moscú Times, el alcalde "
        "dimitió; la cumbre se celebró en Bruselas."
    )
    assert labels["Bruselas Post"] == "ORG"
    assert labels["Moscú Times"] == "ORG"
    assert labels["Bruselas"] == "LOC"


def test_the_side_beaten_after_a_score_and_sobre_in_a_match_report_is_a_team():
    lead = entity_labels(
        "El portero y los delanteros saben que la ventaja de 2-1 sobre Olmeda es corta. El "
        "estadio estaba lleno."
    )
    assert lead["Olmeda"] == "ORG"
    win = entity_labels("Los jugadores celebraron el 4-1 de Perú sobre Bolivia ante su afición.")
    assert win["Bolivia"] == "ORG"


def test_sobre_outside_a_match_report_names_no_team():
    labels = entity_labels(
        "La ventaja de Olmeda sobre Bolivia en turismo es clara, según el alcalde."
    )
    assert labels["Bolivia"] == "LOC"


def test_a_persons_name_run_over_a_comma_is_cut_there_a_ministrys_fields_are_not():
    text = (
        "Ha usado diseños de Emilio Benedetti, Givanchi y del Ministerio de Niños, Familia y Ocio."
    )
    run = "Emilio Benedetti, Givanchi"
    body = "Ministerio de Niños, Familia y Ocio"
    found = [
        Mention(run, "PER", text.index(run), text.index(run) + len(run), ""),
        Mention(body, "ORG", text.index(body), text.index(body) + len(body), ""),
    ]
    cut = _at_commas(found)
    assert [(m.text, m.label) for m in cut] == [
        ("Emilio Benedetti", "PER"),
        ("Givanchi", "PER"),
        (body, "ORG"),
    ]
    assert all(text[m.start : m.end] == m.text for m in cut)


def test_a_surname_alone_after_the_full_name_is_the_person():
    labels = entity_labels(
        "Los trabajadores piden a Medina que les pague\nLa plantilla reclama las primas a la "
        'directiva encabezada por Octavio Medina. "No hemos tenido contacto con Medina", dijo '
        "uno."
    )
    assert labels["Octavio Medina"] == "PER"
    assert labels["Medina"] == "PER"


def test_a_patronymic_surname_after_an_unlisted_first_name_is_a_persons_name():
    text = "Llegaron Yayito Benítez, Ciudad Juárez y Gómez Palacio; siguió en Tito Velázquez."

    def read_as_place(name: str) -> bool:
        start = text.index(name)
        return _person_read_as_place(text, Mention(name, "LOC", start, start + len(name), ""))

    assert read_as_place("Yayito Benítez")  # "Yayito" is in no list of first names
    assert not read_as_place("Ciudad Juárez")  # a place's noun opens it
    assert not read_as_place("Gómez Palacio")  # no patronymic closes it
    assert not read_as_place("Tito Velázquez")  # after a place's preposition


def test_a_surveys_or_a_laws_fields_listed_after_its_de_are_one_name_no_bodys():
    labels = entity_labels(
        "Los mayores dedican siete horas diarias al móvil, según datos de la Encuesta de "
        "Salud, Envejecimiento y Retiro de Brezal (SERB). La Ley de Transparencia, Acceso y "
        "Archivos entró en vigor."
    )
    assert labels["Encuesta de Salud, Envejecimiento y Retiro de Brezal"] == "MISC"
    assert labels["Ley de Transparencia, Acceso y Archivos"] == "MISC"
    assert "Envejecimiento" not in labels


def test_a_club_named_by_its_head_word_alone_is_an_organisation():
    labels = entity_labels(
        'La directiva pidió dignidad: "La Copa se tiene que jugar, y en la Liga el Atlético '
        'pasará por dificultades", dijo el presidente.'
    )
    assert labels["Atlético"] == "ORG"
