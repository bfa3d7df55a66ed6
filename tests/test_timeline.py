"""The timeline: events in date order, and chronology conflicts (an event reported as
happening after another source said it was called off), on fictional stories written
for these tests, through to the three reports."""

from __future__ import annotations

import json
from datetime import datetime

from conftest import story_article
from contrasta import i18n
from contrasta.crosscheck import crosscheck
from contrasta.dossier import build_dossier
from contrasta.dossier.timeline import BACKGROUND_DAYS, timeline
from contrasta.model import Article, Story, StoryMember
from contrasta.report.html import story_html
from contrasta.report.jsonout import story_json
from contrasta.report.markdown import story_markdown
from contrasta.report.page import story_page
from contrasta.web.charts import timeline_chart

CALLED_OFF = (
    "El alcalde de Robledal, Ramón Escudero, anunció que la Feria del Queso, prevista para "
    "el domingo 22 de marzo, no se celebrará este año por el incendio de la sierra."
)
HELD = (
    "La Feria del Queso de Robledal se celebró el domingo 22 de marzo con la participación "
    "de 40 queserías y miles de visitantes llegados de toda la comarca."
)


def article(key: str, outlet: str, when: datetime | None, *paragraphs: str) -> Article:
    return story_article(key, outlet, list(paragraphs), when)


def fair_story(held_on: datetime, held: str = HELD) -> list[Article]:
    return [
        article(
            "radio",
            "Radio Sierra Noticias",
            datetime(2026, 3, 15, 19, 20),
            CALLED_OFF,
            "Los vecinos desalojados no podrán volver a sus casas al menos hasta el martes, "
            "según el Ayuntamiento de Robledal.",
        ),
        article(
            "tribuna",
            "La Tribuna del Norte",
            held_on,
            held,
            "El presidente regional visitó la zona quemada y prometió ayudas para los "
            "ganaderos afectados por el fuego.",
        ),
    ]


def test_an_event_reported_after_it_was_called_off_is_flagged():
    entries = timeline(crosscheck(fair_story(datetime(2026, 3, 23, 9))))
    [held] = [e for e in entries if e.article_id == "tribuna" and "Feria" in e.text]
    assert (held.when.iso, held.when.precision) == ("2026-03-22", "day")
    [called_off] = held.called_off
    assert (called_off.outlet, called_off.said_on.isoformat()) == (
        "Radio Sierra Noticias",
        "2026-03-15",
    )
    assert called_off.text == CALLED_OFF
    assert not [e for e in entries if e.article_id == "radio" and e.called_off]


def test_an_event_before_the_call_off_or_another_thing_is_not_flagged():
    earlier = HELD.replace("domingo 22 de marzo", "domingo 8 de marzo")
    entries = timeline(crosscheck(fair_story(datetime(2026, 3, 9, 9), earlier)))
    assert not [e for e in entries if e.called_off]
    other = (
        "La Feria del Vino de Robledal se celebró el domingo 22 de marzo con la participación "
        "de 40 bodegas y miles de visitantes llegados de toda la comarca."
    )
    entries = timeline(crosscheck(fair_story(datetime(2026, 3, 23, 9), other)))
    assert not [e for e in entries if e.called_off]


def test_a_ruled_out_hypothesis_or_a_place_is_not_a_called_off_event():
    story = [
        article(
            "radio",
            "Radio Sierra Noticias",
            datetime(2026, 3, 15, 19),
            "La consejera de Medio Ambiente descartó este domingo que el incendio de la "
            "sierra de Peñablanca fuera intencionado.",
            "Las clases están suspendidas en todo el Valle del Tordo hasta nuevo aviso por "
            "el humo del incendio.",
        ),
        article(
            "tribuna",
            "La Tribuna del Norte",
            datetime(2026, 3, 18, 9),
            "El incendio de la sierra de Peñablanca quedó estabilizado el lunes 16 de marzo "
            "tras arrasar 4.200 hectáreas.",
            "El Valle del Tordo recibió el martes 17 de marzo los primeros camiones con "
            "ayuda para los ganaderos.",
        ),
    ]
    assert not [e for e in timeline(crosscheck(story)) if e.called_off]


def test_who_called_it_off_is_not_the_thing_called_off():
    """An active verb's object is what was called off, whatever its ending: "cancelled"
    after a subject, "ha suspendido" after haber; only after a form of "be" is it a
    passive whose subject is the thing."""
    held = (
        "Northvale's Harbour Regatta was held on Saturday, March 21, with 40 boats and "
        "thousands of visitors from across the bay."
    )
    storm = (
        "The storm brought down power lines across the eastern districts of the county, "
        "and the council said that schools would stay closed until Tuesday."
    )

    def flagged(called_off: str, report: str, lang: str) -> bool:
        story = [
            story_article("radio", "Bay Radio", [called_off, storm], datetime(2026, 3, 15), lang),
            story_article("tribune", "Tribune", [report, storm], datetime(2026, 3, 22), lang),
        ]
        return any(e.called_off for e in timeline(crosscheck(story)))

    project = "This is also the year that Northvale cancelled its failed ferry link project."
    assert not flagged(project, held, "en")
    passive = "This year Northvale's Harbour Regatta was cancelled because of the storm."
    assert flagged(passive, held, "en")
    active = "The mayor of Northvale cancelled the Harbour Regatta because of the storm."
    assert flagged(active, held, "en")
    spanish = "El alcalde Ramón Escudero ha suspendido la Feria del Queso por el incendio."
    assert flagged(spanish, HELD, "es")


def test_the_reports_show_the_chronology_conflict():
    articles = fair_story(datetime(2026, 3, 23, 9))
    story = Story("s1", "La Feria del Queso", [StoryMember(a.id, 1.0, "test") for a in articles])
    dossier = build_dossier(story, articles)
    generated = datetime(2026, 3, 24)
    flag = "Radio Sierra Noticias lo dio por suspendido o descartado el 2026-03-15"
    assert flag in story_markdown(story_page(dossier))
    assert flag in story_html(story_page(dossier), generated).replace(
        '<a href="#a-radio">Radio Sierra Noticias</a>', "Radio Sierra Noticias"
    )
    data = json.loads(story_json(story_page(dossier)))
    [entry] = [e for e in data["timeline"] if e["called_off"]]
    assert entry["when"]["value"] == "2026-03-22"
    assert entry["when"]["precision"] == "day"
    assert entry["called_off"][0]["said_on"] == "2026-03-15"
    start, end = entry["called_off"][0]["start"], entry["called_off"][0]["end"]
    assert articles[0].text[start:end] == CALLED_OFF


def undated(key: str, outlet: str, *paragraphs: str, ingested=datetime(2026, 3, 24, 8)) -> Article:
    found = article(key, outlet, None, *paragraphs)
    found.ingested_at = ingested
    return found


def test_an_undated_article_takes_no_part_in_chronology_conflicts():
    held_in_full = HELD.replace("domingo 22 de marzo", "domingo 22 de marzo de 2026")
    caller, reporter = fair_story(datetime(2026, 3, 23, 9), held_in_full)
    # Its calling off has no day it was said on, whenever it was read.
    paragraphs = caller.text.split("\n\n")
    silent = undated("radio", "Radio Sierra Noticias", *paragraphs, ingested=datetime(2026, 3, 16))
    assert not [e for e in timeline(crosscheck([silent, reporter])) if e.called_off]
    # Nor can it be told whether it reported the event before or after the calling off.
    late = undated("tribuna", "La Tribuna del Norte", *reporter.text.split("\n\n"))
    entries = timeline(crosscheck([caller, late]))
    assert "2026-03-22" in [e.when.iso for e in entries]
    assert not [e for e in entries if e.called_off]


ARRIVAL = (
    "La ministra de Agricultura llegó este domingo a Robledal para reunirse con los "
    "ganaderos afectados por el incendio."
)
BACKGROUND = (
    "El último gran incendio de la comarca, en 2024, quemó 900 hectáreas de monte bajo y pinar."
)
REOPENING = (
    "La carretera de la sierra reabrió en septiembre de 2025 después de dos años de obras "
    "de reparación."
)


def test_dates_keep_their_precision_and_undated_ones_stay_unresolved():
    articles = [
        article("tribuna", "La Tribuna del Norte", datetime(2026, 3, 23, 9), BACKGROUND),
        article("radio", "Radio Sierra Noticias", datetime(2026, 3, 23, 11), REOPENING),
        undated("eco", "El Eco de la Sierra", ARRIVAL),
    ]
    for claim in crosscheck([articles[2]]).groups[0].claims:
        assert [(d.text, d.value, d.precision) for d in claim.dates] == [
            ("este domingo", None, "day")
        ]
    story = Story("s1", "Robledal", [StoryMember(a.id, 1.0, "test") for a in articles])
    dossier = build_dossier(story, articles)
    shown = [e.when.shown for e in dossier.timeline]
    assert shown == ["2024", "septiembre de 2025", "este domingo (sin fecha de referencia)"]
    generated = datetime(2026, 3, 24)
    markdown = story_markdown(story_page(dossier))
    html = story_html(story_page(dossier), generated)
    for when in shown:
        assert when in markdown
        assert when in html
    for report in (markdown, html):
        assert "2024-01-01" not in report
        assert "2025-09-01" not in report
    # The web chart places what it can: a year and a month; the rest is in the table.
    chart = timeline_chart(dossier.timeline, lambda article_id, start: "#")
    assert [label.text for label in chart.labels] == ["2024", "sep 2025"]
    assert len(chart.dots) == 2
    data = json.loads(story_json(story_page(dossier)))
    assert [
        (e["when"]["value"], e["when"]["precision"], e["when"]["text"]) for e in data["timeline"]
    ] == [
        ("2024", "year", "2024"),
        ("2025-09", "month", "septiembre de 2025"),
        (None, "day", "este domingo"),
    ]
    [claim] = [c for g in data["claims"] for c in g["claims"] if c["article_id"] == "eco"]
    [date] = claim["dates"]
    assert articles[2].text[date["start"] : date["end"]] == "este domingo"
    assert date["value"] is None


SPRING_ARRIVAL = ARRIVAL.replace("este domingo", "el domingo 22 de marzo")
OLD_PLAN = (
    "El consejo comarcal aprobó el 10 de febrero de 2026 el plan de prevención de incendios "
    "que ahora revisan los técnicos."
)
FIRST_FIRES = (
    "Los primeros focos del incendio se detectaron el 25 de febrero de 2026 en la ladera "
    "norte de la sierra de Peñablanca."
)
PLANES = "La Diputación compró en enero de 2026 dos hidroaviones para la campaña de verano."


def test_facts_placed_well_before_the_story_are_background_shown_apart():
    """An entry whose date (the last day of the year or month it is written with) ends
    more than `BACKGROUND_DAYS` before the story's first dated article is background: the
    reports, the JSON and the page show the story's own entries first and these apart,
    under their own heading. An entry of an undated article's relative day, or of a story
    with no dated article, is never background: there is no line to draw."""
    assert BACKGROUND_DAYS == 31
    articles = [
        article(
            "tribuna", "La Tribuna del Norte", datetime(2026, 3, 23, 9), SPRING_ARRIVAL, OLD_PLAN
        ),
        article(
            "radio", "Radio Sierra Noticias", datetime(2026, 3, 24, 11), BACKGROUND, FIRST_FIRES
        ),
        article("faro", "El Faro de Robledal", datetime(2026, 3, 25, 8), PLANES),
        undated("eco", "El Eco de la Sierra", ARRIVAL),
    ]
    story = Story("s1", "Robledal", [StoryMember(a.id, 1.0, "test") for a in articles])
    dossier = build_dossier(story, articles)
    marked = {e.text: e.background for e in dossier.timeline}
    # the line: 2026-03-23 less 31 days is 2026-02-20
    assert marked == {
        BACKGROUND: True,  # 2024
        PLANES: True,  # January 2026 ends on the 31st
        OLD_PLAN: True,  # 10 February
        FIRST_FIRES: False,  # 25 February
        SPRING_ARRIVAL: False,
        ARRIVAL: False,  # "este domingo" of an undated article: no day
    }
    page = story_page(dossier)
    assert [e.text for e in page.timeline] == [FIRST_FIRES, SPRING_ARRIVAL, ARRIVAL]
    assert [e.text for e in page.background] == [BACKGROUND, PLANES, OLD_PLAN]
    with i18n.using("es"):
        markdown = story_markdown(story_page(dossier))
        html = story_html(story_page(dossier), datetime(2026, 3, 26))
    for report, timeline_heading, heading, next_heading in (
        (markdown, "### Cronología", "#### Antecedentes", "\n### "),
        (html, ">Cronología</h2>", ">Antecedentes</h3>", "<h2>"),
    ):
        apart = report.index(heading)
        own = report[report.index(timeline_heading) : apart]
        background = report[apart : report.index(next_heading, apart)]
        assert [e.text for e in page.timeline if e.text in own] == [e.text for e in page.timeline]
        assert not [e for e in page.background if e.text in own]
        assert [e.text for e in page.background if e.text in background] == [
            e.text for e in page.background
        ]
    data = json.loads(story_json(page))
    assert {e["text"]: e["background"] for e in data["timeline"]} == marked
    with i18n.using("en"):
        assert "#### Background" in story_markdown(story_page(dossier))
    # With no dated article, the line is the story's year (the one most of its entries are
    # placed in, the latest on a tie: 2026 here): the 2024 fire is background.
    undated_only = [undated("eco", "El Eco de la Sierra", BACKGROUND, OLD_PLAN)]
    story = Story("s2", "Robledal", [StoryMember("eco", 1.0, "test")])
    entries = build_dossier(story, undated_only).timeline
    assert {e.text: e.background for e in entries} == {BACKGROUND: True, OLD_PLAN: False}


CLOSURE = "El Ayuntamiento de Robledal cerró en 2026 el vertedero de la sierra tras el incendio."
MILL = "El molino de Robledal, el último de la comarca, dejó de moler en 2019."
FLOOD = "La riada de 2026 anegó la vega de Robledal y arrastró dos puentes."
FEBRUARY_FIRE = "El primer incendio de la sierra se declaró en febrero de 2026 en la ladera norte."
SCHOOL = "La escuela de Robledal abrió en 2024 con 20 alumnos."


def test_with_no_dated_article_the_years_before_the_storys_are_background():
    """With no dated article there is no publication day to draw the line from, but a story
    tells most of its facts in its own year: the entries placed before the year most of its
    entries are placed in (the latest on a tie) are background; those of its year stay the
    story's own, but a month written with its year is background too (with no dated article
    a month and year is mostly a stage recalled: of the readings' ten such entries one was
    the story's own news, six background)."""
    articles = [
        undated("eco", "El Eco de la Sierra", CLOSURE, MILL, FEBRUARY_FIRE),
        undated("voz", "La Voz de Robledal", FLOOD, SCHOOL),
    ]
    story = Story("s3", "Robledal", [StoryMember(a.id, 1.0, "test") for a in articles])
    marked = {e.text: e.background for e in build_dossier(story, articles).timeline}
    assert marked == {
        CLOSURE: False,  # 2026, the story's year (2026 twice, 2019 and 2024 once)
        FLOOD: False,
        MILL: True,
        SCHOOL: True,
        FEBRUARY_FIRE: True,  # February 2026: a month with its year, undated
    }
    # One article dated: the line is drawn from its day, as before (February 2026 is the
    # month of 20 February 2026, so it is the story's own; from March on it is a month
    # before the story's, background since service RULES 46).
    dated = [
        undated("eco", "El Eco de la Sierra", CLOSURE, MILL, FEBRUARY_FIRE),
        article("voz", "La Voz de Robledal", datetime(2026, 2, 20, 9), FLOOD, SCHOOL),
    ]
    story = Story("s4", "Robledal", [StoryMember(a.id, 1.0, "test") for a in dated])
    marked = {e.text: e.background for e in build_dossier(story, dated).timeline}
    assert marked[FEBRUARY_FIRE] is False
    assert marked[MILL] is True and marked[SCHOOL] is True


def test_a_year_two_or_more_years_after_the_articles_is_a_horizon():
    """A written year two or more years after the article's own (2026) is a horizon, a
    target or a plan years ahead: it places no fact. The next year's can be a scheduled
    thing and still places it; the story's own year does too."""
    horizon = "La Diputación quiere reforestar toda la sierra de Robledal en 2029."
    mission = "Los técnicos calculan que el embalse de Robledal estará lleno en marzo de 2028."
    next_year = "La Feria del Queso de Robledal volverá a celebrarse en 2027 en la plaza."
    this_year = "El incendio de la sierra quemó 900 hectáreas de pinar en 2026."
    assert placed_by(horizon, mission, next_year, this_year) == {
        horizon: None,
        mission: None,
        next_year: "2027",
        this_year: "2026",
    }


def test_a_counted_day_with_no_date_before_it_stays_unplaced_in_a_dated_article():
    """ "Un día después" counts from the last date written before it; with none, it stays
    unresolved even in a dated article, and the timeline shows it as written."""
    later = (
        "Un día después, el Ayuntamiento de Robledal cerró la carretera de la sierra a los "
        "camiones de la Feria del Queso por el avance del incendio."
    )
    radio = article(
        "radio",
        "Radio Sierra Noticias",
        datetime(2026, 3, 15, 8),
        "El alcalde de Robledal anunció que la Feria del Queso no se celebrará.",
    )
    eco = article("eco", "El Eco de Robledal", datetime(2026, 3, 16, 8), later)
    [counted] = [e for e in timeline(crosscheck([radio, eco])) if e.article_id == "eco"]
    assert (counted.when.text, counted.when.value, counted.called_off) == (
        "Un día después",
        None,
        (),
    )


def placed_by(*sentences: str, lang: str = "es") -> dict[str, str | None]:
    """Each sentence's timeline entry of one fictional dated article: the date it is
    placed by (None when the sentence has no entry)."""
    news = story_article(
        "eco", "El Eco de Robledal", list(sentences), datetime(2026, 3, 24, 9), lang
    )
    entries = {e.text: e.when.text for e in timeline(crosscheck([news]))}
    return {s: entries.get(s) for s in sentences}


def test_a_relative_day_inside_a_quote_does_not_place_its_fact():
    """A quote's "ayer" counts from when the words were said, which the article seldom
    gives: the fact is placed by a date outside the quote, or not at all."""
    quoted = (
        "“Ayer cerramos la carretera de la sierra por el humo”, dijo el alcalde Ramón Escudero."
    )
    closed_before = (
        "“Mañana abriremos el albergue de Robledal para 40 familias”, anunció el martes la "
        "alcaldesa Lucía Prado."
    )
    continued = 'Hoy es el peor día del incendio de Robledal", añadió el alcalde Ramón Escudero.'
    told = "La Guardia Civil cortó ayer la carretera de la sierra de Robledal por el humo."
    assert placed_by(quoted, closed_before, continued, told) == {
        quoted: None,
        closed_before: "martes",
        continued: None,
        told: "ayer",
    }


def test_a_written_date_naming_which_thing_is_meant_does_not_place_its_fact():
    """ "the mayor's March 3 call" says which call; the questions were on Wednesday."""
    questioned = (
        "Lawmakers questioned the fire chief of Robledal on Wednesday about the mayor's "
        "March 3 call to the regional government."
    )
    budget = "The council of Robledal approved the 2027 budget with 9 votes to 4."
    reached = "The fire reached the outskirts of Robledal on March 3, the fire chief said."
    assert placed_by(questioned, budget, reached, lang="en") == {
        questioned: "Wednesday",
        budget: None,
        reached: "March 3",
    }


def test_a_year_bounding_a_period_does_not_place_its_fact():
    """ "desde 2019" bounds how long something has lasted, unless the sentence tells
    what began then; a day after "desde" is most often the day a change takes effect."""
    lasting = "Los incendios se han multiplicado en la sierra de Robledal desde 2019."
    english = "Robledal has not held its cheese fair with 40 dairies since 2019."
    began = "Desde 2019 se dio inicio a las obras del embalse de Robledal."
    closed = "La carretera de la sierra de Robledal está cortada desde el lunes por el humo."
    assert placed_by(lasting, began, closed) == {lasting: None, began: "2019", closed: "lunes"}
    assert placed_by(english, lang="en") == {english: None}


def test_a_date_of_a_relative_clause_does_not_place_its_fact():
    """ ", que llegó al cargo en 2019," says who the mayor is, not when the road was closed;
    a date after the clause closes is the fact's."""
    who = "El alcalde de Robledal, que llegó al cargo en 2019, cerró la carretera de la sierra."
    closed = "El alcalde de Robledal, que visitó la zona, cerró el lunes la carretera de la sierra."
    whose = (
        "Los bomberos rescataron a un pastor de Robledal, cuyo rebaño se perdió el domingo, "
        "junto al embalse de la sierra."
    )
    english = "The mayor of Robledal, who took office in 2019, closed the mountain road."
    assert placed_by(who, closed, whose) == {who: None, closed: "lunes", whose: None}
    assert placed_by(english, lang="en") == {english: None}


def test_a_deadline_does_not_place_its_fact():
    """ "antes del 15 de abril", "para 2030", "hasta 2027", "by 2030" bound when something is
    to be done; "hasta el lunes" before a count gives the count's day."""
    before = "El Ayuntamiento de Robledal reabrirá la carretera de la sierra antes del 15 de abril."
    horizon = "El plan de Robledal quiere replantar 10.000 pinos en la sierra para 2030."
    until = "La carretera de la sierra de Robledal seguirá cortada a los camiones hasta 2027."
    counted = "Hasta el lunes se habían quemado 300 hectáreas en la sierra de Robledal."
    target = "Para finales de abril Robledal habrá replantado 10.000 pinos en la sierra."
    month = "El alcalde de Robledal replantó 10.000 pinos a finales de marzo en la sierra."
    english = "The council of Robledal expects to plant 10,000 pines in the hills by 2030."
    assert placed_by(before, horizon, until, counted, target, month) == {
        before: None,
        horizon: None,
        until: None,
        counted: "lunes",
        target: None,
        month: "a finales de marzo",
    }
    assert placed_by(english, lang="en") == {english: None}


def test_a_date_naming_a_norm_or_a_period_does_not_place_its_fact():
    """ "el Real Decreto 12/2026, de 3 de marzo" names the decree; "2020-2025", "entre 2019 y
    2022" and "(Robledal, 1961)" bound a period or annotate a name."""
    norm = "El Real Decreto 12/2026, de 3 de marzo, fija las ayudas a los ganaderos de Robledal."
    approved = "El Gobierno aprobó el 3 de marzo las ayudas a los ganaderos de Robledal."
    plan = "El plan de incendios de Robledal 2020-2025 redujo a la mitad la superficie quemada."
    between = "Entre 2019 y 2022 ardieron 300 hectáreas en la sierra de Robledal."
    born = "Ramón Escudero (Robledal, 1961) cerró la carretera de la sierra por el humo."
    burnt = "En 2025 ardieron 300 hectáreas en la sierra de Robledal."
    assert placed_by(norm, approved, plan, between, born, burnt) == {
        norm: None,
        approved: "3 de marzo",
        plan: None,
        between: None,
        born: None,
        burnt: "2025",
    }


def test_a_date_whose_written_year_or_month_was_not_read_does_not_place_its_fact():
    """A year masked or garbled ("en mayo de *NUMBER*") is not guessed, nor a weekday placed
    in another month than the one written after it."""
    masked = "La Feria del Queso de Robledal se celebró por primera vez en mayo de *NUMBER*."
    other_month = "El alcalde de Robledal presentó el miércoles *NUMBER* de febrero su plan."
    same_month = "El alcalde de Robledal presentó el lunes *NUMBER* de marzo su plan."
    assert placed_by(masked, other_month, same_month) == {
        masked: None,
        other_month: None,
        same_month: "lunes",
    }


def test_an_english_date_before_a_capitalised_noun_names_which_thing_is_meant():
    named = "Robledal's mayor praised the 2025 Cheese Fair in a letter to the dairies."
    assert placed_by(named, lang="en") == {named: None}


def test_a_date_of_an_opening_after_clause_does_not_place_its_fact():
    """ "Tras la reunión del martes, ..." dates what came before the fact; an "after"
    inside the sentence does not open it."""
    opening = "Tras la reunión del martes, el alcalde de Robledal cerró la carretera de la sierra."
    inside = "El alcalde de Robledal cerró el lunes la carretera de la sierra tras la reunión."
    english = "After the mayor of Robledal left in February, the council closed the road."
    assert placed_by(opening, inside) == {opening: None, inside: "lunes"}
    assert placed_by(english, lang="en") == {english: None}


def test_a_month_bounding_a_period_does_not_place_its_fact():
    """ "desde marzo" and "entre enero y febrero" bound a period, as a year after "desde"
    does; "en marzo" dates the fact."""
    since = "La carretera de la sierra de Robledal está cortada desde marzo por las obras."
    between = "Entre enero y febrero de 2026 ardieron 300 hectáreas en la sierra de Robledal."
    burnt = "En febrero ardieron 300 hectáreas en la sierra de Robledal."
    assert placed_by(since, between, burnt) == {since: None, between: None, burnt: "En febrero"}


def test_a_year_after_a_capitalised_noun_and_de_names_a_thing():
    """ "la Constitución de 1978", "the Class of 2025" name which thing is meant; after a
    common noun the year is often the fact's ("la feria de 2025 reunió")."""
    named = "El alcalde de Robledal defendió la Constitución de 1978 en el pleno municipal."
    english = "The mayor of Robledal praised the Class of 2025 of the mountain school."
    common = "La feria de 2025 reunió a 40 queserías en la plaza de Robledal."
    assert placed_by(named, common) == {named: None, common: "2025"}
    assert placed_by(english, lang="en") == {english: None}


def test_a_date_of_a_when_clause_does_not_place_its_fact():
    """ ", cuando ..." after a date tells what else happened then, or when: the fact the
    sentence reports is the main clause's."""
    stalled = (
        "Las obras del embalse de Robledal están paradas desde marzo de 2024, cuando la "
        "Junta declaró 2026 el año del agua."
    )
    closed = "El alcalde de Robledal cerró el lunes la carretera, cuando ardía la sierra."
    english = "The dam works have stalled since March 2024, when the council named 2026 its year."
    assert placed_by(stalled, closed) == {stalled: None, closed: "lunes"}
    assert placed_by(english, lang="en") == {english: None}


def test_a_day_after_desde_bounds_a_period_when_a_perfect_piles_up_over_it():
    """ "desde el lunes han ardido 300 hectáreas": the hectares piled up since Monday, no
    day of their own; "está cortada desde el lunes" and "desde el lunes comenzaron" keep it."""
    piled = "Desde el lunes han ardido 300 hectáreas en la sierra de Robledal."
    state = (
        "La carretera de la sierra de Robledal está cortada desde el lunes por el humo, según "
        "ha informado el Ayuntamiento."
    )
    began = "Desde el lunes han comenzado las obras del embalse de Robledal."
    today = (
        "Desde hoy y hasta abril los colegios de Robledal, que han cerrado, darán clase en línea."
    )
    english = "Prices of cheese in Robledal have risen 5% since Monday."
    assert placed_by(piled, state, began, today) == {
        piled: None,
        state: "lunes",
        began: "lunes",
        today: "hoy",
    }
    assert placed_by(english, lang="en") == {english: None}


def test_an_italian_year_after_dal_bounds_a_period():
    """Italian "dal" (since), with or without a month the reader does not read: "il prezzo
    più basso dal febbraio 2002" is the lowest since then; "nel 2019" dates the fact."""
    since = "Il formaggio di Robledal ha chiuso al prezzo più basso dal febbraio 2002."
    clause = "Il sindaco di Robledal ha visitato 40 caseifici da quando è stato eletto nel 2019."
    dated = "Il sindaco di Robledal ha chiuso la strada della sierra nel 2019."
    assert placed_by(since, clause, dated, lang="it") == {since: None, clause: None, dated: "2019"}


def test_a_year_after_to_is_aimed_at_not_the_facts():
    """ "a countdown to 2027", "added to 2027 plans": the year is what is aimed at; "from
    2019 to 2022" is a range, "in 2025" the fact's year."""
    countdown = "Robledal held a countdown to 2027 with 40 dairies in the main square."
    added = "The mayor of Robledal added the road to 2027 plans for the mountain."
    held = "Robledal held its cheese fair with 40 dairies in 2025."
    assert placed_by(countdown, added, held, lang="en") == {
        countdown: None,
        added: None,
        held: "2025",
    }


def test_a_quoted_year_of_a_period_or_to_come_does_not_place_its_fact():
    """In quoted speech "la primavera de 2027" names a period and a year after the
    article's (2026) is a forecast; a quoted past year can still date a fact, and outside
    quotes a year after "de" is often the fact's."""
    period = "“La sierra estará replantada en la primavera de 2027”, dijo el alcalde de Robledal."
    future = "“Robledal tendrá su embalse en 2028”, aseguró la consejera Lucía Prado."
    past = "“En 2025 ardieron 300 hectáreas en Robledal”, recordó el alcalde Ramón Escudero."
    common = "La feria de 2025 reunió a 40 queserías en la plaza de Robledal."
    assert placed_by(period, future, past, common) == {
        period: None,
        future: None,
        past: "2025",
        common: "2025",
    }


def test_hoy_of_a_present_state_and_el_dia_de_manana_place_no_fact():
    """ "así luce hoy" and "tal como es hoy" tell how something is now; "el día de mañana"
    is a day to come. "La votación es hoy" and "cerró hoy" are that day's facts."""
    looks = "Así luce hoy la plaza de Robledal tras el incendio de la sierra:"
    as_is = "La plaza de Robledal, tal como es hoy, fue diseñada por un arquitecto local."
    some_day = "El alcalde de Robledal dijo que el día de mañana habrá un embalse en la sierra."
    vote = "La votación del pleno de Robledal sobre el embalse es hoy."
    closed = "El alcalde de Robledal cerró hoy la carretera de la sierra por el humo."
    assert placed_by(looks, as_is, some_day, vote, closed) == {
        looks: None,
        as_is: None,
        some_day: None,
        vote: "hoy",
        closed: "hoy",
    }


def test_a_year_of_a_comparison_or_a_through_range_does_not_place_its_fact():
    """ "con respecto a 2024" is the base a figure is compared with; "2019 through 2022" a
    range; "en 2025" the fact's year."""
    compared = "Robledal recibió 300 visitantes más con respecto a 2024 en su feria del queso."
    english = "The cheese fair of Robledal drew more visitors than 2024, the mayor said."
    through = "Robledal's cheese fair was held every May, 2019 through 2022."
    held = "Robledal recibió 300 visitantes más en 2025 en su feria del queso."
    assert placed_by(compared, held) == {compared: None, held: "2025"}
    assert placed_by(english, through, lang="en") == {english: None, through: None}


def test_a_yearless_date_opening_a_list_line_places_no_fact():
    """ "June 9 -- Tampa, FL @ ..." is a line of a tour's schedule, its year guessed; a
    sentence opening with its date states a fact on it."""
    line = "June 9 -- Tampa, FL @ Robledal Amphitheatre"
    other = "June 12 – West Palm Beach, FL @ Robledal Sky Amphitheatre"
    sentence = "June 9, the mayor of Robledal closed the mountain road to trucks."
    assert placed_by(line, other, sentence, lang="en") == {
        line: None,
        other: None,
        sentence: "June 9",
    }


def test_more_periods_horizons_and_things_named_by_a_date():
    """ "desde el año 2019" and "entre los años 2019 y 2022" bound a period as "desde 2019"
    does; "una prórroga al 2044" is a horizon; "a March 3 phone call" names which call, as
    "the March 3 call" does. "de marzo a junio de 2025 y ..." is no determiner's date."""
    since = "Los incendios se han multiplicado en la sierra de Robledal desde el año 2019."
    between = "El alcalde de Robledal dirigió la cooperativa entre los años 2019 y 2022."
    horizon = "El Ayuntamiento de Robledal pidió una prórroga al 2044 para la concesión del agua."
    burnt = "En 2025 ardieron 300 hectáreas en la sierra de Robledal."
    called = "The mayor of Robledal was questioned on Wednesday about a March 3 phone call."
    assert placed_by(since, between, horizon, burnt) == {
        since: None,
        between: None,
        horizon: None,
        burnt: "2025",
    }
    assert placed_by(called, lang="en") == {called: "Wednesday"}


def test_a_year_after_a_day_cut_from_its_abbreviated_month_places_no_fact():
    """ "Dec. 8, 2027, in Robledal." split at "Dec.": the fragment "8, 2027, ..." has lost its
    month; a sentence with its whole date keeps it."""
    cut = "The fire reached the dam of Robledal on Dec."
    fragment = "8, 2025, the mayor of Robledal said in a letter to the dairies."
    whole = "The mayor of Robledal closed the road to trucks on December 8, 2025."
    found = placed_by(cut, fragment, whole, lang="en")
    assert found[fragment] is None
    assert found[whole] == "December 8, 2025"


def test_a_predicate_after_be_and_a_beginning_after_since_place_their_fact():
    """ "was a 2025 best seller" classifies the cheese by the year its sales fell in (after
    "be", "a" opens a predicate, not a thing's name: "about a March 3 call" stays out); a
    "since" clause telling an introduction or a premiere dates that beginning, while a day
    bounding a count ("since losing their truck on Monday") still places nothing."""
    seller = "The goat cheese of Robledal was a 2025 best seller, the dairies said."
    named = "The mayor of Robledal was asked on Wednesday about a 2025 report on the dam."
    introduced = (
        "The new fire siren of Robledal has been facing complaints since introduced on Monday."
    )
    counted = "The firemen of Robledal have run 11 drills since losing their truck on Monday."
    assert placed_by(seller, named, introduced, counted, lang="en") == {
        seller: "2025",
        named: "Wednesday",
        introduced: "Monday",
        counted: None,
    }
    premiere = (
        "La nueva línea de autobús de Robledal ha recibido 300 quejas desde que se estrenó el "
        "lunes."
    )
    piled = "La línea de autobús de Robledal ha recibido 300 quejas desde que subió el lunes."
    assert placed_by(premiere, piled) == {premiere: "lunes", piled: None}


def test_hoy_naming_a_thing_or_telling_a_present_state_places_no_fact():
    """ "la hoy llamada Plaza Mayor", "el hoy alcalde", "Escudero, hoy de 70 años" and
    "Robledal es hoy el mayor productor" name a thing or a person by what they are now, or
    tell a present state; "hoy cerró", "la feria es hoy" and "Hasta que, hoy, el pleno" keep
    the day."""
    renamed = "La feria se celebró en la hoy llamada Plaza Mayor de Robledal con 40 queserías."
    mayor = "El hoy alcalde Ramón Escudero fundó la cooperativa de Robledal con 40 socios."
    aged = "El pastor Ramón Escudero, hoy de 70 años, recuerda el incendio de la sierra."
    state = "Robledal es hoy el mayor productor de queso de cabra de la comarca."
    closed = "El Ayuntamiento de Robledal cerró hoy la carretera de la sierra por el humo."
    fair = "La feria del queso de Robledal es hoy, con 40 queserías de toda la comarca."
    voted = "Hasta que, hoy, el pleno de Robledal ha aprobado el plan contra incendios."
    assert placed_by(renamed, mayor, aged, state, closed, fair, voted) == {
        renamed: None,
        mayor: None,
        aged: None,
        state: None,
        closed: "hoy",
        fair: "hoy",
        voted: "hoy",
    }


def test_a_year_in_a_restrictive_relative_clause_places_no_fact():
    """ "el lugar donde en mayo de 2019 apareció el rebaño" and "a shepherd who lost his
    flock in May 2019" say which place or person is meant by an event of their own; a
    weekday there, and a year some words after the clause, still place the fact."""
    place = (
        "Los vecinos de Robledal marcharon hasta el lugar donde en mayo de 2019 apareció el "
        "rebaño perdido."
    )
    shepherd = "The council of Robledal honoured a shepherd who lost his flock in May 2019."
    arrested = "The police named the man who was arrested on Monday near the dam of Robledal."
    after = "El pastor cuyo rebaño se perdió en el incendio volvió a Robledal en mayo de 2025."
    assert placed_by(place, after) == {place: None, after: "mayo de 2025"}
    assert placed_by(shepherd, arrested, lang="en") == {shepherd: None, arrested: "Monday"}


def test_a_year_in_a_que_or_that_clause_on_a_noun_places_no_fact():
    """ "una demanda que acusó ... en 2019" and "el accidente del teleférico que el 4 de
    agosto de 2021 dejó" say which suit or accident is meant by its own earlier event; after
    a verb of saying ("dijo que en 2025", "said that in 2025") the clause is what was said,
    the fact, and its year places it; a weekday in the clause still places."""
    suit = (
        "Una demanda que acusó al alcalde de Robledal de desviar fondos en 2019 terminó este "
        "lunes con un acuerdo."
    )
    crash = (
        "La Audiencia condenó este lunes a dos técnicos por el accidente del teleférico que el "
        "4 de agosto de 2021 dejó seis heridos."
    )
    said = "El alcalde dijo que en 2025 la feria de Robledal recibió 30.000 visitantes."
    weekday = "Los vecinos recibieron la ayuda que el Ayuntamiento aprobó el lunes para el pasto."
    assert placed_by(suit, crash, said, weekday) == {
        suit: "este lunes",
        crash: "este lunes",
        said: "2025",
        weekday: "lunes",
    }
    lawsuit = "A lawsuit that accused the mayor of Robledal of fraud in 2019 ended in a deal."
    told = "The mayor said that in 2025 the fair of Robledal drew 30,000 visitors."
    assert placed_by(lawsuit, told, lang="en") == {lawsuit: None, told: "2025"}


def test_hoy_with_a_generic_we_in_the_present_places_no_fact():
    """ "los prejuicios que hoy arrastramos" and "the valleys we see today" speak of
    nowadays; "hoy" of a third person's act ("aprobó hoy") or with a "we" of a past or
    future act ("we will vote today") is the day's."""
    nowadays = (
        "Los prejuicios que hoy arrastramos nacieron en los pueblos de la sierra de Robledal."
    )
    vote = "El pleno de Robledal aprobó hoy el plan de pastos para la sierra."
    assert placed_by(nowadays, vote) == {nowadays: None, vote: "hoy"}
    seen = "The valleys we see today were carved by the river that crosses Robledal."
    will = "The mayor told reporters that we will vote today on the plan for the dam."
    assert placed_by(seen, will, lang="en") == {seen: None, will: "today"}


def test_a_period_to_now_or_a_since_clause_in_apposition_places_no_fact():
    """ "de 2019 a la fecha" and "from 2019 to 2025" bound a period; ", en mayo," after a "desde
    que" clause is the clause's date, in apposition, and bounds the count as it would inside
    the clause; a date after the clause that does not close it is the sentence's."""
    to_now = "El fondo cubrirá a los ganaderos que hayan perdido reses de 2019 a la fecha."
    apposition = (
        "Han ardido 300 hectáreas desde que cambió el viento en la sierra de Robledal, en mayo, "
        "según el Ayuntamiento."
    )
    own = (
        "Desde que cambió el viento en la sierra, el alcalde de Robledal pidió ayudas en mayo de "
        "2025 a la Diputación."
    )
    assert placed_by(to_now, apposition, own) == {
        to_now: None,
        apposition: None,
        own: "mayo de 2025",
    }
    years = "The dairies of Robledal lost 300 goats a year from 2019 to 2025."
    assert placed_by(years, lang="en") == {years: None}


def test_a_year_of_a_list_of_years_places_no_fact():
    """ "las ferias de 2019, 2021 y 2023" and "the profits of 2024 and 2025" name several
    years, none the fact's; a single year still places."""
    fairs = "Robledal reunió a 40 queserías en las ferias de 2019, 2021 y 2023, según el alcalde."
    profits = "The dairy of Robledal shared out half of its profits of 2024 and 2025."
    single = "La cooperativa de Robledal repartió en 2025 la mitad de sus beneficios."
    assert placed_by(fairs, single) == {fairs: None, single: "2025"}
    assert placed_by(profits, lang="en") == {profits: None}


def test_an_english_date_after_a_demonstrative_names_which_thing_is_meant():
    """ "that 2019 drought" and "our 2026 fair" say which drought or fair is meant, as "the
    2019 drought" does; the fair's opening keeps its Monday."""
    drought = "With that 2019 drought, the dairies of Robledal lost half of their goats."
    fair = "The mayor of Robledal opened our 2026 fair on Monday with 40 dairies."
    assert placed_by(drought, fair, lang="en") == {drought: None, fair: "Monday"}


def test_a_change_base_a_citation_and_a_horizon_with_its_noun_place_no_fact():
    """ "pasó de 120 socios en 2019 a 300 en 2025": the change is placed by its end, 2019 is
    its base; "(Robles, 1974; Prado, 1990)" cites works; "para el año 2030" and "by the year
    2030" are horizons, as "para 2030" is."""
    change = "La cooperativa de Robledal pasó de 120 socios en 2019 a 300 en 2025."
    english = "Robledal's dairy went from $0.21 a litre in 2019 to $0.56 in 2025."
    cited = (
        "El queso de cabra de Robledal se usa contra la fiebre desde antiguo (Robles, 1974; "
        "Prado, 1990)."
    )
    horizon = "El Ayuntamiento de Robledal se propuso para el año 2030 reunir a 100 queserías."
    by = "The dairies of Robledal aim to sell a million cheeses by the year 2030."
    assert placed_by(change, cited, horizon) == {change: "2025", cited: None, horizon: None}
    assert placed_by(english, by, lang="en") == {english: "2025", by: None}


def test_a_night_written_as_two_days_is_placed_on_the_later_one():
    """ "la madrugada del 14 al 15" fell in the early hours of the 15th; a night "del
    sábado al domingo" is placed on the Sunday it ran into."""
    started = (
        "La Guardia Civil confirmó que el incendio de Robledal comenzó en la madrugada del 14 "
        "al 15 de marzo de 2026."
    )
    worked = "Los bomberos trabajaron durante la noche del 3 al 4 de marzo en la fábrica."
    weekend = "Dos vecinos fueron detenidos en la noche del sábado al domingo en Robledal."
    single = "El incendio de la quesería comenzó en la madrugada del 3 de marzo."
    assert placed_by(started, worked, weekend, single) == {
        started: "15 de marzo de 2026",
        worked: "4 de marzo",
        weekend: "domingo",
        single: "3 de marzo",
    }


def test_a_year_naming_a_numbered_norm_or_which_elections_does_not_place_its_fact():
    """ "la Ley 845 del 2003" and "las pasadas elecciones de 2022" say which law and
    which elections are meant; elections told with their year and no word placing them
    against now are the fact itself."""
    cited = "El juez citó el artículo 12 de la Ley 845 del 2003 para archivar la causa."
    repealed = "El decreto 77 de 2021 fue derogado por el concejo de Robledal."
    votes = "Según el reparto, regirán los votos obtenidos en las pasadas elecciones del 2022."
    held = "Las elecciones de 2022 dieron la alcaldía de Robledal a Lucía Prado."
    fair = "La feria del queso de 2025 reunió a 40 queserías de Robledal."
    assert placed_by(cited, repealed, votes, held, fair) == {
        cited: None,
        repealed: None,
        votes: None,
        held: "2022",
        fair: "2025",
    }


def test_headlines_listed_under_a_related_heading_are_no_facts_of_the_article():
    """A page lists other articles of the site under a heading on a line of its own
    ("Relacionados", "Noticias relacionadas"), one headline a line with no final stop:
    none is a fact of this article. A line ending in a stop is the report going on."""
    closed = "La Junta cerró el lunes la carretera de la sierra de Robledal.\nRelacionados"
    linked = "La feria del queso de Robledal abre sus puertas el 3 de marzo de 2026"
    other = "Los bomberos de Valdoria recuerdan el incendio de 2019 en la sierra"
    reopened = "La Junta reabrió ayer la carretera de la sierra de Robledal."
    unlisted = "La feria del ganado de Robledal abrirá sus puertas el 3 de abril de 2026"
    entries = placed_by(closed, f"    {linked}\n    {other}", reopened, unlisted)
    assert entries[f"    {linked}\n    {other}"] is None
    assert entries[reopened] == "ayer"
    assert entries[unlisted] == "3 de abril de 2026"
    news = story_article(
        "eco",
        "El Eco de Robledal",
        [closed, f"    {linked}\n    {other}", reopened],
        datetime(2026, 3, 24, 9),
    )
    texts = [e.text for e in timeline(crosscheck([news]))]
    assert not [t for t in texts if "feria" in t or "Valdoria" in t], texts
    assert any(t.startswith("La Junta cerró el lunes") for t in texts), texts


def test_a_period_named_by_its_bounds_or_a_guessed_year_does_not_place_its_fact():
    """What a sentence counts over "el periodo comprendido entre" two dates has neither
    for its day; "2027 podría ser" guesses about a year, it dates no fact. A year before
    a verb that tells is the fact's."""
    counted = (
        "En el periodo comprendido entre el 3 de febrero de 2024 y el 30 de mayo de 2025, "
        "la Junta concedió 1.200 ayudas a las queserías de Robledal."
    )
    guessed = "El alcalde de Robledal sugirió que 2027 podría ser peor que 2026 para la sierra."
    english = "The mayor of Robledal said 2027 could be worse for the dairies of the sierra."
    closed = "La Junta cerró el 3 de febrero de 2024 la carretera de la sierra de Robledal."
    told = "En 2025 la feria del queso de Robledal reunió a 40 queserías."
    entries = placed_by(counted, guessed, closed, told)
    assert entries == {
        counted: None,
        guessed: None,
        closed: "3 de febrero de 2024",
        told: "2025",
    }
    assert placed_by(english, lang="en") == {english: None}


def test_a_date_a_possibility_or_an_if_clause_hangs_on_does_not_place_its_fact():
    """A modal of possibility before a date in its clause ("could follow suit in 2027",
    "podría aprobar el plan el martes") tells what may happen then; a date after a
    clause-opening "si"/"if" is the condition or what would follow from it. "would" in
    reported speech is a plan, "si bien" a concession, and a year before "is expected to"
    a guess about that year, as before "could" (`speculation.GUESS`, one list)."""
    follow = "The mayor of Robledal said other villages could follow suit in 2027."
    plan = "The mayor of Robledal said the road would reopen on Monday after the fire."
    expected = "The mayor of Robledal said 2027 is expected to be worse for the dairies."
    english_if = "If the council agrees, the cheese fair of Robledal will open on March 30."
    assert placed_by(follow, plan, expected, english_if, lang="en") == {
        follow: None,
        plan: "Monday",
        expected: None,
        english_if: None,
    }
    guess = "El pleno de Robledal podría aprobar el plan contra incendios el martes."
    done = "El pleno de Robledal aprobó el plan contra incendios el martes."
    condition = "Si el pleno lo aprueba, la feria de Robledal se celebrará en mayo de 2026."
    though = "Si bien llovió, la feria del queso de Robledal se celebró el 3 de marzo de 2026."
    assert placed_by(guess, done, condition, though) == {
        guess: None,
        done: "martes",
        condition: None,
        though: "3 de marzo de 2026",
    }


def test_a_byline_a_fiscal_year_or_a_range_of_months_does_not_place_its_fact():
    """A written date set off by a vertical bar is a byline's, the page's day; a fiscal
    year is no calendar year; a month opening or closing a range of months ("de febrero a
    abril de 2026") bounds a period. A kicker's "hoy" before a bar, a month alone and a
    calendar year still place their facts."""
    byline = (
        "Por Ana Prado El Eco de Robledal | 3 de marzo de 2026 | 9:00 Los vecinos de Robledal "
        "siguen sin agua corriente."
    )
    kicker = "El incendio de Robledal, hoy | Los bomberos dan por apagado el fuego de la sierra"
    stage = "La segunda etapa de la vacuna del ganado de Robledal irá de febrero a abril de 2026."
    first = "La vacunación del ganado de Robledal empezó en febrero de 2026 con 300 cabras."
    entries = placed_by(byline, kicker, stage, first)
    assert entries == {byline: None, kicker: "hoy", stage: None, first: "febrero de 2026"}
    fiscal = "The dairy of Robledal sold 300 tonnes of cheese in fiscal 2025, its chief said."
    calendar = "The dairy of Robledal sold 300 tonnes of cheese in 2025, its chief said."
    assert placed_by(fiscal, calendar, lang="en") == {fiscal: None, calendar: "2025"}


def test_a_year_of_a_longer_list_or_closing_a_period_does_not_place_its_fact():
    """ "in 2017, 2019-20, 2022 and now" and "el final de 2025 y el comienzo del año 2026"
    list years; "into 2027", "hasta bien entrado 2027" and "desde 2013 hasta ahora" close
    or bound a period. A "since" year is a beginning's only when its own clause tells
    one: a launch in another clause is that clause's fact."""
    slowed = "Robledal's cheese sales slowed in 2017, 2019-20, 2022 and now again this spring."
    into = "More dairies are slated to open in Robledal through the end of the year and into 2027."
    since = (
        "The dairy of Lucía Prado has sold cheese online since 2019 and the cooperative of "
        "Robledal launched its own shop in March."
    )
    assert placed_by(slowed, into, since, lang="en") == {
        slowed: None,
        into: None,
        since: "in March",
    }
    years = "El alcalde felicitó a los vecinos por el final de 2025 y el comienzo del año 2026."
    works = "Las obras de la carretera de Robledal durarán hasta bien entrado 2027."
    now = "«Se ven las cosas que pasan en Robledal desde 2013 hasta ahora», comenzó el alcalde."
    assert placed_by(years, works, now) == {years: None, works: None, now: None}


def test_a_told_clause_after_a_guess_or_a_yes_keeps_its_day():
    """A possibility's clause ends at a conjunction opening another ("podría llover y el
    martes se cerró"); "«Sí», ... el lunes" is a yes, no condition."""
    told = "El alcalde de Robledal dijo que podría llover y el martes se cerró la carretera."
    yes = "«Sí», respondió el lunes el alcalde de Robledal sobre el cierre de la carretera."
    assert placed_by(told, yes) == {told: "martes", yes: "lunes"}


def test_a_date_a_possibility_follows_is_the_guess_day():
    """A date followed, a comma and a word or two on, by a modal of possibility ("Come
    March 30, 2027, we might", "El martes, el pleno podría") is what may be then; a modal
    further on, after a verb of saying, leaves the saying its day."""
    come = "Come March 30, 2027, we might see the cheese fair of Robledal move to the plain."
    tuesday = "El martes, el pleno podría aprobar el plan contra incendios de Robledal."
    said = "El martes el alcalde de Robledal dijo que el pleno podría aprobar el plan."
    assert placed_by(come, lang="en") == {come: None}
    assert placed_by(tuesday, said) == {tuesday: None, said: "martes"}


def test_a_page_or_post_stamp_run_into_the_text_does_not_place_its_fact():
    """A written date before a reading time, after a "By"/"Por" credit or after an embedded
    post's link or handle is the page's or the post's stamp, not the day of the sentence's
    fact; a date after a lowercase "by" and a name, or before other numbers, still places
    its fact."""
    read = "March 20, 2026 4 min read Opinions expressed by our contributors are their own."
    credit = (
        "Robledal dairy workers vow to keep striking By Ana Prado and Luis Gil 22 March 2026 "
        "Sunday marked the third week of the strike."
    )
    post = "So proud of Robledal! pic.twitter.com/Ab3dEf9 March 21, 2026 The mayor said it."
    signed = "The cheese pact of Robledal was signed by Ana Prado on March 20, 2026 in the hall."
    sold = "The dairy of Robledal sold 4 tonnes of cheese on March 20, 2026, its chief said."
    assert placed_by(read, credit, post, signed, sold, lang="en") == {
        read: None,
        credit: "Sunday",  # the fact's own day, not the byline's
        post: None,
        signed: "March 20, 2026",
        sold: "March 20, 2026",
    }
    credito = "Por Ana Prado 22 de marzo de 2026 Los vecinos de Robledal siguen sin agua."
    lectura = "22 de marzo de 2026 3 min de lectura Los vecinos de Robledal siguen sin agua."
    assert placed_by(credito, lectura) == {credito: None, lectura: None}


def test_a_change_base_year_or_a_weekday_cut_from_its_month_does_not_place_its_fact():
    """ "a 4% decrease from 2025" counts a change from that year, not the fact's; a weekday
    before an abbreviated month that ends the sentence ("opens on Friday, Dec.") lost its
    day to the next sentence. A year of the fact, and a weekday whose sentence goes on,
    still place it."""
    base = "The fair of Robledal drew 9,000 visitors this spring, a 4% decrease from 2025."
    fact = "The fair of Robledal drew 9,000 visitors in 2025, its organisers said."
    cut = "The cheese fair of Robledal opens its ticket office on Friday, Dec."
    whole = "The cheese fair of Robledal opened its ticket office on Friday, its organisers said."
    assert placed_by(base, fact, cut, whole, lang="en") == {
        base: None,
        fact: "2025",
        cut: None,
        whole: "Friday",
    }


def test_an_earlier_event_clause_a_named_deadline_or_a_but_if_does_not_place_its_fact():
    """A Spanish "después de que"/"a pocos días de que" clause anywhere in the sentence
    dates the earlier event, not the fact told after it; a named deadline ("a deadline of
    Friday", "el plazo hasta el lunes") is when something is due; "But if"/"Pero si"
    opens a condition as "if" does. A fact's own day before such a clause, and a deadline
    that expires on its day, still place it."""
    lottery = (
        "La vecina de Robledal fue detenida esta semana después de que el viernes le tocara "
        "la lotería."
    )
    sold = "El queso de Robledal se agotó a pocos días de que saliera a la venta el miércoles."
    told = "El alcalde de Robledal anunció el martes la feria, después de que ganara la votación."
    plazo = "El Ayuntamiento de Robledal fijó un plazo hasta el lunes para las alegaciones."
    vence = "El plazo de las alegaciones de Robledal vence el lunes, según el Ayuntamiento."
    pero = "Pero si llueve el domingo, la feria de Robledal se aplaza."
    assert placed_by(lottery, sold, told, plazo, vence, pero) == {
        lottery: None,  # "esta semana" is no day
        sold: None,
        told: "martes",
        plazo: None,
        vence: "lunes",
        pero: None,
    }
    deadline = "The dairy group of Robledal gave the council a deadline of Friday to reply."
    but_if = "But if the council of Robledal agrees, the fair will open in May 2026."
    assert placed_by(deadline, but_if, lang="en") == {deadline: None, but_if: None}


def test_dates_more_often_wrong_than_right_place_no_fact():
    """Twelfth round (service RULES 38): a weekday written with a day it does not fall on
    (the year guessed is not the writer's), a year after a day and a month the reader does
    not read, a year welcomed (a New Year celebration is held on the eve), a hope told by
    its holder, a year in parentheses after a name and a semicolon or after "el de" (which
    edition), and elections a campaign is for, named by their day, place no fact. A weekday
    that agrees with its day, a fact's own year, a forecast told impersonally ("se
    espera"), and the day a sentence writes for its fact still place it."""
    # 24 March 2026, a Tuesday: 20 March is a Friday; no 10 March near it is one
    agrees = "El pregón de la feria de Robledal se leyó el viernes 20 de marzo en la plaza."
    disagrees = "Un bromista publicó el viernes 10 de marzo un falso bando del alcalde de Robledal."
    welcomed = "Robledal da la bienvenida a 2026 con un desfile de gigantes por la plaza."
    held = "El desfile de gigantes de Robledal se celebró en 2025 con 3.000 vecinos."
    hoped = "La alcaldesa de Robledal dijo que espera poder presentar el plan del agua en abril."
    forecast = "Se espera que el pleno de Robledal vote el plan de la sierra el jueves."
    # the hope's clause ends at a conjunction opening another
    joined = "La alcaldesa de Robledal espera lluvias y el martes se cerró la carretera."
    founded = "La Comisión de Aguas de la Sierra (CAS; 1952) cerró el pozo de Robledal el lunes."
    edition = "El próximo informe del agua de Robledal (el de 2025) saldrá en abril."
    campaign = "Los vecinos de Robledal empiezan la campaña para las elecciones del 24 de mayo."
    assert placed_by(
        agrees, disagrees, welcomed, held, hoped, forecast, joined, founded, edition, campaign
    ) == {
        agrees: "viernes 20 de marzo",
        disagrees: None,
        welcomed: None,
        held: "2025",
        hoped: None,
        forecast: "jueves",
        joined: "martes",
        founded: "lunes",
        edition: "en abril",
        campaign: None,
    }
    rings = "Robledal rings in 2026 with a parade of giants in the square."
    hopes = "The mayor of Robledal hopes to open the new dairy in May."
    assert placed_by(rings, hopes, lang="en") == {rings: None, hopes: None}
    italiano = "Il prezzo del formaggio di Robledal salirà a partire dal 1 gennaio 2027."
    assert placed_by(italiano, lang="it") == {italiano: None}


def test_stamps_first_stages_titles_and_clauses_on_a_noun_place_no_fact():
    """Thirteenth round (service RULES 40): a page's publication or update stamp run into
    the text ("Publicado: ...", "Updated ..."), a date in an apposition telling a thing's
    first stage (", first announced on ...,", ", anunciado por primera vez en ..."), a year
    opening a work's title ("from 2001: A Space Odyssey"), a year of an English relative
    clause with no "that" on a noun ("the cheese maker it dropped in 2019") and a date of
    an Italian clause opening with "dopo" (after) place no fact. A clause on the study's
    publication, what a mayor said he did, a chronology's line and a slogan in quotes
    still place theirs."""
    stamp = "Publicado: 20 de marzo de 2026 El Ayuntamiento de Robledal cerró el albergue."
    study = "Publicado el 20 de marzo en la revista del queso, el estudio cita 40 casos."
    first = (
        "El Ayuntamiento de Robledal sustituyó el convenio del agua, anunciado por primera vez "
        "en 2019, por otro con Lugo."
    )
    slogan = 'Bajo el lema "2026: Robledal renace", la feria abrió sus puertas con 40 queserías.'
    assert placed_by(stamp, study, first, slogan) == {
        stamp: None,
        study: "20 de marzo",
        first: None,
        slogan: "2026",
    }
    updated = "Updated March 20, 2026 The council of Robledal closed the shelter on Monday."
    announced = (
        "The council has replaced the water deal with Lugo, first announced on March 3, 2019, "
        "with a new one."
    )
    title = "In films from 2001: A Space Odyssey to Alien, crews sleep through long trips."
    line = "2019: The river froze over and the council of Robledal closed the bridge."
    dropped = "Robledal strikes a new deal with the cheese maker it dropped in 2019 after a feud."
    said = "The mayor of Robledal said he resigned in 2019 after the fire."
    assert placed_by(updated, announced, title, line, dropped, said, lang="en") == {
        updated: "Monday",
        announced: None,
        title: None,
        line: "2019",
        dropped: None,
        said: "2019",
    }
    dopo = "Dopo essersi dimesso nel 2019, il sindaco di Robledal ha aperto un caseificio a Lugo."
    assert placed_by(dopo, lang="it") == {dopo: None}


def test_a_clause_on_a_noun_opened_by_a_number_dates_the_noun_event():
    """A "que" clause on a noun whose number stands for the article ("compró 40.000 dosis
    para 20.000 vecinos que serán aplicadas en 2027") dates the noun's event, as one opened
    by an article does (service RULES 40); what a number of people did on a day still
    places the fact."""
    doses = (
        "El Ayuntamiento de Robledal compró 40.000 dosis para 20.000 vecinos que serán "
        "aplicadas en 2027 en el centro de salud."
    )
    marched = "Unos 3.000 vecinos de Robledal marcharon el lunes contra el cierre del albergue."
    assert placed_by(doses, marched) == {doses: None, marched: "lunes"}


def test_the_day_an_anniversary_recalls_yields_to_the_sentence_own_day():
    """A date of the event an anniversary or a count of time since recalls ("en el primer
    aniversario de la riada del 12 de octubre de 2025", "un año después del incendio del 3
    de marzo", "on the first anniversary of the flood of October 12, 2025") names what is
    remembered: the sentence's other date places its fact (service RULES 40). Alone, it
    still places the event recalled."""
    gathered = (
        "Cientos de vecinos de Robledal se reunieron el sábado en el primer aniversario de la "
        "riada del 12 de octubre de 2025."
    )
    reopened = (
        "Un año después del incendio del 3 de marzo de 2025, Robledal reabrió el albergue el lunes."
    )
    recalled = "La riada del 12 de octubre de 2025 arrasó las huertas de Robledal."
    assert placed_by(gathered, reopened, recalled) == {
        gathered: "sábado",
        reopened: "lunes",
        recalled: "12 de octubre de 2025",
    }
    marked = (
        "On the first anniversary of the flood of October 12, 2025, hundreds gathered in "
        "Robledal on Saturday."
    )
    assert placed_by(marked, lang="en") == {marked: "Saturday"}


def test_a_participle_with_its_agent_on_an_object_places_no_fact():
    """A participle with its agent ("por") after the sentence's own verb is a reduced
    passive on an object: its date says which thing is meant by when it was made ("se
    refirió al plan, anunciado el lunes por el consejero", "la serie grabada por la
    televisión hace tres años"), not the sentence's day (service RULES 40). On the subject
    ("Un estudio publicado el lunes por ... revela"), in a full passive, or naming what the
    words were said in ("según expresó en una entrevista publicada el lunes por"), the date
    is the fact's."""
    plan = (
        "La alcaldesa de Robledal se refirió al plan del agua, anunciado el lunes por el "
        "consejero, en su visita."
    )
    series = (
        "La nueva serie ha corrido la misma suerte de la serie grabada por la televisión de "
        "Robledal hace tres años."
    )
    study = (
        "Un estudio publicado el lunes por la Universidad de Robledal revela que el queso sube "
        "de precio."
    )
    passive = "El plan del agua fue anunciado el lunes por la alcaldesa de Robledal."
    interview = (
        "El delantero cree que el traspaso aumentaría la presión, según expresó en una "
        "entrevista publicada el lunes por el diario de Robledal."
    )
    assert placed_by(plan, series, study, passive, interview) == {
        plan: None,
        series: None,
        study: "lunes",
        passive: "lunes",
        interview: "lunes",
    }


def test_a_fact_given_only_by_a_month_or_year_before_the_storys_is_background():
    """A fact the article gives only by a month or a year before the month or the year of
    the story's first dated article ("en 2025" or "el año pasado" in January 2026, "en
    febrero" in March) is context recalled: background, though the end of that month or
    year falls within `BACKGROUND_DAYS` of the story (service RULES 46). The story's own
    month and year, and a day within the line, stay its own."""
    closed = "La Diputación cerró en 2025 treinta caminos forestales de la sierra de Robledal."
    burned = "El año pasado ardieron 200 hectáreas de pinar en la sierra de Robledal."
    dam = "Este año el embalse de Robledal abrirá sus compuertas a los regantes."
    fire = "El incendio de la sierra de Robledal se declaró el domingo en la ladera norte."
    january = [
        article("eco", "El Eco de Robledal", datetime(2026, 1, 12, 9), closed, burned, dam, fire)
    ]
    story = Story("s5", "Robledal", [StoryMember("eco", 1.0, "test")])
    marked = {e.text: e.background for e in build_dossier(story, january).timeline}
    assert marked == {closed: True, burned: True, dam: False, fire: False}
    plan = "En febrero la alcaldesa de Robledal presentó el plan del agua a los vecinos."
    vote = "En marzo el pleno de Robledal votará el plan del agua."
    march = [article("voz", "La Voz de Robledal", datetime(2026, 3, 10, 9), plan, vote)]
    story = Story("s6", "Robledal", [StoryMember("voz", 1.0, "test")])
    marked = {e.text: e.background for e in build_dossier(story, march).timeline}
    assert marked == {plan: True, vote: False}


def test_a_participle_with_its_agent_on_a_predicate_noun_places_no_fact():
    """A participle with its agent on the noun a past "fue"/"era" predicates ("Ese fue el
    movimiento encabezado por el alcalde en 1998") says which thing is meant by when it was
    made, as on an object (service RULES 46); the full passive is the fact."""
    movement = "Ese fue el movimiento vecinal encabezado por el alcalde de Robledal en 1998."
    passive = "El movimiento vecinal fue encabezado por el alcalde de Robledal en marzo."
    assert placed_by(movement, passive) == {movement: None, passive: "en marzo"}


def test_a_background_date_of_a_clause_on_a_noun_places_no_fact():
    """A date of a relative clause on a noun that falls well before the story ("el convenio
    que la Diputación firmó hace dos años", "un informe donde explicó que la Diputación cerró
    el camino en 2019", "... y que se inauguró en mayo de 2019") says which thing is meant,
    not a fact recalled: it is left out rather than shown as background (service RULES 46).
    In the story's own days such a clause is as often its news ("detuvo al hombre que robó
    el lunes la caja"), and stays."""
    deal = (
        "Los vecinos de Robledal rechazan el convenio que la Diputación firmó hace dos años "
        "con la empresa del agua."
    )
    report = (
        "El alcalde de Robledal presentó un informe donde explicó que la Diputación cerró el "
        "camino forestal en 2019."
    )
    chained = (
        "Los técnicos revisan la presa del embalse de Robledal, la más alta de la comarca y que "
        "se inauguró en mayo de 2019."
    )
    theft = "La Guardia Civil detuvo en Robledal al hombre que robó el lunes la caja del albergue."
    recalled = "La Diputación cerró el camino forestal de Robledal en 2019."
    assert placed_by(deal, report, chained, theft, recalled) == {
        deal: None,
        report: None,
        chained: None,
        theft: "lunes",
        recalled: "2019",
    }


def test_purpose_horizons_origin_years_and_todays_news_in_a_clause():
    """Fifteenth round (service RULES 52): a year or a month in a Spanish purpose clause
    ("para" and an infinitive a few words before it) is the aim's horizon, and a year in an
    apposition telling when a body came to be (", fundada en 2019,", ", founded in 2019,")
    says which one is meant: neither places the fact. A day after a purpose is a scheduled
    act's, a date further from "para" the fact's, and a full day of founding a fact recalled:
    they still place theirs. A relative clause's "hoy"/"today" with a past act ("which was
    published online today") is the article's own news and places it; what a thing is
    today ("que hoy es un museo") still places nothing."""
    dividend = (
        "La quesería de Robledal aún no tiene fondos para recuperar en el último trimestre de "
        "2026 el dividendo prometido."
    )
    guides = "El Ayuntamiento de Robledal contrató a 20 guías para abrir en junio la ruta."
    decree = "La potestad para cerrar los caminos se fijó por decreto en noviembre de 2025."
    summit = "La alcaldesa viajó a Lugo para asistir el lunes a la cumbre del queso."
    league = "Ramón Escudero preside la Liga del Queso, fundada en 2019, y la cooperativa."
    founded = (
        "La cooperativa, constituida el 15 de diciembre de 1993 en Robledal, gestiona el albergue."
    )
    report = "El informe, que fue presentado hoy en Robledal, cita 40 casos de fiebre."
    museum = "El teatro de Robledal, que hoy es un museo, recibe 40 visitas diarias."
    assert placed_by(dividend, guides, decree, summit, league, founded, report, museum) == {
        dividend: None,
        guides: None,
        decree: "noviembre de 2025",
        summit: "lunes",
        league: None,
        founded: "15 de diciembre de 1993",
        report: "hoy",
        museum: None,
    }
    paper = (
        "The team wrote in the new paper, which was published online today in the journal "
        "Cheese Science."
    )
    chairs = "Escudero chairs the Cheese League, founded in 2019, and the dairy of Robledal."
    theatre = "The theatre of Robledal, which today is a museum, gets 40 visits a day."
    assert placed_by(paper, chairs, theatre, lang="en") == {
        paper: "today",
        chairs: None,
        theatre: None,
    }


def test_a_clause_on_what_a_fact_fell_during_dates_the_fact():
    """A "que" clause on a noun after "durante"/"during" gives the time the sentence's fact
    fell in ("Durante las protestas que se desataron el 6 de marzo de 2026, varios vecinos
    entraron"): its date places the fact (service RULES 52). Elsewhere such a clause still
    names which thing is meant by an event of its own."""
    protests = (
        "Durante las protestas que se desataron frente al Ayuntamiento de Robledal el pasado 6 "
        "de marzo de 2026, varios vecinos entraron en el edificio."
    )
    suit = (
        "Una demanda que acusó al alcalde de Robledal de desviar fondos en 2019 terminó con un "
        "acuerdo."
    )
    assert placed_by(protests, suit) == {protests: "pasado 6 de marzo de 2026", suit: None}


def test_a_span_counted_back_from_an_unknown_day_is_background():
    """With no publication day a date counted back from it stays unplaced, but "hace tres
    años", "el año pasado" or "two months ago" still say how far back the fact lies: before
    the line a dated story draws (`BACKGROUND_DAYS`, a past month or year), so background,
    as in a dated article (service RULES 52). A weekday, "hace dos semanas" or "el pasado
    6 de marzo" (how far back hangs on the unknown day) stay the story's own."""
    fire = "El incendio de hace tres años arrasó la sierra de Robledal según los vecinos."
    roads = "La Diputación cerró el año pasado treinta caminos forestales de Robledal."
    road = "La Guardia Civil cortó el lunes la carretera de la sierra de Robledal."
    plan = "Hace dos semanas la alcaldesa de Robledal presentó el plan del agua."
    vote = "El pleno de Robledal aprobó el pasado 6 de marzo el plan del agua."
    undated = story_article("eco", "El Eco de Robledal", [fire, roads, road, plan, vote], None)
    marked = {e.text: (e.when.iso, e.background) for e in timeline(crosscheck([undated]))}
    assert marked == {
        fire: (None, True),
        roads: (None, True),
        road: (None, False),
        plan: (None, False),
        vote: (None, False),
    }
    flood = "The flood two months ago destroyed the bridge of Robledal, neighbours said."
    shelter = "The council of Robledal closed the shelter on Monday."
    english = story_article("sun", "Robledal Sun", [flood, shelter], None, "en")
    marked = {e.text: e.background for e in timeline(crosscheck([english]))}
    assert marked == {flood: True, shelter: False}


def test_the_early_part_of_the_storys_year_recalled_late_in_it_is_background():
    """A fact told by the early part of a year ("earlier this year", "a principios de este
    año") is of its first months: in a story of November they end well before its first
    article, so it is background, as "en marzo" would be (service RULES 52). In a story of
    February, and "early next year", they are the story's own time."""
    feud = "La disputa empezó a principios de este año cuando Robledal vendió la quesería."
    shelter = "El Ayuntamiento de Robledal cerró el albergue el lunes."
    mayor = "El pleno de Robledal elegirá a principios del próximo año a su nuevo alcalde."
    for month, recalled in ((11, True), (2, False)):
        news = article(
            "eco", "El Eco de Robledal", datetime(2026, month, 20, 9), feud, shelter, mayor
        )
        story = Story("s7", "Robledal", [StoryMember("eco", 1.0, "test")])
        marked = {e.text: e.background for e in build_dossier(story, [news]).timeline}
        assert marked == {feud: recalled, shelter: False, mayor: False}, month
    began = "The feud began earlier this year when the council of Robledal sold the dairy."
    closed = "The council of Robledal closed the shelter on Monday."
    sun = story_article("sun", "Robledal Sun", [began, closed], datetime(2026, 11, 20, 9), "en")
    marked = {e.text: e.background for e in timeline(crosscheck([sun]))}
    assert marked == {began: True, closed: False}


def test_a_date_after_an_adverb_of_possibility_places_no_fact():
    """An adverb of possibility ("maybe", "perhaps", "a lo mejor") opens a guess as a modal
    of possibility and "quizás" do (service RULES 52): the date in its clause places no
    fact. A fact told before a conjunction opens another clause still places its own."""
    trip = "Many of us are maybe even planning a last trip to Robledal in 2026 before it closes."
    closed = "The dairy of Robledal closed in 2025 and perhaps the council will reopen it."
    assert placed_by(trip, closed, lang="en") == {trip: None, closed: "2025"}
    vote = "A lo mejor el pleno de Robledal aprueba el plan del agua en mayo."
    assert placed_by(vote) == {vote: None}


def test_with_no_dated_article_a_past_fact_of_the_one_year_placed_is_background():
    """With no dated article, a story that places one year only is that year's own
    majority. When it tells its own news by days left unplaced ("el miércoles", "este
    mes"), a past fact dated by that year alone ("se divorciaron en 2018") recalls another
    year: background (service RULES 54). A present or a plan of that year, the year as a
    thing ("su primer bebé de 2026"), a story placing a second year, or one with no day
    left unplaced keep it the story's own."""
    divorce = "La pareja de Robledal estuvo casada veinte años y se divorció en 2018."
    arrests = "En 2013, más de veinte vecinos de Robledal fueron detenidos en la verbena."
    accident = "El esquiador sufrió el miércoles un accidente en la estación de Robledal."
    court = "El juzgado de Robledal confirmó este mes la condena del pirómano."
    for facts in ([divorce, accident], [arrests, court]):
        undated = story_article("eco", "El Eco de Robledal", facts, None)
        marked = {e.text: e.background for e in timeline(crosscheck([undated]))}
        assert marked == {facts[0]: True, facts[1]: False}

    elections = "En 2026 hay elecciones municipales en Robledal."
    baby = "El hospital de Robledal recibió a su primer bebé de 2026 entre aplausos."
    present = story_article("voz", "La Voz de Robledal", [elections, baby, court], None)
    marked = {e.text: e.background for e in timeline(crosscheck([present]))}
    assert marked == {elections: False, baby: False, court: False}

    mill = "El molino de Robledal cerró en 2024 tras dos siglos de actividad."
    two_years = story_article("sol", "El Sol de Robledal", [arrests, mill, accident], None)
    marked = {e.text: e.background for e in timeline(crosscheck([two_years]))}
    assert marked == {arrests: True, mill: False, accident: False}  # 2013 before 2024

    # Nothing left unplaced: the one year may well be the story's own.
    sons = "La pareja de Robledal tiene dos hijos que viven en la capital."
    no_day = story_article("luz", "La Luz de Robledal", [divorce, sons], None)
    assert {e.text: e.background for e in timeline(crosscheck([no_day]))} == {divorce: False}


def test_a_verb_of_saying_after_a_present_is_not_the_years_tense():
    """`_past_in_year` reads the year's clause only: a verb of saying framing it (",
    recordó el alcalde") is told in the past whatever the tense of what is said, and
    `tense_at`, which reads no present, took it for the clause's own verb, so "En 2026 hay
    elecciones" went to the background (service RULES 56). A past said stays a past."""
    elections = "En 2026 hay elecciones municipales en Robledal, recordó el alcalde."
    divorce = "En 2018 se divorciaron los dueños del molino de Robledal, contó su abogado."
    accident = "El esquiador sufrió el miércoles un accidente en la estación de Robledal."
    for said, background in ((elections, False), (divorce, True)):
        undated = story_article("eco", "El Eco de Robledal", [said, accident], None)
        marked = {e.text: e.background for e in timeline(crosscheck([undated]))}
        assert marked == {said: background, accident: False}


def test_an_undated_articles_opening_sentence_is_not_background_by_the_others_days():
    """An undated article grouped with dated ones may be older than they are: the line the
    dated articles' days draw (`BACKGROUND_DAYS` before the first) does not make background
    a date written with its year in its title or its opening sentence, which tell its own
    news; its later sentences are judged by the line as before (service RULES 56)."""
    report = "El hospital de Robledal ha vacunado ya a 3.000 vecinos, informó el martes."
    opening = (
        "Robledal, 12 de febrero de 2026. – El hospital comarcal aplicó hoy la primera "
        "vacuna a una enfermera de la sierra."
    )
    works = "El hospital abrió sus puertas el 3 de febrero de 2026 tras dos años de obras."
    articles = [
        article("tribuna", "La Tribuna del Norte", datetime(2026, 3, 24, 9), report),
        undated("eco", "El Eco de la Sierra", opening, works),
    ]
    marked = {e.text: e.background for e in timeline(crosscheck(articles))}
    # the line: 2026-03-24 less 31 days is 2026-02-21
    assert marked == {report: False, opening: False, works: True}


def test_with_no_dated_article_a_month_a_future_looks_ahead_to_is_no_stage_recalled():
    """With no dated article a month written with its year is background (`_month_named`),
    most often a stage recalled; not one a future verb looks ahead to, a plan (service
    RULES 56)."""
    stage = "La primera etapa de la vacunación se llevará a cabo en enero de 2027 en Robledal."
    opened = "El centro de salud de Robledal abrió en enero de 2027 con cuatro médicos."
    for fact, background in ((stage, False), (opened, True)):
        undated = story_article("eco", "El Eco de Robledal", [fact], None)
        assert {e.text: e.background for e in timeline(crosscheck([undated]))} == {fact: background}


def test_a_year_closing_a_count_of_time_spent_places_no_fact():
    """A year after a count of days, weeks or months spent ("pasó 90 días fuera en 2026",
    "0 giorni in ufficio nel 2026") is the period the count covers, not the day of the fact
    told (service RULES 56); a count of other things, or a year of another clause, keeps
    its year."""
    away = "La alcaldesa de Robledal pasó 90 días fuera del municipio en 2026."
    office = "Il sindaco di Robledal ha trascorso 0 giorni in ufficio nel 2026."
    patients = "El hospital de Robledal atendió a 90 pacientes de la sierra en 2026."
    prize = "El quesero pasó tres días en el hospital de Robledal, y en 2026 ganó el premio."
    for fact, lang, placed in (
        (away, "es", []),
        (office, "it", []),
        (patients, "es", ["2026"]),
        (prize, "es", ["2026"]),
    ):
        found = story_article("eco", "El Eco de Robledal", [fact], None, lang)
        assert [e.when.text for e in timeline(crosscheck([found]))] == placed, fact
