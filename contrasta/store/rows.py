"""An Article as every back end stores it (SQLite, PostgreSQL, Spark's Parquet) and as
stories.json and the API show it: one column table, from which the SQL column lists and
DDL, the Arrow fields and the exported keys all come, so a new Article field is one entry
here (and one in the model). Only the value types of times and JSON differ between back
ends, and each passes its own converters. An article comes back within the text limits
(`limits.within_limits`), whatever was stored before them, and a value that does not
decode (a row written by hand, by another version, or damaged) is logged and read as
missing: one bad row must not stop every listing of the database."""

from __future__ import annotations

import json
import logging
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from contrasta.limits import within_limits
from contrasta.model import PROBLEM, Article, RemovedLine, RunRecord
from contrasta.serial import SchemaError, reader, to_data

TEXT = "text"
TIME = "time"
JSON = "json"  # nested and rare values (the publisher's meter, the references)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # TEXT | TIME | JSON
    attr: str = ""  # the Article field, when it is named otherwise
    required: bool = False
    constraint: str = ""  # PRIMARY KEY | UNIQUE
    default: str = ""  # an SQL literal
    key: str | None = ""  # its key in stories.json and the API, if not its name; None: not shown
    doc: str = ""  # its description in the API's OpenAPI document

    @property
    def field(self) -> str:
        return self.attr or self.name

    @property
    def shown_as(self) -> str | None:
        return self.name if self.key == "" else self.key


ARTICLE_COLUMNS = (
    Column("id", TEXT, required=True, constraint="PRIMARY KEY"),
    Column("content_hash", TEXT, required=True, constraint="UNIQUE", key=None),
    Column("source", TEXT, required=True),
    Column("fmt", TEXT, required=True, key="format"),
    Column("title", TEXT, required=True),
    Column("text", TEXT, required=True, doc="cleaned text; paragraphs separated by a blank line"),
    Column("outlet", TEXT),
    Column("url", TEXT),
    Column("author", TEXT),
    Column("published", TIME),
    Column("published_from", TEXT, required=True, doc="where the publication time was read"),
    Column("lang", TEXT),
    Column("meter", JSON, doc="the publisher's own coverage meter, if pasted"),
    Column("refs", JSON, attr="references", required=True, default="'[]'", key="references"),
    Column("ingested_at", TIME, required=True, key=None),
)
NAMES = tuple(c.name for c in ARTICLE_COLUMNS)
ELSEWHERE = frozenset({"removed"})
"""Article fields with their own table (removed_lines: one row per line, for the rules
report) or their own Arrow field, so not a column of `articles`."""

SQL_TYPES = {
    "sqlite": {TEXT: "TEXT", TIME: "TEXT", JSON: "TEXT"},
    # json, not jsonb: the publisher's meter keeps its order of shares.
    "postgres": {TEXT: "TEXT", TIME: "TIMESTAMP", JSON: "JSON"},
}
# Ids compare bytewise in PostgreSQL too, as in SQLite, whatever the database's collation.
_KEY_COLLATION = {"sqlite": "", "postgres": ' COLLATE "C"'}


def column_sql(column: Column, backend: str) -> str:
    parts = [column.name, SQL_TYPES[backend][column.kind]]
    if column.constraint == "PRIMARY KEY":
        parts[-1] += _KEY_COLLATION[backend]
    if column.required and column.constraint != "PRIMARY KEY":
        parts.append("NOT NULL")
    if column.constraint:
        parts.append(column.constraint)
    if column.default:
        parts.append(f"DEFAULT {column.default}")
    return " ".join(parts)


def column_ddl(backend: str) -> str:
    """The `articles` columns of `CREATE TABLE`, for the schema script's placeholder."""
    return ",\n    ".join(column_sql(c, backend) for c in ARTICLE_COLUMNS)


def added_columns(present: set[str], backend: str) -> list[str]:
    """`ALTER TABLE` statements that give a database made before a column was added to
    the table that column (so a new one is nullable, or required with a default)."""
    return [
        f"ALTER TABLE articles ADD COLUMN {column_sql(c, backend)}"
        for c in ARTICLE_COLUMNS
        if c.name not in present
    ]


def schema_script(template: str, backend: str) -> str:
    return template.replace("{article_columns}", column_ddl(backend)).replace("{problem}", PROBLEM)


def column_list(prefix: str = "") -> str:
    return ", ".join(prefix + name for name in NAMES)


def unchanged(value: Any) -> Any:
    """A value the back end holds as it is (the default converter)."""
    return value


def stored_values(
    article: Article,
    time: Callable[[datetime], Any] = unchanged,
    data: Callable[[Any], Any] = unchanged,
    text: Callable[[str | None], Any] = unchanged,
) -> tuple:
    """The column values in `NAMES` order, times and JSON data as the back end holds them;
    a required time left unset (ingestion time) is the time of storing."""
    values = []
    for c in ARTICLE_COLUMNS:
        value = getattr(article, c.field)
        if c.kind == TIME:
            value = value or (datetime.now() if c.required else None)
            values.append(time(value) if value else None)
        elif c.kind == JSON:
            values.append(data(to_data(value)) if value is not None else None)
        else:
            values.append(text(value))
    return tuple(values)


log = logging.getLogger(__name__)


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def from_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        log.warning("unreadable stored time %.80r: read as none", value)
        return None


def from_json(text: str | None) -> Any:
    """A JSON column, or None when it is empty or does not decode."""
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        log.warning("unreadable stored JSON %.80r: read as empty", text)
        return None


_HINTS = typing.get_type_hints(Article)


def _reader(column: Column) -> Callable[[Any], Any]:
    """A JSON column's value as its Article field's type; a list keeps the items that
    decode, anything else is read as missing when it does not."""
    hint = _HINTS[column.field]
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        read_item = reader(item)

        def read_list(value: Any) -> list:
            found = []
            for one in value if isinstance(value, list) else ():
                try:
                    found.append(read_item(one))
                except SchemaError:
                    log.warning("unreadable stored %s %.80r: left out", column.name, one)
            return found

        return read_list
    read_value = reader(hint)

    def read(value: Any) -> Any:
        if value is None:
            return None
        try:
            return read_value(value)
        except SchemaError:
            log.warning("unreadable stored %s %.80r: left out", column.name, value)
            return None

    return read


_COPIED = tuple((c.name, c.field) for c in ARTICLE_COLUMNS if c.kind == TEXT)
_TIMES = tuple((c.name, c.field) for c in ARTICLE_COLUMNS if c.kind == TIME)
_NESTED = tuple((c.name, c.field, _reader(c)) for c in ARTICLE_COLUMNS if c.kind == JSON)


def stored_article(
    row: Mapping,
    removed: list[RemovedLine],
    time: Callable[[Any], datetime | None] = unchanged,
    data: Callable[[Any], Any] = unchanged,
) -> Article:
    """The back end passes how its times and JSON read back; the rest is copied."""
    values = {field: row[name] for name, field in _COPIED}
    for name, field in _TIMES:
        values[field] = time(row[name])
    for name, field, read in _NESTED:
        values[field] = read(data(row[name]))
    return within_limits(Article(**values, removed=removed))


def stored_run(row: Mapping, time: Callable[[Any], datetime | None] = unchanged) -> RunRecord:
    """A row of the runs table as a RunRecord (its problems and warnings are read apart);
    `time` reads a time as the back end holds it, as for `stored_article`."""
    return RunRecord(
        id=row["id"],
        started=time(row["started_at"]),
        finished=time(row["finished_at"]),
        files=row["files_read"],
        added=row["articles_added"],
        duplicates=row["duplicates"],
        stories=row["stories"],
        problem_count=row["problems"],
        warning_count=row["warnings"],
    )
