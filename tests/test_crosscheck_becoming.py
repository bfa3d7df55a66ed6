"""A verb of becoming tells what the actor becomes (service RULES 36, CLAIMS.md item 122):
"se perfila como ganador de las alcaldías" and "se perfila para ser la primera fuerza del
Senado" are two facts of one election night, one party named in both. Two such clauses
confirm each other only when what each says the actor becomes shares a common word.
Fictional texts."""

from __future__ import annotations

from datetime import datetime

from conftest import story_article
from contrasta.crosscheck import CORROBORATED
from contrasta.crosscheck.align import confirmation
from contrasta.crosscheck.claims import extract_claims

WHEN = datetime(2026, 6, 1, 9)


def claim_of(sentence: str, key: str):
    article = story_article(key, f"Medio {key}", [sentence], WHEN, "es")
    (claim,) = [c for c in extract_claims(article) if "perfila" in c.sentence]
    return claim


MAYORS = "El Partido Verde se perfila como ganador de las alcaldías de la provincia de Ormea."


def test_one_party_becoming_two_things_confirms_nothing():
    """One party leading the mayoral race and becoming the first force of the Senate."""
    senate = claim_of(
        "En la votación al Senado, el Partido Verde se perfila para ser la primera fuerza"
        " de la cámara alta.",
        "b",
    )
    assert confirmation(claim_of(MAYORS, "a"), senate) is None


def test_one_party_becoming_one_thing_still_confirms():
    """Both say the party leads the mayoral race: one fact, confirmed."""
    again = claim_of(
        "Según los primeros datos, el Partido Verde se perfila como claro ganador en las"
        " alcaldías de Ormea.",
        "b",
    )
    assert confirmation(claim_of(MAYORS, "a"), again) == CORROBORATED
