"""Plain-text articles, as scrapers save them.

A few `key: value` lines may sit at the top (`date 2026-01-12`, `url: ...`); the cleaner
reads them as metadata (`clean.header`), so here they are only kept apart, one per
paragraph. Scrapers write one paragraph per line, but hand-wrapped text also occurs, so a
line is joined to the next one only when it clearly continues mid-sentence.
"""

from __future__ import annotations

import re

from contrasta.clean.header import read_header_line
from contrasta.clean.metadata import extract
from contrasta.clean.rules import match_line
from contrasta.model import RawDocument

_SENTENCE_END = re.compile(r"[.!?…:;»”\"')\]]$")


def paragraphs_from_lines(lines: list[str]) -> list[str]:
    """The paragraphs of a text: its lines, joined where a line was hand-wrapped; a header
    line is never joined to anything."""
    paragraphs: list[str] = []
    joinable = False
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            joinable = False
            continue
        header = read_header_line(line) is not None
        wrapped = joinable and line[0].islower() and not header
        if wrapped and not _whole(line) and not _whole(paragraphs[-1]):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line if not header else raw.strip())
        joinable = len(line) > 50 and not _SENTENCE_END.search(line) and not header
    return paragraphs


def _whole(line: str) -> bool:
    """A line the cleaner takes whole (a date, an e-mail, a widget) was not wrapped, and
    nothing was wrapped onto it."""
    return match_line(line) is not None or extract(line) is not None


def read_text(source: str, text: str) -> RawDocument:
    return RawDocument(
        source=source, fmt="text", text=text, paragraphs=paragraphs_from_lines(text.splitlines())
    )
