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
