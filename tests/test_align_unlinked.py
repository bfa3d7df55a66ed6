"""The alignment joins claims that share nothing but meaning: no content word, name,
figure, day, stem or quote with any claim of the other article. So no claim may be left
unembedded for sharing nothing with the other outlets' claims (an idea measured for speed):
the frames pass (`FRAMES_THRESHOLD`) joins two clauses that report one act from a score of
0.3, which the sentence embedding alone gives here."""

from __future__ import annotations

from datetime import datetime

from conftest import story_article
from contrasta.crosscheck import extract_claims
from contrasta.crosscheck.align import _figures, _quote_shingles, align, frames_agree
from contrasta.crosscheck.claims import content_words, fold
from contrasta.embed import load_embedder
from contrasta.reading.names import names

RESIGNED = "Lucía Ferrán dimitió por la polémica del contrato de limpieza."
GAVE_UP = "Renunció a su puesto tras semanas de críticas por la adjudicación."
WHEN = datetime(2026, 3, 10, 9)


def lexical(claim) -> set[str]:
    """Everything of a claim's wording the alignment's score or its pair tests compare."""
    return (
        {f"word:{w}" for w in content_words(claim.sentence)}
        | {f"name:{fold(n)}" for n in names(claim.sentence)}
        | {f"figure:{f}" for f in _figures(claim)}
        | {f"stem:{s}" for s in claim.stems | claim.negated_stems}
        | {f"quote:{q}" for q in _quote_shingles(claim)}
    )


def test_a_claim_sharing_no_word_with_the_other_article_is_still_aligned():
    first = story_article(
        "a1",
        "Diario del Valle",
        [
            RESIGNED,
            "Los comerciantes del paseo fluvial cerraron sus persianas antes del mediodía "
            "y trasladaron la mercancía a los pisos superiores.",
        ],
        WHEN,
    )
    second = story_article(
        "b1",
        "La Gaceta Fluvial",
        [
            "La concejala Lucía Ferrán compareció por la mañana ante los periodistas.",
            GAVE_UP,
            "La biblioteca municipal suspendió sus actividades y ofreció su salón de actos.",
        ],
        WHEN,
    )
    claims = extract_claims(first) + extract_claims(second)
    resigned = next(c for c in claims if c.sentence == RESIGNED)
    gave_up = next(c for c in claims if c.sentence == GAVE_UP)
    # Nothing of its wording links the second outlet's sentence to the first's claims.
    assert not any(lexical(gave_up) & lexical(c) for c in claims if c.article_id == "a1")
    assert frames_agree(resigned, gave_up)
    groups = align(claims, {"a1": WHEN, "b1": WHEN}, load_embedder("use"))
    joined = next(g for g in groups if resigned in g)
    assert gave_up in joined
