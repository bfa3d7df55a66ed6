"""What a caller says about fetching, apart from the HTTP client that does it.

A run on local files asks whether an argument is a URL and passes the options along; it
must not pay for importing httpx, httpcore and feedparser (~60–70 CPU ms) to do so.
"""

from __future__ import annotations

from dataclasses import dataclass

from contrasta.i18n import N_
from contrasta.limits import DEFAULT_MAX_BYTES

UNCHANGED = "unchanged"
"""What reading a URL gives after a 304: the page is as it was when it was stored."""


NOT_HTTP = N_("not an http(s) URL: {url}")


def is_http_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 10.0  # to connect, and the longest silence between two bytes
    deadline: float = 60.0  # for one whole try: connect, headers and body
    total: float = 180.0  # for one URL: every try, pause and redirect
    retries: int = 2
    backoff: float = 0.5  # the first pause before a retry; it doubles each time
    delay: float = 1.0  # politeness: seconds between two requests to one host
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    allow_private: bool = False
    allow_networks: tuple[str, ...] = ()  # e.g. ("10.1.0.0/16",): private, but allowed
