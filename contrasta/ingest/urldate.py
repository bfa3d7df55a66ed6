"""The publication date many news URLs carry: `/2017/06/10/slug`, `/2021-02-12/`, `-20210212…`.

A URL is the last place to look for a date (it has no time of day, and a path can hold
numbers that only look like one), so only a full year-month-day counts, each part in a
segment of its own or as one eight-digit run (optionally followed by the time, as
`201611120121`), and only a plausible day: from 1990 up to the moment of ingestion.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

FIRST_YEAR = 1990
_DATE = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d{2})"
    r"(?:(?P<sep>[/_-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d])"
    r"|(?P<month8>\d{2})(?P<day8>\d{2})(?:\d{4}(?:\d{2})?)?(?![\d]))"
)


_ARCHIVED = re.compile(r"/web/\d{8,14}[a-z_]*/(?P<original>https?://.+)$")


def date_from_url(url: str | None, now: datetime) -> datetime | None:
    """The first plausible full date in the path of `url`, or None. For a copy in a web
    archive, the archived page's address counts: the capture time is not its date."""
    if not url:
        return None
    path = urlsplit(url.strip()).path
    if (archived := _ARCHIVED.search(path)) is not None:
        return date_from_url(archived["original"], now)
    for match in _DATE.finditer(path):
        month, day = match["month"] or match["month8"], match["day"] or match["day8"]
        try:
            found = datetime(int(match["year"]), int(month), int(day))
        except ValueError:
            continue
        if found.year >= FIRST_YEAR and found <= now:
            return found
    return None
