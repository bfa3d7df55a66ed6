"""Errors a user can act on: one readable line and a hint, never a traceback."""

from __future__ import annotations

import errno

from contrasta.i18n import N_, _

LOG_FILE = "contrasta.log"  # beside the database: tracebacks of internal errors (`logs`)
INTERNAL_HINT = (
    f"a fault in contrasta, not in the input: its traceback is in {LOG_FILE} beside the database"
)


# Messages several readers give, each defined once (translated where raised: `_()`).
CHECK_PATH = N_("check the path")
CHECK_URL = N_("check the URL")
EMPTY_FILE = N_("empty file")
RAISE_LIMIT = N_("raise the limit with --max-size")
CANNOT_READ = N_("cannot read ({reason})")
CHECK_PERMISSIONS = N_("check permissions")
SERVER_BROKEN = N_("the server is broken")
FIX_LINE = N_("fix or delete that line")
CANNOT_WRITE_REPORTS = N_("cannot write the reports in {folder} ({reason})")
OTHER_OUT = N_("choose another folder with --out, or check its permissions")

# The system's reasons a user meets, in the reader's language (the C library's are English).
OS_REASONS = {
    errno.ENOENT: N_("no such file or directory"),
    errno.ENOTDIR: N_("a file stands where a folder should"),
    errno.EISDIR: N_("it is a folder"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("operation not permitted"),
    errno.EROFS: N_("read-only file system"),
    errno.ENOSPC: N_("no space left on the disk"),
    errno.EADDRINUSE: N_("the address is already in use"),
    errno.EADDRNOTAVAIL: N_("this machine has no such address"),
}


class ContrastaError(Exception):
    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


class InputError(ContrastaError):
    """One input (file, line, URL) cannot be used; the batch goes on without it."""

    def __init__(self, message: str, hint: str = "", source: str = "") -> None:
        super().__init__(message, hint)
        self.source = source


class InputWarning(InputError):
    """One input was read and kept, but something in it was dropped or guessed that the
    user should check (an absurd date, an encoding guessed); listed, not a problem: the
    run's exit status does not change."""


def os_reason(exc: OSError) -> str:
    """Why the system refused, in the active language when it is one a user meets often,
    else as the system says it."""
    known = OS_REASONS.get(exc.errno) if exc.errno is not None else None
    return _(known) if known else exc.strerror or describe(exc)


def describe(exc: BaseException, limit: int = 120) -> str:
    """An exception as one short printable line, its type first: a library's message may
    quote the raw bytes it choked on, and a problem line must never be a binary dump, so
    the message ends where the first control character (or the limit) comes."""
    text = str(exc).split(", first line:")[0]  # warcio quotes the line it could not read
    control = next((i for i, c in enumerate(text) if not c.isprintable() and c != " "), None)
    if control is not None:
        text = text[:control].rstrip(" :[('\"") + "…"
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit] + "…"
    name = type(exc).__name__
    return f"{name}: {text}" if text else name
