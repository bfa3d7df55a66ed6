"""An Article as every back end stores it (SQLite, PostgreSQL, Spark's Parquet): the same
columns, only the value types of dates and removed lines differ. One mapping here keeps the
three from drifting when the Article gains a field. An article comes back within the text
limits (`limits.within_limits`), whatever was stored before them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from datetime import datetime

from contrasta.limits import within_limits
from contrasta.model import Article, CoverageMeter, Reference, RemovedLine

STORED_AS_IS = (
    "id",
    "source",
    "fmt",
    "content_hash",
    "title",
    "text",
    "outlet",
    "url",
    "author",
    "published_from",
    "lang",
)


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def reference_json(ref: Reference) -> dict:
    return {**asdict(ref), "published": iso(ref.published)}


def stored_article(
    row: Mapping,
    *,
    published: datetime | None,
    ingested_at: datetime | None,
    removed: list[RemovedLine],
    meter: dict | None,
    references: list[dict],
) -> Article:
    """The back end converts what its types make different; the rest is copied."""
    article = Article(
        **{name: row[name] for name in STORED_AS_IS},
        published=published,
        ingested_at=ingested_at,
        removed=removed,
        meter=CoverageMeter(**meter) if meter else None,
        references=[
            Reference(**{**ref, "published": from_iso(ref["published"])}) for ref in references
        ],
    )
    return within_limits(article)
