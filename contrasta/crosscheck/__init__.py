"""For one story: what each outlet claims, and whether the claims agree.

`crosscheck(articles)` extracts check-worthy claims (`claims`), aligns those that state
the same fact across articles (`align`) and labels each group corroborated, alike (several
origins, only their wording compared), single-source or contradicted with its evidence
(`labels`); the per-outlet table says, for every fact, which outlets report it, which do
not, and which contradict it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from contrasta.crosscheck.claims import TEXT, TITLE, Claim, Number, extract_claims
from contrasta.crosscheck.fields import FIELDS, frame_fields
from contrasta.crosscheck.frames import REQUESTED
from contrasta.crosscheck.labels import (
    ALIKE,
    CONTRADICTED,
    CORROBORATED,
    SINGLE_SOURCE,
    ClaimGroup,
    Conflict,
    contradicting_claims,
    independent_origins,
    label,
)
from contrasta.crosscheck.people import article_people
from contrasta.crosscheck.translations import language, translation_links
from contrasta.dedup import Provenance, story_provenance
from contrasta.dedup import provenance as copy_provenance
from contrasta.dedup.outlets import cited_names
from contrasta.embed import Embedder, embed_once, load_embedder
from contrasta.model import Article

__all__ = [
    "ALIKE",
    "CONTRADICTED",
    "CORROBORATED",
    "FIELDS",
    "SINGLE_SOURCE",
    "TEXT",
    "TITLE",
    "Claim",
    "ClaimGroup",
    "Conflict",
    "CrossCheck",
    "Number",
    "crosscheck",
    "extract_claims",
    "frame_fields",
]

PRESENT = "present"
ABSENT = "absent"
CONTRADICTS = "contradicts"


@dataclass
class CrossCheck:
    groups: list[ClaimGroup]
    outlets: list[str]
    table: list[dict[str, str]]  # per group: outlet -> present | absent | contradicts
    provenance: Provenance
    outlet_of: dict[str, str]  # article id -> how it is cited (`dedup.outlets.cited_names`)
    # Article id -> publication time, None when unknown (not the ingestion time: an undated
    # article takes no part in chronology).
    published: dict[str, datetime | None] = field(default_factory=dict)

    def group_of(self, article_id: str, fragment: str) -> ClaimGroup | None:
        """The group of the article's claim that holds most of `fragment`: a fragment may
        run over two clauses of one sentence, which are claims of their own."""
        wanted = " ".join(fragment.split())
        best, most = None, 0
        for group in self.groups:
            for claim in group.claims:
                if claim.article_id != article_id:
                    continue
                sentence = " ".join(claim.cited()[0].split())
                at = sentence.find(wanted)
                if at < 0:
                    continue
                own = " ".join(claim.sentence.split())
                begin = sentence.find(own)
                shared = min(at + len(wanted), begin + len(own)) - max(at, begin)
                if shared > most:
                    best, most = group, shared
        return best


@cache
def _default_embedder() -> Embedder:
    """USE: claim alignment embeds every sentence of a story, and e5 is 40x slower."""
    return load_embedder("use")


def crosscheck(
    articles: list[Article],
    embedder: Embedder | None = None,
    claims_of: dict[str, list[Claim]] | None = None,
) -> CrossCheck:
    """`claims_of` holds the articles' claims when they were extracted already (stored
    readings); the others' are extracted here."""
    from contrasta.crosscheck.align import align  # numpy: not for a display's types

    # Publication times, never ingestion times (`Article.when` for an undated article):
    # which of two figures is the later report must not depend on when a batch was read.
    published = {a.id: a.published for a in articles}
    known = claims_of or {}
    claims = [
        claim
        for article in articles
        for claim in (known[article.id] if article.id in known else extract_claims(article))
    ]
    # The alignment asks who a claim names only across articles (a story of one article,
    # most of a day's, is never aligned), and only of the articles holding claims.
    stating = {c.article_id for c in claims}
    people = {
        a.id: article_people(a.title, a.text)
        for a in articles
        if len(stating) > 1 and a.id in stating
    }
    provenance = story_provenance(articles)
    embedder = embedder or _default_embedder()
    vectors = None  # the claims' embeddings, taken once for translations and alignment
    if len(set(language(claims).values())) > 1:
        vectors = embed_once(embedder, [c.sentence for c in claims])
        translated = translation_links(articles, claims, vectors)
        if translated:
            provenance = copy_provenance(articles, provenance.links + translated)
    origin = independent_origins(articles, provenance.groups)
    groups = [
        group
        for found in align(claims, published, embedder, origin, people, vectors)
        for group in _shown(found, origin, published)
    ]
    outlet_of = cited_names(articles)
    outlets = list(dict.fromkeys(outlet_of[a.id] for a in articles))
    table = []
    for group in groups:
        row = dict.fromkeys(outlets, ABSENT)
        for claim in group.claims:
            row[outlet_of[claim.article_id]] = PRESENT
        for claim in contradicting_claims(group, origin):
            row[outlet_of[claim.article_id]] = CONTRADICTS
        table.append(row)
    return CrossCheck(groups, outlets, table, provenance, outlet_of, published)


def _shown(
    claims: list[Claim], origin: dict[str, int], published: dict[str, datetime | None]
) -> list[ClaimGroup]:
    """The group as labelled, `ALIKE` when its pairs of claims of two origins confirm one
    fact only by wording (`align.confirmation`), or, when it would be shown confirmed with
    no pair of claims of two origins that confirms one fact, each origin's claims as a group
    of their own:
    a wrong "confirmed" is the error that gets printed, and each outlet still shows its
    claim as single-source. So too when two origins give figures for one counted noun that
    cannot both hold and `labels` saw no conflict in them (`acts.maybe_one_count`: one
    count perhaps, of acts the frames cannot compare), or one denies what the other reports
    and `acts.opposed` sees no one act, or two people's words share only a phrase
    (`align.unsure`): unsure, the group is shown neither contradicted nor confirmed.
    A member that confirms nothing with any claim of another origin (the alignment's
    wording put it there) is its outlet's own claim, shown apart, unless it is the
    headline of a lead that stays or the lead of a headline that does (`_lead_of`): on a
    real run such members inherited the group's tier, the losers' seats in a group of
    the winner's investiture (CLAIMS.md item 109)."""
    from contrasta.crosscheck.align import confirmation, unsure

    group = label(claims, origin, published)
    if group.label != CORROBORATED:
        return [group]
    pairs = [
        (a, b)
        for i, a in enumerate(claims)
        for b in claims[i + 1 :]
        if origin.get(a.article_id) != origin.get(b.article_id)
    ]
    if not any(unsure(a, b) for a, b in pairs):
        found = [confirmation(a, b) for a, b in pairs]
        tied = {id(c) for pair, how in zip(pairs, found, strict=True) if how for c in pair}
        # A headline and its article's lead tell one fact: either keeps the other.
        for head in (c for c in claims if c.headline):
            for lead in (c for c in claims if _lead_of(head, c)):
                if id(head) in tied or id(lead) in tied:
                    tied |= {id(head), id(lead)}
        alone = [c for c in claims if id(c) not in tied]
        if tied and alone:  # a member no other origin's claim confirms stands alone
            kept = [c for c in claims if id(c) in tied]
            return _shown(kept, origin, published) + _apart(alone, origin, published)
        if CORROBORATED in found:
            return [group]
        if ALIKE in found:
            group.label = ALIKE
            return [group]
    return _apart(claims, origin, published)


def _lead_of(headline: Claim, claim: Claim) -> bool:
    """The claim is the lead its article's headline restates: the body's first sentence,
    or the one right after a headline the cleaner left in the text, a dateline or a byline
    between them at most (`_DATELINE` characters). A request restates no act told done
    (`align._requested`): a lead asking that the Government explain where a sum went does
    not restate its headline's denunciation of where it went, and on a real run it was
    kept by that headline in a group of the sum's grants (CLAIMS.md item 131)."""
    if headline.article_id != claim.article_id or claim.headline:
        return False
    if (headline.frame.modality == REQUESTED) != (claim.frame.modality == REQUESTED):
        return False
    if headline.field == TITLE:
        return claim.field == TEXT and claim.start <= _DATELINE
    return claim.field == headline.field and 0 <= claim.start - headline.end <= _DATELINE


# Room for a dateline or a byline between a headline and its lead ("MADRID, 3 (EFE).- ",
# "LOS ANGELES (CNS) - ").
_DATELINE = 80


def _apart(
    claims: list[Claim], origin: dict[str, int], published: dict[str, datetime | None]
) -> list[ClaimGroup]:
    """Each origin's claims as a group of their own."""
    parts: dict[int, list[Claim]] = {}
    for claim in claims:
        parts.setdefault(origin.get(claim.article_id, -1), []).append(claim)
    return [label(part, origin, published) for part in parts.values()]
