"""What was shown is the fact, not the showing (CLAIMS.md item 131): "se ha demostrado que
X" tells a finding X; two clauses whose one verb is a verb of showing state one fact only
when what each says was shown writes more than one word alike (a story's subject, "la
vacuna", is a word any two of its findings share). Every text here is fictional; the
negative cases were shown alike before this rule."""

from __future__ import annotations

import pytest

from conftest import claim_of
from contrasta.crosscheck.align import confirmation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Los ensayos en ratones han demostrado que la vacuna de Robledal genera"
            " anticuerpos neutralizantes y protege frente a la cepa original.",
            "Sin embargo, se ha demostrado que los pacientes curados conservan linfocitos"
            " capaces de reconocer la vacuna durante meses.",
        ),
        (
            "Se ha demostrado que el pantano de Valdeperales pierde agua por una grieta.",
            "Los técnicos han demostrado que las truchas del pantano vuelven a desovar.",
        ),
    ],
)
def test_two_findings_are_two_facts(a: str, b: str) -> None:
    assert confirmation(claim_of(a, "a"), claim_of(b, "b")) is None


def test_one_finding_told_twice_still_confirms() -> None:
    first = claim_of(
        "Los ensayos han demostrado que la vacuna de Robledal es segura en ancianos.", "a"
    )
    second = claim_of("Se ha demostrado que la vacuna de Robledal es segura en ancianos.", "b")
    assert confirmation(first, second) is not None
