"""The header of a scraped text: `key: value` lines at the top that say what the article is.

Scrapers and people saving articles by hand write a few lines such as `title: …`,
`fecha: 2026-01-12`, `url: …` before the body, in any case, often indented, sometimes with
the colon missing (`date 2026-01-12`) and sometimes with the headline glued to the end of a
line (`date 2026-01-12 Headline text`). They are metadata, not article text, and they must
be read before anything else, so that the headline is chosen among the lines that follow.

A line counts only when its value has the shape its key expects (a date for `fecha`, a URL
for `url`, a short code for `lang`): "Fecha histórica para el puerto" opens an article, it
is not a header. Header lines are looked for above the body, among the masthead, meter and
headline lines a scraper may have put first; the first line that reads as body text ends
the search. When a key comes twice, the first value counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from contrasta.clean.headline import opens_body
from contrasta.clean.metadata import DATE_PREFIX
from contrasta.clean.rules import EXTRACT, Rule, match_line
from contrasta.i18n import N_

_KEYS = {
    "title": "title",
    "título": "title",
    "titulo": "title",
    "outlet": "outlet",
    "medio": "outlet",
    "url": "url",
    "link": "url",
    "date": "date",
    "fecha": "date",
    "author": "author",
    "autor": "author",
    "lang": "lang",
    "idioma": "lang",
}
# The key, then a colon or (without one) a value that starts like a date or a URL.
_LINE = re.compile(
    r"\s*(?P<key>[^\W\d_]{3,7})\s*(?::\s*|\s+(?=\d|https?://|www\.))(?P<value>\S.*?)\s*$"
)
_URL = re.compile(r"(?:https?://|www\.)\S+")

HEADER = Rule(
    id="header",
    description=N_(
        "Header line above the article's text (title:, fecha:, url:, autor:…), also glued "
        "to the headline; read as the article's metadata."
    ),
    patterns=(_LINE,),
    action=EXTRACT,
)
_LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?|[^\W\d_]{4,12}")


@dataclass(frozen=True)
class HeaderLine:
    """One header line: what it says, its header part, and the text glued after it."""

    key: str
    value: str
    part: str
    rest: str = ""


@dataclass
class Header:
    """The metadata the header states, and which leading lines it took (by position)."""

    meta: dict[str, str] = field(default_factory=dict)
    lines: dict[int, HeaderLine] = field(default_factory=dict)


def read_header_line(line: str) -> HeaderLine | None:
    """`line` as a header line, or None; a date or URL value may carry glued body text."""
    match = _LINE.match(line)
    if match is None:
        return None
    key = _KEYS.get(match["key"].lower())
    value = match["value"]
    if key is None:
        return None
    if key == "date":
        date = DATE_PREFIX.match(value)
        if date is None:
            return None
        return _split(line, key, value, date.end())
    if key == "url":
        url = _URL.match(value)
        return None if url is None else _split(line, key, value, url.end())
    if key == "lang" and not _LANG.fullmatch(value):
        return None
    return HeaderLine(key=key, value=value, part=line.strip())


def _split(line: str, key: str, value: str, end: int) -> HeaderLine:
    rest = value[end:].strip()
    part = line.strip()
    if rest:
        part = part[: len(part) - len(value)] + value[:end].rstrip()
    return HeaderLine(key=key, value=value[:end].strip(), part=part.strip(), rest=rest)


def read_header(lines: list[str]) -> Header:
    """The header lines above the body of `lines`.

    Past the first lines, a date alone on its line is left to the cleaner's date-line rule:
    there it is a dateline of the page, not the scraper's header.
    """
    header = Header()
    leading = True
    for position, line in enumerate(lines):
        found = read_header_line(line)
        if found is None:
            leading = leading and not line.strip()
            if opens_body(line.strip()) and match_line(line.strip()) is None:
                break
            continue
        if leading or found.key != "date" or found.rest:
            header.meta.setdefault(found.key, found.value)
            header.lines[position] = found
    return header
