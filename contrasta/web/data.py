"""What the pages and the API read from the store, through the same Store as the CLI.

SQLite connections belong to the thread that opened them, and each request runs in a
worker thread, so every request opens its own store and closes it when done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from starlette.datastructures import State

from contrasta.coverage import (
    Blindspot,
    Meter,
    Registry,
    blindspot,
    coverage_meter,
    fold_outlets,
)
from contrasta.dedup import story_provenance
from contrasta.dossier import Dossier, DossierFailure, try_dossier
from contrasta.errors import ContrastaError
from contrasta.model import Article, Story
from contrasta.refs import MIN_REF, listed, matches
from contrasta.store import MAX_REF, Store, is_ref, open_store
from contrasta.web.errors import WebError
from contrasta.web.settings import Settings

SERVER_FAULT = (
    "es un fallo de contrasta, no de los artículos: el registro del servidor tiene el detalle"
)
"""The hint of a 500: where the traceback went is the server's business, not the reader's."""


@contextmanager
def opened(settings: Settings) -> Iterator[Store]:
    store = open_store(settings.db)
    try:
        yield store
    finally:
        store.close()


def articles_in_order(store: Store, ids: list[str]) -> list[Article]:
    """The store returns rows in its own order; stories list members by time."""
    found = {a.id: a for a in store.get_articles(ids)}
    return [found[i] for i in ids if i in found]


def _shown(ref: str) -> str:
    return "«" + (ref if len(ref) <= MAX_REF else ref[:MAX_REF] + "…") + "»"


def _missing(store: Store, ref: str, kind: str, what: str, where: str) -> WebError:
    """A 404 that says why: the id is too short, several ids start that way (listed), or
    none does. `kind` picks the matching ids of that kind; `what` names it for readers."""
    if len(ref) < MIN_REF:
        return WebError(
            404,
            f"{_shown(ref)} es demasiado corto para ser un id",
            f"escriba al menos {MIN_REF} caracteres del id; {where}",
        )
    found = getattr(matches(store, ref), kind)
    if len(found) > 1:
        return WebError(
            404,
            f"{len(found)} ids empiezan por {_shown(ref)}: {listed(found)}",
            "escriba más caracteres del id",
        )
    return WebError(404, f"no hay {what} con el id {_shown(ref)}", where)


def _lookable(ref: str) -> bool:
    return len(ref) >= MIN_REF and is_ref(ref)


def find_story(store: Store, ref: str) -> Story:
    story = store.get_story(ref) if _lookable(ref) else None
    if story is None:
        raise _missing(store, ref, "stories", "ninguna historia", "vea la lista de historias")
    return story


def find_article(store: Store, ref: str) -> Article:
    article = store.get_article(ref) if _lookable(ref) else None
    if article is None:
        raise _missing(
            store, ref, "articles", "ningún artículo", "búsquelo desde la lista de historias"
        )
    return article


def built(store: Store, state: State, story: Story) -> Dossier | DossierFailure:
    """`state` is the app's: its settings (registry, lexicon) and its caches. A failure is
    cached like a dossier: the same members fail the same way."""
    settings: Settings = state.settings

    def build(s: Story) -> Dossier | DossierFailure:
        articles = articles_in_order(store, s.article_ids)
        return try_dossier(s, articles, settings.registry, settings.lexicon)

    return state.caches.dossiers.get(story, build)


def dossier_of(store: Store, state: State, story: Story) -> Dossier:
    """The story's dossier, or a 500 that says in one line what failed, for this story only."""
    found = built(store, state, story)
    if isinstance(found, DossierFailure):
        raise WebError(500, found.reason, SERVER_FAULT)
    return found


def warm(state: State, limit: int) -> int:
    """Build the dossiers of the `limit` most recent stories, so the first reader of a big
    story does not wait seconds for entities and the cross-check. Returns how many."""
    with opened(state.settings) as store:
        stories = store.list_stories()
        recent = sorted(stories, key=lambda s: (s.last is None, s.last), reverse=True)
        for story in recent[:limit]:
            built(store, state, story)
    return min(limit, len(stories))


def story_of(store: Store, article: Article) -> Story | None:
    """The story holding `article`: only stories whose span covers its date can."""
    if article.id in set(store.unplaced_article_ids()):
        return None
    if article.when is not None:
        for story_id in store.active_story_ids(article.when, article.when):
            story = store.get_story(story_id)
            if story is not None and article.id in story.article_ids:
                return story
    return next((s for s in store.list_stories() if article.id in s.article_ids), None)


@dataclass(frozen=True)
class StoryRow:
    id: str
    headline: str
    articles: int
    outlets: list[str]
    origins: int
    first: datetime | None
    last: datetime | None
    meter: Meter
    blindspot: Blindspot | None


def story_row(store: Store, state: State, story: Story) -> StoryRow:
    return state.caches.rows.get(story, lambda s: _row(store, state.settings.registry, s))


def _row(store: Store, registry: Registry, story: Story) -> StoryRow:
    """One line of the story list: counts and coverage meter, copies collapsed (the
    same registry and rules as the story's dossier)."""
    articles = fold_outlets(articles_in_order(store, story.article_ids), registry)
    provenance = story_provenance(articles)
    meter = coverage_meter(articles, provenance.links, registry)
    return StoryRow(
        id=story.id,
        headline=story.headline,
        articles=len(articles),
        outlets=sorted({a.outlet for a in articles if a.outlet}),
        origins=provenance.origins,
        first=story.first,
        last=story.last,
        meter=meter,
        blindspot=blindspot(meter),
    )


@dataclass(frozen=True)
class Hit:
    article: Article
    snippet: str
    story: Story | None


def search(store: Store, query: str, limit: int) -> list[Hit]:
    """The store's bounds on a search are the pages' and the API's: over them, a 422."""
    try:
        found = store.search(query, limit)
    except ContrastaError as exc:
        raise WebError(422, str(exc), exc.hint) from exc
    return [Hit(article, snippet, story_of(store, article)) for article, snippet in found]


def hits_by_story(hits: list[Hit]) -> list[tuple[Story | None, list[Hit]]]:
    """Stories in the order of their best hit; articles in no story come last."""
    groups: dict[str | None, tuple[Story | None, list[Hit]]] = {}
    for hit in hits:
        key = hit.story.id if hit.story else None
        groups.setdefault(key, (hit.story, []))[1].append(hit)
    return sorted(groups.values(), key=lambda g: g[0] is None)
