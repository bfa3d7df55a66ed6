"""Claims and cross-checking, on small fictional stories written for these tests."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

from contrasta.crosscheck import (
    CONTRADICTED,
    CORROBORATED,
    SINGLE_SOURCE,
    crosscheck,
    extract_claims,
)
from contrasta.crosscheck.claims import attribution
from contrasta.model import Article

ROOT = Path(__file__).resolve().parents[1]
FILLER = {
    "a": [
        "Los comerciantes del paseo fluvial de Monteluz cerraron sus persianas antes del "
        "mediodía y trasladaron la mercancía a los pisos superiores de sus locales.",
        "Varias asociaciones vecinales organizaron turnos para repartir agua embotellada y "
        "mantas entre las familias que pasaron la noche fuera de casa.",
    ],
    "b": [
        "En el barrio de San Telmo, los bomberos retiraron con una grúa tres coches que la "
        "corriente había arrastrado hasta la entrada del mercado de abastos.",
        "La biblioteca municipal suspendió sus actividades y ofreció su salón de actos como "
        "punto de recogida de ropa y alimentos no perecederos.",
    ],
    "c": [
        "El club de remo de la ciudad prestó sus embarcaciones a los equipos de rescate, que "
        "recorrieron las calles anegadas del casco viejo durante toda la tarde.",
        "Los colegios de la comarca mantendrán las clases a distancia hasta que los técnicos "
        "revisen el estado de los edificios más cercanos al cauce.",
    ],
}


def article(key: str, outlet: str, lead: str, filler: str = "a", hour: int = 9) -> Article:
    text = "\n\n".join([lead, *FILLER[filler]])
    return Article(
        id=key,
        source=f"{key}.txt",
        fmt="text",
        content_hash=key,
        title=f"Titular de {outlet}",
        text=text,
        outlet=outlet,
        published=datetime(2026, 3, 10, hour),
        lang="es",
    )


def group_of(checked, article_id: str, fragment: str):
    group = checked.group_of(article_id, fragment)
    assert group is not None, f"no claim holds {fragment!r}"
    return group


def test_number_conflict_on_the_same_counted_noun():
    checked = crosscheck(
        [
            article(
                "a1",
                "Diario del Valle",
                "Unos 300 vecinos fueron evacuados ayer en Monteluz por la crecida del río "
                "Tarma, según Protección Civil.",
                "a",
            ),
            article(
                "b1",
                "La Gaceta Fluvial",
                "Unos 800 vecinos fueron evacuados ayer en Monteluz por la crecida del río Tarma.",
                "b",
                hour=12,
            ),
        ]
    )
    group = group_of(checked, "a1", "Unos 300 vecinos")
    assert group.label == CONTRADICTED
    conflict = group.conflicts[0]
    assert (conflict.kind, conflict.about) == ("number", "vecinos")
    assert set(conflict.values) == {"300 vecinos", "800 vecinos"}
    assert {c.article_id for c in conflict.claims} == {"a1", "b1"}


def test_different_day_for_the_same_event():
    checked = crosscheck(
        [
            article(
                "a1",
                "Diario del Valle",
                "El ayuntamiento de Monteluz aprobó el lunes 9 de marzo el nuevo plan de "
                "movilidad para el casco viejo.",
                "a",
            ),
            article(
                "b1",
                "La Gaceta Fluvial",
                "El ayuntamiento de Monteluz aprobó el martes 10 de marzo el nuevo plan de "
                "movilidad para el casco viejo.",
                "b",
            ),
        ]
    )
    group = group_of(checked, "b1", "martes 10 de marzo")
    assert group.label == CONTRADICTED
    assert [(c.kind, sorted(c.values)) for c in group.conflicts] == [
        ("date", ["2026-03-09", "2026-03-10"])
    ]


def test_negation_of_the_same_statement():
    checked = crosscheck(
        [
            article(
                "a1",
                "Diario del Valle",
                "El pleno municipal de Monteluz aprobó este martes el presupuesto con los "
                "votos del equipo de gobierno.",
                "a",
            ),
            article(
                "b1",
                "La Gaceta Fluvial",
                "El pleno municipal de Monteluz no logró aprobar este martes el presupuesto "
                "con los votos del equipo de gobierno.",
                "b",
            ),
        ]
    )
    group = group_of(checked, "a1", "aprobó este martes el presupuesto")
    assert group.label == CONTRADICTED
    assert any(c.kind == "negation" for c in group.conflicts)
    assert checked.table[checked.groups.index(group)] == {
        "Diario del Valle": "contradicts",
        "La Gaceta Fluvial": "contradicts",
    }


def test_two_independent_outlets_corroborate():
    checked = crosscheck(
        [
            article(
                "a1",
                "Diario del Valle",
                "La alcaldesa Inés Robledo inauguró este martes el nuevo puente sobre el río "
                "Tarma, que une Monteluz con San Telmo.",
                "a",
            ),
            article(
                "b1",
                "La Gaceta Fluvial",
                "Inés Robledo, alcaldesa de Monteluz, inauguró el martes el nuevo puente del "
                "río Tarma que une la ciudad con San Telmo.",
                "b",
            ),
            article(
                "c1",
                "Radio Ribera Sur",
                "Los comerciantes del mercado de abastos de Monteluz reclamaron ayudas por "
                "las pérdidas de la última crecida.",
                "c",
            ),
        ]
    )
    group = group_of(checked, "a1", "inauguró este martes el nuevo puente")
    assert group.label == CORROBORATED
    assert sorted(map(sorted, group.origins)) == [["a1"], ["b1"]]
    row = checked.table[checked.groups.index(group)]
    assert row == {
        "Diario del Valle": "present",
        "La Gaceta Fluvial": "present",
        "Radio Ribera Sur": "absent",
    }


def test_a_wire_copy_is_not_independent_corroboration():
    lead = (
        "La alcaldesa Inés Robledo inauguró este martes el nuevo puente sobre el río Tarma, "
        "que une Monteluz con San Telmo."
    )
    wire = article("w1", "Agencia Andina de Noticias", lead, "a")
    copy = article("w2", "Diario del Valle", lead, "a", hour=11)
    checked = crosscheck([wire, copy])
    assert checked.provenance.origins == 1
    group = group_of(checked, "w2", "inauguró este martes")
    assert group.label == SINGLE_SOURCE
    assert group.article_ids == ["w1", "w2"]
    assert group.origins == [["w1", "w2"]]


def test_a_claim_only_one_outlet_makes_is_single_source():
    checked = crosscheck(
        [
            article(
                "a1",
                "Diario del Valle",
                "Fuentes municipales aseguran que la alcaldesa estudia dimitir tras la "
                "gestión de la crecida del río Tarma.",
                "a",
            ),
            article(
                "b1",
                "La Gaceta Fluvial",
                "El caudal del río Tarma bajó durante la noche y los técnicos dieron por "
                "terminada la alerta roja en Monteluz.",
                "b",
            ),
        ]
    )
    group = group_of(checked, "a1", "estudia dimitir")
    assert group.label == SINGLE_SOURCE
    assert group.origins == [["a1"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Unos 300 vecinos fueron evacuados en Monteluz, según la inteligencia municipal.",
            "según la inteligencia municipal",
        ),
        (
            "El dique resistió la crecida, de acuerdo con la agencia estatal de aguas.",
            "de acuerdo con la agencia estatal de aguas",
        ),
        (
            "«Lo reconstruiremos todo», afirmó la alcaldesa, Inés Robledo, ante los vecinos.",
            "afirmó la alcaldesa, Inés Robledo",
        ),
        (
            "Doce personas murieron en la crecida, informó Protección Civil.",
            "informó Protección Civil",
        ),
        ("El caudal del río bajó durante la noche en toda la comarca.", None),
    ],
)
def test_attribution(sentence, expected):
    assert attribution(sentence) == expected


def test_numbers_in_words_and_figures():
    text = (
        "La crecida dejó doce muertos y cinco mil evacuados en la comarca de Monteluz."
        "\n\n"
        "El Gobierno aprobó una ayuda de 1,5 millones de euros para unos 3.000 comerciantes, "
        "el 30 % de los afectados."
    )
    claims = extract_claims(
        Article("n1", "n1.txt", "text", "n1", "Titular", text, published=datetime(2026, 3, 10))
    )
    found = [(n.value, n.unit, n.bound) for c in claims for n in c.numbers]
    assert found == [
        (12, "muertos", "exact"),
        (5000, "evacuados", "exact"),
        (1_500_000, "euros", "exact"),
        (3000, "comerciantes", "approx"),
        (30, "%", "exact"),
    ]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.sentence


def test_label_accuracy_on_the_annotated_examples():
    sys.path.insert(0, str(ROOT / "bench"))
    from reading_claims import checked_stories, score

    result = score(checked_stories())
    assert result["claims"] >= 30
    # Measured 0.782 (55 claims); the target is 0.85 and is not reached yet: this
    # floor catches regressions while alignment improves.
    assert result["accuracy"] >= 0.75, "\n".join(result["misses"])
