"""An article's reading is the same read alone or in a batch of others, and every reader of
a language shares its one spaCy pipeline (`reading.nlp`)."""

from __future__ import annotations

import gc
from datetime import datetime

import pytest

from conftest import EXAMPLES
from contrasta.crosscheck.parse import parse
from contrasta.dossier.reading import read_article, read_articles
from contrasta.pipeline import ingest
from contrasta.reading.entities import load_reader
from contrasta.reading.nlp import load_pipeline
from contrasta.reading.quotes import find_quotes, people
from contrasta.store import open_store


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("batch") / "batch.db")
    ingest(store, [EXAMPLES], now=datetime(2026, 2, 1))
    found = sorted(store.iter_articles(), key=lambda a: a.id)
    store.close()
    assert len({a.lang for a in found}) > 1  # a batch mixes languages
    return found


def test_a_batch_reads_each_article_as_it_reads_alone(articles):
    batched = list(read_articles(articles, batch=7))
    assert [r.article_id for r in batched] == [a.id for a in articles]
    assert batched == [read_article(a) for a in articles]


def test_no_collection_runs_while_a_batch_is_read(articles):
    """A batch's objects are not walked again and again while it is read (`collector.paused`):
    one collection at most, the one that follows the pause; the collector's thresholds are
    back as they were once the batch is read."""
    started: list[int] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(info["generation"])

    thresholds = gc.get_threshold()
    gc.callbacks.append(note)
    try:
        readings = read_articles(articles, batch=len(articles))
        next(readings)
        during = list(started)
        assert gc.get_threshold() == thresholds
        rest = list(readings)
    finally:
        gc.callbacks.remove(note)
    assert len(during) <= 1
    assert len(rest) == len(articles) - 1


def test_the_reading_holds_the_quotes_and_people_a_dossier_needs(articles):
    for article, reading in zip(articles, read_articles(articles), strict=True):
        assert reading.quotes == find_quotes(article.text, article.lang)
        assert reading.people == people(article.text, article.lang)
    assert any(r.quotes for r in read_articles(articles))


def test_entities_and_parses_share_one_pipeline():
    pipeline = load_pipeline("es")
    assert load_reader("es").pipeline is pipeline
    (doc,) = parse(["El ministro anunció ayer la reforma."], "es")
    assert doc.vocab is pipeline.nlp.vocab
    assert [t.dep_ for t in doc if t.dep_ == "ROOT"] == ["ROOT"]
    assert parse(["The minister announced the reform."], "en") is None


def test_parses_mark_whitespace_as_space_and_read_no_fine_tags():
    (doc,) = parse(["El ministro   anunció\nla reforma."], "es")
    spaces = [t for t in doc if t.is_space]
    assert len(spaces) == 2
    assert all(t.pos_ == "SPACE" and not t.morph for t in spaces)
    verb = next(t for t in doc if t.text == "anunció")
    assert verb.pos_ == "VERB" and verb.morph.get("Tense") == ["Past"]
