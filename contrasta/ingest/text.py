"""Plain-text articles, as scrapers save them.

A few `key: value` lines may sit at the top (`date 2026-01-12`, `url: ...`); they are
metadata, not body. Scrapers write one paragraph per line, but hand-wrapped text also
occurs, so a line is joined to the next one only when it clearly continues mid-sentence.
"""

from __future__ import annotations

import re

from contrasta.dates import parse_date
from contrasta.model import RawDocument

_HEADER_KEYS = {
    "title": "title",
    "título": "title",
    "titulo": "title",
    "outlet": "outlet",
    "medio": "outlet",
    "url": "url",
    "date": "date",
    "fecha": "date",
    "author": "author",
    "autor": "author",
    "lang": "lang",
    "idioma": "lang",
}
_HEADER = re.compile(r"^\s*(?P<key>[A-Za-zÍíÚú]+)\s*(?::\s*|\s+(?=\d))(?P<value>\S.*?)\s*$")
_SENTENCE_END = re.compile(r"[.!?…:;»”\"')\]]$")


def parse_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """Leading metadata lines and the index of the first body line."""
    meta: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        match = _HEADER.match(line)
        key = _HEADER_KEYS.get(match["key"].lower()) if match else None
        if not key or key in meta:
            return meta, index
        meta[key] = match["value"]
    return meta, len(lines)


def paragraphs_from_lines(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    joinable = False
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            joinable = False
            continue
        if joinable and line[0].islower():
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        joinable = len(line) > 50 and not _SENTENCE_END.search(line)
    return paragraphs


def read_text(source: str, text: str) -> RawDocument:
    lines = text.splitlines()
    meta, start = parse_header(lines)
    paragraphs = paragraphs_from_lines(lines[start:])
    title = meta.get("title")
    if title is None and paragraphs:
        title = paragraphs.pop(0)
    published = parse_date(meta["date"]) if "date" in meta else None
    return RawDocument(
        source=source,
        fmt="text",
        text=text,
        title=title,
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        author=meta.get("author"),
        published=published,
        lang=meta.get("lang"),
        paragraphs=paragraphs,
    )
