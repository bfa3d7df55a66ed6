"""Jinja2 for the pages: autoescaping on for everything, no `|safe` anywhere.

Formatting and labels come from `contrasta.report`, so the web pages and report.html say
the same things in the same words (the cells of the claims × outlet table too:
`report.html.matrix_row`).
"""

from __future__ import annotations

import gzip

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape

from contrasta.clean import RULES
from contrasta.coverage.meter import band_label
from contrasta.coverage.registry import leaning_label
from contrasta.i18n import _, language, ngettext, number, translations
from contrasta.labels import (
    CLAIM_LABELS,
    CONFLICT_ABOUT,
    CONFLICT_KINDS,
    DATE_SOURCES,
    LINK_KINDS,
    fact_standing,
)
from contrasta.limits import removed_text
from contrasta.report.markdown import (
    outlet_shown,
    registry_names,
    source_name,
    span_text,
    story_counts,
    when_text,
)
from contrasta.web.settings import TOKEN_FIELD, Settings

ENV = Environment(
    loader=PackageLoader("contrasta.web", "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)


def coded(message: str, **commands: str) -> Markup:
    """A sentence naming commands or flags: the sentence escaped, each name in <code> (a
    phone never breaks "contrasta serve --write" at its hyphens)."""
    return escape(message).format(
        **{key: Markup("<code>{}</code>").format(name) for key, name in commands.items()}
    )


ENV.filters["when"] = when_text
ENV.globals["coded"] = coded
ENV.globals["span"] = span_text
ENV.globals["story_counts"] = story_counts
ENV.globals["outlet_shown"] = outlet_shown
ENV.globals["removed_text"] = removed_text
ENV.globals.update(
    rules={rule.id: rule.description for rule in RULES},
    claim_labels=CLAIM_LABELS,
    fact_standing=fact_standing,
    conflict_about=CONFLICT_ABOUT,
    conflict_kinds=CONFLICT_KINDS,
    kinds=LINK_KINDS,
    link_kinds=LINK_KINDS,  # `kinds` is the article page's own marks
    token_field=TOKEN_FIELD,
    date_sources=DATE_SOURCES,
    source_name=source_name,
    registry_names=registry_names,
    _=_,
    ngettext=ngettext,
    lang=language,
    number=number,
    band_label=band_label,
    leaning_label=leaning_label,
    zip=zip,
)


def packed(html: str) -> bytes:
    """A rendered page as the page cache keeps it (no timestamp: the same page, the same
    bytes)."""
    return gzip.compress(html.encode(), compresslevel=6, mtime=0)


def takes_gzip(accept_encoding: str) -> bool:
    """Whether an Accept-Encoding header takes gzip ("gzip", "*", not "gzip;q=0")."""
    for part in accept_encoding.split(","):
        name, _sep, params = part.strip().partition(";")
        quality = params.strip().removeprefix("q=").strip() if params else "1"
        if name.strip().lower() in ("gzip", "*"):
            try:
                return float(quality) > 0
            except ValueError:
                return False
    return False


def unpacked(request: Request, body: bytes) -> Response:
    """A cached page, sent compressed to a client that takes gzip (every browser)."""
    if takes_gzip(request.headers.get("accept-encoding", "")):
        headers = {"content-encoding": "gzip", "vary": "Accept-Encoding"}
        return Response(body, media_type="text/html; charset=utf-8", headers=headers)
    return HTMLResponse(gzip.decompress(body), headers={"vary": "Accept-Encoding"})


def compile_templates() -> None:
    """Jinja compiles a template on its first use (the story page's takes ~80 ms): done at
    start, so no first reader waits for it."""
    for name in ENV.list_templates():
        ENV.get_template(name)


def rendered(settings: Settings, template: str, **context) -> str:
    """A page's HTML: what it shows depends on the settings, the context and the language,
    never on the request itself (so a page can be rendered before anyone asks for it)."""
    catalogue = translations()
    return ENV.get_template(template).render(
        _=catalogue.gettext,
        ngettext=catalogue.ngettext,
        write=settings.write,
        form_token=settings.token if settings.token_in_forms else None,
        **context,
    )


def page(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    html = rendered(request.app.state.settings, template, **context)
    return HTMLResponse(html, status_code=status)
