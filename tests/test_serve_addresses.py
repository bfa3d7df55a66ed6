"""`contrasta serve --host 0.0.0.0` says addresses a browser can open, not the wildcard."""

from __future__ import annotations

import re
import socket

from contrasta import i18n
from contrasta.web import make_settings
from contrasta.web.server import addresses, announce, listen


def test_all_interfaces_announce_loopback_and_this_machines_addresses(tmp_path):
    with listen("0.0.0.0", 0) as sock:
        port = sock.getsockname()[1]
        with i18n.using("en"):
            lines = announce(make_settings(tmp_path / "c.db", host="0.0.0.0"), port)
        urls = re.findall(r"http://([^/]+):(\d+)/", "\n".join(lines))
        assert urls[0] == ("127.0.0.1", str(port))
        assert all(host != "0.0.0.0" for host, _ in urls)
        assert (
            "listening on all interfaces (0.0.0.0): anyone who can reach this machine can read"
            " every stored article" in lines
        )
        # each address printed is this machine's: a connection to it reaches the server
        for host, _ in urls:
            with socket.create_connection((host, port), timeout=5):
                pass
            accepted, _peer = sock.accept()
            accepted.close()


def test_a_named_address_is_announced_as_given(tmp_path):
    assert addresses("127.0.0.1") == ["127.0.0.1"]
    assert addresses("192.0.2.7") == ["192.0.2.7"]
    lines = announce(make_settings(tmp_path / "c.db", host="::1"), 8123)
    assert lines[0] == "contrasta: http://[::1]:8123/"


def test_the_ipv6_wildcard_starts_with_its_loopback():
    found = addresses("::")
    assert found[:2] == ["::1", "127.0.0.1"]
    assert "::" not in found
