"""Blindspots: stories that (almost) only one side of the spectrum covered.

Rule: at least `min_rated` of the story's voices (copies collapsed, see `meter`) have a
rating, and at least `share` of those rated voices sit on one side: left
(izquierda, centro-izquierda) or right (centro-derecha, derecha). Centre outlets count
in the denominator, so they dilute a side; unrated outlets count nowhere, since their
side is unknown. With the defaults (3 and 80%), three conservative outlets and no
other rated one make a blindspot; four conservative and one centre outlet do too
(80%); three conservative and one progressive do not (75%).
"""

from __future__ import annotations

from dataclasses import dataclass

from contrasta.coverage.meter import LEFT, RIGHT, Meter
from contrasta.i18n import N_, _

MIN_RATED = 3
SHARE = 0.8
SIDES = (
    (LEFT, ("izquierda", "centro-izquierda")),
    (RIGHT, ("centro-derecha", "derecha")),
)
SIDE_LABELS = {LEFT: N_("progressive"), RIGHT: N_("conservative")}


@dataclass(frozen=True)
class Blindspot:
    side: str  # its key, LEFT or RIGHT: shown in the reader's language (`side_label`)
    count: int
    rated: int
    min_rated: int = MIN_RATED
    share: float = SHARE

    @property
    def side_label(self) -> str:
        return _(SIDE_LABELS[self.side]) if self.side in SIDE_LABELS else self.side

    @property
    def text(self) -> str:
        percent = round(100 * self.count / self.rated)
        return _(
            "Blindspot: {count} of {rated} rated outlets ({percent}) are on the {side} side "
            "(rule: at least {least} rated outlets and {share} or more on one side; copies "
            "grouped)."
        ).format(
            count=self.count,
            rated=self.rated,
            percent=f"{percent}%",
            side=self.side_label,
            least=self.min_rated,
            share=f"{round(100 * self.share)}%",
        )


def blindspot(meter: Meter, min_rated: int = MIN_RATED, share: float = SHARE) -> Blindspot | None:
    rated = [o.leaning for o in meter.voices if o.outlet is not None and o.outlet.rated]
    if len(rated) < min_rated:
        return None
    for side, leanings in SIDES:
        count = sum(leaning in leanings for leaning in rated)
        if count >= share * len(rated):
            return Blindspot(side, count, len(rated), min_rated, share)
    return None
