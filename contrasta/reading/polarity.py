"""Negations that assert: "no es el único alcalde criticado" and "is not the only mayor to
have been criticized" say the mayor was criticized, others too.

Read as a plain negation, the clause came out denied, and a claim that agreed with another
outlet's was kept apart from it, or taken for a conflict with it.
"""

from __future__ import annotations

import re

# In lower-case text, accents written or not ("unico").
_ASSERTING = re.compile(
    r"\b(?P<negator>no|not)\s+(?:(?:es|son|fue|fueron|era|eran|sera|seran|será|serán)\s+)?"
    r"(?:el|la|los|las|the)\s+(?:[uú]nic[oa]s?|only)\b"
)


def unnegated(lowered: str) -> str:
    """The lower-case text with the negator of each asserting idiom blanked (same length,
    so offsets still hold): what a search for negators should read."""
    if "no" not in lowered:
        return lowered
    for found in _ASSERTING.finditer(lowered):
        start, end = found.span("negator")
        lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    return lowered


def asserting(lowered: str) -> bool:
    """Whether the lower-case text opens with an asserting idiom: its negator negates
    nothing."""
    found = _ASSERTING.match(lowered)
    return found is not None
