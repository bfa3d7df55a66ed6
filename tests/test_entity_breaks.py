"""Where a name stops: at a line break, at a dateline's stop and dash, at a data set's mask
(bench/real_entities.py, bench/real/README.md item 99, measures them on real text). Every
sentence here is invented."""

from __future__ import annotations

from contrasta.reading.entities import Reader
from contrasta.reading.nlp import load_pipeline


def _mentions(text: str, lang: str = "es") -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in Reader(load_pipeline(lang)).mentions(text)]


def test_a_name_stops_at_a_paragraph_break():
    text = (
        "Murió también el secretario particular, Julián Prado Mena\n\nDos funcionarios más "
        "viajaban en la aeronave."
    )
    found = _mentions(text)
    assert all("\n" not in name for name, _ in found)
    assert not any("Dos" in name for name, _ in found)


def test_a_name_stops_at_a_datelines_stop_and_dash():
    text = "Montecierzo, Valle Alto.- Orina de rata en los depósitos, alertó Sanidad."
    found = _mentions(text)
    assert not any("Orina" in name for name, _ in found)
    assert not any(".-" in name for name, _ in found)


def test_a_masked_number_is_no_name_and_no_part_of_one():
    text = (
        "Villaserena ganó la Copa *NUMBER* ante *NUMBER* aficionados. El club pagó *NUMBER* "
        "pesos a Tomás Ibarra y llamó al *PHONE* para confirmar."
    )
    found = dict(_mentions(text))
    assert not any("NUMBER" in name or "PHONE" in name or "*" in name for name in found)
    assert found.get("Tomás Ibarra") == "PER"
    assert "Copa" in found  # the name before the mask is kept


def test_asterisks_around_a_lowercase_word_are_no_mask():
    # emphasis, not a placeholder: the name beside it is read as before
    found = dict(_mentions("La alcaldesa Noelia Garrido dijo que el plan *no* cambia."))
    assert found.get("Noelia Garrido") == "PER"


def test_a_capitalised_article_the_text_writes_inside_the_name_stays_at_a_line_start():
    text = (
        "Los Llanos de Aridane, 4 feb (AAN).- El Cabildo firmó hoy en Los Llanos de Aridane "
        "el acuerdo. La Fiscalía abrió una investigación y lo confirmó la Fiscalía."
    )
    found = [name for name, _ in _mentions(text)]
    assert found.count("Los Llanos de Aridane") == 2  # the dateline's too
    assert "Llanos de Aridane" not in found
    assert "La Fiscalía" not in found  # "la Fiscalía" mid-sentence: the article is no part


def test_a_state_named_as_a_republic_is_a_place():
    text = (
        "El Gobierno firmó el acuerdo con la República del Congo y la República Democrática "
        "de Malavia, dijo el ministro."
    )
    found = dict(_mentions(text))
    assert found["República del Congo"] == "LOC"
    assert found["República Democrática de Malavia"] == "LOC"


def test_a_name_stops_at_a_bar_between_page_fields():
    # a byline and its stamp, glued when a page's lines were flattened
    found = _mentions("Por Daniel Ortuño | Actualizado 12/08/2026 09:14\n\nLa alcaldesa habló.")
    assert ("Daniel Ortuño", "PER") in found
    assert not any("|" in name or "Actualizado" in name for name, _ in found)


def test_a_month_after_a_days_number_is_no_name():
    text = (
        "VALDELORA, 14 Ago. (Andina) - Un incendio forestal obligó a desalojar a 300 vecinos "
        "de dos aldeas, informó la alcaldesa Abril Menéndez tras la marcha del 3 de Mayo."
    )
    found = dict(_mentions(text))
    assert "Ago" not in found
    assert "Mayo" not in found
    assert found.get("Abril Menéndez") == "PER"  # a month's word in a name is kept
