"""Repetitions: the title pasted again into the body, and paragraphs scraped twice.

Scrapers pick up the headline from the page and then again from the article block, and
templates repeat a standfirst or a pull quote further down. Repeats are compared on a
normalised key (case, accents, punctuation and whitespace folded away) so that hashing
settles the verbatim case in O(1) per paragraph; the near-verbatim comparison (Jaccard of
character 3-grams) is only made between paragraphs of similar length that share most of
their word pairs.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from itertools import pairwise

from contrasta.clean.rules import DEDUPE, Rule

SIMILAR = 0.9
"""Jaccard similarity of character 3-gram sets from which two keys are the same text.

One or two changed words in 300 characters, or an appended "(EFE)", stay above it; a
paragraph whose figures were updated ("300 millones" → "500 millones") stays below, as it
should: it says something else. difflib's ratio would call both copies (≥ 0.92).
"""
SHINGLE = 3
MIN_VERBATIM = 20
"""Shorter keys ("—", "EFE", "Sí.") are not paragraphs and may repeat freely."""
MIN_NEAR = 40
"""Below this, a few changed characters make a different text, not a scraping variant."""
_PAIR_GATE = 0.6
"""Overlap of word pairs below which two paragraphs are not worth comparing by shingles.

Keys 90% alike in shingles keep well over this share of their word pairs, while different
paragraphs of one article rarely share a fifth of them.
"""

REPEATED_TITLE = Rule(
    id="repeated-title",
    description=(
        "The title again, as is or with the outlet's name, above the text or after its last "
        "paragraph."
    ),
    patterns=(),
    action=DEDUPE,
)
REPEATED_PARAGRAPH = Rule(
    id="repeated-paragraph",
    description="A paragraph that already appeared earlier in the article (kept there).",
    patterns=(),
    action=DEDUPE,
)


def _fold_table() -> dict[str, str]:
    """Punctuation to a space, accented Latin letters to their base; scripts past the
    general punctuation block are left alone, they are compared as written."""
    table = {}
    for code in range(0x2070):
        char = chr(code)
        category = unicodedata.category(char)
        if category[0] in "PSZC":
            table[char] = " "
        elif code >= 0x80 and category[0] == "L":
            base = unicodedata.normalize("NFKD", char)[0]
            if base.isascii() and base != char:
                table[char] = base
    return table


_FOLD = _fold_table()
_ASCII_FOLD = str.maketrans({char: base for char, base in _FOLD.items() if char.isascii()})
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def normalise(text: str) -> str:
    """The key two copies of a text share despite case, accent and punctuation changes.

    Every kept paragraph is keyed, so this is hot: str.translate is only fast on ASCII
    text, hence the few non-ASCII characters are folded by a regex first.
    """
    if not text.isascii():
        text = _NON_ASCII.sub(lambda m: _FOLD.get(m[0], m[0]), text)
    return " ".join(text.translate(_ASCII_FOLD).lower().split())


def shingles(key: str) -> frozenset[str]:
    return frozenset(key[i : i + SHINGLE] for i in range(max(1, len(key) - SHINGLE + 1)))


def similar(a: frozenset[str], b: frozenset[str]) -> bool:
    """Near-verbatim: shingle Jaccard ≥ SIMILAR; linear in size, unlike difflib's ratio."""
    if SIMILAR * max(len(a), len(b)) > min(len(a), len(b)):
        return False
    common = len(a & b)
    return common >= SIMILAR * (len(a) + len(b) - common)


_OUTLET_SUFFIX = re.compile(r"\s[|–—-]\s+\S[^|–—]{0,40}$")


def is_repeated_title(line: str, title_key: str) -> bool:
    """Whether `line` is the title again, also as "Title | Outlet" or slightly altered."""
    key = normalise(line)
    if key == title_key:
        return True
    if key.startswith(title_key + " ") and _OUTLET_SUFFIX.search(line):
        return True
    if len(title_key) < MIN_NEAR or not 0.8 <= len(key) / len(title_key) <= 1.25:
        return False
    return similar(shingles(key), shingles(title_key))


class ParagraphRepeats:
    """The keys of the paragraphs kept so far, to recognise a later copy of one of them.

    Word pairs and shingles are only computed for keys that meet another of similar
    length, and then cached: most paragraphs never need them.
    """

    def __init__(self) -> None:
        self._keys: set[str] = set()
        self._by_length: list[tuple[int, str]] = []
        self._pairs: dict[str, frozenset[int]] = {}
        self._shingles: dict[str, frozenset[str]] = {}

    def seen(self, key: str) -> bool:
        """Whether `key` repeats a remembered paragraph; if not, remember it."""
        if len(key) < MIN_VERBATIM:
            return False
        if key in self._keys:
            return True
        if len(key) >= MIN_NEAR and self._near(key):
            return True
        self._keys.add(key)
        bisect.insort(self._by_length, (len(key), key))
        return False

    def _near(self, key: str) -> bool:
        # Far shorter or longer keys cannot share 90% of their shingles (up to repeats).
        start = bisect.bisect_left(self._by_length, (int(len(key) * 0.8), ""))
        high = len(key) * 1.25
        for length, other in self._by_length[start:]:
            if length > high:
                break
            pairs, other_pairs = self._paired(key), self._paired(other)
            common = len(pairs & other_pairs)
            union = len(pairs) + len(other_pairs) - common
            if common >= _PAIR_GATE * union and similar(self._shingled(key), self._shingled(other)):
                return True
        return False

    def _paired(self, key: str) -> frozenset[int]:
        if key not in self._pairs:
            # Hashed once: tuples do not cache their hash, set operations would redo it.
            self._pairs[key] = frozenset(map(hash, pairwise(["", *key.split()])))
        return self._pairs[key]

    def _shingled(self, key: str) -> frozenset[str]:
        if key not in self._shingles:
            self._shingles[key] = shingles(key)
        return self._shingles[key]
