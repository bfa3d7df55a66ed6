"""Placing stored articles into stories, incrementally, with bounded memory.

New articles (those in no story yet) are taken in time order, in chunks. For each chunk
only the stories active around its dates are loaded from the store, so the cost of a run
follows the news of that week, not the size of the archive. Stories placed by hand
(`stories merge`/`split`) are pinned: a rebuild puts their articles back where the user
put them, and later runs never move an article already placed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from threadpoolctl import ThreadpoolController

from contrasta.dedup import DuplicateIndex
from contrasta.dedup.links import ARTICLE
from contrasta.embed import Embedder, article_lead
from contrasta.model import Article
from contrasta.store import Store
from contrasta.stories.online import (
    WEIGHTS,
    Clusterer,
    Item,
    Weights,
    salient_names,
)

CHUNK = 500
EMBED_BATCH = 64


@dataclass
class GroupResult:
    placed: int
    stories_touched: int
    method: str


def method_name(embedder: Embedder, w: Weights) -> str:
    return (
        f"online clustering: {embedder.name} cosine + shared names, "
        f"threshold {w.threshold}, window {Clusterer.default_window.days} days"
    )


def _vectors(store: Store, embedder: Embedder, articles: list[Article]) -> dict[str, np.ndarray]:
    stored = store.load_vectors(embedder.key, [a.id for a in articles])
    vectors = {i: np.frombuffer(v, dtype=np.float32) for i, v in stored.items()}
    missing = [a for a in articles if a.id not in vectors]
    for start in range(0, len(missing), EMBED_BATCH):
        batch = missing[start : start + EMBED_BATCH]
        matrix = embedder.embed([article_lead(a) for a in batch])
        fresh = {a.id: row.astype(np.float32) for a, row in zip(batch, matrix, strict=True)}
        store.save_vectors(embedder.key, {i: v.tobytes() for i, v in fresh.items()})
        vectors.update(fresh)
    return vectors


def item_of(article: Article, vector: np.ndarray, copy_of: str | None = None) -> Item:
    text = f"{article.title}. {article.text}"
    return Item(
        id=article.id,
        title=article.title,
        when=article.when,
        vector=vector,
        names=salient_names(text),
        copy_of=copy_of,
        dated=article.published is not None,
        lang=article.lang,
    )


def group(
    store: Store,
    embedder: Embedder,
    *,
    rebuild: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    weights: Weights | None = None,
) -> GroupResult:
    """Place every unplaced article (or, with `rebuild`, every article) into a story.

    Stored stories active around the new articles are taken apart and their articles
    placed again together with the new ones, in time order: the result is the one a
    single run would give, whatever order the files arrived in, and the work stays
    bounded by the window.
    """
    # One BLAS thread: the products here are small, and OpenBLAS's second thread, woken
    # for each one, cost more CPU time than the clustering itself in a busy week.
    with ThreadpoolController().limit(limits=1, user_api="blas"):
        return _group(store, embedder, rebuild, on_progress, weights or WEIGHTS[embedder.key])


def _group(
    store: Store,
    embedder: Embedder,
    rebuild: bool,
    on_progress: Callable[[int, int], None] | None,
    weights: Weights,
) -> GroupResult:
    method = method_name(embedder, weights)
    if rebuild:
        store.clear_stories()
    pending = store.unplaced_article_ids()
    pins = store.pins()
    clusterer = Clusterer(weights)
    recent: dict[str, Article] = {}
    copies = _CopyFinder()
    touched: set[str] = set()
    for start in range(0, len(pending), CHUNK):
        changed: set[str] = set()
        new = store.get_articles(pending[start : start + CHUNK])
        window_start = min(a.when for a in new) - clusterer.window
        window_end = max(a.when for a in new) + clusterer.window
        clusterer.retire_before(window_start)
        # Copies are looked for among the window's articles only: a story that keeps
        # growing for months must not keep all of its articles in memory.
        for article_id in [i for i, a in recent.items() if a.when < window_start]:
            del recent[article_id]
        replay = [
            article_id
            for story_id in store.active_story_ids(window_start, window_end)
            if story_id not in clusterer.open
            for article_id in store.get_story(story_id).article_ids
        ]
        articles = sorted(new + store.get_articles(replay), key=lambda a: (a.when, a.id))
        origins = copies.add(articles, recent)
        vectors = _vectors(store, embedder, articles)
        for article in articles:
            item = item_of(article, vectors[article.id], origins.get(article.id))
            if article.id in pins:
                changed.add(clusterer.force(item, pins[article.id]))
            else:
                changed.add(clusterer.add(item))
            recent[article.id] = article
        store.save_stories([clusterer.open[i].as_story() for i in changed], method)
        touched |= changed
        if on_progress:
            on_progress(min(start + CHUNK, len(pending)), len(pending))
    return GroupResult(placed=len(pending), stories_touched=len(touched), method=method)


class _CopyFinder:
    """Whole-text republications among the articles of the current window.

    One index serves the whole run; it is rebuilt from the window's articles when it holds
    more than twice as many, so memory follows the window and each article is indexed a
    bounded number of times.
    """

    def __init__(self) -> None:
        self.index = DuplicateIndex(paragraphs=False)

    def add(self, articles: list[Article], recent: dict[str, Article]) -> dict[str, str]:
        """Index `articles`; for each that republishes an earlier text, the earliest copy."""
        if len(self.index) > 2 * len(recent) + CHUNK:
            self.index = DuplicateIndex(paragraphs=False)
            for article in recent.values():
                self.index.add(article)
        origins = {}
        for article in articles:
            if article.id in self.index:
                continue
            for link in self.index.add(article):
                if link.kind == ARTICLE and link.copy_id == article.id:
                    origins[article.id] = link.origin_id
        return origins
