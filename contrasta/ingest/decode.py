"""Bytes to text without ever crashing on the bytes.

Scraped files arrive in any encoding. A byte-order mark is the file saying what it is, so
it is believed (unless what follows a UTF-16 mark is plainly UTF-8: then the two bytes are
stray, not a mark); broken UTF-16 after one is decoded with U+FFFD in place of the bad
units (the article is kept and flagged) rather than guessed at. Without a mark, UTF-8 is
tried first because it is both the common case and self-validating; a file that is UTF-8
with a few bad bytes (one corrupt line) stays UTF-8 with those
bytes replaced. Then charset-normalizer guesses, but on Spanish news it often answers
cp1250 for a Latin-1 or cp1252 file ("Espańa"), so when the Western decoding of the same
bytes reads as Spanish, that one wins. A file that is mostly control bytes is binary, and
no guess should turn it into "text".
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from contrasta.errors import EMPTY_FILE, InputError
from contrasta.i18n import _
from contrasta.model import UNDECODABLE, without_surrogates

SNIFF = 8192
_TEXT_CONTROL = {9, 10, 12, 13, 27}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LOSSY = " (lossy)"
GUESSED = " (guessed)"  # a guess nothing confirms: the text may read wrong throughout
MUCH = 0.01  # replaced characters (U+FFFD) past this share of a text are "much of it"
# Letters and marks of Spanish (and Portuguese, Catalan, French) text in a Western page.
_WESTERN = set("áéíóúñüÁÉÍÓÚÑÜ¿¡«»àèìòùçÀÈÌÒÙÇâêîôûãõÂÊÎÔÛÃÕ“”‘’–—…€ºª°·´×½¼¾µ²³©®§\xa0\xad")
_WESTERN_FAMILY = {"cp1252", "latin_1", "iso8859_15", "ascii"}


def looks_binary(data: bytes) -> bool:
    head = data[:SNIFF]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROL)
    return control > len(head) * 0.05


def check_text_bytes(data: bytes) -> None:
    """Raise InputError for input that holds no text at all."""
    if not data.strip():
        raise InputError(_(EMPTY_FILE), _("nothing to read; remove it or check the scraper"))
    if looks_binary(data):
        raise InputError(_("binary file, not text"), _("only text, HTML and JSON Lines are read"))


def _marked(data: bytes) -> tuple[str, str] | None:
    for bom, codec in _BOMS:
        if not data.startswith(bom):
            continue
        if codec == "utf-16" and _not_utf16(data[len(bom) :]):
            return data[len(bom) :].decode("utf-8"), "utf-8 (stray UTF-16 mark dropped)"
        name = "utf-8" if codec == "utf-8-sig" else codec
        try:
            return data.decode(codec), name
        except UnicodeDecodeError:
            return without_surrogates(data.decode(codec, errors="replace")), name + LOSSY
    return None


def _not_utf16(rest: bytes) -> bool:
    """Two stray bytes before UTF-8 text, not a mark: UTF-16 of any Latin-script text has
    NUL in every other byte, and UTF-16 is almost never valid UTF-8."""
    return b"\x00" not in rest[:SNIFF] and _is_utf8(rest)


MIXED = 3
"""Well-formed UTF-8 multi-byte characters that make a file failing UTF-8 a mix-up, not
a legacy single-byte file (which has next to none: an accented letter followed by an
ASCII one is never a UTF-8 sequence): any single-byte reading of it is mojibake there."""


def _utf8_counts(data: bytes) -> tuple[str, int, int]:
    """The text read as UTF-8 with U+FFFD for bad spots, its well-formed multi-byte
    characters and its bad spots."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count(UNDECODABLE)
    return text, sum(1 for c in text if c > "\x7f") - bad, bad


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes: more well-formed multi-byte characters than bad spots."""
    text, good, bad = _utf8_counts(data)
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
        return data.decode("cp1252", errors="replace"), "cp1252" + LOSSY + GUESSED
    return str(best), best.encoding + GUESSED


def doubtful(text: str, encoding: str) -> bool:
    """Whether decoding reinterpreted or replaced much of the text: an encoding guessed
    with nothing to confirm it (not UTF-8, not Western text that reads as Spanish), or
    U+FFFD in place of more than MUCH of its characters. A few bad bytes in UTF-8 are
    flagged on the article; these are kept with the document (`RawDocument.guessed_encoding`)
    and said by `prepare`."""
    if encoding.endswith(GUESSED):
        return True
    return encoding.endswith(LOSSY) and text.count(UNDECODABLE) > MUCH * len(text)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise InputError; the name ends in " (lossy)" when
    undecodable bytes became U+FFFD, in " (guessed)" when nothing confirms the guess."""
    marked = _marked(data)
    if marked is not None:
        return marked
    check_text_bytes(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # UTF-8 but for an encoded lone surrogate (as some JSON writers leave them)
        return without_surrogates(data.decode("utf-8", "surrogatepass")), "utf-8" + LOSSY
    except UnicodeDecodeError:
        pass
    text, good, bad = _utf8_counts(data)
    if good > bad:
        return text, "utf-8" + LOSSY
    guessed, name = _guess(data)
    if good >= MIXED and not name.endswith(GUESSED):  # mostly broken UTF-8, read otherwise
        name += GUESSED
    return guessed, name


def decode_lines(data: bytes) -> tuple[str, str]:
    """JSON Lines: JSON is UTF-8, and each line is a record of its own, so bad bytes in one
    line (NUL, a stray mark, a broken sequence) cost that line alone, and a line that is
    not UTF-8 is read as one file of its own would be. A file whose lines open with a
    one-byte "{" is ASCII-compatible whatever its first bytes claim; any other file is
    decoded (and judged binary or not) as a whole."""
    if not (data[:SNIFF].lstrip().startswith(b"{") or b"\n{" in data):
        return decode(data)
    for bom, _codec in _BOMS:
        data = data.removeprefix(bom)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return "\n".join(_line(line) for line in data.split(b"\n")), "utf-8, some lines not"


def _line(line: bytes) -> str:
    if _is_utf8(line):
        return line.decode("utf-8")
    text = _mostly_utf8(line)
    if text is not None:
        return text
    western = _western(line)
    if western is not None and _reads_as_spanish(western):
        return western
    return line.decode("utf-8", "replace")


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_META_CHARSET = re.compile(
    rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE
)


def declared_charset(data: bytes) -> str | None:
    """The charset a page's head declares (`<meta charset>` or the http-equiv Content-Type),
    if Python knows it."""
    found = _META_CHARSET.search(data, 0, SNIFF)
    if found is None:
        return None
    name = found.group(1).decode("ascii")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def decode_html(data: bytes) -> tuple[bytes, str, str]:
    """A page's bytes as UTF-8 for the HTML reader (which decodes anything else by a guess
    of its own and says nothing), with its text and the encoding's name as `decode` names
    it: UTF-8 as is, else the charset the page declares, else `decode`'s reading, so a
    guess nothing confirms is named " (guessed)" as for a text file (`doubtful`)."""
    try:
        text = data.decode("utf-8")
        return data, text, "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared is not None and codecs.lookup(declared).name != "utf-8":
        try:
            text, encoding = data.decode(declared), declared
        except UnicodeDecodeError:
            text = without_surrogates(data.decode(declared, errors="replace"))
            encoding = declared + LOSSY
    else:
        text, encoding = decode(data)
    return text.encode("utf-8", errors="replace"), text, encoding


def page_bytes(data: bytes, charset: str | None) -> tuple[bytes, str | None]:
    """A fetched page's or web archive record's bytes as UTF-8 for the HTML reader, by the
    charset its HTTP header declares, else as an HTML file's (`decode_html`); with the
    encoding's name when it was a guess nothing confirms (`doubtful`), else None."""
    if charset:
        try:
            codecs.lookup(charset)
            return as_utf8(data, charset), None
        except LookupError:
            pass
    data, text, encoding = decode_html(data)
    return data, encoding if doubtful(text, encoding) else None


def media_type(header: str | None) -> tuple[str, str | None]:
    """An HTTP Content-Type as (lower-case type, charset or None)."""
    kind, _, params = (header or "").partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return kind.strip().lower(), charset


def as_utf8(data: bytes, charset: str | None) -> bytes:
    """Bytes the HTML reader decodes right: it tries UTF-8, then guesses, and never sees the
    charset an HTTP header declared, so a Latin-1 page served with that header is
    transcoded here."""
    if not charset:
        return data
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    try:
        codecs.lookup(charset)
    except LookupError:
        return data
    return data.decode(charset, errors="replace").encode("utf-8")
