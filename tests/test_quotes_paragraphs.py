"""A quote running over several paragraphs, as Spanish press writes one: its opening mark in
the first paragraph, no mark where a paragraph ends inside it, its closing mark in the last
(bench/real/README.md item 103). Every text is invented."""

from __future__ import annotations

from contrasta.reading.quotes import find_quotes

THREE_PARAGRAPHS = (
    "El abogado Tomás Ferrer habló ayer ante la prensa sobre el caso del alcalde:\n\n"
    '"Mi cliente padece una enfermedad que nadie quiso ver durante años.\n\n'
    "No se trata de un capricho, sino de un trastorno que debe tratarse con medicamentos "
    "y con terapia.\n\n"
    'Por eso pedimos al juez que lo escuche antes de dictar sentencia", relató.\n\n'
    "La audiencia seguirá el martes."
)


def _texts(text: str) -> list[str]:
    return [quote.text.strip(" .") for quote in find_quotes(text, "es")]


def test_a_paragraph_with_no_mark_inside_a_quote_is_quoted() -> None:
    texts = _texts(THREE_PARAGRAPHS)
    assert (
        "No se trata de un capricho, sino de un trastorno que debe tratarse con "
        "medicamentos y con terapia"
    ) in texts
    assert "La audiencia seguirá el martes" not in texts


def test_the_paragraph_closing_the_quote_is_quoted_from_its_start() -> None:
    text = (
        "La directora Carmen Olmos explicó su decisión:\n\n"
        "«El museo necesitaba otra mirada después de tantos años.\n\n"
        "Los visitantes han cambiado y las salas no. Queremos que vuelvan los jóvenes. "
        "Abriremos de noche los viernes», dijo.\n\n"
        "El patronato votará el plan en enero."
    )
    texts = _texts(text)
    assert (
        "Los visitantes han cambiado y las salas no. Queremos que vuelvan los jóvenes. "
        "Abriremos de noche los viernes"
    ) in texts


def test_a_quote_partial_at_its_opening_goes_on_in_the_next_paragraph() -> None:
    text = (
        "El obispo Andrés Lerma pidió a los vecinos “que cuiden juntos el valle, cada uno "
        "desde su casa.\n\n"
        "Trabajemos por los que menos tienen y por los que llegan de fuera”.\n\n"
        "La misa terminó a mediodía."
    )
    assert "Trabajemos por los que menos tienen y por los que llegan de fuera" in _texts(text)


def test_an_unclosed_quote_no_later_mark_closes_does_not_run_on() -> None:
    # the closing mark was lost: the next paragraph is the narrator's
    text = (
        'El alcalde Julio Prats dijo: "Las obras terminarán en mayo.\n\n'
        "La oposición pidió explicaciones en el pleno de la tarde.\n\n"
        "El pleno rechazó la moción por seis votos contra cinco."
    )
    texts = _texts(text)
    assert "La oposición pidió explicaciones en el pleno de la tarde" not in texts


def test_a_quote_opening_the_next_paragraph_stops_the_run() -> None:
    # the next mark opens a quote: nothing closes the first one across paragraphs
    text = (
        'El alcalde Julio Prats dijo: "Las obras terminarán en mayo.\n\n'
        "La oposición pidió explicaciones en el pleno de la tarde.\n\n"
        'La concejala Rosa Vidal respondió: "No hay dinero para eso".'
    )
    assert "La oposición pidió explicaciones en el pleno de la tarde" not in _texts(text)


def test_lines_broken_mid_sentence_do_not_run_on() -> None:
    # text wrapped in lines, each line a paragraph: no paragraph ends inside the quote
    text = (
        "El exalcalde Rubén Sastre habló en el aniversario del partido y dijo\n\n"
        "“Solo podemos recuperar la confianza\n\n"
        "de la gente si rendimos cuentas de todo lo que\n\n"
        "hacemos”, añadió.\n\n"
        "El acto terminó con un concierto."
    )
    assert "de la gente si rendimos cuentas de todo lo que" not in _texts(text)


# A quote whose opening mark was lost, closed by a mark and a verb of saying: it opens
# with the paragraph (or the quote before it) when no sentence between has a verb of
# saying, the narrator's way of bringing a quote (item 103).


def test_an_unopened_quote_opens_with_its_paragraph() -> None:
    text = (
        "La alcaldesa Nuria Olmedo recorrió el barrio entre aplausos.\n\n"
        'No estáis solos. Aquí está vuestra gente. ¡Por un barrio mejor!", exclamó.\n\n'
        "La visita duró dos horas."
    )
    assert "No estáis solos. Aquí está vuestra gente. ¡Por un barrio mejor!" in _texts(text)


def test_an_unopened_quote_opens_after_the_quote_before_it() -> None:
    text = (
        "«Tenemos los contratos firmados», remarcó la ministra Elena Gascón. Estamos "
        "buscando la manera de acelerar las entregas. Las negociaciones son difíciles. "
        "Primero vacunaremos a los mayores», agregó."
    )
    assert (
        "Estamos buscando la manera de acelerar las entregas. Las negociaciones son "
        "difíciles. Primero vacunaremos a los mayores"
    ) in _texts(text)


def test_a_sentence_with_a_verb_of_saying_before_an_unopened_quote_is_the_narrators() -> None:
    text = (
        "La doctora Inés Robles no quiso aparecer en el anuncio. En cambio, la doctora le "
        "dijo a la radio que la habían citado mal. En mis años de servicio nunca he apoyado "
        "a ningún partido. Las palabras que se me atribuyen están sacadas de contexto», "
        "dijo Robles."
    )
    assert (
        "En mis años de servicio nunca he apoyado a ningún partido. Las palabras que se me "
        "atribuyen están sacadas de contexto"
    ) in _texts(text)


def test_an_unopened_quote_does_not_open_before_a_page_cut() -> None:
    text = (
        "La gobernadora Clara Ibáñez visitó el puerto. La provincia espera qu  el puerto "
        "sea el motor de la economía. Por eso dragaremos el canal y daremos trabajo a los "
        'vecinos de la costa", concluyó la gobernadora.'
    )
    texts = _texts(text)
    assert not any(t.startswith("La gobernadora") or t.startswith("La provincia") for t in texts)


# Item 171: a wrapped quote's last line, a run the narrator ends with a colon, a long
# paragraph that lost its full stop.


def _said(text: str) -> dict[str, str | None]:
    return {quote.text.strip(" ."): quote.speaker for quote in find_quotes(text, "es")}


def test_the_line_closing_a_wrapped_quote_is_quoted_with_its_speaker() -> None:
    text = (
        "El exalcalde Rubén Sastre habló en el aniversario del partido: "
        '"Solo podemos recuperar la confianza de la gente si rendimos cuentas de\n\n'
        'todo lo que hacemos cada día en el ayuntamiento".\n\n'
        "El acto terminó con un concierto."
    )
    assert _said(text).get("todo lo que hacemos cada día en el ayuntamiento") == "Rubén Sastre"


def test_a_quote_left_open_runs_on_up_to_the_narrator_introducing_the_next() -> None:
    text = (
        "La consejera Elena Bastida presentó el plan de transporte del valle:\n\n"
        '"Los autobuses pasarán cada diez minutos por los pueblos de la sierra.\n\n'
        "Las líneas nocturnas volverán en otoño y serán gratuitas para los estudiantes.\n\n"
        "Bastida añadió que el plan costará dos millones al año y explicó después:\n\n"
        '"Queremos que nadie necesite el coche para ir a trabajar".'
    )
    said = _said(text)
    assert (
        said.get("Las líneas nocturnas volverán en otoño y serán gratuitas para los estudiantes")
        == "Elena Bastida"
    )
    assert not any(words.startswith("Bastida añadió") for words in said)


def test_a_long_paragraph_without_its_full_stop_inside_a_quote_runs_on() -> None:
    text = (
        "El entrenador Hugo Salvat habló tras el partido:\n\n"
        '"Hemos jugado con el corazón y con la cabeza durante los noventa minutos.\n\n'
        "Los chicos saben que la liga es larga y que quedan muchos partidos difíciles "
        "fuera de casa antes de pensar en el título\n\n"
        'El domingo queremos ganar otra vez delante de nuestra gente", dijo.\n\n'
        "El club jugará el domingo en casa."
    )
    assert any(words.startswith("Los chicos saben") for words in _said(text))
