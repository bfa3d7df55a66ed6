"""Extractive summary: the sentences closest to what the whole story is about.

Every sentence is copied verbatim from one article and keeps its offsets, so the summary
cites rather than paraphrases. Maximal marginal relevance keeps it from repeating itself
when several outlets ran the same wire text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from contrasta.model import Article
from contrasta.reading.sentences import split_sentences
from contrasta.reading.tokens import content_lemmas
from contrasta.reading.vectors import cosine, tfidf

MIN_CHARS = 40
MAX_CHARS = 400
REDUNDANT = 0.45
LEAD_BONUS = 0.08


@dataclass(frozen=True)
class SummarySentence:
    text: str
    article_id: str
    outlet: str | None
    start: int
    end: int


def article_sentences(article: Article):
    """(sentence, index within article) with offsets into article.text."""
    offset = 0
    index = 0
    for paragraph in article.text.split("\n\n"):
        for sentence in split_sentences(paragraph, offset):
            yield sentence, index
            index += 1
        offset += len(paragraph) + 2


def summarize(articles: list[Article], size: int = 4) -> list[SummarySentence]:
    candidates = [
        (article, sentence, index)
        for article in articles
        for sentence, index in article_sentences(article)
        if MIN_CHARS <= len(sentence.text) <= MAX_CHARS
    ]
    if not candidates:
        return []
    vectors = tfidf([Counter(content_lemmas(s.text, a.lang)) for a, s, _ in candidates])
    centroid: Counter[str] = Counter()
    for vector in vectors:
        centroid.update(vector)
    scores = [
        cosine(vector, centroid) / max(1e-9, sum(v * v for v in centroid.values()) ** 0.5)
        + (LEAD_BONUS if index < 2 else 0.0)
        for vector, (_, _, index) in zip(vectors, candidates, strict=True)
    ]
    chosen: list[int] = []
    for i in sorted(range(len(candidates)), key=lambda i: -scores[i]):
        if len(chosen) == size:
            break
        if all(cosine(vectors[i], vectors[j]) < REDUNDANT for j in chosen):
            chosen.append(i)
    chosen.sort(
        key=lambda i: (
            candidates[i][0].published or candidates[i][0].ingested_at or 0,
            candidates[i][2],
        )
    )
    return [
        SummarySentence(s.text, a.id, a.outlet, s.start, s.end)
        for a, s, _ in (candidates[i] for i in chosen)
    ]
