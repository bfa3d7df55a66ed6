"""Outlet names as written in bylines, credits and metadata, reduced to one spelling each.

"Agencia EFE", "EFE" and "efe" are one source, and so are "Agence France-Presse" and
"AFP": comparing outlets (is this a copy of one's own text? whom does this article
credit?) must see through the spellings. The agencies are `contrasta.agencies`' news
agencies (photo agencies credit pictures and are no outlet).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from contrasta.agencies import NEWS_AGENCIES
from contrasta.dedup.shingles import fold

if TYPE_CHECKING:
    from contrasta.model import Article

# Characters of a title that stands for an article naming no outlet, cut on a word.
CITED_TITLE = 48

_SPACES = re.compile(r"[\s\-‐–]+")


def _normalise(name: str) -> str:
    """Spaces go too: "es diario" and "Esdiario", "CNN Español" and "CNNespañol"."""
    return _SPACES.sub("", fold(name))


_ALIAS_KEYS = {
    _normalise(alias): _normalise(canonical)
    for canonical, aliases in NEWS_AGENCIES.items()
    for alias in (canonical, *aliases)
}
_DISPLAY = {_normalise(canonical): canonical for canonical in NEWS_AGENCIES}


@lru_cache(maxsize=1 << 16)
def outlet_key(name: str) -> str:
    """Comparison key: case, accents, hyphens and spaces folded, agency aliases merged.
    Kept per name: a story's entity list asks the registry about every name and spelling
    of its articles (`dossier.story_entities`), the same names story after story."""
    key = _normalise(name)
    return _ALIAS_KEYS.get(key, key)


def display_name(name: str) -> str:
    """The agency's usual name for any of its spellings; other outlets as given."""
    return _DISPLAY.get(outlet_key(name), name.strip())


def same_house(a: str, b: str) -> bool:
    """One outlet, or one a branch of the other ("BBC" and "BBC News", "CNN" and "CNN
    Español"): an article crediting its own house is not citing a source."""
    if outlet_key(a) == outlet_key(b):
        return True
    shorter, longer = sorted((fold(a).split(), fold(b).split()), key=len)
    return longer[: len(shorter)] == shorter


def host_name(url: str | None) -> str | None:
    """The site a web address is on, without "www.": "elpais.com"."""
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def outlet_named(article: Article) -> str | None:
    """The article's outlet, an agency under its usual name, else the site of its web
    address; None when it says neither."""
    return display_name(article.outlet) if article.outlet else host_name(article.url)


def cited_names(articles: Iterable[Article]) -> dict[str, str]:
    """Article id -> what a citation of it shows (the summary's and timeline's sources,
    the claims table's columns, copy links): its outlet, an agency under its usual name;
    for an article naming none, its site when its web address is known ("elpais.com"),
    else its title cut to CITED_TITLE characters on a word, in quotation marks
    ("«Nueve muertos tras las lluvias en…»"): a reader recognises a title, not an id.
    Two articles naming no outlet and cut to one title are told apart by a number ("(2)"),
    so the claims table does not give them one column."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for article in articles:
        if named := outlet_named(article):
            name = named
        elif title := _cut(article.shown_title):
            name = base = f"«{title}»"
            n = 1
            while name in taken:
                n += 1
                name = f"{base} ({n})"
        else:
            name = article.id
        names[article.id] = name
        taken.add(name)
    return names


def _cut(title: str) -> str:
    """The title up to CITED_TITLE characters, cut after its last whole word with "…"."""
    title = " ".join(title.split())
    if len(title) <= CITED_TITLE:
        return title
    head = title[: CITED_TITLE + 1]
    head = head[: head.rfind(" ")] if " " in head else title[:CITED_TITLE]
    return head.rstrip(" ,;:.-–—…") + "…"
