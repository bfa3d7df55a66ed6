"""The store on both back ends (a real SQLite file, a real PostgreSQL server): round trips,
search, stories."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from contrasta.errors import ContrastaError
from contrasta.model import Article, CoverageMeter, Reference, RemovedLine, Story, StoryMember
from contrasta.refs import Matches, matches
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
def store(store_location):
    s = open_store(store_location)
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


def test_articles_come_in_the_order_asked_each_once(store):
    """Both stores answer the same: SQLite gave its index's order."""
    store.add_articles([article(n, f"Noticia {n} de la comarca.") for n in (1, 2, 3)])
    asked = [f"{n:012x}" for n in (3, 1, 3, 9, 2)]
    assert [a.id for a in store.get_articles(asked)] == [f"{n:012x}" for n in (3, 1, 2)]


def test_grouping_methods_are_named_by_their_first_story_id(store):
    """Both stores answer the same, whatever order the stories were saved in (SQLite
    named them in the order its table happened to hold them)."""
    store.add_articles([article(1, "a"), article(2, "b")])
    when = datetime(2026, 1, 1)
    store.save_stories(
        [Story("s2", "Dos", [StoryMember(f"{2:012x}", 1.0, "x")], when, when)], "a mano"
    )
    store.save_stories(
        [Story("s1", "Uno", [StoryMember(f"{1:012x}", 1.0, "x")], when, when)], "en línea"
    )
    assert store.grouping_method() == "en línea; a mano"


def test_stories_are_saved_ordered_and_articles_move_between_them(store):
    store.add_articles([article(3, "c"), article(1, "a"), article(2, "b")])
    ids = [f"{n:012x}" for n in (3, 1, 2)]
    first, last = datetime(2026, 1, 1), datetime(2026, 1, 3)
    story = Story("s1", "Titular", [StoryMember(i, 0.5, "test") for i in ids], first, last)
    store.save_stories([story], "m")
    assert store.list_stories()[0].article_ids == sorted(ids)
    moved = Story("s2", "Otra", [StoryMember(ids[0], 1.0, "by hand")], last, last)
    store.save_stories([moved], "m")
    assert {s.id: len(s.members) for s in store.list_stories()} == {"s1": 2, "s2": 1}
    assert store.get_story("s1").article_ids == sorted(ids[1:])
    store.save_stories([Story("s1", "Titular", [], first, last)], "m")
    assert [s.id for s in store.list_stories()] == ["s2"]
    # A story not saved, left empty by a save that takes its last member, goes too.
    third = Story("s3", "Tercera", [StoryMember(ids[0], 1.0, "by hand")], last, last)
    store.save_stories([third], "m")
    assert [s.id for s in store.list_stories()] == ["s3"]


def test_members_come_dated_by_time_then_undated_by_id_never_by_ingestion(store):
    """Ingestion times differ between runs of the same input, so they must not order
    anything: the undated follow the dated, among themselves by id (`Article.order`)."""
    undated = [
        replace(article(n, "u"), published=None, ingested_at=at)
        for n, at in ((7, datetime(2026, 2, 1, 9, 0, 1)), (5, datetime(2026, 2, 1, 9, 0, 2)))
    ]
    early = replace(article(3, "e"), published=None, ingested_at=datetime(2025, 6, 1))
    articles = [article(9, "d"), *undated, early, article(2, "c")]
    store.add_articles(articles)
    expected = [a.id for a in sorted(articles, key=lambda a: a.order)]
    assert expected == [f"{n:012x}" for n in (2, 9, 3, 5, 7)]
    assert store.unplaced_article_ids() == expected
    assert [a.id for a in store.iter_articles()] == expected
    members = [StoryMember(i, 0.5, "test") for i in reversed(expected)]
    store.save_stories([Story("s1", "Titular", members, datetime(2026, 1, 2))], "m")
    assert store.get_story("s1").article_ids == expected
    assert store.list_stories()[0].article_ids == expected
    assert store.story_page("largest", 1)[0][0].article_ids == expected


def test_story_pages_are_ordered_cut_and_counted_by_the_store(store):
    store.add_articles([article(n, f"texto {n}") for n in range(1, 8)])

    def made(story_id: str, days: list[int]) -> Story:
        members = [StoryMember(f"{n:012x}", 1.0, "test") for n in reversed(days)]
        first, last = datetime(2026, 1, days[0]), datetime(2026, 1, days[-1])
        return Story(story_id, story_id.upper(), members, first, last)

    stories = [made("s1", [1, 2, 3]), made("s2", [7]), made("s3", [4, 5]), made("s4", [6])]
    store.save_stories(stories, "m")

    def ids(order: str, limit: int, offset: int = 0) -> tuple[list[str], int]:
        page, total = store.story_page(order, limit, offset)
        return [s.id for s in page], total

    assert ids("recent", 2) == (["s2", "s4"], 4)
    assert ids("recent", 2, 2) == (["s3", "s1"], 4)
    assert ids("largest", 3) == (["s1", "s3", "s4"], 4)
    assert ids("largest", 3, 3) == (["s2"], 4)
    assert ids("recent", 5, 4) == ([], 4)
    (oldest,), _ = store.story_page("recent", 1, 3)
    assert oldest.article_ids == [f"{n:012x}" for n in (1, 2, 3)]
    assert oldest.last == datetime(2026, 1, 3)
    assert store.story_of(f"{5:012x}").id == "s3"
    assert store.story_of(f"{5:012x}").article_ids == [f"{n:012x}" for n in (4, 5)]
    store.add_articles([article(9, "sin historia")])
    assert store.story_of(f"{9:012x}") is None

    def row(blindspot: dict | None) -> str:
        return json.dumps({"headline": "x", "blindspot": blindspot})

    store.save_dossier("s1", "k", "i", row({"side": "izquierda"}), b"")
    store.save_dossier("s2", "k", "i", row(None), b"")
    store.save_dossier("s4", "k", "i", row({"side": "derecha"}), b"")
    # s3 has no stored row yet: listed, so that the page builds its row
    assert store.blindspot_story_ids("i", None) == ["s4", "s3", "s1"]
    assert store.blindspot_story_ids("i", datetime(2026, 1, 5)) == ["s4", "s3"]
    # rows built from other inputs (another registry) may flag other stories
    assert store.blindspot_story_ids("other", None) == ["s2", "s4", "s3", "s1"]
    store.save_stories([made("s2", [7])], "m")  # saved again: its row may be stale
    assert store.blindspot_story_ids("i", None) == ["s2", "s4", "s3", "s1"]


def test_active_stories_are_found_by_date_span(store):
    store.add_articles([article(1, "a"), article(9, "b")])
    early = Story(
        "s1", "A", [StoryMember(f"{1:012x}", 1, "x")], datetime(2026, 1, 1), datetime(2026, 1, 2)
    )
    late = Story(
        "s9", "B", [StoryMember(f"{9:012x}", 1, "x")], datetime(2026, 1, 9), datetime(2026, 1, 9)
    )
    store.save_stories([early, late], "m")
    assert store.active_story_ids(datetime(2026, 1, 2), datetime(2026, 1, 5)) == ["s1"]
    assert store.unplaced_article_ids() == []


def test_vectors_and_pins_round_trip(store):
    store.add_articles([article(1, "a")])
    store.save_vectors("use", {f"{1:012x}": b"\x00\x01"})
    assert store.load_vectors("use", [f"{1:012x}", "nope"]) == {f"{1:012x}": b"\x00\x01"}
    assert store.load_vectors("e5", [f"{1:012x}"]) == {}
    store.pin([f"{1:012x}"], "s1")
    store.pin([f"{1:012x}"], "s2")
    assert store.pins() == {f"{1:012x}": "s2"}


def test_problems_are_kept_per_run(store):
    from contrasta.model import Problem

    run = store.start_run()
    store.finish_run(run, {"files_read": 2}, [Problem("x.txt", "empty file", "hint")])
    assert store.run_problems() == [Problem("x.txt", "empty file", "hint")]


def test_a_runs_problems_and_warnings_are_kept_apart_in_the_order_said(store):
    """What a run could not use and what it read with a warning, kept beside each other
    with its counts: the last run by default, any run by number, the latest first in a
    list; a run stopped before its end has no end; no such run is None."""
    from contrasta.model import Problem

    empty = Problem("/notas/vacio.txt", "archivo vacío", "nada que leer")
    odd = Problem("/notas/roto.txt", "codificación supuesta", "guárdelo como UTF-8")
    late = Problem("/notas/futuro.txt", "fecha 3000-05-12 descartada", "corrija la fecha")
    first = store.start_run()
    store.finish_run(
        first,
        {"files_read": 4, "articles_added": 2, "duplicates": 1, "stories": 2},
        [empty],
        [odd, late],
    )
    second = store.start_run()  # stopped before its end
    assert second > first
    last = store.get_run()
    assert (last.id, last.finished, last.problems, last.warnings) == (second, None, [], [])
    run = store.get_run(first)
    assert (run.files, run.added, run.duplicates, run.stories) == (4, 2, 1, 2)
    assert (run.problems, run.warnings) == ([empty], [odd, late])
    assert (run.problem_count, run.warning_count) == (1, 2)
    assert run.started <= run.finished
    assert store.run_problems(first) == [empty]  # problems only, as before
    listed, total = store.recent_runs(1)
    assert total == 2 and [r.id for r in listed] == [second]
    listed, _ = store.recent_runs(10)
    assert [r.id for r in listed] == [second, first]
    assert listed[1].warning_count == 2 and listed[1].warnings == []  # counts only
    assert store.get_run(second + 1) is None and store.get_run(2**70) is None


def test_a_database_made_before_warnings_were_kept_opens_and_keeps_its_problems(tmp_path):
    """A SQLite file with the runs and problems tables as they were before warnings were
    stored (no `problems.kind`, no `runs.warnings`), a run and its problem in them: it
    opens, the old problem reads as a problem, and the next run keeps its warnings."""
    import sqlite3

    from contrasta.model import Problem

    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            files_read INTEGER NOT NULL DEFAULT 0,
            articles_added INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            stories INTEGER NOT NULL DEFAULT 0,
            problems INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE problems (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            hint TEXT NOT NULL
        );
        INSERT INTO runs VALUES (1, '2026-01-05T10:00:00', '2026-01-05T10:01:00', 3, 2, 0, 1, 1);
        INSERT INTO problems VALUES (1, '/notas/vacio.txt', 'archivo vacío', 'nada que leer');
        """
    )
    old.close()
    store = open_store(path)
    run = store.get_run()
    assert run.problems == [Problem("/notas/vacio.txt", "archivo vacío", "nada que leer")]
    assert run.warnings == [] and run.warning_count == 0 and run.files == 3
    assert run.started == datetime(2026, 1, 5, 10) and run.finished == datetime(2026, 1, 5, 10, 1)
    new = store.start_run()
    store.finish_run(new, {}, [], [Problem("/notas/roto.txt", "codificación supuesta", "")])
    assert store.get_run().warnings == [Problem("/notas/roto.txt", "codificación supuesta", "")]
    assert store.run_problems() == [] and store.run_problems(1) == run.problems
    store.close()
    columns = {row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(problems)")}
    assert "kind" in columns


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    from contrasta.i18n import using

    with using("en"), pytest.raises(ContrastaError, match="is not a SQLite database"):
        open_store(path)
    with pytest.raises(ContrastaError, match="no es una base de datos SQLite"):
        open_store(path)


def test_a_prefix_shared_by_several_ids_lists_them(store):
    store.add_articles([article(n, f"texto {n}") for n in (1, 2, 3)])
    ids = [f"{n:012x}" for n in (1, 2, 3)]
    when = datetime(2026, 1, 1)
    store.save_stories(
        [
            Story("sabcd1", "Uno", [StoryMember(ids[0], 1.0, "t")], when, when),
            Story("sabcd2", "Dos", [StoryMember(ids[1], 1.0, "t")], when, when),
        ],
        "m",
    )
    assert store.get_article("0000") is None and store.get_story("sabc") is None
    assert matches(store, "0000") == Matches([], ids)
    assert matches(store, "SABC") == Matches(["sabcd1", "sabcd2"], [])
    assert matches(store, "sabcd2") == Matches(["sabcd2"], [])
    assert matches(store, "000") == Matches([], [])  # too short to look up


def test_newest_first_lists_the_undated_stories_after_every_dated_one(store):
    """An undated story's span is its articles' ingestion, later than any publication of
    an archive read today: newest first, it comes after the dated stories, not first."""
    dated = [article(n, f"texto {n}") for n in (3, 9)]
    undated = [replace(article(n, f"texto {n}"), published=None) for n in (20, 21)]
    store.add_articles([*dated, *undated])

    def made(story_id: str, item: Article) -> Story:
        when = item.published or item.ingested_at
        return Story(story_id, story_id.upper(), [StoryMember(item.id, 1.0, "t")], when, when)

    store.save_stories([made("d3", dated[0]), made("u20", undated[0]), made("d9", dated[1])], "m")
    store.save_stories([made("u21", undated[1])], "m")
    page, total = store.story_page("recent", 10)
    assert [s.id for s in page] == ["d9", "d3", "u21", "u20"] and total == 4
    assert [s.id for s in store.story_page("recent", 2, 2)[0]] == ["u21", "u20"]
    # A story that gains a dated article is dated from then on.
    store.save_stories(
        [
            Story(
                "u20",
                "U20",
                [StoryMember(undated[0].id, 1.0, "t"), StoryMember(dated[0].id, 1.0, "t")],
                datetime(2026, 1, 3),
                datetime(2026, 1, 3),
            )
        ],
        "m",
    )
    assert [s.id for s in store.story_page("recent", 10)[0]][:2] == ["d9", "u20"]


def test_an_older_database_learns_which_stories_are_dated_on_open(tmp_path):
    path = tmp_path / "old.db"
    old = open_store(path)
    old.add_articles([article(4, "texto"), replace(article(30, "texto"), published=None)])
    old.save_stories(
        [
            Story("d", "D", [StoryMember(f"{4:012x}", 1.0, "t")], datetime(2026, 1, 4)),
            Story("u", "U", [StoryMember(f"{30:012x}", 1.0, "t")], datetime(2026, 2, 1)),
        ],
        "m",
    )
    old.conn.execute("DROP INDEX stories_dated")
    old.conn.execute("ALTER TABLE stories DROP COLUMN dated")
    old.conn.commit()
    old.close()
    again = open_store(path)
    assert [s.id for s in again.story_page("recent", 5)[0]] == ["d", "u"]
    again.close()
