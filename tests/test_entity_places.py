"""Places by evidence (bench/real_entities.py measures them on real text; bench/real/README.md,
the item of reading RULES 111): a common noun written with a capital after an article is no
place (`entities._unattested_places`), CLDR's countries, regions and cities are known
places (`contrasta.reading.places`), and (reading RULES 114) a name read as a place with no
sign of one in the text is none (`entities._unplaced`). Every sentence here is invented."""

from __future__ import annotations

from datetime import datetime

from conftest import entity_labels
from contrasta.dossier import story_entities
from contrasta.dossier.reading import read_article
from contrasta.model import RawDocument
from contrasta.prepare import prepare
from contrasta.reading.entities import (
    Mention,
    _acronym_labels,
    _unattested_places,
    resolve,
)
from contrasta.reading.inflection import is_common_word
from contrasta.reading.places import is_known_place


def test_a_common_noun_capitalised_after_an_article_is_no_place():
    text = (
        "La parroquia de Villaseca pedirá un donativo para la limpieza del Templo, según ha "
        "explicado el Obispo en una carta. El párroco Anselmo Ruiz recordó que la celebración "
        "del Matrimonio sigue siendo gratuita en Villaseca."
    )
    labels = entity_labels(text)
    assert "Templo" not in labels
    assert "Obispo" not in labels
    assert labels["Villaseca"] == "LOC"
    assert labels["Anselmo Ruiz"] == "PER"


def test_a_common_noun_after_its_article_stays_a_place_where_a_place_is_written():
    text = (
        "El alcalde de Torrelama, Anselmo Ruiz, dijo que sus planes para la Sanidad y para el "
        "Urbanismo tendrán efecto. Ruiz visitó el Ayuntamiento con los vecinos del Santuario."
    )
    labels = entity_labels(text)
    assert "Sanidad" not in labels
    assert "Santuario" not in labels
    assert labels["Torrelama"] == "LOC"
    # after a place's preposition, the same word is read as the model reads it
    labels = entity_labels("Ruiz durmió en el Santuario. Los vecinos de Torrelama lo esperaban.")
    assert labels.get("Santuario") == "LOC"


def test_a_name_the_dictionary_keeps_capitalised_is_no_common_word():
    assert is_common_word("Templo")
    assert is_common_word("Sanidad")
    assert not is_common_word("Vaticano")  # a name's entry: "el Vaticano" stays a place
    assert not is_common_word("Andes")
    assert not is_common_word("Antártica")  # an adjective's form, no noun's
    assert not is_common_word("Torrelama")  # unknown: no common word


def test_cldr_knows_countries_regions_and_cities_however_written():
    assert is_known_place("Palau")
    assert is_known_place("Cancún")
    assert is_known_place("CANCUN")
    assert is_known_place("Mexico City")  # a time zone's city, as its id spells it
    assert not is_known_place("Torrelama")
    assert not is_known_place("Mundo")


def test_a_surname_alone_joins_the_person_named_in_full_two_ways():
    """One name, one entity and one type: "Corvera" shortens both "Julián Andrés Corvera" and
    "Julián Andrés Corvera Ballesteros", which are one person (the first a short form of the
    second), so it joins them even where the model read it as a place."""
    found = [
        Mention("Corvera", "LOC", 0, 7, ""),
        Mention("Julián Andrés Corvera", "PER", 20, 41, ""),
        Mention("Julián Andrés Corvera Ballesteros", "PER", 60, 93, ""),
        Mention("Julián Andrés Corvera", "PER", 120, 141, ""),
        Mention("Corvera", "LOC", 160, 167, ""),
    ]
    canonical = resolve({"": found})
    assert canonical["Corvera"] == canonical["Julián Andrés Corvera Ballesteros"]
    assert canonical["Julián Andrés Corvera"] == canonical["Julián Andrés Corvera Ballesteros"]


def test_a_storm_named_after_its_kind_is_no_place():
    text = (
        "Las imágenes muestran la devastación del huracán Ofelina en Villaseca. El alcalde "
        "Anselmo Ruiz pidió ayuda tras el paso del huracán Ofelina."
    )
    labels = entity_labels(text)
    assert labels["Ofelina"] == "MISC"
    assert labels["Villaseca"] == "LOC"


def test_a_campaign_hashtag_is_listed_as_other():
    text = (
        "La cantante Marisol Trevane publicó un mensaje con las etiquetas #NiUnaBotellaMas y "
        "#SalvemosElRioBravo, y pidió a los vecinos de Villaseca limpiar la ribera. "
        "Trevane dijo que volverá a Villaseca en mayo."
    )
    raw = RawDocument(source="t", fmt="txt", text=text, title="Limpieza en Villaseca", lang="es")
    article = prepare(raw, now=datetime(2026, 3, 2, 12))
    entities, _, _ = story_entities([read_article(article)], articles=[article])
    labels = {e.name: e.label for e in entities}
    assert labels.get("NiUnaBotellaMas") == "MISC"
    assert labels.get("SalvemosElRioBravo") == "MISC"
    assert labels["Villaseca"] == "LOC"


def test_a_portfolio_after_de_is_no_place_and_a_place_noun_before_de_is_a_place():
    text = "Habló el secretario de Turismo. Luego viajó al estado de Colina con su equipo."
    found = [
        Mention("Turismo", "LOC", text.index("Turismo"), text.index("Turismo") + 7, ""),
        Mention("Colina", "LOC", text.index("Colina"), text.index("Colina") + 6, ""),
    ]
    assert is_common_word("Colina")
    labels = {"Turismo": "LOC", "Colina": "LOC"}
    assert _unattested_places(text, found, labels, celestial=set()) == {"Turismo"}


def test_an_acronym_the_text_says_are_its_letters_is_the_body_in_any_order():
    """'(WVCA, por sus siglas en inglés)': the letters follow the English name, not the
    Spanish one, and the text says whose they are."""
    text = "de la Asociación Ribereña de Clínicas Veterinarias (WVCA, por sus siglas en inglés)."
    body = "Asociación Ribereña de Clínicas Veterinarias"
    found = [
        Mention(body, "ORG", text.index(body), text.index(body) + len(body), ""),
        Mention("WVCA", "PER", text.index("WVCA"), text.index("WVCA") + 4, ""),
    ]
    labels = {body: "ORG", "WVCA": "PER"}
    assert _acronym_labels(text, found, labels) == {"WVCA": ("ORG", body)}


def test_a_title_in_quotes_after_a_work_noun_is_one_misc_name():
    text = (
        'La escritora Marisol Trevane presentó en Villaseca su libro "La vuelta de las '
        'Garzas", y mañana irá al programa "Buenos Días Ribera" para hablar de él.'
    )
    labels = entity_labels(text)
    assert labels["La vuelta de las Garzas"] == "MISC"
    assert labels["Buenos Días Ribera"] == "MISC"
    assert "Garzas" not in labels
    assert labels["Villaseca"] == "LOC"


def test_a_syllabic_acronym_after_la_is_a_body_not_a_person():
    labels = entity_labels(
        "Conavira advierte de fraude. Según la Conavira, cinco empresas vendían boletos "
        "falsos en Villaseca."
    )
    assert labels["Conavira"] == "ORG"
    assert labels["Villaseca"] == "LOC"


def test_a_name_read_as_a_place_with_no_sign_of_one_is_not_shown():
    """Nothing says Orbelia is a place (`entities._unplaced`): no place's preposition, noun,
    list, apposition or dateline; read as the model's catch-all MISC, the dossier leaves it
    out. ("El director de Orbelia" would say it is a body: `entities._member_of_body`.)"""
    text = "Las ventas de Orbelia crecieron. Según Tomás Vela, las de Orbelia crecerán más."
    assert entity_labels(text)["Orbelia"] == "MISC"
    raw = RawDocument(source="t", fmt="txt", text=text, title="Ventas de invierno", lang="es")
    article = prepare(raw, now=datetime(2026, 3, 2, 12))
    entities, _, _ = story_entities([read_article(article)], articles=[article])
    labels = {e.name: e.label for e in entities}
    assert "Orbelia" not in labels
    assert labels["Tomás Vela"] == "PER"


def test_a_place_written_as_the_press_writes_places_stays_one():
    """A place's preposition, an apposition naming its kind and a list with "o" next to
    another place are a place's signs."""
    labels = entity_labels(
        "Las ventas crecieron en Orbelia, dijo Tomás Vela. La fábrica de Ruvalde, la capital de "
        "la comarca, cerró. Llegaron camiones de Valdemora o Ruvalde."
    )
    assert labels["Orbelia"] == "LOC"
    assert labels["Ruvalde"] == "LOC"
