"""report.html and stories/ID.html: self-contained pages (inline CSS, no script, no
external request), the index and one per story.

Scraped text is hostile input, so it only ever reaches the page through Jinja2's
autoescaping (the template has no `|safe`), or through `markupsafe.escape` in the one
piece of HTML written in Python, the claims table's cells (`matrix_row`). What both the
page and the Markdown file print beyond the dossier's fields comes worked out once per
story (`page.StoryPage`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from contrasta.clean import RULES
from contrasta.coverage import NO_SCORE, Registry, default_registry
from contrasta.coverage.registry import leaning_label
from contrasta.i18n import LANGUAGES, _, language, ngettext, number, translations, using
from contrasta.labels import (
    CLAIM_LABELS,
    CONFLICT_ABOUT,
    CONFLICT_KINDS,
    DATE_SOURCES,
    LINK_KINDS,
    fact_standing,
)
from contrasta.limits import removed_text
from contrasta.report.coverage import BAND_CLASSES, paragraph_segments
from contrasta.report.markdown import (
    BY_MONTH,
    FAILED_HEADING,
    STORIES,
    month_file,
    month_name,
    outlet_shown,
    registry_names,
    source_name,
    span_text,
    story_counts,
    when_text,
)
from contrasta.stories.fitted import method_shown

if TYPE_CHECKING:
    from contrasta.report import Entry
    from contrasta.report.page import StoryPage
    from contrasta.report.shape import FailedStory, IndexMonth
    from contrasta.service import StoryRow

_OPTIONS = {"trim_blocks": True, "lstrip_blocks": True}
_RULES = {rule.id: rule.description for rule in RULES}


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """Compiled templates kept between runs (compiling the three cost ~90 CPU ms a run).

    Jinja's per-user folder in the temp directory, which it checks is the user's own and
    private; a template is compiled again when its text changes (each entry holds the
    source's checksum) or Jinja or Python change (its magic header), and the file names
    hold these options, so changing them here compiles again too. Without a safe folder,
    templates are compiled as before.
    """
    options = hashlib.sha1(repr(sorted(_OPTIONS.items())).encode()).hexdigest()[:12]
    try:
        return FileSystemBytecodeCache(pattern=f"contrasta-report-{options}-%s.cache")
    except (OSError, RuntimeError):
        return None


_ENV = Environment(
    loader=PackageLoader("contrasta.report", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    bytecode_cache=_bytecode_cache(),
    **_OPTIONS,
)
_ENV.globals.update(_=_, ngettext=ngettext, lang=language, number=number)


_ENV.filters["when"] = when_text
_ENV.globals["span"] = span_text
_ENV.globals["leaning_label"] = leaning_label
_ENV.globals["story_counts"] = story_counts
_ENV.globals["outlet_shown"] = outlet_shown
_ENV.globals["removed_text"] = removed_text
_ENV.globals["fact_standing"] = fact_standing

CELL_MARKS = {"present": "✓", "absent": "", "contradicts": "✗"}
"""What a cell of the claims × outlet table shows, by the outlet's state in its row."""


def _cell(state: str, outlet: Markup) -> str:
    if state == "absent":
        return f'<td class="cell {state}"></td>'
    return f'<td class="cell {state}">{CELL_MARKS[state]}<span class="who"> {outlet}</span></td>'


def matrix_row(outlets: list[str]) -> Callable[[dict[str, str]], Markup]:
    """The cells of one row of the claims × outlet table (story pages of the report and of
    the web app), from the row's state per outlet. Each outlet's name is escaped once per
    page and its cells made once, and a row joins them: a 50-article story's table is 4,400
    cells, and a template loop over them was a third of its page's time. The one piece of
    HTML written outside a template: it escapes the one text it holds (the outlet's name)
    as the templates do; its other parts are our own constants."""
    made = {
        outlet: {state: _cell(state, escape(outlet)) for state in CELL_MARKS} for outlet in outlets
    }

    def row(states: dict[str, str]) -> Markup:
        return Markup("".join([made[outlet][states[outlet]] for outlet in outlets]))

    return row


def entry_html(row: StoryRow) -> str:
    """A story's item in report.html's list."""
    return _ENV.get_template("entry.html.j2").render(
        r=row, band_classes=BAND_CLASSES, folder=STORIES
    )


def index_html(
    entries: list[Entry],
    failed: list[FailedStory],
    method: str,
    generated: datetime,
    months: Sequence[IndexMonth] = (),
    month: str = "",
) -> str:
    """report.html: every story's item, largest first, each linking to its own page. The
    items were rendered (and escaped) by `entry_html` when their story last changed. A
    split index lists its months instead (`months`), and a month's page (`month`) its
    stories."""
    return _ENV.get_template("report.html.j2").render(
        entries=[Markup(entry.html) for entry in entries],
        failed=failed,
        failed_heading=_(FAILED_HEADING),
        method=method_shown(method),
        generated=generated,
        articles=sum(entry.articles for entry in entries) + sum(m.articles for m in months),
        stories=len(entries) + sum(m.stories for m in months),
        months=months,
        month=month,
        month_name=month_name,
        month_file=month_file,
        by_month=_(BY_MONTH),
    )


@lru_cache(maxsize=len(LANGUAGES))
def _rules_table(lang: str) -> Markup:
    """The cleaning rules at the foot of every story page, the same on each page in a
    language: rendered (and escaped) once, not once per story (22 rows)."""
    with using(lang):
        return Markup(_ENV.get_template("rules.html.j2").render(rules=_RULES))


def story_html(page: StoryPage, generated: datetime, registry: Registry | None = None) -> str:
    """stories/ID.html: one story's dossier. `registry` (the shipped one by default) gives
    the owners shown beside outlets. The messages come from the language's catalogue,
    looked up once per page (a page shows thousands), as do the claims' labels."""
    registry = registry or default_registry()
    catalogue = translations()

    def owner_of(name: str) -> str:
        found = registry.by_name(name)
        return found.owner if found else ""

    return _ENV.get_template("story.html.j2").render(
        _=catalogue.gettext,
        ngettext=catalogue.ngettext,
        d=page.dossier,
        page=page,
        generated=generated,
        rules=_RULES,
        rules_table=_rules_table(language()),
        kinds=LINK_KINDS,
        claim_labels=dict(CLAIM_LABELS.items()),
        conflict_about=CONFLICT_ABOUT,
        conflict_kinds=CONFLICT_KINDS,
        matrix_cells=matrix_row(page.dossier.check.outlets),
        zip=zip,
        segments=paragraph_segments,
        band_classes=BAND_CLASSES,
        no_score=_(NO_SCORE),
        owner_of=owner_of,
        date_sources=DATE_SOURCES,
        source_name=source_name,
        registry_names=registry_names,
    )
