"""One article's reading, done once: the parts of a dossier that depend on that article
alone (its entity mentions and its claims, both from spaCy, most of a dossier's cost; its
direct quotes and the people it names, which the claims, the speakers of the story's
quotes and the loaded words inside quotes all start from).

A run reads each new article once and stores the result under `VERSION`; a dossier is
then assembled from stored readings, so a story that grows by one article costs one
reading, and a display costs none. A stored reading of another version is stale: the
next run or `contrasta rebuild` reads the article again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from contrasta.crosscheck import Claim, extract_claims
from contrasta.crosscheck.claims import parsed_texts
from contrasta.crosscheck.parse import can_parse
from contrasta.model import Article
from contrasta.reading.entities import Mention, as_people, load_reader, person_names
from contrasta.reading.nlp import load_pipeline
from contrasta.reading.quotes import Quote, quotes_and_people
from contrasta.reading.roles import Description
from contrasta.serial import shape

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Raise when what a reading finds changes without its shape changing (a new rule in the
# claim extractor, another entity model); a change of shape changes VERSION by itself.
# 69: a name in apposition to a possessed kin noun ("la labor de su esposo, el presidente
#     X") is a relative, not who a dropped subject after it refers to (quotes._KIN_APPOSED).
# 70: a speaker that is one capitalised word, no first name, no organisation and nowhere
#     presented by what it is ("señaló Redacción", "del influyente Círculo de …") is not
#     shown (quotes._stray_word; bench/real/README.md item 76).
# 71: a speaker that is a singular description in lower case left unresolved ("dijo el
#     canal del club", "lamentó el número dos del partido") is not shown, save an anonymous
#     source ("un damnificado", "uno de los vecinos"), a group, an organisation's noun
#     that refers back, a spokesperson or a source (quotes._unresolved_description).
# 72: a law by its own name is the source of the words it sets, after its own verbs too
#     ("La Constitución establece que «…»", "el artículo 9 dispone:"; quotes._law_speaking),
#     and an organisation's common noun is first the body whose name it heads ("la
#     plataforma" after "la Plataforma Vecinal de X"; quotes._headed_by), in Spanish.
RULES = 72
BATCH = 64  # articles whose spaCy parts run together (see `read_articles`)


@dataclass
class ArticleReading:
    article_id: str
    mentions: list[Mention]  # in f"{title}.\n\n{text}", as `story_entities` counts them
    entity_model: str
    claims: list[Claim]
    quotes: list[Quote]  # the text's, read alone (`story_quotes` reads them again with the
    # story's people, who may name a speaker this text leaves open)
    people: dict[str, Description]  # `quotes.people` of the text


VERSION = f"{RULES}.{hashlib.sha256(shape(ArticleReading).encode()).hexdigest()[:8]}"


def entity_text(article: Article) -> str:
    """What the entity reader reads: the title counts as much as the body."""
    return f"{article.title}.\n\n{article.text}"


def read_article(article: Article) -> ArticleReading:
    return next(read_articles([article]))


def read_articles(articles: Iterable[Article], batch: int = BATCH) -> Iterator[ArticleReading]:
    """The readings of `articles`, in order, each the same as read alone. The spaCy parts
    run over up to `batch` articles of one language at a time (`reading.nlp`), which spares
    spaCy's cost per call (a few percent of reading); a batch's readings are held in memory
    until it is done."""
    pending: list[Article] = []
    for article in articles:
        pending.append(article)
        if len(pending) == batch:
            yield from _read_batch(pending)
            pending = []
    yield from _read_batch(pending)


def _read_batch(articles: list[Article]) -> Iterator[ArticleReading]:
    readings: dict[int, ArticleReading] = {}
    by_lang: dict[str | None, list[int]] = {}
    for index, article in enumerate(articles):
        by_lang.setdefault(article.lang, []).append(index)
    for lang, indexes in by_lang.items():
        group = [articles[i] for i in indexes]
        reader = load_reader(lang)
        mentions = reader.read(entity_text(a) for a in group)
        parses = _parses(group, lang)
        for index, article, found in zip(indexes, group, mentions, strict=True):
            quotes, people = quotes_and_people(article.text, article.lang)
            named = person_names(people, (q.speaker for q in quotes))
            readings[index] = ArticleReading(
                article_id=article.id,
                mentions=as_people(found, named),
                entity_model=reader.model,
                claims=extract_claims(article, next(parses) if parses else None, quotes),
                quotes=quotes,
                people=people,
            )
    return (readings[index] for index in range(len(articles)))


def _parses(articles: list[Article], lang: str | None) -> Iterator[list[Doc]] | None:
    """Each article's parses (`parsed_texts`), the batch's paragraphs parsed in one go."""
    if not can_parse(lang):
        return None
    texts = [parsed_texts(article) for article in articles]
    docs = load_pipeline(lang).parsed(text for parts in texts for text in parts)
    return (list(islice(docs, len(parts))) for parts in texts)
