""" "Confirmed" asks more than a figure, a code or two people's words (service RULES 28,
CLAIMS.md item 117). A figure both clauses state, where the parsed clauses share neither
the act nor the actor, says a number recurs in a story: the pair is shown alike (not
checked). So are actors one only through a code both write ("COVID-19") and one thing
said by two named people, each a statement of its own. A claim reported impersonally ("se
asegura que") is framed as a fact-check frames it and confirms nothing. Fictional texts.
"""

from __future__ import annotations

from conftest import claim_of
from contrasta.crosscheck import ALIKE, CORROBORATED
from contrasta.crosscheck.align import confirmation
from contrasta.crosscheck.said import two_sources


def test_a_figure_alone_shows_two_clauses_alike():
    """One amount in a scheme's terms and in a remark on what it means to a bank: other
    acts, other actors, the figure their only tie. Shown alike, not confirmed; the same
    amount with one act of both (each invests it) stays confirmed."""
    terms = claim_of("Los socios deben invertir un mínimo de 250 euros para entrar al plan.", "a")
    remark = claim_of(
        "La Banca Orvalle mueve miles de millones, así que 250 euros no le significan nada.", "b"
    )
    same_act = claim_of("Cada socio invirtió 250 euros para entrar al plan de Valdemora.", "c")
    assert confirmation(terms, remark) == ALIKE
    assert confirmation(terms, same_act) == CORROBORATED


def test_a_figure_with_the_verb_written_in_the_other_sentence_confirms():
    """An estimate told as what a body estimated ("estimó que ... tendrá") and as "un
    estudio estima": the clauses' verbs differ, but one's verb is written in the other's
    sentence, so the figure confirms one estimate."""
    told = claim_of(
        "El Instituto Sanitario de Tormalia estimó que la comarca tendrá 3.400 contagios.", "a"
    )
    headline = claim_of("Un estudio estima 3.400 contagios en la comarca de Tormalia.", "b")
    assert confirmation(told, headline) == CORROBORATED


def test_a_code_both_write_is_no_shared_actor():
    """A maker and "many vaccines" both written with the disease's code are not one actor:
    one verb of theirs is not confirmed (shown alike until "muchas de las vacunas ...", a
    class in the present, stopped confirming anything: CLAIMS.md item 128). One maker
    named on both sides still confirms."""
    maker = claim_of(
        "Laboratorios Ferrán, otra empresa que trabaja en una vacuna COVID-19, también se está"
        " aventurando a utilizar esta técnica de ARNm.",
        "a",
    )
    many = claim_of(
        "Muchas de las vacunas COVID-19 que hay en el mercado utilizan el ARNm para instruir"
        " a las células.",
        "b",
    )
    same_maker = claim_of("Laboratorios Ferrán utiliza el ARNm en su vacuna.", "c")
    assert confirmation(maker, many) is None
    assert confirmation(maker, same_maker) == CORROBORATED


def test_one_thing_said_by_two_named_people_is_two_statements():
    """A singer and a club's president each deny one plagiarism: two statements, shown
    alike. The president named as the source on both sides is one statement, confirmed."""
    singer = claim_of(
        "En una entrevista, el cantante Ramiro Vidal explicó que el himno del club no es"
        " un plagio.",
        "a",
    )
    president = claim_of(
        "Tomás Lezcano, presidente del club, negó que el himno fuera un plagio.", "b"
    )
    same = claim_of(
        "El presidente Tomás Lezcano negó ante la prensa que el himno fuera un plagio.", "c"
    )
    assert two_sources(singer, president)
    assert not two_sources(same, president)
    assert confirmation(singer, president) == ALIKE
    assert confirmation(same, president) == CORROBORATED


def test_a_claim_reported_impersonally_confirms_nothing():
    """ "Se asegura que" gives the claim to no one named, as "se dijo que" does: a
    fact-check's framing of what it weighs, confirming nothing, while the claim asserted
    confirms."""
    other = claim_of("40.000 turistas visitaron la feria de Valdemora en julio.", "b")
    framed = claim_of(
        "En el mensaje se asegura que 40.000 turistas visitaron la feria de Valdemora en julio.",
        "a",
    )
    asserted = claim_of("Unos 40.000 turistas visitaron en julio la feria de Valdemora.", "c")
    assert confirmation(asserted, other) == CORROBORATED
    assert confirmation(framed, other) is None
