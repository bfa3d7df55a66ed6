"""One careful HTTP client for article pages and feeds.

Each rule answers a way live sources fail: timeouts plus a deadline over each whole try
(connecting, the response headers and the body: a server may trickle its headers one byte
at a time, each byte well within the timeout) and a total per URL over all its tries and
redirects, so a dead or trickling server cannot hold a watch loop; retries with exponential
backoff for failures that pass (5xx, 429, dropped connections) and none for those that do
not (4xx) nor for a timeout (a silent server costs one timeout, not three); a pause between
two requests to one host, so polling fifty items of one outlet does not hammer it;
conditional GET, so an unchanged feed costs one 304; a size cap applied while streaming
(decompressed bytes, so a gzip bomb stops at the cap too); a content-type check, so a PDF
or an image never reaches the HTML reader; and the SSRF guard on every hop of a redirect
chain and on the connected peer. Every failure comes back as a Problem.
"""

from __future__ import annotations

import dataclasses
import math
import time
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from contrasta.errors import CHECK_URL, RAISE_LIMIT, SERVER_BROKEN
from contrasta.fetch.guard import AddressPolicy, Refused, check_host, check_peer
from contrasta.fetch.options import NOT_HTTP, FetchOptions
from contrasta.i18n import N_, _, ngettext
from contrasta.ingest.decode import media_type
from contrasta.limits import size_label
from contrasta.model import Problem

REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRIED = frozenset({429, 500, 502, 503, 504})
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Many servers label feeds text/html or text/plain; feedparser decides what they are.
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/x-rss+xml",
    "application/xml",
    "text/xml",
    "text/html",
    "text/plain",
)
# Feeds' own types (a feed served as text/html or text/plain cannot be told from a page).
FEED_ONLY = tuple(kind for kind in FEED_TYPES if kind not in ("text/html", "text/plain"))
FEED_GIVEN = N_(
    "an article page was expected; an RSS/Atom feed is read with `contrasta feeds add {url}` "
    "and then `contrasta watch --once`"
)
MAX_RETRY_AFTER = 30.0
REFUSED = N_("the server refused the request")
_HINTS = {
    401: N_("the page needs a login"),
    403: N_("the site refuses automated readers"),
    404: N_("the page is gone or the URL is wrong"),
    410: N_("the page was removed"),
}


def _user_agent() -> str:
    try:
        return f"contrasta/{version('contrasta')}"
    except PackageNotFoundError:
        return "contrasta"


@dataclass(frozen=True)
class Validators:
    """What the server said identifies this version of a resource (for a conditional GET)."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        found = {}
        if self.etag:
            found["If-None-Match"] = self.etag
        if self.last_modified:
            found["If-Modified-Since"] = self.last_modified
        return found


@dataclass(frozen=True)
class Page:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int  # 200, or 304 when the validators sent still hold
    content: bytes
    content_type: str
    charset: str | None
    validators: Validators
    fetched_at: datetime

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


class _Transient(FetchError):
    """A failure worth trying again after a pause."""

    def __init__(self, message: str, hint: str = "", wait: float | None = None) -> None:
        super().__init__(message, hint)
        self.wait = wait


def _retry_after(header: str | None) -> float | None:
    if header and header.strip().isdigit():
        return min(float(header.strip()), MAX_RETRY_AFTER)
    return None


def _target(url: str) -> tuple[str, int]:
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(_("malformed URL ({reason})").format(reason=exc), _(CHECK_URL)) from exc
    if parts.scheme not in ("http", "https"):
        raise FetchError(_(NOT_HTTP).format(url=url), _("only http:// and https:// are fetched"))
    if not parts.hostname:
        raise FetchError(_("no host in {url}").format(url=url), _(CHECK_URL))
    return parts.hostname, port


class _Deadline:
    """When the current try must be over; every socket operation gets at most what is left."""

    def __init__(self) -> None:
        self.at = math.inf
        self.label = ""

    def set(self, per_try: float, give_up: float) -> None:
        now = time.monotonic()
        self.at = min(now + per_try, give_up)
        self.label = (
            _("{seconds} s (connection, headers and body)").format(seconds=f"{per_try:g}")
            if now + per_try <= give_up
            else _("the time allowed for this URL")
        )

    def left(self, timeout: float | None, error: type[Exception]) -> float | None:
        remaining = self.at - time.monotonic()
        if remaining <= 0:
            raise error("deadline passed")
        return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self.inner, self.deadline = inner, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, self.deadline.left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self.deadline.left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> _DeadlineStream:
        left = self.deadline.left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(
            self.inner.start_tls(ssl_context, server_hostname, left), self.deadline
        )

    def get_extra_info(self, info: str):
        return self.inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sockets, each operation bounded by the try's deadline as well as by its
    own timeout (which only bounds the silence between two bytes)."""

    def __init__(self, deadline: _Deadline) -> None:
        self.inner, self.deadline = httpcore.SyncBackend(), deadline

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        left = self.deadline.left(timeout, httpcore.ConnectTimeout)
        stream = self.inner.connect_tcp(host, port, left, local_address, socket_options)
        return _DeadlineStream(stream, self.deadline)

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def _transport(deadline: _Deadline) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx builds its pool without a way to pass the network backend; this one is the
    # same pool (default TLS context) over deadline-bounded sockets.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(), network_backend=_DeadlineBackend(deadline)
    )
    return transport


class Fetcher:
    """Sequential on purpose: politeness is per host, and a crawl of one outlet is serial."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        self.options = options or FetchOptions()
        self.policy = AddressPolicy.of(self.options.allow_private, self.options.allow_networks)
        self._deadline = _Deadline()
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.options.timeout),
            follow_redirects=False,
            # A proxy from the environment would stand between the guard and the real peer.
            trust_env=False,
            transport=_transport(self._deadline),
            headers={"User-Agent": _user_agent()},
        )
        self._last: dict[str, float] = {}
        self.pages = 0  # pages downloaded whole (a 200 and its body); not 304s nor failures

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(
        self,
        url: str,
        *,
        accept: tuple[str, ...] = HTML_TYPES,
        validators: Validators | None = None,
    ) -> Page | Problem:
        """The page at `url`, or the reason it could not be had; never raises for the web."""
        give_up = time.monotonic() + self.options.total
        try:
            current = url
            for _hop in range(self.options.max_redirects + 1):
                hop = self._hop(current, accept, validators, give_up)
                if isinstance(hop, Page):
                    return dataclasses.replace(hop, url=url)
                current = hop
            raise FetchError(
                _("more than {n} redirects").format(n=self.options.max_redirects),
                _("the site redirects in a loop; open the URL in a browser"),
            )
        except (Refused, FetchError) as exc:
            return Problem(url, str(exc), exc.hint)

    def _hop(
        self, url: str, accept: tuple[str, ...], validators: Validators | None, give_up: float
    ) -> Page | str:
        """One URL, tried again after transient failures: a Page or the redirect's target."""
        host, port = _target(url)
        check_host(host, port, self.policy)
        tries = self.options.retries + 1
        attempt = 0
        while True:
            self._wait_turn(host)
            try:
                self._deadline.set(self.options.deadline, give_up)
                return self._once(url, accept, validators)
            except _Transient as exc:
                attempt += 1
                pause = max(self.options.backoff * 2 ** (attempt - 1), exc.wait or 0.0)
                if attempt == tries:
                    tried = ngettext("{reason} ({n} try)", "{reason} ({n} tries)", attempt)
                    raise FetchError(tried.format(reason=exc, n=attempt), exc.hint) from exc
                if time.monotonic() + pause >= give_up:
                    gave_up = ngettext(
                        "{reason} ({n} try; gave up: over {seconds} s for this URL)",
                        "{reason} ({n} tries; gave up: over {seconds} s for this URL)",
                        attempt,
                    )
                    seconds = f"{self.options.total:g}"
                    raise FetchError(
                        gave_up.format(reason=exc, n=attempt, seconds=seconds), exc.hint
                    ) from exc
                time.sleep(pause)
            finally:
                self._deadline.at = math.inf
                self._last[host] = time.monotonic()

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = last + self.options.delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)

    def _once(self, url: str, accept: tuple[str, ...], validators: Validators | None) -> Page | str:
        headers = validators.headers() if validators else {}
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                stream = response.extensions.get("network_stream")
                check_peer(stream.get_extra_info("server_addr") if stream else None, self.policy)
                return self._answer(url, response, accept, validators)
        except httpx.TimeoutException as exc:
            # Not tried again: a server silent for the whole timeout seldom answers the next
            # try, and three tries made a dead URL cost three timeouts (~34 s by default).
            # A dead URL costs one timeout (one deadline for a trickling one), no more.
            if time.monotonic() >= self._deadline.at:
                raise FetchError(
                    _("no whole response within {limit}; not tried again").format(
                        limit=self._deadline.label
                    ),
                    _("the server is trickling data; try again later"),
                ) from exc
            raise FetchError(
                _("timed out after {seconds} s; not tried again").format(
                    seconds=f"{self.options.timeout:g}"
                ),
                _("the server is slow or down; try again later"),
            ) from exc
        except httpx.InvalidURL as exc:
            raise FetchError(_("bad URL ({reason})").format(reason=exc), _(CHECK_URL)) from exc
        except httpx.DecodingError as exc:
            raise FetchError(_("the response could not be decompressed"), _(SERVER_BROKEN)) from exc
        except httpx.TransportError as exc:
            raise _Transient(
                _("connection failed ({reason})").format(reason=exc or type(exc).__name__),
                _("check the URL, or try later"),
            ) from exc

    def _answer(
        self,
        url: str,
        response: httpx.Response,
        accept: tuple[str, ...],
        validators: Validators | None,
    ) -> Page | str:
        status = response.status_code
        if status in REDIRECTS:
            location = response.headers.get("location")
            if not location:
                raise FetchError(
                    _("HTTP {status} redirect without a target").format(status=status),
                    _(SERVER_BROKEN),
                )
            return urljoin(url, location)
        if status in RETRIED:
            raise _Transient(
                f"HTTP {status}",
                _("the server is failing or busy; try again later"),
                _retry_after(response.headers.get("retry-after")),
            )
        kind, charset = media_type(response.headers.get("content-type"))
        found = Validators(response.headers.get("etag"), response.headers.get("last-modified"))
        if status == 304 and validators:
            return Page(url, url, status, b"", kind, charset, validators, datetime.now())
        if status != 200:
            raise FetchError(f"HTTP {status}", _(_HINTS.get(status, REFUSED)))
        if kind and kind not in accept:
            # A feed given where a page was expected: say how contrasta reads feeds.
            feed = accept == HTML_TYPES and kind in FEED_ONLY
            raise FetchError(
                _("unexpected content type {kind}").format(kind=kind),
                _(FEED_GIVEN).format(url=url)
                if feed
                else _("expected one of: {types}").format(types=", ".join(accept)),
            )
        content = self._read(response)
        self.pages += 1
        return Page(url, url, status, content, kind, charset, found, datetime.now())

    def _read(self, response: httpx.Response) -> bytes:
        cap = self.options.max_bytes
        hint = _(RAISE_LIMIT)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(
                _("page of {size} is over the {limit} limit").format(
                    size=size_label(int(declared)), limit=size_label(cap)
                ),
                hint,
            )
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(
                    _("page over the {limit} limit; stopped reading").format(limit=size_label(cap)),
                    hint,
                )
            chunks.append(chunk)
        return b"".join(chunks)
