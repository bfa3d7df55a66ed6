"""Repetitions: the title pasted again into the body, and paragraphs scraped twice.

Scrapers pick up the headline from the page and then again from the article block, and
templates repeat a standfirst or a pull quote further down. Repeats are compared on a
normalised key (case, accents, punctuation and whitespace folded away) so that hashing
settles the verbatim case in O(1) per paragraph; the costlier near-verbatim comparison is
only made between paragraphs of similar length that share most of their words.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from difflib import SequenceMatcher

from contrasta.clean.rules import DEDUPE, Rule

SIMILAR = 0.9
"""Two texts at least this similar (difflib ratio on their keys) are the same text."""
MIN_VERBATIM = 20
"""Shorter keys ("—", "EFE", "Sí.") are not paragraphs and may repeat freely."""
MIN_NEAR = 40
"""Below this, a few changed characters are a different text, not a scraping variant."""
_WORD_GATE = 0.5
"""Word-set overlap below which two paragraphs are not worth a difflib comparison."""

REPEATED_TITLE = Rule(
    id="repeated-title",
    description="The title repeated at the start of the body.",
    patterns=(),
    action=DEDUPE,
)
REPEATED_PARAGRAPH = Rule(
    id="repeated-paragraph",
    description="A paragraph that already appeared earlier in the article (kept there).",
    patterns=(),
    action=DEDUPE,
)


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x2070):
        char = chr(code)
        category = unicodedata.category(char)
        if category[0] in "PSZC":
            table[code] = " "
        elif code >= 0x80 and category[0] == "L":
            base = unicodedata.normalize("NFKD", char)[0]
            if base.isascii() and base != char:
                table[code] = base
    return table


_FOLD = _fold_table()


def normalise(text: str) -> str:
    """The key two copies of a text share despite case, accent and punctuation changes."""
    return " ".join(text.translate(_FOLD).lower().split())


def similar(a: str, b: str) -> bool:
    """Near-verbatim: difflib ratio ≥ SIMILAR, with its two cheap upper bounds tried first."""
    if 2 * min(len(a), len(b)) < SIMILAR * (len(a) + len(b)):
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


_OUTLET_SUFFIX = re.compile(r"\s[|–—-]\s+\S[^|–—]{0,40}$")


def is_repeated_title(line: str, title_key: str) -> bool:
    """Whether `line` is the title again, also as "Title | Outlet" or slightly altered."""
    key = normalise(line)
    if key == title_key:
        return True
    if key.startswith(title_key + " ") and _OUTLET_SUFFIX.search(line):
        return True
    return len(title_key) >= MIN_NEAR and similar(key, title_key)


class ParagraphRepeats:
    """The keys of the paragraphs kept so far, to recognise a later copy of one of them."""

    def __init__(self) -> None:
        self._keys: set[str] = set()
        self._by_length: list[tuple[int, str, frozenset[str]]] = []

    def seen(self, key: str) -> bool:
        """Whether `key` repeats a remembered paragraph; if not, remember it."""
        if len(key) < MIN_VERBATIM:
            return False
        if key in self._keys:
            return True
        words = frozenset(key.split())
        if len(key) >= MIN_NEAR and self._near(key, words):
            return True
        self._keys.add(key)
        bisect.insort(self._by_length, (len(key), key, words))
        return False

    def _near(self, key: str, words: frozenset[str]) -> bool:
        # Lengths outside this window cannot reach SIMILAR whatever their content.
        low = int(len(key) * SIMILAR / (2 - SIMILAR))
        high = int(len(key) * (2 - SIMILAR) / SIMILAR) + 1
        start = bisect.bisect_left(self._by_length, (low, "", frozenset()))
        for length, other, other_words in self._by_length[start:]:
            if length > high:
                break
            overlap = len(words & other_words) / len(words | other_words)
            if overlap >= _WORD_GATE and similar(key, other):
                return True
        return False
