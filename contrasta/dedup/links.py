"""What every dedup step produces: a link from a copy to where it came from, and time order.

Copies are never deleted: a republished wire story is still a publication by its outlet,
but it is not independent confirmation. Links keep that distinction explicit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

ARTICLE = "article"
PARAGRAPHS = "paragraphs"
ATTRIBUTION = "attribution"
TRANSLATION = "translation"


@dataclass(frozen=True)
class CopyLink:
    """`copy_id` took text (or, for attribution, its story) from `origin_id`.

    `similarity` is the exact Jaccard of the two articles' word 3-gram sets for "article"
    and "paragraphs" links, and the Jaccard of their word sets for "attribution" links (a
    credited rewrite keeps the facts' words but not the phrasing); for "translation" links
    (`crosscheck.translations`), the share of the shorter article's claims that have their
    translation in the other. `shared` pairs
    (copy paragraph index, origin paragraph index), indexes into `Article.paragraphs`.
    """

    copy_id: str
    origin_id: str
    kind: str
    similarity: float
    shared: tuple[tuple[int, int], ...] = ()


def moment(published: datetime | None) -> datetime | None:
    """Aware times in UTC without the zone, so that they compare with naive ones."""
    if published is not None and published.tzinfo is not None:
        return published.astimezone(UTC).replace(tzinfo=None)
    return published


def timeline_key(published: datetime | None, position: int) -> tuple[bool, datetime, int]:
    """Sort key deciding which of two articles is the origin: the smaller key.

    Earlier publication wins and equal times fall back to indexing order. An undated
    article sorts after every dated one: the pairwise rule "unknown date, so the one
    indexed first" is not transitive once dated and undated articles mix, and chains need
    one earliest article. A missing date is also far more often an aggregator's copy
    that dropped it than a wire original.
    """
    when = moment(published)
    return (True, datetime.min, position) if when is None else (False, when, position)
