"""The ops the Spanish pipeline predicts with (`reading.nlp`) give thinc's numbers."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps

from contrasta.reading.nlp import _maxout, load_pipeline


@pytest.mark.parametrize("shape", [(0, 96, 3), (7, 96, 3), (5, 64, 2), (4, 8, 1)])
def test_maxout_keeps_the_largest_piece_as_thinc_does(shape):
    pieces = numpy.random.default_rng(len(shape)).standard_normal(shape, dtype=numpy.float32)
    pieces[:, :, -1] = pieces[:, :, 0]  # ties: the same number whichever piece wins
    best, which = _maxout(pieces)
    assert which is None
    assert best.flags.c_contiguous and best.dtype == numpy.float32
    assert numpy.array_equal(best, NumpyOps().maxout(pieces)[0])


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
