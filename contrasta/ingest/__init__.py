"""Sources to raw documents: find the files, pick a reader by type, never stop on one.

Every reader turns its format into the same RawDocument; a failure becomes an InputError
value in the stream (with the path and the reason), so the caller reports it and goes on.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from contrasta.errors import (
    CANNOT_READ,
    CHECK_PATH,
    CHECK_PERMISSIONS,
    INTERNAL_HINT,
    InputError,
    describe,
    os_reason,
)
from contrasta.i18n import N_, _
from contrasta.ingest.decode import (
    check_text_bytes,
    decode,
    decode_html,
    decode_lines,
    doubtful,
)
from contrasta.ingest.files import (
    not_regular,
    open_regular,
    read_bounded,
    shown_path,
    special_kind,
)
from contrasta.ingest.html import read_html
from contrasta.ingest.jsonl import read_jsonl
from contrasta.ingest.text import read_text
from contrasta.ingest.warc import WARC_SUFFIXES, read_warc
from contrasta.limits import DEFAULT_MAX_BYTES
from contrasta.model import RawDocument

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | set(WARC_SUFFIXES)
log = logging.getLogger(__name__)

NO_SUCH_PATH = N_("no such file or directory")


def file_suffix(path: Path) -> str:
    """The lower-case suffix that picks the reader; `.warc.gz` counts as one."""
    name = path.name.lower()
    return next((s for s in WARC_SUFFIXES if name.endswith(s)), path.suffix.lower())


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # unknown file types
    unreadable: list[InputError] = field(default_factory=list)  # missing, or not a file


def _listed(path: Path, found: Discovery) -> None:
    """Sort one path: a known type to read, an unknown one to skip, anything that is not a
    regular file (a FIFO, a device, a link to one) to report without opening it."""
    if file_suffix(path) not in KNOWN_SUFFIXES:
        found.skipped.append(path)
        return
    try:
        kind = special_kind(path.stat().st_mode)
    except OSError as exc:
        found.unreadable.append(_os_error(exc, path))
        return
    if kind:
        found.unreadable.append(not_regular(path, kind))
    else:
        found.files.append(path)


def discover(paths: Iterable[str | Path], own: Iterable[str | Path] = ()) -> Discovery:
    """Walk directories recursively, in a stable order, sorting files into known and not.
    `own` names contrasta's own files and folders (its database and the reports it
    writes): a walk passes them by without a word; a path given by name is still read."""
    found = Discovery()
    leave = {_real(p) for p in own}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = []
            for root, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if _real(Path(root) / d) not in leave]
                candidates += [
                    Path(root) / name
                    for name in names
                    if not name.startswith(".") and _real(Path(root) / name) not in leave
                ]
            candidates.sort()
        elif path.exists() or path.is_symlink():
            candidates = [path]
        else:
            found.unreadable.append(InputError(_(NO_SUCH_PATH), _(CHECK_PATH), shown_path(path)))
            continue
        for candidate in candidates:
            _listed(candidate, found)
    return found


def _real(path: str | Path) -> Path:
    return Path(os.path.realpath(path))


def _os_error(exc: OSError, path: Path) -> InputError:
    return InputError(
        _(CANNOT_READ).format(reason=os_reason(exc)),
        _(CHECK_PERMISSIONS),
        shown_path(path),
    )


def _readers(source: str, data: bytes, suffix: str) -> Iterator[RawDocument | InputError]:
    if suffix in HTML_SUFFIXES:
        check_text_bytes(data)
        data, text, encoding = decode_html(data)
        yield _decoded(read_html(source, data), text, encoding)
        return
    if suffix in JSONL_SUFFIXES:
        text, _encoding = decode_lines(data)
        yield from read_jsonl(source, text)
        return
    text, encoding = decode(data)
    yield _decoded(read_text(source, text), text, encoding)


def _decoded(raw: RawDocument, text: str, encoding: str) -> RawDocument:
    """The document with the encoding its file was read by when decoding reinterpreted or
    replaced much of the file (`doubtful`), as a web page's is kept: `prepare` warns of
    both, once, beside the article it keeps."""
    if doubtful(text, encoding):
        raw.guessed_encoding = encoding
    return raw


def read_bytes(source: str, data: bytes, suffix: str) -> Iterator[RawDocument | InputError]:
    """The documents in one file's bytes, reader chosen by suffix, or the reasons they
    could not be read; never raises. Shared by `read_file` and the Spark stages, which
    get bytes, not paths."""
    try:
        yield from _readers(source, data, suffix)
    except InputError as exc:
        yield InputError(str(exc), exc.hint, exc.source or source)
    except Exception as exc:  # a reader's bug must cost this file, not the batch
        log.exception("reading %s", source)
        reason = _("cannot read it ({reason})").format(reason=describe(exc))
        yield InputError(reason, INTERNAL_HINT, source)


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | InputError]:
    """Yield the documents in one file, or the reasons it could not be read; never raises.

    `max_bytes` limits a file, except a web archive: there it limits each record."""
    source = shown_path(path)
    suffix = file_suffix(path)
    if suffix in WARC_SUFFIXES:
        yield from read_warc(path, max_bytes)
        return
    try:
        with open_regular(path) as stream:
            data = read_bounded(stream, max_bytes)
    except InputError as exc:
        yield InputError(str(exc), exc.hint, source)
        return
    except OSError as exc:
        yield _os_error(exc, path)
        return
    yield from read_bytes(source, data, suffix)
