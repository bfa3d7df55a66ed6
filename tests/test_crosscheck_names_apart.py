"""Where the cross-check can compare only what is written alike, it says less: two clauses
of two languages with no anchor meet only through their names (no verb or noun can be
compared across languages), and two English clauses read by word shapes whose verb is "to
be" say what something is, no act (`align._names_apart`, `align._copula_alone`; CLAIMS.md
item 126); a sentence saying someone is not the only one to have done something tells of
the others (`align._one_of_many`). And a denial is no conflict with a clause about
another thing of the same place (`acts._told_apart`). Every text here is fictional; the
expected outcomes were written before the code, and each negative case was shown alike
or as a conflict at 8eca359."""

from __future__ import annotations

import pytest
from test_crosscheck_deliberate import negations, two_outlets

from conftest import claim_of
from contrasta.crosscheck import ALIKE
from contrasta.crosscheck.align import confirmation


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b"),
    [
        # Two languages, no name in common: one senator criticized, and a remark that she
        # is not the only one.
        (
            "La senadora Olga Ferrán ha sido criticada por pasar sus vacaciones en un yate.",
            "es",
            "She is not the only senator to have been criticized over her holidays.",
            "en",
        ),
        # Two languages, one name in common, each sentence naming a place the other does
        # not write: her New Year's Eve in one town, her ranch in another.
        (
            "Olga Ferrán pasó la Nochevieja en Valdoria con su familia.",
            "es",
            "Olga Ferran spent New Year's Eve with her family in Montesclaros.",
            "en",
        ),
        # Not the only one to have done it: a statement about the others, in one language
        # or two.
        (
            "Senator Olga Ferran criticized the mayor for his holidays on a yacht.",
            "en",
            "Ferran is not the only senator to have criticized the mayor over his holidays.",
            "en",
        ),
        (
            "La senadora Olga Ferrán criticó al alcalde por sus vacaciones en un yate.",
            "es",
            "Olga Ferrán no es la única senadora que ha criticado al alcalde por sus "
            "vacaciones en un yate.",
            "es",
        ),
        (
            "La senadora Olga Ferrán criticó al alcalde por sus vacaciones en un yate.",
            "es",
            "Olga Ferran is not the only senator to have criticized the mayor over his "
            "holidays on a yacht.",
            "en",
        ),
        # Two English clauses with "to be" for verb and no name in common.
        (
            "The dress was a classic style with a thin strap around the waist.",
            "en",
            "Meanwhile, her dress was tied into a bow on one side.",
            "en",
        ),
    ],
)
def test_only_wording_alike_confirms_nothing(a: str, lang_a: str, b: str, lang_b: str):
    assert confirmation(claim_of(a, "a1", lang_a), claim_of(b, "b1", lang_b)) is None


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b"),
    [
        # The same name and the same place in two languages: still alike.
        (
            "Olga Ferrán pasó la Nochevieja en Valdoria con su familia.",
            "es",
            "Olga Ferran spent New Year's Eve with her family in Valdoria.",
            "en",
        ),
        # The same name, a place on one side only.
        (
            "Olga Ferrán pasó la Nochevieja en Valdoria con su familia.",
            "es",
            "Olga Ferran spent New Year's Eve with her family.",
            "en",
        ),
        # "To be" with a name in common.
        (
            "Tomas Brenner will be a reserve driver for the team in the next season.",
            "en",
            "Tomas Brenner will be the team's reserve driver next season, the team said.",
            "en",
        ),
    ],
)
def test_a_name_in_common_is_still_alike(a: str, lang_a: str, b: str, lang_b: str):
    assert confirmation(claim_of(a, "a1", lang_a), claim_of(b, "b1", lang_b)) == ALIKE


DENIAL = (
    "El alcalde de Robledal, Tomás Ibarra, aseguró que el incendio de Robledal no obligó a "
    "cerrar el hospital."
)


@pytest.mark.parametrize(
    "told",
    [
        # Another event of the same place: a blackout against the fire.
        "El apagón de Robledal obligó a cerrar el hospital el martes.",
        (
            "La compañía eléctrica aseguró el martes que el apagón de Robledal obligó a cerrar "
            "el hospital."
        ),
        # Two other nouns of one place, however alike the events.
        "La tormenta de Robledal obligó a cerrar el hospital el martes.",
    ],
)
def test_a_denial_of_another_thing_of_the_same_place_is_no_conflict(told: str):
    assert negations(two_outlets(told, DENIAL)) == []


def test_a_denial_of_the_same_thing_is_still_a_conflict():
    told = "El incendio de Robledal obligó a cerrar el hospital el martes."
    assert negations(two_outlets(told, DENIAL)) == [("a1+b1", "negation")]


def test_a_fire_set_on_purpose_against_a_blackout_denied_so():
    """A denial of a deliberate act (which keeps no actor check, `acts.opposed`) against
    another event of the same place said deliberate."""
    told = "La compañía eléctrica aseguró el martes que el apagón de Robledal fue provocado."
    denial = (
        "La jefa de bomberos de la comarca, Marta Gil, descartó el martes que el incendio de "
        "Robledal fuera intencionado."
    )
    assert negations(two_outlets(told, denial)) == []
