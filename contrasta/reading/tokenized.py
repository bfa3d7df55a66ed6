"""A paragraph's tokens cut from its article's, not tokenized again.

A Spanish article goes through spaCy twice: whole, for its names (`entities`), and paragraph
by paragraph, for its parse (`crosscheck.claims.parsed_texts`). Tokenizing is the costly
part of making a doc (prefix, suffix and infix patterns per word, the special cases'
matcher per doc: ~1.8 microseconds a token, 1.6 CPU s for the real corpus's Spanish
paragraphs), while a doc built from words already cut costs a third of that. spaCy cuts a
text at whitespace first and tokenizes each run between whitespace alone; the whole text
holds each paragraph with a paragraph break either side, its own whitespace token, so the
whole text's tokens between a paragraph's first and last character are the tokens of the
paragraph alone (checked on all 15,076 Spanish paragraphs of bench/realcorpus.py: the same
words, spaces and norms, and the same readings of all 2,470 articles, bench/same_readings.py).
A paragraph that opens or ends with whitespace other than one space shares a whitespace
token with the break beside it: it has no cut of its own, and is tokenized alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def cut(doc: Doc, text: str, spans: list[tuple[int, int]]) -> list[Doc | None]:
    """For each (start, end) of `text` (the text `doc` was tokenized from), the doc the
    tokenizer makes of `text[start:end]`, built from `doc`'s tokens there (the words, the
    spaces after them, and the norms a special case gives: "Ud." is "usted"); None where no
    token starts at `start` or none ends at `end`, its trailing space included."""
    import numpy
    from spacy.attrs import IDX, LENGTH, NORM, SPACY
    from spacy.tokens import Doc

    columns = doc.to_array([IDX, LENGTH, SPACY, NORM]).astype("int64").reshape((-1, 4))
    starts, lengths, spaced = columns[:, 0], columns[:, 1], columns[:, 2]
    ends = starts + lengths + spaced
    found: list[Doc | None] = []
    for start, end in spans:
        first = int(numpy.searchsorted(starts, start))
        last = int(numpy.searchsorted(ends, end))
        if start == end:
            found.append(Doc(doc.vocab, words=[], spaces=[]))
        elif (
            first == len(starts) or starts[first] != start or last == len(ends) or ends[last] != end
        ):
            found.append(None)
        else:
            rows = slice(first, last + 1)
            edges = zip(starts[rows].tolist(), lengths[rows].tolist(), strict=True)
            words = [text[at : at + n] for at, n in edges]
            piece = Doc(doc.vocab, words=words, spaces=spaced[rows].astype(bool).tolist())
            piece.from_array([NORM], columns[rows, 3].astype("uint64"))
            found.append(piece)
    return found
