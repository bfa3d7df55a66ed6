"""A possessed role or relative is someone else: "«…», dijo su abogado".

The press quotes a person through someone of theirs — their lawyer, spokesperson, mother,
circle — by a possessive before the noun ("su abogado", "según su hermana", "his
solicitor said"). The speaker is that other person, not the one "su" refers to: named
in apposition ("declaró su portavoz, Marta Quiroga") they are that name; unnamed they are
the description as written, which the rules of bench/real/README.md item 76
(`quotes._unresolved_description`) show or withhold like any other description. A
possessed medium, saying or document ("en su perfil", "según sus palabras", "en su
opinión") is still the possessor's. Invented mini-articles; the POSSESSED cases were given
to the person named before by the code before this rule.
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes

LEAD = "Julián Porcel fue citado a declarar el lunes en el juzgado de Teruel.\n\n"
LEAD_F = "Nuria Cebrián fue citada a declarar el lunes en el juzgado de Teruel.\n\n"


def speakers(text: str, lang: str = "es") -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text, lang)]


# Unnamed: never the person "su" refers to. A singular description is withheld (item
# 76); a spokesperson and a plural are kept as written.
POSSESSED = [
    (LEAD + "«Es inocente y lo vamos a demostrar en el juicio», dijo su abogado.", [None]),
    (LEAD + "«Está tranquilo y confía en la justicia», declaró su portavoz.", ["su portavoz"]),
    (LEAD + "«Está tranquilo y confía en la justicia», dijo su agente.", [None]),
    (LEAD + "Su portavoz dijo que «está tranquilo y confía en la justicia».", ["su portavoz"]),
    (LEAD + "Su madre explicó que «está tranquilo y confía en la justicia».", [None]),
    (LEAD + "Su hermana contó que «está tranquilo y confía en la justicia».", [None]),
    (LEAD + "Su entorno asegura que «está tranquilo y confía en la justicia».", [None]),
    (LEAD + "Su mujer aseguró que «está tranquilo y confía en la justicia».", [None]),
    (LEAD + "Su equipo aseguró que «está tranquilo y confía en la justicia».", ["su equipo"]),
    (LEAD_F + "Su abogada dijo que «está tranquila y confía en la justicia».", [None]),
    (
        'Ross Kettley was charged on Monday.\n\nHis solicitor said that "he is innocent and '
        'will prove it in court".',
        ["solicitor"],
    ),
]

# Already right before the rule, kept: a name in apposition is the speaker; a possessed
# kin or circle after the quote or after "según" is no one shown; a plural as written; a
# title that fits one person named before is that person.
KEPT = [
    (
        LEAD + "«Está tranquilo y confía en la justicia», declaró su portavoz, Marta Quiroga.",
        ["Marta Quiroga"],
    ),
    (
        LEAD + "Su abogado, Andrés Lafuente, dijo que «no hay ninguna prueba contra él».",
        ["Andrés Lafuente"],
    ),
    (LEAD + "Según su hermana, «se encuentra estable y de buen humor».", [None]),
    (LEAD + "«Está muy afectado por todo lo ocurrido», afirmó su entorno.", [None]),
    (LEAD + "«Estaba agotado tras el largo viaje», explicó su madre.", [None]),
    (LEAD + "Sus abogados dijeron que «no hay ninguna prueba contra él».", ["sus abogados"]),
    # the one person named before whom the title fits
    (
        "Julián Porcel fue detenido el lunes en Teruel. Lo defiende el abogado Andrés "
        "Lafuente.\n\n«Es inocente y lo vamos a demostrar en el juicio», dijo su abogado.",
        ["Andrés Lafuente"],
    ),
]

# A possessed medium, saying or opinion: the possessor's own words.
OWN = [
    (LEAD + "«Estoy tranquilo y confío en la justicia», escribió en su perfil.", ["Julián Porcel"]),
    (LEAD + "En su opinión, «todo se aclarará pronto en el juzgado».", ["Julián Porcel"]),
    (
        LEAD + "«Estoy tranquilo y confío en la justicia», afirmó a su llegada al juzgado.",
        ["Julián Porcel"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED + KEPT + OWN)
def test_possessed_role(text: str, expected: list[str | None]) -> None:
    lang = "en" if text.startswith("Ross") else "es"
    assert speakers(text, lang) == expected
