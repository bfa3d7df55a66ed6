"""JSON Lines: one article per line, as exported by feeds and scrapers.

Each line stands alone, so a broken line is one problem and the others still count:
whatever goes wrong inside a line is that line's problem, and nesting is bounded before
the parser sees it (200,000 brackets would exhaust its recursion). Lines end at "\n" only:
U+2028 and the other separators `str.splitlines` knows may sit raw inside a JSON string.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

from contrasta.dates import parse_date
from contrasta.errors import FIX_LINE, INTERNAL_HINT, InputError, describe
from contrasta.i18n import _
from contrasta.ingest.text import paragraphs_from_lines
from contrasta.model import RawDocument

log = logging.getLogger(__name__)
MAX_DEPTH = 32  # an article record is an object of strings; deeper is not an article
_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep(line: str) -> bool:
    depth = 0
    for token in _NESTING.finditer(line):
        mark = token.group()
        if mark in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif mark in ("]", "}"):
            depth -= 1
    return False


def read_jsonl(source: str, text: str) -> Iterator[RawDocument | InputError]:
    """Yield one document, or one error naming its line, per non-empty line."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            if _too_deep(line):
                raise InputError(
                    _("JSON nested deeper than {n} levels").format(n=MAX_DEPTH), _(FIX_LINE)
                )
            yield _document(where, json.loads(line))
        except json.JSONDecodeError as exc:
            yield InputError(
                _("invalid JSON ({reason})").format(reason=exc.msg), _(FIX_LINE), where
            )
        except InputError as exc:
            yield InputError(str(exc), exc.hint, where)
        except Exception as exc:  # a fault on one line must cost that line only
            log.exception("reading %s", where)
            reason = _("cannot read this line ({reason})").format(reason=describe(exc))
            yield InputError(reason, INTERNAL_HINT, where)


def _field(record: dict, *names: str) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _document(where: str, record: object) -> RawDocument:
    if not isinstance(record, dict):
        raise InputError(
            _("not a JSON object"), _("each line must be an object with a 'text' field")
        )
    body = _field(record, "text", "body", "content")
    if body is None:
        raise InputError(_("no 'text' field"), _("each line needs the article text in 'text'"))
    stated = _field(record, "published", "date", "published_at")
    published = parse_date(stated) if stated else None
    return RawDocument(
        source=where,
        fmt="jsonl",
        text=body,
        title=_field(record, "title", "headline"),
        outlet=_field(record, "outlet", "source", "site"),
        url=_field(record, "url", "link"),
        author=_field(record, "author"),
        published=published,
        lang=_field(record, "lang", "language"),
        paragraphs=paragraphs_from_lines(body.splitlines()),
        refused_date=stated if stated and published is None else None,
    )
