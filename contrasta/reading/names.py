"""Capitalised names: the baseline for "who and where" until a real NER model reads.

A run of capitalised words (joined by "de", "del", "la"...) is a name unless it is a
single common word that is only capitalised because it opens a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path

from contrasta.dates import ENGLISH_WEEKDAYS, MONTHS, SPANISH_WEEKDAY_NAMES
from contrasta.reading.gazetteer import fold
from contrasta.reading.tokens import STOPWORDS

_NAME = re.compile(
    r"\b[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü]+(?:[-'][A-ZÁÉÍÓÚÑÜ]?[\wáéíóúñü]+)*"
    r"(?:\s+(?:(?:de|del|de la|de los|y)\s+)?[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü]+)*"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:«“\"—¿¡]\s*)$")
_NOT_NAMES = frozenset(
    "foto según además sin embargo mientras tanto este esta estos".split()
).union(SPANISH_WEEKDAY_NAMES, ENGLISH_WEEKDAYS, MONTHS)


_DROP = STOPWORDS | _NOT_NAMES


def names(text: str) -> Counter[str]:
    """Name mentions with counts; sentence-initial common words are not names.

    Leading stopwords and common words (`_NOT_NAMES`) are dropped; what remains opens with
    neither, so a trailing stopword is dropped down to it at most. Whether a name opens a
    sentence is read only where it decides: a single word, nothing dropped before it.
    """
    found: Counter[str] = Counter()
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        if words[0].lower() in _DROP:
            del words[0]
            while words and words[0].lower() in _DROP:
                del words[0]
            if not words:
                continue
        elif len(words) == 1:
            start = match.start()
            if not _SENTENCE_START.search(text[max(0, start - 3) : start]):
                found[words[0]] += 1
            continue
        while words[-1].lower() in STOPWORDS:
            words.pop()
        found[" ".join(words)] += 1
    return found


# Chinese, Korean and Vietnamese family names: these come first ("Kim Jong-un", "Xi
# Jinping"), so the short form a story uses is the first word, not the last.
_FAMILY_FIRST = frozenset(
    """
    kim lee park pak choi choe jung jong kang cho yoon yun moon han ri ryu shin xi li wang
    zhang liu chen yang huang zhao wu zhou xu sun ma hu guo he lin luo gao zheng liang
    song tang deng jiang mao wen ho nguyen tran pham
    """.split()
)
# A given name written as two syllables joined by a hyphen ("Jong-un", "Son-hui").
_KOREAN_GIVEN = re.compile(r"^[A-ZÁÉÍÓÚ][a-zéó]+-[a-zéó]+$")


def is_short_form(short: str, full: str) -> bool:
    """Whether `short` names the same person as the longer `full`, as a story shortens it
    (see `short_forms`). Whether it is the only such name is for the caller to decide."""
    return name_key(short) in short_forms(full)


def by_short_form(names: Iterable[str]) -> dict[tuple[str, ...], list[str]]:
    """`names` by each of their `short_forms`: the fuller names a short one may stand for
    are looked up under its `name_key`, not tested against every name."""
    found: dict[tuple[str, ...], list[str]] = {}
    for full in names:
        for form in short_forms(full):
            found.setdefault(form, []).append(full)
    return found


@lru_cache(maxsize=50_000)
def short_forms(full: str) -> frozenset[tuple[str, ...]]:
    """The shorter names a story may use for the person `full` names, as `name_key`s: its
    last words ("Ferrán" of "Lucía Ferrán", "López Obrador"); the first of two surnames
    ("Sánchez" of "Pedro Sánchez Pérez-Castejón"), or the whole name without the last one
    when a first name opens it ("Pedro Sánchez"); the first word of two when it is no
    first name (two surnames, "Osorio Chong", or a nickname); the family name that comes
    first in Chinese, Korean and Vietnamese names ("Kim" of "Kim Jong-un", "Xi" of "Xi
    Jinping").
    Built once per name, so a story's names can be indexed by their short forms."""
    words = name_key(full)
    m = len(words)
    forms = {words[-n:] for n in range(1, m)}
    if m >= 3:
        forms.add(words[m - 2 : m - 1])
    if m >= 3 and is_given_name(full.split()[0]):
        forms.add(words[:-1])  # "José Mena" of "José Mena Abud": the second surname dropped
    if m == 2 and not is_given_name(full.split()[0]):
        forms.add(words[:1])  # "Osorio" of "Osorio Chong", "Omy" of "Omy Perdomo"
    given = full.split()[1:2]
    if m >= 2 and (words[0] in _FAMILY_FIRST or (given and _KOREAN_GIVEN.match(given[0]))):
        forms.add(words[:1])
    return frozenset(forms)


def shortened(short: str, full: str) -> bool:
    """Whether the first name `short` is `full` cut short ("Rafa" of "Rafael", "Dani" of
    "Daniel"), compared as `name_key` compares words: one person's two first names."""
    short, full = fold(short), fold(full)
    return short != full and full.startswith(short)


@lru_cache(maxsize=20_000)
def namesakes(one: str, other: str) -> bool:
    """Whether two names are two people who share a surname ("Laura Pérez" and "Marta
    Pérez", "Laura Pérez García" and "Marta Pérez"): a person is the full name given, so
    both must open with a first name, and the first names must differ other than as one
    shortens the other ("Rafa Nadal" is "Rafael Nadal"). A surname alone names no one in
    particular: which person it is, is for its article to say."""
    mine, theirs = one.split(), other.split()
    if len(mine) < 2 or len(theirs) < 2:
        return False
    if not (is_given_name(mine[0]) and is_given_name(theirs[0])):
        return False
    first, second = fold(mine[0]), fold(theirs[0])
    if first == second or shortened(first, second) or shortened(second, first):
        return False
    return bool(short_forms(one) & short_forms(other))


@lru_cache(maxsize=50_000)
def name_key(name: str) -> tuple[str, ...]:
    """A name's words compared ignoring case and accents: ("lucia", "ferran")."""
    return tuple(key for key in map(fold, name.split()) if key)


@cache
def _name_lines() -> dict[str, str]:
    """gender-guesser's data lines (Jörg Michael's nam_dict, GFDL: ~45,000 first names from
    many countries) by the lowercase name each one sets, "+" read as gender-guesser reads it
    (nothing, a space or a hyphen), a name's lines one text. Its `Detector` parses every
    line's country columns on creation (~0.27 CPU s); a run asks about a few dozen names,
    so only the lines are kept, indexed (~0.08 s), in the cache folder (`contrasta.cache`,
    read in ~0.02 s), and each name's are parsed when it is asked about."""
    from importlib import metadata

    from contrasta import cache
    from contrasta.i18n import N_

    name = f"gender-guesser-{metadata.version('gender-guesser')}-names"
    return cache.kept(name, N_("gender-guesser's first names indexed"), _indexed_lines)


def _indexed_lines() -> dict[str, str]:
    import gender_guesser

    data = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    lines: dict[str, list[str]] = {}
    for raw in data.read_bytes().decode("utf-8").splitlines():
        line = raw.strip()
        if line and line[0] not in "#=":
            name = line.split(None, 2)[1].lower()
            forms = (
                (name.replace("+", joint) for joint in ("", " ", "-")) if "+" in name else (name,)
            )
            for form in forms:
                lines.setdefault(form, []).append(line)
    return {name: "\n".join(found) for name, found in lines.items()}


@lru_cache(maxsize=20_000)
def _gender(name: str) -> str:
    """`Detector(case_sensitive=False).get_gender(name)`: gender-guesser's own parsing and
    choice, on a detector that has read only the lines that set this name, in file order
    (the same entries the whole file gives it)."""
    from gender_guesser.detector import Detector

    detector = Detector.__new__(Detector)
    detector.case_sensitive = False
    detector.names = {}
    found = _name_lines().get(name.lower())
    for line in found.split("\n") if found else ():
        detector._eat_name_line(line)
    return detector.get_gender(name)


def _plain(word: str) -> str:
    """A name without its accents, as a list of first names may write it ("Vladimir" for
    "Vladímir", "Jose" for "José"); the tilde of "ñ" stays: in Spanish "ñ" is a letter of
    its own, not an accented "n", so "Peña" and "Muñoz" (surnames) are not "Pena" and
    "Munoz" (first names in other languages)."""
    kept = []
    for c in unicodedata.normalize("NFD", word):
        if not unicodedata.combining(c) or (c == "\u0303" and kept and kept[-1] in "nN"):
            kept.append(c)
    return unicodedata.normalize("NFC", "".join(kept))


@lru_cache(maxsize=20_000)
def is_given_name(word: str) -> bool:
    """Whether a word is someone's first name somewhere ("Tatiana", "Vladímir", "Joan"),
    which tells a person ("Tatiana Clouthier") from a place or a thing written like one
    ("América del Norte", "Camp Nou", "Oriente Medio")."""
    plain = _plain(word)
    return any(_gender(form) != "unknown" for form in {word, plain})


@lru_cache(maxsize=20_000)
def given_name_gender(word: str) -> str | None:
    """ "f" or "m" for a first name borne by women only or men only ("Lucía", "Andrés");
    None for one borne by both ("María", part of "José María"), or by no one."""
    plain = _plain(word)
    genders = {_gender(form) for form in {word, plain}} - {"unknown"}
    return {"female": "f", "male": "m"}.get(genders.pop()) if len(genders) == 1 else None


def whole_word_spans(word: str, text: str) -> Iterator[tuple[int, int]]:
    """Where `word` stands in `text` with no word character either side, left to right
    without overlaps: what `(?<!\\w)word(?!\\w)` finds, with no pattern compiled per
    name (a text's names overflowed `re`'s cache of compiled patterns). `word` is not empty."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (
            end == len(text) or not _is_word_char(text[end])
        ):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # `re`'s \w on str patterns
