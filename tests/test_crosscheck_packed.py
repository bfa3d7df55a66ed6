"""A sentence that packs two facts is confirmed only for the fact another outlet states:
the other fact (its figure) stays its outlet's own. Fictional wildfire; the expected
outcomes were written before the first run."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from conftest import story_article
from contrasta.crosscheck import ALIKE, CONTRADICTED, CORROBORATED, crosscheck
from contrasta.dossier.summary import neutral_summary

LEAD = (
    "El incendio declarado el domingo en Robledal del Monte ha arrasado ya 1.500 hectáreas, "
    "según el Servicio Forestal Regional, y mantiene desalojados a unos 300 vecinos."
)
OTHER = "Un incendio forestal obligó el lunes a desalojar a 300 vecinos de Robledal del Monte."


def _articles(title_a: str | None = None, title_b: str | None = None):
    a = story_article(
        "diario",
        "El Diario de la Comarca",
        [LEAD, "Los medios aéreos trabajan desde primera hora en la zona."],
        datetime(2026, 8, 10, 9),
    )
    b = story_article(
        "voz",
        "La Voz de la Sierra",
        [OTHER, "Los vecinos pasaron la noche en el polideportivo municipal."],
        datetime(2026, 8, 10, 11),
    )
    return [
        replace(a, title=title_a) if title_a else a,
        replace(b, title=title_b) if title_b else b,
    ]


def _shown_agreeing(checked):
    return [c for g in checked.groups if g.label in (CORROBORATED, ALIKE) for c in g.claims]


def test_a_clause_counting_two_things_is_not_confirmed_by_one_count():
    """A headline giving the burnt area and the evacuated together (one clause, two
    counts) against an outlet that states only the evacuated: the headline is not shown
    confirmed, since its 1.500 hectares would be."""
    articles = _articles(
        "El incendio de Robledal del Monte arrasa 1.500 hectáreas y obliga a desalojar a 300 "
        "vecinos"
    )
    checked = crosscheck(articles)
    agreeing = _shown_agreeing(checked)
    assert not any("1.500" in c.sentence for c in agreeing), agreeing


def test_two_counts_confirmed_by_two_counts_still_confirm():
    """The converse: both outlets give both counts, one fact in both."""
    articles = _articles(
        "El incendio de Robledal del Monte arrasa 1.500 hectáreas y obliga a desalojar a 300 "
        "vecinos",
        "El fuego de Robledal del Monte calcina 1.500 hectáreas y obliga a desalojar a 300 vecinos",
    )
    checked = crosscheck(articles)
    titles = [c for c in _shown_agreeing(checked) if c.headline or c.field == "title"]
    assert {c.article_id for c in titles} == {"diario", "voz"}


def test_a_confirmed_point_is_cut_to_the_clause_the_other_outlet_states():
    """The evacuated are confirmed by both outlets; the sentence that states them also
    gives the burnt area, which only one outlet states: the summary's confirmed point shows
    the clause, not the whole sentence with the 1.500 hectares in it."""
    articles = _articles()
    checked = crosscheck(articles)
    (group,) = [
        g
        for g in checked.groups
        if any("300 vecinos" in c.sentence for c in g.claims)
        and len({c.article_id for c in g.claims}) == 2
    ]
    assert group.label in (CORROBORATED, ALIKE)
    assert not any("1.500" in c.sentence for c in group.claims)
    summary = neutral_summary(checked, articles)
    shown = summary.agreed + summary.alike
    assert shown and all("1.500" not in p.text for p in shown), shown
    assert any("300 vecinos" in p.text for p in shown)


def test_three_figures_for_one_burnt_area_are_disputed():
    """Three outlets give the area one fire burnt on one day, each with its own verb of a
    fire's toll (arrasar, calcinar, devorar) and its own figure: one disputed fact naming
    all three, not three single-source ones."""
    articles = [
        story_article(
            "diario",
            "El Diario de la Comarca",
            [
                "El incendio declarado el domingo en Robledal del Monte ha arrasado ya 1.500 "
                "hectáreas, según el Servicio Forestal Regional."
            ],
            datetime(2026, 8, 10, 9),
        ),
        story_article(
            "voz",
            "La Voz de la Sierra",
            ["El fuego ha calcinado 1.200 hectáreas de pinar, según los bomberos."],
            datetime(2026, 8, 10, 11),
        ),
        story_article(
            "norte",
            "Noticias del Norte",
            [
                "Las llamas han devorado 1.300 hectáreas en los montes de Robledal del Monte, "
                "según la Guardia Civil."
            ],
            datetime(2026, 8, 10, 12),
        ),
    ]
    checked = crosscheck(articles)
    disputed = [g for g in checked.groups if g.label == CONTRADICTED]
    assert len(disputed) == 1, [(g.label, [c.sentence for c in g.claims]) for g in checked.groups]
    (group,) = disputed
    assert {c.article_id for c in group.claims} == {"diario", "voz", "norte"}
    assert {frozenset(v) for v in (k.values for k in group.conflicts)} == {
        frozenset({"1.500 hectáreas", "1.200 hectáreas"}),
        frozenset({"1.500 hectáreas", "1.300 hectáreas"}),
        frozenset({"1.200 hectáreas", "1.300 hectáreas"}),
    }


def test_two_areas_of_two_acts_are_not_disputed():
    """The converse: an area burnt and an area a plan will replant are two figures of two
    acts, no dispute."""
    articles = [
        story_article(
            "diario",
            "El Diario de la Comarca",
            ["El incendio de Robledal del Monte ha arrasado 1.500 hectáreas de pinar."],
            datetime(2026, 8, 10, 9),
        ),
        story_article(
            "voz",
            "La Voz de la Sierra",
            ["La Junta replantará 400 hectáreas de pinar en Robledal del Monte el próximo año."],
            datetime(2026, 8, 10, 11),
        ),
    ]
    checked = crosscheck(articles)
    assert not [g for g in checked.groups if g.label == CONTRADICTED]


def test_the_figures_of_one_vote_are_one_fact():
    """The converse of a clause packing two acts: one vote's tally, one verb, is one
    outcome, and an outlet giving its votes in favour confirms it."""
    articles = [
        story_article(
            "diario",
            "El Diario de la Comarca",
            [
                "El pleno de Monteluz aprobó el presupuesto municipal con 14 votos a favor, 9 en "
                "contra y 2 abstenciones."
            ],
            datetime(2026, 8, 10, 9),
        ),
        story_article(
            "voz",
            "La Voz de la Sierra",
            ["El pleno de Monteluz aprobó el presupuesto municipal con 14 votos a favor."],
            datetime(2026, 8, 10, 11),
        ),
    ]
    checked = crosscheck(articles)
    (group,) = [g for g in checked.groups if len({c.article_id for c in g.claims}) == 2]
    assert group.label == CORROBORATED
