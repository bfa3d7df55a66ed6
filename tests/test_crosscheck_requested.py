"""A request is not the act it asks for (CLAIMS.md item 130): a clause a verb of asking
governs ("ha pedido al Ayuntamiento que aclare adónde fueron 12 millones") tells a demand,
and confirms no clause telling an act, whatever figure or name they share; two outlets
telling one request still confirm. Every text here is fictional; the negative cases were
shown confirmed before this rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from conftest import claim_of, story_article
from contrasta.crosscheck import CORROBORATED, SINGLE_SOURCE, _lead_of, _shown
from contrasta.crosscheck.acts import negation
from contrasta.crosscheck.align import confirmation
from contrasta.crosscheck.claims import extract_claims
from contrasta.crosscheck.frames import REQUESTED

WHEN = datetime(2026, 5, 4, 9)


GRANTED = "El Ayuntamiento de Robledal ha dado 12 millones de euros a las peñas de la ciudad."
ASKED = (
    "La oposición ha solicitado al Ayuntamiento de Robledal que explique adónde han ido"
    " más de 12 millones de euros de dinero público."
)
ASKED_TOO = (
    "La oposición ha exigido al Ayuntamiento de Robledal que explique el destino de 12"
    " millones de euros."
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (GRANTED, ASKED),
        (ASKED, GRANTED),
        (
            "La Guardia Civil cerró el puente de Valdeperales durante 48 horas.",
            "Los vecinos pidieron a la Guardia Civil que vigile el puente de Valdeperales"
            " durante 48 horas.",
        ),
    ],
)
def test_a_request_confirms_no_act(a: str, b: str) -> None:
    assert confirmation(claim_of(a, "a"), claim_of(b, "b")) is None


def test_one_request_told_twice_still_confirms() -> None:
    asked, again = claim_of(ASKED, "a"), claim_of(ASKED_TOO, "b")
    assert asked.frame.modality == again.frame.modality == REQUESTED
    assert confirmation(asked, again) == CORROBORATED


def test_a_request_the_parser_misses_still_confirms() -> None:
    """The act asked for written on both sides: one request, one verb of asking unread."""
    asked = claim_of("El consejero pide cerrar el puente de Valdeperales por las riadas", "a")
    urged = claim_of("El consejero urge a cerrar el puente de Valdeperales por las riadas", "b")
    assert confirmation(asked, urged) is not None


def test_an_act_said_still_reported() -> None:
    said = claim_of(
        "El alcalde explicó que el Ayuntamiento de Robledal ha dado 12 millones a las peñas.",
        "a",
    )
    assert said.frame.modality != REQUESTED
    assert confirmation(said, claim_of(GRANTED, "b")) == CORROBORATED


def test_a_request_not_to_is_no_denial() -> None:
    closed = claim_of("La Guardia Civil cerró el puente de Valdeperales.", "a")
    asked = claim_of(
        "Los vecinos pidieron a la Guardia Civil que no cerrara el puente de Valdeperales.", "b"
    )
    assert negation(closed, asked) is None


def test_a_lead_asking_is_not_kept_by_its_headline() -> None:
    """A headline and its lead keep each other in a group, but a lead that asks for an
    act does not restate a headline telling it (CLAIMS.md item 131): the request stands
    apart, its outlet's own claim, while the headline stays confirmed by the other."""
    article = replace(
        story_article("a", "Diario del Valle", [ASKED], WHEN, "es"),
        title="La oposición denuncia que 12 millones de euros del Ayuntamiento de Robledal"
        " fueron a parar a las peñas",
    )
    claims = extract_claims(article)
    head = next(c for c in claims if c.headline)
    lead = next(c for c in claims if c.sentence.startswith("La oposición ha solicitado"))
    granted = claim_of(GRANTED, "b")
    assert not _lead_of(head, lead)
    groups = _shown([head, lead, granted], {"a": 0, "b": 1}, {})
    assert [(g.label, len(g.claims)) for g in groups] == [(CORROBORATED, 2), (SINGLE_SOURCE, 1)]
    assert groups[1].claims == [lead]


def test_a_lead_telling_is_kept_by_its_headline() -> None:
    article = replace(
        story_article("a", "Diario del Valle", [GRANTED], WHEN, "es"),
        title="Robledal reparte 12 millones entre las peñas",
    )
    claims = extract_claims(article)
    head = next(c for c in claims if c.headline)
    lead = next(c for c in claims if not c.headline)
    assert _lead_of(head, lead)
