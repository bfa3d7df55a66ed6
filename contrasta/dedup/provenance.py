"""How many independent sources a story really has.

Twelve articles from ten outlets can be one agency dispatch republished twelve times.
Counting the connected components of the copy graph (any link kind joins two articles)
counts the wire text once, however many outlets carried it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from contrasta.dedup.links import (
    ARTICLE,
    ATTRIBUTION,
    PARAGRAPHS,
    TRANSLATION,
    CopyLink,
    timeline_key,
)
from contrasta.dedup.outlets import outlet_key
from contrasta.model import Article

_STRENGTH = {ARTICLE: 0, TRANSLATION: 1, PARAGRAPHS: 2, ATTRIBUTION: 3}


@dataclass
class Provenance:
    """`outlets` counts distinct named outlets (articles without one add none).

    `chains` maps each article id to itself followed by its origin, that origin's origin
    and so on, following the strongest link each time (republication over translation over
    shared paragraphs over credit, then most shared paragraphs, then the earliest origin).
    """

    articles: int
    outlets: int
    origins: int
    groups: list[list[str]]  # article ids sharing one origin, earliest first
    links: list[CopyLink]
    chains: dict[str, list[str]] = field(default_factory=dict)

    def derived(self, article_id: str) -> tuple[str, str] | None:
        """(link kind, origin id) of the article's first step in its chain: how it came
        from its nearest origin (a republication, shared paragraphs, a credit, a
        translation), or None for an article of its own."""
        chain = self.chains.get(article_id, [article_id])
        if len(chain) < 2:
            return None
        kinds = [
            link.kind
            for link in self.links
            if link.copy_id == article_id and link.origin_id == chain[1]
        ]
        return min(kinds, key=_STRENGTH.__getitem__), chain[1]


def provenance(articles: list[Article], links: list[CopyLink]) -> Provenance:
    """Provenance of one story; links to articles outside `articles` are left out."""
    position = {article.id: i for i, article in enumerate(articles)}
    inside = [link for link in links if link.copy_id in position and link.origin_id in position]
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for link in inside:
        a, b = find(position[link.copy_id]), find(position[link.origin_id])
        parent[max(a, b)] = min(a, b)
    keys = [timeline_key(a.published, i) for i, a in enumerate(articles)]
    members: dict[int, list[int]] = {}
    for i in sorted(range(len(articles)), key=keys.__getitem__):
        members.setdefault(find(i), []).append(i)
    groups = sorted(members.values(), key=lambda group: keys[group[0]])
    origins = _primary_origins(inside, position, keys)
    return Provenance(
        articles=len(articles),
        outlets=len({outlet_key(a.outlet) for a in articles if a.outlet}),
        origins=len(groups),
        groups=[[articles[i].id for i in group] for group in groups],
        links=inside,
        chains={article.id: _chain(article.id, origins) for article in articles},
    )


def _primary_origins(
    links: list[CopyLink], position: dict[str, int], keys: list[tuple]
) -> dict[str, str]:
    def rank(link: CopyLink) -> tuple:
        return (_STRENGTH[link.kind], -len(link.shared), keys[position[link.origin_id]])

    best: dict[str, CopyLink] = {}
    for link in links:
        if link.copy_id not in best or rank(link) < rank(best[link.copy_id]):
            best[link.copy_id] = link
    return {copy: link.origin_id for copy, link in best.items()}


def _chain(start: str, origins: dict[str, str]) -> list[str]:
    """`start` and its successive origins; a cycle of same-day credits stops the walk."""
    chain = [start]
    while (origin := origins.get(chain[-1])) is not None and origin not in chain:
        chain.append(origin)
    return chain
