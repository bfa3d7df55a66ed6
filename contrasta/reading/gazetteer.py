"""Listed names: the news and photo agencies (`contrasta.agencies`), then gazetteer.tsv's
outlets, institutions, countries with their demonyms; and the head words that make any
name an institution's.

One table serves the entity reader (an EntityRuler fixes listed names before the model
sees them) and the reading of role descriptions ("el mandatario ruso" ties a person to
Rusia), so a country added once is known to both.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from contrasta.agencies import AGENCIES

GAZETTEER = Path(__file__).with_name("gazetteer.tsv")
# Capitalised words that make a name an institution's, not a person's or a place's: read
# by quotes (who is an organisation) and roles (what a title is of).
INSTITUTION_WORDS = frozenset(
    """
    ministerio instituto universidad confederación partido congreso gobierno autoridad
    coalición sindicato protección servicio tribunal asociación fundación comisión consejo
    federación agencia banco cámara senado ayuntamiento policía guardia ejército unión
    organización corte fiscalía juzgado hospital colegio escuela empresa grupo compañía
    asociados junta diputación oficina departamento secretaría dirección audiencia supremo
    constitucional sociedad corporación nacional internacional civil agency ministry party
    council government university institute
    """.split()
)

# Common nouns for a news outlet: "el diario Granma", "a la agencia Tass", "un medio
# digital". Read by the entity reader (the name after one is an organisation's) and by
# quotes (a medium speaks for itself; an outlet named before a person is not part of
# their name).
OUTLET_NOUNS = frozenset(
    """
    medio diario periódico rotativo semanario revista cadena emisora radio televisora
    televisión canal portal agencia web blog newspaper magazine network agency
    """.split()
)


@dataclass
class Gazetteer:
    """Listed names: exact phrases with their canonical name, open families, and the
    demonyms of listed countries."""

    phrases: dict[str, tuple[str, str]]  # surface -> (label, canonical)
    families: list[tuple[str, str]]  # (label, head word), e.g. ("ORG", "Ministerio")
    demonyms: dict[str, str]  # masculine singular demonym -> country, e.g. "ruso" -> "Rusia"

    def __post_init__(self) -> None:
        self._folded = {fold(surface): entry for surface, entry in self.phrases.items()}

    def canonical(self, surface: str) -> str | None:
        """The listed name; resolution compares folded forms, so "PIONYANG" counts too."""
        hit = self.phrases.get(surface) or self._folded.get(fold(surface))
        return hit[1] if hit else None

    def label(self, surface: str) -> str | None:
        """The listed name's type (PER, ORG, LOC, MISC), compared as `canonical` compares."""
        hit = self.phrases.get(surface) or self._folded.get(fold(surface))
        return hit[0] if hit else None


def _agency_phrases() -> dict[str, tuple[str, str]]:
    """Each agency's spellings as organisations, under its usual name where it is written
    so. A bare name that means something else too is left out ("Andina" of the Comunidad
    Andina): "Agencia Andina" is listed, and "Andina" is read like any capitalised word."""
    phrases = {}
    for agency in AGENCIES:
        listed = [s for s in agency.spellings if not (agency.other_meaning and s == agency.name)]
        canonical = agency.name if agency.name in listed else listed[0]
        phrases.update(dict.fromkeys(listed, ("ORG", canonical)))
    return phrases


@cache
def load_gazetteer(path: Path = GAZETTEER) -> Gazetteer:
    phrases = _agency_phrases()
    families = []
    demonyms = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, canonical, *rest = line.split("\t")
        if canonical.endswith(" *"):
            families.append((label, canonical[:-2]))
            continue
        variants, adjectives = [*rest, "", ""][:2]
        for surface in [canonical, *filter(None, variants.split("|"))]:
            phrases[surface] = (label, canonical)
        demonyms.update(dict.fromkeys(filter(None, adjectives.split("|")), canonical))
    return Gazetteer(phrases, families, demonyms)


@lru_cache(maxsize=100_000)
def fold(name: str) -> str:
    """Compare names ignoring case, accents, spaces, hyphens: "Villa Serena" = "Villaserena"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum())
