"""Speakers that are organisations, and speakers named earlier in the article.

Kinds of quote the held-out articles of the real-text bench kept missing: an
organisation, a ministry or its department speaking (by its full name, by the acronym or
short name the article gives it in brackets, through "fuentes de", a spokesperson it does
not name, or a statement), a person named paragraphs before the quote and then referred
to by surname, title, pronoun or a dropped subject ("añadió", "he added"), and the words
of a letter, which are its writer's.

Every text is invented (people, places, organisations and words); each states one press
convention, in Spanish or English. The second half are mini-articles written after the
rules, to check they carry over to text they were not written on.
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes


def speakers(text: str, lang: str = "es") -> list[str | None]:
    quotes = find_quotes(text, lang)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return [quote.speaker for quote in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the acronym after a verb of saying is the name the brackets gave it
        (
            "El Departamento de Seguridad Interior (DSI) publicó el informe el martes.\n\n"
            "«No habrá detenciones en los hospitales», señaló el DSI.",
            ["Departamento de Seguridad Interior"],
        ),
        # a short name that is no acronym, given in brackets, opening with the initial
        (
            "La Agencia Estatal de Meteorología (Aemet) activó la alerta roja.\n\n"
            "«Las lluvias serán muy intensas durante la noche», advirtió la Aemet.",
            ["Agencia Estatal de Meteorología"],
        ),
        # ...also when the article spells it out only after the quote
        (
            "«Las lluvias serán muy intensas», advirtió la Aemet, que activó la alerta.\n\n"
            "La Agencia Estatal de Meteorología (Aemet) pidió prudencia.",
            ["Agencia Estatal de Meteorología"],
        ),
        # the acronym first, the full name after the quote
        (
            "La OIT presentó su informe anual este lunes.\n\n«El paro juvenil no bajará "
            "este año», advirtió la Organización Internacional del Trabajo.",
            ["Organización Internacional del Trabajo"],
        ),
        # English: "the EPA", the article's name for it
        (
            "The Environmental Protection Agency (EPA) closed the river on Tuesday.\n\n"
            '"The water is not safe to drink," the EPA said.',
            ["Environmental Protection Agency"],
        ),
    ],
)
def test_an_acronym_or_short_name_is_the_name_the_article_spells_out(text, expected):
    assert speakers(text, "en" if "The " in text else "es") == expected


def test_a_place_in_brackets_is_no_short_name():
    """ "(Lugo)" after an organisation is where it is: a later "Lugo" is not the town hall
    (and, a lone word the text never presents as what it is, no one: README item 76)."""
    text = (
        "El Ayuntamiento de Villalba (Lugo) cerró el mercado.\n\n"
        "«Las obras acabarán en mayo», dijo Lugo."
    )
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Fuentes de X" are an anonymous source of X, not X
        (
            "Fuentes del Ministerio de Defensa aseguraron que «no hay ningún riesgo para la "
            "población».",
            ["fuentes del Ministerio de Defensa"],
        ),
        # organisations in the plural, given together, are a group
        (
            "Los ministerios de Hacienda y de Trabajo firmaron ayer un comunicado conjunto. "
            "Aseguran que «el acuerdo llegará antes del verano».",
            ["ministerios de Hacienda y de Trabajo"],
        ),
        (
            "Los ministerios de Cultura de ambos países firmaron el convenio. Explican que "
            "«la exposición viajará a las dos capitales».",
            ["ministerios de Cultura de ambos países"],
        ),
        # the press as a whole, with no outlet named: as written, as a public body named
        # in lower case with a qualifier of its own (bench/real/README.md item 133; no
        # one before, item 76)
        (
            "La prensa local asegura que la presa «resistirá sin problemas».",
            ["prensa local"],
        ),
        # a spokesperson the article never names, as written
        (
            "El portavoz de la compañía aseguró que «no habrá despidos».",
            ["portavoz de la compañía"],
        ),
        (
            "«Revisaremos cada caso antes de actuar», apostilló el portavoz de la naviera.",
            ["portavoz de la naviera"],
        ),
        # a magazine named with its acronym
        (
            "En diciembre, la Revista CDE señaló que el año fue difícil por «la caída de las "
            "ventas en todos los sectores».",
            ["Revista CDE"],
        ),
        # English: an institution's name goes on with "of"
        ('"The dam is safe," the Ministry of Water said in a statement.', ["Ministry of Water"]),
        (
            'The Department of Health said that "the outbreak is under control".',
            ["Department of Health"],
        ),
        ('"We are working on a fix," said a spokesman for the Bank of Easton.', None),
    ],
)
def test_organisations_groups_and_anonymous_sources(text, expected):
    if expected is None:  # "for the Bank": a complement, not the speaker
        expected = ["spokesman for the Bank of Easton"]
    lang = "en" if text.startswith(('"', "The ")) else "es"
    assert speakers(text, lang) == expected


def test_a_spokesperson_named_before_is_that_person_not_the_description():
    text = (
        "Laura Gil, portavoz de la plataforma, encabezó la marcha.\n\n"
        "«El barrio no puede esperar más», dijo la portavoz de la plataforma."
    )
    assert speakers(text) == ["Laura Gil"]


@pytest.mark.parametrize(
    "text",
    [
        "El Ayuntamiento de Villalba emitió ayer un comunicado sobre el cierre del mercado. "
        "«Las obras terminarán en mayo», afirma el texto.",
        "El Ayuntamiento de Villalba emitió ayer un comunicado sobre el cierre del "
        "mercado.\n\nEl alcalde no quiso hacer declaraciones.\n\n«Las obras terminarán en "
        "mayo», señala el comunicado.",
    ],
)
def test_a_statement_speaks_for_who_issued_it(text):
    assert speakers(text) == ["Ayuntamiento de Villalba"]


def test_a_statement_no_one_is_said_to_have_issued_speaks_for_no_one():
    text = "«Las obras terminarán en mayo», señala el comunicado."
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the organisation that spoke in the sentence before a dropped subject
        (
            "El Ministerio de Sanidad informó ayer de trece nuevos casos.\n\n"
            "Añadió que «la situación está controlada».",
            ["Ministerio de Sanidad"],
        ),
        # ...also as the subject after its verb
        (
            "Los agentes no harán arrestos en los hospitales, informó en un comunicado el "
            "Departamento de Seguridad Interior.\n\nSeñaló que los arrestos solo se harán «en "
            "circunstancias extraordinarias».",
            ["Departamento de Seguridad Interior"],
        ),
    ],
)
def test_a_dropped_subject_after_an_organisation_that_spoke(text, expected):
    assert speakers(text) == expected


def test_a_person_named_near_a_dropped_subject_comes_before_an_organisation():
    """The organisation is taken only when no person is named near the quote."""
    text = (
        "Pilar Ochoa, directora del centro, visitó las obras.\n\n"
        "La Consejería de Educación informó de que el colegio abrirá en mayo.\n\n"
        "«Los alumnos volverán a sus aulas», añadió."
    )
    assert speakers(text) == ["Pilar Ochoa"]


def test_an_organisation_in_a_clause_reported_with_que_is_not_who_spoke():
    text = (
        "La Junta de Vecinos informó el lunes de la avería.\n\n"
        "El técnico explicó que el agua volverá por la tarde. Dijo que «es cuestión de horas»."
    )
    assert speakers(text) != ["Junta de Vecinos"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare thing after "según" names no one, not the last person named
        (
            "Ana Roldán y Pedro Gil declararon ante el juez.\n\nEl acusado pidió viajar a "
            "Lima, donde vivía su hermano, «una persona muy influyente», según datos del "
            "sumario.",
            [None],
        ),
        # a clause reported with "que" has its own subject: a document, not a person
        (
            "El tribunal lo formaban Luis Ortega y Ana Sanz. La sala señaló ayer que el "
            "Acuerdo indica que «los salarios quedan congelados durante seis meses».",
            [None],
        ),
    ],
)
def test_no_one_rather_than_the_last_person_named(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an interviewee quoted with no cue, the narrator reporting only their words between
        (
            "Elena Soto Marín, médica de familia en un pueblo de Soria, atiende a 600 "
            "pacientes.\n\nSubraya que el sueldo no compensa las horas. «Trabajamos los fines "
            "de semana sin cobrar», remarca.\n\nSubraya también que faltan especialistas en "
            "toda la provincia.\n\nUn médico necesita años de formación. «Hay que hacer una "
            "especialidad para optar a una plaza fija».",
            ["Elena Soto Marín", "Elena Soto Marín"],
        ),
        # ...or only saying they talked of something
        (
            "Rubén Olmedo, exportero del Deportivo, concedió una entrevista a la radio "
            "local.\n\n«Tuve suerte de llegar al primer equipo», reconoció.\n\nEn la "
            "entrevista también habló de su familia. «Mis hijos son lo primero».",
            ["Rubén Olmedo", "Rubén Olmedo"],
        ),
        # a place word after a first name is a surname
        (
            "La investigadora del Instituto Oceánico Carmen Villa dirigió la expedición.\n\n"
            "Los datos se publicarán en marzo.\n\n«Hemos encontrado especies nuevas», "
            "explicó la investigadora.",
            ["Carmen Villa"],
        ),
        # a title the article introduced with a name after "del", the name alone
        (
            "Miles de fieles escucharon el mensaje del patriarca Teófilo en la plaza.\n\n"
            "En la homilía, el patriarca dice que «la paz empieza en cada casa».",
            ["Teófilo"],
        ),
    ],
)
def test_a_speaker_named_earlier(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # someone else named between
        "Elena Soto, médica de familia, atiende a 600 pacientes.\n\n«Trabajamos los "
        "fines de semana», remarca.\n\nSu compañero Íñigo Prado lleva diez años en el "
        "pueblo.\n\n«Hay que hacer una especialidad para optar a una plaza».",
        # an organisation named between
        "Elena Soto, médica de familia, atiende a 600 pacientes.\n\n«Trabajamos los "
        "fines de semana», remarca.\n\nEl Colegio de Médicos de Soria tiene su sede en la "
        "capital.\n\n"
        "«Hay que hacer una especialidad para optar a una plaza».",
        # a title opening a sentence between: someone else speaking
        "Elena Soto, médica de familia, atiende a 600 pacientes.\n\n«Trabajamos los "
        "fines de semana», remarca.\n\nEl consejero de Sanidad aseguró que habrá más "
        "plazas.\n\n«Hay que hacer una especialidad para optar a una plaza».",
        # nothing between says she is still speaking
        "Elena Soto, médica de familia, atiende a 600 pacientes.\n\n«Trabajamos los "
        "fines de semana», remarca.\n\nEl pueblo tiene dos farmacias.\n\n«Hay que hacer "
        "una especialidad para optar a una plaza».",
        # the quote is no sentence of its own
        "Elena Soto, médica de familia, atiende a 600 pacientes.\n\n«Trabajamos los "
        "fines de semana», remarca.\n\nSubraya que faltan plazas. El pueblo tiene dos "
        "farmacias.\n\n«Hay que hacer una especialidad para optar a una plaza», es el lema "
        "de la campaña.",
    ],
)
def test_a_quote_with_no_cue_is_no_ones_unless_the_speaker_is_still_speaking(text):
    assert speakers(text) == ["Elena Soto", None]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an institution's name with its reach
        (
            "es",
            "El Gobierno regional, a través de un comunicado, aseguró que «las ayudas "
            "llegarán en junio».",
            ["Gobierno regional"],
        ),
        # "desde" an organisation after a plural verb, not from a place
        (
            "es",
            "«Los hospitales están preparados», explicaron desde la Consejería de Salud.",
            ["Consejería de Salud"],
        ),
        ("es", "«Os va a caer una multa», avisaban desde la orilla.", [None]),
        # an organisation named again by its head word, in its fullest form
        (
            "es",
            "La Policía Nacional detuvo a dos jóvenes en Vigo.\n\nLos agentes encontraron "
            "droga en el coche.\n\n«La operación sigue abierta», informó la Policía.",
            ["Policía Nacional"],
        ),
        # English: the company and the ministry named before
        (
            "en",
            "Orchard Foods announced on Monday that it would close two plants.\n\nIn a "
            'statement, the company said "the decision was not taken lightly".',
            ["Orchard Foods"],
        ),
        (
            "en",
            'The Ministry of Health reported 40 new cases.\n\n"The situation is under '
            'control," the ministry said in a statement.',
            ["Ministry of Health"],
        ),
        # English: a title the person was introduced with
        (
            "en",
            'Senator Jane Holt visited the border on Friday.\n\n"We need more judges," the '
            "senator said.",
            ["Jane Holt"],
        ),
        # English: "told" takes the addressee after it, the subject before
        (
            "en",
            "Tom Reyes, a farmer, lost his crop in the flood.\n\nHe told reporters: "
            '"Everything is gone."',
            ["Tom Reyes"],
        ),
        # English: officials of an institution, whatever the verb's number
        (
            "en",
            'Officials at the Department of Education said "schools will reopen on Monday".',
            ["officials at the Department of Education"],
        ),
    ],
)
def test_more_phrasings_of_organisations_and_earlier_speakers(lang, text, expected):
    assert speakers(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the writer named with the letter
        (
            "es",
            "Una carta del poeta Ramiro Salas se subastó ayer en Londres.\n\nLa carta dice "
            "que «la guerra nos robó la juventud».",
        ),
        (
            "es",
            "La casa de subastas vendió una carta escrita por Ramiro Salas en 1940.\n\n«La "
            "guerra nos robó la juventud», dice la carta.",
        ),
        # a sentence opening inside the letter, its verb with no subject
        (
            "es",
            "Una carta de Ramiro Salas se subastó ayer en Londres por dos millones.\n\nEn "
            "la misiva, «la guerra nos robó la juventud», afirma.",
        ),
        # the one who signed it
        (
            "es",
            "Ramiro Salas firmó la carta junto a otros cien escritores.\n\nEl texto afirma "
            "que «la guerra nos robó la juventud».",
        ),
        (
            "en",
            "A letter by the poet Ramiro Salas was sold in London.\n\n"
            '"The war stole our youth," the letter says.',
        ),
    ],
)
def test_a_letter_speaks_for_its_writer(lang, text):
    assert speakers(text, lang) == ["Ramiro Salas"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full stop ends an unnamed source's phrase (a link run into the sentence)...
        (
            "«Revisaremos cada caso», apostilló el portavoz de la compañía. "
            "https://example.com/nota",
            ["portavoz de la compañía"],
        ),
        # ...not a title's abbreviation
        ("«Habrá más médicos», dijo el Dr. Pérez Gil.", ["Pérez Gil"]),
        ("«Habrá más médicos», dijo la Sra. Ana Gil.", ["Ana Gil"]),
        # an outlet's word after a first name is a surname; before a name, an outlet
        ("«Habrá más médicos», aseguró Ana Cadena, alcaldesa de Soto.", ["Ana Cadena"]),
        ("«El alcalde no piensa dimitir», informó la Cadena Norte.", ["Cadena Norte"]),
    ],
)
def test_where_a_speaker_phrase_ends_and_what_a_name_is(text, expected):
    assert speakers(text) == expected


# Mini-articles written after the rules above, in the styles of the press they are about.
# They are not the rules' own examples: they check that the rules carry over.
GENERAL = [
    (
        "es",
        "La Comisión Nacional de los Mercados y la Competencia (CNMC) multó ayer a tres "
        "eléctricas por pactar precios.\n\n"
        "Según la CNMC, las compañías «se repartieron los clientes durante al menos dos "
        "años».\n\n"
        "Fuentes de una de las eléctricas sancionadas aseguraron que «la multa será "
        "recurrida».",
        [
            "Comisión Nacional de los Mercados y la Competencia",
            "fuentes de una de las eléctricas sancionadas",
        ],
    ),
    (
        "es",
        "El Servicio Meteorológico (Semet) mantiene el aviso naranja en la costa.\n\n"
        "«Las olas pueden superar los cinco metros», indicó el Semet en su último parte.",
        ["Servicio Meteorológico"],
    ),
    (
        "es",
        "La consejera de Agricultura, Nerea Lasa, se reunió con los ganaderos en Tolosa.\n\n"
        "Los ganaderos reclaman ayudas por la sequía desde hace meses.\n\n"
        "Lasa prometió que «las ayudas llegarán antes de otoño».\n\n"
        "«No vamos a dejar a nadie atrás», añadió la consejera.",
        ["Nerea Lasa", "Nerea Lasa"],
    ),
    (
        "es",
        "Hugo Ferrer, pescador de Burela, lleva cuarenta años en el mar.\n\n"
        "«El caladero ya no es lo que era», lamenta.\n\n"
        "Recuerda que su padre salía con un barco de madera.\n\n"
        "«Entonces no había radar ni nada».",
        ["Hugo Ferrer", "Hugo Ferrer"],
    ),
    (
        "es",
        "La Federación de Asociaciones Vecinales emitió un comunicado tras el pleno.\n\n"
        "«El barrio lleva diez años esperando el centro de salud», afirma el escrito.",
        ["Federación de Asociaciones Vecinales"],
    ),
    (
        "es",
        "Las universidades públicas de la región firmaron un manifiesto conjunto. "
        "Advierten de que «sin más fondos habrá que cerrar titulaciones».",
        ["universidades públicas de la región"],
    ),
    (
        "en",
        "The National Weather Service (NWS) issued a flood warning on Sunday.\n\n"
        '"Residents near the river should move to higher ground," the NWS said.',
        ["National Weather Service"],
    ),
    (
        "en",
        "Maria Lopez, the head of the teachers' union, met the minister on Friday.\n\n"
        "The talks lasted four hours.\n\n"
        '"We are not going to accept this offer," Lopez said.\n\n'
        '"Our members deserve better," she added.',
        ["Maria Lopez", "Maria Lopez"],
    ),
    (
        "en",
        '"The plant will stay open," a spokeswoman for the company said.',
        ["spokeswoman for the company"],
    ),
]


# A second batch, written once all the rules above were in: 6 of 10 passed as first run;
# the misses showed an announcing sentence read by its reported verb ("Explica que …
# han pedido"), nouns for a company or an agency ("la naviera", "la dependencia") and
# an acronym named again by such a noun, and English "they" after a group.
GENERAL += [
    (
        "es",
        "La Secretaría de Salud (SSA) reportó 812 nuevos contagios en las últimas 24 "
        "horas.\n\nEn conferencia de prensa, el subsecretario Hugo Palma explicó que «la "
        "curva empieza a bajar».\n\nLa SSA recomendó mantener la sana distancia: «No es "
        "momento de relajarse», señaló la dependencia.",
        ["Hugo Palma", "Secretaría de Salud"],
    ),
    (
        "es",
        "El Instituto Nacional Electoral (INE) rechazó las acusaciones del partido.\n\n"
        "«Las boletas se imprimieron con todas las garantías», sostuvo el INE en un "
        "comunicado.",
        ["Instituto Nacional Electoral"],
    ),
    (
        "es",
        "Amparo Ríos, presidenta de la asociación de comerciantes, atendió a este diario en "
        "su tienda.\n\nCuenta que las ventas han caído a la mitad desde marzo.\n\n«Si "
        "esto sigue así, cerraremos antes de Navidad», advierte.\n\nRíos pide al "
        "Ayuntamiento que rebaje las tasas.",
        ["Amparo Ríos"],
    ),
    (
        "es",
        "Amparo Ríos, presidenta de la asociación de comerciantes, atendió a este diario."
        "\n\n«Si esto sigue así, cerraremos», advierte.\n\nExplica que muchos socios ya "
        "han pedido créditos.\n\n«Nadie nos ha ayudado».",
        ["Amparo Ríos", "Amparo Ríos"],
    ),
    (
        "es",
        "La naviera Mar del Sur suspendió la ruta a las islas por el temporal.\n\n«Ningún "
        "barco saldrá hasta el jueves», informó la empresa a través de un comunicado.",
        ["Mar del Sur"],
    ),
    (
        "es",
        "Fuentes de la Guardia Civil confirmaron que «el incendio fue provocado».",
        ["fuentes de la Guardia Civil"],
    ),
    (
        "es",
        "El Ministerio del Interior y la Dirección General de Tráfico (DGT) presentaron la "
        "campaña de verano.\n\n«Cada fin de semana mueren en la carretera doce personas», "
        "recordó la DGT.",
        ["Dirección General de Tráfico"],
    ),
    (
        "en",
        "The World Meteorological Organization (WMO) warned on Thursday that the summer "
        'would be the hottest on record.\n\n"Heatwaves will become more frequent," the '
        "WMO said in its report.",
        ["World Meteorological Organization"],
    ),
    (
        "en",
        "Carla Mendes, a spokeswoman for the port authority, said the strike had cost "
        'millions.\n\n"Ships are waiting for days," Mendes said.\n\nShe added: "We need '
        'an agreement this week."',
        ["Carla Mendes", "Carla Mendes"],
    ),
    (
        "en",
        'Union leaders said on Tuesday that the strike would continue.\n\n"We will not '
        'go back without a deal," they said in a joint statement.',
        ["union leaders"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GENERAL)
def test_the_rules_carry_over_to_mini_articles_written_after_them(lang, text, expected):
    assert speakers(text, lang) == expected


# Mini-articles written before the next rules, run once as written (organisations: 2 of 6
# passed on the first run; people who compete for a quote: 2 of 6), then the rules were
# made in general: an acronym after "desde" and before an adverb ("la ASAN también
# subrayó"), a bracketed acronym closing a source phrase, English "Board" and Spanish
# "Centro" and "Observatorio" as institutions' words.
ORGANISATIONS = [
    (
        "es",
        "El Instituto Nacional de Vigilancia Sanitaria (INVS) publicó su balance semanal.\n\n"
        "«Ningún tratamiento casero ha demostrado curar la infección», advierten desde el INVS.",
        ["Instituto Nacional de Vigilancia Sanitaria"],
    ),
    (
        "es",
        "Así lo indica el informe de la Agencia de Seguridad Alimentaria del Norte (ASAN), "
        "publicado el lunes.\n\nSin embargo, la ASAN también subrayó que el 70% de las "
        "muestras eran «aptas para el consumo».",
        ["Agencia de Seguridad Alimentaria del Norte"],
    ),
    (
        "es",
        "Según la Confederación de Pescadores del Cantábrico, «la campaña de la anchoa ha "
        "sido la peor en veinte años».",
        ["Confederación de Pescadores del Cantábrico"],
    ),
    (
        "es",
        "La Autoridad Portuaria de Valdemar informó en un comunicado que «el muelle norte "
        "permanecerá cerrado hasta el viernes».",
        ["Autoridad Portuaria de Valdemar"],
    ),
    (
        "es",
        "De acuerdo con el Observatorio Regional del Clima (ORC), «el verano fue el más seco "
        "desde que hay registros».",
        ["Observatorio Regional del Clima"],
    ),
    (
        "en",
        'The National Board of Water Safety (NBWS) said on Monday that "the wells in the '
        'valley are safe again".',
        ["National Board of Water Safety"],
    ),
    # an acronym of another language, its name joined by "y" before the bracket
    (
        "es",
        "Así lo afirma el Centro de Vigilancia y Control de Plagas de Arauca (CPCA). El CPCA "
        "también recalcó que las cosechas fueron «pérdidas menores».",
        ["Centro de Vigilancia y Control de Plagas de Arauca"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ORGANISATIONS)
def test_organisations_by_acronym_after_desde_or_an_adverb(lang, text, expected):
    assert speakers(text, lang) == expected


# People who compete for a quote (2 of 6 passed on the first run): a plural verb is no
# lone person's, even one named earlier in the sentence; a dropped subject right after
# a sentence that ended an attributed quote goes on with that speaker ("Y añade:", "A su
# juicio"), not with a name the sentence opened with; an unnamed spokesperson keeps
# where they speak for the organisation; a page or an account speaks for the owner an
# apposition names, else for no one.
COMPETING = [
    (
        "La bióloga Marta Ledesma estudió durante años los murciélagos de la sierra de "
        "Tarsia y del vecino Valpardo.\n\n«Creo que el virus salió de las granjas del sur», "
        "señaló esta experta.",
        ["Marta Ledesma"],
    ),
    (
        "El alcalde, Tomás Iribarren, contó que se encerró en su despacho cuando varios "
        "hombres entraron en el ayuntamiento y gritaron: «¿Dónde está?».",
        [None],
    ),
    (
        "El investigador Jorge Almansa cree que el brote empezó en Costa Verde.\n\n«Los "
        "datos apuntan al puerto», afirmó este científico.",
        ["Jorge Almansa"],
    ),
    (
        "La ONG Mar Abierto valora la ley como «un avance», pero advierte: «Seguimos "
        "bloqueados en puerto», señala una portavoz de la organización en Grecia. Y añade: "
        "«Es un problema europeo, y el ministro Andreas Kostas lo sabe».",
        # "valora … como «…»" is the organisation's judgement (bench/real/README.md)
        [
            "Mar Abierto",
            "portavoz de la organización en Grecia",
            "portavoz de la organización en Grecia",
        ],
    ),
    (
        "«La distancia funciona», explica Pedro Salinas, experto en aerosoles. En opinión de "
        "Lucía Ferrer, presidenta de la Sociedad de Médicos de Familia, «algunos casos se "
        "confundieron». A su juicio, la caída de la gripe es «porque el contagio es "
        "similar, por no decir idéntico en los dos casos».",
        ["Pedro Salinas", "Lucía Ferrer", "Lucía Ferrer"],
    ),
    (
        "Los vecinos de Robledo convocaron una marcha para el domingo. «Volveremos a la "
        "calle cada semana hasta que nos escuchen», señaló su página de Facebook, la "
        "Asociación Vecinal de Robledo, que organiza la protesta.",
        ["Asociación Vecinal de Robledo"],
    ),
    (
        "Los vecinos de Robledo convocaron una marcha para el domingo. «Volveremos a la "
        "calle cada semana», señaló su página de Facebook.",
        [None],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPETING)
def test_a_person_competing_for_a_quote_gets_it_only_when_the_text_says_so(text, expected):
    assert speakers(text) == expected


# A third batch, run once before its rules (2 of 6 passed): a lone word after "de la
# vecina" is a place, not the subject a title refers back to; a quote named by a copula
# and a noun of saying ("es el mensaje que da X", "fue la queja de X"); the press's words
# for a physician ("el galeno", "el epidemiólogo").
NAMED_BY_A_NOUN = [
    (
        "es",
        "El geólogo Iván Roca cree que el temblor nació bajo la costa o en la vecina "
        "Moldavia.\n\n«El epicentro estuvo en el mar», señaló este especialista.",
        ["Iván Roca"],
    ),
    (
        "es",
        "El vulcanólogo Iván Roca cree que la lava bajó hacia la vecina Moldavia.\n\n«El "
        "cráter sigue activo», señaló el experto.",
        ["Iván Roca"],
    ),
    (
        "es",
        "«La vacuna no sirve para nada», es el mensaje que difunde el médico chileno Raúl "
        "Ortega, quien asegura que nadie la necesita.",
        ["Raúl Ortega"],
    ),
    (
        "es",
        "El cardiólogo Saúl Benítez publicó un vídeo en redes.\n\nSegún el galeno, los "
        "fármacos «no tienen efecto alguno».",
        ["Saúl Benítez"],
    ),
    (
        "en",
        "Health researcher Tom Keller, who worked in Laos and neighbouring Vietnam, studied "
        'the bats.\n\n"It started in the south," the expert said.',
        ["Tom Keller"],
    ),
    (
        "es",
        "«Nadie nos escucha», fue la queja de la presidenta de la asociación de vecinos, "
        "Carmen Lago.",
        ["Carmen Lago"],
    ),
    # a copula and a noun with no one after it names no speaker
    (
        "es",
        "«Nadie nos escucha en este barrio desde hace años», es la frase que más se repite "
        "en las pancartas.",
        [None],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED_BY_A_NOUN)
def test_a_speaker_named_by_a_noun_or_after_a_place(lang, text, expected):
    assert speakers(text, lang) == expected


# An infinitive after a copula says what something is, and no one says it; these five
# were written after the rule, run once (2 of 5), and the rule narrowed: an aim someone
# owns ("Su objetivo es …") or a view "Para X," keeps its speaker.
INFINITIVES = [
    (
        "La alcaldesa Rosa Pardo habló de vivienda. «Hay que construir más», dijo.\n\nEn el "
        "programa del partido Nueva Izquierda, gobernar es defender lo público «frente a la "
        "especulación de los fondos».",
        ["Rosa Pardo", None],
    ),
    (
        "El entrenador Luis Ferro explicó el plan. Ganar la liga es, para muchos, asegurar "
        "que el club «seguirá vivo otros diez años».",
        [None],
    ),
    (
        "Marta Gil, portavoz del sindicato, pidió calma. Su objetivo es denunciar que la "
        "empresa «no ha pagado las horas extra».",
        ["Marta Gil"],
    ),
    (
        "El ministro Pablo Ruiz defendió la reforma. «Es la ley más justa», aseguró Ruiz.",
        ["Pablo Ruiz"],
    ),
    (
        "Para el obispo Julio Sanz, rezar es pedir «que llegue la paz a todos los pueblos».",
        ["Julio Sanz"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVES)
def test_an_infinitive_after_a_copula_names_no_speaker(text, expected):
    assert speakers(text) == expected
