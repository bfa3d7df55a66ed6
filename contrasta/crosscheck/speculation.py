"""Whether a clause only speculates: the writer's guess of what could, would or is
expected to happen ("El plan podría mejorar la circulación", "The new plan would be an
ideal answer", "Es posible que en las próximas semanas se conozcan más detalles"), which
no other source could confirm or deny (bench/real/CLAIMS.md, "speculation without a
source").

A guess someone is said to have made is their statement, and a clause giving a figure or
a date reports something datable even when hedged ("Para 2030 se espera que el puerto
reciba a 3 millones de pasajeros", "El Gobierno podría aprobar el decreto el martes"):
both stay claims. The cue is a modal of possibility or expectation, not the future tense:
a future with an actor is a planned act ("El Gobierno aprobará el decreto"), which is
checkable.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from contrasta.crosscheck.genre import datable
from contrasta.crosscheck.words import fold

if TYPE_CHECKING:
    from contrasta.crosscheck.claims import Claim

# Expectation, a kind of guess: what is forecast, not what may have happened.
_EXPECTED = r"se (?:espera|preve) que|(?:is|are) (?:expected|forecast) to"
# Modals of possibility and expectation, Spanish (folded) and English, "would" also
# contracted before "be" or "have" ("it'd be wise", "they'd have won"; "'d" before a
# participle is "had"). Left out: a negated modal, which reports a refusal or a failure
# ("the operator would not comment"), and "would like", a wish.
_GUESS = re.compile(
    r"\b(?:podrian?|pudiera[ns]?|es (?:posible|probable) que|"
    r"probablemente|quizas?|tal vez|(?:could|would|might)(?! not\b|n't| like\b)|"
    rf"(?<=\w)['\u2019]d (?:be|have)|likely|probably|{_EXPECTED})\b"
)
_FORECAST = re.compile(rf"\b(?:{_EXPECTED})\b")
# "may" in lower case, as written: "May" is the month.
_MAY = re.compile(r"\bmay(?! not\b)\b")
# A word that opens a clause saying which thing is meant or what someone thought, up to
# two words before the modal ("a contract that would double", "thought that it
# probably", "saying it could", "que podria"): the guess is not the sentence's own.
_EMBEDDING = frozenset({"that", "which", "who", "saying", "que"})
_BEFORE = 2


def speculates(claim: Claim) -> bool:
    """The clause guesses with a modal of its own and names no figure and no date; whether
    someone is said to have made the guess is the caller's to ask."""
    if datable(claim):
        return False
    return _guesses(_GUESS, fold(claim.sentence)) or _guesses(_MAY, claim.sentence)


def forecasts(claim: Claim) -> bool:
    """The clause says what is expected to happen, figures or not ("Para 2030 se espera
    que el puerto reciba 3 millones de pasajeros"): no report of what happened, so a
    result's other figure does not contradict it (`align`). A hedge on what happened
    ("el derrumbe podría deberse a la lluvia") is no forecast: its figures are reported."""
    return _guesses(_FORECAST, fold(claim.sentence))


def _guesses(cue: re.Pattern[str], text: str) -> bool:
    return any(
        not _EMBEDDING.intersection(text[: found.start()].lower().split()[-_BEFORE:])
        for found in cue.finditer(text)
    )
