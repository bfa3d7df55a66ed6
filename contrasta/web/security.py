"""Headers every response carries, the Host check, and the gate in front of every write.

Pages show scraped text, so the browser is told to run nothing and fetch nothing from
elsewhere (CSP), not to guess types (nosniff) and not to let other sites frame us. When
bound to loopback, a Host header naming another machine means DNS rebinding (a foreign
page whose name now points at 127.0.0.1) and is refused, so such a page can never read
our forms and the token inside them.
"""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from fastapi import Request
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import PlainTextResponse, Response

from contrasta.i18n import _
from contrasta.web.errors import WebError
from contrasta.web.settings import TOKEN_FIELD, TOKEN_HEADER, Settings, is_loopback

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def host_name(header: str) -> str | None:
    try:
        return urlsplit(f"//{header}").hostname
    except ValueError:
        return None


class GuardMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, settings: Settings) -> None:
        super().__init__(app)
        self.settings = settings

    async def dispatch(self, request: Request, call_next) -> Response:
        name = host_name(request.headers.get("host", ""))
        if self.settings.local and (name is None or not is_loopback(name)):
            response: Response = PlainTextResponse(
                "this server only answers to localhost / 127.0.0.1", status_code=421
            )
        else:
            response = await call_next(request)
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        return response


def _same_origin(request: Request) -> bool:
    """Browsers say where a request comes from; a form posted from another site is refused
    before the token is even looked at. (Hence Referrer-Policy same-origin: under
    no-referrer, browsers send `Origin: null` even for our own forms.) Without an Origin
    header (older browsers, some form posts), a Referer naming another site refuses it."""
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    host = request.headers.get("host")
    origin = request.headers.get("origin")
    if origin is not None:
        return _netloc(origin) == host
    referer = request.headers.get("referer")
    return referer is None or _netloc(referer) == host


def _netloc(url: str) -> str | None:
    try:
        return urlsplit(url).netloc
    except ValueError:
        return None


def require_write_mode(settings: Settings) -> None:
    """Checked before a request body is even read: a read-only server wants none of it."""
    if not settings.write or settings.token is None:
        raise WebError(
            403,
            _("this server is read-only"),
            _("start it with `contrasta serve --write` to upload, merge or split"),
        )


def check_origin(request: Request) -> None:
    if not _same_origin(request):
        raise WebError(
            403, _("a write from another site was refused"), _("use this server's forms")
        )


def check_token(settings: Settings, given: str | None) -> None:
    if not hmac.compare_digest((given or "").encode(), (settings.token or "").encode()):
        raise WebError(
            403,
            _("the write token is missing or wrong"),
            _(
                "give the token `contrasta serve` printed (form field `{field}` or header {header})"
            ).format(field=TOKEN_FIELD, header=TOKEN_HEADER),
        )
