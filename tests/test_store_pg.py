"""What only the PostgreSQL store has to get right, on a real server: Spanish text search,
several users at once, first open, and the whole command line on a postgresql:// URL.
The shared store behaviour is tested on both back ends in test_store.py."""

from __future__ import annotations

import re
import threading
from datetime import datetime

import pytest

from conftest import EXAMPLES, contrasta, written_stories
from contrasta.errors import ContrastaError
from contrasta.model import Article, RemovedLine, Story, StoryMember
from contrasta.store import open_store, shown


def article(n: int, text: str, title: str = "", **extra) -> Article:
    return Article(
        id=f"{n:012x}",
        source=f"/tmp/{n}.txt",
        fmt="text",
        content_hash=f"hash{n:04d}",
        title=title or f"Nota {n}",
        text=text,
        outlet="El Heraldo del Sur",
        published=datetime(2026, 1, 1 + n % 28, 9, 30),
        published_from="header",
        lang="es",
        ingested_at=datetime(2026, 2, 1),
        **extra,
    )


@pytest.fixture
def pg(pg_url):
    store = open_store(pg_url)
    yield store
    store.close()


def test_search_stems_spanish_and_ranks_titles_first(pg):
    pg.add_articles(
        [
            article(1, "Los diputados aprobaron anoche la reforma tras doce horas de debate."),
            article(2, "El pleno votará la reforma el martes.", title="El Congreso aprobó la ley"),
            article(3, "La cosecha de uva se adelanta en el valle."),
        ]
    )
    hits = pg.search("aprobar")
    assert [a.id for a, _ in hits] == [f"{2:012x}", f"{1:012x}"]
    assert "[aprobaron]" in hits[1][1]
    assert pg.search("CONGRESO")[0][0].id == f"{2:012x}"
    pg.add_articles([article(4, "Tras la aprobación de la ley, la huelga sigue.")])
    assert [a.id for a, _ in pg.search("aprobacion")] == [f"{4:012x}"]
    assert pg.search("de la el") == []  # only stop words: nothing to look for


def test_without_unaccent_search_falls_back_to_plain_spanish(pg_server, pg_url):
    """A user who may create tables but not extensions still gets a working store."""
    import psycopg

    database = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_server.url(database, "contrasta"), autocommit=True) as conn:
        conn.execute("CREATE ROLE limited LOGIN")
        conn.execute(f"ALTER DATABASE {database} OWNER TO contrasta")
        conn.execute("GRANT CREATE ON SCHEMA public TO limited")
    store = open_store(pg_server.url(database, "limited"))
    store.add_articles([article(1, "Tras la aprobación de la ley, la huelga sigue.")])
    assert store.search("aprobación")[0][1].count("[aprobación]") == 1
    assert store.search("aprobacion") == []  # accents count without unaccent
    store.close()


def test_reopening_keeps_everything_and_skips_the_schema(pg_url):
    from contrasta.store.postgres import SCHEMA_VERSION

    first = open_store(pg_url)
    first.add_articles([article(1, "Primer texto.", removed=[RemovedLine("Foto: EFE", "x", 3)])])
    first.close()
    again = open_store(pg_url)
    assert again.get_article("0000").removed == [RemovedLine("Foto: EFE", "x", 3)]
    versions = again.conn.execute("SELECT version FROM contrasta_schema").fetchall()
    assert versions == [{"version": SCHEMA_VERSION}]
    again.close()


def test_an_older_database_gets_the_new_tables_on_open(pg_url):
    """A database made before stored readings and dossiers, and the index of story
    revisions: opening it adds them and keeps its articles."""
    old = open_store(pg_url)
    old.add_articles([article(1, "Primer texto.")])
    old.conn.execute("DROP TABLE story_dossiers, article_readings")
    old.conn.execute("DROP INDEX stories_revision")
    old.save_stories([Story("s", "S", [StoryMember("000000000001", 1.0, "t")])], "m")
    old.conn.execute("ALTER TABLE stories DROP COLUMN dated")
    old.conn.execute("DELETE FROM contrasta_schema")
    old.conn.execute("INSERT INTO contrasta_schema(version) VALUES (1)")
    old.close()
    again = open_store(pg_url)
    again.save_readings("v", {"000000000001": b"\x00{}"})
    assert again.load_readings("v", ["000000000001"]) == {"000000000001": b"\x00{}"}
    assert again.count_articles() == 1
    found = again.conn.execute("SELECT to_regclass('stories_revision') IS NOT NULL AS i")
    assert found.fetchone()["i"]
    # Which stories have a dated article, for the newest-first pages.
    assert again.conn.execute("SELECT dated FROM stories").fetchone()["dated"] is True
    again.close()


def test_a_version_7_database_keeps_its_problems_and_learns_warnings(pg_url):
    """A database at schema version 7 (before warnings were kept: no `problems.kind`, no
    `runs.warnings`) with a run and its problem: opening it runs the script again, the old
    problem reads as a problem, and the next run keeps its warnings apart."""
    from contrasta.model import Problem
    from contrasta.store.postgres import SCHEMA_VERSION

    old = open_store(pg_url)
    run = old.start_run()
    old.finish_run(run, {"files_read": 3}, [Problem("/notas/vacio.txt", "archivo vacío", "")])
    old.conn.execute("ALTER TABLE problems DROP COLUMN kind")
    old.conn.execute("ALTER TABLE runs DROP COLUMN warnings")
    old.conn.execute("DELETE FROM contrasta_schema")
    old.conn.execute("INSERT INTO contrasta_schema(version) VALUES (7)")
    old.close()
    again = open_store(pg_url)
    found = again.get_run(run)
    assert found.problems == [Problem("/notas/vacio.txt", "archivo vacío", "")]
    assert found.warnings == [] and found.warning_count == 0 and found.files == 3
    new = again.start_run()
    odd = Problem("/notas/roto.txt", "codificación supuesta", "guárdelo como UTF-8")
    again.finish_run(new, {}, [], [odd])
    assert again.get_run().warnings == [odd] and again.run_problems() == []
    assert [r.warning_count for r in again.recent_runs(5)[0]] == [1, 0]
    versions = again.conn.execute("SELECT max(version) AS v FROM contrasta_schema").fetchone()
    assert versions["v"] == SCHEMA_VERSION == 8
    again.close()


def test_first_opens_and_overlapping_batches_at_once(pg_url):
    """Four users open a new database together, then ingest the same articles in opposite
    orders: no deadlock, each article is stored once and reported new exactly once."""
    batch = [article(n, f"Texto número {n} sobre la huelga portuaria.") for n in range(1, 401)]
    results: list[list[bool]] = []
    failures: list[BaseException] = []
    opened, loaded = threading.Barrier(4), threading.Barrier(4)

    def user(k: int) -> None:
        try:
            opened.wait()
            store = open_store(pg_url)
            loaded.wait()
            results.append(store.add_articles(batch if k % 2 else batch[::-1]))
            store.close()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=user, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert failures == []
    assert sum(sum(r) for r in results) == len(batch)
    store = open_store(pg_url)
    assert store.count_articles() == len(batch)
    store.close()


def test_nul_in_text_costs_nothing_else_in_the_batch(pg):
    assert pg.add_articles([article(1, "Texto con\x00nulo."), article(2, "Texto sano.")]) == [
        True,
        True,
    ]
    assert pg.get_article(f"{1:012x}").text == "Texto connulo."


def test_saving_stories_concurrently_never_doubles_an_article(pg_url):
    setup = open_store(pg_url)
    setup.add_articles([article(n, f"texto {n}") for n in range(1, 21)])
    setup.close()
    ids = [f"{n:012x}" for n in range(1, 21)]
    failures: list[BaseException] = []

    def user(k: int) -> None:
        store = open_store(pg_url)
        try:
            for round_ in range(5):
                owner = f"s{k}"
                members = [StoryMember(i, 0.5, "t") for i in ids[round_ * 4 :]]
                day = datetime(2026, 1, 1)
                store.save_stories([Story(owner, "T", members, day, day)], "m")
        except BaseException as exc:
            failures.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=user, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert failures == []
    store = open_store(pg_url)
    placed = [i for s in store.list_stories() for i in s.article_ids]
    assert len(placed) == len(set(placed)) == 4
    store.close()


@pytest.mark.usefixtures("english")  # the reason checked in English
def test_unreachable_server_is_one_line_without_the_password():
    pytest.importorskip("psycopg")
    with pytest.raises(ContrastaError, match="cannot open database") as caught:
        open_store("postgresql://ana:s3creto@127.0.0.1:1/noticias")
    assert "s3creto" not in str(caught.value)
    assert "ana:***@127.0.0.1:1" in str(caught.value)
    assert "refused" in str(caught.value) and "\n" not in str(caught.value)


def test_shown_hides_passwords_only():
    assert shown("postgres://u:p@h/db?password=x&sslmode=require") == (
        "postgres://u:***@h/db?password=***&sslmode=require"
    )
    assert shown("postgresql://u@h1:5432,h2:5433/db") == "postgresql://u@h1:5432,h2:5433/db"
    assert shown("datos/contrasta.db") == "datos/contrasta.db"


def _stored_part(stories: list[dict]) -> list[dict]:
    """What comes out of the store: stories, members, scores, articles and provenance.
    The analysis on top (and the names listed among tied ones in `why`) follows set
    order, which differs between any two runs, whatever the back end."""
    kept = ("id", "headline", "outlets", "first_published", "last_published", "provenance")
    return [
        {
            **{key: story[key] for key in kept},
            "articles": [
                {**a, "why": a["why"].partition("shared names: ")[0]} for a in story["articles"]
            ],
        }
        for story in stories
    ]


def test_cli_on_postgres_gives_the_stories_sqlite_gives(analysed, pg_url, tmp_path):
    """analyze, stories, show and search on a postgresql:// URL, against the SQLite run
    of the same examples (the session's `analysed` fixture)."""
    run = contrasta("analyze", str(EXAMPLES), "--out", str(tmp_path), "--db", pg_url)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    reports = [_stored_part(written_stories(out)) for out in (tmp_path, analysed.out)]
    assert reports[0] == reports[1]
    stories = reports[1]
    listed = contrasta("stories", "--db", pg_url).stdout
    listed_ids = re.findall(r"^│ (s[0-9a-f]+) ", listed, re.MULTILINE)
    assert sorted(s["id"] for s in stories) == sorted(listed_ids)
    biggest, p = stories[0], stories[0]["provenance"]
    shown_story = re.sub(r"\s+", " ", contrasta("show", biggest["id"], "--db", pg_url).stdout)
    assert biggest["headline"] in shown_story
    assert (
        f"{p['articles']} artículos de {p['outlets']} medios,"
        f" {p['independent_origins']} orígenes independientes"
    ) in shown_story
    found = contrasta("search", "huelga", "--db", pg_url).stdout
    lite = open_store(analysed.db)
    expected = {a.id for a, _ in lite.search("huelga")}
    lite.close()
    assert set(re.findall(r"^([0-9a-f]{12}) ", found, re.MULTILINE)) == expected
    assert len(expected) >= 3 and "[huelga]" in found.lower()
