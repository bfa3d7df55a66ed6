"""Whether a clash between two claims is about one act: what a conflict shown must be.

Two figures for one counted noun clash only when they count it of one act: "300 vecinos"
evacuated and "40 vecinos" left homeless are two counts, not two versions of one (on real
text, 5 of 5 "number" conflicts shown outside this were two counts: deaths worldwide and
in one region, a payment and a fine). A word under a negation in one claim and asserted in
the other is a denial only when it is the act both report: "ni la concejala se pronunció"
does not deny that "la concejala destacó" (4 of 4 real "negation" conflicts were such
words: a name after "ni", a noun, a verb of another clause). Otherwise nothing is said:
neither a conflict nor, since such claims are kept apart, a confirmation.
"""

from __future__ import annotations

from contrasta.crosscheck.claims import Claim
from contrasta.crosscheck.figures import CROWD
from contrasta.crosscheck.frames import (
    COUNTING,
    OTHER,
    SAME,
    UNKNOWN,
    Frame,
    actor_relation,
    predicate_relation,
)
from contrasta.crosscheck.words import fold, stem
from contrasta.reading.numbers import TALLIES


def same_count(a: Claim, b: Claim, unit: str) -> bool:
    """Figures for `unit` count one thing. Not when the predicates are two acts or the
    actors two people ("Hacienda obtuvo ... pesos" / "su cónyuge tiene ... pesos"); a
    tally as the subject ("el balance sigue en 12", "el número de fallecidos asciende a
    15") is no actor, and light predicates ("sigue en") or the verbs a count is given with
    ("asciende a", "supera", `frames.COUNTING`) tell nothing either way. When the
    counted noun is the subject of both ("3.000 estibadores comenzaron la huelga" / "5.000
    estibadores la secundaron"), or the count is a crowd's (`figures.CROWD`), the two
    predicates are two wordings of what it did, and only other actors tell two counts."""
    x, y = a.frame, b.frame
    actors = UNKNOWN if _tally(x) or _tally(y) else actor_relation(x, y)
    if actors == OTHER:
        return False
    return (
        unit == CROWD
        or (_counted_subject(x, unit) and _counted_subject(y, unit))
        or COUNTING in (x.family, y.family)
        or predicate_relation(x, y) != OTHER
    )


def _tally(frame: Frame) -> bool:
    return any(fold(word) in TALLIES for actor in frame.actors for word in actor.split())


def _counted_subject(frame: Frame, unit: str) -> bool:
    wanted = stem(fold(unit))
    return any(stem(fold(word)) == wanted for actor in frame.actors for word in actor.split())


def denied(negated: Claim, plain: Claim) -> list[str]:
    """Stems `negated` denies and `plain` asserts, when they are the act both report: a
    predicate of the denying clause, one predicate in the two (said by other people, as
    a denial is: actors are not compared)."""
    found = negated.negated_stems & plain.stems - plain.negated_stems
    if not found or predicate_relation(negated.frame, plain.frame) != SAME:
        return []
    frame = negated.frame
    acts = {stem(fold(p)) for p in (frame.predicate, *frame.also) if p}
    return sorted(found & acts)
