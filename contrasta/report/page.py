"""A story as the report's three files and the web story page show it, worked out once.

`write_reports` makes one `StoryPage` per story and hands the same one to the HTML page,
the Markdown file and the JSON file; the web story page renders from one too. It holds the
JSON shape (`shape.StoryDetail`, worked out on first use: the web page does not show it)
and what the pages and the Markdown file print beyond the dossier's own fields: the
summary's sections, each contradiction with its two outlets, the entities by kind, why
each article is in the story, and the timeline in two parts: the story's own facts and,
apart under their own heading, its background (`TimelineEntry.background`). Headings are
the reader's language's, so a page is made in the language it is shown in.

A claim's frame (`crosscheck.frame_fields`: the stems, lemmas and masks the cross-check
compared) is not printed: it is not the article's words, and the cited sentence is. The
JSON keeps it, documented (`shape.FRAME`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from contrasta.crosscheck.labels import ALIKE, Conflict
from contrasta.dossier import Dossier, EntityCount, TimelineEntry
from contrasta.dossier.summary import SummaryPoint
from contrasta.i18n import _
from contrasta.labels import CLAIM_LABELS, ENTITY_LABELS, capitalised
from contrasta.report.markdown import outlet_shown, when_text
from contrasta.report.shape import StoryDetail, story_shown
from contrasta.stories.why import words

SECTIONS = ("agreed", "alike", "single_source", "disputed")  # the neutral summary's, in shown order


@dataclass
class ShownConflict:
    conflict: Conflict
    outlets: tuple[str, str]  # its two claims' articles as their citation chips name them


@dataclass(frozen=True)
class Chip:
    """How a citation names the article it links to: its outlet, with a short ordinal when
    the outlet has several articles in the story ("Diario X (2)"), so that two chips of one
    outlet never look alike; `title` (the chip's title attribute) gives the article's
    headline and publication time."""

    text: str
    title: str


def citation_chips(dossier: Dossier) -> dict[str, Chip]:
    """Article id -> its citation chip, for every article of the story. An outlet's
    articles are numbered in the order the story lists them, so "(2)" names one article
    everywhere on the page."""
    outlet_of = dossier.check.outlet_of
    articles = Counter(outlet_of[a.id] for a in dossier.articles)
    seen: Counter[str] = Counter()
    chips = {}
    for article in dossier.articles:
        outlet = outlet_of[article.id]
        seen[outlet] += 1
        text = outlet_shown(outlet)
        text = f"{text} ({seen[outlet]})" if articles[outlet] > 1 else text
        chips[article.id] = Chip(text, f"{article.shown_title} · {when_text(article.published)}")
    return chips


@dataclass
class StoryPage:
    dossier: Dossier
    summary: dict[str, list[SummaryPoint]]  # SECTIONS -> points, empty ones too (web shows them)
    conflicts: list[ShownConflict]
    entities: list[tuple[str, list[EntityCount]]]  # (heading, entities) of the kinds found
    reasons: dict[str, str]  # article id -> why it joined the story, in words
    chips: dict[str, Chip]  # article id -> how a citation of it is shown (`citation_chips`)

    @cached_property
    def detail(self) -> StoryDetail:
        """What stories/ID.json holds."""
        return story_shown(self.dossier)

    def sections(self) -> list[tuple[str, list[SummaryPoint]]]:
        """The report's summary: (heading, points) of the sections with any."""
        headings = {
            "agreed": _("Summary: facts confirmed by several sources"),
            "alike": capitalised(CLAIM_LABELS[ALIKE]),
            "single_source": _("Only one source says it"),
            "disputed": _("Disputed"),
        }
        return [(headings[code], points) for code, points in self.summary.items() if points]

    @cached_property
    def timeline(self) -> list[TimelineEntry]:
        """The story's own timeline entries, in order: not its background."""
        return [e for e in self.dossier.timeline if not e.background]

    @cached_property
    def background(self) -> list[TimelineEntry]:
        """The timeline entries placed well before the story (`timeline.BACKGROUND_DAYS`),
        in order: shown apart, after the story's own, under `background_heading`."""
        return [e for e in self.dossier.timeline if e.background]

    @property
    def background_heading(self) -> str:
        """The heading the background entries are shown under, in every output."""
        return _("Background")


def story_page(dossier: Dossier) -> StoryPage:
    outlet_of = dossier.check.outlet_of
    by_id = {a.id: a for a in dossier.articles}
    by_kind = [
        (heading, [e for e in dossier.entities if e.label == label])
        for label, heading in ENTITY_LABELS.items()
    ]
    chips = citation_chips(dossier)
    return StoryPage(
        dossier=dossier,
        summary={code: list(getattr(dossier.summary, code)) for code in SECTIONS},
        conflicts=[
            ShownConflict(
                c,
                (chips[c.claims[0].article_id].text, chips[c.claims[1].article_id].text),
            )
            for g in dossier.check.groups
            for c in g.conflicts
        ],
        entities=[(heading, found) for heading, found in by_kind if found],
        reasons={
            m.article_id: words(m.reason, outlet_of, by_id.get(m.article_id))
            for m in dossier.story.members
        },
        chips=chips,
    )
