"""Word rarity for any language an article may declare."""

from __future__ import annotations

import pytest

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
