"""A clitic opening a sentence is never a speaker (bench/real/README.md item 151).

"(Radio Norte) - Se describe a sí misma como «…»" was given to "Se" (the code before,
cab7676), a capitalised clitic read as a lone name; the sentence's subject is dropped and
named only after the quote, so no one is shown. Invented texts.
"""

from __future__ import annotations

from contrasta.reading.quotes import find_quotes


def test_a_capitalised_clitic_is_no_name() -> None:
    text = (
        "Marta Gil rechaza el título que le dan en Norvella\n\n"
        '(Radio Norte) - Se describe a sí misma como "vecina del puerto y lectora de '
        'novelas". Es Marta Gil, la mujer del alcalde.'
    )
    assert [q.speaker for q in find_quotes(text, "es")] == [None]


def test_a_name_after_a_clitic_is_still_read() -> None:
    text = 'Se lo dijo Marta Gil a la prensa: "volveremos en mayo".'
    assert [q.speaker for q in find_quotes(text, "es")] == ["Marta Gil"]
