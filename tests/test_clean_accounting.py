"""Every input line is accounted for, on the example corpus and on generated noisy articles.

The generator writes what Spanish news sites print around an article (all text here is
invented, in the style of the press): headers in any case, indented or glued to the
headline, leaning meters, mastheads, photo captions with their credits in every form,
links to the mobile site, paragraphs scraped twice, reference blocks under a label. Beyond
the accounting itself, each generated article must keep every real paragraph, get its
headline right and lose every credit.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES
from contrasta.clean.accounting import unaccounted
from contrasta.errors import InputError
from contrasta.ingest import read_file
from contrasta.ingest.jsonl import read_jsonl
from contrasta.ingest.text import read_text
from contrasta.model import Article, RawDocument, RemovedLine
from contrasta.prepare import prepare

NOW = datetime(2026, 3, 1, 12, 0)


def example_documents() -> list[RawDocument]:
    return [
        doc
        for path in sorted(EXAMPLES.rglob("*"))
        if path.is_file()
        for doc in read_file(path)
        if not isinstance(doc, InputError)
    ]


@pytest.mark.parametrize("raw", example_documents(), ids=lambda raw: raw.source.split("/")[-1])
def test_every_example_line_is_accounted_for(raw):
    assert unaccounted(raw, prepare(raw, now=NOW)) == []


def article(title: str, paragraphs: list[str], removed: list[RemovedLine]) -> Article:
    return Article(
        id="x",
        source="x",
        fmt="text",
        content_hash="x",
        title=title,
        text="\n\n".join(paragraphs),
        removed=removed,
    )


def test_a_lost_line_is_reported():
    raw = RawDocument(source="x", fmt="text", text="Titular\nPrimer párrafo.\nSegundo párrafo.")
    assert unaccounted(raw, article("Titular", ["Primer párrafo."], [])) == ["Segundo párrafo."]


def test_a_split_line_must_give_the_line_back():
    raw = RawDocument(source="x", fmt="text", text="Titular\nPosan juntos. Foto: EFE.")
    credit = [RemovedLine("Foto: EFE.", "photo-credit", 1)]
    assert unaccounted(raw, article("Titular", ["Posan juntos."], credit)) == []
    assert unaccounted(raw, article("Titular", ["Posan."], credit)) == ["Posan juntos. Foto: EFE."]


HEADLINES = [
    "El Gobierno aprueba un plan de ayudas para los damnificados por las lluvias",
    "La huelga de transportistas deja desabastecidos los mercados del sur",
    "Cierran tres colegios en Villaserena por daños en sus estructuras",
    "¿Quién pagará la reconstrucción del puerto de Almagro?",
    "Los agricultores del valle del Quimal piden una moratoria de sus créditos",
    "El alcalde de San Fermín dimite tras la polémica por las obras del mercado",
]
PARAGRAPHS = [
    "El Consejo de Ministros aprobó este martes un paquete de 120 millones de euros para "
    "reparar viviendas y carreteras dañadas por las lluvias de la última semana. La medida "
    "llegará a unos 14.000 hogares de cuatro provincias.",
    "«No podemos esperar a que pase otro invierno», afirmó la ministra de Vivienda, Elena "
    "Robles, durante la rueda de prensa posterior a la reunión.",
    "Según los datos de Protección Civil, el temporal obligó a evacuar a más de 3.000 "
    "personas y dejó sin suministro eléctrico a otras 25.000 durante dos días.",
    "Los alcaldes de la comarca reclamaron que las ayudas se paguen antes de abril. El "
    "presidente de la mancomunidad, Julián Ortega, recordó que muchas familias siguen "
    "alojadas en polideportivos.",
    "La oposición calificó el plan de insuficiente y anunció que pedirá la comparecencia "
    "del ministro de Hacienda en el Congreso.",
    "Las obras comenzarán en mayo.",
    "El sindicato convocó una concentración para el próximo viernes frente a la sede del "
    "Ministerio de Transportes, a la que espera que acudan unos 2.000 conductores.",
    "La foto de los dos dirigentes estrechándose la mano recorrió las redes sociales, "
    "según informó Reuters, y se convirtió en el símbolo del acuerdo.",
]
METERS = [
    "Progresista 30%Conservador 70%",
    "Izquierda 20% Centro 50% Derecha 30%",
    "Cobertura: Izquierda 35 % | Centro 40 % | Derecha 25 %",
]
MASTHEADS = ["Fundado en 1910", "Diario independiente de la mañana", "Decano de la prensa"]
MOBILE = ["Salir de la versión móvil", "Ver versión completa", "Versión AMP"]
SHARES = ["Compartir en Facebook", "Compartir en X", "Lee también: Las claves del plan"]
CAPTIONS = [
    "Vecinos retiran el barro de sus casas en el barrio de La Ribera",
    "La ministra Elena Robles, a su llegada al Consejo de Ministros.",
    "Un camión bloquea la entrada del mercado central de abastos",
    "Imagen aérea de la carretera cortada entre Villaserena y San Fermín.",
]
CREDITS = [
    "Foto: EFE",
    "Foto: via REUTERS",
    "(Foto: AFP)",
    "Juan Pérez/EFE",
    "EFE/Juan Pérez",
    "Fotografía: Marta Ruiz",
    "Crédito: Agencia Andina",
    "Imagen de archivo",
    "Foto: Reuters.",
]
BYLINES = ["Por Ana Gil | Madrid", "Por: Julián Ortega y Marta Ruiz", "Redacción EFE"]
CAPTION_CREDITS = [" - crédito Juan Pérez/EFE", " -crédito Marta Ruiz", ". (Juan Pérez/EFE)"]
GLUED_CREDITS = ["Foto: Reuters.", "Foto: via REUTERS", "(Foto: Marta Ruiz)", "Juan Pérez/EFE"]
APA = (
    "Robles, E. (2026, febrero 3). Plan de ayudas por las lluvias. Crónica del Sur. "
    "https://cronicadelsur.example/2026/02/03/plan-ayudas"
)
KEYS = {"title": ["title", "título"], "outlet": ["medio", "outlet"], "date": ["fecha", "date"]}


def cased(draw, word: str) -> str:
    return draw(st.sampled_from([word, word.upper(), word.capitalize()]))


@st.composite
def noisy_article(draw):
    """(header lines, other lines, headline, real paragraphs, header date, noise written);
    a headline glued to the header is also the first of the other lines."""
    headline = draw(st.sampled_from(HEADLINES))
    body = draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=2, max_size=5, unique=True))
    header: list[str] = []
    lines: list[str] = []
    noise: list[str] = []
    date = None
    glued = False
    if draw(st.booleans()):
        indent = draw(st.sampled_from(["", " ", "\t"]))
        if draw(st.booleans()):
            header.append(f"{indent}{cased(draw, 'medio')}: Crónica del Sur")
        date = datetime(2026, 2, draw(st.integers(1, 28)))
        stamp = date.strftime("%Y-%m-%d")
        key = cased(draw, draw(st.sampled_from(KEYS["date"])))
        glued = draw(st.booleans())
        sep = draw(st.sampled_from([": ", " "]))
        header.append(f"{indent}{key}{sep}{stamp}" + (f" {headline}" if glued else ""))
        if glued:
            lines.append(headline)
    top = draw(st.lists(st.sampled_from(METERS + MASTHEADS + MOBILE), max_size=3, unique=True))
    noise += top
    lines += top
    if not glued:
        if draw(st.booleans()):
            credit = draw(st.sampled_from(GLUED_CREDITS))
            lines.append(f"{headline} {credit}")
            noise.append(credit)
        else:
            lines.append(headline)
        lines += [headline] * draw(st.integers(0, 2))
    if draw(st.booleans()):
        byline = draw(st.sampled_from(BYLINES))
        lines.append(byline)
        noise.append(byline)
    seen: list[str] = []
    for paragraph in body:
        kinds = ["plain", "caption", "inline-caption", "credit", "glued", "share", "repeat"]
        kind = draw(st.sampled_from(kinds))
        if kind == "caption":
            caption = draw(st.sampled_from([c for c in CAPTIONS if c.endswith(".")]))
            credit = draw(st.sampled_from(CREDITS))
            lines += [caption, credit]
            noise += [caption, credit]
        elif kind == "inline-caption":
            caption = draw(st.sampled_from(CAPTIONS)).rstrip(".")
            line = f"{caption}{draw(st.sampled_from(CAPTION_CREDITS))}"
            lines.append(line)
            noise.append(caption)
        elif kind == "credit":
            credit = draw(st.sampled_from(CREDITS))
            lines.append(credit)
            noise.append(credit)
        elif kind == "share":
            share = draw(st.sampled_from(SHARES))
            lines.append(share)
            noise.append(share)
        elif kind == "repeat" and seen:
            lines.append(draw(st.sampled_from(seen)))
        if kind == "glued":
            credit = draw(st.sampled_from(GLUED_CREDITS))
            lines.append(f"{paragraph} {credit}")
            noise.append(credit)
        else:
            lines.append(paragraph)
        seen.append(paragraph)
    if draw(st.booleans()):
        label = draw(st.sampled_from(["Referencia:", "Fuente:", "Referencias", "Fuentes:"]))
        lines += [label, APA]
        noise += [label, APA]
    return header, lines, headline, body, date, noise


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(noisy_article(), st.sampled_from(["text", "jsonl"]))
def test_noisy_articles_are_read_right(generated, fmt):
    header, lines, headline, body, date, noise = generated
    if fmt == "text":
        glued = header and headline in header[-1]
        raw = read_text("gen.txt", "\n".join(header + lines[1:] if glued else header + lines))
    else:
        raw = next(read_jsonl("gen.jsonl", json.dumps({"text": "\n\n".join(lines)})))
    article = prepare(raw, now=NOW)
    assert unaccounted(raw, article) == []
    assert article.title == headline
    for paragraph in body:
        assert paragraph in article.paragraphs
    for line in noise:
        assert line not in article.text
    assert "Foto:" not in article.text and "/EFE" not in article.text
    if fmt == "text" and date is not None:
        assert (article.published, article.published_from) == (date, "header")
