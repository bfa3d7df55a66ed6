"""Bodies the model does not read (bench/real_entities.py measures them on real text;
bench/real/README.md, the item of reading RULES 113): where Spanish writes a body's name, a
name the model left unread is an organisation (`entities._unread_bodies`); a body's acronym
of two words' syllables joins its full name (`entities.resolve`); a list's last two bodies
read as one are two (`entities._ends_a_list`). Every sentence here is invented."""

from __future__ import annotations

from conftest import entity_labels, entity_mentions
from contrasta.reading.entities import syllabic_acronym


def test_a_name_after_an_outlet_noun_is_an_organisation_the_model_left_unread():
    text = "Los datos fueron publicados por el diario Tribuna en su edición del domingo."
    assert entity_labels(text) == {"Tribuna": "ORG"}


def test_an_acronym_in_capitals_after_an_article_is_an_organisation():
    text = "La propuesta fue rechazada por el PRV y apoyada por los concejales independientes."
    assert entity_labels(text) == {"PRV": "ORG"}


def test_an_amount_s_unit_and_a_name_s_last_word_are_no_body():
    text = (
        "La ayuda llegó a los USD*NUMBER* millones, según el Congreso de la Unión, y la "
        "Cámara de la Provincia de Valdemora votó a favor."
    )
    labels = entity_labels(text)
    assert "USD" not in labels
    assert "Unión" not in labels


def test_a_secretariat_s_acronym_of_two_words_syllables_joins_its_full_name():
    text = (
        "Cinco funcionarios de la Semar viajaron a Valdemora, dijo el secretario de Marina "
        "(Semar). Más tarde, la Secretaría de Marina confirmó la visita."
    )
    semar = [m for m in entity_mentions(text) if m.text == "Semar"]
    assert semar and all(m.label == "ORG" for m in semar)
    assert {m.canonical for m in semar} == {"Secretaría de Marina"}


def test_two_words_giving_letters_are_too_few_for_a_short_acronym():
    assert syllabic_acronym("sectur", ("secretaria", "de", "turismo"), least=2)
    assert not syllabic_acronym("sectur", ("secretaria", "de", "turismo"))


def test_a_list_s_last_two_bodies_read_as_one_are_two():
    text = (
        "La alianza la forman el PAN, el Partido Ciudadano y Nueva Mayoría, dijo la dirigente "
        "Ana Gil. El premio lo entregó la Fundación Ciencia y Tecnología."
    )
    labels = entity_labels(text)
    assert labels["Partido Ciudadano"] == "ORG"
    assert labels["Nueva Mayoría"] == "ORG"
    assert "Partido Ciudadano y Nueva Mayoría" not in labels
    assert labels["Fundación Ciencia y Tecnología"] == "ORG"  # no list before it: one name
