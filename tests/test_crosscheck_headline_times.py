"""A denial and a clause telling the act at two times are no conflict (`acts._two_times`);
news headlines tell the past in the present, so a present headline against a past still
is one time. Two conventions narrow that exception (CLAIMS.md item 126): it is the
present clause's, so a headline in the past against a body's present ("no inventó" /
"inventa cosas") is two times; and a headline made of someone's words keeps the speaker's
present ("\"Valdoria no avanza\"" against "avanzó a cuartos"). A verb coordinated with the
main one ("vive en su mundo e inventa cosas") is told in its tense. Every text here is
fictional; the expected outcomes were written before the code, and both negative cases
were shown as conflicts at 8eca359."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from test_crosscheck import FILLER
from test_crosscheck_deliberate import negations

from conftest import story_article
from contrasta.crosscheck import crosscheck


def headline_against(headline: str, lead: str):
    """Outlet a's headline (its title) against outlet b's lead."""
    first = story_article("a1", "Diario del Valle", FILLER["a"], datetime(2026, 8, 4, 9))
    second = story_article(
        "b1", "La Gaceta Fluvial", [lead, *FILLER["b"]], datetime(2026, 8, 4, 12)
    )
    return crosscheck([replace(first, title=headline), second])


@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        # A headline quoting a coach's present against a report of the past.
        (
            '"Nadie puede estar contento, Valdoria no avanza"',
            "La selección de Valdoria avanzó el domingo a los cuartos de final como mejor tercera.",
        ),
        # A fact-check's headline in the past against a columnist's present, through a
        # coordinated verb.
        (
            "No, la concejala Irene Solano no inventó su denuncia",
            "Evidentemente, la concejala Irene Solano vive en su propio mundo e inventa "
            "denuncias que nunca existieron.",
        ),
    ],
)
def test_a_denial_at_another_time_is_no_conflict(lead_a: str, lead_b: str):
    assert negations(headline_against(lead_a, lead_b)) == []


def test_a_present_headline_against_the_past_is_still_one_time():
    checked = headline_against(
        "El alcalde de Monteluz no dimite",
        "El alcalde de Monteluz dimitió este martes tras el escándalo de las licencias.",
    )
    assert negations(checked) == [("a1+b1", "negation")]
