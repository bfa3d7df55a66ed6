"""The web app: pages, JSON API, our own stylesheet, and the guards around all of them.

Interactive API docs are off: FastAPI's would load scripts from a CDN. /openapi.json
describes the API instead.
"""

from __future__ import annotations

import threading
from importlib.metadata import version

from fastapi import FastAPI, Request
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from contrasta.i18n import N_, _
from contrasta.web import api, pages
from contrasta.web.cache import Caches
from contrasta.web.errors import WebError
from contrasta.web.language import LanguageMiddleware
from contrasta.web.render import page
from contrasta.web.security import GuardMiddleware
from contrasta.web.settings import Settings

MESSAGES = {404: N_("page not found"), 405: N_("method not allowed")}
BAD_VALUE = N_("the address has a value that does not fit: {name}={value}")
BAD_PART = N_("the address has a part that does not fit: {value}")
BAD_VALUE_HINT = N_("correct it in the address, or start again from the list of stories")


def create_app(settings: Settings) -> FastAPI:
    app = FastAPI(
        title="contrasta",
        version=version("contrasta"),
        description="Stories, cross-checked claims and articles of a contrasta database.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.caches = Caches()
    app.state.write_lock = threading.Lock()
    app.add_middleware(GuardMiddleware, settings=settings)
    app.add_middleware(LanguageMiddleware)
    app.mount("/static", StaticFiles(packages=[("contrasta.web", "static")]), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(HTTPException)
    async def refused(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api"):
            if isinstance(exc, WebError):
                body = {"detail": exc.detail, "hint": exc.hint}
                return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)
            return await http_exception_handler(request, exc)
        message = exc.detail if isinstance(exc, WebError) else _(MESSAGES.get(exc.status_code, ""))
        return page(
            request,
            "error.html.j2",
            status=exc.status_code,
            message=message or str(exc.detail),
            hint=exc.hint if isinstance(exc, WebError) else "",
        )

    @app.exception_handler(RequestValidationError)
    async def unfit(request: Request, exc: RequestValidationError):
        """A page's query value of the wrong kind ("?page=abc"): a page in the reader's
        language, not the validator's English; the API keeps its described 422."""
        if request.url.path.startswith("/api"):
            return await request_validation_exception_handler(request, exc)
        first = exc.errors()[0] if exc.errors() else {}
        loc = tuple(first.get("loc", ())) or ("", "?")
        where, name = loc[0], str(loc[-1])
        value = f"«{str(first.get('input', ''))[:40]}»"
        # A query's name is in the address ("page=«abc»"); a path's is the code's own
        # ("/runs/abc" has no "number"): the value alone.
        message = _(BAD_VALUE).format(name=name, value=value)
        if where == "path":
            message = _(BAD_PART).format(value=value)
        return page(
            request,
            "error.html.j2",
            status=422,
            message=message,
            hint=_(BAD_VALUE_HINT),
        )

    return app
