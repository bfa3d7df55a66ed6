"""Organisations by evidence (bench/real/README.md, the item of reading RULES 116): a name
after a body's member's noun ("el líder de X", "los militantes del X") is a body's; a
portfolio after a former office holder's title ("el exsecretario de Hacienda") is no name;
a Spanish article in capitals is no listed acronym ("A UN TRAIDOR"); a name in a list of
bodies is a body ("Amazon, Apple y Samsung"). Every sentence here is invented."""

from __future__ import annotations

from conftest import entity_labels, entity_mentions


def test_a_name_after_a_body_members_noun_is_a_body():
    labels = entity_labels(
        "El líder de Renovación, Anselmo Ruiz, dijo que votará. Los militantes de Avanza "
        "Ribera protestaron y el candidato de Brezalia no habló."
    )
    assert labels["Renovación"] == "ORG"
    assert labels["Avanza Ribera"] == "ORG"
    assert labels["Brezalia"] == "ORG"
    assert labels["Anselmo Ruiz"] == "PER"


def test_a_person_after_a_members_noun_or_a_persons_noun_stays_a_person():
    labels = entity_labels(
        "La candidata de Brezalia, Noelia Garrido, llegó tarde. La esposa de Tomás Ibarra la "
        "esperaba."
    )
    assert labels["Noelia Garrido"] == "PER"
    assert labels["Tomás Ibarra"] == "PER"


def test_a_team_named_after_its_board_is_a_body():
    labels = entity_labels(
        "Los directivos del Deportivo Ribera se reunieron. La directiva del Ribera negó el "
        "fichaje del delantero."
    )
    assert labels["Ribera"] == "ORG"


def test_a_portfolio_after_a_former_holders_title_is_no_name():
    labels = entity_labels(
        "El exsecretario de Hacienda dijo que no. La secretaria de Turismo, Carla Méndez, votó."
    )
    assert "Hacienda" not in labels
    assert labels["Carla Méndez"] == "PER"


def test_an_article_in_capitals_is_no_listed_acronym():
    mentions = entity_mentions(
        "ALARMA EN VILLASERENA POR UN TRAIDOR\n\nEl presidente Kim Jong-un visitó Villaserena. "
        "Kim Jong-un habló."
    )
    assert "UN" not in {m.text for m in mentions}
    assert {m.canonical for m in mentions if m.text == "Kim Jong-un"} == {"Kim Jong-un"}


def test_a_name_in_a_list_of_bodies_is_a_body():
    labels = entity_labels(
        "La multa alcanza a varias compañías, incluidas Brezalia, Facebook, Twitter y Netflix. "
        "Brezalia no respondió."
    )
    assert labels["Brezalia"] == "ORG"


def test_a_person_in_a_list_of_bodies_stays_a_person():
    labels = entity_labels("Firmaron la carta Noelia Garrido, Facebook y Twitter.")
    assert labels["Noelia Garrido"] == "PER"


def test_a_place_after_a_noun_only_a_body_has_is_a_body():
    labels = entity_labels("Los directivos del Guadalajara negaron el fichaje del delantero.")
    assert labels["Guadalajara"] == "ORG"


def test_a_state_after_its_deputies_or_a_country_after_its_leader_is_no_body():
    labels = entity_labels("Los diputados de Querétaro votaron. El líder de Corea del Norte habló.")
    assert labels.get("Querétaro") != "ORG"
    assert labels["Corea del Norte"] == "LOC"
