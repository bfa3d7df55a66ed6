"""A bare plural description given as the speaker that names again people or a body named
before it (bench/real/README.md item 144).

"Los escultores" after "los escultores Irene Vallés y Tomás Ariza" are those two; "los
periodistas" of a magazine named before speak for it, and "los socialistas" for a party
named before: the annotation wants the people or the body, so the first is resolved to
the names the text wrote with the same noun and the others withheld (the code before,
ecaef09, gave the bare plural). A plural that brings a group in by that noun alone ("los
vecinos", "fuentes", "los investigadores" of a study) is kept. Invented texts (fictional
people, places and bodies).
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes

CASES = [
    # two people named with the noun before: the plural is them
    (
        "Los escultores Irene Vallés y Tomás Ariza presentaron en Norvella una figura de "
        "bronce.\n\n"
        "Los escultores explicaron al diario local: «queríamos una obra que se oxidara con "
        "la lluvia del puerto».",
        ["Irene Vallés y Tomás Ariza"],
    ),
    # a magazine named before: its journalists speak for it, no one shown
    (
        "Una revista de sociedad aseguró el lunes que la actriz Marta Lindo dejará la "
        "serie.\n\n"
        "Los periodistas mencionaron que «el contrato termina en marzo y no se renovará».",
        [None],
    ),
    # a party named before: its members by their creed speak for it, no one shown
    (
        "El PRN evitó el martes pronunciarse sobre la reforma del puerto de Norvella.\n\n"
        "Los socialistas han dicho que «la reforma llega tarde y sin presupuesto».",
        [None],
    ),
]

KEPT = [
    # a group brought in by the noun alone, no one named before
    (
        "Cientos de vecinos de Norvella salieron a la calle el domingo.\n\n"
        "«No queremos el puerto nuevo», gritaban los vecinos.",
        ["vecinos"],
    ),
    # researchers of a study a journal published: they are named only so
    (
        "Un estudio publicado por la revista Ciencia Abierta analiza el agua del puerto.\n\n"
        "«El nivel de plomo se ha duplicado en diez años», dicen los investigadores.",
        ["investigadores"],
    ),
    # a party named paragraphs before, not shortly: the plural is kept as written
    (
        "El PRN presentó su plan para el puerto de Norvella.\n\n"
        "El alcalde lo leyó en el pleno del jueves.\n\n"
        "La plaza del mercado se llenó de gente por la tarde.\n\n"
        "«Queremos otra ciudad», dijeron los socialistas.",
        ["socialistas"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CASES + KEPT)
def test_bare_plural_speakers(text, speakers):
    assert [q.speaker for q in find_quotes(text, "es")] == speakers
