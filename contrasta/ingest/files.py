"""Opening input files: only regular files, sized on the open descriptor, read bounded.

A path can name anything. A FIFO blocks a read until someone writes to it, a link to
`/dev/zero` never ends, a file can be swapped for either between listing and reading. So
the listing skips what is not a regular file, and the reader opens without blocking and
checks the type and size on the descriptor it reads, never on the name.

File names are bytes on Linux; one that is not UTF-8 reaches Python with surrogate
escapes, which neither SQLite nor a terminal accepts. `shown_path` is the one spelling of
a path stored and shown: undecodable bytes written as `\\xff`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from contrasta.errors import InputError
from contrasta.i18n import N_, _, number
from contrasta.limits import MB

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, N_("a FIFO")),
    (stat.S_ISCHR, N_("a character device")),
    (stat.S_ISBLK, N_("a block device")),
    (stat.S_ISSOCK, N_("a socket")),
)
NOT_REGULAR_HINT = N_("only regular files are read; it was skipped")


def shown_path(path: str | Path) -> str:
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def special_kind(mode: int) -> str | None:
    """What a file is when it is not a regular file (None when it is one)."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), N_("something else"))


def not_regular(path: Path, kind: str) -> InputError:
    reason = _("not a regular file ({kind})").format(kind=_(kind))
    return InputError(reason, _(NOT_REGULAR_HINT), shown_path(path))


def open_regular(path: Path) -> BinaryIO:
    """The file opened for reading, or InputError when it is not a regular file.

    O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind:
            raise not_regular(path, kind)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def too_large(size: int, max_bytes: int) -> InputError:
    """A file over --max-size (also the Spark job's problem row)."""
    return InputError(
        _("file too large ({size} MB > {limit} MB limit)").format(
            size=number(size / MB, 1), limit=number(max_bytes / MB)
        ),
        _("split it, or raise the limit with --max-size"),
    )


def read_bounded(stream: BinaryIO, max_bytes: int) -> bytes:
    """The whole file, refused when its size (on the descriptor) is over `max_bytes`; at
    most one byte over is read, so a file that grows while read is refused too."""
    size = os.fstat(stream.fileno()).st_size
    if size > max_bytes:
        raise too_large(size, max_bytes)
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    return data
