"""The shapes of a reading: a `Quote` found, a quoted span of a paragraph, a name written."""

from __future__ import annotations

from dataclasses import dataclass

from contrasta.reading.roles import (
    Description,
)


@dataclass(frozen=True)
class Quote:
    """Quoted words with offsets into the text given, so every quote can be cited."""

    text: str
    speaker: str | None
    start: int
    end: int
    style: str
    partial: bool
    cue: str | None
    how: str | None = None  # the evidence the speaker rests on (`_Reader.read`); None: none


@dataclass(frozen=True)
class _Span:
    start: int  # of the quoted words, in the paragraph
    end: int
    open: int  # of the opening mark (or dash)
    close: int  # just past the closing mark, or where the narrator's part begins
    style: str
    closed: bool
    cut: bool = False  # ended where the page was cut (`_cut`), its closing mark lost


@dataclass(frozen=True)
class _Mention:
    name: str
    start: int
    description: Description | None  # the title it is introduced with, if any
