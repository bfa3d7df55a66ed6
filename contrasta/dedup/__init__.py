"""Near-duplicates and syndication, recorded as provenance rather than deleted.

A republished wire story stays in the corpus (its outlet did publish it) but stops
counting as independent confirmation. `story_provenance` runs the three detectors on one
story's articles: shared text (whole articles, copies cut short and paragraphs, `minhash`),
explicit credits (`attribution`), then counts independent origins (`provenance`). For a
whole corpus, run `DuplicateIndex` online and keep credits for story-sized sets. (A
translation shares no words: `crosscheck.translations` finds it from the claims.)
"""

from __future__ import annotations

from contrasta.dedup.attribution import Citation, attribution_links, cited_origins
from contrasta.dedup.links import CopyLink
from contrasta.dedup.minhash import DuplicateIndex, find_copies
from contrasta.dedup.provenance import Provenance, provenance
from contrasta.model import Article

__all__ = [
    "Citation",
    "CopyLink",
    "DuplicateIndex",
    "Provenance",
    "attribution_links",
    "cited_origins",
    "find_copies",
    "provenance",
    "story_provenance",
]


def story_provenance(articles: list[Article]) -> Provenance:
    """Most stories hold one article, which copies and credits no other of its story: its
    text is neither sketched nor scanned for credits."""
    if len(articles) < 2:
        return provenance(articles, [])
    links = find_copies(articles)
    return provenance(articles, links + attribution_links(articles, links))
