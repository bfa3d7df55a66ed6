"""One message catalogue, Spanish first: every message the code uses is translated in both
languages, counts take the right form, and the CLI, the reports and the web app speak the
language chosen (--lang, $CONTRASTA_LANG, Accept-Language)."""

from __future__ import annotations

import re
import string

import httpx
import pytest
from click.testing import CliRunner
from live_server import copy_db, live_server

from conftest import contrasta, written_pages
from contrasta import i18n
from contrasta.catalogue import LOCALE, PACKAGE, code_messages, compiled, read
from contrasta.cli import cli
from contrasta.labels import fact_standing
from contrasta.web import make_settings


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_message_in_the_code_is_translated(lang):
    catalog = read(lang)
    missing, broken = [], []
    for message in code_messages():
        ids = message if isinstance(message, tuple) else (message,)
        entry = catalog.get(ids[0])
        strings = entry.string if entry is not None else ()
        strings = strings if isinstance(strings, tuple) else (strings,)
        if entry is None or not all(strings) or len(strings) != len(ids):
            missing.append(ids[0])
            continue
        # A translation that drops or renames a {placeholder} would fail at run time.
        if any(_fields(s) != _fields(ids[-1]) and _fields(s) != _fields(ids[0]) for s in strings):
            broken.append(ids[0])
    assert not missing, f"untranslated in {lang}.po (run python -m contrasta.catalogue): {missing}"
    assert not broken, f"placeholders differ in {lang}.po: {broken}"


def test_the_catalogues_hold_no_message_the_code_dropped():
    used = {m[0] if isinstance(m, tuple) else m for m in code_messages()}
    for lang in i18n.LANGUAGES:
        ids = [m.id[0] if m.pluralizable else m.id for m in read(lang) if m.id]
        stale = [i for i in ids if i not in used]
        assert not stale, (lang, stale)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_compiled_catalogue_is_the_po_file_compiled(lang):
    """What the program reads (.mo) is what translators edit (.po)."""
    assert (LOCALE / f"{lang}.mo").read_bytes() == compiled(lang)


def test_no_message_hides_inside_an_f_string():
    """Babel's extractor does not look inside f-strings: `f"{_('x')}"` would never reach
    the catalogue."""
    hidden = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\{(_|ngettext)\(", line)
    ]
    assert not hidden


@pytest.mark.parametrize("lang", ["es", "en"])
def test_where_a_date_came_from_reads_as_a_sentence(lang):
    """ "fecha tomada de {source}" with each source: Spanish contracts "de el" to "del"
    (so no source may begin with "el"), and the web address is not "the date in the web
    address" ("date from the date in…")."""
    from contrasta.labels import DATE_SOURCES

    with i18n.using(lang):
        for code in DATE_SOURCES:
            said = i18n._("date from {source}").format(source=DATE_SOURCES[code])
            assert " de el " not in said and " a el " not in said, said
            if code == "url":
                assert len(re.findall(r"\b(fecha|date)\b", said)) == 1, said


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [("es", "1 artículo", "2 artículos"), ("en", "1 article", "2 articles")],
)
def test_counts_take_the_singular_for_one(lang, one, many):
    with i18n.using(lang):
        shown = [i18n.ngettext("{n} article", "{n} articles", n).format(n=n) for n in (1, 2)]
        assert shown == [one, many]
        zero = i18n.ngettext("{n} article", "{n} articles", 0).format(n=0)
        assert zero == ("0 artículos" if lang == "es" else "0 articles")


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        (None, "es"),
        ("", "es"),
        ("en-GB,en;q=0.9", "en"),
        ("fr-FR,fr;q=0.9,en;q=0.5", "en"),
        ("fr-FR,de;q=0.8", "es"),
        ("en;q=0.3,es;q=0.8", "es"),
        ("es-ES;q=0,en", "en"),
        ("en;q=nonsense,es", "es"),
    ],
)
def test_accept_language_picks_ours_by_quality(header, lang):
    assert i18n.from_accept(header) == lang


def test_the_environment_and_the_option_choose_the_language(monkeypatch):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    assert i18n.language() == "es"
    monkeypatch.setenv(i18n.ENV_VAR, "en_US.UTF-8")
    assert i18n.language() == "en"
    with i18n.using("es"):
        assert i18n.language() == "es"
    monkeypatch.setenv(i18n.ENV_VAR, "klingon")
    assert i18n.language() == "es"


def test_help_is_spanish_by_default_and_english_on_request(monkeypatch):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    runner = CliRunner()
    spanish = runner.invoke(cli, ["--help"]).output
    assert "Contraste las fuentes" in spanish and "Muestra la versión" in spanish
    english = runner.invoke(cli, ["--lang", "en", "analyze", "--help"]).output
    assert "Folder for the reports." in english and "Carpeta" not in english
    assert "Carpeta de los informes." in runner.invoke(cli, ["analyze", "--help"]).output
    from_env = runner.invoke(cli, ["--help"], env={i18n.ENV_VAR: "en"}).output
    assert "Contrast the sources" in from_env
    assert i18n.language() == "es"  # nothing leaks out of an invocation


def test_errors_and_hints_speak_the_chosen_language(tmp_path):
    none = str(tmp_path / "none.db")
    spanish = contrasta("stories", "--db", none)
    assert spanish.returncode == 2
    assert f"error: no hay base de datos en {none}" in spanish.stderr
    assert "pista: ejecute antes `contrasta analyze CARPETA`" in spanish.stderr
    english = contrasta("--lang", "en", "stories", "--db", none)
    assert f"error: no database at {none}" in english.stderr
    assert "hint: run `contrasta analyze FOLDER` first" in english.stderr


def test_tables_and_reports_follow_the_language(analysed, tmp_path):
    db = str(analysed.db)
    spanish = contrasta("stories", "--db", db)
    english = contrasta("--lang", "en", "stories", "--db", db)
    assert spanish.returncode == english.returncode == 0
    assert "titular" in spanish.stdout and "headline" not in spanish.stdout
    assert "headline" in english.stdout and "titular" not in english.stdout
    story = re.search(r"\b(s[0-9a-f]{8})\b", spanish.stdout).group(1)
    shown = contrasta("--lang", "en", "show", story, "--db", db)
    assert re.search(r"\d+ articles? from \d+ outlets?, \d+ independent origins?", shown.stdout)
    assert "por qué:" not in shown.stdout and "why:" in shown.stdout
    run = contrasta("--lang", "en", "report", "--db", db, "--out", str(tmp_path))
    assert run.returncode == 0, run.stderr
    markdown = written_pages(tmp_path, ".md")
    assert markdown.startswith("# contrasta — report")
    assert "Historias" not in markdown and "artículos de" not in markdown
    page = written_pages(tmp_path, ".html")
    assert '<html lang="en">' in page and "Coverage by leaning" in page
    assert "Cobertura por orientación" not in page


def test_web_pages_and_api_errors_follow_accept_language(analysed, tmp_path):
    db = copy_db(analysed.db, tmp_path / "web.db")
    with live_server(make_settings(db)) as live:
        spanish = httpx.get(live.url + "/", timeout=60)
        english = httpx.get(live.url + "/", headers={"Accept-Language": "en-GB,en"}, timeout=60)
        assert spanish.headers["content-language"] == "es"
        assert english.headers["content-language"] == "en"
        assert "Accept-Language" in english.headers["vary"]
        assert '<html lang="es">' in spanish.text and "<h1>Historias</h1>" in spanish.text
        assert '<html lang="en">' in english.text and "<h1>Stories</h1>" in english.text
        for label in ("Historias", "Cobertura", "Artículos", "Orígenes", "Subir artículos"):
            assert label not in english.text
        story = re.search(r'href="/stories/(s[0-9a-f]{8})"', english.text).group(1)
        page = httpx.get(live.url + f"/stories/{story}", headers={"Accept-Language": "en"})
        assert "Headlines by leaning" in page.text and "Titulares por orientación" not in page.text
        missing = httpx.get(
            live.url + "/api/articles/ffffffffffff", headers={"Accept-Language": "en"}
        )
        assert missing.status_code == 404
        assert missing.json() == {
            "detail": "no article has the id «ffffffffffff»",
            "hint": "look for it from the list of stories",
        }
        default = httpx.get(live.url + "/api/articles/ffffffffffff").json()
        assert default["detail"] == "no hay ningún artículo con el id «ffffffffffff»"
        lost = httpx.get(live.url + "/nowhere", headers={"Accept-Language": "en"})
        assert lost.status_code == 404 and "page not found" in lost.text


def test_a_confirmed_fact_dated_by_one_outlet_says_its_date_is_one_sources():
    """A fact several outlets confirm may take its day from one of them: the timeline says
    so, lest "confirmado" be read as the day confirmed."""
    one = (("a1", "Diario del Quimal"), ("a2", "Diario del Quimal"))
    two = (("a1", "Diario del Quimal"), ("a3", "Radio Brezal"))
    assert fact_standing("corroborated", two) == "confirmado"
    assert fact_standing("corroborated", one) == "confirmado; la fecha, de una sola fuente"
    assert fact_standing("single-source", one) == "una sola fuente"
    with i18n.using("en"):
        assert fact_standing("corroborated", one) == "confirmed; its date from one source"


def _commands(command, path=()):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_help_text_names_the_arguments_as_its_usage_line_does(lang):
    """A placeholder a command's help speaks of (`OTHERS into TARGET`) is one its usage
    line shows, in the same language: Spanish help once said "OTHERS en TARGET" under
    `DESTINO OTRAS...`, and English "STORY" under `STORY_REF`. Placeholders are the capital
    words of five letters or more; shorter ones are acronyms (API, JSON, URL)."""
    import click

    placeholder = re.compile(r"\b[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ_]{4,}\b")
    runner = CliRunner()
    checked = 0
    for path, command in _commands(cli):
        if not any(isinstance(p, click.Argument) for p in command.params):
            continue
        shown = runner.invoke(cli, ["--lang", lang, *path, "--help"], terminal_width=200)
        assert shown.exit_code == 0, shown.output
        usage = set(placeholder.findall(shown.output.splitlines()[0]))
        with i18n.using(lang):
            texts = [
                i18n._(item.__dict__.get("help_id") or " ".join(item.help.split()))
                for item in (command, *command.params)
                if item.help
            ]
        spoken = set(placeholder.findall(" ".join(texts)))
        assert spoken <= usage, (path, spoken - usage, usage)
        checked += bool(spoken)
    assert checked >= 3  # merge, split, runs at least
