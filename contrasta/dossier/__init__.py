"""A story's dossier: everything the reports show about one story, computed once."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from contrasta.dedup import story_provenance
from contrasta.dedup.provenance import Provenance
from contrasta.dossier.summary import SummarySentence, summarize
from contrasta.model import Article, Story
from contrasta.reading.names import names


@dataclass(frozen=True)
class NameCount:
    name: str
    mentions: int
    articles: int


@dataclass
class Dossier:
    story: Story
    articles: list[Article]
    outlets: list[str]
    first: datetime | None
    last: datetime | None
    names: list[NameCount]
    summary: list[SummarySentence]
    provenance: Provenance


def top_names(articles: list[Article], limit: int = 12) -> list[NameCount]:
    mentions: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    for article in articles:
        found = names(f"{article.title}. {article.text}")
        mentions.update(found)
        spread.update(found.keys())
    ranked = sorted(mentions, key=lambda n: (-spread[n], -mentions[n], n))
    return [NameCount(n, mentions[n], spread[n]) for n in ranked[:limit]]


def build_dossier(story: Story, articles: list[Article]) -> Dossier:
    dates = [a.published for a in articles if a.published]
    outlets = sorted({a.outlet or "unknown outlet" for a in articles})
    return Dossier(
        story=story,
        articles=articles,
        outlets=outlets,
        first=min(dates) if dates else None,
        last=max(dates) if dates else None,
        names=top_names(articles),
        summary=summarize(articles),
        provenance=story_provenance(articles),
    )
