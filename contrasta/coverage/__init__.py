"""Coverage and leaning: who covered a story, from which side, and with what words.

- `registry`: outlets with their leaning on a five-point scale (izquierda,
  centro-izquierda, centro, centro-derecha, derecha) or "unrated", each rating with its
  source, address and date (`outlets.csv`); users merge their own CSV files, which
  override shipped rows by name, alias or domain.
- `meter`: per story, outlets (not articles) per band, copies collapsed, unrated share
  shown, percentages adding to 100, and the arithmetic written out.
- `blindspot`: stories covered (almost) only by one side, with the rule stated.
- `loaded`: loaded or evaluative wording per article from an editable lexicon
  (`loaded.csv`), with offsets. No article-level leaning number: there is no labelled
  data here to measure one, so only the evidence is shown.

Publisher meters pasted inside articles (`Article.meter`) are kept beside ours,
labelled as the publisher's own: they measure something else (the aggregator's view of
the whole story), and contrasta cannot check how.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from contrasta.coverage.blindspot import Blindspot, blindspot
from contrasta.coverage.loaded import (
    Lexicon,
    LoadedMatch,
    default_lexicon,
    highlight_segments,
    load_lexicon,
)
from contrasta.coverage.meter import DEFAULT_BANDS, Band, Meter, coverage_meter, parse_bands
from contrasta.coverage.registry import (
    LEANINGS,
    UNRATED,
    Outlet,
    Registry,
    default_registry,
    fold_outlets,
    load_registry,
)
from contrasta.dedup.links import CopyLink
from contrasta.dedup.outlets import display_name
from contrasta.i18n import N_
from contrasta.model import Article, CoverageMeter
from contrasta.reading.quotes import Quote, find_quotes

__all__ = [
    "DEFAULT_BANDS",
    "LEANINGS",
    "NO_SCORE",
    "UNRATED",
    "Band",
    "Blindspot",
    "Coverage",
    "Lexicon",
    "LoadedMatch",
    "Meter",
    "Outlet",
    "PublisherMeter",
    "Registry",
    "article_loaded",
    "blindspot",
    "coverage_meter",
    "default_lexicon",
    "default_registry",
    "fold_outlets",
    "highlight_segments",
    "load_lexicon",
    "load_registry",
    "parse_bands",
    "story_coverage",
]

NO_SCORE = N_(
    "No bias score per article: there is no labelled data to measure its accuracy with, so"
    " the marked words and their reason are shown, not a score."
)


@dataclass(frozen=True)
class PublisherMeter:
    """A meter found pasted in an article: the publisher's (or aggregator's) own label."""

    article_id: str
    outlet: str
    meter: CoverageMeter


@dataclass
class Coverage:
    meter: Meter
    blindspot: Blindspot | None
    publisher_meters: list[PublisherMeter]
    loaded: dict[str, list[LoadedMatch]] = field(default_factory=dict)  # article id -> hits
    registry_sources: tuple[str, ...] = ()
    lexicon_sources: tuple[str, ...] = ()


def story_coverage(
    articles: list[Article],
    links: list[CopyLink],
    registry: Registry | None = None,
    lexicon: Lexicon | None = None,
    bands: tuple[Band, ...] = DEFAULT_BANDS,
    quotes: dict[str, list[Quote]] | None = None,
) -> Coverage:
    """Meter, blindspot, publisher meters and loaded words of one story; `quotes` are the
    articles' quotes by article id when their readings hold them already."""
    registry = registry or default_registry()
    lexicon = lexicon or default_lexicon()
    meter = coverage_meter(articles, links, registry, bands)
    return Coverage(
        meter=meter,
        blindspot=blindspot(meter),
        publisher_meters=[
            PublisherMeter(a.id, display_name(a.outlet) if a.outlet else a.id, a.meter)
            for a in articles
            if a.meter is not None
        ],
        loaded={a.id: article_loaded(a, lexicon, (quotes or {}).get(a.id)) for a in articles},
        registry_sources=registry.sources,
        lexicon_sources=lexicon.sources,
    )


def article_loaded(
    article: Article, lexicon: Lexicon | None = None, quotes: list[Quote] | None = None
) -> list[LoadedMatch]:
    """Loaded words in the title and text; hits inside direct quotes (the text's, found
    here unless given) are marked quoted."""
    lexicon = lexicon or default_lexicon()
    if quotes is None:
        quotes = find_quotes(article.text, article.lang)
    spans = [(q.start, q.end) for q in quotes]
    in_text = [
        replace(m, quoted=True) if any(s <= m.start and m.end <= e for s, e in spans) else m
        for m in lexicon.find(article.text)
    ]
    return lexicon.find(article.title, field="title") + in_text
