"""The Article column table is the one place a stored field is named: the SQLite and
PostgreSQL tables, Spark's Arrow rows and stories.json must all agree with it, and an
article with every field set must come back from each of them unchanged."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import datetime

import pytest

from contrasta.model import Article, CoverageMeter, Reference, RemovedLine
from contrasta.report.shape import article_shown
from contrasta.serial import to_data
from contrasta.store import open_store
from contrasta.store.rows import ARTICLE_COLUMNS, ELSEWHERE, NAMES, SQL_TYPES


def full_article() -> Article:
    """Every field set, none to its default, so a field a back end drops is noticed."""
    return Article(
        id="a1b2c3d4e5f6",
        source="/tmp/heraldo/nota.html",
        fmt="html",
        content_hash="hash-nota",
        title="El pleno de Valdemora aprueba el puente",
        text="El pleno aprobó el puente del río Tormes.\n\nLa obra durará dos años.",
        outlet="El Heraldo del Sur",
        url="https://heraldo.example/nota",
        author="Lucía Ferrán",
        published=datetime(2026, 3, 4, 9, 30),
        published_from="header",
        lang="es",
        removed=[RemovedLine("Suscríbete ya", "subscribe", 2)],
        meter=CoverageMeter({"Izquierda": 40.0, "Centro": 35.5}, "Izq 40 · Centro 35,5"),
        references=[
            Reference(
                "Gaceta (2026, 3 de marzo). Puente.",
                outlet="Gaceta",
                published=datetime(2026, 3, 3),
            )
        ],
        ingested_at=datetime(2026, 3, 5, 8, 0),
    )


def test_every_article_field_is_a_column_or_stored_elsewhere():
    assert {f.name for f in fields(Article)} == {c.field for c in ARTICLE_COLUMNS} | ELSEWHERE
    assert len(set(NAMES)) == len(NAMES)
    assert all(c.kind in SQL_TYPES["sqlite"] for c in ARTICLE_COLUMNS)


def test_sqlite_table_is_the_column_table(tmp_path):
    store = open_store(tmp_path / "db.sqlite")
    try:
        info = store.conn.execute("PRAGMA table_info(articles)").fetchall()
    finally:
        store.close()
    assert tuple(row["name"] for row in info) == NAMES
    required = {c.name for c in ARTICLE_COLUMNS if c.required}
    assert {row["name"] for row in info if row["notnull"] or row["pk"]} == required


def test_postgres_table_is_the_column_table(pg_url):
    store = open_store(pg_url)
    try:
        rows = store.conn.execute(
            "SELECT column_name, is_nullable, data_type FROM information_schema.columns"
            " WHERE table_name = 'articles' ORDER BY ordinal_position"
        ).fetchall()
    finally:
        store.close()
    assert tuple(r["column_name"] for r in rows if r["column_name"] != "search") == NAMES
    kinds = {c.name: SQL_TYPES["postgres"][c.kind] for c in ARTICLE_COLUMNS}
    for row in rows:
        if row["column_name"] in kinds:
            assert row["data_type"].upper().startswith(kinds[row["column_name"]])
    required = {c.name for c in ARTICLE_COLUMNS if c.required}
    assert {r["column_name"] for r in rows if r["is_nullable"] == "NO"} == required


def test_arrow_rows_are_the_column_table_and_round_trip():
    pa = pytest.importorskip("pyarrow")
    from contrasta.spark.rows import ARTICLES, PROBLEM_FIELDS, article_from_row, article_row

    problem = {name for name, _ in PROBLEM_FIELDS}
    names = [name for name in ARTICLES.names if name not in problem]
    assert names == [*NAMES, "flags", "removed"]
    article = full_article()
    table = pa.Table.from_pylist([article_row(article)], schema=ARTICLES)
    assert article_from_row(table.to_pylist()[0]) == article


def test_stories_json_shows_the_columns_it_names():
    shown = to_data(article_shown(full_article(), None, []))
    named = [c.shown_as for c in ARTICLE_COLUMNS if c.shown_as]
    assert list(shown) == [*named, "flags", "removed", "story_id", "loaded"]
    assert shown["format"] == "html"
    assert shown["published"] == "2026-03-04T09:30:00"
    assert shown["references"][0]["published"] == "2026-03-03T00:00:00"
    assert shown["meter"] == {
        "shares": {"Izquierda": 40.0, "Centro": 35.5},
        "raw": "Izq 40 · Centro 35,5",
    }
    assert "content_hash" not in shown and "ingested_at" not in shown


def test_every_field_comes_back_from_both_stores(store_location):
    article = full_article()
    store = open_store(store_location)
    try:
        assert store.add_articles([article]) == [True]
        assert store.get_article(article.id) == article
        assert list(store.iter_articles()) == [article]
    finally:
        store.close()


def test_a_bad_stored_reference_is_left_out_and_the_rest_kept(tmp_path):
    store = open_store(tmp_path / "db.sqlite")
    try:
        article = full_article()
        store.add_articles([article])
        good = '{"raw": "Gaceta", "outlet": "Gaceta"}'
        store.conn.execute(
            "UPDATE articles SET refs = ?, meter = ?",
            (f'[{good}, {{"raw": 3}}, "nota"]', '{"shares": "muchas"}'),
        )
        back = store.get_article(article.id)
    finally:
        store.close()
    assert back.references == [Reference("Gaceta", outlet="Gaceta")]
    assert back.meter is None


def test_a_database_made_before_a_column_gets_it_on_open(store_location):
    """What adding an Article field does to a database already in use: it opens, gains the
    column, and its articles read back with the field empty."""
    article = full_article()
    store = open_store(store_location)
    try:
        store.add_articles([article])
        if hasattr(store.conn, "transaction"):
            with store.conn.transaction():
                store.conn.execute("ALTER TABLE articles DROP COLUMN author")
        else:
            with store.conn:
                store.conn.execute("ALTER TABLE articles DROP COLUMN author")
    finally:
        store.close()
    store = open_store(store_location)
    try:
        assert store.get_article(article.id).author is None
        store.add_articles(
            [replace(article, id="b2c3d4e5f6a7", content_hash="otra", author="Ana Vidal")]
        )
        assert store.get_article("b2c3d4e5f6a7").author == "Ana Vidal"
    finally:
        store.close()
