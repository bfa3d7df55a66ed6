from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contrasta.dates import WEEKDAYS, DateMention, find_dates, parse_date

# A Wednesday, late morning: every relative expression below counts from here.
BASE = datetime(2026, 1, 14, 12, 0)


def at(day: int, hour: int = 0, minute: int = 0, month: int = 1, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spanish day-month-year, with weekday and time
        ("14 de enero de 2026", at(14)),
        ("14 de enero del 2026", at(14)),
        ("14 de enero de 2026, 05:01", at(14, 5, 1)),
        ("14 de enero de 2026 05:01:33", datetime(2026, 1, 14, 5, 1, 33)),
        ("miércoles, 14 de enero de 2026", at(14)),
        ("miércoles 14 de enero de 2026 - 05:01 h", at(14, 5, 1)),
        ("14 de enero de 2026, 14h", at(14, 14)),
        ("14 de enero de 2026 | 18.40 h", at(14, 18, 40)),
        ("1º de enero de 2026", at(1)),
        # No year: the latest past occurrence, unless that is most of a year back
        ("14 de enero", at(14)),
        ("20 de diciembre", at(20, month=12, year=2025)),
        ("3 de febrero", at(3, month=2)),
        ("este domingo 11 de enero", at(11)),
        ("el martes 13 de enero", at(13)),
        ("el pasado 3 de febrero", at(3, month=2, year=2025)),
        ("el pasado 3 de enero", at(3)),
        ("el próximo 3 de enero", at(3, year=2027)),
        # Numeric
        ("14/01/2026", at(14)),
        ("14-01-2026", at(14)),
        ("14.01.2026", at(14)),
        ("14/01/26", at(14)),
        ("14/01/2026 - 05:01", at(14, 5, 1)),
        ("2026-01-14", at(14)),
        ("2026/01/14", at(14)),
        ("2026-01-14T05:01:00+01:00", at(14, 5, 1)),
        ("2026-01-14T05:01:00.123Z", at(14, 5, 1)),
        ("2026-01-14T23:30:00-05:00", at(14, 23, 30)),
        ("2026-01-14 05:01", at(14, 5, 1)),
        # Abbreviated and month-first
        ("14 ene 2026", at(14)),
        ("14-ene-2026", at(14)),
        ("14 ene. 2026", at(14)),
        ("ene. 14, 2026", at(14)),
        ("enero 14, 2026", at(14)),
        ("3 de setiembre de 2025", at(3, month=9, year=2025)),
        ("3 de septiembre de 2025", at(3, month=9, year=2025)),
        ("3 sept. 2025", at(3, month=9, year=2025)),
        # Month and year only
        ("en junio de 2024", at(1, month=6, year=2024)),
        ("junio 2024", at(1, month=6, year=2024)),
        ("2025", at(1, year=2025)),
        ("en 2025", at(1, year=2025)),
        # Ago
        ("hace 2 horas", at(14, 10)),
        ("hace tres días", at(11)),
        ("hace una semana", at(7)),
        ("hace veinte minutos", at(14, 11, 40)),
        ("hace treinta y cinco minutos", at(14, 11, 25)),
        ("hace media hora", at(14, 11, 30)),
        ("hace unos 10 minutos", at(14, 11, 50)),
        ("hace un mes", at(1, month=12, year=2025)),
        ("hace dos años", at(1, year=2024)),
        # Relative days
        ("ayer", at(13)),
        ("anteayer", at(12)),
        ("antes de ayer", at(12)),
        ("hoy", at(14)),
        ("mañana", at(15)),
        ("esta mañana", at(14)),
        ("pasado mañana", at(16)),
        ("ayer a las 18:40", at(13, 18, 40)),
        ("hoy, 05:01", at(14, 5, 1)),
        # Weekdays
        ("el martes pasado", at(13)),
        ("el pasado martes", at(13)),
        ("el miércoles pasado", at(7)),
        ("el próximo lunes", at(19)),
        ("el lunes que viene", at(19)),
        ("el próximo miércoles", at(21)),
        ("este domingo", at(11)),
        ("este viernes", at(16)),
        ("este miércoles", at(14)),
        ("el jueves", at(15)),
        # Periods
        ("el año pasado", at(1, year=2025)),
        ("este mes", at(1)),
        ("el mes pasado", at(1, month=12, year=2025)),
        # Times alone: today at that time
        ("14h", at(14, 14)),
        ("05:01 h", at(14, 5, 1)),
        ("a las 18:40", at(14, 18, 40)),
        ("5:01 p.m.", at(14, 17, 1)),
        # Case and accents
        ("MIÉRCOLES, 14 DE ENERO DE 2026", at(14)),
        ("Miercoles 14 de Enero de 2026", at(14)),
        ("Sábado 10 de enero", at(10)),
        ("sabado 10 de ENERO", at(10)),
        ("Hace Tres Días", at(11)),
        # English
        ("January 14, 2026", at(14)),
        ("Jan 14, 2026", at(14)),
        ("Jan. 14th, 2026", at(14)),
        ("14 January 2026", at(14)),
        ("Wednesday, January 14, 2026 5:01 PM", at(14, 17, 1)),
        ("2 hours ago", at(14, 10)),
        ("a week ago", at(7)),
        ("yesterday", at(13)),
        ("last Tuesday", at(13)),
        # Leading labels
        ("Publicado: 14 de enero de 2026, 05:01", at(14, 5, 1)),
        ("Publicado el miércoles, 14 de enero de 2026", at(14)),
        ("Actualizado el 14/01/2026 a las 07:00", at(14, 7)),
        ("Actualizado: 14.01.2026 - 07:00 CET", at(14, 7)),
        ("Actualizado hace 2 horas", at(14, 10)),
        ("Fecha: 2026-01-14", at(14)),
        ("date 2026-01-14T05:01:00+01:00", at(14, 5, 1)),
        ("Updated: Jan. 14, 2026 5:01 p.m. EST", at(14, 17, 1)),
        ("  14 de enero de 2026.  ", at(14)),
    ],
)
def test_parse_date(text: str, expected: datetime) -> None:
    assert parse_date(text, BASE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31 de febrero de 2026",
        "29 de febrero de 2026",
        "32 de enero de 2026",
        "14/13/2026",
        "00/01/2026",
        "2026-01-14T25:00",
        "year 3026",
        "año 3026",
        "1066",
        "14 de enero de 1850",
        "14 de enero de 2030",
        "en 2035",
        "hace 300 años",
        "80°",
        "80",
        "15%",
        "",
        "   ",
        "Lee también",
        "Temperaturas de 80° en Sevilla",
        "El Gobierno aprobó ayer la reforma de las pensiones.",
        "Las rebajas de enero arrancan con fuerza",
        "hoy en día",
        "junio",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text, BASE) is None


def test_prose_never_reaches_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    dateparser = pytest.importorskip("dateparser")

    def fail(*args, **kwargs):
        raise AssertionError(f"dateparser called with {args!r}")

    monkeypatch.setattr(dateparser, "parse", fail)
    for text in [
        "Las rebajas de enero arrancan con fuerza",
        "El lunes 80° en el termómetro",
        "Madrid, capital de España",
        "Compartir en Facebook",
        "El paro baja un 3,2% en enero",
    ]:
        assert parse_date(text, BASE) is None


def test_fallback_covers_what_rules_do_not() -> None:
    assert parse_date("14 de enero, 2026", BASE) == at(14)
    value = parse_date("hace 1 año y 2 meses", BASE)
    assert value is not None
    assert (value.year, value.month) == (2024, 11)


def test_default_base_is_now() -> None:
    assert parse_date("hoy") == datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)


def test_aware_base_is_read_as_wall_clock() -> None:
    base = BASE.replace(tzinfo=timezone(timedelta(hours=1)))
    assert parse_date("hace 2 horas", base) == at(14, 10)


def mention(sentence: str, snippet: str, value: datetime, precision: str) -> DateMention:
    start = sentence.index(snippet)
    return DateMention(snippet, start, start + len(snippet), value, precision)


SENTENCES = [
    (
        "El Gobierno aprobó este martes, 13 de enero, un decreto que entrará en vigor "
        "el 1 de febrero de 2026.",
        [
            ("este martes, 13 de enero", at(13), "day"),
            ("1 de febrero de 2026", at(1, month=2), "day"),
        ],
    ),
    (
        "Las inundaciones de junio de 2024 dejaron 40 muertos; en 2025 la cifra bajó a 12.",
        [
            ("junio de 2024", at(1, month=6, year=2024), "month"),
            ("2025", at(1, year=2025), "year"),
        ],
    ),
    (
        "Ayer a las 18:40 h el ministro recordó que hace tres días el termómetro marcó 40°.",
        [
            ("Ayer a las 18:40 h", at(13, 18, 40), "day"),
            ("hace tres días", at(11), "day"),
        ],
    ),
    (
        "Publicado el miércoles 14 de enero de 2026 - 05:01 h. El presidente habló el "
        "martes pasado y volverá a comparecer el próximo lunes.",
        [
            ("miércoles 14 de enero de 2026 - 05:01 h", at(14, 5, 1), "day"),
            ("martes pasado", at(13), "day"),
            ("próximo lunes", at(19), "day"),
        ],
    ),
    (
        "Según el informe publicado el 3 de setiembre de 2025, las ventas del año pasado "
        "cayeron y este mes vuelven a subir.",
        [
            ("3 de setiembre de 2025", at(3, month=9, year=2025), "day"),
            ("año pasado", at(1, year=2025), "year"),
            ("este mes", at(1), "month"),
        ],
    ),
    (
        "The summit, held on January 14, 2026, ended 2 hours ago; talks resume 14/01/2026.",
        [
            ("January 14, 2026", at(14), "day"),
            ("2 hours ago", at(14, 10), "day"),
            ("14/01/2026", at(14), "day"),
        ],
    ),
    # Prose that looks like dates and is not.
    (
        "Esta mañana, como todos los martes, más de 2000 personas cruzaron el puente.",
        [("Esta mañana", at(14), "day")],
    ),
    ("Hoy en día, la versión 1.2.10 ocupa 80 MB y el agua del mar llega a 3 mar.", []),
    ("El 31 de febrero de 2026 no existe y el año 3026 tampoco.", []),
    ("Madrid acogió en mayo 5 conciertos con 40° a la sombra.", []),
    (
        "Ocurrió el pasado mes de marzo.",
        [("pasado mes de marzo", at(1, month=3, year=2025), "month")],
    ),
    (
        "El 14 de enero, 2000 personas se manifestaron.",
        [("14 de enero", at(14), "day")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_find_dates(sentence: str, expected: list[tuple[str, datetime, str]]) -> None:
    assert find_dates(sentence, BASE) == [mention(sentence, *e) for e in expected]


def test_find_dates_positions_point_into_original_text() -> None:
    sentence = "İSTANBUL (EFE). El acuerdo se firmó el MIÉRCOLES 7 DE ENERO de 2026."
    (found,) = find_dates(sentence, BASE)
    assert sentence[found.start : found.end] == found.text == "MIÉRCOLES 7 DE ENERO de 2026"
    assert found.value == at(7)


def test_english_month_first_without_year_is_found_in_prose():
    base = datetime(2026, 2, 4, 16, 0)
    found = find_dates("The quake struck on Tuesday, February 3, officials said.", base)
    assert [(m.text, m.value) for m in found] == [("Tuesday, February 3", datetime(2026, 2, 3))]
    assert find_dates("Lo intentó en mayo 5 veces.", base) == []


# Without a publication date, whatever hangs on it stays unresolved, with the precision it
# would have had; dates written in full still resolve.
UNDATED = [
    ("Llegó este domingo a la capital.", [("este domingo", None, "day")]),
    ("La cumbre se celebró ayer a las 18:40 h en Lisboa.", [("ayer a las 18:40 h", None, "day")]),
    ("El acuerdo se firmará el 23 de diciembre.", [("23 de diciembre", None, "day")]),
    ("El incendio empezó hace tres días.", [("hace tres días", None, "day")]),
    ("La planta cerró hace dos meses.", [("hace dos meses", None, "month")]),
    ("Las ventas del año pasado cayeron.", [("año pasado", None, "year")]),
    ("Este mes se abrirá el plazo.", [("Este mes", None, "month")]),
    ("El contrato se firmó el 14/01/26.", [("14/01/26", None, "day")]),
    (
        "La ley votada en 2024 rige desde el 1 de febrero de 2026, y en septiembre de 2025 no.",
        [
            ("2024", datetime(2024, 1, 1), "year"),
            ("1 de febrero de 2026", datetime(2026, 2, 1), "day"),
            ("septiembre de 2025", datetime(2025, 9, 1), "month"),
        ],
    ),
    ("El 31 de febrero no existe ni con fecha ni sin ella.", []),
    ("El año 3026 queda muy lejos.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), UNDATED)
def test_without_a_base_nothing_is_resolved_from_the_clock(
    sentence: str, expected: list[tuple[str, datetime | None, str]]
) -> None:
    assert find_dates(sentence, None) == [mention(sentence, *e) for e in expected]


# BASE is a Wednesday: the tense of the nearest verb says which Sunday or Monday is meant.
TENSED = [
    ("Llegó este domingo a la capital.", at(11)),
    ("Este domingo, miles de personas salieron a la calle.", at(11)),
    ("El presidente se reunirá el domingo con los alcaldes.", at(18)),
    ("El domingo se celebrará la final de copa.", at(18)),
    ("El lunes votaron la reforma.", at(12)),
    ("El lunes va a votar la reforma.", at(19)),
    ("La reforma se ha aprobado este lunes.", at(12)),
    ("La cumbre está prevista para el viernes.", at(16)),
    # The day of publication itself, unless "pasado" or "próximo" says another week.
    ("El ministro llegó este miércoles a Roma.", at(14)),
    ("Lo informaron el miércoles las autoridades.", at(14)),
    ("El ministro se reunirá el miércoles con los sindicatos.", at(14)),
    ("El ministro se reunirá el próximo miércoles con los sindicatos.", at(21)),
    ("El ministro llegó el pasado miércoles a Roma.", at(7)),
    # A written qualifier wins over the verb.
    ("Dijo que el próximo lunes firmará el acuerdo que anunció el pasado viernes.", at(19)),
    # Present tense decides nothing: the nearer day.
    ("El presidente viaja el lunes a Roma.", at(12)),
    ("El presidente viaja el viernes a Roma.", at(16)),
    # A day and month without year: back or ahead by the verb.
    ("El acuerdo se firmó el 5 de marzo en Lisboa.", at(5, month=3, year=2025)),
    ("El acuerdo se firmará el 20 de diciembre en Lisboa.", at(20, month=12)),
    ("The rally will take place on Sunday.", at(18)),
    ("The rally took place on Sunday.", at(11)),
]


@pytest.mark.parametrize(("sentence", "expected"), TENSED)
def test_the_tense_decides_the_direction(sentence: str, expected: datetime) -> None:
    (found, *_) = find_dates(sentence, BASE)
    assert found.value == expected


def test_without_tense_a_yearless_day_is_the_last_one_unless_most_of_a_year_back() -> None:
    assert find_dates("Firma: 5 de marzo.", BASE)[0].value == at(5, month=3)
    assert find_dates("Firma: 20 de diciembre.", BASE)[0].value == at(20, month=12, year=2025)


def test_the_last_year_of_a_poll_is_no_calendar_year() -> None:
    assert find_dates("Ganó todas las elecciones del último año.", BASE) == []
    assert [m.iso for m in find_dates("Ganó las elecciones del año pasado.", BASE)] == ["2025"]


@pytest.mark.parametrize(
    ("sentence", "iso", "shown"),
    [
        ("Ocurrió en 2024.", "2024", "2024"),
        ("Ocurrió en septiembre de 2025.", "2025-09", "septiembre de 2025"),
        ("Ocurrió el 3 de septiembre de 2025 a las 10:15.", "2025-09-03", "2025-09-03"),
        ("Ocurrió este domingo.", None, "este domingo (sin fecha de referencia)"),
    ],
)
def test_a_date_is_shown_at_its_precision(sentence: str, iso: str | None, shown: str) -> None:
    (found,) = find_dates(sentence, None)
    assert (found.iso, found.shown) == (iso, shown)


# Forms of running text, with BASE a Wednesday in January 2026.
RUNNING_TEXT = [
    (
        "Las funciones serán el 15 y 22 de diciembre, y del 4 al 6 de marzo de 2026.",
        [
            ("15", at(15, month=12), "day"),
            ("22 de diciembre", at(22, month=12), "day"),
            ("4", at(4, month=3), "day"),
            ("6 de marzo de 2026", at(6, month=3), "day"),
        ],
    ),
    (
        "Nacieron entre 1950 y 1990, y votaron en 2019 y 2023.",
        [
            ("1950", at(1, year=1950), "year"),
            ("1990", at(1, year=1990), "year"),
            ("2019", at(1, year=2019), "year"),
            ("2023", at(1, year=2023), "year"),
        ],
    ),
    ("Acudieron entre 2000 y 3000 personas.", []),
    (
        "El presupuesto para 2026, aprobado ayer, crece.",
        [("2026", at(1), "year"), ("ayer", at(13), "day")],
    ),
    ("Caben para 2000 personas.", []),
    # A decade has no year to place it at, in English as in Spanish ("los 2000").
    ("He lived there in the early 2000s and left in 2003.", [("2003", at(1, year=2003), "year")]),
    ("Los 2000 fueron otra época.", []),
    # A year after an article or a demonstrative; a year's plan may lie years ahead.
    (
        "Creció desde el 2019 y en todo el 2025 dobló su tamaño.",
        [("2019", at(1, year=2019), "year"), ("2025", at(1, year=2025), "year")],
    ),
    ("Las cuentas de este 2026 se votan hoy.", [("2026", at(1), "year"), ("hoy", at(14), "day")]),
    ("Recibirá los fondos hasta 2030 según el plan.", [("2030", at(1, year=2030), "year")]),
    ("El 2150 será otro siglo.", []),
    # After "de" or "para", a singular word cannot be what a figure counts.
    ("El calendario para 2026 muestra diez eclipses.", [("2026", at(1), "year")]),
    ("Las cuentas de 2025 supondrán un alivio.", [("2025", at(1, year=2025), "year")]),
    ("Sube de 2000 km a 2500 km.", []),
    ("Un premio de 2000 € para el ganador.", []),
    # Figures after a preposition that otherwise announces a year.
    ("El bono llega hasta 2000 euros por hogar.", []),
    ("El fondo creció el 2000 % en un mes.", []),
    # "este año 2025" says its year; "este mismo año" is this year.
    ("Se votará en este año 2026, dijo.", [("2026", at(1), "year")]),
    ("Lo aprobarán este mismo año.", [("este mismo año", at(1), "year")]),
    # Months in a list: each is a month, running forward; a year after the last is all's.
    (
        "Se vendieron más entre marzo y mayo.",
        [
            ("entre marzo", at(1, month=3, year=2025), "month"),
            ("mayo", at(1, month=5, year=2025), "month"),
        ],
    ),
    (
        "Se venderá en noviembre, diciembre y enero.",
        [
            ("en noviembre", at(1, month=11), "month"),
            ("diciembre", at(1, month=12), "month"),
            ("enero", at(1, year=2027), "month"),
        ],
    ),
    (
        "Llovió en julio y agosto de 2020.",
        [
            ("en julio", at(1, month=7, year=2020), "month"),
            ("agosto de 2020", at(1, month=8, year=2020), "month"),
        ],
    ),
    # a month before a year counted from now is that month of it (RULES 62)
    (
        "Llovió en julio y agosto del año pasado.",
        [("agosto del año pasado", at(1, month=8, year=2025), "month")],
    ),
    (
        "Los contagios subieron en diciembre.",
        [("en diciembre", at(1, month=12, year=2025), "month")],
    ),
    ("La obra se inaugurará en marzo.", [("en marzo", at(1, month=3), "month")]),
    (
        "A finales de octubre se firmó el acuerdo.",
        [("A finales de octubre", at(1, month=10, year=2025), "month")],
    ),
    ("Volverá a abrir en abril próximo.", [("en abril próximo", at(1, month=4), "month")]),
    (
        "El choque fue en diciembre del año 2005.",
        [("diciembre del año 2005", at(1, month=12, year=2005), "month")],
    ),
    # Its year is written after it: "este año" says it, a month alone would guess it.
    ("Se publicó en enero de este año.", [("enero de este año", at(1), "month")]),
    ("Lo anunció esta tarde el alcalde.", [("esta tarde", at(14), "day")]),
    # Names, not dates.
    ("Va a ser un mañana complicado para todos.", []),
    ("A día de hoy son doscientos los inscritos.", []),
    ("Lo publicó el diario El Mundo Today en su web.", []),
    ("La procesión del Domingo de Ramos salió puntual.", []),
    # A day's name is not the nearest such weekday: Black Friday is a date of its own.
    ("The Black Friday deals at Tinmart went live.", []),
    ("Il black Friday incombe sui negozi di Valdora.", []),
    ("Shoppers queued for Cyber Monday and Good Friday sales.", []),
    ("The Tinmart sale opened on Friday.", [("Friday", at(9), "day")]),
    ("SANTO DOMINGO, RD.- El ministro habló este viernes.", [("este viernes", at(9), "day")]),
]


@pytest.mark.parametrize(("sentence", "expected"), RUNNING_TEXT)
def test_forms_of_running_text(sentence: str, expected: list[tuple[str, datetime, str]]) -> None:
    assert find_dates(sentence, BASE) == [mention(sentence, *e) for e in expected]


def test_a_month_alone_needs_a_base_for_its_year() -> None:
    (found,) = find_dates("Los contagios subieron en diciembre.", None)
    assert (found.text, found.value, found.precision) == ("en diciembre", None, "month")


PAST_VERBS = ("llegó", "votaron", "se celebró", "ha comparecido", "anunciaba")
FUTURE_VERBS = ("llegará", "votarán", "se celebrará", "va a comparecer", "está prevista")
DAY_WORDS = (
    "el lunes",
    "este martes",
    "el miércoles",
    "este jueves",
    "el viernes",
    "el sábado",
    "este domingo",
)


@given(
    base=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 12, 31)),
    day=st.sampled_from(DAY_WORDS),
    verb=st.sampled_from(PAST_VERBS + FUTURE_VERBS),
    verb_first=st.booleans(),
)
def test_a_weekday_is_within_a_week_on_the_side_the_verb_points_to(
    base: datetime, day: str, verb: str, verb_first: bool
) -> None:
    sentence = (
        f"La reunión {verb} {day}." if verb_first else f"{day.capitalize()} {verb} la reunión."
    )
    (found,) = find_dates(sentence, base)
    (unknown,) = find_dates(sentence, None)
    assert unknown.value is None and unknown.precision == found.precision == "day"
    days = (found.value.date() - base.date()).days
    written = unicodedata.normalize("NFD", found.text.split()[-1]).encode("ascii", "ignore")
    assert WEEKDAYS[written.decode().lower()] == found.value.weekday()
    assert (-6 <= days <= 0) if verb in PAST_VERBS else (0 <= days <= 6)


def test_every_cue_word_is_a_whole_word_the_gate_can_see():
    """`_matches` skips a line holding no digit and none of `_CUE_WORDS`: that is safe only
    while each cue word is one whole lower-case word as the gate splits a line."""
    from contrasta import dates

    for word in dates._CUE_WORDS:
        assert dates._WORD.findall(word) == [word] and word == word.lower(), word


@pytest.mark.parametrize(
    "sentence",
    [
        "El 2025-12-29 la cooperativa de Orbaneja cerró su planta.",
        "La cooperativa cerró su planta desde el 2025-12-29.",
        "Según el acta de 2025-12-29, la planta cerró.",
    ],
)
def test_an_iso_day_after_a_preposition_is_the_day_not_its_year(sentence: str) -> None:
    assert [(m.text, m.iso) for m in find_dates(sentence, BASE)] == [("2025-12-29", "2025-12-29")]


def test_a_season_of_two_years_keeps_its_years() -> None:
    found = find_dates("La temporada de 2019-2020 fue la peor del club.", BASE)
    assert [m.iso for m in found] == ["2019", "2020"]


def test_a_weekday_with_no_tense_is_the_coming_one_only_up_to_two_days_ahead() -> None:
    """With no verb near enough to lean on, a weekday is the nearer one, but news reports
    more than it announces: the coming one only up to two days ahead (reading RULES 88),
    else the one just gone (a Friday's theft told in a report of a Tuesday)."""
    tuesday = datetime(2026, 3, 24, 9)
    far = (
        "El robo en la quesería de Robledal tuvo lugar hacia las nueve menos cuarto de la "
        "noche del viernes."
    )
    near = "Concierto de la banda de Robledal el jueves en la plaza."
    (friday,) = find_dates(far, tuesday)
    (thursday,) = find_dates(near, tuesday)
    assert (friday.text, friday.value.date()) == ("viernes", datetime(2026, 3, 20).date())
    assert (thursday.text, thursday.value.date()) == ("jueves", datetime(2026, 3, 26).date())


@pytest.mark.parametrize(
    ("stamp", "why"),
    [
        # no day at all comes first, whatever the year
        ("3026-13-45", "no such day in the calendar"),
        ("1850-02-30", "no such day in the calendar"),
        ("31 de febrero de 2026", "no such day in the calendar"),
        ("3026-01-12", "dated more than a year after the article was read"),
        ("1850-01-12", "dated before 1900"),
        ("el día de la marmota", "not a day that exists, or not one contrasta reads"),
    ],
)
def test_a_refused_stamp_says_the_first_reason_that_applies(stamp, why):
    from contrasta import i18n
    from contrasta.dates import why_refused

    with i18n.using("en"):
        assert why_refused(stamp, datetime(2026, 8, 14)) == why
