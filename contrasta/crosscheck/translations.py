"""Which articles of a story are another's translation: one origin, whatever the language.

Copy detection compares words, so an article and its translation share none, and a story
holding both would count an outlet's report and an aggregator's machine translation of it
as two sources confirming each other. A translation keeps every sentence, so the claims of
the one with fewer claims nearly all have a claim of the other whose multilingual embedding
is close; two outlets' own reports of one event in two languages share a few facts, worded
apart. Measured on the SemEval-2022 Task 8 dev file (an article and its machine translation,
both in the file: 34 pairs; two articles of one event in two languages: 116 rows drawn): at
cosine 0.7, half or more of the shorter's claims, and at least three, matched in 31 of 34
translations and in none of the 116 others (their highest share 0.43; at 0.8, 25 of 34).
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING

from contrasta.crosscheck.claims import Claim
from contrasta.dedup.links import TRANSLATION, CopyLink, timeline_key
from contrasta.model import Article

if TYPE_CHECKING:
    import numpy as np

CLOSE = 0.7  # cosine from which a claim has its translation in the other article
SHARE = 0.5  # share of the shorter article's claims that must have one
# Claims that must have their translation, however short the article: two outlets' own
# reports share a fact or two, worded alike in two languages (a two-claim brief with one
# fact of a longer report matches half of its claims).
MATCHED = 3


def language(claims: list[Claim]) -> dict[str, str]:
    """Article id -> the language its claims were read in ("es" of "es-x")."""
    return {c.article_id: c.frame.lang.split("-")[0] for c in claims if c.frame.lang}


def translation_links(
    articles: list[Article], claims: list[Claim], vectors: np.ndarray
) -> list[CopyLink]:
    """A "translation" link for each pair of articles in two languages whose claims match as
    a translation's do; the later article (`timeline_key`) is the copy. `vectors` are the
    claims' unit embeddings, row for row: the ones the alignment then scores with."""
    lang = language(claims)
    by_article: dict[str, list[int]] = {}
    for k, claim in enumerate(claims):
        by_article.setdefault(claim.article_id, []).append(k)
    ids = [a.id for a in articles if len(by_article.get(a.id, ())) >= MATCHED and a.id in lang]
    key = {a.id: timeline_key(a.published, n) for n, a in enumerate(articles)}
    links = []
    for x, y in combinations(ids, 2):
        if lang[x] == lang[y]:
            continue
        mine, theirs = sorted((by_article[x], by_article[y]), key=len)
        close = (vectors[mine] @ vectors[theirs].T).max(axis=1) >= CLOSE
        matched = int(close.sum())
        share = matched / len(mine)
        if share >= SHARE and matched >= MATCHED:
            copy, origin = sorted((x, y), key=key.__getitem__, reverse=True)
            links.append(CopyLink(copy, origin, TRANSLATION, round(share, 4)))
    return links
