"""The SQLite store, on a real file: round trips, search, stories."""

from __future__ import annotations

from datetime import datetime

import pytest

from contrasta.errors import ContrastaError
from contrasta.model import Article, CoverageMeter, Reference, RemovedLine, Story, StoryMember
from contrasta.store import open_store
from contrasta.store.sqlite import fts_query


def article(n: int, text: str, **extra) -> Article:
    return Article(
        id=f"{n:012x}",
        source=f"/tmp/{n}.txt",
        fmt="text",
        content_hash=f"hash{n}",
        title=f"Título {n}",
        text=text,
        outlet="Diario La Meseta",
        published=datetime(2026, 1, n),
        published_from="header",
        lang="es",
        ingested_at=datetime(2026, 2, 1),
        **extra,
    )


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store.db")
    yield s
    s.close()


def test_round_trip_keeps_noise_meter_and_references(store):
    original = article(
        1,
        "Primer párrafo.\n\nSegundo párrafo.",
        removed=[RemovedLine("Foto: Reuters.", "photo-credit", 2)],
        meter=CoverageMeter({"Progresista": 30.0, "Conservador": 70.0}, "Progresista 30%..."),
        references=[
            Reference(
                raw="Morales, E. (2026)",
                outlet="El Heraldo",
                published=datetime(2026, 1, 9),
                url="https://h.example/a",
            )
        ],
    )
    assert store.add_articles([original]) == [True]
    loaded = store.get_article("0000")
    assert loaded == original
    assert loaded.paragraphs == ["Primer párrafo.", "Segundo párrafo."]


def test_same_hash_is_not_stored_twice(store):
    assert store.add_articles([article(1, "a"), article(1, "a")]) == [True, False]
    assert store.has_hash("hash1")
    assert store.count_articles() == 1


def test_search_ignores_accents_and_survives_fts_syntax(store):
    store.add_articles(
        [
            article(1, "La huelga de estibadores paraliza el puerto de Valparaíso."),
            article(2, "El Congreso aprobó la ley de vivienda."),
        ]
    )
    hits = store.search("valparaiso")
    assert [a.id for a, _ in hits] == [f"{1:012x}"]
    assert "[Valparaíso]" in hits[0][1]
    assert store.search('huelga" (puerto*')[0][0].id == f"{1:012x}"
    assert store.search("***") == []
    assert fts_query('a"b') == '"a" "b"'


def test_ambiguous_prefix_finds_nothing(store):
    store.add_articles([article(1, "a"), article(2, "b")])
    assert store.get_article("0000") is None
    assert store.get_article(f"{2:012x}").id == f"{2:012x}"


def test_replace_stories_is_atomic_and_ordered_by_date(store):
    store.add_articles([article(3, "c"), article(1, "a"), article(2, "b")])
    ids = [f"{n:012x}" for n in (3, 1, 2)]
    story = Story("s1", "Titular", [StoryMember(i, 0.5, "test") for i in ids])
    store.replace_stories([story, Story("s2", "Otra", [])], "m")
    store.replace_stories([story], "m")
    stories = store.list_stories()
    assert [s.id for s in stories] == ["s1"]
    assert stories[0].article_ids == sorted(ids)


def test_problems_are_kept_per_run(store):
    from contrasta.model import Problem

    run = store.start_run()
    store.finish_run(run, {"files_read": 2}, [Problem("x.txt", "empty file", "hint")])
    assert store.run_problems() == [Problem("x.txt", "empty file", "hint")]


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    with pytest.raises(ContrastaError, match="cannot open database"):
        open_store(path)
