"""report.md and stories/ID.md: the index and each story's dossier as plain Markdown, for
pasting into notes and tickets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING

from contrasta.coverage.registry import SHIPPED_NAME
from contrasta.i18n import N_, _, ngettext, number
from contrasta.labels import CONFLICT_ABOUT, CONFLICT_KINDS, LINK_KINDS, fact_standing
from contrasta.report.coverage import coverage_markdown, loaded_markdown
from contrasta.stories.fitted import method_shown

if TYPE_CHECKING:
    from contrasta.dossier import Dossier, TimelineEntry
    from contrasta.report import Entry
    from contrasta.report.page import StoryPage
    from contrasta.report.shape import FailedStory, IndexMonth
    from contrasta.service import StoryRow

FAILED_HEADING = N_("Stories that could not be analysed")
STORIES = "stories"  # the folder of each story's files, beside the index
BY_MONTH = N_("Stories by month")
UNDATED = "undated"  # the month of a split index that holds the stories with no date


def source_name(source: str) -> str:
    """An article's source as pages show it: the file's name without the folders of the
    machine that read it (a web address is shown whole)."""
    if "://" in source:
        return source
    return PurePath(source).name or source


def registry_names(sources: tuple[str, ...] | list[str]) -> str:
    """The outlet registries used, by file name: the shipped one named as such."""
    return ", ".join(
        _("the registry shipped with contrasta") if s == SHIPPED_NAME else source_name(s)
        for s in sources
    )


def when_text(value: datetime | None) -> str:
    """A publication time as every report and page shows it: its day alone when it has no
    time of day (a source that gives only the day is read as its midnight, and "00:00"
    would claim an hour nobody stated)."""
    if value is None:
        return _("no date")
    if (value.hour, value.minute, value.second) == (0, 0, 0):
        return value.strftime("%Y-%m-%d")
    return value.strftime("%Y-%m-%d %H:%M")


def outlet_shown(name: str) -> str:
    """An outlet's name as pages show it; the placeholder of articles that name none
    (`dossier.UNKNOWN_OUTLET`) in the reader's language."""
    from contrasta.dossier import UNKNOWN_OUTLET

    return _("unknown outlet") if name == UNKNOWN_OUTLET else name


def from_outlets(outlets: int) -> str:
    """ "from N outlets" of a story's heading: the outlets its articles name
    (`Provenance.outlets`), an article without one adding none."""
    if not outlets:
        return _("from no identified outlet")
    return ngettext("from {n} outlet", "from {n} outlets", outlets).format(n=outlets)


def span_text(first: datetime | None, last: datetime | None) -> str:
    """A story's span as every report and page shows it: once when both ends read alike
    (one article, or all of one day given without hours)."""
    start, end = when_text(first), when_text(last)
    return start if start == end else f"{start} → {end}"


def _md(text: str) -> str:
    """Neutralise Markdown and HTML syntax in scraped text."""
    return (
        text.replace("\\", "\\\\")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("[", "\\[")
        .replace("]", "\\]")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`")
    )


def story_counts(dossier: Dossier) -> str:
    """ "N articles from N outlets, N independent origins": a story's size as every output
    heads it (the terminal's `show`, the story's Markdown and web pages)."""
    p = dossier.provenance
    return f"{_articles(len(dossier.articles))} {from_outlets(p.outlets)}, {_origins(p.origins)}"


def _articles(n: int) -> str:
    return ngettext("{n} article", "{n} articles", n).format(n=n)


def _origins(n: int) -> str:
    return ngettext("{n} independent origin", "{n} independent origins", n).format(n=n)


def _sources(sources: tuple[tuple[str, str], ...], cited: dict[str, str]) -> str:
    """A point's sources as the HTML page's chips name them: one per article, an outlet
    with several articles in the story numbered ("Diario X (2)")."""
    return ", ".join(_md(cited[article_id]) for article_id in dict.fromkeys(a for a, _o in sources))


def entry_markdown(row: StoryRow) -> str:
    """A story's line in report.md."""
    outlets = ngettext("{n} outlet", "{n} outlets", len(row.outlets)).format(n=len(row.outlets))
    link = f"{STORIES}/{row.id}.md"
    line = f"- [{_md(row.headline)}]({link}) ({_articles(row.articles)}, {outlets})"
    if row.blindspot is not None:
        line += " ⚠ " + _md(row.blindspot.text)
    return line


def index_markdown(
    entries: list[Entry],
    failed: list[FailedStory],
    method: str,
    generated: datetime,
    months: Sequence[IndexMonth] = (),
    month: str = "",
) -> str:
    """report.md: every story's line, largest first, each linking to its own file; a split
    index lists its months instead (`months`), and a month's file (`month`) its stories."""
    stories = ngettext("{n} story", "{n} stories", len(entries)).format(n=len(entries))
    if months:
        total = sum(m.stories for m in months)
        stories = ngettext("{n} story", "{n} stories", total).format(n=total)
    title = "# contrasta — " + _("report") + (f" — {month_name(month)}" if month else "")
    lines = [
        title,
        "",
        _("Generated {when}").format(when=generated.isoformat(sep=" "))
        + f" · {stories} · "
        + _("grouping")
        + f": {method_shown(method)}",
        "",
    ]
    if month:
        lines[2:2] = ["[" + _("report") + "](report.md)", ""]
    if failed:
        lines += ["## " + _(FAILED_HEADING), ""]
        lines += [
            f"- `{f.id}` {_md(f.headline)} ({_articles(f.articles)}): {_md(f.error)}"
            for f in failed
        ]
        lines.append("")
    if months:
        lines += ["## " + _(BY_MONTH), ""]
        lines += [
            f"- [{month_name(m.month)}]({month_file(m.month, '.md')}): "
            + ngettext("{n} story", "{n} stories", m.stories).format(n=m.stories)
            + f", {_articles(m.articles)}"
            for m in months
        ]
        lines.append("")
    lines += [entry.md for entry in entries]
    lines.append("")
    return "\n".join(lines)


def month_name(month: str) -> str:
    return _("no date") if month == UNDATED else month


def month_file(month: str, suffix: str) -> str:
    """A split index's file of one month's stories, beside the index (so the stories'
    links, written once per story, point the same way from both)."""
    return ("stories-" if suffix == ".json" else "report-") + month + suffix


def story_markdown(page: StoryPage) -> str:
    """stories/ID.md: one story's dossier."""
    d = page.dossier
    cited = {article_id: chip.text for article_id, chip in page.chips.items()}
    lines = [
        "[" + _("report") + "](../report.md)",
        "",
        f"# {_md(d.story.headline)}",
        "",
        f"`{d.story.id}` · {story_counts(d)} · {span_text(d.first, d.last)}",
        "",
        _("Outlets") + ": " + ", ".join(_md(outlet_shown(o)) for o in d.outlets),
        "",
        *coverage_markdown(d.coverage, _md),
    ]
    lines += _copies_markdown(d.provenance.links, cited)
    lines += _summary_markdown(page, cited)
    lines += _conflicts_markdown(page.conflicts)
    if d.timeline:
        lines += _timeline_markdown(page, cited)
    if d.entities:
        lines += _entities_markdown(page)
    if d.quotes:
        lines += _quotes_markdown(d.quotes, cited)
    lines += loaded_markdown(d.articles, d.coverage, _md, cited)
    lines += _articles_markdown(d.articles, cited)
    return "\n".join(lines)


def _copies_markdown(links, cited: dict[str, str]) -> list[str]:
    """Each copy or rewrite with the text it came from (no section when there is none)."""
    if not links:
        return []
    lines = ["### " + _("Copies and rewrites"), ""]
    lines += [
        f"- {_md(cited[link.copy_id])} ← {_md(cited[link.origin_id])} "
        + f"({LINK_KINDS[link.kind]}, "
        + _("similarity")
        + f" {number(link.similarity, 2)})"
        for link in links
    ]
    return [*lines, ""]


def _summary_markdown(page: StoryPage, cited: dict[str, str]) -> list[str]:
    """The summary's sections that have points, each point with its sources."""
    lines = []
    for heading, points in page.sections():
        lines += [f"### {heading}", ""]
        for p in points:
            cut = " (" + _("this clause only") + ")" if p.clause else ""
            lines.append(f"- {_md(p.text)}{cut} [{_sources(p.sources, cited)}]")
        lines.append("")
    return lines


def _conflicts_markdown(conflicts) -> list[str]:
    """Each contradiction: its two values with their sources, then the two sentences that
    state them (no section when there is none)."""
    if not conflicts:
        return []
    lines = ["### " + _("Contradictions"), ""]
    for shown in conflicts:
        c = shown.conflict
        first, second = shown.outlets
        lines.append(
            f"- {CONFLICT_KINDS.get(c.kind, c.kind)} — "
            f"{_md(CONFLICT_ABOUT.get(c.about, c.about))}: "
            + _("{first} ({first_outlet}) vs {second} ({second_outlet})").format(
                first=f"«{_md(c.values[0])}»",
                first_outlet=_md(first),
                second=f"«{_md(c.values[1])}»",
                second_outlet=_md(second),
            )
        )
        first_said, second_said = (claim.cited()[0] for claim in c.claims)
        lines.append(f"  - {_md(first_said)} / {_md(second_said)}")
    return [*lines, ""]


def _timeline_markdown(page: StoryPage, cited: dict[str, str]) -> list[str]:
    """The story's own timeline, then its background under a heading of its own."""
    lines = ["### " + _("Timeline"), ""]
    if page.timeline:
        lines += [_timeline_line(e, cited) for e in page.timeline] + [""]
    if page.background:
        lines += ["#### " + page.background_heading, ""]
        lines += [_timeline_line(e, cited) for e in page.background] + [""]
    return lines


def _entities_markdown(page: StoryPage) -> list[str]:
    """The entities of each kind found, with their mentions, and the model that found them."""
    lines = ["### " + _("Entities"), ""]
    for heading, found in page.entities:
        listed = ", ".join(f"{_md(e.name)} ({e.mentions})" for e in found)
        lines.append(f"- {heading}: {listed}")
    return [*lines, "", "_" + _("Entities") + f": {_md(page.dossier.entity_model)}_", ""]


def _quotes_markdown(quotes, cited: dict[str, str]) -> list[str]:
    """Quotes by speaker, each with its source."""
    lines = ["### " + _("Quotes by person"), ""]
    for speaker, said in quotes.items():
        who = _("unattributed") if speaker == "?" else _md(speaker)
        lines.append(f"- **{who}** ({len(said)})")
        lines += [f"  - «{_md(q.text)}» [{_md(cited[q.article_id])}]" for q in said]
    return [*lines, ""]


def _articles_markdown(articles, cited: dict[str, str]) -> list[str]:
    """The story's articles as a table: id, outlet, date, title, noise lines removed."""
    columns = (_("id"), _("outlet"), _("date"), _("title"), _("noise removed"))
    lines = ["### " + _("Articles"), "", f"| {' | '.join(columns)} |"]
    lines.append("|---|---|---|---|---|")
    for a in articles:
        title = _md(a.shown_title).replace("|", "\\|")
        outlet = _md(cited[a.id]).replace("|", "\\|")
        lines.append(
            f"| `{a.id}` | {outlet} | {when_text(a.published)} | {title} | {len(a.removed)} |"
        )
    return [*lines, ""]


def _timeline_line(e: TimelineEntry, cited: dict[str, str]) -> str:
    mark = " ⚠ " + _("date disputed") if e.disputed else ""
    mark += "".join(
        " ⚠ "
        + _("chronology: {outlet} called it off or ruled it out on {day}").format(
            outlet=_md(c.outlet), day=c.said_on.isoformat()
        )
        for c in e.called_off
    )
    standing = fact_standing(e.label, e.sources)
    return f"- {_md(e.when.shown)}: {_md(e.text)} ({standing}) [{_sources(e.sources, cited)}]{mark}"
