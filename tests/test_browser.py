"""The web app in a real browser: Debian's chromium, headless, driven by Playwright,
against the real server on 127.0.0.1. Screenshots go to test-artifacts/ for a person to
look at. Playwright's own browser download is never used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from live_server import copy_db, live_server
from test_web import UPLOAD

from contrasta.store import open_store
from contrasta.web import make_settings

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed (apt-get install chromium)",
    ),
]


@pytest.fixture(scope="module")
def server(analysed, tmp_path_factory):
    db = copy_db(analysed.db, tmp_path_factory.mktemp("browser") / "browser.db")
    with live_server(make_settings(db, write=True)) as live:
        yield live


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors (CSP violations show up there) and any
    dialog a script might open."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="es-ES")
    page = context.new_page()
    page.errors, page.dialogs = [], []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_story_list_to_story_to_article(server, page):
    store = open_store(server.settings.db)
    stories = store.list_stories()
    store.close()
    page.goto(server.url + "/")
    rows = page.locator("table.stories tbody tr")
    assert rows.count() == len(stories)
    assert page.locator("td.coverage svg").count() == len(stories)
    _shot(page, "01-story-list")
    biggest = stories[0]
    page.get_by_role("link", name=biggest.headline, exact=True).first.click()
    page.wait_for_url(f"**/stories/{biggest.id}")
    assert page.locator("h1").inner_text() == biggest.headline
    assert page.locator("figure.chart svg").first.is_visible()
    assert page.locator("#cobertura svg rect.bar").count() >= 1
    assert page.locator("table.matrix tbody tr").count() > 0
    assert page.locator("table.articles tbody tr").count() == len(biggest.members)
    _shot(page, "02-story")
    link = page.locator("table.articles tbody tr a").first
    title = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r".*/articles/[0-9a-f]{12}$"))
    assert page.locator("h1").inner_text() == title
    assert page.locator(".text mark.claim").count() > 0
    assert page.get_by_role("heading", name=re.compile("Ruido quitado")).is_visible()
    _shot(page, "03-article")
    assert page.errors == [] and page.dialogs == []


def test_search_shows_hostile_text_as_text(server, page):
    page.goto(server.url + "/")
    page.get_by_placeholder("Buscar en los artículos").fill("malicioso")
    page.get_by_role("button", name="Buscar").click()
    page.wait_for_url("**/?q=malicioso")
    assert "Resultados para «malicioso»" in page.locator("h1").first.inner_text()
    page.locator(".results a[href^='/articles/']").first.click()
    page.wait_for_url(re.compile(r".*/articles/[0-9a-f]{12}$"))
    assert page.get_by_text("<script>alert('x')</script>", exact=False).count() == 1
    assert page.locator(".text script, .text img").count() == 0
    _shot(page, "04-hostile-article")
    assert page.errors == [] and page.dialogs == []


def test_upload_through_the_form(server, page):
    page.goto(server.url + "/upload")
    page.get_by_label("Título").fill(UPLOAD["title"])
    page.get_by_label("Medio").fill(UPLOAD["outlet"])
    page.get_by_label("Fecha").fill(UPLOAD["date"])
    page.get_by_label("Texto").fill(UPLOAD["text"])
    _shot(page, "05-upload-form")
    page.get_by_role("button", name="Analizar").click()
    page.wait_for_url(re.compile(r".*/stories/\w+#a-[0-9a-f]{12}$"), timeout=120_000)
    row = page.locator("table.articles tbody tr", has_text=UPLOAD["title"])
    assert row.count() == 1
    assert UPLOAD["outlet"] in row.inner_text()
    row.get_by_role("link", name=UPLOAD["title"]).click()
    page.wait_for_url(re.compile(r".*/articles/[0-9a-f]{12}$"))
    assert page.locator(".text mark.loaded").first.inner_text() == "avalancha"
    _shot(page, "07-uploaded-article")
    _shot(page, "06-after-upload")
    assert page.errors == [] and page.dialogs == []
