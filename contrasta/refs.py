"""Ids as people type them: a whole article or story id, or its first characters.

A lookup that finds nothing or more than one says why, so the person can type a better
one: the ids that start that way, or that a prefix needs a few characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from contrasta.store import Store, is_ref

MIN_REF = 4
"""Fewer characters than this are never looked up: "a1" would match most of a database."""
SHOWN = 8


@dataclass(frozen=True)
class Matches:
    stories: list[str]
    articles: list[str]

    @property
    def ids(self) -> list[str]:
        return self.stories + self.articles


def matches(store: Store, ref: str) -> Matches:
    """Story and article ids starting with `ref` (case ignored, as the store's lookup does:
    ids are lower case)."""
    if len(ref) < MIN_REF or not is_ref(ref):
        return Matches([], [])
    return Matches(*store.ids_starting(ref.lower()))


def listed(ids: list[str]) -> str:
    """At most `SHOWN` ids, then how many more."""
    more = len(ids) - SHOWN
    return ", ".join(ids[:SHOWN]) + (f" (+{more})" if more > 0 else "")
