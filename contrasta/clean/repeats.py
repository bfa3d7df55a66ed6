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
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from contrasta.clean.rules import DEDUPE, Rule
from contrasta.i18n import N_

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
    description=N_(
        "The title again, as is or with the outlet's name, above the text or after its last "
        "paragraph."
    ),
    patterns=(),
    action=DEDUPE,
)
REPEATED_PARAGRAPH = Rule(
    id="repeated-paragraph",
    description=N_(
        "A paragraph that already appeared earlier in the article (kept there); not a line "
        "the page prints again by design (a question put to each guest, the items under "
        "each day or product, an embedded post's signature)."
    ),
    patterns=(),
    action=DEDUPE,
)
MAX_LABEL = 100
"""Longest line ending a sentence in a block printed again by design (a feature list, a
plan's items): such a block is made of labels and list items (short, or with no final
stop), while prose paragraphs copied together are a scrape's double."""
_SENTENCE_END = (".", "!", "?", "…", "»", "”", '"')
RECURRING = 3
"""Occurrences from which a line, each time with new text between, is a template's label."""
_SIGNATURE = re.compile(r"^[—–-]\s*\S.{0,80}\(@\w{1,30}\)\s+\S.{2,30}\d{4}$")
"""An embedded post's signature ("— Name (@handle) date"): it signs each post quoted, so
two posts of one account on one day print it twice."""


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


OUTLET_SUFFIX = re.compile(r"\s[|–—-]\s+\S[^|–—]{0,40}$")


def is_repeated_title(line: str, title_key: str) -> bool:
    """Whether `line` is the title again, also as "Title | Outlet" or slightly altered."""
    key = normalise(line)
    if key == title_key:
        return True
    if key.startswith(title_key + " ") and OUTLET_SUFFIX.search(line):
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
        return self.original(key) is not None

    def original(self, key: str) -> str | None:
        """The remembered key that `key` repeats; None (and `key` remembered) if none."""
        if len(key) < MIN_VERBATIM:
            return None
        if key in self._keys:
            return key
        if len(key) >= MIN_NEAR and (other := self._near(key)) is not None:
            return other
        self._keys.add(key)
        bisect.insort(self._by_length, (len(key), key))
        return None

    def _near(self, key: str) -> str | None:
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
                return other
        return None

    def _paired(self, key: str) -> frozenset[int]:
        if key not in self._pairs:
            # Hashed once: tuples do not cache their hash, set operations would redo it.
            self._pairs[key] = frozenset(map(hash, pairwise(["", *key.split()])))
        return self._pairs[key]

    def _shingled(self, key: str) -> frozenset[str]:
        if key not in self._shingles:
            self._shingles[key] = shingles(key)
        return self._shingles[key]


def _listed(text: str) -> bool:
    return len(text) <= MAX_LABEL or not text.endswith(_SENTENCE_END)


@dataclass
class Repeat:
    """A line left in the body, as the repeats pass saw it: the key of the paragraph it
    repeats (its own key when it is the first occurrence; None when too short to key) and
    whether it is a copy."""

    key: str | None
    copy: bool
    text: str


def by_design(lines: list[Repeat]) -> set[int]:
    """Indexes of the copies the page prints again on purpose, which are text.

    Scrapes double a standfirst, a pull quote, or a block of paragraphs; pages repeat by
    design the question put to each guest of an interview, the items under each day of a
    plan or each product, the signature of each embedded post. A run of consecutive
    copies is taken for design only when new text (a line seen for the first time) stands
    between it and the previous occurrences of its lines, so a body scraped twice stays a
    copy; then a line of the run is design when it comes back three times or more (also
    with one word changed each time: a line printed once per item), or when the run has two
    lines or more, all short or unstopped (a list, not paragraphs). A lone copy of a
    paragraph is a copy.
    """
    seen: dict[str, list[int]] = defaultdict(list)
    previous: dict[int, int] = {}
    for index, line in enumerate(lines):
        if line.key is not None:
            if line.copy and seen[line.key]:
                previous[index] = seen[line.key][-1]
            seen[line.key].append(index)
    # new[i]: lines seen for the first time among lines[:i]
    new = [0]
    for line in lines:
        new.append(new[-1] + (not line.copy))
    keep = {
        i for i, line in enumerate(lines) if line.copy and _SIGNATURE.match(line.text) is not None
    }
    split: dict[int, list[str]] = {}
    start = 0
    while start < len(lines):
        if not lines[start].copy:
            start += 1
            continue
        end = start
        while end + 1 < len(lines) and lines[end + 1].copy:
            end += 1
        run = [i for i in range(start, end + 1) if i in previous]
        start = end + 1
        if not run:
            continue
        last = max(previous[i] for i in run)
        if new[run[0]] - new[last + 1] == 0:
            continue  # nothing new since the lines it repeats: a block scraped twice
        listed = len(run) >= 2 and all(_listed(lines[i].text) for i in run)
        keep.update(
            i
            for i in run
            if listed
            or len(seen[lines[i].key]) >= RECURRING
            or _template(i, lines, split) >= RECURRING
        )
    return keep


def _template(index: int, lines: list[Repeat], split: dict[int, list[str]]) -> int:
    """How many lines print line `index` with at most one word changed ("Vote por Ana en
    la última página", then por Luis, por Eva): a line printed once per item, whose exact
    repeats are two items of one name. `split` caches each line's words."""
    if not split:
        split.update((i, normalise(line.text).split()) for i, line in enumerate(lines))
    words = split[index]
    return sum(
        1
        for other in split.values()
        if len(other) == len(words) and sum(a != b for a, b in zip(words, other, strict=True)) <= 1
    )
