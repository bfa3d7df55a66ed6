"""Words and lemmas for the explainable baselines (TF-IDF, name overlap).

simplemma ships its lemma tables inside the package (no download) and is fast enough to
run on every article; a language it does not know falls back to lowercase words.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)

STOPWORDS = frozenset(
    """
    a al algo algunos ante antes aquel aquella así aun aunque bajo bien cada casi como
    con contra cual cuando de del desde donde dos durante e el ella ellas ellos en entre
    era es esa ese eso esta este esto estos estas fue fueron ha había han hasta hay la
    las le les lo los más me mi muy ni no nos o otra otro otros para pero poco por
    porque que qué se sea según ser si sí sin sino sobre son su sus también tan te tiene
    todo todos tras tu un una uno unos unas y ya yo él está están estaba ser haber estar
    tener hacer decir the of and to in is that for on with as was by at from it an be
    this are were has have had not but or which who will would their its they he she his
    her been than also said
    """.split()
)

_SIMPLEMMA_LANGS = {"es", "en", "pt", "fr", "it", "de", "ca"}


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    return simplemma.lemmatize(word, lang=lang).lower()


def content_lemmas(text: str, lang: str | None) -> list[str]:
    """Lowercase lemmas of the content words: the terms of the TF-IDF baseline."""
    use = lang if lang in _SIMPLEMMA_LANGS else None
    out = []
    for word in WORD.findall(text):
        low = word.lower()
        if low in STOPWORDS or len(low) < 3:
            continue
        out.append(_lemma(low, use) if use else low)
    return out
