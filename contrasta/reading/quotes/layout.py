"""A text's layout, read once and kept: paragraphs, quoted spans, sentences and the names
written, built from each paragraph's layout."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from contrasta.reading.names import (
    is_given_name,
)
from contrasta.reading.quotes.clauses import _introduction
from contrasta.reading.quotes.english import _epithet_cut_name_en
from contrasta.reading.quotes.marks import (
    _dash_spans,
    _going_on,
    _mark_spans,
    _mask,
    _runs_on,
    _single_spans,
    _unopened,
)
from contrasta.reading.quotes.quote import _Mention, _Span
from contrasta.reading.quotes.speaker_names import (
    _function_word,
    _glued,
    _is_organisation,
    _is_person,
    _listed,
    _strip_titles,
    _title_word,
)
from contrasta.reading.quotes.words import _LOWER, _NAME, _NAME_TITLES, _UPPER
from contrasta.reading.sentences import Sentence, split_sentences

# An acronym right before a capitalised name, part of it ("TV Azteca", "BBC Mundo") unless
# a first name follows (a credit or an outlet before a person: "AAN Jacinta Ortúzar").
_ACRONYM_BEFORE = re.compile(r"\b[A-ZÁÉÍÓÚÑ]{2,6}\s+$")


LAYOUTS = 128
"""Texts whose `_Layout` is kept. A run reads a batch of articles (`dossier.reading.BATCH`)
and then builds their stories' dossiers, which read the same texts' quotes again with each
story's people: kept, the second reading skips about two thirds of the work."""


@dataclass(frozen=True)
class _Layout:
    """What reading a text's quotes starts from, whoever the story's people are: its
    paragraphs (offset, text), each paragraph's quoted spans, the paragraphs with the
    quoted words masked, their sentences, and the names they write."""

    paragraphs: tuple[tuple[int, str], ...]
    spans: tuple[tuple[_Span, ...], ...]
    masked: tuple[tuple[int, str], ...]
    sentences: tuple[tuple[Sentence, ...], ...]
    mentions: tuple[_Mention, ...]


@lru_cache(maxsize=LAYOUTS)
def _layout(text: str, single: bool = False) -> _Layout:
    """`single`: single marks quote too (`_single_spans`), as English writes them."""
    paragraphs = tuple(_paragraphs(text))
    laid = []
    for index, (_, paragraph) in enumerate(paragraphs):
        left_open = bool(laid) and any(not span.closed for span in laid[-1].spans)
        continued = _runs_on(laid[-1].spans, paragraphs, index) if laid else None
        laid.append(
            _paragraph_layout(
                _capitals_named(paragraph, text),
                straight=not left_open,
                single=single,
                continued=continued,
            )
        )
    return _Layout(
        paragraphs=paragraphs,
        spans=tuple(piece.spans for piece in laid),
        masked=tuple(
            (offset, piece.masked) for (offset, _), piece in zip(paragraphs, laid, strict=True)
        ),
        sentences=tuple(piece.sentences for piece in laid),
        mentions=tuple(
            _Mention(mention.name, offset + mention.start, mention.description)
            for (offset, _), piece in zip(paragraphs, laid, strict=True)
            for mention in piece.mentions
        ),
    )


# A word in capitals before a capitalised one: the lead's first words, set in capitals
# ("AVANESHNI Govender was one of…", "LONDON —").
_CAPITALS_BEFORE_NAME = re.compile(rf"(?<![\w'’])([{_UPPER}]{{3,}})(?=\s+[{_UPPER}][{_LOWER}])")


def _capitals_named(paragraph: str, text: str) -> str:
    """The paragraph with a name's word written in capitals at the lead's opening, as the
    press sets a lead's first words ("AVANESHNI Govender was…"), written as the text writes
    it elsewhere ("Avaneshni"), so that the name is read whole; an acronym the text never
    writes so ("NASA Administrator X") stays. Same length: offsets keep."""

    def named(match: re.Match[str]) -> str:
        word = match.group(1).capitalize()
        return word if _written_alone(word, text) else match.group(1)

    return _CAPITALS_BEFORE_NAME.sub(named, paragraph)


def _written_alone(word: str, text: str) -> bool:
    """Whether `text` writes `word` as a word of its own (no letter glued either side)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (not at or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


PARAGRAPHS = 4096
"""Paragraphs whose `_ParagraphLayout` is kept. A text's layout is its paragraphs', each
laid out on its own, and the texts read again are mostly the same paragraphs: a claim's
referent is looked for in the text before it (`crosscheck.referents`, the title put
first), which laid out whole took ~6% of extracting an article's claims."""


@dataclass(frozen=True)
class _ParagraphLayout:
    """A paragraph's part of `_Layout`, its names' offsets into the paragraph."""

    spans: tuple[_Span, ...]
    masked: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[_Mention, ...]


@lru_cache(maxsize=PARAGRAPHS)
def _paragraph_layout(
    paragraph: str, straight: bool = False, single: bool = False, continued: str | None = None
) -> _ParagraphLayout:
    """`straight`: a straight closing mark no mark opened may end a quote here
    (`_unopened`), as the paragraph before left no quote open that it could close.
    `single`: single marks quote too (`_single_spans`). `continued`: the paragraph goes on
    with a quote the one before left open (`_runs_on`), marked in this style: its words
    are quoted from its start to its first mark, which closes it, or whole when it has
    none."""
    marked = _mark_spans(paragraph)
    if single:
        marked = sorted([*marked, *_single_spans(paragraph, marked)], key=lambda s: s.open)
    going_on = _going_on(paragraph, continued) if continued else None
    if going_on is not None:
        marked = [going_on, *(span for span in marked if span.open >= going_on.close)]
    spans = tuple(
        (going_on is None and _dash_spans(paragraph)) or _unopened(paragraph, marked, straight)
    )
    masked = _titles_lowered(_mask(paragraph, spans))
    return _ParagraphLayout(
        spans=spans,
        masked=masked,
        sentences=tuple(split_sentences(masked)),
        mentions=tuple(_names_written(((0, masked),), english=single)),
    )


_TITLE_BEFORE_NAME = re.compile(
    rf"(?<!\w)(?:[Ee]l|[Ll]a|[Dd]el|[Aa]l)\s+([{_UPPER}][{_LOWER}]+)(?!\.)(?=\s+({_NAME.pattern}))"
)


def _titles_lowered(masked: str) -> str:
    """A title capitalised after an article before a person's name ("el Papa Clemente",
    "la Senadora Marta Ibarra", "del Cardenal X") written in lower case, as the press
    mostly writes it: the title is then read as a title (an introduction, a description
    naming the person again later), not as the first word of the name. Not before an
    organisation's name nor a listed one ("el Presidente Hayes"), and a role's word
    (`roles`) only before a name of two words or more ("el Secretario General" stays).
    Same length: offsets keep."""

    def lowered(match: re.Match[str]) -> str:
        title, name = match.group(1), match.group(2)
        written = match.group(0)
        if not _title_word(title) or _is_organisation(name) or _listed(title + " " + name):
            return written
        if _title_word(name.split()[0]) or _function_word(name):
            return written
        if not _is_person(name) and title.lower().rstrip(".") not in _NAME_TITLES:
            return written  # "el Secretario General": a role's word before one word
        return written[: match.start(1) - match.start()] + title.lower()

    return _TITLE_BEFORE_NAME.sub(lowered, masked)


def _names_written(
    masked_paragraphs: tuple[tuple[int, str], ...], english: bool = False
) -> list[_Mention]:
    """The names the masked paragraphs write, each with the title it is introduced with."""
    found = []
    for offset, masked in masked_paragraphs:
        for match in _NAME.finditer(masked):
            acronym = _ACRONYM_BEFORE.search(masked, max(0, match.start() - 8), match.start())
            first = match.group(0).split()[0]
            joined = acronym and (
                _listed(acronym.group(0) + first) or not is_given_name(first)
            )  # "BBC Mundo", "TV Azteca", "CB Cebulski"; not "AAN Jacinta Ortúzar"
            written = (acronym.group(0) if joined else "") + match.group(0)
            name = _strip_titles(written, english=english)  # "BBC Mundo Nayra Ruiz": outlet cut
            if english and name:
                name = _epithet_cut_name_en(name)  # "The Body Coach Joe Wicks"
            if not name or _function_word(name):
                continue
            start = match.start() + _glued(match.group(0), name)
            organisation = _is_organisation(name)  # "El presidente Unión X Nacional"
            description = (
                None if organisation or _listed(name) else _introduction(masked, start, match.end())
            )  # no title for "Ucrania" of "El patriarca de la Iglesia de Ucrania"
            found.append(_Mention(name, offset + start, description))
    return found


def _paragraphs(text: str):
    start = 0
    for piece in re.split(r"(\n\s*\n)", text):
        if piece.strip() and not re.fullmatch(r"\n\s*\n", piece):
            yield start, piece
        start += len(piece)
