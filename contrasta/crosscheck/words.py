"""How claims compare words: folded for spelling, cut to a stem for inflection."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents: "Aprobó" and "aprobo" are one word to compare."""
    return "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn"
    )


def stem(word: str) -> str:
    """Five letters are enough to tie "aprobó", "aprobar" and "aprobada" together."""
    return word[:5]
