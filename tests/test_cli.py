"""The command line end to end, on the example corpus, as a user runs it."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys

import pytest

from conftest import EXAMPLES, citation_chips, contrasta, written_pages, written_stories
from contrasta.report.markdown import _md, when_text
from contrasta.store import open_store

FRAME_WHAT = re.compile(r"(?<![Pp]or )qué: ")  # a frame's "qué:", not "por qué:"


def test_analyze_succeeds_and_summarises(analysed, truth):
    assert analysed.run.returncode == 0, analysed.run.stdout + analysed.run.stderr
    out = analysed.run.stdout
    assert re.search(rf"artículos añadidos\s+{len(truth['articles'])}\b", out)
    stories = written_stories(analysed.out)
    assert re.search(rf"historias creadas o actualizadas\s+{len(stories)}\b", out)
    assert "agrupación" in out and "sentence-encoder" in out
    for unknown in truth["unknown_files"]:
        assert f"omitido {EXAMPLES / unknown}" in out.replace("\n", "")
    assert "Traceback" not in analysed.run.stderr


def test_reports_are_written_and_consistent(analysed, truth):
    stories = written_stories(analysed.out)
    assert sum(len(s["articles"]) for s in stories) == len(truth["articles"])
    for story in stories:
        ids = {a["id"] for a in story["articles"]}
        fields = {
            "text": {a["id"]: a["text"] for a in story["articles"]},
            "title": {a["id"]: a["title"] for a in story["articles"]},
        }
        texts = fields["text"]
        cited = [
            *(p for part in story["summary"].values() for p in part),
            *story["timeline"],
            *(c for group in story["claims"] for c in group["claims"]),
        ]
        for point in cited:
            text = point.get("text", point.get("sentence"))
            stated = fields[point.get("field", "text")][point["article_id"]]
            assert stated[point["start"] : point["end"]] == text
            assert all(article_id in ids for article_id, _ in point.get("sources", []))
        for quotes in story["quotes_by_speaker"].values():
            for q in quotes:
                assert texts[q["article_id"]][q["start"] : q["end"]] == q["text"]
    labels = {g["label"] for s in stories for g in s["claims"]}
    assert labels == {"corroborated", "alike", "single-source", "contradicted"}
    index = (analysed.out / "report.md").read_text(encoding="utf-8")
    for story in stories:
        assert f"](stories/{story['id']}.md)" in index
        markdown = (analysed.out / "stories" / f"{story['id']}.md").read_text(encoding="utf-8")
        assert markdown.count("\n# ") == 1 and story["id"] in markdown


def test_pages_print_sentences_not_the_comparisons_frames(analysed):
    """Under a summary point or a contradiction the reports print no frame ("quién:
    delegacion, mexicana · qué: vacunacer": the cross-check's folded words, lemmas and
    masks); a contradiction's Markdown line is followed by its two sentences, as cited."""
    stories = written_stories(analysed.out)
    conflicts = 0
    for suffix in (".md", ".html"):
        pages = written_pages(analysed.out, suffix)
        assert "quién: " not in pages and "con quién" not in pages
        assert not FRAME_WHAT.search(pages)
    for story in stories:
        markdown = (analysed.out / "stories" / f"{story['id']}.md").read_text(encoding="utf-8")
        for group in story["claims"]:
            for conflict in group["conflicts"]:
                sentences = [
                    next(
                        c["context"]["text"] for c in group["claims"] if c["article_id"] == article
                    )
                    for article in conflict["articles"]
                ]
                assert any(_md(s) in markdown for s in sentences)
                conflicts += 1
    assert conflicts


def test_the_static_reports_say_each_dated_facts_standing_in_words(analysed):
    """The reports' timelines say, as the web page does, whether each dated fact is
    confirmed, from one source or disputed, in words (a report printed in black and white
    loses nothing)."""
    standings = ("confirmado", "una sola fuente", "en disputa", "coinciden varias fuentes")
    for story in written_stories(analysed.out):
        if not story["timeline"]:
            continue
        markdown = (analysed.out / "stories" / f"{story['id']}.md").read_text(encoding="utf-8")
        shown = markdown[markdown.index("### Cronología") :].split("\n##")[0]
        lines = [line for line in shown.splitlines() if line.startswith("- ")]
        assert lines and all(any(f"({s}" in line for s in standings) for line in lines)
        html = (analysed.out / "stories" / f"{story['id']}.html").read_text(encoding="utf-8")
        assert html.count('<span class="meta">(') >= len(story["timeline"])


def test_html_report_is_self_contained_and_escapes_scraped_text(analysed):
    html = written_pages(analysed.out, ".html")
    assert "<script" not in html.lower()
    assert not re.search(r"<[^>]+\son\w+\s*=", html, re.IGNORECASE)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "Ruido quitado" in html


def test_rerun_adds_nothing(analysed):
    again = contrasta(
        "analyze", str(EXAMPLES), "--out", str(analysed.out), "--db", str(analysed.db)
    )
    assert again.returncode == 0
    assert re.search(r"artículos añadidos\s+0\b", again.stdout)


def test_query_commands_work_from_the_database_alone(analysed, truth):
    db = str(analysed.db)
    stories = contrasta("stories", "--db", db)
    assert stories.returncode == 0
    sizes = re.findall(r"\b(s[0-9a-f]{8})\W+(\d+)", stories.stdout)
    story_id = max(sizes, key=lambda found: int(found[1]))[0]
    articles = contrasta("articles", "--story", story_id, "--db", db)
    assert articles.returncode == 0
    article_id = re.search(r"\b([0-9a-f]{12})\b", articles.stdout).group(1)
    shown = contrasta("show", article_id[:8], "--db", db)
    assert shown.returncode == 0
    assert "ruido quitado" in shown.stdout
    story = contrasta("show", story_id, "--db", db)
    assert "por qué:" in story.stdout
    assert "quién: " not in story.stdout and not FRAME_WHAT.search(story.stdout)
    assert re.search(r"\d+ artículos de \d+ medios, \d+ orígenes independientes", story.stdout)
    # The timeline's background (the strike of June 2024) comes apart, after the story's own.
    timeline = story.stdout[story.stdout.index("cronología") :]
    own, background = timeline.split("\nAntecedentes\n")
    assert "junio de 2024" in background and "junio de 2024" not in own
    quote = truth["quotes"][0]["text"]
    word = max(re.findall(r"\w+", quote), key=len)
    found = contrasta("search", word, "--db", db)
    assert found.returncode == 0
    assert f"[{word.lower()}" in found.stdout.lower()


@pytest.mark.slow
def test_errors_are_one_line_with_a_hint(tmp_path):
    missing = contrasta("stories", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 2
    assert "error: no hay base de datos" in missing.stderr
    assert "pista:" in missing.stderr
    assert "Traceback" not in missing.stderr
    unknown = contrasta("show", "zzzz", "--db", str(tmp_path / "none.db"))
    assert unknown.returncode == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("command", "example"),
    [
        (["stories", "--limit", "-1"], "`contrasta stories --limit 50`"),
        (["runs", "--limit", "0"], "`contrasta runs --limit 50`"),
        (["search", "plaza", "--limit", "-3"], "`contrasta search CONSULTA --limit 50`"),
    ],
)
def test_a_limit_below_one_is_a_usage_error(tmp_path, command, example):
    """Listing nothing (and "N older stories not listed") is no answer: every `--limit`
    refuses 0 and below before anything is opened."""
    refused = contrasta(*command, "--db", str(tmp_path / "none.db"))
    assert refused.returncode == 2
    value = command[-1]
    assert refused.stderr.splitlines() == [
        f"error: --limit debe ser 1 o más, no {value}",
        f"pista: p. ej. {example}",
    ]
    assert refused.stdout == ""


@pytest.mark.slow
def test_exit_status_says_something_failed(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("title: Nota\n\nUn párrafo de texto cualquiera.")
    run = contrasta(
        "analyze", str(tmp_path), "--out", str(tmp_path / "o"), "--db", str(tmp_path / "x.db")
    )
    assert run.returncode == 1
    assert "empty.txt: archivo vacío" in run.stdout  # problems speak Spanish by default
    assert re.search(r"artículos añadidos\s+1\b", run.stdout)


def test_the_summary_ends_with_what_was_found_and_what_to_do_next(analysed):
    data = written_stories(analysed.out)
    labels = [g["label"] for s in data for g in s["claims"]]
    blindspots = sum(s["coverage"]["blindspot"] is not None for s in data)
    out = " ".join(analysed.run.stdout.split())
    disputed = labels.count("contradicted")
    # As many as the story pages list under «En disputa» (not their contradicting pairs).
    shown = sum(len(s["summary"]["disputed"]) for s in data)
    assert shown == disputed
    said = "hecho en disputa" if disputed == 1 else "hechos en disputa"
    assert (
        f"encontrado: {len(data)} historias, {disputed} {said}, "
        f"{labels.count('single-source')} hechos de una sola fuente, {blindspots} punto"
    ) in out
    assert f"siguiente paso: abra {analysed.out / 'report.html'} o recorra las historias" in out
    assert f"contrasta serve --db {analysed.db}" in out
    assert ".jsonl" in out.split("tipo de archivo desconocido")[-1]  # the types it reads


def test_empty_input_is_a_warning_and_exit_status_1(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.pdf").write_bytes(b"%PDF-1.4")
    run = contrasta(
        "analyze",
        str(tmp_path / "in"),
        "--out",
        str(tmp_path / "o"),
        "--db",
        str(tmp_path / "x.db"),
    )
    assert run.returncode == 1
    out = " ".join(run.stdout.split())
    assert "aviso no se encontró ningún artículo en" in out and ".html" in out
    assert "encontrado:" not in out


def test_short_and_shared_id_prefixes_say_why(tmp_path):
    """Article ids are hashes: two of them sharing their first characters is made here by
    storing articles with chosen ids, through the store the CLI reads."""
    from datetime import datetime

    from contrasta.model import Article
    from contrasta.store import open_store

    db = tmp_path / "x.db"
    store = open_store(db)
    store.add_articles(
        [
            Article(
                id=f"abcd{n:08x}",
                source=f"{n}.txt",
                fmt="text",
                content_hash=f"h{n}",
                title=f"Nota {n}",
                text="Texto.",
                outlet=None,
                published=None,
                published_from="unknown",
                lang="es",
                ingested_at=datetime(2026, 1, 1),
            )
            for n in (1, 2)
        ]
    )
    store.close()
    shared = contrasta("show", "abcd", "--db", str(db))
    assert shared.returncode == 2
    assert "2 ids empiezan por 'abcd': abcd00000001, abcd00000002" in shared.stderr
    short = contrasta("show", "abc", "--db", str(db))
    assert short.returncode == 2 and "demasiado corto" in short.stderr
    assert contrasta("show", "abcd00000002", "--db", str(db)).returncode == 0


def test_stories_lists_the_newest_and_says_how_many_more(analysed):
    db = str(analysed.db)
    every = re.findall(r"\b(s[0-9a-f]{8})\b", contrasta("stories", "--all", "--db", db).stdout)
    one = contrasta("stories", "--limit", "1", "--db", db).stdout
    assert len(every) > 1 and re.findall(r"\b(s[0-9a-f]{8})\b", one) == every[:1]
    more = len(every) - 1
    assert f"{more} historias más antiguas sin listar" in one
    store = open_store(analysed.db)
    newest = max(store.list_stories(), key=lambda s: (s.last, s.id))
    store.close()
    assert every[0] == newest.id


def test_a_database_that_cannot_be_opened_says_why_in_the_users_language(tmp_path):
    """A --db in a folder that does not exist, and a file that is not SQLite: one line and
    a hint in the chosen language, no traceback, exit status 2."""
    story = tmp_path / "nota.txt"
    story.write_text(
        "title: El Ayuntamiento de Almenara aprueba su presupuesto\n\n"
        "El Ayuntamiento de Almenara aprobó este lunes su presupuesto para 2027.\n",
        encoding="utf-8",
    )
    missing = tmp_path / "no-existe" / "x.db"
    run = contrasta("analyze", str(story), "--out", str(tmp_path / "o"), "--db", str(missing))
    said = " ".join((run.stdout + run.stderr).split())
    assert run.returncode == 2 and "Traceback" not in said
    assert f"la carpeta {missing.parent} no existe" in said
    assert "cree antes la carpeta" in said
    damaged = tmp_path / "roto.db"
    damaged.write_bytes(b"SQLite format 3\0" + bytes(range(256)) * 20)
    for lang, reason, hint in (
        ("es", "no es una base de datos SQLite", "indique otro archivo con --db"),
        ("en", "is not a SQLite database", "pass another file with --db"),
    ):
        run = contrasta("--lang", lang, "stories", "--db", str(damaged))
        said = " ".join((run.stdout + run.stderr).split())
        assert run.returncode == 2 and "Traceback" not in said, said
        assert reason in said and hint in said, said


def test_inputs_that_all_failed_are_not_told_which_file_types_are_read(tmp_path):
    """A file over --max-size is a problem with its own hint; the warning listing the file
    types contrasta reads would send the user the wrong way."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "grande.txt").write_text(
        "title: Grande\n\n" + "El Ayuntamiento de Almenara informó ayer. " * 30000,
        encoding="utf-8",
    )
    run = contrasta(
        "analyze",
        str(tmp_path / "in"),
        "--max-size",
        "1",
        "--out",
        str(tmp_path / "o"),
        "--db",
        str(tmp_path / "x.db"),
    )
    out = " ".join(run.stdout.split())
    assert run.returncode == 1
    assert "grande.txt" in out and "--max-size" in out
    assert "no se encontró ningún artículo" not in out and ".warc.gz" not in out


def test_a_background_month_is_written_in_the_readers_language(tmp_path):
    """A timeline entry dated to a month ("en agosto de 2019", set apart as background) is
    shown "agosto de 2019" in Spanish and "August 2019" in English, in `show` and the
    reports."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "incendio.txt").write_text(
        "title: Un incendio obliga a desalojar 300 vecinos en la sierra de Almenara\n"
        "outlet: Diario del Sur\ndate: 2026-08-03\n\n"
        "Un incendio forestal declarado el domingo en la sierra de Almenara obligó a "
        "desalojar a unos 300 vecinos de Fuentefría, según informó la Delegación de "
        "Emergencias.\n\n"
        "En agosto de 2019 otro incendio calcinó 1.200 hectáreas en la misma sierra.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "x.db")
    run = contrasta("analyze", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--db", db)
    assert run.returncode == 0, run.stdout + run.stderr
    (story,) = written_stories(tmp_path / "o")
    spanish = contrasta("show", story["id"], "--db", db).stdout
    english = contrasta("--lang", "en", "show", story["id"], "--db", db).stdout
    assert "Antecedentes" in spanish and "agosto de 2019  En agosto" in spanish
    assert "Background" in english and "August 2019  En agosto" in english
    run = contrasta("--lang", "en", "report", "--out", str(tmp_path / "en"), "--db", db)
    markdown = (tmp_path / "en" / "stories" / f"{story['id']}.md").read_text(encoding="utf-8")
    assert "- August 2019: En agosto de 2019" in markdown


def test_cleaning_rules_are_described_in_the_users_language(analysed):
    """`contrasta rules`, the rules table at the foot of each story page and the removed
    lines' tooltips speak Spanish by default and English with --lang en."""
    spanish = " ".join(contrasta("rules").stdout.split())
    english = " ".join(contrasta("--lang", "en", "rules").stdout.split())
    assert "Texto del aviso de consentimiento de cookies." in spanish
    assert "Cookie consent banner text." not in spanish
    assert "Cookie consent banner text." in english and "qué quita" not in english
    pages = written_pages(analysed.out, ".html")
    assert "Texto del aviso de consentimiento de cookies." in pages
    assert 'title="Línea de cabecera sobre el texto del artículo' in pages
    assert "Cookie consent banner text." not in pages


def test_the_next_command_is_one_the_user_can_type(tmp_path):
    """Started by a path (`.venv/bin/contrasta` after `make demo`, no virtualenv active),
    the closing hint names that path, not a `contrasta` the shell would not find."""
    import os
    import subprocess
    import sys

    (tmp_path / "bin").mkdir()
    script = tmp_path / "bin" / "contrasta"
    script.write_text(f"#!{sys.executable}\nfrom contrasta.cli import main\n\nmain()\n")
    script.chmod(0o755)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "nota.txt").write_text(
        "title: El Ayuntamiento de Almenara aprueba su presupuesto\ndate: 2026-08-03\n\n"
        "El Ayuntamiento de Almenara aprobó este lunes su presupuesto para 2027, con 12 "
        "millones de euros para la sierra, según informó el alcalde, Tomás Regueira.\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PATH": "/usr/bin:/bin", "COLUMNS": "200", "NO_COLOR": "1"}
    run = subprocess.run(
        ["bin/contrasta", "analyze", "in", "--out", "o"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "`bin/contrasta serve`" in run.stdout


def test_a_new_story_beside_recent_undated_articles_counts_as_one(analysed, tmp_path):
    """The example corpus holds an undated article, just ingested: a later run puts the
    stories around it back to place it again. Those that come out as they were are not
    "created or updated" (the summary said 5 for one new story) and keep their revision."""
    import shutil
    import sqlite3

    db = tmp_path / "c.db"
    with sqlite3.connect(analysed.db) as source, sqlite3.connect(db) as copy:
        source.backup(copy)
    revisions = dict(sqlite3.connect(db).execute("SELECT id, revision FROM stories"))
    (tmp_path / "in").mkdir()
    shutil.copy(EXAMPLES / "text" / "ribera-festival.txt", tmp_path / "in" / "x.txt")
    (tmp_path / "in" / "incendio.txt").write_text(
        "title: Un incendio obliga a desalojar 300 vecinos en la sierra de Almenara\n"
        "outlet: Diario del Sur\ndate: 2026-08-03\n\n"
        "Un incendio forestal declarado el domingo en la sierra de Almenara obligó a "
        "desalojar a unos 300 vecinos de Fuentefría, según informó la Delegación de "
        "Emergencias, que movilizó 14 medios aéreos.\n",
        encoding="utf-8",
    )
    run = contrasta("analyze", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--db", str(db))
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"ya guardados \(duplicados\)\s+1\b", run.stdout)
    assert re.search(r"historias creadas o actualizadas\s+1\b", run.stdout), run.stdout
    after = dict(sqlite3.connect(db).execute("SELECT id, revision FROM stories"))
    assert len(after) == len(revisions) + 1
    assert all(after[story] == revision for story, revision in revisions.items())


def _analyzed(tmp_path, name: str, text: str) -> str:
    """The database of an `analyze` of one written article (reports in tmp_path/out)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(text, "utf-8")
    db = str(tmp_path / "c.db")
    run = contrasta("analyze", str(folder), "--out", str(tmp_path / "out"), "--db", db)
    assert run.returncode == 0, run.stdout
    return db


def test_search_prints_each_match_on_two_lines(tmp_path):
    """A snippet that runs over a paragraph break is one line under its article's line: the
    article's own blank lines would break the list into pieces no one can read as hits."""
    db = _analyzed(
        tmp_path,
        "embalse.txt",
        "title: El embalse de Robledo roza el mínimo\noutlet: Diario del Tera\n\n"
        "El embalse de Robledo cerró la semana al 18 % de su capacidad, según la confederación.\n\n"
        "Los regantes de la vega temen que el riego se suspenda en julio.\n",
    )
    found = contrasta("search", "confederación", "--db", db)
    assert found.returncode == 0
    lines = found.stdout.rstrip("\n").split("\n")
    assert len(lines) == 2, found.stdout
    assert "[confederación]" in lines[1] and "regantes" in lines[1]


def test_ids_and_dates_are_whole_in_an_80_column_terminal(analysed):
    """A laptop's default terminal: every story's id (to copy into `show`) and first day
    are printed whole, never cut to "2026-01-…"; the headline wraps instead."""
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    db = str(analysed.db)
    store = open_store(analysed.db)
    stories, articles = store.list_stories(), list(store.iter_articles())
    store.close()

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "contrasta", *args, "--db", db],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        assert max(len(line) for line in done.stdout.splitlines()) <= 80
        return done.stdout

    listed = run("stories")
    assert "…" not in "".join(re.findall(r"\b20\d\d-\d\d-\S*", listed))
    for story in stories:
        assert re.search(rf"^(│ )?{story.id}\b", listed, re.M), story.id
    shown = run("articles")
    for article in articles:
        assert re.search(rf"^(│ )?{article.id}\b", shown, re.M), article.id
        if article.published:
            assert when_text(article.published) in shown, article.id


def _narrow(columns: int, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "contrasta", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"},
        timeout=300,
    )
    assert max(len(line) for line in done.stdout.splitlines()) <= columns, done.stdout
    return done.stdout


@pytest.mark.parametrize("columns", [60, 80])
def test_the_lists_cut_no_header_and_no_headline_in_a_narrow_terminal(analysed, columns):
    """A laptop's 80 columns or a phone's shell at 60: `stories` and `articles` give each
    headline whole and readable (not a word per line in a column 8 wide) and every column's
    name whole ("artículos", never "artí…"); `runs` too. Too narrow for the table, each row
    is a card: id and date, the headline, then "name: value" pairs."""
    db = str(analysed.db)
    store = open_store(analysed.db)
    stories, articles = store.list_stories(), list(store.iter_articles())
    store.close()
    for args, headers, texts in (
        (("stories",), ("artículos", "medios", "orígenes"), [s.headline for s in stories]),
        (("articles",), ("idioma", "quitado"), [a.title for a in articles]),
        (("runs",), ("archivos", "añadidos", "historias", "problemas", "avisos"), []),
    ):
        out = _narrow(columns, *args, "--db", db)
        assert "…" not in out, (args, out)
        flowing = " ".join(out.replace("│", " ").split())
        for header in headers:
            assert header in flowing, (args, header)
        for text in texts:
            assert " ".join(text.split()) in flowing, (args, text)
            # Its words run on lines of their own, not in a sliver beside other columns.
            opening = " ".join(text.split()[:3])
            assert any(opening in line for line in out.splitlines()), (args, text)


def test_a_problems_hint_wraps_under_itself_in_a_narrow_terminal(tmp_path):
    """An empty file, at 60 columns: the problem's line, then its hint, whose every wrapped
    line stays indented under "pista" instead of running back to the margin."""
    empty = tmp_path / "nota-de-prensa-sin-contenido-alguno.txt"
    empty.write_text("", "utf-8")
    out = _narrow(60, "analyze", str(empty), "--db", str(tmp_path / "c.db"), "--out", str(tmp_path))
    lines = out.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("problema"))
    hint = next(n for n, line in enumerate(lines) if line.strip().startswith("pista:"))
    assert "archivo vacío" in " ".join(lines[start:hint])
    assert hint + 1 < len(lines), out  # long enough to wrap at 60 columns
    assert all(line.startswith(" " * 8) for line in lines[start + 1 :]), out


def test_a_mistyped_folder_is_one_line_and_a_hint_with_nothing_made(tmp_path):
    """`analyze ~/noticas` (a typo): an error line and a hint, not a 40-line summary of
    nothing read with the one line that matters at its foot; no database and no empty
    report are left behind."""
    missing = tmp_path / "noticas"
    run = contrasta(
        "analyze", str(missing), "--db", str(tmp_path / "c.db"), "--out", str(tmp_path / "o")
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.splitlines() == [
        f"error: {missing}: no existe el archivo o la carpeta",
        "pista: compruebe la ruta",
    ]
    assert not (tmp_path / "c.db").exists() and not (tmp_path / "o").exists()


def test_show_story_wraps_each_point_under_itself_at_60_columns(analysed):
    """`show STORY` in a 60-column shell: a summary point, a contradiction, a quote, a
    dated fact or an article's "why" wraps with its indent kept, so each item still reads
    as one; nothing runs back to the margin mid-sentence."""
    store = open_store(analysed.db)
    biggest = store.list_stories()[0]
    store.close()
    out = _narrow(60, "show", biggest.id, "--db", str(analysed.db)).splitlines()
    rules = [n for n, line in enumerate(out) if line.startswith("──")]
    sections = {out[n].strip("─ "): out[n + 1 : m] for n, m in itertools.pairwise(rules)}
    sections["artículos"] = out[rules[-1] + 1 :]
    assert {"una sola fuente", "cronología", "citas por persona"} <= set(sections)
    dated = re.compile(r"^(\d{4}-\d\d-\d\d|\w+ de \d{4}|\d{4})  ")
    for title, lines in sections.items():
        if title == "cobertura":
            continue
        for line in lines:
            item = (
                line.startswith(("• ", "  "))
                or (title == "cronología" and (dated.match(line) or line == "Antecedentes"))
                or (title == "citas por persona" and re.search(r": \d+$", line))
                or (title == "artículos" and re.match(r"[0-9a-f]{12}  ", line))
            )
            assert item, (title, line)
    timeline = sections["cronología"]
    assert sum(bool(dated.match(line)) for line in timeline) >= 3
    assert any(line.startswith("    ") for line in timeline)  # a fact long enough to wrap


def test_show_story_lists_each_quote_and_each_dated_facts_sources(analysed):
    """`show STORY` on a terminal: under each speaker, every quote with the outlet and the
    article id that `show ARTICLE` opens; each timeline line names its outlets. A count
    alone ("Ferrán: 4") cannot be checked."""
    import json

    db = str(analysed.db)
    for path in sorted((analysed.out / "stories").glob("s*.json")):
        story = json.loads(path.read_text("utf-8"))
        shown = contrasta("show", story["id"], "--db", db)
        assert shown.returncode == 0, shown.stderr
        lines = [" ".join(line.split()) for line in shown.stdout.splitlines()]
        text = " ".join(shown.stdout.split())
        for quotes in story["quotes_by_speaker"].values():
            for q in quotes:
                said = f"«{' '.join(q['text'].split())}»"
                assert any(
                    line.startswith(said) and line.endswith(f"— {q['outlet']} {q['article_id']}")
                    for line in lines
                ), (story["id"], said)
        for entry in story["timeline"]:
            outlets = ", ".join(dict.fromkeys(outlet for _id, outlet in entry["sources"]))
            assert f"{' '.join(entry['text'].split())}" in text
            assert f"[{outlets}]" in text, (story["id"], entry["text"])


def test_a_day_without_a_time_is_shown_as_the_day_alone(tmp_path):
    """A source that gives only the day: `show` and `articles` print the day, as every page
    does, not a midnight ("00:00:00") nobody stated."""
    db = _analyzed(
        tmp_path,
        "puente.txt",
        "title: Robledo reabre el puente viejo\noutlet: Diario del Tera\ndate: 2026-08-12\n\n"
        "El ayuntamiento de Robledo reabrió el miércoles el puente viejo sobre el río Tera.\n",
    )
    listed = contrasta("articles", "--db", db).stdout
    article_id = re.search(r"\b([0-9a-f]{12})\b", listed).group(1)
    assert "2026-08-12" in listed and "00:00" not in listed
    shown = contrasta("show", article_id, "--db", db).stdout
    assert f"{article_id} · Diario del Tera · 2026-08-12 (" in shown
    assert "00:00" not in shown


def test_show_heads_a_story_with_no_named_outlet_as_its_pages_do(tmp_path):
    """A story whose article names no outlet: `show` says "de ningún medio identificado",
    as its Markdown and web pages do, not "de 0 medios"."""
    db = _analyzed(
        tmp_path,
        "pozo.txt",
        "title: Valdeolmos limpia el pozo de la plaza\ndate: 2026-05-04\n\n"
        "Los vecinos de Valdeolmos limpiaron el sábado el pozo de la plaza, cegado desde "
        "hace veinte años, según contó la alcaldesa, Irene Calvo.\n",
    )
    (story,) = written_stories(tmp_path / "out")
    shown = contrasta("show", story["id"], "--db", db).stdout
    markdown = (tmp_path / "out" / "stories" / f"{story['id']}.md").read_text("utf-8")
    heading = "1 artículo de ningún medio identificado, 1 origen independiente"
    assert heading in shown and heading in markdown
    assert "0 medios" not in shown


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("columns", [60, 80])
def test_runs_help_names_every_command_that_records_a_run(lang, columns):
    """`load-parquet` records a run as `analyze`, a `watch` poll and an upload do; the help
    names each whole on one line at any width (click's wrapper once broke "load-" from
    "parquet" at the end of a line, a name nobody could copy)."""
    shown = _narrow(columns, "--lang", lang, "runs", "--help")
    for command in ("analyze", "watch", "load-parquet"):
        assert re.search(rf"(?<![\w-]){command}(?![\w-])", shown), command


def test_two_articles_of_one_outlet_are_cited_by_chips_told_apart(analysed):
    """Where an outlet has two articles in a story, the report's citation chips number them
    ("Agencia X (2)") and give each one's headline and time in their title: two chips of
    one outlet once looked identical though they cited different articles."""
    numbered = 0
    for story in written_stories(analysed.out):
        page = (analysed.out / "stories" / f"{story['id']}.html").read_text(encoding="utf-8")
        cited = citation_chips(page, {a["id"]: a["title"] for a in story["articles"]})
        assert cited
        assert all(len(ids) == 1 for ids in cited.values()), cited
        numbered += sum(bool(re.search(r" \(\d\)$", text)) for text in cited)
    assert numbered >= 2


def test_the_markdown_cites_articles_as_the_html_chips_do(analysed):
    """A story's Markdown names each cited article as its HTML page's chips do, an outlet
    with several articles in the story numbered ("Agencia X (2)"), in the summary, the
    timeline and the article table alike: its summary once listed such an outlet once,
    unnumbered, though two of its articles said the point."""
    numbered = 0
    for story in written_stories(analysed.out):
        stem = analysed.out / "stories" / story["id"]
        page = stem.with_suffix(".html").read_text(encoding="utf-8")
        chips = set(citation_chips(page, {a["id"]: a["title"] for a in story["articles"]}))
        markdown = stem.with_suffix(".md").read_text(encoding="utf-8").replace("\\", "")
        table = dict(re.findall(r"^\| `([0-9a-f]+)` \| (.+?) \| ", markdown, re.M))
        assert set(table) == {a["id"] for a in story["articles"]}
        assert set(table.values()) <= chips, (table, chips)
        for listed in re.findall(r"^- .+ \[([^\]]+)\](?: ⚠.*)?$", markdown, re.M):
            cited = listed.split(", ")
            assert set(cited) <= chips and len(set(cited)) == len(cited), (listed, chips)
            numbered += sum(bool(re.search(r" \(\d\)$", text)) for text in cited)
    assert numbered >= 2


@pytest.mark.parametrize("columns", [60, 100])
def test_the_analyze_summary_fits_a_phone_and_wraps_no_line_early(tmp_path, columns):
    """At a phone's 60 columns the closing box is compact ("name: value" lines, the counts
    several to a line, no model figures, one CPU total) where it was 44 lines of a label
    column and a value column 26 wide; a wide terminal keeps the grid with every reason.
    A problem's first line runs to the terminal's edge: it once wrapped 8 columns early,
    at the width of its indented continuation lines."""
    folder = tmp_path / "entrada"
    folder.mkdir()
    (folder / "nota-de-prensa-del-ayuntamiento-de-villaserena.txt").write_text(
        "El Ayuntamiento de Villaserena abrirá el lunes el nuevo mercado municipal de abastos"
        " tras tres años de obras, según anunció ayer la alcaldesa, Marta Quiroga.\n",
        encoding="utf-8",
    )
    (folder / "borrador-vacio-de-la-cronica-del-pleno-municipal.txt").write_bytes(b"")
    (folder / "fotografias-del-mercado-de-abastos-de-villaserena.xyz").write_text("x")
    out = _narrow(
        columns,
        "analyze",
        str(folder),
        "--out",
        str(tmp_path / "out"),
        "--db",
        str(tmp_path / "c.db"),
    )
    lines = out.splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("╭"))
    bottom = next(i for i, line in enumerate(lines) if line.startswith("╰"))
    box = " ".join(line.strip("│ ") for line in lines[top + 1 : bottom])
    if columns == 60:
        assert bottom - top - 1 <= 20, out
        assert "problemas: 1" in box and "Pearson" not in box and "·" in box
    else:
        assert "Pearson" in box and "lectura de archivos" in box
    flagged = [i for i, line in enumerate(lines) if line.startswith(("problema ", "omitido "))]
    wrapped = [
        i for i in flagged if lines[i + 1].startswith(" " * 8) and "pista" not in lines[i + 1]
    ]
    assert flagged and (wrapped or columns == 100)
    for i in wrapped:
        following = lines[i + 1].split()[0]
        assert len(lines[i].rstrip()) + 1 + len(following) > columns, (lines[i], following)
