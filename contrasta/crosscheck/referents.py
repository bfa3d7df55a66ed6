"""Which named people a described actor is, read from the rest of its article.

An article names a person once and then calls them by a role ("la actriz", "el
presidente"), and a family by kin and family name ("los hermanos LeBarón" after "los
hermanos Adrián, Julián y Brayan LeBarón"). A frame compares actors by their words
(`frames.actor_relation`), so "la actriz" and "Jacky Bracamontes" read as two actors and
"sus hijas" of the actress as nobody's daughters: two outlets that disagree on who tested
negative are not seen to speak of one family.

A described actor takes a referent only when exactly one of the people the article names
before the clause (its title included) fits: by an introduction with a fitting role
("la cantante Ana Torres"), else, when no one was introduced with that role, by the
gender the description and a first name both say; a kin group by the last list of the
same kin and family name. Two candidates, or none, leave it unresolved: a wrong referent
makes two actors one. The referent only ever adds to what the actor is compared on: it can
show two frames to have one actor, never two.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from contrasta.crosscheck.kin import GROUP, kin_group
from contrasta.crosscheck.words import fold
from contrasta.reading.names import given_name_gender
from contrasta.reading.quotes import people
from contrasta.reading.rarity import rarity
from contrasta.reading.roles import Description, describe, fit

if TYPE_CHECKING:
    from collections.abc import Callable

    from contrasta.crosscheck.claims import Claim

_DEFINITE = re.compile(r"(?i)^(?:el|la|the)\s")
# Words of a name at least this rare (wordfreq, see `reading.rarity`): "Sánchez" 2.3,
# "Bracamontes" 4.9; "Nuevo" 1.2, "Madrid" 1.6.
_NAME_RARITY = 2.0


def with_referents(
    claims: list[Claim], text_before: Callable[[Claim], str], whole: str, lang: str | None
) -> list[Claim]:
    """The claims, each described actor given its referent when one person fits;
    `text_before` gives what the article says before a claim, its title included, `whole`
    all it says (a person's title may come after the clause that calls them by it)."""
    found, titles = [], None
    for claim in claims:
        frame = claim.frame
        if not _resolvable(frame.subject, frame.actors):
            found.append(claim)
            continue
        if titles is None:
            titles = {fold(name): title for name, title in people(whole, lang).items()}
        referent = _referent(frame.subject, text_before(claim), titles, lang)
        found.append(replace(claim, frame=replace(frame, referent=referent)) if referent else claim)
    return found


def _resolvable(subject: str, actors: tuple[str, ...]) -> bool:
    """A described actor ("la actriz") or a family by kin and family name."""
    return bool(actors) and (
        GROUP.match(subject.strip()) is not None or _described(subject, actors)
    )


def _described(subject: str, actors: tuple[str, ...]) -> bool:
    """A definite singular description naming no one: "un vecino" is no one in particular,
    "la actriz Ana Torres" is named."""
    return bool(_DEFINITE.match(subject)) and not any(actor[:1].isupper() for actor in actors)


def _referent(
    subject: str, text: str, titles: dict[str, Description], lang: str | None
) -> tuple[str, ...]:
    group = kin_group(subject, text)
    if group or not _DEFINITE.match(subject):
        return group
    description = describe(subject)
    if description is None:
        return ()
    known = {
        name: title.merge(titles.get(fold(name), title))
        for name, title in people(text, lang).items()
    }
    ranked: dict[int, list[str]] = {}
    for name, title in known.items():
        score = fit(description, title)
        if score:
            ranked.setdefault(score, []).append(name)
    if ranked:
        fitting = ranked[max(ranked)]
        return (fitting[0],) if len(fitting) == 1 else ()
    if not description.genders:
        return ()
    # No one is known by that role: the one person of the description's gender by first
    # name, known by no other role anywhere in the article.
    alike = [
        name
        for name, title in known.items()
        if not title.roles
        and _personal(name, lang)
        and (title.genders or {given_name_gender(name.split()[0])}) & description.genders
    ]
    return (alike[0],) if len(alike) == 1 else ()


def _personal(name: str, lang: str | None) -> bool:
    """A name that is only names, one of them seldom used in general text (a surname, an
    uncommon first name): "Dean de la Facultad de Medicina" is a post and "Año Nuevo" a
    day, whatever first names "Dean" and "Año" may be."""
    words = name.split()
    return all(word[:1].isupper() for word in words) and any(
        rarity(word, lang) >= _NAME_RARITY for word in words
    )
