"""Capitalised names: the baseline for "who and where" until a real NER model reads.

A run of capitalised words (joined by "de", "del", "la"...) is a name unless it is a
single common word that is only capitalised because it opens a sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from contrasta.reading.tokens import STOPWORDS

_NAME = re.compile(
    r"\b[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü]+(?:[-'][A-ZÁÉÍÓÚÑÜ]?[\wáéíóúñü]+)*"
    r"(?:\s+(?:(?:de|del|de la|de los|y)\s+)?[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü]+)*"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:«“\"—¿¡]\s*)$")
_NOT_NAMES = frozenset(
    """
    lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo
    junio julio agosto septiembre setiembre octubre noviembre diciembre monday tuesday
    wednesday thursday friday saturday sunday january february march april june july
    august september october november december foto según además sin embargo mientras
    tanto este esta estos
    """.split()
)


def names(text: str) -> Counter[str]:
    """Name mentions with counts; sentence-initial common words are not names."""
    found: Counter[str] = Counter()
    for match in _NAME.finditer(text):
        name = match.group(0)
        words = name.split()
        at_start = _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()])
        while words and (words[0].lower() in STOPWORDS or words[0].lower() in _NOT_NAMES):
            words.pop(0)
            at_start = False
        if not words or (at_start and len(words) == 1):
            continue
        while words and words[-1].lower() in STOPWORDS:
            words.pop()
        if words and not (len(words) == 1 and words[0].lower() in _NOT_NAMES):
            found[" ".join(words)] += 1
    return found
