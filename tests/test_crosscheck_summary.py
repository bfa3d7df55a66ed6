"""The neutral summary never contradicts itself (issue 11): a sentence with a disputed part
is never also given as agreed, an outlet is never listed as confirming what it denies, and
one disagreement is listed once per pair of origins. A fictional story written for it."""

from __future__ import annotations

from datetime import datetime

import pytest

from contrasta.crosscheck import CONTRADICTED, crosscheck
from contrasta.dossier.summary import neutral_summary
from contrasta.model import Article

WIRE = [
    "El incendio de la sierra de Peñalta ha calcinado ya unas 1.800 hectáreas y ha obligado a "
    "desalojar a 350 vecinos de Robledo, según el último balance de Protección Civil.",
    "Los investigadores confirmaron este lunes que el fuego fue intencionado.",
    "Los equipos de extinción trabajaron toda la noche con el apoyo de seis hidroaviones "
    "llegados desde la base de Valdemar.",
]
RADIO = [
    "El fuego de la sierra de Peñalta ha calcinado unas 1.800 hectáreas desde el sábado, según "
    "Protección Civil.",
    "Unos 200 vecinos de Robledo tuvieron que abandonar sus casas durante la noche.",
    "La Guardia Civil descartó este lunes que el fuego fuera intencionado.",
    "El alcalde de Robledo, Ismael Roca, pidió a los vecinos que no regresen a sus casas hasta "
    "que los técnicos revisen las viviendas.",
]


def article(key: str, outlet: str, paragraphs: list[str]) -> Article:
    return Article(
        id=key,
        source=f"{key}.txt",
        fmt="text",
        content_hash=key,
        title=f"Titular de {outlet}",
        text="\n\n".join(paragraphs),
        outlet=outlet,
        published=datetime(2026, 3, 16, 9),
        lang="es",
    )


@pytest.fixture(scope="module")
def story():
    articles = [
        article("wire", "Agencia Norte", WIRE),
        article("copy", "Diario de Peñalta", WIRE),  # the wire text republished
        article("radio", "Radio Sierra", RADIO),
    ]
    checked = crosscheck(articles)
    return checked, neutral_summary(checked, articles)


def test_a_sentence_with_a_disputed_part_is_never_given_as_agreed(story):
    _, summary = story
    disputed = {(p.article_id, p.start) for p in summary.disputed}
    for point in summary.agreed + summary.single_source:
        for article_id, start in disputed:
            if point.article_id == article_id:
                assert point.start != start or point.clause, point
    # The evacuees are disputed; the burnt area, in the same sentence, is agreed and shown
    # cut to its clause.
    assert any("350 vecinos" in p.text for p in summary.disputed)
    agreed = [p for p in summary.agreed if "1.800 hectáreas" in p.text]
    assert agreed and "350" not in agreed[0].text and agreed[0].clause


def test_no_outlet_confirms_what_it_denies(story):
    checked, summary = story
    for point in summary.agreed:
        if "intencionado" in point.text:
            assert "radio" not in {article_id for article_id, _ in point.sources}
    group = checked.group_of("radio", "descartó este lunes")
    assert group is None or group.label != "corroborated"


def test_a_disagreement_is_listed_once_per_pair_of_origins(story):
    checked, _ = story
    group = checked.group_of("radio", "200 vecinos")
    assert group.label == CONTRADICTED
    numbers = [c for c in group.conflicts if c.kind == "number"]
    assert len(numbers) == 1
