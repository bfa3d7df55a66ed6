"""Loaded or evaluative wording, found from a lexicon anyone can read and extend.

There is no labelled Spanish data here to measure an article-level leaning score
against, so contrasta gives no such number: it shows the evidence (which words, where,
why they are loaded, a neutral alternative) and lets the reader judge.

Matching is on whole words, ignoring case and accents ("regimen" finds "régimen"),
with Spanish plurals generated for every term ("régimen" also finds "regímenes",
"daño colateral" finds "daños colaterales") and any other forms listed in the
lexicon's `variants` column. A hit inside a direct quote is marked as quoted: it is
the speaker's wording, not the outlet's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from contrasta.coverage.csvrows import file_name, read_rows
from contrasta.patterns import word_tree

SHIPPED_LEXICON = Path(__file__).with_name("loaded.csv")
COLUMNS = ("term", "variants", "category", "neutral", "note")
_FUNCTION_WORDS = frozenset(
    "de del la el los las a al en con por para y o que su sus un una".split()
)
_VOWELS = "aeiou"


@dataclass(frozen=True)
class LoadedTerm:
    term: str
    category: str
    neutral: str = ""
    note: str = ""
    variants: tuple[str, ...] = ()
    origin: str = ""

    @property
    def forms(self) -> set[str]:
        """Folded surface forms: the term, its variants and the plurals of both."""
        found = set()
        for form in (self.term, *self.variants):
            folded = " ".join(fold(form).split())
            if folded:
                found |= {folded, plural(folded)}
        return found


@dataclass(frozen=True)
class LoadedMatch:
    """One loaded word in an article; `start`/`end` index the field it was found in."""

    term: str
    text: str
    start: int
    end: int
    category: str
    neutral: str
    note: str
    field: str = "text"  # "text" (offsets into Article.text) or "title"
    quoted: bool = False


@dataclass
class Lexicon:
    terms: list[LoadedTerm]
    sources: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        by_form: dict[str, LoadedTerm] = {}
        for term in self.terms:  # later terms (user files) win on shared forms
            for form in term.forms:
                by_form[form] = term
        self._by_form = by_form
        # A tree of the forms' letters (`word_tree`): an alternation of them, longest
        # first, took three times as long to search a text.
        tree = word_tree(by_form, space=r"\s+")
        self._pattern = re.compile(rf"(?<!\w)(?:{tree})(?!\w)") if by_form else None

    def find(self, text: str, field: str = "text") -> list[LoadedMatch]:
        """Every lexicon hit in `text`, leftmost-longest, with offsets into `text`."""
        if self._pattern is None:
            return []
        folded = fold(text)
        matches = []
        for hit in self._pattern.finditer(folded):
            term = self._by_form[" ".join(hit.group().split())]
            matches.append(
                LoadedMatch(
                    term=term.term,
                    text=text[hit.start() : hit.end()],
                    start=hit.start(),
                    end=hit.end(),
                    category=term.category,
                    neutral=term.neutral,
                    note=term.note,
                    field=field,
                )
            )
        return matches


def fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay valid."""
    return text.translate(_FOLDED)


class _Folded(dict):
    """`str.translate` table of each character's fold, filled in as characters are met:
    a text is folded in C, not with a call per character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        folded = self[code] = base[0] if base else char
        return folded


_FOLDED = _Folded()


def plural(phrase: str) -> str:
    """Spanish plural of a folded phrase: the words before the first function word
    ("daño colateral" -> "daños colaterales", "eje del mal" -> "ejes del mal")."""
    words = phrase.split()
    out = []
    inflect = True
    for word in words:
        if word in _FUNCTION_WORDS:
            inflect = False
        out.append(_plural_word(word) if inflect else word)
    return " ".join(out)


def _plural_word(word: str) -> str:
    if word.endswith(("s", "x")) or not word[-1].isalpha():
        return word
    if word.endswith("z"):
        return word[:-1] + "ces"
    if word[-1] in _VOWELS:
        return word + "s"
    return word + "es"


def load_lexicon(extra: list[Path] | tuple[Path, ...] = (), shipped: bool = True) -> Lexicon:
    """The shipped lexicon plus the user's files; a user row replaces a shipped row
    with the same term. Bad rows raise `InputError` naming `file:line`."""
    terms = list(_shipped()) if shipped else []
    sources = [file_name(SHIPPED_LEXICON)] if shipped else []
    for path in extra:
        for term in read_terms(Path(path)):
            terms = [t for t in terms if fold(t.term) != fold(term.term)] + [term]
        sources.append(str(path))
    return Lexicon(terms, tuple(sources))


@cache
def _shipped() -> tuple[LoadedTerm, ...]:
    return tuple(read_terms(SHIPPED_LEXICON))


@cache
def default_lexicon() -> Lexicon:
    return load_lexicon()


def read_terms(path: Path) -> list[LoadedTerm]:
    return [
        LoadedTerm(
            term=row["term"],
            category=row["category"],
            neutral=row["neutral"],
            note=row["note"],
            variants=tuple(v.strip() for v in row["variants"].split(";") if v.strip()),
            origin=f"{file_name(path)}:{line}",
        )
        for line, row in read_rows(path, COLUMNS, ("term", "category"))
    ]


def highlight_segments(
    text: str, matches: list[LoadedMatch]
) -> list[tuple[str, LoadedMatch | None]]:
    """`text` cut into (piece, match or None) for rendering marks around loaded words."""
    segments: list[tuple[str, LoadedMatch | None]] = []
    position = 0
    for match in sorted(matches, key=lambda m: m.start):
        if match.start < position:
            continue
        if match.start > position:
            segments.append((text[position : match.start], None))
        segments.append((text[match.start : match.end], match))
        position = match.end
    if position < len(text):
        segments.append((text[position:], None))
    return segments
