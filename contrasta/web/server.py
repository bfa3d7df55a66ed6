"""`contrasta serve`: bind, say where to go (and the token when one must be typed), run."""

from __future__ import annotations

import ipaddress
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
    wildcard = _unspecified(settings.host)
    lines = [
        f"contrasta: http://{_in_url(address)}:{port}/" for address in addresses(settings.host)
    ]
    if not settings.write:
        lines.append(_("read-only: start with --write to upload, merge and split"))
    elif settings.token_in_forms:
        lines.append(_("writes on: upload, merge and split from this machine's browser"))
    else:
        needs = _("writes need this token (form field `{field}` or header {header})").format(
            field=TOKEN_FIELD, header=TOKEN_HEADER
        )
        lines.append(f"{needs}: {settings.token}")
    if wildcard:
        lines.append(
            _(
                "listening on all interfaces ({host}): anyone who can reach this machine can"
                " read every stored article"
            ).format(host=settings.host)
        )
    elif not settings.local:
        lines.append(
            _(
                "listening beyond this machine on {host}: anyone who can reach it can read"
                " every stored article"
            ).format(host=settings.host)
        )
    return lines


def addresses(host: str) -> list[str]:
    """The addresses a browser can open for a server bound to `host`: `host` itself, but for
    an address that means every interface (0.0.0.0, ::), which no browser can open, this
    machine's loopback first, then its addresses on the network (a phone on the same Wi-Fi
    opens those). An IPv6 wildcard also takes IPv4 on most systems: both are listed."""
    if not _unspecified(host):
        return [host]
    families = [socket.AF_INET6, socket.AF_INET] if ":" in host else [socket.AF_INET]
    loopback = ["::1", "127.0.0.1"] if ":" in host else ["127.0.0.1"]
    return loopback + [address for family in families for address in _network_addresses(family)]


# An address of the documentation ranges (RFC 5737, RFC 3849): routed like any address out
# of the machine, never one a network uses.
_PROBES = {socket.AF_INET: "192.0.2.1", socket.AF_INET6: "2001:db8::1"}


def _network_addresses(family: int) -> list[str]:
    """This machine's own address on its network for `family`: the one the system would
    send from towards an address outside it. "Connecting" a UDP socket only looks the route
    up in the kernel; nothing is sent, so no network is asked. None when there is no route
    (no network) or the source is a loopback or link-local address."""
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as probe:
            probe.connect((_PROBES[family], 9))
            found = probe.getsockname()[0]
    except OSError:
        return []
    address = ipaddress.ip_address(found.split("%", 1)[0])
    if address.is_loopback or address.is_link_local or address.is_unspecified:
        return []
    return [str(address)]


def _unspecified(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_unspecified
    except ValueError:
        return host == ""


def _in_url(address: str) -> str:
    return f"[{address.strip('[]')}]" if ":" in address else address


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
