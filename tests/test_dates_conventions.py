"""Press conventions for dates, on invented sentences whose expected values were decided
before the code was run on them (bench/real/README.md, item 26: first run on the code of
RULES 38).

Each case is a sentence, its publication date, and what an expression in it must resolve
to: an ISO string at the written precision, or None when nothing resolved may lie there
(a number that is no date, or a date whose anchor the text does not give: a wrong day is
worse than none).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from contrasta.dates import find_dates

PUB = datetime(2021, 3, 10, 9)  # a Wednesday

CASES = [
    # A year alone is a date wherever it is not a figure, a number in a name or a code.
    ("La empresa cerró 2020 con pérdidas récord.", PUB, "2020", "2020"),
    ("La última vez que alguien vio al ave era 1987.", PUB, "1987", "1987"),
    ("La carta de 1948 de la poeta salió a subasta.", PUB, "1948", "1948"),
    ("Los ingresos crecieron un 4 % con respecto a 2019.", PUB, "2019", "2019"),
    ("Le damos la bienvenida a 2021 con optimismo.", PUB, "2021", "2021"),
    ("Las cuentas del ejercicio 2019 siguen sin aprobarse.", PUB, "2019", "2019"),
    ("Desde la tribuna, 2020 fue un año para olvidar.", PUB, "2020", "2020"),
    ("La temporada 2019-2020 terminó sin público.", PUB, "2019", "2019"),
    ("La temporada 2019-2020 terminó sin público.", PUB, "2020", "2020"),
    ("El Gobierno presentó la Agenda 2030 en el Congreso.", PUB, "2030", None),
    ("El Plan 2030 prevé nuevas líneas de tren.", PUB, "2030", None),
    ("La Ley 1955 de 2019 aprobó el plan.", PUB, "1955", None),
    ("La Ley 1955 de 2019 aprobó el plan.", PUB, "2019", "2019"),
    ("Conducía un Peugeot 2008 de color gris.", PUB, "2008", None),
    ("La cifra llegó a unas 2000 al final del día.", PUB, "2000", None),
    ("El pico mide 1950 m de altura.", PUB, "1950", None),
    ("Invocó el artículo 1902 del Código Civil.", PUB, "1902", None),
    ("Los Juegos de Tokio 2020 se aplazaron un año.", PUB, "2020", None),
    ("La década de 1960 cambió la Iglesia.", PUB, "1960", None),
    ("Cuesta 2000 euros al mes.", PUB, "2000", None),
    # A span counted from a stated year or day counts from it, not from the publication;
    # with no stated date before it, it stays unresolved.
    ("Se casaron en 2010. Dos años más tarde se divorciaron.", PUB, "Dos años más tarde", "2012"),
    ("La fábrica abrió en 1998 y cinco años después cerró.", PUB, "cinco años después", "2003"),
    (
        "En 2020 llegaron 34.000 personas, el doble que el año anterior.",
        PUB,
        "el año anterior",
        "2019",
    ),
    (
        "El tratado se firmó en 1994; al año siguiente entró en vigor.",
        PUB,
        "al año siguiente",
        "1995",
    ),
    (
        "La cadena emitió la entrevista el 9 de marzo de 2018. Un día después, el Kremlin la "
        "publicó entera.",
        datetime(2018, 3, 11),
        "Un día después",
        "2018-03-10",
    ),
    (
        "El juicio empezó el 3 de mayo de 2019 y al día siguiente declaró la víctima.",
        PUB,
        "al día siguiente",
        "2019-05-04",
    ),
    (
        "Publicó su primer disco en marzo de 2005 y, dos meses después, el segundo.",
        PUB,
        "dos meses después",
        "2005-05",
    ),
    ("Tres años más tarde volvió a su pueblo.", PUB, "Tres años más tarde", None),
    # Days and months without a year, before or after the publication.
    ("La reunión prevista para el próximo día 17 se aplazó.", PUB, "día 17", "2021-03-17"),
    ("El pasado día 3 la policía detuvo al sospechoso.", PUB, "día 3", "2021-03-03"),
    ("Un vídeo de agosto pasado mostraba al médico.", PUB, "agosto", "2020-08"),
    ("Como ya ocurrió el pasado agosto, el río se desbordó.", PUB, "agosto", "2020-08"),
    ("Las lluvias de los últimos días de febrero anegaron el valle.", PUB, "febrero", "2021-02"),
    ("El 12 de marzo se votará la ley.", PUB, "12 de marzo", "2021-03-12"),
    ("La final se jugará el 2 de enero.", PUB, "2 de enero", "2022-01-02"),
    ("Ocurrió el 28 de diciembre pasado.", PUB, "28 de diciembre", "2020-12-28"),
    # Days counted from a retold story's own date, not from the publication.
    ("En diciembre de 2020, la revista señaló que este año fue difícil.", PUB, "este año", None),
    ("Según relató en 2016, el domingo salió de casa y no volvió.", PUB, "el domingo", None),
    (
        "El 4 de julio de 2015, el alcalde contó que ayer había recibido amenazas.",
        PUB,
        "ayer",
        None,
    ),
    ("El 9 de marzo el Gobierno aprobó el decreto y hoy entra en vigor.", PUB, "hoy", "2021-03-10"),
    ("En 2019 el paro bajó y este año sube.", PUB, "este año", "2021"),
]


def resolved(text: str, base: datetime, words: str) -> list[str]:
    """The values of the mentions overlapping the first occurrence of `words`."""
    start = text.index(words)
    end = start + len(words)
    return [m.iso for m in find_dates(text, base) if m.iso and m.start < end and start < m.end]


@pytest.mark.parametrize(("text", "base", "words", "expected"), CASES)
def test_press_convention(text: str, base: datetime, words: str, expected: str | None) -> None:
    got = resolved(text, base, words)
    assert (expected in got) if expected else not got, got
