"""What the pages and the API read from the store, through the same Store as the CLI.

SQLite connections belong to the thread that opened them, and each request runs in a
worker thread, so every request opens its own store and closes it when done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from starlette.datastructures import State

from contrasta.dossier import Dossier, DossierFailure
from contrasta.errors import ContrastaError
from contrasta.i18n import N_, _, ngettext
from contrasta.model import Article, Story
from contrasta.refs import MIN_REF, listed, matches
from contrasta.service import Service, StoryRow
from contrasta.store import MAX_REF, Store, is_ref, open_store
from contrasta.web.errors import WebError
from contrasta.web.settings import Settings

SERVER_FAULT = N_("a fault in contrasta, not in the articles: the server's log has the details")
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
            _("{ref} is too short for an id").format(ref=_shown(ref)),
            ngettext(
                "type at least {n} character of the id; {where}",
                "type at least {n} characters of the id; {where}",
                MIN_REF,
            ).format(n=MIN_REF, where=_(where)),
        )
    found = getattr(matches(store, ref), kind)
    if len(found) > 1:
        return WebError(
            404,
            _("{n} ids start with {ref}: {ids}").format(
                n=len(found), ref=_shown(ref), ids=listed(found)
            ),
            _("type more of the id"),
        )
    return WebError(404, _(what).format(ref=_shown(ref)), _(where))


def _lookable(ref: str) -> bool:
    return len(ref) >= MIN_REF and is_ref(ref)


def find_story(store: Store, ref: str) -> Story:
    story = store.get_story(ref) if _lookable(ref) else None
    if story is None:
        raise _missing(
            store, ref, "stories", N_("no story has the id {ref}"), N_("see the list of stories")
        )
    return story


def find_article(store: Store, ref: str) -> Article:
    article = store.get_article(ref) if _lookable(ref) else None
    if article is None:
        raise _missing(
            store,
            ref,
            "articles",
            N_("no article has the id {ref}"),
            N_("look for it from the list of stories"),
        )
    return article


def service(store: Store, state: State) -> Service:
    """`state` is the app's: its settings hold the user's registry and lexicon."""
    settings: Settings = state.settings
    return Service(store, settings.registry, settings.lexicon)


def built(store: Store, state: State, story: Story) -> Dossier | DossierFailure:
    """The stored dossier (built and stored first only when stale), kept in the app's
    cache so a busy story is not even read from the store again. A failure is cached like
    a dossier: the same members fail the same way."""
    return state.caches.dossiers.get(story, service(store, state).dossier)


def dossier_of(store: Store, state: State, story: Story) -> Dossier:
    """The story's dossier, or a 500 that says in one line what failed, for this story only."""
    found = built(store, state, story)
    if isinstance(found, DossierFailure):
        raise WebError(500, found.reason, _(SERVER_FAULT))
    return found


def story_rows(store: Store, state: State, stories: list[Story]) -> list[StoryRow]:
    """Rows of the story list, from the cache, else from the store in one query."""
    rows = {s.id: row for s in stories if (row := state.caches.rows.peek(s)) is not None}
    missing = [s for s in stories if s.id not in rows]
    for story, row in zip(missing, service(store, state).rows(missing), strict=True):
        rows[story.id] = state.caches.rows.get(story, lambda _, row=row: row)
    return [rows[s.id] for s in stories]


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
    return [Hit(article, snippet, store.story_of(article.id)) for article, snippet in found]


def hits_by_story(hits: list[Hit]) -> list[tuple[Story | None, list[Hit]]]:
    """Stories in the order of their best hit; articles in no story come last."""
    groups: dict[str | None, tuple[Story | None, list[Hit]]] = {}
    for hit in hits:
        key = hit.story.id if hit.story else None
        groups.setdefault(key, (hit.story, []))[1].append(hit)
    return sorted(groups.values(), key=lambda g: g[0] is None)
