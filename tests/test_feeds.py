"""Feeds: parsing RSS and Atom, the registry, polling with seen items and conditional GET,
and `contrasta watch` end to end against a feed server on loopback."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from loopback import ARTICLES, Site, article_page, atom, rss

from conftest import contrasta, written_pages, written_stories
from contrasta.errors import InputError
from contrasta.fetch.feeds import parse_feed, poll_feed, record_poll
from contrasta.fetch.fetcher import Fetcher
from contrasta.fetch.options import FetchOptions
from contrasta.fetch.state import MAX_TRIES, FetchState
from contrasta.store import open_store

pytestmark = pytest.mark.usefixtures("english")  # reasons checked in English

FAST = FetchOptions(allow_private=True, delay=0, backoff=0.01, retries=0, timeout=2)
FIRE, FIRE_NEXT, FIRE_LAST, PORT = (
    ARTICLES[k]
    for k in ("incendio-desalojo", "incendio-estabilizado", "incendio-regreso", "puerto-terminal")
)


@pytest.fixture
def site():
    with Site() as running:
        yield running


@pytest.fixture
def state(tmp_path):
    store = open_store(tmp_path / "c.db")
    yield FetchState.of(store)
    store.close()


def test_rss_and_atom_items_keep_the_printed_time():
    items = [("http://medio.example/a", FIRE), ("/b", PORT)]
    for data in (rss("El Faro", items), atom("El Faro", items)):
        feed = parse_feed("http://medio.example/feed", data)
        assert feed.title == "El Faro"
        assert [i.title for i in feed.items] == [FIRE.title, PORT.title]
        assert [i.link for i in feed.items] == ["http://medio.example/a", "http://medio.example/b"]
        assert [i.published for i in feed.items] == [FIRE.published, PORT.published]
    assert parse_feed("u", atom("x", items)).items[0].id == f"urn:nota:{FIRE.slug}"


def test_a_page_is_not_a_feed():
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        parse_feed("u", b"<html><body><p>Portada</p></body></html>")


def test_registry(state):
    assert state.add_feed("http://a.example/rss")
    assert not state.add_feed("http://a.example/rss")
    assert state.add_feed("http://b.example/atom")
    assert [f.url for f in state.feeds()] == ["http://a.example/rss", "http://b.example/atom"]
    assert state.remove_feed("http://a.example/rss")
    assert not state.remove_feed("http://a.example/rss")
    assert [f.url for f in state.feeds()] == ["http://b.example/atom"]


def test_poll_takes_new_items_once_and_fills_what_the_page_lacks(site, state):
    bare = site.add_article(FIRE, dated=False, titled=False)
    full = site.add_article(PORT)
    feed = site.add("/rss", rss("El Faro de Levante", [(bare, FIRE), (full, PORT)]), etag='"1"')
    state.add_feed(feed)
    with Fetcher(FAST) as fetcher:
        first = poll_feed(fetcher, state, feed)
        record_poll(state, first)
        second = poll_feed(fetcher, state, feed)
        record_poll(state, second)
        site.routes["/rss"].etag = '"2"'
        third = poll_feed(fetcher, state, feed)
    by_url = {d.url: d for d in first.documents}
    assert by_url[bare].title == FIRE.title  # from the feed
    assert by_url[bare].feed_published == FIRE.published
    assert by_url[bare].published is None  # the page's own date stays what the page said
    assert by_url[full].title == PORT.title and by_url[full].published == PORT.published
    assert first.complete and len(first.outcomes) == 2
    assert (first.pages, second.pages, third.pages) == (2, 0, 0)  # pages downloaded, not asked
    assert second.status == "unchanged (304)" and not second.documents
    assert site.requests["/rss"][1]["If-None-Match"] == '"1"'
    assert third.documents == []  # the feed changed, its items did not: nothing fetched
    assert site.hits[f"/noticias/{FIRE.slug}.html"] == 1
    assert state.feeds()[0].items == 2


def test_failed_item_is_retried_then_given_up(site, state):
    feed = site.add("/rss", rss("El Faro", [(site.url("/roto"), FIRE)]), etag='"1"')
    state.add_feed(feed)
    with Fetcher(FAST) as fetcher:
        for _ in range(MAX_TRIES + 1):
            poll = poll_feed(fetcher, state, feed)
            record_poll(state, poll)
    assert site.hits["/roto"] == MAX_TRIES
    assert poll.pages == 0  # asked for, never downloaded
    assert "If-None-Match" not in site.requests["/rss"][-1]  # never hid the item behind a 304


def test_broken_feed_is_a_problem_not_a_stop(site, state):
    state.add_feed(site.url("/falta"))
    with Fetcher(FAST) as fetcher:
        poll = poll_feed(fetcher, state, site.url("/falta"))
    assert [str(e) for e in poll.documents] == ["HTTP 404"]
    assert poll.status == "failed: HTTP 404"


def _story_sizes(db) -> dict[str, int]:
    store = open_store(db)
    try:
        titles = {a.id: a.title for a in store.iter_articles()}
        return {titles[s.members[0].article_id]: len(s.members) for s in store.list_stories()}
    finally:
        store.close()


@pytest.mark.slow
def test_watch_once_end_to_end(site, tmp_path):
    db = str(tmp_path / "c.db")
    items = [(site.add_article(FIRE), FIRE), (site.add_article(PORT), PORT)]
    feed = site.add("/portada.xml", rss("El Faro de Levante", items), etag='"1"')
    watch = ("watch", "--once", "--delay", "0", "--embedder", "use", "--db", db)

    assert contrasta("feeds", "add", feed, "--db", db).returncode == 0
    first = contrasta(*watch, "--allow-private")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "artículos añadidos 2" in first.stdout
    assert _story_sizes(db) == {FIRE.title: 1, PORT.title: 1}

    items.insert(0, (site.add_article(FIRE_NEXT), FIRE_NEXT))
    site.routes["/portada.xml"].body = rss("El Faro de Levante", items)
    site.routes["/portada.xml"].etag = '"2"'
    second = contrasta(*watch, "--allow-private", "--out", str(tmp_path / "out"))
    assert second.returncode == 0, second.stdout + second.stderr
    assert re.search(r"páginas descargadas 1 · artículos añadidos 1 ·", second.stdout)
    assert _story_sizes(db) == {FIRE.title: 2, PORT.title: 1}
    assert site.hits[f"/noticias/{FIRE.slug}.html"] == 1
    assert FIRE_NEXT.title in written_pages(tmp_path / "out", ".md")

    assert site.requests["/portada.xml"][-1]["If-None-Match"] == '"1"'

    listing = contrasta("feeds", "list", "--db", db)
    assert re.search(r"El Faro de Levante\s*│\s*3\s*│", listing.stdout), listing.stdout
    # The last poll's outcome in the user's language, its count agreeing ("1 new items" was
    # printed under the Spanish default).
    assert "1 entrada nueva" in listing.stdout and "new item" not in listing.stdout
    english = contrasta("--lang", "en", "feeds", "list", "--db", db).stdout
    assert "1 new item " in english and "1 new items" not in english
    assert "Traceback" not in first.stderr + second.stderr


@pytest.mark.slow
def test_watch_needs_a_feed(tmp_path):
    db = str(tmp_path / "c.db")
    assert contrasta("feeds", "add", "ftp://x", "--db", db).returncode == 2
    open_store(db).close()
    run = contrasta("watch", "--once", "--db", db)
    assert run.returncode == 2 and "feeds add" in run.stderr


def test_feed_date_is_used_only_when_page_and_text_have_none(site, tmp_path):
    """Through the pipeline: the article records that its date came from the feed."""
    from contrasta.embed import load_embedder
    from contrasta.pipeline import watch_once

    bare = site.add_article(FIRE_LAST, dated=False)
    feed = site.add("/rss", rss("El Faro de Levante", [(bare, FIRE_LAST)]))
    store = open_store(tmp_path / "c.db")
    FetchState.of(store).add_feed(feed)
    with Fetcher(FAST) as fetcher:
        result = watch_once(store, load_embedder("use"), fetcher, now=datetime(2026, 3, 13))
    assert (result.added, result.stories, result.problems) == (1, 1, [])
    article = next(store.iter_articles())
    assert (article.published, article.published_from) == (FIRE_LAST.published, "feed")
    assert article.url == bare
    store.close()


@pytest.mark.slow
def test_watch_out_writes_reports_as_analyze_does_and_says_warnings(site, tmp_path):
    """`watch --out` with the user's registry and lexicon: the reports rate the outlet and
    mark the term as `analyze` would; a page's absurd stated date is said and counted."""
    db, out = str(tmp_path / "c.db"), tmp_path / "out"
    page = article_page(FIRE).replace(FIRE.published.isoformat().encode(), b"3000-05-12T10:00:00")
    link = site.add(f"/noticias/{FIRE.slug}.html", page)
    feed = site.add("/portada.xml", rss("El Faro de Levante", [(link, FIRE)]))
    outlets = tmp_path / "medios.csv"
    outlets.write_text(
        "name,aliases,domains,country,language,leaning,owner,rating_source\n"
        f"{FIRE.outlet},,,,es,centro-izquierda,Ediciones del Faro (ficticio),ficticio\n",
        "utf-8",
    )
    lexicon = tmp_path / "lexico.csv"
    lexicon.write_text(
        "term,variants,category,neutral,note\nsalimos con lo puesto,,prueba,,término de prueba\n",
        "utf-8",
    )
    assert contrasta("feeds", "add", feed, "--db", db).returncode == 0
    watch = contrasta(
        "watch", "--once", "--delay", "0", "--embedder", "use", "--allow-private", "--db", db,
        "--out", str(out), "--outlets", str(outlets), "--lexicon", str(lexicon),
    )  # fmt: skip
    assert watch.returncode == 0, watch.stdout + watch.stderr
    said = " ".join(watch.stdout.split())
    assert "avisos (leídos y guardados) 1" in said
    assert f"{link}: fecha de publicación 3000-05-12T10:00:00 descartada" in said
    (story,) = written_stories(out)
    (shown,) = story["coverage"]["outlets"]
    assert shown["name"] == FIRE.outlet and shown["in_registry"] and shown["band"] == "left"
    html = written_pages(out, ".html")
    assert "<mark " in html and "término de prueba" in html
    assert "Traceback" not in watch.stderr
