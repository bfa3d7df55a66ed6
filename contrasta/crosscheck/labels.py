"""What a group of aligned claims amounts to: corroborated, alike, single-source or
contradicted.

Corroboration counts independent origins, not articles: copies of one wire text (the copy
graph of `contrasta.dedup.story_provenance`, with the translations of
`crosscheck.translations`) count once, and so do articles of one outlet
(a newsroom repeating itself confirms nothing). Contradiction is checked explicitly —
embedding models barely see "no", and cannot compare figures or dates — on each kind of
evidence `contrasta.labels.CONFLICT_KINDS` names: a different figure for the same counted
noun of one act (kind `number`; `figures`, `acts`), a different day for the same event
(kind `date`), one outlet negating the act the other asserts (kind `negation`; `acts`), an
act reported done after an earlier outlet said it was ruled out (kind `happened`), the same
quote given to two speakers (kind `speaker`), the same quote said in person according to
one outlet and in writing according to the other, or one act done in two manners (kind
`circumstance`; `said`), one speaker's two names for one thing (kind `content`), the same
people related otherwise (kind `kinship`) and two places for one event (kind `place`).
A group with any such conflict is `contradicted` whatever its number of origins: an editor
must look at it.

Two independent origins are not always shown confirming each other: what the cross-check
could check decides (`align.confirmation`). A group is `corroborated` ("confirmed by
several sources") only when a pair of its claims of two origins agrees on more than
wording: a quote, a telling figure, a counted noun or a day both state, or clauses parsed
in one language naming one act of one actor. A group that only wording joined (English read
by word shapes, a clause whose frame was not read, two languages, one verb shared with no
actor read on one side) is `alike`: several sources say something alike, not checked. On a
real run the first held 60 right pairs of 66, the second 24 of 40 (CLAIMS.md item 104).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from contrasta.crosscheck.acts import denied, disagree, negation, same_figure
from contrasta.crosscheck.claims import Claim, Quoted
from contrasta.crosscheck.figures import clash, counts, figure_changes
from contrasta.crosscheck.frames import (
    OTHER,
    PAST,
    REPORTED,
    RULED_OUT,
    SAME,
    actor_relation,
    place_conflict,
    predicate_relation,
)
from contrasta.crosscheck.kin import kin_conflict
from contrasta.crosscheck.said import (
    channel,
    circumstance_conflict,
    content_conflict,
    manner_conflict,
    same_person,
    speaker_conflicts,
)
from contrasta.crosscheck.weekdays import weekday_clash, weekdays
from contrasta.dedup.outlets import outlet_key
from contrasta.model import Article

CORROBORATED = "corroborated"
ALIKE = "alike"  # several origins say something alike; only their wording was compared
SINGLE_SOURCE = "single-source"
CONTRADICTED = "contradicted"


@dataclass(frozen=True)
class Conflict:
    """Two claims that cannot both be true, with the values that clash ("3.000 estibadores"
    against "5.000 estibadores"; "2026-01-13" against "2026-01-14"; "no logró aprobar"
    against "aprobó")."""

    # "number" | "date" | "negation" | "speaker" | "circumstance" (said or written, in
    # person or in writing) | "place" | "happened" (done, after being ruled out) | "kinship"
    # (the same people related otherwise: brothers, or uncle and nephews) | "content" (one
    # speaker's two names for one thing: an attempted murder, an attempted robbery)
    kind: str
    # the counted noun, "day", "place", the negated predicate or word stem, the quote's
    # first words, "kinship", or the predicate noun ("intento")
    about: str
    claims: tuple[Claim, Claim]
    values: tuple[str, str]


@dataclass
class ClaimGroup:
    claims: list[Claim]
    label: str = SINGLE_SOURCE
    origins: list[list[str]] = field(default_factory=list)  # article ids per independent origin
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def article_ids(self) -> list[str]:
        return list(dict.fromkeys(c.article_id for c in self.claims))


def independent_origins(articles: list[Article], copy_groups: list[list[str]]) -> dict[str, int]:
    """Article id -> origin number: copy groups joined when they come from one outlet."""
    outlet = {a.id: outlet_key(a.outlet) if a.outlet else a.id for a in articles}
    parent = list(range(len(copy_groups)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of_outlet: dict[str, int] = {}
    for i, group in enumerate(copy_groups):
        for article_id in group:
            j = first_of_outlet.setdefault(outlet[article_id], i)
            parent[find(i)] = find(j)
    return {article_id: find(i) for i, group in enumerate(copy_groups) for article_id in group}


def label(
    claims: list[Claim],
    origin: dict[str, int],
    published: dict[str, datetime | None],
) -> ClaimGroup:
    """`published` as in `align`: publication times, None when unknown."""
    by_origin: dict[int, list[str]] = {}
    for article_id in dict.fromkeys(c.article_id for c in claims):
        by_origin.setdefault(origin.get(article_id, -1), []).append(article_id)
    conflicts, seen = [], set()
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            origins = frozenset((origin.get(a.article_id), origin.get(b.article_id)))
            if len(origins) < 2:
                continue
            for conflict in conflicts_between(a, b, published):
                # Once per pair of origins: a wire text and its copies disagree once.
                key = (conflict.kind, conflict.about, origins)
                if key not in seen:
                    seen.add(key)
                    conflicts.append(conflict)
    found = CONTRADICTED if conflicts else CORROBORATED if len(by_origin) >= 2 else SINGLE_SOURCE
    return ClaimGroup(claims, found, list(by_origin.values()), conflicts)


def conflicts_between(
    a: Claim,
    b: Claim,
    published: dict[str, datetime | None],
) -> list[Conflict]:
    found = []
    for x, y in figure_changes(a, b, published)[0]:
        if same_figure(a, b, x, y):
            found.append(Conflict("number", x.unit or "", (a, b), (x.text, y.text)))
    if len(a.days) == 1 and len(b.days) == 1 and a.days != b.days and not (a.moved or b.moved):
        found.append(
            Conflict("date", "day", (a, b), (a.days[0].isoformat(), b.days[0].isoformat()))
        )
    elif predicate_relation(a.frame, b.frame) == SAME and (
        weekdays := weekday_clash(a, b, published)
    ):
        found.append(Conflict("date", "day", (a, b), weekdays))
    for negated, plain in ((a, b), (b, a)):
        for stem in denied(negated, plain):
            pair = (a, b) if negated is a else (b, a)
            found.append(Conflict("negation", stem, pair, (f"no {stem}…", f"{stem}…")))
    if not any(c.kind == "negation" for c in found):
        found += _polarity(a, b)
    for x, y in speaker_conflicts(a, b)[:1]:
        found.append(Conflict("speaker", _quote_head(x), (a, b), (x.speaker, y.speaker)))
    channels = circumstance_conflict(a, b)
    if channels:
        found.append(Conflict("circumstance", _quote_head(a.quotes[0]), (a, b), channels))
    elif (channels := manner_conflict(a, b)) is not None:
        found.append(Conflict("circumstance", a.frame.predicate, (a, b), channels))
    said = content_conflict(a, b)
    if said:
        found.append(Conflict("content", a.frame.predicate, (a, b), said))
    kin = kin_conflict(a, b)
    if kin:
        found.append(Conflict("kinship", "kinship", (a, b), kin))
    places = place_conflict(a.frame, b.frame, a.cited()[0], b.cited()[0])
    if places:
        found.append(Conflict("place", "place", (a, b), places))
    happened = _happened(a, b, published)
    if happened:
        # The plan called off and the event: one disagreement, not also a denied word.
        found = [c for c in found if c.kind != "negation"] + [happened]
    return found


def _polarity(a: Claim, b: Claim) -> list[Conflict]:
    """One outlet reports the predicate, the other reports it did not happen, at the same
    moment ("fue intencionado" / "descartó que fuera intencionado"): an outlet that negates
    a fact never counts as confirming it."""
    pair = negation(a, b)
    if pair is None or not disagree(*pair):
        return []  # another act, other actors, another time: `acts.opposed`
    denying, plain = pair
    word = denying.frame.predicate
    return [Conflict("negation", word, pair, (f"no {word}", plain.frame.predicate))]


def _happened(a: Claim, b: Claim, published: dict[str, datetime | None]) -> Conflict | None:
    """An outlet reports as done what an earlier one said was ruled out or would not
    happen. Only on real publication dates: an undated article takes no part."""
    for off, done in ((a, b), (b, a)):
        said, seen = published.get(off.article_id), published.get(done.article_id)
        if (
            off.frame.modality == RULED_OUT
            and done.frame.modality == REPORTED
            and not done.frame.negated
            and done.frame.tense == PAST
            and said is not None
            and seen is not None
            and said.date() <= seen.date()
            and predicate_relation(off.frame, done.frame) == SAME
            and actor_relation(off.frame, done.frame) != OTHER
        ):
            pair = (a, b)
            values = (RULED_OUT, "happened") if off is a else ("happened", RULED_OUT)
            return Conflict("happened", off.frame.predicate, pair, values)
    return None


def _weekdays(claim: Claim) -> set[int]:
    return {day for day, _, _ in weekdays(claim)}


def _quote_head(quote: Quoted) -> str:
    return " ".join(quote.words[:8]) + ("…" if len(quote.words) > 8 else "")


def contradicting_claims(group: ClaimGroup, origin: dict[str, int]) -> set[Claim]:
    """The claims on the weaker side of each conflict (fewer independent origins agree with
    them); on a tie both sides, since nothing says which one is right."""
    weaker: set[Claim] = set()
    for conflict in group.conflicts:
        a, b = conflict.claims
        support = [_support(group, conflict, side, origin) for side in (a, b)]
        if support[0] <= support[1]:
            weaker.add(a)
        if support[1] <= support[0]:
            weaker.add(b)
    return weaker


def _support(group: ClaimGroup, conflict: Conflict, side: Claim, origin: dict[str, int]) -> int:
    def agrees(claim: Claim) -> bool:
        if conflict.kind == "number":
            theirs = counts(claim).get(conflict.about)
            mine = counts(side)[conflict.about]
            return theirs is not None and clash(mine, theirs, every=True) is None
        if conflict.kind == "date":
            return claim.days == side.days and _weekdays(claim) == _weekdays(side)
        if conflict.kind == "speaker":
            speaker = conflict.values[conflict.claims.index(side)]
            return any(q.speaker and same_person(q.speaker, speaker) for q in claim.quotes)
        if conflict.kind == "circumstance":
            return channel(claim) == channel(side)
        if conflict.kind == "content":
            return claim.frame.attribute == side.frame.attribute
        negated = conflict.about in side.negated_stems
        return conflict.about in (claim.negated_stems if negated else claim.stems)

    return len({origin.get(c.article_id) for c in group.claims if agrees(c)})
