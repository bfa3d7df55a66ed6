"""The web app served for real on 127.0.0.1 (uvicorn in a thread, a port of its own), over
a private copy of a database, for the web and browser tests."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from contrasta.web import Settings, create_app
from contrasta.web.server import listen


@dataclass
class Live:
    url: str
    settings: Settings
    app: object


def copy_db(source: Path, target: Path) -> Path:
    """SQLite's backup API: a consistent copy even with a WAL beside the file."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@contextmanager
def live_server(settings: Settings) -> Iterator[Live]:
    app = create_app(settings)
    sock = listen("127.0.0.1", 0)  # as `contrasta serve` binds (Nagle off on its connections)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web server did not start")
        time.sleep(0.02)
    try:
        yield Live(f"http://127.0.0.1:{sock.getsockname()[1]}", settings, app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
