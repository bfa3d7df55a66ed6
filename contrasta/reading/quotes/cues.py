"""The patterns of attribution cues for a language: verbs of saying after and before a quote,
source phrases, and the sentence announcing a quote."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from contrasta.patterns import longest_first
from contrasta.reading.quotes.words import _CLITICS, _VERBS
from contrasta.reading.speech import (
    POSSESSIVE_CUES,
    PREPOSITION_CUES,
    SPEECH_VERBS,
)

_PREPOSITION_CUES = PREPOSITION_CUES


@dataclass(frozen=True)
class _Cues:
    """The patterns of one language's cues, built once: the verb alternation is large."""

    forms: frozenset[str]  # the verb forms, lower case
    phrase_heads: frozenset[str]  # the first words of those of more: "dio" of "dio a conocer"
    participles: frozenset[str]  # "afirmado": a cue only after "ha", "había"...
    verb: re.Pattern[str]  # "afirmó", "le dijo", "ha asegurado"
    inverted: re.Pattern[str]  # a short subject, then a verb: "la ministra afirmó"
    preposition: re.Pattern[str]  # "según", "en palabras de"
    possessive: re.Pattern[str]  # "en su opinión", "a su juicio"


@cache
def _cues(langs: tuple[str, ...]) -> _Cues:
    verbs = frozenset().union(*(_VERBS[code] for code in langs))
    participles = frozenset().union(*(SPEECH_VERBS[code].participles for code in langs))
    prepositions = tuple(cue for code in langs for cue in _PREPOSITION_CUES[code])
    possessives = tuple(cue for code in langs for cue in POSSESSIVE_CUES[code])
    verb = re.compile(
        r"(?<![\w])"
        + _CLITICS
        + "(?:"
        + "|".join(sorted((re.escape(v) for v in verbs), key=longest_first))
        + r")(?![\w])",
        re.I,
    )
    return _Cues(
        frozenset(v.lower() for v in verbs),
        frozenset(v.split()[0].lower() for v in verbs if " " in v),
        participles,
        verb,
        re.compile(
            r"([^\s.;:,]+(?:\s+[^\s.;:,]+){0,4}?"
            # English puts the subject first, a name in apposition to it: "«…», the
            # lawyer, Sarah Kim, said" (Spanish puts its verb first: "dijo la abogada, X"),
            # or an age or a relative clause: "«…», Sarah Kim, 52, said", "«…», one
            # resident, who asked not to be named, told the Herald"; what they are, with an
            # article: "«…», Hale, a Democrat from Ohio, said"
            + (
                r"(?:,\s+(?:(?-i:[A-ZÁÉÍÓÚÑ])[^\s.;:,]*(?:\s+[^\s.;:,]+){0,3}|\d{1,3}"
                r"|(?:who|whose)\s[^.;:,]{1,80}|(?-i:a|an|the)\s[^.;:,]{1,60}),)?"
                if "en" in langs
                else ""
            )
            + r")\s+("
            + verb.pattern
            + ")",
            re.I,
        ),
        re.compile(
            r"(?<![\w])(?:" + "|".join(re.escape(c) for c in prepositions) + r")(?:l(?![\w]))?",
            re.I,
        ),
        re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, possessives)) + r")(?![\w])", re.I),
    )
