"""How claims compare words: folded for spelling, cut to a stem for inflection."""

from __future__ import annotations

import unicodedata


class _Marks(dict):
    """`str.translate` table deleting combining marks (category Mn), filled in as
    characters are met: after the first few sentences every look-up is a dict hit in C,
    where a filter in Python cost a call per character (a twentieth of reading's time)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.category(chr(code)) == "Mn" else code
        self[code] = kept
        return kept


_MARKS = _Marks()


def fold(text: str) -> str:
    """Lower case without accents: "Aprobó" and "aprobo" are one word to compare."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return unicodedata.normalize("NFD", lowered).translate(_MARKS)


def stem(word: str) -> str:
    """Five letters are enough to tie "aprobó", "aprobar" and "aprobada" together."""
    return word[:5]
