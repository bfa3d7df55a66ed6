"""A number and nothing else written alike (CLAIMS.md item 131): two sentences joined only
by a figure both give, parsed in one language, that share no word, not even what the
figure counts ("causó 47 heridos" / "indemnizará a 47 viajeros"), confirm nothing, not even
alike; one word more in common (the sum's noun, its currency) stays alike. Every text here
is fictional; the negative cases were shown alike before this rule."""

from __future__ import annotations

import pytest

from conftest import claim_of
from contrasta.crosscheck import ALIKE
from contrasta.crosscheck.align import confirmation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "El descarrilamiento de Valdomar causó 47 heridos según la sentencia leída ayer.",
            "La compañía Transvaldo indemnizará a 47 viajeros del autocar.",
        ),
        (
            "La riada de Robledal obligó a desalojar a 120 vecinos.",
            "El nuevo polideportivo tendrá capacidad para 120 espectadores sentados.",
        ),
    ],
)
def test_a_number_alone_confirms_nothing(a: str, b: str) -> None:
    assert confirmation(claim_of(a, "a"), claim_of(b, "b")) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "El Ayuntamiento de Robledal ha dado 12 millones de euros a las peñas.",
            "La oposición denuncia que 12 millones de euros han ido a parar a las peñas de"
            " Valdomar.",
        ),
        (
            "Solo se necesitan 250 dólares para iniciar el sistema.",
            "Luego se deben invertir mínimo 250 dólares para obtener ganancias.",
        ),
    ],
)
def test_a_figure_with_a_word_in_common_stays_alike(a: str, b: str) -> None:
    assert confirmation(claim_of(a, "a"), claim_of(b, "b")) == ALIKE
