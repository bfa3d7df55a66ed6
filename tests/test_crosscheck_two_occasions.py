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
    '"Estamos recaudando miles de millones en aranceles de Norvia", dijo Tomás Ferrer en'
    " un mitin en Castrelo el lunes 4 de mayo."
)
REMARKS = (
    '"Estamos recaudando miles de millones en aranceles de Norvia y nadie lo había'
    ' hecho", dijo Tomás Ferrer el miércoles 6 de mayo.'
)


def test_one_speaker_on_two_days_is_shown_alike():
    """The same line of one speaker, dated on two days by the two articles: alike."""
    rally = claim_of(RALLY, "a", "recaudando")
    remarks = claim_of(REMARKS, "b", "recaudando")
    assert confirmation(rally, remarks) == ALIKE


def test_one_speaker_on_one_day_still_confirms():
    """Both articles date the words on one day: one statement, confirmed."""
    rally = claim_of(RALLY, "a", "recaudando")
    same_day = claim_of(REMARKS.replace("el miércoles 6", "el lunes 4"), "b", "recaudando")
    assert confirmation(rally, same_day) == CORROBORATED


def test_one_occasion_unsaid_still_confirms():
    """One article does not say when: nothing says two occasions, the words confirm."""
    rally = claim_of(RALLY, "a", "recaudando")
    undated = claim_of(REMARKS.replace(" el miércoles 6 de mayo", ""), "b", "recaudando")
    assert confirmation(rally, undated) == CORROBORATED


def test_a_date_beside_the_words_not_the_saying_is_no_occasion():
    """A date in the quoted words is what was said, not when: it sets no occasion."""
    rally = claim_of(
        '"El 4 de mayo empezamos a recaudar miles de millones en aranceles de Norvia",'
        " dijo Tomás Ferrer.",
        "a",
        "recaudar",
    )
    other = claim_of(
        '"Empezamos a recaudar miles de millones en aranceles de Norvia", dijo Tomás'
        " Ferrer el viernes 8 de mayo.",
        "b",
        "recaudar",
    )
    assert confirmation(rally, other) == CORROBORATED


def test_a_post_and_words_told_to_a_newspaper_are_two_statements():
    """English: one speaker's post and her words told to a newspaper share a phrase: two
    occasions (written, spoken), shown alike; two outlets quoting the post confirm it."""
    told = claim_of(
        '"The point of the campaign is to raise awareness about the river and its'
        ' fish," Ana Molina told the Valley Herald.',
        "a",
        "point",
        "en",
    )
    posted = claim_of(
        '"Hey everyone, the whole point of this campaign is to raise awareness about the'
        ' river," Ana Molina tweeted.',
        "b",
        "point",
        "en",
    )
    posted_again = claim_of(
        '"Hey everyone, the whole point of this campaign is to raise awareness about the'
        ' river," Molina tweeted.',
        "c",
        "point",
        "en",
    )
    assert confirmation(told, posted) == ALIKE
    assert confirmation(posted, posted_again) == CORROBORATED
