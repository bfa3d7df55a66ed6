"""Metadata lines: removed from the body, read into exact values."""

from __future__ import annotations

from datetime import datetime

import pytest

from contrasta.clean import clean
from contrasta.clean.metadata import _STAMPED_BYLINE, _may_be_stamped, read_apa, read_meter
from contrasta.clean.rules import loosen
from contrasta.model import CoverageMeter, Reference

BODY = "El ministro presentó el plan ante la prensa este lunes por la mañana."
NOW = datetime(2026, 1, 14, 12, 0)


def cleaned_line(line: str, reference_time: datetime | None = NOW):
    cleaned = clean([line, BODY], reference_time=reference_time)
    assert cleaned.paragraphs == [BODY]
    return cleaned


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2026-01-12", datetime(2026, 1, 12)),
        ("fecha: 12/01/2026", datetime(2026, 1, 12)),
        ("Fecha: 12 de enero de 2026", datetime(2026, 1, 12)),
        ("Date: January 12, 2026", datetime(2026, 1, 12)),
        ("12 de enero de 2026", datetime(2026, 1, 12)),
        ("miércoles 13 de enero de 2026 - 18:40 h", datetime(2026, 1, 13, 18, 40)),
        ("2026-01-12T08:30:00", datetime(2026, 1, 12, 8, 30)),
        # the kind of piece printed after the date, one word in lower case
        ("January 12, 2026 report", datetime(2026, 1, 12)),
        ("12 de enero de 2026 análisis", datetime(2026, 1, 12)),
    ],
)
def test_date_line_becomes_the_publication_time(line, expected):
    cleaned = cleaned_line(line)
    assert cleaned.removed[0].rule == "date-line"
    assert (cleaned.published, cleaned.published_from) == (expected, "date-line")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publicado: 14 de enero de 2026, 05:01", datetime(2026, 1, 14, 5, 1)),
        ("Publicado el 14/01/2026", datetime(2026, 1, 14)),
        ("Publicada el 14 de enero de 2026 a las 05:01", datetime(2026, 1, 14, 5, 1)),
        ("Actualizado: 13/01/2026 19:00", datetime(2026, 1, 13, 19, 0)),
        (
            "Actualizado el martes 13 de enero de 2026 - 18:40 h",
            datetime(2026, 1, 13, 18, 40),
        ),
        ("Última actualización: 13 ene 2026", datetime(2026, 1, 13)),
        ("Actualizado hace 2 horas", datetime(2026, 1, 14, 10, 0)),
        ("Published: January 14, 2026 5:01 PM", datetime(2026, 1, 14, 17, 1)),
        ("Published on 14 January 2026", datetime(2026, 1, 14)),
        ("Updated 3 hours ago", datetime(2026, 1, 14, 9, 0)),
        ("Last updated: Jan. 13, 2026", datetime(2026, 1, 13)),
    ],
)
def test_published_line_becomes_the_publication_time(line, expected):
    cleaned = cleaned_line(line)
    assert cleaned.removed[0].rule == "published-line"
    assert (cleaned.published, cleaned.published_from) == (expected, "published-line")


def test_chained_stamps_give_the_first_date():
    cleaned = cleaned_line(
        "Publicado: 14 de enero de 2026, 05:01 | Actualizado: 14 de enero de 2026, 07:30"
    )
    assert cleaned.removed[0].rule == "published-line"
    assert cleaned.published == datetime(2026, 1, 14, 5, 1)


def test_publication_wins_over_update_and_every_date_line_goes():
    lines = [
        "Fecha: 31/02/2026",
        BODY,
        "Actualizado: 15 de enero de 2026, 10:00",
        "Publicado: 14 de enero de 2026, 05:01",
    ]
    cleaned = clean(lines, reference_time=NOW)
    assert cleaned.paragraphs == [BODY]
    assert [r.rule for r in cleaned.removed] == ["date-line", "published-line", "published-line"]
    assert (cleaned.published, cleaned.published_from) == (
        datetime(2026, 1, 14, 5, 1),
        "published-line",
    )
    only_update = clean(lines[:3], reference_time=NOW)
    assert only_update.published == datetime(2026, 1, 15, 10, 0)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("24 de agosto, 2026 - 23h23", datetime(2026, 8, 24, 23, 23)),
        ("24 Ago, 2026 06:28 p. m.", datetime(2026, 8, 24, 18, 28)),
        ("14 Dic, 2019 12:19 a. m.", datetime(2019, 12, 14, 0, 19)),
        ("Sáb, 07/11/2020 - 19:16", datetime(2020, 11, 7, 19, 16)),
    ],
)
def test_stamps_as_news_sites_print_them(line, expected):
    cleaned = clean([line, BODY], reference_time=NOW)
    assert (cleaned.published, cleaned.paragraphs) == (expected, [BODY])


@pytest.mark.parametrize(
    "line",
    [
        "Publicado el 12 de enero, el informe fue criticado por la oposición.",
        "Publicado el libro en 2003, el autor se retiró de la vida pública.",
        "Actualizado el protocolo, los hospitales podrán atender más pacientes.",
        "Fechas del torneo: 12 y 13 de enero en el estadio municipal.",
        "Date night ideas for the holidays",
        "Hoy",
        "Ayer",
        "1 de mayo",
        "El 12 de enero de 2026 quedará en la memoria de los vecinos.",
        "12 de enero de 2026 comienza la feria",
        "12 de enero de 2026 Villa",
        "Updated guidance was published by the ministry on Tuesday.",
    ],
)
def test_sentences_about_dates_are_kept(line):
    cleaned = clean([line], reference_time=NOW)
    assert cleaned.paragraphs == [line]
    assert cleaned.published is None


@pytest.mark.parametrize(
    ("line", "shares"),
    [
        ("Progresista 30%Conservador 70%", {"Progresista": 30.0, "Conservador": 70.0}),
        (
            "Izquierda 20% Centro 50% Derecha 30%",
            {"Izquierda": 20.0, "Centro": 50.0, "Derecha": 30.0},
        ),
        ("Left 40% Center 20% Right 40%", {"Left": 40.0, "Center": 20.0, "Right": 40.0}),
        ("Izquierda: 33,5 % | Derecha: 66,5 %", {"Izquierda": 33.5, "Derecha": 66.5}),
        ("Cobertura: Izquierda 10% Centro 60% Derecha 30%", None),
    ],
)
def test_coverage_meter_is_read_exactly(line, shares):
    cleaned = cleaned_line(line)
    assert cleaned.removed[0].rule == "coverage-meter"
    expected = shares or {"Izquierda": 10.0, "Centro": 60.0, "Derecha": 30.0}
    assert cleaned.meter == CoverageMeter(shares=expected, raw=line)


@pytest.mark.parametrize(
    "line",
    [
        "Inflación 3% Desempleo 7%",
        "Izquierda 20% Derecha 15%",
        "La izquierda obtuvo un 20% y la derecha un 80% de los votos.",
        "Sí 52% No 48%",
    ],
)
def test_percentages_that_are_not_a_meter_are_kept(line):
    assert read_meter(line) is None
    assert clean([line]).paragraphs == [line]


def test_first_meter_is_the_article_meter():
    cleaned = clean(["Izquierda 20% Centro 50% Derecha 30%", BODY, "Left 40% Center 20% Right 40%"])
    assert cleaned.meter.shares == {"Izquierda": 20.0, "Centro": 50.0, "Derecha": 30.0}
    assert [r.rule for r in cleaned.removed] == ["coverage-meter", "coverage-meter"]


APA = (
    "Morales, E. (2026, Enero 9). Título del artículo. El Heraldo Austral. "
    "https://elheraldoaustral.example/x"
)


def test_apa_reference_is_read_exactly():
    cleaned = cleaned_line(APA)
    assert cleaned.removed[0].rule == "apa-reference"
    assert cleaned.references == [
        Reference(
            raw=APA,
            outlet="El Heraldo Austral",
            author="Morales, E.",
            published=datetime(2026, 1, 9),
            title="Título del artículo",
            url="https://elheraldoaustral.example/x",
        )
    ]


@pytest.mark.parametrize(
    ("line", "author", "title", "outlet", "url"),
    [
        (
            "Título del artículo. (2026, enero 9). El Heraldo Austral. "
            "https://elheraldoaustral.example/x",
            None,
            "Título del artículo",
            "El Heraldo Austral",
            "https://elheraldoaustral.example/x",
        ),
        (
            "Morales, E. (2026, 9 de enero). Título del artículo. El Heraldo Austral.",
            "Morales, E.",
            "Título del artículo",
            "El Heraldo Austral",
            None,
        ),
        (
            "El Heraldo Austral. (2026, enero 9). Título del artículo. "
            "https://www.elheraldoaustral.example/x",
            None,
            "Título del artículo",
            "El Heraldo Austral",
            "https://www.elheraldoaustral.example/x",
        ),
        (
            "Smith, J., & Pérez, A. (2026, January 9). Aranceles de EE. UU. golpean al "
            "cobre. The Coastal Post. Retrieved from https://coastalpost.example/a",
            "Smith, J., & Pérez, A.",
            "Aranceles de EE. UU. golpean al cobre",
            "The Coastal Post",
            "https://coastalpost.example/a",
        ),
    ],
)
def test_apa_reference_tolerates_missing_parts(line, author, title, outlet, url):
    reference = read_apa(line)
    assert (reference.author, reference.title, reference.outlet, reference.url) == (
        author,
        title,
        outlet,
        url,
    )
    assert reference.published == datetime(2026, 1, 9)


def test_apa_reference_with_only_a_year_gives_no_date():
    reference = read_apa("Morales, E. (2026). Título del artículo. El Heraldo Austral.")
    assert reference.published is None
    assert reference.outlet == "El Heraldo Austral"


@pytest.mark.parametrize(
    "line",
    [
        "Chile creció un 2% (2025). El dato sorprendió a los analistas.",
        "Según la CEPAL (2025), la región crecerá poco.",
        "El informe (2026). Nada más.",
    ],
)
def test_prose_with_a_year_in_brackets_is_not_a_reference(line):
    cleaned = clean([line])
    assert cleaned.paragraphs == [line]
    assert cleaned.references == []


def test_reference_date_is_the_fallback_publication_time():
    cleaned = clean([BODY, APA])
    assert (cleaned.published, cleaned.published_from) == (datetime(2026, 1, 9), "apa-reference")
    stamped = clean(["Publicado: 14 de enero de 2026, 05:01", BODY, APA])
    assert stamped.published_from == "published-line"


def test_no_date_anywhere_leaves_the_article_undated():
    cleaned = clean([BODY, "Foto: EFE"])
    assert (cleaned.published, cleaned.published_from) == (None, None)


ARTICLE = [
    "El Congreso aprobó la ley con 178 votos a favor y 150 en contra.",
    "La oposición anunció que recurrirá la norma ante el Tribunal Constitucional.",
    "El Gobierno confía en que entre en vigor antes del verano.",
]


def test_reference_trailer_goes_with_its_entries():
    lines = [
        *ARTICLE,
        "Fuentes:",
        "- Ministerio de Trabajo, nota de prensa sobre la ley.",
        "",
        "- Diario de Sesiones del Congreso. https://congreso.example/sesion/12",
        APA,
    ]
    cleaned = clean(lines)
    assert cleaned.paragraphs == ARTICLE
    assert [(r.rule, r.position) for r in cleaned.removed] == [
        ("reference-trailer", 3),
        ("reference-trailer", 4),
        ("reference-trailer", 6),
        ("reference-trailer", 7),
    ]
    assert [r.url for r in cleaned.references] == [
        None,
        "https://congreso.example/sesion/12",
        "https://elheraldoaustral.example/x",
    ]
    assert cleaned.references[0].raw == "- Ministerio de Trabajo, nota de prensa sobre la ley."
    assert cleaned.references[2].outlet == "El Heraldo Austral"
    assert (cleaned.published, cleaned.published_from) == (datetime(2026, 1, 9), "apa-reference")


@pytest.mark.parametrize("heading", ["Referencias", "Bibliografía", "References", "Sources"])
def test_trailer_headings(heading):
    cleaned = clean([*ARTICLE, heading, "https://example.org/informe"])
    assert cleaned.paragraphs == ARTICLE
    assert {r.rule for r in cleaned.removed} == {"reference-trailer"}


def test_trailer_ends_at_the_first_line_that_is_not_an_entry():
    closing = "Los sindicatos celebrarán una asamblea el jueves para decidir nuevas medidas."
    cleaned = clean([*ARTICLE, "Fuentes", "- Ministerio de Trabajo.", closing])
    assert cleaned.paragraphs == [*ARTICLE, closing]


def test_heading_without_entries_or_early_in_the_article_is_kept():
    early = clean(["Fuentes", "- Ministerio de Trabajo.", *ARTICLE, "Fin de la nota."])
    assert early.paragraphs[0] == "Fuentes"
    alone = clean([*ARTICLE, "Fuentes", "Fuentes cercanas al Gobierno lo confirmaron."])
    assert alone.paragraphs[-2:] == ["Fuentes", "Fuentes cercanas al Gobierno lo confirmaron."]


def test_accented_letter_in_a_character_class_is_refused():
    with pytest.raises(ValueError):
        loosen("suscr[ií]bete")


# A walk-through with invented pages: lines that stayed in the text.
@pytest.mark.parametrize(
    ("line", "author", "published", "dated_as"),
    [
        # an update stamp dates the article only when nothing else does (here nothing does)
        (
            "Por Daniel Ortuño | Actualizado 12/08/2026 09:14",
            "Daniel Ortuño",
            datetime(2026, 8, 12, 9, 14),
            "published-line",
        ),
        (
            "Por Daniel Ortuño | El Eco de Valdelora | Publicado: 11 de agosto de 2026, 20:05",
            "Daniel Ortuño",
            datetime(2026, 8, 11, 20, 5),
            "published-line",
        ),
        (
            "Por Marta Quiroga - 11 de agosto de 2026",
            "Marta Quiroga",
            datetime(2026, 8, 11),
            "date-line",
        ),
    ],
)
def test_a_byline_with_a_stamp_gives_the_author_and_the_date(line, author, published, dated_as):
    cleaned = cleaned_line(line, reference_time=datetime(2026, 8, 14))
    assert [(r.rule, r.text) for r in cleaned.removed] == [("byline", line)]
    assert (cleaned.author, cleaned.published, cleaned.published_from) == (
        author,
        published,
        dated_as,
    )


# The cheap test before the stamped byline's pattern: every line the pattern matches
# passes it (a digit, or a published word's start in any case the pattern accepts), and
# prose with neither is turned away before the pattern runs.
@pytest.mark.parametrize(
    "line",
    [
        "Por Daniel Ortuño | Actualizado 12/08/2026 09:14",
        "Por Marta Quiroga - 11 de agosto de 2026",
        "Por Marta Quiroga | Publicado hace dos horas",
        "POR MARTA QUIROGA | PUBLICADO AYER",
        "By Ellen Marsh | Posted yesterday",
        "By Ellen Marsh | Last modified today",
        "Por Marta Quiroga | Fecha de publicación: ayer",
        "Por Marta Quiroga | Última modificación: hoy",
        "Por Marta Quiroga | ACTUAL\u0130ZADO AYER",  # the dotted capital i matches "i"
        "Por Marta Quiroga | Publ\u0131cado ayer",  # and so does the dotless small one
    ],
)
def test_every_stamped_byline_passes_the_cheap_test(line):
    assert _STAMPED_BYLINE.match(line) is not None
    assert _may_be_stamped(line)


@pytest.mark.parametrize(
    "line",
    [
        "Por la tarde, el alcalde de Valdelora - según fuentes del puerto - cerró el muelle.",
        "Ana Gil | El Eco de Valdelora",
        "La cofradía, reunida en asamblea, votó contra el traslado de la lonja.",
    ],
)
def test_prose_without_digit_or_published_word_skips_the_stamp_pattern(line):
    assert not _may_be_stamped(line)
    assert _STAMPED_BYLINE.match(line) is None


def test_an_update_after_the_byline_yields_to_a_publication_stamp():
    lines = [
        "Por Daniel Ortuño | Actualizado 12/08/2026 09:14",
        BODY,
        "Publicado: 11 de agosto de 2026, 20:05",
    ]
    cleaned = clean(lines, reference_time=datetime(2026, 8, 14))
    assert cleaned.published == datetime(2026, 8, 11, 20, 5)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("14 Ago. (Andina)", None),  # no year: no date
        ("14 Ago. (Andina) -", None),
        ("VALDELORA, 14 ago. (EFE)", None),
        ("MADRID, 14 de agosto de 2026 (Europa Press)", datetime(2026, 8, 14)),
    ],
)
def test_a_dateline_alone_on_its_line_leaves(line, published):
    cleaned = cleaned_line(line, reference_time=datetime(2026, 8, 14))
    assert [(r.rule, r.text) for r in cleaned.removed] == [("dateline", line)]
    assert cleaned.published == published


@pytest.mark.parametrize(
    "line",
    [
        "LA VOZ CIUDADANA | Martes, 12 de agosto de 2026",
        "EL ECO DE VALDELORA · 12/08/2026",
        "Martes, 12 de agosto de 2026 | DIARIO DE SELENE",
    ],
)
def test_a_masthead_with_the_day_leaves_and_dates_nothing(line):
    cleaned = cleaned_line(line, reference_time=datetime(2026, 8, 14))
    assert [(r.rule, r.text) for r in cleaned.removed] == [("masthead", line)]
    assert cleaned.published is None


def test_the_stated_outlet_with_the_day_is_a_masthead():
    line = "El Eco de Valdelora | Martes, 12 de agosto de 2026"
    cleaned = clean([line, BODY], outlet="El Eco de Valdelora")
    assert [(r.rule, r.text) for r in cleaned.removed] == [("masthead", line)]


@pytest.mark.parametrize(
    "line",
    [
        # prose with a name, a day and a bracket or a separator
        "Los vecinos recuerdan el 14 de agosto (EFE lo contó entonces).",
        "Por Ana Gil, que firmó el 12 de agosto de 2026 su última crónica.",
        "La Voz del Puerto - 12 de agosto de 2026, un aniversario que nadie olvidó.",
    ],
)
def test_prose_with_a_name_beside_a_day_stays(line):
    cleaned = clean([line], reference_time=datetime(2026, 8, 14))
    assert cleaned.paragraphs == [line]
    assert cleaned.author is None
