"""How claims compare words: folded for spelling, cut to a stem for inflection."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


class _Marks(dict):
    """`str.translate` table deleting combining marks (category Mn), filled in as
    characters are met: after the first few sentences every look-up is a dict hit in C,
    where a filter in Python cost a call per character (a twentieth of reading's time)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.category(chr(code)) == "Mn" else code
        self[code] = kept
        return kept


_MARKS = _Marks()


@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """Lower case without accents: "Aprobó" and "aprobo" are one word to compare. The last
    ones are kept: a clause is folded for its source, its figures, its negation and its
    guesses, each asking anew."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return unicodedata.normalize("NFD", lowered).translate(_MARKS)


def stem(word: str) -> str:
    """Five letters are enough to tie "aprobó", "aprobar" and "aprobada" together."""
    return word[:5]


# Letters a case-insensitive pattern takes for an ASCII letter that `str.lower` does not
# lower to it: to `re`, "ſ" is an "s", "ı" and "İ" are an "i" ("İ" lowers to two
# characters).
_CASE_TWINS = "İıſ"


def caseless(text: str) -> str | None:
    """The text lower-cased, to test cheaply whether a case-insensitive pattern can match
    it (a word the pattern needs is in it, as `str` finds words: far faster than `re`
    trying a pattern's alternatives at every position); None when the text holds a letter
    `re` matches otherwise than its lower case, and only the pattern can tell."""
    if not text.isascii() and any(twin in text for twin in _CASE_TWINS):
        return None
    return text.lower()
