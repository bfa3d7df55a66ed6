"""When two figures for one counted noun disagree, and when one merely updates the other.

Figures printed on the same day describe the same moment: if they cannot both be true
("3.000" and "5.000 estibadores"), outlets disagree. Figures printed on different days are
successive updates ("40 buques" on Wednesday, "52" on Friday): neither a disagreement nor
a confirmation. One exception: a total that can only grow (deaths, burnt hectares,
aftershocks) cannot go down, so a later, lower figure still disagrees with an earlier,
higher one ("15 muertos" on Thursday, "se mantiene en 12" on Friday).

What a figure counts is read from its noun, and for a crowd from its sentence too: people
at a march, a rally, a protest ("hasta un millón de personas" marching, "decenas de miles
de personas" protesting) are one count however far apart two outlets word it, so it gets
its own unit (`CROWD`). A part of a count is another quantity than the count ("220 casos
activos", "cuatro nuevos casos" beside "459 casos"). One sentence may give two figures
for one count, each from its source ("más de un millón, según los organizadores, frente
a 50.000 según la policía"): those are the count's versions (`counts`), and another
outlet's figure disagrees when it fits one version and not the other, or neither.

Some figures describe rather than count what happened (`descriptive`): a person's age, a
vague amount ("decenas de miles de personas"). Two reports of one fact can disagree on
them (35 against 36 years of one driver; "decenas de miles" against "hasta un millón" of
one crowd), but sharing one is no evidence that two sentences report one fact.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from contrasta.crosscheck.words import fold
from contrasta.reading.numbers import AGE, VAGUE

if TYPE_CHECKING:
    from contrasta.crosscheck.claims import Claim, Number

# Canonical counted nouns (see reading.numbers._CANONICAL) whose totals only grow.
CUMULATIVE = frozenset(
    "muertos heridos victimas desaparecidos hectareas replicas detenidos casos contagios".split()
)


# "3.000 barbijos por día" is a rate, not the 19.000 made so far: another quantity.
_RATE = re.compile(
    r"\s*(?:(?:por|al|a la|cada|per|a|an|each) (?P<period>dia|semana|mes|ano|hora|minuto|"
    r"jornada|day|week|month|year|hour|minute)\b(?! (?:siguiente|anterior|next|before))|"
    r"(?P<adjective>diari[oa]s?|semanal(?:es)?|mensual(?:es)?|anual(?:es)?|daily|weekly|"
    r"monthly|yearly|a year|a day))"
)
_PERIODS = {
    "diari": "dia", "semanal": "semana", "mensual": "mes", "anual": "ano", "daily": "day",
    "weekly": "week", "monthly": "month", "yearly": "year", "a year": "year", "a day": "day",
}  # fmt: skip
# People counted at a gathering: the crowd's size, whatever verb each outlet puts it with.
CROWD = "asistentes"
_PEOPLE = frozenset(
    "personas manifestantes asistentes participantes protesters demonstrators marchers".split()
)
_GATHERING = re.compile(
    r"\b(?:reuni|congreg|concentr|marcha|manifesta|moviliza|protest|desfil|mitin|rall|march|"
    r"gather|demonstrat|attend|asisti)\w*"
)
# "cinco personas heridas en la marcha": the people the gathering harmed, not its size.
_HARMED = re.compile(
    r"\s*(?:\w+\s+)?(?:herid|detenid|arrestad|muert|fallecid|evacuad|desaparecid|injured|"
    r"arrested|killed|dead|detained)"
)
# "220 casos activos", "cuatro nuevos casos": a part of the count the noun names, another
# quantity than the total ("459 casos").
_PART = re.compile(r"\s*(?P<part>activ[oa]s|nuev[oa]s|recuperad[oa]s|active|new|recovered)\b")
_PARTS = {"activ": "activos", "nuev": "nuevos", "recuperad": "recuperados", "active": "activos",
          "new": "nuevos", "recovered": "recuperados"}  # fmt: skip
_NOUN = re.compile(r"\s*(?P<noun>[a-z]+)")
# Between two figures for one count, the words that set one source's against another's.
_CONTRAST = re.compile(
    r"\b(?:contrasta|frente a|frente al|mientras que|en cambio|pero|aunque|sin embargo|"
    r"whereas|while|but|compared|against|versus)\b"
)
_SOURCE = re.compile(
    r"\b(?:segun|de acuerdo con|according to|policia|police|organizador|organi[sz]er|"
    r"autoridades|authorities|cifr|calcul|estim)\w*"
)
# "por cada 100.000 habitantes", "per 100,000 people": the base of a rate, not a count.
_RATE_BASE = re.compile(r"\b(?:por cada|per)\s+$")
# "logró la investidura por solo 2 votos", "won by 5 votes": a margin, the difference
# between two counts, is not the count itself.
_MARGIN_BEFORE = re.compile(r"\b(?:por (?:solo|apenas|tan solo)|by (?:just|only))\s+$")
_MARGIN_AFTER = re.compile(r"\s*(?:de diferencia|de ventaja|ahead|of difference)\b")
# Figures that name a thing, as a code does, and count nothing (`naming_spans`): a
# model's size ("the 16-inch laptop", "pantalla de 55 pulgadas"), an article or section of
# a text ("art. 47", "artículo 33 de la Constitución", a translation's "Noticia 47 de la
# Constitución"), the digits of a telephone number ("334-240-0185", "tel. 91 555 12 34"),
# an acceleration test ("0-60 mph"), a condition's threshold and a count after a possessive
# (CLAIMS.md item 108), a list price before a sale price (item 126).
_NAMING = re.compile(
    r"\b\d+(?:[.,]\d+)?(?=(?:-|\s)?(?:inch|inches|pulgadas?)\b)"
    r"|\b(?:art|arts|articulos?|articles?|secciones|seccion|sections?|apartados?|incisos?|"
    r"fraccion|parrafos?|paragraphs?|capitulos?|chapters?)\.?\s+\d+"
    r"|\b\d+(?=\s+(?:de la constitucion|of the constitution)\b)"
    r"|\(?\b\d{2,4}\)?(?:-\d{2,4}){2,}\b"
    r"|\b(?:tel|telefono|phone)\w*\.?:?\s+\+?\d{2,4}(?:[\s.-]\d{2,4}){2,}\b"
    # An acceleration measured from standstill names the test, not a count: "0-60 mph in
    # 5 seconds", "de 0 a 100 km/h en 7 segundos" (the seconds are the figure).
    r"|\b(?:0|zero|cero)\s*(?:-|–|to|a)\s*\d+\s*(?:mph|km/h|kph|kmh|millas)"
    # A threshold a condition sets ("cuando la incidencia supere los 150 casos", "if
    # unemployment tops 10%"): the limit a measure would apply at, not a count anyone
    # reported.
    r"|\b(?:cuando|si|en cuanto|una vez que|siempre que|en caso de que|when|if|once)\s+"
    r"(?:[a-z]+\s+){0,4}?(?:supere|superen|supera|superan|sobrepase|sobrepasen|rebase|"
    r"rebasen|exceda|excedan|exceeds?|tops?|surpass(?:es)?)\s+"
    r"(?:(?:los|las|el|la|un|una|the|a|de|mas|more|than)\s+)*\d[\d.,]*"
    # A count after a possessive names a set the reader knows ("Stadia's 22 launch
    # titles are uninspiring"): which things, not what happened to them.
    r"|(?<=[a-z]['’]s )\d[\d.,]*"
    # A list price before the item, the price it sells for after "for" or "por" ("$300
    # Beats headphones for just $164.99", "unos cascos de 300 euros por solo 165"): the
    # first says which item, as a model's size does; the second is what it costs.
    r"|\$\s?\d[\d.,]*(?=(?:\s+[\w'-]+){1,4}\s+for\s+(?:just\s+|only\s+)?\$)"
    r"|(?<=\bde )\d[\d.,]*(?=\s*(?:€|euros|dolares|pesos)\s+por\s+(?:solo\s+|tan solo\s+|"
    r"apenas\s+)?\d)"
)


@lru_cache(maxsize=4096)
def naming_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence gives a figure that names a thing and counts nothing (`_NAMING`),
    as offsets into it: shared by two sentences such a figure says no more than a shared
    name that they report one fact. On a real run they confirmed two features of one laptop
    ("16-inch"), two articles on one housing law ("art. 47") and two sentences ending in one
    reporter's telephone number (CLAIMS.md item 103). Kept per sentence: `Claim.asserted`
    asks it for every pair `align` weighs."""
    return tuple(m.span() for m in _NAMING.finditer(fold(sentence)))


def qualified(numbers: tuple[Number, ...], text: str, offset: int) -> tuple[Number, ...]:
    """The figures of `text` (their offsets `offset` past its start) with what their noun
    leaves unsaid: a rate counts its noun per period ("barbijos/dia"), a margin counts
    nothing one can compare with a total. A rate's base ("por cada 100.000 habitantes")
    is left out: every report of a rate gives it, whatever fact it reports, and two
    regions' incidences shared it as a telling figure on a real run."""
    folded = fold(text)
    found = []
    for number in numbers:
        start, end = number.start - offset, number.end - offset
        if _RATE_BASE.search(folded, max(0, start - 12), start):
            continue
        if number.unit in _PEOPLE and _GATHERING.search(folded) and not _HARMED.match(folded, end):
            number = replace(number, unit=CROWD)
        part = _part(number.unit)
        if part and (noun := _NOUN.match(folded, end)):  # "nuevos casos"
            number = replace(number, unit=f"{noun.group('noun')} {part}")
        elif number.unit and (after := _PART.match(folded, end)):  # "casos activos"
            number = replace(number, unit=f"{number.unit} {_part(after.group('part'))}")
        if number.unit and number.unit != "%":
            rate = _RATE.match(folded, end)
            if rate:
                period = rate.group("period") or next(
                    v for k, v in _PERIODS.items() if rate.group("adjective").startswith(k)
                )
                number = replace(number, unit=f"{number.unit}/{period}")
            elif _MARGIN_BEFORE.search(folded[:start]) or _MARGIN_AFTER.match(folded, end):
                number = replace(number, unit=None)
        found.append(number)
    return tuple(found)


def _part(word: str | None) -> str | None:
    """The part a whole word names ("nuevas": "nuevos"); none for "activistas"."""
    if not word or not _PART.fullmatch(word):
        return None
    return next(part for stem, part in _PARTS.items() if word.startswith(stem))


def same_moment(a: datetime | None, b: datetime | None) -> bool:
    """Same publication day; an undated article is taken as contemporary with any other."""
    return a is None or b is None or a.date() == b.date()


def single_values(claim: Claim) -> dict[str, Number]:
    """Counted nouns the claim gives exactly one figure for: with two ("magnitud 6,4 ...
    una réplica de magnitud 5,1") there is no telling which one another outlet's figure
    should be compared with."""
    by_unit: dict[str, list[Number]] = {}
    for number in claim.numbers:
        if number.unit:
            by_unit.setdefault(number.unit, []).append(number)
    return {unit: found[0] for unit, found in by_unit.items() if len({n.value for n in found}) == 1}


def counts(claim: Claim) -> dict[str, tuple[Number, ...]]:
    """`single_values` as one-figure tuples, and a count the sentence gives two figures for
    from two sources (a contrast between them, a source named) as its two versions."""
    found = {unit: (number,) for unit, number in single_values(claim).items()}
    by_unit: dict[str, list[Number]] = {}
    for number in claim.numbers:
        if number.unit and number.unit != "%" and number.unit not in found:
            by_unit.setdefault(number.unit, []).append(number)
    # Folded only for a count given twice (few sentences): `align` asks for every pair.
    folded = fold(claim.sentence) if by_unit else ""
    for unit, numbers in by_unit.items():
        first, second = numbers[0], numbers[-1]
        between = folded[first.end - claim.start : second.start - claim.start]
        if (
            len({n.value for n in numbers}) == 2
            and _CONTRAST.search(between)
            and _SOURCE.search(folded)
        ):
            found[unit] = (first, second)
    return found


def clash(
    mine: tuple[Number, ...], theirs: tuple[Number, ...], every: bool = False
) -> tuple[Number, Number] | None:
    """Two figures of the two reports of one count that cannot both be true. With versions
    (`counts`), another outlet that fits only one of them disagrees with the other; with
    `every`, figures clash only when no version fits (an article does not contradict the
    version it gives itself)."""
    pairs = [(x, y) for x in mine for y in theirs if not compatible(x, y)]
    if not pairs or (every and len(pairs) < len(mine) * len(theirs)):
        return None
    return pairs[0]


def descriptive(number: Number) -> bool:
    """An age or a vague amount: compared once two sentences are judged one fact, never
    evidence that they are."""
    return number.unit == AGE or number.bound == VAGUE


def telling_values(claim: Claim) -> dict[str, Number]:
    """`single_values` that may tell which fact a claim reports."""
    return {unit: n for unit, n in single_values(claim).items() if not descriptive(n)}


def compatible(a: Number, b: Number) -> bool:
    """Whether two figures for one counted noun can both be true: "al menos 12" fits 15,
    "unos 3.000" fits 3.100, "3.000" does not fit "5.000", "decenas de miles" (20.000 to
    99.999) does not fit "hasta un millón" said of a crowd."""
    if VAGUE in (a.bound, b.bound):
        (low, high), (other_low, other_high) = _span(a), _span(b)
        return low <= other_high and other_low <= high
    tolerance = 0.1 if "approx" in (a.bound, b.bound) else 0.005
    if a.bound == b.bound == "max":
        # Two caps for one quantity ("hasta un 10,5%" / "no superiores al 7%"): each
        # outlet states what the cap is, and they state two.
        return abs(a.value - b.value) <= tolerance * max(abs(a.value), abs(b.value))
    for low, other in ((a, b), (b, a)):
        if low.bound == "min":
            if other.bound == "max":
                return other.value >= low.value
            return other.bound == "min" or other.value >= low.value * (1 - tolerance)
    for high, other in ((a, b), (b, a)):
        if high.bound == "max":
            return other.value <= high.value * (1 + tolerance)
    return abs(a.value - b.value) <= tolerance * max(abs(a.value), abs(b.value))


def _span(number: Number) -> tuple[float, float]:
    """The values a figure allows, after its hedge."""
    if number.bound == VAGUE:
        return number.value, number.high
    tolerance = 0.1 if number.bound == "approx" else 0.005
    low, high = number.value * (1 - tolerance), number.value * (1 + tolerance)
    return {"min": (low, float("inf")), "max": (0.0, high)}.get(number.bound, (low, high))


def figure_changes(
    a: Claim, b: Claim, published: dict[str, datetime | None]
) -> tuple[list[tuple[Number, Number]], list[tuple[Number, Number]]]:
    """The pairs of figures for one counted noun that cannot both be true, split into
    (conflicts, updates) by the rule above."""
    mine, theirs = counts(a), counts(b)
    at_a, at_b = published.get(a.article_id), published.get(b.article_id)
    conflicts, updates = [], []
    for unit in sorted(mine.keys() & theirs.keys()):
        found = clash(mine[unit], theirs[unit])
        if found is None:
            continue
        x, y = found
        if same_moment(at_a, at_b) or (unit in CUMULATIVE and _went_down(x, y, at_a, at_b)):
            conflicts.append((x, y))
        else:
            updates.append((x, y))
    return conflicts, updates


def _went_down(x: Number, y: Number, at_x: datetime, at_y: datetime) -> bool:
    earlier, later = (x, y) if at_x <= at_y else (y, x)
    return later.value < earlier.value
