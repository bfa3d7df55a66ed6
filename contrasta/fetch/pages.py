"""A URL to a raw document: fetch the page, read it with the same HTML reader as files."""

from __future__ import annotations

import logging
from dataclasses import fields

from contrasta.errors import INTERNAL_HINT, InputError, describe
from contrasta.fetch.fetcher import Fetcher, Page
from contrasta.fetch.options import UNCHANGED
from contrasta.fetch.state import FetchState
from contrasta.i18n import _
from contrasta.ingest.decode import check_text_bytes, page_bytes
from contrasta.ingest.html import read_html
from contrasta.model import Captured, Problem, RawDocument

log = logging.getLogger(__name__)


def page_document(page: Page) -> Captured:
    """Raise InputError when the page holds no article; its URL stands in for a missing one."""
    check_text_bytes(page.content)
    data, guessed = page_bytes(page.content, page.charset)
    raw = read_html(page.final_url, data)
    values = {f.name: getattr(raw, f.name) for f in fields(RawDocument)}
    values["url"] = raw.url or page.final_url
    values["guessed_encoding"] = guessed
    return Captured(**values, fetched_at=page.fetched_at)


def read_url(
    fetcher: Fetcher, url: str, state: FetchState | None = None
) -> Captured | InputError | str:
    """The article at `url`, the reason it cannot be had, or UNCHANGED after a 304."""
    page = fetcher.fetch(url, validators=state.validators(url) if state else None)
    if isinstance(page, Problem):
        return InputError(page.reason, page.hint, source=url)
    if page.not_modified:
        return UNCHANGED
    try:
        document = page_document(page)
    except InputError as exc:
        return InputError(str(exc), exc.hint, source=url)
    except Exception as exc:  # a page from the web must cost itself, not the run
        log.exception("reading the page %s", url)
        reason = _("cannot read the page ({reason})").format(reason=describe(exc))
        return InputError(reason, INTERNAL_HINT, url)
    if state:
        state.save_validators(url, page.validators)
    return document
