"""Whole-text word vectors with fixed weights, for telling whether two texts tell one story.

Each word counts 1 + ln(times it occurs), times its rarity in general language
(reading.rarity): the same text gets the same vector in any run, whatever was read before
it, which document frequencies counted over a corpus would not give. Only the TERMS most
heavily weighted words are kept: they carry nearly all of the cosine (measured on rated
news pairs, bench/pairs.py), and they bound the work and memory of comparing an article
with a week of stories.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from contrasta.reading.rarity import word_rarities

TERMS = 64
_TIMES = (0.0, *(1.0 + math.log(count) for count in range(1, 1024)))
"""1 + ln(count) by count, from math.log as the weights always were (the same floats)."""

TermVector = dict[str, float]
"""Word -> weight, unit length, heaviest first."""


def term_vector(tokens: Iterable[str], lang: str | None) -> TermVector:
    """The heaviest words first, equal weights by word (many unknown words weigh the same,
    so which of them are kept must not depend on the text's order).

    `tokens`: the text's lower-cased `\\w+` runs (`dedup.shingles.paragraph_words`, which
    copy detection reads too); those of one character are left out.

    Plain Python floats: for the ~90 distinct words of an article, numpy's per-call cost
    was two thirds of the work (the products and their order are the same, so the
    weights are the same floats).
    """
    counts = Counter(tokens)
    words = [word for word in counts if len(word) > 1]
    kept = sorted(
        (-_times(counts[word]) * rarity, word)
        for word, rarity in zip(words, word_rarities(words, lang), strict=True)
        if rarity > 0
    )[:TERMS]
    norm = math.sqrt(sum(w * w for w, _ in kept)) or 1.0
    return {word: -w / norm for w, word in kept}


def _times(count: int) -> float:
    return _TIMES[count] if count < len(_TIMES) else 1.0 + math.log(count)


def cosine(a: TermVector, b: TermVector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
