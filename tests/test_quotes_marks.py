"""Quote marks as press text types them on a keyboard or loses them in a copy: a straight
mark doing the work of two, a space typed inside an opening mark (bench/real/README.md
item 117). Every text is invented."""

from __future__ import annotations

from contrasta.reading.quotes import find_quotes


def _texts(text: str) -> list[str]:
    return [quote.text.strip(" .") for quote in find_quotes(text, "es")]


def test_a_quote_ending_with_a_quote_nested_in_it_closes_with_one_mark() -> None:
    text = (
        "La federación publicó un mensaje dirigido a la afición.\n\n"
        '"No vale la pena pitar al árbitro ni arriesgar una sanción mayor. A quien insulte '
        'lo pueden expulsar del estadio. Mejor canten "Vamos Toluca".\n\n'
        "El partido será el sábado."
    )
    assert _texts(text) == [
        "No vale la pena pitar al árbitro ni arriesgar una sanción mayor. A quien insulte "
        'lo pueden expulsar del estadio. Mejor canten "Vamos Toluca'
    ]


def test_a_stray_mark_inside_a_quote_ending_its_paragraph_does_not_cut_it() -> None:
    text = (
        'El vecino sostuvo que es la concejala la que "reparte el agua del pozo "dándosela '
        'sólo a quienes llevan una credencial del partido".\n\n'
        'Lo cual, dijo, "ha molestado a muchos vecinos".'
    )
    assert _texts(text) == [
        'reparte el agua del pozo "dándosela sólo a quienes llevan una credencial del partido',
        "ha molestado a muchos vecinos",
    ]


def test_a_closing_mark_left_out_before_dijo_still_splits_the_quote() -> None:
    text = (
        '"No es asunto del gobierno meterse en la vida interna del club, dijo, pero admitió '
        'que hay "en la directiva quienes simpatizan con el candidato".\n\n'
        "La asamblea será el lunes."
    )
    assert _texts(text) == [
        "No es asunto del gobierno meterse en la vida interna del club",
        "en la directiva quienes simpatizan con el candidato",
    ]


def test_a_list_of_quotes_after_an_unclosed_one_is_not_one_quote() -> None:
    text = (
        'Los mensajes decían "muy bien hecho  y otros como "Eres la mejor", "Qué valiente" '
        'o "Gracias por todo".'
    )
    texts = _texts(text)
    assert "Qué valiente" in texts
    assert not any("Gracias" in t and "Qué" in t for t in texts)


def test_a_space_typed_inside_the_opening_mark_after_a_colon() -> None:
    text = (
        'En estas declaraciones, la actriz Marta Ibáñez mencionó: " El director nos trató '
        'mal a todas. Pensar que somos un adorno no es justo."\n\n'
        "La productora no respondió."
    )
    quotes = find_quotes(text, "es")
    assert [q.text.strip(" .") for q in quotes] == [
        "El director nos trató mal a todas. Pensar que somos un adorno no es justo"
    ]
    assert quotes[0].speaker == "Marta Ibáñez"


def test_a_spaced_mark_with_no_colon_before_opens_nothing() -> None:
    text = 'El director dijo que " la obra " no se estrenará este año en la ciudad.'
    assert _texts(text) == []


def test_de_acuerdo_a_names_the_source_as_de_acuerdo_con_does() -> None:
    # "de acuerdo a", the Latin American press's form of "de acuerdo con" (item 117)
    text = (
        "El diputado Ramiro Salcedo Ortiz recorrió ayer el barrio de Las Lomas.\n\n"
        'De acuerdo a Ramiro Salcedo Ortiz, la alcaldesa "reparte las licencias sólo a '
        'quienes tienen un carné del partido".'
    )
    quotes = find_quotes(text, "es")
    assert [q.speaker for q in quotes] == ["Ramiro Salcedo Ortiz"]


def test_a_whole_exclamation_in_marks_is_a_cry_quoted() -> None:
    text = (
        'Al grito de "¡queremos agua, queremos agua!", unos 300 vecinos marcharon por la '
        "avenida principal de Villaseca."
    )
    assert _texts(text) == ["¡queremos agua, queremos agua!"]


def test_a_one_word_exclamation_or_a_named_magazine_is_no_cry() -> None:
    text = (
        'La revista "¡Qué Semana!" publicó el jueves un reportaje sobre el alcalde. Los '
        'vecinos lo leyeron con un "¡vaya!" de sorpresa.'
    )
    assert _texts(text) == []


def _partials(text: str) -> list[tuple[str, bool]]:
    return [(quote.text.strip(" .")[:12], quote.partial) for quote in find_quotes(text, "es")]


def test_a_quote_opening_with_a_capital_after_a_verb_of_saying_is_whole() -> None:
    # the colon left out ("comentó «Venía…»"): a whole quote, not a part of the sentence
    text = (
        "La vecina Rosa Almeida, que la vio en la plaza de Villaseca, comentó "
        '"Venía acompañada de dos amigas y se paró a saludar a todo el mundo".'
    )
    assert _partials(text) == [("Venía acompa", False)]


def test_a_quote_opening_in_lower_case_after_a_comma_is_a_part() -> None:
    text = (
        "Según explicó el médico Ignacio Ferrán, aunque se beba agua muy fría, "
        '"la temperatura del cuerpo seguirá siendo la misma durante todo el día".'
    )
    assert _partials(text) == [("la temperatu", True)]


def test_after_a_colon_a_quote_in_lower_case_stays_whole() -> None:
    text = (
        "El portavoz Ignacio Ferrán dijo: "
        '"yo creo que el plan de obras estará terminado antes del verano".'
    )
    assert _partials(text) == [("yo creo que ", False)]


def test_a_long_title_after_a_work_s_noun_is_no_quote() -> None:
    text = (
        '"Hay que estar del lado de los que ahorran", afirmó el economista Julián Prats. '
        'En su libro "La gran sequía: cómo proteger sus ahorros durante la crisis que '
        'viene", Prats explica paso a paso su método.'
    )
    assert _texts(text) == ["Hay que estar del lado de los que ahorran"]


def test_a_work_s_noun_before_words_in_lower_case_leaves_them_a_quote() -> None:
    text = (
        "El economista Julián Prats presentó ayer su ensayo. Según dijo, el libro "
        '"cuenta cómo una familia lo perdió todo en la crisis y volvió a empezar", explicó.'
    )
    assert _texts(text) == [
        "cuenta cómo una familia lo perdió todo en la crisis y volvió a empezar"
    ]
