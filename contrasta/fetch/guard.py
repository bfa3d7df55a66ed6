"""Which addresses a fetch may reach: the SSRF guard.

A URL from a feed or a user can name any host, including the machine's own services, the
local network or a cloud metadata endpoint. Every host is resolved before a request and
every address it resolves to must be public; the fetcher checks the connected peer again,
so a name that resolves differently the second time (DNS rebinding) is caught too.

An IPv6 address can carry an IPv4 one (IPv4-mapped and -compatible, 6to4, NAT64, Teredo):
a gateway on the way delivers to that IPv4 address, so it is judged too. A host written
as a number in another form than four decimals (`0177.0.0.1` is octal, `0x7f.1` hex,
`2130706433` one number) is read differently by different resolvers, so it is refused
rather than guessed at.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass, field

from contrasta.i18n import N_, _

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Order matters: 127.0.0.1 is private as well, but "loopback" is what helps the user.
_KINDS = (
    ("is_unspecified", "unspecified"),
    ("is_loopback", "loopback"),
    ("is_link_local", "link-local"),
    ("is_multicast", "multicast"),
    ("is_reserved", "reserved"),
    ("is_private", "private"),
)
ALLOW_HINT = N_("pass --allow-private to fetch from this machine or your own network")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_COMPATIBLE = ipaddress.ip_network("::/96")
# What inet_aton accepts: one to four parts, each decimal, octal (leading 0) or hex (0x).
_NUMERIC_HOST = re.compile(r"(?:0x[0-9a-f]*|[0-9]+)(?:\.(?:0x[0-9a-f]*|[0-9]+)){0,3}\.?", re.I)


class Refused(Exception):
    """The host may not be reached: a refused address, or a name that does not resolve."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = _(ALLOW_HINT) if hint is None else hint


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses only, unless private ones are allowed wholesale or network by network."""

    allow_private: bool = False
    allow_networks: tuple[IPNetwork, ...] = field(default_factory=tuple)

    @classmethod
    def of(cls, allow_private: bool, networks: Iterable[str] = ()) -> AddressPolicy:
        return cls(allow_private, tuple(ipaddress.ip_network(n, strict=False) for n in networks))

    def check(self, address: IPAddress) -> None:
        if self.allow_private or any(address in net for net in self.allow_networks):
            return
        kind = non_public_kind(address)
        if kind:
            inside = [
                _("{address} inside {form}").format(address=v4, form=form)
                for form, v4 in embedded_ipv4(address)
                if _kind(v4)
            ]
            carried = f" ({', '.join(inside)})" if inside else ""
            refused = _("refused: {address} is a {kind} address").format(address=address, kind=kind)
            raise Refused(refused + carried)


def embedded_ipv4(address: IPAddress) -> list[tuple[str, ipaddress.IPv4Address]]:
    """The IPv4 addresses an IPv6 address carries, with the name of the form."""
    if not isinstance(address, ipaddress.IPv6Address):
        return []
    found = []
    if address.ipv4_mapped is not None:
        found.append(("IPv4-mapped", address.ipv4_mapped))
    if address.sixtofour is not None:
        found.append(("6to4", address.sixtofour))
    if address.teredo is not None:
        server, client = address.teredo
        found += [("Teredo", client), ("Teredo", server)]
    low = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address in _NAT64:
        found.append(("NAT64", low))
    if address in _COMPATIBLE and int(address) > 1:
        found.append(("IPv4-compatible", low))
    return found


def _kind(address: IPAddress) -> str | None:
    for attribute, kind in _KINDS:
        if getattr(address, attribute):
            return kind
    return None if address.is_global else "non-public"


def non_public_kind(address: IPAddress) -> str | None:
    """What makes an address unsafe to fetch from, or None when it is public: its own kind,
    else that of an IPv4 address it carries."""
    carried = [_kind(v4) for _, v4 in embedded_ipv4(address)]
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return carried[0]
    return next((kind for kind in carried if kind), None) or _kind(address)


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the host resolves to; an IP literal resolves to itself."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(host):
        raise Refused(
            _("refused: {host} is an ambiguous numeric host (octal, hex or short form)").format(
                host=host
            ),
            _("write the address as four decimal numbers, e.g. 93.184.216.34"),
        )
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise Refused(
            _("cannot resolve host {host}").format(host=host),
            _("check the URL, or the network connection"),
        ) from exc
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos))


def check_host(host: str, port: int, policy: AddressPolicy) -> None:
    """Refuse the host if any of its addresses is refused: the client may connect to any."""
    for address in resolve(host, port):
        policy.check(address)


def check_peer(peer: tuple | None, policy: AddressPolicy) -> None:
    """The address actually connected to, as the socket reports it."""
    if peer:
        policy.check(ipaddress.ip_address(str(peer[0]).split("%")[0]))
