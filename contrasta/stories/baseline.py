"""Baseline grouping: TF-IDF over lemmas plus shared names, bounded in time.

Deliberately simple and explainable, so every membership can be justified in one line
("cosine 0.41 with X; shared names: Ferrán, Valparaíso"). Average linkage rather than
single linkage: one loose pair must not chain two stories together, because a false merge
makes two outlets look as if they corroborate each other.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from contrasta.model import Article, Story, StoryMember
from contrasta.reading.names import names
from contrasta.reading.tokens import content_lemmas
from contrasta.reading.vectors import cosine, tfidf

METHOD = "baseline: tf-idf over lemmas + shared names, average link"
TEXT_WEIGHT = 0.7
NAME_WEIGHT = 0.3
THRESHOLD = 0.18
WINDOW = timedelta(days=10)


@dataclass
class _Doc:
    article: Article
    vector: dict[str, float]
    names: frozenset[str]


def _name_set(article: Article) -> frozenset[str]:
    """Names that matter: repeated in the article or made of several words."""
    counted = names(f"{article.title}. {article.text}")
    return frozenset(n.lower() for n, c in counted.items() if c > 1 or " " in n)


def _similarity(a: _Doc, b: _Doc) -> tuple[float, float, frozenset[str]]:
    da, db = a.article.published, b.article.published
    if da and db and abs(da - db) > WINDOW:
        return 0.0, 0.0, frozenset()
    text = cosine(a.vector, b.vector)
    shared = a.names & b.names
    union = a.names | b.names
    jaccard = len(shared) / len(union) if union else 0.0
    return TEXT_WEIGHT * text + NAME_WEIGHT * min(1.0, 2 * jaccard), text, shared


def story_id(article_ids: list[str]) -> str:
    """Named after its founding article, so ids stay put while stories grow."""
    return "s" + hashlib.sha1(article_ids[0].encode()).hexdigest()[:8]


def cluster(articles: list[Article], threshold: float = THRESHOLD) -> list[Story]:
    bags = [Counter(content_lemmas(f"{a.title}\n{a.text}", a.lang)) for a in articles]
    docs = [_Doc(a, v, _name_set(a)) for a, v in zip(articles, tfidf(bags), strict=True)]
    n = len(docs)
    sim = [[0.0] * n for _ in range(n)]
    detail: dict[tuple[int, int], tuple[float, frozenset[str]]] = {}
    for i in range(n):
        for j in range(i + 1, n):
            score, text, shared = _similarity(docs[i], docs[j])
            sim[i][j] = sim[j][i] = score
            detail[(i, j)] = detail[(j, i)] = (text, shared)
    groups = _average_link(sim, threshold)
    stories = []
    for group in groups:
        group.sort(
            key=lambda i: (
                docs[i].article.published is None,
                docs[i].article.published or 0,
                docs[i].article.id,
            )
        )
        stories.append(_story(group, docs, sim, detail))
    return sorted(stories, key=lambda s: (-len(s.members), s.id))


def _average_link(sim: list[list[float]], threshold: float) -> list[list[int]]:
    groups = [[i] for i in range(len(sim))]
    while len(groups) > 1:
        best, pair = threshold, None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                total = sum(sim[i][j] for i in groups[x] for j in groups[y])
                average = total / (len(groups[x]) * len(groups[y]))
                if average >= best:
                    best, pair = average, (x, y)
        if pair is None:
            break
        x, y = pair
        groups[x].extend(groups.pop(y))
    return groups


def _story(group, docs, sim, detail) -> Story:
    members = []
    for i in group:
        others = [j for j in group if j != i]
        if not others:
            members.append(StoryMember(docs[i].article.id, 1.0, "only article of its story"))
            continue
        nearest = max(others, key=lambda j: sim[i][j])
        text, shared = detail[(i, nearest)]
        mean = sum(sim[i][j] for j in others) / len(others)
        reason = f"text cosine {text:.2f} with {docs[nearest].article.id}"
        if shared:
            reason += "; shared names: " + ", ".join(sorted(shared)[:5])
        members.append(StoryMember(docs[i].article.id, round(mean, 3), reason))
    central = max(group, key=lambda i: sum(sim[i][j] for j in group))
    ids = [docs[i].article.id for i in group]
    return Story(id=story_id(ids), headline=docs[central].article.title, members=members)
