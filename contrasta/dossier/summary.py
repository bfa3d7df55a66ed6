"""A neutral summary built from the cross-check: agreed facts first, every point cited.

Each point is one sentence copied verbatim from the earliest article that states the fact
(with offsets; the whole sentence when the fact is one of its clauses), followed by every
outlet that reports it. Facts confirmed by more
independent origins come first; what several origins say alike but the cross-check could
compare only by wording (`crosscheck.ALIKE`: not checked), what only one origin says and
what outlets dispute are listed apart and marked, never blended into the agreed account.

What only one origin says is taken in turn from each article (in publication order), so
that the list shows what each outlet alone adds rather than the first article's opening
lines: an article's text rather than its headline (the lead restates the headline with
its source), and only sentences that stand on their own: opened like a sentence and closed by
its end mark, every quotation mark they open closed (a piece of a hard-wrapped line, a
sentence of a longer quotation whose speaker another sentence names, a subheading or a
line that announces a list stays in the claims table, not in the summary's prose).

The summary never contradicts itself: a sentence one of whose clauses is disputed is shown
whole only under "disputed"; elsewhere it is cut to the clause that stands (`clause`
marks it). Nor does it pass a fact off as confirmed: a point several origins state is cut
to its clause when its sentence packs another fact (a clause of another group). An outlet
is never listed as stating a fact its own claim denies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from contrasta.crosscheck import (
    ALIKE,
    CONTRADICTED,
    CORROBORATED,
    SINGLE_SOURCE,
    TEXT,
    TITLE,
    ClaimGroup,
    CrossCheck,
    frame_fields,
)
from contrasta.model import Article

SIZE = 5

# A sentence ends with its end mark (Latin, Devanagari or CJK), closing marks after it.
_ENDS = re.compile(r"[.!?…।。！？][\"'»”’)\]]*$")
_PAIRS = (("«", "»"), ("“", "”"))


@dataclass(frozen=True)
class SummaryPoint:
    text: str
    article_id: str
    start: int
    end: int
    label: str
    origins: int
    sources: tuple[tuple[str, str], ...]  # (article id, outlet) for every article stating it
    clause: bool = False  # cut to the clause stated, because the rest of its sentence is not
    # The fact's frame as read from the point's claim (`crosscheck.frame_fields`): what the
    # outlets were compared on.
    frame: dict[str, str | None] = field(default_factory=dict)
    # Which field of the article start/end index, as `Claim.field` (declared last: the name
    # hides `dataclasses.field` below it).
    field: str = TEXT


@dataclass
class NeutralSummary:
    agreed: list[SummaryPoint]  # corroborated: checked beyond wording
    alike: list[SummaryPoint]  # several origins, only their wording compared: not checked
    single_source: list[SummaryPoint]
    disputed: list[SummaryPoint]


def _point(
    group: ClaimGroup,
    check: CrossCheck,
    order: dict[str, int],
    disputed: set[tuple[str, str, int]] = frozenset(),
    packed: dict[int, set[tuple[str, str, int]]] | None = None,
) -> SummaryPoint:
    """The group as a summary point; cut to its clause when the rest of its sentence is
    disputed (`disputed` holds (article id, field, sentence start) of every disputed sentence)
    or, when several origins state it, holds a clause of another group (`packed`: id of a
    group -> those of its sentences)."""
    packed = packed or {}
    first = min(group.claims, key=lambda c: (order[c.article_id], c.start))
    # A disputed point lists every side; any other lists only the outlets stating it.
    stating = [
        c
        for c in group.claims
        if group.label == CONTRADICTED or c.frame.denies == first.frame.denies
    ]
    sources = tuple(dict.fromkeys((c.article_id, check.outlet_of[c.article_id]) for c in stating))
    text, start, end = first.cited()
    key = (first.article_id, first.field, start)
    cut = group.label != CONTRADICTED and key in disputed
    # Several origins stating a fact vouch for its clause, not for the other facts its
    # sentence packs ("ha arrasado 1.500 hectáreas, según ..., y mantiene desalojados a 300
    # vecinos" where another outlet states only the 300): shown whole, the sentence would
    # pass its other figure off as confirmed.
    cut = cut or (group.label in (CORROBORATED, ALIKE) and key in packed.get(id(group), ()))
    if cut:
        text, start, end = first.sentence, first.start, first.end
    return SummaryPoint(
        text=text,
        article_id=first.article_id,
        start=start,
        end=end,
        label=group.label,
        origins=len(group.origins),
        sources=sources,
        clause=cut and text != first.cited()[0],
        frame=frame_fields(first),
        field=first.field,
    )


def stands_alone(text: str) -> bool:
    """Whether a cited sentence reads as a sentence of its own: opened like one (not in
    lower case) and closed by an end mark, with every quotation it opens closed in it and
    none closed that it did not open."""
    text = text.strip()
    # Its first letter or figure, past opening marks (quotation, question, bracket, dash).
    lead = next((ch for ch in text if ch.isalnum()), "")
    if not lead or lead.islower() or not _ENDS.search(text):
        return False
    if text.count('"') % 2:
        return False
    return all(text.count(left) == text.count(right) for left, right in _PAIRS)


def neutral_summary(check: CrossCheck, articles: list[Article], size: int = SIZE) -> NeutralSummary:
    order = {a.id: i for i, a in enumerate(sorted(articles, key=lambda a: a.order))}

    def earliest(group: ClaimGroup) -> tuple[int, int]:
        return min((order[c.article_id], c.start) for c in group.claims)

    def ranked(label: str) -> list[ClaimGroup]:
        found = [g for g in check.groups if g.label == label]
        return sorted(found, key=lambda g: (-len(g.origins), -len(g.claims), earliest(g)))

    # Every sentence holding a disputed claim, in any article.
    disputed = {
        (c.article_id, c.field, c.cited()[1])
        for g in check.groups
        if g.label == CONTRADICTED
        for c in g.claims
    }

    # Each sentence's groups, by (article id, field, sentence start): a sentence whose
    # clauses fall in two groups or more states two facts.
    groups_of: dict[tuple[str, str, int], set[int]] = {}
    for g in check.groups:
        for c in g.claims:
            groups_of.setdefault((c.article_id, c.field, c.cited()[1]), set()).add(id(g))
    packed: dict[int, set[tuple[str, str, int]]] = {}
    for key, ids in groups_of.items():
        for one in ids if len(ids) > 1 else ():
            packed.setdefault(one, set()).add(key)

    def points(groups: list[ClaimGroup]) -> list[SummaryPoint]:
        """One point per sentence: two clauses of one sentence are shown once."""
        found = {}
        for group in sorted(groups[:size], key=earliest):
            point = _point(group, check, order, disputed, packed)
            found.setdefault((point.article_id, point.field, point.start), point)
        return list(found.values())

    def in_turn(groups: list[ClaimGroup], shown: set[tuple[str, str, int]]) -> list[ClaimGroup]:
        """What one origin alone says, a sentence from each article in turn (articles in
        publication order): of each article, its text's sentences that stand alone
        (`stands_alone`) in their order, its headline only when none of its text is there
        nor `shown` in another part (the lead restates it); one group per sentence, none of
        the sentences `shown` in another part (a sentence whose other clause several
        origins state is not given again as one origin's)."""
        by_article: dict[int, list[ClaimGroup]] = {}
        seen = set(shown)
        for group in sorted(groups, key=lambda g: (-len(g.claims), earliest(g))):
            first = min(group.claims, key=lambda c: (order[c.article_id], c.start))
            key = sentence(group)
            if key in seen or (first.field != TITLE and not stands_alone(first.cited()[0])):
                continue
            seen.add(key)
            by_article.setdefault(order[first.article_id], []).append(group)
        # An article whose text the summary cites elsewhere has its lead there already.
        cited = {article_id for article_id, field_, _ in shown if field_ != TITLE}
        queues = []
        for _, found in sorted(by_article.items()):
            text = [g for g in found if all(c.field != TITLE for c in g.claims)]
            titles = [g for g in found if sentence(g)[0] not in cited]
            queues.append(text or titles)
        taken: list[ClaimGroup] = []
        while len(taken) < size and any(queues):
            taken += [queue.pop(0) for queue in queues if queue][: size - len(taken)]
        return taken

    def sentence(group: ClaimGroup) -> tuple[str, str, int]:
        """(article id, field, sentence start) of the sentence a group's point cites."""
        first = min(group.claims, key=lambda c: (order[c.article_id], c.start))
        return first.article_id, first.field, first.cited()[1]

    tiers = {label: ranked(label) for label in (CORROBORATED, ALIKE, CONTRADICTED)}
    shown = {sentence(g) for groups in tiers.values() for g in groups[:size]}
    return NeutralSummary(
        agreed=points(tiers[CORROBORATED]),
        alike=points(tiers[ALIKE]),
        single_source=points(in_turn(ranked(SINGLE_SOURCE), shown)),
        disputed=points(tiers[CONTRADICTED]),
    )
