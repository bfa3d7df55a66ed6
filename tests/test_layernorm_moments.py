"""The encoders' layer norms with their moments taken once (`reading.layernorm`)."""

from __future__ import annotations

import numpy

from contrasta.reading.layernorm import _Normed, moments_once
from contrasta.reading.nlp import load_pipeline

TEXTS = [
    "La alcaldesa de Portmar anunció ayer que el puerto reabrirá el 3 de marzo de 2027.",
    "«No habrá más cortes», dijo el concejal Tomé Arrizabal, del partido Unión Ribereña.",
    "",
    "Los 1.250 vecinos de Villaserena, según la policía local, no fueron desalojados.",
]


def _encoders(nlp):
    return [nlp.get_pipe("tok2vec").model, nlp.get_pipe("ner").model.get_ref("tok2vec")]


def _norms(model):
    return [node for node in model.walk() if node.name == "layernorm"]


def test_every_layer_norm_of_the_spanish_encoders_takes_its_moments_once():
    nlp = load_pipeline("es").nlp
    for model in _encoders(nlp):
        norms = _norms(model)
        assert len(norms) == 5  # the embedding's mix and the four convolutions
        assert all(isinstance(node._func, _Normed) for node in norms)
        assert moments_once(model) == 0  # already done: not wrapped twice


def test_the_vectors_are_thincs_own_bit_for_bit():
    nlp = load_pipeline("es").nlp
    docs = [nlp.make_doc(text) for text in TEXTS]
    for model in _encoders(nlp):
        mine = model.predict(docs)
        norms = _norms(model)
        for node in norms:
            node._func = node._func.original
        try:
            theirs = model.predict(docs)
        finally:
            moments_once(model)
        # the shared encoder gives each doc's rows, `ner`'s its projection of every token's
        ours, own = (
            v if isinstance(v, numpy.ndarray) else numpy.concatenate(v) for v in (mine, theirs)
        )
        assert len(ours) == sum(len(d) for d in docs) and ours.dtype == own.dtype
        assert numpy.array_equal(ours, own)


def test_a_layer_norm_alone_is_thincs_and_trains_through_thinc():
    nlp = load_pipeline("es").nlp
    node = _norms(_encoders(nlp)[0])[-1]
    rows = numpy.random.default_rng(7).standard_normal((33, node.get_dim("nI")))
    rows = (rows * 3 + 1).astype("float32")
    ours = node.predict(rows)
    theirs, _ = node._func.original(node, rows, False)
    assert numpy.array_equal(ours, theirs)
    assert not numpy.shares_memory(ours, rows)
    trained, backprop = node.begin_update(rows)  # thinc's own, with its backward pass
    assert numpy.array_equal(trained, theirs)
    assert backprop(numpy.ones_like(trained)).shape == rows.shape
