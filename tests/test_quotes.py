"""Direct quotes and speakers: each press convention on invented sentences, plus the
example corpus against truth.json."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT
from contrasta.crosscheck.claims import attribution
from contrasta.reading.quotes import find_quotes, people
from contrasta.reading.speech import SPEECH_VERBS

sys.path.insert(0, str(ROOT / "bench"))

from reading_quotes import evaluate


def only(text: str, lang: str | None = "es"):
    quotes = find_quotes(text, lang)
    assert len(quotes) == 1, quotes
    return quotes[0]


def assert_offsets(text: str, lang: str | None = "es") -> list:
    quotes = find_quotes(text, lang)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return quotes


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("«Abriremos el mercado en mayo», afirmó Dora Quintana.", "«»"),
        ("“Abriremos el mercado en mayo”, afirmó Dora Quintana.", "“”"),
        ('"Abriremos el mercado en mayo", afirmó Dora Quintana.', '""'),
        ("—Abriremos el mercado en mayo —afirmó Dora Quintana.", "dash"),
    ],
)
def test_each_style_with_speaker_after(text, style):
    quote = only(text)
    assert (quote.text, quote.speaker, quote.style, quote.cue) == (
        "Abriremos el mercado en mayo",
        "Dora Quintana",
        style,
        "afirmó",
    )
    assert not quote.partial
    assert text[quote.start : quote.end] == quote.text


def test_title_and_name_in_apposition():
    text = "«El agua llegará a todos los barrios», aseguró el consejero de Obras, Ilario Benet."
    assert only(text).speaker == "Ilario Benet"


def test_organisation_inside_title_is_not_the_speaker():
    text = (
        "«Los datos son provisionales», explicó la directora del Observatorio Costero, "
        "Nerea Salcedo, en la radio."
    )
    assert only(text).speaker == "Nerea Salcedo"


def test_speaker_before_with_colon():
    text = "Ilario Benet fue claro y añadió: «No habrá más retrasos en la obra del canal»."
    quote = only(text)
    assert (quote.speaker, quote.cue, quote.partial) == ("Ilario Benet", "añadió", False)


def test_short_form_resolves_to_full_name_seen_before():
    text = (
        "La alcaldesa de Roquedal, Amparo Villena, visitó la obra.\n\n"
        "«Estaremos vigilantes hasta el último día», dijo Villena."
    )
    assert only(text).speaker == "Amparo Villena"


def test_role_resolves_to_last_person_with_that_role():
    text = (
        "El alcalde de Roquedal, Fermín Ugarte, se reunió con el ingeniero Luis Sanjuán.\n\n"
        "«No firmaremos sin garantías», declaró el regidor al salir."
    )
    assert only(text).speaker == "Fermín Ugarte"


def test_pro_drop_takes_subject_of_previous_sentence():
    text = (
        "La bióloga Irene Galdós presentó el censo de aves. "
        "«Nunca habíamos contado tantas garzas», afirmó en la presentación."
    )
    assert only(text).speaker == "Irene Galdós"


def test_segun_and_en_palabras_de():
    text = (
        "Según el portavoz vecinal, Omar Rentería, «la plaza seguirá cerrada todo el verano».\n\n"
        "En palabras de la arquitecta Sara Lobo, «el proyecto respeta la muralla antigua»."
    )
    first, second = assert_offsets(text)
    assert (first.speaker, first.cue) == ("Omar Rentería", "según")
    assert (second.speaker, second.cue) == ("Sara Lobo", "en palabras de")


def test_partial_quote_in_reported_speech():
    text = "La consejera Marta Iriarte aseguró que la reforma es «un paso histórico para el valle»."
    quote = only(text)
    assert quote.partial
    assert (quote.text, quote.speaker, quote.cue) == (
        "un paso histórico para el valle",
        "Marta Iriarte",
        "aseguró",
    )


def test_short_fragment_with_a_cue_is_a_partial_quote():
    quote = only("La jueza Celia Arrieta se limitó a pedir «calma y respeto» a los asistentes.")
    assert quote.partial and quote.speaker == "Celia Arrieta" and quote.text == "calma y respeto"


def test_quoted_term_is_not_speech():
    text = (
        "El Parlamento debatió la llamada «ley de las colmenas» durante toda la tarde. "
        "Los vecinos hablan ya del «verano seco» y de la película «Arena y sal»."
    )
    assert find_quotes(text) == []


def test_dash_dialogue_resumed_after_the_narrator():
    text = "—No pienso dimitir —replicó el concejal Tobías Marín—. Tengo el apoyo del barrio."
    first, second = assert_offsets(text)
    assert first.text == "No pienso dimitir"
    assert second.text == "Tengo el apoyo del barrio."
    assert first.speaker == second.speaker == "Tobías Marín"


def test_dateline_dash_is_not_dialogue():
    assert find_quotes("PUERTO ESCONDIDO — La lonja abrió ayer con normalidad.") == []


def test_nested_quotes_stay_inside_the_outer_one():
    text = "«El cartel decía ‹cerrado por obras› y nadie nos avisó», lamentó Aurora Pizarro."
    quote = only(text)
    assert quote.text == "El cartel decía ‹cerrado por obras› y nadie nos avisó"
    assert quote.speaker == "Aurora Pizarro"
    text = "«Nos dijeron “volved mañana” tres veces seguidas», denunció Aurora Pizarro."
    assert only(text).text == "Nos dijeron “volved mañana” tres veces seguidas"


def test_unclosed_quote_stops_at_end_of_paragraph_and_takes_next_speaker():
    text = (
        "«Llevamos diez años esperando este puente y nadie nos ha escuchado.\n\n"
        "«Ahora por fin tenemos fecha», aseguró la vecina Rocío Almansa.\n\n"
        "El puente abrirá en otoño."
    )
    first, second = assert_offsets(text)
    assert first.text.endswith("escuchado.")
    assert "\n" not in first.text
    assert first.speaker == second.speaker == "Rocío Almansa"


def test_unbalanced_marks_do_not_crash_or_swallow_text():
    text = 'Cifras» sueltas y un " aislado. «Se acabó, dijo Tina Roldán.\n\nOtro párrafo “sin fin'
    quotes = assert_offsets(text)
    assert all("\n" not in q.text for q in quotes)
    assert find_quotes("«") == [] and find_quotes('"') == [] and find_quotes("—") == []


def test_anonymous_source_kept_as_written():
    text = (
        "El Ministerio de Pesca guardó silencio. "
        '"No hay ninguna decisión tomada", señaló un portavoz del departamento.'
    )
    assert only(text).speaker == "portavoz del Ministerio de Pesca"


def test_quote_without_cue_continues_the_previous_speaker():
    text = "«Hemos ganado», dijo Leire Osoro. «Y lo celebraremos con todo el pueblo»."
    assert [q.speaker for q in find_quotes(text)] == ["Leire Osoro", "Leire Osoro"]


def test_english_said_and_pronoun():
    text = (
        "Harbour master Colin Reyes inspected the pier.\n\n"
        "“The pier will reopen on Monday,” he said.\n\n"
        "“We lost two boats,” said fisherman Abel Core, standing on the quay."
    )
    first, second = assert_offsets(text, "en")
    assert (first.speaker, first.cue, first.text) == (
        "Colin Reyes",
        "said",
        "The pier will reopen on Monday,",
    )
    assert second.speaker == "Abel Core"


def test_english_according_to():
    text = 'According to the mayor, Ruth Dalby, "the budget is already spent".'
    assert only(text, "en").speaker == "Ruth Dalby"


@pytest.mark.parametrize("form", sorted(f for f in SPEECH_VERBS["es"].finite if f.endswith("ó")))
def test_one_table_of_verbs_of_saying_for_quotes_and_claims(form):
    """A verb added to `contrasta.reading.speech` cues a quote's speaker and a claim's
    source alike."""
    text = f"«Los muelles seguirán cerrados toda la semana», {form} el portavoz Ramiro Acuña."
    quote = only(text)
    assert (quote.speaker, quote.cue) == ("Ramiro Acuña", form)
    assert attribution(text) == f"{form} el portavoz Ramiro Acuña"


def test_quote_speaker_f1_on_examples():
    result = evaluate()
    f1 = result["pair"][2]
    assert result["annotated"] >= 60
    assert f1 >= 0.98, "\n".join(result["misses"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the previous sentence announces the quote, with a colon, across paragraphs
        (
            "El consejero de Puertos, Iván Lastra, cerró el acto. Así lo resumió Lastra:\n\n"
            "«Ningún muelle quedará sin dragar antes del verano».",
            "Iván Lastra",
        ),
        # the previous sentence has a verb of saying and a subject, the quote none
        (
            "La portavoz Nuria Ocampo lo explicó con calma. «No hay nada que ocultar en las "
            "cuentas del puerto».",
            "Nuria Ocampo",
        ),
        # a lone surname before a singular verb, expanded to the full name
        (
            "La fiscal Amaia Solchaga pidió la palabra. Solchaga aseguró que «la "
            "investigación seguirá abierta hasta el final».",
            "Amaia Solchaga",
        ),
        # compound tense, clitic pronouns and an addressee before the subject
        ("«Hay que reforzar los diques», ha dicho Llanos Pradera.", "Llanos Pradera"),
        ("«Ya no hay marcha atrás», le dijo a Radio Sur la alcaldesa Inés Mera.", "Inés Mera"),
        ("«Tenía miedo», se confiesa Tomás Urrutia en la entrevista.", "Tomás Urrutia"),
        # imperfect, and an attribution set off later in the sentence
        ("«No pasarán», decía Gaspar Odriozola.", "Gaspar Odriozola"),
        (
            "Las imágenes muestran «una irresponsabilidad grave» que hay que corregir, afirma "
            "su directora, Elena Vadillo.",
            "Elena Vadillo",
        ),
        # the subject is the first name, not one after a preposition
        (
            "Ernesto Vidaurre, tras reunirse con Tomás Olano, afirmó que «el acuerdo está "
            "muy cerca».",
            "Ernesto Vidaurre",
        ),
        # an outlet addressed before the subject, and an attribution between commas
        (
            "«La segunda dosis refuerza la primera», explica a BBC Mundo la doctora Alba Quirós.",
            "Alba Quirós",
        ),
        (
            "Otra razón, dice Mikel Söderberg, es que muchos son «más conservadores de lo que "
            "creen» con la comida.",
            "Mikel Söderberg",
        ),
        # a person run into the organisation or the credit before it
        (
            "«Febrero vio la mayor caída de la historia», dijo el analista de Mercado "
            "Global Consultores Iván Peralta.",
            "Iván Peralta",
        ),
        # pro-drop after a sentence whose subject is a title: the person it fits
        (
            "A la reunión asistieron el defensor del pueblo, Óscar Landa, y la vicefiscal, "
            "Noemí Arriaga.\n\nLa vicefiscal denunció quiénes están detrás de las amenazas."
            "\n\n«Se trata de un conflicto por la tierra», dijo.",
            "Noemí Arriaga",
        ),
        # a first name alone, as translated news writes it
        (
            "Jessica Olmedo, madre de la niña, habló con los vecinos. «Todavía le queda un "
            "largo camino», dijo Jessica.",
            "Jessica Olmedo",
        ),
        # an organisation named again by its head word
        (
            "El Tribunal Superior de Montecierzo anuló la multa. El Tribunal señala que la "
            "sanción se impuso «sin base legal suficiente».",
            "Tribunal Superior de Montecierzo",
        ),
        # a plural verb without subject: the group opening the sentence before
        (
            "Un equipo de investigadores de la Universidad de Valdeluz halló que el polen "
            "resiste al frío.\n\n«La muestra confirma lo que sospechábamos», señalaron en "
            "su estudio.",
            "equipo de investigadores de la Universidad de Valdeluz",
        ),
        # a placard says nothing, whoever carries it does
        (
            "«Ni un paso atrás», rezaba una de las pancartas que portaban las enfermeras.",
            "enfermeras",
        ),
        # "la compañía", "el organismo": the organisation named before
        (
            "La Naviera del Cantábrico, con sede en Gijón, suspendió las rutas de invierno. "
            "«La demanda no cubre los costes de operación», dijo la compañía en un comunicado.",
            "Naviera del Cantábrico",
        ),
        # one verb of saying governs every quoted fragment after it in the sentence
        (
            "La ministra Celia Urquiza pidió a su homólogo trabajar unidos, pues además de ser "
            "«socios y vecinos», ambos países comparten una «frontera enorme».",
            "Celia Urquiza",
        ),
        # a free relative as the subject
        (
            "«Esto no lo verás en los medios», insisten quienes difunden el bulo en las redes.",
            "quienes difunden el bulo",
        ),
        # a plural verb after "desde": the source is that group
        (
            "Desde el comité de empresa aseguran que «nadie ha hablado con la plantilla».",
            "comité de empresa",
        ),
        # pro-drop skips places and things named before: the last speaker stays
        (
            "«Vamos a luchar hasta el final», dijo Maite Olazábal. El equipo jugó en el Campo "
            "Viejo y perdió.\n\n«Tenemos que recuperar la confianza», reconoció.",
            "Maite Olazábal",
        ),
    ],
)
def test_attribution_patterns_of_spanish_reporting(text, speaker):
    assert assert_offsets(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "«Os va a caer una multa importante», avisaban desde la orilla.",
        "«Me la estoy jugando», reconoce uno de ellos antes de saltar.",
        "«Aquí no sobra nadie», rezaba una pancarta frente al ayuntamiento.",
        "«El paro bajará en otoño», señalan los datos del ministerio.",
        "«La culpa es de todos», replicaba otro.",
    ],
)
def test_nobody_in_particular_is_no_speaker(text):
    assert only(text).speaker is None


def test_a_clause_after_the_verb_is_not_its_subject():
    text = (
        "La esposa del alcalde, Fabiola Rentería, reconoció la noche de este martes que "
        "hace falta un cambio: «Debemos corregir y rectificar para seguir avanzando»."
    )
    assert only(text).speaker == "Fabiola Rentería"


def test_es_decir_is_not_a_verb_of_saying():
    text = "La prórroga es, es decir, «una manera de ganar tiempo mientras llega la obra»."
    quote = only(text)
    assert (quote.speaker, quote.cue) == (None, None)


def test_crosshead_in_capitals_has_no_speaker():
    text = (
        "«Seguiremos en la calle», dijo la portavoz Irene Sauce.\n\n"
        "«LA CALLE ES NUESTRA»\n\nLa marcha recorrió el centro."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Irene Sauce", None]


def test_names_and_scare_quotes_are_not_speech():
    text = (
        "Su gira «Verano Eterno» incluye doce conciertos y un disco nuevo, «Marea». "
        "La banda anunció que «VE2026» saldrá en mayo. Los vecinos hablan de una especie "
        "de «tatuajes de puntos brillantes» en las fachadas. Según el «filósofo», «la "
        "ciudad ya no duerme por las noches»."
    )
    assert [q.text for q in find_quotes(text)] == ["la ciudad ya no duerme por las noches"]


def test_a_noun_is_not_a_verb_of_saying():
    text = "Los vecinos leyeron la denuncia de «unas conductas incívicas» en el pleno."
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative clause's verb: its antecedent speaks, a name or a description
        (
            "La demanda se apoya en la doctrina del Tribunal Superior de Montecierzo, que "
            "sostiene que «el ruido nocturno vulnera la intimidad del domicilio».",
            "Tribunal Superior de Montecierzo",
        ),
        (
            "El martes cundió la alarma por un medio digital que aseguraba el «cierre para "
            "siempre» del local.",
            "medio digital",
        ),
        (
            "«Queremos respirar», gritaban las vecinas que recorrían la avenida y exigían más "
            "controles pues «los niños no pueden salir a jugar».",
            "vecinas",
        ),
        (
            "Un punto en el que coincide Lidia Serna, economista del Banco Meridional y "
            "experta en vivienda, quien apunta que «los alquileres seguirán subiendo».",
            "Lidia Serna",
        ),
        # an affiliation between commas: the person, not the bank
        (
            "«El mercado está tranquilo», subraya Lidia Serna, de Banco Meridional, que "
            "advierte de que la calma «puede durar poco si suben los tipos de interés».",
            "Lidia Serna",
        ),
        # a relative clause inside the subject names no speaker: the subject does
        (
            "Ciudadanos Unidos, que ha cambiado de postura en el último momento, ha insistido "
            "en que su propuesta «es mejor y más amplia que la del Gobierno».",
            "Ciudadanos Unidos",
        ),
        # the name right before the verb, after an opening clause naming something else
        (
            "Al preguntarle por el sistema Orbe, Nadia Ferreiro aclaró: «Es más estable, "
            "la verdad».",
            "Nadia Ferreiro",
        ),
        # an adverbial phrase between the verb and the subject
        (
            "«No vamos a retroceder», ha asegurado por su parte el abogado de la asociación, "
            "Tomás Lindo.",
            "Tomás Lindo",
        ),
        # a verb that takes the infinitive of saying
        (
            "Ulises Prado fue cuestionado sobre el futuro del partido.\n\n«El presidente seré "
            "yo», llegó a decir Prado ante los periodistas.",
            "Ulises Prado",
        ),
        # the next sentence credits the quote
        (
            "«Aunque esperábamos una decisión negativa, todo esto es decepcionante». Con estas "
            "palabras ha reaccionado este lunes el portavoz de la asociación, Daniel Soler.",
            "Daniel Soler",
        ),
        (
            "«No vamos a dar ni un paso atrás». Así lo aseguró ayer la alcaldesa, Rosa Vidal, "
            "ante los vecinos.",
            "Rosa Vidal",
        ),
        # what someone said, or wrote, is theirs
        (
            "Según la versión de Marta Ibáñez en su canal, la empresa le pagó «con un aumento "
            "por los resultados de mi trabajo».",
            "Marta Ibáñez",
        ),
        (
            "«Exigimos una rectificación inmediata», dice el comunicado del Ministerio de Sanidad.",
            "Ministerio de Sanidad",
        ),
        (
            "La declaración publicada hoy y atribuida a Rafa Montes dice: «Nunca he ocultado "
            "quién soy».",
            "Rafa Montes",
        ),
        (
            "«No hay base legal para la sanción», sostiene la denuncia de las tres "
            "asociaciones vecinales.",
            "tres asociaciones vecinales",
        ),
        # an organisation with an article opens the sentence
        (
            "La Fiscalía Provincial de Valdeluz ha detallado este martes que «se ha obrado con "
            "objetividad en todo momento».",
            "Fiscalía Provincial de Valdeluz",
        ),
        # a description, or an added title, of the person named before
        (
            "El socio de Litigio Fiscal de Auditores Norte, Julián Robles, habló en la "
            "jornada.\n\n«Ninguna deuda desaparece con la muerte», explica el especialista.",
            "Julián Robles",
        ),
        (
            "La escritora Amelia Ruz asegura que el jurado acertó. Además, la también "
            "periodista señala que no hay otra novela igual.\n\n«Es un libro que se queda "
            "contigo»",
            "Amelia Ruz",
        ),
        (
            "Ya en febrero, el exsubdirector de Obras Públicas del Estado Fermín Larrea Soto "
            "dio la voz de alarma.\n\n«El parque está abandonado», dijo el exfuncionario.",
            "Fermín Larrea Soto",
        ),
        # colon: a name, not a guess
        (
            "La candidata Nora Vidal, sin embargo, no tiene dudas: «Ganaremos en todas las "
            "provincias».",
            "Nora Vidal",
        ),
        # two surnames, then the first of them alone
        (
            "El secretario de Gobernación, Osorio Chong, presentó la ley. Osorio mencionó "
            "que «ya dimos el primer paso».",
            "Osorio Chong",
        ),
    ],
)
def test_attribution_the_way_the_article_names_its_speaker(text, speaker):
    assert assert_offsets(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a thing, or a pronoun for things, says nothing; its author is not given here
        "Según la denuncia, el vídeo «busca sembrar el miedo entre los vecinos del barrio».",
        "La cuenta publicó dos mensajes. El primero de ellos afirma que «la calle es de todos "
        "y de nadie más».",
        "La denuncia, que también suscribe Acción Vecinal del Sur, una asociación de barrio, "
        "sostiene que el vídeo «busca sembrar el miedo entre los vecinos».",
        "«Tenemos que irnos», finaliza la petición.",
        # "ya que" is no relative pronoun, "hay quienes" is no one in particular
        "La norma afectará a pocos nadadores ya que se estima que la mayoría compite "
        "afeitada, y muchos aficionados tendrán que adaptarse «a la nueva norma».",
        "Sin embargo, hay quienes cuestionan que el ajedrez sea «un deporte como los demás "
        "que se ven en la televisión».",
        # a relative clause on a place, a relative of a kinsman: not the place, not Ana
        "La web cita una página del centro de control de Villanueva del Río, que afirma que "
        "«no hay forma de transmitir el virus con la comida».",
        "La hija de Ana Ruiz, que dijo que «nadie nos avisó del corte de agua».",
        # a capitalised epithet is no anaphor of the person named before
        "La periodista Clara Roig le recordó las cifras.\n\nEl Nobel aseguró: «La culpa es "
        "de la libertad de prensa».",
        # a description whose gender contradicts the person named before
        "El socio de la firma, Julián Robles, habló en la jornada.\n\n«Ninguna deuda "
        "desaparece con la muerte», explica la especialista.",
        # "el vocero" is not the singer named before
        "El cantante Ricardo Alzaga ganó las elecciones.\n\n«Fue una sorpresa para todos», "
        "comentó el vocero presidencial.",
    ],
)
def test_say_less_rather_than_name_the_wrong_speaker(text):
    assert assert_offsets(text)[-1].speaker is None


def test_a_name_is_no_verb_and_an_adjective_no_cue():
    """ "Reza" in a surname is not "rezar", "el mencionado chip" is not "ha mencionado":
    no one is said to say either fragment (the long one is a quotation all the same)."""
    text = (
        "El presidente del partido, Enrique Olmos Reza, los citó para informarles «que no "
        "serán candidatos en las próximas elecciones». En redes circula un diagrama del "
        "mencionado chip, bajo la mención de «confidencial»."
    )
    assert [(q.text[:12], q.speaker, q.cue) for q in find_quotes(text)] == [
        ("que no serán", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a name the text introduced with a noun is what the noun alone names later
        (
            "La plataforma vecinal ‘Marea Verde’, investigada por la Audiencia, llenó la "
            "ciudad de carteles.\n\n«¡Exigimos derechos!», señala ‘Marea verde’ en sus redes."
            "\n\n«¡Marea Verde somos todos!», señala la plataforma vecinal en las redes.",
            ["Marea verde", "Marea Verde"],
        ),
        (
            "La empresa adjudicataria, Obras Norte, retiró los carteles. «Se trata de una "
            "acción vandálica puntual», explicó la empresa.",
            ["Obras Norte"],
        ),
        # an account speaks as written
        ("«La calle es nuestra», escribió @vecinosdelsur en su perfil.", ["@vecinosdelsur"]),
        # an organisation of a place named by a common noun, then its common noun
        (
            "Al saberse la noticia, el Ayuntamiento de la localidad expresó su «rechazo "
            "más rotundo al ataque sufrido por el vecino». «Nada puede justificar lo "
            "ocurrido anoche en la plaza», señaló el consistorio en un comunicado.",
            ["Ayuntamiento de la localidad", "Ayuntamiento de la localidad"],
        ),
        # "la organización" is the one named just before, by its acronym too
        (
            "La OMS está trabajando «estrechamente con el Gobierno para frenar el brote», "
            "indicó la organización en un comunicado.",
            ["OMS"],
        ),
        # a name of an organisation that opens with the noun is no anaphor
        (
            "La Asociación de Internautas promete dar guerra para frenar esta «vulneración "
            "flagrante del derecho a compartir música».",
            ["Asociación de Internautas"],
        ),
    ],
)
def test_organisations_and_the_nouns_that_name_them(text, speakers):
    assert [q.speaker for q in assert_offsets(text)] == speakers


def test_titles_joined_by_y_and_a_quoted_epithet_name_the_person():
    text = (
        "«La gente quiere volver a los conciertos», declaró el conocido cantante y actor "
        "Bruno Salas, uno de los promotores.\n\n"
        "El dueño de la sala es Ramón Albéniz, su mayor donante. Según el «filántropo», «esto "
        "resolvería el problema de miles de músicos sin local»."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Bruno Salas", "Ramón Albéniz"]


def test_long_fragments_and_exclamations_alone_are_quotes_without_a_speaker():
    """Eight words quoted in a sentence that names no one are a quotation, not a scare
    quote; an exclamation alone in its paragraph is speech, however short. A gloss ("X
    significa «…»") and a title ("bajo el título «…»") are neither."""
    text = (
        "Entre las medidas se estudia una cuarentena, lo que supone que «cumplan diez días "
        "en casa y vuelvan solo con un análisis limpio».\n\n"
        "«¡Marea somos todas!»\n\n"
        "La sigla HEK significa «células de riñón humano logradas en el experimento "
        "número doce». Bajo el título «La alcaldesa gana apoyos donde nadie la esperaba "
        "este otoño», el diario publicó la noticia."
    )
    assert [(q.text[:12], q.speaker) for q in find_quotes(text)] == [
        ("cumplan diez", None),
        ("¡Marea somos", None),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a nationality for the person introduced with it
        (
            "El actor mexicano Gael Ortiz presentó el premio.\n\n«Como mexicano, estoy en "
            "contra de cualquier muro», dijo el mexicano.",
            "Gael Ortiz",
        ),
        # a preposition opening the sentence makes the name after it no subject
        (
            "En Twitter, Mauro Salas recordó las palabras del delantero, y aseguró que "
            "«queremos un país unido y sin miedo».",
            "Mauro Salas",
        ),
        # a party named mid-sentence keeps its capital
        (
            "Los dos dirigentes de Avanzamos compraron una casa. Desde Avanzamos sostienen que "
            "«se trata de casos muy diferentes».",
            "Avanzamos",
        ),
    ],
)
def test_nationalities_prepositions_and_capitals(text, speaker):
    assert assert_offsets(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a quote that is its own paragraph goes on from the one that closed the last
        (
            "«Si el fallo es de hardware, el problema es complejo», comenta Jerónimo Soto."
            "\n\n«Si es lógico, la empresa lo corregirá con una actualización».\n\n"
            "Es lo que hace la empresa cada vez.",
            ["Jerónimo Soto", "Jerónimo Soto"],
        ),
        # bare plurals of people, and "cuenta" right after a quote
        (
            "«Justicia e igualdad», reclaman vecinas del barrio al gobierno. «Vigilaremos los "
            "nuevos términos», adelantan fuentes del regulador.",
            ["vecinas del barrio", "fuentes del regulador"],
        ),
        ("«A los perros los visten con suéteres», cuenta Gerry Macknight.", ["Gerry Macknight"]),
        # an outlet addressed by its acronym and name, then the speaker
        (
            "«El perihelio es el punto opuesto», explicó a BBC Mundo Nayra Rodríguez, "
            "astrofísica del Instituto de Canarias.",
            ["Nayra Rodríguez"],
        ),
    ],
)
def test_speech_going_on_bare_plurals_and_outlets(text, speakers):
    assert [q.speaker for q in assert_offsets(text)] == speakers


def test_cuenta_con_is_no_verb_of_saying():
    text = "La empresa cuenta con «un sistema unificado desarrollado con mucho orgullo en el país»."
    assert [(q.speaker, q.cue) for q in find_quotes(text)] == [(None, None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title of an institution is not the president named before
        (
            "El presidente Ernesto Valdivia inauguró la feria. Sobre el PAN, «demostró ser un "
            "joven impetuoso», agregó el presidente de Grupo Consultor Interdisciplinario.",
            None,
        ),
        # a bare role after the verb is someone unnamed: no one (README item 76)
        ("«Hacemos una incisión pequeña en la base», explicó cirujano.", None),
        # a person run into the institution of their title, before the verb
        (
            "Frente al canciller, el titular de la Secretaría de Relaciones Exteriores Luis "
            "Videla, dijo que «el Gobierno no tiene ninguna evidencia de esa hipótesis».",
            "Luis Videla",
        ),
        # "el también …": the person just named, whatever the title
        (
            "Jorge Guzmán, hijo del luchador, presentó el museo. «Me gustaría una casona de "
            "tres pisos», agregó el también luchador profesional.",
            "Jorge Guzmán",
        ),
    ],
)
def test_titles_of_institutions_bare_roles_and_tambien(text, speaker):
    assert assert_offsets(text)[-1].speaker == speaker


def test_a_complaint_speaks_for_who_filed_it():
    """ "la denuncia" is of whoever "ha denunciado" first in the text, named in full there;
    a plural of things says nothing ("las exploraciones revelaron")."""
    text = (
        "Las tres mayores asociaciones vecinales de Valdeluz han denunciado la campaña del "
        "partido ante la fiscalía.\n\n"
        "Las tres organizaciones (Vecinos Norte, Barrio Sur y Riberas) denuncian además el "
        "uso de imágenes falsas.\n\n"
        "Según la denuncia, el vídeo usa imágenes de otros países «para reforzar la idea de "
        "atraso de los vecinos».\n\n"
        "La denuncia, que también suscribe Acción Sur, una asociación defensora, sostiene que "
        "el vídeo «busca generar un clima de miedo».\n\n"
        "Las exploraciones de los voluntarios revelaron un estado «no del todo diferente a la "
        "psicosis que describen los manuales de psiquiatría»."
    )
    assert [q.speaker for q in find_quotes(text)] == [
        "tres mayores asociaciones vecinales de Valdeluz",
        "tres mayores asociaciones vecinales de Valdeluz",
        None,
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # reported speech going on: words quoted in the next sentence are still the report
        (
            "El consejero de Obras, Tomás Fuenteovejuna, anticipó que el Gobierno regional "
            "aprobará nuevas ayudas. El objetivo es llegar a los “tres mil hogares que "
            "esperan la reforma desde hace años” antes del verano.",
            "Tomás Fuenteovejuna",
        ),
        # a sentence between them that is the narrator's: no one
        (
            "El consejero de Obras, Tomás Fuenteovejuna, anticipó que el Gobierno regional "
            "aprobará nuevas ayudas. Las obras empezaron en marzo. El objetivo es llegar a los "
            "“tres mil hogares que esperan la reforma desde hace años” antes del verano.",
            None,
        ),
        # a sentence with a subject that acts is someone else's judgement: no one
        (
            "El ministro Luis Gil dijo que bajarán los impuestos en enero. La oposición "
            "calificó la medida de «una maniobra electoralista de última hora sin ningún "
            "apoyo».",
            None,
        ),
        # no report ("que") in the sentence before: no one
        (
            "El consejero de Obras, Tomás Fuenteovejuna, visitó ayer las obras del barrio. "
            "El objetivo es llegar a los “tres mil hogares que esperan la reforma desde hace "
            "años” antes del verano.",
            None,
        ),
    ],
)
def test_reported_speech_goes_on_into_the_next_sentence(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a venue's common noun is the venue named before
        (
            "Casa Lumbre es un icono de la noche. La veterana discoteca ha aclarado que están "
            "abordando «un ambicioso plan de reforma de sus salas» para volver.",
            "Casa Lumbre",
        ),
        (
            "El Hospital San Rafael de Orcasitas reabrió ayer su planta. El hospital aseguró que "
            "«no habrá más demoras en las consultas».",
            "Hospital San Rafael de Orcasitas",
        ),
        # a thing carrying someone's words, then "en la que": that someone
        (
            "El anuncio usa una cita de Luis Ramírez. Luego muestra una entrevista con Ramírez "
            "en la que dice: «No puedo pedir más».",
            "Luis Ramírez",
        ),
        # "una entrevista con" an outlet: the outlet is the host, not the speaker
        (
            "La ministra Ana Gil concedió ayer una entrevista con Telemundo en la que dice: «No "
            "habrá más recortes».",
            "Ana Gil",
        ),
        (
            "La carta del Ministerio de Cultura, en la que asegura que «no habrá más recortes "
            "este año», llegó ayer.",
            "Ministerio de Cultura",
        ),
        # a thing that carries no one's words: no one
        ("El anuncio muestra un mapa de la ciudad en el que dice: «No puedo pedir más».", None),
    ],
)
def test_venues_and_words_carried_by_a_thing(text, speaker):
    assert only(text).speaker == speaker


def test_an_ordinal_speaks_for_who_published_the_items_it_counts():
    """ "publicó tres tuits … El primero afirma": the account that published them, across
    paragraphs; a count with no one before it, or things that carry no words, is no one."""
    text = (
        "La cuenta @VecinosDelSur, que ya no está activa, publicó tres tuits muy comentados.\n\n"
        'El primero de ellos afirma que: "La calle es de todos y nadie nos la quitará".\n\n'
        'El segundo, quizá el más duro de todos, asegura: "No vamos a callar nunca más".\n\n'
        'El tercero de los mensajes afirma que: "Volveremos cada domingo a la plaza".'
    )
    assert [q.speaker for q in find_quotes(text)] == ["@VecinosDelSur"] * 3
    placards = (
        "Los vecinos colgaron tres carteles en la plaza. "
        'El primero dice: "Aquí no se rinde nadie jamás".'
    )
    assert only(placards).speaker == "vecinos"
    nobody = 'Tres carteles aparecieron en la plaza. El primero dice: "Aquí no se rinde nadie".'
    assert only(nobody).speaker is None
    received = (
        "Juan López recibió tres cartas.\n\n"
        'La primera dice: "Te esperamos en casa cuando quieras volver".'
    )
    assert only(received).speaker is None  # received, not written
    decrees = (
        "El Gobierno aprobó dos decretos. "
        'El primero de ellos, publicado ayer, dice: "Aquí no se rinde nadie jamás".'
    )
    assert only(decrees).speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an organisation's name opening the sentence, a role word inside it
        (
            "La Asociación de Vecinos de Triana lamentó: «Otra vez nos dejan sin autobús».",
            "Asociación de Vecinos de Triana",
        ),
        # an organisation with the place it is of, by a common noun
        (
            "El Ayuntamiento de la localidad ha señalado que «la situación está controlada».",
            "Ayuntamiento de la localidad",
        ),
        # an acronym: as written, or as the text spelled it out before
        ("El sindicato CCOO ha criticado que «la empresa no cumple el convenio».", "CCOO"),
        ("La OMS aseguró que «la pandemia no ha terminado».", "OMS"),
        (
            "La Organización Mundial de la Salud publicó su informe. Después, la OMS aseguró "
            "que «la pandemia no ha terminado».",
            "Organización Mundial de la Salud",
        ),
        (
            "El Partido Verde de Lugo (PVL) presentó su lista. El PVL ha criticado que «la "
            "empresa no cumple el convenio».",
            "Partido Verde de Lugo",
        ),
        # an acronym of a name in another language, glossed where the name is given
        (
            "Lo anunció el Departamento de Aguas Limpias (WCA por sus siglas en inglés). "
            "Después, la WCA aseguró que «el río estará limpio en un año».",
            "Departamento de Aguas Limpias",
        ),
        # the acronym first, the name it stands for in brackets
        (
            "El WCA (Departamento de Aguas Limpias) publicó su informe. Después, el WCA "
            "aseguró que «el río estará limpio en un año».",
            "Departamento de Aguas Limpias",
        ),
        # a place in brackets after the acronym is not its name
        (
            "El PVL (Lugo) presentó su lista. El PVL ha criticado que «la empresa no cumple "
            "el convenio».",
            "PVL",
        ),
        # a page's label run into the sentence after it: the name after the label
        (
            "La aseguradora Acme recibió el informe.\n\nRespuesta de Acme  Acme respondió al "
            "informe y aseguró haber «trabajado con expertos para frenar el fraude».",
            "Acme",
        ),
        # a person's initials, spelled out before
        (
            "El presidente Andrés Manuel López Obrador habló ayer. AMLO aseguró que «no habrá "
            "más impuestos».",
            "Andrés Manuel López Obrador",
        ),
        # a listed place's acronym is no one
        ("EEUU aseguró que «no habrá más sanciones».", None),
        # an organisation's name going on past a lowercase word
        (
            "La plataforma Vecinos por Lugo denunció que «nadie escucha al barrio».",
            "Vecinos por Lugo",
        ),
        (
            "La Plataforma de Afectados por la Hipoteca ha lamentado que «nadie escucha al "
            "barrio».",
            "Plataforma de Afectados por la Hipoteca",
        ),
        (
            "La plataforma Vecinos por Lugo convocó ayer una marcha. «Nadie escucha al "
            "barrio», señala la plataforma.",
            "Vecinos por Lugo",
        ),
        # a person's name does not go on so
        ("Marta Ruiz por Lugo ha lamentado que «nadie escucha al barrio».", "Marta Ruiz"),
    ],
)
def test_organisations_as_subjects(text, speaker):
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "el especialista", "la experta": the one person of a profession of expertise
        (
            "Pedro Salinas, médico internista del Hospital Central, atiende a diario a "
            "pacientes. El especialista advierte que «la segunda ola será más dura».",
            "Pedro Salinas",
        ),
        (
            "La economista Marta Gil presentó su informe. La experta advierte que «la "
            "inflación seguirá alta».",
            "Marta Gil",
        ),
        # no profession of expertise: no one
        (
            "El alcalde Pedro Salinas inauguró el centro. El especialista advierte que «la "
            "segunda ola será más dura».",
            None,
        ),
    ],
)
def test_an_expert_is_the_one_professional_named_before(text, speaker):
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a bare plural of people opening the sentence, before a plural verb: a group
        (
            "Fuentes de la empresa explicaron que «el cierre será temporal».",
            "fuentes de la empresa",
        ),
        ("Vecinos del barrio denuncian que «nadie nos escucha».", "vecinos del barrio"),
        # a bare plural of things: no one
        ("Datos del ministerio confirman que «el cierre será temporal».", None),
    ],
)
def test_a_bare_plural_of_people_before_the_verb(text, speaker):
    assert only(text).speaker == speaker


def test_from_a_campaign_is_its_team():
    """ "Desde la campaña de X aseguran": the campaign's people, shown as the text names
    them, as a public body named in lower case with a qualifier of its own is
    (bench/real/README.md item 133; withheld as an unresolved description before, item
    76); "el programa", no body, still no one; a team by a group's noun stays."""
    text = "Desde la campaña de Ruiz Montero aseguran que «ratifican su compromiso»."
    assert only(text).speaker == "campaña de Ruiz Montero"
    assert only("Desde el programa explican que «no habrá más emisiones».").speaker is None
    text = "Desde el equipo de Ruiz Montero aseguran que «ratifican su compromiso»."
    assert only(text).speaker == "equipo de Ruiz Montero"


def test_a_placard_speaks_for_who_carried_it():
    """ "rezaba una pancarta que portaban X": X; "otra que portaban" with no carriers of its
    own: those named so before, else no one."""
    text = (
        "Cientos de vecinas marcharon ayer por el centro.\n\n"
        '"Tu silencio te hace cómplice", rezaba una de las pancartas que portaban las '
        "manifestantes, algunas con pañuelos verdes.\n\n"
        '"Nos quitaron tanto que nos quitaron el miedo", rezaba otra de las pancartas que '
        "portaban mientras gritaban."
    )
    assert [q.speaker for q in find_quotes(text)] == ["manifestantes", "manifestantes"]
    alone = (
        "Vimos la marcha.\n\n"
        '"Nos quitaron tanto que nos quitaron el miedo", rezaba otra de las pancartas que '
        "portaban mientras gritaban."
    )
    assert only(alone).speaker is None


def test_a_closing_mark_no_mark_opened_ends_a_quote_opened_with_its_sentence():
    # The opening mark lost in a translation: the verb of saying after the closing one
    # says what was quoted, from the start of the sentence.
    text = (
        "La protesta recorrió el centro de Portmar durante la mañana. Los vecinos llevan tres "
        "semanas sin agua corriente en las casas del barrio», dijo la alcaldesa Inés Robledo."
    )
    quote = only(text)
    assert quote.text == (
        "Los vecinos llevan tres semanas sin agua corriente en las casas del barrio"
    )
    assert (quote.speaker, quote.cue) == ("Inés Robledo", "dijo")
    assert text[quote.start : quote.end] == quote.text


def test_an_unopened_quote_runs_back_over_sentences_in_the_first_person():
    text = (
        "La alcaldesa habló ante la prensa en Portmar. En mis años de mandato nunca he visto "
        "una sequía así. Los pozos del valle se han secado por completo este verano», dijo "
        "Inés Robledo."
    )
    assert only(text).text.startswith("En mis años de mandato")


def test_a_few_words_before_an_unopened_closing_mark_are_no_quote():
    assert (
        find_quotes("Los vecinos marcharon por el centro. Queremos agua», dijo Inés Robledo.") == []
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Apoyaremos a los talleres», resaltó Rosa Quintero.", "Rosa Quintero"),
        ("«No habrá prórroga», contestó Iván Lares.", "Iván Lares"),
        ("«Faltan plazas en los hospitales», refiere Ada Peñalver.", "Ada Peñalver"),
    ],
)
def test_more_verbs_of_saying(text, speaker):
    assert only(text).speaker == speaker


def test_se_refiere_is_no_speech():
    text = (
        "Las tarjetas de Acme se refieren en realidad a unos “sellos de tinta "
        "invisible” que marcan a los clientes."
    )
    assert find_quotes(text, "es") == []


def test_a_straight_quote_glued_to_a_full_stop_opens():
    text = (
        'El ministro Julián Arce habló de las obras, informó la agencia."Puedo confirmar '
        'que habrá cuatro puentes nuevos", dijo Arce.'
    )
    quote = only(text)
    assert quote.text.startswith("Puedo")
    assert quote.speaker == "Julián Arce"


def test_reported_speech_past_an_adverbial_governs_a_short_quote():
    text = (
        "El alcalde Tomás Ibarra dijo este viernes que los vecinos del barrio alto de la "
        "ciudad verán las «nuevas farolas» antes del verano, informó la Agencia Norte."
    )
    assert only(text).speaker == "Tomás Ibarra"


@pytest.mark.parametrize(
    "text",
    [
        "«Bajaremos los impuestos»: Ferrán – El Diario del Sur – Portada\n\n"
        "La ministra Lucía Ferrán habló ayer.",
        "“Bajaremos los impuestos”: Lucía Ferrán\n\nLa ministra habló ayer en el Congreso.",
    ],
)
def test_a_headline_credits_its_quote_after_a_colon(text):
    assert find_quotes(text, "es")[0].speaker == "Lucía Ferrán"


def test_a_name_joined_by_y_to_a_complement_is_a_complement():
    text = (
        "La doctora Irene Vallejo presentó el estudio. Al respecto, la también directora "
        "del Instituto de Virus y Enfermedades Raras dijo que “el jarabe no causó molestias "
        "a ninguno de los voluntarios”."
    )
    assert only(text).speaker == "Irene Vallejo"


def test_a_place_cut_from_a_name_leaves_no_preposition():
    text = "Después, la concejala del Parlamento de Lugo ha enviado una nota que, dice, «molesta»."
    assert only(text).speaker is None


def test_a_name_in_apposition_to_a_complement_is_no_subject():
    text = (
        "En Lugo, adonde viajó para apoyar a la candidata a alcaldesa, Rosa Miravalles, el "
        "ministro Tomás Arjona consideró que «el tiempo de las primarias ha terminado»."
    )
    assert only(text).speaker == "Tomás Arjona"


def test_pro_drop_skips_a_name_in_apposition_to_an_object():
    text = (
        "El alcalde Tomás Arjona visitó el barrio.\n\n"
        "En la visita arremetió contra el presidente de la asociación vecinal, Ángel "
        "Roldán, a quien culpó del retraso.\n\n"
        "«Nadie recibirá una sanción por opinar», afirmó."
    )
    assert only(text).speaker == "Tomás Arjona"


def test_a_title_reaches_past_an_acronym_aside_and_no_organisation_takes_it():
    text = (
        "El presidente Unión Cívica Nacional (UCN), Mario Ortega, pidió "
        "apoyo a los candidatos.\n\n"
        "En Lugo, el dirigente partidista consideró que «el tiempo de las primarias ha terminado»."
    )
    assert only(text).speaker == "Mario Ortega"
    found = people(text)
    assert "presidente" in found["Mario Ortega"].roles
    assert "Unión Cívica Nacional" not in found


def test_two_nouns_joined_by_y_before_the_names_comma_are_its_title():
    text = (
        "«Faltan libros sobre el tema», detalló a RADIOSUR el arquitecto y cofundador, "
        "Diego Arribas."
    )
    assert only(text).speaker == "Diego Arribas"


@pytest.mark.parametrize(
    ("epithet", "speaker"),
    [("el creativo", "Diego Arribas"), ("la creativa", None)],
)
def test_a_bare_definite_noun_is_the_last_speaker_of_its_gender(epithet, speaker):
    text = (
        "«Faltan libros sobre el tema», dijo Diego Arribas.\n\n"
        "El proyecto nació hace dos años. «Hemos abierto una cuenta para financiarlo», "
        f"explicó {epithet}."
    )
    quotes = find_quotes(text, "es")
    assert [q.speaker for q in quotes] == ["Diego Arribas", speaker]


def test_a_bare_definite_noun_with_someone_else_named_since_is_no_one():
    text = (
        "«Faltan libros sobre el tema», dijo Diego Arribas.\n\n"
        "El editor Tomás Ibáñez prepara la edición. «Hemos abierto una cuenta», explicó "
        "el creativo."
    )
    assert find_quotes(text, "es")[1].speaker is None


def test_pro_drop_takes_who_came_in_since_the_last_quote():
    text = (
        "«Faltan plazas», dijo Tomás Arjona.\n\n"
        "Los hospitales no contratan a los residentes.\n\n"
        "Elena Robles, expresidenta de la Asociación de Cirugía, considera que el problema "
        "es otro.\n\n"
        "Hacen falta, señala, contratos estables.\n\n"
        "Subraya que muchos trabajan en dos lugares.\n\n"
        "«Los jóvenes médicos merecen un sueldo digno», remarca."
    )
    assert [q.speaker for q in find_quotes(text, "es")] == ["Tomás Arjona", "Elena Robles"]


def test_a_mark_opening_again_after_a_full_stop_ends_the_unclosed_quote():
    text = (
        "«Hablaremos con todos los grupos», manifestó Dolores Roca. «Bienvenidas las "
        "propuestas, este año habrá presupuesto. «En mayo votaremos las cuentas, sin "
        "excusas», remarcó."
    )
    quotes = find_quotes(text, "es")
    assert [q.text[:11] for q in quotes] == ["Hablaremos ", "Bienvenidas", "En mayo vot"]
    assert quotes[1].text.endswith("presupuesto.")
    assert {q.speaker for q in quotes} == {"Dolores Roca"}


@pytest.mark.parametrize("aside", ["-expuso-", "—dijo—"])
def test_the_narrators_words_inside_a_quote_split_it(aside):
    text = (
        "La ingeniera Sara Gil apuntó que las pruebas «salieron bien».\n\n"
        f"«En todos los tramos del puente {aside}, el hormigón resiste más de lo previsto "
        "en el proyecto»."
    )
    quotes = find_quotes(text, "es")
    assert [q.text for q in quotes[1:]] == [
        "En todos los tramos del puente",
        "el hormigón resiste más de lo previsto en el proyecto",
    ]
    assert {q.speaker for q in quotes} == {"Sara Gil"}


def test_dashes_inside_a_quote_without_a_verb_of_saying_are_the_speakers():
    text = "«Lo diré claro -y sin rodeos-, no habrá prórroga», afirmó Rosa Quintero."
    assert only(text).text == "Lo diré claro -y sin rodeos-, no habrá prórroga"


def test_a_quote_with_no_cue_goes_on_only_with_no_one_else_named_since():
    text = (
        "«Subiremos los sueldos», dijo Ana Ruiz a Tomás Arjona. «Será en enero, con el "
        "nuevo presupuesto».\n\n"
        "«Subiremos los sueldos», dijo Ana Ruiz. Tomás Arjona, líder de la oposición, "
        "votó en contra. «No hay dinero para eso»."
    )
    assert [q.speaker for q in find_quotes(text, "es")] == [
        "Ana Ruiz",
        "Ana Ruiz",
        "Ana Ruiz",
        None,
    ]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Para la vicepresidenta", "Nadia Calvo"),
        ("Para Calvo", "Nadia Calvo"),
        ("Para el Gobierno", "Gobierno"),
        ("Para la próxima semana", None),
        ("Para Madrid", None),
    ],
)
def test_para_x_opening_a_sentence_gives_whose_view_it_is(opening, speaker):
    text = (
        "La vicepresidenta económica, Nadia Calvo, habló ayer.\n\n"
        f"{opening}, la reforma será “un cambio tan grande como el del euro en su "
        "primer año″."
    )
    quote = find_quotes(text, "es")[0]
    assert quote.text == "un cambio tan grande como el del euro en su primer año"
    assert quote.speaker == speaker


def test_a_speaker_between_commas_past_an_adverbial():
    text = (
        "El ministro Julián Arce destacó que el pacto abre «una etapa nueva».\n\n"
        "La relevancia del acuerdo, subrayó por su parte la decana Ortuño, es que «la ciencia "
        "y la empresa pueden trabajar juntas sin recelos»."
    )
    assert find_quotes(text, "es")[1].speaker == "Ortuño"


def test_a_name_on_a_list_after_a_titles_complement_is_not_titled():
    text = (
        "Rosa Quiroga atendió ayer a la radio local.\n\n"
        "La exjugadora de Sevilla, Bilbao, Valencia y Girona opinó que aún es temprano.\n\n"
        "La exjugadora española, que ganó dos ligas, opinó que el equipo «mejorará cada "
        "temporada» sin duda."
    )
    assert "Bilbao" not in people(text)
    assert only(text).speaker != "Bilbao"


def test_a_listed_organisation_of_someone_is_no_person():
    text = (
        "Habló la canciller, pieza clave del Ejecutivo de Trudeau. Horas antes, el primer "
        "ministro Trudeau había hablado. «Prevalecerá el sentido común», agregó el "
        "mandatario canadiense."
    )
    assert only(text).speaker == "Trudeau"
    assert "Ejecutivo de Trudeau" not in people(text)


def test_a_verb_joined_to_an_organisations_verb_keeps_its_subject():
    """A second verb with no subject, joined to an organisation's in one sentence, is
    the organisation's, not the person named paragraphs before (whom a search for
    people would find)."""
    text = (
        "El gobierno del presidente Julián Orduña actúa con rapidez.\n\n"
        "En el comunicado, la WCA dijo que anima a todos, «sin excepción», a que beban "
        "agua, y destacó que la agencia «apoya por completo el acceso al río»."
    )
    assert [q.speaker for q in find_quotes(text)] == ["WCA", "WCA"]
