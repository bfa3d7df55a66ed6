"""Whole-text stem vectors: the weights their definition gives, to the bit."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from contrasta.reading.rarity import word_rarities
from contrasta.reading.vectors import STEM, TERMS, term_vector

WORDS = ["gobierno", "huelga", "estibadores", "quimal", "de", "y", "x", "2020", "la", "muelle"]


def _by_definition(tokens: list[str], lang: str) -> dict[str, float]:
    """(1 + ln count) x rarity for every word of two characters or more, in numpy, added
    up by stem in the order the words first occur; the TERMS heaviest stems, equal
    weights by stem, scaled to unit length."""
    counts = Counter(t for t in tokens if len(t) > 1)
    words = list(counts)
    weights = np.array([1.0 + math.log(counts[w]) for w in words])
    weights *= np.array(word_rarities(words, lang))
    stems: dict[str, float] = {}
    for weight, word in zip(weights.tolist(), words, strict=True):
        if weight > 0:
            stems[word[:STEM]] = stems.get(word[:STEM], 0.0) + weight
    ranked = sorted(((w, stem) for stem, w in stems.items()), key=lambda p: (-p[0], p[1]))
    ranked = ranked[:TERMS]
    norm = math.sqrt(sum(w * w for w, _ in ranked)) or 1.0
    return {stem: w / norm for w, stem in ranked}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(WORDS), st.text("abcdñé0", min_size=1, max_size=6)),
        max_size=300,
    )
)
def test_weights_are_those_of_the_definition(tokens):
    found = term_vector(tokens, "es")
    expected = _by_definition(tokens, "es")
    assert list(found.items()) == list(expected.items())


def test_a_word_repeated_past_the_table_of_counts_is_weighed_alike():
    found = term_vector(["quimal"] * 1500 + ["muelle"] * 1023 + ["huelga"], "es")
    assert list(found.items()) == list(
        _by_definition(["quimal"] * 1500 + ["muelle"] * 1023 + ["huelga"], "es").items()
    )


def test_words_read_stay_bounded_and_change_no_weight():
    """The words `term_vector` keeps read (`_ENTRIES`) are emptied at KNOWN: a week of
    made-up names does not grow memory, and a text read before and after weighs the same."""
    from contrasta.reading import vectors
    from contrasta.reading.rarity import KNOWN

    text = "la huelga de los estibadores del muelle de Quimal sigue y el gobierno calla".split()
    before = term_vector(text, "es")
    letters = "bcdfgjkpqvwxz"
    made_up = [
        "zor" + "".join(letters[n // 13**k % 13] for k in range(5)) for n in range(KNOWN + 10)
    ]
    for start in range(0, len(made_up), 500):
        term_vector(made_up[start : start + 500], "es")
    assert len(vectors._ENTRIES["es"]) < KNOWN
    assert list(term_vector(text, "es").items()) == list(before.items())
