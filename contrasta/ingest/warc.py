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

import contextlib
import io
import logging
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from contrasta.dates import parse_date
from contrasta.errors import (
    CANNOT_READ,
    CHECK_PERMISSIONS,
    EMPTY_FILE,
    INTERNAL_HINT,
    RAISE_LIMIT,
    InputError,
    describe,
    os_reason,
)
from contrasta.i18n import N_, _
from contrasta.ingest.decode import check_text_bytes, media_type, page_bytes
from contrasta.ingest.files import open_regular, shown_path
from contrasta.ingest.html import read_html
from contrasta.limits import size_label
from contrasta.model import Captured, RawDocument

WARC_SUFFIXES = (".warc.gz", ".warc")
_HTML = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16
_CUT_HINT = N_("is the download complete?")
IS_WARC = N_("is this a WARC file?")
_RECORD_TYPES = frozenset(
    "warcinfo response resource request metadata revisit conversion continuation".split()
)
log = logging.getLogger(__name__)
_MEDIA_TYPE = re.compile(r"[\w.+-]+/[\w.+-]+")


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


def _unreadable(record) -> str | None:
    """Why a record that is passed over is damaged rather than simply not a page: an
    unknown record type, a response without a readable status or content type."""
    if record.rec_type not in _RECORD_TYPES:
        return _("record of unknown type {type}").format(type=_shown(record.rec_type))
    if record.rec_type != "response":
        return None
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if not (status and status.isdigit() and len(status) == 3):
        return _("response record without a readable HTTP status")
    kind, _charset = media_type(record.http_headers.get_header("Content-Type"))
    if status == "200" and kind and not _MEDIA_TYPE.fullmatch(kind):
        return _("response record with an unreadable Content-Type {type}").format(type=_shown(kind))
    return None


def _shown(value: str | None) -> str:
    return repr(value if value is None or len(value) <= 40 else value[:40] + "…")


def _is_page(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    kind, _charset = media_type(record.http_headers.get_header("Content-Type"))
    return record.http_headers.get_statuscode() == "200" and kind in _HTML


def _document(data: bytes, record, source: str, max_bytes: int) -> Captured | InputError:
    if len(data) > max_bytes:
        return InputError(
            _("record over the {limit} limit").format(limit=size_label(max_bytes)),
            _(RAISE_LIMIT),
            source,
        )
    _type, charset = media_type(record.http_headers.get_header("Content-Type"))
    try:
        check_text_bytes(data)
        data, guessed = page_bytes(data, charset)
        raw = read_html(source, data)
        raw.guessed_encoding = guessed
    except InputError as exc:
        return InputError(str(exc), exc.hint, source)
    except Exception as exc:  # one odd page must cost itself, not the archive
        log.exception("reading the record %s", source)
        reason = _("cannot read the record ({reason})").format(reason=describe(exc))
        return InputError(reason, INTERNAL_HINT, source)
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
        _("WARC file cut or broken at byte {offset} ({detail})").format(
            offset=offset, detail=detail
        ),
        _("every complete record before it was read") + "; " + _(_CUT_HINT),
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
    """The archive's pages, then a damage warcio only printed, as a problem of its own."""
    noise = io.StringIO()  # warcio prints its warnings, with raw bytes, to stderr
    yield from _parse(stream, source, max_bytes, noise)
    if damaged := _misaligned(noise.getvalue()):
        yield InputError(
            _(
                "damaged archive: a record ends at byte {offset} without the blank line"
                " that should follow it"
            ).format(offset=damaged),
            _("its Content-Length is probably wrong; the records around it may be garbled"),
            source,
        )


def _parse(
    stream: BinaryIO, source: str, max_bytes: int, noise: io.StringIO
) -> Iterator[Captured | InputError]:
    size = os.fstat(stream.fileno()).st_size
    if size == 0:
        yield InputError(
            _(EMPTY_FILE), _("nothing to read; remove it or check the crawler"), source
        )
        return
    from warcio.archiveiterator import ArchiveIterator  # ~0.025 CPU s: only for an archive

    records = ArchiveIterator(stream)
    following = iter(records)
    end = 0  # where the last complete record ends: where a cut file stopped being whole
    start = 0
    try:
        while True:
            with contextlib.redirect_stderr(noise):
                record = next(following, None)
                if record is None:
                    break
                page = record.format == "warc" and _is_page(record)
                damage = _unreadable(record) if record.format == "warc" else None
                data = _read_capped(record.content_stream(), max_bytes) if page else None
                # Only after the read: asking for the offset reads the record to its end.
                start, length = records.get_record_offset(), records.get_record_length()
            if record.format != "warc":
                yield InputError(
                    _("not a WARC record at byte {offset}").format(offset=end),
                    _(IS_WARC),
                    source,
                )
                return
            if not _whole(record):
                yield _cut(start, _("the file ends inside the record there"), source)
                return
            end = start + length
            if damage:
                hint = _("the archive is damaged there; the record was skipped")
                at = _("{damage} at byte {offset}").format(damage=damage, offset=start)
                yield InputError(at, hint, f"{source}@{start}")
            if data is not None:
                yield _document(data, record, f"{source}@{start}", max_bytes)
    except Exception as exc:  # warcio fails in many ways on a cut or garbled file
        if end == 0:
            yield InputError(
                _("not a WARC file, or cut inside its first record ({reason})").format(
                    reason=describe(exc)
                ),
                _(IS_WARC) + " " + _(_CUT_HINT),
                source,
            )
        else:
            yield _cut(end, describe(exc), source)
        return
    if records.offset < size:
        yield _cut(records.offset, _("what follows is not a whole record"), source)
    elif end and _gzipped(stream) and not _member_complete(stream, start):
        yield _cut(start, _("the file ends inside the gzip member there"), source)


def _misaligned(warnings: str) -> int | None:
    """The offset of warcio's first "Record not followed by newline" warning, if any."""
    found = re.search(r"Record not followed by newline.*?Offset: (\d+)", warnings, re.DOTALL)
    return int(found.group(1)) if found else None


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
            _(CANNOT_READ).format(reason=os_reason(exc)),
            _(CHECK_PERMISSIONS),
            source,
        )
        return
    with stream:
        yield from _records(stream, source, max_bytes)
