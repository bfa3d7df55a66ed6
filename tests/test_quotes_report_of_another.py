"""A quote inside someone else's report has no speaker shown (bench/real/README.md item
156, F3 of item 151): the verb of saying closest before it has a subject of its own, or
"las declaraciones de X" names whose words they are. The speaker's own verbs, joined by
"y" or after an aside, keep the speaker. Invented Spanish text."""

from __future__ import annotations

from contrasta.reading.quotes import find_quotes


def _speaker(text: str) -> str | None:
    (quote,) = find_quotes(text, "es")
    return quote.speaker


def test_a_report_with_its_own_subject_after_luego_de_que_is_no_ones() -> None:
    text = (
        "La escritora Marta Quiroga presentó ayer su libro en Albares. Quiroga habló en la"
        " biblioteca, luego de que el autor de una novela famosa aseguró que si el alcalde"
        " gana las elecciones, «sería un retroceso para el pueblo»."
    )
    assert _speaker(text) is None


def test_a_verb_of_saying_with_its_own_subject_after_cuando_is_not_the_persons() -> None:
    text = (
        "El candidato Tomás Ribas visitó el mercado de Albares. En el vídeo se ve que Ribas,"
        " ya cansado, sube al coche, y es ahí cuando el conductor del programa señala:"
        " «Miren al hombre que está detrás del coche»."
    )
    assert _speaker(text) is None


def test_words_of_someone_elses_declarations_are_not_the_reporters() -> None:
    text = (
        "La diputada Laura Prieto habló ayer en el pleno. En un mensaje, la diputada Prieto"
        " afirmó que las declaraciones de Tomás Ribas contra las vecinas, respecto a que ellas"
        " le han dado «muchos problemas» al pueblo, son ofensivas."
    )
    assert _speaker(text) is None


def test_an_answer_in_a_compound_tense_with_its_own_subject_is_not_the_askers() -> None:
    text = (
        "Según relatan los testigos, Tomás Ribas ha señalado unos papeles y ha preguntado"
        " «¿Y esto dónde está?», a lo que Pak Song-il ha respondido «Eso digo yo, por qué"
        " está vacío»."
    )
    assert [q.speaker for q in find_quotes(text, "es")] == ["Tomás Ribas", None]


def test_the_speakers_own_verb_after_y_keeps_the_speaker() -> None:
    text = (
        "La alcaldesa Marta Quiroga lamentó que las protestas acabaran en violencia y dijo"
        " que «nadie ganará así»."
    )
    assert _speaker(text) == "Marta Quiroga"


def test_an_aside_reporting_another_keeps_the_speaker() -> None:
    text = (
        "El ministro Tomás Ribas declaró que las ayudas llegarán pronto, lo mismo que aseguró"
        " la consejera Laura Prieto, y que «no habrá más retrasos»."
    )
    assert _speaker(text) == "Tomás Ribas"


def test_a_verb_of_saying_after_someone_elses_declarations_keeps_the_speaker() -> None:
    text = (
        "En la radio, el candidato Tomás Ribas recordó las declaraciones de Laura Prieto"
        " Gil sobre el mercado y aseguró que «queremos un pueblo limpio»."
    )
    assert [q.speaker for q in find_quotes(text, "es")] == ["Tomás Ribas"]
