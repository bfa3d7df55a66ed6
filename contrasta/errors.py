"""Errors a user can act on: one readable line and a hint, never a traceback."""

from __future__ import annotations

LOG_FILE = "contrasta.log"  # where the command line keeps tracebacks of internal errors
INTERNAL_HINT = f"a fault in contrasta, not in the input: its traceback is in {LOG_FILE}"


class ContrastaError(Exception):
    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


class InputError(ContrastaError):
    """One input (file, line, URL) cannot be used; the batch goes on without it."""

    def __init__(self, message: str, hint: str = "", source: str = "") -> None:
        super().__init__(message, hint)
        self.source = source


def describe(exc: BaseException, limit: int = 120) -> str:
    """An exception as one short printable line, its type first: a library's message may
    quote the raw bytes it choked on, and a problem line must never be a binary dump."""
    text = " ".join(str(exc).split())
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    if len(text) > limit:
        text = text[:limit] + "…"
    name = type(exc).__name__
    return f"{name}: {text}" if text else name
