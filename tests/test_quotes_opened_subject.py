"""A subject written after an opening phrase, and "otro" before a described speaker
(bench/real/README.md item 137).

Spanish press opens a sentence with a connective or a circumstance set off by a comma
("Por su parte,", "Después,") before its subject. An indefinite subject written there ("Por
su parte, otro político señaló:") is the speaker, read as it would be at the sentence's
start; the code before (50d8b5b) took the sentence for one with a dropped subject and gave
its quote to the last speaker (another person). "otro" before a noun is another of a kind,
dropped as an article is ("otro político" is "político", as "un político" is); alone or
before "de" it names no one. A statement a later cue names again ("…», añadió el
comunicado") is the words of whom the sentence that brought it in gave its quote to ("…»,
dijo la compañía en un comunicado firmado por X"), not of its signer: a body speaks
through a statement its officer signs (the code before credited the signer). Invented
texts (fictional people and places).
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes

OPENING = (
    "El pleno debatió el martes la ley de puertos.\n\n"
    "«Los pescadores de Altamar no pueden esperar más», comentó un diputado.\n\n"
)

FIXED = [
    # an opening connective, then "otro" + a noun: that person, and the paragraph after
    (
        OPENING + "Por su parte, otro político señaló que con la ley esperan salvar el "
        "muelle: «está claro que se hunde un poco cada invierno.\n\n"
        "No podemos dejar que se pierda», puntualizó.",
        ["diputado", "político", "político"],
    ),
    # an opening adverb, then "una" + a noun
    (
        OPENING + "Después, una concejala aseguró: «el muelle de Altamar se hunde cada año».",
        ["diputado", "concejala"],
    ),
    # the sentence opens on "otra" + a noun: the noun, as after "una"
    (
        OPENING + "Otra concejala aseguró: «el muelle de Altamar se hunde cada año».",
        ["diputado", "concejala"],
    ),
    # a thing after the opening speaks for no one, as at the sentence's start (the last
    # speaker before)
    (
        OPENING + "Por su parte, un informe advirtió: «el muelle de Altamar se hunde».",
        ["diputado", None],
    ),
]

KEPT = [
    # a name after the opening: that person
    (
        OPENING + "Por su parte, Marcela Ibarra señaló: «el muelle de Altamar se hunde».",
        ["diputado", "Marcela Ibarra"],
    ),
    # "otro de los vecinos": "otro" before "de" is not dropped as an article; one of a
    # group, unnamed, is shown as no one (item 151, the annotations' convention)
    (
        "«Vais a cerrar nuestro mercado», comentó otro de los vecinos de la plaza.",
        [None],
    ),
    # no subject after the opening: a dropped one, the last speaker goes on
    (
        OPENING + "Por su parte, añadió: «el muelle de Altamar se hunde».",
        ["diputado", "diputado"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), FIXED + KEPT)
def test_speakers(text: str, speakers: list[str | None]) -> None:
    assert [quote.speaker for quote in find_quotes(text, "es")] == speakers


STATEMENT = (
    "La naviera Transmar anunció el martes que retira tres ferris de la ruta de Altamar.\n\n"
    "«Los barcos no cumplen nuestras normas de seguridad», dijo la compañía en un comunicado "
    "firmado por Rodrigo Salcedo, director de flota de la empresa.\n\n"
    "La naviera explicó que el servicio volverá en verano.\n\n"
    "«Estas medidas son necesarias antes de la temporada alta», añadió el comunicado."
)
SIGNED = (
    "La naviera Transmar retira tres ferris de la ruta de Altamar, según un comunicado "
    "firmado por Rodrigo Salcedo, director de flota.\n\n"
    "«Estas medidas son necesarias antes de la temporada alta», añadió el comunicado."
)


def test_statement_is_the_speakers_of_its_sentence() -> None:
    assert [q.speaker for q in find_quotes(STATEMENT, "es")] == ["Transmar", "Transmar"]


def test_statement_with_no_quote_in_its_sentence_is_its_signers() -> None:
    assert [q.speaker for q in find_quotes(SIGNED, "es")] == ["Rodrigo Salcedo"]
