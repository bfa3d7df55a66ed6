"""`contrasta serve`: bind, say where to go (and the token when one must be typed), run."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

import uvicorn

from contrasta.errors import ContrastaError, os_reason
from contrasta.i18n import _
from contrasta.web.app import create_app
from contrasta.web.pages import warm
from contrasta.web.settings import TOKEN_FIELD, TOKEN_HEADER, Settings


def announce(settings: Settings, port: int) -> list[str]:
    """What the user needs to know before opening the browser."""
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    lines = [f"contrasta: http://{host}:{port}/"]
    if not settings.write:
        lines.append(_("read-only: start with --write to upload, merge and split"))
    elif settings.token_in_forms:
        lines.append(_("writes on: upload, merge and split from this machine's browser"))
    else:
        needs = _("writes need this token (form field `{field}` or header {header})").format(
            field=TOKEN_FIELD, header=TOKEN_HEADER
        )
        lines.append(f"{needs}: {settings.token}")
    if not settings.local:
        lines.append(
            _(
                "listening beyond this machine on {host}: anyone who can reach it can read"
                " every stored article"
            ).format(host=settings.host)
        )
    return lines


def serve(settings: Settings, port: int, say: Callable[[str], None], warmed: bool = True) -> None:
    """`warmed`: render the most recent stories' pages in the background at start, so the
    pages a reader most likely opens first are ready (off only to measure what a story
    outside them costs: the templates are compiled all the same)."""
    listening = listen(settings.host, port)
    for line in announce(settings, listening.getsockname()[1]):
        say(line)
    app = create_app(settings)
    stories = app.state.caches.dossiers.size if warmed else 0
    threading.Thread(target=warm, args=(app.state, stories), daemon=True).start()
    config = uvicorn.Config(app, log_level="warning")
    uvicorn.Server(config).run(sockets=[listening])


def listen(host: str, port: int) -> socket.socket:
    """Bind before announcing, so a taken port is one clear error, not a log line. The
    protocol is named: asyncio turns Nagle's algorithm off only on sockets that say they are
    TCP, and with it on, every answer on a kept-alive connection waited ~40 ms for the
    client's delayed acknowledgement."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ContrastaError(
            _("cannot listen on {address}: {reason}").format(
                address=f"{host}:{port}", reason=os_reason(exc)
            ),
            _("choose another --port, or stop what is using it"),
        ) from exc
    sock.listen(128)
    return sock
