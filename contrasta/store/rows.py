"""An Article as every back end stores it (SQLite, PostgreSQL, Spark's Parquet): the same
columns, only the value types of dates and removed lines differ. One mapping here keeps the
three from drifting when the Article gains a field. An article comes back within the text
limits (`limits.within_limits`), whatever was stored before them, and a value that does
not decode (a row written by hand, by another version, or damaged) is logged and read as
missing: one bad row must not stop every listing of the database."""

from __future__ import annotations

import json
import logging
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


log = logging.getLogger(__name__)


def from_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        log.warning("unreadable stored time %.80r: read as none", value)
        return None


def from_json(text: str | None, default):
    """A JSON column, or `default` when it is empty or does not decode."""
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        log.warning("unreadable stored JSON %.80r: read as empty", text)
        return default


def _meter(value) -> CoverageMeter | None:
    if not value:
        return None
    try:
        return CoverageMeter(
            {str(k): float(v) for k, v in value["shares"].items()}, str(value["raw"])
        )
    except (TypeError, KeyError, ValueError, AttributeError):
        log.warning("unreadable stored coverage meter %.80r: left out", value)
        return None


def _references(values) -> list[Reference]:
    found = []
    for value in values if isinstance(values, list) else []:
        try:
            found.append(Reference(**{**value, "published": from_iso(value.get("published"))}))
        except (TypeError, AttributeError):
            log.warning("unreadable stored reference %.80r: left out", value)
    return found


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
        meter=_meter(meter),
        references=_references(references),
    )
    return within_limits(article)
