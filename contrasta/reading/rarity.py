"""How informative a word or name is, from general-language frequencies (wordfreq).

Document frequencies counted over the articles seen so far say little while few articles
have been seen, and they change with arrival order, so the same articles would score
differently in one run or in three. A fixed frequency list gives every run the same
weights: "gobierno" says little about which story an article belongs to, "estibadores"
says more, a name never seen in general text ("Quimal") says most.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from itertools import repeat

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
    return max(0.0, TOP_ZIPF - zipf_frequency(term, _language(lang)))


_PLAIN = re.compile(r"(?:[a-zñáéíóúü]+|[0-9]+)(?: (?:[a-zñáéíóúü]+|[0-9]+))*")
PLAIN_LANGUAGES = frozenset({"es", "en"})
"""Where a text of Spanish letters and digits, words one space apart, that lower-cases to
`_PLAIN` is split by wordfreq's tokenizer at its spaces and lower-cased (its normal form,
case folded): checked on every such word of both lists, capitalised and in capitals, on
every character that lower-cases into `_PLAIN`, and on generated texts."""


def zipf_frequency(text: str, lang: str) -> float:
    """wordfreq's `zipf_frequency(text, lang)`. A plain text (`_PLAIN` once lower-cased:
    "Quimal" opening a sentence, "gobierno") in one of PLAIN_LANGUAGES is looked up here, in
    the list's buckets, with wordfreq's own arithmetic for numbers, several words and
    rounding: no tokenizer (~40 µs a call) and no word -> frequency dictionary (~0.3 CPU s
    to build, for Spanish). Anything else is wordfreq's."""
    import wordfreq

    folded = text.lower()
    if lang not in PLAIN_LANGUAGES or not _PLAIN.fullmatch(folded):
        return wordfreq.zipf_frequency(text, lang)
    return round(wordfreq.freq_to_zipf(_frequency(folded.split(" "), lang)), 2)


def _frequency(tokens: list[str], lang: str) -> float:
    """wordfreq's `_word_frequency` for tokens it would read as they are, minimum 0 Zipf."""
    from wordfreq import cB_to_freq, zipf_to_freq
    from wordfreq.numbers import digit_freq, smash_numbers

    minimum = zipf_to_freq(0.0)
    buckets = _buckets(lang)
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        if smashed not in buckets:
            return minimum
        freq = cB_to_freq(-buckets[smashed])
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    unrounded = max(1.0 / one_over_result, minimum)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


@cache
def _buckets(lang: str) -> dict[str, int]:
    """Each word of the language's list with its bucket: bucket i holds the words of
    frequency 10^(-i/100). A word listed twice keeps its last bucket, as in wordfreq's
    dictionary."""
    from wordfreq import get_frequency_list

    found: dict[str, int] = {}
    for index, bucket in enumerate(get_frequency_list(lang)):
        found.update(zip(bucket, repeat(index)))
    return found


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
