"""The story's events in date order, each with its sources, date disputes flagged.

Only facts whose sentence carries a date become events. A day written out ("el martes 13
de enero") is preferred to one resolved from a relative expression ("ayer"); when outlets
give different days for the same fact, each day is listed with who says it and the entry
is marked as disputed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from contrasta.crosscheck import ClaimGroup, CrossCheck


@dataclass(frozen=True)
class TimelineEntry:
    day: date
    text: str
    article_id: str
    start: int
    end: int
    label: str
    sources: tuple[tuple[str, str], ...]  # (article id, outlet)
    disputed: bool


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _days(group: ClaimGroup) -> dict[date, list]:
    """Each claim dated by its first date: later ones tend to be background ("vencido
    desde setiembre de 2025"), not the event the sentence reports."""
    by_day: dict[date, list] = {}
    for claim in group.claims:
        days = claim.days or tuple(_day(d) for d in claim.dates)
        if days:
            by_day.setdefault(days[0], []).append(claim)
    return by_day


def timeline(check: CrossCheck) -> list[TimelineEntry]:
    entries = []
    for group in check.groups:
        by_day = _days(group)
        disputed = any(c.kind == "date" for c in group.conflicts)
        days = sorted(by_day) if disputed else sorted(by_day)[:1]
        for day in days:
            claims = by_day[day]
            first = claims[0]
            entries.append(
                TimelineEntry(
                    day=day,
                    text=first.sentence,
                    article_id=first.article_id,
                    start=first.start,
                    end=first.end,
                    label=group.label,
                    sources=tuple(
                        dict.fromkeys((c.article_id, check.outlet_of[c.article_id]) for c in claims)
                    ),
                    disputed=disputed,
                )
            )
    return sorted(entries, key=lambda e: (e.day, e.article_id, e.start))
