"""Two names whose only shared telling word differs in its last "o" or "a" ("Lenin Moreno"
and the party "Morena") are two names: the five letters of a stem tied them, and a
president's congratulations were shown alike with a party's (`frames._gendered_apart`;
CLAIMS.md item 132). Every text here is fictional; each negative case was shown alike at
7eb4aa8."""

from __future__ import annotations

import pytest
from test_crosscheck_names_apart import claim_of

from contrasta.crosscheck import CORROBORATED
from contrasta.crosscheck.align import confirmation
from contrasta.crosscheck.frames import same_names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A president named Cordero, a party named Cordera: two congratulations.
        (
            "El presidente de Valdoria, Tomás Cordero, felicitó a Ana Ruiz por su triunfo.",
            "Los empresarios felicitaron a la candidata del partido Cordera por su triunfo.",
        ),
        (
            "Tomás Cordero felicitó a los vecinos por su triunfo.",
            "La alianza que lidera Cordera felicitó a los vecinos por su triunfo.",
        ),
    ],
)
def test_names_apart_by_their_ending_confirm_nothing(a: str, b: str) -> None:
    assert confirmation(claim_of(a, "a", "es"), claim_of(b, "b", "es")) is None


def test_one_name_written_alike_still_confirms() -> None:
    a = claim_of("Tomás Cordero felicitó a los vecinos por su triunfo.", "a", "es")
    b = claim_of("El presidente Cordero felicitó a los vecinos por su triunfo.", "b", "es")
    assert confirmation(a, b) == CORROBORATED


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Tomás Cordero", "Cordera", False),
        ("Tomás Cordero", "Cordero", True),
        ("el Gobierno colombiano", "Gobierno", True),
        # One word apart by its ending, another shared whole: one name.
        ("Banco Cordero de Valdoria", "Cordera de Valdoria", True),
    ],
)
def test_same_names_tells_a_gendered_ending_apart(one: str, other: str, same: bool) -> None:
    assert same_names((one,), (other,)) is same
