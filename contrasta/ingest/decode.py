"""Bytes to text without ever crashing on the bytes.

Scraped files arrive in any encoding; UTF-8 is tried first because it is both the common
case and self-validating, then charset-normalizer guesses. A file that is mostly control
bytes is binary, and no guess should turn it into "text".
"""

from __future__ import annotations

import charset_normalizer

from contrasta.errors import InputError

_SNIFF = 8192
_TEXT_CONTROL = {9, 10, 12, 13, 27}


def looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROL)
    return control > len(head) * 0.05


def check_text_bytes(data: bytes) -> None:
    """Raise InputError for input that holds no text at all."""
    if not data.strip():
        raise InputError("empty file", "nothing to read; remove it or check the scraper")
    if looks_binary(data):
        raise InputError("binary file, not text", "only text, HTML and JSON Lines are read")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise InputError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    check_text_bytes(data)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return data.decode("cp1252", errors="replace"), "cp1252 (lossy)"
    return str(best), best.encoding
