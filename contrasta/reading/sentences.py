"""Sentence splitting that survives press abbreviations ("Sr.", "EE.UU.", "núm.").

Offsets are kept so that every extracted sentence can be cited back to its article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    """
    sr sra srta dr dra lic ing prof gral av avda núm nº art dña d etc vs pág aprox tel
    mr mrs ms st jr ee uu
    """.split()
)
_BOUNDARY = re.compile(r"(?<=[.!?…])(?P<close>[»”\"')]*)\s+(?=[¿¡«“\"(—A-ZÁÉÍÓÚÑ0-9])")
_LAST_WORD = re.compile(r"(\w+)\.\W*$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def split_sentences(paragraph: str, offset: int = 0) -> list[Sentence]:
    sentences = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        head = paragraph[start : match.start()]
        last = _LAST_WORD.search(head)
        if last and (last.group(1).lower() in _ABBREVIATIONS or len(last.group(1)) == 1):
            continue
        sentences.append(_sentence(paragraph, start, match.end("close"), offset))
        start = match.end()
    if paragraph[start:].strip():
        sentences.append(_sentence(paragraph, start, len(paragraph), offset))
    return sentences


def _sentence(paragraph: str, start: int, end: int, offset: int) -> Sentence:
    text = paragraph[start:end]
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    return Sentence(stripped, offset + start + lead, offset + start + lead + len(stripped))
