"""Copies, passages and credits between articles, and the independent origins they leave.

All articles here are invented for the tests: a wire story about a drought plan in a
fictional region, its republications, a piece that lifts two of its paragraphs, credited
rewrites and independent reporting on the same event.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contrasta.dedup import (
    Citation,
    CopyLink,
    DuplicateIndex,
    attribution_links,
    cited_origins,
    find_copies,
    provenance,
    story_provenance,
)
from contrasta.dedup.links import timeline_key
from contrasta.dedup.outlets import outlet_key, same_house
from contrasta.dedup.shingles import (
    fold,
    paragraph_shingles,
    paragraph_words,
    shingles,
    word_shingles,
    words,
)
from contrasta.labels import DERIVED_FROM
from contrasta.model import Article, Reference

WIRE = [
    "El Gobierno regional de Valdemora aprobó este lunes un plan de emergencia hídrica que "
    "restringirá el riego agrícola durante los próximos seis meses, después de que los "
    "embalses de la cuenca del río Tardes cayeran por debajo del veinte por ciento de su "
    "capacidad.",
    "La consejera de Medio Ambiente, Lucía Arnedo, explicó en rueda de prensa que la medida "
    "afectará a unas cuatro mil explotaciones y que las ayudas para compensar las pérdidas "
    "se abonarán a partir de junio mediante un fondo extraordinario de treinta millones de "
    "euros.",
    "Las organizaciones agrarias criticaron que el plan llegue tarde y reclamaron una mesa "
    "de negociación permanente, mientras que los ayuntamientos del valle pidieron garantías "
    "de que el abastecimiento urbano no sufrirá cortes durante el verano.",
    "Según los datos de la confederación hidrográfica, las lluvias acumuladas desde octubre "
    "son las más bajas de las últimas tres décadas y los acuíferos del sur de la región "
    "muestran signos de salinización que preocupan a los técnicos.",
    "El plan incluye además la reparación urgente de las conducciones más antiguas, donde se "
    "pierde casi un tercio del agua, y una campaña de ahorro dirigida a los hogares que "
    "comenzará la próxima semana en colegios y centros de salud.",
]
NORTH_OWN = [
    "Los regantes del norte de Valdemora amanecieron este martes con más preguntas que "
    "respuestas tras conocer las restricciones, y varias cooperativas convocaron asambleas "
    "urgentes para decidir si siembran o no el maíz de esta campaña.",
    "En la cooperativa de Villalta, su presidente, Andrés Molina, calculó que sin riego "
    "perderán dos tercios de la cosecha y advirtió de que muchas familias jóvenes podrían "
    "abandonar el campo si las compensaciones no llegan antes del otoño.",
    "Molina recordó que en la sequía anterior las indemnizaciones tardaron casi dos años en "
    "pagarse y pidió a la administración que esta vez adelante una parte del dinero a las "
    "explotaciones más pequeñas.",
]
CHRONICLE = [
    "La falta de lluvias ha obligado a Valdemora a cerrar el grifo del riego. El Ejecutivo "
    "autonómico dio luz verde a un paquete de restricciones que los agricultores consideran "
    "insuficiente y que los ecologistas ven como un parche.",
    "Para la portavoz de Ecologistas del Tardes, Marta Quiles, el problema de fondo es la "
    "expansión del regadío intensivo en la última década, que ha multiplicado la demanda "
    "mientras el caudal medio del río no dejaba de bajar.",
    "Quiles defendió que la región necesita revisar las concesiones y apostar por cultivos "
    "de secano, y anunció que su organización presentará alegaciones al plan en cuanto se "
    "publique en el boletín oficial.",
]
MINISTER = [
    "Según la ministra Ferrán, el Estado estudiará ampliar el fondo de compensación si la "
    "primavera vuelve a ser seca, una posibilidad que la titular de Agricultura trasladó "
    "ayer a los consejeros autonómicos en una reunión telemática.",
    "La ministra evitó dar cifras y se limitó a señalar que cualquier ayuda adicional "
    "dependerá de cómo evolucionen las reservas en las próximas semanas y de la "
    "disponibilidad presupuestaria.",
]
CREDITED = [
    "Valdemora limitará el agua para regar durante medio año. Las restricciones, que "
    "alcanzan a miles de fincas, responden a unos pantanos que apenas guardan una quinta "
    "parte de lo que pueden almacenar, según informó EFE.",
    "Los agricultores recibirán compensaciones desde junio con cargo a un fondo especial, y "
    "la administración promete arreglar las tuberías viejas que desperdician buena parte "
    "del caudal.",
]

MONDAY = datetime(2024, 3, 4, 9, 0)


def article(
    id: str,
    paragraphs: list[str],
    outlet: str | None,
    hours: float | None,
    title: str = "Sequía en Valdemora",
    references: list[Reference] | None = None,
) -> Article:
    return Article(
        id=id,
        source=f"{id}.txt",
        fmt="txt",
        content_hash=id,
        title=title,
        text="\n\n".join(paragraphs),
        outlet=outlet,
        published=None if hours is None else MONDAY + timedelta(hours=hours),
        lang="es",
        references=references or [],
    )


def pairs(links: list[CopyLink]) -> list[tuple[str, str]]:
    return [(link.copy_id, link.origin_id) for link in links]


def republished(paragraphs: list[str]) -> list[str]:
    """The wire text with a few words changed and a line added at the end."""
    edited = [
        paragraphs[0].replace("este lunes", "el lunes"),
        paragraphs[1].replace("cuatro mil", "4.000"),
        paragraphs[2].replace("criticaron", "lamentaron"),
        *paragraphs[3:],
        "Noticia ampliada a las 13.00 con la reacción de los regantes.",
    ]
    return edited


@pytest.fixture
def wire() -> Article:
    return article("efe-1", WIRE, "EFE", 0, title="Valdemora restringe el riego")


@pytest.fixture
def story(wire) -> list[Article]:
    north = [
        NORTH_OWN[0],
        WIRE[1],
        NORTH_OWN[1],
        NORTH_OWN[2],
        WIRE[3].replace("preocupan a los técnicos", "inquietan a los técnicos"),
    ]
    return [
        wire,
        article("sur-1", republished(WIRE), "Diario del Sur", 2, title="Plan contra la sequía"),
        article("norte-1", north, "El Norte", 5),
        article("cronica-1", CHRONICLE, "La Crónica", 6),
        article("cronica-2", MINISTER, "La Crónica", 8),
    ]


# Shingles


def test_folding_drops_case_accents_and_punctuation():
    assert fold("ÁRBOL Pingüino Ñandú") == "arbol pinguino nandu"
    assert words("«¡Sí!», dijo: 3,5 millones.") == ["si", "dijo", "3", "5", "millones"]
    assert shingles(["a", "b", "c", "d"]) == ["a b c", "b c d"]
    assert shingles(["hola"]) == ["hola"]
    assert shingles([]) == []


def test_paragraph_shingles_follow_article_paragraph_indexes():
    text = "Uno dos tres cuatro.\n\n   \n\nCinco seis siete."
    shingled, counts = paragraph_shingles(text)
    assert counts == [4, 3]
    assert shingled == [["uno dos tres", "dos tres cuatro"], ["cinco seis siete"]]
    assert len(shingled) == len(article("x", [text], None, 0).paragraphs)


# Letters whose case or accents fold (final sigma, dotted capital I, ß, ligatures), marks,
# digits, spaces, line breaks and punctuation.
TEXTS = st.text(alphabet="aAeÉéÍíñÑçÇüÜÖΣσςİIßﬁ\u0301\u200b1²  \n\t.,«»-_", max_size=60)


@given(TEXTS, TEXTS)
def test_one_reading_gives_the_words_of_both_readers(title, text):
    """Words read once, lower-cased: folded, they are the words of the folded text (copy
    detection); with the title's, those of the lower-cased `title. text` (word vectors)."""
    paragraphs = paragraph_words(text)
    folded = [words(p) for p in text.split("\n\n") if p.strip()]
    assert word_shingles(paragraphs) == ([shingles(w) for w in folded], list(map(len, folded)))
    assert word_shingles(paragraphs) == paragraph_shingles(text)
    together = re.findall(r"\w+", f"{title}. {text}".lower())
    assert [w for p in paragraph_words(title) + paragraphs for w in p] == together


def test_accents_lost_by_a_scraper_do_not_hide_a_copy(wire):
    stripped = [fold(p) for p in WIRE]
    links = find_copies([wire, article("ascii-1", stripped, "Portal", 1)])
    assert [(link.copy_id, link.kind, link.similarity) for link in links] == [
        ("ascii-1", "article", 1.0)
    ]


# Whole articles and paragraphs


def test_republished_wire_story_links_to_the_wire(story):
    links = find_copies(story[:2])
    assert len(links) == 1
    link = links[0]
    assert (link.copy_id, link.origin_id, link.kind) == ("sur-1", "efe-1", "article")
    assert 0.5 <= link.similarity < 1
    assert link.shared == ((0, 0), (1, 1), (2, 2), (3, 3), (4, 4))


def test_copied_paragraphs_are_listed_by_index(story):
    wire, north = story[0], story[2]
    links = find_copies([wire, north])
    assert links == [
        CopyLink("norte-1", "efe-1", "paragraphs", links[0].similarity, ((1, 1), (4, 3)))
    ]
    assert links[0].similarity < 0.5


def test_same_topic_without_shared_text_is_not_a_copy(story):
    assert find_copies([story[0], story[3]]) == []
    assert find_copies([story[3], story[4]]) == []


def test_origin_is_the_earlier_article_whatever_the_order(story):
    wire, sur = story[0], story[1]
    assert pairs(find_copies([sur, wire])) == [("sur-1", "efe-1")]
    undated = article("undated", WIRE, None, None)
    # A known date beats a missing one; between undated articles the first indexed wins.
    assert pairs(find_copies([undated, wire])) == [("undated", "efe-1")]
    other = article("undated-2", republished(WIRE), None, None)
    assert pairs(find_copies([undated, other])) == [("undated-2", "undated")]


def test_timeline_compares_aware_and_naive_times():
    naive = timeline_key(datetime(2024, 3, 4, 12, 0), 1)
    aware = timeline_key(datetime(2024, 3, 4, 12, 30, tzinfo=timezone(timedelta(hours=3))), 0)
    assert aware < naive
    assert timeline_key(datetime(2024, 3, 4, 10, tzinfo=UTC), 5) < timeline_key(None, 0)


def test_a_copy_of_a_copy_points_to_the_original():
    a = article("a", WIRE, "EFE", 0)
    b = article("b", WIRE + CHRONICLE, "Diario B", 1)
    c = article("c", WIRE[2:] + CHRONICLE, "Diario C", 2)
    links = {link.copy_id: link for link in find_copies([a, b, c])}
    assert links["b"].origin_id == "a"
    # c shares too little with a to match it directly (Jaccard < 0.5), but it is b's text.
    assert links["c"].origin_id == "a"
    assert links["c"].kind == "article"
    assert links["c"].similarity < 0.5
    assert links["c"].shared == ((0, 2), (1, 3), (2, 4))


def test_a_truncated_scrape_with_its_breaks_lost_is_a_copy():
    long = article("efe-2", WIRE + CHRONICLE, "EFE", 0)
    # The first three paragraphs run into one: no paragraph matches one of the origin's,
    # and the whole text shares too little with it (Jaccard < 0.5), yet all of it is there.
    scrape = article("portal-1", [" ".join(WIRE[:3])], "Portal", 3)
    links = find_copies([long, scrape])
    assert [(link.copy_id, link.origin_id, link.kind) for link in links] == [
        ("portal-1", "efe-2", "article")
    ]
    assert links[0].similarity < 0.5
    assert story_provenance([long, scrape]).origins == 1


def test_a_piece_quoting_part_of_another_is_not_contained_in_it(story):
    wire, north = story[0], story[2]
    # Two of its five paragraphs are the wire's: a passage link, not a whole copy.
    assert [link.kind for link in find_copies([wire, north])] == ["paragraphs"]


def test_passages_chain_to_the_earliest_article(story):
    wire, north = story[0], story[2]
    relay = article("relay", [CHRONICLE[1], WIRE[1], MINISTER[1]], "Relevo", 9)
    links = find_copies([wire, north, relay])
    relayed = [link for link in links if link.copy_id == "relay"]
    assert [(link.origin_id, link.shared) for link in relayed] == [("efe-1", ((1, 1),))]


def test_an_outlet_repeating_its_own_paragraph_is_not_copying():
    one = article("c1", [CHRONICLE[0], MINISTER[0]], "La Crónica", 0)
    two = article("c2", [NORTH_OWN[0], MINISTER[0]], "La Crónica", 1)
    other = article("o1", [NORTH_OWN[1], MINISTER[0]], "Otro Diario", 2)
    assert pairs(find_copies([one, two, other])) == [("o1", "c1")]


def test_short_texts_are_not_evidence():
    first = article("s1", ["El partido terminó con empate a uno."], "A", 0)
    second = article("s2", ["El partido terminó con empate a uno."], "B", 1)
    assert find_copies([first, second]) == []


def test_article_level_only(story):
    links = find_copies(story, paragraphs=False)
    assert [(link.copy_id, link.kind) for link in links] == [("sur-1", "article")]


# The online index


def test_adding_one_by_one_gives_the_batch_links(story):
    index = DuplicateIndex()
    stored: dict[str, list[CopyLink]] = {}
    for item in story:
        changed = index.add(item)
        for copy_id in {link.copy_id for link in changed}:
            stored[copy_id] = [link for link in changed if link.copy_id == copy_id]
    batch = find_copies(story)
    assert sorted((link for links in stored.values() for link in links), key=repr) == sorted(
        batch, key=repr
    )
    assert index.links() == batch
    assert len(index) == len(story)
    assert "sur-1" in index


def test_links_do_not_depend_on_arrival_order(story):
    extra = article("relay", [CHRONICLE[1], WIRE[1], MINISTER[1]], "Relevo", 9)
    articles = [*story, extra]
    expected = set(find_copies(articles))
    rng = random.Random(7)
    for _ in range(10):
        shuffled = articles[:]
        rng.shuffle(shuffled)
        index = DuplicateIndex()
        for item in shuffled:
            index.add(item)
        assert set(index.links()) == expected


def test_a_late_original_re_points_its_copies(story):
    index = DuplicateIndex()
    index.add(story[1])
    later = article("sur-2", republished(WIRE), "Diario Oeste", 3)
    assert [link.origin_id for link in index.add(later)] == ["sur-1"]
    changed = index.add(story[0])
    assert sorted(pairs(changed)) == [("sur-1", "efe-1"), ("sur-2", "efe-1")]


def test_a_narrowed_index_links_as_one_built_from_its_articles(story):
    extra = article("relay", [CHRONICLE[1], WIRE[1], MINISTER[1]], "Relevo", 9)
    articles = [*story, extra]
    index = DuplicateIndex()
    for item in articles:
        index.add(item)
    kept = [a for i, a in enumerate(articles) if i != 0]
    narrowed = index.narrowed([a.id for a in kept])
    assert narrowed.links() == find_copies(kept)
    assert len(narrowed) == len(kept) and articles[0].id not in narrowed
    later = article("sur-2", republished(WIRE), "Diario Oeste", 3)
    fresh = DuplicateIndex()
    for item in kept:
        fresh.add(item)
    assert narrowed.add(later) == fresh.add(later)


def test_an_article_is_indexed_once(wire):
    index = DuplicateIndex()
    index.add(wire)
    with pytest.raises(ValueError, match="efe-1"):
        index.add(wire)


# Credits


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("El plan entra en vigor el lunes, según informó EFE.", [("EFE", "according")]),
        (
            "La medida fue aprobada ayer, según informó la agencia Prensa Valdemora.",
            [("Prensa Valdemora", "according")],
        ),
        ("Con información de AFP.", [("AFP", "information")]),
        ("Los vecinos protestaron (Con información de Reuters)", [("Reuters", "information")]),
        ("Fuente: Europa Press", [("Europa Press", "source")]),
        ("Informa la agencia Andina que el paro sigue.", [("Andina", "reported")]),
        ("The vote was delayed, according to Reuters.", [("Reuters", "according")]),
        ("With reporting by AP.", [("AP", "information")]),
        (
            "Referencia: Pérez, L. (2024). Valdemora cierra el riego. El País.",
            [("El País", "reference")],
        ),
        ("VALDEMORA, 4 mar (EFE).- El plan entra en vigor.", [("EFE", "credit")]),
        ("Con información de AFP y Agencia EFE.", [("AFP", "information"), ("EFE", "information")]),
        ("La consejera explicó a Télam que no habrá cortes.", [("Télam", "told")]),
        ("Según la ministra Ferrán, no habrá cortes.", []),
        ("Foto: EFE", []),
        ("El país vecino también sufre la sequía en la región andina.", []),
        ("La Universidad Autónoma (UNAM) estudia el acuífero.", []),
        ("Según datos del Instituto de Estadística, el paro bajó.", []),
    ],
)
def test_cited_origins(sentence, expected):
    item = article("x", [sentence], "Diario del Sur", 0)
    found = cited_origins(item, ["Prensa Valdemora", "El País", "UNAM", "Diario del Sur"])
    assert [(c.outlet, c.kind) for c in found] == expected
    assert all(c.sentence for c in found)


def test_references_and_own_credits():
    reference = Reference(raw="Pérez, L. (2024). Sequía. Agencia EFE.", outlet="Agencia EFE")
    item = article("x", ["Texto propio sin citas."], "Diario del Sur", 0, references=[reference])
    assert cited_origins(item) == [Citation("EFE", reference.raw, "reference")]
    own = article("y", ["VALDEMORA, 4 mar (EFE).- Texto, según informó EFE."], "Agencia EFE", 0)
    assert cited_origins(own) == []
    assert same_house("BBC", "BBC News") and not same_house("El País", "El Norte")
    assert outlet_key("Agence France-Presse") == outlet_key("afp")


def test_credit_links_the_rewrite_to_the_agency_article(story):
    credited = article("voz-1", CREDITED, "La Voz", 7)
    articles = [*story, credited]
    links = attribution_links(articles, find_copies(articles))
    assert [(link.copy_id, link.origin_id, link.kind) for link in links] == [
        ("voz-1", "efe-1", "attribution")
    ]
    assert links[0].shared == ()


def test_credit_needs_an_earlier_or_same_day_article_of_that_outlet(story):
    credited = article("voz-1", CREDITED, "La Voz", -30)
    assert attribution_links([story[0], credited]) == []
    assert attribution_links([story[2], article("voz-2", CREDITED, "La Voz", 7)]) == []


def test_text_links_are_not_repeated_as_credits(wire):
    credited_copy = article("sur-9", [*republished(WIRE), "(Con información de EFE)"], "Sur", 2)
    links = find_copies([wire, credited_copy])
    assert attribution_links([wire, credited_copy], links) == []


# Provenance


def test_provenance_counts_independent_origins(story):
    result = story_provenance(story)
    assert (result.articles, result.outlets, result.origins) == (5, 4, 3)
    assert result.groups == [["efe-1", "sur-1", "norte-1"], ["cronica-1"], ["cronica-2"]]
    assert result.chains["norte-1"] == ["norte-1", "efe-1"]
    assert result.chains["cronica-1"] == ["cronica-1"]
    assert {link.kind for link in result.links} == {"article", "paragraphs"}


def test_one_article_is_its_own_origin_whatever_it_credits(story):
    # A story of one article is read by no detector: what they would find in it is nothing.
    for alone in [*story, article("voz-1", CREDITED, "La Voz", 7)]:
        found = find_copies([alone])
        found += attribution_links([alone], found)
        assert found == []
        assert story_provenance([alone]) == provenance([alone], [])
        assert story_provenance([alone]).origins == 1


def test_provenance_with_credits_and_outside_links(story):
    credited = article("voz-1", CREDITED, "La Voz", 7)
    outside = CopyLink("cronica-1", "elsewhere", "article", 0.9, ())
    links = [*find_copies([*story, credited]), outside]
    links += attribution_links([*story, credited], links)
    result = provenance([*story, credited], links)
    assert (result.articles, result.outlets, result.origins) == (6, 5, 3)
    assert result.groups[0] == ["efe-1", "sur-1", "norte-1", "voz-1"]
    assert result.chains["voz-1"] == ["voz-1", "efe-1"]
    assert outside not in result.links


def test_chains_stop_on_same_day_credit_cycles():
    a = article("a", ["Texto de a."], "Uno", 0)
    b = article("b", ["Texto de b."], "Dos", 1)
    links = [
        CopyLink("a", "b", "attribution", 0.1),
        CopyLink("b", "a", "attribution", 0.1),
    ]
    result = provenance([a, b], links)
    assert result.chains == {"a": ["a", "b"], "b": ["b", "a"]}
    assert result.origins == 1


def test_an_outlet_named_after_an_agency_is_read_whole():
    """The agencies' names are one pattern and the outlets at hand another: where both find
    a name at one place, the longer one is the outlet credited."""
    outlets = ["Europa Press Valdemora", "Diario del Sur"]
    verde = article("x", ["El río bajó un 40%, según Europa Press Valdemora."], "Diario del Sur", 0)
    efe = article("y", ["El río bajó un 40%, según EFE."], "Diario del Sur", 0)
    assert [c.outlet for c in cited_origins(verde, outlets)] == ["Europa Press Valdemora"]
    assert [c.outlet for c in cited_origins(efe, outlets)] == ["EFE"]


def test_an_article_that_credits_another_is_said_to_cite_it_not_to_copy_it(story):
    """How each article came from another, by its strongest link: the republished one is a
    copy, the one that took some paragraphs copies them, the one that credits the agency in
    its own words cites it (what the headlines and the publication chart say of it)."""
    credited = article("voz-1", CREDITED, "La Voz", 7)
    links = find_copies([*story, credited])
    links += attribution_links([*story, credited], links)
    result = provenance([*story, credited], links)
    assert result.derived("sur-1") == ("article", "efe-1")
    assert result.derived("norte-1") == ("paragraphs", "efe-1")
    assert result.derived("voz-1") == ("attribution", "efe-1")
    assert result.derived("efe-1") is None and result.derived("cronica-1") is None
    assert DERIVED_FROM["attribution"].format(outlet="EFE") == "cita a EFE"
    assert DERIVED_FROM["article"].format(outlet="EFE") == "copia de EFE"
