"""What a first-time user meets following the README: the log file a hint names, click's
own usage errors, problems in the chosen language, warnings about what was dropped or
guessed. Real parts throughout (SQLite files, the command line as a subprocess), fictional
text written for these tests."""

from __future__ import annotations

import json
import logging
import re

import pytest

from conftest import broken_utf8, contrasta
from contrasta import i18n, logs
from contrasta.errors import INTERNAL_HINT
from contrasta.store import open_store


@pytest.fixture
def log_file(tmp_path):
    """The log file of a database in tmp_path; the handler is taken off afterwards."""
    db = tmp_path / "c.db"
    path = logs.to_file(db)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
        if handler.baseFilename == str(path):
            root.removeHandler(handler)
            handler.close()


def test_the_fault_hint_names_the_log_only_once_it_exists(log_file):
    with i18n.using("en"):
        before = logs.hint(INTERNAL_HINT)
        assert not log_file.exists()
        assert "contrasta.log" not in before and "--verbose" in before
        logging.getLogger("contrasta.test").warning("a fault in a test")
        assert log_file.is_file()
        after = logs.hint(INTERNAL_HINT)
    assert after == f"a fault in contrasta, not in the input: its traceback is in {log_file}"
    with i18n.using("es"):
        assert str(log_file) in logs.hint(INTERNAL_HINT)
        assert logs.hint(INTERNAL_HINT).startswith("un fallo de contrasta")


def test_verbose_says_where_the_log_is_without_creating_it(tmp_path):
    db = tmp_path / "c.db"
    open_store(db).close()
    run = contrasta("--verbose", "stories", "--db", str(db))
    assert run.returncode == 0, run.stderr
    assert f"warnings and tracebacks go to {tmp_path.resolve() / 'contrasta.log'}" in run.stderr
    assert not (tmp_path / "contrasta.log").exists()  # nothing to keep: no file
    helped = contrasta("--lang", "en", "--help").stdout
    assert "contrasta.log beside the SQLite database" in " ".join(helped.split())


def test_click_usage_errors_speak_the_chosen_language(tmp_path):
    db = str(tmp_path / "c.db")
    misplaced = contrasta("--db", db, "analyze")
    assert misplaced.returncode == 2
    assert "Uso: " in misplaced.stderr and "Usage:" not in misplaced.stderr
    assert "Error: No existe la opción '--db'." in misplaced.stderr
    assert "--db va después del nombre de la orden" in misplaced.stderr
    missing = contrasta("analyze", "--db", db)
    assert "Falta el argumento 'RUTAS...'." in missing.stderr, missing.stderr
    bad = contrasta("analyze", "x", "--max-size", "mucho", "--db", db)
    assert "'mucho' no es un número entero válido" in bad.stderr, bad.stderr
    english = contrasta("--lang", "en", "analyze", "--embedder", "otro", "x", "--db", db)
    assert "'otro' is not one of 'auto', 'e5', 'use'." in english.stderr, english.stderr
    assert "Try '" in english.stderr and "Pruebe" not in english.stderr
    late = contrasta("analyze", "x", "--lang", "en", "--db", db)
    assert "--lang va antes del nombre de la orden: `contrasta --lang ORDEN …`" in late.stderr
    assert not (tmp_path / "c.db").exists()  # refused before anything was opened
    helped = contrasta("analyze", "--help").stdout
    assert "Opciones:" in helped and "Muestra este mensaje y termina." in helped
    assert "Show this message" not in helped


def test_version_and_usage_lines_speak_the_chosen_language():
    """`--version` and the usage line's placeholders, argument and type names: Spanish by
    default, English with --lang en."""
    spanish = contrasta("--version").stdout
    assert re.fullmatch(r".+, versión \d+\.\d+\.\d+\n", spanish), spanish
    english = contrasta("--lang", "en", "--version").stdout
    assert re.fullmatch(r".+, version \d+\.\d+\.\d+\n", english), english
    usage = contrasta("--help").stdout.splitlines()[0]
    assert usage.startswith("Uso: ") and usage.endswith(" [OPCIONES] ORDEN [ARGUMENTOS]..."), usage
    helped = " ".join(contrasta("analyze", "--help").stdout.split())
    assert "analyze [OPCIONES] RUTAS..." in helped
    assert "--out TEXTO" in helped and "--outlets ARCHIVO" in helped
    merge = contrasta("stories", "merge", "--help").stdout.splitlines()[0]
    assert merge.endswith("merge [OPCIONES] DESTINO OTRAS..."), merge
    assert "OPTIONS" not in helped and "PATHS" not in helped and " TEXT " not in helped
    english = " ".join(contrasta("--lang", "en", "analyze", "--help").stdout.split())
    assert "analyze [OPTIONS] PATHS..." in english and "--outlets FILE" in english
    assert "--out TEXT " in english and "OPCIONES" not in english


def test_click_still_uses_the_words_we_translate():
    """click looks its messages up by their English text: one changed by a click upgrade
    would silently show English again."""
    from pathlib import Path

    import click

    from contrasta.cli import CLICK_MESSAGES

    source = "".join(
        p.read_text(encoding="utf-8") for p in Path(click.__file__).parent.glob("*.py")
    )
    for message in CLICK_MESSAGES:
        for text in message if isinstance(message, tuple) else (message,):
            assert f'"{text}"' in source, text


BODY = (
    "El Ayuntamiento de Villalcázar aprobó el martes la reforma de la plaza mayor, que costará"
    " 1,2 millones de euros según explicó la concejala de Urbanismo, Lucía Berrocal. Las obras"
    " empezarán en otoño y durarán ocho meses, añadió la edil, que pidió paciencia a los"
    " comerciantes. La oposición criticó que el proyecto no incluya más árboles."
)


def _ingest(tmp_path, files: dict[str, bytes]):
    from contrasta.pipeline import ingest

    folder = tmp_path / "notas"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    store = open_store(tmp_path / "c.db")
    try:
        with i18n.using("en"):
            result = ingest(store, [folder])
        return result, {a.source.rsplit("/", 1)[-1]: a for a in store.iter_articles()}
    finally:
        store.close()


def test_an_absurd_header_date_is_dropped_and_said(tmp_path):
    result, stored = _ingest(
        tmp_path,
        {
            "futuro.txt": f"title: Reforma de la plaza\ndate: 3000-05-12\n\n{BODY}".encode(),
            "antiguo.txt": f"title: La plaza de 1850\nfecha: 1850-03-02\n\n{BODY} Fin.".encode(),
            "bien.txt": f"title: La plaza, aprobada\ndate: 2026-03-10\n\n{BODY} Otro.".encode(),
        },
    )
    assert result.ok and result.added == 3  # kept: a warning is not a problem
    assert stored["futuro.txt"].published is None  # dropped, as before
    assert stored["bien.txt"].published.year == 2026
    said = {w.source.rsplit("/", 1)[-1]: w for w in result.warnings}
    assert set(said) == {"futuro.txt", "antiguo.txt"}
    assert said["futuro.txt"].reason == (
        "publication date 3000-05-12 dropped: dated more than a year after the article was read"
    )
    assert said["antiguo.txt"].reason == "publication date 1850-03-02 dropped: dated before 1900"
    assert "header line" in said["futuro.txt"].hint


def _page(meta: str, title: str) -> bytes:
    paragraphs = "".join(f"<p>{p}.</p>" for p in BODY.split(". "))
    return (
        f"<html lang='es'><head><title>{title}</title>{meta}</head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def test_an_absurd_stated_date_in_a_page_or_a_record_is_said_too(tmp_path):
    """The same warning as a header line's, from an HTML meta tag, an article's <time> and
    a JSON Lines field; a plausible stated date says nothing."""
    og = "<meta property='og:title' content='x'><meta property='article:published_time'"
    record = {"title": "La plaza, en obras", "text": BODY + " Registro."}
    records = [
        {**record, "published": "2026-02-30"},
        {**record, "published": "1850-03-02", "text": BODY + " Otro registro."},
        {**record, "published": "2026-03-10", "text": BODY + " Tercero."},
        # no such day, and far ahead too: the first reason is that it is no day at all
        {**record, "published": "3026-13-45", "text": BODY + " Cuarto."},
    ]
    result, stored = _ingest(
        tmp_path,
        {
            "meta.html": _page(f"{og} content='3000-05-12T10:00:00Z'>", "Reforma de la plaza"),
            "hora.html": _page("", "La plaza, cerrada").replace(
                b"<h1>", b"<time datetime='1850-03-02'>2 de marzo</time><h1>"
            ),
            "bien.html": _page(f"{og} content='2026-03-10T10:00:00Z'>", "La plaza, abierta"),
            "notas.jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode(),
        },
    )
    assert result.ok and result.added == 7, result.problems
    assert stored["meta.html"].published is None
    assert stored["bien.html"].published.year == 2026
    said = {w.source.rsplit("/", 1)[-1]: w.reason for w in result.warnings}
    assert said == {
        "meta.html": "publication date 3000-05-12T10:00:00Z dropped:"
        " dated more than a year after the article was read",
        "hora.html": "publication date 1850-03-02 dropped: dated before 1900",
        "notas.jsonl:1": "publication date 2026-02-30 dropped: no such day in the calendar",
        "notas.jsonl:2": "publication date 1850-03-02 dropped: dated before 1900",
        "notas.jsonl:4": "publication date 3026-13-45 dropped: no such day in the calendar",
    }


def test_mostly_broken_utf8_is_said_and_kept(tmp_path):
    text = f"title: Villalcázar aprueba el presupuesto\n\n{BODY}"
    result, stored = _ingest(
        tmp_path,
        {
            "roto.txt": broken_utf8(text),
            "legado.txt": text.replace("presupuesto", "plan").encode("cp1252"),
            "limpio.txt": text.replace("presupuesto", "pliego").encode("utf-8"),
        },
    )
    assert result.ok and result.added == 3  # nothing lost
    (warning,) = result.warnings  # the Windows-1252 Spanish file is read right: no alarm
    assert warning.source.endswith("roto.txt")
    assert warning.reason.startswith("encoding guessed as ")
    assert warning.reason.endswith(": much of its text may read wrong")
    assert "UTF-8" in warning.hint
    assert "Villalcázar" in stored["legado.txt"].text


def test_a_files_doubtful_decoding_is_kept_on_its_document_and_said_by_prepare_alone(tmp_path):
    """The reader keeps how a file was decoded on its document, as a web page's reader
    does, and yields no warning of its own; `prepare` says it once, beside the article it
    keeps. A lossy decoding whose undecodable characters all fell outside the text kept
    (a page's menus) says nothing: nothing stored reads wrong."""
    from contrasta.ingest import read_file
    from contrasta.model import UNDECODABLE, RawDocument
    from contrasta.prepare import prepare

    path = tmp_path / "roto.txt"
    path.write_bytes(broken_utf8(f"title: Villalcázar aprueba el presupuesto\n\n{BODY}"))
    (document,) = read_file(path)
    assert isinstance(document, RawDocument)
    assert document.guessed_encoding.endswith(" (guessed)")
    said = []
    with i18n.using("en"):
        prepare(document, warnings=said)
    (warning,) = said
    assert warning.source == str(path) and str(warning).startswith("encoding guessed as ")
    clean = tmp_path / "limpio.txt"
    clean.write_text(f"title: Villalcázar\n\n{BODY}", "utf-8")
    assert [d.guessed_encoding for d in read_file(clean)] == [None]

    def lossy(text: str) -> list:
        said = []
        page = RawDocument("nota.html", "html", text, "La plaza", paragraphs=[text])
        page.guessed_encoding = "windows-1252 (lossy)"
        with i18n.using("en"):
            prepare(page, warnings=said)
        return [str(w) for w in said]

    assert lossy(BODY) == []
    damaged = BODY.replace("á", UNDECODABLE)
    n = damaged.count(UNDECODABLE)
    assert lossy(damaged) == [
        f"decoded as windows-1252: {n} characters could not be decoded (shown as {UNDECODABLE})"
    ]


def test_an_html_page_decoded_by_a_guess_is_said_as_a_text_file_is(tmp_path):
    """Pages that are not UTF-8: one declaring its charset is read by it, one of Western
    Spanish text by that, silently; one mostly broken gets the text file's warning."""
    page = _page("", "Villalcázar aprueba el presupuesto")
    declared = page.replace(b"<head>", b"<head><meta charset='windows-1252'>")
    result, stored = _ingest(
        tmp_path,
        {
            "roto.html": broken_utf8(page.decode()),
            "legado.html": page.decode().replace("presupuesto", "plan").encode("cp1252"),
            "declarado.html": declared.decode().replace("presupuesto", "pliego").encode("cp1252"),
        },
    )
    assert result.ok and result.added == 3
    (warning,) = result.warnings
    assert warning.source.endswith("roto.html")
    assert warning.reason.startswith("encoding guessed as ")
    assert warning.reason.endswith(": much of its text may read wrong")
    assert "UTF-8" in warning.hint
    for name in ("legado.html", "declarado.html"):
        assert stored[name].title.startswith("Villalcázar"), stored[name].title
        assert "concejala de Urbanismo, Lucía Berrocal" in stored[name].text


def test_the_command_line_lists_warnings_without_failing(tmp_path):
    folder = tmp_path / "notas"
    folder.mkdir()
    (folder / "futuro.txt").write_text(f"title: La plaza\ndate: 3000-05-12\n\n{BODY}", "utf-8")
    run = contrasta("analyze", str(folder), "--db", str(tmp_path / "c.db"), "--out", str(tmp_path))
    assert run.returncode == 0, run.stdout + run.stderr
    out = " ".join(run.stdout.split())
    assert "futuro.txt: fecha de publicación 3000-05-12 descartada" in out
    assert "avisos (leídos y guardados) 1" in out


def test_what_a_run_could_not_use_or_warned_of_is_there_after_it_ended(tmp_path):
    """A journalist analyses a folder, closes the terminal, and later asks what went wrong:
    `contrasta runs` lists the run with its counts, `contrasta runs --problems` (the last
    run) and `contrasta runs N` print each problem and warning on one line of its own,
    source, why and hint, never wrapped; no such run is an error with a hint."""
    folder = tmp_path / "notas"
    folder.mkdir()
    (folder / "vacio.txt").write_bytes(b"")
    (folder / "futuro.txt").write_text(f"title: La plaza\ndate: 3000-05-12\n\n{BODY}", "utf-8")
    roto = f"title: Villalcázar aprueba el presupuesto\n\n{BODY.replace('plaza', 'lonja')}"
    (folder / "roto.txt").write_bytes(broken_utf8(roto))
    (folder / "buena.txt").write_text(f"title: Otra\n\n{BODY.replace('plaza', 'feria')}")
    db = str(tmp_path / "c.db")
    analysed = contrasta("analyze", str(folder), "--db", db, "--out", str(tmp_path / "o"))
    assert analysed.returncode == 1, analysed.stdout + analysed.stderr  # one file not used
    listed = contrasta("runs", "--db", db)
    assert listed.returncode == 0, listed.stderr
    (row,) = [line.split() for line in listed.stdout.splitlines() if line.strip()[:2] == "1 "]
    assert (row[0], row[3], row[4], row[6], row[7]) == ("1", "4", "3", "1", "2"), row
    assert "contrasta runs 1" in listed.stdout
    shown = contrasta("runs", "--problems", "--db", db)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].startswith("ejecución 1, iniciada el ") and "terminada el" in lines[0]
    (problem,) = [line for line in lines if line.startswith("problema ")]
    assert problem.startswith(f"problema {folder / 'vacio.txt'}: archivo vacío — pista: ")
    warnings = sorted(line for line in lines if line.startswith("aviso "))
    assert len(warnings) == 2
    assert warnings[0].startswith(
        f"aviso {folder / 'futuro.txt'}: fecha de publicación 3000-05-12 descartada:"
    )
    assert warnings[1].startswith(f"aviso {folder / 'roto.txt'}: codificación adivinada como ")
    assert warnings[1].endswith(
        "pista: guárdelo en UTF-8 y vuelva a analizarlo; se ha guardado tal como se decodificó"
    )
    assert contrasta("runs", "1", "--db", db).stdout == shown.stdout
    english = contrasta("--lang", "en", "runs", "1", "--db", db).stdout
    assert english.splitlines()[0].startswith("run 1, started ")
    assert sum(line.startswith("warning ") for line in english.splitlines()) == 2
    missing = contrasta("runs", "7", "--db", db)
    assert missing.returncode == 2
    assert "no hay ninguna ejecución 7" in missing.stderr and "contrasta runs" in missing.stderr
    store = open_store(db)
    store.start_run()  # stopped before its end, as by a closed terminal mid-run
    store.close()
    stopped = contrasta("runs", "--problems", "--db", db).stdout.splitlines()
    assert "sin terminar" in stopped[0] and "no llegó a su final" in stopped[-1]
    assert "(sin terminar)" in contrasta("runs", "--db", db).stdout


@pytest.mark.slow
def test_band_labels_follow_the_readers_language(tmp_path):
    """The dossier stores band keys: built under Spanish, read under English."""
    from conftest import EXAMPLES, written_pages

    db, outlets = str(tmp_path / "c.db"), str(EXAMPLES / "outlets.csv")
    run = contrasta(
        "analyze", str(EXAMPLES), "--db", db, "--out", str(tmp_path / "es"), "--outlets", outlets
    )
    assert run.returncode == 0, run.stderr
    spanish = written_pages(tmp_path / "es", ".html")
    assert "Progresista" in spanish or "Conservador" in spanish
    english = contrasta(
        "--lang", "en", "report", "--db", db, "--out", str(tmp_path / "en"), "--outlets", outlets
    )
    assert english.returncode == 0, english.stderr
    page = written_pages(tmp_path / "en", ".html")
    # The bands of the meter and of the outlets' table (an article's own printed meter,
    # quoted as the publisher wrote it, stays as written).
    shown = re.findall(r'(?:data-label="band">|title=")([^<"0-9]+?) ?[0-9<]', page)
    assert {"Progressive", "Conservative"} & set(shown), shown
    assert not {"Progresista", "Conservador", "Centro", "Sin calificar"} & set(shown), shown
    leanings = set(re.findall(r'data-label="leaning">([^<]+)<', page))
    assert "left" in leanings and not {"izquierda", "derecha", "centro"} & leanings, leanings
    assert "grouping: online clustering: shared wording" in page  # stored, shown in English
    assert "agrupación en línea" in spanish
    stories = [
        json.loads(path.read_text("utf-8"))
        for path in (tmp_path / "en" / "stories").glob("s????????.json")
    ]
    assert stories[0]["coverage"]["article_leaning_note"].startswith("No bias score per article")
    meters = [m for s in stories for m in s["coverage"]["publisher_meters"]]
    assert meters and {m["label"] for m in meters} == {
        "the publisher's own meter, not computed by contrasta"
    }


def test_the_run_summary_speaks_one_language(tmp_path):
    """The grouping method, the embedder's reason and the CPU stages of the summary."""
    folder = tmp_path / "notas"
    folder.mkdir()
    (folder / "bien.txt").write_text(f"title: La plaza\n\n{BODY}", "utf-8")
    runs = {
        lang: contrasta(
            "--lang",
            lang,
            "analyze",
            str(folder),
            "--db",
            str(tmp_path / f"{lang}.db"),
            "--out",
            str(tmp_path / lang),
        )
        for lang in ("es", "en")
    }
    spanish, english = (" ".join(runs[lang].stdout.split()) for lang in ("es", "en"))
    assert "agrupación en línea: palabras compartidas" in spanish
    assert "USE, elegido por auto" in spanish and "lectura de archivos" in spanish
    assert "online clustering" not in spanish and "chosen by auto" not in spanish
    assert "online clustering: shared wording" in english
    assert "USE, chosen by auto" in english and "reading files" in english
    # Decimals as each language writes them: the grouping threshold, the CPU seconds.
    assert re.search(r"probabilidad 0,\d\d,", spanish)
    assert re.search(r"lectura de archivos \d+,\d\b", spanish), spanish
    assert re.search(r"probability 0\.\d\d,", english) and re.search(
        r"reading files \d+\.\d", english
    )


def test_problems_and_hints_speak_the_chosen_language(tmp_path):
    """Reasons and hints of problems: Spanish by default, English with --lang en."""
    from loopback import Site

    folder = tmp_path / "notas"
    folder.mkdir()
    (folder / "vacia.txt").write_bytes(b"")
    (folder / "bien.txt").write_text(f"title: La plaza\n\n{BODY}", "utf-8")
    with Site() as site:
        gone = site.url("/no-existe")
        runs = {
            lang: contrasta(
                *(("--lang", lang) if lang == "en" else ()),
                "analyze",
                str(folder),
                gone,
                "--allow-private",
                "--db",
                str(tmp_path / f"{lang}.db"),
                "--out",
                str(tmp_path / lang),
            )
            for lang in ("es", "en")
        }
    spanish, english = (" ".join(runs[lang].stdout.split()) for lang in ("es", "en"))
    assert runs["es"].returncode == runs["en"].returncode == 1
    assert "vacia.txt: archivo vacío" in spanish
    assert "pista: no hay nada que leer; quítelo o revise el extractor" in spanish
    assert f"{gone}: HTTP 404" in spanish and "la página ya no existe" in spanish
    assert "vacia.txt: empty file" in english
    assert "hint: nothing to read; remove it or check the scraper" in english
    assert "the page is gone or the URL is wrong" in english
    assert "archivo vacío" not in english and "empty file" not in spanish


def test_analyze_dot_passes_by_its_own_database_and_reports(tmp_path):
    """`contrasta analyze .` in the folder that holds the database and `out/`, run again:
    the database, its journals, its log and the reports are not inputs, and nothing is
    said of them; an article saved beside them still is read."""
    (tmp_path / "notas").mkdir()
    (tmp_path / "notas" / "plaza.txt").write_text(f"title: La plaza\n\n{BODY}", "utf-8")
    (tmp_path / "contrasta.db-journal").write_bytes(b"")  # a rollback journal left behind
    (tmp_path / "contrasta.log").write_text("a log line\n", "utf-8")
    first = contrasta("--lang", "en", "analyze", ".", cwd=tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert (tmp_path / "out" / "report.html").is_file() and (tmp_path / "contrasta.db").is_file()
    (tmp_path / "nueva.txt").write_text(f"title: La fuente\n\n{BODY} Fin.", "utf-8")
    again = contrasta("--lang", "en", "analyze", ".", cwd=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    for run in (first, again):
        out = " ".join(run.stdout.split())
        assert "contrasta.db" not in out.replace("database contrasta.db", "")
        assert "contrasta.log" not in out and "report.html:" not in out
        assert "files skipped (unknown type) 0" in out and "problems 0" in out
    said = " ".join(again.stdout.split())
    assert "files read 2" in said and "articles added 1" in said  # not out/*.html


def test_a_reports_folder_that_cannot_be_is_one_line_before_anything_is_read(tmp_path):
    """`--out` naming a file: refused in one line and a hint, in the chosen language,
    before a byte is read (no database made), and by `report` too; not a fault of ours."""
    taken = tmp_path / "informes"
    taken.write_text("no soy una carpeta", "utf-8")
    folder = tmp_path / "notas"
    folder.mkdir()
    (folder / "bien.txt").write_text(f"title: La plaza\n\n{BODY}", "utf-8")
    db = tmp_path / "c.db"
    run = contrasta("analyze", str(folder), "--db", str(db), "--out", str(taken))
    assert run.returncode == 2, run.stdout + run.stderr
    said = " ".join(run.stderr.split())
    assert f"error: no se pueden escribir los informes en {taken}" in said
    assert "(hay un archivo donde debería haber una carpeta)" in said
    assert "pista: elija otra carpeta con --out o revise sus permisos" in said
    assert not db.exists() and "Traceback" not in run.stderr
    assert (
        contrasta("analyze", str(folder), "--db", str(db), "--out", str(tmp_path / "o")).returncode
        == 0
    )
    report = contrasta("--lang", "en", "report", "--db", str(db), "--out", str(taken))
    assert report.returncode == 2
    assert "cannot write the reports in" in report.stderr and "a file stands where" in report.stderr
    assert not (tmp_path / "contrasta.log").exists()  # no fault of ours was logged


def test_a_taken_port_is_said_in_the_readers_language(tmp_path):
    import socket

    db = tmp_path / "c.db"
    open_store(db).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        run = contrasta("serve", "--port", str(port), "--db", str(db))
    assert run.returncode == 2
    assert f"no se puede escuchar en 127.0.0.1:{port}: la dirección ya está en uso" in run.stderr


def test_a_length_cut_is_said_in_the_readers_language(tmp_path):
    """`--max-chars`: the note of what was cut is stored as a record and shown in the
    reader's language, its numbers written their way."""
    folder = tmp_path / "notas"
    folder.mkdir()
    text = "\n\n".join(
        BODY.replace("martes", day) for day in ("lunes", "martes", "jueves", "sábado")
    )
    (folder / "larga.txt").write_text(f"title: La plaza, en obras\n\n{text}", "utf-8")
    db = str(tmp_path / "c.db")
    run = contrasta(
        "analyze", str(folder), "--db", db, "--out", str(tmp_path / "o"), "--max-chars", "600"
    )
    assert run.returncode == 0, run.stdout + run.stderr
    store = open_store(db)
    (article,) = store.iter_articles()
    store.close()
    shown = " ".join(contrasta("show", article.id, "--db", db).stdout.split())
    assert "[length-cap] párrafo: " in shown and "caracteres cortados tras los primeros" in shown
    assert "artículo: 1 párrafo más (" in shown, shown
    assert "characters cut" not in shown
    english = " ".join(contrasta("--lang", "en", "show", article.id, "--db", db).stdout.split())
    assert "[length-cap] paragraph: " in english and "article: 1 more paragraph (" in english
