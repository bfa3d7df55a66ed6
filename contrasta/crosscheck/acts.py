"""Whether a clash between two claims is about one act: what a conflict shown must be.

Two figures for one counted noun clash only when they count it of one act: "300 vecinos"
evacuated and "40 vecinos" left homeless are two counts, not two versions of one (on real
text, 5 of 5 "number" conflicts shown outside this were two counts: deaths worldwide and
in one region, a payment and a fine). A word under a negation in one claim and asserted in
the other is a denial only when it is the act both report: "ni la concejala se pronunció"
does not deny that "la concejala destacó" (4 of 4 real "negation" conflicts were such
words: a name after "ni", a noun, a verb of another clause). Otherwise nothing is said:
neither a conflict nor, since such claims are kept apart, a confirmation.

Measured 2026-12-06 (bench/real_confirmed.py --stories, dev): wrong conflicts shown 9 -> 1
(left: "el número de dosis ... asciende a 743.925" beside "las dos dosis" a person
receives, a tally's verb beside a light one); the claims bench's conflict recall stays 12
of 15 (es-es), the toll ("dejó un saldo de 10 muertes") keeping the one that two
predicates alone would have lost.
"""

from __future__ import annotations

import re

from contrasta.crosscheck.claims import Claim
from contrasta.crosscheck.figures import CROWD
from contrasta.crosscheck.frames import (
    COUNTING,
    OTHER,
    SAME,
    UNKNOWN,
    Frame,
    actor_relation,
    named,
    predicate_relation,
)
from contrasta.crosscheck.words import fold, stem
from contrasta.reading.numbers import TALLIES

# Main verbs of a periphrasis ("tuvieron que abandonar sus casas", "debieron salir"): the
# act is worded with another verb than the other outlet's ("desalojar"), so two predicates
# are no evidence of two acts.
_MODAL = frozenset({"tener", "deber", "poder", "ir"})
# A tally noun just before the figure: "un saldo de", "el total de", "la cifra de".
_TOLL = re.compile(rf"\b(?:saldo|{'|'.join(TALLIES)})\s+(?:de\s+|del\s+)?(?:unos?\s+|unas\s+)?$")


def same_count(a: Claim, b: Claim, unit: str) -> bool:
    """Figures for `unit` count one thing. One predicate is one act, unless two named
    actors do it (two companies' earnings). Two predicates are two acts ("desalojar a 300
    vecinos" / "destruyó las casas de 40 vecinos"), unless the counted noun is the subject
    of both ("3.000 estibadores comenzaron la huelga" / "5.000 estibadores la secundaron")
    or the count is a crowd's (`figures.CROWD`), or one is worded as a periphrasis
    (`_MODAL`). A light predicate ("sigue en") or a verb
    a count is given with ("asciende a", "supera": `frames.COUNTING`) tells no act: then
    only other actors tell two counts ("Hacienda obtuvo ... pesos" / "su cónyuge tiene ...
    pesos"), and a tally as the subject ("el balance", "el número de fallecidos") is no
    actor. Predicates the frames cannot compare (one clause without a verb, a light verb
    beside another, English word shapes) tell nothing either way, and then nothing says
    one count: on real text 5 of 5 such "number" conflicts were two counts (a country's
    deaths of a day and a region's of a month, two plans' age limits, doses landed and
    doses given elsewhere, two players' games)."""
    x, y = a.frame, b.frame
    predicates = predicate_relation(x, y)
    if predicates == SAME:
        return not (named(x) and named(y) and actor_relation(x, y) == OTHER)
    actors = UNKNOWN if _tally(x) or _tally(y) else actor_relation(x, y)
    if actors == OTHER:
        return False
    return (
        unit == CROWD
        or (_counted_subject(x, unit) and _counted_subject(y, unit))
        or COUNTING in (x.family, y.family)
        or bool(_MODAL & {x.predicate, y.predicate})
        or _tolled(a, unit)
        or _tolled(b, unit)
        or _tally(x)
        or _tally(y)
    )


def maybe_one_count(a: Claim, b: Claim, unit: str) -> bool:
    """Figures for `unit` may count one thing: `same_count`, or predicates the frames
    cannot compare. Enough to keep two claims together (`align`), never to show a conflict:
    unsure, the group is shown neither contradicted nor confirmed (`crosscheck._shown`)."""
    return same_count(a, b, unit) or predicate_relation(a.frame, b.frame) == UNKNOWN


def _tolled(claim: Claim, unit: str) -> bool:
    """A figure for `unit` given as a toll ("la confrontación que dejó un saldo de 10
    muertes", "un total de 10 reos"): what it counts is its noun, whatever the clause the
    frame was read from."""
    folded = fold(claim.sentence)
    return any(
        _TOLL.search(folded[: n.start - claim.start]) for n in claim.numbers if n.unit == unit
    )


def _tally(frame: Frame) -> bool:
    return any(fold(word) in TALLIES for actor in frame.actors for word in actor.split())


def _counted_subject(frame: Frame, unit: str) -> bool:
    wanted = stem(fold(unit))
    return any(stem(fold(word)) == wanted for actor in frame.actors for word in actor.split())


def denied(negated: Claim, plain: Claim) -> list[str]:
    """Stems `negated` denies and `plain` asserts, when they are the act both report: a
    predicate of the denying clause, one predicate in the two, and a clause that says "no"
    of its act is about the same actors (one that rules out or denies what another says,
    "descartó que fuera intencionado", is another speaker, as a denial is)."""
    found = negated.negated_stems & plain.stems - plain.negated_stems
    if not found or predicate_relation(negated.frame, plain.frame) != SAME:
        return []
    if negated.frame.negated and actor_relation(negated.frame, plain.frame) == OTHER:
        return []  # "muchas personas nunca se infectan" / "la población necesitaría infectarse"
    frame = negated.frame
    acts = {stem(fold(p)) for p in (frame.predicate, *frame.also) if p}
    return sorted(found & acts)
