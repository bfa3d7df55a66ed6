"""Speakers the code missed on text it had not seen, kinds that recur across splits
(bench/real/README.md item 77, bench/real_blind_recall.py). Invented Spanish texts."""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "es")]


# A law, or one of its articles, by its own name as the subject of a verb of saying or
# of its own verbs ("establece", "estipula", "dispone"): the source of the words quoted.
@pytest.mark.parametrize(
    ("text", "law"),
    [
        (
            "El Ayuntamiento de Valderas multará a los infractores.\nLa Constitución "
            'establece que "todos los ciudadanos tienen derecho a una vivienda digna".',
            "Constitución",
        ),
        (
            'Fue un error, pero no un delito.\nLa Constitución estipula: "Ningún ciudadano '
            'podrá ser detenido sin una orden judicial previa".',
            "Constitución",
        ),
        (
            "El Gobierno aprobó la reforma. El artículo 9, más claro, dispone: «Ninguna obra "
            "podrá empezar sin licencia municipal».",
            "artículo 9",
        ),
        (
            "El Gobierno aprobó la reforma de la vivienda y la Constitución establece que "
            "«todos tienen derecho a una vivienda digna».",
            "Constitución",
        ),
        (
            "El consejero presentó el plan. La Orden TMA/12/2021 establece que «las viviendas "
            "vacías pagarán un recargo anual».",
            "Orden TMA/12/2021",
        ),
        (
            "La sequía obliga a elegir. La Ley de Aguas dispone que «los caudales ecológicos "
            "tendrán prioridad sobre cualquier otro uso».",
            "Ley de Aguas",
        ),
        (
            "Conviene recordar que el punto segundo del artículo 47 de "
            "la Constitución establece que «ningún inquilino será desalojado en invierno».",
            "Constitución",
        ),
        (
            "La reforma cambia los plazos. La Ley de Aguas señala que «los caudales "
            "ecológicos tendrán prioridad sobre cualquier otro uso».",
            "Ley de Aguas",
        ),
    ],
)
def test_a_law_by_its_name_is_the_source_of_its_words(text: str, law: str) -> None:
    assert speakers(text) == [law]


@pytest.mark.parametrize(
    "text",
    [
        # a law by its common noun refers back to one, unresolved: no one
        "El Gobierno aprobó ayer la Orden de Pesca Costera. La orden dice que «ningún barco "
        "podrá faenar a menos de tres millas de la costa».",
        # "de" after a law names what it rules, and "según" gives its issuer's words
        "Según la Ley de Costas, «ninguna casa podrá estar a menos de cien metros del mar».",
    ],
)
def test_a_law_not_named_or_after_according_to_is_no_one(text: str) -> None:
    assert speakers(text) == [None]


def test_a_law_read_by_someone_after_according_to_is_their_reading() -> None:
    text = (
        "Según el abogado Luis Prieto, la Constitución establece que «ningún inquilino "
        "será desalojado en invierno»."
    )
    assert speakers(text) == ["Luis Prieto"]


def test_a_person_with_a_laws_verb_is_not_a_law() -> None:
    text = (
        "La presidenta del consejo, Marta Quesada, dispone que «nadie quedará fuera del "
        "reparto de ayudas», según el acta."
    )
    assert all(s is None or "Quesada" in s for s in speakers(text))


# An organisation referred to by the common noun that heads its name ("la plataforma"
# after "la Plataforma Vecinal del Ensanche"), even when another one was named nearer.
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "La Plataforma Vecinal del Ensanche convocó una protesta el sábado. El "
            "Ayuntamiento de Valderas no respondió.\n«Queremos un parque y no un "
            "aparcamiento», insistió la plataforma.",
            "Plataforma Vecinal del Ensanche",
        ),
        (
            "La Universidad de Valderas publicó un estudio sobre el sueño. El Hospital "
            "Central colaboró.\n«Dormir poco altera la memoria», explica la universidad en "
            "su nota.",
            "Universidad de Valderas",
        ),
        (
            "La Fundación Mar Abierto limpió la playa. «Hemos sacado dos toneladas de "
            "plástico», explicaron desde la fundación.",
            "Fundación Mar Abierto",
        ),
    ],
)
def test_a_body_by_the_noun_that_heads_its_name(text: str, body: str) -> None:
    assert speakers(text) == [body]
