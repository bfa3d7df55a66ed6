"""A phrase two quotes share is no anchor (CLAIMS.md item 134): two long quotes of two
sources that share only a turn of phrase ("el desarrollo de una vacuna") are two
statements, and confirm each other only as their frames do; one quote told by two outlets,
or one speaker's words, still anchor. Every text here is fictional; the first case was
shown confirmed before this rule."""

from __future__ import annotations

from conftest import claim_of
from contrasta.crosscheck import CORROBORATED
from contrasta.crosscheck.align import anchored, confirmation

REPORT = (
    '"La preocupación de este informe se refiere a la respuesta de las personas vacunadas'
    " ante el virus del Tajo, que constituye la base para el desarrollo de una vacuna contra"
    ' la fiebre del Tajo y de otros tratamientos", escriben los autores del estudio.'
)
PLAN = (
    '"Hay dos caminos para frenar la fiebre del Tajo: vacunar a toda la comarca, lo que'
    " exige el desarrollo de una vacuna eficaz y barata, o esperar al contagio de los vecinos"
    ' durante años", dijo el consejero Anselmo Quiroga.'
)
PLAN_SHORT = (
    '"Hay dos caminos para frenar la fiebre del Tajo: vacunar a toda la comarca, lo que'
    ' exige el desarrollo de una vacuna eficaz", afirmó Anselmo Quiroga.'
)
PLAN_OTHER_WORDS = (
    '"No habrá inmunidad de grupo sin el desarrollo de una vacuna eficaz y barata para toda'
    ' la comarca del Tajo antes del invierno", dijo el consejero Anselmo Quiroga.'
)


def test_a_phrase_two_sources_quote_confirms_nothing() -> None:
    report, plan = claim_of(REPORT, "a"), claim_of(PLAN, "b")
    assert anchored(report, plan)  # the shared run of words is still read
    assert confirmation(report, plan) is None
    assert confirmation(plan, report) is None


def test_one_quote_told_twice_still_confirms() -> None:
    assert confirmation(claim_of(PLAN, "a"), claim_of(PLAN_SHORT, "b")) == CORROBORATED


def test_one_speakers_words_sharing_a_phrase_still_confirm() -> None:
    """Under half the shorter quote in common, but both outlets give the words to one
    person: one statement quoted in two cuts."""
    plan, other = claim_of(PLAN, "a"), claim_of(PLAN_OTHER_WORDS, "b")
    assert confirmation(plan, other) == CORROBORATED
