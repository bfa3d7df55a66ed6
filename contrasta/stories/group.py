"""Placing stored articles into stories, incrementally, with bounded memory.

New articles (those in no story yet) are taken in time order, in chunks. For each chunk
only the stories active around its dates are loaded from the store, so the cost of a run
follows the news of that week, not the size of the archive. Undated articles come after
the dated ones (see `_Run`). Stories placed by hand (`stories merge`/`split`) are pinned: a
rebuild puts their articles back where the user put them, and later runs never move an
article already placed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import chain

import numpy as np

from contrasta.blas import one_thread
from contrasta.dedup import DuplicateIndex
from contrasta.dedup.links import ARTICLE
from contrasta.dedup.shingles import paragraph_words
from contrasta.embed import Embedder, article_lead, opening_sentences, vector_key
from contrasta.model import Article, Story
from contrasta.reading.vectors import shares, term_vector
from contrasta.store import Store
from contrasta.stories.fitted import Model, method_name, models
from contrasta.stories.online import Clusterer, Embed, Item, salient_names

CHUNK = 500
LOOKAHEAD = 8
"""Articles ahead whose leads may come along in a call to the embedder (`_Lookahead`).
Measured judging every article ahead (before its gate), on the generated corpus of
bench/clustering.py (10,000 articles, USE), against embedding only what was asked for
(2,980 leads in 2,372 calls): 8 embedded 3,342 leads in 951 calls, lead embedding 13.2 ->
12.5 CPU s and grouping 436 -> 462 articles per CPU s (two runs each, same partition); 4:
3,183 in 1,293; 15: 3,641 in 791 and 30: 4,221 in 887, both slower than none (the stories
move before the articles furthest ahead are placed). Their own leads alone, without those
of the stories they would read, saved fewer calls (1,203 at 8)."""


@dataclass
class GroupResult:
    placed: int
    stories_touched: int
    method: str


Words = dict[str, list[list[str]]]
"""Article id -> its text's `paragraph_words`, read once for copy detection and grouping."""


def item_of(
    article: Article, copy_of: str | None = None, words: list[list[str]] | None = None
) -> Item:
    """`words`: the text's `paragraph_words`, when they were read already."""
    text = f"{article.title}. {article.text}"
    if words is None:
        words = paragraph_words(article.text)
    title = paragraph_words(article.title)
    heading = list(chain.from_iterable(title))
    tokens = heading + list(chain.from_iterable(words))
    return Item(
        arrived=article.ingested_at,
        id=article.id,
        title=article.shown_title,
        when=article.when,
        terms=term_vector(tokens, article.lang),
        title_words=shares(heading, article.lang),
        names=salient_names(text),
        lead=article_lead(article),
        copy_of=copy_of,
        dated=article.published is not None,
        lang=article.lang,
        titled=article.titled,
        body=(article.title, article.text),
        words=(tokens, len(heading)),
        sizes=tuple(map(len, chain(title, words))),
    )


def embedding(embedder: Embedder) -> Embed:
    """Lead vectors for items that have none, in one batch."""

    def embed(items: list[Item]) -> None:
        matrix = embedder.embed([i.lead for i in items])
        for item, row in zip(items, matrix, strict=True):
            item.vector = row.astype(np.float32)

    return embed


def opening_embedding(embedder: Embedder) -> Embed:
    """For items that have none, the mean of their opening sentences' vectors
    (`Item.opening`, unit length), in one batch: read only against stories in other
    languages (`Clusterer._across`), and not stored."""

    def embed(items: list[Item]) -> None:
        texts, owners = [], []
        for k, item in enumerate(items):
            title, text = item.body
            found = opening_sentences(title, [p for p in text.split("\n\n") if p.strip()])
            found = found or [item.lead]
            texts += found
            owners += [k] * len(found)
        matrix = embedder.embed(texts)
        sums = np.zeros((len(items), matrix.shape[1]), dtype=np.float64)
        np.add.at(sums, owners, matrix)
        for item, row in zip(items, sums, strict=True):
            item.opening = (row / np.linalg.norm(row)).astype(np.float32)

    return embed


class _Lookahead:
    """Lead embedding for the clusterer, with the store and a look ahead.

    A call to the embedder costs about 2 ms more than the leads in it (USE reads the
    weights of its head once a call: ~5 ms for one lead, ~3.3 a lead in a batch of eight),
    and most calls held one lead. So when the clusterer asks, the next LOOKAHEAD articles
    of the chunk are judged by their words against the stories as they stand
    (`Clusterer.leads_wanted`), each once, and the leads those judgements would embed
    come along in the same call. Every vector is stored, so no later run embeds it again:
    kept until the chunk's stories are saved, and written in the same turn (a transaction
    per call cost a tenth of grouping).

    An article ahead is not judged yet while it shares a salient name with one to be
    placed before it (the one being placed included): a story mate may stand in between,
    and once that is placed the words settle the article, its lead unread (nor are
    copies: see `Clusterer.leads_wanted`). Judging every article ahead, on the generated
    corpus of 1,000 articles, 119 of the 229 leads brought along were never read, all of
    them the articles' own (11 of copies), and the run embedded 438 leads against 330
    (test_grouping_real bounds it at 400) and was slower; at 10,000, 17% of them. With
    this gate (grouping CPU s, two runs each, same partition): 1,000 articles 330 leads in
    221 calls -> 331 in 175, 2.25 -> 2.15 s; 10,000 2,980 in 2,372 -> 3,054 in 1,316, 20.4
    -> 19.6 s (judging every article ahead: 3,342 in 951); 100,000 31,636 in 27,396 ->
    31,828 in 10,138, 257 -> 238 s (389 -> 421 articles per CPU s). Sharing two names
    rather than one: 367 leads in 154 calls and 3,171 in 1,019, no faster; looking 16
    ahead: 332 in 180 and 3,115 in 1,274, no faster. Undated articles are placed with it
    too (their turn after the dated ones is one chunk): in the real texts of
    bench/realcorpus.py, nearly all undated, the same 2,176 leads in 651 calls instead of
    1,880, lead embedding ~12.2 -> ~10.6 CPU s, the same stories.
    """

    def __init__(self, store: Store, embedder: Embedder) -> None:
        self.store, self.key, self.embed = store, vector_key(embedder), embedding(embedder)
        self.upcoming: list[Item] = []
        self.current: Item | None = None
        self.checked: set[str] = set()
        self.wanted: Callable[[Item], list[Item]] = lambda item: []
        self.unsaved: dict[str, bytes] = {}

    def next(self, items: list[Item]) -> None:
        """The chunk about to be placed, in order."""
        self.upcoming = list(reversed(items))
        self.checked = set()
        self.current = None

    def placing(self, item: Item) -> None:
        while self.upcoming and self.upcoming[-1] is not item:
            self.upcoming.pop()
        if self.upcoming:
            self.upcoming.pop()
        self.current = item

    def __call__(self, items: list[Item]) -> None:
        extra = []
        between = [self.current] if self.current is not None else []
        for ahead in self.upcoming[: -LOOKAHEAD - 1 : -1]:
            if ahead.id not in self.checked and not any(ahead.names & b.names for b in between):
                self.checked.add(ahead.id)
                extra += self.wanted(ahead)
            between.append(ahead)
        batch = list({id(i): i for i in items + extra if i.vector is None}.values())
        self.embed(batch)
        self.unsaved.update((i.id, i.vector.tobytes()) for i in batch)

    def save(self) -> None:
        if self.unsaved:
            self.store.save_vectors(self.key, self.unsaved)
            self.unsaved = {}


def _with_stored_vectors(store: Store, embedder: Embedder, items: list[Item]) -> None:
    stored = store.load_vectors(vector_key(embedder), [i.id for i in items])
    for item in items:
        if item.id in stored:
            item.vector = np.frombuffer(stored[item.id], dtype=np.float32)


def group(
    store: Store,
    embedder: Embedder,
    *,
    rebuild: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    model: Model | None = None,
) -> GroupResult:
    """Place every unplaced article (or, with `rebuild`, every article) into a story.

    Stored stories active around the new articles are taken apart and their articles
    placed again together with the new ones, in time order: the result is the one a
    single run would give, whatever order the files arrived in, and the work stays
    bounded by the window.
    """
    # One BLAS thread: the products here are small, and OpenBLAS's second thread, woken
    # for each one, cost more CPU time than the clustering itself in a busy week.
    with one_thread():
        return _group(store, embedder, rebuild, on_progress, model or models()[embedder.key])


def _group(
    store: Store,
    embedder: Embedder,
    rebuild: bool,
    on_progress: Callable[[int, int], None] | None,
    model: Model,
) -> GroupResult:
    method = method_name(embedder.name, model)
    if rebuild:
        store.clear_stories()
    pending = store.unplaced_article_ids()
    run = _Run(store, embedder, model, store.pins())
    for start in range(0, len(pending), CHUNK):
        run.place_dated(store.get_articles(pending[start : start + CHUNK]))
        if on_progress:
            on_progress(min(start + CHUNK, len(pending)), len(pending))
    run.place_undated()
    return GroupResult(placed=len(pending), stories_touched=len(run.touched), method=method)


class _Run:
    """One grouping run: dated articles in time order, chunk by chunk, then the undated.

    An undated article has no place on the time line, so it is placed after every dated
    one, by id (a content hash: the same order in any run), among the stories holding an
    article that arrived within the window of its own arrival. Each run places again every
    undated article that arrived within the window of the run's new articles, so the
    stories around it are the same whatever batches the articles came in.
    """

    def __init__(self, store: Store, embedder: Embedder, model: Model, pins: dict[str, str]):
        self.store, self.pins = store, pins
        self.embedder = embedder
        self.lookahead = _Lookahead(store, embedder)
        self.clusterer = Clusterer(model, self.lookahead, openings=opening_embedding(embedder))
        self.lookahead.wanted = self.clusterer.leads_wanted
        self.method = method_name(embedder.name, model)
        self.recent: dict[str, Article] = {}
        self.copies = _CopyFinder()
        self.touched: set[str] = set()
        self.undated: set[str] = set()  # new undated articles and those taken out of stories
        self.arrivals: list[datetime] = []  # first and last arrival among the new articles

    def _items(
        self, articles: list[Article], origins: dict[str, str], words: Words | None = None
    ) -> list[Item]:
        words = words or {}
        items = [item_of(a, origins.get(a.id), words.get(a.id)) for a in articles]
        _with_stored_vectors(self.store, self.embedder, items)
        return items

    def _arrived(self, articles: list[Article]) -> None:
        times = [a.ingested_at for a in articles if a.ingested_at] + self.arrivals
        if times:
            self.arrivals = [min(times), max(times)]

    def place_dated(self, new: list[Article]) -> None:
        self._arrived(new)
        self.undated.update(a.id for a in new if a.published is None and a.id not in self.pins)
        dated = [a for a in new if a.id not in self.undated]
        if not dated:
            return
        clusterer = self.clusterer
        window_start = min(a.when for a in dated) - clusterer.window
        window_end = max(a.when for a in dated) + clusterer.window
        clusterer.retire_before(window_start)
        # Copies are looked for among the window's articles only: a story that keeps
        # growing for months must not keep all of its articles in memory.
        for article_id in [i for i, a in self.recent.items() if a.when < window_start]:
            del self.recent[article_id]
        replay = self.store.get_articles(
            [
                article_id
                for story_id in self.store.active_story_ids(window_start, window_end)
                if story_id not in clusterer.open
                for article_id in self.store.get_story(story_id).article_ids
            ]
        )
        self.undated.update(a.id for a in replay if a.published is None and a.id not in self.pins)
        articles = sorted(
            dated + [a for a in replay if a.id not in self.undated], key=lambda a: (a.when, a.id)
        )
        clusterer.park_before(articles[0].when)
        words = {a.id: paragraph_words(a.text) for a in articles}
        origins = self.copies.add(articles, self.recent, words)
        changed = set()
        items = self._items(articles, origins, words)
        self.lookahead.next(items)
        for article, item in zip(articles, items, strict=True):
            self.lookahead.placing(item)
            if article.id in self.pins:
                changed.add(clusterer.force(item, self.pins[article.id]))
            else:
                changed.add(clusterer.add(item))
            self.recent[article.id] = article
        self._save(changed)

    def place_undated(self) -> None:
        """Every undated article in play, placed again by id after the dated ones."""
        if not self.arrivals:
            return
        self.clusterer.unpark()
        window = self.clusterer.window
        first, last = self.arrivals
        nearby = self.store.ingested_between(first - window, last + window)
        self.undated.update(i for i, undated, _ in nearby if undated and i not in self.pins)
        if not self.undated:
            return
        playing = sorted(self.store.get_articles(sorted(self.undated)), key=lambda a: a.id)
        self._arrived(playing)
        first, last = self.arrivals
        around = self.store.ingested_between(first - window, last + window)
        was_in = {story for i, _, story in nearby + around if i in self.undated and story}
        holders = {story for i, _, story in around if i not in self.undated and story}
        changed = self._restore(sorted((holders | was_in) - self.clusterer.open.keys()))
        changed |= was_in & self.clusterer.open.keys()
        words = {a.id: paragraph_words(a.text) for a in playing}
        origins = _CopyFinder().add(playing, {}, words)
        items = self._items(playing, origins, words)
        self.lookahead.next(items)
        for item in items:
            self.lookahead.placing(item)
            changed.add(self.clusterer.add(item))
        self._save(changed)

    def _restore(self, story_ids: list[str]) -> set[str]:
        """Stored stories put back as they were, without the undated articles in play."""
        restored = set()
        for story_id in story_ids:
            story = self.store.get_story(story_id)
            members = {m.article_id: m for m in story.members if m.article_id not in self.undated}
            articles = sorted(self.store.get_articles(list(members)), key=lambda a: (a.when, a.id))
            for article, item in zip(articles, self._items(articles, {}), strict=True):
                restored.add(self.clusterer.restore(item, story_id, members[article.id]))
        return restored

    def _save(self, changed: set[str]) -> None:
        self.lookahead.save()
        open_ = self.clusterer.open
        stories = [open_[i].as_story() for i in sorted(changed & open_.keys())]
        as_stored = self._as_stored(stories)
        self.store.save_stories([s for s in stories if s.id not in as_stored], self.method)
        self.touched |= changed - as_stored

    def _as_stored(self, stories: list[Story]) -> set[str]:
        """The ids of those stories the store holds exactly so (members with their scores
        and reasons, headline, span), read in one batch. A stored story put back only to
        place undated articles again often comes out the same: saving it would give it a
        new revision and count it among the run's stories created or updated."""
        stored = {s.id: _stored_form(s) for s in self.store.get_stories([s.id for s in stories])}
        return {s.id for s in stories if stored.get(s.id) == _stored_form(s)}


def _stored_form(story: Story) -> tuple:
    def when(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    members = sorted((m.article_id, m.score, m.reason) for m in story.members)
    return story.headline, when(story.first), when(story.last), members


class _CopyFinder:
    """Whole-text republications among the articles of the current window.

    One index serves the whole run; it is narrowed to the window's articles when it holds
    more than twice as many, so memory follows the window; their shingles and sketches are
    kept, so each article's text is read once.
    """

    def __init__(self) -> None:
        self.index = DuplicateIndex(paragraphs=False)

    def add(
        self, articles: list[Article], recent: dict[str, Article], words: Words
    ) -> dict[str, str]:
        """Index `articles`; for each that republishes an earlier text, the earliest copy."""
        if len(self.index) > 2 * len(recent) + CHUNK:
            self.index = self.index.narrowed(recent)
        origins = {}
        for article in articles:
            if article.id in self.index:
                continue
            for link in self.index.add(article, words[article.id]):
                if link.kind == ARTICLE and link.copy_id == article.id:
                    origins[article.id] = link.origin_id
        return origins
