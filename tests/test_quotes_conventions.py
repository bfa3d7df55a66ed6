"""Who speaks, by the conventions of press attribution rather than by any one article.

A round of speaker work (2026-12-06, `RULES` 39) wrote these mini-articles before writing
any rule, in six batches, each text with its expected speakers decided first, and ran each
batch once before writing the rules it led to: the first-run pass rate says whether the
reader's rules carry to text nobody tuned on. First runs: 19 of 24, 9 of 15, 7 of 10, 3 of
10, 8 of 10, 7 of 10 (53 of 79; the code before the round reads the same 53). The cases
still missed are marked `xfail` with the reason, two of them judgement calls where the
expectation written first is arguable. Each text is invented (people, places,
organisations, products and words) and states one habit of Spanish reporting:

- the name given is the fullest form the article uses for that person, whatever form the
  quote's own sentence uses ("Villalobos" is "Marta Villalobos Quintana");
- the subject of the verb of saying speaks, not a politician, an institution or a place
  named earlier or near (a spokesperson for a ministry, a fire chief at a president's
  visit, a researcher at a university);
- an institution's channel (its account, a statement) speaks for the institution;
- a speaker may be named only after the quote ("Así lo resumía X", "en palabras de X");
- precision: a page label, a place, a product is never a speaker; an indefinite pronoun
  ("uno de ellos") and a placard nobody is said to carry name no one.
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes

CONVENTIONS = [
    # the fullest form of a name: a surname alone after a full mention
    (
        "La consejera de Hacienda, Marta Villalobos Quintana, presentó ayer los presupuestos "
        "regionales.\n\nVillalobos defendió las cuentas ante los diputados. «Son unos "
        "presupuestos pensados para la gente», aseguró Villalobos.",
        ["Marta Villalobos Quintana"],
    ),
    # ...and a first name and surname after a first name and two surnames
    (
        "El diputado José Mena Abud registró una pregunta sobre el hospital comarcal.\n\n"
        "«Llevamos tres años esperando una respuesta», dijo José Mena a la salida del pleno.",
        ["José Mena Abud"],
    ),
    # a title named again alone: the person the article gave it to
    (
        "El alcalde de Torrealta, Julián Serrano, inauguró este sábado el nuevo puente "
        "sobre el río.\n\n«Es una obra que el pueblo esperaba desde hace décadas», declaró "
        "el alcalde.",
        ["Julián Serrano"],
    ),
    # a spokesperson speaks, not the ministry she speaks for
    (
        "El Ministerio de Transportes respondió a las críticas de los usuarios. Su portavoz, "
        "Elena Marín, afirmó: «Los trenes volverán a circular con normalidad el lunes».",
        ["Elena Marín"],
    ),
    # the fire chief speaks, not the president named in the sentence before
    (
        "El presidente regional, Andrés Lobato, visitó la zona afectada por el incendio. La "
        "jefa de bomberos, Sonia Prieto, explicó: «El fuego está estabilizado, pero no "
        "controlado».",
        ["Sonia Prieto"],
    ),
    # the subject of the verb of saying, not the minister named earlier in the sentence
    (
        "Tras la reunión con el ministro Ernesto Galán, la portavoz sindical Rocío Mendaña "
        "dijo que «no hay acuerdo posible».",
        ["Rocío Mendaña"],
    ),
    # the opposition's spokesperson, not the mayor she criticises
    (
        "La oposición criticó duramente al alcalde, Mario Bravo, por el retraso de las "
        "obras. «Ha mentido a los vecinos», dijo la portavoz socialista, Irene Soler.",
        ["Irene Soler"],
    ),
    # a researcher speaks, not the institute she works at
    (
        "Javier Olmedo, investigador del Instituto de Salud Pública de Valdeolmos, advierte: "
        "«Las olas de calor serán cada vez más largas».",
        ["Javier Olmedo"],
    ),
    # a party's leader, not the party
    (
        "El Partido Regionalista celebró su congreso en Almazán. Su líder, Amparo Villegas, "
        "advirtió: «No seremos la muleta de nadie».",
        ["Amparo Villegas"],
    ),
    # an account speaks for its owner ("publicó" is no verb of saying in the table quotes
    # share with claims: the sentence before announces the quote, and what it announced,
    # "la destitución de su entrenador", is its object, not its subject; RULES 65)
    (
        "El Club Deportivo Almenara anunció la destitución de su entrenador. «Agradecemos "
        "su trabajo y le deseamos suerte», publicó el club en su cuenta de Twitter.",
        ["Club Deportivo Almenara"],
    ),
    # a statement speaks for the institution that issued it
    (
        "La Guardia Civil, a través de un comunicado, pidió «extremar la precaución» en las "
        "carreteras de montaña.",
        ["Guardia Civil"],
    ),
    # the speaker named only after the quote, in the next sentence
    (
        "«Nunca habíamos visto algo así». Así lo resumía Felipe Arroyo, pescador del puerto "
        "desde hace treinta años.",
        ["Felipe Arroyo"],
    ),
    # "en palabras de" after the quote
    (
        "El proyecto quedará paralizado, «al menos hasta que haya una sentencia firme», en "
        "palabras del abogado de los vecinos, Tomás Echeverría.",
        ["Tomás Echeverría"],
    ),
    # "según" after the quote, a title in apposition
    (
        "«El río se desbordará esta noche», según el alcalde de Riberas, Gonzalo Peña.",
        ["Gonzalo Peña"],
    ),
    # a colon after a sentence whose subject is the speaker
    (
        "La directora del hospital, Pilar Osuna, fue tajante: «No vamos a cerrar ninguna "
        "planta este verano».",
        ["Pilar Osuna"],
    ),
    # a pronoun after the only person named
    (
        "Lucía Benavente lleva veinte años en el mercado de abastos. Ella lo resume así: "
        "«Aquí se vende menos, pero se vende mejor».",
        ["Lucía Benavente"],
    ),
    # a dropped subject goes on with the speaker of the sentence before
    (
        "La ministra de Igualdad, Nuria Casado, compareció este martes en el Congreso. «Hemos "
        "cumplido lo prometido», afirmó. Y añadió: «Queda mucho por hacer».",
        ["Nuria Casado", "Nuria Casado"],
    ),
    # two speakers in turn: each quote its own
    (
        "«¿Cuándo abrirán el centro de salud?», preguntó una vecina. «En cuanto lleguen los "
        "médicos», respondió el concejal Ramón Iturbe.",
        ["vecina", "Ramón Iturbe"],
    ),
    # a product is no speaker: the company's president speaks
    (
        "El nuevo Cierzo 300 llegará a los concesionarios en marzo. «Es el coche más "
        "importante de nuestra historia», dijo el presidente de la marca, Óscar Ledesma.",
        ["Óscar Ledesma"],
    ),
    # a page label opening the text is no speaker
    (
        "Noticia\n\nLa distribuidora eléctrica Lumisur anunció cortes de luz en el barrio del "
        "Carmen. «Los trabajos durarán unas cuatro horas», indicó Lumisur.",
        ["Lumisur"],
    ),
    # a place is no speaker: the residents shout
    (
        "En Valdemoro, la tensión crecía por momentos. «Queremos respuestas ya», gritaban los "
        "vecinos frente al ayuntamiento.",
        ["vecinos"],
    ),
    # an indefinite pronoun names no one, though a group is named before
    (
        "Los trabajadores de la fábrica se concentraron a las puertas. «Nos han engañado», "
        "lamentaba uno de ellos.",
        [None],
    ),
    # a placard nobody is said to carry names no one
    (
        "Cientos de personas recorrieron el centro de Almazán. «Sin agua no hay futuro», se "
        "leía en una de las pancartas.",
        [None],
    ),
    # only proximity: a quote after a sentence about someone, with no cue, names no one
    pytest.param(
        "El ministro Ernesto Galán visitó la planta de Valdeolmos el lunes.\n\nEn la puerta "
        "había una pintada: «Fuera especuladores».",
        [None],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a two-word quote with no verb of saying is read as a term, not a quote",
        ),
    ),
]

# A second batch, written after the first batch's rules and before any precision rule:
# mostly speakers the evidence names only by proximity, and the wrong names near them.
PRECISION = [
    # no one named: the city the delegation arrives in is no speaker
    (
        "La delegación llegó a Ginebra el martes por la tarde. «Venimos a negociar, no a "
        "firmar», declaró a su llegada.",
        [None],
    ),
    # the glaciologist speaks, not the country she studies
    (
        "Un equipo de la Universidad de Oslo ha medido el deshielo en Noruega. «El glaciar "
        "ha perdido un tercio de su masa», afirma la glacióloga Ingrid Dahl.",
        ["Ingrid Dahl"],
    ),
    # a party's candidate, not the party that opens the paragraph
    (
        "Unidad Vecinal ganó las elecciones en Almazán. «Gobernaremos para todos», dijo su "
        "candidata, Marisa Lloret.",
        ["Marisa Lloret"],
    ),
    # the spokesperson, not the president who did not appear
    (
        "El presidente Hugo Salvatierra no compareció. En su lugar, el portavoz del Gobierno, "
        "Damián Orts, aseguró que «no hay ninguna crisis en el Ejecutivo».",
        ["Damián Orts"],
    ),
    # a quote with no cue after sentences about others: no one
    pytest.param(
        "El alcalde, Fermín Rojo, recorrió el mercado. Los comerciantes se quejaban de la "
        "falta de clientes.\n\n«Esto no se arregla con fotos».",
        [None],
        marks=pytest.mark.xfail(
            strict=True,
            reason="judgement: the sentence before reports the shopkeepers' complaint, "
            "and the reader gives them the quote; a defensible reading",
        ),
    ),
    # a group writing on its page
    (
        "La asociación Vecinos del Ensanche escribió en su página de Facebook: «Seguiremos "
        "luchando hasta que se retire el proyecto».",
        ["Vecinos del Ensanche"],
    ),
    # a town opening the paragraph is no speaker: a resident tells
    (
        "Valdeolmos vive con miedo desde el incendio. «No dormimos por las noches», cuenta "
        "una vecina.",
        ["vecina"],
    ),
    # a profile: the one person a paragraph presents, then her words
    (
        "Ana Lucero, de 34 años y enfermera en el hospital de Almazán, llegó a la protesta "
        "con sus dos hijos. «Estamos agotadas y nadie nos escucha».",
        ["Ana Lucero"],
    ),
    # a bus is no speaker: a passenger explains
    (
        "El autobús de la línea 5 quedó atrapado en la nieve. «Llevamos tres horas aquí», "
        "explicó por teléfono una pasajera.",
        ["pasajera"],
    ),
    # a section word opening the page is no speaker
    (
        "Internacional\n\nLa canciller de Arvonia, Mirta Sáez, respondió a las sanciones. "
        "«Es un ataque a nuestra soberanía», dijo.",
        ["Mirta Sáez"],
    ),
    # a platform's name with its "de" and "del"
    (
        "«El agua es de todos», afirmó la plataforma Defensa del Río Tajuña en un comunicado.",
        ["Defensa del Río Tajuña"],
    ),
    # two people in the sentence before and a dropped subject: no one
    pytest.param(
        "El ministro Ernesto Galán se reunió con la alcaldesa Carmen Vidal. «Ha sido una "
        "reunión muy productiva», aseguró tras el encuentro.",
        [None],
        marks=pytest.mark.xfail(
            strict=True,
            reason="judgement: a dropped subject goes on with the subject of the "
            "sentence before, the minister; a defensible reading",
        ),
    ),
    # the addressee is no speaker
    (
        "«Tiene que dimitir», le dijo Ramón Iturbe a la consejera Marta Villalobos.",
        ["Ramón Iturbe"],
    ),
    # "Son palabras de" in the next sentence
    (
        "«No hay vuelta atrás». Son palabras de la presidenta de la Cámara de Comercio de "
        "Almazán, Elvira Cano.",
        ["Elvira Cano"],
    ),
    # the object of the verb of saying is no speaker
    (
        "«Es una irresponsabilidad», criticó la oposición al alcalde Fermín Rojo.",
        ["oposición"],
    ),
]

# A third batch, on the fallbacks that find a speaker from nearby sentences (a dropped
# subject, a title named again, a document's issuer): a place, a product or a page label
# the sentence before names is no one, and two people fitting a title are no answer.
NEARBY = [
    # a dropped subject after a sentence about a town: no one
    (
        "Almazán amaneció cubierta de nieve. «Nunca había visto tanta», reconoció a este diario.",
        [None],
    ),
    # a dropped subject after a sentence about a car: no one
    (
        "El Cierzo 300 se presentó ayer en el salón del automóvil. «Es nuestro mejor "
        "modelo», aseguró.",
        [None],
    ),
    # a study speaks for who made it, not for the director who presented it
    (
        "Un estudio del Instituto Tarsia, presentado ayer por su director, Álvaro Mies, "
        "concluye que «la dieta mediterránea reduce el riesgo de infarto».",
        ["Instituto Tarsia"],
    ),
    # a page label and a dropped subject: no one
    (
        "Noticia\n\n«Habrá cortes de agua en todo el barrio», dijo.",
        [None],
    ),
    # two ministers fit "la ministra": no answer
    (
        "La ministra de Sanidad, Carolina Díez, y la ministra de Educación, Paula Roig, "
        "visitaron el colegio. «Volveremos en septiembre», dijo la ministra.",
        [None],
    ),
    # a dropped subject goes on with the person the sentence before names, not with the
    # speaker of the paragraph before
    (
        "«La ley llega tarde», dijo la abogada Marta Gil.\n\nEl fiscal jefe, Andrés Rey, "
        "no quiso hacer declaraciones. Horas después, sin embargo, añadió: «Investigaremos "
        "hasta el final».",
        ["Marta Gil", "Andrés Rey"],
    ),
    # an unnamed spokesperson is described, not named after the party
    (
        "Un portavoz del grupo municipal de Vox, que no quiso dar su nombre, aseguró que "
        "«el pleno es ilegal».",
        ["portavoz del grupo municipal de Vox"],
    ),
    # the drivers shout, not their lorries
    (
        "Los camiones de la empresa Transportes Lera bloquearon la autovía. «Sin gasóleo no "
        "hay reparto», gritaban los conductores.",
        ["conductores"],
    ),
    # the prosecution's writ speaks for the prosecution, not for the man it accuses
    pytest.param(
        "La Fiscalía acusa al empresario Jaime Roca de fraude fiscal. «Ocultó cuatro "
        "millones a Hacienda», sostiene el escrito.",
        ["Fiscalía"],
        marks=pytest.mark.xfail(
            strict=True, reason='"el escrito" was brought in by no verb of issuing, only by "acusa"'
        ),
    ),
    # the outlet a statement was made to is no speaker
    (
        "En declaraciones a Radio Almazán, el consejero Luis Peral afirmó: «No habrá "
        "recortes en la sanidad pública».",
        ["Luis Peral"],
    ),
]

# A fourth batch: speakers never named (the description is the answer), names in other
# alphabets' Latin letters, and a place that only says where the words came from.
UNNAMED = [
    # a title no one in the text bears: no one (it names again someone the reader is not
    # told; bench/real/README.md item 76: 1 of 19 such descriptions right on held-out text)
    (
        "En Almazán, el alcalde dijo que «no habrá más cortes de agua este verano».",
        [None],
    ),
    # a name with a letter Spanish does not use is given whole
    (
        "Desde Bruselas, la comisaria Helga Sørensen advirtió: «No habrá prórroga».",
        ["Helga Sørensen"],
    ),
    # "desde" a city: where the words came from, no one
    (
        "Desde Bruselas advierten: «No habrá prórroga para nadie».",
        [None],
    ),
    # a seat of government's spokesperson, as written
    (
        "Moscú respondió con dureza. «Es una provocación», afirmó el portavoz del Kremlin.",
        ["portavoz del Kremlin"],
    ),
    # an outlet that published the interview is not the mayor who speaks in it
    (
        "La web Noticias del Sur publicó la entrevista. «Nunca pensé en dimitir», confesó "
        "el alcalde.",
        [None],
    ),
    # a fact-checking portal by its whole name
    (
        "Según el portal Verifica Ya, «la imagen es falsa».",
        ["Verifica Ya"],
    ),
    # a zoo named again by its noun
    (
        "El Zoo de Almazán anunció el nacimiento de un panda. «Es una gran noticia», señaló "
        "el zoo en un comunicado.",
        ["Zoo de Almazán"],
    ),
    # a scam message's words: no sender named
    (
        "«Su cuenta ha sido bloqueada. Pulse aquí para recuperarla», dice el mensaje que "
        "reciben las víctimas.",
        [None],
    ),
    # an anonymous woman, set off by a relative aside
    (
        "Una mujer, que prefiere no dar su nombre, relata: «Me quitaron el bolso a plena luz "
        "del día».",
        ["mujer"],
    ),
    # ...and without commas
    (
        "Una vecina que prefiere no dar su nombre relata: «Me quitaron el bolso a plena luz "
        "del día».",
        ["vecina"],
    ),
]

# A fifth batch: names given again in other forms (a title, an honorific, a first name),
# dialogue, and the nearest verb of saying when one report holds another.
FORMS = [
    # a title named again a paragraph later
    (
        "La presidenta de la Cámara de Comercio, Elvira Cano, presentó el informe anual.\n\n"
        "Más tarde, la presidenta insistió: «Sin crédito no hay empleo».",
        ["Elvira Cano"],
    ),
    # an honorific and a surname
    (
        "El doctor Andrés Rey atendió a los heridos en el hospital de campaña. «Hemos "
        "tenido mucha suerte», dijo el Dr. Rey.",
        ["Andrés Rey"],
    ),
    # a first name alone after the full name
    (
        "Marta Gil tiene 19 años y estudia Enfermería en Almazán. «Quiero trabajar aquí, "
        "no en el extranjero», dice Marta.",
        ["Marta Gil"],
    ),
    # two people share the surname: a surname alone is no answer
    (
        "Los hermanos Luis Peral y Marta Peral regentan la panadería desde 1998. «Cada año "
        "es más difícil», reconoce Peral.",
        [None],
    ),
    # "la señora" and a surname
    (
        "Rosa Iturbe denunció el robo en comisaría. «Se llevaron hasta las fotos», explicó "
        "la señora Iturbe.",
        ["Rosa Iturbe"],
    ),
    # a report inside a report: the nearest verb of saying has the speaker
    (
        "El alcalde, Fermín Rojo, contó que el consejero Luis Peral le había asegurado que "
        "«las obras empezarán en enero».",
        ["Luis Peral"],
    ),
    # dialogue dashes in an interview: the answer's speaker named in the narrator's aside
    pytest.param(
        "—¿Volverá a presentarse?\n—No lo descarto —responde Amparo Villegas.",
        [None, "Amparo Villegas"],
        marks=pytest.mark.xfail(
            strict=True,
            reason="dialogue lines split by a single line break are read as one paragraph",
        ),
    ),
    # the speaker announced with "Lo dijo" and a colon
    (
        "Lo dijo bien claro la presidenta del comité, Sara Lozano: «No firmaremos este convenio».",
        ["Sara Lozano"],
    ),
    # an agency the words were said to is no speaker
    (
        "«La situación es crítica», declaró a la agencia Efe el director del hospital, Tomás Leal.",
        ["Tomás Leal"],
    ),
    # anonymous sources of an investigation
    (
        "Según fuentes de la investigación, el detenido «no ha colaborado en ningún momento».",
        ["fuentes de la investigación"],
    ),
]


# A sixth batch: the nearest verb of saying's own subject, a verb's number, channels and
# portals, a court's ruling.
CHANNELS = [
    # the officers a congresswoman quotes speak, not she
    (
        "La congresista Laura Méndez relató que los agentes le dijeron: «No podemos "
        "garantizar su seguridad».",
        ["agentes"],
    ),
    # a fact-checking portal whose name has a dot
    (
        "Según el portal de verificación Maldita.es, «la foto es de 2015».",
        ["Maldita.es"],
    ),
    # a fact-checker named after its noun
    (
        "El verificador Newtral explicó que «el vídeo está manipulado».",
        ["Newtral"],
    ),
    # a minister named by title again, writing on his account
    (
        "El ministro de Cultura, Iván Lasa, inauguró la muestra. Horas después, el ministro "
        "escribió en su cuenta de Twitter: «Hoy es un gran día para el cine».",
        ["Iván Lasa"],
    ),
    # a singer writing on Instagram
    (
        "En un mensaje publicado en Instagram, la cantante Vera Soto escribió: «Gracias por "
        "tanto cariño».",
        ["Vera Soto"],
    ),
    # a singular verb after a plural subject: the person the sentence names
    (
        "Los investigadores entrevistaron a Pedro Lanza, superviviente del naufragio. "
        "«Estuve doce horas en el agua», relató.",
        ["Pedro Lanza"],
    ),
    # ...and a mayor booed by residents
    (
        "Los vecinos recibieron al alcalde Fermín Rojo con pitos. «Volveré cuando haya "
        "soluciones», prometió.",
        ["Fermín Rojo"],
    ),
    # police sources
    (
        "«El detenido tiene antecedentes», según fuentes policiales.",
        ["fuentes policiales"],
    ),
    # a ruling speaks for the court
    (
        "El Tribunal Supremo ha anulado la multa. La sentencia afirma que «no hubo dolo».",
        ["Tribunal Supremo"],
    ),
    # a profile on a professional network
    (
        "«Fue el mejor año de mi vida», asegura en su perfil de LinkedIn la ingeniera Sara Blanco.",
        ["Sara Blanco"],
    ),
]

# Seventh batch (2026-12-06, `RULES` 43): the name at the cue read right, written before
# any rule of the round; first run 8 of 14 (missed: a party or an agency the article names
# alone run into the person's name, three; a short form written before the full name; a
# ministry's area alone; a party's members).
AT_THE_CUE = [
    # an agency the article names alone elsewhere, run into the name after "a"
    (
        "«No hay marcha atrás», declaró a Prensa Austral Ramón Figueras, director de la "
        "fábrica.\n\nEn otra entrevista con Prensa Austral, Figueras añadió que la plantilla "
        "será recolocada.",
        ["Ramón Figueras"],
    ),
    # a party the article names alone, between a title and the name
    (
        "«Vamos a votar en contra», anunció el portavoz de Renova Carlos Mejía. Renova tiene "
        "cuatro escaños en la cámara.",
        ["Carlos Mejía"],
    ),
    (
        "El diputado de Renova Carlos Mejía aseguró: «No apoyaremos estos presupuestos». "
        "Renova ya votó en contra el año pasado.",
        ["Carlos Mejía"],
    ),
    # a listed agency
    (
        "«La situación es crítica», dijo a EFE Marta Ibarra, presidenta de la cooperativa.",
        ["Marta Ibarra"],
    ),
    (
        "«Hemos recuperado el 80 % de las ventas», explicó a Infoandes Lucía Parra, gerente de "
        "la cooperativa. Infoandes intentó sin éxito contactar con el ministerio.",
        ["Lucía Parra"],
    ),
    # a page label is no speaker
    (
        "Noticia\n\n«Es un día histórico para la comarca», afirmó ayer en rueda de prensa.",
        [None],
    ),
    (
        "Noticia\n\nEl alcalde de Valdeprado, Tomás Ribas, anunció la apertura del mercado. "
        "«Será un gran día para el pueblo», dijo Ribas.",
        ["Tomás Ribas"],
    ),
    # the fullest form anywhere in the article, even written after the quote
    (
        "«Llevamos tres años esperando», dijo José Mena en el pleno.\n\nEl diputado José "
        "Mena Abud registró después una pregunta sobre el hospital.",
        ["José Mena Abud"],
    ),
    (
        "Según Carla Benítez, «el plan llega tarde y sin dinero».\n\nLa portavoz vecinal "
        "Carla Benítez Roldán insistió después en la falta de médicos.",
        ["Carla Benítez Roldán"],
    ),
    # a body under the fullest of its names: a ministry's area, a party's members
    (
        "El Ministerio de Agricultura y Pesca publicó ayer el informe anual. «La cosecha será "
        "un 20 % menor que la del año pasado», señaló Agricultura en un comunicado.",
        ["Ministerio de Agricultura y Pesca"],
    ),
    (
        "El Partido Popular presentó ayer una moción contra el nuevo impuesto. «Es una "
        "vergüenza que se castigue a las familias», denunciaron los populares.",
        ["Partido Popular"],
    ),
    # a city's name before a first name and surnames is no glued word: a first name opens it
    (
        "El alcalde de Santiago visitó la obra. «Terminaremos en junio», dijo Santiago Ruiz "
        "Pérez, jefe de obra.",
        ["Santiago Ruiz Pérez"],
    ),
    # an organisation named after a person keeps its name
    (
        "«Ayudaremos a trescientas familias este invierno», anunció la Fundación Marta Ibáñez. "
        "La fundación abrirá dos comedores.",
        ["Fundación Marta Ibáñez"],
    ),
    (
        "La emisora Radio Norte entrevistó al alcalde. «No subiremos los impuestos», aseguró a "
        "Radio Norte Pablo Ceballos, alcalde de Villamar.",
        ["Pablo Ceballos"],
    ),
]

# Eighth batch, written after the seventh's rules as a check: first run 6 of 10 (one
# expectation written as "los vecinos", the house form being "vecinos", corrected here).
AT_THE_CUE_CHECK = [
    (
        "Noticia\n«Hay que actuar ya», pidió ayer el consejero de Sanidad, Luis Ortega, ante el "
        "aumento de casos.",
        ["Luis Ortega"],
    ),
    (
        "Inicio Noticias Sociedad\n\n«Nadie nos avisó del corte de agua», lamentó Rosa "
        "Llorente, vecina del barrio.",
        ["Rosa Llorente"],
    ),
    # a quote that is its own paragraph, credited by the next paragraph (RULES 45)
    (
        "Noticia\n\n«El puerto seguirá cerrado hasta el lunes».\n\nAsí lo comunicó ayer la "
        "Capitanía Marítima de Puertoclaro.",
        ["Capitanía Marítima de Puertoclaro"],
    ),
    ("Portada\n\n«No habrá más recortes», dijo.", [None]),
    pytest.param(
        "El PP presentó ayer una moción contra la tasa turística. «Es un castigo a los "
        "hosteleros», denunciaron los populares.",
        ["PP"],
        marks=pytest.mark.xfail(
            strict=True, reason="a party's members are tied to its name's words, not its acronym"
        ),
    ),
    (
        "El Partido Socialista y el Partido Popular votaron juntos. «Era lo responsable», "
        "dijeron los socialistas.",
        ["Partido Socialista"],
    ),
    (
        "Los vecinos de Valdeprado se concentraron ante el ayuntamiento. «Queremos un médico "
        "todos los días», reclamaron los vecinos.",
        ["vecinos"],
    ),
    # a lone word nowhere presented as what it is, no first name and no organisation's
    # name, is not shown (bench/real/README.md item 76: 0 of 9 right on held-out text)
    (
        "Sanidad ha confirmado tres nuevos casos. «La situación está controlada», señaló "
        "Sanidad en un comunicado.",
        [None],
    ),
    (
        "El departamento de Sanidad ha confirmado tres nuevos casos. «La situación está "
        "controlada», señaló Sanidad en un comunicado.",
        ["Sanidad"],
    ),
    (
        "La agencia Infoandes y el diario El Valle publicaron la entrevista. «Seguiremos "
        "adelante», dijo a Infoandes Jorge Salinas.",
        ["Jorge Salinas"],
    ),
    pytest.param(
        "El ministro de Industria, Comercio y Turismo, Pedro Alcázar, visitó la planta. «Es "
        "una apuesta de futuro», afirmó Industria en una nota.",
        ["Ministerio de Industria"],
        marks=pytest.mark.xfail(
            strict=True,
            reason="judgement call: the ministry is never written out, only its minister's "
            "title, so the fullest name the text gives is 'Industria'",
        ),
    ),
]

# Ninth batch, a party's name that is also a first name ("Alba") run into a person's
# name, and two compound first names it must not cut: first run 2 of 3 (the party kept).
FIRST_NAMES_GLUED = [
    (
        "El portavoz de Alba Ricardo Lozano dijo: «No votaremos la reforma». Alba tiene seis "
        "escaños en el Congreso. Lozano no quiso dar más detalles.",
        ["Ricardo Lozano"],
    ),
    (
        "«Gracias a todos los que vinieron», dijo José Luis Ortega. José estaba emocionado "
        "tras el acto.",
        ["José Luis Ortega"],
    ),
    (
        "«Gracias a todos los que vinieron», dijo Rosa María Ortega. Rosa, emocionada, abrazó "
        "a su hermana. Ortega recibió el premio.",
        ["Rosa María Ortega"],
    ),
]

# Tenth batch (2026-12-06), the name at the cue where the last 32 dev articles (the sixth
# and seventh splits) read it wrongly, written before any rule of the round: first run 3
# of 12 (missed: a thing's noun written with a capital taken for a name, three; a
# ministry's common name, two; a party's name after its acronym run into the person's;
# an impersonal "se" read as the last person speaking; a name in the object of a first
# verb taken for the subject of a second; an expert named again by "el experto"). The
# Aurora text was written after the impersonal rule, to check it names an issuer too.
AT_THE_CUE_LABELS = [
    # a thing's noun after an article, capitalised as a label, is no one's name
    (
        "La Universidad de Valdeprado probó seis jarabes. «Ninguno alivia la tos más que el "
        "agua», resume un Noticia difundido por el centro.",
        [None],
    ),
    (
        "El equipo midió el ruido en veinte calles. «Solo dos calles cumplen la norma», "
        "señala el Noticia.",
        [None],
    ),
    ("«Es una decisión histórica», afirma un Informe del consejo escolar.", [None]),
    # a ministry's common name is the ministry the article writes out, in full
    (
        "El Ministerio de Relaciones Exteriores condenó ayer el cierre de la frontera. «Es "
        "una violación de los acuerdos», informó la Cancillería en un mensaje.",
        ["Ministerio de Relaciones Exteriores"],
    ),
    (
        "«Rechazamos cualquier injerencia», comunicó la Cancillería en un comunicado. El "
        "Ministerio de Asuntos Exteriores y Cooperación citó después al embajador. El "
        "Ministerio de Asuntos Exteriores no dio más detalles.",
        ["Ministerio de Asuntos Exteriores y Cooperación"],
    ),
    # a party's name after its acronym, run into the person's name
    (
        "La senadora de AV Renova Marta Lobo se preguntó «a quién beneficia la reforma». AV "
        "Renova votará en contra.",
        ["Marta Lobo"],
    ),
    # who signs a document is not who speaks when the document is the subject
    (
        "La circular, firmada por la secretaria de Empleo, Laura Campos Gil, pide «cerrar "
        "las oficinas a las tres».",
        [None],
    ),
    (
        "La carta lleva la firma del director del hospital, Mario Ruiz, y pide «un refuerzo "
        "de personal para el verano».",
        [None],
    ),
    # an impersonal "se" reads a document: its issuer, or no one; never the last person
    (
        "El obispo de Valmonte, Teodoro Ilic, fue operado ayer de la cadera. La noticia llegó "
        "por una nota sin firma: «Su Excelencia se encuentra estable», se informa en el "
        "escrito.",
        [None],
    ),
    (
        "La fundación Aurora publicó ayer un comunicado sobre el cierre. «Seguiremos "
        "ayudando a las familias», se informa en el comunicado.",
        ["Aurora"],
    ),
    # two verbs joined by "y" share the subject before the first, not a name in its object
    (
        "Preguntado por esta revista, la Autoridad Portuaria de Valdeprado desmiente la "
        "llegada del buque Halcón a sus muelles y explica que «el barco atracó en otro "
        "puerto».",
        ["Autoridad Portuaria de Valdeprado"],
    ),
    (
        "La edil de Deportes defendió el plan. «Nadie trae propuestas nuevas a la mesa», "
        "lamentó el alcalde socialista, que también criticó a la oposición.",
        [None],
    ),
    # "el experto" names again the expert just quoted
    (
        "«El suero es seguro», dijo a la prensa Fernando Goldar, director del Centro de "
        "Vacunas.\n\n«Lo hemos probado en cuatrocientas personas», agregó el experto.",
        ["Fernando Goldar", "Fernando Goldar"],
    ),
]

# Eleventh batch, written after the tenth's rules, before the rules it led to: first run 2
# of 6 (missed: a title the one person named before cannot bear by gender; a verb that
# brings in a quote of its own taken for the cue of the quote before it; the second of a
# list of titled names after "por" taken for the subject; and "Lucía Prieto", first
# expected as no one, corrected: her verb's "que" brings in no quote). The last text was
# written after the rules, as a guard (a sentence's opening noun, past its asides, is the
# subject). Both batches were then reworded to keep clear of any real article's wording;
# on the code before each batch's rules the reworded texts pass 3 of 13 and 4 of 7.
AT_THE_CUE_SUBJECTS = [
    # a title no one named before can bear: not the woman named (and, a description left
    # unresolved, no one: README item 76)
    (
        "La concejala de Cultura, Elena Vidal, cerró el acuerdo con dos grupos. Después "
        "dirigió sus críticas al resto. «Nadie trae propuestas nuevas», lamentó el alcalde "
        "socialista.",
        [None],
    ),
    (
        "La consejera de Empleo, Marta Gil, presentó el plan. «Es un plan sin dinero», criticó "
        "el portavoz de la oposición.",
        ["portavoz de la oposición"],
    ),
    # a verb whose "que" opens a quote of its own is that quote's cue, not the one before
    (
        "Tras la llamada de la reina a la «unidad de todos», el ministro Ferrer ha insistido "
        "en que «la unidad empieza por respetar a todos».",
        [None, "Ferrer"],
    ),
    (
        "«No nos vamos a ir», Lucía Prieto ha asegurado que seguirá en el cargo.",
        ["Lucía Prieto"],
    ),
    # titled names listed after "por" signed; the document the sentence opens on speaks
    (
        "«Cumpliremos los plazos», indicó el director de Obras, Luis Roca.\n\nLa orden lleva "
        "también la firma de la vicepresidenta, Nuria Sanz Gil, la secretaria de Empleo, "
        "Laura Campos Gil, también exige «cerrar las oficinas a las tres».",
        ["Luis Roca", None],
    ),
    (
        "El plan fue respaldado por el alcalde, Tomás Ribas, y la concejala de Obras, Ana "
        "Soler, dijo que «las obras empezarán en junio».",
        ["Ana Soler"],
    ),
    # the noun a sentence opens on, past its asides, is the subject of its verb
    (
        "El cirujano Pablo Arenas atendió a los heridos. El médico, quien asegura que "
        "«faltan camas», también afirma que la guardia fue «agotadora».",
        ["Pablo Arenas", "Pablo Arenas"],
    ),
]

# Twelfth batch: a verb of saying set between dashes names, after it, who says the
# sentence it interrupts. First run 2 of 3 (the two people were right by way of the
# dropped subject, the document was taken for the person quoted before it).
DASHED_ASIDES = [
    (
        "«Cumpliremos los plazos», indicó el director de Obras, Luis Roca.\n\nEn materia de "
        "empleo, -dice la orden- hay que contratar a más jóvenes, «como una oportunidad para "
        "todos».",
        ["Luis Roca", None],
    ),
    (
        "La ministra de Trabajo, Ana Ruiz, visitó la fábrica. En materia de empleo, -explica la "
        "ministra- el plan busca «más contratos estables y mejor pagados».",
        ["Ana Ruiz"],
    ),
    (
        "El informe se presentó ayer. En cuanto a los precios, —señala el economista Luis "
        "Pardo— la subida será «moderada pero constante durante todo el año».",
        ["Luis Pardo"],
    ),
]

# Thirteenth batch: a noun of saying in the plural ("fueron las reflexiones de X"), first
# run 0 of 2; a title in apposition after the speaker phrase names the speaker ("la
# directora del estudio, la profesora X"), first run 0 of 3 (the first title kept as
# written, or no one).
SAID_NOUNS_PLURAL = [
    # a noun of saying in the plural names its speaker as the singular does
    (
        "El exministro Mauricio Cárdenas habló de las estafas en redes.\n\n«No se deje "
        "engañar por quien promete dinero fácil», fueron las reflexiones de Cárdenas sobre "
        "estas campañas.",
        ["Mauricio Cárdenas"],
    ),
    (
        "«Cuidado con los préstamos rápidos», fueron las advertencias del economista Pablo "
        "Soria a los jóvenes.",
        ["Pablo Soria"],
    ),
]
# A person named after a preposition and a title ("impulsado por el gobernador X") is an
# object there, not the subject a later dropped one refers to; "para la doctora X," gives
# her view. The first two written before the rule, first run 1 of 2 (the governor taken);
# the third after a first form of the rule with "para" lost a right speaker on dev.
AGENT_TITLES = [
    (
        "Para el plan impulsado por el gobernador Miguel Riquelme, las salas han sido "
        "equipadas con fondos estatales. «Hemos formado a todo el equipo», dijo.",
        [None],
    ),
    (
        "Tras reunirse con el ministro Ernesto Galán, los sindicatos salieron en silencio. «No "
        "hay acuerdo», dijo.",
        [None],
    ),
    (
        "Sin embargo, para la doctora Irene Lasa, jefa de la clínica, tomar agua caliente no "
        "sirve de nada.\n\n«Lo mejor es quedarse en casa», recalcó.",
        ["Irene Lasa"],
    ),
]
# A quote that is its own paragraph, credited by the next paragraph's first sentence (the
# eighth batch's expected failure, now read); written after the rule, as checks.
NEXT_PARAGRAPH = [
    (
        "El pleno votó ayer la reforma.\n\n«No vamos a permitir que se cierre ni un solo "
        "colegio más».\n\nCon estas palabras ha reaccionado la consejera de Educación, Pilar "
        "Ortiz, a la votación.",
        ["Pilar Ortiz"],
    ),
    (
        "El pleno votó ayer la reforma.\n\n«No vamos a permitir que se cierre ni un solo "
        "colegio más».\n\nLa consejera de Educación, Pilar Ortiz, votó en contra.",
        [None],
    ),
]
TITLED_APPOSITIONS = [
    (
        "El estudio se hizo en nueve países. «Los cambios bruscos dañan la salud mental», "
        "explica co-líder del estudio, el profesor Tomás Argüello.",
        ["Tomás Argüello"],
    ),
    (
        "«Los cambios bruscos dañan la salud mental», explica el co-líder del estudio, el "
        "profesor Tomás Argüello.",
        ["Tomás Argüello"],
    ),
    (
        "«Los cambios bruscos dañan la salud mental», explica la directora del estudio, la "
        "profesora Rosa Lomas.",
        ["Rosa Lomas"],
    ),
]


# Fifteenth batch (2026-12-06, second speaker round), written before any rule of it. An
# introduction with several titles records each ("el doctor X, director del IER" is "el
# director del IER" later); a document brought in by its means ("A través de una circular
# …, el Ministerio exigió", "mediante un comunicado difundido por la federación") speaks
# for its issuer, and so do the dropped subjects that go on reading it.
SEVERAL_TITLES = [
    (
        "«Los datos son claros», explicó el doctor Ramiro Soler, director del Instituto de "
        "Estudios Renales (IER) de la Universidad de Castrejón.\n\nEl ensayo incluyó a 300 "
        "pacientes de cuatro hospitales.\n\n«Es una opción para los casos graves», agregó el "
        "director del IER.",
        ["Ramiro Soler", "Ramiro Soler"],
    ),
    (
        "«Los datos son claros», explicó la doctora Nuria Belmonte, jefa de cardiología del "
        "Hospital de Castrejón.\n\nEl ensayo incluyó a 300 pacientes.\n\n«Hay que seguir "
        "midiendo», añadió la jefa de cardiología.",
        ["Nuria Belmonte", "Nuria Belmonte"],
    ),
    (
        "«Los datos son claros», explicó el doctor Ramiro Soler, director del Instituto de "
        "Estudios Renales.\n\nEl profesor Julio Arce, director del Museo de Castrejón, no "
        "opinó.\n\n«Es una opción para los casos graves», agregó el director.",
        ["Ramiro Soler", None],
    ),
]
DOCUMENT_MEANS = [
    (
        "A través de una circular dirigida a todos los alcaldes de la provincia, el "
        "Ministerio de Fomento exigió ayer más control de las obras.\n\n«Las obras deben "
        "terminar en plazo», indicó el director de Carreteras, Tomás Lera.\n\nEn materia de "
        "seguridad, -dice la circular- se deben revisar los puentes «cada seis meses».\n\nY "
        "por último señala que «los contratos se publicarán en la web».",
        ["Tomás Lera", "Ministerio de Fomento", "Ministerio de Fomento"],
    ),
    (
        "La Federación Andaluza de Remo suspendió la regata. A través de un comunicado "
        "difundido por la propia federación se conoció la noticia. «Lamentamos no poder "
        "celebrar la prueba este año», se informa en el escrito.",
        ["Federación Andaluza de Remo"],
    ),
    (
        "Mediante un comunicado, la Asociación de Vecinos de Lomablanca anunció el cierre "
        "del mercado.\n\n«El mercado volverá a abrir en primavera», indica el comunicado.",
        ["Asociación de Vecinos de Lomablanca"],
    ),
    (
        "El mercado de Lomablanca cerró ayer. «El mercado volverá a abrir en primavera», "
        "indica el comunicado.",
        [None],
    ),
]


# Sixteenth batch, written before its rules (first run 1 of 5): a person named again by
# another title of the same calling ("el patriarca X" … "el arzobispo rumano"), by "el
# también <title>" (the previous subject, never the party named in his title), and the
# source a sentence credits with "según" as the subject a dropped one goes on with, unless
# it names another person, title and name included (then no one).
NAMED_AGAIN = [
    (
        "El patriarca de la Iglesia ortodoxa de Rumanía, Teodoro Lupescu, ingresó ayer en el "
        "hospital. «La pandemia es un castigo», afirmó el arzobispo rumano en marzo.",
        ["Teodoro Lupescu"],
    ),
    (
        "El obispo de Lomas, Andrés Cuesta, y el alcalde, Pedro Gil, inauguraron la capilla. "
        "«Es un día feliz», afirmó el arzobispo.",
        [None],  # written first as "arzobispo"; only an office's title is kept as written
    ),
    (
        "El presidente de la Asamblea Regional, Tomás Abad, dijo que la oposición es «un "
        "desastre». El también vicepresidente del gobernante Partido Unido de Lomas (PUL) "
        "aseguró que a él no le pasará «nada» cuando vuelva.",
        ["Tomás Abad", "Tomás Abad"],
    ),
    (
        "En la provincia de Lomas también se votó con tranquilidad, según Marta Ibarra, "
        "presidenta de la Junta Electoral de la provincia.\n\n«Los paquetes irán mañana al "
        "centro de recuento», indicó.",
        ["Marta Ibarra"],
    ),
    (
        "El alcalde, Pedro Gil, votó temprano, según Marta Ibarra, presidenta de la Junta "
        "Electoral.\n\n«Todo fue bien», indicó.",
        [None],
    ),
]


# A place the gazetteer lists, with what it is of ("San Juan de los Olivos"), is no
# person a dropped subject could refer to; the source "según" names is. Written after the
# rule (a dev miss of its kind), as a check.
LISTED_PLACES_OF = [
    (
        "Y San Juan de los Olivos también votó con calma, según Marta Ibarra, presidenta de "
        "la junta de esa provincia.\n\n«Los paquetes irán mañana al centro de recuento», "
        "indicó.",
        ["Marta Ibarra"],
    ),
]


# Seventeenth batch, written before its rules: a document named by a possessive ("se lee
# en su publicación") is the one the organisation the sentence before says made its words
# known; a document brought in paragraphs before by a verb that denies or announces
# through it ("ha desmentido mediante un comunicado") speaks for that verb's subject.
# First run 1 of 3 (the third's quote, three words, was too short to be one: a word added);
# then 2 of 3, and no rule kept: reading "su publicación" as the organisation the sentence
# before says spoke moved no dev quote, and the first case needs "dar a conocer" (a verb of
# saying since `RULES` 55: `SAID_IN_PHRASES`).
OWN_DOCUMENTS = [
    (
        "La Sociedad de Autores de Lomas (SAL) lo dio a conocer en sus redes sociales.\n\n"
        "«Lamentamos profundamente su fallecimiento», se lee en su publicación.",
        ["Sociedad de Autores de Lomas"],
    ),
    (
        "El Teatro Fénix ha desmentido mediante un comunicado su cierre definitivo.\n\nLos "
        "conciertos volverán en primavera.\n\n«La reforma marcará una nueva etapa», indica "
        "el escrito.",
        ["Teatro Fénix"],
    ),
    (
        "Marta Gil y Pedro Ruiz leyeron la noticia en el móvil. «Lamentamos profundamente su "
        "fallecimiento», se lee en su publicación.",
        [None],
    ),
]


# A name joined by "&" is part of a firm's or a foundation's name, not a second person
# of the surname (2026-12-06, `RULES` 52; written before the rule: first run on the code
# before it, 1 of 2: the foundation's text gave "Carmen Robledo").
FIRM_NAMES = [
    # "Robledo" is the man, not also a "Carmen Robledo" read out of the foundation's name
    (
        "El empresario Tomás Robledo, dueño de la naviera Ocaso, financia a través de la "
        "Fundación Tomás & Carmen Robledo un programa de becas.\n\n«Queremos que nadie deje "
        "de estudiar por dinero», afirmó Robledo, que creó la Fundación Tomás & Carmen "
        "Robledo en 2009.",
        ["Tomás Robledo"],
    ),
    # two people of one surname, each named once: the surname alone is still no one
    (
        "Los hermanos Tomás Robledo y Carmen Robledo dirigen la naviera Ocaso.\n\n«No "
        "venderemos la empresa», afirmó Robledo.",
        [None],
    ),
]


# A noun naming again the person named last (item 45 of bench/real/README.md): a caller
# named once as a complement and then "el oyente"; a fishmonger then "la pescadora"; the
# last speaker, when no one else is named since; never one of the other gender, one named
# last who has not spoken, nor the last speaker when the noun is another's title.
ONE_IN_VIEW = [
    (
        "En el programa de la mañana hablamos con los oyentes sobre los alquileres. Entre "
        "las llamadas destacó la de Ariel Montes, que lleva diez años buscando piso.\n\n"
        "El oyente ha asegurado que «los precios se han duplicado en cinco años».",
        ["Ariel Montes"],
    ),
    (
        "Sofía Lanza vende pescado en el puerto de Villaseca desde hace veinte años. Lanza "
        "recibió ayer a la prensa en su puesto.\n\n«Las lluvias nos obligaron a parar dos "
        "meses», según la pescadora.",
        ["Sofía Lanza"],
    ),
    (
        "El alcalde, Tomás Ibarra, visitó el mercado. Después, la vendedora Lucía Peral "
        "recibió a los periodistas en su puesto.\n\nLa tendera ha explicado que «las ventas "
        "han caído a la mitad desde el verano».",
        ["Lucía Peral"],
    ),
    (
        "El cantante Hugo Prado acusó al productor Marcos Vela de quedarse sus derechos. "
        "Según el artista, el contrato era «un abuso de principio a fin».",
        [None],
    ),
    (
        "La pescadora Rosa Quintero salió a faenar de madrugada con su hermano. «El mar "
        "estaba en calma cuando salimos», contó el marinero.",
        [None],
    ),
    # two people named, the last one never quoted: either may be "la tendera"
    (
        "Tomás Ibarra y Rosa Vidal abrieron ayer la feria de Villaseca. «Ha venido más gente "
        "que nunca», aseguró la tendera.",
        [None],
    ),
    # the noun is another's title: not the last speaker (no one, rather than him)
    (
        "«Los datos son claros», escribe el autor, Tomás Ibarra, en su columna. El texto cita "
        "al sociólogo Rubén Prado, quien afirma que «nadie lo vio venir». «Hay que mirar al "
        "campo», concluye el autor.",
        ["Tomás Ibarra", "Rubén Prado", None],
    ),
]


# An anonymous source (item 45 of bench/real/README.md): "una fuente de X, Y," is X's
# source, whatever the apposition says of X; a dropped subject right after "Según la
# fuente de X, …" goes on with that source; a thing credited names no one, and a
# sentence's own subject still comes first.
SOURCES_OF = [
    (
        "«La pista estará cerrada hasta el lunes», explicó una fuente de Aeropuertos del "
        "Sur, Asur, la operadora de la terminal, a este diario.",
        ["fuente de Aeropuertos del Sur"],
    ),
    (
        "Según una fuente de la consejería, que pidió no ser identificada, el contrato se "
        "firmará en mayo.\n\n«Solo falta la firma del consejero», dijo por teléfono.",
        ["fuente de la consejería"],
    ),
    (
        "Según el informe, las obras acabarán en mayo.\n\n«Vamos con retraso», dijo.",
        [None],
    ),
    (
        "La alcaldesa, Inés Roldán, presentó ayer, según fuentes municipales, el plan de "
        "barrios. «Llegará a todos los distritos», dijo.",
        ["Inés Roldán"],
    ),
]

# Verbs of saying of more than one word ("dar a conocer que", "dejar claro que"), and "así
# lo dio a conocer X", whose subject follows the verb (up to where or how X said it).
SAID_IN_PHRASES = [
    (
        "Aunque Pedro Ruiz deja claro que su cadena «no piensa cerrar ninguna tienda este "
        "invierno», los sindicatos dudan.",
        ["Pedro Ruiz"],
    ),
    (
        "La ministra Rosa Gil dio a conocer que no habrá «más recortes de ningún tipo en "
        "todo este año».",
        ["Rosa Gil"],
    ),
    (
        "El actor Tomás Vidal murió el domingo en su casa de Cádiz; así lo dio a conocer la "
        "Unión de Intérpretes del Sur (UIS) en un mensaje a sus socios.\n\n«Despedimos con "
        "tristeza a un compañero querido», se lee en su publicación.",
        ["Unión de Intérpretes del Sur"],
    ),
    (
        "El pintor Luis Gil murió ayer, así lo anunció la Fundación Arte Vivo en un mensaje "
        "largo y sentido en las redes.\n\n«Nos deja un maestro de la luz y del color».",
        ["Fundación Arte Vivo"],
    ),
    (
        "Así lo sostiene Marta Ríos, profesora de Historia en Soria y autora de un blog de "
        "viajes: «El pasado no se repite, pero se parece mucho»",
        ["Marta Ríos"],
    ),
    (
        "El alcalde Juan Mora dio a conocer ayer la gira del coro «Voces de la Ribera» por "
        "los pueblos de la comarca.",
        [],
    ),
]

# A law or a bylaw quoted after "según" carries its issuer's words and says nothing itself:
# no speaker when the text names no issuer ("de" after a law names what or where it rules,
# not who wrote it), its issuer when "del" names one (`RULES` 55).
LAWS_QUOTED = [
    (
        "La norma es clara: según la Ordenanza de Ruidos de Villalba, «ningún bar podrá "
        "tener música en la calle después de las once».",
        [None],
    ),
    (
        "Según el real decreto de becas, «el importe se revisará cada dos cursos» y nunca bajará.",
        [None],
    ),
    (
        "Según la Ley de Costas, «ninguna casa podrá estar a menos de cien metros del mar».",
        [None],
    ),
    (
        "Según el decreto del Gobierno de Aragón, «las clases volverán el lunes a todos los "
        "colegios».",
        ["Gobierno de Aragón"],
    ),
    (
        "Según la portavoz de la Ordenanza Verde, Lucía Prats, «el parque abrirá en mayo y "
        "tendrá huertos para todos los vecinos».",
        ["Lucía Prats"],
    ),
]

# A document speaks for its issuer, a portfolio's holder is whoever holds it whatever the
# title, a group speaks in the plural (`RULES` 56): one case per rule, and the cases it
# must leave alone.
ISSUERS_TITLES_GROUPS = [
    # a body's resolution, and the same resolution named again, speak for the body
    (
        "La resolución aprobada por el Parlamento de Valdemora afirma que «los crímenes del "
        "régimen fueron juzgados por los tribunales de entonces».\n\nEn esta línea, la "
        "resolución pide que «el 3 de mayo sea el día de las víctimas» y señala que «la "
        "región tiene la responsabilidad de proteger la democracia».",
        ["Parlamento de Valdemora"] * 3,
    ),
    # "fue el comentario de X" after a quote: X's
    (
        "El alcalde Tomás Rivera publicó ayer el mensaje de un pastor.\n\n«Si ganan los "
        "rivales, el pueblo quedará partido para siempre», fue el comentario del reverendo "
        "Julián Ortega, párroco de Villaverde.",
        ["Julián Ortega"],
    ),
    # a blog speaks for itself, not for the politician it writes about
    (
        "El alcalde Tomás Rivera no ha dicho nada de un nuevo impuesto. La noticia procede de "
        "un blog. Incluso, el blog afirma que «la medida se debe a la falta de fondos para "
        "los programas sociales».",
        ["blog"],
    ),
    # "el también portavoz" is the one just spoken of
    (
        "El diputado Andrés Lomas votó en contra. El también portavoz del grupo aseguró que "
        "no pasará «nada» tras la votación.",
        ["Andrés Lomas"],
    ),
    # a relative clause's second verb after a present-tense one: the antecedent's
    (
        "El diario El Faro contactó a Marta Ibáñez, quien permanece en su casa de Lugo y "
        "afirmó: «La situación es muy grave y nadie sabe cuánto durará».",
        ["Marta Ibáñez"],
    ),
    # a title before "quien" names again the one just quoted, as before a verb
    (
        "«La vacuna no sirve», es el mensaje del divulgador Hugo Ibarra Soto, quien insiste "
        "en lo mismo desde marzo.\n\nEl médico, quien asegura que el virus «es un invento de "
        "los ordenadores», también afirma que la vacuna daña el hígado.",
        ["Hugo Ibarra Soto", "Hugo Ibarra Soto"],
    ),
    # a place named after someone is no one a dropped subject refers to
    (
        "La alcaldesa Ana Ruiz visitó las obras. Después acudió al estadio Santiago Mendaña. "
        "«Estará listo en mayo», aseguró.",
        ["Ana Ruiz"],
    ),
    # a verb after the quote whose "que" opens its own report is not the quote's cue
    (
        "La filósofa Marta Ibáñez habló con este diario.\n\nAñadió: «En general, esta crisis "
        "es otro fracaso del mercado» Agregó que el huracán Rivera y su equipo han negado "
        "la gravedad de la crisis.",
        ["Marta Ibáñez"],
    ),
    # a study introduced with its name and its author: the author's
    (
        "Así lo desvela el nuevo estudio Viajeros Conectados elaborado por Hoteles Sol, que "
        "analiza cómo viajan los jóvenes.\n\nEl 40 % de los viajeros, que según el estudio "
        "«son adictos al palo de selfi», prefiere subir un autorretrato.",
        ["Hoteles Sol"],
    ),
    # "Estas son las palabras con las que X …" after a quote: X's
    (
        "«En cualquier crisis, los líderes tienen dos tareas igual de importantes». Estas son "
        "las palabras con las que Tomás Ibarra comienza su carta a la revista.",
        ["Tomás Ibarra"],
    ),
    # a thing issued "en el que" speaks for whoever issued it
    (
        "La Consejería de Salud de Valdemora ha publicado un informe en el que advierte de "
        "que «la situación puede empeorar en las próximas semanas».",
        ["Consejería de Salud de Valdemora"],
    ),
    (
        "El Ayuntamiento de Lugo ha remitido una carta a los vecinos en la que explica que "
        "«las obras terminarán antes del verano».",
        ["Ayuntamiento de Lugo"],
    ),
    # a document's writer in an aside, or after the writing an impersonal verb cites
    (
        "El comunicado, firmado por la Asociación de Vecinos de Lugo, afirma que «las obras "
        "deben parar de inmediato».",
        ["Asociación de Vecinos de Lugo"],
    ),
    (
        "«Pedimos a las autoridades que actúen con urgencia y sin demora», se informa en el "
        "comunicado difundido por la Fundación Árbol Vivo.",
        ["Fundación Árbol Vivo"],
    ),
    # an infinitive after "en"/"al" is how the subject said it, not a copula's complement
    (
        "El consejero de Obras, Rafael Soto, presentó el plan.\n\nEl consejero fue enfático "
        "en afirmar que las obras acabarán en mayo, «sin un euro más de lo previsto».",
        ["Rafael Soto"],
    ),
    # a group speaks in the plural
    (
        "Los sindicatos exigen que «se paralicen de inmediato los despidos anunciados en la "
        "fábrica de Lugo».",
        ["sindicatos"],
    ),
    (
        "Los agricultores cortaron ayer la autopista. Aseguran que «los precios en origen no "
        "cubren los costes de producción».",
        ["agricultores"],
    ),
    # a portfolio's holder, whatever the title the text introduced them with
    (
        "La consejera de Sanidad, Marta Lomas, presentó el plan. «Las consultas abrirán en "
        "septiembre», afirmó la titular de Sanidad.",
        ["Marta Lomas"],
    ),
    (
        "El ministro de Sanidad, Tomás Ibarra, y la ministra de Trabajo, Lucía Ferrán, "
        "presentaron el plan. «No habrá recortes», afirmó la responsable de Trabajo.",
        ["Lucía Ferrán"],
    ),
    (
        "El alcalde de Villaverde, Julián Ortega, presentó el plan. «Es un día histórico», "
        "afirmó el máximo responsable municipal.",
        ["Julián Ortega"],
    ),
    # ...but the head of something else is not the official named before: no one
    (
        "El ministro de Sanidad, Tomás Ibarra, visitó la fábrica. «La producción se "
        "duplicará este año», explicó el responsable de la planta.",
        [None],
    ),
    # ...and "responsable" as an adjective titles no one
    (
        "El gobernador Luis Peral habló ayer y pidió actuar de manera responsable Dijo también "
        "que «no habrá nuevas restricciones en todo el estado».",
        ["Luis Peral"],
    ),
]


# A title or an honorific before a name is an office, not part of the name, capitalised or
# not: the person is one speaker whichever way each outlet writes them (bench/real/README.md,
# "without honorifics"; the pope credited as "Francisco"). Only before a person's name.
TITLES_LEFT_OUT = [
    # a capitalised title before a first name, the cue after the quote
    (
        "«Nadie sobra en esta casa», dijo el Papa Clemente durante la audiencia general de "
        "los miércoles.",
        ["Clemente"],
    ),
    # ...as the subject before the verb, and again by a dropped subject
    (
        "El Papa Clemente recibió ayer a los obispos de la región. «La Iglesia debe salir a "
        "la calle», les dijo. Después añadió: «No tengáis miedo».",
        ["Clemente", "Clemente"],
    ),
    # ...after "según"
    (
        "Según el Papa Clemente, «la pobreza no es una fatalidad».",
        ["Clemente"],
    ),
    # a capitalised role word before a full name, in its fullest form
    (
        "La senadora Marta Ibarra Soto defendió la reforma en el pleno. «Es una ley que llega "
        "tarde», aseguró la Senadora Ibarra Soto.",
        ["Marta Ibarra Soto"],
    ),
    (
        "El Cardenal Luis Ortega Vidal habló a la salida de la catedral: «La fe no entiende "
        "de fronteras».",
        ["Luis Ortega Vidal"],
    ),
    # a queen's title before her name
    (
        "La Reina Adelaida visitó el hospital infantil. «Los niños nos dan una lección cada "
        "día», afirmó.",
        ["Adelaida"],
    ),
    # a regnal number is part of the name
    (
        "«La Corona está al servicio de todos», afirmó el rey Teodoro III en su mensaje de "
        "Navidad.",
        ["Teodoro III"],
    ),
    # ...but a title before a word that may be no name stays as written
    (
        "«Las cuentas de la federación están saneadas», afirmó el Secretario General.",
        ["Secretario General"],
    ),
]


# Names and bodies in the form the article gives them in full, and who a cue later in the
# sentence, a founder's title or a town's government stand for.
NAMES_IN_FULL = [
    # a "que" after a verb of saying and the means it was said through opens what was said:
    # the name before it is no relative's antecedent
    (
        "Ana Ruiz anunció en Twitter que había ganado las primarias y aseguró que «seguirá "
        "luchando por su pueblo hasta el final».",
        ["Ana Ruiz"],
    ),
    # a founder's title names again the one person introduced as the founder
    (
        "La empresaria Lucía Ferrán, fundadora de la cadena hotelera Sol Mar, habló ayer en "
        "Madrid. «El turismo volverá en verano», aseguró Ferrán.\n\n«Hemos contratado a "
        "cien personas», señaló la fundadora de Sol Mar.",
        ["Lucía Ferrán", "Lucía Ferrán"],
    ),
    # a town's government by its common names is the one Ayuntamiento the text names...
    (
        "El Ayuntamiento de Villaverde presentó ayer las fiestas. «Habrá conciertos todas las "
        "noches», añaden desde el Ejecutivo local.",
        ["Ayuntamiento de Villaverde"],
    ),
    # ...and no one's when the text names two
    (
        "El Ayuntamiento de Villaverde y el Ayuntamiento de Torrealta presentaron ayer las "
        "fiestas. «Habrá conciertos todas las noches», explicó el gobierno municipal.",
        [None],
    ),
    # names joined by "&" are one firm's name, and no person's
    (
        "Aunque el suministro de la vacuna Nolan & Nolan es limitado, la compañía dice que "
        "tiene «cuatro millones de dosis listas para enviar».",
        ["Nolan & Nolan"],
    ),
    (
        "La Fundación Bill & Melinda Gates financia el plan. «Habrá vacunas para todos», "
        "dijo Melinda Gates.",
        ["Melinda Gates"],
    ),
    # a ruling is its court's, under the court's full name, its number and place included
    (
        "La titular del Juzgado de Primera Instancia número 12 de Torrealta desestimó la "
        "demanda del exalcalde.\n\n«La difusión de la noticia estaba amparada por la "
        "libertad de información», señala la sentencia.",
        ["Juzgado de Primera Instancia número 12 de Torrealta"],
    ),
    # one cue after the last of a sentence's quotes, past an adverbial, is all of theirs
    (
        "Los vecinos están «hartos del ruido de cada noche en la plaza», por lo que el pleno "
        "«debe actuar ya», afirmó ayer la alcaldesa Ana Ruiz.",
        ["Ana Ruiz", "Ana Ruiz"],
    ),
    # what a verb of saying throws ("lanzó una advertencia") is its object, not its subject
    (
        "Luis Peral, de Ciudadanos, no discrepó del fondo de la propuesta, pero lanzó una "
        "advertencia final a los populares: «Cuidado con usar el pasado en campaña».",
        ["Luis Peral"],
    ),
    # ...and what is told after the verb ("explicó el porqué", "contó los detalles")
    (
        "El representante de la firma, Luis Peral, explicó el porqué de la adquisición: «Es "
        "una empresa con futuro y con buenos ingenieros».",
        ["Luis Peral"],
    ),
    # whose words or talk a possessive names ("según sus palabras", "continúa su charla")
    # is who speaks, not the words
    (
        "El concejal Luis Peral habló ayer en la asamblea. Muy gráficamente continúa su "
        "charla: «Yo voy en camiseta al pleno y digo lo que pienso».",
        ["Luis Peral"],
    ),
    (
        "La alcaldesa Ana Ruiz presentó el plan con la finalidad de -según sus palabras- "
        "«devolver la plaza a los vecinos del barrio».",
        ["Ana Ruiz"],
    ),
    # a ruling signed by a judge is the court's, in its full name
    (
        "El Juzgado de lo Penal número 3 de Torrealta condenó ayer al alcalde. La sentencia "
        "de la juez señala que «los hechos probados constituyen un delito de prevaricación».",
        ["Juzgado de lo Penal número 3 de Torrealta"],
    ),
]


# Anonymous sources opening a sentence ("Fuentes de X explican que …") are who a plural
# verb without a subject after a quote refers to, in that sentence or the next; and one
# bare noun after "según", in brackets or before a comma, is a criterion, not a source.
SOURCES_AND_CRITERIA = [
    (
        "Fuentes de la federación explican que no se invitó a los clubes de fuera, «pero "
        "si hubieran querido venir, solo tenían que pedirlo», afirman.",
        ["fuentes de la federación"],
    ),
    (
        "Fuentes del Ministerio de Cultura explican que la gala no se suspenderá.\n\n«Se "
        "celebrará con aforo reducido y mascarilla obligatoria», aseguran.",
        ["fuentes del Ministerio de Cultura"],
    ),
    (
        "La alcaldesa Ana Ruiz presentó la aplicación municipal. Con ella los vecinos reciben "
        "avisos (según barrio) sobre el «corte de agua programado para la semana» o sobre "
        "la «recogida de muebles y enseres».",
        [None, None],
    ),
]


# A gerund of saying hanging on a clause ("…, recordando que «…»", "…, pidiendo a los
# vecinos «…»") gives the words to that clause's subject, or to the speaker of the quote
# the clause attributes.
GERUNDS = [
    (
        "La alcaldesa de Villaverde, Ana Ruiz, presentó ayer la feria, recordando que «las "
        "casetas abrirán a las diez de la mañana».",
        ["Ana Ruiz"],
    ),
    (
        "«La feria es segura», dicen desde el Ayuntamiento de Villaverde, pidiendo a los "
        "visitantes de las casetas «que cumplan las normas sanitarias vigentes».",
        ["Ayuntamiento de Villaverde", "Ayuntamiento de Villaverde"],
    ),
    (
        "«No habrá cortes de agua este verano», dijo el consejero Tomás Lerma, añadiendo que "
        "«los embalses están al ochenta por ciento».",
        ["Tomás Lerma", "Tomás Lerma"],
    ),
]


# A closing mark mistyped as an opening one or as a straight one, glued to the last word
# and followed by a comma and a verb of saying, closes the quote all the same.
MISTYPED_CLOSERS = [
    (
        "La consejera Ana Ruiz habló de la sequía: “Los embalses están al treinta por ciento "
        'y bajando", subrayó. Después habló de los regantes. “Tendrán agua hasta '
        "septiembre”, dijo.",
        ["Ana Ruiz", "Ana Ruiz"],
    ),
    (
        "La consejera Ana Ruiz habló de la sequía. “Los embalses están al treinta por ciento "
        "y bajando“, subrayó Ana Ruiz.\n\nLa consejera presentará el plan el lunes.",
        ["Ana Ruiz"],
    ),
]


# "el gobierno" in lower case, as much of the press of Latin America writes it, is the
# Government as "el Gobierno" is; "el gobierno de la ciudad" names another, unresolved.
LOWER_CASE_GOVERNMENT = [
    (
        '"No habrá nuevos cierres de comercios este mes", afirmó el gobierno en un comunicado.',
        ["Gobierno"],
    ),
    (
        'El gobierno aseguró que "los hospitales tienen camas libres para todos".',
        ["Gobierno"],
    ),
    (
        'El gobierno de la ciudad aseguró que "los hospitales tienen camas libres para todos".',
        [None],
    ),
]


# "exhortó" is a verb of saying; so is the conditional of hearsay the press uses for words
# it only relays ("explicaría la citada X"), but not "diría", mostly a speaker's own hedge.
HEARSAY_AND_EXHORTATIONS = [
    (
        "La presidenta de la cooperativa, Marta Soler, clausuró la asamblea. “Cuiden el huerto "
        "como su propia casa”, exhortó. “Y no olviden regar los jueves”.",
        ["Marta Soler", "Marta Soler"],
    ),
    (
        "Según el semanario, la bióloga Inés Vidal coordinó el trabajo. «Bastan tres nueces al "
        "día para notar el efecto», explicaría la citada Vidal.",
        ["Inés Vidal"],
    ),
    (
        "El crítico Luis Mora leyó en voz alta el libro: «Los barrios se vacían -y cada vez "
        "más, diría yo- porque los alquileres no paran de subir».",
        ["Luis Mora"],
    ),
]


# Offices of Spanish-speaking public life the press introduces people by ("el prefecto
# de X", "la intendenta", "el rector", "la asambleísta"): a name in apposition to one is
# a person, whom a dropped subject later refers to, whatever their first name.
OFFICES = [
    (
        "El prefecto de Tumbaya, Ataw Quispe Mamani, inauguró el puente. Llovía sobre la "
        "comarca. “Esta obra une dos valles que vivían de espaldas”, dijo mientras cortaba la "
        "cinta.",
        ["Ataw Quispe Mamani"],
    ),
    (
        "La intendenta de Villa Serrana, Aymara Ñancupil, visitó el barrio. “Las obras "
        "terminarán en marzo”, aseguró.",
        ["Aymara Ñancupil"],
    ),
    (
        "El rector de la universidad, Illari Condori, abrió el curso. “Volvemos a las aulas”, "
        "celebró.",
        ["Illari Condori"],
    ),
]


# An acronym that is a common noun ("la ONG", "el CEO") names no one by itself.
COMMON_ACRONYMS = [
    ('La ONG dijo que "la cárcel está desbordada desde hace meses".', [None]),
    (
        'Según la ONG, hubo cuatro heridos. La ONG Manos Unidas dijo que "la cárcel está '
        'desbordada".',
        ["Manos Unidas"],
    ),
]


# A quote printed twice, once alone (a pull quote, a headline's) and once attributed, is
# the speaker's both times; a short name set beside an organisation's full name between
# commas, opening with its initials, names it in full later ("la fuente de Snasa").
REPEATS_AND_SHORT_NAMES = [
    (
        'El aeropuerto cerró de noche.\n\n"Abriremos mañana a primera hora sin falta"\n\n'
        "La pista se revisará. “Abriremos mañana a primera hora sin falta”, señaló la "
        "directora, Ana Ruiz.",
        ["Ana Ruiz", "Ana Ruiz"],
    ),
    (
        "“Hoy no sale ningún ferry”, aseguró una fuente de Sociedad Naviera Atlántica, Snasa, "
        "que opera la línea de Cangas. “Mañana habrá dos salidas”, añadió la fuente de Snasa.",
        ["fuente de Sociedad Naviera Atlántica", "fuente de Sociedad Naviera Atlántica"],
    ),
    (
        "La Sociedad Minera del Sur, Oruro, informó del cierre. “Abriremos mañana”, señaló "
        "la fuente de Oruro.",
        ["fuente de Oruro"],
    ),
]


# Opening or closing one's speech ("acabó su discurso", "cerró su intervención") is saying
# the words quoted: the subject after it, or the dropped subject.
SPEECH_FRAMED = [
    (
        "La comisión aprobó el presupuesto. “¡Que ningún pueblo se quede sin biblioteca!”, "
        "acabó su discurso el diputado Tomás Ferrer.",
        ["Tomás Ferrer"],
    ),
    (
        "La concejala Marta Gil pidió la palabra. “Este pleno no ha servido para nada”, "
        "cerró su intervención ante los aplausos de su grupo.",
        ["Marta Gil"],
    ),
]


# A verb of saying in a relative clause about a thing ("una declaración en la que pidieron")
# tells of words said then: the sentence announces no quote after it.
NOT_ANNOUNCED = [
    (
        "La propuesta de Lerma llega una semana después de que cien vecinos –encabezados por "
        "Ana Ruiz, Marta Gil y Luis Mora– firmaran una declaración en la que pidieron al "
        "ayuntamiento más zonas verdes.\n\n“Un parque no es ningún lujo”\n\nLerma lleva años "
        "defendiendo la idea.",
        [None],
    ),
    (
        "La arquitecta Ana Ruiz lo resumió así en la charla en la que presentó el proyecto:"
        "\n\n“Un parque no es ningún lujo”.",
        ["Ana Ruiz"],
    ),
]


# "que <verb of saying>" after a thing or a time ("un folleto repartido hace un mes que
# decía:") is a relative clause of that thing: the main clause's subject did not say it.
RELATIVE_OF_A_THING = [
    (
        "Más tarde, el concejal Lerma arremetió contra los autores de un folleto sin firma "
        "repartido por el barrio hace un mes que decía: “el mercado cerrará antes del "
        "verano por falta de puestos”.",
        [None],
    ),
    (
        "Más tarde, el concejal Lerma arremetió contra el folleto y dijo que: “el mercado "
        "cerrará antes del verano por falta de puestos”.",
        ["Lerma"],
    ),
]


# A capitalised word quoted to open a sentence, a verb of saying after its comma, is
# speech ("«Insisto», recalcó"), not a name; a nickname in apposition stays a name.
SAID_ALONE = [
    (
        "El consejero Tomás Lerma quiso zanjar la polémica. “Insisto”, recalcó el consejero, "
        "“las obras del puerto acabarán en mayo”.",
        ["Tomás Lerma", "Tomás Lerma"],
    ),
    ("“Magnífico”, dijo la portavoz vecinal, Rosa Vidal, al salir del pleno.", ["Rosa Vidal"]),
    ('El boxeador Jaime Ruiz, "El Toro", sugirió cambiar la sede del combate.', []),
]


# "el de X" (an article standing for the noun just said, "el mensaje de X") brings X in:
# a dropped subject after it is X.
ELLIPTICAL_OF = [
    (
        "El programa abrió los micrófonos a los lectores. De todos los mensajes, el más "
        "comentado fue el de Tomás Lerma, jubilado y vecino de Soria.\n\nHa explicado que "
        '"el tren pasa dos veces por semana y siempre con retraso".',
        ["Tomás Lerma"],
    ),
]


# "continuar con los entrenamientos" is going on with a thing, not saying: the verb of
# saying before it still governs the quote ("X dijo que … no solo continuar con … «…»").
GOING_ON_WITH = [
    (
        "El entrenador Luis Mora dijo ayer que lo mejor para el equipo es no solo continuar con "
        "los entrenamientos dobles, sino también descansar más los domingos «porque las "
        "piernas también ganan partidos».",
        ["Luis Mora"],
    ),
    ("«Seguiremos trabajando», continuó con su discurso la alcaldesa Ana Ruiz.", ["Ana Ruiz"]),
]


# "Hay que …" opening a sentence is impersonal: "Hay" is no one's name.
IMPERSONAL = [
    (
        'Hay que recordar que el reglamento del club establece que "ningún socio podrá votar '
        'sin estar al corriente de las cuotas".',
        [None],
    ),
]


def test_a_title_after_titulado_and_a_colon_is_no_quote() -> None:
    text = (
        "La periodista Ana Ruiz firmó en la revista Vida un reportaje titulado: «Ellos deciden "
        "quién vive y quién muere en el hospital»."
    )
    assert find_quotes(text, "es") == []
    said = text.replace("firmó en la revista Vida un reportaje titulado", "lo dijo claramente")
    assert [q.speaker for q in find_quotes(said, "es")] == ["Ana Ruiz"]


def test_a_mistyped_closing_mark_ends_the_quote() -> None:
    text, _ = MISTYPED_CLOSERS[0]
    first = find_quotes(text, "es")[0]
    assert first.text == "Los embalses están al treinta por ciento y bajando"
    text, _ = MISTYPED_CLOSERS[1]
    assert find_quotes(text, "es")[0].text.endswith("y bajando")


@pytest.mark.parametrize(
    ("text", "expected"),
    CONVENTIONS
    + PRECISION
    + NEARBY
    + UNNAMED
    + FORMS
    + CHANNELS
    + AT_THE_CUE
    + AT_THE_CUE_CHECK
    + FIRST_NAMES_GLUED
    + AT_THE_CUE_LABELS
    + AT_THE_CUE_SUBJECTS
    + DASHED_ASIDES
    + SAID_NOUNS_PLURAL
    + TITLED_APPOSITIONS
    + AGENT_TITLES
    + NEXT_PARAGRAPH
    + SEVERAL_TITLES
    + DOCUMENT_MEANS
    + NAMED_AGAIN
    + LISTED_PLACES_OF
    + OWN_DOCUMENTS
    + FIRM_NAMES
    + ONE_IN_VIEW
    + SOURCES_OF
    + SAID_IN_PHRASES
    + LAWS_QUOTED
    + ISSUERS_TITLES_GROUPS
    + TITLES_LEFT_OUT
    + NAMES_IN_FULL
    + SOURCES_AND_CRITERIA
    + GERUNDS
    + MISTYPED_CLOSERS
    + LOWER_CASE_GOVERNMENT
    + HEARSAY_AND_EXHORTATIONS
    + OFFICES
    + COMMON_ACRONYMS
    + REPEATS_AND_SHORT_NAMES
    + SPEECH_FRAMED
    + NOT_ANNOUNCED
    + RELATIVE_OF_A_THING
    + SAID_ALONE
    + ELLIPTICAL_OF
    + GOING_ON_WITH
    + IMPERSONAL,
)
def test_speaker_by_convention(text: str, expected: list[str | None]) -> None:
    quotes = find_quotes(text, "es")
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    assert [quote.speaker for quote in quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank in an organisation names again the one person titled of it (by initials)
        (
            "El secretario general del Partido Ribereño, Tomás Llorente, visitó ayer la feria "
            "de Alcorte.\n\n«La feria es el motor de la comarca», ha asegurado el 'número dos' "
            "del PR, que ha pedido más inversión.",
            "Tomás Llorente",
        ),
        # ...or set beside the name with that rank: "X, el número dos del partido,"
        (
            "Tomás Llorente, el número dos del Partido Ribereño, visitó ayer la feria de "
            "Alcorte.\n\n«La feria es el motor de la comarca», ha asegurado el número dos del "
            "partido.",
            "Tomás Llorente",
        ),
        # ...of the article's gender
        (
            "La secretaria general de Unión Ribereña, Marta Oliveira Sanz, presentó ayer el "
            "programa.\n\n«Vamos a ganar en todas las comarcas», ha asegurado la 'número dos' "
            "de UR.",
            "Marta Oliveira Sanz",
        ),
    ],
)
def test_a_rank_names_the_person_titled_of_that_organisation(text: str, expected: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [expected]


def test_a_rank_two_people_of_the_organisation_could_hold_names_neither() -> None:
    text = (
        "El secretario general del Partido Ribereño, Tomás Llorente, y el portavoz del "
        "Partido Ribereño, Andrés Villa, visitaron ayer la feria de Alcorte.\n\n«La feria es "
        "el motor de la comarca», ha asegurado el número dos del PR."
    )
    assert [q.speaker for q in find_quotes(text)] not in (["Tomás Llorente"], ["Andrés Villa"])


def test_a_rank_of_another_gender_is_not_the_person_titled() -> None:
    text = (
        "El secretario general del Partido Ribereño, Tomás Llorente, visitó ayer la feria de "
        "Alcorte.\n\n«La feria es el motor de la comarca», ha asegurado la número dos del PR."
    )
    assert [q.speaker for q in find_quotes(text)] != ["Tomás Llorente"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet a person spoke to, named right before them, is not part of their name
        (
            "El ministro de Pesca, Ramón Ilundain, inauguró ayer la lonja.\n\n«La lonja dará "
            "trabajo a doscientas familias», explicó al diario Norteño Luis Abarca Sendín, "
            "director de la cooperativa.\n\nLa obra costó tres millones, «y se pagará sola», "
            "agregó Abarca.",
            ["Luis Abarca Sendín", "Luis Abarca Sendín"],
        ),
        # ...an outlet of two words
        (
            "«No habrá recortes», declaró a la emisora Onda Sur Marta Quiles Pardo.",
            ["Marta Quiles Pardo"],
        ),
        # ...and an outlet alone after its noun stays whole, no one's name
        (
            "El diario Nuevo Sol publicó ayer la noticia. «Es falso», dijo su director, "
            "Pedro Galán.",
            ["Pedro Galán"],
        ),
    ],
)
def test_an_outlet_before_a_name_is_not_part_of_it(text: str, expected: list[str]) -> None:
    assert [q.speaker for q in find_quotes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # what a verb of saying is said of, after it, is its object: the subject before
        # the verb speaks ("criticó la gestión del alcalde:"), not the mayor nor "gestión"
        "La portavoz de la oposición, Marta Olmedo, criticó la gestión del alcalde: "
        "«Llevamos dos años esperando y nadie da explicaciones».",
        "La portavoz de la oposición, Marta Olmedo, criticó la gestión del alcalde Ramiro "
        "Pérez: «Llevamos dos años esperando».",
        "La portavoz de la oposición, Marta Olmedo, defendió la propuesta del Gobierno: "
        "«Llevamos dos años esperando».",
        "La portavoz de la oposición, Marta Olmedo, lamentó la ausencia de Ramiro Pérez en el "
        "pleno: «Llevamos dos años esperando».",
    ],
)
def test_a_thing_after_the_verb_is_what_is_said_of_not_who_says_it(text: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == ["Marta Olmedo"]


def test_a_body_after_the_verb_still_speaks() -> None:
    text = (
        "El alcalde, Ramiro Cuesta, recibió ayer a los sanitarios. Explicó el director del "
        "hospital, Julián Mora: «Las visitas se reanudarán el lunes»."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Julián Mora"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a straight closing mark no mark opened, then a verb of saying: the quote opens
        # with the paragraph (its opening mark lost in a copy)...
        (
            "Los vecinos de Valdearenas celebraron ayer la reapertura del mercado.\n\nEs un "
            'día que llevábamos esperando desde hace casi tres años enteros", dijo la '
            "comerciante Rosa Almagro.",
            [
                (
                    "Es un día que llevábamos esperando desde hace casi tres años enteros",
                    "Rosa Almagro",
                )
            ],
        ),
        # ...or after the attributed quote before it in the paragraph
        (
            '"El mercado volverá a abrir los domingos", anunció el concejal Tomás Urrutia. '
            "Los puestos tendrán nuevos horarios a partir de la próxima semana y habrá "
            'aparcamiento gratuito", añadió Urrutia.',
            [
                ("El mercado volverá a abrir los domingos", "Tomás Urrutia"),
                (
                    "Los puestos tendrán nuevos horarios a partir de la próxima semana y "
                    "habrá aparcamiento gratuito",
                    "Tomás Urrutia",
                ),
            ],
        ),
        # ...and the last paragraph of a quote the one before opened and left open is
        # that quote's, from the paragraph's start (bench/real/README.md item 103)
        (
            "El concejal Tomás Urrutia habló en el pleno: «Los puestos abrirán los domingos y "
            "habrá aparcamiento gratuito para todos.\n\nLos puestos tendrán nuevos "
            'horarios a partir de la próxima semana y no cobraremos más tasas", dijo.',
            [
                (
                    "Los puestos abrirán los domingos y habrá aparcamiento gratuito para todos.",
                    "Tomás Urrutia",
                ),
                (
                    "Los puestos tendrán nuevos horarios a partir de la próxima semana y no "
                    "cobraremos más tasas",
                    "Tomás Urrutia",
                ),
            ],
        ),
        # ...nor a few words, which may be a title's end
        (
            'Los vecinos celebraron la reapertura.\n\nUn día grande", dijo Rosa Almagro.',
            [],
        ),
    ],
)
def test_a_straight_mark_no_mark_opened_ends_a_quote(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text)] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a title's field after "en" is part of the title: the name after it speaks
        ("el experto en nutrición Tomás Lerma", "Tomás Lerma"),
        ("el experto en Nutrición Tomás Lerma en el portal Vida Sana", "Tomás Lerma"),
        ("la doctora en Biología Ana Gil", "Ana Gil"),
        # the name of what a title is of is not the speaker: the apposition is
        ("el portavoz de la empresa Acme, Tomás Lerma", "Tomás Lerma"),
        ("el director del diario El Faro, Tomás Lerma", "Tomás Lerma"),
        # ...and with none, the spokesperson stays unnamed, a family's name is no one
        ("el portavoz de la empresa Acme", "portavoz de la empresa Acme"),
        ("el abogado de la familia Ruiz", None),
        # a first name after the complement's noun is the person the title is
        ("la portavoz de la asociación Ana Gil", "Ana Gil"),
        ("el abogado de la familia Ruiz Tomás Lerma", "Tomás Lerma"),
    ],
)
def test_a_title_and_its_complement_before_the_name(phrase: str, expected: str | None) -> None:
    text = f"«En personas sanas la dieta no cambia la acidez de la sangre», dijo {phrase}."
    assert [q.speaker for q in find_quotes(text, "es")] == [expected]


def test_quien_after_an_attribution_names_that_speaker_again() -> None:
    text = (
        "El seleccionador nacional, Marcos Albiol, anunció la lista de convocados. «Hay "
        "jugadores que merecen estar y no están», admitió el técnico valenciano, quien "
        "explicó que «el grupo está muy unido»."
    )
    assert [q.speaker for q in find_quotes(text, "es")] == ["Marcos Albiol", "Marcos Albiol"]


def test_quien_after_someone_else_named_is_not_the_speaker_before() -> None:
    text = (
        "«Hay jugadores que merecen estar y no están», admitió Marcos Albiol ante su "
        "ayudante, Pedro Lanza, quien explicó que «el grupo está muy unido»."
    )
    assert [q.speaker for q in find_quotes(text, "es")][1] != "Marcos Albiol"


@pytest.mark.parametrize(
    "text",
    [
        # a quote inside the clause "que" opens, the clause going on after it with no
        # comma: the verb after it is the clause's own ("les alertaron"), no cue; the
        # speaker is the subject of the verb before "que"
        "El secretario general del Partido Ribereño, Tomás Llorente, ha reconocido este "
        "viernes que «personas del otro partido» les alertaron de la moción.",
        "Tomás Llorente admitió que «varios concejales» no votaron lo acordado.",
    ],
)
def test_a_quote_the_clause_goes_on_after_is_the_reporting_subjects(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == ["Tomás Llorente"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words quoted after "que el plan", in lower case and ending the clause, are what
        # the report says of the plan, not its title
        (
            "El portavoz del Gobierno, Iker Zubeldia, ha dicho que el plan «está en marcha».",
            [("está en marcha", "Iker Zubeldia")],
        ),
        (
            "La presidenta de la Cámara, Elena Suárez, afirmó el lunes que el proyecto «será "
            "votado antes de diciembre».",
            [("será votado antes de diciembre", "Elena Suárez")],
        ),
        # ...while a capitalised title after the noun stays a title, no one's words
        (
            "El portavoz del Gobierno, Iker Zubeldia, ha dicho que el plan «Renove» "
            "arrancará en enero.",
            [],
        ),
    ],
)
def test_words_quoted_of_a_plan_are_no_title(text: str, expected: list) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text, "es")] == expected


@pytest.mark.parametrize(
    "after",
    [
        # the means and whom it was said to, between the verb and the speaker
        "explicó en declaraciones a Efe Pablo Ortiz.",
        "explicó en declaraciones a la prensa Pablo Ortiz.",
        "explicó en declaraciones a la cadena Onda Sur el ministro de Hacienda, Pablo Ortiz.",
    ],
)
def test_declarations_to_an_outlet_before_the_speaker(after: str) -> None:
    assert [q.speaker for q in find_quotes(f"«No habrá subida de impuestos», {after}", "es")] == [
        "Pablo Ortiz"
    ]


def test_a_name_in_a_complement_of_a_thing_is_no_dropped_subject() -> None:
    # the sentence before is about a room; the painter named in its complement is no
    # subject a dropped "afirmó" can go on with
    text = (
        "La directora del museo, Clara Benet, presentó ayer la nueva sala.\n\nLa sala reúne "
        "cuarenta obras del pintor Joaquín Sorolla. «Es un sueño cumplido», afirmó."
    )
    assert [q.speaker for q in find_quotes(text, "es")] != ["Joaquín Sorolla"]


@pytest.mark.parametrize(
    "text",
    [
        # English puts the subject before its verb after a quote, a name in apposition
        '"We will appeal the ruling," the lawyer, Sarah Kim, said in a statement.',
        '"We will appeal," the club\'s lawyer, Sarah Kim, said in a statement.',
    ],
)
def test_english_subject_in_apposition_before_said(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, "en")] == ["Sarah Kim"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative adverb opens a clause with a subject of its own: not the traveller's
        # words, and the mayor of Toledo is never named
        (
            "El ministro de Cultura, Luis Ares, inauguró el festival. Después viajó a Toledo, "
            "donde el alcalde afirmó que «la ciudad está preparada».",
            [None],
        ),
        (
            "El ministro de Cultura, Luis Ares, inauguró el festival. Después visitó la "
            "escuela, donde su directora, Ana Pons, aseguró que «faltan profesores».",
            ["Ana Pons"],
        ),
        # ...while "donde" and the verb alone go on with who traveled
        (
            "El ministro de Cultura, Luis Ares, inauguró el festival. «Es un gran día», dijo. "
            "Después viajó a Toledo, donde afirmó que «la ciudad está preparada».",
            ["Luis Ares", "Luis Ares"],
        ),
    ],
)
def test_a_clause_opened_by_donde_has_its_own_subject(text: str, expected: list) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == expected


def test_a_bare_field_after_a_title_leaves_the_name_the_speakers() -> None:
    text = "«El agua ha bajado», declaró el jefe de bomberos Quimal en el puesto de mando."
    assert [q.speaker for q in find_quotes(text, "es")] == ["Quimal"]


# --- A speaker must look like one (README item 71) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a day named by the day is when the words were said, not who said them
        (
            "La alcaldesa de Villanueva, Rosa Tébar, habló ante los vecinos. «Hay que "
            "cerrar el puente», reconoció la noche de este martes ante el pleno.",
            ["Rosa Tébar"],
        ),
        (
            "«No habrá más retrasos», aseguró la mañana del lunes el consejero Pablo Ríos.",
            ["Pablo Ríos"],
        ),
    ],
)
def test_a_time_phrase_after_the_verb_is_no_speaker(text: str, expected: list) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == expected


def test_a_time_phrase_never_stands_as_the_speaker() -> None:
    text = "Las obras siguen paradas. «Hay que cerrar el puente», reconoció la noche del martes."
    assert all(q.speaker is None or "noche" not in q.speaker for q in find_quotes(text, "es"))


def test_an_adjective_pointing_back_is_no_part_of_a_source() -> None:
    text = (
        "Un portavoz meteorológico publicó un aviso. «Las lluvias seguirán hasta el jueves y "
        "pueden causar crecidas», informó el referido portavoz en su boletín."
    )
    # (a spokesperson: "la referida agencia" alone is now no one, README item 76)
    assert [q.speaker for q in find_quotes(text, "es")] == ["portavoz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description by age calls again the person just named
        (
            "Durante el cierre, Tomás Ebrill vendía fruta por encargo. Sus clientes pagaban "
            "por adelantado. «Nunca había trabajado tanto», explica el joven de 26 años.",
            ["Tomás Ebrill"],
        ),
        (
            "Tomás Ebrill vendía fruta por encargo. Para Marta, la vecina del quinto, nada "
            "compensa el riesgo. «Prefiero esperar un año más», dice esa mujer de 41 años.",
            ["Marta"],
        ),
        # no one named near: no one (a description left unresolved, README item 76)
        (
            "El mercado abrió sus puertas. Los puestos vendieron poco en la primera hora. La "
            "lluvia espantó a los clientes toda la mañana. Hubo pocas ventas al mediodía. "
            "«Nunca había trabajado tanto», explica el joven de 26 años.",
            [None],
        ),
    ],
)
def test_a_description_by_age_names_the_person_just_named(text: str, expected: list) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == expected


@pytest.mark.parametrize(
    "text",
    [
        # where the words were said from is no one
        "El alcalde Pedro Gil visitó la obra. «Vamos a recurrir la sentencia», aseguró desde "
        "Sevilla.",
        # when they were said neither: the dropped subject goes on
        "El alcalde Pedro Gil visitó la obra. «Vamos a recurrir la sentencia», aseguró el lunes.",
        "El alcalde Pedro Gil visitó la obra. «Vamos a recurrir la sentencia», dijo la semana "
        "pasada.",
        "El alcalde Pedro Gil visitó la obra. «Vamos a recurrir la sentencia», dijo el martes por "
        "la noche.",
    ],
)
def test_a_place_or_a_time_after_the_verb_leaves_the_dropped_subject(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == ["Pedro Gil"]


def test_a_day_after_the_verb_before_the_speaker_is_read_past() -> None:
    text = "«Vamos a recurrir la sentencia», dijo el lunes la consejera Marta Oliva."
    assert [q.speaker for q in find_quotes(text, "es")] == ["Marta Oliva"]


@pytest.mark.parametrize(
    "text",
    [
        "El ministro Luis Ares habló con la prensa. Madrid respondió: «El proyecto está muerto».",
        "«El proyecto está muerto», dijo Madrid.",
        "«No aceptaremos las condiciones», advirtió Francia.",
    ],
)
def test_a_place_alone_is_never_the_speaker(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause with a subject and a verb of its own between the cue and the
        # quote: not the first verb's subject's words
        (
            "El fiscal Tomás Verdú ratificó ante el juez un documento en el que el exalcalde "
            "aprobó crear unas «brigadas vecinales que vigilen cada obra del distrito».",
            [None],
        ),
        # ...and when that clause's verb is the cue, its subject is the speaker
        (
            "El fiscal Tomás Verdú leyó una carta en la que Marta Ruiz pedía «justicia para "
            "su hijo».",
            ["Marta Ruiz"],
        ),
        # a relative clause closed by a comma before "que" leaves the first subject
        (
            "El fiscal Tomás Verdú explicó en la reunión, en la que participaron los vecinos, "
            "que «la investigación sigue abierta».",
            ["Tomás Verdú"],
        ),
    ],
)
def test_a_relative_clause_with_its_own_subject_before_the_quote(text: str, expected) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == expected


def test_a_quote_left_unclosed_before_the_narrator_quotes_again_is_its_first_sentence() -> None:
    text = (
        "La ministra Elena Gascón añadió que “seguimos sin un plan para los puertos del norte. "
        "El diputado Ramón Iturbe también habló del asunto. Iturbe acusó al Gobierno de "
        "“mentir sin pudor” durante meses."
    )
    quotes = find_quotes(text, "es")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("seguimos sin un plan para los puertos del norte.", "Elena Gascón"),
        ("mentir sin pudor", "Ramón Iturbe"),
    ]


def test_a_term_quoted_inside_an_unclosed_quote_leaves_it_whole() -> None:
    text = (
        "La ministra Elena Gascón indicó: “El recorte ha dejado a los puertos sin grúas. Un "
        "ejemplo son los muelles, que han cerrado en nombre de la “eficiencia”."
    )
    quotes = find_quotes(text, "es")
    assert len(quotes) == 1 and quotes[0].text.startswith("El recorte")
    assert quotes[0].text.rstrip("”.").endswith("eficiencia")


@pytest.mark.parametrize(
    "text",
    [
        # an aside of degree ("más específico") after the subject leaves it the subject: a
        # law's words, credited to it as named (`quotes._law_speaking`), not the dropped
        # subject's of the sentence before
        "El gobernador Luis Ares firmó el decreto. El artículo 12, más específico, señala: "
        "«Será castigado con multa quien incumpla la norma».",
        "El gobernador Luis Ares firmó el decreto. Mientras que el artículo 12, más "
        "específico, señala: «Será castigado con multa quien incumpla la norma».",
    ],
)
def test_an_aside_of_degree_after_a_subject_keeps_it_the_subject(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == ["artículo 12"]


def test_an_aside_of_degree_after_a_name_keeps_the_name() -> None:
    text = "La ministra Ana Pons, más cauta, señaló: «Será castigado quien incumpla la norma»."
    assert [q.speaker for q in find_quotes(text, "es")] == ["Ana Pons"]


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun of one gender never names a person of the other
        "El ministro Pablo Ríos se reunió con la alcaldesa Rosa Tébar. Ella dijo: «No hubo "
        "acuerdo».",
        "La alcaldesa Rosa Tébar se reunió con el ministro Pablo Ríos. «No hubo acuerdo», dijo él.",
        # a number or a share is no one
        "«Hay que cerrar la planta», dijeron los tres.",
        "«Hay que cerrar la planta», dijo el 80% de los encuestados.",
    ],
)
def test_a_speaker_that_disagrees_or_is_a_number_is_no_one(text: str) -> None:
    assert find_quotes(text, "es")[0].speaker not in {"Pablo Ríos", "Rosa Tébar", "tres"}
    assert find_quotes(text, "es")[0].speaker is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun after a preposition is no subject; a name with a first name of each
        # gender agrees with either
        (
            "Rosa Tébar concedió una entrevista a la radio. En ella asegura que «no piensa "
            "dimitir».",
            "Rosa Tébar",
        ),
        (
            "La actriz Evan Rachel Wood habló en la gala. Ella dijo que «nadie la escuchó».",
            "Evan Rachel Wood",
        ),
    ],
)
def test_a_pronoun_that_agrees_or_is_no_subject_leaves_the_speaker(text, expected) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person after "con"/"contra" and their title is whom the subject met: not the
        # subject, named or not
        (
            "Tras reunirse con el ministro Pablo Ríos, la alcaldesa dijo: «No hubo acuerdo».",
            [None],
        ),
        (
            "Con el ministro Pablo Ríos a su lado, la alcaldesa afirmó: «No hubo acuerdo».",
            [None],
        ),
        (
            "Tras reunirse con el ministro Pablo Ríos, la alcaldesa Rosa Tébar dijo: «No hubo "
            "acuerdo».",
            ["Rosa Tébar"],
        ),
        ("El ministro Pablo Ríos dijo: «No hubo acuerdo».", ["Pablo Ríos"]),
    ],
)
def test_a_titled_person_after_con_is_no_subject(text: str, expected: list) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name after kin and a title is whose kin: not the speaker
        "La esposa del presidente Luis Ares declaró: «No sabíamos nada de esto».",
        "«No sabíamos nada de esto», declaró la esposa del presidente Luis Ares.",
    ],
)
def test_a_name_after_kin_and_a_title_is_not_the_speaker(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] != ["Luis Ares"]


def test_kin_named_in_apposition_speaks() -> None:
    text = "«Queremos justicia», dijo el padre de la víctima, Pedro Gil, ante el juzgado."
    assert [q.speaker for q in find_quotes(text, "es")] == ["Pedro Gil"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "que" after a comma is a relative pronoun: the name before it speaks, even after
        # a verb of saying and its addressee
        (
            "Luis Ares criticó a la alcaldesa Rosa Tébar, que replicó: «No pienso dimitir».",
            ["Rosa Tébar"],
        ),
        # ...while "que" with no comma after the addressee opens what was said
        (
            "La alcaldesa Rosa Tébar dijo a la prensa que «no piensa dimitir».",
            ["Rosa Tébar"],
        ),
    ],
)
def test_que_after_a_comma_is_a_relative_pronoun(text: str, expected: list) -> None:
    assert [q.speaker for q in find_quotes(text, "es")] == expected
