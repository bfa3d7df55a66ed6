"""Chart geometry for inline SVG: positions and labels computed here, drawn by a template.

No chart library and no script: the page stays one server-rendered document that works
offline under a CSP that forbids everything but our own stylesheet. Each mark links to
the passage it stands for and carries a <title> (the browser's tooltip); the same data
is always printed as a table next to the chart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from contrasta.coverage import Meter
from contrasta.crosscheck import TEXT
from contrasta.dates import DAY, PRECISIONS, YEAR
from contrasta.dossier import Dossier
from contrasta.dossier.timeline import TimelineEntry
from contrasta.i18n import N_, _
from contrasta.labels import fact_standing
from contrasta.report.coverage import BAND_CLASSES
from contrasta.report.markdown import when_text
from contrasta.web.views import derived_from

WIDTH = 760
NARROW = 320
"""Each chart is drawn twice, for a wide column and for a phone, and the stylesheet shows
the one that fits: a 760-unit chart squeezed onto a 390 px screen would print its labels
at 5 px."""
# Each month written out, so the catalogue's extractor sees it.
MONTHS = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    css: str
    href: str
    title: str
    r: float = 6


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "middle"


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str


@dataclass
class Chart:
    width: float
    height: float
    title: str
    dots: list[Dot] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    fluid: bool = True  # scales to the column; a fixed-size chart keeps its pixels
    fit: str = ""  # "wide" or "narrow": the screens it is drawn for (a CSS class)


def _short(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


Column = tuple[date, int]  # first day of the date, index of its precision in PRECISIONS


def _column(entry: TimelineEntry) -> Column:
    return entry.when.value.date(), PRECISIONS.index(entry.when.precision)


def _month(number: int) -> str:
    return _(MONTHS[number - 1])


def _day_label(column: Column, previous: Column | None) -> str:
    """ "13 ene", with the year when it changes; a month as "sep 2025", a year alone."""
    day, fineness = column
    if PRECISIONS[fineness] == YEAR:
        return str(day.year)
    month = _month(day.month)
    if PRECISIONS[fineness] != DAY:
        return f"{month} {day.year}"
    label = f"{day.day} {month}"
    return label if previous and previous[0].year == day.year else f"{label} {day.year}"


def _fit(width: float) -> str:
    return "narrow" if width < WIDTH else "wide"


def timeline_chart(
    entries: list[TimelineEntry], article_href, width: float = WIDTH
) -> Chart | None:
    """Dated facts on an axis of the dates they happened, one column per date as written:
    a day, a month or a year. Facts whose date could not be resolved are left to the table.

    Dates are evenly spaced, not to scale: background facts ("el último paro, en junio de
    2024") would otherwise squeeze the week of the story into one pixel.
    """
    entries = [e for e in entries if e.when.value is not None]
    if not entries:
        return None
    days = sorted({_column(e) for e in entries})
    column = {day: i for i, day in enumerate(days)}
    left, right = 40, width - 40
    step = (right - left) / max(len(days) - 1, 1)
    stacked: dict[Column, int] = {}
    for e in entries:
        stacked[_column(e)] = stacked.get(_column(e), 0) + 1
    axis = 30 + 16 * max(stacked.values())
    chart = Chart(width, axis + 42, _("Timeline of the dated facts"), fit=_fit(width))
    chart.lines.append(Line(left - 10, axis, right + 10, axis))
    every = max(1, round(len(days) / (12 if width >= WIDTH else 4)))
    for i, day in enumerate(days):
        x = left + step * i if len(days) > 1 else width / 2
        chart.lines.append(Line(x, axis - 4, x, axis + 4))
        if i % every == 0:
            previous = days[i - every] if i >= every else None
            chart.labels.append(Label(x, axis + 20, _day_label(day, previous)))
    height: dict[Column, int] = {}
    for e in entries:
        level = height.get(_column(e), 0)
        height[_column(e)] = level + 1
        x = left + step * column[_column(e)] if len(days) > 1 else width / 2
        outlets = ", ".join(dict.fromkeys(outlet for _id, outlet in e.sources))
        disputed = " · " + _("date disputed") if e.disputed else ""
        chart.dots.append(
            Dot(
                x=x,
                y=axis - 14 - 16 * level,
                css=f"{e.label}{' disputed' if e.disputed else ''}",
                href=article_href(e.article_id, e.start if e.field == TEXT else None),
                title=f"{e.when.shown}{disputed} · {fact_standing(e.label, e.sources)} — "
                f"{_short(e.text, 220)} [{outlets}]",
            )
        )
    return chart


def _time_label(moment: datetime, span_days: float) -> str:
    day = f"{moment.day} {_month(moment.month)}"
    timeless = (moment.hour, moment.minute, moment.second) == (0, 0, 0)  # `when_text`
    return day if span_days > 3 or timeless else f"{day} {moment:%H:%M}"


def publication_chart(dossier: Dossier, article_href, width: float = WIDTH) -> Chart | None:
    """When each outlet published, one lane per outlet; hollow dots are copies. On a narrow
    chart the outlet's name sits above its lane instead of beside it."""
    dated = [a for a in dossier.articles if a.published]
    if not dated:
        return None
    outlet_of = dossier.check.outlet_of
    lanes = list(dict.fromkeys(outlet_of[a.id] for a in dated))
    first = min(a.published for a in dated)
    last = max(a.published for a in dated)
    span = (last - first).total_seconds()
    wide = width >= WIDTH
    left, right, top, lane = (190, width - 30, 16, 24) if wide else (16, width - 16, 24, 34)
    axis = top + lane * len(lanes)
    chart = Chart(width, axis + 34, _("Publications by outlet"), fit=_fit(width))

    def x_of(moment: datetime) -> float:
        if span == 0:
            return (left + right) / 2
        return left + (right - left) * (moment - first).total_seconds() / span

    for i, name in enumerate(lanes):
        y = top + lane * i + lane / 2
        if wide:
            chart.labels.append(Label(left - 12, y + 4, _short(name, 26), "end"))
        else:
            chart.labels.append(Label(left - 8, y - 9, _short(name, 40), "start"))
        chart.lines.append(Line(left, y, right, y))
    chart.lines.append(Line(left, axis, right, axis))
    ticks = 1 if span == 0 else (5 if wide else 3)
    for k in range(ticks):
        moment = first + (last - first) * (k / (ticks - 1) if ticks > 1 else 0)
        # On a phone the first and last dates would run off the chart's edges; on a wide
        # chart the first has the lanes' names to its left, the last only a 30 px margin.
        edge = "start" if k == 0 else "end" if k == ticks - 1 else "middle"
        anchor = edge if ticks > 1 and (not wide or k == ticks - 1) else "middle"
        label = _time_label(moment, span / 86400)
        chart.labels.append(Label(x_of(moment), axis + 18, label, anchor))
    titles = {a.id: a.title for a in dossier.articles}
    for a in dated:
        derived = derived_from(dossier, a.id)
        copied = derived is not None
        origin = f" · {derived}" if copied else ""
        chart.dots.append(
            Dot(
                x=x_of(a.published),
                y=top + lane * lanes.index(outlet_of[a.id]) + lane / 2,
                css="copy" if copied else "origin",
                href=article_href(a.id, None),
                title=f"{outlet_of[a.id]} · {when_text(a.published)}{origin} — "
                f"{_short(titles[a.id], 160)}",
                r=5,
            )
        )
    return chart


def coverage_bar(meter: Meter, width: float = WIDTH, labelled: bool = True) -> Chart | None:
    """The story's voices per band as one bar of 100%, the unrated included, so the
    parts always add up; each part's tooltip gives its count."""
    voices = len(meter.voices)
    if not voices:
        return None
    height = 26 if labelled else 14
    chart = Chart(
        width, height, meter.arithmetic, fluid=labelled, fit=_fit(width) if labelled else ""
    )
    x = 0.0
    for share in meter.shares:
        if not share.count:
            continue
        part = width * share.percent / 100
        text = f"{share.label} {share.percent}%"
        chart.bars.append(
            Bar(
                x=x,
                y=0,
                width=part,
                height=height,
                css=BAND_CLASSES.get(share.key, "unrated"),
                title=f"{text} ("
                + _("{count} of {n} voices").format(count=share.count, n=voices)
                + ")",
            )
        )
        if labelled and part >= 7.5 * len(text):
            chart.labels.append(Label(x + part / 2, height / 2 + 4, text))
        x += part
    return chart
