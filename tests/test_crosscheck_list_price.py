"""A list price written before the item, with the price it sells for after "for" or "por"
("$300 headphones for just $165"), says which item, as a model's size does: shared with
another sentence it is no anchor (`figures.naming_spans`, CLAIMS.md item 126). The price
paid still is. Every text here is fictional; the negative case was anchored at 8eca359."""

from __future__ import annotations

from datetime import datetime

from conftest import story_article
from contrasta.crosscheck.align import anchored, confirmation
from contrasta.crosscheck.claims import extract_claims
from contrasta.crosscheck.figures import naming_spans
from contrasta.crosscheck.words import fold

WHEN = datetime(2026, 5, 4, 9)


def claim_of(sentence: str, key: str, lang: str = "en"):
    article = story_article(key, f"Medio {key}", [sentence], WHEN, lang)
    (claim,) = [c for c in extract_claims(article) if c.sentence.startswith(sentence[:20])]
    return claim


def named(sentence: str) -> list[str]:
    folded = fold(sentence)
    return [folded[low:high].strip(" ,") for low, high in naming_spans(sentence)]


def test_a_list_price_before_the_item_names_it():
    assert named("Shoppers can get $300 Orbel headphones for just $165 this week.") == ["$300"]
    assert named("The Orbel router (regular $400, on sale for $300) works well.") == ["$400"]
    assert named("La tienda vende unos cascos de 300 euros por solo 165 euros.") == ["300"]
    assert named("The Orbel router sells for $300 at the Tormal store.") == []


def test_a_list_price_is_no_anchor_but_the_price_paid_is():
    router = claim_of(
        "I have been testing the Orbel Velo router (regular $400, on sale for $300) for a "
        "few weeks.",
        "a1",
    )
    headphones = claim_of(
        "Orbel watches start at $170, and shoppers can get $300 Orbel headphones for just $165.",
        "b1",
    )
    assert not anchored(router, headphones)
    assert confirmation(router, headphones) is None
    paid = claim_of("Orbel watches now start at just $170 at the Tormal store.", "c1")
    assert anchored(headphones, paid)
