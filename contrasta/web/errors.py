"""A refusal the user can act on: status, one line and a hint, shown as a page or as JSON."""

from __future__ import annotations

from fastapi import HTTPException


class WebError(HTTPException):
    def __init__(self, status: int, message: str, hint: str = "") -> None:
        super().__init__(status_code=status, detail=message)
        self.hint = hint
