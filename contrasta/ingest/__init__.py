"""Sources to raw documents: find the files, pick a reader by type, never stop on one.

Every reader turns its format into the same RawDocument; a failure becomes an InputError
value in the stream (with the path and the reason), so the caller reports it and goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from contrasta.errors import InputError
from contrasta.ingest.decode import check_text_bytes, decode
from contrasta.ingest.html import read_html
from contrasta.ingest.jsonl import read_jsonl
from contrasta.ingest.text import read_text
from contrasta.ingest.warc import WARC_SUFFIXES, read_warc
from contrasta.model import RawDocument

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | set(WARC_SUFFIXES)
MB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MB


def file_suffix(path: Path) -> str:
    """The lower-case suffix that picks the reader; `.warc.gz` counts as one."""
    name = path.name.lower()
    return next((s for s in WARC_SUFFIXES if name.endswith(s)), path.suffix.lower())


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    missing: list[InputError] = field(default_factory=list)


def discover(paths: Iterable[str | Path]) -> Discovery:
    """Walk directories recursively, in a stable order, sorting files into known and not."""
    found = Discovery()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = sorted(
                Path(root) / name
                for root, dirs, names in os.walk(path)
                for name in names
                if not name.startswith(".")
            )
        elif path.exists():
            candidates = [path]
        else:
            found.missing.append(
                InputError("no such file or directory", "check the path", source=str(path))
            )
            continue
        for candidate in candidates:
            if file_suffix(candidate) in KNOWN_SUFFIXES:
                found.files.append(candidate)
            else:
                found.skipped.append(candidate)
    return found


def read_bytes(source: str, data: bytes, suffix: str) -> Iterator[RawDocument | InputError]:
    """The documents in one file's bytes, reader chosen by suffix; raises InputError for a
    file that cannot be read at all. Shared by `read_file` and the Spark stages, which get
    bytes, not paths."""
    if suffix in HTML_SUFFIXES:
        check_text_bytes(data)
        yield read_html(source, data)
        return
    text, _encoding = decode(data)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(source, text)
        return
    yield read_text(source, text)


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | InputError]:
    """Yield the documents in one file, or the reason it could not be read.

    `max_bytes` limits a file, except a web archive: there it limits each record."""
    source = str(path)
    try:
        if file_suffix(path) in WARC_SUFFIXES:
            yield from read_warc(path, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"file too large ({size / MB:.1f} MB > {max_bytes / MB:.0f} MB limit)",
                "split it, or raise the limit with --max-size",
            )
        yield from read_bytes(source, path.read_bytes(), file_suffix(path))
    except InputError as exc:
        yield InputError(str(exc), exc.hint, source=source)
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror or exc})", "check permissions", source)
