"""The headline is chosen after the noise is gone, from the lines shaped like one near the
top; header lines are read in any case, indented, and glued to the headline."""

from __future__ import annotations

from datetime import datetime

import pytest

from contrasta.clean import clean
from contrasta.clean.header import read_header_line
from contrasta.clean.headline import STRONG, WEAK, shape

HEADLINE = "Los agricultores del valle del Quimal piden una moratoria de sus créditos"
LEAD = (
    "Unos 300 agricultores del valle del Quimal se concentraron este lunes frente a la "
    "Consejería de Agricultura para pedir que se aplacen los pagos de sus créditos hasta que "
    "llegue la próxima cosecha, tras un año de sequía."
)
NEXT = "La consejera recibió a una delegación y prometió una respuesta antes del viernes."
NOW = datetime(2026, 3, 1)


def title_of(lines: list[str]) -> tuple[str | None, list[str]]:
    cleaned = clean(lines, find_title=True, header=True, reference_time=NOW)
    return cleaned.title, cleaned.paragraphs


@pytest.mark.parametrize(
    "noise",
    [
        ["Progresista 30%Conservador 70%"],
        ["Fundado en 1910"],
        ["Los dos ministros, durante la reunión en la sede del Gobierno. Foto: Agencia."],
        ["12 de enero de 2026, 09:30"],
        ["Por Ana Gil | Madrid"],
        ["Salir de la versión móvil", "Izquierda 20% Centro 50% Derecha 30%"],
        ["Vecinos cortan la carretera de acceso al pueblo.", "Foto: EFE"],
    ],
)
def test_noise_above_the_headline_is_never_the_title(noise):
    title, paragraphs = title_of([*noise, HEADLINE, LEAD, NEXT])
    assert title == HEADLINE
    assert paragraphs == [LEAD, NEXT]


def test_a_headline_printed_twice_wins_and_its_copies_go():
    title, paragraphs = title_of(["Economía", HEADLINE, f"{HEADLINE} | El Diario", LEAD, NEXT])
    assert title == HEADLINE
    assert paragraphs == [LEAD, NEXT]


def test_copies_with_the_outlet_name_point_at_the_headline():
    copy = f"{HEADLINE} - Crónica del Sur"
    title, paragraphs = title_of([copy, copy, HEADLINE, LEAD, NEXT, copy])
    assert title == HEADLINE
    assert paragraphs == [LEAD, NEXT]


def test_a_long_headline_and_its_copy_with_the_outlet_name():
    long = f"{HEADLINE} y exigen a la Consejería una respuesta antes de la próxima siembra"
    title, _ = title_of([long, f"{long} - El Heraldo del Sur", LEAD])
    assert title == long


def test_a_paragraph_scraped_twice_is_not_taken_for_the_headline():
    short = "La consejera recibió a una delegación de los agricultores."
    title, _ = title_of([HEADLINE, short, short, LEAD])
    assert title == HEADLINE


def test_credit_glued_to_the_headline_goes_and_the_headline_stays():
    cleaned = clean([f"{HEADLINE} Foto: Reuters.", LEAD], find_title=True)
    assert cleaned.title == HEADLINE
    assert [(r.rule, r.text) for r in cleaned.removed] == [("photo-credit", "Foto: Reuters.")]


def test_headline_followed_by_its_picture_credit_is_the_title():
    title, paragraphs = title_of([HEADLINE, "Foto: EFE", LEAD, NEXT])
    assert title == HEADLINE
    assert paragraphs == [LEAD, NEXT]


def test_without_a_headline_line_the_lead_stays_in_the_text():
    title, paragraphs = title_of(["Fundado en 1910", LEAD, NEXT])
    assert title is None
    assert paragraphs == [LEAD, NEXT]


def test_section_name_above_the_headline_is_furniture():
    cleaned = clean(["Internacional", HEADLINE, LEAD], find_title=True)
    assert cleaned.title == HEADLINE
    assert [(r.rule, r.text) for r in cleaned.removed] == [("above-headline", "Internacional")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (HEADLINE, STRONG),
        ("¿Quién pagará la reconstrucción del puerto?", STRONG),
        ("FUEGO EN EL PUERTO", WEAK),
        ("SANGRE Y FUEGO EN EL PUERTO", STRONG),
        ("Fantasmas de Quimal", WEAK),
        ("Joven quimaleño competirá con campeones olímpicos.", WEAK),
        ("Guerra en Ucrania", WEAK),
        ("INTERNACIONAL", 0),
        ("Llega Tormenta Vilma a Quimal", STRONG),
        ("Salud y Bienestar", 0),
        ("Los Pescadores De Quimal Piden Ayuda Para Sus Barcos", WEAK),
        ("Inicio Noticias Deportes Cultura Opinión", 0),
        ("María De Los Ángeles Quintero", 0),
        ("Ferrando llama a Quintana «traidor», «cobarde» y «mentiroso» tras su discurso", STRONG),
        ("Inicio > Internacional > Asia", 0),
        ("https://diario.example/a", 0),
        (LEAD, 0),
    ],
)
def test_headline_shape(line, expected):
    assert shape(line) == expected


@pytest.mark.parametrize(
    ("line", "key", "value", "rest"),
    [
        ("title: Inundaciones en el Lerma", "title", "Inundaciones en el Lerma", ""),
        ("  TÍTULO: Inundaciones", "title", "Inundaciones", ""),
        ("Fecha: 12/01/2026", "date", "12/01/2026", ""),
        (
            " date 2026-01-12 Inundaciones en el Lerma:",
            "date",
            "2026-01-12",
            "Inundaciones en el Lerma:",
        ),
        ("Date 2019-03-30 HBO confirma la fecha", "date", "2019-03-30", "HBO confirma la fecha"),
        ("URL: https://m.example/a", "url", "https://m.example/a", ""),
        ("link https://m.example/a Titular pegado", "url", "https://m.example/a", "Titular pegado"),
        ("idioma: es", "lang", "es", ""),
    ],
)
def test_header_lines(line, key, value, rest):
    found = read_header_line(line)
    assert (found.key, found.value, found.rest) == (key, value, rest)


@pytest.mark.parametrize(
    "line",
    [
        "Fecha histórica para el puerto de Almagro",
        "Título de campeón para el equipo local",
        "Madrid: el Gobierno aprueba la reforma",
        "url: no disponible",
    ],
)
def test_sentences_that_start_like_a_header_are_not_one(line):
    assert read_header_line(line) is None


def test_glued_header_gives_the_date_and_the_headline():
    cleaned = clean(
        ["Fundado en 1910", f" date 2026-01-12 {HEADLINE}", LEAD],
        find_title=True,
        header=True,
        reference_time=NOW,
    )
    assert (cleaned.title, cleaned.published, cleaned.published_from) == (
        HEADLINE,
        datetime(2026, 1, 12),
        "header",
    )
    assert [(r.rule, r.text) for r in cleaned.removed] == [
        ("masthead", "Fundado en 1910"),
        ("header", "date 2026-01-12"),
    ]


def test_outlet_name_printed_as_masthead():
    cleaned = clean(
        ["EL CORREO DE LA COSTA", HEADLINE, LEAD],
        find_title=True,
        url="https://www.correodelacosta.example/2026/01/12/nota",
    )
    assert cleaned.title == HEADLINE
    assert [(r.rule, r.text) for r in cleaned.removed] == [("masthead", "EL CORREO DE LA COSTA")]


def test_outlet_name_known_from_the_newsroom_byline():
    # No outlet nor address stated: the byline names the newsroom, above or below.
    for lines in (
        ["GACETA DEL ESTUARIO", "Redacción Gaceta del Estuario", HEADLINE, LEAD],
        ["Redacción La Gaceta del Estuario", "LA GACETA DEL ESTUARIO", HEADLINE, LEAD],
        ["GACETA DEL ESTUARIO", HEADLINE, "redaccion@gacetadelestuario.example", LEAD],
    ):
        cleaned = clean(lines, find_title=True)
        assert cleaned.title == HEADLINE, lines
        assert cleaned.paragraphs == [LEAD]
        assert "masthead" in [r.rule for r in cleaned.removed]


def test_a_desk_in_the_byline_is_not_the_outlet():
    # "Redacción Valparaíso" signs a desk: a dateline in capitals is not a masthead.
    cleaned = clean(["Redacción Valparaíso", HEADLINE, "VALPARAÍSO", LEAD], find_title=True)
    assert cleaned.title == HEADLINE
    assert cleaned.paragraphs == ["VALPARAÍSO", LEAD]


def test_a_headline_printed_twice_is_not_cut_to_a_wrapped_piece_of_the_text():
    # The headline twice at the top, then the text hand-wrapped, its first piece the start
    # of the headline: the copies carry no outlet's name, so the headline is the whole line.
    quote = '"No cerraremos el puerto en invierno": la alcaldesa de Quimal'
    body = ['"No cerraremos el puerto', 'en invierno": la alcaldesa', "de Quimal lo repitió ayer."]
    title, paragraphs = title_of([quote, "Por: Redacción", quote, *body])
    assert title == quote
    assert paragraphs == body


def test_a_hand_wrapped_piece_below_the_headline_is_the_text():
    # A kicker-like first piece ("ANÁLISIS: …") runs on in lower case: it opens the text,
    # the line of its own above it is the headline, even ending with a full stop.
    stopped = "Los agricultores del Quimal piden una moratoria de sus créditos."
    body = ["ANÁLISIS: El puerto de Quimal", "cierra el año con pérdidas", "por la sequía."]
    title, paragraphs = title_of([stopped, *body])
    assert title == stopped
    assert paragraphs == body


def test_a_wrapped_headline_alone_at_the_top_is_still_taken():
    first = 'La alcaldesa de Quimal: "No cerraremos el puerto'
    title, paragraphs = title_of([first, 'en invierno, pase lo que pase"', LEAD])
    assert title == first
    assert paragraphs[-1] == LEAD


SLUGGED = "https://www.gacetadelquimal.example/campo/2026/03/01/agricultores-quimal-piden-moratoria-creditos-n4821.html"


def test_the_line_the_address_spells_is_the_headline():
    # The headline ends with a full stop and a credit follows it, so it could be a caption;
    # the address's slug spells it (small words dropped), and not the strong line below.
    stopped = "Los agricultores del Quimal piden una moratoria de créditos."
    standfirst = "Trescientos productores se concentraron ante la Consejería de Agricultura"
    lines = [stopped, "Foto: Agencia Sur", standfirst, LEAD]
    cleaned = clean(lines, find_title=True, url=SLUGGED)
    assert cleaned.title == stopped
    assert cleaned.paragraphs == [standfirst, LEAD]
    assert clean(lines, find_title=True).title == standfirst


def test_the_slug_prefers_the_headline_to_its_copy_with_the_outlet_name():
    plain = "Los agricultores del Quimal piden una moratoria de créditos"
    lines = [f"{plain} – Gaceta del Quimal", plain, LEAD]
    assert clean(lines, find_title=True, url=SLUGGED).title == plain


def test_an_address_without_a_slug_changes_nothing():
    lines = ["Fundado en 1910", HEADLINE, LEAD]
    for url in ("https://www.gaceta.example/2026/03/01/nota", "https://www.gaceta.example/n/4821"):
        assert clean(lines, find_title=True, url=url).title == HEADLINE


def test_the_page_title_printed_further_down_names_the_headline():
    # The standfirst is printed twice near the top; the page's own title, with the outlet's
    # name, is printed further down and names the headline above it.
    headline = '"No cerraremos el puerto en invierno"'
    standfirst = "La alcaldesa de Quimal responde a los armadores tras el temporal de enero"
    lines = [headline, standfirst, standfirst, LEAD, NEXT, f"{headline} | Gaceta del Quimal"]
    cleaned = clean(lines, find_title=True)
    assert cleaned.title == headline
    assert cleaned.paragraphs[:2] == [standfirst, LEAD]
    assert clean(lines[:-1], find_title=True).title == standfirst


def test_a_headline_in_title_case_is_taken_and_leaves_the_text():
    title_case = "Los Pescadores De Quimal Piden Ayuda Para Sus Barcos"
    title, paragraphs = title_of(["Aceptar todas las cookies", title_case, LEAD, NEXT])
    assert title == title_case
    assert paragraphs == [LEAD, NEXT]


def test_a_long_headline_glued_to_a_header_line_is_the_headline():
    # Over the length at which a line ending with a full stop opens the body, but glued to
    # the header line before it, where only the headline comes.
    long = (
        "Los agricultores del valle del Quimal piden una moratoria de sus créditos hasta "
        "la cosecha de otoño tras la peor sequía del siglo."
    )
    assert 125 < len(long) <= 150
    title, paragraphs = title_of([f"date 2026-01-12 {long}", LEAD, NEXT])
    assert title == long
    assert paragraphs == [LEAD, NEXT]
    title, paragraphs = title_of(["date 2026-01-12", long, LEAD, NEXT])
    assert title is None
    assert paragraphs == [long, LEAD, NEXT]
