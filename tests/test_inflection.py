"""Inflected Spanish words by simplemma's dictionary, read from the kept list where it can."""

from __future__ import annotations

import pytest

from contrasta.reading.inflection import (
    OWN_LEMMAS,
    OWN_NAMES,
    _simplemma_inflected,
    is_inflected,
    listing,
    names_listing,
)
from contrasta.reading.rarity import rarity_table


@pytest.mark.parametrize(
    ("word", "inflected"),
    [
        ("consultado", True),  # a participle
        ("fuentes", True),  # a common plural
        ("vamos", True),
        ("puerto", False),  # common, its own lemma
        ("aquí", False),
        ("quimalzeta", False),  # rare and not a participle's ending: not looked up
    ],
)
def test_common_and_participle_forms(word, inflected):
    assert is_inflected(word) is inflected


def test_a_word_outside_the_list_is_asked_of_simplemma():
    outside = ["rezarandeado", "trasconsultando", "desconsultamos", "quimalzetado"]
    assert not any(w in rarity_table("es") for w in outside)  # the kept list cannot answer
    assert [is_inflected(w) for w in outside] == [_simplemma_inflected(w) for w in outside]


@pytest.mark.slow  # loads simplemma and wordfreq's frequencies of ~120,000 words
def test_the_kept_list_is_what_simplemma_and_wordfreq_say():
    assert OWN_LEMMAS.read_text(encoding="utf-8") == listing(), (
        "run `python -m contrasta.reading.inflection` to write the list again"
    )


@pytest.mark.slow  # loads simplemma
def test_the_kept_names_are_what_simplemma_says():
    assert OWN_NAMES.read_text(encoding="utf-8") == names_listing(), (
        "run `python -m contrasta.reading.inflection` to write the lists again"
    )
