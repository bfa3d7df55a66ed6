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

import zlib
from collections.abc import Iterator
from dataclasses import fields
from datetime import datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from contrasta.errors import InputError
from contrasta.fetch.captured import Captured, as_utf8, media_type, size_label
from contrasta.ingest.decode import check_text_bytes
from contrasta.ingest.html import read_html
from contrasta.model import RawDocument

WARC_SUFFIXES = (".warc.gz", ".warc")
_HTML = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16
_CUT_HINT = "is the download complete?"


def _crawl_time(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None) if value else None
    except ValueError:
        return None


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
    if getattr(record.raw_stream, "limit", 0) > 0:  # bytes the record declared, never read
        return InputError("record cut short: the file ends inside it", _CUT_HINT, source)
    _, charset = media_type(record.http_headers.get_header("Content-Type"))
    try:
        data = as_utf8(data, charset)
        check_text_bytes(data)
        raw = read_html(source, data)
    except InputError as exc:
        return InputError(str(exc), exc.hint, source)
    except Exception as exc:  # one odd page must cost itself, not the archive
        return InputError(f"internal error reading the record: {exc!r}", "please report it", source)
    values = {f.name: getattr(raw, f.name) for f in fields(RawDocument)}
    values["url"] = raw.url or record.rec_headers.get_header("WARC-Target-URI")
    return Captured(**values, fetched_at=_crawl_time(record.rec_headers.get_header("WARC-Date")))


def read_warc(path: Path, max_bytes: int) -> Iterator[Captured | InputError]:
    offset = 0
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                if record.format != "warc":
                    yield InputError(
                        f"not a WARC record at byte {offset}", "is this a WARC file?", str(path)
                    )
                    return
                data = (
                    _read_capped(record.content_stream(), max_bytes) if _is_page(record) else None
                )
                # Only after the read: asking for the offset reads the record to its end.
                offset = records.get_record_offset()
                if data is not None:
                    yield _document(data, record, f"{path}@{offset}", max_bytes)
        except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as exc:
            yield InputError(
                f"WARC file broken after byte {offset} ({exc})",
                f"the rest of the file was skipped; {_CUT_HINT}",
                str(path),
            )
