"""What a first-time user meets following the README: the log file a hint names, click's
own usage errors, problems in the chosen language, warnings about what was dropped or
guessed. Real parts throughout (SQLite files, the command line as a subprocess), fictional
text written for these tests."""

from __future__ import annotations

import logging

import pytest

from conftest import contrasta
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
    assert "Falta el argumento 'PATHS...'." in missing.stderr, missing.stderr
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
