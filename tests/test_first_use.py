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
