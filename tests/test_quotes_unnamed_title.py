"""A dropped subject after a sentence whose subject is a title no one in the text holds
(bench/real/README.md item 151).

"La directora de la revista … afirma que …. «…», ha afirmado" is hers, whom the text names
nowhere: a dropped subject does not go back past her to a man named sentences before (the
code before, cab7676, gave the cartoonist). A person of the title's gender named before
may hold it, so only one of the other gender is refused, and no one is shown. A title the
text gives to someone is resolved as before. Invented texts (fictional people, places and
bodies).
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes

FIXED = [
    (
        "El dibujante Julián Ortega publicó una caricatura del cantante en una revista "
        "musical.\n\nTres fans entraron en su domicilio y dispararon contra él.\n\n"
        "La directora de la revista que publicó el dibujo afirma que el ataque no conseguirá "
        'su objetivo. "No nos arrodillaremos", ha afirmado en un comunicado. "Seguiremos '
        'publicando", ha añadido.',
        [None, None],
    ),
]

KEPT = [
    (
        "El alcalde de Norvella, Tomás Ariza, inauguró el mercado.\n\nEl alcalde afirma que "
        'la obra costó menos de lo previsto. "Hemos ahorrado dos millones", ha afirmado.',
        ["Tomás Ariza"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), FIXED + KEPT)
def test_an_unnamed_title_is_not_a_person_of_the_other_gender(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == speakers
