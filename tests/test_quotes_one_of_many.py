"""One of a group, unnamed, as the speaker: no one shown (bench/real/README.md item 151).

"uno de ellos dijo «…»", "uno de sus hijos le dice que …" and "«…», declaró uno de sus
defensores" give the words to someone the article does not name; the annotations write no
one. The code before (cab7676) took the first as a dropped subject and gave the words to
the last person named, and showed the last as written. A dropped subject right after goes
on with that unnamed one, not with a person named further back. A person named in
apposition ("Juan Pérez, uno de los abogados, dijo") is kept. Invented texts (fictional
people, places and bodies).
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes

FIXED = [
    (
        "El dibujante Tomás Ariza publicó una caricatura del cantante. Tres fans "
        "encapuchados entraron en su casa. Según su pareja, antes de huir uno de ellos dijo "
        '"vamos a ser felices".',
        [None],
    ),
    (
        "La abuela Rosa Lindo abrió la botella. Se puede escuchar cómo uno de sus hijos le "
        'dice que debe beberla "y morir feliz".',
        [None],
    ),
    (
        "Acompañada de sus abogados, la actriz Ana Berrio presentó dos cajas. "
        '"Vinimos a pedir justicia", declaró uno de sus defensores.',
        [None],
    ),
    (
        "El portero Carlos Ruiz no quiso hablar.\n\n"
        "Consultado por este diario, uno de los jugadores aseguró que no "
        '"hemos tenido contacto con el dueño".\n\n'
        "El club pagó una parte del premio en septiembre.\n\n"
        '"Estamos unidos y lo demostraremos en la cancha", añadió.',
        [None, None],
    ),
    # item 76's kept case (tests/test_quotes_unplaced.py until item 151)
    ("«Nadie nos avisó», contó uno de los vecinos del barrio.", [None]),
]

KEPT = [
    ('Juan Pérez, uno de los abogados, dijo: "Es un buen día".', ["Juan Pérez"]),
    # a complement, not the subject
    (
        "Fuentes de una de las eléctricas multadas explicaron que «la multa se recurrirá».",
        ["fuentes de una de las eléctricas multadas"],
    ),
    ('"Es un buen día", dijo un vecino.', ["vecino"]),
]


@pytest.mark.parametrize(("text", "speakers"), FIXED + KEPT)
def test_one_of_a_group_unnamed_is_no_one(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == speakers
