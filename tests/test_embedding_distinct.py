"""The encoders' first layers computed once per distinct token (`reading.embedding`)."""

from __future__ import annotations

import numpy
import pytest

from contrasta.reading.embedding import _Distinct, distinct_embeddings, distinct_rows
from contrasta.reading.nlp import load_pipeline

TEXTS = [
    "La alcaldesa de Portmar anunció ayer que el puerto de Portmar reabrirá en marzo.",
    "El puerto, el puerto y el puerto: la alcaldesa lo repitió tres veces en el pleno.",
    "",
    "Los vecinos de Villaserena, según la policía local, no fueron desalojados.",
]


def _embedding(model):
    return next(node for node in model.walk() if isinstance(node._func, _Distinct))


def _encoders(nlp):
    return [nlp.get_pipe("tok2vec").model, nlp.get_pipe("ner").model.get_ref("tok2vec")]


def test_every_spanish_encoder_embeds_distinct_tokens_once():
    nlp = load_pipeline("es").nlp
    for model in _encoders(nlp):
        assert _embedding(model) is not None
        assert distinct_embeddings(model) == 0  # already done: not wrapped twice


@pytest.mark.parametrize("which", [0, 1])
def test_the_vectors_are_the_model_chains_own(which):
    nlp = load_pipeline("es").nlp
    node = _embedding(_encoders(nlp)[which])
    docs = [nlp.make_doc(text) for text in TEXTS]
    distinct = node.predict(docs)
    own, _ = node._func.original(node, docs, False)
    assert [len(v) for v in distinct] == [len(d) for d in docs]
    for mine, theirs in zip(distinct, own, strict=True):
        assert mine.shape == theirs.shape and mine.dtype == theirs.dtype
        assert numpy.allclose(mine, theirs, rtol=0, atol=1e-4)
    # "puerto" once in the first text, three times in the second: one row for all of them
    puerto = [
        v[i]
        for d, v in zip(docs, distinct, strict=True)
        for i, t in enumerate(d)
        if t.text == "puerto"
    ]
    assert len(puerto) == 4
    assert all(numpy.array_equal(puerto[0], v) for v in puerto[1:])


def test_training_goes_through_the_chain():
    nlp = load_pipeline("es").nlp
    node = _embedding(_encoders(nlp)[0])
    called = []
    distinct = node._func
    original = distinct.original

    def recorded(model, docs, is_train):
        called.append(is_train)
        return original(model, docs, is_train)

    node._func = _Distinct(recorded, distinct.extract, distinct.embed, distinct.mix)
    try:
        docs = [nlp.make_doc(TEXTS[0])]
        node.predict(docs)
        assert called == []
        node.begin_update(docs)
        assert called == [True]
    finally:
        node._func = distinct


@pytest.mark.parametrize("rows", [1, 2, 9, 400])
def test_distinct_rows_are_numpys_unique_rows_in_its_order(rows):
    rng = numpy.random.default_rng(rows)
    # few values per column, so rows repeat and share their first columns
    features = rng.integers(0, 3, size=(rows, 4)).astype(numpy.uint64)
    features[:, 1] *= numpy.uint64(2**63 + 5)  # values above the signed range sort as unsigned
    found, inverse = distinct_rows(features)
    theirs, their_inverse = numpy.unique(features, axis=0, return_inverse=True)
    assert numpy.array_equal(found, theirs)
    assert numpy.array_equal(inverse, their_inverse.ravel())
    assert numpy.array_equal(found[inverse], features)


def test_the_spanish_tokens_features_give_numpys_unique_rows():
    nlp = load_pipeline("es").nlp
    node = _embedding(_encoders(nlp)[0])
    docs = [nlp.make_doc(text) for text in TEXTS]
    features = numpy.concatenate(node._func.extract.predict(docs))
    found, inverse = distinct_rows(features)
    theirs, their_inverse = numpy.unique(features, axis=0, return_inverse=True)
    assert len(found) < len(features)
    assert numpy.array_equal(found, theirs)
    assert numpy.array_equal(inverse, their_inverse.ravel())
