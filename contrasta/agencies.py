"""The news and photo agencies, with the spellings credits and prose give them: one list.

Three readers need it, each in its own shape, derived here or where they are read:
comparing outlets (`dedup.outlets`: "Agencia EFE" and "EFE" are one source, and "según
Télam" credits an outlet), the cleaner (`clean.rules`: "Ana Ruiz/Télam" or a caption's
glued "…tras el sismoEFE" is a credit, not article text) and the entity reader and
speakers (`reading.gazetteer`: "Télam Ana Ruiz" is an agency run into a person). Two
lists of one thing drifted apart (Télam, Notimex, Cuartoscuro and DPA were in some and not
others, and a speaker was read as "Télam Ana Ruiz"); the differences that are real are
fields of an agency here, not separate lists.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Agency:
    """An agency under its usual name, with the spellings it is written with.

    `photo_only`: it sells pictures, not text, so it is a credit on a photo and never an
    outlet or a cited source. `credit_only`: spellings trusted only inside a photo credit,
    where a slash or "Foto:" says what they are ("EP" for Europa Press: elsewhere two
    capitals are initials of anything). `other_meaning`: the bare name also names
    something else a text may write capitalised (the Comunidad Andina, the Sputnik V
    vaccine, the Anadolu region), so the entity reader lists only the longer spellings."""

    name: str
    spellings: tuple[str, ...]
    photo_only: bool = False
    credit_only: tuple[str, ...] = ()
    other_meaning: bool = False


AGENCIES: tuple[Agency, ...] = (
    Agency("EFE", ("EFE", "Agencia EFE", "ACAN-EFE")),
    Agency(
        "AFP",
        ("AFP", "Agence France-Presse", "Agence France Presse", "France-Presse", "France Presse"),
    ),
    Agency("AP", ("AP", "Associated Press", "The Associated Press", "Prensa Asociada")),
    Agency("Reuters", ("Reuters", "Thomson Reuters")),
    Agency("Europa Press", ("Europa Press",), credit_only=("EP",)),
    Agency("ANSA", ("ANSA", "Agenzia ANSA")),
    Agency("DPA", ("DPA", "dpa", "Deutsche Presse-Agentur")),
    Agency("Xinhua", ("Xinhua", "Agencia Xinhua")),
    Agency("Télam", ("Télam", "Agencia Télam")),
    Agency("Notimex", ("Notimex",)),
    Agency("Andina", ("Andina", "Agencia Andina"), other_meaning=True),
    Agency("Prensa Latina", ("Prensa Latina",)),
    Agency("Sputnik", ("Sputnik", "RIA Novosti"), other_meaning=True),
    Agency("Anadolu", ("Anadolu", "Agencia Anadolu"), other_meaning=True),
    Agency("Bloomberg", ("Bloomberg",)),
    Agency("Servimedia", ("Servimedia",)),
    Agency("Colpisa", ("Colpisa",)),
    Agency("Agencia Brasil", ("Agencia Brasil", "Agência Brasil")),
    Agency("Kyodo", ("Kyodo",)),
    Agency("Yonhap", ("Yonhap",)),
    Agency("TASS", ("TASS",)),
    Agency("ABI", ("Agencia Boliviana de Información",)),
    Agency("AVN", ("Agencia Venezolana de Noticias",)),
    Agency("Noticias Argentinas", ("Noticias Argentinas",)),
    Agency("Getty Images", ("Getty Images", "Getty"), photo_only=True),
    Agency("Cuartoscuro", ("Cuartoscuro",), photo_only=True),
    Agency("Shutterstock", ("Shutterstock",), photo_only=True),
    Agency("iStock", ("iStock",), photo_only=True),
)
"""Agencies whose text or pictures Spanish-language media carry. A bare acronym that is
also an ordinary word or other initials (EP, PL, NA, ABI) is no spelling: a false credit
is worse than a missed one."""

NEWS_AGENCIES: dict[str, tuple[str, ...]] = {
    agency.name: agency.spellings for agency in AGENCIES if not agency.photo_only
}
"""The agencies that syndicate text, usual name -> spellings: outlets and cited sources."""


CREDIT_SPELLINGS = frozenset(
    spelling for agency in AGENCIES for spelling in (*agency.spellings, *agency.credit_only)
)
"""Every spelling a photo or story credit may give an agency, photo agencies and credit-only
spellings included: what the cleaner cuts as a credit."""
