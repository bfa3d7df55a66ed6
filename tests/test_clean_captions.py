"""Photo captions and credits leave the text in every form Spanish sites print them; prose
that only mentions a photo or an agency stays."""

from __future__ import annotations

import pytest

from contrasta.clean import clean
from contrasta.clean.captions import split_credit

LEAD = (
    "El Gobierno regional aprobó este martes un plan de emergencia de 40 millones de euros "
    "para las comarcas afectadas por las inundaciones de la última semana."
)
NEXT = "La consejera de Medio Ambiente, Irene Solís, prometió que las ayudas llegarán en marzo."


def removed(cleaned) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in cleaned.removed]


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "Posaron juntos ante la prensa. Foto: Reuters.",
            "Posaron juntos ante la prensa.",
            "Foto: Reuters.",
        ),
        ("Firmaron el acuerdo. Foto: via REUTERS", "Firmaron el acuerdo.", "Foto: via REUTERS"),
        ("Llegaron al puerto (Foto: Marta Ruiz)", "Llegaron al puerto", "(Foto: Marta Ruiz)"),
        ("Se reunieron ayer.Foto: @diariosur.", "Se reunieron ayer.", "Foto: @diariosur."),
        ("Votaron a favor. Juan Pérez/EFE", "Votaron a favor.", "Juan Pérez/EFE"),
        ("Hubo acuerdo. (Juan Pérez/EFE)", "Hubo acuerdo.", "(Juan Pérez/EFE)"),
        (
            "Vecinos en la plaza - crédito Luisa Gil/REUTERS",
            "Vecinos en la plaza",
            "- crédito Luisa Gil/REUTERS",
        ),
        ("Vecinos en la plaza -crédito @vecinos/X", "Vecinos en la plaza", "-crédito @vecinos/X"),
        ("Se vio en el Congreso. CLAUDIO ÁLVAREZ", "Se vio en el Congreso.", "CLAUDIO ÁLVAREZ"),
        ("Vista de la sala. Imagen de archivo.", "Vista de la sala.", "Imagen de archivo."),
        ("Su esposa. Foto: AFP. Foto: AFP", "Su esposa.", "Foto: AFP. Foto: AFP"),
    ],
)
def test_credit_cut_from_a_line_end(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize(
    "line",
    [
        "La foto de los dos líderes recorrió el mundo.",
        "El primer ministro habló con Reuters sobre el acuerdo, según informó Reuters.",
        "Según una encuesta Reuters/Ipsos, el 40 % apoya la medida.",
        "La reunión terminó sin acuerdo. EUROPA PRESS",
        "Messi renueva con el FC BARCELONA",
        "EL GOBIERNO APRUEBA LA LEY DE VIVIENDA. VISTO PARA SENTENCIA",
        "La foto: un símbolo de la crisis que vive el país desde hace meses.",
        "Foto: Reuters. El presidente llegó ayer a Madrid para reunirse con el rey",
        "Los asistentes escuchan - crédito Marta Soler / Cuartoscuro comer con su familia.",
    ],
)
def test_prose_keeps_its_words(line):
    assert split_credit(line) is None


def test_credit_at_the_end_of_a_paragraph_goes_and_the_paragraph_stays():
    paragraph = f"{LEAD} Foto: Reuters."
    cleaned = clean([paragraph, NEXT])
    assert cleaned.paragraphs == [LEAD, NEXT]
    assert removed(cleaned) == [("photo-credit", "Foto: Reuters.")]


@pytest.mark.parametrize("credit", ["(Juan Pérez/EFE)", "JUAN PÉREZ"])
def test_a_paragraph_that_narrates_keeps_its_text_before_a_glued_credit(credit):
    sentence = "El temporal obligó a evacuar a 3.000 personas durante dos días."
    cleaned = clean([LEAD, f"{sentence} {credit}", NEXT])
    assert cleaned.paragraphs == [LEAD, sentence, NEXT]
    assert removed(cleaned) == [("photo-credit", credit)]


def test_credit_printed_only_under_pictures_takes_the_caption_whatever_its_verb():
    caption = "El sismo provocó daños en distintas regiones del país"
    line = f"{caption} - crédito Ana Gil/REUTERS"
    cleaned = clean([LEAD, line, NEXT, f"{caption}. Foto: AFP. Foto: AFP"])
    assert cleaned.paragraphs == [LEAD, NEXT]
    assert [r.rule for r in cleaned.removed] == ["photo-caption", "photo-caption"]


def test_one_sentence_that_tells_what_happened_stays_before_a_credit():
    sentence = "Los dos líderes posaron juntos a la salida del palacio."
    cleaned = clean([LEAD, f"{sentence} Foto: Reuters.", NEXT])
    assert cleaned.paragraphs == [LEAD, sentence, NEXT]


@pytest.mark.parametrize(
    "caption",
    [
        "Vecinos retiran el barro de sus casas en el barrio de La Ribera.",
        "La ministra Elena Robles, a su llegada al Consejo de Ministros.",
    ],
)
@pytest.mark.parametrize(
    "credit", ["Foto: EFE", "Juan Pérez/EFE", "(Foto: AFP)", "Imagen de archivo"]
)
def test_caption_line_goes_with_the_credit_line_after_it(caption, credit):
    cleaned = clean([LEAD, caption, credit, NEXT])
    assert cleaned.paragraphs == [LEAD, NEXT]
    assert removed(cleaned) == [("photo-caption", caption), ("photo-credit", credit)]


@pytest.mark.parametrize(
    "line",
    [
        "Un camión bloquea la entrada del mercado - crédito Juan Pérez/EFE",
        "Un camión bloquea la entrada del mercado. (Juan Pérez/EFE)",
        "Un camión bloquea la entrada del mercado JUAN PÉREZ",
    ],
)
def test_caption_with_a_caption_credit_glued_goes_whole(line):
    cleaned = clean([LEAD, line, NEXT])
    assert cleaned.paragraphs == [LEAD, NEXT]
    assert removed(cleaned) == [("photo-caption", line)]


@pytest.mark.parametrize(
    "line",
    [
        # a subheading, or a short paragraph, followed by the credit of the picture below it
        "Las claves del acuerdo",
        "CIUDAD DE MÉXICO",
        "La aplicación es gratuita y está disponible en cuatro idiomas.",
        "«No nos vamos a rendir», dijo la alcaldesa.",
        "El Gobierno asegura que las ayudas llegarán antes de abril.",
    ],
)
def test_text_before_a_credit_line_stays(line):
    cleaned = clean([LEAD, line, "Foto: EFE", NEXT])
    assert cleaned.paragraphs == [LEAD, line, NEXT]
    assert removed(cleaned) == [("photo-credit", "Foto: EFE")]


def test_credit_never_reaches_the_text():
    lines = [
        LEAD,
        "Vecinos retiran escombros en la avenida. Foto: Reuters.",
        "Foto: via REUTERS",
        "Juan Pérez/EFE",
        NEXT,
    ]
    text = "\n".join(clean(lines).paragraphs)
    assert "Reuters" not in text and "REUTERS" not in text and "EFE" not in text


@pytest.mark.parametrize("label", ["Referencia:", "Fuente:", "Fuentes:", "Referencias"])
def test_reference_label_goes_with_the_reference_it_heads(label):
    apa = (
        "Robles, E. (2026, febrero 3). Plan de ayudas por las lluvias. Crónica del Sur. "
        "https://cronicadelsur.example/2026/02/03/plan-ayudas"
    )
    cleaned = clean([LEAD, NEXT, label, apa])
    assert cleaned.paragraphs == [LEAD, NEXT]
    assert [r.text for r in cleaned.removed] == [label, apa]
    assert cleaned.references[0].outlet == "Crónica del Sur"


def test_a_source_line_becomes_a_reference():
    cleaned = clean([LEAD, NEXT, "Fuente: Europa Press"])
    assert cleaned.paragraphs == [LEAD, NEXT]
    assert removed(cleaned) == [("source-line", "Fuente: Europa Press")]
    assert [r.raw for r in cleaned.references] == ["Fuente: Europa Press"]


def test_sources_named_in_prose_stay():
    line = "Fuentes del Gobierno confirmaron la reunión, según informó Reuters."
    assert clean([LEAD, line]).paragraphs == [LEAD, line]
