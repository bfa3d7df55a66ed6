"""Two reports that put one fact on two weekdays ("a partir de este miércoles" / "a partir de
este jueves"): a conflict even when no publication date says which days those are.

A weekday named without its number resolves only against the publication date, and many
articles carry none; but two different weekdays are two different days whatever the base,
as long as both articles speak of the same week. Compared only like with like: a day that
bounds a period ("desde el lunes") with another such day, an event's day with an event's.
"""

from __future__ import annotations

from datetime import datetime

from contrasta.crosscheck.claims import NOT_EVENT_DAY, Claim
from contrasta.crosscheck.words import fold
from contrasta.dates import WEEKDAYS

_SAME_WEEK = 6  # days between publications beyond which "este lunes" may be another Monday


def weekdays(claim: Claim) -> list[tuple[int, bool, str]]:
    """(weekday, bounds a period, as written) for each weekday the claim names."""
    found = []
    for mention in claim.dates:
        days = [WEEKDAYS[w] for w in fold(mention.text).split() if w in WEEKDAYS]
        if len(days) == 1:
            before = fold(claim.sentence[: mention.start - claim.start])
            found.append((days[0], bool(NOT_EVENT_DAY.search(before)), mention.text))
    return found


def weekday_clash(
    a: Claim, b: Claim, published: dict[str, datetime | None]
) -> tuple[str, str] | None:
    """The two weekdays as written, when each claim names one, of the same kind, and they
    differ."""
    at_a, at_b = published.get(a.article_id), published.get(b.article_id)
    if at_a is not None and at_b is not None and abs((at_a - at_b).days) > _SAME_WEEK:
        return None
    mine, theirs = weekdays(a), weekdays(b)
    if len(mine) != 1 or len(theirs) != 1 or a.moved or b.moved:
        return None
    (day, bound, text), (other, other_bound, other_text) = mine[0], theirs[0]
    if bound != other_bound or day == other:
        return None
    return text, other_text
