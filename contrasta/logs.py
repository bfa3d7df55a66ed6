"""Where internal errors go: `contrasta.log` beside the database, with tracebacks.

The user sees one line per fault (a problem, a failed story) whose hint names the log
when the log holds it (the file is opened only when something is written to it, so a clean
run leaves none, and a hint never sends anyone to a file that is not there); `--verbose`
also prints what contrasta logs, as it happens, on stderr, starting with where the log
file is.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from contrasta.errors import INTERNAL_HINT, LOG_FILE
from contrasta.i18n import _
from contrasta.store import is_url

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
log = logging.getLogger(__name__)


def log_path(db: str | Path) -> Path:
    """Beside a SQLite file; in the working folder for a PostgreSQL URL."""
    return Path(LOG_FILE) if is_url(db) else Path(db).parent / LOG_FILE


def start(verbose: bool = False) -> None:
    """Before the database is known: with `verbose`, everything from INFO up goes to
    stderr; `to_file` adds the log file once a command names its database."""
    root = logging.getLogger()
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    if verbose and not any(isinstance(h, _Verbose) for h in root.handlers):
        handler = _Verbose(sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)


class _Verbose(logging.StreamHandler):
    """`--verbose`: one per process, however many commands a test runs in it."""


def to_file(db: str | Path) -> Path:
    """Log warnings and errors with their tracebacks to the database's log file (one
    file per process: a later database's replaces an earlier one's)."""
    path = log_path(db).resolve()
    root = logging.getLogger()
    for handler in _ours():
        if Path(handler.baseFilename) == path:
            return path
        root.removeHandler(handler)
        handler.close()
    handler = _LogFile(path, delay=True, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(logging.WARNING)
    root.addHandler(handler)
    # Seen with --verbose only (INFO), and not written to the file (WARNING and up).
    log.info("warnings and tracebacks go to %s (written at the first one)", path)
    return path


class _LogFile(logging.FileHandler):
    """The database's log file, told apart from handlers others may have added."""


def _ours() -> list[_LogFile]:
    return [h for h in logging.getLogger().handlers if isinstance(h, _LogFile)]


def hint(text: str) -> str:
    """A problem's hint as printed: the internal-fault hint names the log file in use when
    that file exists (the traceback was written there), else says how to see it."""
    if text != INTERNAL_HINT:
        return text
    written = [h.baseFilename for h in _ours() if Path(h.baseFilename).is_file()]
    if not written:
        return _(
            "a fault in contrasta, not in the input: run the command again with --verbose"
            " to see its traceback"
        )
    return _("a fault in contrasta, not in the input: its traceback is in {where}").format(
        where=written[0]
    )
