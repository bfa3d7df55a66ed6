"""bench/speaker_miss_families.py: the family a missed speaker falls in, told from the
words around its quote, and a doubt rule lifted only while the block runs. Invented
Spanish text."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import speaker_miss_families as smf

from contrasta.reading.quotes import withheld
from contrasta.reading.quotes.quote import Quote

TEXT = (
    "La cooperativa de Albares cerró el ejercicio con pérdidas.\n"
    "«No hay dinero para la plaza», advirtió.\n"
    "«Lo pagaremos en mayo», dijo el tesorero de la cooperativa.\n"
    "Según la asociación de vecinos, el plan es «un engaño».\n"
    "El acta lo resume así: «Se aplaza todo».\n"
)


def _quote(words: str, cue: str | None = "dijo") -> Quote:
    start = TEXT.index(words)
    return Quote(words, None, start, start + len(words), "angle", False, cue)


def test_each_family_is_told_by_the_words_around_the_quote() -> None:
    def family(words: str, cue: str | None = "dijo") -> str:
        return smf.family(TEXT, _quote(words, cue), None, "own sentence")

    assert family("No hay dinero para la plaza", "advirtió") == "verb after it, subject dropped"
    assert family("Lo pagaremos en mayo") == "verb after it, then a description"
    assert family("un engaño", "según") == "según / de acuerdo con X before it"
    assert family("Se aplaza todo", None) == "colon before it"
    assert family("No hay dinero para la plaza", None) == "no cue: named own sentence"


def test_a_speaker_the_reading_withheld_is_its_own_family() -> None:
    quote = _quote("Lo pagaremos en mayo")
    read = Quote(
        quote.text, "tesorero de la cooperativa", quote.start, quote.end, "angle", False, "dijo"
    )
    assert smf.family(TEXT, quote, read, "own sentence") == "withheld by a doubt rule"


def test_a_doubt_rule_is_lifted_only_inside_the_block() -> None:
    kept = withheld._one_of_many
    with smf.lifted(withheld, "_one_of_many", lambda *_args: False):
        assert withheld._one_of_many("uno de sus defensores") is False
    assert withheld._one_of_many is kept and withheld._one_of_many("uno de sus defensores")
