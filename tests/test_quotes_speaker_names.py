"""A speaker under the fullest form the article gives of that person, not another's
(bench/real/README.md item 106). Invented Spanish texts, fictional people and places."""

from __future__ import annotations

from contrasta.reading.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "es")]


# A son is written with his closing "Jr." every time; a name without it ("Varela",
# "Ramón Varela") is the father's when the text names the father too.
def test_a_surname_is_the_fathers_not_the_sons() -> None:
    text = (
        "El empresario Ramón Varela inauguró ayer la nueva planta de envases de Lindares.\n\n"
        "La obra costó tres años. En julio, Ramón Varela Jr., el hijo mayor del empresario, "
        "dejó la dirección de la filial.\n\n"
        "Tras la visita, Varela hizo un llamamiento: «Aquí trabajarán cuatrocientas personas "
        "antes del verano»."
    )
    assert speakers(text) == ["Ramón Varela"]


def test_a_son_named_alone_keeps_his_suffix() -> None:
    text = (
        "El piloto Ramón Varela Jr. ganó el domingo la carrera de Lindares.\n\n"
        "«Ha sido la mejor tarde de mi vida», dijo Varela al bajar del coche."
    )
    assert speakers(text) == ["Ramón Varela Jr."]


# A first name alone stands for the person of that first name the text names most, not
# for one named once in passing ("Sergio" of the Sergio Llanes it names three times).
def test_a_first_name_is_the_person_named_most() -> None:
    text = (
        "Cinco humoristas, entre ellos Sergio Llanes y Marta Ibor, subieron el jueves al "
        "escenario del teatro Arlanza, como antes hicieron Sergio Cuervo y otros.\n\n"
        "Sergio Llanes abrió la noche con bromas sobre sus compañeros. Después le tocó a "
        "Marta Ibor, que habló de su último disco.\n\n"
        "El público aplaudió cuando Sergio Llanes volvió al micrófono.\n\n"
        "Tras una pausa, Sergio comentó: «Esta gira es la última que hago con vosotros»."
    )
    assert speakers(text) == ["Sergio Llanes"]


def test_a_first_name_of_two_people_named_alike_is_no_one() -> None:
    text = (
        "Sergio Llanes y Sergio Cuervo presentaron el jueves su gira en el teatro Arlanza.\n\n"
        "Tras una pausa, Sergio comentó: «Esta gira es la última que hago con vosotros»."
    )
    assert speakers(text) != ["Sergio Llanes"] and speakers(text) != ["Sergio Cuervo"]


# A word the body writes alone before a longer name that opens with it is a name of its
# own (a firm before its product), not the longer name's first surname.
def test_a_firm_written_alone_before_its_product_is_the_firm() -> None:
    text = (
        "Una aplicación para quedar a correr divide a los vecinos de Lindares.\n\n"
        "Trotia nació hace dos años en un garaje. Trotia cobra una cuota al mes.\n\n"
        "Con Trotia Mapas, además, cualquiera puede ver las rutas de otros usuarios.\n\n"
        "La empresa Trotia se defiende en su web: «Nadie está obligado a compartir su "
        "recorrido»."
    )
    assert speakers(text) == ["Trotia"]
    assert speakers(text.replace("La empresa Trotia", "Trotia")) != ["Trotia Mapas"]


def test_a_first_surname_after_the_full_name_is_the_person() -> None:
    text = (
        "El senador Osorio Lindes presentó ayer su dimisión.\n\n"
        "Osorio explicó sus razones en rueda de prensa: «Me voy por mi familia»."
    )
    assert speakers(text) == ["Osorio Lindes"]
