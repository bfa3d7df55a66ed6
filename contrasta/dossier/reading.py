"""One article's reading, done once: the parts of a dossier that depend on that article
alone (its entity mentions and its claims, both from spaCy, most of a dossier's cost).

A run reads each new article once and stores the result under `VERSION`; a dossier is
then assembled from stored readings, so a story that grows by one article costs one
reading, and a display costs none. A stored reading of another version is stale: the
next run or `contrasta rebuild` reads the article again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from contrasta.crosscheck import Claim, extract_claims
from contrasta.model import Article
from contrasta.reading.entities import Mention, load_reader
from contrasta.serial import shape

# Raise when what a reading finds changes without its shape changing (a new rule in the
# claim extractor, another entity model); a change of shape changes VERSION by itself.
RULES = 4


@dataclass
class ArticleReading:
    article_id: str
    mentions: list[Mention]  # in f"{title}.\n\n{text}", as `story_entities` counts them
    entity_model: str
    claims: list[Claim]


VERSION = f"{RULES}.{hashlib.sha256(shape(ArticleReading).encode()).hexdigest()[:8]}"


def entity_text(article: Article) -> str:
    """What the entity reader reads: the title counts as much as the body."""
    return f"{article.title}.\n\n{article.text}"


def read_article(article: Article) -> ArticleReading:
    reader = load_reader(article.lang)
    return ArticleReading(
        article_id=article.id,
        mentions=reader.mentions(entity_text(article)),
        entity_model=reader.model,
        claims=extract_claims(article),
    )
