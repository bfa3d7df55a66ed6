"""How informative a word or name is, from general-language frequencies (wordfreq).

Document frequencies counted over the articles seen so far say little while few articles
have been seen, and they change with arrival order, so the same articles would score
differently in one run or in three. A fixed frequency list gives every run the same
weights: "gobierno" says little about which story an article belongs to, "estibadores"
says more, a name never seen in general text ("Quimal") says most.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import available_languages, zipf_frequency

_KNOWN = frozenset(available_languages())
TOP_ZIPF = 7.0  # "de", "la", "the": as frequent as words get
CACHED = 20_000
"""Terms whose rarity is kept (~250 bytes each): grouping asks about the names of the
stories open in one week, a few thousand, so memory does not grow with the archive."""


@lru_cache(maxsize=CACHED)
def rarity(term: str, lang: str | None) -> float:
    """0 for the commonest words, up to 7 for words absent from general text."""
    return max(0.0, TOP_ZIPF - zipf_frequency(term, lang if lang in _KNOWN else "es"))
