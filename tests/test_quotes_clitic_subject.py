"""A clitic opening a sentence is never a speaker (bench/real/README.md item 147).

"(Radio Norte) - Se define a sí misma como «…»" was given to "Se" (the code before,
cab7676), a capitalised clitic read as a lone name; the sentence's subject is dropped and
named only after the quote, so no one is shown. Invented texts.
"""

from __future__ import annotations

from contrasta.reading.quotes import find_quotes


def test_a_capitalised_clitic_is_no_name() -> None:
    text = (
        "Marta Gil no quiere ser llamada primera dama\n\n"
        '(Radio Norte) - Se define a sí misma como "mujer de palabra y de letras". Es '
        "Marta Gil, la esposa del alcalde."
    )
    assert [q.speaker for q in find_quotes(text, "es")] == [None]


def test_a_name_after_a_clitic_is_still_read() -> None:
    text = 'Se lo dijo Marta Gil a la prensa: "volveremos en mayo".'
    assert [q.speaker for q in find_quotes(text, "es")] == ["Marta Gil"]
