"""What may be shown as a "posible contradicción": press-writing conventions for a negation,
a figure and a quote (CLAIMS.md item 106). Each pair here is fictional; the pairs that must
not be shown as conflicts were each shown as one before those conventions."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_crosscheck import FILLER  # each outlet its own background paragraphs

from conftest import story_article
from contrasta.crosscheck import CONTRADICTED, CORROBORATED, crosscheck
from contrasta.crosscheck.frames import Frame, place_conflict
from contrasta.crosscheck.said import same_person


def two_outlets(lead_a: str, lead_b: str):
    when = datetime(2026, 3, 10, 9)
    return crosscheck(
        [
            story_article("a1", "Diario del Valle", [lead_a, *FILLER["a"]], when),
            story_article("b1", "La Gaceta Fluvial", [lead_b, *FILLER["b"]], when),
        ]
    )


def conflicts(checked) -> list[tuple[str, tuple[str, str]]]:
    return [(c.kind, c.values) for g in checked.groups for c in g.conflicts]


def shown_across(checked) -> list[str]:
    """Labels of the groups holding both outlets' claims."""
    return [g.label for g in checked.groups if len(g.article_ids) > 1]


@pytest.mark.parametrize(
    "lead_a, lead_b",
    [
        # Other actors: one refused a meeting, another held one.
        (
            "La alcaldesa Inés Robledo rechazó reunirse con los vecinos del barrio de la Ribera.",
            "El concejal Julián Sotelo se reunió con los vecinos del barrio de la Ribera.",
        ),
        # The negation reaches a verb of a reported clause, not the main predicate.
        (
            "El alcalde de Monteluz dijo que los vecinos estaban tranquilos y que no "
            "necesitaban ayuda.",
            "Los vecinos de la Ribera necesitaron ayuda de los bomberos para salir de sus casas.",
        ),
        # A negated infinitive: what someone asks not to do, no act denied.
        (
            "La concejala Inés Robledo pidió no cerrar el mercado de abastos de Monteluz.",
            "El ayuntamiento cerró el mercado de abastos de Monteluz este martes.",
        ),
        # A negated comparative of equality denies a degree: some aid came.
        (
            "Monteluz no ha recibido tantas ayudas como esperaba tras la crecida del río Tarma.",
            "Monteluz recibió este martes las primeras ayudas tras la crecida del río Tarma.",
        ),
        # The consequence of a condition: what would follow, no act denied.
        (
            "Si el caudal baja esta noche, los vecinos de la Ribera no abandonarán sus casas.",
            "Los vecinos de la Ribera abandonaron sus casas por la crecida del río Tarma.",
        ),
        # A present belief and a past one, in the body: two times.
        (
            '"No creo que el puente de la Ribera aguante otra crecida", dijo el técnico.',
            "Los técnicos creían que el puente de la Ribera aguantaría la crecida.",
        ),
        # A corrective negation: of a complement ("no como vecinos"), not of the act.
        (
            "La escuela de Monteluz forma a los niños como ciudadanos, no como vecinos.",
            "La escuela de Monteluz forma a los niños como vecinos del barrio de la Ribera.",
        ),
        # An obligation ("debemos revisar") tells no act done.
        (
            "Los técnicos de Monteluz no revisan el puente de la Ribera.",
            '"Debemos revisar primero el puente de la Ribera", dijo el alcalde de Monteluz.',
        ),
        # The other clause asserts nothing: its verb is under "no quiere decir que".
        (
            "La consejera de Sanidad no ha recomendado el jarabe de saúco contra la gripe.",
            "El jarabe es inocuo, pero eso no quiere decir que se recomiende contra la gripe.",
        ),
    ],
)
def test_a_denial_of_another_act_actor_or_time_is_no_conflict(lead_a, lead_b):
    checked = two_outlets(lead_a, lead_b)
    assert not conflicts(checked)
    assert CORROBORATED not in shown_across(checked)


@pytest.mark.parametrize(
    "lead_a, lead_b",
    [
        (
            "La alcaldesa Inés Robledo no se reunió con los vecinos del barrio de la Ribera.",
            "La alcaldesa Inés Robledo se reunió con los vecinos del barrio de la Ribera.",
        ),
        # The negated form's stem is not its lemma's ("murió" / "morir"): one act still.
        (
            "El pintor Julián Sotelo no murió en Monteluz, según su familia.",
            "El pintor Julián Sotelo murió en Monteluz a los 90 años.",
        ),
    ],
)
def test_a_denial_by_the_same_actor_of_the_same_act_is_a_conflict(lead_a, lead_b):
    checked = two_outlets(lead_a, lead_b)
    assert [kind for kind, _ in conflicts(checked)] == ["negation"]
    assert shown_across(checked) == [CONTRADICTED]


@pytest.mark.parametrize(
    "lead_a, lead_b",
    [
        # A share and a number of people.
        (
            "Treinta por ciento de los vecinos de Monteluz fueron evacuados por la crecida "
            "del río Tarma.",
            "Unos 800 vecinos de Monteluz fueron evacuados por la crecida del río Tarma.",
        ),
        # A forecast and a report.
        (
            "Unos 300 vecinos de Monteluz serán evacuados por la crecida del río Tarma.",
            "Unos 800 vecinos de Monteluz fueron evacuados por la crecida del río Tarma.",
        ),
        # "las dos dosis" names the set a vaccine has, no count reported.
        (
            "El número de dosis entregadas al hospital de Monteluz asciende a 5.000.",
            "Los vecinos deben seguir unas medidas después de recibir las dos dosis de la vacuna.",
        ),
        # A margin ("ganó por 300 votos") and a count of votes.
        (
            "La candidata Inés Robledo ganó por 300 votos las elecciones de Monteluz.",
            "La candidata Inés Robledo ganó 4.500 votos en las elecciones de Monteluz.",
        ),
    ],
)
def test_figures_of_two_measures_or_two_times_are_no_conflict(lead_a, lead_b):
    checked = two_outlets(lead_a, lead_b)
    assert not conflicts(checked)
    assert CORROBORATED not in shown_across(checked)


@pytest.mark.parametrize(
    "lead_a, lead_b, values",
    [
        (
            "Unos 300 vecinos fueron evacuados ayer en Monteluz por la crecida del río Tarma.",
            "Unos 800 vecinos fueron evacuados ayer en Monteluz por la crecida del río Tarma.",
            {"300 vecinos", "800 vecinos"},
        ),
        # Two forecasts of one count.
        (
            "Unos 300 vecinos de Monteluz serán evacuados por la crecida del río Tarma.",
            "Unos 800 vecinos de Monteluz serán evacuados por la crecida del río Tarma.",
            {"300 vecinos", "800 vecinos"},
        ),
        # Two margins of one win.
        (
            "La candidata Inés Robledo ganó por 300 votos las elecciones de Monteluz.",
            "La candidata Inés Robledo ganó por 500 votos las elecciones de Monteluz.",
            {"300 votos", "500 votos"},
        ),
    ],
)
def test_figures_of_one_measure_at_one_time_conflict(lead_a, lead_b, values):
    checked = two_outlets(lead_a, lead_b)
    assert [(kind, set(found)) for kind, found in conflicts(checked)] == [("number", values)]


WORDS = "«El agua ha llegado a niveles que no veíamos desde hace treinta años»"


def test_a_phrase_two_people_used_is_no_quote_of_two_speakers():
    """Two statements opening with one set phrase are two quotes: neither a speaker
    conflict nor one statement confirmed; the same words whole still are one quote."""
    checked = two_outlets(
        "«Es una vergüenza que el ayuntamiento cierre el mercado sin avisar a los "
        "comerciantes», afirmó el concejal Julián Sotelo.",
        "«Es una vergüenza que el barro siga en las calles del barrio una semana después "
        "de la crecida», declaró la alcaldesa Inés Robledo.",
    )
    assert not conflicts(checked)
    assert CORROBORATED not in shown_across(checked)
    checked = two_outlets(
        f"{WORDS}, afirmó el jefe de bomberos, Julián Sotelo, en el puesto de mando.",
        f"{WORDS}, declaró la alcaldesa, Inés Robledo, tras visitar la zona.",
    )
    assert [kind for kind, _ in conflicts(checked)] == ["speaker"]


def test_a_publication_credited_with_a_quote_is_no_speaker():
    checked = two_outlets(
        f"{WORDS}, según la revista Horizonte.",
        f"{WORDS}, declaró la alcaldesa, Inés Robledo, tras visitar la zona.",
    )
    assert not [kind for kind, _ in conflicts(checked) if kind == "speaker"]
    checked = two_outlets(
        f"{WORDS}, según el bombero Julián Sotelo.",
        f"{WORDS}, declaró la alcaldesa, Inés Robledo, tras visitar la zona.",
    )
    assert [kind for kind, _ in conflicts(checked)] == ["speaker"]


def test_a_given_name_and_first_surname_are_the_full_name():
    assert same_person("Julián Sotelo", "Julián Sotelo Ruiz")
    assert same_person("Sotelo Ruiz", "Julián Sotelo Ruiz")
    assert not same_person("Julián", "Julián Sotelo Ruiz")  # a given name alone: many people
    assert not same_person("Julián Sotelo", "Julián Robledo")


def test_one_place_written_alike_is_no_place_conflict():
    def frame(places: tuple[str, ...]) -> Frame:
        return Frame(actors=("Sotelo",), predicate="visitar", places=places, lang="es")

    assert place_conflict(frame(("CDMX",)), frame(("CDMX",)), "", "") is None
    assert place_conflict(frame(("DF",)), frame(("DF",)), "", "") is None  # too short a word
    assert place_conflict(frame(("Monteluz",)), frame(("Tarma",)), "", "") is not None


def test_the_module_says_every_conflict_kind_it_checks():
    """The docstring of `crosscheck.labels` names each kind of conflict the labels table
    shows, and no other: it once said "five kinds" when nine were checked."""
    import re

    from contrasta.crosscheck import labels as module
    from contrasta.labels import CONFLICT_KINDS

    named = set(re.findall(r"kind `(\w+)`", " ".join(module.__doc__.split())))
    assert named == set(CONFLICT_KINDS)
    assert not re.search(r"\b(one|two|three|four|five|six|seven|eight|ten) kinds\b", module.__doc__)
