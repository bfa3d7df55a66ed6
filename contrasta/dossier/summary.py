"""A neutral summary built from the cross-check: agreed facts first, every point cited.

Each point is one sentence copied verbatim from the earliest article that states the fact
(with offsets; the whole sentence when the fact is one of its clauses), followed by every
outlet that reports it. Facts confirmed by more
independent origins come first; what only one origin says and what outlets dispute are
listed apart and marked, never blended into the agreed account.
"""

from __future__ import annotations

from dataclasses import dataclass

from contrasta.crosscheck import CONTRADICTED, CORROBORATED, SINGLE_SOURCE, ClaimGroup, CrossCheck
from contrasta.model import Article

SIZE = 5


@dataclass(frozen=True)
class SummaryPoint:
    text: str
    article_id: str
    start: int
    end: int
    label: str
    origins: int
    sources: tuple[tuple[str, str], ...]  # (article id, outlet) for every article stating it


@dataclass
class NeutralSummary:
    agreed: list[SummaryPoint]
    single_source: list[SummaryPoint]
    disputed: list[SummaryPoint]


def _point(group: ClaimGroup, check: CrossCheck, order: dict[str, int]) -> SummaryPoint:
    first = min(group.claims, key=lambda c: (order[c.article_id], c.start))
    sources = tuple(
        dict.fromkeys((c.article_id, check.outlet_of[c.article_id]) for c in group.claims)
    )
    text, start, end = first.cited()
    return SummaryPoint(
        text=text,
        article_id=first.article_id,
        start=start,
        end=end,
        label=group.label,
        origins=len(group.origins),
        sources=sources,
    )


def neutral_summary(check: CrossCheck, articles: list[Article], size: int = SIZE) -> NeutralSummary:
    order = {a.id: i for i, a in enumerate(sorted(articles, key=lambda a: (a.when, a.id)))}

    def earliest(group: ClaimGroup) -> tuple[int, int]:
        return min((order[c.article_id], c.start) for c in group.claims)

    def ranked(label: str) -> list[ClaimGroup]:
        found = [g for g in check.groups if g.label == label]
        return sorted(found, key=lambda g: (-len(g.origins), -len(g.claims), earliest(g)))

    def points(groups: list[ClaimGroup]) -> list[SummaryPoint]:
        """One point per sentence: two clauses of one sentence are shown once."""
        found = {}
        for group in sorted(groups[:size], key=earliest):
            point = _point(group, check, order)
            found.setdefault((point.article_id, point.start), point)
        return list(found.values())

    return NeutralSummary(
        agreed=points(ranked(CORROBORATED)),
        single_source=points(ranked(SINGLE_SOURCE)),
        disputed=points(ranked(CONTRADICTED)),
    )
