"""Arrow schemas of what passes between the stages, and Article <-> row conversion.

A bad record must not kill a job, so every schema carries `reason` and `hint`: a row
with a reason is a problem (its source says which file or record), not an article, and
each stage passes such rows through untouched. Datetimes are naive, as in the model, and
map to Spark's `timestamp_ntz`, so no time zone sneaks in between the stages.
"""

from __future__ import annotations

import json
from dataclasses import asdict

import pyarrow as pa

from contrasta.model import Article, Captured, RawDocument, RemovedLine
from contrasta.store.rows import (
    ARTICLE_COLUMNS,
    JSON,
    NAMES,
    TEXT,
    from_json,
    stored_article,
    stored_values,
)
from contrasta.store.rows import TIME as TIME_COLUMN

TIME = pa.timestamp("us")
REMOVED = pa.list_(
    pa.struct([("text", pa.string()), ("rule", pa.string()), ("position", pa.int32())])
)
PROBLEM_FIELDS = [("reason", pa.string()), ("hint", pa.string()), ("warning", pa.bool_())]
"""A row with a reason is a problem, or with `warning` true a warning (`InputWarning`: an
article read and kept, whose row is beside it, with something dropped or guessed)."""

FILES = pa.schema([("path", pa.string()), ("content", pa.binary())])
"""What Spark's binaryFile source gives a stage: one row per file."""

DOCS = pa.schema(
    [
        ("source", pa.string()),
        ("fmt", pa.string()),
        ("text", pa.string()),
        ("paragraphs", pa.list_(pa.string())),
        ("title", pa.string()),
        ("outlet", pa.string()),
        ("url", pa.string()),
        ("author", pa.string()),
        ("published", TIME),
        ("lang", pa.string()),
        ("fetched_at", TIME),
        ("refused_date", pa.string()),
        ("guessed_encoding", pa.string()),
        *PROBLEM_FIELDS,
    ]
)
"""One `RawDocument` per row: what a reader saw, before cleaning; `fetched_at` is the
crawl time of a web-archive record (`Captured`); `refused_date` a stated date the reader
dropped and `guessed_encoding` a file's or web page's encoding guessed (or much of it
undecodable), which `prepare` turns into warnings."""

ARROW_TYPES = {TEXT: pa.string(), TIME_COLUMN: TIME, JSON: pa.string()}
ARTICLE_FIELDS = [
    *((c.name, ARROW_TYPES[c.kind]) for c in ARTICLE_COLUMNS),
    ("flags", pa.list_(pa.string())),
    ("removed", REMOVED),
]
ARTICLES = pa.schema([*ARTICLE_FIELDS, *PROBLEM_FIELDS])
"""One cleaned `Article` per row; `meter` and `refs` are JSON (rare and nested)."""

DEDUP_FIELDS = [
    ("order_key", pa.string()),
    ("words", pa.int32()),
    ("shingles", pa.list_(pa.int32())),
    ("band_keys", pa.list_(pa.int64())),
]
STORY_KEY = pa.struct([("bucket", pa.int64()), ("name", pa.string()), ("weight", pa.float64())])
STORY_FIELDS = [("when_s", pa.int64()), ("story_keys", pa.list_(STORY_KEY))]
KEYED = pa.schema([*ARTICLE_FIELDS, *PROBLEM_FIELDS, *DEDUP_FIELDS, *STORY_FIELDS])
"""Articles with their dedup and story-candidate keys: the input of the cluster steps."""

EDGES = pa.schema([("a", pa.string()), ("b", pa.string()), ("similarity", pa.float64())])
"""Confirmed copy pairs, a < b."""
COPY_LINKS = pa.schema(
    [
        ("copy_id", pa.string()),
        ("origin_id", pa.string()),
        ("kind", pa.string()),
        ("similarity", pa.float64()),
    ]
)
PROBLEMS = pa.schema(
    [
        ("source", pa.string()),
        ("reason", pa.string()),
        ("hint", pa.string()),
        ("skipped", pa.bool_()),
        ("warning", pa.bool_()),
    ]
)
"""Problems, skipped files and warnings (`warning` true: the article was kept); an output
written before warnings were has no `warning` column."""


def problem_row(source: str, reason: str, hint: str = "", warning: bool = False) -> dict:
    return {"source": source, "reason": reason, "hint": hint, "warning": warning}


def doc_row(raw: RawDocument) -> dict:
    return {
        "source": raw.source,
        "fmt": raw.fmt,
        "text": raw.text,
        "paragraphs": raw.paragraphs,
        "title": raw.title,
        "outlet": raw.outlet,
        "url": raw.url,
        "author": raw.author,
        "published": raw.published,
        "lang": raw.lang,
        "fetched_at": raw.fetched_at if isinstance(raw, Captured) else None,
        "refused_date": raw.refused_date,
        "guessed_encoding": raw.guessed_encoding,
    }


def doc_from_row(row: dict) -> RawDocument:
    return Captured(
        source=row["source"],
        fmt=row["fmt"],
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        author=row["author"],
        published=row["published"],
        lang=row["lang"],
        paragraphs=row["paragraphs"],
        fetched_at=row["fetched_at"],
        refused_date=row.get("refused_date"),
        guessed_encoding=row.get("guessed_encoding"),
    )


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False)


def article_row(article: Article) -> dict:
    return {
        **dict(zip(NAMES, stored_values(article, data=_json), strict=True)),
        "flags": article.flags,
        "removed": [asdict(r) for r in article.removed],
    }


def article_from_row(row: dict) -> Article:
    """The Article a row was made from (flags are derived, so they are not read back)."""
    removed = [RemovedLine(**r) for r in row["removed"] or []]
    return stored_article(row, removed, data=from_json)
