"""How named people are related, as a sentence states it: who is whose brother, nephew,
father.

Two outlets that name the same people and relate them differently ("los hermanos Adrián,
Julián y Brayan" / "Julián y Brayan, sobrinos de Adrián") disagree on who the actors are,
however differently they word the rest: that is a conflict an editor must see, and
evidence that the two sentences speak of one occasion. Read from two shapes news uses: a
kin noun before a list of names ("los hermanos A, B y C": all of them siblings) and a kin
noun set off after a name ("A -padre de B-", "A, hermana de B,").
"""

from __future__ import annotations

import re
from functools import lru_cache

from contrasta.crosscheck.words import fold
from contrasta.reading.roles import KIN, KIN_NOUNS

# The relations, in the order of the table.
SIBLING, COUSIN, SPOUSE, PARENT, CHILD, NEPHEW, UNCLE, GRANDPARENT, GRANDCHILD = KIN
# (a, PARENT, b): a is b's parent.
_RELATION = {fold(noun): relation for relation, nouns in KIN.items() for noun in nouns.split()}
_INVERSE = {
    SIBLING: SIBLING,
    COUSIN: COUSIN,
    SPOUSE: SPOUSE,
    PARENT: CHILD,
    CHILD: PARENT,
    NEPHEW: UNCLE,
    UNCLE: NEPHEW,
    GRANDPARENT: GRANDCHILD,
    GRANDCHILD: GRANDPARENT,
}
_NAME = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+(?: (?:de |del )?[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+)*"
_NAMES = rf"{_NAME}(?:, {_NAME})*(?: (?:y|e|and) {_NAME})?"
_KIN = "(?i:" + "|".join(sorted(KIN_NOUNS, key=len, reverse=True)) + ")"
# "los hermanos Adrián, Julián y Brayan LeBarón"
_BEFORE = re.compile(rf"\b(?P<kin>{_KIN}) (?P<names>{_NAMES})")
# "Adrián -padre de Rhonita-", "Julián y Brayan LeBarón -sobrinos de Adrián-",
# "Edith Barrios, hermana de Jorge"
_AFTER = re.compile(
    rf"(?P<names>{_NAMES}) ?(?:[-–—(]|, )(?:el |la |los |las |su |sus )?(?P<kin>{_KIN}) "
    rf"(?:de |del |of )(?:la |el )?(?P<of>{_NAME})"
)
_LIST = re.compile(r", | (?:y|e|and) ")
# "Esposo e hijas de Jacqueline Vidal": how many of someone's kin, a fact of its own.
_OF = re.compile(
    rf"\b(?P<kins>{_KIN}(?: (?:e|y|and) {_KIN})*) (?:de |del |of )(?:la |el )?(?P<of>{_NAME})"
)
# "Jacky Vidal y su hija": the possessive names the kin of the name just before.
_AND_HER = re.compile(rf"(?P<of>{_NAME}) (?:y|e|and) (?:su|sus|his|her|their) (?P<kins>{_KIN})\b")
_SINGULAR = frozenset(noun for noun in _RELATION if not noun.endswith("s"))

# (person, relation, person, the words that say it), names as written.
Relation = tuple[str, str, str, str]


@lru_cache(maxsize=4096)
def kin_relations(text: str) -> frozenset[Relation]:
    """Every (a, relation, b, words) the text states between two named people, with its
    inverse ((b, uncle, a) for (a, nephew, b)); `words` is the phrase that says it, shown
    to a reader as it was written."""
    found: set[Relation] = set()
    for match in _BEFORE.finditer(text):
        relation = _RELATION.get(fold(match.group("kin")))
        people = _people(match.group("names"))
        if relation in (SIBLING, COUSIN) and len(people) > 1:
            found |= {(a, relation, b, match.group()) for a in people for b in people if a != b}
    for match in _AFTER.finditer(text):
        relation = _RELATION.get(fold(match.group("kin")))
        if relation is None:
            continue
        for person in _people(match.group("names")):
            if _one_person(person, match.group("of")):
                continue  # "Tomás, Rubén y Elías -sobrinos de Tomás-": the list ran too far
            found.add((person, relation, match.group("of"), match.group()))
            found.add((match.group("of"), _INVERSE[relation], person, match.group()))
    return frozenset(found)


def _people(names: str) -> list[str]:
    """ "Julián y Brayan LeBarón" names "Julián" and "Brayan LeBarón": a list gives the
    family name once, at its end, so a bare given name matches a full name (`_one_person`).
    """
    return [name.strip() for name in _LIST.split(names) if name.strip()]


def _one_person(a: str, b: str) -> bool:
    """One given name, the family name written by one of them only or by both alike
    ("Adrián" / "Adrián LeBarón"; not "Juan Pérez" / "Juan García")."""
    x, y = fold(a).split(), fold(b).split()
    return bool(x and y) and x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x[-1] == y[-1])


Kin = tuple[str, str, str, str]  # (whose, relation, the kin noun, the words), as written


@lru_cache(maxsize=4096)
def kin_of(text: str) -> frozenset[Kin]:
    """Whose kin the text names and in what number ("hijas de Jacqueline Vidal": her
    daughters, more than one; "Jacky Vidal y su hija": one)."""
    found: set[Kin] = set()
    for pattern in (_OF, _AND_HER):
        for match in pattern.finditer(text):
            for noun in _LIST.split(match.group("kins")):
                relation = _RELATION.get(fold(noun))
                if relation is not None:
                    found.add((match.group("of"), relation, noun, match.group()))
    return frozenset(found)


def _plural(noun: str) -> bool:
    folded = fold(noun)
    return folded.endswith("s") and folded[:-1] in _SINGULAR


def _same_family(a: str, b: str) -> bool:
    """ "Jacqueline Vidal" and "Jacky Vidal": one family name, as a possessor is named."""
    x, y = fold(a).split(), fold(b).split()
    return bool(x and y) and x[-1] == y[-1]


def kin_conflict(a: str, b: str) -> tuple[str, str] | None:
    """Two texts that relate the same two people differently ("hermanos Adrián, Julián y
    Brayan" / "Julián y Brayan -sobrinos de Adrián"), or give someone one kin where the
    other gives several ("su hija" / "sus hijas"): the words of each, as written."""
    mine, theirs = kin_relations(a), kin_relations(b)
    for x, relation, y, words in sorted(mine):
        for p, other, q, other_words in sorted(theirs):
            if other != relation and _one_person(x, p) and _one_person(y, q):
                return words, other_words
    for whose, relation, noun, words in sorted(kin_of(a)):
        for other_whose, other, other_noun, other_words in sorted(kin_of(b)):
            if (
                relation == other
                and _plural(noun) != _plural(other_noun)
                and _same_family(whose, other_whose)
            ):
                return words, other_words
    return None
