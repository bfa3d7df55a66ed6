"""The story's events in date order, each with its sources; date and chronology disputes
flagged.

Only facts whose sentence carries a date become events. A day written out ("el martes 13
de enero") is preferred to one resolved from a relative expression ("ayer"); when outlets
give different days for the same fact, each day is listed with who says it and the entry
is marked as disputed.

A chronology conflict is an event reported as happening on or after the day another
source said it was called off or ruled out ("suspendió la feria", "la feria no se
celebrará"): at least one of the two is wrong, or the plan changed and nobody said so.
The called-off thing is found by its name ("la Feria del Queso") or, when it has none, by
the rare words around the verb; the event must mention it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from contrasta.crosscheck import Claim, ClaimGroup, CrossCheck
from contrasta.crosscheck.claims import content_words, fold
from contrasta.reading.names import names

# Called off, cancelled, ruled out (of an event, not of a claim: "descartó que fuera
# intencionado" rules out a hypothesis, which has no day). A postponed event is moved,
# not called off: it may well happen later.
_CALLED_OFF = re.compile(
    r"\b(?:suspend\w*|cancel\w*|anul\w*|"
    r"descart(?:o|a|an|aron|ado|ada)\b|"
    r"no (?:se )?(?:celebrar|realizar|disputar|inaugurar|llevar a cabo)\w*|no tendra lugar|"
    r"called off|ruled out|will not (?:take place|go ahead))"
)
# "no se celebrará", "quedó suspendida", "fue cancelado": the thing is the subject.
_PASSIVE = re.compile(r"^(?:no|will not)\b|(?:ad|id|uest)[oa]s?$|ed$")
_THING_WORDS = 10  # how far around the verb the called-off thing is looked for
_RARE = 3.0  # without a name, the thing is its words at least this rare (reading.rarity)
_MIN_SHARED = 2
_ARTICLES = frozenset("el la los las un una the a".split())
_PREPOSITIONS = frozenset(
    "a ante bajo con contra de del desde en entre hacia hasta para por segun sin sobre tras "
    "in at on of from to for by with".split()
)


@dataclass(frozen=True)
class CalledOff:
    """Who said the event would not happen, when, and in which sentence."""

    article_id: str
    outlet: str
    said_on: date
    text: str
    start: int
    end: int


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
    # Sources that had called this event off before the day it is reported to happen.
    called_off: tuple[CalledOff, ...] = ()


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _claim_day(claim: Claim) -> date | None:
    """A claim's first date: later ones tend to be background ("vencido desde setiembre
    de 2025"), not the event the sentence reports."""
    days = claim.days or tuple(_day(d) for d in claim.dates)
    return days[0] if days else None


def _days(group: ClaimGroup) -> dict[date, list[Claim]]:
    by_day: dict[date, list[Claim]] = {}
    for claim in group.claims:
        day = _claim_day(claim)
        if day is not None:
            by_day.setdefault(day, []).append(claim)
    return by_day


@dataclass(frozen=True)
class _Thing:
    names: frozenset[str]  # folded names of the called-off thing
    words: frozenset[str]  # its rare content stems, used when it has no name


def _called_off_thing(claim: Claim) -> _Thing | None:
    """What the claim says was called off: the object after an active verb ("suspendió la
    Feria del Queso"), the subject before a passive one, back to "que" ("anunció que la
    Feria del Queso no se celebrará", "la final quedó suspendida"). Names after a
    preposition are where or whose ("en el Valle del Quimal"), not the thing."""
    folded = fold(claim.sentence)
    match = _CALLED_OFF.search(folded)
    if match is None or re.match(r"(?:\s+\w+){0,3}\s+que\b", folded[match.end() :]):
        return None
    if _PASSIVE.search(match.group()):
        words = re.split(r"\bque\b|[.;:]", claim.sentence[: match.start()])[-1].split()
        words = words[-_THING_WORDS:]
    else:
        words = re.split(r"[.;:,]", claim.sentence[match.end() :])[0].split()[:_THING_WORDS]
    if not words or fold(words[0]) in _PREPOSITIONS:
        return None
    around = " ".join(words)
    found = frozenset(fold(n) for n in names(around) if not _after_preposition(around, n))
    rare = frozenset(s for s, weight in content_words(around).items() if weight >= _RARE)
    return _Thing(found, rare) if found or len(rare) >= _MIN_SHARED else None


def _after_preposition(text: str, name: str) -> bool:
    """A place or an owner, not the thing: "en el Valle del Quimal", "de la Constitución"."""
    words = [fold(w) for w in text[: text.find(name)].split()][-2:]
    if words and words[-1] in _ARTICLES:
        words.pop()
    return bool(words) and words[-1] in _PREPOSITIONS


def _mentions(claim: Claim, thing: _Thing) -> bool:
    if thing.names:
        folded = fold(claim.sentence)
        return all(name in folded for name in thing.names)
    return len(thing.words & content_words(claim.sentence).keys()) >= _MIN_SHARED


def _called_off(check: CrossCheck) -> list[tuple[CalledOff, _Thing]]:
    """Every claim of the story that calls something off, with who said it and when."""
    found = []
    for group in check.groups:
        for claim in group.claims:
            said = check.published.get(claim.article_id)
            thing = _called_off_thing(claim)
            if said is None or thing is None:
                continue
            text, start, end = claim.cited()
            outlet = check.outlet_of[claim.article_id]
            found.append(
                (CalledOff(claim.article_id, outlet, said.date(), text, start, end), thing)
            )
    return found


def _called_off_before(
    claim: Claim, day: date, called_off: list[tuple[CalledOff, _Thing]]
) -> list[CalledOff]:
    """Other articles that called this event off on or before `day`."""
    if _CALLED_OFF.search(fold(claim.sentence)):
        return []
    return [
        said
        for said, thing in called_off
        if said.article_id != claim.article_id and said.said_on <= day and _mentions(claim, thing)
    ]


def timeline(check: CrossCheck) -> list[TimelineEntry]:
    called_off = _called_off(check)
    entries = []
    for group in check.groups:
        by_day = _days(group)
        disputed = any(c.kind == "date" for c in group.conflicts)
        days = sorted(by_day) if disputed else sorted(by_day)[:1]
        for day in days:
            claims = by_day[day]
            flagged = {c: _called_off_before(c, day, called_off) for c in claims}
            # The event as reported happening, when the group also holds its calling off.
            shown = next((c for c in claims if flagged[c]), claims[0])
            text, start, end = shown.cited()
            entries.append(
                TimelineEntry(
                    day=day,
                    text=text,
                    article_id=shown.article_id,
                    start=start,
                    end=end,
                    label=group.label,
                    sources=tuple(
                        dict.fromkeys((c.article_id, check.outlet_of[c.article_id]) for c in claims)
                    ),
                    disputed=disputed,
                    called_off=tuple(dict.fromkeys(f for c in claims for f in flagged[c])),
                )
            )
    return sorted(entries, key=lambda e: (e.day, e.article_id, e.start))
