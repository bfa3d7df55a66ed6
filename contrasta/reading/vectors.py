"""Whole-text word vectors with fixed weights, for telling whether two texts tell one story.

Each word counts 1 + ln(times it occurs), times its rarity in general language
(reading.rarity): the same text gets the same vector in any run, whatever was read before
it, which document frequencies counted over a corpus would not give. Only the TERMS most
heavily weighted words are kept: they carry nearly all of the cosine (measured on rated
news pairs, bench/pairs.py), and they bound the work and memory of comparing an article
with a week of stories.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter

from contrasta.reading.rarity import word_rarities

TERMS = 64
_WORD = re.compile(r"\w\w+")

TermVector = dict[str, float]
"""Word -> weight, unit length, heaviest first."""


def term_vector(text: str, lang: str | None) -> TermVector:
    counts = Counter(_WORD.findall(text.lower()))
    weighted = [
        (-(1.0 + math.log(count)) * rarity, word)
        for (word, count), rarity in zip(
            counts.items(), word_rarities(list(counts), lang), strict=True
        )
        if rarity > 0
    ]
    kept = heapq.nsmallest(TERMS, weighted)
    norm = math.sqrt(sum(w * w for w, _ in kept)) or 1.0
    return {word: -w / norm for w, word in kept}


def cosine(a: TermVector, b: TermVector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
