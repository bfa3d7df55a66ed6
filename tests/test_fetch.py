"""The fetcher against a real HTTP server on loopback: guard, retries, caps, conditional GET."""

from __future__ import annotations

import ipaddress
import re
import time

import pytest
from loopback import ARTICLES, Route, Site, article_page, rss

from conftest import broken_utf8, contrasta
from contrasta.fetch import guard
from contrasta.fetch.fetcher import Fetcher, Page, Validators
from contrasta.fetch.guard import AddressPolicy, Refused, non_public_kind
from contrasta.fetch.options import FetchOptions
from contrasta.model import Problem
from contrasta.pipeline import ingest
from contrasta.store import open_store

pytestmark = pytest.mark.usefixtures("english")  # reasons checked in English

FAST = FetchOptions(allow_private=True, delay=0, backoff=0.01, timeout=2)
STORY = ARTICLES["incendio-desalojo"]


@pytest.fixture
def site():
    with Site() as running:
        yield running


@pytest.fixture
def fetcher():
    with Fetcher(FAST) as client:
        yield client


def fetched(result: Page | Problem) -> Page:
    assert isinstance(result, Page), result
    return result


def failed(result: Page | Problem) -> Problem:
    assert isinstance(result, Problem), result
    return result


def test_fetches_a_page(site, fetcher):
    url = site.add_article(STORY)
    page = fetched(fetcher.fetch(url))
    assert page.status == 200
    assert page.final_url == url
    assert "Montesclaros" in page.content.decode()
    assert (page.content_type, page.charset) == ("text/html", "utf-8")
    assert site.requests[f"/noticias/{STORY.slug}.html"][0]["User-Agent"].startswith("contrasta")


def test_default_refuses_loopback_before_any_request(site):
    url = site.add_article(STORY)
    with Fetcher() as guarded:
        problem = failed(guarded.fetch(url))
        by_name = failed(guarded.fetch(url.replace("127.0.0.1", "localhost")))
    assert "loopback" in problem.reason
    assert "--allow-private" in problem.hint
    assert "loopback" in by_name.reason
    assert sum(site.hits.values()) == 0


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.20.30.40", "private"),
        ("192.168.1.1", "private"),
        ("172.16.5.4", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.251", "multicast"),
        ("240.0.0.1", "reserved"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "non-public"),
        ("93.184.216.34", None),
        ("2a00:1450:4003:80e::200e", None),
    ],
)
def test_address_kinds(address, kind):
    assert non_public_kind(ipaddress.ip_address(address)) == kind


def test_allowed_network_lets_only_that_network_through():
    policy = AddressPolicy.of(False, ["127.0.0.1/32"])
    policy.check(ipaddress.ip_address("127.0.0.1"))
    with pytest.raises(Refused, match="private"):
        policy.check(ipaddress.ip_address("10.0.0.1"))


def test_rebinding_is_caught_at_the_connected_peer(site, monkeypatch):
    """The name's first answer is public (as a rebinding DNS server would give), the
    connection lands on loopback: refused before the body is read."""
    url = site.add_article(STORY).replace("127.0.0.1", "localhost")
    public = [ipaddress.ip_address("93.184.216.34")]
    monkeypatch.setattr(guard, "resolve", lambda host, port: public)
    with Fetcher(FetchOptions(delay=0, retries=0)) as guarded:
        problem = failed(guarded.fetch(url))
    assert "loopback address" in problem.reason


@pytest.mark.parametrize(
    ("target", "kind"),
    [("http://169.254.169.254/latest/meta-data/", "link-local"), ("http://10.1.2.3/", "private")],
)
def test_redirect_to_a_private_address_is_refused(site, target, kind):
    start = site.add("/salto", status=302, headers={"Location": target})
    with Fetcher(FetchOptions(allow_networks=("127.0.0.1/32",), delay=0)) as guarded:
        problem = failed(guarded.fetch(start))
    assert kind in problem.reason
    assert site.hits["/salto"] == 1


def test_follows_redirects_and_reports_loops(site, fetcher):
    final = site.add_article(STORY)
    site.add("/viejo", status=301, headers={"Location": "/intermedio"})
    site.add("/intermedio", status=307, headers={"Location": final})
    page = fetched(fetcher.fetch(site.url("/viejo")))
    assert (page.url, page.final_url) == (site.url("/viejo"), final)
    site.add("/bucle", status=302, headers={"Location": "/bucle"})
    assert "redirects" in failed(fetcher.fetch(site.url("/bucle"))).reason
    assert site.hits["/bucle"] == FAST.max_redirects + 1


def test_retries_server_errors_with_backoff(site):
    site.add("/inestable", article_page(STORY), fail_first=2)
    site.add("/caido", article_page(STORY), fail_first=5)
    with Fetcher(FetchOptions(allow_private=True, delay=0, backoff=0.1, retries=2)) as client:
        started = time.monotonic()
        assert fetched(client.fetch(site.url("/inestable"))).status == 200
        waited = time.monotonic() - started
        problem = failed(client.fetch(site.url("/caido")))
    assert site.hits["/inestable"] == 3
    assert waited >= 0.1 + 0.2  # two pauses, the second twice the first
    assert problem.reason == "HTTP 500 (3 tries)"
    assert site.hits["/caido"] == 3


def test_client_errors_are_not_retried(site, fetcher):
    problem = failed(fetcher.fetch(site.url("/no-existe")))
    assert problem.reason == "HTTP 404"
    assert "gone" in problem.hint
    assert site.hits["/no-existe"] == 1


def test_slow_server_times_out(site):
    site.add("/lento", article_page(STORY), delay=1.5)
    options = FetchOptions(allow_private=True, delay=0, timeout=0.3, retries=1, backoff=0.01)
    with Fetcher(options) as client:
        started = time.monotonic()
        problem = failed(client.fetch(site.url("/lento")))
    assert problem.reason == "timed out after 0.3 s; not tried again"
    assert time.monotonic() - started < 1.4
    assert site.hits["/lento"] == 1  # a timeout is not retried: one timeout per dead URL


def test_a_server_that_accepts_and_never_answers_costs_one_try():
    """A real socket on loopback that takes the connection and says nothing: the default
    retries (2) are not spent on it, so a dead URL costs one timeout, not three."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def take() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=take, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/nunca"
    options = FetchOptions(allow_private=True, delay=0, timeout=0.3, backoff=0.01)
    assert options.retries == 2  # retries stay for failures that pass (5xx, dropped)
    try:
        with Fetcher(options) as client:
            problem = failed(client.fetch(url))
    finally:
        stop.set()
        thread.join()
        for sock in accepted:
            sock.close()
        listener.close()
    assert len(accepted) == 1
    assert problem.reason == "timed out after 0.3 s; not tried again"
    assert "try again later" in problem.hint


def test_size_cap_stops_reading(site):
    site.add("/enorme", stream=3 * 1024 * 1024)
    site.add("/declarado", b"x" * 300_000)
    with Fetcher(FetchOptions(allow_private=True, delay=0, max_bytes=256 * 1024)) as client:
        streamed = failed(client.fetch(site.url("/enorme")))
        declared = failed(client.fetch(site.url("/declarado")))
    assert streamed.reason == "page over the 256 KB limit; stopped reading"
    assert "--max-size" in streamed.hint
    assert declared.reason.startswith("page of 293") and "over the 256 KB limit" in declared.reason


def test_content_type_is_checked(site, fetcher):
    site.add("/informe.pdf", b"%PDF-1.7 ...", content_type="application/pdf")
    problem = failed(fetcher.fetch(site.url("/informe.pdf")))
    assert problem.reason == "unexpected content type application/pdf"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "not an http(s) URL: file:///etc/passwd"),
        ("http://[::1/", "malformed URL (Invalid IPv6 URL)"),
        ("http://127.0.0.1:99999/", "malformed URL (Port out of range 0-65535)"),
        ("http:///sin-host", "no host in http:///sin-host"),
    ],
)
def test_bad_urls_are_problems(fetcher, url, reason):
    assert failed(fetcher.fetch(url)).reason == reason


@pytest.mark.parametrize(
    "route",
    [Route(etag='"v1"'), Route(last_modified="Tue, 10 Mar 2026 08:15:00 GMT")],
    ids=["etag", "last-modified"],
)
def test_conditional_get(site, fetcher, route):
    route.body = article_page(STORY)
    site.routes["/condicional"] = route
    first = fetched(fetcher.fetch(site.url("/condicional")))
    assert first.validators == Validators(route.etag, route.last_modified)
    again = fetched(fetcher.fetch(site.url("/condicional"), validators=first.validators))
    assert again.not_modified and again.content == b""
    sent = site.requests["/condicional"][1]
    assert sent.get("If-None-Match") == route.etag
    assert sent.get("If-Modified-Since") == route.last_modified


def test_politeness_delay_per_host(site):
    url = site.add_article(STORY)
    with Fetcher(FetchOptions(allow_private=True, delay=0.25)) as client:
        started = time.monotonic()
        for _ in range(3):
            fetched(client.fetch(url))
    assert time.monotonic() - started >= 0.5


def test_latin1_page_declared_in_the_header(site, fetcher, tmp_path):
    page = article_page(STORY).decode().replace('<meta charset="utf-8">\n', "")
    url = site.add("/latin1", page.encode("latin-1"), content_type="text/html; charset=ISO-8859-1")
    store = open_store(tmp_path / "c.db")
    result = ingest(store, [url], fetch=FAST)
    assert result.added == 1, result.problems
    article = next(store.iter_articles())
    assert "Las Cañadas" in article.text
    assert article.title == STORY.title


def test_a_page_with_no_charset_is_decoded_as_a_file_and_a_guess_said(site, fetcher, tmp_path):
    """No charset in the HTTP header nor the page: Western Spanish bytes read right without
    a word; a page whose encoding had to be guessed is kept with the file's warning."""
    page = article_page(STORY).decode().replace('<meta charset="utf-8">\n', "")
    western = site.add("/cp1252", page.encode("cp1252"), content_type="text/html")
    broken = site.add(
        "/roto",
        broken_utf8(page.replace(STORY.title, STORY.title + ", día dos")),
        content_type="text/html",
    )
    store = open_store(tmp_path / "c.db")
    result = ingest(store, [western, broken], fetch=FAST)
    assert result.ok and result.added == 2, result.problems
    by_url = {a.url: a for a in store.iter_articles()}
    assert "Las Cañadas" in by_url[western].text and by_url[western].title == STORY.title
    (warning,) = result.warnings
    assert warning.source == broken
    assert warning.reason.startswith("encoding guessed as ")
    assert "UTF-8" in warning.hint


def test_ingest_mixes_files_and_urls_and_goes_on(site, tmp_path):
    good = site.add_article(STORY, dated=False)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "nota.txt").write_text(
        "title: Puerto\n\n" + " ".join(ARTICLES["puerto-terminal"].paragraphs), "utf-8"
    )
    store = open_store(tmp_path / "c.db")
    result = ingest(store, [str(folder), good, site.url("/no-existe")], fetch=FAST)
    # "pages fetched" counts the page downloaded, not the 404 asked for.
    assert (result.files, result.fetched, result.added) == (1, 1, 2)
    assert [(p.source, p.reason) for p in result.problems] == [(site.url("/no-existe"), "HTTP 404")]
    fetched_article = next(a for a in store.iter_articles() if a.url == good)
    assert fetched_article.outlet == STORY.outlet
    assert fetched_article.published is None  # no date on the page: flagged, not invented


def test_refetch_is_conditional_and_counts_as_stored(site, tmp_path):
    url = site.add("/con-etag", article_page(STORY), etag='"abc"')
    store = open_store(tmp_path / "c.db")
    assert ingest(store, [url], fetch=FAST).added == 1
    again = ingest(store, [url], fetch=FAST)
    assert (again.added, again.duplicates, again.problems) == (0, 1, [])
    assert again.fetched == 0  # a 304 downloads no page
    assert site.requests["/con-etag"][1]["If-None-Match"] == '"abc"'


@pytest.mark.slow
def test_cli_analyze_url_refuses_loopback_unless_allowed(site, tmp_path):
    url = site.add_article(STORY)
    db, out = str(tmp_path / "c.db"), str(tmp_path / "out")
    refused_run = contrasta("analyze", url, "--db", db, "--out", out, "--embedder", "use")
    assert refused_run.returncode == 1
    assert "127.0.0.1 es una dirección loopback" in refused_run.stdout
    assert "--allow-private" in refused_run.stdout
    assert site.hits[f"/noticias/{STORY.slug}.html"] == 0
    run = contrasta(
        "analyze", url, "--allow-private", "--db", db, "--out", out, "--embedder", "use"
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"páginas descargadas\s+1\b", run.stdout)
    assert re.search(r"artículos añadidos\s+1\b", run.stdout)
    assert "Traceback" not in run.stderr


@pytest.mark.slow
def test_cli_analyze_says_how_to_read_a_feed_given_as_a_url(site, tmp_path):
    """A feed's address passed to analyze (which reads pages): the problem names the
    commands that read feeds, not a list of MIME types."""
    feed = site.add(
        "/portada.xml",
        rss("Portada", [(site.url(f"/noticias/{STORY.slug}.html"), STORY)]),
        content_type="application/rss+xml",
    )
    db, out = str(tmp_path / "c.db"), str(tmp_path / "out")
    run = contrasta("analyze", feed, "--allow-private", "--db", db, "--out", out)
    assert run.returncode == 1
    assert "application/rss+xml" in run.stdout
    said = " ".join(run.stdout.split())
    assert f"contrasta feeds add {feed}" in said and "contrasta watch --once" in said
    assert "se esperaba uno de" not in said and "Traceback" not in run.stderr
