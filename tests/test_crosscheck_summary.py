"""The neutral summary never contradicts itself (issue 11): a sentence with a disputed part
is never also given as agreed, an outlet is never listed as confirming what it denies, and
one disagreement is listed once per pair of origins. A fictional story written for it."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime

import pytest

from conftest import story_article
from contrasta.crosscheck import CONTRADICTED, FIELDS, SINGLE_SOURCE, crosscheck
from contrasta.dossier import build_dossier
from contrasta.dossier.summary import neutral_summary, stands_alone
from contrasta.i18n import using
from contrasta.model import Article, Story, StoryMember
from contrasta.report.html import story_html
from contrasta.report.jsonout import story_json
from contrasta.report.markdown import span_text, story_markdown, when_text
from contrasta.report.page import story_page
from contrasta.web.schemas import StoryDetail

WIRE = [
    "El incendio de la sierra de Peñalta ha calcinado ya unas 1.800 hectáreas y ha obligado a "
    "desalojar a 350 vecinos de Robledo, según el último balance de Protección Civil.",
    "Los investigadores confirmaron este lunes que el fuego fue intencionado.",
    "Los equipos de extinción trabajaron toda la noche con el apoyo de seis hidroaviones "
    "llegados desde la base de Valdemar.",
]
RADIO = [
    "El fuego de la sierra de Peñalta ha calcinado unas 1.800 hectáreas desde el sábado, según "
    "Protección Civil.",
    "Unos 200 vecinos de Robledo tuvieron que abandonar sus casas durante la noche.",
    "La Guardia Civil descartó este lunes que el fuego fuera intencionado.",
    "El alcalde de Robledo, Ismael Roca, pidió a los vecinos que no regresen a sus casas hasta "
    "que los técnicos revisen las viviendas.",
]


def article(key: str, outlet: str, paragraphs: list[str]) -> Article:
    return story_article(key, outlet, paragraphs, datetime(2026, 3, 16, 9))


@pytest.fixture(scope="module")
def story():
    articles = [
        article("wire", "Agencia Norte", WIRE),
        article("copy", "Diario de Peñalta", WIRE),  # the wire text republished
        article("radio", "Radio Sierra", RADIO),
    ]
    checked = crosscheck(articles)
    return checked, neutral_summary(checked, articles)


def test_a_sentence_with_a_disputed_part_is_never_given_as_agreed(story):
    _, summary = story
    disputed = {(p.article_id, p.start) for p in summary.disputed}
    for point in summary.agreed + summary.single_source:
        for article_id, start in disputed:
            if point.article_id == article_id:
                assert point.start != start or point.clause, point
    # The evacuees are disputed; the burnt area, in the same sentence, is agreed and shown
    # cut to its clause.
    assert any("350 vecinos" in p.text for p in summary.disputed)
    agreed = [p for p in summary.agreed if "1.800 hectáreas" in p.text]
    assert agreed and "350" not in agreed[0].text and agreed[0].clause


def test_no_outlet_confirms_what_it_denies(story):
    checked, summary = story
    for point in summary.agreed:
        if "intencionado" in point.text:
            assert "radio" not in {article_id for article_id, _ in point.sources}
    group = checked.group_of("radio", "descartó este lunes")
    assert group is None or group.label != "corroborated"


def test_a_disagreement_is_listed_once_per_pair_of_origins(story):
    checked, _ = story
    group = checked.group_of("radio", "200 vecinos")
    assert group.label == CONTRADICTED
    numbers = [c for c in group.conflicts if c.kind == "number"]
    assert len(numbers) == 1


def dossier_of(story_id: str, headline: str, articles: list[Article]):
    """The dossier of a story made of `articles`, placed by hand."""
    members = [StoryMember(a.id, 1.0, "test") for a in articles]
    story = Story(id=story_id, headline=headline, members=members, first=None, last=None)
    return build_dossier(story, articles)


def test_the_json_keeps_what_each_claim_was_compared_on_and_pages_the_sentences():
    """The frame (lemmas: "obligar" for "ha obligado") is in the JSON; the pages print the
    contradiction's two sentences, as written, and no frame."""
    articles = [article("wire", "Agencia Norte", WIRE), article("radio", "Radio Sierra", RADIO)]
    dossier = dossier_of("s1", "Incendio en la sierra de Peñalta", articles)
    found = json.loads(story_json(story_page(dossier)))
    frames = [c["frame"] for g in found["claims"] for c in g["claims"]]
    assert set(frames[0]) == set(FIELDS)
    evacuated = next(f for f in frames if f["figure"] and "350" in f["figure"])
    assert evacuated["predicate"] == "obligar"  # "ha obligado a desalojar"
    assert evacuated["attribution"].startswith("según")
    StoryDetail.model_validate({**found, "articles": []})
    when = datetime(2026, 3, 16, 12)
    markdown = story_markdown(story_page(dossier))
    assert "cifra — " in markdown  # the kind of each contradiction, in Spanish
    html = story_html(story_page(dossier), when)
    for page in (markdown, html):
        assert "cuánto:" not in page and "obligar" not in page
        assert "Unos 200 vecinos de Robledo tuvieron que abandonar sus casas" in page


def test_a_story_page_is_in_the_language_it_was_made_in():
    """Conflict kinds and the cleaning rules' table are looked up once per language: a page
    made in English after one in Spanish is English throughout, in every file."""
    articles = [article("wire", "Agencia Norte", WIRE), article("radio", "Radio Sierra", RADIO)]
    dossier = dossier_of("s1", "Incendio en la sierra de Peñalta", articles)
    when = datetime(2026, 3, 16, 12)
    pages = {}
    for lang in ("es", "en"):
        with using(lang):
            page = story_page(dossier)
            pages[lang] = story_html(page, when) + story_markdown(page)
    assert pages["es"].count("Reglas de limpieza") == 1
    assert pages["es"].count("cifra — ") >= 2  # the page and the Markdown
    assert "Reglas de limpieza" not in pages["en"] and "Cleaning rules" in pages["en"]
    assert "cifra — " not in pages["en"]
    assert pages["en"].count("figure — ") >= 2


def test_a_light_verb_shows_what_its_fact_is_about():
    """ "cuentan con una nave de repuestos": the verb says little, its object says which
    fact it is, and that is what kept it apart from the other outlet's agreement of the
    same two people: the JSON says so (the pages print the sentences, not the frame)."""
    port = [
        "Los empresarios Marta Lozano y Julián Ferro cuentan con una nave de repuestos en el "
        "puerto de Robledo desde 2019.",
    ]
    ministry = [
        "Los empresarios Marta Lozano y Julián Ferro firmaron este lunes un convenio con la "
        "consejería de Industria.",
    ]
    articles = [
        article("port", "Diario de Peñalta", port),
        article("ministry", "Radio Sierra", ministry),
    ]
    dossier = dossier_of("s2", "Los empresarios de Robledo", articles)
    assert dossier.check.group_of("port", "cuentan con") is not dossier.check.group_of(
        "ministry", "firmaron"
    )
    found = json.loads(story_json(story_page(dossier)))
    StoryDetail.model_validate({**found, "articles": []})
    frames = [c["frame"] for g in found["claims"] for c in g["claims"]]
    light = next(f for f in frames if f["predicate"] == "contar")
    assert "nave" in light["theme"] and "repuestos" in light["theme"]
    signed = next(f for f in frames if f["predicate"] == "firmar")
    assert signed["theme"] is None  # an act of its own says its fact in its verb
    assert "sobre qué" not in story_markdown(story_page(dossier))


# Three outlets on a fictional flood, each with facts of its own: the first, published
# earliest, has more of them than the list holds, a quotation run over two sentences and a
# text hard-wrapped by its feed (a line break in mid-sentence).
FLOOD_FIRST = [
    "La crecida del río Almar inundó este martes los sótanos de 40 viviendas del barrio de "
    "La Vega, según el Ayuntamiento de Castrelo.",
    "Los bomberos achicaron agua durante nueve horas en el polideportivo municipal.",
    '"No habíamos visto el río tan alto desde hace veinte años.',
    'Tuvimos que subir los muebles al piso de arriba", contó una vecina.',
    "La concejala de Obras, Berta Lamas, anunció una partida de 200.000 euros para el",
    "colector de la avenida del Puerto",
    "El colegio Rosalía Ferrer suspendió las clases del miércoles.",
    "La empresa de autobuses desvió dos líneas por la calle Mayor.",
]
FLOOD_SECOND = [
    "La Confederación Hidrográfica del Almar midió un caudal de 310 metros cúbicos por "
    "segundo en el puente de Castrelo a las seis de la tarde.",
    "El embalse de Penedo desembalsó agua durante toda la mañana del lunes.",
]
FLOOD_THIRD = [
    "Una furgoneta de reparto quedó atrapada en el paso inferior de la estación de tren y su "
    "conductor salió por la ventanilla.",
]


def test_what_one_source_says_comes_from_each_outlet_in_turn_as_whole_sentences():
    """The single-source list shows what each outlet alone adds, a sentence from each in
    turn, never the first article's headline beside its lead, nor a sentence that does not
    stand on its own (a line cut by the feed's wrapping, half of a quotation)."""
    articles = [
        story_article("first", "Diario del Almar", FLOOD_FIRST, datetime(2026, 3, 17, 8)),
        story_article("second", "Radio Castrelo", FLOOD_SECOND, datetime(2026, 3, 17, 9)),
        story_article("third", "La Voz de Penedo", FLOOD_THIRD, datetime(2026, 3, 17, 10)),
    ]
    checked = crosscheck(articles)
    points = neutral_summary(checked, articles).single_source
    assert len(points) == 5
    assert {p.article_id for p in points} == {"first", "second", "third"}
    texts = [p.text for p in points]
    assert not any(t.startswith("Titular de") for t in texts)  # the headlines
    assert not any("No habíamos visto" in t or "Tuvimos que subir" in t for t in texts)
    assert not any("200.000 euros" in t or "colector" in t for t in texts)
    assert any("310 metros cúbicos" in t for t in texts)
    assert any("furgoneta" in t for t in texts)


def test_a_sentence_stands_alone_when_opened_and_closed_like_one():
    assert stands_alone("El pleno aprobó el presupuesto por 14 votos a 7.")
    assert stands_alone("«Es un día triste», dijo el alcalde.")
    assert stands_alone("¿Quién pagará la obra?")
    assert stands_alone("30 familias siguen fuera de sus casas.")
    assert not stands_alone("que no estaban en el edificio cuando se hundió.")
    assert not stands_alone("El alcalde anunció una partida para el")
    assert not stands_alone("Los detalles son los siguientes:")
    assert not stands_alone('"No volveremos a permitirlo.')
    assert not stands_alone("Lo pagaremos todo”, aseguró el consejero.")


def test_a_day_given_without_an_hour_is_shown_without_one():
    """An outlet that gives only the day is read as its midnight: pages show the day, not
    "00:00", and a story whose ends read alike shows its span once."""
    day = datetime(2026, 3, 17)
    articles = [
        story_article("first", "Diario del Almar", FLOOD_FIRST, day),
        story_article("second", "Radio Castrelo", FLOOD_SECOND, day),
    ]
    members = [StoryMember(a.id, 1.0, "test") for a in articles]
    story = Story(id="s2", headline="Crecida del Almar", members=members, first=day, last=day)
    page = story_page(build_dossier(story, articles))
    markdown = story_markdown(page)
    html = story_html(page, datetime(2026, 3, 18, 12))
    for shown in (markdown, html):
        assert "00:00" not in shown
        assert "2026-03-17 → 2026-03-17" not in shown
        assert "2026-03-17" in shown
    assert when_text(datetime(2026, 3, 17, 9, 30)) == "2026-03-17 09:30"
    assert span_text(day, datetime(2026, 3, 18)) == "2026-03-17 → 2026-03-18"


def test_a_sentence_shown_as_agreed_is_not_repeated_as_one_sources():
    """One sentence, two clauses: both outlets report the first, one the second. The
    sentence is shown once, as agreed and cut to the clause both state (the whole sentence
    would pass the plaza's reform, which one outlet states, off as confirmed); not again
    among what one source says."""
    agency = [
        "El alcalde de Robledo, Ismael Roca, inauguró este lunes el nuevo puente sobre el río "
        "Tera y anunció que la plaza Mayor se reformará en otoño.",
        "La obra costó 3,2 millones de euros, según el Ayuntamiento.",
    ]
    radio = [
        "El alcalde de Robledo, Ismael Roca, inauguró este lunes el nuevo puente sobre el río "
        "Tera ante medio millar de vecinos.",
        "Los vecinos de la margen derecha esperaban el puente desde 2019.",
    ]
    articles = [
        story_article("agency", "Agencia Norte", agency, datetime(2026, 3, 16, 9)),
        story_article("radio", "Radio Sierra", radio, datetime(2026, 3, 16, 10)),
    ]
    checked = crosscheck(articles)
    assert checked.group_of("agency", "anunció que la plaza").label == SINGLE_SOURCE
    summary = neutral_summary(checked, articles)
    assert [p.article_id for p in summary.agreed] == ["agency"]
    (agreed,) = summary.agreed
    assert "puente sobre el río Tera" in agreed.text and "plaza Mayor" not in agreed.text
    assert agreed.clause
    single = [p.text for p in summary.single_source]
    assert not any("plaza Mayor" in t for t in single), single
    assert any("3,2 millones" in t for t in single) and any("desde 2019" in t for t in single)


def test_articles_without_an_outlet_are_not_counted_as_one():
    """Two articles that name no outlet come from no identified outlet (the provenance's
    count), not from "1 medio" (the placeholder shown for the missing name); an undated
    article says it is undated once, not where its missing date came from."""
    articles = [
        replace(story_article("first", "x", FLOOD_FIRST, None), outlet=None),
        replace(story_article("second", "x", FLOOD_SECOND, None), outlet=None),
    ]
    members = [StoryMember(a.id, 1.0, "test") for a in articles]
    story = Story(id="s3", headline="Crecida del Almar", members=members, first=None, last=None)
    page = story_page(build_dossier(story, articles))
    markdown = story_markdown(page)
    html = story_html(page, datetime(2026, 3, 18, 12))
    for shown in (markdown, html):
        assert "2 artículos de ningún medio identificado" in shown
        assert "de 1 medio" not in shown
    assert "fecha tomada de" not in html
    with using("en"):
        english = story_markdown(page) + story_html(story_page(page.dossier), datetime(2026, 3, 18))
    assert "2 articles from no identified outlet" in english
    assert "unknown outlet" in english and "medio desconocido" not in english


def test_an_article_naming_no_outlet_is_cited_by_its_site_or_its_title_never_its_id():
    """Where the summary, the claims table, the quotes and the copy links name who says
    something, an article naming no outlet is its site (its web address known) or its title
    cut on a word, in quotation marks; two such articles of one title are told apart."""
    title = "Las lluvias desbordan el río Almar en Castrelo y anegan cuarenta sótanos"
    articles = [
        replace(story_article("first0000001", "x", FLOOD_FIRST, None), outlet=None, title=title),
        replace(
            story_article("second000002", "x", FLOOD_SECOND, None),
            outlet=None,
            url="https://www.diariodecastrelo.example/local/crecida-almar",
        ),
        # The first text republished under the same title: a copy link between the two.
        replace(
            story_article("copy00000003", "x", FLOOD_FIRST + FLOOD_THIRD, None),
            outlet=None,
            title=title,
        ),
    ]
    members = [StoryMember(a.id, 1.0, "test") for a in articles]
    story = Story(id="s4", headline="Crecida del Almar", members=members, first=None, last=None)
    dossier = build_dossier(story, articles)
    cut = "«Las lluvias desbordan el río Almar en Castrelo y…»"
    assert dossier.check.outlet_of == {
        "first0000001": cut,
        "second000002": "diariodecastrelo.example",
        "copy00000003": cut + " (2)",
    }
    cited = {o for part in vars(dossier.summary).values() for p in part for _, o in p.sources}
    assert cited and cited <= set(dossier.check.outlet_of.values())
    assert set(dossier.check.outlets) == set(dossier.check.outlet_of.values())
    assert dossier.provenance.links
    page = story_page(dossier)
    markdown = story_markdown(page)
    html = story_html(page, datetime(2026, 3, 18, 12))
    assert f"{cut} (2) ← {cut}" in markdown
    assert "diariodecastrelo.example" in markdown
    # Ids only in links' targets and the Markdown's table of articles, never as a name.
    listed = "\n".join(line for line in markdown.splitlines() if not line.startswith("| `"))
    for shown in (listed, html):
        assert "first0000001`" not in shown and ">first0000001<" not in shown
        assert "[first0000001" not in shown and "first0000001]" not in shown


def test_a_headline_is_not_given_as_one_sources_when_its_lead_is_cited():
    """The agency's only sentence is agreed and cited from it; its headline, which says
    the same in other words, is not listed again as what it alone says."""
    lead = (
        "El alcalde de Robledo, Ismael Roca, inauguró este lunes el nuevo puente sobre el río "
        "Tera ante medio millar de vecinos."
    )
    agency = replace(
        story_article("agency", "Agencia Norte", [lead], datetime(2026, 3, 16, 9)),
        title="Robledo estrena por fin su puente sobre el Tera",
    )
    radio = story_article(
        "radio",
        "Radio Sierra",
        [lead, "Los vecinos de la margen derecha esperaban el puente desde 2019."],
        datetime(2026, 3, 16, 10),
    )
    checked = crosscheck([agency, radio])
    assert checked.group_of("agency", "Robledo estrena").label == SINGLE_SOURCE
    summary = neutral_summary(checked, [agency, radio])
    assert [(p.article_id, p.field) for p in summary.agreed] == [("agency", "text")]
    assert [p.article_id for p in summary.single_source] == ["radio"]


def test_the_articles_table_and_loaded_words_name_an_article_as_its_citations_do():
    """An article naming no outlet: the table of articles and the loaded words' lines
    name it as every citation does (its site, else its title in quotation marks), not
    "medio desconocido" nor its id."""
    title = "Las lluvias desbordan el río Almar en Castrelo y anegan cuarenta sótanos"
    loaded = [*FLOOD_FIRST, "Una avalancha de coches bloqueó el puente de La Vega."]
    articles = [
        replace(story_article("first0000001", "x", loaded, None), outlet=None, title=title),
        replace(
            story_article("second000002", "x", FLOOD_SECOND, None),
            outlet=None,
            url="https://www.diariodecastrelo.example/local/crecida-almar",
        ),
    ]
    members = [StoryMember(a.id, 1.0, "test") for a in articles]
    story = Story(id="s5", headline="Crecida del Almar", members=members, first=None, last=None)
    page = story_page(build_dossier(story, articles))
    cut = "«Las lluvias desbordan el río Almar en Castrelo y…»"
    markdown = story_markdown(page)
    table = [line for line in markdown.splitlines() if line.startswith("| `")]
    assert [line.split(" | ")[1] for line in table] == [cut, "diariodecastrelo.example"]
    said = [line for line in markdown.splitlines() if "«avalancha»" in line]
    assert said and all(line.startswith(f"- {cut}: «avalancha»") for line in said), said
    html = story_html(page, datetime(2026, 3, 18, 12))
    summaries = re.findall(r'<summary>[^<]*— <span class="meta">([^<]*),', html)
    assert summaries == [cut, "diariodecastrelo.example"]
