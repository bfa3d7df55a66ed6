"""A paragraph's doc cut from its article's tokens is the doc its text alone makes
(`reading.tokenized`), and the parse's whitespace rule is the attribute ruler's
(`nlp._spaced`)."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, LOWER, NORM, ORTH, PREFIX, SHAPE, SPACY, SUFFIX

from contrasta.dossier.reading import _paragraph_docs, entity_text
from contrasta.model import Article
from contrasta.reading.nlp import SPACE_STEP, load_pipeline
from contrasta.reading.tokenized import cut

ATTRS = [ORTH, NORM, SPACY, IDX, LOWER, SHAPE, PREFIX, SUFFIX]
PARAGRAPHS = [
    "La alcaldesa de Villaserena, Ana Gil, inauguró ayer el puerto (EE.UU. envió 3.500 €).",
    "Ud. dijo: «no habrá más retrasos», según el Sr. Ruiz... ¿Será así? ",
    "",
    "Ver también: https://ejemplo.es/puerto-2024 y @villaserena #puerto",
]


def _same(doc, alone) -> bool:
    return doc.text == alone.text and numpy.array_equal(doc.to_array(ATTRS), alone.to_array(ATTRS))


def _spans(text: str, start: int) -> list[tuple[int, int]]:
    """Where each paragraph of text[start:] lies in it."""
    spans, at = [], start
    for paragraph in text[start:].split("\n\n"):
        spans.append((at, at + len(paragraph)))
        at += len(paragraph) + 2
    return spans


def test_a_paragraph_cut_from_the_whole_text_is_the_paragraph_tokenized_alone():
    nlp = load_pipeline("es").nlp
    text = "Titular del puerto.\n\n" + "\n\n".join(PARAGRAPHS)
    found = cut(nlp.make_doc(text), text, _spans(text, len("Titular del puerto.\n\n")))
    assert all(doc is not None for doc in found)
    for doc, paragraph in zip(found, PARAGRAPHS, strict=True):
        assert _same(doc, nlp.make_doc(paragraph))
    assert found[1][0].norm_ == "usted"  # a special case's norm, kept


def test_a_paragraph_opening_on_a_line_break_has_no_cut_of_its_own():
    nlp = load_pipeline("es").nlp
    text = "El puerto abrió.\n\n\nLos barcos llegaron.  \n\nFin."
    found = cut(nlp.make_doc(text), text, _spans(text, 0))
    assert found[1] is None
    assert _same(found[0], nlp.make_doc("El puerto abrió."))
    assert _same(found[2], nlp.make_doc("Fin."))


def test_an_articles_parsed_paragraphs_are_cut_where_they_can_be():
    article = Article(
        id="a1",
        source="ficcion.txt",
        fmt="txt",
        content_hash="h1",
        title="Villaserena reabre su puerto",
        text="El puerto de Villaserena reabrió ayer.\n\n\nLa alcaldesa lo celebró.",
        lang="es",
    )
    pipeline = load_pipeline("es")
    text = entity_text(article)
    parts = _paragraph_docs(article, [(0, text, pipeline.tokens(text))])
    assert parts[0] == article.title  # read with a full stop in `entity_text`: tokenized alone
    assert _same(parts[1], pipeline.tokens("El puerto de Villaserena reabrió ayer."))
    assert parts[2] == "\nLa alcaldesa lo celebró."


def test_whitespace_tokens_are_marked_as_the_attribute_ruler_marks_them():
    pipeline = load_pipeline("es")
    nlp = pipeline.nlp
    text = "Ana  Gil habló.\n El puerto\tabre  hoy. "
    ours = next(pipeline.parsed([text]))
    theirs = nlp.make_doc(text)
    for name in ("tok2vec", "morphologizer", "parser"):
        theirs = nlp.get_pipe(name)(theirs)
    theirs = nlp.get_pipe(SPACE_STEP)(theirs)
    assert [t.pos_ for t in ours] == [t.pos_ for t in theirs]
    assert [(t.tag_, str(t.morph)) for t in ours] == [(t.tag_, str(t.morph)) for t in theirs]
    assert [t.pos_ for t in ours if t.is_space] == ["SPACE"] * 4


def test_the_ruler_finds_the_same_names_trying_its_token_patterns_only_where_they_open():
    from contrasta.reading.opening_words import OpeningWords, tried_where_opened

    pipeline = load_pipeline("es")
    ruler = pipeline.nlp.get_pipe("entity_ruler")
    assert isinstance(ruler.matcher, OpeningWords)
    texts = [
        "El Ministerio de Sanidad y la Fundación para la Defensa del Puerto firmaron.",
        "Ana Gil habló con la prensa en Madrid y en Villaserena.",
        "",
    ]

    def names() -> list[list[tuple]]:
        docs = [ruler(pipeline.tokens(text)) for text in texts]
        return [[(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents] for doc in docs]

    ours = names()
    assert ruler.matcher(pipeline.tokens(texts[1])) == []
    ruler.matcher = ruler.matcher.matcher
    try:
        theirs = names()
    finally:
        tried_where_opened(ruler)
    assert ours == theirs
    assert ("Ministerio", "*") in {(pipeline.tokens(texts[0])[s].text, i) for s, _, _, i in ours[0]}


def test_the_tokenizer_keeps_the_runs_it_cut_past_spacys_ten_thousand():
    from contrasta.reading.nlp import TOKENIZER_CACHE

    pipeline = load_pipeline("es")
    assert pipeline.nlp.tokenizer.max_cache_size == TOKENIZER_CACHE > 10_000
    text = "«Villaserena», dijo Ana Gil (alcaldesa) el 3-IV-2024: ¡ya!"
    assert _same(pipeline.tokens(text), pipeline.tokens(text))  # the second from its cache
