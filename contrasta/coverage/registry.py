"""Who an outlet is and where it stands, as data anyone can check and correct.

A leaning is only as good as its source, so every rated row names the source, the
address and the date it was read; a row without one must say "unrated". The shipped
file (`outlets.csv`, next to this module) is merged with the user's own files: a user
row replaces every shipped row that shares its name, an alias or a domain, so a user
can correct or re-rate an outlet without editing the package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from contrasta.coverage.csvrows import file_name, read_rows
from contrasta.dedup.outlets import outlet_key
from contrasta.errors import InputError
from contrasta.i18n import N_, _
from contrasta.model import Article

LEANINGS = ("izquierda", "centro-izquierda", "centro", "centro-derecha", "derecha")
"""The scale, left to right. A source's own words are mapped onto it as README says."""
UNRATED = "unrated"
LEANING_LABELS = dict(
    zip(
        (*LEANINGS, UNRATED),
        (
            N_("left"),
            N_("centre-left"),
            N_("centre"),
            N_("centre-right"),
            N_("right"),
            N_("unrated"),
        ),
        strict=True,
    )
)
"""The registry's leaning codes (Spanish words, as the CSV files write them), as shown."""


def leaning_label(code: str) -> str:
    """A leaning code in the active language."""
    return _(LEANING_LABELS[code]) if code in LEANING_LABELS else code


SHIPPED = Path(__file__).with_name("outlets.csv")
SHIPPED_NAME = file_name(SHIPPED)  # as runs store it and reports show it
COLUMNS = (
    "name",
    "aliases",
    "domains",
    "country",
    "language",
    "leaning",
    "owner",
    "rating_source",
    "rating_url",
    "rating_date",
    "note",
)
_REQUIRED = ("name", "leaning")
_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")


@dataclass(frozen=True)
class Outlet:
    """One row of a registry; `origin` is "file:line", so any rating can be traced."""

    name: str
    leaning: str = UNRATED
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str = ""
    language: str = ""
    owner: str = ""
    rating_source: str = ""
    rating_url: str = ""
    rating_date: str = ""
    note: str = ""
    origin: str = ""

    @property
    def rated(self) -> bool:
        return self.leaning != UNRATED

    @property
    def keys(self) -> set[str]:
        return {outlet_key(n) for n in (self.name, *self.aliases) if outlet_key(n)}


@dataclass
class Registry:
    """Outlets looked up by name (case, accents, spaces and agency aliases folded) or
    by the domain of an article's URL."""

    outlets: list[Outlet] = field(default_factory=list)
    sources: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self._by_key = {key: o for o in self.outlets for key in o.keys}
        self._by_domain = {d: o for o in self.outlets for d in o.domains}

    def by_name(self, name: str | None) -> Outlet | None:
        return self._by_key.get(outlet_key(name)) if name else None

    def by_url(self, url: str | None) -> Outlet | None:
        """The outlet owning the URL's host or any parent domain of it."""
        host = url_host(url)
        while host and "." in host:
            if host in self._by_domain:
                return self._by_domain[host]
            host = host.split(".", 1)[1]
        return None

    def match(self, article: Article) -> Outlet | None:
        """By the outlet the article names first; its URL only when the name is unknown."""
        return self.by_name(article.outlet) or self.by_url(article.url)


def fold_outlets(articles: list[Article], registry: Registry) -> list[Article]:
    """The articles with each outlet under its registry name, so "Agencia EFE" and "EFE"
    are one outlet wherever outlets are counted or shown. An article naming no outlet takes
    the one owning its URL's domain; a named outlet the registry lacks keeps its name (a
    domain is no proof that a differently named outlet is the registry's one)."""
    folded = []
    for article in articles:
        found = registry.by_name(article.outlet) if article.outlet else registry.by_url(article.url)
        if found is not None and found.name != article.outlet:
            article = replace(article, outlet=found.name)
        folded.append(article)
    return folded


def url_host(url: str | None) -> str:
    if not url:
        return ""
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.")


def load_registry(extra: list[Path] | tuple[Path, ...] = (), shipped: bool = True) -> Registry:
    """The shipped registry merged with `extra` files, later files overriding earlier.

    Raises `InputError` naming `file:line` for the first bad row: a registry with a
    wrong rating in it must be fixed, not silently half-used.
    """
    outlets = list(_shipped()) if shipped else []
    sources = [SHIPPED_NAME] if shipped else []
    for path in extra:
        for row in read_outlets(Path(path)):
            outlets = [o for o in outlets if not _same_outlet(o, row)] + [row]
        sources.append(str(path))
    return Registry(outlets, tuple(sources))


@cache
def _shipped() -> tuple[Outlet, ...]:
    return tuple(read_outlets(SHIPPED))


@cache
def default_registry() -> Registry:
    return load_registry()


def _same_outlet(a: Outlet, b: Outlet) -> bool:
    return bool(a.keys & b.keys) or bool(set(a.domains) & set(b.domains))


def read_outlets(path: Path) -> list[Outlet]:
    """Rows of one registry file. Lines whose first cell starts with "#" are comments."""
    rows = []
    for line, cells in read_rows(path, COLUMNS, _REQUIRED):
        rows.append(_outlet(cells, f"{file_name(path)}:{line}"))
    return rows


def _outlet(row: dict[str, str], origin: str) -> Outlet:
    leaning = row["leaning"].lower()
    if leaning not in (*LEANINGS, UNRATED):
        raise InputError(
            f"{origin}: " + _("unknown leaning {value}").format(value=repr(row["leaning"])),
            _("use one of: {values}").format(values=", ".join((*LEANINGS, UNRATED))),
            source=origin,
        )
    if leaning != UNRATED and not row["rating_source"]:
        raise InputError(
            f"{origin}: "
            + _("{name} is rated {leaning} without a rating_source").format(
                name=row["name"], leaning=leaning
            ),
            _('name the source (and rating_url, rating_date), or write "unrated"'),
            source=origin,
        )
    if row["rating_date"]:
        try:
            date.fromisoformat(row["rating_date"])
        except ValueError as exc:
            raise InputError(
                f"{origin}: "
                + _("rating_date {value} is not a date").format(value=repr(row["rating_date"])),
                _("write it as YYYY-MM-DD"),
                source=origin,
            ) from exc
    domains = tuple(d.lower().removeprefix("www.") for d in _split(row["domains"]))
    for domain in domains:
        if not _DOMAIN.match(domain):
            raise InputError(
                f"{origin}: " + _("{value} is not a domain name").format(value=repr(domain)),
                _("write the bare domain, e.g. elpais.com (no scheme, no path)"),
                source=origin,
            )
    return Outlet(
        name=row["name"],
        leaning=leaning,
        aliases=tuple(_split(row["aliases"])),
        domains=domains,
        country=row["country"].upper(),
        language=row["language"],
        owner=row["owner"],
        rating_source=row["rating_source"],
        rating_url=row["rating_url"],
        rating_date=row["rating_date"],
        note=row["note"],
        origin=origin,
    )


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]
