"""The cheap checks that spare a sentence a costly pattern (a word every match holds, sought
with `str`) must never keep a pattern from a sentence it matches: written letters that
`re` reads as ASCII ones under IGNORECASE, which `str.lower` does not turn into them, send
the sentence to the pattern. Fictional text written for these tests."""

from __future__ import annotations

from datetime import datetime

from conftest import story_article
from contrasta.crosscheck import extract_claims
from contrasta.crosscheck.claims import _moved
from contrasta.crosscheck.genre import commentary
from contrasta.crosscheck.kin import kin_of, kin_relations
from contrasta.crosscheck.words import caseless, fold
from contrasta.reading.sentences import MAX_SENTENCE

LEAD = (
    "El puerto de Valdoria cerró este lunes sus tres muelles de carga por el temporal, "
    "según informó la Autoridad Portuaria."
)


def test_caseless_lowers_text_unless_re_reads_a_letter_otherwise():
    assert caseless("Seguirá INFORMANDO") == "seguirá informando"
    for text in ("Thıs story", "this ſtory", "İnformation"):
        assert caseless(text) is None


def _sentences(paragraphs: list[str]) -> list[str]:
    article = story_article("a1", "Diario Norte", paragraphs, datetime(2025, 3, 3))
    return [claim.sentence for claim in extract_claims(article)]


def test_a_service_line_is_left_out_however_its_letters_are_written():
    for line in (
        "Este artículo ha sido actualizado con las cifras de la Autoridad Portuaria.",
        "ESTE ARTÍCULO HA SIDO ACTUALIZADO CON LAS CIFRAS DE LA AUTORIDAD PORTUARIA.",
        "Este artículo ha sido actualızado con las cifras de la Autoridad Portuaria.",
    ):
        found = _sentences([LEAD, line])
        assert found and line not in found
    kept = "La Autoridad Portuaria actualizó este martes las cifras de los daños en los muelles."
    assert kept in _sentences([LEAD, kept])


def test_kin_is_read_however_the_kin_noun_is_cased():
    plain = "Los hermanos Adrián, Julián y Brayan Ferrol viajaban en la camioneta."
    expected = {(a, relation, b) for a, relation, b, _ in kin_relations(plain)}
    assert expected
    shouted = plain.replace("hermanos", "HERMANOS")
    assert {(a, relation, b) for a, relation, b, _ in kin_relations(shouted)} == expected
    assert kin_of("Las HIJAS de Jacqueline Vidal dieron negativo.")
    assert not kin_relations("Los vecinos de Adrián Ferrol viajaban en la camioneta.")


def test_a_moved_event_is_read_whichever_words_say_it():
    for clause in (
        "La cumbre de Valdoria se aplazó hasta el 3 de mayo.",
        "El pleno, previsto inicialmente para el lunes, será el martes.",
        "La final tendrá una nueva fecha tras el temporal.",
        "El concierto, originalmente previsto en marzo, se celebrará en abril.",
        "The Valdoria summit was rescheduled to May 3.",
        "The vote was brought forward to Monday.",
    ):
        assert _moved(fold(clause)), clause
    assert not _moved(fold("La cumbre de Valdoria se celebró el 3 de mayo."))


def test_a_text_cut_inside_a_word_still_counts_the_pieces_that_address_the_reader():
    # A stretch with no space is cut every MAX_SENTENCE characters, here just before "tu":
    # the piece addresses the reader though the text, read whole, has no word "tu".
    paragraph = "a" * (MAX_SENTENCE - 1) + "btu casa tiene tres muelles de carga."
    article = story_article("a1", "Diario Norte", [paragraph] * 4, datetime(2025, 3, 3))
    assert commentary(article)
