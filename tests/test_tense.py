"""Which way a sentence looks from a date in it, judged by the verb nearest the date."""

from __future__ import annotations

import pytest

from contrasta.reading.tense import FUTURE, PAST, tense_at


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("El rey llegó este domingo a Roma.", "este domingo", PAST),
        ("Los estibadores votaron el lunes la huelga.", "el lunes", PAST),
        ("La huelga ha sido desconvocada este martes.", "este martes", PAST),
        ("Las clases estaban suspendidas desde el lunes.", "el lunes", PAST),
        ("El Gobierno se reunirá el domingo con los alcaldes.", "el domingo", FUTURE),
        ("El domingo se celebrará la final.", "El domingo", FUTURE),
        ("El Congreso va a votar el jueves la reforma.", "el jueves", FUTURE),
        ("La cumbre, prevista para el viernes, sigue en pie.", "el viernes", FUTURE),
        ("The summit will open on Friday.", "on Friday", FUTURE),
        # An expectation looks ahead, nearer than the saying that reports it.
        ("Dijo que espera poder firmar el pacto en marzo.", "en marzo", FUTURE),
        ("Officials confirmed the toll on Friday.", "on Friday", PAST),
        # The nearer verb decides: the saying, not the thing said.
        ("Anunció este domingo que el partido se jugará en marzo.", "este domingo", PAST),
        ("Dijo que el domingo se celebrará la final.", "el domingo", FUTURE),
        # The conditional looks ahead as the future does, unless a past verb of the sentence
        # sets it back; a conditional perfect looks back.
        ("La nueva serie saldría a la luz en abril, aunque no hay fecha.", "en abril", FUTURE),
        ("Se rumoreaba que en enero volvería la calma al valle.", "en enero", None),
        ("El pastor habría perdido el rebaño el domingo.", "el domingo", PAST),
        # A plan told in the present looks ahead (reading RULES 79); an English "-ed"
        # without "to"/"for" after it is still a past.
        ("El Ayuntamiento planea abrir el albergue el 15 de marzo.", "el 15 de marzo", FUTURE),
        ("La alcaldesa pretende votar el plan el lunes.", "el lunes", FUTURE),
        ("The mayor plans to open the shelter in April.", "in April", FUTURE),
        ("The tour is scheduled to stop in Robledal on July 22.", "on July 22", FUTURE),
        ("The vote is slated for March 15.", "March 15", FUTURE),
        ("Shares rose more than expected on Monday.", "on Monday", PAST),
        # English "would" is the conditional: ahead unless a past verb sets it back;
        # "would have" looks back.
        ("The plant would open in April, the plan says.", "in April", FUTURE),
        ("The company said it would open the plant on Friday.", "on Friday", None),
        ("The council would have voted on Monday.", "on Monday", PAST),
        # Present tense, a plan seen from the past, or no verb: undecided.
        ("El presidente viaja el lunes a Roma.", "el lunes", None),
        ("La final iba a jugarse el domingo.", "el domingo", None),
        ("Domingo, 11 de enero.", "Domingo", None),
        # Another sentence's verb does not count.
        ("Llegó tarde. El domingo, nada.", "El domingo", None),
        # Nor one too far away.
        (
            "Firmaron el acuerdo los representantes de todas las partes implicadas en el "
            "conflicto de los estibadores del puerto el lunes.",
            "el lunes",
            None,
        ),
    ],
)
def test_tense_at(sentence: str, date: str, expected: str | None) -> None:
    start = sentence.index(date)
    assert tense_at(sentence, start, start + len(date)) == expected
