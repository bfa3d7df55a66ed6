"""Web archives (WARC, e.g. Common Crawl News): each HTML response record is one article.

A WARC file is streamed record by record and never held whole, so the size limit
(`--max-size`) applies to each record, not to the file: a 1 GB crawl segment is read, a
50 MB record inside it is refused. Records that are not pages (requests, metadata, robots,
images, redirects, errors) are passed over silently; an HTML record without an article is
an InputError value named `file@offset` (the byte offset `warcio extract` takes), and a
file that breaks in the middle (a cut download) ends with one InputError for the rest.
The record's WARC-Date, the crawl time, is the article's ingestion time: the base for
relative dates in its text and where an undated article is placed.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from contrasta.dates import parse_date
from contrasta.errors import INTERNAL_HINT, InputError, describe
from contrasta.fetch.captured import Captured, as_utf8, media_type, size_label
from contrasta.ingest.decode import check_text_bytes
from contrasta.ingest.files import open_regular, shown_path
from contrasta.ingest.html import read_html
from contrasta.model import RawDocument

WARC_SUFFIXES = (".warc.gz", ".warc")
_HTML = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16
_CUT_HINT = "is the download complete?"


def _crawl_time(value: str | None) -> datetime | None:
    """The WARC-Date, unless it is absurd: it becomes the base for every relative date in
    the page, and a year-9999 crawl would put those past the end of the calendar."""
    return parse_date(value) if value else None


def _read_capped(stream, cap: int) -> bytes:
    """Up to cap + 1 bytes: one byte over is enough to know the record is too large."""
    chunks, size = [], 0
    while size <= cap:
        chunk = stream.read(min(_CHUNK, cap + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _is_page(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    kind, _ = media_type(record.http_headers.get_header("Content-Type"))
    return record.http_headers.get_statuscode() == "200" and kind in _HTML


def _document(data: bytes, record, source: str, max_bytes: int) -> Captured | InputError:
    if len(data) > max_bytes:
        return InputError(
            f"record over the {size_label(max_bytes)} limit",
            "raise the limit with --max-size",
            source,
        )
    _, charset = media_type(record.http_headers.get_header("Content-Type"))
    try:
        data = as_utf8(data, charset)
        check_text_bytes(data)
        raw = read_html(source, data)
    except InputError as exc:
        return InputError(str(exc), exc.hint, source)
    except Exception as exc:  # one odd page must cost itself, not the archive
        return InputError(f"cannot read the record ({describe(exc)})", INTERNAL_HINT, source)
    values = {f.name: getattr(raw, f.name) for f in fields(RawDocument)}
    values["url"] = raw.url or record.rec_headers.get_header("WARC-Target-URI")
    return Captured(**values, fetched_at=_crawl_time(record.rec_headers.get_header("WARC-Date")))


def _whole(record) -> bool:
    """Every WARC record states its length; a cut inside its header block leaves none, a
    cut inside its content leaves declared bytes that never came."""
    declared = record.rec_headers.get_header("Content-Length") or ""
    return declared.strip().isdigit() and getattr(record.raw_stream, "limit", 0) == 0


def _cut(offset: int, detail: str, source: str) -> InputError:
    return InputError(
        f"WARC file cut or broken at byte {offset} ({detail})",
        f"every complete record before it was read; {_CUT_HINT}",
        source,
    )


def _member_complete(stream: BinaryIO, offset: int) -> bool:
    """Whether the gzip member at `offset` runs to its end: a file cut inside the last
    member's trailer still yields the whole record, and only zlib can tell it is cut."""
    stream.seek(offset)
    member = zlib.decompressobj(wbits=31)
    while not member.eof:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return False
        member.decompress(chunk, 0)
    return True


def _records(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Captured | InputError]:
    size = os.fstat(stream.fileno()).st_size
    if size == 0:
        yield InputError("empty file", "nothing to read; remove it or check the crawler", source)
        return
    records = ArchiveIterator(stream)
    end = 0  # where the last complete record ends: where a cut file stopped being whole
    start = 0
    try:
        for record in records:
            if record.format != "warc":
                yield InputError(f"not a WARC record at byte {end}", "is this a WARC file?", source)
                return
            data = _read_capped(record.content_stream(), max_bytes) if _is_page(record) else None
            # Only after the read: asking for the offset reads the record to its end.
            start = records.get_record_offset()
            if not _whole(record):
                yield _cut(start, "the file ends inside the record there", source)
                return
            end = start + records.get_record_length()
            if data is not None:
                yield _document(data, record, f"{source}@{start}", max_bytes)
    except Exception as exc:  # warcio fails in many ways on a cut or garbled file
        if end == 0:
            yield InputError(
                f"not a WARC file, or cut inside its first record ({describe(exc)})",
                f"is this a WARC file? {_CUT_HINT}",
                source,
            )
        else:
            yield _cut(end, describe(exc), source)
        return
    if records.offset < size:
        yield _cut(records.offset, "what follows is not a whole record", source)
    elif end and _gzipped(stream) and not _member_complete(stream, start):
        yield _cut(start, "the file ends inside the gzip member there", source)


def _gzipped(stream: BinaryIO) -> bool:
    stream.seek(0)
    return stream.read(2) == b"\x1f\x8b"


def read_warc(path: Path, max_bytes: int) -> Iterator[Captured | InputError]:
    """The pages in one web archive and the reasons for those that cannot be read; a cut or
    garbled file ends with one InputError naming the byte where it stopped being whole.
    Never raises."""
    source = shown_path(path)
    try:
        stream = open_regular(path)
    except InputError as exc:
        yield InputError(str(exc), exc.hint, source)
        return
    except OSError as exc:
        yield InputError(
            f"cannot read ({exc.strerror or describe(exc)})", "check permissions", source
        )
        return
    with stream:
        yield from _records(stream, source, max_bytes)
