"""Which people a claim names, when two people of a story share a surname.

A person is identified by the full name the article gives: "Marcos Ibarra" and "Tomás
Ibarra" are two players of one team, and a sentence about one states nothing about the
other, however alike the two sentences read (the team, the surname, the coach and the
weekday are the same). A surname alone ("Ibarra dijo...") is the article's one person of
that surname when it names exactly one in full; when it names two ("Laura Pérez y Marta
Pérez"), it could be either, and it confirms neither; when it names none, it is no one in
particular and is left to the words (`frames.same_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product

from contrasta.reading.names import (
    by_short_form,
    is_given_name,
    is_short_form,
    name_key,
    namesakes,
    short_forms,
)
from contrasta.reading.names import names as names_in


@dataclass(frozen=True)
class People:
    """The people an article names in full, by the shorter names it may call them."""

    by_form: dict[tuple[str, ...], list[str]]
    full: tuple[str, ...] = ()

    def who(self, names: Iterable[str]) -> list[tuple[str, ...]]:
        """Per name, the full names it may stand for: itself when it is one, the
        article's people it shortens, none when it names no known person (a place, a
        team). Two people named together ("Laura Pérez y Marta Pérez") are two names."""
        return [
            (one,) if _full(one) else tuple(dict.fromkeys(self.by_form.get(name_key(one), ())))
            for name in names
            for one in _apart(name)
        ]

    def names(self, person: str) -> bool:
        """Whether the article names this person in full somewhere."""
        return any(one_person(person, full) for full in self.full)


NOBODY = People({})


def article_people(title: str, text: str) -> People:
    """The people `title` and `text` name in full, a first name opening the name."""
    found = (one for name in names_in(f"{title}.\n\n{text}") for one in _apart(name))
    full = tuple(dict.fromkeys(name for name in found if _full(name)))
    return People(by_short_form(full), full)


def _apart(name: str) -> list[str]:
    """The names a name run joins with "y" ("Laura Pérez y Marta Pérez"), each alone."""
    return _JOINED.split(name)


_JOINED = re.compile(r"\s+y\s+")


def _full(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and is_given_name(words[0])


def one_person(one: str, other: str) -> bool:
    """Two full names of one person: the same name, or one the other shortened ("Laura
    Pérez" of "Laura Pérez García"), never two who share only a surname."""
    if namesakes(one, other):
        return False
    return (
        name_key(one) == name_key(other)
        or is_short_form(one, other)
        or is_short_form(other, one)
        or bool(short_forms(one) & short_forms(other))
    )


def other_people(
    mine: list[tuple[str, ...]],
    theirs: list[tuple[str, ...]],
    my_article: People = NOBODY,
    their_article: People = NOBODY,
) -> bool:
    """Two claims about two people who share a surname, and no person both certainly
    name. Each list holds, per name its claim states, the people it may stand for
    (`People.who`). Two people, one named by each, are two when neither article names
    the other's: an article that names both (a father and his son, "Andrés Ibarra" and
    "Lucas Ibarra") may tell of one through the other ("muere el hijo de Andrés Ibarra"),
    and then the surname decides nothing. A surname its article gives to two
    people stands for neither against a claim naming one of them."""
    if any(
        xs and ys and all(one_person(x, y) for x in xs for y in ys) for xs in mine for ys in theirs
    ):
        return False
    for xs, ys in product(mine, theirs):
        if len(xs) > 1 and len(ys) > 1:
            continue  # two ambiguous surnames: left to the words
        lone = len(xs) == len(ys) == 1
        for x, y in product(xs, ys):
            if namesakes(x, y) and not (lone and (my_article.names(y) or their_article.names(x))):
                return True
    return False
