"""One message catalogue for everything a person reads: CLI, reports, web pages, API errors.

Messages are written in English in the code (`_("stories")`) and translated in the .po
files of `contrasta/locale/`; Spanish is the default language. Babel compiles each .po into
the .mo beside it (`python -m contrasta.catalogue`, checked by the tests), and the standard
library's gettext reads that at first use: a plain clone or `pip install .` needs no build
step, and `contrasta --help` does not pay for importing Babel. The active language is a
context variable: the CLI sets it once per command, the web app once per request from
Accept-Language.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from gettext import GNUTranslations
from importlib.resources import files

LANGUAGES = ("es", "en")
DEFAULT = "es"
ENV_VAR = "CONTRASTA_LANG"

_active: ContextVar[str | None] = ContextVar("contrasta_lang", default=None)


def language() -> str:
    """The language set for this command or request, else $CONTRASTA_LANG, else Spanish."""
    return _active.get() or chosen(os.environ.get(ENV_VAR))


@lru_cache(maxsize=16)
def chosen(value: str | None) -> str:
    """`value` if it names a language we have ("en", "en-GB", "EN"), else the default.
    Kept: with no language set, every message looked up asks it about $CONTRASTA_LANG."""
    code = (value or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else DEFAULT


def from_accept(header: str | None) -> str:
    """The first language of an Accept-Language header we have, by q-value; Spanish when
    the header names none of ours (a browser that asks for French reads Spanish)."""
    ranked = []
    for position, part in enumerate((header or "").split(",")):
        tag, _sep, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        code = tag.strip().lower().split("-")[0]
        if code in LANGUAGES and quality > 0:
            ranked.append((-quality, position, code))
    return min(ranked)[2] if ranked else DEFAULT


@cache
def _translations(lang: str) -> GNUTranslations:
    with (files("contrasta") / "locale" / f"{lang}.mo").open("rb") as compiled:
        return GNUTranslations(compiled)


def translations() -> GNUTranslations:
    """The active language's catalogue, for code that shows many messages at once (a story
    page shows 1,400): the language is looked up once, not once per message."""
    return _translations(language())


def _(message: str) -> str:
    """`message` in the active language."""
    return _translations(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for `n` in the active language ("1 artículo", "2 artículos")."""
    return _translations(language()).ngettext(singular, plural, n)


_SPANISH_MARKS = str.maketrans(",.", ".,")


def number(value: float, digits: int = 0) -> str:
    """`value` as the active language writes it: "1.234,56" in Spanish (the press's point
    for thousands, the comma for decimals), "1,234.56" in English."""
    shown = f"{value:,.{digits}f}"
    return shown.translate(_SPANISH_MARKS) if language() == "es" else shown


def N_(message: str) -> str:
    """Marks a message for the catalogue where it is defined; `_()` translates it where it
    is shown (labels in tables, click help texts)."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """Marks a message with a plural for the catalogue where another library (click) looks
    it up with its own `ngettext` call."""
    return singular, plural


@contextmanager
def using(lang: str | None) -> Iterator[str]:
    """`lang` active for the block, the previous choice back after it (a test that runs the
    CLI in English leaves the next one in Spanish)."""
    token = _active.set(chosen(lang) if lang else language())
    try:
        yield _active.get() or DEFAULT
    finally:
        _active.reset(token)
