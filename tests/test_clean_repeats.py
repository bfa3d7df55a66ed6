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
