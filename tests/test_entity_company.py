"""What the names around a name say of its kind (`contrasta.reading.entity_company`): a list
of people, a quoted nickname inside a person's name, the Sun of an astronomy piece, a club's
plural nickname and its city; and a name headed by an event's or a law's noun
(`entities._event_named`). bench/real_entities.py measures them on real text
(bench/real/README.md, the item of reading RULES 109). Every sentence here is invented."""

from __future__ import annotations

from conftest import entity_labels
from contrasta.reading.entities import Mention, _event_named
from contrasta.reading.entity_company import (
    celestial_bodies,
    club_of_city,
    listed_with_people,
    quoted_nicknames,
)


def _found(text: str, *named: tuple[str, str]) -> list[Mention]:
    """Mentions of the given names at their first occurrence in the text."""
    found = []
    for name, label in named:
        start = text.index(name)
        found.append(Mention(name, label, start, start + len(name), ""))
    return found


def test_one_word_names_listed_among_people_are_people():
    text = (
        "Al estreno asistieron Ricardo Peralta, Valdoria, Sofía Ugalde, Tepanzia, Mariano "
        "Ruelas y Olmecatl, entre otros creadores de videos."
    )
    labels = entity_labels(text)
    assert labels["Valdoria"] == "PER"
    assert labels["Olmecatl"] == "PER"


def test_a_list_of_places_named_after_people_stays_places():
    text = "Iztalpa, Benito Juárez, Cuaxtla, Venustiano Carranza, Tlacopa y Ocotlán."
    found = _found(
        text,
        ("Iztalpa", "LOC"),
        ("Benito Juárez", "LOC"),
        ("Cuaxtla", "LOC"),
        ("Venustiano Carranza", "LOC"),
        ("Tlacopa", "LOC"),
        ("Ocotlán", "LOC"),
    )
    assert listed_with_people(text, found) == set()  # four one-word places, two full names
    after_noun = "En las colonias Valdoria, Sofía Ugalde y Mariano Ruelas no hubo luz."
    found = _found(
        after_noun, ("Valdoria", "LOC"), ("Sofía Ugalde", "PER"), ("Mariano Ruelas", "PER")
    )
    assert listed_with_people(after_noun, found) == set()


def test_a_town_and_its_state_and_a_place_named_elsewhere_stay_places():
    text = "Firmaron Emiliano Zapata, Tabasco, Luis Mayo Castro y Ana Gil. En Brezal llovió."
    found = _found(
        text,
        ("Emiliano Zapata", "LOC"),
        ("Tabasco", "LOC"),
        ("Luis Mayo Castro", "PER"),
        ("Ana Gil", "PER"),
    )
    assert listed_with_people(text, found) == set()  # "Tabasco" after a town and a comma
    text = "Llegaron Ana Gil, Brezal, Luis Mayo, Olmeda y Sara Ortiz. En Brezal llovió."
    found = _found(
        text,
        ("Ana Gil", "PER"),
        ("Brezal", "LOC"),
        ("Luis Mayo", "PER"),
        ("Olmeda", "LOC"),
        ("Sara Ortiz", "PER"),
    )
    assert listed_with_people(text, found) == {"Olmeda"}  # "En Brezal": a place


def test_a_quoted_nickname_beside_a_persons_name_is_the_persons():
    text = (
        'El candidato independiente Ramiro Salcedo Durán, "El Potrillo", obtuvo el nueve por '
        "ciento de los votos, según la encuesta."
    )
    assert entity_labels(text)["Potrillo"] == "PER"
    text = (
        'Detuvieron a Joaquín "El Tecolote" Barragán en Culiacán. La fiscalía dijo que '
        '"El Tecolote" dirigía la banda.'
    )
    assert entity_labels(text)["Tecolote"] == "PER"  # the model found only the second mention


def test_a_quoted_name_after_a_comma_and_no_person_is_no_nickname():
    text = 'La obra se llama, "El Mirador", y abre el lunes.'
    assert quoted_nicknames(text, []) == set()


def test_the_sun_of_an_astronomy_piece_is_a_place():
    text = (
        "Este año estaremos en el punto más lejano al Sol el cinco de julio. Ese día la "
        "Tierra pasará por el afelio."
    )
    assert entity_labels(text)["Sol"] == "LOC"


def test_the_sun_named_alone_or_in_a_longer_name_says_nothing():
    assert celestial_bodies("Cantó el Sol en el palenque y la gente lo ovacionó.") == set()
    outlet = "Lo publicó el Sol de Brezal: la Tierra tiembla y la Luna no se ve."
    assert celestial_bodies(outlet) == {outlet.index("Tierra"), outlet.index("Luna")}


def test_a_clubs_plural_nickname_and_its_city_in_a_sports_text_is_a_team():
    text = (
        "Los Gallos de Tepatitlán vencieron en el último juego de la temporada y el equipo "
        "se quedó con el campeonato."
    )
    assert entity_labels(text)["Gallos de Tepatitlán"] == "ORG"


def test_a_plural_place_or_event_noun_is_no_clubs_nickname():
    text = "Los aficionados del equipo visitaron las Ramblas de Brezal antes del partido."
    start = text.index("Ramblas")
    ramblas = Mention("Ramblas de Brezal", "LOC", start, start + 17, "")
    assert not club_of_city(text, ramblas)
    quiet = "Los turistas visitaron los Gallos de Tepatitlán, un mercado antiguo."
    start = quiet.index("Gallos")
    assert not club_of_city(quiet, Mention("Gallos de Tepatitlán", "LOC", start, start + 20, ""))


def test_a_name_headed_by_an_events_or_a_laws_noun_is_misc():
    labels = entity_labels("Olmeda fue ocupada durante la Segunda Guerra Mundial y reconstruida.")
    assert labels["Segunda Guerra Mundial"] == "MISC"  # read as a person's
    assert entity_labels("La reforma al Código Penal de Brezal fue aprobada ayer.") == {
        "Código Penal de Brezal": "MISC"  # read as a place
    }
    text = (
        "El III Concurso de Escaparates de Primavera organizado por el Ayuntamiento de "
        "Olmeda premió a tres tiendas."
    )
    assert entity_labels(text)["III Concurso"] == "MISC"  # a Roman ordinal before its head


def test_a_league_is_a_competition_only_by_its_brand_in_a_sports_text():
    assert _event_named("Los aficionados y el entrenador, en la temporada.", "Liga Brezalia")
    assert not _event_named("Los aficionados y el entrenador.", "Liga Nacional de Futbol")
    assert not _event_named("Sus seguidores votaron en el congreso.", "Liga Brezalia")
