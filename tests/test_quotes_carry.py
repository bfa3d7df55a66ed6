"""Two structures of press writing that credit quoted words no cue next to them names
(bench/real/README.md item 124): a quote paragraph right after a paragraph that ends on an
attributed quote goes on with that speaker; an aside of attribution between commas
credits the sentence it sits in.

The press ends a paragraph on someone's quoted words and opens the next with more of
them, nothing written between ("La diputada acusó al ministro de «…». ⏎ «…»."). "next
paragraph" already read this after a whole quote with its cue ("«…», dijo X. ⏎ «…»."), and
"still speaking" after words between that report speech; a paragraph ending on a quote
inside the narrator's sentence (a partial quote) was left to no one. Invented texts
(fictional people and places); each FIXED case is read without the speaker by the code
before (8eca359), each KEPT case is read the same before and after. Each case lists the
speakers of all its quotes, in order.
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes

FIXED = [
    # the paragraph before ends on the speaker's own quoted words, the next is a quote
    (
        "La diputada Ana Robles acusó al ministro de Hacienda de haber «abandonado a las "
        "familias» con unos presupuestos que, a su juicio, son «un castigo para los más "
        "pobres».\n\n"
        "«Como resultado, miles de hogares no llegan a fin de mes y nadie en el Gobierno "
        "da la cara».\n\n"
        "El debate seguirá la próxima semana en el Congreso.",
        ["Ana Robles", "Ana Robles", "Ana Robles"],
    ),
    # ... the full stop inside the marks
    (
        "El arquitecto Julián Sotomayor defendió que el nuevo puente es «una obra pensada "
        "para cien años».\n\n"
        "«Hemos medido cada pilar con el río en crecida y en sequía.»",
        ["Julián Sotomayor", "Julián Sotomayor"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), FIXED)
def test_a_quote_paragraph_goes_on_with_the_last_speaker(
    text: str, speakers: list[str | None]
) -> None:
    quotes = find_quotes(text, "es")
    assert [q.speaker for q in quotes] == speakers, [(q.text[:30], q.how) for q in quotes]
    assert quotes[-1].how == "still speaking"


KEPT = [
    # a pull quote set apart without a full stop repeats words as a display
    (
        "El urbanista Tomás Ibarra propuso en su informe levantar «mercados cubiertos en "
        "cada barrio del casco viejo».\n\n"
        "«Cada barrio tendrá su propio mercado de abastos»\n\n"
        "Ibarra calcula que las obras durarán cuatro años.",
        [None, None],
    ),
    # the paragraph before goes on after its last quote: the narrator moved on
    (
        "La alcaldesa Marta Gil aseguró que el plan de barrios está «en marcha» y que la "
        "oposición votará en contra la semana que viene.\n\n"
        "«No vamos a permitir que se paralicen las obras por intereses partidistas».",
        ["Marta Gil", None],
    ),
    # a question set alone after someone's words may be the interviewer's
    (
        "El entrenador Luis Prado lamentó la derrota y pidió a su equipo «más intensidad en "
        "cada balón».\n\n"
        "«¿Cree que el equipo puede remontar en la vuelta?».",
        ["Luis Prado", None],
    ),
    # a whole quote with its cue ending the paragraph: "next paragraph", as before
    (
        "«El puerto abrirá en mayo», dijo el alcalde Ramón Ortiz.\n\n"
        "«Habrá trabajo para todos los vecinos de la lonja».",
        ["Ramón Ortiz", "Ramón Ortiz"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), KEPT)
def test_a_kind_read_before_is_kept(text: str, speakers: list[str | None]) -> None:
    quotes = find_quotes(text, "es")
    assert [q.speaker for q in quotes] == speakers, [(q.text[:30], q.how) for q in quotes]


ASIDE_FIXED = [
    # ", afirma la ingeniera X," after the sentence's first words: the sentence is hers,
    # its quoted words too (the verb later in it has a thing for subject)
    (
        "El embalse, afirma la ingeniera Elena Marín, es una reserva que el valle reconoce "
        "como suya, porque «sin ella no habría regadío en toda la comarca».",
        ["Elena Marín"],
    ),
    # ", según explicó X,": the same, with "según"
    (
        "El plan de barrios, según explicó la alcaldesa Marta Gil, busca «devolver la vida "
        "comercial a las calles del centro».",
        ["Marta Gil"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ASIDE_FIXED)
def test_an_aside_of_attribution_credits_its_sentence(
    text: str, speakers: list[str | None]
) -> None:
    quotes = find_quotes(text, "es")
    assert [q.speaker for q in quotes] == speakers, [(q.text[:30], q.how) for q in quotes]
    assert quotes[-1].how == "aside"


ASIDE_KEPT = [
    # the aside's verb the nearest cue before the quote: read as before
    (
        "El agua del embalse, asegura la ingeniera Elena Marín, bajará este verano, ya que "
        "«las lluvias de la primavera no han llegado a la cuenca».",
        ["Elena Marín"],
    ),
    # a source named after the quote wins over the aside, as before
    (
        "La obra, asegura la alcaldesa Marta Gil, costará «menos de lo previsto en el "
        "proyecto», según el concejal Luis Mora.",
        ["Luis Mora"],
    ),
    # a group's plural aside is read as before
    (
        "La protesta, aseguran los vecinos del barrio, seguirá hasta que el plan se retire "
        "porque «nadie nos ha preguntado nada».",
        ["vecinos del barrio"],
    ),
    # an aside with no verb of saying credits no one: a slogan stays a term
    (
        "El festival, tras reunirse con la alcaldesa Marta Gil, mantendrá sus fechas de "
        "siempre y el lema «la música vuelve a la calle este verano».",
        [],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ASIDE_KEPT)
def test_an_aside_read_before_is_kept(text: str, speakers: list[str | None]) -> None:
    quotes = find_quotes(text, "es")
    assert [q.speaker for q in quotes] == speakers, [(q.text[:30], q.how) for q in quotes]
