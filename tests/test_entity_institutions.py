"""Spanish institution names as the press writes them: a closed list of head nouns
(courts, police bodies, assemblies, parties, companies, clubs) opens a body's name, two
bodies coordinated by "y" are two names (bench/real_entities.py and bench/real/README.md
item 116 measure them on real text). Every sentence here is invented."""

from __future__ import annotations

from conftest import entity_labels, entity_mentions
from contrasta.reading.entities import Mention


def test_courts_and_police_bodies_named_by_their_head_noun_are_organisations():
    labels = entity_labels(
        "La Audiencia Nacional confirmó la condena y el Juzgado de Instrucción de Brezal "
        "archivó la otra causa. La Corte Suprema de Valdemora lo revisará, mientras la "
        "Guardia Nacional y la Policía Municipal patrullan las calles."
    )
    assert labels.get("Audiencia Nacional") == "ORG"
    assert labels.get("Corte Suprema de Valdemora") == "ORG"
    assert labels.get("Guardia Nacional") == "ORG"
    assert labels.get("Policía Municipal") == "ORG"
    assert any(n.startswith("Juzgado de Instrucción") and t == "ORG" for n, t in labels.items())


def test_unions_movements_and_clubs_named_by_their_head_noun_are_organisations():
    labels = entity_labels(
        "La Unión de Pequeños Ganaderos y el Frente Cívico de Brezal convocaron la marcha. "
        "El domingo, el Atlético Valdemora venció al Club Deportivo Brezal por dos a uno."
    )
    assert labels.get("Unión de Pequeños Ganaderos") == "ORG"
    assert labels.get("Frente Cívico de Brezal") == "ORG"
    assert labels.get("Atlético Valdemora") == "ORG"
    assert labels.get("Club Deportivo Brezal") == "ORG"


def test_two_bodies_joined_by_y_are_two_names():
    text = (
        "La Universidad de Brezal y la Universidad de Valdemora firmaron un convenio con la "
        "Asociación de Vecinos de San Telmo y la Fundación Tierra Viva. Las actuaciones del "
        "Grupo Tramontana y del Grupo Sirena se suspendieron."
    )
    labels = entity_labels(text)
    for name in (
        "Universidad de Brezal",
        "Universidad de Valdemora",
        "Asociación de Vecinos de San Telmo",
        "Fundación Tierra Viva",
        "Grupo Tramontana",
        "Grupo Sirena",
    ):
        assert labels.get(name) == "ORG", name
    for m in entity_mentions(text):
        assert text[m.start : m.end] == m.text


def test_a_listed_country_after_y_is_cut_from_a_body_and_keeps_its_type():
    labels = entity_labels("La Unión Soviética y Rusia firmaron aquel tratado.")
    assert labels.get("Unión Soviética") == "LOC"
    assert labels.get("Rusia") == "LOC"


def test_y_between_the_fields_a_body_covers_stays_inside_its_name():
    labels = entity_labels("El Ministerio de Pesca y Asuntos Marítimos publicó el informe.")
    assert labels.get("Ministerio de Pesca y Asuntos Marítimos") == "ORG"
    labels = entity_labels("La Comisión Nacional de los Puertos y la Navegación lo publicó.")
    assert labels.get("Comisión Nacional de los Puertos y la Navegación") == "ORG"


def test_an_acronym_after_an_article_is_a_bodys():
    labels = entity_labels(
        "Los comerciantes denunciaron ante la FGBZ el robo. El SATB y la CNBV investigan; "
        "la SSPB no respondió."
    )
    for acronym in ("FGBZ", "SATB", "SSPB"):
        assert labels.get(acronym) == "ORG", acronym


def test_a_listed_place_written_as_an_acronym_keeps_its_type():
    labels = entity_labels("Los vecinos de la CDMX protestaron ante la embajada de los EEUU.")
    assert labels.get("CDMX") == "LOC"
    assert labels.get("EEUU") == "LOC"


def test_an_acronym_in_a_headline_in_capitals_is_not_retyped_by_its_article():
    from contrasta.reading.entities import _acronym_after_article

    text = "ALERTA EN LA COSTA POR EL HURACAN\nEl viento sopló."
    start = text.index("HURACAN") - 3
    assert not _acronym_after_article(text, Mention("EL", "MISC", start - 3, start - 1, ""))
    text = "Lo anunció la SEB ayer."
    start = text.index("SEB")
    assert _acronym_after_article(text, Mention("SEB", "MISC", start, start + 3, ""))
    # a disease's acronym after an article stays what it is
    text = "El paciente tiene la COVID desde ayer."
    start = text.index("COVID")
    assert not _acronym_after_article(text, Mention("COVID", "MISC", start, start + 5, ""))


def test_a_company_is_named_by_its_legal_form_or_its_trades_noun():
    text = (
        "La empresa Construcciones Ferrán S.A. ganó el concurso. Aceros del Brezal, S.L. "
        "también se presentó, igual que Lácteos Rivera, que ya trabajó para Quesos Arriaga."
    )
    labels = entity_labels(text)
    assert labels.get("Construcciones Ferrán") == "ORG"  # its legal form cut from its name
    assert "Construcciones Ferrán S.A." not in labels
    assert labels.get("Aceros del Brezal") == "ORG"
    assert labels.get("Lácteos Rivera") == "ORG"
    assert labels.get("Quesos Arriaga") == "ORG"
    for m in entity_mentions(text):
        assert text[m.start : m.end] == m.text


def test_an_acronym_of_syllables_the_text_expands_elsewhere_is_that_body():
    from contrasta.reading.entities import _words, syllabic_acronym

    text = (
        "El Consejo Nacional de Ciencia y Tecnología de Brezal anunció nuevas becas. Según "
        "explicó su director, el Conacytb abrirá la convocatoria en marzo. Conacytb recibió "
        "quejas."
    )
    labels = entity_labels(text)
    assert labels.get("Conacytb") == "ORG"
    assert {m.canonical for m in entity_mentions(text) if m.text == "Conacytb"} == {
        "Consejo Nacional de Ciencia y Tecnología de Brezal"
    }
    body = _words("Instituto Nacional de Formación Profesional")
    assert syllabic_acronym("infop", body)
    assert not syllabic_acronym("cosio", _words("Consejo Nacional de Ciencia y Tecnología"))
    assert not syllabic_acronym("brezal", _words("Consejo Nacional de Brezal"))  # a word of it


def test_a_long_body_name_is_read_whole():
    text = "El Consejo Nacional de Ciencia y Tecnología de Brezal anunció nuevas becas."
    assert entity_labels(text).get("Consejo Nacional de Ciencia y Tecnología de Brezal") == "ORG"


def test_a_bodys_or_a_places_people_opening_a_sentence_are_no_part_of_its_name():
    labels = entity_labels(
        "El Servicio Médico Forense recibió el cuerpo. Personal del Semefo lo identificó. "
        "Vecinos de San Telmo denunciaron el caso. Trabajadores de Aceros Brezal protestan."
    )
    assert labels.get("Semefo") == "ORG"
    assert labels.get("San Telmo") == "LOC"
    assert labels.get("Aceros Brezal") == "ORG"
    assert not any(n.startswith(("Personal", "Vecinos", "Trabajadores")) for n in labels)


def test_a_bodys_purpose_after_its_head_word_is_part_of_its_name():
    labels = entity_labels(
        "La Fundación para la Defensa de los Derechos de la Infancia de Brezal lo denunció. "
        "La Plataforma por la Vivienda Digna y la Asociación contra el Cáncer de Valdemora "
        "protestaron."
    )
    assert labels.get("Fundación para la Defensa de los Derechos de la Infancia de Brezal") == (
        "ORG"
    )
    assert labels.get("Plataforma por la Vivienda Digna") == "ORG"
    assert labels.get("Asociación contra el Cáncer de Valdemora") == "ORG"


def test_the_fields_a_ministry_covers_listed_with_commas_are_its_name():
    text = "El Ministerio de Niñez, Juventud y Deporte de Brezal informó ayer."
    labels = entity_labels(text)
    assert labels.get("Ministerio de Niñez, Juventud y Deporte de Brezal") == "ORG"
    # a list of the places that acted is no list of fields: each is named apart
    labels = entity_labels("El Ministerio de Sanidad, Madrid y Valdemora acordaron el plan.")
    assert labels.get("Ministerio de Sanidad") == "ORG"
    assert labels.get("Madrid") == "LOC"


def test_an_outlet_named_by_its_noun_is_an_organisation():
    labels = entity_labels(
        "Lo publicó el Diario del Brezal y lo repitió Radio Valdemora, según la Revista "
        "Olmeda. Televisión Brezaleña emitió el vídeo."
    )
    for name in ("Diario del Brezal", "Radio Valdemora", "Revista Olmeda", "Televisión Brezaleña"):
        assert labels.get(name) == "ORG", name


def test_a_bracketed_acronym_keeping_a_left_out_honorifics_letter_is_the_bodys():
    labels = entity_labels(
        "La doctora Ana Gil, del Consejo Científico del Colegio Oficial de Farmacéuticos de "
        "Brezal (Icofab), recuerda que el Icofab ya lo avisó."
    )
    assert labels.get("Icofab") == "ORG"


def test_a_place_in_brackets_after_a_body_is_its_seat():
    labels = entity_labels("El Ayuntamiento de Olmedo (Valdemora) aprobó ayer el presupuesto.")
    assert labels.get("Ayuntamiento de Olmedo") == "ORG"
    assert labels.get("Valdemora") == "LOC"


def test_a_name_opening_with_an_organisations_head_word_is_no_persons():
    from contrasta.reading.entities import _person_shaped, as_people

    assert not _person_shaped("Radio Valdemora")
    assert not _person_shaped("Lácteos Rivera")
    assert _person_shaped("Ana Rivera")
    kept = Mention("Lácteos Rivera", "ORG", 0, 14, "Lácteos Rivera")
    assert as_people([kept], ["Lácteos Rivera"]) == [kept]


def test_an_acronym_of_a_thing_after_an_article_is_no_body():
    labels = entity_labels(
        "Según el informe, el PIB de Valdemora creció un 2 % y el IPC bajó. La empresa "
        "aplicó un ERTE a 300 trabajadores y pidió el DNI a los clientes."
    )
    assert labels.get("IPC") != "ORG"
    assert labels.get("DNI") != "ORG"
