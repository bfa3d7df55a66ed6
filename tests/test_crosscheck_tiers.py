"""Two origins stating one fact are shown "confirmed by several sources" only when the
cross-check compared more than wording (`align.confirmation`): an anchor, or clauses parsed
in one language naming one act of one actor. A pair that only wording joined (English read
by word shapes, one verb with no actor read on one side) is shown in the weaker tier,
`ALIKE`: several sources say something alike, not checked. Fictional texts; the expected
outcomes were written before the first run."""

from __future__ import annotations

from datetime import datetime

import pytest

from conftest import story_article
from contrasta.crosscheck import ALIKE, CORROBORATED, crosscheck
from contrasta.crosscheck.align import confirmation, confirms
from contrasta.crosscheck.claims import extract_claims
from contrasta.dossier.summary import neutral_summary
from contrasta.i18n import using
from contrasta.labels import CLAIM_LABELS

WHEN = datetime(2026, 5, 4, 9)


def claim_of(sentence: str, key: str, lang: str = "es"):
    article = story_article(key, f"Medio {key}", [sentence], WHEN, lang)
    (claim,) = [c for c in extract_claims(article) if c.sentence.startswith(sentence[:20])]
    return claim


@pytest.mark.parametrize(
    ("a", "b", "lang", "expected"),
    [
        # Parsed Spanish, one act, one actor named in both: checked.
        (
            "La alcaldesa Irene Solano inauguró el nuevo puente sobre el río Tormal.",
            "Irene Solano inauguró este martes el puente del río Tormal ante los vecinos.",
            "es",
            CORROBORATED,
        ),
        # Parsed Spanish, one verb, no actor read on one side: who did it is not checked.
        (
            "Rescataron con vida a los excursionistas perdidos en la sierra de Corvera.",
            "Los bomberos de Orbaneja rescataron a los excursionistas en la sierra de Corvera.",
            "es",
            ALIKE,
        ),
        # English read by word shapes, no anchor: only the wording agrees.
        (
            "Mayor Ines Roldan opened the new bridge over the Tormal river.",
            "Ines Roldan, the mayor, opened the Tormal river bridge to traffic.",
            "en",
            ALIKE,
        ),
        # English with one quote in both: the quote is checked, whatever the parse.
        (
            'Mayor Ines Roldan said "the bridge will carry four thousand cars a day".',
            '"The bridge will carry four thousand cars a day," Roldan told residents.',
            "en",
            CORROBORATED,
        ),
    ],
)
def test_how_far_a_confirmation_was_checked(a: str, b: str, lang: str, expected: str):
    x, y = claim_of(a, "a1", lang), claim_of(b, "b1", lang)
    assert confirmation(x, y) == expected
    assert confirms(x, y)


def test_what_confirms_nothing_has_no_tier():
    """Two facts of one story (a plan and background) are neither tier."""
    x = claim_of("El ayuntamiento de Monteluz cerrará el mercado de abastos por obras.", "a1")
    y = claim_of("El mercado de abastos de Monteluz es el más antiguo de la comarca.", "b1")
    assert confirmation(x, y) is None


def _story(lang: str, leads: tuple[str, str]):
    outlets = (("a1", "Diario del Valle"), ("b1", "La Gaceta"))
    articles = [
        story_article(key, outlet, [lead], WHEN, lang)
        for (key, outlet), lead in zip(outlets, leads, strict=True)
    ]
    return articles, crosscheck(articles)


def test_an_english_pair_agreeing_by_wording_is_shown_alike():
    articles, checked = _story(
        "en",
        (
            "Mayor Ines Roldan opened the new bridge over the Tormal river.",
            "Ines Roldan, the mayor, opened the Tormal river bridge to traffic.",
        ),
    )
    group = checked.group_of("a1", "opened the new bridge")
    assert group is not None and group.label == ALIKE
    assert len(group.origins) == 2
    summary = neutral_summary(checked, articles)
    assert summary.agreed == []
    assert [p.label for p in summary.alike] == [ALIKE]


def test_a_spanish_pair_with_one_actor_and_act_stays_confirmed():
    articles, checked = _story(
        "es",
        (
            "La alcaldesa Irene Solano inauguró el nuevo puente sobre el río Tormal.",
            "Irene Solano inauguró este martes el puente del río Tormal ante los vecinos.",
        ),
    )
    group = checked.group_of("a1", "inauguró el nuevo puente")
    assert group is not None and group.label == CORROBORATED
    summary = neutral_summary(checked, articles)
    assert [p.label for p in summary.agreed] == [CORROBORATED]
    assert summary.alike == []


def test_an_english_pair_sharing_a_telling_figure_stays_confirmed():
    """Word shapes read the two clauses, and "fourteen" in both is checked evidence."""
    _, checked = _story(
        "en",
        (
            "Firefighters rescued fourteen hikers stranded on Corvera Peak after the storm.",
            "Fourteen hikers stranded on Corvera Peak were rescued by firefighters after the "
            "storm.",
        ),
    )
    group = checked.group_of("a1", "rescued fourteen hikers")
    assert group is not None and group.label == CORROBORATED


def test_the_alike_tier_is_named_in_both_languages():
    with using("es"):
        assert CLAIM_LABELS[ALIKE] == "coinciden varias fuentes (sin comprobar)"
        assert CLAIM_LABELS[CORROBORATED] != CLAIM_LABELS[ALIKE]
    with using("en"):
        assert CLAIM_LABELS[ALIKE] == "several sources say something alike (not checked)"
