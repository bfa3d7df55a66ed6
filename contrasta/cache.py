"""Copies of installed data in forms that load fast, kept in the user's cache folder.

A short run pays every load in full: USE's weights come compressed (~0.35 CPU s to read)
and wordfreq's lists are read into dictionaries of 340,000 words (~0.3 s with wordfreq's
own imports) for the few thousand words a run looks up. Each copy is built from what is
installed, never downloaded, the first time a process needs it, and said once
(`announce`); its name carries the version of what it was built from and of its own
layout, so an upgrade builds a new one beside it. A folder that cannot be written costs
speed, never a result: the data is then read as installed.

The folder is `$CONTRASTA_CACHE`, else `$XDG_CACHE_HOME/contrasta`, else
`~/.cache/contrasta`.
"""

from __future__ import annotations

import logging
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ENV = "CONTRASTA_CACHE"


def _log_announcement(what: str, where: Path) -> None:
    log.info("building %s once, in %s", what, where)


announce: Callable[[str, Path], None] = _log_announcement
"""Told what is being built (a message id marked with `N_`, said once per process) and in
which folder, before it is: the command line prints it; a library user's process logs it."""
_announced: set[str] = set()


def folder() -> Path | None:
    """None for a user with no home folder: nothing is kept then."""
    explicit = os.environ.get(ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = Path.home() / ".cache"
        except RuntimeError:
            return None
    return Path(base) / "contrasta"


def cached(name: str, what: str, write: Callable[[Path], None]) -> Path | None:
    """The path of the copy `name`, written by `write(path)` if it is not there yet; None
    when it cannot be written. It is written whole (`_whole`): two processes building one
    at once both get a whole copy."""
    base = folder()
    if base is None:
        return None
    path = base / name
    if path.exists():
        return path
    try:
        if what not in _announced:
            _announced.add(what)
            announce(what, path.parent)
        _whole(path, write)
    except OSError as exc:
        if path.exists():  # another process put its copy in place first
            return path
        log.info("could not keep %s in %s (%s): reading it as installed", what, path, exc)
        return None
    return path


def kept(name: str, what: str, build: Callable[[], Any]) -> Any:
    """`build()`, plain data (strings, bytes, numbers and lists, tuples and dicts of them),
    read from the copy `name` in marshal's form (~4 times faster to read than to build the
    dictionaries it is used for), built and kept at the first use."""
    built = []

    def write(path: Path) -> None:
        built.append(build())
        path.write_bytes(marshal.dumps(built[0]))

    path = cached(name, what, write)
    if built:
        return built[0]
    if path is not None:
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            log.info("could not read %s: reading it as installed", path)
    return build()


def replace(name: str, data: bytes) -> None:
    """Write the copy `name` anew, renamed into place when whole; nothing when the folder
    cannot be written."""
    base = folder()
    if base is None:
        return
    path = base / name
    try:
        _whole(path, lambda partial: partial.write_bytes(data))
    except OSError as exc:
        log.info("could not keep %s (%s)", path, exc)


def _whole(path: Path, write: Callable[[Path], None]) -> None:
    """`write` fills a temporary path beside `path`, renamed into place when complete, so
    that a copy is never seen half written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".building-") as tmp:
        partial = Path(tmp) / path.name
        write(partial)
        os.replace(partial, path)
