"""A story as the report's three files show it, worked out once per story.

`write_reports` makes one `StoryPage` per story and hands the same one to the HTML page,
the Markdown file and the JSON file. It holds the JSON shape (`shape.StoryDetail`) and what
the page and the Markdown file both print beyond the dossier's own fields: the summary's
sections with each point's frame in words, each contradiction with its two outlets and
frames in words, the entities by kind, and why each article is in the story. Each file
worked these out for itself before (a point's frame four times); the frames in words are
the reader's language's, so a page is made in the language its files are written in.
"""

from __future__ import annotations

from dataclasses import dataclass

from contrasta.crosscheck import frame_fields
from contrasta.crosscheck.labels import Conflict
from contrasta.dossier import Dossier, EntityCount
from contrasta.dossier.summary import SummaryPoint
from contrasta.i18n import _
from contrasta.labels import ENTITY_LABELS, frame_text
from contrasta.report.shape import StoryDetail, story_shown


@dataclass
class ShownPoint:
    point: SummaryPoint
    frame: str  # its frame in words, "" when the frame names nothing


@dataclass
class ShownConflict:
    conflict: Conflict
    outlets: tuple[str, str]  # of its two claims' articles, as the claims table names them
    frames: tuple[str, str]  # its two claims' frames in words


@dataclass
class StoryPage:
    dossier: Dossier
    detail: StoryDetail  # what stories/ID.json holds
    summary: list[tuple[str, list[ShownPoint]]]  # (heading, points) of the sections with any
    conflicts: list[ShownConflict]
    entities: list[tuple[str, list[EntityCount]]]  # (heading, entities) of the kinds found
    reasons: dict[str, str]  # article id -> why it joined the story


def story_page(dossier: Dossier) -> StoryPage:
    summary = dossier.summary
    sections = (
        (_("Summary: facts confirmed by several sources"), summary.agreed),
        (_("Only one source says it"), summary.single_source),
        (_("Disputed"), summary.disputed),
    )
    outlet_of = dossier.check.outlet_of
    by_kind = [
        (heading, [e for e in dossier.entities if e.label == label])
        for label, heading in ENTITY_LABELS.items()
    ]
    return StoryPage(
        dossier=dossier,
        detail=story_shown(dossier),
        summary=[
            (heading, [ShownPoint(p, frame_text(p.frame)) for p in points])
            for heading, points in sections
            if points
        ],
        conflicts=[
            ShownConflict(
                c,
                (outlet_of[c.claims[0].article_id], outlet_of[c.claims[1].article_id]),
                (frame_text(frame_fields(c.claims[0])), frame_text(frame_fields(c.claims[1]))),
            )
            for g in dossier.check.groups
            for c in g.conflicts
        ],
        entities=[(heading, found) for heading, found in by_kind if found],
        reasons={m.article_id: m.reason for m in dossier.story.members},
    )
