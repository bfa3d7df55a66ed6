"""The web app in a real browser: Debian's chromium, headless, driven by Playwright,
against the real server on 127.0.0.1. Screenshots go to test-artifacts/ for a person to
look at. Playwright's own browser download is never used.

Every page is checked at a phone's width (390 px) and a desktop's (1280 px): nothing wider
than the screen, chart labels readable, and axe-core (installed by `make test` into
node_modules/, run inside the same chromium) finds no serious accessibility fault."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from live_server import copy_db, live_server
from test_web import UPLOAD

from conftest import EXAMPLES, contrasta
from contrasta.coverage import load_registry
from contrasta.store import open_store
from contrasta.web import make_settings

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = (390, 1280)
MIN_LABEL_PX = 11
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
    # The example registry rates the fictional outlets: owners and a blindspot to show.
    registry = load_registry([EXAMPLES / "outlets.csv"])
    with live_server(make_settings(db, write=True, registry=registry)) as live:
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
    """A full-page picture of a long page (a story with every section open) can take more
    than Playwright's 30 s on a loaded machine; what the tests assert is not its speed."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True, timeout=120_000)


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


def test_an_uploaded_file_with_a_dropped_date_shows_the_warning(server, page, tmp_path):
    """A file whose header states no possible day: the result page lists the article and,
    under «Avisos», what was dropped and how to fix it; readable on a phone, axe-clean."""
    futuro = tmp_path / "futuro.txt"
    futuro.write_text(
        "title: Robledo reabre el puente viejo tras reparar el tablero\ndate: 3000-05-12\n\n"
        + NAMELESS["text"].replace("cerró", "reabrió"),
        "utf-8",
    )
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url + "/upload")
    page.get_by_label(re.compile(r"^Archivos: ")).set_input_files(str(futuro))
    page.get_by_role("button", name="Analizar").click()
    page.wait_for_url("**/upload", timeout=120_000)
    assert page.get_by_role("heading", name="Avisos").is_visible()
    warning = page.locator("ul.warnings li").inner_text()
    assert "futuro.txt: fecha de publicación 3000-05-12 descartada" in warning
    assert page.locator("a[href^='/articles/']", has_text="Robledo reabre el puente").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    if AXE.exists():
        assert _axe(page) == []
    _shot(page, "08-upload-warning-390")
    # Kept with the run: its page, linked from here, says it again once the run is over.
    page.get_by_role("link", name=re.compile(r"^Ejecución \d+$")).click()
    page.wait_for_url(re.compile(r".*/runs/\d+$"))
    assert page.get_by_role("heading", name=re.compile(r"^Avisos")).is_visible()
    kept = page.locator("ul.warnings li").inner_text()
    assert "futuro.txt: fecha de publicación 3000-05-12 descartada" in kept
    assert "pista: corrija la fecha" in kept
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    if AXE.exists():
        assert _axe(page) == []
    _shot(page, "09-run-warnings-390")
    assert page.errors == [] and page.dialogs == []


NAMELESS = {
    "title": "El ayuntamiento de Robledo cierra el puente viejo por las grietas del tablero",
    "text": "\n".join(
        [
            "El ayuntamiento de Robledo cerró este miércoles al tráfico el puente viejo sobre el"
            " río Tera después de que los técnicos municipales hallaran grietas en el tablero.",
            "El alcalde, Ismael Roca, explicó que el cierre durará al menos tres semanas y que los"
            " vecinos de la margen derecha deberán rodear por la carretera de Valdemar.",
        ]
    ),
}


def test_an_article_naming_no_outlet_is_cited_by_its_title_in_the_story_page(server, page):
    """Uploaded with no outlet: the table of articles and the headlines side by side name
    it by its title in quotation marks, as its citations do, not "medio desconocido"."""
    page.goto(server.url + "/upload")
    page.get_by_label("Título").fill(NAMELESS["title"])
    page.get_by_label("Texto").fill(NAMELESS["text"])
    page.get_by_role("button", name="Analizar").click()
    page.wait_for_url(re.compile(r".*/stories/\w+#a-[0-9a-f]{12}$"), timeout=120_000)
    row = page.locator("table.articles tbody tr", has_text=NAMELESS["title"])
    outlet = row.locator("td[data-label='Medio']").inner_text()
    assert outlet.startswith("«El ayuntamiento de Robledo cierra"), outlet
    assert "desconocido" not in outlet
    side = page.locator(".sides li", has_text=NAMELESS["title"]).locator(".meta").inner_text()
    assert side.startswith("«El ayuntamiento de Robledo cierra"), side
    assert page.errors == [] and page.dialogs == []


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def sized(browser, request):
    """A page `request.param` pixels wide, as a phone (touch, small screen) or a desktop."""
    width = request.param
    context = browser.new_context(
        viewport={"width": width, "height": 844 if width < 600 else 900},
        locale="es-ES",
        is_mobile=width < 600,
        has_touch=width < 600,
    )
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.width = width
    yield page
    context.close()


def _paths(server) -> dict[str, str]:
    """The pages every reader meets: list, the biggest story, its first article, upload,
    blindspots, the runs and the last run."""
    store = open_store(server.settings.db)
    biggest = store.list_stories()[0]
    run = store.get_run()
    store.close()
    return {
        "home": "/",
        "story": f"/stories/{biggest.id}",
        "article": f"/articles/{biggest.members[0].article_id}",
        "upload": "/upload",
        "blindspots": "/puntos-ciegos",
        "runs": "/runs",
        "run": f"/runs/{run.id}",
    }


SMALLEST_LABEL = """() => {
    const sizes = [];
    for (const text of document.querySelectorAll("svg text")) {
        if (!text.getClientRects().length) continue;  // in a chart hidden at this width
        const svg = text.ownerSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
    }
    return sizes.length ? Math.min(...sizes) : null;
}"""

HEADINGS = """() => [...document.querySelectorAll("h1,h2,h3,h4,h5,h6")]
    .filter(h => h.getClientRects().length).map(h => Number(h.tagName[1]))"""


def _axe(page) -> list[dict]:
    """axe-core's serious and critical violations on the page as it is shown."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    found = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {"rule": v["id"], "impact": v["impact"], "where": [n["target"] for n in v["nodes"][:3]]}
        for v in found["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed: run `make test`")
def test_every_page_fits_the_screen_and_passes_axe(server, sized):
    for name, path in _paths(server).items():
        sized.goto(server.url + path)
        assert sized.evaluate("document.documentElement.scrollWidth") <= sized.width, name
        smallest = sized.evaluate(SMALLEST_LABEL)
        assert smallest is None or smallest >= MIN_LABEL_PX, (name, smallest)
        levels = sized.evaluate(HEADINGS)
        assert levels.count(1) == 1 and levels[0] == 1, (name, levels)
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (name, levels)
        for landmark in ("banner", "navigation", "main", "contentinfo", "search"):
            assert sized.get_by_role(landmark).count() >= 1, (name, landmark)
        assert _axe(sized) == [], name
        _shot(sized, f"{name}-{sized.width}")
    assert sized.errors == []


CLIPPED_LABELS = """() => [...document.querySelectorAll("figure.chart svg text")]
    .filter(t => t.getClientRects().length)
    .filter(t => {
        const box = t.getBBox(), view = t.ownerSVGElement.viewBox.baseVal;
        return box.x < view.x - 0.5 || box.x + box.width > view.x + view.width + 0.5;
    })
    .map(t => t.textContent)"""


def test_no_chart_label_runs_off_its_chart(server, sized):
    """Every label of every story's charts (axis dates, lanes) lies inside its chart: a
    date cut at the edge ("13 ago 08:0") cannot be read."""
    store = open_store(server.settings.db)
    stories = store.list_stories()
    store.close()
    for story in stories:
        sized.goto(f"{server.url}/stories/{story.id}")
        assert sized.evaluate(CLIPPED_LABELS) == [], (story.id, sized.width)


def test_the_claims_matrix_is_a_list_per_claim_on_a_phone(server, sized):
    """Folded under a summary that counts the claims (on a phone, one block per claim ran
    to a dozen screens of single-source lines); a tap unfolds it."""
    story = _paths(server)["story"]
    sized.goto(server.url + story)
    first = sized.locator("table.matrix tbody tr").first
    folded = sized.locator("#afirmaciones details")
    rows = sized.locator("table.matrix tbody tr").count()
    assert folded.get_attribute("open") is None and first.is_hidden()
    summary = folded.locator("summary")
    assert summary.inner_text() == f"Tabla de afirmaciones ({rows}) × medio"
    summary.click()
    assert first.is_visible()
    cells = first.locator("td.cell.present, td.cell.contradicts")
    assert cells.count() >= 1
    outlet = cells.first.locator(".who")
    header = sized.locator("table.matrix thead")
    if sized.width < 600:
        # Each claim is a block listing the outlets that state or contradict it, by name.
        assert not header.is_visible()
        assert outlet.is_visible() and outlet.inner_text().strip()
        box = first.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= sized.width
        assert first.locator("td.cell.absent").first.is_hidden()
        assert sized.locator("figure.chart.wide").first.is_hidden()
    else:
        # The outlet's name is there for screen readers only: the column header shows it.
        assert header.is_visible() and outlet.bounding_box()["width"] <= 1
        assert sized.locator("figure.chart.narrow").first.is_hidden()


def test_the_upload_form_is_reachable_by_keyboard(server, sized):
    sized.goto(server.url + "/upload")
    reached = []
    for _ in range(20):
        sized.keyboard.press("Tab")
        reached.append(
            sized.evaluate(
                "() => { const e = document.activeElement;"
                " return e.name || e.textContent.trim() || e.tagName; }"
            )
        )
    order = [reached.index(n) for n in ("title", "outlet", "date", "text", "files", "Analizar")]
    assert order == sorted(order), reached
    assert reached[0] == "Saltar al contenido"


CUT_BAR_LABELS = """() => [...document.querySelectorAll(".bar span")]
    .filter(part => part.getClientRects().length && part.innerText.trim())
    .filter(part => part.scrollWidth > part.clientWidth + 1)
    .map(part => part.innerText)"""


@pytest.fixture(scope="module")
def rated_report(tmp_path_factory):
    """The example corpus analysed with its registry of outlets, as `make demo` does: the
    bars have parts of every band."""
    work = tmp_path_factory.mktemp("rated")
    run = contrasta(
        "analyze",
        str(EXAMPLES),
        "--out",
        str(work / "out"),
        "--db",
        str(work / "c.db"),
        "--outlets",
        str(EXAMPLES / "outlets.csv"),
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return work / "out"


def test_the_static_reports_coverage_bars_cut_no_label(rated_report, sized):
    """Each story page of the offline report: a part of the coverage bar shows its band and
    percentage only when they fit; too narrow, it shows none ("Sin calific" is no label).
    The sums under the bar say every figure."""
    pages = sorted((rated_report / "stories").glob("*.html"))
    assert pages
    for page in pages:
        sized.goto(page.as_uri())
        assert sized.evaluate(CUT_BAR_LABELS) == [], (page.name, sized.width)


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed: run `make test`")
def test_the_static_report_fits_the_screen_and_passes_axe(analysed, sized):
    """report.html, opened from disk, then its first story's page with every section
    unfolded (the claims tables too)."""
    sized.goto((analysed.out / "report.html").as_uri())
    assert sized.locator(".index .bar").count() >= 1
    assert sized.evaluate("document.documentElement.scrollWidth") <= sized.width
    assert _axe(sized) == []
    sized.locator(".index a").first.click()
    _shot(sized, f"report-{sized.width}")  # folded: unfolded, it is too tall to picture
    for summary in sized.locator("details > summary").all():
        summary.click()
    assert sized.evaluate("document.documentElement.scrollWidth") <= sized.width
    first = sized.locator("table.matrix tbody tr").first
    named = first.locator("td.cell.present .who").first
    assert (named.bounding_box()["width"] > 1) == (sized.width < 600)
    assert _axe(sized) == []


# A phone held upright: the smallest common width. Each control a reader taps alone must be
# 44 px high (WCAG 2.5.5); links inside a sentence are exempt, the sentence is the target.
PHONE = {"width": 360, "height": 740}
MIN_TAP_PX = 44
CONTROLS = (
    "header.top a, form.search input, button, summary, .toc a, .pages a, .order a,"
    " .crumbs a, table.articles td:first-child a, table.stories td:first-child > a,"
    " table.runs td:first-child a, .hit h2 > a,"
    " .index li > a:first-child, body > nav a"
)
SMALL_CONTROLS = """(selector) => [...document.querySelectorAll(selector)]
    .filter(e => e.getClientRects().length && !e.closest("svg"))
    .map(e => [e.tagName + " " + (e.textContent || e.name).trim().slice(0, 30),
               e.getBoundingClientRect().height])
    .filter(([, h]) => h < 43.5)"""
# A citation chip is drawn 2 rem high; a tap 22 px above or below its middle still hits it.
CHIPS_MISSED = """() => [...document.querySelectorAll(".cite")]
    .filter(e => e.getClientRects().length).slice(0, 12).filter(e => {
        e.scrollIntoView({block: "center"});
        const r = e.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
        return ![y - 21, y + 21].every(at => e.contains(document.elementFromPoint(x, at)));
    }).map(e => e.textContent.trim())"""
# Stacked or scrolled: a table cell narrower than a third of the screen breaks words apart.
CRAMPED_CELLS = """() => [...document.querySelectorAll("td")]
    .filter(td => td.getClientRects().length && td.textContent.trim().length > 12)
    .filter(td => !td.closest("[role=region][tabindex]") && !td.closest("table.matrix"))
    .filter(td => td.getBoundingClientRect().width < innerWidth / 3)
    .map(td => td.textContent.trim().slice(0, 30))"""
SMALLEST_TEXT = """() => {
    let smallest = 99;
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
        const e = walk.currentNode.parentElement;
        if (!walk.currentNode.textContent.trim() || !e.getClientRects().length) continue;
        if (e.closest("svg, .who, .hidden, .skip")) continue;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(e).fontSize));
    }
    return smallest;
}"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport=PHONE, locale="es-ES", is_mobile=True, has_touch=True, device_scale_factor=2
    )
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    yield page
    context.close()


def _readable_on_a_phone(page, name: str) -> None:
    width = PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width, name
    assert page.evaluate("document.documentElement.lang") == "es", name
    levels = page.evaluate(HEADINGS)
    assert levels.count(1) == 1 and levels[0] == 1, (name, levels)
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (name, levels)
    assert page.evaluate(SMALL_CONTROLS, CONTROLS) == [], name
    assert page.evaluate(CHIPS_MISSED) == [], name
    assert page.evaluate(CRAMPED_CELLS) == [], name
    assert page.evaluate(SMALLEST_TEXT) >= 12, name


# A link as an inline block in a bulleted list: the bullet sits on the block's baseline,
# its LAST line, beside "fuentes del Gobierno" instead of the title's first words.
BULLETS_ON_LAST_LINE = """() => [...document.querySelectorAll("li")]
    .filter(li => li.getClientRects().length && getComputedStyle(li).listStyleType !== "none")
    .map(li => li.firstElementChild)
    .filter(a => a && getComputedStyle(a).display === "inline-block")
    .filter(a => a.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(a).lineHeight))
    .map(a => a.textContent.trim().slice(0, 30))"""


def test_a_journalist_on_a_phone_can_read_and_tap_everything(server, phone):
    """At 360 px, touch, Spanish: the story list, a search, the biggest story, one of its
    articles. No page scrolls sideways, headings go down one level at a time, every control
    is a 44 px target, no table squeezes its cells into columns of broken words, no text
    under 12 px; a tap folds a section."""
    paths = _paths(server)
    for name in ("home", "story", "article", "runs", "run"):
        phone.goto(server.url + paths[name])
        _readable_on_a_phone(phone, name)
    # What "Orígenes" counts is said on the page: a phone shows no tooltip.
    phone.goto(server.url + paths["home"])
    assert phone.get_by_text("Orígenes: orígenes independientes; las copias").is_visible()
    phone.goto(server.url + "/?q=huelga")
    _readable_on_a_phone(phone, "search")
    assert phone.evaluate(BULLETS_ON_LAST_LINE) == []
    phone.goto(server.url + paths["story"])
    quotes = phone.locator("#citas details").first
    assert quotes.get_attribute("open") is not None
    quotes.locator("summary").tap()
    assert quotes.get_attribute("open") is None  # a tap folds it, as a click would
    _shot(phone, "phone-story-360")
    assert phone.errors == []


def test_the_static_report_reads_on_a_phone(server, analysed, phone):
    """The same checks on report.html and the biggest story's page, every section unfolded:
    its tables (outlets, timeline, loaded words) stack into labelled lines."""
    paths = _paths(server)
    phone.goto((analysed.out / "report.html").as_uri())
    _readable_on_a_phone(phone, "report")
    story = paths["story"].rsplit("/", 1)[1]
    phone.goto((analysed.out / "stories" / f"{story}.html").as_uri())
    first = phone.locator("details").first
    first.locator("summary").tap()
    assert first.get_attribute("open") is not None
    phone.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    _readable_on_a_phone(phone, "report story")
    _shot(phone, "phone-report-story-360")
    assert phone.errors == []


# A command named in a sentence, drawn on more than one line ("contrasta serve --" / "write").
BROKEN_COMMANDS = """() => [...document.querySelectorAll("code")]
    .filter(c => c.getClientRects().length > 1).map(c => c.textContent)"""


def test_error_pages_and_commands_read_on_a_phone(analysed, tmp_path, phone):
    """Read-only, as `contrasta serve` starts. An unknown story, a mistyped run number, an
    address that exists nowhere: each a page that fits the phone, with its one line and a
    way back; a command the footer or a page names ("contrasta serve --write") is never
    broken at its hyphens."""
    with live_server(make_settings(copy_db(analysed.db, tmp_path / "ro.db"))) as server:
        _errors_and_commands(server, phone)


def _errors_and_commands(server, phone) -> None:
    # The run history is one tap away from every page, not only from the upload page.
    phone.goto(server.url + "/")
    phone.get_by_role("navigation", name="Secciones").get_by_role("link", name="Ejecuciones").tap()
    phone.wait_for_url("**/runs")
    for path, status in (("/stories/szzzzzzzz", 404), ("/runs/abc", 422), ("/nada", 404)):
        response = phone.goto(server.url + path)
        assert response.status == status, path
        _readable_on_a_phone(phone, path)
        assert phone.get_by_role("link", name="Volver a las historias").is_visible(), path
    for path in ("/runs", "/upload", _paths(server)["story"]):
        phone.goto(server.url + path)
        assert phone.locator("code").count() >= 1, path
        assert phone.evaluate(BROKEN_COMMANDS) == [], path
    _shot(phone, "phone-story-end-360")


TABLET = {"width": 768, "height": 1024}


def test_a_tablet_held_upright_gets_touch_sized_controls(server, browser):
    """768 px, touch but not a phone's width: the pages keep their tables, yet every control
    tapped alone (the section links, the story's contents, folding a section, a run) is
    44 px high, as on a phone."""
    context = browser.new_context(viewport=TABLET, locale="es-ES", has_touch=True)
    tablet = context.new_page()
    try:
        for name, path in _paths(server).items():
            tablet.goto(server.url + path)
            assert tablet.evaluate("document.documentElement.scrollWidth") <= TABLET["width"]
            assert tablet.evaluate(SMALL_CONTROLS, CONTROLS) == [], name
        _shot(tablet, "tablet-story-768")
    finally:
        context.close()


def test_a_story_on_a_phone_opens_with_its_contents_and_its_data(server, phone):
    """At 360 px the section links come on the first screen, under the outlets (after the
    coverage and the headlines they came 2,000 px down), and a tap takes the reader to
    the summary; the story's and its article's data are one link away, as JSON."""
    story = _paths(server)["story"]
    phone.goto(server.url + story)
    toc = phone.locator("nav.toc")
    assert toc.bounding_box()["y"] + MIN_TAP_PX <= PHONE["height"]  # its first row, at least
    toc.get_by_role("link", name="Resumen").tap()
    phone.wait_for_url("**#resumen")
    assert phone.locator("#resumen h2").bounding_box()["y"] < PHONE["height"] / 2
    assert phone.errors == []
    # (A JSON document has no favicon: chromium's request for one is a 404, not ours.)
    for page, api in ((story, "/api/stories/"), (_paths(server)["article"], "/api/articles/")):
        phone.goto(server.url + page)
        phone.get_by_role("link", name="datos (JSON)").tap()
        phone.wait_for_url(f"**{api}*")
        assert page.rsplit("/", 1)[1] in phone.locator("body").inner_text()


# The sign a claim's mark carries besides its colour (CSS generated content).
SIGNS = """(selector) => [...document.querySelectorAll(selector)]
    .map(m => getComputedStyle(m, "::after").content)"""


def test_an_articles_confirmed_and_contradicted_sentences_differ_by_more_than_colour(server, phone):
    """In an article's text a sentence another outlet contradicts ends in ⚠ and one several
    origins confirm in ✓, in the text and in its legend: red against green is no help to a
    reader who cannot tell them apart, and a phone shows no tooltip."""
    store = open_store(server.settings.db)
    members = [m.article_id for s in store.list_stories() for m in s.members]
    store.close()
    seen = set()
    for article_id in members:
        phone.goto(f"{server.url}/articles/{article_id}")
        for standing, sign in (("contradicted", '" ⚠"'), ("corroborated", '" ✓"')):
            signs = phone.evaluate(SIGNS, f".text mark.claim.{standing}")
            if signs:
                assert set(signs) == {sign}, (article_id, standing, signs)
                assert phone.evaluate(SIGNS, f".legend mark.claim.{standing}") == [sign]
                seen.add(standing)
        plain = phone.evaluate(SIGNS, ".text mark.claim.single-source")
        assert set(plain) <= {"none"}, plain  # the common case stays unmarked
        if seen == {"contradicted", "corroborated"}:
            break
    assert seen == {"contradicted", "corroborated"}
