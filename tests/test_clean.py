"""clean() end to end: a messy scraped article in, the article and its metadata out."""

from __future__ import annotations

from datetime import datetime

import pytest

from contrasta.clean import Cleaned, clean
from contrasta.errors import InputError
from contrasta.model import CoverageMeter, RawDocument, RemovedLine
from contrasta.prepare import prepare

pytestmark = pytest.mark.usefixtures("english")  # reasons checked in English

TITLE = "Los estibadores de Puerto Almagro inician una huelga indefinida"
P1 = (
    "Unos 3.000 estibadores del puerto de Puerto Almagro iniciaron este lunes a las 06:00 "
    "una huelga indefinida para exigir la renovación del convenio colectivo."
)
P2 = (
    "«No vamos a volver al trabajo hasta que la patronal se siente a negociar», dijo la "
    "portavoz del sindicato, Marta Ferrán, ante cientos de trabajadores."
)
P3 = "Según la Autoridad Portuaria, 14 buques esperan fondeados frente a la bocana."
P4 = (
    "La última negociación, en 2019, terminó con un acuerdo salarial que el sindicato "
    "considera ahora incumplido, según un informe de la CEPAL."
)
APA = (
    "Larraín, S. (2026, Febrero 5). Huelga en el puerto. Crónica del Sur. "
    "https://cronicadelsur.example/economia/huelga"
)

MESSY = [
    "Salir de la versión móvil",  # 0
    "Fundado en 1910",  # 1
    TITLE,  # 2
    "",  # 3
    "Publicado: 12 de enero de 2026, 09:30 | Actualizado: 12 de enero de 2026, 11:00",  # 4
    "Progresista 30%Conservador 70%",  # 5
    "   ",  # 6
    f"  {P1}  ",  # 7
    "Foto: Reuters.",  # 8
    "Estibadores concentrados frente a la terminal de contenedores de Puerto AlmagroAFP",  # 9
    P2,  # 10
    "Compartir en Facebook",  # 11
    "Compartir en X",  # 12
    P3,  # 13
    "Lee también: El Gobierno convoca a las partes",  # 14
    P2,  # 15
    P4,  # 16
    "—",  # 17
    "Utilizamos cookies para mejorar su experiencia de navegación.",  # 18
    APA,  # 19
    "Aceptar cookies",  # 20
]


def test_messy_article_end_to_end():
    cleaned = clean(MESSY, title=TITLE, reference_time=datetime(2026, 3, 1))
    assert isinstance(cleaned, Cleaned)
    assert cleaned.paragraphs == [P1, P2, P3, P4, "—"]
    assert cleaned.removed == [
        RemovedLine("Salir de la versión móvil", "mobile-link", 0),
        RemovedLine("Fundado en 1910", "masthead", 1),
        RemovedLine(TITLE, "repeated-title", 2),
        RemovedLine(MESSY[4], "published-line", 4),
        RemovedLine("Progresista 30%Conservador 70%", "coverage-meter", 5),
        RemovedLine("Foto: Reuters.", "photo-credit", 8),
        RemovedLine(MESSY[9], "caption-agency", 9),
        RemovedLine("Compartir en Facebook", "share-subscribe", 11),
        RemovedLine("Compartir en X", "share-subscribe", 12),
        RemovedLine("Lee también: El Gobierno convoca a las partes", "share-subscribe", 14),
        RemovedLine(P2, "repeated-paragraph", 15),
        RemovedLine(MESSY[18], "cookie-notice", 18),
        RemovedLine(APA, "apa-reference", 19),
        RemovedLine("Aceptar cookies", "cookie-notice", 20),
    ]
    assert (cleaned.published, cleaned.published_from) == (
        datetime(2026, 1, 12, 9, 30),
        "published-line",
    )
    assert cleaned.meter == CoverageMeter(
        shares={"Progresista": 30.0, "Conservador": 70.0}, raw="Progresista 30%Conservador 70%"
    )
    [reference] = cleaned.references
    assert (reference.author, reference.outlet, reference.published) == (
        "Larraín, S.",
        "Crónica del Sur",
        datetime(2026, 2, 5),
    )


def test_nothing_is_lost_silently():
    cleaned = clean(MESSY, title=TITLE)
    accounted = {r.position for r in cleaned.removed}
    kept = [i for i, line in enumerate(MESSY) if line.strip() and i not in accounted]
    assert [MESSY[i].strip() for i in kept] == cleaned.paragraphs
    assert [r.position for r in cleaned.removed] == sorted(accounted)


def test_clean_article_passes_through_unchanged():
    article = [P1, P2, P3, P4]
    cleaned = clean(article, title=TITLE)
    assert cleaned == Cleaned(
        paragraphs=article,
        removed=[],
        published=None,
        published_from=None,
        meter=None,
        references=[],
        title=TITLE,
    )


def test_empty_and_noise_only_bodies():
    assert clean([]).paragraphs == []
    only_noise = clean(["", "Compartir", "Foto: EFE"])
    assert only_noise.paragraphs == []
    assert [r.position for r in only_noise.removed] == [1, 2]


def test_english_article():
    title = "Strong quake hits the Quimal valley"
    body = [
        title,
        "Published: February 4, 2026 3:10 AM",
        "Left 40% Center 20% Right 40%",
        "A magnitude 6.4 earthquake struck the Quimal valley late on Tuesday, officials said.",
        "Photo: AP",
        "Rescue teams searched the ruins of the old church throughout the night.",
        "Share this article",
        "We use cookies to improve your experience.",
    ]
    cleaned = clean(body, title=title)
    assert cleaned.paragraphs == [body[3], body[5]]
    assert [r.rule for r in cleaned.removed] == [
        "repeated-title",
        "published-line",
        "coverage-meter",
        "photo-credit",
        "share-subscribe",
        "cookie-notice",
    ]
    assert cleaned.published == datetime(2026, 2, 4, 3, 10)
    assert cleaned.meter.shares == {"Left": 40.0, "Center": 20.0, "Right": 40.0}


SCRAPED = """ date 2026-01-12 Kim y Putin sellan en Vladivostok una alianza militar:
Progresista 30%Conservador 70%
Fundado en 1910
Los dos mandatarios, a su llegada al cosmódromo de Vostochni. Foto: Agencia.
El líder norcoreano y el presidente ruso firmaron este domingo un acuerdo de cooperación \
militar que incluye ejercicios conjuntos y el intercambio de tecnología, según la agencia \
estatal de noticias.
Kim y Putin, durante la ceremonia de firma en el puerto.
Foto: via REUTERS
«Es un día histórico para nuestros pueblos», afirmó Putin ante la prensa. Los dos líderes \
posaron juntos. Foto: Reuters.
Analistas consultados por este diario dudan de que el acuerdo cambie el equilibrio militar \
de la región a corto plazo.
Referencia:
Gómez, L. (2026, enero 12). Kim y Putin firman un pacto militar. Crónica del Este. \
https://cronicadeleste.example/2026/01/12/kim-putin
"""


def test_scraped_file_with_the_forms_real_sites_print():
    from contrasta.clean.accounting import unaccounted
    from contrasta.ingest.text import read_text
    from contrasta.prepare import prepare

    raw = read_text("kim.txt", SCRAPED)
    article = prepare(raw, now=datetime(2026, 3, 1))
    assert article.title == "Kim y Putin sellan en Vladivostok una alianza militar:"
    assert (article.published, article.published_from) == (datetime(2026, 1, 12), "header")
    # A "Foto: …" glued once takes only itself: paragraphs and subheadings end so too.
    assert article.paragraphs[0] == "Los dos mandatarios, a su llegada al cosmódromo de Vostochni."
    assert article.paragraphs[1].startswith("El líder norcoreano y el presidente ruso")
    assert article.paragraphs[2].endswith("Los dos líderes posaron juntos.")
    assert len(article.paragraphs) == 4
    assert "Foto" not in article.text and "REUTERS" not in article.text
    assert "Reuters" not in article.text and "Referencia" not in article.text
    assert [r.rule for r in article.removed] == [
        "header",
        "coverage-meter",
        "masthead",
        "photo-credit",
        "photo-caption",
        "photo-credit",
        "photo-credit",
        "reference-trailer",
        "reference-trailer",
    ]
    assert article.meter is not None and article.references[0].outlet == "Crónica del Este"
    assert unaccounted(raw, article) == []


RELATED = [
    "Remembering the harbour workers who built the old pier of Port Selene",
    "Dora Kell was a mother to the town's fishing families for forty years",
]


def test_every_headline_under_a_related_heading_at_the_end_is_dropped():
    """A heading of related stories at the page's end lists several headlines, one a
    line: all of them go."""
    cleaned = clean([P1, P3, "RELATED STORIES:", *RELATED], title=TITLE)
    assert cleaned.paragraphs == [P1, P3]
    assert [(r.text, r.rule) for r in cleaned.removed] == [
        ("RELATED STORIES:", "share-subscribe"),
        *((line, "related-link") for line in RELATED),
    ]


def test_a_subheading_after_a_related_headline_stays_when_a_report_follows():
    subheading = "Los estibadores votan este martes en asamblea"
    cleaned = clean([P1, "Lee también:", RELATED[0], subheading, P3], title=TITLE)
    assert cleaned.paragraphs == [P1, subheading, P3]


RELACIONADOS = [
    "La Autoridad Portuaria de Almagro licita la nueva grúa del muelle norte",
    "Los armadores de Puerto Almagro piden una mesa de diálogo con el sindicato",
]


@pytest.mark.parametrize("heading", ["Relacionados", "RELACIONADOS", "Noticias relacionadas:"])
def test_every_headline_under_a_bare_related_heading_at_the_end_is_dropped(heading):
    """A heading of other articles is one bare ("Relacionados"), in capitals or with a
    colon: it goes, and the headlines it lists at the page's end."""
    cleaned = clean([P1, P3, heading, *RELACIONADOS], title=TITLE)
    assert cleaned.paragraphs == [P1, P3]
    assert [(r.text, r.rule) for r in cleaned.removed] == [
        (heading, "share-subscribe"),
        *((line, "related-link") for line in RELACIONADOS),
    ]


def test_a_sentence_opening_with_relacionados_stays():
    line = "Relacionados con la huelga, tres estibadores declararon ante el juez este lunes."
    assert clean([P1, line, P3], title=TITLE).paragraphs == [P1, line, P3]


@pytest.mark.parametrize(
    "pointer",
    [
        f"También lee: {RELACIONADOS[0]}",
        f"Tambien lee: {RELACIONADOS[0]}",
        f"LEGGI ANCHE: {RELACIONADOS[0]}",
        "Lo más leído",
        "Te recomendamos",
    ],
)
def test_a_pointer_the_claims_reader_knows_is_dropped_by_the_cleaner_too(pointer):
    """The cleaner and the claims reader share one list of pointers' labels and headings
    (`clean.rules.RELATED_LABELS`, `RELATED_HEADINGS`)."""
    cleaned = clean([P1, P3, pointer], title=TITLE)
    assert cleaned.paragraphs == [P1, P3]


def test_a_text_in_devanagari_keeps_its_lines_and_takes_no_headline_from_below_them():
    """The danda ("।") ends a sentence as a full stop does: the paragraph it ends opens
    the body, and a line in Latin letters below it (an embedded post) is no headline
    above the lines before it, which stay."""
    lines = [
        "समुद्र तट पर नया बंदरगाह खुला",
        "पोर्ट सेलीन। नगर परिषद ने सोमवार को बताया कि नया बंदरगाह खुल गया है, और पहले दिन "
        "बारह जहाज़ आए। परिषद के अनुसार काम अगले महीने पूरा होगा।",
        "Port Selene council: the new harbour opened today, twelve ships in on the first day",
    ]
    cleaned = clean(lines, find_title=True)
    assert cleaned.paragraphs == lines
    assert cleaned.title is None


def test_a_source_with_a_headline_and_furniture_only_says_it_holds_no_article():
    raw = RawDocument(
        source="portada.txt",
        fmt="text",
        text="",
        title=TITLE,
        paragraphs=["Compartir", "Publicidad", "Síguenos en Twitter"],
    )
    with pytest.raises(InputError) as caught:
        prepare(raw)
    assert str(caught.value).startswith("no article text: only a headline and page furniture")
    assert caught.value.hint.startswith("the source holds no article; its 3 other lines")


def test_a_source_of_noise_only_says_so():
    raw = RawDocument(source="ruido.txt", fmt="text", text="", paragraphs=["Foto: EFE"])
    with pytest.raises(InputError) as caught:
        prepare(raw)
    assert str(caught.value).startswith("no article text left after cleaning")


@pytest.mark.parametrize(
    "masthead", ["EL FARO DE ALMAGRO", "LA VOZ DEL PUERTO", "DIARIO DE SELENE"]
)
def test_a_papers_name_in_capitals_above_the_headline_is_a_masthead_not_the_title(masthead):
    cleaned = clean([masthead, TITLE, P1, P3], find_title=True)
    assert cleaned.title == TITLE
    assert cleaned.paragraphs == [P1, P3]
    assert (masthead, "masthead") in [(r.text, r.rule) for r in cleaned.removed]


def test_a_papers_name_in_a_sentence_or_in_lower_case_stays():
    lines = [
        "El Faro de Almagro",
        "EL FARO DE ALMAGRO CIERRA SU REDACCIÓN TRAS NOVENTA AÑOS DE HISTORIA EN EL PUERTO",
    ]
    cleaned = clean([P1, *lines, P3], title=TITLE)
    assert cleaned.paragraphs == [P1, *lines, P3]


def test_content_class_mark_after_the_last_word_is_a_label():
    # Ecuadorian papers close each piece with its class by law: "(I)" informative.
    body = [
        "El concejo de Villa Serena aprobó el presupuesto para los puentes.",
        "La alcaldesa, Marta Quiroga, anunció las obras en la radio local. (I)",
    ]
    cleaned = clean(body)
    assert cleaned.paragraphs == [body[0], body[1][: -len(" (I)")]]
    assert [(r.text, r.rule, r.position) for r in cleaned.removed] == [("(I)", "content-class", 1)]
    # a letter in parentheses inside the text, or a lone "(I)" line, is not that mark
    body = ["El plan tiene dos fases: (I) reparar y (II) ampliar los puentes del río."]
    assert clean(body).paragraphs == body
