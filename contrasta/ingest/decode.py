"""Bytes to text without ever crashing on the bytes.

Scraped files arrive in any encoding. A byte-order mark is the file saying what it is, so
it is believed; broken UTF-16 after one is decoded with U+FFFD in place of the bad units
(the article is kept and flagged) rather than guessed at. Without a mark, UTF-8 is tried
first because it is both the common case and self-validating; a file that is UTF-8 with a
few bad bytes (one corrupt line of a JSON Lines export) stays UTF-8 with those bytes
replaced. Then charset-normalizer guesses, but on Spanish news it often answers cp1250
for a Latin-1 or cp1252 file ("Espańa"), so when the Western decoding of the same bytes
reads as Spanish, that one wins. A file that is mostly control bytes is binary, and no
guess should turn it into "text".
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from contrasta.errors import InputError
from contrasta.model import UNDECODABLE

_SNIFF = 8192
_TEXT_CONTROL = {9, 10, 12, 13, 27}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LOSSY = " (lossy)"
# Letters and marks of Spanish (and Portuguese, Catalan, French) text in a Western page.
_WESTERN = set("áéíóúñüÁÉÍÓÚÑÜ¿¡«»àèìòùçÀÈÌÒÙÇâêîôûãõÂÊÎÔÛÃÕ“”‘’–—…€ºª°·´×½¼¾µ²³©®§\xa0\xad")
_WESTERN_FAMILY = {"cp1252", "latin_1", "iso8859_15", "ascii"}
_SURROGATE = re.compile("[\ud800-\udfff]")


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


def without_surrogates(text: str) -> str:
    """A lone surrogate (from a JSON `\\ud800` escape) is no character: neither UTF-8 nor
    a database can hold it, so it becomes U+FFFD like any other undecodable unit."""
    return _SURROGATE.sub(UNDECODABLE, text) if _SURROGATE.search(text) else text


def _marked(data: bytes) -> tuple[str, str] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            name = "utf-8" if codec == "utf-8-sig" else codec
            try:
                return data.decode(codec), name
            except UnicodeDecodeError:
                return without_surrogates(data.decode(codec, errors="replace")), name + LOSSY
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes: more well-formed multi-byte characters than bad spots.
    A legacy single-byte file has next to none (an accented letter followed by an ASCII
    one is never a UTF-8 sequence)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count(UNDECODABLE)
    good = sum(1 for c in text if c > "\x7f") - bad
    return text if good > bad else None


def _western(data: bytes) -> str | None:
    for codec in ("cp1252", "latin-1"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def _reads_as_spanish(text: str) -> bool:
    """Most of its non-ASCII characters are the letters and marks of Western text."""
    high = [c for c in text if c > "\x7f"]
    return bool(high) and sum(c in _WESTERN for c in high) >= 0.9 * len(high)


def _guess(data: bytes) -> tuple[str, str]:
    best = charset_normalizer.from_bytes(data).best()
    western = _western(data)
    if best is not None and codecs.lookup(best.encoding).name in _WESTERN_FAMILY:
        return str(best), best.encoding
    if western is not None and _reads_as_spanish(western):
        return western, "cp1252"
    if best is None:
        return data.decode("cp1252", errors="replace"), "cp1252" + LOSSY
    return str(best), best.encoding


def decode(data: bytes, check_binary: bool = True) -> tuple[str, str]:
    """Return (text, encoding name) or raise InputError; the name ends in " (lossy)" when
    undecodable bytes became U+FFFD. `check_binary=False` leaves that test to the caller
    (JSON Lines judges each line on its own)."""
    marked = _marked(data)
    if marked is not None:
        return marked
    if check_binary:
        check_text_bytes(data)
    elif not data.strip():
        raise InputError("empty file", "nothing to read; remove it or check the scraper")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # UTF-8 but for an encoded lone surrogate (as some JSON writers leave them)
        return without_surrogates(data.decode("utf-8", "surrogatepass")), "utf-8" + LOSSY
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is not None:
        return text, "utf-8" + LOSSY
    return _guess(data)
