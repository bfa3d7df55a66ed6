"""Page-shaped data from dossiers and articles: pure functions, no I/O, no HTML.

Highlights are computed here as plain text segments with class names; the templates
wrap each segment in a tag and Jinja escapes its text, so scraped text never becomes
markup whatever it contains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from contrasta.coverage import Lexicon, LoadedMatch, Registry, article_loaded, fold_outlets
from contrasta.coverage.meter import band_label
from contrasta.coverage.registry import UNRATED
from contrasta.crosscheck import TEXT, extract_claims
from contrasta.dossier import Dossier
from contrasta.i18n import _, ngettext
from contrasta.labels import CLAIM_LABELS, DERIVED_FROM
from contrasta.model import Article
from contrasta.reading.quotes import find_quotes
from contrasta.report.coverage import BAND_CLASSES


@dataclass(frozen=True)
class Mark:
    """A highlighted span of `Article.text` (character offsets) and what it is."""

    start: int
    end: int
    kind: str  # CSS classes: "claim corroborated", "quote", ...
    note: str  # shown as the tooltip


@dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    anchor: str | None = None


def anchor(start: int) -> str:
    """Id of the place in an article page where a cited passage starts."""
    return f"o{start}"


def loaded_words(article: Article, dossier: Dossier | None, lexicon: Lexicon) -> list[LoadedMatch]:
    """The article's loaded words, from its story's dossier when it has one."""
    if dossier is None:
        return article_loaded(article, lexicon)
    return dossier.coverage.loaded.get(article.id, [])


def _loaded_note(match: LoadedMatch) -> str:
    quoted = " (" + _("inside a quote: the speaker's words") + ")" if match.quoted else ""
    neutral = " " + _("Alternative") + f": {match.neutral}." if match.neutral else ""
    return _("loaded language") + f", {match.category}: {match.note}{neutral}{quoted}"


def _quote_note(speaker: str) -> str:
    who = _("someone unidentified") if speaker == "?" else speaker
    return _("quote by {who}").format(who=who)


def article_marks(article: Article, dossier: Dossier | None, lexicon: Lexicon) -> list[Mark]:
    """Claims (labelled by the story's cross-check when there is one), quotes and loaded
    words of the text."""
    marks = [
        Mark(m.start, m.end, "loaded", _loaded_note(m))
        for m in loaded_words(article, dossier, lexicon)
        if m.field == "text"
    ]
    if dossier is None:
        marks += [
            Mark(c.start, c.end, "claim", _("claim (no story to check it against)"))
            for c in extract_claims(article)
            if c.field == TEXT
        ]
        marks += [
            Mark(q.start, q.end, "quote", _quote_note(q.speaker or "?"))
            for q in find_quotes(article.text, article.lang)
        ]
        return marks
    for group in dossier.check.groups:
        origins = len(group.origins)
        note = _("claim {label}").format(label=CLAIM_LABELS[group.label]) + (
            " ("
            + ngettext("{n} independent origin", "{n} independent origins", origins).format(
                n=origins
            )
            + ")"
        )
        marks += [
            Mark(c.start, c.end, f"claim {group.label}", note)
            for c in group.claims
            if c.article_id == article.id and c.field == TEXT
        ]
    for speaker, quotes in dossier.quotes.items():
        marks += [
            Mark(q.start, q.end, "quote", _quote_note(speaker))
            for q in quotes
            if q.article_id == article.id
        ]
    return marks


def cited_starts(article: Article, dossier: Dossier | None) -> set[int]:
    """Where the summary and timeline send the reader: a fact is cited by its whole
    sentence, which starts before the clause highlighted as the claim."""
    if dossier is None:
        return set()
    return {
        claim.cited()[1]
        for group in dossier.check.groups
        for claim in group.claims
        if claim.article_id == article.id and claim.field == TEXT
    }


class SourcePlaces:
    """Where each outlet named beside a cited fact says it: a summary point or a timeline
    entry shows one article's sentence and names every outlet stating the fact, and each
    name links to that outlet's own sentence (its claim of the same group), so a reader can
    check what each one wrote rather than land at the top of its article."""

    def __init__(self, dossier: Dossier) -> None:
        self._groups: dict[tuple[str, str, int], list] = {}
        for group in dossier.check.groups:
            for claim in group.claims:
                for start in {claim.start, claim.cited()[1]}:
                    key = (claim.article_id, claim.field, start)
                    self._groups.setdefault(key, []).append(group)

    def of(self, cited, label: str | None = None) -> dict[str, tuple[int, str]]:
        """Article id -> (start, field) of its sentence stating the fact `cited` shows (a
        summary point or a timeline entry: its article, field, start and sources); only
        from the one group that holds the cited sentence and every source named, else {}."""
        wanted = {article_id for article_id, _outlet in cited.sources}
        for group in self._groups.get((cited.article_id, cited.field, cited.start), ()):
            if label is not None and group.label != label:
                continue
            places: dict[str, tuple[int, str]] = {}
            # An outlet's sentence in its text first: its title is shown at the top.
            for claim in sorted(group.claims, key=lambda c: (c.field != TEXT, c.start)):
                places.setdefault(claim.article_id, (claim.cited()[1], claim.field))
            if wanted <= places.keys():
                return places
        return {}


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of each paragraph of `Article.text` (paragraphs split by a blank line)."""
    spans, position = [], 0
    for part in text.split("\n\n"):
        if part.strip():
            spans.append((position, position + len(part)))
        position += len(part) + 2
    return spans


def highlighted(
    text: str, marks: list[Mark], anchors: set[int] = frozenset()
) -> list[list[Segment]]:
    """Each paragraph cut at every mark boundary and cited position; a piece carries every
    mark covering it, and an anchor where a mark or a citation starts."""
    paragraphs = []
    for start, end in paragraph_spans(text):
        inside = [m for m in marks if m.start < end and m.end > start]
        cited = {p for p in anchors if start <= p < end}
        cuts = sorted(
            {start, end} | {p for m in inside for p in (m.start, m.end) if start < p < end} | cited
        )
        starts = {m.start for m in inside} | cited
        segments = []
        for a, b in pairwise(cuts):
            covering = [m for m in inside if m.start <= a and m.end >= b]
            segments.append(
                Segment(
                    text=text[a:b],
                    kinds=tuple(dict.fromkeys(m.kind for m in covering)),
                    notes=tuple(dict.fromkeys(m.note for m in covering)),
                    anchor=anchor(a) if a in starts else None,
                )
            )
        paragraphs.append(segments)
    return paragraphs


_MATCH = re.compile(r"\[([^\[\]]*)\]")


def snippet_segments(snippet: str) -> list[Segment]:
    """The store marks matched words in its snippets with [brackets]."""
    segments, position = [], 0
    for match in _MATCH.finditer(snippet):
        if match.start() > position:
            segments.append(Segment(snippet[position : match.start()]))
        segments.append(Segment(match.group(1), ("match",)))
        position = match.end()
    if position < len(snippet):
        segments.append(Segment(snippet[position:]))
    return segments


@dataclass(frozen=True)
class Headline:
    article: Article
    outlet: str
    owner: str
    # How it came from another outlet's article ("copy of X", "cites X"), None: its own text
    derived: str | None


@dataclass(frozen=True)
class Side:
    label: str
    css: str
    headlines: list[Headline]


def derived_from(dossier: Dossier, article_id: str) -> str | None:
    """How the article came from another outlet's, in words ("copy of X", "cites X",
    "translation of X"), by its strongest link (`Provenance.derived`); None for its own
    text."""
    found = dossier.provenance.derived(article_id)
    if found is None:
        return None
    kind, origin = found
    return DERIVED_FROM[kind].format(outlet=dossier.check.outlet_of.get(origin, origin))


def sides(dossier: Dossier, registry: Registry) -> list[Side]:
    """The story's headlines side by side, one column per leaning band (the coverage
    meter's, the unrated one last), so an editor sees how each side put it."""
    meter = dossier.coverage.meter
    band_of = {a: o.band for o in meter.outlets for a in o.articles}
    keys = [b.key for b in meter.bands] + [UNRATED]
    columns: dict[str, list[Headline]] = {key: [] for key in keys}
    for article in sorted(dossier.articles, key=lambda a: (a.published is None, a.published)):
        outlet = registry.by_name(article.outlet)
        columns.setdefault(band_of.get(article.id, UNRATED), []).append(
            Headline(
                article=article,
                outlet=dossier.check.outlet_of[article.id],
                owner=outlet.owner if outlet else "",
                derived=derived_from(dossier, article.id),
            )
        )
    return [
        Side(band_label(key), BAND_CLASSES.get(key, "unrated"), found)
        for key, found in columns.items()
        if found
    ]


def owners(names: list[str], registry: Registry) -> dict[str, str]:
    """Owner of each outlet the registry knows, for showing next to its name."""
    found = {name: registry.by_name(name) for name in names}
    return {name: o.owner for name, o in found.items() if o is not None and o.owner}


def shown_outlet(article: Article, registry: Registry) -> str:
    """The article's outlet under its registry name, as the story page shows it."""
    return fold_outlets([article], registry)[0].outlet or _("unknown outlet")
