"""A claim's frame as a reader sees it: who, did what (and about what, when the verb says
little: "cuentan con su par de zapatos"), with whom, where, when, how many, and according to
whom — the parts two reports were compared on (see `frames`).

One definition for the JSON (stories.json, the API): what the comparison used, as it read
it (lemmas, folded head nouns, masks), so the pages and `contrasta show` do not print it.
"""

from __future__ import annotations

from contrasta.crosscheck.claims import Claim
from contrasta.crosscheck.frames import REPORTED, Frame
from contrasta.crosscheck.said import channel
from contrasta.crosscheck.words import fold

# Field names, in the order they are shown.
FIELDS = (
    "actor",
    "predicate",
    "theme",
    "with",
    "place",
    "time",
    "figure",
    "attribution",
    "manner",
)


def frame_fields(claim: Claim) -> dict[str, str | None]:
    """Every field of FIELDS, None when the claim does not say it. `predicate` carries what
    a predicate noun is of, its negation and its modality ("intento de robo", "no asistir
    (ruled out)")."""
    frame = claim.frame
    predicate = frame.predicate or None
    if predicate and frame.attribute:
        predicate = f"{predicate} de {frame.attribute}"
    if predicate and frame.negated:
        predicate = f"no {predicate}"
    if predicate and frame.modality != REPORTED:
        predicate = f"{predicate} ({frame.modality})"
    dates = sorted((d for d in claim.dates if d.iso), key=lambda d: len(d.iso or ""), reverse=True)
    return {
        "actor": _actor(frame),
        "predicate": predicate,
        "theme": _joined(frame.theme),
        "with": _joined(frame.partners),
        "place": _joined(frame.places),
        "time": dates[0].iso if dates else None,
        "figure": _joined(
            f"{n.text} [{n.unit}]" if n.unit and n.unit not in fold(n.text) else n.text
            for n in claim.numbers
        ),
        "attribution": claim.attribution,
        "manner": channel(claim),
    }


def _actor(frame: Frame) -> str | None:
    """The actor as the clause names it, and who that is when the article says it elsewhere
    ("actriz (Jacqueline Bracamontes)"): why two sentences were taken to speak of one
    person."""
    written = _joined(a for a in frame.actors if a)
    if written and frame.referent:
        return f"{written} ({', '.join(frame.referent)})"
    return written


def _joined(values) -> str | None:
    found = list(dict.fromkeys(values))
    return ", ".join(found) if found else None
