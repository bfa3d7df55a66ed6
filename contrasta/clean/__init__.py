"""The cleaning stage: take scraped debris out of an article body, and say what went.

Stories are grouped and compared on article text, so a photo credit, a share bar or a
headline scraped twice would make unrelated articles look alike and hide what each outlet
actually wrote. The cleaner works line by line (one paragraph per line), drops only lines
that match a rule as a whole, and records every removal with its rule and position so a
user can check that nothing of the article was lost. Lines that are noise but carry
information (a publication stamp, a leaning meter, an APA citation) become metadata.

`RULES` lists every rule in the order it is tried; a rule's id is what `RemovedLine.rule`
holds and its description is what to show next to the removed line. Blank lines carry
nothing and are skipped without a record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from contrasta.clean.metadata import METADATA_RULES, REFERENCE_TRAILER, extract, trailer_lines
from contrasta.clean.repeats import (
    REPEATED_PARAGRAPH,
    REPEATED_TITLE,
    ParagraphRepeats,
    is_repeated_title,
    normalise,
)
from contrasta.clean.rules import LINE_RULES, Rule, match_line
from contrasta.model import CoverageMeter, Reference, RemovedLine

__all__ = ["RULES", "Cleaned", "Rule", "clean"]

RULES: tuple[Rule, ...] = (
    REFERENCE_TRAILER,
    REPEATED_TITLE,
    *METADATA_RULES,
    *LINE_RULES,
    REPEATED_PARAGRAPH,
)


@dataclass
class Cleaned:
    """An article body after cleaning, with what the removed lines had to say.

    `published_from` names the rule the time came from: the first date or published line
    whose date parses, else the first APA reference with a full date.
    """

    paragraphs: list[str]
    removed: list[RemovedLine]
    published: datetime | None
    published_from: str | None
    meter: CoverageMeter | None
    references: list[Reference]


def clean(
    paragraphs: list[str], *, title: str | None = None, reference_time: datetime | None = None
) -> Cleaned:
    """Clean one article body given as its lines or paragraphs, title not included.

    `reference_time` anchors relative dates ("hace 2 horas"); lines inside a reference
    trailer are recorded under `reference-trailer`, even when they are APA citations.
    """
    lines = [paragraph.strip() for paragraph in paragraphs]
    trailer = trailer_lines(lines)
    title_key = normalise(title) if title else ""
    repeats = ParagraphRepeats()
    kept: list[str] = []
    removed: list[RemovedLine] = []
    references: list[Reference] = []
    meter: CoverageMeter | None = None
    published: datetime | None = None
    published_from: str | None = None

    for position, line in enumerate(lines):
        if not line:
            continue
        rule: Rule | None
        if position in trailer:
            rule = REFERENCE_TRAILER
            if (reference := trailer[position]) is not None:
                references.append(reference)
        elif title_key and not kept and is_repeated_title(line, title_key):
            rule = REPEATED_TITLE
        elif (found := extract(line, reference_time)) is not None:
            rule = found.rule
            if found.published is not None and published is None:
                published, published_from = found.published, rule.id
            if found.meter is not None and meter is None:
                meter = found.meter
            if found.reference is not None:
                references.append(found.reference)
        else:
            rule = match_line(line)
            if rule is None and repeats.seen(normalise(line)):
                rule = REPEATED_PARAGRAPH
        if rule is None:
            kept.append(line)
        else:
            removed.append(RemovedLine(text=line, rule=rule.id, position=position))

    if published is None:
        dated = next((r for r in references if r.published is not None), None)
        if dated is not None:
            published, published_from = dated.published, "apa-reference"
    return Cleaned(
        paragraphs=kept,
        removed=removed,
        published=published,
        published_from=published_from,
        meter=meter,
        references=references,
    )
