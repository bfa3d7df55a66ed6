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
checkable. A weather forecast is a guess too, even with the day it is for ("El jueves
lloverá en el norte", "Giovedì sarà ventilato con neve in montagna"): a page's forecast
names no one who made it, and no other outlet reports the same guess as news; what the
weather did, an alert a named service issued, and a forecast giving a figure stay claims.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from contrasta.crosscheck.genre import YEAR, datable
from contrasta.crosscheck.words import fold

if TYPE_CHECKING:
    from contrasta.crosscheck.claims import Claim

# Expectation, a kind of guess: what is forecast, not what may have happened.
_EXPECTED = r"se (?:espera|preve) que|(?:is|are) (?:expected|forecast) to"
# Modals of possibility and expectation, Spanish (folded) and English, "would" also
# contracted before "be" or "have" ("it'd be wise", "they'd have won"; "'d" before a
# participle is "had"). Left out: a negated modal, which reports a refusal or a failure
# ("the operator would not comment"), and "would like", a wish.
# Possibility: what may be or may have been, never a plan ("could", "podría"); the
# timeline asks this of the words around a date (`dossier.timeline`).
POSSIBLE = (
    r"podrian?|pudiera[ns]?|es (?:posible|probable) que|puede que|"
    r"probablemente|quizas?|tal vez|(?:could|might)(?! not\b|n't| like\b)|likely|probably"
)
GUESS = re.compile(
    rf"\b(?:{POSSIBLE}|would(?! not\b|n't| like\b)|"
    rf"(?<=\w)['\u2019]d (?:be|have)|{_EXPECTED})\b"
)
_FORECAST = re.compile(rf"\b(?:{_EXPECTED})\b")
# "may" in lower case, as written: "May" is the month.
_MAY = re.compile(r"\bmay(?! not\b)\b")
# A word that opens a clause saying which thing is meant or what someone thought, up to
# two words before the modal ("a contract that would double", "thought that it
# probably", "saying it could", "que podria"): the guess is not the sentence's own.
_EMBEDDING = frozenset({"that", "which", "who", "saying", "que"})
_BEFORE = 2


# The weather's words (folded; Spanish, English, Italian), as common nouns and adjectives
# (not "wind down", "venti" for twenty, nor a name such as "Frost"), and what says it is
# still to come, read with its accents: a future ("será", "lloverá", "sarà", "ci saranno",
# "will be"), "expect" or a verb of forecasting. Both must be in the clause.
_WEATHER = re.compile(
    r"\b(?:lluvias?|llovera|llovizna|chubascos?|nieve|nevadas?|nevara|vientos?|ventoso|"
    r"rachas|granizo|heladas?|nublados?|rain|showers?|snow|windy|breezy|gusts?|gusty|"
    r"drizzle|sleet|frost|cloudy|pioggi[ae]|piovos[oa]|neve|nevicate|vento|ventilato|"
    r"raffiche|rovesci|temporali|nuvolos[oa])\b"
)
_TO_COME = re.compile(
    r"[^\W\d_]+(?:rá|rán|rà|ranno)\b|\b(?:will|expect(?:ed)?|forecast|se esperan?|se prevén?|"
    r"previst[oiae])\b"
)


def speculates(claim: Claim) -> bool:
    """The clause guesses with a modal of its own and names no figure and no date, or
    forecasts the weather with no figure; whether someone is said to have made the guess is
    the caller's to ask."""
    folded = fold(claim.sentence)
    if _forecasts_weather(claim):
        return True
    if datable(claim):
        return False
    return _guesses(GUESS, folded) or _guesses(_MAY, claim.sentence)


def _forecasts_weather(claim: Claim) -> bool:
    """The clause says what the weather will be, with no figure and no year. A weather
    word the folded clause lacks its lower-case words lack too: most clauses are told so
    without picking their words out (`_lower_words`)."""
    return (
        not claim.numbers
        and not YEAR.search(claim.sentence)
        and bool(_WEATHER.search(fold(claim.sentence)))
        and bool(_WEATHER.search(_lower_words(claim.sentence)))
        and bool(_TO_COME.search(claim.sentence.lower()))
    )


def guesses(claim: Claim) -> bool:
    """The clause guesses with a modal of its own, whatever figures or dates it gives
    ("More states could follow suit in 2020"): what `speculates` asks before it lets a
    date or a figure make the guess a claim."""
    return _guesses(GUESS, fold(claim.sentence)) or _guesses(_MAY, claim.sentence)


def forecasts(claim: Claim) -> bool:
    """The clause says what is expected to happen, figures or not ("Para 2030 se espera
    que el puerto reciba 3 millones de pasajeros"): no report of what happened, so a
    result's other figure does not contradict it (`align`). A hedge on what happened
    ("el derrumbe podría deberse a la lluvia") is no forecast: its figures are reported."""
    return _guesses(_FORECAST, fold(claim.sentence))


def _lower_words(text: str) -> str:
    """The text's words written in lower case (and its first word), folded: a capitalised
    word inside a sentence is a name."""
    words = text.split()
    return " ".join(fold(w) for k, w in enumerate(words) if k == 0 or not w[:1].isupper())


def _guesses(cue: re.Pattern[str], text: str) -> bool:
    return any(
        not _EMBEDDING.intersection(text[: found.start()].lower().split()[-_BEFORE:])
        for found in cue.finditer(text)
    )
