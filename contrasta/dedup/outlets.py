"""Outlet names as written in bylines, credits and metadata, reduced to one spelling each.

"Agencia EFE", "EFE" and "efe" are one source, and so are "Agence France-Presse" and
"AFP": comparing outlets (is this a copy of one's own text? whom does this article
credit?) must see through the spellings.
"""

from __future__ import annotations

import re

from contrasta.dedup.shingles import fold

AGENCIES: dict[str, tuple[str, ...]] = {
    "EFE": ("EFE", "Agencia EFE", "ACAN-EFE"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "France-Presse"),
    "AP": ("AP", "Associated Press", "The Associated Press", "Prensa Asociada"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "Europa Press": ("Europa Press",),
    "ANSA": ("ANSA", "Agenzia ANSA"),
    "DPA": ("DPA", "dpa", "Deutsche Presse-Agentur"),
    "Xinhua": ("Xinhua", "Agencia Xinhua"),
    "Télam": ("Télam", "Agencia Télam"),
    "Notimex": ("Notimex",),
    "Andina": ("Andina", "Agencia Andina"),
    "Prensa Latina": ("Prensa Latina",),
    "Sputnik": ("Sputnik", "RIA Novosti"),
    "Anadolu": ("Anadolu", "Agencia Anadolu"),
    "Bloomberg": ("Bloomberg",),
    "Servimedia": ("Servimedia",),
    "Colpisa": ("Colpisa",),
    "Agencia Brasil": ("Agencia Brasil", "Agência Brasil"),
    "Kyodo": ("Kyodo",),
    "Yonhap": ("Yonhap",),
    "TASS": ("TASS",),
    "ABI": ("Agencia Boliviana de Información",),
    "AVN": ("Agencia Venezolana de Noticias",),
    "Noticias Argentinas": ("Noticias Argentinas",),
}
"""News agencies whose text is syndicated in Spanish-language media, with the spellings
that appear in credits. Bare acronyms that are also ordinary words or initials of other
things (EP, PL, NA) are left out: a false credit is worse than a missed one."""

_SPACES = re.compile(r"[\s\-‐–]+")


def _normalise(name: str) -> str:
    """Spaces go too: "es diario" and "Esdiario", "CNN Español" and "CNNespañol"."""
    return _SPACES.sub("", fold(name))


_ALIAS_KEYS = {
    _normalise(alias): _normalise(canonical)
    for canonical, aliases in AGENCIES.items()
    for alias in (canonical, *aliases)
}
_DISPLAY = {_normalise(canonical): canonical for canonical in AGENCIES}


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
