"""The language of an article, for when the source does not say.

Spanish-language feeds carry articles in the other languages of Spain and its neighbours
(Catalan, Galician, Basque, Portuguese, Italian, French, German, English); each should be
named, if only so that later stages know no model of theirs applies. lingua's n-gram
models tell these apart on paragraph-length text and mostly on headlines. It is built
for exactly these languages (all 75 load in ~19 CPU-s and 1.3 GB), and fewer candidates
also means fewer near-misses. It loads models on demand: article-length text needs only
the trigram models (~0.2 CPU-s), the first headline-length text (under 120 characters)
the rest (~2.6 CPU-s, ~180 MB). A language not among these (Indonesian, say) may be given
the nearest one's name: a known limit.

lingua has no Galician: it calls Galician text Spanish or Portuguese, so where it says
either, the commonest words of the three languages have the last word (`_iberian`).

A text too short, or too mixed for one language to stand out, gets None: a wrong language
would send it to the wrong model, which is worse than none.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES: dict[str, Language] = {
    "es": Language.SPANISH,
    "en": Language.ENGLISH,
    "ca": Language.CATALAN,
    "eu": Language.BASQUE,
    "pt": Language.PORTUGUESE,
    "it": Language.ITALIAN,
    "fr": Language.FRENCH,
    "de": Language.GERMAN,
}
_CODE = {language: code for code, language in LANGUAGES.items()}

MIN_WORDS = 3
MARGIN = 0.2
"""How far lingua's first language must lead the second (confidences over the candidates
sum to 1). On 697 real headlines a lead under this is where the wrong answers were (a
Spanish headline as Basque at 0.54 against 0.41); on article text the lead is near 1."""
SAMPLE_CHARS = 600
"""The opening of a long text decides as well as all of it (same answers on the real sets
from 500 characters on) at a bounded cost: ~1.7 CPU-ms per article."""

_WORD = re.compile(r"[^\W\d_]+")
# Galician, Portuguese and Spanish told apart by their commonest words. Galician and
# Portuguese write these articles and contractions, Spanish does not:
_WESTERN = frozenset("o os as ao aos da das na nas e".split())
_SPANISH = frozenset("el la los las del al y una muy ya más".split())
_GALICIAN = frozenset(
    """unha unhas dunha nunha cunha coa coas cos polo pola polos polas non xa tamén máis moi
    aínda onte hoxe despois cando ata lle lles""".split()
)
_PORTUGUESE = frozenset("um uma não com pelo pela pelos pelas já mais muito também".split())
_PORTUGUESE_LETTERS = re.compile(r"[çãõ]")


@cache
def _detector() -> LanguageDetector:
    """Built on first use, once per process; lingua loads each model when first needed."""
    return LanguageDetectorBuilder.from_languages(*LANGUAGES.values()).build()


def _iberian(code: str, sample: str, words: list[str]) -> str | None:
    """Galician, Portuguese or Spanish, for a text lingua calls Spanish or Portuguese.

    lingua's answer stands unless the text is mostly written with Galician-Portuguese
    articles (a Spanish article quoting a Galician mayor stays Spanish); then the words
    only one of the two writes decide, and a text with none of them is left undecided.
    """
    counts = Counter(words)
    western = sum(counts[w] for w in _WESTERN)
    galician = sum(counts[w] for w in _GALICIAN)
    spanish = sum(counts[w] for w in _SPANISH)
    if western + galician < 2 or western + galician <= 2 * spanish:
        return code
    portuguese = sum(counts[w] for w in _PORTUGUESE) + len(_PORTUGUESE_LETTERS.findall(sample))
    if galician >= 2 and galician > portuguese:
        return "gl"
    if portuguese >= 2 and portuguese > galician:
        return "pt"
    return None


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it is unclear."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return None
    best, second = _detector().compute_language_confidence_values(sample)[:2]
    code = _CODE[best.language]
    if code in {"es", "pt"} and (iberian := _iberian(code, sample, words)) != code:
        return iberian
    return code if best.value - second.value >= MARGIN else None
