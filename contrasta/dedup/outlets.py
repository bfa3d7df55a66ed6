"""Outlet names as written in bylines, credits and metadata, reduced to one spelling each.

"Agencia EFE", "EFE" and "efe" are one source, and so are "Agence France-Presse" and
"AFP": comparing outlets (is this a copy of one's own text? whom does this article
credit?) must see through the spellings. The agencies are `contrasta.agencies`' news
agencies (photo agencies credit pictures and are no outlet).
"""

from __future__ import annotations

import re

from contrasta.agencies import NEWS_AGENCIES
from contrasta.dedup.shingles import fold

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


def outlet_key(name: str) -> str:
    """Comparison key: case, accents, hyphens and spaces folded, agency aliases merged."""
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
