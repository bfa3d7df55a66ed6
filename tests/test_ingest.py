"""Readers and bad input: every failure is reported with its path and the batch goes on."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from contrasta.errors import InputError
from contrasta.ingest import discover, read_file
from contrasta.ingest.decode import decode
from contrasta.ingest.html import read_html
from contrasta.ingest.text import paragraphs_from_lines, read_text
from contrasta.pipeline import ingest
from contrasta.prepare import prepare
from contrasta.store import open_store

pytestmark = pytest.mark.usefixtures("english")  # reasons checked in English

BODY = (
    "El Gobierno regional aprobó este martes un plan de emergencia para la cuenca del río "
    "Lerma tras las inundaciones que afectaron a cuatro municipios de la comarca.\n"
    "La consejera de Medio Ambiente, Irene Solís, aseguró que las ayudas llegarán «antes "
    "de que acabe el mes» a las familias afectadas por la crecida.\n"
)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "t.db")
    yield s
    s.close()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_text_header_metadata_and_body():
    article = prepare(
        read_text(
            "a.txt",
            "title: Inundaciones en el Lerma\noutlet: Diario La Meseta\nurl: https://m.example/a\n"
            "date 2026-01-12\nautor: Ana Gil\n\n" + BODY,
        )
    )
    assert article.title == "Inundaciones en el Lerma"
    assert article.outlet == "Diario La Meseta"
    assert article.url == "https://m.example/a"
    assert article.author == "Ana Gil"
    assert (article.published, article.published_from) == (datetime(2026, 1, 12), "header")
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("El Gobierno regional")
    assert [r.rule for r in article.removed] == ["header"] * 5


def test_header_lines_are_kept_apart_and_never_joined():
    lines = [
        "  url: https://m.example/una-direccion-bastante-larga-para-unir",
        "autor: Ana Gil",
        "El Gobierno regional aprobó este martes un plan de emergencia para la",
        "cuenca del río Lerma.",
    ]
    assert paragraphs_from_lines(lines) == [
        "url: https://m.example/una-direccion-bastante-larga-para-unir",
        "autor: Ana Gil",
        "El Gobierno regional aprobó este martes un plan de emergencia para la cuenca del "
        "río Lerma.",
    ]


def test_noise_lines_are_never_joined_as_wrapped_text():
    lines = [
        "Facebook cancela la cuenta de un presentador por difundir noticias falsas",
        "viernes, 22 de enero de 2021 07:30",
        "Lee también: El Gobierno aprueba la reforma del mercado eléctrico en el Congreso",
        "espera que la factura baje en verano.",
    ]
    assert paragraphs_from_lines(lines) == lines


def test_text_without_header_takes_first_line_as_title():
    article = prepare(read_text("b.txt", "Inundaciones en el Lerma\n\n" + BODY))
    assert article.title == "Inundaciones en el Lerma"
    assert (article.published, article.published_from) == (None, "unknown")
    assert len(article.paragraphs) == 2


def test_glued_header_gives_its_date_and_the_headline():
    article = prepare(
        read_text("c.txt", " date 2026-01-12 Inundaciones en el valle del Lerma:\n\n" + BODY)
    )
    assert article.title == "Inundaciones en el valle del Lerma:"
    assert (article.published, article.published_from) == (datetime(2026, 1, 12), "header")
    assert [(r.rule, r.text) for r in article.removed] == [("header", "date 2026-01-12")]
    assert len(article.paragraphs) == 2


def test_hard_wrapped_lines_are_joined_but_paragraph_lines_are_not():
    lines = [
        "El Gobierno regional aprobó este martes un plan de emergencia para la",
        "cuenca del río Lerma tras las inundaciones.",
        "Foto: Reuters.",
        "Segundo párrafo.",
    ]
    assert paragraphs_from_lines(lines) == [
        "El Gobierno regional aprobó este martes un plan de emergencia para la cuenca del "
        "río Lerma tras las inundaciones.",
        "Foto: Reuters.",
        "Segundo párrafo.",
    ]


def test_html_lines_follow_the_page_breaks_and_keep_loose_text():
    page = f"""<html lang="es"><head><title>Plan de emergencia en el Lerma</title></head>
<body><article><h1>Plan de emergencia en el Lerma</h1><p>{BODY.splitlines()[0]}</p>
<p>Calendario de las ayudas:<br>12 de enero: Villanueva<br>14 de enero: Sotillo</p>
<blockquote><p>Las ayudas llegarán antes de fin de mes.</p><p>No dejaremos a nadie atrás.</p>
</blockquote><p>{BODY.splitlines()[1]}</p>
Los alcaldes pidieron que el plan incluya obras de contención en el cauce.
<p>La Confederación Hidrográfica estudiará la propuesta la semana próxima.</p>
</article></body></html>"""
    doc = read_html("plan.html", page.encode())
    assert doc.title == "Plan de emergencia en el Lerma"
    assert doc.paragraphs == [
        BODY.splitlines()[0],
        "Calendario de las ayudas:",
        "12 de enero: Villanueva",
        "14 de enero: Sotillo",
        "Las ayudas llegarán antes de fin de mes.",
        "No dejaremos a nadie atrás.",
        BODY.splitlines()[1],
        "Los alcaldes pidieron que el plan incluya obras de contención en el cauce.",
        "La Confederación Hidrográfica estudiará la propuesta la semana próxima.",
    ]


_VILLA_SERENA = [
    "El concejo municipal de Villa Serena aprobó el martes un presupuesto de 48 millones de "
    "pesos para reparar los puentes dañados por la creciente del río Claro.",
    "Según la alcaldesa, Marta Quiroga, las obras comenzarán en la primera semana de octubre y "
    "durarán cerca de cuatro meses, si el clima lo permite.",
    "Los comerciantes del centro, que vieron caer sus ventas durante el cierre del puente "
    "principal, pidieron que la reparación empiece por esa estructura.",
    "La secretaría de Obras informó que ya contrató a dos empresas locales y que revisará cada "
    "semana el avance de los trabajos con los vecinos.",
    "El año pasado una creciente parecida obligó a evacuar a 300 familias de la ribera, y la "
    "mayoría volvió a sus casas un mes después.",
    "Los concejales de la oposición votaron a favor, aunque advirtieron que vigilarán que los "
    "contratos se adjudiquen con transparencia.",
]


def test_page_whose_markup_defeats_the_fast_pass_still_gives_its_paragraphs():
    # Real pages are often malformed: here a menu <nav> holds a nested <nav> and is closed one
    # <div> short, so the parser puts the whole page inside the menu. trafilatura's fast pass
    # then finds no article and dumps the page's text as one block, ad labels and the feed of
    # other stories glued to the article; the full pass still finds the article's paragraphs.
    ad = '<div class="ad-wrapper"><p class="ad-shell-label">PUBLICIDAD</p><div></div></div>'
    body = "".join(f'<p class="paragraph">{p}</p>{ad}' for p in _VILLA_SERENA)
    feed = "".join(
        f'<a class="feed-list-card" href="/nota/{i}/"><h2 class="headline">Titular de otra nota '
        f"número {i} sobre un tema distinto de la ciudad</h2><h3>Resumen breve de la otra nota "
        f"número {i}, que trata de algo muy diferente</h3></a>"
        for i in range(5)
    )
    page = f"""<!DOCTYPE html><html lang="es"><head><title>Villa Serena repara sus puentes</title>
</head><body><div id="app"><nav><div style="position:relative"><div class="masthead">
<div class="site-header"><a href="/">Inicio</a></div><nav class="side-menu">
<a href="/politica/">Política</a><a href="/deportes/">Deportes</a></nav></div></nav>
<main><section class="article-section"><header><h1>Villa Serena repara sus puentes</h1></header>
<article><div class="body-article">{body}</div><div class="feed-list-wrapper"><h2>Más Noticias</h2>
{feed}</div></article></section></main></div></body></html>"""
    doc = read_html("puentes.html", page.encode())
    assert doc.paragraphs == _VILLA_SERENA


def _page_with_head(head: str, byline: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in _VILLA_SERENA)
    return f"""<!DOCTYPE html><html lang="es"><head>{head}</head><body><article>
<h1>Villa Serena repara sus puentes</h1>{byline}{paragraphs}</article></body></html>""".encode()


def test_publication_time_is_the_stated_one_not_a_revision_date():
    # Open Graph's time spelled with its "og:" prefix says when the piece first ran; a
    # revision date stated next to it (and preferred by the date finder) does not.
    revised = (
        '<meta name="REVISION_DATE" content="2026-03-06T09:49:32Z"/>'
        '<meta name="sailthru.date" content="2026-03-06T09:49:32Z"/>'
    )
    og = '<meta property="og:article:published_time" content="2026-03-05T12:25:36Z"/>'
    doc = read_html("puentes.html", _page_with_head(revised + og))
    assert doc.published == datetime(2026, 3, 5, 12, 25, 36)


def test_a_utc_stamp_a_day_after_the_pages_own_day_leaves_the_day():
    # An evening story stamped in UTC lands on the next day; the page's own day (its
    # address here) is the one its relative dates count from.
    head = (
        '<link rel="canonical" href="https://www.diario.example/2026/03/05/puentes"/>'
        '<meta property="og:article:published_time" content="2026-03-06T02:10:00Z"/>'
    )
    assert read_html("puentes.html", _page_with_head(head)).published.date() == date(2026, 3, 5)


def test_page_title_loses_the_outlet_and_date_segments_and_the_byline_its_por():
    head = (
        "<title>Villa Serena repara sus puentes | Diario del Valle | 05.03.2026</title>"
        '<meta property="og:title" content="Villa Serena repara sus puentes | Diario del '
        'Valle | 05.03.2026"/><meta property="og:site_name" content="Diario del Valle"/>'
        '<link rel="canonical" href="https://www.diariodelvalle.example/region/puentes"/>'
    )
    byline = '<p class="byline"><a rel="author" href="/autor/ana"><b>Por: </b>Ana Quiroga</a></p>'
    doc = read_html("puentes.html", _page_with_head(head, byline))
    assert doc.title == "Villa Serena repara sus puentes"
    assert doc.author == "Ana Quiroga"
    # a dash inside the headline, not followed by the outlet or a date, stays
    head = head.replace("puentes | Diario", "puentes - tramo 2026 - 2027 | Diario")
    doc = read_html("puentes.html", _page_with_head(head))
    assert doc.title == "Villa Serena repara sus puentes - tramo 2026 - 2027"


def test_page_rendered_in_the_browser_is_refused_not_read_as_its_templates():
    # A client-rendered page ships "{{ … }}" placeholders and editor headings, not the
    # article: nothing of it is article text, and the reason is told.
    page = """<html><head><title ng-bind-template="{{page.title}}"></title></head><body>
<div ng-show="detail"><div class="status">{{detail.content.status === "published" ? "Publié" :
detail.content.status === "draft" ? "Brouillon" : "Inconnu"}}</div>
<div class="who">{{detail.content.lastUpdateUser.fullName}} - {{detail.content.time | date}}</div>
</div><div ng-hide="detail"><h2>Modification de page en cours</h2></div>
<div id="content-page"><div ng-view></div></div></body></html>"""
    with pytest.raises(InputError) as refused:
        read_html("rendu.html", page.encode())
    assert "browser" in refused.value.hint
    # a page with its article and one unrendered placeholder keeps the article
    paragraphs = "".join(f"<p>{p}</p>" for p in _VILLA_SERENA)
    page = f"""<html lang="es"><head><title>Villa Serena repara sus puentes</title></head><body>
<article><h1>Villa Serena repara sus puentes</h1><p>Actualizado {{{{ fecha }}}}</p>
{paragraphs}</article></body></html>"""
    assert read_html("puentes.html", page.encode()).paragraphs == _VILLA_SERENA


def test_paragraph_that_is_only_a_link_to_another_story_is_left_out():
    # A headline of another article, linked and set alone in the body (a "read also" with no
    # label), is navigation; a linked sentence, or a link inside a sentence, is text.
    first, second, *rest = _VILLA_SERENA
    teaser = (
        '<p><span class="icon"><svg viewBox="0 0 24 24"><path d="M10 13a5"></path></svg></span>'
        '<a class="break-words" href="https://www.diario.example/region/otra-nota/">Cierran '
        "el puente viejo de Villa Serena por riesgo de colapso</a></p>"
    )
    linked_sentence = (
        '<p><a href="https://www.diario.example/informe.pdf">El informe técnico completo '
        "puede consultarse en la web del concejo.</a></p>"
    )
    linked_word = '<a href="/perfil/quiroga">alcaldesa</a>'
    inline = "<p>" + second.replace("alcaldesa", linked_word) + "</p>"
    body = "".join(f"<p>{p}</p>" for p in rest)
    page = f"""<html lang="es"><head><title>Villa Serena repara sus puentes</title></head><body>
<article><h1>Villa Serena repara sus puentes</h1><p>{first}</p>{teaser}{inline}
{linked_sentence}{body}</article></body></html>"""
    doc = read_html("puentes.html", page.encode())
    assert doc.paragraphs == [
        first,
        second,
        "El informe técnico completo puede consultarse en la web del concejo.",
        *rest,
    ]


def test_without_a_stated_time_the_articles_own_time_element_dates_it():
    # No publication meta and no JSON-LD: the <time> inside <article> says when it ran; the
    # masthead's date of today outside it and a last-modified meta do not.
    head = '<meta name="last-modified" content="Fr, 07 Mär 2026 13:38:23 MEZ">'
    paragraphs = "".join(f"<p>{p}</p>" for p in _VILLA_SERENA)
    page = f"""<html lang="es"><head>{head}<title>Villa Serena repara sus puentes</title></head>
<body><header><time datetime="2026-03-09">Lunes, 9 de marzo de 2026</time></header>
<article><section class="header"><time datetime="2026-03-05 05:28:29">5 de marzo de 2026,
05:28</time><h1>Villa Serena repara sus puentes</h1></section>{paragraphs}</article>
</body></html>"""
    assert read_html("puentes.html", page.encode()).published == datetime(2026, 3, 5, 5, 28, 29)


def test_the_publisher_named_as_author_is_no_byline():
    # The company or the site named in the author meta (with its address after it) is the
    # house; a person stays.
    head = (
        '<meta name="author" content="Diario del Valle GmbH, Villa Serena, Argentina">'
        '<meta name="copyright" content="Diario del Valle GmbH, Villa Serena, Argentina">'
    )
    assert read_html("puentes.html", _page_with_head(head)).author is None
    head = (
        '<meta name="author" content="Ecos del Valle (www.ecos.example)">'
        '<meta name="publisher" content="Ecos del Valle (www.ecos.example)">'
    )
    assert read_html("puentes.html", _page_with_head(head)).author is None
    head = '<meta name="author" content="Marta Quiroga"><meta name="publisher" content="Ecos">'
    assert read_html("puentes.html", _page_with_head(head)).author == "Marta Quiroga"


def test_latin1_file_is_decoded(tmp_path):
    text = "title: Año nuevo en Logroño\n\n¿Qué pasó? «Ningún daño», afirmó la alcaldesa Núñez."
    path = write(tmp_path / "latin.txt", text.encode("latin-1"))
    article = prepare(only(read_file(path)))
    assert article.title == "Año nuevo en Logroño"
    assert "«Ningún daño», afirmó la alcaldesa Núñez." in article.paragraphs[0]


def test_utf8_with_bom():
    text, encoding = decode("título".encode("utf-8-sig"))
    assert text == "título"
    assert encoding == "utf-8"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 40, "binary file"),
        ("empty.html", b"", "empty file"),
        ("nav.html", b"<html><body><nav><a href='/'>Inicio</a></nav></body></html>", "no article"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200, "binary file"),
    ],
)
def test_bad_files_become_input_errors(tmp_path, name, content, reason):
    error = only(read_file(write(tmp_path / name, content)))
    assert isinstance(error, InputError)
    assert reason in str(error)
    assert error.source.endswith(name)
    assert error.hint


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    error = only(read_file(path))
    assert isinstance(error, InputError)
    assert "too large (100.0 MB > 20 MB limit)" in str(error)
    assert "--max-size" in error.hint


def test_unreadable_path_is_reported(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "does-not-exist.txt")
    error = only(read_file(link))
    assert isinstance(error, InputError)
    assert "cannot read" in str(error)


def test_jsonl_bad_lines_are_reported_by_line_and_the_rest_is_read(tmp_path):
    good = {"title": "Uno", "text": BODY, "outlet": "AAN", "published": "2026-01-14T05:01:00"}
    lines = [json.dumps(good), "{not json", "", json.dumps({"title": "sin texto"}), "[1, 2]"]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines))
    items = list(read_file(path))
    docs = [i for i in items if not isinstance(i, InputError)]
    errors = {e.source.rsplit(":", 1)[1]: str(e) for e in items if isinstance(e, InputError)}
    assert len(docs) == 1
    assert docs[0].source.endswith("feed.jsonl:1")
    assert docs[0].published == datetime(2026, 1, 14, 5, 1)
    assert errors["2"].startswith("invalid JSON")
    assert errors["4"] == "no 'text' field"
    assert errors["5"] == "not a JSON object"


def test_discover_walks_recursively_and_lists_unknown_types(tmp_path):
    write(tmp_path / "a" / "b" / "one.txt", BODY)
    write(tmp_path / "two.HTML", "<html></html>")
    write(tmp_path / "notes.xyz", "x")
    write(tmp_path / ".hidden.txt", "x")
    found = discover([tmp_path, tmp_path / "missing"])
    assert [p.name for p in found.files] == ["one.txt", "two.HTML"]
    assert [p.name for p in found.skipped] == ["notes.xyz"]
    assert found.unreadable[0].source.endswith("missing")


def test_batch_goes_on_past_every_bad_input(tmp_path, store):
    folder = tmp_path / "in"
    write(folder / "empty.txt", b"")
    write(folder / "binary.txt", bytes(range(256)) * 40)
    write(folder / "good.txt", "title: Inundaciones\n\n" + BODY)
    write(folder / "latin.txt", ("title: Logroño\n\n" + BODY).encode("latin-1"))
    write(folder / "nav.html", "<html><body><nav>Inicio</nav></body></html>")
    write(folder / "feed.jsonl", '{broken\n{"title": "J", "text": "Texto de agencia."}\n')
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(30 * 1024 * 1024)
    result = ingest(store, [folder])
    assert result.added == 3
    assert not result.ok
    failed = sorted(Path(p.source).name for p in result.problems)
    assert failed == ["binary.txt", "empty.txt", "feed.jsonl:1", "huge.txt", "nav.html"]
    assert store.count_articles() == 3


def test_reingest_is_idempotent(tmp_path, store):
    write(tmp_path / "in" / "good.txt", "title: Inundaciones\n\n" + BODY)
    write(tmp_path / "copy" / "same.txt", "title: Inundaciones\n\n" + BODY)
    first = ingest(store, [tmp_path / "in"])
    second = ingest(store, [tmp_path / "in", tmp_path / "copy"])
    assert (first.added, first.duplicates) == (1, 0)
    assert (second.added, second.duplicates) == (0, 2)
    assert store.count_articles() == 1


def test_interrupted_run_keeps_finished_batches(tmp_path, store):
    for i in range(5):
        write(tmp_path / "in" / f"{i}.txt", f"title: Nota {i}\n\nCuerpo número {i}. " + BODY)
    seen = []

    def stop_after_three(path):
        seen.append(path)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(store, [tmp_path / "in"], on_file=stop_after_three, batch_size=1)
    assert store.count_articles() == 3
    assert ingest(store, [tmp_path / "in"]).added == 2
