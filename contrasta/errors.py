"""Errors a user can act on: one readable line and a hint, never a traceback."""

from __future__ import annotations


class ContrastaError(Exception):
    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


class InputError(ContrastaError):
    """One input (file, line, URL) cannot be used; the batch goes on without it."""

    def __init__(self, message: str, hint: str = "", source: str = "") -> None:
        super().__init__(message, hint)
        self.source = source
