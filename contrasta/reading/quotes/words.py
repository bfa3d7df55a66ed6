"""Word lists and patterns the quote readers share: articles, pronouns, titles, nouns for
organisations, bodies, documents and groups, verbs of saying, and the shape of a name."""

from __future__ import annotations

import re

from contrasta.dates import SPANISH_WEEKDAY_NAMES
from contrasta.patterns import longest_first
from contrasta.reading.gazetteer import OUTLET_NOUNS
from contrasta.reading.roles import (
    KIN_NOUNS,
)
from contrasta.reading.speech import (
    SPEECH_CONDITIONALS_ES,
    SPEECH_QUOTES_ONLY_ES,
    SPEECH_VERBS,
)

# Words that precede a person's name as part of it in running text; dropped.
_NAME_TITLES = frozenset(
    """
    mayor president minister labour labor prime secretary senator governor sen gov dr
    mr mrs ms prof rev fr gen sgt det insp supt cllr capt lt reverend rep maj
    sr sra srta don doña dña presidente presidenta ministro
    ministra alcalde alcaldesa papa patriarca arzobispo cardenal obispo rey reina príncipe
    princesa
    """.split()
)
# Organisations referred to by a common noun once they have been named.
_ORG_ANAPHORA = {
    "departamento": "Ministerio",
    "ministerio": "Ministerio",
    "ayuntamiento": "Ayuntamiento",
    "consistorio": "Ayuntamiento",
    "sindicato": "Sindicato",
    "partido": "Partido",
}
_MAX_TITLE_WORDS = 6
_POSSESSIVES = frozenset("su sus its their his her my our".split())
_DEFINITE_ARTICLES = frozenset("el la los las the".split())
_DEFINITE = _DEFINITE_ARTICLES | _POSSESSIVES
_PLURAL_ARTICLES = frozenset("los las".split())
_INDEFINITE = frozenset("un una unos unas uno otro otra otros otras one another".split())
# English articles that are Spanish prepositions ("A nivel personal, reconoció…").
_INDEFINITE_EN = frozenset("a an".split())
_PRONOUNS = frozenset("él ella ellos ellas he she they".split())
# Adverbs that may sit between a verb of saying and its subject.
_ADVERBS = frozenset(
    "ayer hoy anoche entonces también además luego después finalmente posteriormente "
    "textualmente asimismo nuevamente then also later".split()
)
_WEEKDAY_NAMES = "|".join(SPANISH_WEEKDAY_NAMES)
# ...and adverbial phrases: "ha asegurado por su parte el abogado".
_ADVERBIAL = re.compile(
    r"(?:(?:por\s+su\s+parte|a\s+su\s+vez|por\s+otra\s+parte|por\s+otro\s+lado|al\s+respecto|"
    r"en\s+es[te]\s+sentido|por\s+último|de\s+nuevo|en\s+tanto|por\s+teléfono|por\s+escrito|"
    r"en\s+(?:un|una|su)\s+(?:entrevista|comunicado|mensaje|vídeo|video|nota|carta|"
    r"rueda\s+de\s+prensa)|en\s+rueda\s+de\s+prensa|en\s+declaraciones|por\s+su\s+cuenta|"
    rf"(?:este|esta|el\s+pasado|la\s+pasada)\s+(?:{_WEEKDAY_NAMES}|mañana|tarde|noche)|"
    r"(?:la|el)\s+(?:noche|mañana|tarde|madrugada|mediodía)\s+(?:del|de\s+(?:este|ese|aquel))\s+"
    rf"(?:pasado\s+)?(?:{_WEEKDAY_NAMES})|"
    + "|".join(sorted(_ADVERBS, key=longest_first))
    + r")\b[\s,]*)+",
    re.I,
)
# A sentence opening with a group: determiner, noun, complements ("Un equipo de
# investigadores de Taiwán y de Cincinnati", "Los vecinos del barrio").
_GROUP = re.compile(
    r"(?:Un|Una|Unos|Unas|El|La|Los|Las)\s+[a-záéíóúñ]+"
    r"(?:\s+(?!(?:más|menos|además|después|antes|pues|tras)\b)[a-záéíóúñ]+[oae]s\b){0,2}"
    r"(?:\s+(?:de|del|y|e)\s+(?:(?:la|las|los|el|ambos|ambas|sus)\s+)?[^\W\d_]+"
    r"(?:\s+[A-ZÁÉÍÓÚÑ][^\W\d_]+)*)*"
)
# ...in English: "The residents", "Union leaders".
_GROUP_EN = re.compile(r"(?:The\s+[a-z]+|[A-Z][a-z]+\s+[a-z]+s)\b")
# Nouns for a group of people.
_COLLECTIVES = frozenset(
    "equipo grupo comité colectivo plantilla sindicato asociación familia familias "
    "vecinos trabajadores manifestantes científicos autores especialistas asociaciones "
    "federaciones organizaciones plataformas colectivos sindicatos oposición defensa "
    "acusación agricultores ganaderos pescadores consumidores jubilados afectados "
    "damnificados inquilinos alumnos docentes sanitarios enfermeros empleados autónomos "
    "hosteleros productores conductores ciudadanos víctimas".split()
)
# Kin and the other people someone is named by, whom a name may be the complement of ("la
# hija de Ana Ruiz", "la pareja de Luis Gil").
_KINFOLK = KIN_NOUNS | frozenset("mujer novio novia pareja amigo amiga amigos".split())
# Nouns that refer back to an organisation: "dijo la compañía en un comunicado".
_ORG_NOUNS = frozenset(
    """
    órgano organismo institución entidad empresa compañía firma corporación red plataforma
    marca cadena club aerolínea operadora constructora farmacéutica tecnológica automotriz
    multinacional fabricante asociación fundación federación organización sociedad
    discoteca sala local restaurante hotel teatro museo zoo zoológico acuario editorial
    hospital clínica
    universidad colegio escuela naviera aseguradora eléctrica petrolera minera
    distribuidora dependencia company firm agency ministry department organization
    organisation council authority
    """.split()
)
# Laws carry their issuer's words too, but "de" after one names what or where it rules, not
# who wrote it: "la Ley de Costas", "la Ordenanza municipal de Málaga" (`_author`).
_LAWS = frozenset(
    "ley leyes ordenanza ordenanzas reglamento decreto constitución código estatuto".split()
)
# Things that carry words but say nothing themselves (a study's words are its authors').
_THINGS = (
    frozenset(
        """
    cartel carteles pancarta pancartas pintada pintadas letrero letreros mensaje mensajes
    texto documento comunicado nota escrito carta tuit tuits publicación vídeo video
    informe informes estudio estudios datos cifras resultados encuesta encuestas
    estadísticas pautas normas petición denuncia denuncias querella demanda sentencia
    anuncio anuncios entrevista programa campaña
    resolución fallo dictamen auto recurso declaración propaganda leyenda artículo
    reportaje reporte investigación análisis trabajo noticia noticias circular
    statement report study letter post tweet message document survey interview
    """.split()
    )
    | _LAWS
)
# Nouns for what someone said, whose "de X" names who said it ("según la versión de X").
_SAYINGS = frozenset(
    "versión palabras declaraciones testimonio relato explicación explicaciones opinión".split()
)
# What a quote is called after a copula, its speaker after "de" or "que <verb>": "«…», es
# el mensaje que lanza el médico X", "«…», fue la queja de la presidenta, X".
_SAID_NOUNS = frozenset(
    """
    mensaje advertencia queja respuesta reflexión conclusión consejo lema frase promesa comentario
    petición reclamo crítica explicación opinión palabras aviso llamamiento
    mensajes advertencias quejas respuestas reflexiones conclusiones consejos promesas
    críticas explicaciones comentarios
    """.split()
)
# Occasions of speaking, whose owner ("su charla", "su discurso") is who speaks in them.
_SPEECHES = frozenset(
    "charla discurso intervención conferencia alocución felicitación exposición".split()
)
# Nouns that name an anonymous source without an article ("según fuentes del Gobierno").
_SOURCE_NOUNS = frozenset(
    "fuentes testigos portavoces expertos sources officials witnesses".split()
)
# Words that end a speaker phrase after a verb of saying.
_PHRASE_STOPS = frozenset(
    """
    en tras durante ante frente desde a al con que quien quienes sin para mientras antes
    después cuando según y e o pero porque while as after during outside in at to before
    who whose which on and but
    """.split()
)
_MAX_TERM_WORDS = 3
# A group may be named at more length: "las tres mayores federaciones islámicas de X".
_MAX_GROUP_WORDS = 8
# A fragment this long is quoted from someone even when the sentence does not say whom.
_QUOTATION_WORDS = 8
# As frequent as "test", "chinese" or "council" in English: a capitalised word so common is
# an adjective or a thing's name there ("Chinese exchanges"), unless the text names a
# person so (`_Reader._modifier`).
_COMMON_ZIPF_EN = 4.5

_PAIRS = {"«": "»", "“": "”", '"': '"'}
# Where a quotation may open, and every mark `_closing` looks at: the other characters
# between are skipped in C.
_OPENING = re.compile("[" + re.escape("".join(_PAIRS)) + "]")

# A capitalised word: "Ferrán", "Jong-un", "Pérez-Castejón", "McDermott", "O'Brien".
# Latin letters of any European language, so that "Sørensen", "Łukasz", "Çelik" or
# "Dvořák" are not cut short ("Helga" for "Helga Sørensen"). Latin Extended-A mixes both
# cases; it counts as both.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOWER = "a-zß-öø-ÿĀ-ſ"
# An English possessive ends the name: "Kenton's Lerato Mbeki" is "Kenton" and "Lerato
# Mbeki".
_CAPITALISED = (
    rf"[{_UPPER}][{_LOWER}]*(?:['’](?!s\b)[{_LOWER}]*)*(?<=[{_LOWER}'’])"
    rf"(?:(?:-[{_UPPER}]?|['’](?!s\b)[{_UPPER}]?|[{_UPPER}])[{_LOWER}]+)*"
)
_NAME = re.compile(
    rf"(?<![\w@\-]){_CAPITALISED}"
    r"(?:\s+(?:(?:de|del|de la|de los|de las|de lo|von der|van der|van den|van|von|da|di|bin|ibn|&)"
    r"\s+|[A-Z]\.\s+)?"
    rf"{_CAPITALISED})*"
    r"(?:\s+[A-Z]\.|\.(?:es|com|org|net)(?!\w|\.\w)|\s+(?:XI{0,3}|I{1,3}|IV|VI{0,3}|IX)\b(?!\.\w))?"
    r"|(?<![\w@])@\w{2,}"  # an account: "@vecinosdelsur"
)  # an initial; a portal: "Maldita.es"; a regnal number: "Felipe VI", "Juan Pablo II"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


_VERBS = {lang: verbs.forms for lang, verbs in SPEECH_VERBS.items()}
_VERBS["es"] = _VERBS["es"] | SPEECH_CONDITIONALS_ES | SPEECH_QUOTES_ONLY_ES
_SAYING_FORMS = frozenset().union(*_VERBS.values())


# A name's last word abbreviated with its full stop: "Marcus Dalton Jr.".
_NAME_ABBREVIATIONS = frozenset("Jr Sr".split())
# The head nouns of an anonymous source, whom the press names by role on purpose ("según
# fuentes del Ejecutivo", "el portavoz de la compañía").
_ANONYMOUS_HEADS = frozenset(
    "fuente portavoz vocero vocera informante informador informadora".split()
)

# Clitics and auxiliaries before a verb of saying: "se lo dijo", "le ha dicho".
_AUXILIARIES = "ha|han|había|habían|habría|habrían|hubiera"
_CLITICS = rf"(?:(?:se|me|te|le|les|nos|lo)\s+){{0,2}}(?:(?:{_AUXILIARIES})\s+)?"


# A whole exclamation, Spanish's opening sign and the closing one, as a crowd's chant or a
# cry is quoted inside the narrator's sentence ("Al grito de «¡…!», marcharon").
_SHOUTED = re.compile(r"¡[^¡!]+!")


# A false title has no article, and a name after a preposition is its complement ("a
# spokesperson for Mr Ridley", "a friend of Tom Ashby").
_COMPLEMENT_BEFORE_EN = frozenset("for of to with by from at on in about".split())
# An organisation by its acronym or short name: "CCOO", "la OMS", "el sindicato UGT",
# "the EPA", "la Aemet".
_SHORT_NAME = r"[A-ZÁÉÍÓÚÑ][A-Za-záéíóúñ]{1,9}"
_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,6}")
# Media, which speak for themselves ("un medio digital que aseguraba").
_OUTLETS = OUTLET_NOUNS | {"medios"}
_DEMONSTRATIVES = frozenset("este esta estos estas ese esa esos esas dicho dicha".split())
# Nouns naming an outlet right before its name: "el diario Granma", "a la agencia Tass".
_NAMING_OUTLET = OUTLET_NOUNS


# Words that open a sentence before a verb without being its subject's name.
_SENTENCE_ADVERBS = frozenset(
    """
    así asimismo incluso igualmente tampoco solo sólo todos todas nadie muchos otros
    algunos varios ambos ninguno alguien ello esto eso aquí allí ahora antes primero
    recientemente anteriormente literalmente luego hoy ayer después además entonces
    finalmente también posteriormente nosotros vosotros usted ustedes yo hay
    """.split()
)
# A subject opening on a kin noun of someone with a title, a name in apposition after it
# ("La esposa del exgobernador de la provincia, X,"): the name is the wife's or the titled
# man's; the kin noun's article tells which when the first name is of one gender. The
# name is matched with its capitals: under IGNORECASE "de" is both a name's word and its
# joint, and a long subject makes the match backtrack for seconds (as `_KIN_TITLE_NAME`).
_KIN_OPENING = re.compile(
    r"^\s*(?i:(el|la)\s+(?:" + "|".join(sorted(_KINFOLK, key=longest_first)) + r")\s+(?:de|del)\s+)"
    r"[^,]*,\s*(" + _NAME.pattern + r")(?:,|\s*$)"
)

# Adjectives that point back to something named before ("la citada agencia", "el referido
# portavoz", "dicho gobierno"): how the press names a thing or a person again.
_NAMED_BEFORE = frozenset(
    "citado citada mencionado mencionada referido referida dicho dicha".split()
)
# "uno de los asistentes", "otra de las vecinas": one of a group, unnamed on purpose.
_ONE_OF = frozenset("uno una otro otra alguno alguna".split())
# A subject that is one of a group, unnamed: "uno de ellos dijo", "uno de sus hijos le dice".
_ONE_OF_SUBJECT = re.compile(
    r"\b(?:" + "|".join(sorted(_ONE_OF)) + r")\s+de\s+(?:ellos|ellas|los|las|sus|estos|estas)\b"
    r"[^,.;:«»“”\"]*$",
    re.I,
)
# A sentence opening on a preposition: the names in that phrase are complements.
_OPENING_PREPOSITION = re.compile(
    r"(?:A|Ante|Bajo|Con|Contra|De|Desde|Durante|En|Entre|Hacia|Hasta|Para|Por|Sin|Sobre|"
    r"Tras)\s"
)
# A name after the preposition a sentence opens on is whom it speaks of or to, never its
# subject: "Sobre X, refirió «…»", "Y sobre X, anuncia que", "A X, le dijo «…»".
_TOPIC_OPENING = re.compile(
    r"(?:(?:Y|E|Pero)\s+)?(?:[Ss]obre|[Rr]especto\s+a|[Aa]cerca\s+de|[Ee]n\s+cuanto\s+a|A|Al)\s"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:de|del|al|a|of|por|to|from|con|en|entre|sobre|para|contra|ante|tras|hacia|sin|desde|"
    r"with|in|at|for|by)\s+(?:(?:el|la|los|las|un|una|su|sus|the|este|esta|estos|estas|ese|esa|"
    r"esos|esas|aquel|aquella|dicho|dicha)\s+)?$",
    re.I,
)
_ARTICLE_START = re.compile(r"^(?:El|La|Los|Las|The)\s+")
# A subject after the verb ends the sentence or announces the quote: "…, afirmó Lavrov:".
_THAT = re.compile(r"\s+(?:que|that)\b", re.I)


_CONJUNCTIONS = frozenset("y e o and or".split())
# A short phrase opening a sentence before its subject: "Por otro lado, ", "Además, ",
# "Este lunes, ".
_LEAD_ASIDE = re.compile(r"\s*[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,3},\s+")
# A rank in an organisation standing for a title: "el 'número dos' del PP", "la número uno
# de la lista".
_RANK = re.compile(
    r"(?:el|la|El|La)\s+['‘’«“\"]?número\s+(?:uno|dos|tres|1|2|3)['‘’»”\"]?"
    r"\s+(?:de\s+la|de\s+los|de\s+las|del|de)\s+(?P<of>[^\W\d_][\w\s-]*?)\s*"
)
# Lowercase words a title may carry after its role word ("del Gobierno vecinal") when it
# stands in apposition before a comma; right before the name, none may.
_MAX_TITLE_LOWERCASE = 3
# A free relative as the subject: "quienes inventan un bulo".
_RELATIVES = frozenset("quien quienes".split())
# A court's rulings, which speak for the court that gave them.
_RULINGS = frozenset("sentencia fallo auto resolución ruling".split())
# Participles, by stem, that name who issued a document after "por": "escrita por X",
# "difundido por la federación", "la resolución aprobada por el Parlamento" (a body's
# resolution or motion speaks for the body that voted it).
_ISSUED_BY = "escrit|firmad|redactad|enviad|difundid|emitid|publicad|aprobad|elaborad|realizad"
# A title kept as written for a speaker never named ("confesó el alcalde"): short, or it
# is more likely a clause the reader mistook for one.
_MAX_UNNAMED_WORDS = 4
# A name set in single quotes, as the press writes a platform's or a campaign's:
# "la plataforma ‘Marea Verde’".
_QUOTED_NAME = re.compile(r"[‘'](?P<name>[A-ZÁÉÍÓÚÑ][^’'\n]{0,60}?)[’']")
# An organisation's name going on past a lowercase word: "Afectados| por la Hipoteca".
_NAME_GOES_ON = re.compile(
    rf"\s+(?:por|contra|sin|para)\s+(?:(?:el|la|los|las)\s+)?{_CAPITALISED}"
    rf"(?:\s+(?:(?:de|del|de la|de los|de las|y)\s+)?{_CAPITALISED})*"
)
# Quantifiers bringing in a group of people or bodies ("varias organizaciones", "algunos
# vecinos"): the group, as a bare plural.
_QUANTIFIERS = frozenset(
    "varios varias algunos algunas numerosos numerosas diversos diversas distintos distintas "
    "muchos muchas".split()
)
_CUE_PREFIX = re.compile(rf"(?<![\w]){_CLITICS}$", re.I)


# A manner adverb between an English subject and its verb ("my mother gently asks", "the
# minister later said"): no part of the subject. Nouns in -ly are not adverbs.
_ADVERB_EN = (
    r"(?:\s+(?!(?:family|assembly|ally|rally|monopoly|supply|daily|weekly|monthly)\b)"
    r"[a-z]{3,}ly|\s+(?:later|also|then|once|again|previously|earlier))"
)
# A title abbreviated with a stop before a name: "Gov. Tom Ridley", "Sen. Ann Hale".
_TITLE_ABBREVIATED = re.compile(r"([A-Z][a-z]{1,4})\.\s+(?=[A-Z])")
_PUBLISHER_REACH = 6
# Documents that carry an organisation's or a person's words, named again by a bare noun
# ("el comunicado", "el texto") after one was brought in ("emitió un comunicado").
_DOCUMENTS = (
    "comunicado|nota|carta|misiva|circular|texto|escrito|documento|declaración|informe|resolución|"
    "statement|letter"
)
_BARE_DOCUMENT = re.compile(rf"(?i:el|la|the)\s+(?:{_DOCUMENTS})")
# Its writer named with it: "una carta del poeta X", "escrita por X", "a letter by X", in
# an aside too ("El comunicado, firmado por la Asociación X, denuncia").
_WRITTEN_BY = re.compile(
    rf"(?:\s+(?:de|del|by|from)|,?\s+(?:{_ISSUED_BY}|written|signed|sent)[oa]?s?\s+(?:por|by))"
    rf"\s+(?:(?:el|la|the)\s+)?(?:[a-záéíóúñ]+\s+)?({_NAME.pattern})"
)
# Verbs that issue a document, by stem: "emitió", "publicó", "envió", "han hecho público".
_ISSUING = re.compile(
    r"(?:emit|public|difund|envi|remit|firm|redact|escrib|divulg|hech|hizo|hicieron|"
    r"issu|releas|publish|sent|wrote)[a-záéíóúñ]*",
    re.I,
)
# The role of who speaks for an organisation (`roles`' key), and its complement.
_SPOKESPERSON = "portavoz"


# A preposition that makes an object of a person, an article and their title right before
# the name ("por el gobernador X", "con el ministro X"; not "de", whose "el discurso del
# presidente X" is the president's, nor "para", whose "para la doctora X," gives her view).
_AGENT_TITLE = re.compile(
    r"\b(?:por|con|al|a|contra|ante|tras|sin|sobre|hacia|entre)\s+(?:el|la|los|las)\s+"
    r"([a-záéíóúñ]+)\s+$"
)

# Kin and a title right before a name ("la esposa del presidente X", "la hija del alcalde
# X"): the name is whose kin, not who speaks.
_KIN_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(_KINFOLK, key=longest_first)) + r")\s+(?:de|del)\s+"
    r"(?:(?:el|la|los|las|su|sus)\s+)?(?:[a-záéíóúñ]+\s+)?$",
    re.I,
)
# A sentence opening with a title: "La vicefiscal denunció…", "El ministro ruso dijo…".
_TITLE_START = re.compile(
    r"\s*(?:El|La)\s+(?:(?:también|actual|nuevo|nueva)\s+)?([^\W\d_]+)(?:\s+[^\W\d_]+){0,3}"
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:la|las|el|los|una|un|su|sus|esta|esa|este|cuya|cuyo|the|his|her|its)\s+$",
    re.I,
)
