"""Repeated title and repeated paragraphs: the first occurrence stays, copies go."""

from __future__ import annotations

from contrasta.clean import clean
from contrasta.clean.repeats import ParagraphRepeats, normalise

TITLE = "Ferrán saca adelante su ley estrella en plena tormenta por la huelga portuaria"
FIRST = "El Congreso aprobó este miércoles la Ley de Desconexión Digital con 178 votos a favor."
SECOND = "La oposición anunció que recurrirá la norma ante el Tribunal Constitucional."
THIRD = "Los sindicatos celebraron la votación frente al Congreso durante toda la tarde."


def rules(cleaned) -> list[tuple[str, int]]:
    return [(r.rule, r.position) for r in cleaned.removed]


def test_normalise_folds_case_accents_punctuation_and_spacing():
    assert normalise("  «Ferrán  SACA adelante», su ley…\u00a0¡ya!  ") == (
        "ferran saca adelante su ley ya"
    )
    assert normalise("—") == ""


def test_title_repeated_once_at_the_start():
    cleaned = clean([TITLE, FIRST, SECOND], title=TITLE)
    assert cleaned.paragraphs == [FIRST, SECOND]
    assert rules(cleaned) == [("repeated-title", 0)]


def test_title_repeated_twice_and_near_verbatim():
    variant = "FERRÁN SACA ADELANTE SU LEY ESTRELLA, EN PLENA TORMENTA POR LA HUELGA PORTUARIA."
    cleaned = clean([TITLE, "", variant, FIRST], title=TITLE)
    assert cleaned.paragraphs == [FIRST]
    assert rules(cleaned) == [("repeated-title", 0), ("repeated-title", 2)]


def test_title_with_a_small_change_or_the_outlet_appended():
    changed = "Ferrán saca adelante su ley estrella en plena tormenta por huelga portuaria"
    assert clean([changed, FIRST], title=TITLE).paragraphs == [FIRST]
    with_outlet = f"{TITLE} | El Heraldo Austral"
    assert clean([with_outlet, FIRST], title=TITLE).paragraphs == [FIRST]


def test_title_after_boilerplate_still_counts_as_the_start():
    cleaned = clean(["Foto: EFE", TITLE, FIRST], title=TITLE)
    assert cleaned.paragraphs == [FIRST]
    assert rules(cleaned) == [("photo-credit", 0), ("repeated-title", 1)]


def test_title_inside_the_body_is_content():
    cleaned = clean([FIRST, TITLE, SECOND], title=TITLE)
    assert cleaned.paragraphs == [FIRST, TITLE, SECOND]


def test_a_first_paragraph_that_resembles_a_short_title_is_kept():
    cleaned = clean(["Huelga en el puerto de Almagro hoy", FIRST], title="Huelga en el puerto")
    assert cleaned.paragraphs == ["Huelga en el puerto de Almagro hoy", FIRST]


def test_paragraph_repeated_verbatim_keeps_the_first():
    cleaned = clean([FIRST, SECOND, THIRD, SECOND, SECOND])
    assert cleaned.paragraphs == [FIRST, SECOND, THIRD]
    assert rules(cleaned) == [("repeated-paragraph", 3), ("repeated-paragraph", 4)]


def test_paragraph_repeated_near_verbatim():
    near = [
        SECOND.upper(),
        "La oposición anunció que recurrirá la norma ante el Tribunal Constitucional (EFE).",
        "La oposicion anuncio que recurrira la norma, ante el Tribunal Constitucional",
    ]
    cleaned = clean([FIRST, SECOND, THIRD, *near])
    assert cleaned.paragraphs == [FIRST, SECOND, THIRD]
    assert [r.rule for r in cleaned.removed] == ["repeated-paragraph"] * len(near)


def test_one_word_changed_in_a_longer_paragraph_is_a_copy():
    long = (
        "Los estibadores recuerdan que el convenio vigente expiró en setiembre de 2025 y que "
        "desde entonces solo se han celebrado dos reuniones formales con la patronal."
    )
    copy = long.replace("reuniones formales", "reuniones")
    cleaned = clean([long, FIRST, copy])
    assert cleaned.paragraphs == [long, FIRST]


def test_a_paragraph_with_updated_facts_is_not_a_copy():
    before = "El Gobierno anunció un plan de 300 millones para reconstruir las viviendas dañadas."
    after = "El Gobierno anunció un plan de 500 millones para reconstruir las escuelas dañadas."
    assert clean([before, FIRST, after]).paragraphs == [before, FIRST, after]


def test_different_paragraphs_of_similar_length_are_kept():
    other = "La oposición anunció que no recurrirá la norma ante ningún tribunal del país."
    cleaned = clean([FIRST, SECOND, other])
    assert cleaned.paragraphs == [FIRST, SECOND, other]


def test_short_repeated_lines_are_not_paragraphs():
    lines = ["—¿Y ahora qué?", "—Sí.", FIRST, "—Sí.", "—", "***", "—", "***", "EFE", "EFE"]
    cleaned = clean(lines)
    assert cleaned.paragraphs == lines
    assert cleaned.removed == []


def test_removed_lines_do_not_count_as_first_occurrences():
    cleaned = clean(["Compartir en Facebook", FIRST, "Compartir en Facebook"])
    assert rules(cleaned) == [("share-subscribe", 0), ("share-subscribe", 2)]


def test_repeats_memory_is_per_article():
    seen = ParagraphRepeats()
    assert not seen.seen(normalise(FIRST))
    assert seen.seen(normalise(FIRST))
    assert not ParagraphRepeats().seen(normalise(FIRST))


# Lines a page prints again on purpose are text; the fixtures are invented.
GUESTS = (
    ("Marta Ibáñez", "Desde niña ayudaba a mi abuela en el obrador de Tordesillas."),
    ("Julián Sarasa", "Empecé tarde, con cuarenta años y una freidora prestada."),
    ("Rosa Elcano", "Mi primer trabajo fue fregar platos en una fonda del puerto."),
)
QUESTION = "¿Qué le llevó a abrir su propio restaurante en el barrio?"
FAVOURITE = "¿Cuál es el plato que nunca falta en su mesa?"


def test_the_question_put_to_each_guest_stays():
    lines = ["Tres cocineros del concurso de Valdemora responden a las mismas preguntas."]
    for name, answer in GUESTS:
        lines += [name, QUESTION, answer, FAVOURITE, f"La tortilla de {name.split()[0]}."]
    cleaned = clean(lines)
    assert cleaned.paragraphs == lines
    assert cleaned.removed == []


def test_the_feature_list_under_each_product_stays():
    features = [
        "Carga completa en cuarenta minutos",
        "Resistente a salpicaduras de agua",
        "Cancelación activa del ruido exterior",
    ]
    lines = [
        "La marca Alondra presentó este martes dos modelos de auriculares.",
        "Alondra Uno, por 89 euros:",
        *features,
        "Alondra Pro, por 149 euros:",
        *features,
        "Ambos llegarán a las tiendas en marzo.",
    ]
    assert clean(lines).paragraphs == lines


def test_the_signature_of_two_embedded_posts_stays():
    signature = "— Ayuntamiento de Valdemora (@AytoValdemora) 3 de marzo de 2025"
    lines = [
        "El consistorio avisó del corte en dos mensajes.",
        "Corte de agua en el centro desde las 10.00.",
        signature,
        "El suministro vuelve a las 14.00.",
        signature,
        "Los vecinos criticaron la falta de aviso previo.",
    ]
    assert clean(lines).paragraphs == lines


def test_a_body_scraped_twice_goes_whatever_its_lines():
    body = [FIRST, SECOND, THIRD, "Fuentes del ministerio no quisieron comentar la votación."]
    cleaned = clean([*body, *body])
    assert cleaned.paragraphs == body
    assert [r.rule for r in cleaned.removed] == ["repeated-paragraph"] * len(body)
    assert clean([*body, *body, *body]).paragraphs == body
    short = ["Carga completa en cuarenta minutos", "Resistente a salpicaduras de agua"]
    assert clean([FIRST, *short, *short]).paragraphs == [FIRST, *short]


def test_prose_paragraphs_repeated_together_further_down_go():
    # A standfirst of two paragraphs printed again below the body: prose, not a list.
    long_first = FIRST + " La norma entrará en vigor el próximo enero tras su publicación."
    long_second = SECOND + " Los letrados preparan el escrito desde hace semanas."
    cleaned = clean([long_first, long_second, THIRD, long_first, long_second])
    assert cleaned.paragraphs == [long_first, long_second, THIRD]


def test_a_pull_quote_printed_once_more_goes():
    quote = "«No vamos a dar ni un paso atrás en la defensa del puerto», dijo la alcaldesa."
    cleaned = clean([FIRST, quote, SECOND, quote, THIRD])
    assert cleaned.paragraphs == [FIRST, quote, SECOND, THIRD]


def test_a_line_printed_for_each_item_with_its_name_stays_when_two_names_match():
    # "Vote for NAME on the last page" under each finalist; two finalists share a name.
    lines = ["Cinco cocineras llegan a la final del concurso de Valdemora."]
    finalists = (
        ("Marta", "guiso de alubias"),
        ("Rosa", "merluza en salsa verde"),
        ("Elena", "arroz con bacalao"),
        ("Marta", "tarta de queso al horno"),
        ("Lucía", "crema de calabaza"),
    )
    for name, dish in finalists:
        lines += [
            f"{name} presenta su receta de {dish} con una variante propia.",
            f"Puede votar por {name} en la última página del suplemento.",
        ]
    assert clean(lines).paragraphs == lines
