"""Two origins stating one fact are shown "confirmed by several sources" only when the
cross-check compared more than wording (`align.confirmation`): an anchor, or clauses parsed
in one language naming one act of one actor. A pair that only wording joined (English read
by word shapes, one verb with no actor read on one side) is shown in the weaker tier,
`ALIKE`: several sources say something alike, not checked. Fictional texts; the expected
outcomes were written before the first run."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from conftest import claim_of, story_article
from contrasta.crosscheck import (
    ALIKE,
    CORROBORATED,
    SINGLE_SOURCE,
    _lead_of,
    _shown,
    crosscheck,
)
from contrasta.crosscheck.align import anchored, confirmation, confirms
from contrasta.crosscheck.claims import extract_claims
from contrasta.dossier.summary import neutral_summary
from contrasta.i18n import using
from contrasta.labels import CLAIM_LABELS

WHEN = datetime(2026, 5, 4, 9)


@pytest.mark.parametrize(
    ("a", "b", "lang", "expected"),
    [
        # Parsed Spanish, one act, one actor named in both: checked.
        (
            "La alcaldesa Irene Solano inauguró el nuevo puente sobre el río Tormal.",
            "Irene Solano inauguró este martes el puente del río Tormal ante los vecinos.",
            "es",
            CORROBORATED,
        ),
        # Parsed Spanish, one verb, no actor read on one side: who did it is not checked.
        (
            "Rescataron con vida a los excursionistas perdidos en la sierra de Corvera.",
            "Los bomberos de Orbaneja rescataron a los excursionistas en la sierra de Corvera.",
            "es",
            ALIKE,
        ),
        # English read by word shapes, no anchor: only the wording agrees.
        (
            "Mayor Ines Roldan opened the new bridge over the Tormal river.",
            "Ines Roldan, the mayor, opened the Tormal river bridge to traffic.",
            "en",
            ALIKE,
        ),
        # English with one quote in both: the quote is checked, whatever the parse.
        (
            'Mayor Ines Roldan said "the bridge will carry four thousand cars a day".',
            '"The bridge will carry four thousand cars a day," Roldan told residents.',
            "en",
            CORROBORATED,
        ),
    ],
)
def test_how_far_a_confirmation_was_checked(a: str, b: str, lang: str, expected: str):
    x, y = claim_of(a, "a1", lang), claim_of(b, "b1", lang)
    assert confirmation(x, y) == expected
    assert confirms(x, y)


def test_what_confirms_nothing_has_no_tier():
    """Two facts of one story (a plan and background) are neither tier."""
    x = claim_of("El ayuntamiento de Monteluz cerrará el mercado de abastos por obras.", "a1")
    y = claim_of("El mercado de abastos de Monteluz es el más antiguo de la comarca.", "b1")
    assert confirmation(x, y) is None


def _story(lang: str, leads: tuple[str, str]):
    outlets = (("a1", "Diario del Valle"), ("b1", "La Gaceta"))
    articles = [
        story_article(key, outlet, [lead], WHEN, lang)
        for (key, outlet), lead in zip(outlets, leads, strict=True)
    ]
    return articles, crosscheck(articles)


def test_an_english_pair_agreeing_by_wording_is_shown_alike():
    articles, checked = _story(
        "en",
        (
            "Mayor Ines Roldan opened the new bridge over the Tormal river.",
            "Ines Roldan, the mayor, opened the Tormal river bridge to traffic.",
        ),
    )
    group = checked.group_of("a1", "opened the new bridge")
    assert group is not None and group.label == ALIKE
    assert len(group.origins) == 2
    summary = neutral_summary(checked, articles)
    assert summary.agreed == []
    assert [p.label for p in summary.alike] == [ALIKE]


def test_a_spanish_pair_with_one_actor_and_act_stays_confirmed():
    articles, checked = _story(
        "es",
        (
            "La alcaldesa Irene Solano inauguró el nuevo puente sobre el río Tormal.",
            "Irene Solano inauguró este martes el puente del río Tormal ante los vecinos.",
        ),
    )
    group = checked.group_of("a1", "inauguró el nuevo puente")
    assert group is not None and group.label == CORROBORATED
    summary = neutral_summary(checked, articles)
    assert [p.label for p in summary.agreed] == [CORROBORATED]
    assert summary.alike == []


def test_an_english_pair_sharing_a_telling_figure_stays_confirmed():
    """Word shapes read the two clauses, and "fourteen" in both is checked evidence."""
    _, checked = _story(
        "en",
        (
            "Firefighters rescued fourteen hikers stranded on Corvera Peak after the storm.",
            "Fourteen hikers stranded on Corvera Peak were rescued by firefighters after the "
            "storm.",
        ),
    )
    group = checked.group_of("a1", "rescued fourteen hikers")
    assert group is not None and group.label == CORROBORATED


def test_the_alike_tier_is_named_in_both_languages():
    with using("es"):
        assert CLAIM_LABELS[ALIKE] == "coinciden varias fuentes (sin comprobar)"
        assert CLAIM_LABELS[CORROBORATED] != CLAIM_LABELS[ALIKE]
    with using("en"):
        assert CLAIM_LABELS[ALIKE] == "several sources say something alike (not checked)"


# What a whole real run showed as several sources wrongly (CLAIMS.md item 109): a figure
# naming a test or a threshold, a member the group's other origins do not confirm, one verb
# said of other people, a brand's name taken for a verb. Fictional texts; each negative
# case was confirmed or alike before.


@pytest.mark.parametrize(
    ("a", "b", "lang", "expected"),
    [
        # "0-60 mph" names the test a car is timed on; the seconds are its figure.
        (
            "Zorvik says the X2 goes from 0-60 mph in 5.1 seconds.",
            "The X2 will be able to go from zero to 60 mph in 5.1 seconds, Zorvik says.",
            "en",
            True,
        ),
        (
            "Zorvik's X2 goes from 0-60 mph faster than any rival, the company says.",
            "The Ferra R5 hybrid will go from zero to 60 mph faster than the old model.",
            "en",
            False,
        ),
        # A count after a possessive names a set the reader knows, as a verdict's
        # subject; a count told of an act is a figure.
        (
            "Zentro's 22 launch titles are uninspiring.",
            "Zentro is launching with 22 games, featuring popular racing and puzzle series.",
            "en",
            False,
        ),
        (
            "Zentro launched 22 games on its new service on Tuesday.",
            "Zentro is launching with 22 games, featuring popular racing and puzzle series.",
            "en",
            True,
        ),
        # A threshold a condition sets is no count anyone reported...
        (
            "El ministerio de Sanidad estudia cerrar los bares cuando la incidencia supere los "
            "250 casos.",
            "La comisión recomendó cerrar el interior de los bares en las zonas con una "
            "incidencia de 250 casos.",
            "es",
            False,
        ),
        # ...while the figure a measure reached is.
        (
            "La incidencia de Orbaneja superó los 250 casos el martes, según Sanidad.",
            "Sanidad informó de que la incidencia en Orbaneja llegó a 250 casos.",
            "es",
            True,
        ),
    ],
)
def test_a_figure_naming_a_test_or_a_threshold_anchors_nothing(a, b, lang, expected):
    x, y = claim_of(a, "a1", lang), claim_of(b, "b1", lang)
    assert anchored(x, y) is expected
    assert (confirmation(x, y) == CORROBORATED) is expected


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        # Two cars timed on one test: other figures for one counted noun.
        (
            "Zorvik says the X2 can go from 0-60 mph in 5.0 seconds, with a top speed of 109 mph.",
            "Yet the R5 will take the car from zero to 60 mph in 5.8 seconds, two seconds "
            "faster than the old model.",
            "en",
        ),
        # Two spans of one illness: two moments, not one fact.
        (
            "The patient went to the doctor after three months of fatigue and breathlessness.",
            "Two months after the first symptoms, the patient was unable to walk without "
            "going to the doctor.",
            "en",
        ),
        # A group told by what its members did, against a subject left unwritten: the
        # losers' seats and the winner's investiture.
        (
            "Quienes votaron en contra del pacto lograron 165 escaños en el pleno.",
            "Este martes ha logrado la investidura por solo dos votos.",
            "es",
        ),
        # One verb, each clause about people the other does not name: two leaks.
        (
            "Filtran en internet material íntimo de la tenista Lara Vidal",
            "Nuevo escándalo en la liga: ahora se filtra un vídeo de Juan Mora y Luis Pinto",
            "es",
        ),
        # Two writers' guesses of what may come (a modal of each one's own): no fact.
        (
            "More towns could follow suit in 2027, with several councils set to vote on the tax.",
            "In 2027, the lodging business in Corvera is likely to get worse before it gets "
            "better.",
            "en",
        ),
        # What usually happens: a general state, two sites' background.
        (
            "The Corvex bacterium, per the health agency, is often found in small rodents and "
            "their fleas.",
            "Lorvan fever is caused by the Corvex bacterium - a bacterium usually found in "
            "small rodents and their fleas.",
            "en",
        ),
        (
            "Las garrapatas de Corvera suelen transmitir la bacteria a los excursionistas.",
            "La bacteria de Corvera se transmite a los excursionistas por las garrapatas.",
            "es",
        ),
        # A shopping list's product names: a brand is no verb, and no act is told.
        (
            "Corvex EarBuds with Wireless Charging Case",
            "Corvex EarBuds 2 with wireless charging case",
            "en",
        ),
        (
            "Corvex EarBuds with Wireless Charging Case",
            "The new Zentro pad has a spot for charging Corvex EarBuds with Wireless Charging "
            "Case.",
            "en",
        ),
    ],
)
def test_what_is_neither_tier(a, b, lang):
    assert confirmation(claim_of(a, "a1", lang), claim_of(b, "b1", lang)) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A free relative against a subject written: left to the frames.
        (
            "Quienes se oponían al proyecto lograron frenar la votación en el pleno de Orbaneja.",
            "Los vecinos contrarios al proyecto lograron frenar la votación en Orbaneja.",
        ),
        # Only one side names anyone: the other leaves the actor unsaid.
        (
            "Rescataron con vida a los excursionistas perdidos en la sierra de Corvera.",
            "Los bomberos de Orbaneja rescataron a los excursionistas en la sierra de Corvera.",
        ),
        # A speaker's "hemos" has an actor, the speaker: not two acts by names alone.
        (
            "Hemos logrado acceder al teléfono del atacante de Monteluz, señaló el Ministerio "
            "de Justicia.",
            "La policía de Orbaneja logró acceder al teléfono de Raúl Andrade, el atacante de "
            "Monteluz.",
        ),
    ],
)
def test_what_stays_alike(a, b):
    assert confirmation(claim_of(a, "a1"), claim_of(b, "b1")) == ALIKE


def test_a_member_no_other_origin_confirms_stands_alone():
    """A group is shown as its origins' confirmations: a member that confirms nothing with
    any claim of another origin (put there by the alignment's wording) is its outlet's
    own claim, not confirmed by the others' (on a real run, the losers' seats in a group
    of the winner's investiture)."""
    first = claim_of("La alcaldesa Irene Solano inauguró el puente del río Tormal.", "a1")
    same = claim_of("Irene Solano inauguró este martes el puente del río Tormal.", "b1")
    other = claim_of("El puente del río Tormal costó tres millones de euros a Monteluz.", "a1")
    assert confirmation(first, same) == CORROBORATED
    assert confirmation(other, same) is None
    groups = _shown([first, same, other], {"a1": 0, "b1": 1}, {})
    assert [(g.label, len(g.claims)) for g in groups] == [(CORROBORATED, 2), (SINGLE_SOURCE, 1)]
    assert groups[1].claims == [other]


def test_a_guess_with_a_day_both_give_is_still_anchored():
    """Two outlets reporting one rumoured date ("podría aprobar ... el martes 12 de mayo")
    report something datable: the day anchors it, whatever the modal."""
    x = claim_of("El Gobierno podría aprobar el decreto de vivienda el martes 12 de mayo.", "a1")
    y = claim_of(
        "El decreto de vivienda podría aprobarse el martes 12 de mayo en el Consejo de Ministros.",
        "b1",
    )
    assert confirmation(x, y) == CORROBORATED


def test_a_headline_and_its_lead_keep_each_other():
    """A headline restates its article's lead, a dateline between them at most: when one
    of the two is confirmed by another origin, the other stays in the group; a later
    sentence of that article does not."""
    article = replace(
        story_article(
            "a1",
            "Diario del Valle",
            [
                "MONTELUZ (EFE) - Decenas de miles de personas recibieron 2027 en la plaza "
                "mayor de Monteluz.",
                "El alcalde Tomás Ferrer agradeció el trabajo de los servicios de limpieza.",
            ],
            WHEN,
            "es",
        ),
        title="Miles de vecinos reciben el año en la plaza de Monteluz",
    )
    claims = extract_claims(article)
    head = next(c for c in claims if c.headline)
    lead = next(c for c in claims if c.sentence.startswith("Decenas"))
    later = next(c for c in claims if c.sentence.startswith("El alcalde"))
    assert _lead_of(head, lead)
    assert not _lead_of(head, later)


def test_one_span_in_both_is_no_other_figure():
    x = claim_of("La paciente acudió al médico tras tres meses de cansancio en Monteluz.", "a1")
    y = claim_of(
        "La paciente de Monteluz acudió al médico después de tres meses de cansancio.", "b1"
    )
    assert confirmation(x, y) == CORROBORATED


def test_a_habit_in_a_describing_clause_or_the_past_is_a_fact():
    """What a thing usually does, said in a relative clause, describes it; the main clause
    still tells its fact. A finding in the past is a particular event."""
    x = claim_of(
        "El laboratorio de Defensa, que suele dedicarse a los repelentes, ahora produce gel "
        "de alcohol para Monteluz.",
        "a1",
    )
    y = claim_of(
        "El laboratorio de Defensa, normalmente dedicado a los repelentes, ahora produce gel "
        "de alcohol para Monteluz.",
        "b1",
    )
    assert confirmation(x, y) is not None
    found = claim_of(
        "The Corvex bacterium was found in two rodents caught near Orbaneja last week.", "a1", "en"
    )
    officials = claim_of(
        "Health officials found the Corvex bacterium in two rodents near Orbaneja.", "b1", "en"
    )
    assert confirmation(found, officials) == CORROBORATED


@pytest.mark.parametrize(
    "framed",
    [
        "En esa ocasión se dijo que 40.000 turistas visitaron la feria de Valdemora en julio.",
        "Es falso que 40.000 turistas visitaron la feria de Valdemora en julio.",
        "Circula en redes que 40.000 turistas visitaron la feria de Valdemora en julio.",
        "FALSO: 40.000 turistas visitaron la feria de Valdemora en julio.",
    ],
)
def test_a_fact_checks_framing_confirms_nothing(framed):
    """A fact-check reports the claim it checks (a verdict, a rumour going round, a claim
    said by no one named) to weigh it, not as a fact: with the other outlet's very figure
    it confirms nothing, while the same figure asserted does (CLAIMS.md item 113)."""
    other = claim_of("40.000 turistas visitaron la feria de Valdemora en julio.", "b")
    asserted = claim_of("Unos 40.000 turistas visitaron en julio la feria de Valdemora.", "a")
    assert confirmation(asserted, other) == CORROBORATED
    assert confirmation(claim_of(framed, "a"), other) is None


def test_a_kind_named_on_one_side_only_confirms_nothing():
    """One act of a bare kind ("la vacuna") against the same noun the other names by a
    name the first does not state ("la vacuna de Laboratorios Ferrán") may be two of that
    kind (two vaccines of one story): it confirms nothing; named by both, bare on both
    sides, or described on the bare side, the act still confirms (CLAIMS.md item 113)."""
    bare = claim_of("La vacuna se probó en voluntarios de Tormalia y de Corvera.", "a")
    named = claim_of("La vacuna de Laboratorios Ferrán se probó en voluntarios de Corvera.", "b")
    also_bare = claim_of("La vacuna se probó en voluntarios de Corvera el año pasado.", "c")
    named_too = claim_of("La vacuna de Laboratorios Ferrán se probó en Tormalia.", "d")
    described = claim_of("La vacuna del laboratorio se probó en voluntarios de Corvera.", "e")
    assert confirmation(bare, named) is None
    assert confirmation(described, named) == CORROBORATED
    assert confirmation(bare, also_bare) is not None
    assert confirmation(named_too, named) == CORROBORATED


def test_two_beginnings_of_other_things_confirm_nothing():
    """A verb of beginning names one act only when what begins is one thing: a country
    beginning a negotiation and a new stage beginning in its relations are two facts,
    though both name the country; one negotiation said to begin by both still confirms
    (CLAIMS.md item 113)."""
    stage = claim_of(
        "En suma, se inicia una nueva etapa en la relación de Tormalia con Corvera.", "a"
    )
    talks = claim_of("Tormalia inició una negociación con Corvera que duró cuatro años.", "b")
    same_talks = claim_of("La negociación de Tormalia con Corvera comenzó en Valdemora.", "c")
    assert confirmation(stage, talks) is None
    assert confirmation(same_talks, talks) is not None
