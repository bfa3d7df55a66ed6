"""Which addresses a fetch may reach: the SSRF guard.

A URL from a feed or a user can name any host, including the machine's own services, the
local network or a cloud metadata endpoint. Every host is resolved before a request and
every address it resolves to must be public; the fetcher checks the connected peer again,
so a name that resolves differently the second time (DNS rebinding) is caught too.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass, field

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
ALLOW_HINT = "pass --allow-private to fetch from this machine or your own network"


class Refused(Exception):
    """The host may not be reached: a refused address, or a name that does not resolve."""

    def __init__(self, message: str, hint: str = ALLOW_HINT) -> None:
        super().__init__(message)
        self.hint = hint


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
            raise Refused(f"refused: {address} is a {kind} address")


def non_public_kind(address: IPAddress) -> str | None:
    """What makes an address unsafe to fetch from, or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for attribute, kind in _KINDS:
        if getattr(address, attribute):
            return kind
    return None if address.is_global else "non-public"


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the host resolves to; an IP literal resolves to itself."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise Refused(
            f"cannot resolve host {host}", "check the URL, or the network connection"
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
