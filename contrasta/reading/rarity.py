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
from array import array
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from itertools import accumulate, repeat
from typing import Any

# wordfreq tokenizes Japanese and Korean with MeCab and Chinese with jieba, which are not
# installed (and a page may declare any language): those fall back to the default list,
# where every word is simply unknown.
_NEEDS_TOKENIZER = frozenset({"ja", "ko", "zh"})
TOP_ZIPF = 7.0  # "de", "la", "the": as frequent as words get
RARE_ZIPF = 2.0
"""Words rarer than this (about one in a hundred million) all count as unknown ones: the
list's tail is mostly typos and one-off forms (the rarity table of Spanish keeps ~120,000
of its 342,000 words)."""
CACHED = 20_000
"""Terms whose rarity is kept (~250 bytes each): grouping asks about the names of the
stories open in one week, a few thousand, so memory does not grow with the archive."""


@cache
def _known() -> frozenset[str]:
    """wordfreq's languages, kept in the cache folder (importing wordfreq costs ~0.15 CPU
    s): `show` and the web app load this module for its types and never look a word up."""
    return frozenset(_stored("languages", _languages)) - _NEEDS_TOKENIZER


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
    the list as kept (`WordList`), with wordfreq's own arithmetic for numbers, several words
    and rounding: no tokenizer (~40 µs a call), no word -> frequency dictionary (~0.3 CPU s
    to build, for Spanish) and no import of wordfreq. Anything else is wordfreq's."""
    folded = text.lower()
    if lang not in PLAIN_LANGUAGES or not _PLAIN.fullmatch(folded):
        import wordfreq

        return wordfreq.zipf_frequency(text, lang)
    # wordfreq's freq_to_zipf, rounded as its zipf_frequency rounds
    return round(math.log(_frequency(folded.split(" "), lang), 10) + 9, 2)


def _frequency(tokens: list[str], lang: str) -> float:
    """wordfreq's `_word_frequency` for tokens it would read as they are, minimum 0 Zipf. A
    number of two digits or more is read as wordfreq reads it (`smash_numbers`): its digits
    as zeroes looked up in the list, times wordfreq's estimate for those digits."""
    words = word_list(lang)
    minimum = words.minimum
    one_over_result = 0.0
    for token in tokens:
        number = len(token) > 1 and token.isdigit()
        smashed = "0" * len(token) if number else token
        bucket = words.bucket(smashed)
        if bucket is None:
            return minimum
        freq = words.freqs[bucket]
        if smashed != token:
            freq *= words.digit_freq(token)
        one_over_result += 1.0 / freq
    unrounded = max(1.0 / one_over_result, minimum)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


@dataclass(frozen=True)
class WordList:
    """One language's wordfreq list as kept in the cache folder: its words sorted (UTF-8,
    one after another, where each starts in `offsets`), each with its bucket (bucket i
    holds the words of frequency 10^(-i/100); a word listed twice keeps its last, as in
    wordfreq's dictionary), and wordfreq's own values for what `_frequency` computes from
    them: each bucket's frequency, the frequency of Zipf 0, and its estimate for a
    number's digits (`numbers.digit_freq`: by length and first digit, every four-digit
    number apart as a year).

    Looked up by bisection in the bytes as read (~5 µs a word, each word once): a run looks
    up a few thousand words, and a dictionary of the 342,000 Spanish ones took ~0.1 CPU s
    to build, a list of them ~0.05."""

    text: bytes
    offsets: array
    buckets: array
    freqs: list[float]
    minimum: float
    digits: dict[int, list[float]]
    years: list[float]
    _found: dict[str, int | None] = field(default_factory=dict)

    def bucket(self, word: str) -> int | None:
        found = self._found
        if word in found:
            return found[word]
        key, text, offsets = word.encode("utf-8"), self.text, self.offsets
        low, high = 0, len(self.buckets)
        while low < high:  # UTF-8 bytes sort as their code points, as the words were sorted
            middle = (low + high) // 2
            if text[offsets[middle] : offsets[middle + 1]] < key:
                low = middle + 1
            else:
                high = middle
        listed = low < len(self.buckets) and text[offsets[low] : offsets[low + 1]] == key
        if len(found) >= CACHED:
            found.clear()
        found[word] = self.buckets[low] if listed else None
        return found[word]

    @property
    def words(self) -> Iterator[str]:
        text, offsets = self.text, self.offsets
        return (text[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(len(self.buckets)))

    def digit_freq(self, number: str) -> float:
        if len(number) == 4:
            return self.years[int(number)]
        return self.digits[len(number)][int(number[0])]


_LAYOUT = 2  # of the kept lists: raise when what they hold or how changes


def _stored(part: str, build: Callable[[], Any]) -> Any:
    """A part of wordfreq's data as kept in the cache folder (`contrasta.cache`), built
    from wordfreq at the first use."""
    from importlib import metadata

    from contrasta import cache
    from contrasta.i18n import N_

    name = f"wordfreq-{metadata.version('wordfreq')}-{_LAYOUT}-{part}"
    return cache.kept(name, N_("wordfreq's word lists as tables that load fast"), build)


def _languages() -> list[str]:
    from wordfreq import available_languages

    return sorted(available_languages())


@cache
def word_list(lang: str) -> WordList:
    """`lang`'s list (one of `_known`'s)."""
    stored = _stored(lang, partial(_list_table, lang))
    offsets, buckets = array("I"), array("H")
    offsets.frombytes(stored["offsets"])
    buckets.frombytes(stored["buckets"])
    return WordList(
        text=stored["words"],
        offsets=offsets,
        buckets=buckets,
        freqs=stored["freqs"],
        minimum=stored["minimum"],
        digits=stored["digits"],
        years=stored["years"],
    )


def _list_table(lang: str) -> dict[str, Any]:
    """From wordfreq's list and its own functions, so that every value is wordfreq's."""
    from wordfreq import cB_to_freq, get_frequency_list, zipf_to_freq
    from wordfreq.numbers import digit_freq

    bucket_of: dict[str, int] = {}
    for index, bucket in enumerate(get_frequency_list(lang)):
        bucket_of.update(zip(bucket, repeat(index)))
    words = sorted(bucket_of)
    encoded = [word.encode("utf-8") for word in words]
    lengths = {len(w) for w in words if len(w) > 1 and w.isdigit() and not w.strip("0")}
    return {
        "words": b"".join(encoded),
        "offsets": array("I", [0, *accumulate(map(len, encoded))]).tobytes(),
        "buckets": array("H", (bucket_of[w] for w in words)).tobytes(),
        "freqs": [cB_to_freq(-index) for index in range(max(bucket_of.values(), default=0) + 1)],
        "minimum": zipf_to_freq(0.0),
        "digits": {n: [digit_freq(f"{d}{'1' * (n - 1)}") for d in range(10)] for n in lengths},
        "years": [digit_freq(f"{year:04d}") for year in range(10_000)],
    }


class _Rarities(Mapping[str, float]):
    """Rarity of each word of a list down to RARE_ZIPF, read from the list as kept."""

    def __init__(self, words: WordList) -> None:
        self._list = words
        self.known: dict[str, float] = {}
        """`word_rarities`' answers by word: one dictionary look-up a word, where asking
        the list cost a method call and two look-ups, and a word the list's own cache
        (CACHED) had let go a search (together a tenth of grouping's CPU)."""
        self._before: dict[str, float] = {}
        self._values: list[float | None] = []
        for index in range(len(words.freqs)):
            zipf = math.log10(10 ** (-index / 100)) + 9  # wordfreq's cB_to_freq, Zipf scale
            self._values.append(max(0.0, TOP_ZIPF - zipf) if zipf >= RARE_ZIPF else None)

    def get(self, word: str, default: float | None = None) -> float | None:
        bucket = self._list.bucket(word)
        value = None if bucket is None else self._values[bucket]
        return default if value is None else value

    def remember(self, word: str, lang: str | None) -> float:
        """`word_rarities`' answer for a word not in `known`, kept there. When `known`
        holds KNOWN words it becomes the previous generation, from which the words still
        in use come back cheaply: memory stays within 2 * KNOWN words (~12 MB)."""
        value = self._before.get(word)
        if value is None:
            value = self.get(word, UNKNOWN) if word.isalpha() else min(UNKNOWN, rarity(word, lang))
        if len(self.known) >= KNOWN:
            self._before, self.known = self.known, {}
        self.known[word] = value
        return value

    def __getitem__(self, word: str) -> float:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value

    def __iter__(self) -> Iterator[str]:
        values = self._values
        return (
            w
            for w, b in zip(self._list.words, self._list.buckets, strict=True)
            if values[b] is not None
        )

    def __len__(self) -> int:
        return sum(1 for _ in self)


@cache
def rarity_table(lang: str) -> Mapping[str, float]:
    """Rarity of each word of the language's list down to RARE_ZIPF, looked up without
    wordfreq's tokenizer (which costs ~40 µs a call): the same values as from
    `get_frequency_dict`, which sets every word of the list one by one (~0.35 CPU s for
    Spanish)."""
    return _Rarities(word_list(lang))


UNKNOWN = TOP_ZIPF - RARE_ZIPF
KNOWN = 50_000
"""Words whose `word_rarities` answer is kept, in each of two generations (see
`_Rarities.remember`): the generated corpus of bench/clustering.py uses ~35,000 distinct
words in 10,000 articles. Grouping 100,000 of them with every lead vector stored took 14.7
CPU s of term vectors instead of 22.4 with the list's own cache alone (the run: 111 CPU s
against 122, with the cheaper story saves of the store as well)."""


def rarities_of(lang: str | None) -> _Rarities:
    """The table `word_rarities` reads for `lang`: a word's rarity is `known.get(word)`,
    or `remember(word, lang)` when that is None (what `word_rarities` gives, word by word)."""
    return rarity_table(_language(lang))


def word_rarities(words: list[str], lang: str | None) -> list[float]:
    """Rarity of each lowercase word, from 0 up to UNKNOWN for a word the list does not
    know. Words with digits go through wordfreq, which spreads a number's frequency over
    its digits ("2020" is commoner than "2917")."""
    table = rarities_of(lang)
    found = [table.known.get(word) for word in words]
    if None in found:
        for at, word in enumerate(words):
            if found[at] is None:
                found[at] = table.remember(word, lang)
    return found
