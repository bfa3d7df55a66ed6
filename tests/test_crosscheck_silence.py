"""Breaking one's silence is speaking (CLAIMS.md item 131): "X rompe el silencio" tells
that X spoke out, not what X said, so two clauses meeting only on it are two statements
unless something ties what was said (a figure, a quote, a day), as two clauses sharing
only a verb of saying are. Every text here is fictional; the negative cases were shown
confirmed before this rule."""

from __future__ import annotations

import pytest

from conftest import claim_of
from contrasta.crosscheck import CORROBORATED
from contrasta.crosscheck.align import confirmation
from contrasta.crosscheck.frames import SAYING, family


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Lucía Ferrer rompe el silencio en sus redes sociales tras el juicio",
            "Lucía Ferrer rompe el silencio y acusa al productor Tomás Vela de acoso",
        ),
        (
            "La alcaldesa Marta Robles rompió su silencio en una carta a los vecinos.",
            "La alcaldesa Marta Robles rompió ayer el silencio ante la prensa en Robledal.",
        ),
    ],
)
def test_two_silences_broken_are_two_statements(a: str, b: str) -> None:
    first, second = claim_of(a, "a"), claim_of(b, "b")
    assert family(first.frame.predicate) == SAYING
    assert confirmation(first, second) is None


def test_what_was_said_still_confirms() -> None:
    """The statement itself, told by both outlets, is compared as any statement."""
    first = claim_of("Lucía Ferrer rompe el silencio y acusa al productor Tomás Vela de acoso", "a")
    second = claim_of("Lucía Ferrer acusa al productor Tomás Vela de acoso", "b")
    assert confirmation(first, second) is not None


def test_a_broken_window_is_no_statement() -> None:
    """Only the silence: "rompió el cristal" is an act of its own, and confirms."""
    first = claim_of("El ladrón rompió el cristal de la joyería Brillo de Robledal.", "a")
    second = claim_of("Un ladrón rompió el cristal de la joyería Brillo en Robledal.", "b")
    assert family(first.frame.predicate) != SAYING
    assert confirmation(first, second) == CORROBORATED
