"""Whole-text word vectors with fixed weights, for telling whether two texts tell one story.

Each word counts 1 + ln(times it occurs), times its rarity in general language
(reading.rarity): the same text gets the same vector in any run, whatever was read before
it, which document frequencies counted over a corpus would not give. Words are compared by
their first STEM letters: "detenido" and "detenidos", "dimitió" and "dimisión", or
"president" and "presidente" across languages, count as one. Only the TERMS most heavily
weighted of these are kept: they carry nearly all of the cosine (measured on rated news
pairs, bench/pairs.py), and they bound the work and memory of comparing an article with a
week of stories.

A title word counts as one of the text. Counted three times, it raised the cross-validated
Pearson on the rated pairs for es-es from 0.790 to 0.814 and lowered es-en from 0.751 to
0.741; refitted to it, the model read more leads (the bound over which the words settle
"same" rose from 0.375 to 0.41), which left the example corpus's opinion piece on the law
out of its story and, in a run over the real texts (bench/realcorpus.py), took recall from
0.741 to 0.727 at precision 0.888 -> 0.886.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from itertools import repeat
from operator import mul

from contrasta.reading.rarity import KNOWN, rarities_of

TERMS = 64
STEM = 4
"""Letters a word is compared by. Measured on the rated news pairs (bench/calibrate.py,
cross-validated): with whole words, Pearson es-es 0.744, es-en 0.713, es-it 0.800, en-en
0.819, all 0.780, same-event precision 0.867 at recall 0.741; with 4 letters 0.787, 0.739,
0.816, 0.813, 0.795, and 0.882 at 0.776 (en-en 0.815 both ways over 15 shufflings). With 5
letters 0.768, 0.735, 0.815, 0.821, 0.794, and 0.867 at 0.781; 6 gained less again.
Inflected forms of one word share their stem in Spanish, and so do many translations in
English and Italian; the rarity of each form still weighs what it says. On the generated
corpus of bench/clustering.py (10,000 articles) it costs: 39% more leads embedded (5,017
against 3,609: the bounds where the words settle moved up), B-cubed recall 0.422 against
0.470 at precision 0.994 against 0.992."""
_TIMES = (0.0, *(1.0 + math.log(count) for count in range(1, 1024)))
"""1 + ln(count) by count, from math.log as the weights always were (the same floats)."""

TermVector = dict[str, float]
"""Stem (a word's first STEM letters) -> weight, unit length, heaviest first."""


def term_vector(tokens: Iterable[str], lang: str | None) -> TermVector:
    """The heaviest stems first, equal weights by stem (many unknown words weigh the same,
    so which of them are kept must not depend on the text's order).

    `tokens`: the text's lower-cased `\\w+` runs (`dedup.shingles.paragraph_words`, which
    copy detection reads too); those of one character are left out.

    Plain Python floats: for the ~90 distinct words of an article, numpy's per-call cost
    was two thirds of the work (the products and their order are the same, so the
    weights are the same floats); a function call per word for its count's weight, and
    `heapq.nsmallest` for the kept stems (a heap for ~80 stems, 64 kept, where sorting
    them whole keeps the same ones) were half of what remained. Each word's rarity is read
    from the table in the loop (`rarities_of`: `word_rarities`' answers, without its list of
    words and of rarities): 14% less CPU here, on the articles of bench/clustering.py.
    """
    counts = Counter(tokens)
    entries = _ENTRIES.get(lang)
    if entries is None or len(entries) >= KNOWN:
        entries = _ENTRIES[lang] = {}
    entry_of = entries.get
    stems: dict[str, float] = {}
    summed, times, plenty = stems.get, _TIMES, len(_TIMES)
    for word, count in counts.items():
        entry = entry_of(word)
        if entry is None:
            entry = entries[word] = _entry(word, lang)
        if entry:
            stem, rarity = entry
            weight = times[count] if count < plenty else 1.0 + math.log(count)
            stems[stem] = summed(stem, 0.0) + weight * rarity
    kept = sorted([(-w, stem) for stem, w in stems.items()])[:TERMS]
    norm = math.sqrt(sum([w * w for w, _ in kept])) or 1.0
    return {stem: -w / norm for w, stem in kept}


_ENTRIES: dict[str | None, dict[str, tuple[str, float] | tuple[()]]] = {}
"""By language, each word `term_vector` has read: its stem and rarity, or () when it weighs
nothing (one letter, or rarity 0). One look-up a word where reading its rarity, its length
and its stem were three; emptied when it holds KNOWN words, so memory stays bounded."""


def _entry(word: str, lang: str | None) -> tuple[str, float] | tuple[()]:
    table = rarities_of(lang)
    rarity = table.known.get(word)
    if rarity is None:
        rarity = table.remember(word, lang)
    return (word[:STEM], rarity) if len(word) > 1 and rarity > 0 else ()


def cosine(a: TermVector, b: TermVector) -> float:
    """The products summed in the shorter vector's order, without a Python loop (the same
    floats as a generator over its items gave)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))


def shares(tokens: Iterable[str], lang: str | None) -> TermVector:
    """The `term_vector` of a short text (a title) as each stem's share of its weight, so
    that how much of it another text's words hold is the sum of the shares they hold."""
    vector = term_vector(tokens, lang)
    total = sum(vector.values())
    return {stem: weight / total for stem, weight in vector.items()} if total else {}
