"""Figures in news text (contrasta.reading.numbers), on sentences written for these tests,
and the floor of the real-text bench (bench/real_numbers.py, dev part)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from babel.numbers import format_decimal
from hypothesis import assume, given
from hypothesis import strategies as st

from contrasta.reading.numbers import Style, find_numbers, number_style

ROOT = Path(__file__).resolve().parents[1]


def figures(text: str, lang: str = "es") -> list[tuple[float, str | None, str]]:
    return [(n.value, n.unit, n.bound) for n in find_numbers(text, number_style(text, lang))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El plan costará 1.500 millones de euros.", [(1.5e9, "euros", "exact")]),
        ("La ayuda suma 2,3 millones de euros.", [(2.3e6, "euros", "exact")]),
        ("Votaron 3.000.000 de personas.", [(3e6, "personas", "exact")]),
        ("El índice subió un 1,5 % en marzo.", [(1.5, "%", "exact")]),
        # Mexican and English-language wires write the point as the decimal mark.
        (
            "La tasa llegó al 12.5 por ciento con 1,500 contagios.",
            [(12.5, "%", "exact"), (1500, "contagios", "exact")],
        ),
        ("Se confirmaron 3 mil 200 casos.", [(3200, "casos", "exact")]),
        ("Se registraron mil 846 muertes.", [(1846, "muertos", "exact")]),
        (
            "La epidemia mató a entre 20 y 50 millones de personas.",
            [(20e6, "personas", "exact"), (50e6, "personas", "exact")],
        ),
        ("Llegaron unos tres mil soldados.", [(3000, "soldados", "approx")]),
        ("Marcharon quince mil vecinos.", [(15000, "vecinos", "exact")]),
        ("Hubo doscientos cincuenta heridos.", [(250, "heridos", "exact")]),
        ("La huelga duró veintiún días.", [(21, "dias", "exact")]),
        ("Murieron más de 40 personas.", [(40, "personas", "min")]),
        ("Evacuaron a cerca de 900 vecinos.", [(900, "vecinos", "approx")]),
        ("Habrá multas de hasta 6.000 euros.", [(6000, "euros", "max")]),
        ("El seísmo tuvo magnitud 6,4.", [(6.4, "magnitud", "exact")]),
        ("Rechazó un pago de US$64.000 que le ofrecieron.", [(64000, "dolares", "exact")]),
        ("Dejó doce fallecidos.", [(12, "muertos", "exact")]),
        ("Uno de cada 8 hombres enfermó.", [(8, "hombres", "exact")]),
        # Figures joined to one noun share it.
        (
            "Los afectados tienen entre 18 y 28 años.",
            [(18, "anos", "exact"), (28, "anos", "exact")],
        ),
        (
            "Los fondeados pasaron de 40 a 52 buques.",
            [(40, "buques", "exact"), (52, "buques", "exact")],
        ),
        # A difference between two figures counts nothing of its own.
        ("El balance asciende a 15, tres más que ayer.", [(15, None, "exact"), (3, None, "exact")]),
        (
            "Twelve people were killed and 1,500 injured.",
            [(12, "muertos", "exact"), (1500, "heridos", "exact")],
        ),
    ],
)
def test_figures(text, expected):
    lang = "en" if text.startswith("Twelve") else "es"
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La fábrica fue inaugurada en 1968.",
        "El brote de COVID-19 cerró la A-4 y la RN-7.",
        "Según el apartado 7.3.1 del reglamento, no procede.",
        "La huelga cumplió su tercer día.",
        "El aeropuerto cerrará hasta las 4 am del sábado.",
        "Uno de ellos habló con una vecina.",
        "Las redes 5G llegaron con el ID2020.",
        "Habló con el movimiento Cinco Estrellas.",
        "2- Emociones positivas",
        # A corpus that masks its digits: the scale words of a masked figure read nothing.
        "La finca se vendió por *NUMBER* mil *NUMBER* millones de pesos en *NUMBER*.",
        "Equivale a *NUMBER* millón de pesos, unos *NUMBER* MIL dólares.",
    ],
)
def test_not_figures(text):
    assert figures(text) == []


def test_a_lone_separator_before_three_digits_is_thousands_without_other_evidence():
    assert number_style("Llegaron 1.500 personas y 1,500 más.", "es") == Style("es", None)
    assert [n.value for n in find_numbers("Llegaron 1.500 personas.")] == [1500]
    assert [n.value for n in find_numbers("Llegaron 1,500 personas.")] == [1500]


def test_a_figure_against_the_text_convention_is_not_read():
    """In a text that writes "2,5", "7.3" is a section or a time: better no figure."""
    style = number_style("El paro bajó al 2,5 %.", "es")
    assert style.decimal == ","
    assert find_numbers("Véase el punto 7.3 del acuerdo.", style) == []


def test_before_a_scale_word_a_mark_against_the_text_convention_is_a_decimal():
    """ "41.2 millones" can be read only one way, whatever the text's own convention."""
    style = number_style("El paro bajó al 2,5 %.", "es")
    (number,) = find_numbers("Viajaron 41.2 millones de pasajeros.", style)
    assert (number.value, number.unit) == (41.2e6, "pasajeros")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("El fuego mató a una treintena de monos.", "es", (30, "monos", "approx")),
        ("Murieron más de una docena de presos.", "es", (12, "presos", "min")),
        ("Llegó un centenar de vecinos.", "es", (100, "vecinos", "approx")),
        ("A dozen jets flew over Brockton.", "en", (12, "jets", "approx")),
    ],
)
def test_a_collective_numeral_is_an_approximate_figure(text, lang, expected):
    (number,) = find_numbers(text, number_style(text, lang))
    assert (number.value, number.unit, number.bound) == expected


def test_two_collective_numerals_joined_are_two_figures():
    """Joined figures share what one leaves unsaid (`_elided`): collectives take part too."""
    text = "Dirigió casi un centenar de cortos y una veintena de series de televisión."
    found = find_numbers(text, number_style(text, "es"))
    assert [(n.value, n.unit) for n in found] == [(100, "cortos"), (20, "series")]


def test_a_scale_word_joined_by_a_hyphen_scales_the_figure():
    (number,) = find_numbers("The tow cost the port 135-thousand-dollars.", Style("en", "."))
    assert number.value == 135000


def test_collective_nouns_that_name_other_things_are_not_figures():
    assert figures("La cuarentena acabó tras una quincena.") == []


def test_offsets_point_into_the_text():
    text = "Unos 3.000 estibadores y doce buques; el 30 % de la plantilla."
    found = find_numbers(text, skip=[], offset=100)
    assert [text[n.start - 100 : n.end - 100] for n in found] == [n.text for n in found]
    assert [n.value for n in found] == [3000, 12, 30]


def test_skipped_spans_are_not_figures():
    text = "El 12 de enero llegaron 40 buques."
    assert [n.value for n in find_numbers(text, skip=[(3, 14)])] == [40]


@given(st.integers(min_value=0, max_value=10**12))
def test_any_integer_printed_the_spanish_way_is_read_back(value):
    assume(not 1800 <= value <= 2100)  # a bare four-digit number in that range is a year
    text = f"Se contaron {format_decimal(value, locale='es')} votos."
    assert [(n.value, n.unit) for n in find_numbers(text, number_style(text, "es"))] == [
        (value, "votos")
    ]


@given(st.decimals(min_value=0, max_value=10**6, places=2))
def test_any_decimal_printed_the_spanish_way_is_read_back(value):
    printed = format_decimal(value, locale="es")
    assume("," in printed)  # with a decimal part, so the text shows its convention
    text = f"El precio medio fue de {printed} euros."
    assert [n.value for n in find_numbers(text, number_style(text, "es"))] == [float(value)]


def test_figures_on_real_news_dev_part():
    sys.path.insert(0, str(ROOT / "bench"))
    import real_numbers

    reason = real_numbers.missing()
    if reason:
        pytest.skip(reason)
    result = real_numbers.score(
        real_numbers.passages("dev"), real_numbers.rows(), real_numbers.new_parser, show=False
    )
    assert result["annotated"] >= 40
    # Measured on dev: value F1 0.968, value+unit F1 0.758, hedges 1.000.
    assert result["value"][2] >= 0.94
    assert result["unit"][2] >= 0.73
    assert result["bound"] >= 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decenas de miles de vecinos marcharon por Villaroja.", [(2e4, 199999, "vecinos")]),
        ("Hubo cientos de heridos leves.", [(200, 1999, "heridos")]),
        (
            "Miles de personas y millones de euros en juego.",
            [(2e3, 19999, "personas"), (2e6, 19999999, "euros")],
        ),
        ("Tens of thousands of people marched in Brockton.", [(2e4, 199999, "personas")]),
    ],
)
def test_a_vague_plural_is_the_range_it_allows(text, expected):
    found = find_numbers(text, number_style(text, "en" if text.startswith("Tens") else "es"))
    assert [(n.value, n.high, n.unit) for n in found] == expected
    assert {n.bound for n in found} == {"vague"}


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("La marcha ha reunido hasta un millón de personas, según los organizadores.", "approx"),
        ("La marcha reunió hasta 300.000 personas.", "approx"),
        ("El reglamento permitirá reuniones de hasta 500 personas.", "max"),
    ],
)
def test_hasta_after_a_past_tense_is_an_estimate_not_a_cap(text, bound):
    (number,) = find_numbers(text, number_style(text, "es"))
    assert number.bound == bound


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Marta Ibáñez, de 52 años, declaró ante el juez.", "es", "edad"),
        ("Kowalski, 35, won the Montevar rally.", "en", "edad"),
        ("A 35-year-old driver won the rally.", "en", "edad"),
        # An age the sentence states is its fact, read as any other figure.
        ("Tenía 52 años.", "es", "anos"),
        ("Kowalski dies aged 77", "en", None),
        ("Fue condenado a 20 años de prisión.", "es", "anos"),
    ],
)
def test_an_age_beside_a_name_is_an_age(text, lang, unit):
    (number,) = find_numbers(text, number_style(text, lang))
    assert number.unit == unit


def test_as_many_as_is_an_estimate():
    text = "As many as 300 people were evacuated from Brockton."
    (number,) = find_numbers(text, number_style(text, "en"))
    assert (number.value, number.unit, number.bound) == (300, "personas", "approx")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Half of a scale word, before it or after "y": never the whole million.
        ("Un millón y medio de vecinos marcharon.", [(1.5e6, "vecinos", "exact")]),
        ("La obra costará dos millones y medio de euros.", [(2.5e6, "euros", "exact")]),
        ("Llegaron 3 millones y medio de turistas.", [(3.5e6, "turistas", "exact")]),
        ("Votaron más de medio millón de vecinos.", [(5e5, "vecinos", "min")]),
        ("Hubo medio centenar de heridos.", [(50, "heridos", "approx")]),
        ("Detuvieron a media docena de jóvenes.", [(6, "jovenes", "approx")]),
        # Thousands set off by a no-break or narrow no-break space (RAE, ISO).
        ("Acudieron 12\u00a0500 vecinos.", [(12500, "vecinos", "exact")]),
        ("La multa fue de 1\u202f200,50 euros.", [(1200.5, "euros", "exact")]),
        ("Se contaron 2\u00a0345\u00a0678 votos.", [(2345678, "votos", "exact")]),
    ],
)
def test_halves_and_spaced_thousands_are_read_whole(text, expected):
    assert figures(text) == expected


def test_a_million_and_a_half_is_not_a_million():
    """Two outlets' "un millón y medio" and "un millón" are other figures, and "medio
    millón" is the 500.000 another writes."""
    (half,) = figures("Marcharon medio millón de vecinos.")
    (digits,) = figures("Marcharon 500.000 vecinos.")
    assert half == digits
    assert figures("Marcharon un millón y medio de vecinos.") != figures(
        "Marcharon un millón de vecinos."
    )
