"""Which side of the spectrum covered a story, counted in outlets and shown with its sums.

The unit is the outlet, not the article: ten pieces from one newspaper are one voice.
Copies are collapsed: an outlet whose every article in the story is a whole-article
republication ("article" copy link) of another outlet's article is listed as a copy
of that outlet and not counted as a voice of its own; it carried the story, but said
nothing the original did not. Outlets that copied some paragraphs or credited a source
in their own words keep their voice: they chose what to add and how to frame it.

Articles with neither an outlet name nor a URL cannot be attributed to any outlet and
are left out of the count; the arithmetic says how many. Every identified voice falls
in a band or in the unrated one, and the integer percentages are apportioned by
largest remainder so that the bar always adds up to exactly 100%.

A band is stored by its key ("left", "centre", "right", "unrated"), never by its label:
a dossier built under one language is read under another, and each reader sees the
labels in theirs (`band_label`). A band of the user's own (`parse_bands`) keeps the name
it was given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from contrasta.coverage.registry import LEANINGS, UNRATED, Outlet, Registry, url_host
from contrasta.dedup.links import ARTICLE, CopyLink
from contrasta.dedup.outlets import display_name, outlet_key
from contrasta.errors import InputError
from contrasta.i18n import N_, _, ngettext
from contrasta.model import Article

LEFT, CENTRE, RIGHT = "left", "centre", "right"
BAND_LABELS = {
    LEFT: N_("Progressive"),
    CENTRE: N_("Centre"),
    RIGHT: N_("Conservative"),
    UNRATED: N_("Unrated"),
}


def band_label(key: str) -> str:
    """A band's name in the active language; a band of the user's own, as they named it."""
    return _(BAND_LABELS[key]) if key in BAND_LABELS else key


@dataclass(frozen=True)
class Band:
    key: str
    leanings: tuple[str, ...]

    @property
    def label(self) -> str:
        return band_label(self.key)


DEFAULT_BANDS = (
    Band(LEFT, ("izquierda", "centro-izquierda")),
    Band(CENTRE, ("centro",)),
    Band(RIGHT, ("centro-derecha", "derecha")),
)


def parse_bands(spec: str) -> tuple[Band, ...]:
    """Bands from "Label=leaning+leaning;Label=leaning", e.g. a five-band meter
    "Izquierda=izquierda;Centro-izquierda=centro-izquierda;Centro=centro;...".
    Every leaning of the scale must fall in exactly one band."""
    bands = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        label, _equals, leanings = part.partition("=")
        members = tuple(x.strip().lower() for x in leanings.split("+") if x.strip())
        if not label.strip() or not members:
            raise InputError(
                _("band {band} has no label or no leanings").format(band=repr(part)),
                _(BANDS_HINT).format(example=BANDS_EXAMPLE),
            )
        bands.append(Band(label.strip(), members))
    placed = [leaning for band in bands for leaning in band.leanings]
    if sorted(placed) != sorted(LEANINGS):
        raise InputError(
            _("bands {bands} must place each of {leanings} exactly once").format(
                bands=repr(spec), leanings=", ".join(LEANINGS)
            ),
            _(BANDS_HINT).format(example=BANDS_EXAMPLE),
        )
    return tuple(bands)


BANDS_HINT = N_("e.g. {example}")
BANDS_EXAMPLE = (
    "Progresista=izquierda+centro-izquierda;Centro=centro;Conservador=centro-derecha+derecha"
)


@dataclass(frozen=True)
class OutletCoverage:
    """One outlet in one story. `copy_of` names the outlet it only republished."""

    name: str
    outlet: Outlet | None
    articles: tuple[str, ...]
    band: str  # its band's key
    copy_of: str | None = None

    @property
    def band_label(self) -> str:
        return band_label(self.band)

    @property
    def leaning(self) -> str:
        return self.outlet.leaning if self.outlet else UNRATED

    @property
    def voice(self) -> bool:
        return self.copy_of is None


@dataclass(frozen=True)
class BandShare:
    key: str
    count: int
    percent: int

    @property
    def label(self) -> str:
        return band_label(self.key)


@dataclass
class Meter:
    outlets: list[OutletCoverage]
    shares: list[BandShare]  # the bands in order, then the unrated one
    unidentified: list[str] = field(default_factory=list)  # article ids left out
    bands: tuple[Band, ...] = DEFAULT_BANDS

    @property
    def voices(self) -> list[OutletCoverage]:
        return [o for o in self.outlets if o.voice]

    @property
    def copies(self) -> list[OutletCoverage]:
        return [o for o in self.outlets if not o.voice]

    @property
    def arithmetic(self) -> str:
        """The count written out, e.g. "6 medios, 1 copia agrupada (...) → 5 voces: ...",
        in the active language (`contrasta.i18n`)."""
        n, voices = len(self.outlets), len(self.voices)
        if not n:
            text = _("No outlet identified")
        else:
            copies = self.copies
            grouped = (
                ngettext("{n} copy grouped", "{n} copies grouped", len(copies)).format(
                    n=len(copies)
                )
                + " ("
                + "; ".join(
                    _("{copy} republishes {original}").format(copy=c.name, original=c.copy_of)
                    for c in copies
                )
                + ")"
                if copies
                else _("no copies grouped")
            )
            bars = " · ".join(f"{s.label} {s.count}/{voices} = {s.percent}%" for s in self.shares)
            text = (
                ngettext("{n} outlet", "{n} outlets", n).format(n=n)
                + f", {grouped} → "
                + ngettext("{n} voice", "{n} voices", voices).format(n=voices)
                + f": {bars}"
            )
        if self.unidentified:
            k = len(self.unidentified)
            text += "; " + ngettext(
                "{n} article without an identified outlet is left out",
                "{n} articles without an identified outlet are left out",
                k,
            ).format(n=k)
        return text + "."


def coverage_meter(
    articles: list[Article],
    links: Iterable[CopyLink],
    registry: Registry,
    bands: tuple[Band, ...] = DEFAULT_BANDS,
    copy_kinds: frozenset[str] = frozenset({ARTICLE}),
) -> Meter:
    """The story's meter; `links` is the story's copy graph (`Provenance.links`)."""
    band_of = {leaning: band.key for band in bands for leaning in band.leanings}
    group_of: dict[str, str] = {}
    rows: dict[str, tuple[str, Outlet | None]] = {}
    members: dict[str, list[str]] = {}
    unidentified = []
    for article in articles:
        identity = _identify(article, registry)
        if identity is None:
            unidentified.append(article.id)
            continue
        key, name, outlet = identity
        group_of[article.id] = key
        rows.setdefault(key, (name, outlet))
        members.setdefault(key, []).append(article.id)
    copied_from = _copied_outlets(links, group_of, members, copy_kinds)
    outlets = []
    for key, (name, outlet) in rows.items():
        origin = copied_from.get(key)
        outlets.append(
            OutletCoverage(
                name=name,
                outlet=outlet,
                articles=tuple(members[key]),
                band=band_of.get(outlet.leaning, UNRATED) if outlet else UNRATED,
                copy_of=rows[origin][0] if origin else None,
            )
        )
    voices = [o for o in outlets if o.voice]
    keys = [band.key for band in bands] + [UNRATED]
    counts = [sum(o.band == key for o in voices) for key in keys]
    shares = [
        BandShare(key, count, percent)
        for key, count, percent in zip(keys, counts, apportion(counts), strict=True)
    ]
    return Meter(outlets=outlets, shares=shares, unidentified=unidentified, bands=bands)


def _identify(article: Article, registry: Registry) -> tuple[str, str, Outlet | None] | None:
    """(grouping key, name shown, registry row) of the article's outlet, or None."""
    outlet = registry.match(article)
    if outlet is not None:
        return f"registry:{outlet.name}", outlet.name, outlet
    if article.outlet:
        return f"name:{outlet_key(article.outlet)}", display_name(article.outlet), None
    host = url_host(article.url)
    return (f"host:{host}", host, None) if host else None


def _copied_outlets(
    links: Iterable[CopyLink],
    group_of: dict[str, str],
    members: dict[str, list[str]],
    kinds: frozenset[str],
) -> dict[str, str]:
    """Outlet key -> key of the outlet it only republished, resolved to an outlet that
    has a voice of its own (A copied B, which only copied C: A is a copy of C)."""
    origins: dict[str, dict[str, str]] = {}  # outlet -> {its article -> origin outlet}
    for link in links:
        mine, theirs = group_of.get(link.copy_id), group_of.get(link.origin_id)
        if link.kind in kinds and mine and theirs and mine != theirs:
            origins.setdefault(mine, {}).setdefault(link.copy_id, theirs)
    direct = {
        key: by_article[members[key][0]]
        for key, by_article in origins.items()
        if set(by_article) == set(members[key])
    }
    resolved = {}
    for key in direct:
        seen, origin = {key}, direct[key]
        while origin in direct and origin not in seen:
            seen.add(origin)
            origin = direct[origin]
        if origin not in seen:  # a cycle of copies would leave no voice: keep them all
            resolved[key] = origin
    return resolved


def apportion(counts: list[int]) -> list[int]:
    """Integer percentages of `counts` that add up to 100 (largest remainder)."""
    total = sum(counts)
    if not total:
        return [0] * len(counts)
    exact = [100 * c / total for c in counts]
    floors = [int(x) for x in exact]
    by_remainder = sorted(range(len(counts)), key=lambda i: (floors[i] - exact[i], i))
    for i in by_remainder[: 100 - sum(floors)]:
        floors[i] += 1
    return floors
