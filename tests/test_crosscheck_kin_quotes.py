"""A relative named through the speaker is not the speaker, and an office both quotes name
is not one statement (service RULES 31, reading RULES 69, CLAIMS.md item 119). On a real
run a president's wife's words ("..., dijo", after a sentence praising "su esposo, el
presidente X") were given to the president, and the title "el presidente de la
República" both their quotes held joined them as one quote: shown confirmed. Fictional
texts."""

from __future__ import annotations

from conftest import claim_of
from contrasta.crosscheck import ALIKE, CORROBORATED
from contrasta.crosscheck.align import confirmation
from contrasta.reading.quotes import find_quotes


def speakers(text: str) -> dict[str, str | None]:
    return {text[q.start : q.start + 20]: q.speaker for q in find_quotes(text, "es")}


WIFE = (
    "Lucía Serrano de Ferrer destacó la fuerza de las mujeres de la comarca.\n"
    "En su mensaje, la presidenta de la Fundación Arco reconoció la labor de su esposo, el "
    "alcalde Tomás Ferrer Vidal, en favor de las familias del valle.\n"
    'Me siento muy orgullosa de que mi esposo trabaje todos los días por nuestro pueblo", '
    "dijo.\n"
)


def test_a_relative_in_apposition_is_not_who_speaks_next():
    """A dropped subject after "reconoció la labor de su esposo, el alcalde X" is not X:
    the name stands in apposition to a kin noun the sentence's subject possesses, so it
    names her relative. The speaker is looked for further back."""
    (speaker,) = speakers(WIFE).values()
    assert speaker != "Tomás Ferrer Vidal"
    assert speaker == "Lucía Serrano de Ferrer"


def test_a_name_not_in_apposition_to_kin_still_speaks_next():
    """Without the kin noun, the mayor the sentence names is who the dropped subject after
    it refers to."""
    text = WIFE.replace("la labor de su esposo, el alcalde", "la labor del equipo del alcalde")
    text = text.replace(
        "En su mensaje, la presidenta de la Fundación Arco reconoció",
        "El alcalde Tomás Ferrer Vidal reconoció",
    )
    (speaker,) = speakers(text).values()
    assert speaker == "Tomás Ferrer Vidal"


def test_two_people_quoted_naming_one_office_is_no_statement_confirmed():
    """Two people's words that share only an office with its complement ("el presidente
    de la República") are two statements, not one quote two outlets confirm."""
    wife = claim_of(
        '"Me siento muy orgullosa de que mi esposo, el presidente de la República, trabaje'
        ' por nuestros derechos", dijo Lucía Serrano.',
        "a",
    )
    president = claim_of(
        '"Algunos pensarán que es un error, pero el presidente de la República quiere'
        ' agradecer a la empresa Tavora su trabajo", afirmó Tomás Ferrer.',
        "b",
    )
    assert confirmation(wife, president) is None


def test_one_statement_quoted_by_two_outlets_still_confirms():
    """One person's words quoted by two outlets, office included, still confirm."""
    one = claim_of(
        '"El presidente de la República no firmará el acuerdo con Tavora este año",'
        " dijo Tomás Ferrer.",
        "a",
    )
    other = claim_of(
        'Tomás Ferrer aseguró: "El presidente de la República no firmará el acuerdo con'
        ' Tavora este año".',
        "b",
    )
    assert confirmation(one, other) == CORROBORATED


def test_two_named_sources_sharing_a_phrase_are_shown_alike():
    """Two people's words sharing a phrase ("para llegar a la Luna"), not one quote, are
    two statements: shown alike, not confirmed. The same words of one person confirm."""
    official = claim_of(
        '"Lo hacemos para llegar a la Luna lo antes posible, por la ciencia y por los'
        ' astronautas", dijo Marta Gil.',
        "a",
    )
    head = claim_of(
        '"El programa nació para llegar a la Luna con la industria privada", dijo Pablo'
        " Ruiz en el comunicado.",
        "b",
    )
    same = claim_of(
        '"El programa nació para llegar a la Luna con la industria privada", afirmó Marta Gil.',
        "c",
    )
    assert confirmation(official, head) == ALIKE
    assert confirmation(official, same) == CORROBORATED
