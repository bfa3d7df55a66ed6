"""Which claims of different articles state the same fact.

Precision first: a false alignment makes two outlets look as if they confirmed (or
contradicted) each other. Claims are joined greedily, best pair first, and two groups
merge only when their average link clears the threshold, so one loose pair cannot chain
unrelated facts together. Sentence embeddings carry most of the score (they match
paraphrases and Spanish with English); shared names and shared figures or days add to it,
because two sentences that name the same people and give the same count are very likely
the same fact even when worded apart.

Two things can never be one fact: two sentences of one article (an article states a fact
once; its second sentence adds something), and the same counted noun with incompatible
figures in articles published far apart — "40 buques" on Wednesday and "52 buques" on
Friday is an update, not a disagreement, and not a confirmation either.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import numpy as np

from contrasta.crosscheck.claims import Claim, Number, fold
from contrasta.embed import Embedder
from contrasta.reading.names import names

# Calibrated on the example stories with the USE model (bench/reading_claims.py): same-fact
# paraphrases score 0.62-0.95 with this blend, the closest different facts of a story
# (same people, same place, another event) 0.45-0.6.
THRESHOLD = 0.65
NAME_WEIGHT = 0.2
FIGURE_WEIGHT = 0.2
# Groups that each hold a figure for one counted noun, or one written day, are joined from
# this lower score: that is where outlets disagree, and wording drifts most.
CONFLICT_THRESHOLD = 0.5
# Figures published within this gap describe the same moment: if they differ they
# contradict each other; further apart they are successive updates.
SAME_MOMENT = timedelta(hours=24)


def align(
    claims: list[Claim], when: dict[str, datetime | None], embedder: Embedder
) -> list[list[Claim]]:
    """Groups of claims stating one fact, each in article order, singletons included.

    `when` maps article ids to publication times (None when unknown: such an article's
    figures are treated as contemporary with every other article's).
    """
    if not claims:
        return []
    vectors = embedder.embed([c.sentence for c in claims])
    score = vectors @ vectors.T
    named = _distinctive_names(claims)
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            bonus = NAME_WEIGHT * _jaccard(named[i], named[j]) + FIGURE_WEIGHT * _shared_figures(
                claims[i], claims[j]
            )
            score[i, j] += bonus
            score[j, i] += bonus

    def apart(i: int, j: int) -> bool:
        a, b = claims[i], claims[j]
        return a.article_id == b.article_id or (
            not same_moment(when.get(a.article_id), when.get(b.article_id))
            and bool(number_conflicts(a, b))
        )

    def comparable(i: int, j: int) -> bool:
        a, b = claims[i], claims[j]
        shared = single_values(a).keys() & single_values(b).keys() - {"%"}
        return bool(shared) or (len(a.days) == 1 and len(b.days) == 1)

    groups = _greedy(score, apart, None)
    return [
        [claims[i] for i in sorted(group)] for group in _greedy(score, apart, comparable, groups)
    ]


def _greedy(
    score: np.ndarray,
    apart: Callable[[int, int], bool],
    comparable: Callable[[int, int], bool] | None = None,
    start: list[list[int]] | None = None,
) -> list[list[int]]:
    """Best pair first; with `comparable`, a second pass joins groups holding claims about
    one quantity or one day at the lower CONFLICT_THRESHOLD, so that "3.000" and "5.000
    estibadores" meet even when worded far apart — the explicit checks then decide."""
    n = len(score)
    threshold = THRESHOLD if comparable is None else CONFLICT_THRESHOLD
    upper = np.triu(score, k=1)
    rows, cols = np.nonzero(upper >= threshold)
    if comparable is not None:
        keep = [k for k in range(len(rows)) if comparable(rows[k], cols[k])]
        rows, cols = rows[keep], cols[keep]
    order = np.argsort(-upper[rows, cols], kind="stable")
    groups: dict[int, list[int]] = (
        {min(g): g for g in start} if start else {i: [i] for i in range(n)}
    )
    member = [0] * n
    for key, group in groups.items():
        for i in group:
            member[i] = key
    for k in order:
        a, b = member[rows[k]], member[cols[k]]
        if a == b:
            continue
        left, right = groups[a], groups[b]
        if any(apart(i, j) for i in left for j in right):
            continue
        if score[np.ix_(left, right)].mean() < threshold:
            continue
        groups[a] = left + right
        for i in right:
            member[i] = a
        del groups[b]
    return sorted(groups.values(), key=min)


def same_moment(a: datetime | None, b: datetime | None) -> bool:
    return a is None or b is None or abs(a - b) <= SAME_MOMENT


def _distinctive_names(claims: list[Claim]) -> list[set[str]]:
    """Names of each claim, less those most of the story's articles mention: in a story
    about Ferrán's law every other sentence names Ferrán, which says nothing about which
    fact a sentence states."""
    named = [{fold(n) for n in names(c.sentence)} for c in claims]
    articles: dict[str, set[str]] = {}
    for claim, found in zip(claims, named, strict=True):
        for name in found:
            articles.setdefault(name, set()).add(claim.article_id)
    total = len({c.article_id for c in claims})
    common = {name for name, ids in articles.items() if total > 2 and len(ids) > total / 2}
    return [found - common for found in named]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _shared_figures(a: Claim, b: Claim) -> float:
    """Counted nouns and days in common, whatever the figures: "3.000 estibadores" and
    "5.000 estibadores" are about one quantity, which is what makes them a contradiction."""
    units_a = {n.unit for n in a.numbers if n.unit and n.unit != "%"}
    units_b = {n.unit for n in b.numbers if n.unit and n.unit != "%"}
    return float(bool(units_a & units_b or set(a.days) & set(b.days)))


def single_values(claim: Claim) -> dict[str, Number]:
    """Counted nouns the claim gives exactly one figure for: with two ("magnitud 6,4 ...
    una réplica de magnitud 5,1") there is no telling which one another outlet's figure
    should be compared with."""
    by_unit: dict[str, list[Number]] = {}
    for number in claim.numbers:
        if number.unit:
            by_unit.setdefault(number.unit, []).append(number)
    return {unit: found[0] for unit, found in by_unit.items() if len({n.value for n in found}) == 1}


def number_conflicts(a: Claim, b: Claim) -> list[tuple[Number, Number]]:
    mine, theirs = single_values(a), single_values(b)
    return [
        (mine[unit], theirs[unit])
        for unit in mine.keys() & theirs.keys()
        if not compatible(mine[unit], theirs[unit])
    ]


def compatible(a: Number, b: Number) -> bool:
    """Whether two figures for one counted noun can both be true: "al menos 12" fits 15,
    "unos 3.000" fits 3.100, "3.000" does not fit "5.000"."""
    tolerance = 0.1 if "approx" in (a.bound, b.bound) else 0.005
    for low, other in ((a, b), (b, a)):
        if low.bound == "min":
            if other.bound == "max":
                return other.value >= low.value
            return other.bound == "min" or other.value >= low.value * (1 - tolerance)
    for high, other in ((a, b), (b, a)):
        if high.bound == "max":
            return other.value <= high.value * (1 + tolerance)
    return abs(a.value - b.value) <= tolerance * max(abs(a.value), abs(b.value))
