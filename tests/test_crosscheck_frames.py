"""Claims read as fact frames, and what frames decide: which reports are one fact, and
which differences are conflicts. Fictional stories written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from conftest import story_article
from contrasta.crosscheck import (
    ALIKE,
    CONTRADICTED,
    CORROBORATED,
    SINGLE_SOURCE,
    Claim,
    _default_embedder,
    crosscheck,
    extract_claims,
)
from contrasta.crosscheck.align import align, anchored, clock_times, frames_agree, telling
from contrasta.crosscheck.figures import compatible
from contrasta.crosscheck.frames import (
    PLANNED,
    REPORTED,
    RULED_OUT,
    Frame,
    different_facts,
    one_act,
)
from contrasta.crosscheck.kin import kin_conflict
from contrasta.model import Article
from contrasta.reading.numbers import Style, find_numbers

# Each outlet its own background paragraph: shared paragraphs would make them copies.
FILLER = {
    "a": "Los comercios del centro cerraron antes de lo habitual y varias calles quedaron "
    "cortadas al tráfico durante buena parte de la mañana.",
    "b": "Las asociaciones vecinales pidieron más información sobre los planes para las "
    "próximas semanas y reclamaron una reunión con el alcalde.",
}


def article(key: str, outlet: str, lead: str, day: int | None = 10, lang: str = "es") -> Article:
    filler = FILLER.get(key[0], FILLER["a"])
    return story_article(
        key, outlet, [lead, filler], datetime(2026, 3, day, 9) if day else None, lang
    )


def two_outlets(lead_a: str, lead_b: str):
    """The cross-check of two outlets' articles, "a" and "b", whose leads are given."""
    return crosscheck([article("a", "Diario del Norte", lead_a), article("b", "La Gaceta", lead_b)])


def frame_of(text: str, lang: str = "es"):
    (claim, *_) = extract_claims(article("x", "Diario", text, lang=lang))
    return claim.frame


@pytest.mark.parametrize(
    ("sentence", "actor", "predicate", "modality", "negated"),
    [
        (
            "La ministra Lucía Ferrán se reunió el martes con los sindicatos en Valdoria.",
            "Lucía Ferrán",
            "reunir",
            REPORTED,
            False,
        ),
        (
            "La marcha fue convocada por el Colectivo Aguas Claras y recorrió el centro.",
            "Colectivo Aguas Claras",
            "convocar",
            REPORTED,
            False,
        ),
        (
            "El Gobierno descartó que vaya a celebrarse una nueva cumbre con Montrava.",
            None,
            "celebrar",
            RULED_OUT,
            False,
        ),
        (
            "El alcalde Ismael Roca no asistirá a la inauguración del puente el viernes.",
            "Ismael Roca",
            "asistir",
            RULED_OUT,
            False,
        ),
        (
            "La Junta de Valdoria abrirá el viernes un nuevo albergue para los evacuados.",
            "Junta de Valdoria",
            "abrir",
            PLANNED,
            False,
        ),
        (
            "Los bomberos no lograron contener las llamas durante la noche del sábado.",
            "bombero",
            "lograr",
            REPORTED,
            True,
        ),
    ],
)
def test_a_clause_is_read_as_a_frame(sentence, actor, predicate, modality, negated):
    frame = frame_of(sentence)
    assert frame.predicate == predicate
    assert frame.modality == modality
    assert frame.negated == negated
    if actor:
        assert actor in frame.actors
    else:
        assert not any(a[:1].isupper() for a in frame.actors)


def test_an_opening_infinitive_hung_on_the_sentence_before_is_not_the_predicate():
    # The parser hangs "Al seguir ..." on the headline before it, which makes the
    # infinitive head the clause as much as "comenzó", the verb that says the fact.
    claims = extract_claims(
        article(
            "x",
            "Diario",
            "¡Valdoria ya cuenta con nuevo gobernador! Al seguir sus costumbres, el nuevo "
            "gobernador de la región, Luis Mora, comenzó su acto de investidura con una misa "
            "en la catedral.",
        )
    )
    (claim,) = [c for c in claims if c.sentence.startswith("Al seguir")]
    assert claim.frame.predicate == "comenzar"
    assert "Luis Mora" in claim.frame.actors


def test_a_reported_statement_is_framed_by_what_was_said():
    frame = frame_of(
        "La ONG Ventana Abierta dijo que cuatro presos murieron en el motín del penal de Cabrales."
    )
    assert frame.predicate == "morir"
    assert "Cabrales" in " ".join(frame.places) or "Cabrales" in " ".join(frame.partners)


def test_a_figure_counts_what_its_predicate_says():
    died = extract_claims(
        article("a", "Diario", "Cuatro presos murieron en el motín del penal de Cabrales.")
    )[0]
    arrested = extract_claims(
        article("b", "Diario", "La policía detuvo a 87 personas tras el motín del penal.")
    )[0]
    assert [n.unit for n in died.numbers] == ["muertos"]
    assert [n.unit for n in arrested.numbers] == ["detenidos"]


def test_two_meetings_of_the_same_countries_are_different_facts():
    checked = two_outlets(
        "El presidente de Montrava, Aurelio Vidal, visitó el lunes al primer ministro "
        "de Valdoria, Tomás Ibarra, en Puerto Celeste.",
        "La canciller de Montrava, Elena Soto, se reunió con su homólogo de Valdoria, "
        "Rubén Lagos, en la ciudad de Altamar.",
    )
    group = checked.group_of("a", "visitó el lunes")
    assert group is not None and group.article_ids == ["a"]


def test_a_light_verb_says_its_fact_in_its_object():
    # The same two executives own something in one report and sign something in the other:
    # their names are shared, the fact is not.
    people = "la directora de Aurelia Textil, Marta Soler, y el gerente de la firma, Pablo Ruiz"
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                f"{people[0].upper()}{people[1:]}, ya cuentan con su par de botas artesanales "
                "del mercado de la calle Mayor, de Puerto Celeste.",
            ),
            article("b", "La Gaceta", f"Los convenios fueron firmados por {people}."),
        ]
    )
    group = checked.group_of("a", "ya cuentan con su par de botas")
    assert group is not None and group.article_ids == ["a"]


def test_a_light_verb_whose_object_the_other_report_names_is_one_fact():
    checked = two_outlets(
        "El Congreso dio luz verde el martes a la Ley de Aguas Limpias de Valdoria.",
        "El Congreso aprobó el martes la Ley de Aguas Limpias de Valdoria.",
    )
    group = checked.group_of("a", "dio luz verde")
    assert group is not None and group.label == CORROBORATED


def test_a_fact_ruled_out_earlier_and_reported_later_is_a_conflict_on_real_dates():
    ruled_out = (
        "El Gobierno de Valdoria descartó que vaya a celebrarse una nueva cumbre con "
        "Montrava antes del verano."
    )
    held = "El Gobierno de Valdoria celebró una nueva cumbre con Montrava en Puerto Celeste."
    checked = crosscheck(
        [article("a", "Diario del Norte", ruled_out, day=2), article("b", "La Gaceta", held)]
    )
    group = checked.group_of("b", "celebró una nueva cumbre")
    assert group.label == CONTRADICTED
    assert [c.kind for c in group.conflicts] == ["happened"]
    # Undated, the two take no part in each other: neither confirmed nor contradicted.
    undated = crosscheck(
        [article("a", "Diario del Norte", ruled_out, day=None), article("b", "La Gaceta", held)]
    )
    group = undated.group_of("b", "celebró una nueva cumbre")
    assert group.article_ids == ["b"]


def test_an_outlet_that_negates_a_fact_never_confirms_it():
    checked = two_outlets(
        "Los investigadores confirmaron que el incendio de la sierra de Peñalta fue intencionado.",
        "La Guardia Civil descartó este martes que el incendio de la sierra de Peñalta "
        "fuera intencionado.",
    )
    group = checked.group_of("a", "fue intencionado")
    assert group.label != CORROBORATED


def test_in_person_against_in_writing_is_a_conflict():
    checked = two_outlets(
        "El presidente Aurelio Vidal prometió durante su visita a Altamar una ayuda de "
        "40 millones de euros para la reconstrucción del puerto.",
        "El presidente Aurelio Vidal prometió en una carta una ayuda de 40 millones de "
        "euros para la reconstrucción del puerto de Altamar.",
    )
    group = checked.group_of("a", "prometió durante su visita")
    assert group.label == CONTRADICTED
    assert [c.kind for c in group.conflicts] == ["circumstance"]


def test_the_same_people_related_otherwise_is_a_conflict():
    checked = two_outlets(
        "La marcha fue encabezada por Tomás Ferrer, Rubén y Elías Ferrer -sobrinos de "
        "Tomás-, que recorrieron el centro de Altamar el sábado.",
        "Los hermanos Tomás, Rubén y Elías Ferrer encabezaron el sábado la marcha por "
        "el centro de Altamar.",
    )
    group = checked.group_of("b", "Los hermanos Tomás")
    assert group.label == CONTRADICTED
    assert [c.kind for c in group.conflicts] == ["kinship"]
    # Shown as each outlet wrote it.
    assert sorted(group.conflicts[0].values) == [
        "Tomás Ferrer, Rubén y Elías Ferrer -sobrinos de Tomás",
        "hermanos Tomás, Rubén y Elías Ferrer",
    ]


@pytest.mark.parametrize(
    ("a", "b", "related"),
    [
        ("los hermanos Tomás y Rubén Ferrer", "Rubén Ferrer, sobrino de Tomás,", False),
        ("los hermanos Tomás y Rubén Ferrer", "Rubén Ferrer, hermano de Tomás,", True),
        ("Inés Vidal, madre de Clara,", "Clara, hija de Inés Vidal,", True),
        # Two people who share only a given name are not one person.
        ("Juan Pérez, hermano de Luis,", "Juan García, primo de Luis,", True),
        # One daughter against several, of one mother however she is named.
        ("Esposo e hijas de Marisol Ferrer", "Esposo de Sol Ferrer y su hija", False),
        ("Esposo e hijas de Marisol Ferrer", "Marisol Ferrer y sus hijas", True),
        ("la hija de Marisol Ferrer", "la hija de Inés Vidal", True),
    ],
)
def test_kin_stated_two_ways_agrees_when_it_is_one_relation(a, b, related):
    assert (kin_conflict(stated(a), stated(b)) is None) == related


def stated(text: str, frame: Frame | None = None) -> Claim:
    """A claim of `text` alone, with the frame given."""
    return Claim("x", text, 0, len(text), (), (), False, None, frame=frame or Frame())


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("incrementos no superiores al 7% del precio", "max"),
        ("no deberían subir más del 7% este año", "max"),
        ("subieron más del 7% este año", "min"),
    ],
)
def test_a_denied_lower_bound_is_a_cap(text, bound):
    (number,) = find_numbers(text, Style("es", ","))
    assert number.bound == bound


def test_two_different_caps_for_one_quantity_disagree():
    cap = find_numbers("subirán hasta un 10,5%", Style("es", ","))[0]
    other = find_numbers("no superiores al 7%", Style("es", ","))[0]
    same = find_numbers("hasta el 10,5%", Style("es", ","))[0]
    assert not compatible(cap, other)
    assert compatible(cap, same)


def test_two_caps_on_one_rise_are_a_conflict_however_worded():
    checked = two_outlets(
        "Pacto con las cadenas de alimentación: el pan no sube y el resto de productos "
        "subirá hasta un 9,5%.",
        "Los productos básicos no podrán subir más del 6% desde el lunes, según el "
        "pacto que el Ministerio firmó con las cadenas.",
    )
    group = checked.group_of("b", "no podrán subir más del 6%")
    assert group.label == CONTRADICTED
    assert [c.kind for c in group.conflicts] == ["number"]


def test_a_vague_crowd_and_an_estimate_of_a_million_disagree():
    checked = two_outlets(
        "Decenas de miles de vecinos marcharon el sábado por el centro de Villaroja "
        "para pedir la dimisión del alcalde Tomás Ferrer.",
        "Marcharon hasta un millón de vecinos el sábado por el centro de Villaroja para "
        "pedir la dimisión del alcalde Tomás Ferrer, según los organizadores.",
    )
    group = checked.group_of("a", "Decenas de miles de vecinos")
    assert group.label == CONTRADICTED
    assert [c.kind for c in group.conflicts] == ["number"]


def test_a_vague_amount_fits_a_figure_inside_its_range():
    crowd = find_numbers("decenas de miles de vecinos", Style("es", ","))[0]
    assert compatible(crowd, find_numbers("unos 50.000 vecinos", Style("es", ","))[0])
    assert not compatible(crowd, find_numbers("más de 400.000 vecinos", Style("es", ","))[0])
    assert not compatible(crowd, find_numbers("unos 5.000 vecinos", Style("es", ","))[0])


def test_a_shared_age_or_vague_amount_is_no_evidence_of_one_fact():
    """Two acts of one driver, each sentence giving his age; two crowds of one city."""
    first, second, crowd, other = (
        extract_claims(article(key, "Diario del Norte", text))[0]
        for key, text in (
            ("a1", "Kowalski, 35, ganó el sábado el rally de Montevar con un coche prestado."),
            ("a2", "Kowalski, 35, anunció el domingo que deja la escudería tras doce años."),
            ("a3", "Miles de vecinos celebraron en la plaza mayor el ascenso del equipo local."),
            ("a4", "Miles de vecinos protestaron ante el ayuntamiento por el cierre del mercado."),
        )
    )
    assert not telling(first, second) and not anchored(first, second)
    assert not anchored(crowd, other)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Los talleres fabricarán unos 3.000 barbijos por día en las cárceles.", "barbijos/dia"),
        ("La planta produce 200 toneladas diarias de acero.", "toneladas/dia"),
        ("Murieron 30 personas al día siguiente del temporal.", "muertos"),
        ("Logró la investidura por solo 2 votos en el Congreso.", None),
        ("Ganó la elección con 5 votos de diferencia sobre su rival.", None),
    ],
)
def test_a_rate_or_a_margin_is_not_the_total(text, unit):
    (claim, *_) = extract_claims(article("x", "Diario", text))
    assert claim.numbers[0].unit == unit


def test_one_fact_on_two_weekdays_is_a_conflict_without_publication_dates():
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                "El nuevo peaje de la autopista de Altamar costará 4,50 euros y entrará en "
                "vigor a partir de este miércoles, según el Ministerio.",
                day=None,
            ),
            article(
                "b",
                "La Gaceta",
                "El nuevo peaje de la autopista de Altamar costará 4,50 euros y entrará en "
                "vigor a partir de este jueves, según el Ministerio.",
                day=None,
            ),
        ]
    )
    group = checked.group_of("a", "a partir de este miércoles")
    assert group.label == CONTRADICTED
    assert [(c.kind, c.values) for c in group.conflicts] == [
        ("date", ("este miércoles", "este jueves"))
    ]


def test_two_outlets_saying_it_will_not_happen_are_no_call_off_and_its_event():
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                "El Gobierno de Valdoria descartó que la tarifa del agua vaya a subir este año "
                "en la provincia de Altamar.",
                day=None,
            ),
            article(
                "b",
                "La Gaceta",
                "El Gobierno de Valdoria aseguró que la tarifa del agua no sube este año en la "
                "provincia de Altamar.",
                day=None,
            ),
        ]
    )
    group = checked.group_of("a", "descartó que la tarifa")
    assert group.label == CORROBORATED


def test_other_common_nouns_as_subjects_of_one_predicate_are_still_one_fact():
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                "El mercado municipal de Robledo se incendió la madrugada del domingo sin "
                "causar heridos entre los vecinos.",
                day=None,
            ),
            article(
                "b",
                "La Gaceta",
                "El fuego consumió la madrugada del domingo el mercado municipal de Robledo, "
                "sin causar heridos entre los vecinos.",
                day=None,
            ),
        ]
    )
    group = checked.group_of("a", "se incendió la madrugada")
    # One fact; who did it differs (the market, the fire), so the frames check no actor:
    # shown as several sources saying something alike, not checked (service RULES 17).
    assert group.label == ALIKE
    assert len(group.article_ids) == 2


def test_a_conflict_is_listed_once_per_pair_of_origins():
    wire = (
        "Unos 350 vecinos fueron evacuados el domingo en Robledo por el avance del incendio "
        "de la sierra de Peñalta."
    )
    other = (
        "Unos 200 vecinos fueron evacuados el domingo en Robledo por el avance del incendio "
        "de la sierra de Peñalta."
    )
    copy = Article(
        **{**article("a2", "Radio Sierra", wire).__dict__, "text": article("a", "", wire).text}
    )
    checked = crosscheck(
        [article("a", "Agencia Norte", wire), copy, article("b", "La Gaceta", other)]
    )
    group = checked.group_of("b", "200 vecinos")
    assert group.label == CONTRADICTED
    assert len(group.conflicts) == 1
    assert set(group.conflicts[0].values) == {"350 vecinos", "200 vecinos"}


def test_a_headline_glued_to_the_lead_is_a_claim_of_its_own():
    glued = (
        "Valdoria cierra sus colegios hasta el 20 de marzo por la gripe Las autoridades de "
        "Valdoria aprobaron este miércoles el cierre de todos los centros educativos del país."
    )
    claims = extract_claims(article("a", "Diario", glued))
    assert claims[0].sentence == "Valdoria cierra sus colegios hasta el 20 de marzo por la gripe"
    assert claims[1].sentence.startswith("Las autoridades de Valdoria aprobaron")
    # A name that starts with an article stays whole.
    named = extract_claims(
        article(
            "b", "Diario", "El presidente viajó el lunes a La Paz para reunirse con el Gobierno."
        )
    )
    assert named[0].sentence.endswith("para reunirse con el Gobierno.")


@pytest.mark.parametrize(
    ("text", "headline", "lead"),
    [
        pytest.param(
            "Valdoria cierra sus puertos por el temporal de nieve PUERTO ALMAGRO (AAN) - El "
            "Gobierno de Valdoria ordenó este miércoles el cierre de los tres puertos del norte.",
            "Valdoria cierra sus puertos por el temporal de nieve",
            "El Gobierno de Valdoria ordenó",
            id="a place in capitals before a dash",
        ),
        pytest.param(
            "Valdoria cierra sus puertos por el temporal de nieve Puerto Almagro, 4 mar (AAN) "
            ".- El Gobierno de Valdoria ordenó este miércoles el cierre de los tres puertos.",
            "Valdoria cierra sus puertos por el temporal de nieve",
            "El Gobierno de Valdoria ordenó",
            id="a place written as a name ends in '.-'",
        ),
        pytest.param(
            "Ana Gil, la mujer que hizo de la liga una empresa Redacción de deportes (EE. UU.), "
            "1 de enero (AAN) .- La muerte de Ana Gil a los 77 años dejó la liga sin su líder.",
            "Ana Gil, la mujer que hizo de la liga una empresa",
            "La muerte de Ana Gil",
            id="a longer one ends in the agency's name in brackets",
        ),
        pytest.param(
            "Valdoria celebra la reelección de Ana Gil como jefa del Parlamento regional "
            "Almagro, 5 ene (AAN).- El Gobierno de Valdoria celebró este domingo la "
            "reelección de Ana Gil.",
            "Valdoria celebra la reelección de Ana Gil como jefa del Parlamento regional",
            "El Gobierno de Valdoria celebró",
            id="the headline's own names are not the dateline's place",
        ),
        pytest.param(
            "Valdoria eleva a 229 los recuperados de la gripe 16 de mayo de 2026.- Valdoria "
            "elevó este viernes a 229 las personas recuperadas, indicó el ministro de Sanidad.",
            "Valdoria eleva a 229 los recuperados de la gripe",
            "Valdoria elevó este viernes",
            id="a dateline that is a date",
        ),
    ],
)
def test_a_headline_glued_to_the_lead_at_a_dateline_is_a_claim_of_its_own(text, headline, lead):
    claims = extract_claims(article("a", "Diario", text))
    assert claims[0].sentence == headline
    assert claims[1].sentence.startswith(lead)


@pytest.mark.parametrize(
    ("headline", "predicate", "actor"),
    [
        ("Muere Mara Lind, la fundadora de la liga de Valdoria", "morir", "Mara Lind"),
        ("Fallece Ana Gil a los 80 años en Almagro", "fallecer", "Ana Gil"),
    ],
)
def test_a_headline_opening_with_its_verb_is_read_with_that_verb(headline, predicate, actor):
    lead = (
        "La exalcaldesa de Valdoria murió este martes en su casa de Almagro, informó su "
        "familia en un comunicado."
    )
    # As its own title, and glued to the lead of a text whose title is its opening.
    titled = replace(article("a", "Diario", lead), title=headline)
    glued = replace(article("a", "Diario", f"{headline} {lead}"), title=headline)
    for read in (titled, glued):
        claims = extract_claims(read)
        assert claims[0].sentence == headline
        assert claims[0].frame.predicate == predicate
        assert actor in claims[0].frame.actors


def test_an_acronym_before_a_dash_is_no_dateline():
    acronym = "El director de la OTAN - Rusia no acudió - dijo que la reunión se aplaza."
    assert extract_claims(article("b", "Diario", acronym))[0].sentence == acronym


def test_a_lead_opening_with_the_name_its_headline_opened_with_is_a_claim_of_its_own():
    # The page lost the line break after the headline: the lead opens with its name.
    glued = (
        "Mara Lind's legacy: a timeline of her years as harbour mayor of Portmar Mara Lind, "
        "the former harbour mayor of Portmar, died on Monday at the age of 81."
    )
    lead = story_article("a", "Courier", [glued], datetime(2026, 3, 10, 9), "en")
    claims = extract_claims(replace(lead, title=""))
    assert claims[0].sentence.endswith("harbour mayor of Portmar")
    assert claims[1].sentence.startswith("Mara Lind, the former harbour mayor")
    # Inside the lead, after a word such as "of", the name is the lead's own.
    named = (
        "Port Selene harbour reopens after the storm The mayor of Port Selene said on "
        "Monday that the ferries sail again."
    )
    inside = story_article("b", "Courier", [named], datetime(2026, 3, 10, 9), "en")
    assert extract_claims(replace(inside, title=""))[0].sentence == named


def opening_claims(*paragraphs: str) -> list[str]:
    """The claims of a Spanish article with no title, whose first paragraph is its opening
    line: where a headline glued to its lead is looked for."""
    lead = story_article("a", "Diario", list(paragraphs), datetime(2026, 3, 10, 9), "es")
    return [c.sentence for c in extract_claims(replace(lead, title=""))]


@pytest.mark.parametrize(
    ("text", "headline", "lead"),
    [
        pytest.param(
            "Lind, alcaldesa de Portmar tras ganar la votación final Mara Lind gobernará la "
            "ciudad hasta 2030 con el apoyo de tres partidos.",
            "Lind, alcaldesa de Portmar tras ganar la votación final",
            "Mara Lind gobernará",
            id="one word before a comma, restated with a first name",
        ),
        pytest.param(
            "Muere Mara Lind, la alcaldesa que reabrió el puerto Mara Lind, la mujer que "
            "gobernó Portmar durante doce años, murió el lunes a los 81 años.",
            "Muere Mara Lind, la alcaldesa que reabrió el puerto",
            "Mara Lind, la mujer que gobernó",
            id="a name among the headline's first three words",
        ),
        pytest.param(
            "Norvia: Mara Lind logra la investidura por la mínima El socialista Mara Lind "
            "logró este martes el apoyo de 167 diputados.",
            "Norvia: Mara Lind logra la investidura por la mínima",
            "El socialista Mara Lind logró",
            id="the lead opens with a title before the name: it is the lead's",
        ),
    ],
)
def test_a_lead_restating_a_name_the_headline_opened_with_otherwise_is_cut_off(
    text, headline, lead
):
    found = opening_claims(text)
    assert found[0] == headline
    assert found[1].startswith(lead)


def test_a_name_repeated_after_a_title_that_is_no_glue_keeps_the_sentence_whole():
    whole = "Lind gana la votación y el alcalde Lind formará un gobierno de coalición."
    assert opening_claims(whole) == [whole]


def test_a_lead_glued_to_the_opening_line_by_a_capitalised_preposition_is_cut_off():
    glued = (
        "En 2025 el Gobierno autorizó 40 rutas aéreas nuevas en el país Para 2030, se espera "
        "que los aeropuertos muevan a más de 100 millones de pasajeros."
    )
    claims = opening_claims(glued)
    assert claims[0] == "En 2025 el Gobierno autorizó 40 rutas aéreas nuevas en el país"
    assert claims[1].startswith("Para 2030, se espera")
    # After a closing quote too; and the headline ends at the first glue.
    found = opening_claims(
        "Los vecinos de Portmar temen “otra guerra” Según la policía, dos bandas se "
        "enfrentaron el lunes en el puerto y Los guardias acudieron a las diez."
    )
    assert found[0] == "Los vecinos de Portmar temen “otra guerra”"
    assert found[1].startswith("Según la policía, dos bandas")
    # Only the opening line is a headline: later, the sentence is read whole.
    assert glued in opening_claims(FILLER["a"], glued)


def test_who_acts_is_read_after_a_headline_kicker_and_not_in_a_clause_as_subject():
    headline = replace(
        story_article("a", "Diario", [FILLER["a"]], datetime(2026, 3, 10, 9), "es"),
        title="Norvia: Mara Lind logra la investidura y formará un gobierno de coalición",
    )
    title = next(c for c in extract_claims(headline) if c.field == "title")
    assert title.frame.actors == ("Mara Lind",)
    assert title.frame.predicate == "lograr"
    # "Quienes rechazaban un gobierno de Lind" names Lind, who did not win the seats.
    clause = extract_claims(
        article(
            "b",
            "Diario",
            "Quienes rechazaban un gobierno encabezado por Lind lograron 165 escaños.",
        )
    )[0]
    assert clause.frame.predicate == "lograr"
    assert clause.frame.actors == ()


def test_a_decision_is_read_as_the_act_decided():
    placed = extract_claims(
        article(
            "a", "Diario", "La junta electoral decidió colocar al Partido Azul en la casilla 3."
        )
    )[0]
    assert placed.frame.predicate == "colocar"
    other = extract_claims(
        article("b", "Diario", "La junta electoral decidió retirar al Partido Verde de la boleta.")
    )[0]
    assert other.frame.predicate == "retirar"
    # Two decisions of one board are two facts.
    assert different_facts(placed.frame, other.frame)


def test_a_time_of_day_two_claims_give_is_telling_evidence():
    assert clock_times("nació a las 12:16 a.m., casi con el Año Nuevo") == {"00:16"}
    assert clock_times("hacia las 02:00 h de este jueves") == {"02:00"}
    assert clock_times("landed at 9.45pm on Friday") == {"21:45"}
    # Figures with a decimal point are no times.
    assert clock_times("la bolsa subió 2.30 puntos y el 14.05 por ciento") == set()

    def claim(key: str, lead: str) -> Claim:
        return extract_claims(article(key, "Diario", lead))[0]

    born = claim("a", "El ferry de Portmar zarpó a las 12:16 a.m. con cuarenta pasajeros a bordo.")
    noted = claim(
        "b", "La naviera confirmó que su barco dejó el muelle norte a las 12:16 a.m. ayer."
    )
    assert telling(born, noted)
    later = claim(
        "c", "La naviera confirmó que su barco dejó el muelle norte a las 12:19 a.m. ayer."
    )
    assert not telling(born, later)
    evening = claim(
        "d", "La naviera confirmó que su barco dejó el muelle norte a las 12:16 p.m. ayer."
    )
    assert not telling(born, evening)


def test_a_photo_credit_glued_to_the_lead_is_cut_off_and_no_claim():
    glued = (
        "(Foto: Ana Ruiz/AAN) El Gobierno de Valdoria ordenó este miércoles el cierre de los "
        "tres puertos del norte por el temporal."
    )
    lead = story_article("a", "Diario", [glued], datetime(2026, 3, 10, 9), "es")
    claims = extract_claims(replace(lead, title=""))
    assert [c.sentence for c in claims] == [glued[len("(Foto: Ana Ruiz/AAN) ") :]]
    # A longer credit standing alone is no claim either; brackets that open a report are.
    credit = "(Courtesy of the Port Selene Maritime Museum archive team)"
    alone = story_article("b", "Courier", [credit], datetime(2026, 3, 10, 9), "en")
    assert extract_claims(replace(alone, title="")) == []
    aside = "(Reuters) The mayor of Port Selene said on Monday that the ferries sail again."
    kept = story_article("c", "Courier", [aside], datetime(2026, 3, 10, 9), "en")
    assert [c.sentence for c in extract_claims(replace(kept, title=""))] == [aside]


def test_service_lines_are_no_claims():
    # The outlet's lines around a report: a call for witnesses, a reporter's help, its app,
    # a byline. Two outlets printing the same call would otherwise corroborate each other.
    lines = [
        "Anyone with information is asked to call Port Selene police at 555-0142.",
        "Anyone who has seen the missing boy or has information on where he is should call "
        "the harbour police at 555-0199.",
        "Staff writer Tom Hale contributed to this report.",
        "For all the latest Port Selene news, download the Courier app.",
        "By: Tom Hale Posted on: March 10, 2026",
        "The harbour police said on Monday that the missing boy was found safe in Portmar.",
    ]
    page = story_article("a", "Courier", lines, datetime(2026, 3, 10, 9), "en")
    assert [c.sentence for c in extract_claims(replace(page, title=""))] == [lines[-1]]
    spanish = (
        "Anna Ferri, de Diario Norte, contribuyó a este informe.",
        "El alcalde de Puerto Almagro anunció el lunes que el puerto reabrirá el jueves.",
    )
    lines = story_article("b", "Diario", list(spanish), datetime(2026, 3, 10, 9), "es")
    assert [c.sentence for c in extract_claims(replace(lines, title=""))] == [spanish[1]]


def test_the_pages_pointers_and_notes_on_the_piece_are_no_claims():
    # Pointers to more of the site, a video player's note, a read count, an agency's
    # reporting credit, an update note, a call for comments, a caption, a writer's
    # biography: none reports an event.
    lines = [
        "For more information, visit the harbour festival page on the city website.",
        "Visit the Courier's homepage for more stories.",
        "To view this video please enable JavaScript and update your browser.",
        "(Reporting by Tom Hale, editing by Ana Ruiz)",
        "This story has been updated with the mayor's statement.",
        "Scroll down to leave a comment on this story!",
        "The new ferry Santa Irene is seen in this photo.",
        "Tom Hale is an assistant editor at the Courier.",
        "The harbour police said on Monday that the missing boy was found safe in Portmar.",
    ]
    page = story_article("a", "Courier", lines, datetime(2026, 3, 10, 9), "en")
    assert [c.sentence for c in extract_claims(replace(page, title=""))] == [lines[-1]]
    spanish = [
        "Para obtener más información, visite la página del festival en la web municipal.",
        "Para ver este video, habilite JavaScript y actualice su navegador.",
        "Esta nota ha sido leída aproximadamente 1200 veces.",
        "Este artículo se actualizó con la declaración del alcalde.",
        "Lea más información de este caso y de otros temas del día en la edición impresa "
        "de Diario Norte del martes 11 de marzo.",
        "El alcalde de Puerto Almagro anunció el lunes que el puerto reabrirá el jueves.",
    ]
    notes = story_article("b", "Diario", spanish, datetime(2026, 3, 10, 9), "es")
    assert [c.sentence for c in extract_claims(replace(notes, title=""))] == [spanish[-1]]


def test_a_clause_with_no_frame_joins_another_only_on_a_name_or_a_quote():
    # Italian has no frame reader: what the two clauses share beyond wording must say they
    # are one fact. A quote translated counts as the same quote; another quote of the same
    # neighbour does not.
    def italian(key: str, outlet: str, lead: str) -> Article:
        return replace(article(key, outlet, lead), lang="it")

    named = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                "La ministra Lucía Ferrán inauguró el lunes el nuevo puerto de Valdoria.",
            ),
            italian(
                "b",
                "Il Corriere",
                "La ministra Lucía Ferrán ha inaugurato lunedì il nuovo porto di Valdoria.",
            ),
        ]
    )
    assert named.group_of("b", "ha inaugurato").article_ids == ["a", "b"]
    spanish = article(
        "a",
        "Diario del Norte",
        "«Nunca habíamos visto tanta agua en las calles del pueblo», contó una vecina.",
    )
    quoted = crosscheck(
        [
            spanish,
            italian(
                "b",
                "Il Corriere",
                "«Non avevamo mai visto tanta acqua nelle strade del paese», ha raccontato "
                "una vicina.",
            ),
        ]
    )
    group = quoted.group_of("b", "tanta acqua")
    assert [c.frame.predicate for c in group.claims if c.article_id == "b"] == [""]
    assert group.article_ids == ["a", "b"]
    other = crosscheck(
        [
            spanish,
            italian(
                "b",
                "Il Corriere",
                "«Domani porteremo i bambini dai nonni in montagna», ha raccontato una vicina.",
            ),
        ]
    )
    assert other.group_of("b", "porteremo").article_ids == ["b"]


def test_english_is_read_by_word_shapes_and_other_languages_are_not_guessed():
    english = frame_of(
        "Police in Port Selene arrested 87 people after the riot at Cabrales prison.", "en"
    )
    assert (english.predicate, english.lang) == ("arrest", "en")
    assert "Port Selene" in english.actors
    assert frame_of("La police a arrêté 87 personnes après l'émeute à Cabrales.", "fr") == (
        Frame(lang="fr")
    )


def test_clauses_with_no_frame_read_need_a_shared_name_to_be_one_fact():
    # English read by word shapes: no past or modal verb, so neither frame has a predicate.
    # The same "14 reserves" is all these two share: a valley's reserves, and the reserves
    # some of its winter walks run through.
    def english(key: str, outlet: str, lead: str, other: str) -> Article:
        return story_article(key, outlet, [lead, other], datetime(2026, 3, 10, 9), "en")

    checked = crosscheck(
        [
            english(
                "a",
                "Valley Courier",
                "Across 9,000 acres of the Marrow Valley, visitors have 14 reserves to explore "
                "along with 120 miles of footpaths.",
                "The district office opens its new visitor centre next spring, its director says.",
            ),
            english(
                "b",
                "Hill Gazette",
                "Hundreds of walkers now turn up for the winter walks that run through January "
                "at 6 of the district's 14 reserves.",
                "Volunteers hand out soup and tea at the start of each walk, organisers say.",
            ),
        ]
    )
    assert [c.frame.predicate for c in checked.group_of("a", "14 reserves").claims] == [""]
    assert checked.group_of("a", "14 reserves").article_ids == ["a"]


def test_a_call_off_is_compared_on_publication_dates_never_on_ingestion_time():
    ruled_out = (
        "El Gobierno de Valdoria descartó que vaya a celebrarse una nueva cumbre con "
        "Montrava antes del verano."
    )
    held = "El Gobierno de Valdoria celebró una nueva cumbre con Montrava en Puerto Celeste."
    read = datetime(2026, 3, 12, 8)
    checked = crosscheck(
        [
            replace(article("a", "Diario del Norte", ruled_out, day=None), ingested_at=read),
            replace(article("b", "La Gaceta", held, day=None), ingested_at=read),
        ]
    )
    group = checked.group_of("b", "celebró una nueva cumbre")
    assert group.article_ids == ["b"]


def test_a_toll_that_only_says_which_brawl_is_meant_makes_no_two_reports_one_fact():
    checked = two_outlets(
        "Las autoridades de Valdoria reforzaron la vigilancia en sus cárceles tras la "
        "riña que dejó 14 muertos.",
        "Un partido de fútbol en la cárcel de Puerto Celeste terminó con 14 muertos.",
    )
    assert checked.group_of("a", "reforzaron la vigilancia").article_ids == ["a"]


def test_other_people_doing_another_thing_are_apart_whatever_count_they_share():
    checked = two_outlets(
        "La Audiencia Provincial condenó a cuatro exdirectivos de la naviera Costa "
        "Azul a dos años de prisión por el naufragio.",
        "La Fiscalía Anticorrupción alcanzó un acuerdo con cuatro exdirectivos de la "
        "naviera Costa Azul por el naufragio.",
    )
    assert checked.group_of("a", "condenó a cuatro").article_ids == ["a"]


def test_a_denial_confirms_nothing_it_shares_no_predicate_with():
    checked = crosscheck(
        [
            article(
                "a",
                "Diario del Norte",
                "El Gobierno de Valdoria no nombró a Tomás Ibarra embajador en Montrava.",
            ),
            article(
                "b",
                "The Northern Times",
                "Tomás Ibarra was appointed ambassador to Montrava by the Valdoria government.",
                lang="en",
            ),
        ]
    )
    group = checked.group_of("a", "no nombró")
    assert group is None or group.label != CORROBORATED


@pytest.mark.parametrize(
    ("sentence", "background"),
    [
        ("Valdoria reforzó la vigilancia tras la riña que dejó 14 muertos en su cárcel.", True),
        ("El juez citó a los directivos del astillero que construyó el ferry hundido.", True),
        ("La huelga sigue con pérdidas que la Autoridad Portuaria cifra en 90 millones.", False),
        ("Habló el director, quien aseguró que 36 pacientes siguen ingresados.", False),
    ],
)
def test_a_clause_that_only_says_which_thing_is_meant_is_background(sentence, background):
    assert bool(frame_of(sentence).background) == background


def test_a_clause_opened_by_quien_states_its_figures():
    """A clause '…, quien confirmó que …' adds what the person said: its figures are asserted, and
    may anchor the claim to another outlet's."""
    text = "Declaró el director de la cárcel, quien confirmó que 36 presos huyeron el lunes."
    (said,) = [c for c in extract_claims(article("a", "Diario", text)) if "quien" in c.sentence]
    assert [n.value for n in said.asserted().numbers] == [36.0]


def test_a_title_yields_claims_that_index_the_title():
    lead = (
        "La Guardia Civil detuvo el martes en Valdelobos a dos hombres acusados de robar "
        "cuarenta colmenas de una finca cercana."
    )
    titled = replace(
        article("a", "Diario", lead), title="Detenidos dos hombres por el robo de cuarenta colmenas"
    )
    claims = extract_claims(titled)
    (head,) = [c for c in claims if c.field == "title"]
    assert head.headline
    assert titled.title[head.start : head.end] == head.sentence
    assert all(titled.text[c.start : c.end] == c.sentence for c in claims if c.field == "text")
    assert not any(c.headline for c in claims if c.field == "text")


def test_a_title_that_is_the_start_of_the_text_is_read_once():
    lead = (
        "La Guardia Civil detuvo el martes en Valdelobos a dos hombres acusados de robar "
        "cuarenta colmenas de una finca cercana."
    )
    derived = replace(article("a", "Diario", lead), title=lead[:60])
    assert all(c.field == "text" for c in extract_claims(derived))


def test_a_headline_corroborates_another_outlets_lead_beside_its_own_lead():
    """The headline restates the lead: both may stand in one group with the other
    outlet's sentence, which two sentences of one body never do."""
    a = replace(
        article(
            "a",
            "Diario del Valle",
            "Un incendio declarado el lunes en la sierra de Peñagorda ha calcinado 230 "
            "hectáreas de pinar, según informó el servicio de emergencias.",
        ),
        title="Un incendio en la sierra de Peñagorda calcina 230 hectáreas de pinar",
    )
    b = article(
        "b",
        "La Voz",
        "El fuego que comenzó el lunes en la sierra de Peñagorda ha arrasado 230 hectáreas "
        "de pinar, informaron los servicios de emergencia.",
    )
    check = crosscheck([a, b])
    (group,) = [g for g in check.groups if any(c.field == "title" for c in g.claims)]
    assert group.label == CORROBORATED
    assert {(c.article_id, c.field) for c in group.claims} >= {("a", "title"), ("b", "text")}


@pytest.mark.parametrize(
    ("lead", "joined"), [("ha dejado 12 muertos", True), ("ha dejado 30 muertos", False)]
)
def test_a_headline_joins_its_own_lead_only_when_their_figures_agree(lead, joined):
    a = replace(
        article(
            "a",
            "Diario del Valle",
            f"El temporal que azota desde el lunes la costa de Almira {lead}, según "
            "informó Protección Civil.",
        ),
        title="El temporal deja 12 muertos en la costa de Almira",
    )
    b = article(
        "b",
        "La Voz",
        "El temporal que golpea la costa de Almira desde el lunes ha dejado 12 muertos, "
        "informaron los servicios de emergencia.",
    )
    together = [
        {c.field for c in g.claims if c.article_id == "a"} for g in crosscheck([a, b]).groups
    ]
    assert ({"title", "text"} in together) == joined


def test_a_headline_and_its_lead_in_other_verbs_both_join_another_outlet():
    # The headline says "suspende", the lead "trasladó": two frames of one article that
    # would be two facts across outlets, but a headline restates its lead in its own words.
    headlined = replace(
        article(
            "a",
            "Diario del Norte",
            "El Ayuntamiento de Robledo trasladó la feria de abril al otoño por la sequía que "
            "sufre la comarca.",
        ),
        title="Robledo suspende la feria de abril por la sequía",
    )
    other = article(
        "b",
        "La Gaceta",
        "La feria de abril de Robledo quedará para el otoño por la sequía que sufre la "
        "comarca, según el Ayuntamiento.",
    )
    claims = [c for item in (headlined, other) for c in extract_claims(item)]
    published = {item.id: item.published for item in (headlined, other)}
    joined = [
        group
        for group in align(claims, published, _default_embedder())
        if any("suspende la feria" in c.sentence for c in group)
    ]
    assert [sorted(c.article_id for c in group) for group in joined] == [["a", "a", "b"]]
    # The other outlet says it with a light verb ("quedará para el otoño"), which names no
    # act: joined, but shown confirmed by nobody (`align.confirms`); each outlet's claim
    # is single-source.
    checked = crosscheck([headlined, other])
    group = checked.group_of("a", "Robledo suspende la feria")
    assert group is checked.group_of("a", "trasladó la feria de abril")
    assert group.label == SINGLE_SOURCE
    assert checked.group_of("b", "quedará para el otoño").label == SINGLE_SOURCE


def test_a_sentence_of_a_quotation_is_a_claim_in_the_first_person():
    # The speaker is named at the end of the quotation, in another sentence: the first
    # sentence is still her statement. The same words out of quotes are the outlet's own.
    quoted = extract_claims(
        article(
            "a",
            "Diario",
            "«Anunciaremos la nueva fecha de la feria muy pronto. Nadie perderá su puesto», "
            "dijo la alcaldesa Marta Ibáñez.",
        )
    )
    assert quoted[0].sentence.startswith("«Anunciaremos la nueva fecha")
    unquoted = extract_claims(
        article("b", "Diario", "Anunciaremos la nueva fecha de la feria muy pronto.")
    )
    assert not any(c.sentence.startswith("Anunciaremos") for c in unquoted)


@pytest.mark.parametrize(
    "told",
    [
        "dijo ayer que aquello fue un intento de robo.",
        # The parser hangs this "que" clause on the addressee, as if it said which radio.
        "dijo a la radio local que había sido un intento de robo.",
    ],
)
def test_one_speaker_naming_one_event_two_ways_is_a_conflict(told):
    sister = article(
        "a",
        "Diario del Norte",
        "«Esto fue un intento de asesinato, nunca le había pasado algo así», afirmó Marta "
        "Ruiz, hermana del boxeador herido.",
    )
    same_speaker = article(
        "b", "La Gaceta", f"Marta Ruiz, hermana del boxeador Julián Ruiz, {told}"
    )
    checked = crosscheck([sister, same_speaker])
    group = checked.group_of("b", "un intento de robo")
    assert group.label == CONTRADICTED
    assert [(c.kind, c.values) for c in group.conflicts] == [("content", ("asesinato", "robo"))]
    # Another speaker's name for it is another statement: neither a conflict nor a
    # confirmation.
    officer = article("b", "La Gaceta", f"El comisario Pablo Sanz {told}")
    checked = crosscheck([sister, officer])
    assert checked.group_of("b", "un intento de robo").label == SINGLE_SOURCE


def test_an_article_restating_its_fact_with_one_verb_confirms_it_once_in_one_group():
    lead = story_article(
        "a",
        "Diario del Norte",
        [
            "La policía de Robledo detuvo a 12 personas tras los disturbios del sábado en el "
            "barrio del puerto.",
            FILLER["a"],
            "Los agentes detuvieron durante la noche a 12 personas para interrogarlas, "
            "explicó el comisario Pablo Sanz.",
        ],
        datetime(2026, 3, 10, 9),
    )
    other = article(
        "b",
        "La Gaceta",
        "Agentes de la policía detuvieron a 12 personas después de los disturbios del "
        "sábado en el puerto de Robledo, según el comisario Pablo Sanz.",
    )
    checked = crosscheck([lead, other])
    group = checked.group_of("a", "Los agentes detuvieron durante la noche")
    assert group is checked.group_of("a", "La policía de Robledo detuvo")
    assert group.label == CORROBORATED
    assert len(group.origins) == 2  # one outlet's two sentences count once
    # Its other sentences, of other acts, stay out of the group.
    assert checked.group_of("a", "Los comercios del centro cerraron") is not group


def test_a_short_sentence_is_a_claim_when_it_gives_a_figure():
    aged = extract_claims(article("a", "Diario", "Tenía 77 años."))
    assert aged[0].sentence == "Tenía 77 años."
    remark = extract_claims(article("b", "Diario", "Fue un golpe durísimo."))
    assert not any(c.sentence.startswith("Fue un golpe") for c in remark)


def test_frames_that_agree_on_one_act_join_clauses_worded_apart():
    # One predicate family (obtener / conseguir), one named actor: one fact, though the
    # wording scores under the joining threshold. Another act of the same actor stays apart.
    lead = (
        "La diputada Lucía Ferrán obtuvo el respaldo de los grupos de la cámara tras semanas "
        "de negociación."
    )
    same = two_outlets(
        lead, "Ferrán consiguió este martes la presidencia de la comisión de Hacienda de Valdoria."
    )
    assert same.group_of("b", "consiguió").article_ids == ["a", "b"]
    other = two_outlets(
        lead, "Ferrán inauguró este martes la nueva sede de la comisión de Hacienda de Valdoria."
    )
    assert other.group_of("b", "inauguró").article_ids == ["b"]


def test_word_shapes_do_not_part_a_close_pair_unless_weekdays_differ():
    # Word shapes read "witness" and "promise" as two acts; the wording says one, and the
    # actor is one. Said on two weekdays, the two remarks are two facts.
    def english(key: str, outlet: str, lead: str) -> Article:
        return article(key, outlet, lead, lang="en")

    same = crosscheck(
        [
            english(
                "a",
                "Courier",
                "Mayor Ana Ruiz says residents will witness a new bridge over the Selene river "
                "next year.",
            ),
            english(
                "b",
                "Herald",
                "Mayor Ana Ruiz promises a new bridge over the Selene river for residents next "
                "year.",
            ),
        ]
    )
    assert same.group_of("b", "promises").article_ids == ["a", "b"]
    days = crosscheck(
        [
            english(
                "a",
                "Courier",
                "Mayor Ana Ruiz said on Thursday residents will witness a new bridge over the "
                "Selene river.",
            ),
            english(
                "b",
                "Herald",
                "Mayor Ana Ruiz promised on Friday a new bridge over the Selene river for "
                "residents.",
            ),
        ]
    )
    assert days.group_of("b", "promised").article_ids == ["b"]


def test_two_headlines_of_one_series_are_not_one_fact_by_their_kicker():
    """A series' kicker ("25 for '25") gives both headlines a figure; with a name each, two
    clauses with no verb read would join on it (`align._unread`)."""

    def headline(key: str, outlet: str, title: str) -> Article:
        found = story_article(key, outlet, [FILLER[key]], datetime(2026, 1, 3, 9), "en")
        return replace(found, title=title)

    checked = crosscheck(
        [
            headline("a", "Marlow Courier", "25 for '25: Marlow Hospice Society"),
            headline("b", "Marlow Herald", "25 for '25: Marlow Hospital expansion"),
        ]
    )
    titles = [g for g in checked.groups if {c.field for c in g.claims} == {"title"}]
    assert titles and all(len(g.claims) == 1 for g in titles)


def test_a_verbless_headline_keeps_no_outlet_out_of_the_fact_its_lead_states():
    """A headline built on a participle has no frame and vouches for nothing alone
    ("Una treintena de animales, muertos..."), but its article says the fact in its lead too: once
    the lead is in a group, another outlet's sentence that the lead matches joins it."""
    first = replace(
        story_article(
            "a",
            "Diario del Norte",
            [
                "Unos farolillos voladores causaron probablemente el incendio de un "
                "zoológico de Valdoria que acabó anoche con la vida de 30 animales.",
                FILLER["a"],
            ],
            datetime(2026, 3, 10, 9),
        ),
        title="Murieron varios animales en un zoo por un incendio causado por farolillos",
    )
    second = replace(
        story_article(
            "b",
            "La Gaceta",
            [
                "Un incendio en un zoológico de Valdoria ocurrido en los primeros minutos del "
                "año mató a más de 30 animales, informaron las autoridades.",
                FILLER["b"],
            ],
            datetime(2026, 3, 10, 11),
        ),
        title="Una treintena de animales, muertos en el fuego de un zoo de Valdoria",
    )
    checked = crosscheck([first, second])
    group = checked.group_of("a", "Murieron varios animales")
    assert group is checked.group_of("b", "mató a más de 30 animales")
    assert group is checked.group_of("b", "Una treintena de animales, muertos")
    assert group.label == CORROBORATED
    # Alone, the verbless headline still vouches for nothing.
    alone = crosscheck([first, replace(second, text=FILLER["b"])])
    assert alone.group_of("a", "Murieron varios animales").article_ids == ["a"]


@pytest.mark.parametrize(
    ("title", "claimed"),
    [
        ("Ferrán: «Decepcionados por una derrota injusta»", True),
        ("Alarma en la costa de Valdoria por la marea negra", False),
    ],
)
def test_a_verbless_headline_is_a_claim_only_when_it_quotes_someone(title, claimed):
    """Someone's words in a headline are a fact another outlet may quote; a verbless
    heading without them states nothing to check."""
    lead = (
        "La ministra de Defensa, Lucía Ferrán, habló ayer en Valdoria tras la derrota de su "
        "partido en las elecciones municipales."
    )
    titled = replace(article("a", "Diario", lead), title=title)
    assert any(c.field == "title" for c in extract_claims(titled)) == claimed


def test_a_clause_a_preposition_opens_is_no_content_of_a_verb_of_saying():
    # "criticar" is a verb of saying; "por cerrar el puerto" says why she was criticised,
    # not what was said (her act is the criticism).
    frame = frame_of(
        "Lucía Ferrán criticó al alcalde Ismael Roca por cerrar el puerto de Valdoria."
    )
    assert frame.predicate == "criticar"
    assert "Lucía Ferrán" in frame.actors


def test_what_a_verb_of_asking_urges_is_not_asserted():
    # The residents were urged to be vaccinated: that they were is not said, so a clause
    # saying someone was vaccinated names another act.
    urged = frame_of(
        "La alcaldesa Inés Robledo animó este martes a los vecinos de Monteluz a vacunarse."
    )
    assert urged.predicate == "animar"
    assert "vacunar" not in urged.also
    done = frame_of("Los vecinos de Monteluz se vacunaron este martes en el hospital.")
    assert not one_act(urged, done)


@pytest.mark.parametrize(
    ("sentence", "lang", "negated"),
    [
        ("Ismael Roca no es el único responsable del cierre del puerto de Valdoria.", "es", False),
        ("Ismael Roca is not the only mayor to have been criticized over the port.", "en", False),
        ("Ismael Roca no es el responsable del cierre del puerto de Valdoria.", "es", True),
        ("Ismael Roca was not criticized over the port of Valdoria last week.", "en", True),
    ],
)
def test_not_the_only_one_asserts(sentence, lang, negated):
    assert frame_of(sentence, lang).negated == negated


def test_a_parsed_clause_and_english_word_shapes_agree_on_a_name_and_a_family():
    # Across languages the embedding scores a paraphrase low; the shared name vouches for
    # the actor word shapes read, the family ("criticar" / "criticize") for the act.
    spanish = extract_claims(
        article(
            "a", "Diario", "Lucía Ferrán criticó con dureza al alcalde por el cierre del puerto."
        )
    )[0]
    english = extract_claims(
        article(
            "b",
            "Gazette",
            "In March, Lucía Ferrán harshly criticized the mayor over the port.",
            lang="en",
        )
    )[0]
    assert frames_agree(spanish, english)
    stranger = extract_claims(
        article(
            "b",
            "Gazette",
            "In March, Ana Gil harshly criticized the mayor over the port.",
            lang="en",
        )
    )[0]
    assert not frames_agree(spanish, stranger)


@pytest.mark.parametrize(
    "text",
    [
        "«Estamos ante la emergencia más grave de la última década en la comarca», declaró "
        "Quiroga en una comparecencia improvisada.",
        "—Hay familias enteras que lo han perdido todo —afirmó el alcalde, Tomás Ibarra.",
    ],
)
def test_a_quotation_mark_or_dash_is_no_actor(text: str):
    frame = frame_of(text)
    written = [*frame.actors, frame.subject]
    assert all(any(ch.isalnum() for ch in part) for part in written if part)
