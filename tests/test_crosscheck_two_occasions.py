"""One speaker's words said on two occasions are two statements, not one confirmed
(service RULES 36, CLAIMS.md item 122). Press writing gives the occasion of a quote in the
narrator's words beside it: the day ("dijo el lunes", "said on May 4") and the channel
("tuiteó", "en una entrevista", "told the Herald"). A speaker repeats a line: a rally one
day and remarks two days later, a post and an interview. When each article dates the
words and the days differ, or one says written and the other spoken, the two quotes are
two statements that read alike, shown alike (not checked), not one statement two outlets
confirm. The same words with the same day, or with no occasion on one side, still
confirm. Fictional texts."""

from __future__ import annotations

from datetime import datetime

from conftest import story_article
from contrasta.crosscheck import ALIKE, CORROBORATED
from contrasta.crosscheck.align import confirmation
from contrasta.crosscheck.claims import extract_claims

WHEN = datetime(2026, 5, 8, 9)


def claim_of(paragraph: str, key: str, words: str, lang: str = "es"):
    article = story_article(key, f"Medio {key}", [paragraph], WHEN, lang)
    (claim,) = [c for c in extract_claims(article) if words in c.sentence]
    return claim


RALLY = (
    '"El nuevo puente de Valdomar abrirá al tráfico antes de las fiestas", dijo Tomás'
    " Ferrer en un mitin en Castrelo el lunes 4 de mayo."
)
REMARKS = (
    '"El nuevo puente de Valdomar abrirá al tráfico antes del invierno, como'
    ' prometimos", dijo Tomás Ferrer el miércoles 6 de mayo.'
)


def test_one_speaker_on_two_days_is_shown_alike():
    """The same line of one speaker, dated on two days by the two articles: alike."""
    rally = claim_of(RALLY, "a", "puente")
    remarks = claim_of(REMARKS, "b", "puente")
    assert confirmation(rally, remarks) == ALIKE


def test_one_speaker_on_one_day_still_confirms():
    """Both articles date the words on one day: one statement, confirmed."""
    rally = claim_of(RALLY, "a", "puente")
    same_day = claim_of(REMARKS.replace("el miércoles 6", "el lunes 4"), "b", "puente")
    assert confirmation(rally, same_day) == CORROBORATED


def test_one_occasion_unsaid_still_confirms():
    """One article does not say when: nothing says two occasions, the words confirm."""
    rally = claim_of(RALLY, "a", "puente")
    undated = claim_of(REMARKS.replace(" el miércoles 6 de mayo", ""), "b", "puente")
    assert confirmation(rally, undated) == CORROBORATED


def test_a_date_beside_the_words_not_the_saying_is_no_occasion():
    """A date in the quoted words is what was said, not when: it sets no occasion."""
    rally = claim_of(
        '"El 4 de mayo empezamos las obras del nuevo puente de Valdomar", dijo Tomás Ferrer.',
        "a",
        "obras",
    )
    other = claim_of(
        '"Empezamos las obras del nuevo puente de Valdomar", dijo Tomás Ferrer el'
        " viernes 8 de mayo.",
        "b",
        "obras",
    )
    assert confirmation(rally, other) == CORROBORATED


def test_a_post_and_words_told_to_a_newspaper_are_two_statements():
    """English: one speaker's post and her words told to a newspaper share a phrase: two
    occasions (written, spoken), shown alike; two outlets quoting the post confirm it."""
    told = claim_of(
        '"Our clinics will stay open every weekend until the flu season ends," Ana'
        " Molina told the Valley Herald.",
        "a",
        "clinics",
        "en",
    )
    posted = claim_of(
        '"Good news, friends: our clinics will stay open every weekend in March," Ana'
        " Molina tweeted.",
        "b",
        "clinics",
        "en",
    )
    posted_again = claim_of(
        '"Good news, friends: our clinics will stay open every weekend in March," Molina tweeted.',
        "c",
        "clinics",
        "en",
    )
    assert confirmation(told, posted) == ALIKE
    assert confirmation(posted, posted_again) == CORROBORATED
