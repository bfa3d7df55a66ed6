"""The transition parsers stepped from Python (`reading.greedy`) give what spaCy's own
compiled loop gives: the same heads, labels and entities, docs in the order given.

Every sentence here is invented for the tests.
"""

from __future__ import annotations

import pytest

from contrasta.reading import greedy
from contrasta.reading.nlp import load_pipeline

TEXTS = [
    "El Ayuntamiento de Valdoria aprobó ayer el presupuesto con los votos de la oposición.",
    "",
    "Lucía Ferrán, portavoz del Sindicato de Estibadores, anunció que la huelga seguirá "
    "el lunes 12 de enero si la Autoridad Portuaria de Puerto Almagro no retira el plan.",
    "Ocho heridos.",
    "«No vamos a ceder», dijo Ramiro Acuña a la agencia AAN.\n\nLa reunión terminó sin "
    "acuerdo tras siete horas en la sede del Ministerio de Trabajo, en Montecierzo.",
]


def _read(docs) -> list[list[tuple]]:
    return [[(t.i, t.head.i, t.dep_, t.ent_iob_, t.ent_type_) for t in doc] for doc in docs]


@pytest.mark.parametrize(
    ("before", "step"), [(("tok2vec", "morphologizer"), "parser"), (("entity_ruler",), "ner")]
)
@pytest.mark.parametrize("batch_size", [4, 256])  # parts of 2 docs and of 64
def test_python_steps_parse_as_spacy_does(before, step, batch_size):
    nlp = load_pipeline("es").nlp
    texts = TEXTS * 8
    assert len(texts) >= greedy.MIN_DOCS

    def prepared():
        docs = [nlp.make_doc(text) for text in texts]
        for name in before:
            docs = list(nlp.get_pipe(name).pipe(docs))
        return docs

    ours = list(greedy.run(nlp.get_pipe(step), prepared(), batch_size=batch_size))
    theirs = list(nlp.get_pipe(step).pipe(prepared(), batch_size=64))
    assert [d.text for d in ours] == texts
    assert _read(ours) == _read(theirs)
    if step == "parser":
        assert any(t.dep_ == "nsubj" for t in ours[0])
    else:
        assert ours[2].ents


def test_an_encoder_read_in_runs_of_tokens_parses_the_same(monkeypatch):
    """`ENCODER_TOKENS` splits a batch's docs for the encoder only: runs of a few dozen
    tokens give the parses and entities one run over every doc gives."""
    nlp = load_pipeline("es").nlp
    texts = TEXTS * 8

    def read(tokens: int) -> list[list[tuple]]:
        monkeypatch.setattr(greedy, "ENCODER_TOKENS", tokens)
        docs = [nlp.make_doc(text) for text in texts]
        for name in ("tok2vec", "morphologizer"):
            docs = list(nlp.get_pipe(name).pipe(docs))
        docs = list(greedy.run(nlp.get_pipe("parser"), docs, batch_size=256))
        docs = list(nlp.get_pipe("entity_ruler").pipe(docs))
        return _read(greedy.run(nlp.get_pipe("ner"), docs, batch_size=256))

    docs = [nlp.make_doc(text) for text in TEXTS]
    runs = list(greedy.token_runs(docs, 20))
    assert len(runs) > 1 and [doc for run in runs for doc in run] == docs
    whole = read(10**9)
    assert whole == read(20)
    assert any(ent for doc in whole for *_, ent in doc)


def test_english_names_stepped_from_python_as_spacy_reads_them():
    """English's names-only model (the extra `english`), a few docs at a time (a batch's
    English articles are often few): the entities spaCy's own loop gives."""
    pipeline = load_pipeline("en")
    if "ner" not in pipeline.nlp.pipe_names:
        pytest.skip("no English names model installed")
    nlp = pipeline.nlp
    texts = [
        "Mayor Helen Carraway of Westbrook said on Monday that the Harbor Authority "
        "would reopen the north pier by March.",
        "",
        "The Tolvan Mining Company denied the report, a spokesman for its board told "
        "the Daily Ledger in Port Ellis.",
    ] * 3

    def prepared():
        return list(nlp.get_pipe("entity_ruler").pipe(nlp.make_doc(t) for t in texts))

    ours = list(greedy.run(nlp.get_pipe("ner"), prepared(), batch_size=4))
    theirs = list(nlp.get_pipe("ner").pipe(prepared(), batch_size=64))
    assert [d.text for d in ours] == texts
    assert _read(ours) == _read(theirs)
    assert ours[0].ents


@pytest.mark.parametrize(
    ("before", "step"), [(("tok2vec", "morphologizer"), "parser"), (("entity_ruler",), "ner")]
)
def test_each_step_scores_as_spacys_step_model_bit_for_bit(before, step):
    """`_Scores` works a step's rows out in place and takes two pieces' maximum without a
    reshape: every step's scores are still the bytes spaCy's own step model gives."""
    nlp = load_pipeline("es").nlp
    docs = [nlp.make_doc(text) for text in TEXTS]
    for name in before:
        docs = list(nlp.get_pipe(name).pipe(docs))
    parser = nlp.get_pipe(step)
    parser._ensure_labels_are_added(docs)
    ours, theirs = greedy._Scores(parser.model, docs), parser.model.predict(docs)
    states = [state for state in parser.moves.init_batch(docs) if not state.is_final()]
    steps = 0
    while states:
        scores = ours(states)
        assert scores.tobytes() == theirs.predict(states).tobytes()
        states = parser.transition_states(states, scores)
        steps += 1
    assert steps > 20
