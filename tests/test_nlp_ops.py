"""The ops the Spanish pipeline predicts with (`reading.nlp`) give thinc's numbers."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps

from contrasta.reading.greedy import largest_pieces
from contrasta.reading.nlp import _maxout, load_pipeline


@pytest.mark.parametrize("shape", [(0, 96, 3), (7, 96, 3), (5, 64, 2), (4, 8, 1)])
def test_maxout_keeps_the_largest_piece_as_thinc_does(shape):
    pieces = numpy.random.default_rng(len(shape)).standard_normal(shape, dtype=numpy.float32)
    pieces[:, :, -1] = pieces[:, :, 0]  # ties: the same number whichever piece wins
    best, which = _maxout(pieces)
    assert which is None
    assert best.flags.c_contiguous and best.dtype == numpy.float32
    assert numpy.array_equal(best, NumpyOps().maxout(pieces)[0])


@pytest.mark.parametrize("shape", [(6, 96, 3), (9, 64, 2), (3, 5, 4), (2, 3, 1)])
def test_largest_pieces_are_the_copied_first_pieces_maximum_nan_and_zeros_too(shape):
    pieces = numpy.random.default_rng(sum(shape)).standard_normal(shape, dtype=numpy.float32)
    pieces[0, 0, :] = numpy.nan
    pieces[1, 1, 0] = numpy.nan
    pieces[1, 2, :] = [-0.0, 0.0, -0.0, 0.0][: shape[-1]]
    pieces[0, 2, :] = [0.0, -0.0, 0.0, -0.0][: shape[-1]]
    copied = pieces[..., 0].copy()
    for piece in range(1, shape[-1]):
        numpy.maximum(copied, pieces[..., piece], out=copied)
    best = largest_pieces(pieces)
    assert best.flags.c_contiguous and not numpy.shares_memory(best, pieces)
    assert numpy.array_equal(best.view(numpy.uint32), copied.view(numpy.uint32))


def test_the_encoders_use_it():
    nlp = load_pipeline("es").nlp
    for name in ("tok2vec", "ner"):
        ops = nlp.get_pipe(name).model.ops
        assert ops.maxout(numpy.ones((1, 2, 3), dtype=numpy.float32))[1] is None


def test_the_lemmatizer_rules_run_on_kept_patterns_with_the_same_lemmas():
    import re
    import sys

    from contrasta.reading.nlp import _RulePatterns, lemma

    pipeline = load_pipeline("es")
    lemmatizer = pipeline.nlp.get_pipe("lemmatizer")
    module = sys.modules[type(lemmatizer).__module__]
    assert isinstance(module.re, _RulePatterns)
    text = "La alcaldesa anunció que amplían el puerto y que lo están reabriendo ya."
    verbs = [t for t in next(pipeline.parsed([text])) if t.pos_ in ("VERB", "AUX")]
    assert {lemma(t) for t in verbs} >= {"anunciar", "reabrir"}
    kept = [lemmatizer.rule_lemmatize(t) for t in verbs]
    try:
        module.re = re
        lemmatizer.cache.clear()
        assert [lemmatizer.rule_lemmatize(t) for t in verbs] == kept
    finally:
        module.re = _RulePatterns()
        lemmatizer.cache.clear()


def test_best_labels_are_those_of_thincs_probabilities_even_for_near_ties():
    from contrasta.reading.nlp import _best

    ops = NumpyOps()
    rng = numpy.random.default_rng(7)
    scores = rng.standard_normal((200, 40), dtype=numpy.float32) * 4
    scores[0, 5] = scores[0].max() + 1e-7  # close enough that probabilities may round equal
    scores[1, 3] = scores[1, 9] = scores[1].max() + 1  # an exact tie: the first wins
    scores[2, 30] = numpy.float32(numpy.nextafter(scores[2].max(), numpy.float32(9)))
    scores[3, 1] = numpy.inf
    scores[4, 2] = numpy.nan
    with numpy.errstate(invalid="ignore"):  # thinc's softmax of a row holding inf or nan
        expected = ops.softmax(scores).argmax(axis=1)
        assert numpy.array_equal(_best(ops, scores.copy()), expected)
        assert _best(ops, scores.copy())[1] == 3


def test_the_morphologizer_tags_as_spacy_does():
    from contrasta.reading.nlp import _guesses

    pipeline = load_pipeline("es")
    step = pipeline.nlp.get_pipe("morphologizer")
    texts = [
        "La alcaldesa de Portmar anunció ayer que el puerto reabrirá en marzo.",
        "Los vecinos, según la policía local, no fueron desalojados.",
        "",
    ]
    docs = [pipeline.nlp.make_doc(text) for text in texts]
    docs = list(pipeline.nlp.get_pipe("tok2vec").pipe(docs))
    mine, spacys = _guesses(step, docs), step.predict(docs)
    assert len(mine) == len(spacys) == 3
    for ours, theirs in zip(mine, spacys, strict=True):
        assert numpy.array_equal(ours, theirs)
    assert step.model.layers[-1].layers[-1].attrs["softmax_normalize"] is True
