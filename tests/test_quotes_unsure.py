"""Saying less where speakers were unsure on text the code had not seen, second round.

bench/real/README.md item 84 added the fourteenth split and the fifteenth round's two
(`heldout`, `heldout2`, `heldout3`, each run at the code it was first scored blind with)
to item 76's evidence and withheld four more kinds that were wrong far more often than
right there (`quotes._unsure_speaker`). Invented texts; each UNSURE case is given a
speaker by the code before the rule and no one after it; each KEPT case keeps its speaker.
Two cases that round withheld are given to the reporter since item 82 (REPORTED).
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes

UNSURE = [
    # a capitalised run of common words, the same words written in lower case elsewhere:
    # a piece of a product line's name taken for the company's words
    "La fábrica de Valdecorzo producirá motos eléctricas desde el otoño.\n\n"
    "En marzo, la compañía dio a conocer que las Motos Eléctricas (ME) serán su apuesta.\n\n"
    "«Queremos liderar el mercado de la ciudad», expuso la empresa en un comunicado.",
    # partial words after a label's noun: a slogan cited, not said by the subject
    "La Asociación Vecinal de Torremar negó estar detrás de los carteles con la leyenda "
    "«el barrio no se vende», que aparecieron en tres calles.",
]


@pytest.mark.parametrize("text", UNSURE)
def test_an_unsure_speaker_is_not_shown(text: str) -> None:
    quotes = find_quotes(text, "es")
    assert quotes, text
    assert quotes[-1].speaker is None, (quotes[-1].text, quotes[-1].speaker)


REPORTED = [
    # a person named in the quoted words and in what the speaker reported: the quote is the
    # reporter's (the dropped subject of both sentences), never the person reported on
    (
        "El presidente del partido, Tomás Irurzun, cerró la campaña en Lérida. En entrevista "
        "aseguró que Ramón Estévez Pardo llega a la votación empatado con su rival.\n\n"
        "«Las encuestas dicen que Estévez ya alcanzó a su rival y seguirá subiendo», aseguró.",
        "Tomás Irurzun",
    ),
    (
        "El luchador Rogelio Campos habló de su próxima película en la feria de Querétaro.\n\n"
        "Detalló que Germán Ibarra Soto ha escrito el guion con otros dos autores. «No será "
        "una película biográfica, sino de aventuras», apuntó.",
        "Rogelio Campos",
    ),
]


@pytest.mark.parametrize(("text", "reporter"), REPORTED)
def test_a_person_reported_on_is_not_the_speaker(text: str, reporter: str) -> None:
    """abstain2 withheld these (the code before gave the person reported on); since the
    dropped subject of "Detalló que X …" is the reporter (README item 82), the reporter is
    given, which is who spoke."""
    quotes = find_quotes(text, "es")
    assert quotes and quotes[-1].speaker == reporter, quotes


KEPT = [
    # an organisation's name of common words
    (
        "El Parlamento Europeo votó la reforma del puerto. «Es un paso histórico», afirmó "
        "el Parlamento Europeo en un comunicado sobre el parlamento y lo europeo.",
        "Parlamento Europeo",
    ),
    # a person named in full, quoted words naming someone else
    (
        "La alcaldesa Lucía Montero Gil visitó la obra. «Estévez prometió acabarla en mayo "
        "y no lo hizo», dijo Lucía Montero Gil.",
        "Lucía Montero Gil",
    ),
    # whole quoted words after a label's noun keep the verb's subject
    (
        "El alcalde Jaime Ortuño Vidal presentó el lema de las fiestas. «Queremos que "
        "vuelva la gente», explicó Jaime Ortuño Vidal.",
        "Jaime Ortuño Vidal",
    ),
    # a person named after "dijo que" in the quote's own sentence is its speaker
    (
        "El portavoz dijo que Marta Ibáñez Ros declaró ante el juez: «No firmé nada».",
        "Marta Ibáñez Ros",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), KEPT)
def test_a_sure_speaker_is_kept(text: str, speaker: str) -> None:
    quotes = find_quotes(text, "es")
    assert quotes and quotes[-1].speaker == speaker, [(q.text, q.speaker) for q in quotes]


def test_english_is_not_touched() -> None:
    """The kinds were measured on Spanish text only."""
    text = (
        "Senator Mary Olsen spoke in Dover. \u201cOlsen will win this race,\u201d said Mary Olsen."
    )
    quotes = find_quotes(text, "en")
    assert quotes and quotes[-1].speaker == "Mary Olsen"
