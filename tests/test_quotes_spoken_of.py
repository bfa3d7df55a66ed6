"""Names a sentence speaks of or to, never who speaks (bench/real/README.md item 151).

"Sobre X, refirió «…»", "Y sobre X, anuncia que «…»" and "A X, le dijo «…»" open on whom
the words are about or addressed to: the speaker is the one speaking before (the code
before, cab7676, gave X). A sentence opening on a verb and "sobre" ("Habla sobre el
portero X") has a dropped subject of its own: X is spoken of, and a dropped subject after
it goes on with the subject named before it. Invented texts (fictional people, places and
bodies).
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes

FIXED = [
    # a roast: the host speaks of and to each guest in turn
    (
        "La humorista Marta Ruiz subió al escenario con los demás invitados, entre ellos "
        'Héctor Vidal, a lo que Vidal contestó: "No".\n\n'
        'Cuando llegó el turno de Marta Ruiz, comentó. "Todos sabemos que él está aquí por '
        'casualidad", pero agregó "Tu talento es muy real". Sobre Pablo Gómez, refirió '
        '"Eres muy guapo y nunca has leído un libro". A Luisa dijo "Luisa, ¿ya contaste la '
        'historia de tu viaje?".\n\n'
        'A Tomás Vidal, le dijo "Pensamos que tu carrera había terminado", "Hoy eres tan '
        'irrelevante como siempre", finalizó.',
        ["Marta Ruiz"] * 6,
    ),
    # a newspaper's analysis: the players it writes about do not speak
    (
        'El periódico Die Zeitung sentencia: "la selección tiene mucho que discutir".\n\n'
        "Habla sobre el portero Pedro Luna y el delantero Javier Rey.\n\n"
        'Y sobre Rey, anuncia que este "será suplente en el próximo partido".',
        ["Die Zeitung", "Die Zeitung"],
    ),
]

KEPT = [
    # a name after a comma that closes an opening phrase is still the subject
    (
        'Al terminar la reunión con los vecinos, Ana Berrio dijo: "volveremos en mayo".',
        ["Ana Berrio"],
    ),
    # a verb of saying with "que": the name in the clause is spoken of, as before
    (
        "El alcalde Luis Ferro visitó el puerto.\n\nDetalló que Ana Berrio firmará el acuerdo. "
        '"Es una buena noticia", añadió.',
        ["Luis Ferro"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), FIXED + KEPT)
def test_the_name_spoken_of_or_to_is_not_the_speaker(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == speakers
