"""Where a quote's words begin and end, and which quoted words are no quote, by the
conventions of press writing (bench/real/README.md item 86). Every text is invented."""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # two spaces between words: a block of the page was cut out there
        (
            "La alcaldesa Nuria Olmedo habló en el pleno. «El puente de Valdecastro abrirá "
            "en prim  Suscríbase a nuestro boletín para recibir las noticias del día.",
            "El puente de Valdecastro abrirá en prim",
        ),
        # a comma and a full stop run together
        (
            "El concejal Tomás Ibarra lo anunció en la radio. “Cerraremos la depuradora "
            "en verano., ya sea por obras o por las lluvias de la temporada, el río sube.",
            "Cerraremos la depuradora en verano.",
        ),
        # a space before a full stop, a capital after it
        (
            'El portavoz Iker Saldaña lo explicó ayer. "Las obras del puerto siguen su curs . '
            "Según el último informe municipal, el paseo quedará cerrado hasta marzo.",
            "Las obras del puerto siguen su curs",
        ),
        # English: the cut comes before the mark that opens the next quote
        (
            "The editor Ruth Kessel wrote in the last edition. “We will keep printing until "
            "the presses stop,. Readers have called the office all week. “It is a sad day,” "
            "said one of them.",
            "We will keep printing until the presses stop",
        ),
    ],
)
def test_a_quote_left_unclosed_ends_where_the_page_was_cut(text: str, words: str) -> None:
    lang = "en" if "The editor" in text else "es"
    quotes = find_quotes(text, lang)
    assert quotes and quotes[0].text.strip(" .,") == words.strip(" .,")


def test_a_quote_left_unclosed_with_no_cut_keeps_its_paragraph() -> None:
    text = (
        "La ministra Elena Gascón indicó: “El recorte ha dejado a los puertos sin grúas. "
        "Los muelles, etc., han cerrado en verano."
    )
    quotes = find_quotes(text, "es")
    assert len(quotes) == 1 and quotes[0].text.rstrip(".").endswith("en verano")


@pytest.mark.parametrize(
    "text",
    [
        # a nickname, capitalised but for its linking word
        'El escultor Tomás Ibarra contó que la estatua de "El Jinete de Bronce" estará en la '
        "plaza mayor de Arbiza.",
        # a coalition's name
        'El diputado Luis Ares destacó que el candidato de la alianza "Unidos por Castilla", '
        "Pedro Gil, es un hombre preparado.",
        # a label in English in a Spanish sentence
        'La directora Ana Gil aseguró que la fábrica de Tordesillas presume de ser "Sea Gulls '
        'to Harbour", además de reciclar el agua.',
    ],
)
def test_words_capitalised_as_a_name_are_no_quote(text: str) -> None:
    assert find_quotes(text, "es") == []


def test_a_sentence_case_quote_of_a_few_words_stays_a_quote() -> None:
    text = 'La alcaldesa Nuria Olmedo aseguró que el puente "estará listo en mayo".'
    assert [q.text for q in find_quotes(text, "es")] == ["estará listo en mayo"]


def test_a_straight_quote_nested_in_a_straight_quote_leaves_it_whole() -> None:
    text = (
        'El púgil Tito Lerma elogió a su rival: "me encanta "el Toro", creo que es un '
        'peleador formidable y un ejemplo para los jóvenes".'
    )
    quotes = find_quotes(text, "es")
    assert [q.text.rstrip(".") for q in quotes] == [
        'me encanta "el Toro", creo que es un peleador formidable y un ejemplo para los jóvenes'
    ]


def test_straight_quotes_in_a_row_are_each_their_own() -> None:
    text = (
        'Los vecinos de Arbiza escribieron en el muro mensajes como "Gracias por todo", '
        '"Os echaremos de menos" o "Volved pronto".'
    )
    quotes = find_quotes(text, "es")
    assert all('"' not in q.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        # a work's title after its author's name
        'La cadena Voz Norte estrena una serie inspirada en el libro de Ana Gil Ferrer "Doce '
        'noches de lluvia", aseguró su director Tomás Ibarra.',
        # a news programme's title
        'La presentadora Lola Ruiz aseguró que, además de liderar el noticiero "Buenos días '
        'con Lola", forma parte de un concurso.',
    ],
)
def test_a_title_after_its_kind_of_work_is_no_quote(text: str) -> None:
    assert find_quotes(text, "es") == []


def test_words_a_person_named_something_by_are_their_quote() -> None:
    text = (
        "El consejero Luis Ares tiene un conflicto con los constructores del puerto, a quienes "
        'denominó "minoría voraz", desde hace años.'
    )
    assert [(q.text, q.speaker) for q in find_quotes(text, "es")] == [
        ("minoría voraz", "Luis Ares")
    ]


def test_words_a_thing_was_judged_as_in_the_passive_are_a_quote_of_no_one_named() -> None:
    text = (
        "La reforma del puerto de Arbiza, calificada por los técnicos como «la más cara de "
        "la década», irá al pleno de marzo."
    )
    assert [(q.text, q.speaker) for q in find_quotes(text, "es")] == [
        ("la más cara de la década", None)
    ]


def test_a_quote_left_unclosed_in_a_paragraph_cut_mid_sentence_ends_at_its_last_stop() -> None:
    text = (
        "La cantante Lola Ruiz contó sus manías en una entrevista. «Yo no duermo nunca sin "
        "calcetines, ni en verano. Me pasa desde niña. Lee también las otras entrevistas de"
    )
    quotes = find_quotes(text, "es")
    assert [q.text for q in quotes] == [
        "Yo no duermo nunca sin calcetines, ni en verano. Me pasa desde niña."
    ]


def test_the_de_of_a_judging_verb_set_inside_the_marks_still_quotes_the_judge() -> None:
    text = (
        "La diputada Nuria Olmedo no acudió a la inauguración del puerto de Arbiza y en un "
        "mensaje calificaba el acto «de pura propaganda»."
    )
    assert [(q.text, q.speaker) for q in find_quotes(text, "es")] == [
        ("de pura propaganda", "Nuria Olmedo")
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "El diputado Luis Ares no se calló y soltó otra frase en la radio:”Prefiero perder "
            "las elecciones que mentir a los vecinos“.",
            "Prefiero perder las elecciones que mentir a los vecinos",
        ),
        (
            "Según los cálculos de la consultora Arbiza Datos, ”el turismo y la pesca son el "
            "origen de la mayoría de los empleos”. También pesa la herencia.",
            "el turismo y la pesca son el origen de la mayoría de los empleos",
        ),
    ],
)
def test_a_closing_curly_mark_typed_to_open_a_quote_opens_it(text: str, words: str) -> None:
    assert [q.text for q in find_quotes(text, "es")] == [words]


def test_a_closing_curly_mark_after_a_quote_opens_nothing() -> None:
    text = "«Terminaremos la obra en mayo», dijo el alcalde Iker Saldaña ” y no habrá retrasos."
    assert [q.text for q in find_quotes(text, "es")] == ["Terminaremos la obra en mayo"]


def test_a_quote_the_page_cut_is_not_given_the_speaker_of_the_quote_before() -> None:
    text = (
        "«Nadie nos avisó del cierre», dijo la vecina Rosa Tébar, con el local ya vacío y la "
        "persiana bajada desde marzo. «Ante una crisis así, lo  Deje aquí su comentario sobre "
        "la noticia."
    )
    quotes = find_quotes(text, "es")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Nadie nos avisó del cierre", "Rosa Tébar"),
        ("Ante una crisis así, lo", None),
    ]


def test_capitalised_terms_joined_by_y_stay_a_quote() -> None:
    text = (
        "La cantante Lola Ruiz afirmó en la radio que con la pandemia llega la era de la "
        '"Inteligencia Artificial y Robótica".'
    )
    assert [q.text for q in find_quotes(text, "es")] == ["Inteligencia Artificial y Robótica"]


def test_a_straight_quote_left_unclosed_before_the_narrators_dijo_ends_there() -> None:
    text = (
        "El diputado Luis Ares negó que su partido financie campañas en el extranjero.\n\n"
        '"No es política de nuestro partido meterse en la vida interna de ningún país, dijo, '
        'pero admitió que hay "en Arbiza quienes tengan simpatía por nuestro candidato".'
    )
    assert [q.text for q in find_quotes(text, "es")] == [
        "No es política de nuestro partido meterse en la vida interna de ningún país",
        "en Arbiza quienes tengan simpatía por nuestro candidato",
    ]
