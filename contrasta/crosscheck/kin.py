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
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from contrasta.crosscheck.words import caseless, fold
from contrasta.patterns import longest_first
from contrasta.reading.names import is_given_name
from contrasta.reading.roles import KIN, KIN_NOUNS

if TYPE_CHECKING:
    from contrasta.crosscheck.claims import Claim

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
_KIN = "(?i:" + "|".join(sorted(KIN_NOUNS, key=longest_first)) + ")"
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
# "Los hermanos LeBarón": a family called by kin and family name, after it was listed.
GROUP = re.compile(rf"^(?i:los|las|the) (?P<kin>{_KIN}) (?P<family>{_NAME})$")
# "sus hijas", "su marido": the clause's actor's kin, unless a name comes just before
# ("Jacky Vidal y su hija", read by `_AND_HER`).
_POSSESSED = re.compile(rf"\b(?:su|sus|his|her|their) (?P<kin>{_KIN})\b")
_AFTER_NAME = re.compile(rf"{_NAME} (?:y|e|and) $")
_WORD = re.compile(r"\w+")
_KIN_WORDS = frozenset(noun.lower() for noun in KIN_NOUNS)


def _names_kin(text: str) -> bool:
    """Whether a kin noun is a word of the text, which every pattern here needs (each
    reads its noun as a whole word: a space, a dash or a bracket before it, a space or a
    word's end after it): most sentences name no kin, and looking for one word by word
    costs a tenth of what trying the 64 nouns at every position of a sentence did."""
    lowered = caseless(text)
    return lowered is None or not _KIN_WORDS.isdisjoint(_WORD.findall(lowered))


# (person, relation, person, the words that say it), names as written.
Relation = tuple[str, str, str, str]


@lru_cache(maxsize=4096)
def kin_relations(text: str) -> frozenset[Relation]:
    """Every (a, relation, b, words) the text states between two named people, with its
    inverse ((b, uncle, a) for (a, nephew, b)); `words` is the phrase that says it, shown
    to a reader as it was written."""
    found: set[Relation] = set()
    if not _names_kin(text):
        return frozenset(found)
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
    if not _names_kin(text):
        return frozenset(found)
    for pattern in (_OF, _AND_HER):
        for match in pattern.finditer(text):
            for noun in _LIST.split(match.group("kins")):
                relation = _RELATION.get(fold(noun))
                if relation is not None:
                    found.add((match.group("of"), relation, noun, match.group()))
    return frozenset(found)


def kin_group(subject: str, text: str) -> tuple[str, ...]:
    """The people a family called by kin and family name is ("los hermanos LeBarón"): the
    last list in `text` of the same kin and family name ("los hermanos Adrián, Julián y
    Brayan LeBarón"), each with the family name; () when the text lists none."""
    group = GROUP.match(subject.strip())
    if group is None:
        return ()
    relation = _RELATION.get(fold(group.group("kin")))
    family = fold(group.group("family"))
    found: tuple[str, ...] = ()
    for match in _BEFORE.finditer(text):
        people = _people(match.group("names"))
        if (
            _RELATION.get(fold(match.group("kin"))) == relation
            and len(people) > 1
            and fold(people[-1]).split()[-1] == family
        ):
            last = people[-1].split()[-1]
            found = tuple(p if fold(p).split()[-1] == family else f"{p} {last}" for p in people)
    return found


def _claim_relations(claim: Claim) -> frozenset[Relation]:
    """`kin_relations` of the sentence, and those of a kin group its actor resolves to
    ("los hermanos LeBarón": Adrián, Julián and Brayan LeBarón, siblings)."""
    found = kin_relations(claim.sentence)
    group = GROUP.match(claim.frame.subject.strip())
    people = claim.frame.referent
    if group is None or len(people) < 2:
        return found
    relation = _RELATION[fold(group.group("kin"))]
    words = group.group()
    return found | {(a, relation, b, words) for a in people for b in people if a != b}


def _claim_kin(claim: Claim) -> frozenset[Kin]:
    """`kin_of` the sentence, and the kin its actor has in it ("La actriz informó que sus
    hijas...": the actress's daughters), when the actor is one person, named or resolved."""
    found = kin_of(claim.sentence)
    whose = _person(claim)
    if whose is None:
        return found
    possessed = {
        (whose, _RELATION[fold(match.group("kin"))], match.group("kin"), match.group())
        for match in _POSSESSED.finditer(claim.sentence)
        if not _AFTER_NAME.search(claim.sentence[: match.start()])
    }
    return found | possessed


def _person(claim: Claim) -> str | None:
    """The one person the clause's actor is: its referent, or its one name when that
    opens with a first name."""
    frame = claim.frame
    if len(frame.referent) == 1:
        return frame.referent[0]
    if len(frame.actors) == 1 and frame.actors[0][:1].isupper():
        first = frame.actors[0].split()[0]
        return frame.actors[0] if " " in frame.actors[0] and is_given_name(first) else None
    return None


def _plural(noun: str) -> bool:
    folded = fold(noun)
    return folded.endswith("s") and folded[:-1] in _SINGULAR


def _same_family(a: str, b: str) -> bool:
    """ "Jacqueline Vidal" and "Jacky Vidal": one family name, as a possessor is named."""
    x, y = fold(a).split(), fold(b).split()
    return bool(x and y) and x[-1] == y[-1]


def same_kin(a: Claim, b: Claim) -> bool:
    """Both claims relate two people the same way (an article saying again who is whose
    brother: "los hermanos Adrián, Julián y Brayan LeBarón" ... "los hermanos LeBarón")."""
    return any(
        relation == other and _one_person(x, p) and _one_person(y, q)
        for x, relation, y, _ in _claim_relations(a)
        for p, other, q, _ in _claim_relations(b)
    )


@dataclass(frozen=True)
class Kinship:
    """What `kin_conflict` compares of one claim, sorted: its relations between people
    (`_claim_relations`) and whose kin it names (`_claim_kin`). Worked out once per claim
    when a story's pairs are compared (`align`), not again for every pair."""

    relations: tuple[Relation, ...]
    kin: tuple[Kin, ...]

    @property
    def relates(self) -> bool:
        """Whether it relates anyone: `kinship_conflict` needs both claims to, and most
        claims relate no one."""
        return bool(self.relations or self.kin)


def kinship(claim: Claim) -> Kinship:
    return Kinship(tuple(sorted(_claim_relations(claim))), tuple(sorted(_claim_kin(claim))))


def kin_conflict(a: Claim, b: Claim) -> tuple[str, str] | None:
    """Two claims that relate the same two people differently ("hermanos Adrián, Julián y
    Brayan" / "Julián y Brayan -sobrinos de Adrián"), or give someone one kin where the
    other gives several ("su hija" / "sus hijas"): the words of each, as written. A
    claim's actor counts as named by its referent ("los hermanos LeBarón", "la actriz")."""
    return kinship_conflict(kinship(a), kinship(b))


def kinship_conflict(a: Kinship, b: Kinship) -> tuple[str, str] | None:
    """`kin_conflict` of two claims' `kinship`."""
    for x, relation, y, words in a.relations:
        for p, other, q, other_words in b.relations:
            if other != relation and _one_person(x, p) and _one_person(y, q):
                return words, other_words
    for whose, relation, noun, words in a.kin:
        for other_whose, other, other_noun, other_words in b.kin:
            if (
                relation == other
                and _plural(noun) != _plural(other_noun)
                and _same_family(whose, other_whose)
            ):
                return words, other_words
    return None
