"""The date finder's passes skip a boundary where a word ends (`dates._WORD_START`), which
is right only while every alternative of their patterns consumes a word's character
first: this reads their parsed form, branch by branch, so that a new alternative opening
on a mark or able to match nothing fails here instead of going unseen."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from datetime import datetime

import pytest

from contrasta import dates
from contrasta.dates import find_dates

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_ONE_CHAR = (sre.LITERAL, sre.IN, sre.NOT_LITERAL, sre.ANY)


def _word_char(op, av) -> bool:
    """The one character `op` consumes is a word's, whatever it is."""
    if op is sre.LITERAL:
        return chr(av).isalnum() or chr(av) == "_"
    if op is not sre.IN:
        return False  # NOT_LITERAL, ANY: a mark too
    for kind, value in av:
        if kind is sre.LITERAL and not re.match(r"\w", chr(value)):
            return False
        if kind is sre.RANGE and not all(
            re.match(r"\w", chr(c)) for c in range(value[0], value[1] + 1)
        ):
            return False
        if kind is sre.CATEGORY and value not in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT):
            return False
        if kind not in (sre.LITERAL, sre.RANGE, sre.CATEGORY):
            return False  # a negated set
    return True


def _opens_on_a_word_char(items: list) -> bool:
    """Every match of `items` (and of whatever follows them) consumes a word's character
    first; False too when it may consume nothing."""
    for at, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        rest = list(items[at + 1 :])
        if op in _ONE_CHAR:
            return _word_char(op, av)
        if op is sre.SUBPATTERN:
            return _opens_on_a_word_char([*av[3].data, *rest])
        if op is sre.BRANCH:
            return all(_opens_on_a_word_char([*branch.data, *rest]) for branch in av[1])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, inner = av
            if high == 0:
                continue
            if not _opens_on_a_word_char([*inner.data, *rest]):
                return False
            return low > 0 or _opens_on_a_word_char(rest)
        return False  # a back reference or anything else: not known
    return False


@pytest.mark.parametrize("index", range(len(dates._PASSES)))
def test_every_alternative_of_a_pass_opens_on_a_word_character(index):
    _, pattern = dates._PASSES[index]
    assert pattern.startswith(dates._WORD_START)
    body = pattern[len(dates._WORD_START) :]
    assert _opens_on_a_word_char(list(sre_parse.parse(body).data))


def test_a_pattern_opening_on_a_mark_is_told():
    assert not _opens_on_a_word_char(list(sre_parse.parse(r"(?:\d{4}|\(\d{4}\))").data))
    assert not _opens_on_a_word_char(list(sre_parse.parse(r"(?:hoy)?").data))
    assert _opens_on_a_word_char(list(sre_parse.parse(r"(?<=-)(?:\d{4}|hoy)?ayer").data))


def test_dates_after_marks_and_word_ends_are_found_as_before():
    text = (
        "El puerto de Valdoria cerró el (5 de marzo de 2026), «hace tres días» y "
        "reabrirá -el próximo lunes- tras 2 semanas; el 12/03/2026 se votará, entre 1990 "
        "y 2000 hubo cambios, y en junio pasado también."
    )
    base = datetime(2026, 3, 10, 12, 0)
    plain = [
        (pattern, re.compile(r"\b" + pattern[len(dates._WORD_START) :]))
        for _, pattern in dates._PASSES
    ]
    folded = text.lower()
    for pattern, before in plain:
        now = [(m.span(), m.groupdict()) for m in re.finditer(pattern, folded)]
        assert now == [(m.span(), m.groupdict()) for m in before.finditer(folded)]
    found = [m.text for m in find_dates(text, base)]
    assert "5 de marzo de 2026" in found
    assert "hace tres días" in found
    assert any("junio" in t for t in found)
