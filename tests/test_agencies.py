"""One list of agencies, three readers: the cleaner, outlet comparison and the speakers
agree on every agency, and the real differences (photo agencies, credit-only spellings,
names with another meaning) hold where they should."""

from __future__ import annotations

import pytest

from contrasta.agencies import AGENCIES, NEWS_AGENCIES
from contrasta.clean.rules import match_line
from contrasta.dedup.outlets import display_name, outlet_key
from contrasta.reading.gazetteer import load_gazetteer
from contrasta.reading.quotes import find_quotes


@pytest.mark.parametrize("spelling", [s for a in AGENCIES for s in a.spellings])
def test_every_spelling_is_a_photo_credit(spelling):
    assert match_line(f"Rodrigo Valdivieso/{spelling}").id == "photo-credit"
    assert match_line(f"Foto: {spelling}").id == "photo-credit"


@pytest.mark.parametrize("agency", ["Télam", "Notimex", "Cuartoscuro", "DPA"])
def test_a_glued_caption_credit_is_cut_for_every_agency(agency):
    line = f"Vecinos limpian la plaza tras la tormenta{agency}"
    assert match_line(line).id == "caption-agency"


@pytest.mark.parametrize("agency", ["Télam", "Notimex", "Prensa Latina"])
def test_an_agency_run_into_a_speaker_is_cut(agency):
    text = f'{agency} Rodrigo Valdivieso afirmó: "La cosecha será buena este año".'
    assert [q.speaker for q in find_quotes(text, "es")] == ["Rodrigo Valdivieso"]


def test_news_agencies_are_outlets_and_photo_agencies_are_not():
    assert outlet_key("Agencia Télam") == outlet_key("TELAM")
    assert display_name("agencia télam") == "Télam"
    assert "Cuartoscuro" not in NEWS_AGENCIES and "Télam" in NEWS_AGENCIES
    assert display_name("cuartoscuro") == "cuartoscuro"


def test_credit_only_spellings_stay_in_credits():
    assert match_line("Rodrigo Valdivieso/EP").id == "photo-credit"
    assert outlet_key("EP") != outlet_key("Europa Press")
    assert load_gazetteer().canonical("EP") is None


def test_a_name_with_another_meaning_is_listed_only_in_full():
    gazetteer = load_gazetteer()
    assert gazetteer.canonical("Andina") is None  # the Comunidad Andina's
    assert gazetteer.canonical("Agencia Andina") == "Agencia Andina"
    assert gazetteer.canonical("Télam") == "Télam"
