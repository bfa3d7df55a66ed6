"""A group is shown confirmed only when two origins' claims name one act or share what
outweighs the frames (`align.confirms`); otherwise each outlet's claim is single-source.
Fictional texts; the expected outcomes were written before the first run."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from conftest import claim_of, story_article
from contrasta.crosscheck import CORROBORATED, crosscheck
from contrasta.crosscheck.align import anchored, confirms, telling
from contrasta.crosscheck.claims import extract_claims


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # One act, worded apart: one predicate family.
        (
            "Los bomberos rescataron a catorce excursionistas en la sierra de Corvera.",
            "Catorce excursionistas fueron rescatados por los bomberos en la sierra de Corvera.",
            True,
        ),
        # The same telling figure outweighs two verbs.
        (
            "La cooperativa de Orbaneja vendió 3.418 toneladas de almendra este año.",
            "Las 3.418 toneladas de almendra de Orbaneja salieron de la cooperativa.",
            True,
        ),
        # One person's statement and what she is: the story's name, two facts.
        (
            "La consejera Alba Ferrero anunció que el embalse de Orbaneja abrirá las compuertas.",
            "Alba Ferrero es la consejera responsable del embalse de Orbaneja.",
            False,
        ),
        # A plan and a fact of the place given as background.
        (
            "El ayuntamiento de Monteluz cerrará el mercado de abastos por obras.",
            "El mercado de abastos de Monteluz es el más antiguo de la comarca.",
            False,
        ),
        # Two things said to begin: a verb of beginning is no act of its own...
        (
            "La plataforma comenzó a avisar a sus clientes del robo de datos de Fenalia.",
            "Los problemas de Fenalia comenzaron cuando un técnico contó el robo de datos.",
            False,
        ),
        # ...unless one actor begins one thing.
        (
            "La alcaldesa Irene Solano comenzó su mandato con una visita al hospital.",
            "Irene Solano, la nueva alcaldesa, comenzó el mandato con una visita al hospital.",
            True,
        ),
        # Medals won at past Games and medals a committee says the next will bring.
        (
            "En Lisboa, Veradia obtuvo siete medallas de remo.",
            "El comité olímpico asegura que en Oslo Veradia ganará más medallas de remo.",
            False,
        ),
        # A shared code names a thing, as a name does: two facts of one epidemic story.
        (
            "Una banda vende en Orbaneja una falsa vacuna contra la GRIPE-27.",
            "La doctora Nuria Pla dijo que la vacuna contra la GRIPE-27 frenará los contagios.",
            False,
        ),
        # The base of two rates is no telling figure shared: two regions' incidences.
        (
            "Sanidad notificó 590 muertes y una incidencia de 138 por cada 100.000 habitantes.",
            "Monteluz roza el umbral de 250 casos por cada 100.000 habitantes.",
            False,
        ),
        # Masked figures are no telling figure shared.
        (
            "La finca se vendió en *NUMBER* por *NUMBER* mil *NUMBER* millones de pesos.",
            "El avalúo de la finca equivale a *NUMBER* millones *NUMBER* mil pesos.",
            False,
        ),
        # A share is no telling figure shared: the same percentage of two things.
        (
            "La consejería redujo la movilidad en Corvera al 50% durante la alerta.",
            "En Corvera la ocupación de camas del hospital llegó al 50% este lunes.",
            False,
        ),
        # One share of one thing still confirms through the frames: one act.
        (
            "El paro de Orbaneja bajó al 12,5% en marzo.",
            "La tasa de paro de Orbaneja bajó al 12,5% en marzo, según el instituto.",
            True,
        ),
        # A general state told alike, in the present, naming no one: no claim to confirm.
        (
            "El pico del ave se curva hacia el pecho con los años.",
            "Con los años el pico, largo y fino, se curva hacia el pecho y ya no le sirve.",
            False,
        ),
        # The same present with a name is a particular fact.
        (
            "La alcaldesa Irene Solano visita el hospital de Monteluz.",
            "Irene Solano visita el hospital de Monteluz con el consejero de Sanidad.",
            True,
        ),
        # One verb of two acts: a named lawyer hands a petition, the prosecution is asked
        # to hand over its evidence; no name of either is in the other (CLAIMS.md 103).
        (
            "El abogado Tomás Ribera entregó al juez una petición para aplazar el juicio.",
            "Los fiscales del caso entregaron al tribunal las pruebas contra el acusado.",
            False,
        ),
        # A name the other sentence states as a place: one fire told two ways.
        (
            "El mercado de Valdecruz se incendió por una chispa de pirotecnia.",
            "Un incendio consumió un puesto de pirotecnia del mercado de Valdecruz.",
            True,
        ),
        # Two common nouns may name one thing twice, a kind and its members.
        (
            "Las ovejas de la granja murieron en el incendio de la nave.",
            "Los animales de la granja murieron en el incendio de la nave.",
            True,
        ),
        # A model's size names a thing: two features of one laptop.
        (
            "El nuevo portátil Corvex de 16 pulgadas tiene un teclado rediseñado.",
            "La batería del portátil Corvex de 16 pulgadas dura diez horas.",
            False,
        ),
        # An article of a law names a thing: two texts citing it for two things.
        (
            "La ley de Orbaneja cede pisos vacíos a familias desahuciadas según el artículo 47.",
            "El artículo 47 de la Constitución ampara a los inquilinos, recordó la jueza Ibáñez.",
            False,
        ),
        # A telephone number names a line: two notices ending with it.
        (
            "Los vecinos de Corvera pueden pedir cita en el 925-240-0185 desde el lunes.",
            "El ayuntamiento de Corvera cerró la oficina del padrón; informa el 925-240-0185.",
            False,
        ),
    ],
)
def test_what_confirms_one_fact(a: str, b: str, expected: bool):
    assert confirms(claim_of(a, "a1"), claim_of(b, "b1")) is expected


@pytest.mark.parametrize(
    ("a", "b", "lang", "expected"),
    [
        # Two posts said to say things: saying is their only act in common (CLAIMS.md 99).
        (
            "Decenas de mensajes difundidos en redes aseguran que la consejería de Orbaneja "
            "“reconoce el cierre del puerto”.",
            "“Bastó con que el alcalde Rubén Sáez hablara para que la consejería callara”, "
            "asegura uno de los mensajes.",
            "es",
            False,
        ),
        # One quote said by one speaker in both: the quote anchors them.
        (
            "La consejera Alba Ferrero aseguró que “el puerto de Orbaneja cerrará en mayo por "
            "las obras”.",
            "“El puerto de Orbaneja cerrará en mayo por las obras”, aseguró Ferrero a los vecinos.",
            "es",
            True,
        ),
        # An act to be done again is another occurrence than the one told done.
        (
            "El Orbaneja volverá a jugar la final de copa en el estadio de Monteluz.",
            "El Orbaneja jugó la final de copa ante el Monteluz hace veinte años.",
            "es",
            False,
        ),
        # Whoever fits a description may vote: a rule, not who votes...
        (
            "Quienes tengan el carné de socio podrán votar en la asamblea del club de Orbaneja.",
            "De los socios del club de Orbaneja, trescientos votarán por correo en la asamblea.",
            "es",
            False,
        ),
        # ...while a free relative in the past names a particular group.
        (
            "Quienes se oponían al proyecto lograron frenar la votación en el pleno de Orbaneja.",
            "Los vecinos contrarios al proyecto lograron frenar la votación en Orbaneja.",
            "es",
            True,
        ),
        # English read by word shapes: a headline written as a list names no act...
        (
            "Laptop sale at Corvex from $700, earbuds, more - Gadget Daily",
            "Corvex earbuds dropped to an all-time low at just $139, and the charging case is "
            "down to $164.99.",
            "en",
            False,
        ),
        # ...unless one of its words is the other clause's verb (a title-case "Pulls").
        (
            "Valley Gazette Pulls The Harbour Cover Due To Mayor Ines Roldan's Campaign This "
            "letter from the editor is new.",
            "The Harbour cover with Mayor Ines Roldan has been pulled by the Valley Gazette.",
            "en",
            True,
        ),
    ],
)
def test_what_confirms_when_frames_read_little(a: str, b: str, lang: str, expected: bool):
    assert confirms(claim_of(a, "a1", lang), claim_of(b, "b1", lang)) is expected


def test_a_rate_keeps_its_figure_not_its_base():
    (claim,) = [claim_of("La incidencia llegó a 212 casos por cada 100.000 habitantes.", "a1")]
    assert [(n.value, n.unit) for n in claim.numbers] == [(212, "casos")]


def test_a_figure_that_names_a_thing_is_not_stated_but_a_count_is():
    claim = claim_of("Corvex vende 3.418 portátiles de 16 pulgadas en el 925-240-0185.", "a1")
    assert [n.value for n in claim.asserted().numbers] == [3418]


def test_an_iso_day_is_a_date_and_no_figures():
    """`figures._NAMING`'s telephone shape also fits an ISO day: read as a date first, its
    day and month are never figures, and the day still anchors the fact."""
    a = claim_of("El 2026-05-04 Corvex despidió a 300 empleados de su planta de Orbaneja.", "a1")
    b = claim_of("Corvex despidió el 2026-05-04 a 300 trabajadores de la planta de Orbaneja.", "b1")
    assert [n.value for n in a.numbers] == [300]
    assert [d.iso for d in a.dates] == ["2026-05-04"]
    assert confirms(a, b) is True


def test_no_group_is_shown_confirmed_without_a_confirming_pair():
    checked = crosscheck(
        [
            story_article(
                key,
                outlet,
                [lead, "Los vecinos del barrio de San Telmo siguieron la noticia con atención."],
                datetime(2026, 5, 4, 9),
            )
            for key, outlet, lead in (
                (
                    "a1",
                    "Diario del Valle",
                    "La consejera Alba Ferrero anunció que el embalse de Orbaneja abrirá sus "
                    "compuertas el jueves.",
                ),
                (
                    "b1",
                    "La Gaceta Fluvial",
                    "Alba Ferrero, consejera de Aguas, es la responsable del embalse de "
                    "Orbaneja desde hace años.",
                ),
            )
        ]
    )
    for group in checked.groups:
        if group.label == CORROBORATED:
            assert any(
                a.article_id != b.article_id and confirms(a, b)
                for a in group.claims
                for b in group.claims
            )
    lead = checked.group_of("a1", "abrirá sus compuertas")
    assert lead is not None and lead.label != CORROBORATED


def test_figures_alone_tie_no_two_clauses_of_two_languages():
    """Across languages the counted nouns cannot be compared word for word, so figures
    shared by chance (an obituary's grandchildren, a strike's demands) are no evidence
    unless a name is shared too (CLAIMS.md item 89), nor lift the score."""
    obituary = story_article(
        "a1",
        "Diario de Corvera",
        [
            "Rosalía Ubeda murió el martes en su casa de Corvera, donde dio clases de piano.",
            "Le sobreviven su esposo Anselmo, sus cinco hijos, 12 nietos y 11 bisnietos.",
            "El funeral se celebrará el viernes en la iglesia de San Telmo.",
        ],
        datetime(2026, 5, 4, 9),
    )
    strike = story_article(
        "b1",
        "Valley Courier",
        [
            "Jute workers at the Marlow mills began a hunger strike on Monday over unpaid wages.",
            "The strikers raised an 11-point charter of demands at 12 state mills across "
            "five districts.",
            "The labour ministry said talks with the union would resume next week.",
        ],
        datetime(2026, 5, 4, 9),
        lang="en",
    )
    dead, demands = (extract_claims(article)[1] for article in (obituary, strike))
    assert not telling(dead, demands) and not anchored(dead, demands)
    group = crosscheck([obituary, strike]).group_of("a1", "Le sobreviven")
    assert group is not None and len(group.article_ids) == 1
    named = claim_of("Le sobreviven a Anselmo Corvera sus 12 nietos y 11 bisnietos.", "a2")
    noted = extract_claims(
        story_article(
            "b2",
            "Valley Courier",
            ["Anselmo Corvera leaves 12 grandchildren and 11 great-grandchildren."],
            datetime(2026, 5, 4, 9),
            lang="en",
        )
    )[0]
    assert telling(named, noted)


def test_a_headline_in_the_present_is_no_general_state():
    """Headlines tell past events in the present and may name no one ("Ministra pide
    ..."): one confirms the lead that tells its act, as any other clause of one act."""
    article = replace(
        story_article("a1", "Diario del Valle", ["Los pozos llevan un año secos."], None),
        title="Ministra pide cerrar los pozos del valle",
    )
    (headline,) = [c for c in extract_claims(article) if c.headline]
    lead = claim_of("La ministra pidió el martes cerrar los pozos del valle.", "b1")
    assert not lead.headline
    assert confirms(headline, lead)
