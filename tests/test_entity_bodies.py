"""Bodies the model does not read (bench/real_entities.py measures them on real text;
bench/real/README.md, the item of reading RULES 113): where Spanish writes a body's name, a
name the model left unread is an organisation (`entities._unread_bodies`). Every sentence
here is invented."""

from __future__ import annotations

from conftest import entity_labels


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
