"""A squad's or a staff's capitalised noun run into a club's name, and a company that
writes its brand with a capital inside (bench/real_entities.py, bench/real/README.md item
101, measures them on real text). Every sentence here is invented."""

from __future__ import annotations

from conftest import entity_labels, entity_mentions
from contrasta.reading.entities import Mention, _brand_shaped, _without_squad_head


def test_a_squads_capitalised_noun_is_cut_from_the_clubs_name():
    text = (
        "Jugadores de Gaviotas exigen a la directiva el pago de sus sueldos\nLos futbolistas "
        "no entrenaron en el estadio y la afición los apoyó. El Director Técnico de los "
        "Halcones, Germán Ortuño, pidió calma antes del partido."
    )
    labels = entity_labels(text)
    assert "Jugadores de Gaviotas" not in labels
    assert not any(name.startswith("Director") for name in labels)
    assert labels.get("Halcones") == "ORG"  # "el Director Técnico de los Halcones"


def test_the_cut_keeps_offsets_and_leaves_other_names_whole():
    text = "Ayer. Jugadores de Gaviotas protestaron; Centro de Salud Norte abrió."
    start = text.index("Jugadores")
    found = [
        Mention("Jugadores de Gaviotas", "PER", start, start + 21, ""),
        Mention("Centro de Salud Norte", "LOC", 41, 62, ""),
    ]
    cut = _without_squad_head(found)
    assert (cut[0].text, text[cut[0].start : cut[0].end]) == ("Gaviotas", "Gaviotas")
    assert cut[1] == found[1]
    # a squad's noun alone, nothing after it: no name to keep, left as it is
    alone = [Mention("Directiva", "ORG", 0, 9, "")]
    assert _without_squad_head(alone) == alone


def test_a_word_with_a_capital_inside_is_a_brands_shape():
    assert _brand_shaped("TicketRápido")
    assert _brand_shaped("ViajaFácil")
    assert not _brand_shaped("McAllister")  # a surname's "Mc"
    assert not _brand_shaped("MacPherson")
    assert not _brand_shaped("Montecierzo")
    assert not _brand_shaped("ONU")
    assert not _brand_shaped("Ana Gil")


def test_a_company_named_alone_with_a_capital_inside_is_an_organisation():
    text = (
        "Los usuarios denunciaron cobros dobles en la reventa. En Lagunilla, los boletos se "
        "vendían en VentaBoleto a precios tres veces mayores, dijo la procuraduría."
    )
    labels = entity_labels(text)
    assert labels["VentaBoleto"] == "ORG"  # not a place, as the model reads it
    assert labels.get("Lagunilla") != "ORG"


def test_a_competition_written_as_a_brand_is_no_company():
    text = (
        "Los goles del delantero dieron la victoria en el estadio y la afición celebró. El "
        "club suma doce puntos en la LigaSur y jugará la SuperCopa en marzo."
    )
    labels = entity_labels(text)
    assert labels.get("LigaSur") != "ORG"
    assert labels.get("SuperCopa") != "ORG"


def test_a_body_named_for_its_purpose_is_one_name_across_para_and_y():
    text = (
        "Esa es la conclusión de un trabajo hecho en el Centro para Estudios y Prevención de "
        "Incendios del Instituto Forestal Central en Valdemora, según la revista."
    )
    mentions = entity_mentions(text)
    labels = {m.text: m.label for m in mentions}
    whole = "Centro para Estudios y Prevención de Incendios"
    assert labels.get(whole) == "ORG", labels
    assert labels.get("Instituto Forestal Central") == "ORG"
    assert "Centro" not in labels
    assert "Estudios" not in labels


def test_para_after_no_purposes_head_or_before_a_person_joins_nothing():
    from contrasta.reading.entities import _joined_bodies

    text = "Las ayudas del Gobierno para Valdemora y Lagunilla; la Fundación para Ana Gil."
    found = [
        Mention("Gobierno", "ORG", 15, 23, ""),
        Mention("Valdemora", "LOC", 29, 38, ""),
        Mention("Lagunilla", "LOC", 41, 50, ""),
        Mention("Fundación", "ORG", 55, 64, ""),
        Mention("Ana Gil", "PER", 70, 77, ""),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert _joined_bodies(text, found) == found
