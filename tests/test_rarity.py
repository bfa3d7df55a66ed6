"""Word rarity for any language an article may declare."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contrasta.reading.rarity import UNKNOWN, rarity, word_rarities


@pytest.mark.parametrize("lang", ["ja", "ko", "zh", "ru", "xx", None])
def test_any_declared_language_gets_a_rarity(lang):
    # Words with digits go through wordfreq's tokenizer, which for Japanese, Korean and
    # Chinese needs libraries that are not installed: a page declaring one of them once
    # stopped a whole run.
    values = word_rarities(["2020", "tokio", "東京"], lang)
    assert len(values) == 3
    assert all(0.0 <= value <= UNKNOWN for value in values)


def test_common_words_are_less_rare_than_names():
    assert rarity("gobierno", "es") < rarity("estibadores", "es") < rarity("quimalzeta", "es")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_table_holds_wordfreqs_own_frequencies(lang):
    """The table is read bucket by bucket; wordfreq's word -> frequency dictionary gives the
    same words and values."""
    import math

    from wordfreq import get_frequency_dict

    from contrasta.reading.rarity import RARE_ZIPF, TOP_ZIPF, rarity_table

    expected = {
        word: max(0.0, TOP_ZIPF - (math.log10(frequency) + 9))
        for word, frequency in get_frequency_dict(lang).items()
        if math.log10(frequency) + 9 >= RARE_ZIPF
    }
    assert rarity_table(lang) == expected


PLAIN_CASES = [
    "gobierno",
    "estibadores",
    "quimalzeta",  # in no list
    "lucía ferrán",  # a name: several words
    "sindicato unificado de estibadores",
    "12 muertos",
    "2020",  # numbers: wordfreq's estimate for digits of their length
    "2087",
    "007",
    "3",
    "the minister said",
    "Gobierno",  # a sentence's opening word, a name: wordfreq folds the case
    "Lucía Ferrán",
    "ESTIBADORES",
    "Quimalzeta 12",
]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_plain_texts_get_wordfreqs_zipf(lang):
    import wordfreq

    from contrasta.reading.rarity import zipf_frequency

    for text in PLAIN_CASES:
        assert zipf_frequency(text, lang) == wordfreq.zipf_frequency(text, lang), text


def test_characters_lower_cased_into_plain_letters_are_wordfreqs_too():
    """Every character that lower-cases into `_PLAIN`'s letters (capitals, the Kelvin sign)
    is tokenised by wordfreq as its lower-case form."""
    import sys

    import wordfreq

    from contrasta.reading.rarity import _PLAIN

    folding = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if c != c.lower() and _PLAIN.fullmatch(c.lower())
    ]
    assert len(folding) > 26
    for lang in ("es", "en"):
        assert [wordfreq.tokenize(f"{c}ab", lang) for c in folding] == [
            [f"{c.lower()}ab"] for c in folding
        ]


@pytest.mark.parametrize("text", ["Jong-un", "o'higgins", "Straße", "6,4", "señor  y", ""])
def test_other_texts_are_wordfreqs_to_read(text):
    import wordfreq

    from contrasta.reading.rarity import zipf_frequency

    assert zipf_frequency(text, "es") == wordfreq.zipf_frequency(text, "es")
    assert zipf_frequency(text, "ca") == wordfreq.zipf_frequency(text, "ca")


@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnñopqrstuvwxyzáéíóúü", min_size=1, max_size=12)
        | st.text(alphabet="0123456789", min_size=1, max_size=6),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["es", "en"]),
)
@settings(max_examples=300, deadline=None)
def test_generated_plain_texts_get_wordfreqs_zipf(words, lang):
    import wordfreq

    from contrasta.reading.rarity import zipf_frequency

    text = " ".join(words)
    assert zipf_frequency(text, lang) == wordfreq.zipf_frequency(text, lang)


@pytest.mark.slow  # every plain word of two lists in three cases, ~20 CPU s each
@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_plain_word_of_the_list_gets_wordfreqs_zipf(lang):
    import wordfreq

    from contrasta.reading.rarity import _PLAIN, word_list, zipf_frequency

    words = [w for w in word_list(lang).words if _PLAIN.fullmatch(w)]
    assert len(words) > 250_000
    forms = [form for w in words for form in (w, w.capitalize(), w.upper())]
    wrong = [w for w in forms if zipf_frequency(w, lang) != wordfreq.zipf_frequency(w, lang)]
    assert not wrong, wrong[:10]
