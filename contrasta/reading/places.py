"""Places the world's locale data knows: CLDR's names of countries and regions, in Spanish
and in English, and the cities that name its time zones, as Babel (a dependency) ships them.

The Spanish model types a capitalised word it does not know as a place more often than as
anything else, so a place's name needs evidence (`entities._unattested_places`): being one
of these, read from data already installed (nothing is fetched), is such evidence, and it
covers hundreds of countries, regions and cities no hand list holds ("Palau", "Cancún").
"""

from __future__ import annotations

from functools import cache

from contrasta.reading.gazetteer import fold

# CLDR names that are no place a text names as such: the world itself, an unknown city.
_NOT_PLACES = frozenset(fold(n) for n in ("Mundo", "World", "Ciudad desconocida", "Unknown City"))


@cache
def known_places() -> frozenset[str]:
    """Folded names (`fold`) of CLDR's territories in Spanish and English and of its time
    zones' cities (their Spanish and English names, and the city of each zone's id,
    "America/Mexico_City" -> "Mexico City")."""
    from babel import Locale
    from babel.core import get_global

    names: set[str] = set()
    for language in ("es", "en"):
        locale = Locale(language)
        names.update(locale.territories.values())
        names.update(zone["city"] for zone in locale.time_zones.values() if zone.get("city"))
    names.update(
        zone.rsplit("/", 1)[-1].replace("_", " ") for zone in get_global("zone_territories")
    )
    return frozenset(fold(name) for name in names) - _NOT_PLACES


def is_known_place(name: str) -> bool:
    """Whether CLDR names a country, a region or a time zone's city so (case, accents and
    spaces ignored: "MÉXICO", "Mexico City")."""
    return fold(name) in known_places()
