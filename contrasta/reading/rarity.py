"""How informative a word or name is, from general-language frequencies (wordfreq).

Document frequencies counted over the articles seen so far say little while few articles
have been seen, and they change with arrival order, so the same articles would score
differently in one run or in three. A fixed frequency list gives every run the same
weights: "gobierno" says little about which story an article belongs to, "estibadores"
says more, a name never seen in general text ("Quimal") says most.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

# wordfreq tokenizes Japanese and Korean with MeCab and Chinese with jieba, which are not
# installed (and a page may declare any language): those fall back to the default list,
# where every word is simply unknown.
_NEEDS_TOKENIZER = frozenset({"ja", "ko", "zh"})
TOP_ZIPF = 7.0  # "de", "la", "the": as frequent as words get
RARE_ZIPF = 2.0
"""Words rarer than this (about one in a hundred million) all count as unknown ones: the
list's tail is mostly typos and one-off forms, and dropping it keeps each language's table
to ~120,000 words (~15 MB)."""
CACHED = 20_000
"""Terms whose rarity is kept (~250 bytes each): grouping asks about the names of the
stories open in one week, a few thousand, so memory does not grow with the archive."""


@cache
def _known() -> frozenset[str]:
    """wordfreq is imported on first use: `show` and the web app load this module for
    its types and never look a word up."""
    from wordfreq import available_languages

    return frozenset(available_languages()) - _NEEDS_TOKENIZER


def _language(lang: str | None) -> str:
    return lang if lang in _known() else "es"


@lru_cache(maxsize=CACHED)
def rarity(term: str, lang: str | None) -> float:
    """0 for the commonest words, up to 7 for words absent from general text."""
    from wordfreq import zipf_frequency

    return max(0.0, TOP_ZIPF - zipf_frequency(term, _language(lang)))


@cache
def rarity_table(lang: str) -> dict[str, float]:
    """Rarity of each word of the language's list down to RARE_ZIPF, looked up without
    wordfreq's tokenizer (which costs ~40 µs a call). Read from the list's buckets (one
    per centibel, each word in one, commonest first) a bucket at a time: the same values
    as from `get_frequency_dict`, which sets every word of the list one by one (~0.35 CPU
    s for Spanish; this, ~0.1)."""
    from wordfreq import get_frequency_list

    table: dict[str, float] = {}
    for index, bucket in enumerate(get_frequency_list(lang)):
        zipf = math.log10(10 ** (-index / 100)) + 9  # wordfreq's cB_to_freq, on the Zipf scale
        if zipf < RARE_ZIPF:
            break
        table.update(dict.fromkeys(bucket, max(0.0, TOP_ZIPF - zipf)))
    return table


UNKNOWN = TOP_ZIPF - RARE_ZIPF


def word_rarities(words: list[str], lang: str | None) -> list[float]:
    """Rarity of each lowercase word, from 0 up to UNKNOWN for a word the list does not
    know. Words with digits go through wordfreq, which spreads a number's frequency over
    its digits ("2020" is commoner than "2917")."""
    table = rarity_table(_language(lang))
    return [
        table.get(word, UNKNOWN) if word.isalpha() else min(UNKNOWN, rarity(word, lang))
        for word in words
    ]
