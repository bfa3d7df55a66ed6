"""What a shared figure, day or verb tells of two outlets' clauses (CLAIMS.md item 128): a
count of a known set ("las dos motos") says which things, not how many; a clause "después
de que ..." tells another event; an act "cerca de" or "a punto de" happening is not done; a
subject told as part of a class in the present states a general thing; a reported clause
with no subject of its own tells its speaker's act. Every text here is fictional; each
negative case was shown (confirmed or alike) at 7a69433, each positive one is shown there
and here, and the speaker's acts were read with no actor there."""

from __future__ import annotations

import pytest

from conftest import claim_of
from contrasta.crosscheck import ALIKE, CORROBORATED
from contrasta.crosscheck.align import confirmation

ARREST = "La Guardia Civil detuvo a tres jóvenes por el robo de dos motos en Valdeperales."
SIGNED = "El delantero Marcos Vidal firma hoy su nuevo contrato con el Atlético Robledal."
NEAR = (
    "Según la prensa deportiva, el delantero y el club italiano están cerca de firmar un contrato."
)
ARRESTED_AFTER = (
    "Una vecina de Robledal de 52 años ha sido detenida esta semana tras insultar a su jefe"
    " después de que el sábado le tocaran en la quiniela dos millones de euros."
)
WON = (
    "Según contaba el diario, el sábado por la tarde la fortuna le sonrió con un premio de dos"
    " millones de euros."
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The two motorbikes, named by their count, returned: not the arrest (was confirmed).
        (
            "Detenidos tres jóvenes por el robo de dos motos en Valdeperales",
            "Las dos motos, halladas en un descampado, fueron devueltas a sus dueños.",
        ),
        # The same in a parsed sentence (was alike).
        (ARREST, "Las dos motos, halladas en un descampado, fueron devueltas a sus dueños."),
        # An arrest after a win, dated by the win's day and sum, against the win (was confirmed).
        (ARRESTED_AFTER, WON),
        # A player near signing with one club, against his signing with another (was alike).
        (SIGNED, NEAR),
        (NEAR, SIGNED),
        # What many batteries use, against one firm's use (was alike).
        (
            "Muchas de las baterías del mercado utilizan litio de las minas de Valdeperales.",
            "La empresa Norvia utiliza litio de las minas de Valdeperales en su fábrica.",
        ),
    ],
)
def test_two_things_confirm_nothing(a, b):
    assert confirmation(claim_of(a, "a"), claim_of(b, "b")) is None


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        # One arrest: the count of a known set still anchors one act.
        (
            ARREST,
            "Los tres jóvenes fueron detenidos por la Guardia Civil en Valdeperales.",
            (CORROBORATED,),
        ),
        # The win told as the sentence's own fact, and a decimal sum inside the clause.
        (
            "Una vecina de Robledal ganó el sábado dos millones de euros en la quiniela.",
            WON,
            (CORROBORATED,),
        ),
        # Two outlets both telling the signing near.
        (NEAR, "El delantero y el club de Turín están a punto de firmar un contrato.", (ALIKE,)),
        # A set's members told in the past: an event of that set.
        (
            "Muchos de los heridos fueron trasladados al hospital de Robledal.",
            "Los heridos fueron trasladados al hospital de Robledal.",
            (ALIKE,),
        ),
    ],
)
def test_one_thing_is_still_shown(a, b, shown):
    assert confirmation(claim_of(a, "a"), claim_of(b, "b")) in shown


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # A reported clause with no subject of its own: the speaker did it.
        (
            "En su declaración de bienes, el alcalde informó que vendió su casa del centro.",
            "alcalde",
        ),
        (
            "Pedro Ruiz informó que obtuvo una ganancia de pesos con la venta de su casa.",
            "Pedro Ruiz",
        ),
        # Impersonal, or of another number: not the speaker.
        ("El ministro del Interior dijo que se investigará el robo de las obras del museo.", None),
        ("El ministro del Interior dijo que detuvieron a tres jóvenes por el robo.", None),
    ],
)
def test_a_reported_clause_without_subject_is_the_speakers(sentence, actor):
    actors = claim_of(sentence, "a").frame.actors
    assert (actor in actors) if actor else not any("ministro" in a for a in actors)


def test_one_seller_told_through_his_statement_is_confirmed():
    # Alike at 7a69433 (no actor read in the reported clause), confirmed here.
    a = claim_of(
        "En su declaración de bienes, el alcalde de Robledal informó que vendió su casa.", "a"
    )
    b = claim_of("El alcalde de Robledal vendió su casa del centro el año pasado.", "b")
    assert confirmation(a, b) == CORROBORATED
