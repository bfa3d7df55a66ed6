"""`contrasta serve` for real: uvicorn on 127.0.0.1, httpx over HTTP, a database analysed
from examples/ by the real command line (a private copy per server, so writes here never
reach the other tests)."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from live_server import copy_db, live_server

from conftest import EXAMPLES, citation_chips
from contrasta import i18n
from contrasta.coverage import coverage_meter, load_registry
from contrasta.coverage.loaded import default_lexicon
from contrasta.model import Article
from contrasta.report.html import matrix_row
from contrasta.report.page import story_page
from contrasta.service import Service
from contrasta.store import open_store
from contrasta.web import make_settings, pages
from contrasta.web.charts import coverage_bar
from contrasta.web.pages import article_href, warm
from contrasta.web.render import takes_gzip
from contrasta.web.security import CSP
from contrasta.web.views import Mark, article_marks, highlighted, snippet_segments

TOKEN = "t0ken-for-the-tests"
UPLOAD = {
    "title": "Los estibadores de Puerto Almagro mantienen el paro pese a la mediación",
    "outlet": 'El Faro "><script>alert(1)</script>',
    "date": "2026-01-15 11:00",
    "text": "\n".join(
        [
            "PUERTO ALMAGRO.— Los estibadores de Puerto Almagro cumplieron este jueves su cuarto"
            " día de huelga indefinida sin que la mediación del Ministerio de Trabajo haya"
            " logrado acercar posiciones entre el Sindicato Unificado de Estibadores (SUE) y"
            " Logística Atlántica.",
            "El secretario general del SUE, Ramiro Acuña, insistió en que la plantilla no volverá"
            " a los muelles sin un convenio firmado. «Seguimos esperando una propuesta por"
            " escrito», declaró Acuña a las puertas del puerto.",
            "La presidenta de la Autoridad Portuaria, Carmen Olivares, cifró en más de 80"
            " millones de dólares las pérdidas acumuladas desde el lunes y pidió a la ministra"
            " Lucía Ferrán una nueva reunión antes del fin de semana.",
            "Los transportistas denunciaron una avalancha de camiones retenidos en los accesos"
            " a la terminal norte.",
            'Un lector dejó en la web el comentario <img src=x onerror="alert(2)"> que el'
            " periódico retiró horas después.",
        ]
    ),
}
FEED = "\n".join(
    json.dumps(item, ensure_ascii=False)
    for item in [
        {
            "title": "Villaserena retira los escombros del casco histórico tras el sismo",
            "outlet": "Radio Quimal",
            "published": "2026-02-06T10:00:00",
            "text": "Las brigadas municipales de Villaserena comenzaron este viernes a retirar"
            " los escombros de las viviendas de adobe derrumbadas por el sismo de magnitud 6,4"
            " que sacudió el Valle del Quimal el martes.\nEl alcalde pidió a los vecinos que no"
            " regresen a los edificios señalados con una cruz roja hasta que los revisen los"
            " técnicos.",
        },
        {
            "title": "El Festival de Cine de Puerto Almagro anuncia su palmarés",
            "outlet": "Radio Quimal",
            "published": "2026-03-08T21:00:00",
            "text": "El documental sobre los muelles que abrió el Festival de Cine de Puerto"
            " Almagro se llevó el premio del público en la clausura del certamen, celebrada"
            " este domingo en el teatro municipal.\nEl jurado destacó el retrato de tres"
            " generaciones de estibadores y la música original de la película.",
        },
    ]
)
TAG_ATTRIBUTE_HANDLER = re.compile(r"<[^>]+\son\w+\s*=", re.IGNORECASE)
EXTERNAL = re.compile(r"""(src|href|action)\s*=\s*["']?\s*(https?:)?//""", re.IGNORECASE)


def _server(analysed, tmp_path_factory, **options):
    folder = tmp_path_factory.mktemp("web")
    db = copy_db(analysed.db, folder / "web.db")
    return live_server(make_settings(db, **options))


@pytest.fixture(scope="module")
def read_only(analysed, tmp_path_factory):
    with _server(analysed, tmp_path_factory) as live:
        yield live


@pytest.fixture(scope="module")
def writable(analysed, tmp_path_factory):
    with _server(analysed, tmp_path_factory, write=True) as live:
        yield live


@pytest.fixture(scope="module")
def remote(analysed, tmp_path_factory):
    """Settings as if bound to every interface (a token guards writes); the socket itself
    stays on 127.0.0.1."""
    with _server(analysed, tmp_path_factory, host="0.0.0.0", write=True, token=TOKEN) as live:
        yield live


def _stories(live):
    store = open_store(live.settings.db)
    try:
        return [(s, store.get_articles(s.article_ids)) for s in store.list_stories()]
    finally:
        store.close()


def _get(live, path: str, status: int = 200) -> httpx.Response:
    response = httpx.get(live.url + path, timeout=60)
    assert response.status_code == status, (path, response.status_code, response.text[:500])
    return response


def _form_token(page: str) -> str:
    return re.search(r'name="token" value="([^"]+)"', page).group(1)


def test_story_list_shows_every_story_with_counts_and_coverage(read_only):
    page = _get(read_only, "/").text
    stories = _stories(read_only)
    for story, articles in stories:
        assert f'href="/stories/{story.id}"' in page
        assert html.escape(story.headline) in page
        for outlet in {a.outlet for a in articles if a.outlet}:
            assert html.escape(outlet) in page
    listed = _get(read_only, "/api/stories").json()
    assert listed["total"] == len(stories)
    for row in listed["stories"]:
        assert sum(share["percent"] for share in row["coverage"]) == 100
    bars = re.findall(r'<td class="coverage"[^>]*>\s*<figure class="chart bare">\s*<svg', page)
    assert len(bars) == len(stories)


def test_story_list_comes_a_page_at_a_time_newest_first(read_only, monkeypatch):
    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    stories = [story for story, _ in _stories(read_only)]
    newest = sorted(stories, key=lambda s: (s.last is not None, s.last, s.id), reverse=True)
    assert len(stories) > 2

    def listed(path: str) -> tuple[list[str], str]:
        page = _get(read_only, path).text
        return re.findall(r'<tr>\n<td><a href="/stories/(\w+)">', page), page

    first, page = listed("/")
    assert first == [newest[0].id]
    assert 'href="/?order=recent&amp;page=2"' in page and "más historias" in page
    assert 'aria-current="page">las más recientes primero<' in page
    last, page = listed("/?page=999")
    assert last == [newest[-1].id]
    assert "más historias" not in page and f"page={len(stories) - 1}" in page
    largest = sorted(stories, key=lambda s: (-len(s.members), s.first, s.id))
    assert listed("/?order=largest&page=2")[0] == [largest[1].id]
    assert listed("/?order=nonsense")[0] == first
    walked = []
    for offset in range(0, len(stories), 2):
        body = _get(read_only, f"/api/stories?order=largest&limit=2&offset={offset}").json()
        assert (body["total"], body["offset"], body["order"]) == (len(stories), offset, "largest")
        walked += [row["id"] for row in body["stories"]]
    assert walked == [s.id for s in largest]
    _get(read_only, "/api/stories?order=nonsense", 422)


def test_story_page_has_every_section_and_inline_charts(read_only):
    story, articles = max(_stories(read_only), key=lambda s: len(s[1]))
    page = _get(read_only, f"/stories/{story.id}").text
    for heading in ("Cobertura por orientación", "Resumen", "Cronología", "Afirmaciones × medio"):
        assert f">{heading}</h2>" in page
    for heading in ("Citas por persona", "Entidades", "Procedencia", "Artículos"):
        assert f">{heading}</h2>" in page
    # Each chart twice: for wide screens and for phones (the stylesheet shows one).
    assert page.count(' wide">\n<svg') == page.count(' narrow">\n<svg') == 3
    assert "<circle" in page and '<rect class="bar' in page
    titulares = page.index('<section id="titulares">')
    side_by_side = page[titulares : page.index('<section id="resumen"')]
    for article in articles:
        assert f'href="/articles/{article.id}"' in side_by_side
    coverage = _get(read_only, f"/api/stories/{story.id}").json()["coverage"]
    assert html.escape(coverage["arithmetic"]) in page
    assert page.count('<tr id="a-') == len(articles)
    assert "✓" in page
    # Each headline says how its article came from another, once: "copia de X", "cita a X".
    for story, _members in _stories(read_only):
        shown = _get(read_only, f"/stories/{story.id}").text
        assert not re.search(r"copia de (copia|cita|traducción)", shown)


def test_story_page_prints_what_the_reports_story_page_works_out(read_only):
    """A contradiction's outlets and two sentences, the entities by kind: the web page shows
    the report's `StoryPage`, the same words in the same language. No claim's frame (the
    comparison's lemmas and masks: "who: delegacion, mexicana") is printed: the cited
    sentence is the article's words. The timeline's background is shown apart."""
    store = open_store(read_only.settings.db)
    try:
        shown = [(s, Service(store).dossier(s)) for s in store.list_stories()]
    finally:
        store.close()
    framed = conflicts = alike = background = 0
    for story, dossier in shown:
        with i18n.using("en"):
            page = story_page(dossier)
        text = httpx.get(
            f"{read_only.url}/stories/{story.id}", headers={"accept-language": "en"}, timeout=60
        ).text
        for point in (p for points in page.summary.values() for p in points):
            # The point's frame is in the JSON, not on the page.
            predicate = point.frame.get("predicate")
            if predicate and predicate not in point.text:
                assert f": {html.escape(predicate)}" not in text
                framed += 1
        assert "who: " not in text and "what: " not in text
        for c in page.conflicts:
            sentences = " / ".join(claim.cited()[0] for claim in c.conflict.claims)
            assert html.escape(sentences) in text
            assert all(f">{html.escape(outlet)}</a>)" in text for outlet in c.outlets)
            conflicts += 1
        for heading, _found in page.entities:
            assert f"<strong>{html.escape(heading)}:</strong>" in text
        # Facts several sources say alike, not checked, sit in a section of their own,
        # between the confirmed ones and those of one source.
        section = text[
            text.index(">Several sources say something alike (not checked)</h3>") : text.index(
                ">Only one source says it</h3>"
            )
        ]
        for point in page.summary["alike"]:
            assert html.escape(point.text) in section
            alike += 1
        # The timeline's background sits apart, under its own heading after the story's
        # own entries, as in the reports.
        if page.background:
            timeline = text[text.index('<section id="cronologia">') :]
            timeline = timeline[: timeline.index("</section>")]
            own, apart = html.unescape(timeline).split(">Background</h3>")
            assert all(e.text in apart for e in page.background)
            assert all(e.text in own for e in page.timeline)
            # (a sentence of two facts may be an own entry and a background one)
            texts = {e.text for e in page.timeline}
            assert not [e for e in page.background if e.text not in texts and e.text in own]
            background += 1
    assert framed and conflicts and alike and background


def test_why_an_article_is_in_its_story_is_said_in_the_readers_language(read_only):
    """The story page's "why it is here" cells, the article page's line and the API's `why`
    say the stored reason (a code and values) in the language asked for."""
    spanish = ("comparte", "primer artículo", "historia", "copia de", "palabras")
    story, articles = max(_stories(read_only), key=lambda found: len(found[1]))
    english = {"accept-language": "en"}
    page = httpx.get(f"{read_only.url}/stories/{story.id}", headers=english, timeout=60).text
    cells = re.findall(r'<td class="why"[^>]*>(.*?)</td>', page, re.S)
    assert len(cells) == len(articles) and any("shares" in c for c in cells), cells
    assert not any(word in cell for cell in cells for word in spanish), cells
    later = next(a for a in articles if a.id != story.members[0].article_id)
    shown = httpx.get(f"{read_only.url}/articles/{later.id}", headers=english, timeout=60).text
    line = re.search(r'<p class="why">(.*?)</p>', shown, re.S).group(1)
    assert line.startswith("Why it is in its story: ") and "historia" not in line, line
    detail = httpx.get(f"{read_only.url}/api/stories/{story.id}", headers=english, timeout=60)
    assert all(not a["why"].startswith("{") for a in detail.json()["articles"])
    en = {a["why"] for a in detail.json()["articles"]}
    es = httpx.get(f"{read_only.url}/api/stories/{story.id}", timeout=60).json()["articles"]
    assert en != {a["why"] for a in es} and any("comparte" in a["why"] for a in es)


def test_story_pages_are_rendered_once_per_language_and_sent_compressed(read_only):
    story = _stories(read_only)[0][0]
    path = f"{read_only.url}/stories/{story.id}"
    pages_cache = read_only.app.state.caches.pages
    pages_cache.clear()
    before = pages_cache.builds
    zipped = httpx.get(path, headers={"Accept-Encoding": "gzip"}, timeout=60)
    plain = httpx.get(path, headers={"Accept-Encoding": "identity"}, timeout=60)
    refused = httpx.get(path, headers={"Accept-Encoding": "gzip;q=0"}, timeout=60)
    english = httpx.get(path, headers={"Accept-Language": "en"}, timeout=60)
    assert zipped.headers["content-encoding"] == "gzip"
    assert len(zipped.content) == len(plain.content) == len(refused.content)
    assert int(zipped.headers["content-length"]) < len(plain.content) / 4
    assert "content-encoding" not in plain.headers and "content-encoding" not in refused.headers
    assert zipped.text == plain.text and "Cobertura por orientación" in plain.text
    assert "Coverage by leaning" in english.text
    assert pages_cache.builds - before == 2  # Spanish once, English once


def test_gzip_is_taken_only_when_accepted():
    assert takes_gzip("gzip, deflate, br") and takes_gzip("*") and takes_gzip("GZIP;q=0.5")
    assert not takes_gzip("") and not takes_gzip("identity") and not takes_gzip("gzip;q=0")
    assert not takes_gzip("br, gzip;q=nonsense")


def test_matrix_cells_escape_the_outlet_as_the_templates_do():
    row = matrix_row(["<b>Diario & Co</b>", "Eco"])(
        {"<b>Diario & Co</b>": "present", "Eco": "absent"}
    )
    assert str(row) == (
        '<td class="cell present">✓<span class="who"> &lt;b&gt;Diario &amp; Co&lt;/b&gt;'
        '</span></td><td class="cell absent"></td>'
    )


def test_citations_point_at_highlighted_passages(read_only):
    story, _ = max(_stories(read_only), key=lambda s: len(s[1]))
    dossier = _get(read_only, f"/api/stories/{story.id}").json()
    page = _get(read_only, f"/stories/{story.id}").text
    cited = set(re.findall(r'href="/articles/([0-9a-f]{12})#o(\d+)"', page))
    assert cited
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    pages = {i: _get(read_only, f"/articles/{i}").text for i in {i for i, _ in cited}}
    for article_id, start in cited:
        pattern = rf'<(mark|span)[^>]* id="o{start}"[^>]*>([^<]*)</(?:mark|span)>'
        target = re.search(pattern, pages[article_id])
        assert target, (article_id, start)
        assert texts[article_id][int(start) :].startswith(html.unescape(target.group(2)))
    assert any(re.search(r'<mark class="claim [^"]+" id="o\d+"', p) for p in pages.values())


def test_each_outlet_named_beside_a_fact_links_to_its_own_sentence(read_only):
    """A confirmed fact names every outlet stating it; a reader checking it must reach what
    each outlet wrote (its own claim of the same group), not the top of its article."""
    checked = 0
    for story, articles in _stories(read_only):
        if len(articles) < 2:
            continue
        dossier = _get(read_only, f"/api/stories/{story.id}").json()
        # (article, its sentence's start) -> the groups holding a claim there
        groups = {}
        for i, group in enumerate(dossier["claims"]):
            for claim in group["claims"]:
                if claim["field"] == "text":
                    for start in (claim["start"], claim["context"]["start"]):
                        groups.setdefault((claim["article_id"], start), set()).add(i)
        page = _get(read_only, f"/stories/{story.id}").text
        start, end = page.index('<section id="resumen">'), page.index('<section id="cronologia">')
        summary = page[start:end]
        for item in re.findall(r"<li>(.*?)</li>", summary, re.S):
            shown = re.match(r'<a class="quiet" href="/articles/(\w+)#o(\d+)"', item)
            cites = re.findall(r'<a class="cite" href="/articles/(\w+)(?:#o(\d+))?"', item)
            if not shown or len(cites) < 2:
                continue
            of_point = groups[(shown.group(1), int(shown.group(2)))]
            for article_id, start in cites:
                assert start, (story.id, article_id, item)  # every source of a text fact
                assert groups[(article_id, int(start))] & of_point, (article_id, start, item)
                checked += article_id != shown.group(1)
    assert checked >= 3


def test_article_page_highlights_quotes_and_lists_removed_noise(read_only):
    story, articles = max(_stories(read_only), key=lambda s: len(s[1]))
    dossier = _get(read_only, f"/api/stories/{story.id}").json()
    quotes = [q for qs in dossier["quotes_by_speaker"].values() for q in qs]
    noisy = max(articles, key=lambda a: len(a.removed))
    page = _get(read_only, f"/articles/{noisy.id}").text
    assert html.escape(noisy.title) in page
    for removed in noisy.removed:
        assert '<td class="rule" title="' in page and f">{removed.rule}</td>" in page
        assert html.escape(removed.text) in page
    quoted = [q for q in quotes if q["article_id"] == noisy.id] or quotes[:1]
    page = _get(read_only, f"/articles/{quoted[0]['article_id']}").text
    marked = "".join(
        html.unescape(text)
        for classes, text in re.findall(r'<mark class="([^"]+)"[^>]*>([^<]*)</mark>', page)
        if "quote" in classes.split()
    )
    for q in quotes:
        if q["article_id"] == quoted[0]["article_id"]:
            assert q["text"] in marked


def test_search_lists_matching_articles_under_their_stories(read_only):
    page = _get(read_only, "/?q=malicioso").text
    api = _get(read_only, "/api/search?q=malicioso").json()
    assert api["hits"]
    for hit in api["hits"]:
        assert f'href="/articles/{hit["article_id"]}"' in page
        assert f'href="/stories/{hit["story_id"]}"' in page
        assert (
            _get(read_only, f"/api/articles/{hit['article_id']}").json()["story_id"]
            == (hit["story_id"])
        )
    assert "<mark>malicioso</mark>" in page
    assert "Ningún artículo" in _get(read_only, "/?q=zzzyyyxxx").text


def test_no_injected_markup_survives_on_any_page(read_only):
    paths = ["/", "/?q=malicioso", "/?q=%3Cscript%3Ealert(1)%3C/script%3E", "/upload"]
    for story, articles in _stories(read_only):
        paths.append(f"/stories/{story.id}")
        paths += [f"/articles/{a.id}" for a in articles]
    pages = {path: _get(read_only, path).text for path in paths}
    pages["404"] = _get(read_only, "/stories/nonexistent", 404).text
    for path, page in pages.items():
        assert "<script" not in page.lower(), path
        assert not TAG_ATTRIBUTE_HANDLER.search(page), path
        assert not EXTERNAL.search(page), path
    hostile = next(p for p in pages.values() if "malicioso" in p and "<mark class" in p)
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in hostile


def test_every_response_carries_the_security_headers(read_only):
    for path, status in [
        ("/", 200),
        ("/static/style.css", 200),
        ("/api/stories", 200),
        ("/openapi.json", 200),
        ("/nowhere", 404),
    ]:
        headers = _get(read_only, path, status).headers
        assert headers["content-security-policy"] == CSP
        assert "frame-ancestors 'none'" in CSP and "default-src 'none'" in CSP
        assert headers["x-content-type-options"] == "nosniff"
    assert _get(read_only, "/static/style.css").headers["content-type"].startswith("text/css")


def test_loopback_server_refuses_foreign_host_names(read_only):
    response = httpx.get(read_only.url + "/", headers={"Host": "rebound.example"})
    assert response.status_code == 421
    assert httpx.get(read_only.url + "/", headers={"Host": "localhost"}).status_code == 200


def test_read_only_server_refuses_every_write(read_only):
    story, articles = _stories(read_only)[0]
    before = open_store(read_only.settings.db).count_articles()
    attempts = [
        ("/upload", {"data": {"text": UPLOAD["text"]}}),
        (f"/stories/{story.id}/split", {"data": {"articles": articles[0].id}}),
        (f"/stories/{story.id}/merge", {"data": {"others": _stories(read_only)[1][0].id}}),
    ]
    for path, body in attempts:
        response = httpx.post(read_only.url + path, **body)
        assert response.status_code == 403, path
        assert "solo lectura" in response.text
    assert open_store(read_only.settings.db).count_articles() == before
    assert "--write" in _get(read_only, "/upload").text
    assert '<form method="post"' not in _get(read_only, f"/stories/{story.id}").text


def test_token_guards_writes_beyond_localhost(remote):
    story, articles = max(_stories(remote), key=lambda s: len(s[1]))
    page = _get(remote, f"/stories/{story.id}").text
    assert TOKEN not in page and 'type="password" name="token"' in page
    split = f"{remote.url}/stories/{story.id}/split"
    body = {"articles": articles[-1].id}
    assert httpx.post(split, data=body).status_code == 403
    assert httpx.post(split, data={**body, "token": "wrong"}).status_code == 403
    moved = httpx.post(split, data=body, headers={"X-Contrasta-Token": TOKEN})
    assert moved.status_code == 303
    new_story = moved.headers["location"].removeprefix("/stories/")
    assert _get(remote, f"/api/stories/{new_story}").json()["articles"][0]["id"] == articles[-1].id


def test_cross_site_form_posts_are_refused_even_with_the_token(writable):
    story, articles = _stories(writable)[0]
    token = _form_token(_get(writable, f"/stories/{story.id}").text)
    split = f"{writable.url}/stories/{story.id}/split"
    body = {"articles": articles[0].id, "token": token}
    for headers in ({"Origin": "http://attacker.example"}, {"Sec-Fetch-Site": "cross-site"}):
        assert httpx.post(split, data=body, headers=headers).status_code == 403
    assert [a.id for a in _stories(writable)[0][1]] == [a.id for a in articles]


def test_upload_pasted_text_lands_in_a_story(writable):
    token = _form_token(_get(writable, "/upload").text)
    response = httpx.post(f"{writable.url}/upload", data={**UPLOAD, "token": token}, timeout=120)
    assert response.status_code == 303, response.text[:500]
    story_id, article_id = re.fullmatch(
        r"/stories/(\w+)#a-(\w+)", response.headers["location"]
    ).groups()
    story = _get(writable, f"/api/stories/{story_id}").json()
    uploaded = next(a for a in story["articles"] if a["id"] == article_id)
    assert uploaded["title"] == UPLOAD["title"] and uploaded["outlet"] == UPLOAD["outlet"]
    assert uploaded["published"] == "2026-01-15T11:00:00"
    assert uploaded["source"].startswith(str(writable.settings.uploads))
    for path in (f"/stories/{story_id}", f"/articles/{article_id}", "/"):
        page = _get(writable, path).text
        assert "<script" not in page.lower() and not TAG_ATTRIBUTE_HANDLER.search(page)
    article_page = _get(writable, f"/articles/{article_id}").text
    assert "&lt;img src=x onerror=" in article_page
    loaded = _get(writable, f"/api/articles/{article_id}").json()["loaded"]
    assert [m["text"] for m in loaded] == ["avalancha"]
    assert re.search(r'<mark class="[^"]*\bloaded\b[^"]*"[^>]*>avalancha</mark>', article_page)
    assert ">Lenguaje cargado (1)</h2>" in article_page


def test_upload_files_and_bad_input(writable):
    token = _form_token(_get(writable, "/upload").text)
    before = open_store(writable.settings.db).count_articles()
    response = httpx.post(
        f"{writable.url}/upload",
        data={"token": token},
        files=[("files", ("radio-quimal.jsonl", FEED.encode(), "application/x-ndjson"))],
        timeout=120,
    )
    assert response.status_code == 200
    assert response.text.count('href="/articles/') == 2
    assert open_store(writable.settings.db).count_articles() == before + 2
    bad = httpx.post(
        f"{writable.url}/upload", data={**UPLOAD, "date": "el día de la marmota", "token": token}
    )
    assert bad.status_code == 400 and "fecha no entendida" in bad.text
    assert html.escape(UPLOAD["title"]) in bad.text
    odd = httpx.post(
        f"{writable.url}/upload",
        data={"token": token},
        files=[("files", ("notes.pdf", b"%PDF-1.4", "application/pdf"))],
    )
    assert (
        odd.status_code == 400
        and "tipo de archivo desconocido" in odd.text
        and ".jsonl" in odd.text
    )
    assert open_store(writable.settings.db).count_articles() == before + 2


def test_split_then_merge_through_the_forms(writable):
    story, articles = max(_stories(writable), key=lambda s: len(s[1]))
    page = _get(writable, f"/stories/{story.id}").text
    token = _form_token(page)
    moving = articles[-1].id
    split = httpx.post(
        f"{writable.url}/stories/{story.id}/split", data={"articles": moving, "token": token}
    )
    assert split.status_code == 303
    new_id = split.headers["location"].removeprefix("/stories/")
    assert [a["id"] for a in _get(writable, f"/api/stories/{new_id}").json()["articles"]] == [
        moving
    ]
    after = _get(writable, f"/stories/{story.id}").text
    assert after.count('<tr id="a-') == page.count('<tr id="a-') - 1
    assert f'<option value="{new_id}">' in after
    merge = httpx.post(
        f"{writable.url}/stories/{story.id}/merge", data={"others": new_id, "token": token}
    )
    assert merge.status_code == 303 and merge.headers["location"] == f"/stories/{story.id}"
    merged = _get(writable, f"/api/stories/{story.id}").json()
    assert moving in [a["id"] for a in merged["articles"]]
    _get(writable, f"/api/stories/{new_id}", 404)
    assert "unido a mano" in _get(writable, f"/stories/{story.id}").text


def test_openapi_describes_the_json_api(read_only):
    spec = _get(read_only, "/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/articles/{article_id}",
        "/api/search",
    }
    story = spec["paths"]["/api/stories/{story_id}"]["get"]["responses"]
    assert story["200"]["content"]["application/json"]["schema"]["$ref"].endswith("StoryDetail")
    assert "404" in story
    assert {"StoryDetail", "ClaimGroup", "ArticleDetail", "SearchResult"} <= set(
        spec["components"]["schemas"]
    )


def test_api_conforms_to_its_openapi_description(read_only):
    """Schemathesis draws requests from /openapi.json for every GET operation and checks
    each response (status, content type, body against its schema, no server error).
    Driven through Hypothesis directly: its pytest plugin does not run under pytest 9."""
    schema = schemathesis.openapi.from_url(f"{read_only.url}/openapi.json").include(method="GET")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 4
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def conforms(case):
            case.call_and_validate()

        conforms()


def test_api_real_ids_conform_too(read_only):
    story, articles = _stories(read_only)[0]
    for path in (f"/api/stories/{story.id}", f"/api/articles/{articles[0].id}"):
        response = _get(read_only, path)
        assert response.headers["content-type"] == "application/json"
    detail = _get(read_only, f"/api/stories/{story.id}").json()
    fields = {(a["id"], name): a[name] for a in detail["articles"] for name in ("text", "title")}
    for point in [p for part in detail["summary"].values() for p in part]:
        # A headline's point indexes the title (`field`), any other the text.
        where = fields[point["article_id"], point["field"]]
        assert where[point["start"] : point["end"]] == point["text"]


def test_serve_command_runs_and_refuses_a_missing_database(analysed, tmp_path):
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    missing = subprocess.run(
        [sys.executable, "-m", "contrasta", "serve", "--db", str(tmp_path / "none.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert missing.returncode == 2 and "no hay base de datos" in missing.stderr
    assert "Traceback" not in missing.stderr
    db = copy_db(analysed.db, tmp_path / "serve.db")
    serve = ["serve", "--db", str(db), "--port", "0", "--outlets", str(EXAMPLES / "outlets.csv")]
    process = subprocess.Popen(
        [sys.executable, "-m", "contrasta", *serve],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        url = re.search(r"http://127\.0\.0\.1:\d+/", process.stdout.readline()).group(0)
        assert "solo lectura" in process.stdout.readline()
        assert httpx.get(url, timeout=30).status_code == 200
        rows = httpx.get(f"{url}api/stories", timeout=60).json()["stories"]
        rated = [s for row in rows for s in row["coverage"] if s["label"] != "Sin calificar"]
        assert any(share["count"] for share in rated), "the --outlets registry was not used"
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_highlights_nest_and_anchor_cited_sentences():
    text = "Primer párrafo sin nada.\n\nEl puerto cerró, dijo «basta ya» el alcalde."
    second = text.index("El puerto")
    quote = text.index("basta")
    claim = text.index("dijo")
    marks = [
        Mark(claim, len(text) - 1, "claim corroborated", "afirmación"),
        Mark(quote, quote + len("basta ya"), "quote", "cita"),
    ]
    paragraphs = highlighted(text, marks, anchors={second})
    assert ["".join(s.text for s in p) for p in paragraphs] == text.split("\n\n")
    pieces = {s.text: s for s in paragraphs[1]}
    assert pieces["basta ya"].kinds == ("claim corroborated", "quote")
    lead = pieces["El puerto cerró, "]
    assert lead.anchor == f"o{second}" and not lead.kinds
    assert pieces["dijo «"].anchor == f"o{claim}" and pieces["basta ya"].anchor == f"o{quote}"
    assert pieces["."].kinds == ()
    assert [s.text for s in snippet_segments("a [b] c")] == ["a ", "b", " c"]


def test_coverage_bar_parts_add_up_to_the_whole_width():
    meter = coverage_meter(
        [
            Article(
                id=f"a{i}",
                source="x",
                fmt="text",
                content_hash=str(i),
                title="t",
                text="x",
                outlet=outlet,
            )
            for i, outlet in enumerate(["El País", "El Mundo", "ABC", "Diario Inventado"])
        ],
        [],
        load_registry(),
    )
    chart = coverage_bar(meter, width=200)
    assert round(sum(b.width for b in chart.bars)) == 200
    assert {b.css for b in chart.bars} == {"left", "right", "unrated"}
    assert all("de 4 voces" in b.title for b in chart.bars)


def test_warm_up_renders_recent_stories_so_the_first_view_is_cached(analysed, tmp_path_factory):
    with _server(analysed, tmp_path_factory) as live:
        state = live.app.state
        stories = len(_stories(live))
        assert warm(state, limit=2) == 2
        assert state.caches.dossiers.builds == 2
        assert warm(state, limit=64) == stories
        assert state.caches.dossiers.builds == state.caches.pages.builds == stories
        for story, _ in _stories(live):
            _get(live, f"/stories/{story.id}")
        assert state.caches.dossiers.builds == state.caches.pages.builds == stories


def test_ids_too_short_or_unknown_are_404s_that_say_why(read_only):
    story = _stories(read_only)[0][0]
    short = _get(read_only, f"/api/stories/{story.id[:3]}", 404).json()
    assert "demasiado corto" in short["detail"] and "4 caracteres" in short["hint"]
    assert "demasiado corto" in _get(read_only, f"/stories/{story.id[:3]}", 404).text
    missing = _get(read_only, "/api/articles/ffffffffffff", 404).json()
    assert missing["detail"] == "no hay ningún artículo con el id «ffffffffffff»"


def test_blindspot_page_lists_the_stories_one_side_covered(analysed, tmp_path_factory):
    """With the example registry, which rates the fictional outlets, the earthquake story is
    covered by conservative outlets only."""
    registry = load_registry([EXAMPLES / "outlets.csv"])
    with _server(analysed, tmp_path_factory, registry=registry) as rated:
        page = _get(rated, "/puntos-ciegos").text
        listed = _get(rated, "/api/stories").json()["stories"]
        spotted = [row for row in listed if row["blindspot"] is not None]
        assert spotted
        for row in listed:
            assert (f'href="/stories/{row["id"]}"' in page) == (row in spotted), row["id"]
        for row in spotted:
            detail = _get(rated, f"/api/stories/{row['id']}").json()
            assert row["blindspot"] == detail["coverage"]["blindspot"]
            story = _get(rated, f"/stories/{row['id']}").text
            owners = [o["rating"]["owner"] for o in detail["coverage"]["outlets"] if o["rating"]]
            assert any(html.escape(owner) in story for owner in owners if owner)


def test_claims_of_the_title_are_not_marked_or_anchored_in_the_text():
    """A claim of the title indexes the title: its offsets are not a place in the text."""
    title = "Detenidos dos hombres por el robo de cuarenta colmenas en Valdelobos"
    text = (
        "Dos hombres fueron detenidos el martes en Valdelobos, acusados de robar cuarenta "
        "colmenas de una finca cercana, según informó la Guardia Civil."
    )
    article = Article(
        id="a", source="a.txt", fmt="text", content_hash="a", title=title, text=text, lang="es"
    )
    claims = [m for m in article_marks(article, None, default_lexicon()) if m.kind == "claim"]
    assert [(m.start, m.end) for m in claims] == [(0, len(text))]
    assert article_href("a", 0, "title") == "/articles/a"
    assert article_href("a", 0) == "/articles/a#o0"


def test_upload_says_what_it_dropped_or_guessed(writable):
    """A stated date no day can be is dropped and said on the result page, in Spanish, as
    `analyze` says it, even for one article (no redirect past the warning); typed in the
    paste form it is refused with the reason, the form kept."""
    token = _form_token(_get(writable, "/upload").text)
    body = UPLOAD["text"].replace("cuarto", "quinto")
    header = "title: Los estibadores siguen en huelga\ndate: 3000-05-12\n\n"
    response = httpx.post(
        f"{writable.url}/upload",
        data={"token": token},
        files=[("files", ("futuro.txt", (header + body).encode(), "text/plain"))],
        timeout=120,
    )
    assert response.status_code == 200, response.text[:500]
    page = " ".join(html.unescape(response.text).split())
    assert "<h2>Avisos</h2>" in page and 'href="/articles/' in page
    assert (
        "futuro.txt: fecha de publicación 3000-05-12 descartada:"
        " fechada más de un año después de leer el artículo"
    ) in page
    assert "línea de cabecera" in page
    typed = httpx.post(
        f"{writable.url}/upload", data={**UPLOAD, "date": "12/03/1850", "token": token}
    )
    assert typed.status_code == 400
    said = html.unescape(typed.text)
    assert "fecha «12/03/1850» rechazada: fechada antes de 1900" in said
    assert html.escape(UPLOAD["title"]) in typed.text
    impossible = httpx.post(
        f"{writable.url}/upload", data={**UPLOAD, "date": "3026-13-45", "token": token}
    )
    said = html.unescape(impossible.text)
    assert "fecha «3026-13-45» rechazada: no existe ese día en el calendario" in said


def test_a_runs_problems_and_warnings_keep_a_page_of_their_own(writable):
    """An upload with a file it cannot use and one it reads with a warning: the result
    page links to the run's page, which lists both with source, why and hint, read back
    from the store after the run ended; /runs lists the run first with its counts and
    links to it; no such run is a page in Spanish with a way back."""
    token = _form_token(_get(writable, "/upload").text)
    assert 'href="/runs"' in _get(writable, "/upload").text
    body = UPLOAD["text"].replace("cuarto", "sexto")
    header = "title: La huelga de estibadores llega al sexto día\ndate: 3000-05-12\n\n"
    response = httpx.post(
        f"{writable.url}/upload",
        data={"token": token},
        files=[
            ("files", ("futuro.txt", (header + body).encode(), "text/plain")),
            ("files", ("vacio.txt", b"", "text/plain")),
        ],
        timeout=120,
    )
    assert response.status_code == 200, response.text[:500]
    number = int(re.search(r'href="/runs/(\d+)"', response.text).group(1))
    store = open_store(writable.settings.db)
    assert store.get_run().id == number  # the newest run
    store.close()
    page = " ".join(html.unescape(_get(writable, f"/runs/{number}").text).split())
    assert f"<h1>Ejecución {number}</h1>" in page
    problems = page.split('<ul class="problems">')[1].split("</ul>")[0]
    assert "vacio.txt</strong>: archivo vacío" in problems and "pista:" in problems
    warnings = page.split('<ul class="warnings">')[1].split("</ul>")[0]
    assert "futuro.txt</strong>: fecha de publicación 3000-05-12 descartada" in warnings
    assert "línea de cabecera" in warnings and "vacio.txt" not in warnings
    assert str(writable.settings.uploads) not in page  # file names, not the server's folders
    listed = html.unescape(_get(writable, "/runs").text)
    first = listed.split("<tbody>")[1].split("</tr>")[0]
    assert f'href="/runs/{number}"' in first
    assert f'href="/runs/{number}#problemas">1<' in first
    assert f'href="/runs/{number}#avisos">1<' in first
    missing = httpx.get(f"{writable.url}/runs/{number + 1000}")
    assert missing.status_code == 404
    assert f"no hay ninguna ejecución {number + 1000}" in html.unescape(missing.text)
    assert "vea la lista de ejecuciones" in html.unescape(missing.text)
    assert httpx.get(f"{writable.url}/runs/{2**70}").status_code == 404
    assert httpx.get(f"{writable.url}/runs/abc").status_code == 422
    store = open_store(writable.settings.db)
    stopped = store.start_run()  # a run stopped before its end records nothing more
    store.close()
    page = html.unescape(_get(writable, f"/runs/{stopped}").text)
    assert "no llegó a su final" in page and 'id="problemas"' not in page
    first = html.unescape(_get(writable, "/runs").text).split("<tbody>")[1].split("</tr>")[0]
    assert f'href="/runs/{stopped}"' in first and "sin terminar" in first


def test_decimals_are_written_the_readers_way(read_only):
    """A copy's similarity with a decimal comma in Spanish, a point in English."""
    story_ids = [s["id"] for s in _get(read_only, "/api/stories?limit=100").json()["stories"]]
    pages = [_get(read_only, f"/stories/{i}").text for i in story_ids]
    spanish = [p for p in pages if "similitud" in p]
    assert spanish, "the examples hold copies"
    for page in spanish:
        assert re.search(r"similitud [01],\d\d\b", page) and not re.search(
            r"similitud [01]\.\d\d", page
        )
    english = httpx.get(
        f"{read_only.url}/stories/{story_ids[pages.index(spanish[0])]}",
        headers={"Accept-Language": "en"},
    ).text
    assert re.search(r"similarity [01]\.\d\d\b", english)


def test_a_page_address_with_an_unfit_value_is_a_page_in_spanish(read_only):
    """ "?page=abc" typed by hand: an error page in the reader's language, not the
    validator's English JSON; the API keeps its described 422 body."""
    for path, name, value in (
        ("/?page=abc", "page", "abc"),
        ("/puntos-ciegos?dias=0", "dias", "0"),
    ):
        response = httpx.get(read_only.url + path)
        assert response.status_code == 422, path
        assert response.headers["content-type"].startswith("text/html")
        shown = html.unescape(response.text)
        assert f"la dirección lleva un valor que no encaja: {name}=«{value}»" in shown
        assert "Input should be" not in shown
    english = httpx.get(read_only.url + "/?page=abc", headers={"Accept-Language": "en"}).text
    assert "the address has a value that does not fit" in html.unescape(english)
    api = httpx.get(read_only.url + "/api/stories?limit=1000")
    assert api.status_code == 422 and isinstance(api.json()["detail"], list)


def test_a_path_with_an_unfit_part_names_no_code_parameter(read_only):
    """ "/runs/abc": the address holds no "number=", so the page quotes the part that does
    not fit, not the code's English name for it."""
    response = httpx.get(read_only.url + "/runs/abc")
    assert response.status_code == 422
    shown = html.unescape(response.text)
    assert "la dirección lleva una parte que no encaja: «abc»" in shown
    assert "number" not in shown


def test_each_dated_fact_says_its_standing_in_words_not_only_by_colour(read_only):
    """The timeline's dots are coloured by a fact's standing (confirmed, single source,
    disputed...): each dot's tooltip and each row of the facts' table say it in words too,
    the same words as the legend, so a reader who cannot tell the colours apart loses
    nothing."""
    words = {
        "corroborated": "confirmado",
        "alike": "coinciden varias fuentes (sin comprobar)",
        "single-source": "una sola fuente",
        "contradicted": "en disputa",
    }
    store = open_store(read_only.settings.db)
    stories = store.list_stories()
    store.close()
    seen = set()
    for story in stories:
        page = html.unescape(httpx.get(f"{read_only.url}/stories/{story.id}").text)
        section = page[page.index('<section id="cronologia">') :]
        section = section[: section.index("</section>")]
        dots = re.findall(r'<circle class="dot ([a-z-]+)[^"]*"[^>]*><title>([^<]*)', section)
        for standing, title in dots:
            if standing in words:
                said = re.escape(words[standing])
                assert re.search(f" · {said}(; la fecha, de una sola fuente)? — ", title), title
                seen.add(standing)
        rows = section.count('<td class="nowrap" data-label="Día">')
        stated = re.findall(r'class="meta standing">\((.*?)\)</span>', section)
        assert len(stated) == rows, story.id
        one_day = {f"{words['corroborated']}; la fecha, de una sola fuente"}
        assert set(stated) <= set(words.values()) | one_day, stated
    assert {"corroborated", "single-source"} <= seen


def test_an_article_page_names_the_kind_of_each_copy_link(read_only):
    """ "Copiado por … (republicación, similitud 0,89)": the kind of copy is named on the
    article page as on the story page (it came out empty, "(, similitud 0,89)")."""
    store = open_store(read_only.settings.db)
    members = [m.article_id for story in store.list_stories() for m in story.members]
    store.close()
    kinds = ("republicación", "párrafos copiados", "cita la fuente", "traducción")
    linked = 0
    for article_id in members:
        page = html.unescape(httpx.get(f"{read_only.url}/articles/{article_id}").text)
        said = re.findall(r"\(([^()]*), similitud \d", page)
        assert all(kind in kinds for kind in said), (article_id, said)
        linked += bool(said)
    assert linked >= 2  # a copy and its original, at least


def test_the_file_picker_offers_every_kind_an_upload_accepts(writable):
    """The form's `accept=` and its label come from the one set `check` lets through: the
    picker once hid web archives (.warc, .warc.gz) that an upload reads."""
    from contrasta.ingest import KNOWN_SUFFIXES

    form = html.unescape(_get(writable, "/upload").text)
    offered = re.search(r'type="file" name="files" multiple accept="([^"]+)"', form).group(1)
    assert set(offered.split(",")) == KNOWN_SUFFIXES
    assert {".warc", ".warc.gz"} <= set(offered.split(","))
    label = re.search(r"Archivos: ([^<]+) <input", form).group(1)
    assert set(label.split(", ")) == KNOWN_SUFFIXES


def test_the_runs_page_names_every_command_that_records_a_run(read_only):
    """Uploads, `analyze`, `watch` polls and `load-parquet` each record a run."""
    intro = html.unescape(_get(read_only, "/runs").text).split("<p>")[1].split("</p>")[0]
    for command in ("contrasta analyze", "contrasta watch", "contrasta load-parquet"):
        assert command in intro


def test_the_story_pages_chips_tell_one_outlets_articles_apart(read_only):
    """The web story page words its citation chips as the report does (`citation_chips`):
    one outlet's two articles are two chips, "(1)" and "(2)", each titled with its
    article's headline; the articles table names each with the same words."""
    numbered = 0
    for story, articles in _stories(read_only):
        page = _get(read_only, f"/stories/{story.id}").text
        cited = citation_chips(page, {a.id: a.title for a in articles})
        assert all(len(ids) == 1 for ids in cited.values()), cited
        for text, (article_id,) in cited.items():
            row = page.split(f'<tr id="a-{article_id}">')[1].split("</tr>")[0]
            assert f">{html.escape(text, quote=False)}<" in row or f">{text}" in row, (text, row)
            numbered += bool(re.search(r" \(\d\)$", text))
    assert numbered >= 2
