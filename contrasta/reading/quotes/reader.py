"""The speaker reader (`_Reader`): who says each quoted span of a text, from the cue beside it,
the sentence before or after, or the paragraph's last speaker."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property, wraps

from contrasta.patterns import longest_first
from contrasta.reading.gazetteer import INSTITUTION_WORDS, fold, load_gazetteer
from contrasta.reading.names import (
    by_short_form,
    given_name_gender,
    is_given_name,
    is_short_form,
    name_key,
)
from contrasta.reading.nlp import CONNECTORS
from contrasta.reading.quotes.clauses import (
    _after_preposition,
    _cue,
    _ends_in_title,
    _gender_of,
    _has_subject,
    _head_phrase,
    _in_aside,
    _kin_apposed_other,
    _last_word,
    _main_clause,
    _opens_report,
    _partial_before,
    _partial_flag,
    _pronoun_disagrees,
    _pronoun_gender,
    _skip_addressee,
    _title_around,
    _work_titled,
)
from contrasta.reading.quotes.cues import _Cues
from contrasta.reading.quotes.descriptions import (
    _a_group,
    _bare_noun,
    _bare_plural,
    _bodies,
    _body,
    _common_noun,
    _description,
    _group,
    _group_opening,
    _head_noun,
    _names_group_again,
    _no_speaker,
    _people,
    _plural,
    _possessed_person,
    _singular,
    _source,
)
from contrasta.reading.quotes.english import (
    _false_title,
    _relative_of_thing,
    _role_cut_en,
    _role_cut_name_en,
    _said_thing,
    _unstopped,
)
from contrasta.reading.quotes.layout import _Layout
from contrasta.reading.quotes.marks import _lead
from contrasta.reading.quotes.quote import Quote, _Span
from contrasta.reading.quotes.speaker_names import (
    _after_outlet,
    _alone,
    _common,
    _court,
    _cut_glued,
    _father_first,
    _function_word,
    _glued,
    _initials,
    _is_crosshead,
    _is_name,
    _is_organisation,
    _is_person,
    _listed,
    _lone_name,
    _names_organisation,
    _names_short,
    _nicknamed,
    _numbered,
    _opens_with_name,
    _organisation_tail,
    _same_or_short,
    _strip_titles,
    _title_word,
    _unglued,
)
from contrasta.reading.quotes.withheld import _law_before, _law_speaking
from contrasta.reading.quotes.words import (
    _ACRONYM,
    _ADVERBIAL,
    _ADVERBS,
    _ANONYMOUS_HEADS,
    _ARTICLE_START,
    _AUXILIARIES,
    _CAPITALISED,
    _CLITICS,
    _COLLECTIVES,
    _COMMON_ZIPF_EN,
    _COMPLEMENT_BEFORE_EN,
    _DEFINITE,
    _DEFINITE_ARTICLES,
    _GROUP,
    _GROUP_EN,
    _INDEFINITE,
    _INDEFINITE_EN,
    _KIN_OPENING,
    _KINFOLK,
    _LAWS,
    _LOWER,
    _MAX_GROUP_WORDS,
    _MAX_TERM_WORDS,
    _MAX_TITLE_LOWERCASE,
    _MAX_TITLE_WORDS,
    _NAME,
    _NAME_TITLES,
    _ORG_ANAPHORA,
    _ORG_NOUNS,
    _OUTLETS,
    _PHRASE_STOPS,
    _PLURAL_ARTICLES,
    _POSSESSIVES,
    _PREPOSITION_BEFORE,
    _PRONOUNS,
    _QUOTATION_WORDS,
    _RANK,
    _SAID_NOUNS,
    _SAYINGS,
    _SHORT_NAME,
    _SHOUTED,
    _SOURCE_NOUNS,
    _SPEECHES,
    _THAT,
    _THINGS,
    _WEEKDAY_NAMES,
    _WORD,
)
from contrasta.reading.rarity import zipf_frequency
from contrasta.reading.roles import (
    EXPERTS,
    HOLDER,
    UNKNOWN,
    Description,
    describe,
    first_role,
    fit,
    is_demonym,
    nationality,
    role_of,
)
from contrasta.reading.speech import (
    SPEECH_GERUNDS_ES,
)

# A ministry's common name, as the press of Spanish-speaking countries writes it, and the
# word of its area its written-out name holds ("la Cancillería": the "Ministerio de
# Relaciones Exteriores" or "de Asuntos Exteriores" the article names).
_MINISTRY_COMMON_NAMES = {"cancillería": "Exteriores"}
# Acronyms that are common nouns, written in capitals: "la ONG" is "la organización", "el
# CEO" a title; who they stand for is named otherwise, never by them.
_COMMON_ACRONYMS = frozenset("ONG ONGs NGO NGOs CEO".split())
# The government named by its common noun alone, in lower case ("el gobierno"): not "el
# gobierno de X" nor "el gobierno local", which name another.
_BARE_GOVERNMENT = re.compile(r"(?:el|El)\s+gobierno")
# A town's government by its common names: the Ayuntamiento the text names.
_MUNICIPAL_GOVERNMENT = re.compile(
    r"(?:el\s+)?(?:ejecutivo|gobierno)\s+(?:local|municipal)|equipo\s+de\s+gobierno\s+municipal",
    re.I,
)
# A quoted string right after these is the name of a thing, not speech.
_TERM_MARKERS = r"""
    llamada llamado llamadas llamados denominada denominado conocida\s+como
    conocido\s+como bautizada bautizado apodada apodado titulada titulado título lema
    eslogan frase significa significan quiere\s+decir so-called dubbed titled called
    nicknamed se\s+llam(?:a|ó|aba|an|aron) se\s+denomin(?:a|ó|aba|an|aron) en\s+concepto
"""
# ...also with an adjective and "de" between: "esa frase mítica de «…»".
# After these (and an optional article or "de") a short quoted string is a title or a
# label (la película «Marea baja», la figura de «productores independientes», como la
# «crisis»); a long one is the noun's clause in reported speech (la ley «llega tarde…»).
_TITLE_MARKERS = """
    película libro novela canción disco álbum gira obra serie programa operación plan
    noticiero telenovela caricatura revista columna
    proyecto caso ley campaña documental informe término expresión palabra concepto
    figura etiqueta categoría como desafío reto film book song album tour term phrase label
    challenge novel memoir movie series documentary podcast poem musical slogan motto
    hashtag headline
"""
# Works named in the plural, whose titles follow as a list ("varias telenovelas, entre
# ellas «…», «…» y «…»"): every title of the list is a title.
_WORKS = """
    películas libros novelas canciones discos álbumes series obras documentales programas
    telenovelas radionovelas poemas films books songs albums
"""
# "como" after a verb of judging, a few words back ("definió a X como «…»", "valora la
# reforma como «…»") quotes the judge's own words (bench/real/README.md counts them), where
# "palabras como «…»" is a label; so do "calificó la medida de «…»", "tildó de «…»" and "X
# llamó una «…»" (not "se llamó": a name). Stems of the verbs, those that take "de", and
# their endings.
_JUDGING_STEMS = "defin calific catalog tild tach valor consider describ"
_JUDGING_OF_STEMS = "calific tild tach"
_JUDGING_ENDINGS = "ó a an aron aba aban ar ió e en ieron ía ían ir iendo ando ado ada ido ida"
_PLURAL_PRONOUNS = frozenset("ellos ellas they".split())  # plural whatever the verb says
# A free relative as the subject: "quienes inventan un bulo".
_RELATIVES = frozenset("quien quienes".split())
# ...closing the words before a verb: "la OMS también recalcó".
_TRAILING_ADVERBIAL = re.compile(r"\s+" + _ADVERBIAL.pattern + "$", re.I)
# "rezaba una pancarta que portaban las manifestantes": the carriers said it; "otra de las
# pancartas que portaban mientras gritaban", with no carriers of its own: those named so
# before.
_CARRYING = re.compile(
    r"\s*que\s+(?:portaba|portaban|llevaba|llevaban|sostenía|sostenían|mostraba|mostraban|"
    r"exhibía|exhibían|enarbolaba|enarbolaban|levantaba|levantaban)\b"
)
_CARRIED_BY = re.compile(_CARRYING.pattern + r"\s+((?:el|la|los|las)\s[^.]+)", re.S)
# Acts that someone filed, by the stem of the verb of filing: "la denuncia" is of whoever
# "ha denunciado".
_FILED = {
    "denuncia": "denunci",
    "demanda": "demand",
    "querella": "querell",
    "recurso": "recurr",
}
# A court's rulings, which speak for the court that gave them.
_RULINGS = frozenset("sentencia fallo auto resolución ruling".split())
# A thing's noun after an article, written with a capital as a page label or a headline
# habit is ("un Noticia publicado por la universidad", "indica el Informe"): still the
# thing, no one's name.
_CAPITALISED_THING = re.compile(
    rf"(?:el|la|los|las|un|una|este|esta|dicho|dicha)\s+((?:{'|'.join(_THINGS)})\b)", re.I
)
# Participles, by stem, that name who issued a document after "por": "escrita por X",
# "difundido por la federación", "la resolución aprobada por el Parlamento" (a body's
# resolution or motion speaks for the body that voted it).
_ISSUED_BY = "escrit|firmad|redactad|enviad|difundid|emitid|publicad|aprobad|elaborad|realizad"
# "el comunicado del Ministerio", "la versión de Marta Ibáñez", "la declaración atribuida
# a X": a thing, and its author.
_AUTHORED = re.compile(
    r"(?i:el|la|los|las|un|una|su|sus)\s+(?:[a-záéíóúñ]+\s+){0,2}?([a-záéíóúñ]+)"
    rf"(?:\s+de\s+|\s+(del)\s+|\s+[^,;]*?\b(?:atribuid|{_ISSUED_BY})[oa]s?\s+(?:a|por)\s+)(.+)",
    re.S,
)
# An infinitive after a copula is what something is, not who says it ("Ser republicano
# es defender lo común «…»").
_INFINITIVE = re.compile(r"[a-záéíóúñ]+(?:ar|er|ir)")
_COPULA_BEFORE = re.compile(
    r"\b(?:es|era|fue|son|eran|será|sería|is|was)[\s,]+(?:[^\W\d_]+,?\s+){0,6}$", re.I
)
# ...unless someone owns the aim: "Su objetivo es denunciar que «…»", or the infinitive
# is how the subject said it ("El ministro fue enfático en afirmar que «…»", "fue claro al
# decir").
_MANNER_BEFORE = re.compile(r"\b(?:en|al)\s+$", re.I)
_OWNED = re.compile(r"\b(?:su|sus|his|her|their)\s", re.I)
# Opening or closing one's speech is saying what opens or closes it: "«…», acabó su
# discurso el diputado X", "«…», cerró su intervención".
_SPEECH_FRAMED = re.compile(
    r"(acabó|acaba|terminó|termina|cerró|cierra|concluyó|concluye|finalizó|finaliza|"
    r"empezó|empieza|comenzó|comienza|inició|inicia|abrió|abre)\s+(?:así\s+)?su\s+(?:"
    + "|".join(sorted(_SPEECHES))
    + r")\b",
    re.I,
)
_NAMED_SAYING = re.compile(
    r"(?:es|fue|era|son|fueron|ha\s+sido)\s+(?:el|la|los|las)\s+([a-záéíóúñ]+)\s+"
    r"(?:de\s+|(del)\s+|que\s+(?:(?:le|les|nos|se)\s+)?(?:ha\s+)?[a-záéíóúñ]+(?:a|e|ó|ió|do)\s+"
    r"(?=(?:el|la|los|las|un|una)\s|(?-i:[A-ZÁÉÍÓÚÑ])))"
    r"(.+)",
    re.S | re.I,
)
# A quote that short counts as speech only if its cue is this close ("pidió «calma»"):
# a verb further back governs another clause and the quote is a label.
_MAX_TERM_CUE_GAP = 8
_MAX_DESCRIPTION_WORDS = 6
# A title kept as written for a speaker never named ("confesó el alcalde"): short, or it
# is more likely a clause the reader mistook for one.
_MAX_UNNAMED_WORDS = 4
# How far back a source cue may stand for a word quoted inside its phrase.
_SOURCE_REACH = 16
# A gerund of saying hanging on the clause before it, right before the quote: "…,
# recordando que «…»", "…, pidiendo a los vecinos «…»" (an addressee between).
_GERUND_CUE = re.compile(
    rf",\s+({'|'.join(sorted(SPEECH_GERUNDS_ES))})"
    r"(?:\s+(?:a|al|a\s+la|a\s+los|a\s+las)\s+[^,.;:«»“”\"()]{1,80}?)?"
    r"(?:\s+que)?\s*:?\s*$",
    re.I,
)
# Anonymous sources opening a sentence, with whom they are of: "Fuentes de la federación",
# "Fuentes del Ministerio de Sanidad".
_SOURCES_OPENING = re.compile(
    r"\s*(?:Fuentes|Portavoces)\s+(?:de|del|cercanas\s+a|próximas\s+a)\s+"
    rf"(?:(?:la|las|los|el|su|sus)\s+)?(?:{_NAME.pattern}|[{_LOWER}]+(?:\s+{_NAME.pattern})?)"
)
# An institution's name written out from the head word of a gazetteer family ("Ministerio
# de Agricultura y Pesca", "Partido Popular"), over the connectors the entity reader's
# families take.
_BODY = re.compile(
    rf"\b(?:{'|'.join(head for _, head in load_gazetteer().families)})"
    rf"(?:\s+(?:(?:{'|'.join(sorted(CONNECTORS))})\s+)*{_CAPITALISED})+"
)
# An English possessor opening a speaker phrase: a name and its "'s" (or a plural's bare
# apostrophe) before a lower-case noun ("Ridley's lawyer", "the Hales' neighbour" aside:
# "Ridley's been" is a contraction, no possessor).
_POSSESSOR_EN = re.compile(
    rf"(?:{_CAPITALISED})(?:\s+{_CAPITALISED})*(?:['’]s|(?<=s)['’])\s+(?!been\b)(?=[a-z])"
)
# "y la ", "and the ": a second name joined to a first, not one name ("X y Prevención").
_ARTICLE_END = re.compile(r"\b(?:la|el|los|las|the)\s+$", re.I)
# A name, or an acronym ("la OMS"), as organisations are named.
_ORGANISATION_NAME = re.compile(
    r"(?:(?<=\bel )|(?<=\bla )|(?<=\bEl )|(?<=\bLa )|(?<=\blos )|(?<=\bLos ))"
    rf"[A-ZÁÉÍÓÚÑ]{{2,6}}(?![\w.*])|{_NAME.pattern}"
)
# Such an acronym and the capitalised words after it that a person's name was cut from
# (`_names_written`: "EH Bildu Jon Iñarritu" is "Jon Iñarritu"): a party's or an outlet's
# name, written alone as much as "Renova" is, so "Bildu Jon Iñarritu", read without the
# acronym at a cue, is cut the same way.
_ACRONYM_LED = re.compile(rf"\b[A-ZÁÉÍÓÚÑ]{{2,6}}\s+((?:{_CAPITALISED})(?:\s+{_CAPITALISED})*)\s+$")
# A name set in single quotes, as the press writes a platform's or a campaign's:
# "la plataforma ‘Marea Verde’".
_QUOTED_NAME = re.compile(r"[‘'](?P<name>[A-ZÁÉÍÓÚÑ][^’'\n]{0,60}?)[’']")
# Words that link a noun to a complement, not to a name in apposition.
_LINKS = frozenset("de del a al en con por para sobre entre y e o que".split())
# A noun phrase that introduces a name: "la plataforma vecinal ‘Marea Verde’", "la
# empresa adjudicataria, Obras Norte".
_INTRODUCING = re.compile(
    r"\b(?:el|la|los|las|El|La|Los|Las|del|al)\s+((?:[a-záéíóúñ]+\s+){1,3}?),?\s*"
    r"(?=[‘']?[A-ZÁÉÍÓÚÑ@])"
)
# An organisation's name going on past a lowercase word: "Afectados| por la Hipoteca".
_NAME_GOES_ON = re.compile(
    rf"\s+(?:por|contra|sin|para)\s+(?:(?:el|la|los|las)\s+)?{_CAPITALISED}"
    rf"(?:\s+(?:(?:de|del|de la|de los|de las|y)\s+)?{_CAPITALISED})*"
)


_TERM_BEFORE = re.compile(
    r"\b(?:" + "|".join(_TERM_MARKERS.split()) + r")(?:\s+[^\W\d_]+)?(?:\s+(?:de|del))?\s*:?\s*$",
    re.I,
)
# ...its author named between ("el libro de Ana Gil «…»", "the film by Ana Gil “…”").
_TITLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(_TITLE_MARKERS.split()) + r")"
    rf"(?:\s+(?:de|del|by)\s+(?-i:{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}))?"
    r"(?:\s+(?:el|la|los|las|de|del|the|de\s+(?:la|las|los)))?\s*$",
    re.I,
)
_WORKS_LISTED = re.compile(
    r"\b(?:" + "|".join(_WORKS.split()) + r")"
    r"(?:(?:\s+[^\s.;:«“\"]+){0,4}?,?\s+(?:entre\s+(?:ellas|ellos)|como|including)[,:]?)?"
    r"(?:\s*[«“\"][^»”\"]*[»”\"](?:\s*,|\s+[yo]|\s+and|\s+or))*\s*$",
    re.I,
)
_JUDGING_ENDING = r"(?:" + "|".join(_JUDGING_ENDINGS.split()) + r")\b(?:\s+[^\s.;:]+){0,6}?\s+"
_PARTICIPLE = re.compile(r"(?:ado|ada|ido|ida)$", re.I)
# "haber" before a participle: a perfect tense, active ("que ha calificado de «…»").
_PERFECT = re.compile(r"\b(?:ha|han|he|has|hemos|había|habían|habría|haber|hubiera)\s*$", re.I)
_JUDGED_AS = re.compile(
    r"\b(?:(?:" + "|".join(_JUDGING_STEMS.split()) + r")" + _JUDGING_ENDING + r"como"
    r"|(?:" + "|".join(_JUDGING_OF_STEMS.split()) + r")" + _JUDGING_ENDING + r"de"
    r"|(?<!\bse\s)(?:llam|denomin|bautiz)(?:ó|aba)(?:\s+(?:un|una|el|la))?)\s*$",
    re.I,
)
# ...and with the "de" or "como" set inside the marks ("calificó el acto «de propaganda»").
_JUDGING_BEFORE = re.compile(
    r"\b(?:" + "|".join(_JUDGING_STEMS.split()) + r")"
    r"(?:" + "|".join(_JUDGING_ENDINGS.split()) + r")\b(?:\s+[^\s.;:]+){0,6}?\s*$",
    re.I,
)
_JUDGED_INSIDE = re.compile(r"(?:de|como)\s", re.I)
# A short quote defined by an acronym in brackets names a thing: "la proteína «espiga» (S)".
_DEFINED_BY_ACRONYM = re.compile(r"[»”\"]?\s*\([A-ZÁÉÍÓÚÑ]{1,6}\)")


# A law's own verbs before its words, at the end of the text before a quote: "La
# Constitución establece que «", "el artículo 9 dispone:".
_LAW_RULES = re.compile(
    r"\s+(establece|estableció|estipula|estipuló|dispone|dispuso|determina|determinó|prevé|"
    r"recoge|contempla|consagra|ordena|ordenó)(?:\s+que)?\s*:?\s*$"
)
# Quantifiers bringing in a group of people or bodies ("varias organizaciones", "algunos
# vecinos"): the group, as a bare plural.
_QUANTIFIERS = frozenset(
    "varios varias algunos algunas numerosos numerosas diversos diversas distintos distintas "
    "muchos muchas".split()
)
# The outlet speaking of its own ("nuestro informante", "nuestra fuente"): the first
# person plural of the paper, not anyone the text names.
_OUR = frozenset("nuestro nuestra".split())


# A name joined to the one before by "&" is part of a firm's or foundation's name.
_AMPERSAND_BEFORE = re.compile(r"\w\s*&\s*$")
_AUXILIARY = re.compile(rf"\b(?:{_AUXILIARIES})\s", re.I)
_CUE_PREFIX = re.compile(rf"(?<![\w]){_CLITICS}$", re.I)
# An article standing for a noun said just before, then "de" and a name ("Entre las
# llamadas destacó la de Jesús Sanz"): the name is who the sentence brings in, no
# complement of a thing.
_ELLIPTICAL_OF = re.compile(r"(?:^|[\s,])(?:la|el|las|los)\s+de\s+$", re.I)
# A relative clause about a thing ("una declaración en la que pidieron", "el acto donde
# dijo"): a verb of saying in it tells of words said then, it announces no quote.
_ABOUT_A_THING = re.compile(
    r"(?:\b(?:en|con|por|de|según)\s+(?:la|el|los|las|lo)\s+(?:que|cual|cuales)|\bdonde)\s+"
    rf"{_CLITICS}$",
    re.I,
)
_PREFIX_REACH = 24


# "que" and an article before a noun that may introduce a title ("que el plan «…»").
_THAT_THE = re.compile(r"\bque\s+(?:el|la|los|las)\s+$", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:)]|$)")


def _reported_of(before: str, quoted: str, after: str) -> bool:
    """Whether words quoted after a noun that may introduce a title ("el plan", "la
    ley") are what a report says of it, not its title: the noun is the subject of a
    clause "que" opens, the words open in lower case, as a title's never do, and end the
    clause ("aseguró que el plan «está en marcha»." ; "el plan «Renove» arrancará" is a
    title)."""
    return (
        bool(_THAT_THE.search(before)) and quoted[:1].islower() and bool(_CLAUSE_ENDS.match(after))
    )


# A quote inside a clause "que" opens, with the clause going on after it, no comma
# between: "aseguró que «personas de X» les alertaron".
_THAT_OPENS = re.compile(r"\bque\s+$", re.I)
_CLAUSE_GOES_ON = re.compile(r"[^\S\n]+(?:(?:se|le|les|lo|la|los|las|nos|me|no)\s+)*[a-záéíóúñ]")


def _last_words(text: str, count: int) -> int:
    """Where the last `count` words of `text` begin."""
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    return starts[-count] if len(starts) > count else 0


def _past_label(speaker: str | None) -> str | None:
    """A page's label run into the sentence after it when cleaning lost the line break
    ("Respuesta de Acme  Acme respondió…" reads as one name, "Respuesta de Acme Acme"):
    a name repeated word for word ends the label, and the speaker is what follows it."""
    words = (speaker or "").split()
    for i in range(len(words) - 1, 0, -1):
        if words[i] == words[i - 1] and words[i][:1].isupper():
            return " ".join(words[i:])
    return speaker


def _title_cased(words: str) -> bool:
    """Words in title case, as English writes a work's title however long ("The Last
    Edition: Memoirs of a Sports Writer"): every word of four letters or more capitalised,
    at least three of them. Speech is in sentence case."""
    long = [w for w in _WORD.findall(words) if len(w) >= 4]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _evidence(kind: str):
    """A resolver whose answer rests on `kind` of evidence ("title": a title fitted to a
    person named before): each answer is noted in the reader's `trail`, which `_how`
    reads for the quote it was asked for."""

    def noting(method):
        @wraps(method)
        def resolved(self, *args, **kwargs):
            found = method(self, *args, **kwargs)
            if found:
                self.trail.append((kind, found))
            return found

        return resolved

    return noting


class _Reader:
    """Attribution over one text: knows its people, their roles and its sentences."""

    def __init__(self, text, layout: _Layout, cues: _Cues, known, lang):
        self.text = text
        self.trail: list[tuple[str, str]] = []  # (kind, answer) of the resolvers, `_how`
        self.lang = lang
        self.indefinite = _INDEFINITE if lang == "es" else _INDEFINITE | _INDEFINITE_EN
        self.english = lang == "en"
        self.paragraphs = layout.masked
        self.sentences = layout.sentences
        self.known = known
        self.shortened = by_short_form(known)  # the story's people
        self.alone = frozenset(m.name for m in layout.mentions) | frozenset(
            led.group(1)
            for m in layout.mentions
            if (led := _ACRONYM_LED.search(text, max(0, m.start - 80), m.start))
        )  # "Renova", "Prensa Austral"; "Bildu" of "EH Bildu Jon Iñarritu"
        self.mentions = [_after_outlet(_cut_glued(m, self.alone), text) for m in layout.mentions]
        if self.english:  # "Striker Ben Ashe scored", "Editor-publisher Don Keller"
            self.mentions = [_role_cut_en(m) for m in self.mentions]
        self.full_names = [
            m
            for m in self.mentions
            if _is_person(m.name)
            and not _listed(m.name)
            and not _AMPERSAND_BEFORE.search(text, max(0, m.start - 8), m.start)
        ]  # not "Melinda Gates" of "Fundación Bill & Melinda Gates": a firm's name
        self.titled = {self._expand(m.name, m.start) for m in self.mentions if m.description}
        self.via = ""  # which of `_before`'s cues gave its answer
        self.contested = False  # `_previous_subject` met two candidates (`_pro_drop`)
        self.speakers: list[str] = []  # attributed so far, in reading order
        self.spoken_in = -1  # the paragraph of the last attributed quote
        self.spoken_at = -1  # where the last attributed quote ends in the text
        self.cue = cues.verb
        self.verb_forms = cues.forms
        self.verb_words = cues.forms | cues.phrase_heads  # where `_verbs` tries the cue
        self.participles = cues.participles
        self.inverted = cues.inverted
        self.preposition = cues.preposition
        self.possessive = cues.possessive

    def _stripped(self, name: str) -> str:
        """`_strip_titles` of a name in this text."""
        return _strip_titles(name, self.alone, self.english)

    @cached_property
    def introductions(self) -> list[tuple[str, str, int]]:
        """(noun, name, where) for each name the text introduces with a noun phrase ("la
        plataforma separatista ‘Marea Verde’"), so that the noun alone can name it later
        ("señala la plataforma"). A role's noun is read by `introduced` instead. Read
        when a description first asks for it."""
        found = []
        for offset, masked in self.paragraphs:
            at = 0
            while (match := _INTRODUCING.search(masked, at)) is not None:
                at = match.start() + 1  # overlapping: "el mensaje |del patriarca Teófilo"
                if set(match.group(1).split()) & _LINKS:
                    continue  # "el gobierno de Nicolás Maduro" is no "gobierno" named so
                noun = _head_noun(match.group(1))
                quoted = _QUOTED_NAME.match(masked, match.end())
                name = quoted.group("name") if quoted else None
                named = None
                if name is None:
                    named = _NAME.match(masked, match.end())
                    name = self._stripped(named.group(0)) if named else None
                    going_on = named and _NAME_GOES_ON.match(masked, named.end())
                    if name and going_on and noun in _ORG_NOUNS:
                        name += going_on.group(0)  # "la plataforma Vecinos por Lugo"
                issuer = named and noun in _THINGS and _ISSUED_BY_NAME.match(masked, named.end())
                if issuer:  # "el estudio Viajeros 2020 elaborado por Hoteles Sol": its author's
                    name = self._stripped(issuer.group(1))
                if (
                    name
                    and noun
                    and not role_of(noun)
                    and not _function_word(name)
                    and not is_demonym(name.lower())  # "el gobierno Canadiense"
                ):
                    found.append((noun, name, offset + match.start()))
        return found

    @_evidence("introduced noun")
    def _introduced_as(self, noun: str, at: int) -> str | None:
        """The one name introduced before `at` with this noun ("la plataforma"), if one."""
        names = {
            fold(name): name for n, name, start in self.introductions if n == noun and start < at
        }
        return next(iter(names.values())) if len(names) == 1 else None

    def introduced(self, at: int) -> dict[str, Description]:
        """People named before `at` (in full, or in part with a title), by the fullest form
        of their name, with what their titles say of them."""
        found: dict[str, Description] = {}
        for m in self.mentions:
            if m.start >= at or (m.description is None and not _is_person(m.name)):
                continue
            name = self._expand(m.name, m.start)
            title = m.description or UNKNOWN
            found[name] = found[name].merge(title) if name in found else title
        return found

    def read(self, index: int, span: _Span) -> Quote | None:
        offset, masked = self.paragraphs[index]
        sentence = next((s for s in self.sentences[index] if s.start <= span.open < s.end), None)
        lo = sentence.start if sentence else 0
        hi = max(sentence.end if sentence else len(masked), span.close)
        before = masked[lo : span.open]
        after = masked[span.close : hi]
        quoted_words = self.text[offset + span.start : offset + span.end]
        words = len(_WORD.findall(quoted_words))
        judged = span.style != "dash" and (
            _JUDGED_AS.search(before)
            or (_JUDGED_INSIDE.match(quoted_words) and _JUDGING_BEFORE.search(before))
        )
        titled = _TITLE_BEFORE.search(before)
        if titled and _reported_of(before[: titled.start()], quoted_words, after):
            titled = None  # "aseguró que el plan «está en marcha»": what is said of it
        if span.style != "dash" and (
            _TERM_BEFORE.search(before)
            or (
                (
                    words <= _MAX_TITLE_WORDS
                    or _title_cased(quoted_words)
                    or _work_titled(before, quoted_words)
                )
                and not judged
                and titled
            )
            or (words <= _MAX_TITLE_WORDS and _WORKS_LISTED.search(before))
            or (words <= _MAX_TERM_WORDS and _DEFINED_BY_ACRONYM.match(after))
            or self._in_source(before)
        ):
            return None
        at = offset + span.open
        self.trail = []
        if _CLAUSE_GOES_ON.match(after) and _THAT_OPENS.search(before):
            # "reconoció que «personas de X» les alertaron": the quote is the subject of
            # the verb after it, which is no cue; the verb before "que" is
            speaker, cue = None, None
        else:
            speaker, cue = self._after(after, at, index, lo)
        path = "after"
        if cue is None and judged:
            subject = before[: judged.start()]
            speaker = self._subject(subject, at, index, lo)
            if speaker and speaker.split()[-1] not in subject:
                speaker = None  # "La oposición calificó…": no one named, not the last person
            if _PARTICIPLE.search(judged.group(0).split()[0]) and not _PERFECT.search(subject):
                speaker = None  # "la ley, calificada como «…»": the subject is what is judged
            cue, path = judged.group(0).split()[0], "judged"
        credit = _HEADLINE_CREDIT.match(masked, span.close)
        if cue is None and credit and not before.strip() and not _function_word(credit.group(1)):
            speaker, cue = self._expand(self._stripped(credit.group(1)), at), ":"
            path = "headline"
        if cue is None:
            reach = 0 if words > _MAX_TERM_WORDS else self._reach(before)
            speaker, cue = self._before(before, reach, at, index, lo)
            path = self.via
        if cue is None:
            later, cue = self._later(after, at, index, lo)
            speaker = later if cue is not None else speaker
            path = "later" if cue is not None else path
        quoted = self.text[offset + span.start : offset + span.end]
        exclaimed = _alone(masked, span) and quoted.rstrip()[-1:] in "!?"  # "«¡Todos a una!»"
        if (
            span.style != "dash"
            and not exclaimed
            and (
                (cue is None and words <= _MAX_TERM_WORDS)
                or (_is_name(quoted, words) and not self._said_alone(before, after))
            )
        ):
            return None
        if (
            speaker is None
            and self.lang == "es"
            and (aside := self._attributing_aside(before, at, index, lo))
        ):
            speaker, cue = aside  # "El embalse, afirma la ingeniera X, es … porque «…»"
            path = "aside"
        if cue is None and not before.strip(" ¿¡") and not _is_crosshead(quoted, masked, span):
            speaker, cue = self._announced(index, lo)
            path = "announced"
        partial = span.style != "dash" and _partial_before(before)
        if cue is None and speaker is None and partial and _GOES_ON.match(before):
            speaker, cue = self._reported(index, lo)
            path = "reported"
        if cue is None and speaker is None and not after.strip(" .") and not partial:
            speaker, cue = self._announced_after(index, span.close, _alone(masked, span))
            path = "announced after"
        shouted = words > 1 and _SHOUTED.fullmatch(quoted.strip())
        if partial and cue is None and speaker is None and words < _QUOTATION_WORDS and not shouted:
            return None  # words set in a sentence with no one said to say them: a term
        start, end = offset + span.start, offset + span.end
        speaker = _past_label(speaker)
        speaker = speaker and (self._fullest_body(speaker) or speaker)
        speaker = speaker and self._untitled(speaker, at)
        if speaker and _no_speaker(speaker):
            speaker = None
        if speaker and cue and _pronoun_disagrees(before, after, cue, speaker):
            speaker = None  # "X recibió a Ana Gil. Él dijo: «…»": not Ana Gil, nor guessed
            if self.english:  # "X met Ana Gil. «…», she said": the one woman named
                speaker = self._of_gender(_pronoun_gender(before, after, cue), at, index)
        if speaker and (self._ambiguous(speaker) or speaker in _COMMON_ACRONYMS):
            speaker = None
        how = self._how(path, speaker) if speaker else None
        if span.style != "dash":
            partial = _partial_flag(partial, before, quoted)
        return Quote(self.text[start:end], speaker, start, end, span.style, partial, cue, how)

    def _attributing_aside(
        self, before: str, at: int, index: int, lo: int
    ) -> tuple[str, str] | None:
        """The speaker an aside between commas credits the sentence to, before a quote
        that found none ("El embalse, afirma la ingeniera X, es una reserva que el valle
        reconoce, porque «…»", "El
        plan, según explicó la alcaldesa X, busca «…»"): Spanish sets the attribution of a
        whole sentence in an inciso after its first words, a singular verb of saying and
        its subject, and the quoted words later in that sentence are the same person's.
        The last such aside before the quote; a plural verb is a group's, read elsewhere."""
        found = None
        for m in _ATTRIBUTING_ASIDE.finditer(before):
            verb = m.group(1).lower()
            if verb in self.verb_forms and not _plural(verb):
                found = m
        if found is None:
            return None
        with self._aside():
            who = self._phrase(found.group(2), at, index, lo, addressee=False)
        if who is None:
            return None
        return who, found.group(1)

    def _said_alone(self, before: str, after: str) -> bool:
        """Whether a quote opens its sentence and a verb of saying follows its comma
        ("«Reitero», enfatizó el canciller, «…»", "«Impecable», dijo X"): a capitalised
        word so set is speech, not a name or a title, which run on in a sentence ("el
        portal «Silenciadas», …", "X, «El Bronco», sugirió…")."""
        comma = re.match(r"\s*,\s*", after)
        return bool(not before.strip(" ¿¡") and comma and self.cue.match(after, comma.end()))

    def _untitled(self, speaker: str, at: int) -> str:
        """A person's name without the title or honorific written before it, capitalised
        or not ("el Papa Francisco" is "Francisco", "la Senadora Ana Ruiz" "Ana Ruiz",
        "el Dr. Mena" "Mena" in its fullest form): the title is an office, not a name,
        and the same person quoted by two outlets, one with the title and one without,
        is one speaker. Not an organisation's or a listed name ("Presidente Hayes"
        as a place), nor a title alone or before a word that is no name."""
        words = speaker.split()
        if len(words) < 2 or not words[1][:1].isupper():
            return speaker
        if not _title_word(words[0]) or _is_organisation(speaker) or _listed(speaker):
            return speaker
        if self.english and words[0] == "Don":
            return speaker  # a first name in English ("Don Keller"), the Spanish "don" no
        rest = " ".join(words[1:])
        if _is_organisation(rest) or _listed(rest) or _function_word(rest):
            return speaker
        full = self._expand(rest, at)
        if _title_word(full.split()[0]):
            full = rest  # "Letizia" of "Reina Letizia", the one form the text gives
        honorific = words[0].lower().rstrip(".") in _NAME_TITLES
        # English capitalises the title before a surname ("Professor Byrne", "Judge
        # Malone", "Mr Reynolds"): a surname alone after one is the person's; after a
        # role's word, not a word of the language ("Secretary General").
        surname = (
            self.english
            and " " not in rest
            and not _title_word(rest)  # "Prime Minister" is a title whole
            and (honorific or not _common(rest))
        )
        if not (_is_person(full) or (honorific and is_given_name(full)) or surname):
            return speaker  # "Secretario General", "Presidente Sánchez" named no other way
        self.trail.append(("title left out", full))
        return full

    @contextmanager
    def _aside(self) -> Iterator[None]:
        """Names read while checking something else (who a noun titles, who is in view,
        whether a person is still the subject) are not the speaker's evidence: what the
        resolvers note meanwhile leaves the trail `_how` reads."""
        mark = len(self.trail)
        try:
            yield
        finally:
            del self.trail[mark:]

    def _how(self, path: str, speaker: str) -> str:
        """Where a speaker came from: the cue's place (`path`: "after" the quote, the
        verb's "subject" before it, "according to", a "headline" colon, …), then the
        resolvers its name went through, outermost first ("title" > "short form": a
        title resolved to a person named before, under the fullest form of the name)."""
        kinds = dict.fromkeys(kind for kind, found in reversed(self.trail) if found == speaker)
        return " > ".join((path, *kinds))

    def goes_on(self, index: int, span: _Span) -> bool:
        """Whether a quote is its whole paragraph and no crosshead: the words of whoever
        was quoted at the end of the paragraph before, going on."""
        offset, masked = self.paragraphs[index]
        quoted = self.text[offset + span.start : offset + span.end]
        return _alone(masked, span) and not _is_crosshead(quoted, masked, span)

    def other_named(self, previous: Quote, at: int) -> bool:
        """Whether a person other than the previous quote's speaker is named between it and
        `at`, not as an addressee or an object ("le dijo X a Ana Ruiz"): then a quote with
        no cue of its own may be theirs, and is no one's."""
        return any(
            previous.end <= m.start < at
            and not _after_preposition(self.text, m.start)
            and (full := self._expand(m.name, m.start)) != previous.speaker
            and not _same_or_short(m.name, previous.speaker)
            and self._person_like(full)
            for m in self.mentions
        )

    def still_speaking(self, last: Quote, index: int, span: _Span) -> bool:
        """Whether a quote with no cue that opens its sentence, in a paragraph after the
        last attributed quote's, is still that speaker's: an interview or a profile goes
        on quoting one voice, the narrator reporting only theirs in between ("Subraya
        que … ⏎ … «…»."). Only when the words between report speech or name the speaker,
        no one else is named there (a person, an organisation, a title opening a
        sentence), and the last quote is at most a few paragraphs back; or when nothing
        stands between at all: the last quote closes its paragraph and this one is a whole
        paragraph of its own, ended by a full stop ("Robles acusó a X de «…». ⏎ «…»."), the
        same voice going on in the next paragraph, as "next paragraph" reads it after a
        whole quote with its cue (`_goes_on_quoting`)."""
        offset, masked = self.paragraphs[index]
        at = offset + span.open
        sentence = next((s for s in self.sentences[index] if s.start <= span.open < s.end), None)
        quoted = self.text[offset + span.start : offset + span.end]
        if (
            sentence is None
            or masked[sentence.start : span.open].strip(" ¿¡")
            or _SAID_AFTER.match(masked, span.close, sentence.end) is None
            or _is_crosshead(quoted, masked, span)
        ):
            return False  # not a sentence of its own: "«…», es el mensaje que…"
        back = max(i for i, (start, _) in enumerate(self.paragraphs) if start <= last.start)
        if not 0 < index - back <= _STILL_SPEAKING_PARAGRAPHS:
            return False
        sentences = [
            (start + s.start, start + s.end, s.text)
            for i in range(back, index + 1)
            for start in (self.paragraphs[i][0],)
            for s in self.sentences[i]
        ]
        since = next((end for _, end, _ in sentences if end >= last.end), last.end)
        between = [text for start, _, text in sentences if since <= start < at]
        if not between:
            return self._goes_on_quoting(last, back, masked, span, quoted)
        if any((title := _TITLE_START.match(text)) and role_of(title.group(1)) for text in between):
            return False  # "El portavoz del ministerio aseguró…": someone else
        named = [m for m in self.mentions if since <= m.start < at]
        if any(
            not _same_or_short(m.name, last.speaker)
            and ((full := self._expand(m.name, m.start)) != last.speaker)
            and (self._person_like(full) or _is_organisation(m.name))
            for m in named
        ):
            return False
        return any(_same_or_short(m.name, last.speaker) for m in named) or any(
            self._verbs(text) or _TALKED.search(text) for text in between
        )

    def _goes_on_quoting(
        self, last: Quote, back: int, masked: str, span: _Span, quoted: str
    ) -> bool:
        """Whether a quote with nothing written between it and the last attributed quote
        (paragraph `back`) goes on with that speaker: the last quote ends its paragraph,
        no narration after it ("… de haber «…» «con sus recortes»."), and this quote is its
        whole paragraph, ended by a full stop. A pull quote set apart without a stop
        ("«Cada barrio tendrá su mercado»" ⏎) repeats words as a display, said by no one there;
        a paragraph whose last quote is followed by more narration ("… «…» y que el
        Gobierno no hará nada.") has moved on from the quoted voice; a question set alone
        after someone's words is as likely the interviewer's ("«¿Cree que pueden
        remontar?»"), so no one's."""
        start, last_masked = self.paragraphs[back]
        closes = not last_masked[last.end - start :].strip(_CLOSING_OR_STOP)
        stopped = _STOPPED.search(quoted.rstrip() + masked[span.close : span.close + 2])
        asked = quoted.rstrip().endswith("?")
        return closes and _alone(masked, span) and stopped is not None and not asked

    def presented(self, index: int, span: _Span) -> str | None:
        """The one person a paragraph presents, for a quote with no cue that is a sentence
        of its own later in it ("Ana Lucero, de 34 años y enfermera, llegó con sus hijos.
        «Estamos agotadas»."): a profile's words are the profiled person's when the
        paragraph opens with their full name and names no other person, nor an
        organisation as a subject, before the quote."""
        offset, masked = self.paragraphs[index]
        sentence = next((s for s in self.sentences[index] if s.start <= span.open < s.end), None)
        quoted = self.text[offset + span.start : offset + span.end]
        if (
            sentence is None
            or sentence.start == 0
            or masked[sentence.start : span.open].strip(" ¿¡")
            or _SAID_AFTER.match(masked, span.close, sentence.end) is None
            or _is_crosshead(quoted, masked, span)
        ):
            return None
        named = [m for m in self.mentions if offset <= m.start < offset + span.open]
        if not named or named[0].start != offset + _lead(masked) or not _is_person(named[0].name):
            return None
        person = self._expand(named[0].name, named[0].start)
        for m in named[1:]:
            full = self._expand(m.name, m.start)
            local = m.start - offset
            if full != person and (
                self._person_like(full)
                or (_is_organisation(m.name) and not _after_preposition(masked, local, True))
            ):
                return None
        return person if self._person_like(person) else None

    def closes(self, index: int, quote: Quote) -> bool:
        """Whether a quote is in the last sentence of its paragraph, its attribution
        ending the paragraph ("«…», dijo X.")."""
        offset, _ = self.paragraphs[index]
        sentences = self.sentences[index]
        return bool(sentences) and sentences[-1].start <= quote.start - offset

    def _in_source(self, before: str) -> bool:
        """A word quoted inside a source phrase ("Según el «filántropo», …") names the
        source, it is not what the source said."""
        cue = self.preposition.search(before[-_SOURCE_REACH:])
        return bool(
            cue
            and re.fullmatch(
                r"\s*(?:(?:el|la|los|las|the)\s+)?", before[-_SOURCE_REACH:][cue.end() :]
            )
        )

    def _verbs(self, text: str) -> list[re.Match[str]]:
        """Verbs of saying in `text`; one after a determiner is a noun ("la denuncia").
        Words are looked up in the verb table first and the cue pattern is matched only
        where one is (scanning the pattern's alternation along the text is slow)."""
        found = []
        for word in _WORD.finditer(text):
            if word.group(0).lower() not in self.verb_words:
                continue
            if word.group(0)[0].isupper() and _WORD_BEFORE.search(
                text, max(0, word.start() - 3), word.start()
            ):
                continue  # "Enrique Ochoa Reza": a name, not "reza"
            prefix = _CUE_PREFIX.search(text, max(0, word.start() - _PREFIX_REACH), word.start())
            cue = self.cue.match(text, prefix.start() if prefix else word.start())
            verb = cue and _cue(text[word.start() : cue.end()])  # "dio a conocer"
            if cue is None or verb not in self.verb_forms:
                continue
            if " " in verb and not (
                _PHRASE_REPORTS.match(text, cue.end()) or "lo" in cue.group(0).lower().split()
            ):
                continue  # "dio a conocer la noticia": a thing made known, not words
            if verb in self.participles and not _AUXILIARY.search(cue.group(0)):
                continue  # "el mencionado chip": an adjective
            if verb.startswith("continu") and _WITH_AFTER.match(text, cue.end()):
                continue  # "continuar con las medidas": going on with a thing, no words
            if _DETERMINER_BEFORE.search(text, 0, cue.start()) or (
                cue.group(0).lower() == "decir" and _IS_BEFORE.search(text, 0, cue.start())
            ):
                continue
            found.append(cue)
        return found

    def _reach(self, before: str) -> int:
        """Where a cue may stand for a short quote: a verb of saying that opens reported
        speech ("aseguró que … «cuanto antes»") governs its whole clause; any other only
        the last few words ("pidió «calma»"), or the quote is a label. A verb that already
        governs a quote earlier in the sentence governs the later ones too ("pidió … ser
        «amigos y socios», pues comparten una «frontera enorme»")."""
        reported = [
            m
            for m in self._verbs(before)
            if _opens_report(before, m.end()) or "_" in before[m.end() :]
        ]
        return reported[-1].start() if reported else _last_words(before, _MAX_TERM_CUE_GAP)

    def _later(self, after: str, at: int, index: int, lo: int):
        """An attribution set off by a comma later in the sentence: "…, «unas conductas
        incívicas» que hay que erradicar, afirma su directora, Elena Villagrasa", past an
        adverbial ("…, afirmó ayer la alcaldesa X")."""
        for verb in self._verbs(after):
            phrase = after[verb.end() :].strip()
            adverbial = _ADVERBIAL.match(phrase)  # "…, afirmó ayer la alcaldesa X"
            subject = phrase[adverbial.end() :] if adverbial else phrase
            if (
                re.search(r",\s*$", after[: verb.start()])
                and subject
                and _starts_subject(subject, self.indefinite)
            ):
                return self._phrase(phrase, at, index, lo, addressee=True), _cue(verb.group(0))
        return None, None

    def _announced(self, index: int, lo: int):
        """A quote opening its sentence with no cue of its own takes the speaker of the
        sentence before it when that one announces it ("…, afirmó X:", "X lo explicó
        así.", "Según X, …"), in this paragraph or ending the previous one; one that holds
        a quote itself is left to the quote-continuation rule, unless it ends on a colon
        ("X contó que esa ayuda «llegó tarde», así que …:"): a colon announces
        what follows whatever the sentence quotes on the way. Its verb is the one that
        opens its reported speech, when one does: the verbs after "que" are the report's
        ("Explica que muchos socios han pedido créditos. «…»" is who explains)."""
        earlier = [s for s in self.sentences[index] if s.end <= lo]
        if earlier:
            back, sentence = index, earlier[-1]
        elif index and self.sentences[index - 1]:
            back, sentence = index - 1, self.sentences[index - 1][-1]
        else:
            return None, None
        colon = sentence.text.rstrip().endswith(":")
        if (re.search(r"[«“\"_—]", sentence.text) and not colon) or not (
            colon or self._verbs(sentence.text)
        ):
            return None, None
        at = self.paragraphs[back][0] + sentence.end
        text = sentence.text
        if not text.rstrip().endswith(":") and all(
            _ABOUT_A_THING.search(text, 0, v.start()) for v in self._verbs(text)
        ):
            return None, None  # "… una declaración en la que pidieron …": narration
        report = next((v for v in self._verbs(text) if _opens_report(text, v.end())), None)
        if report is None and self.english:
            # English drops "that": "Hale said the road was safe." reports after its verb,
            # whose subject is before it (what follows is no inverted subject)
            report = next(
                (
                    v
                    for v in self._verbs(text)
                    if text[: v.start()].strip() and re.match(r"\s+[a-z]", text[v.end() :])
                ),
                None,
            )
        return self._before(text[: report.end()] if report else text, 0, at, back, sentence.start)

    def _reported(self, index: int, lo: int):
        """Words quoted inside a sentence with no cue of its own, right after a sentence of
        the same paragraph that reports someone's speech ("X anticipó que … . El objetivo
        es llegar a los «…»"), are that speaker's: the report goes on. Only reported speech
        ("que"), only the sentence right before (further back, the narrator speaks), and
        only a sentence that states what the report was about ("El objetivo es", `_GOES_ON`):
        one with a subject that acts ("La oposición calificó la medida de «…»") is someone
        else's judgement."""
        earlier = [s for s in self.sentences[index] if s.end <= lo]
        if not earlier or re.search(r"[«“\"_—]", earlier[-1].text):
            return None, None
        sentence = earlier[-1]
        verbs = [v for v in self._verbs(sentence.text) if _opens_report(sentence.text, v.end())]
        if not verbs:
            return None, None
        at = self.paragraphs[index][0] + sentence.start + verbs[-1].start()
        speaker = self._subject(sentence.text[: verbs[-1].start()], at, index, sentence.start)
        return (speaker, _cue(verbs[-1].group(0))) if speaker else (None, None)

    def _announced_after(self, index: int, close: int, alone: bool = False):
        """A quote that is its own sentence, credited by the next one: "«…». Así lo explicó
        X", "Con estas palabras ha reaccionado X", "Son palabras de X"; a quote that is its
        own paragraph (`alone`), by the next paragraph's first sentence."""
        sentence = next((s for s in self.sentences[index] if s.start >= close), None)
        if sentence is None and alone and index + 1 < len(self.sentences):
            index, sentence = index + 1, next(iter(self.sentences[index + 1]), None)
        words_of = sentence and _WORDS_OF.match(sentence.text)
        if words_of:
            at = self.paragraphs[index][0] + sentence.start
            phrase = ("el " if words_of.group(1) == "del" else "") + sentence.text[words_of.end() :]
            return self._phrase(phrase, at, index, sentence.start, addressee=False), "palabras"
        announce = sentence and _ANNOUNCED_AFTER.match(sentence.text)
        if not announce:
            return None, None
        rest = sentence.text[announce.end() :]
        verb = self.cue.match(rest) or (announce.group(1) and _ANY_VERB.match(rest))
        if not verb:
            return None, None
        at = self.paragraphs[index][0] + sentence.start
        phrase = rest[verb.end() :]
        return self._phrase(phrase, at, index, sentence.start, addressee=True), _cue(verb.group(0))

    def _after(self, after: str, at: int, index: int, lo: int):
        """A verb of saying right after the quote, its speaker following (or preceding) it."""
        head = re.match(r"\s*[,.;]?\s*[—―\-–]?\s*", after)
        rest = after[head.end() :]
        if self.english:  # "…," Rep. Tom Ridley said: the title's stop no sentence's end
            rest = _TITLE_ABBREVIATED.sub(_unstopped, rest)
        cue = self.cue.match(rest) or self.preposition.match(rest) or _AFTER_QUOTE.match(rest)
        periphrasis = _PERIPHRASIS.match(rest)
        if cue is None and periphrasis:  # "…», llegó a decir Duque"
            verb = self.cue.match(rest, periphrasis.end())
            cue = verb if verb and verb.group(0).lower().endswith("r") else None
        if cue:
            phrase = rest[cue.end() :]
            if _IMPERSONAL.fullmatch(cue.group(0)) and (writing := _IN_WRITING.match(phrase)):
                writer = _WRITTEN_BY.match(phrase, writing.end())  # "en el texto firmado por X"
                if writer and not _function_word(writer.group(1)):
                    return self._expand(self._stripped(writer.group(1)), at), _cue(cue.group(0))
                return self._issuer(writing.group(1), at, index, lo), _cue(cue.group(0))
            if cue.group(0).lower().endswith("del"):
                phrase = "el " + phrase
            if _REPORTING.match(phrase):  # "«…» Agregó que el huracán X …": its own report,
                return None, None  # no cue of this quote's
            subject = _skip_addressee(phrase.strip())
            source = _FROM_AFTER.match(_head_phrase(phrase.strip())[0])
            short = source and self._short_name(source.group(1))
            if _plural(cue.group(0)) and short:
                return self._spelled_out(short, at), _cue(cue.group(0))  # "desde la OMS"
            if _plural(cue.group(0)) and source and _body(source.group(1)):
                # "…», explicaron desde la Consejería"; not "avisaban desde la orilla"
                headed = self._body_headed_by(source.group(1), at)
                return headed or _source(source.group(1), self.text[:at]), _cue(cue.group(0))
            if _plural(cue.group(0)) and not (
                subject and _starts_subject(subject, self.indefinite)
            ):
                return self._previous_group(index, lo), _cue(cue.group(0))
            return self._phrase(phrase, at, index, lo, addressee=True), _cue(rest[: cue.end()])
        framed = _SPEECH_FRAMED.match(rest)
        if framed:  # "«…», acabó su discurso el diputado X", "«…», cerró su intervención."
            phrase = rest[framed.end() :]
            first = phrase.split()[0].lower() if phrase.split() else ""
            if not phrase.strip(" .;") or first in _PHRASE_STOPS or phrase.lstrip()[:1] in ".;,":
                return self._pro_drop(at, index, lo), framed.group(1).lower()  # "… en el pleno"
            if _starts_subject(phrase.strip(), self.indefinite):
                return self._phrase(phrase, at, index, lo, addressee=False), framed.group(1).lower()
        named = _NAMED_SAYING.match(rest)
        if named and named.group(1).lower() in _SAID_NOUNS:
            phrase = ("el " if named.group(2) else "") + named.group(3)
            speaker = self._phrase(phrase, at, index, lo, addressee=False)
            return speaker, named.group(1).lower()  # "«…», es el mensaje que da el médico X"
        inverted = self.inverted.match(rest)
        if self.english and inverted and (honoured := self._by_honorific(inverted.group(1), at)):
            return honoured, _cue(inverted.group(2))  # "«…», Mrs. Ridley said": of two Ridleys
        titled_name = self.english and inverted and _false_title(inverted.group(1))
        if titled_name and not _OWN_QUOTE.match(rest, inverted.end()):
            # "«…», Irish Press founder Eamon Duffy said": the name after the title
            return self._phrase(titled_name, at, index, lo, addressee=False), _cue(
                inverted.group(2)
            )
        if inverted and _starts_subject(inverted.group(1), self.indefinite):
            if _OWN_QUOTE.match(rest, inverted.end()):
                return None, _cue(inverted.group(2))  # "«…», X insistió en que «…»": no one
            subject = inverted.group(1)
            if self.english:
                subject = _MANNER_ADVERB_EN.sub("", subject) or subject
            if subject.split()[0].lower() in _PRONOUNS:
                if _plural(inverted.group(2)) or subject.split()[0].lower() in _PLURAL_PRONOUNS:
                    return self._previous_group(index, lo), _cue(inverted.group(2))
                return self._pro_drop(at, index, lo), _cue(inverted.group(2))
            speaker = self._phrase(subject, at, index, lo, addressee=False)
            return speaker, _cue(inverted.group(2))
        return None, None

    def _before(self, before: str, reach: int, at: int, index: int, lo: int):
        """A cue earlier in the sentence, from `reach` on: "Según X, «…»", "X afirmó que «…»"."""
        prepositions = [m for m in self.preposition.finditer(before) if m.start() >= reach]
        verbs = [m for m in self._verbs(before) if m.start() >= reach]
        last_prep = prepositions[-1] if prepositions else None
        last_verb = verbs[-1] if verbs else None
        possessive = [m for m in self.possessive.finditer(before) if m.start() >= reach]
        if possessive and all(
            m is None or m.start() < possessive[-1].start() for m in (last_prep, last_verb)
        ):
            self.via = "possessive"
            return self._pro_drop(at, index, lo), _cue(possessive[-1].group(0))
        gerund = _GERUND_CUE.search(before, reach)
        if gerund and all(m is None or m.start() < gerund.start() for m in (last_prep, last_verb)):
            self.via = "gerund"  # "X presentó el plan, recordando que «…»"
            start = at - len(before)
            if self.speakers and start <= self.spoken_at <= at:
                self.trail.append(("speaker of this sentence", self.speakers[-1]))
                return self.speakers[-1], gerund.group(1).lower()  # "«…», dijo X, pidiendo «…»"
            clause = before[: gerund.start()]
            return self._subject(clause, at, index, lo, start=start), gerund.group(1).lower()
        whose = _WHOSE_SAYING_EN.search(before, reach) if self.english else None
        if whose and all(m is None or m.start() < whose.start() for m in (last_prep, last_verb)):
            # "X writes for the Dunmore Trust, whose motto is “…”": the Trust's words
            self.via = "whose"
            name = whose.group(1)  # as written: a body's name may open with a place's
            if not _function_word(name):
                speaker = self._organisation(name, at) if _is_organisation(name) else name
                return self._expand(speaker, at), whose.group(2).lower()
        ruling = _LAW_RULES.search(before, reach) if self.lang in ("es", None) else None
        if ruling and not last_prep and (not last_verb or last_verb.end() <= ruling.start()):
            # "Cabe recordar que la Constitución establece que «…»": the law's own verb last
            # ("Según X, la Constitución establece": X's reading, as before)
            start = last_verb.end() if last_verb else reach
            if law := _law_before(before[start : ruling.start()]):
                self.via = "law"
                return law, ruling.group(1).lower()
        if last_prep and (not last_verb or last_prep.start() > last_verb.start()):
            phrase = before[last_prep.end() :]
            if last_prep.group(0).lower().endswith("del"):
                phrase = "el " + phrase
            phrase = re.sub(r",\s*$", "", phrase.rstrip())
            phrase = re.sub(r"\s*\([^()]*\)$", "", phrase)  # "De acuerdo con el X (ORC),"
            self.via = "according to"
            if _bare_noun(phrase, self.verb_words | self.indefinite):
                return None, _cue(last_prep.group(0))  # "(según geolocalización)": no one
            speaker = self._phrase(phrase, at, index, lo, addressee=False)
            return speaker, _cue(last_prep.group(0))
        if last_verb:
            cue = _cue(last_verb.group(0))
            copula = _INFINITIVE.fullmatch(cue) and _COPULA_BEFORE.search(
                before, 0, last_verb.start()
            )
            if (
                copula
                and not (_FOR_SOURCE.match(before) or _OWNED.search(before, 0, copula.start()))
                and not _MANNER_BEFORE.search(before, 0, last_verb.start())
            ):
                return None, cue  # "Ser republicano es defender «…»": no one says it
            dashed = _DASHED_SUBJECT.match(before, last_verb.end())
            if dashed and _DASH_BEFORE.search(before, 0, last_verb.start()):
                self.via = "aside"  # "En paridad de género, -dice la circular- se debe «…»"
                return self._phrase(dashed.group(1), at, index, lo, addressee=False), cue
            inverted = before[last_verb.end() :].strip(" \n:.,")
            aside = _ASIDE.match(before, last_verb.end())
            if aside and re.search(r",\s*$", before[: last_verb.start()]):
                inverted = aside.group(1)  # "Otra razón, dice Söderlund, es que «…»"
                adverbial = _ADVERBIAL.match(inverted)  # "subrayó por su parte la decana X,"
                inverted = inverted[adverbial.end() :] if adverbial else inverted
            else:
                aside = None
            so_said = _SO_SAID.search(before, 0, last_verb.start())
            where = so_said and _WHERE_SAID.search(inverted)
            if where:  # "así lo anunció la Sociedad X en sus redes sociales."
                inverted = inverted[: where.start()]
            if so_said:  # "Así lo defiende X, catedrático de …:"
                inverted = inverted.split(",")[0]
            if (
                inverted
                and last_verb.group(0).lower() not in _TELLING  # "He told reporters:"
                and _starts_subject(inverted, self.indefinite)
                and not _said_thing(inverted)  # "lanzó una advertencia a los populares:"
                and (aside or _INVERTED_END.search(before))
                and len(inverted.split()) <= _MAX_INVERTED_WORDS
                and not _THAT.search(" " + inverted)
            ):
                self.via = "verb then name"
                return self._phrase(inverted, at, index, lo, addressee=True), cue
            if so_said:
                return None, cue  # "X murió, así lo dio a conocer …": the subject follows
            own = _OWN_CLAUSE.search(before, last_verb.end())
            if own and "," not in before[own.end() :]:
                return None, cue  # "X ratificó un documento en el que el exmandatario aprobó…"
            self.via = "subject"
            subject = before[: last_verb.start()]
            if (
                self.lang == "es"
                and _plural(cue)
                and (them := _TO_THEM_OPENING.fullmatch(subject + cue.split()[0] + " "))
                and not _NAME.search((them.group(1) or "")[1:])  # its opening word aside
                and not _DOUBLED_OBJECT.match(before, last_verb.end())
            ):
                return None, cue  # "En las cartas les advierten que «…»": the group in view
                # is whom it is said to, its sayer left unsaid (an impersonal plural)
            if len(verbs) > 1 and _JOINED_VERBS.fullmatch(
                before, verbs[-2].end(), last_verb.start()
            ):
                subject = before[: verbs[-2].start()]  # "X niega la presencia de Y y afirma"
            start = at - len(before)
            return self._subject(subject, at, index, lo, _plural(cue), start=start), cue
        judge = _FOR_SOURCE.match(before)
        self.via = "para"
        if judge and (speaker := self._judge(judge.group(1), at, index, lo)):
            return speaker, "para"  # "Para la vicepresidenta, los fondos supondrán «…»"
        self.via = "colon"
        if re.search(r":\s*$", before[reach:]):  # "X, sin embargo, no tiene dudas: «…»"
            return self._subject(before, at, index, lo, named=True, start=at - len(before)), None
        return None, None

    def _judge(self, phrase: str, at: int, index: int, lo: int) -> str | None:
        """Whose view "Para X, …" opening a sentence gives: a person or an organisation
        ("Para la vicepresidenta", "Para el Gobierno", "Para Ferrán"); not a time or a
        purpose ("Para la próxima semana", "Para ello")."""
        name = _NAME.fullmatch(re.sub(r"^(?:el|la|los|las)\s+", "", phrase, flags=re.I))
        if name and _is_organisation(name.group(0)):
            return self._organisation(name.group(0), at)
        if name and not _function_word(phrase):
            full = self._expand(self._stripped(phrase), at)
            return full if self._person_like(full) else None
        noun = _head_noun(phrase)
        if re.match(r"(?:el|la)\s", phrase) and (describe(phrase) or noun in _ORG_NOUNS):
            return self._phrase(phrase, at, index, lo, addressee=False)
        return None

    def _subject(
        self,
        subject: str,
        at: int,
        index: int,
        lo: int,
        plural: bool = False,
        named: bool = False,
        start: int | None = None,
    ) -> str | None:
        """The speaker before a verb: the first name that is not a title's organisation, nor
        a place or a person after a preposition ("Kim, tras reunirse con Putin, dijo").
        A lone capitalised word opening the sentence is a name only right before a
        singular verb ("Lavrov aseguró"), and never a function word ("Después dijo").
        `named`: before a colon, with no verb of saying, a clause with a subject of its own
        names the speaker or no one; pro-drop is for a clause that opens with its verb
        ("Antes de pasar el micrófono, aplaudió a las ponentes:"). `start`: where `subject`
        begins in the text, so that a description is resolved from what comes before it,
        not from the rest of the sentence ("el priista explica que si lo que Trump…")."""
        subject = _PARENTHESES.sub(lambda m: " " * len(m.group(0)), subject)
        if self.english and _FIRST_PERSON_EN.match(subject):
            return None  # "I look down and whisper, «…»": the writer, named by no one
        if self.english and (
            honoured := self._by_honorific(subject.strip().rsplit(",", 1)[-1].strip(), at)
        ):
            return honoured  # "Mrs. Ridley said:" of Tom and Mary Ridley
        if self.english and (right_before := self._name_right_before(subject, at)):
            return right_before
        if _ORDINAL_ITEM.match(subject.strip()):
            return self._publisher(index, lo)  # "publicó tres tuits. ⏎ El primero afirma"
        if clause := _CLAUSE_SUBJECT.search(subject):
            subject = clause.group(1)  # "X señaló que el Acuerdo indica": "el Acuerdo"
        if self.lang == "es" and (wanted := _kin_apposed_other(subject)):
            # "La esposa del exgobernador, Tomás Ferrer, describe": not Tomás; she is the
            # person the text was about when that one is a woman, else no one
            before = self.paragraphs[index][0] + lo  # the sentence's start: its own
            # titled name is the relative's, never whom the words are the kin's
            with self._aside():
                person = self._previous_subject(
                    before if _KIN_OPENING.match(subject) is None else at, index, lo
                )
            if person and given_name_gender(person.split()[0]) == wanted:
                return person
            return None
        relative = _RELATIVE_END.search(subject)
        before_relative = _last_word(subject[: relative.start() + 1]) if relative else ""
        said_through = (
            relative
            and not re.search(r",\s*$", subject[: relative.start() + 1])  # ", que": relative
            and self._said_through(subject[: relative.start() + 1])
        )
        if (
            relative
            and before_relative not in _BEFORE_CONJUNCTION | self.verb_forms
            and not said_through
        ):
            text = subject[: relative.start()].rstrip(" ,")
            pronoun = _WORD.search(relative.group(0)).group(0).lower()
            antecedent = self._antecedent(text, at, index, lo, pronoun)
            spoke_here = self.paragraphs[index][0] + lo <= self.spoken_at <= at
            if antecedent is None and pronoun == "quien" and self.speakers and spoke_here:
                # "«…», admitió el técnico, quien explicó que «…»": the person this
                # sentence just gave a quote to, whom "quien" names again
                self.trail.append(("speaker of this sentence", self.speakers[-1]))
                return self.speakers[-1]
            if antecedent is not None or pronoun != "que":
                return antecedent  # "hay quienes cuestionan": no one in particular
            thing = _TRAILING_PHRASE.search(text)
            if thing and not _NAME.search(thing.group(0)) and _relative_of_thing(thing.group(0)):
                return None  # "una editorial publicada hace un año que decía:": its words
        clause = _main_clause(subject)
        last = subject.rsplit(",", 1)[-1].strip()
        # the last one: "leyó una carta en la que X pedía «…»" is X's
        where = next(reversed(list(_WHERE_OPENS.finditer(last))), None)
        if where is None and clause != last:  # "Mientras que el artículo 5, más claro, dice"
            last = clause
            where = next(reversed(list(_WHERE_OPENS.finditer(last))), None)
        if where and last[where.end() :].strip():
            # "viajó a Toledo, donde el alcalde afirmó": the clause's own subject
            subject = clause = last[where.end() :]
        trailing = _TRAILING_ADVERBIAL.search(clause)
        if self.lang in ("es", None) and (
            law := _law_speaking(clause[: trailing.start()] if trailing else clause)
        ):
            return law  # "La Constitución establece que «…»", "el artículo 12 señala:"
        if short := self._short_name(clause[: trailing.start()] if trailing else clause):
            return self._spelled_out(short, at)  # "La OMS aseguró", "la OMS también dijo"
        if (
            clause != subject.strip()
            and _NAME.fullmatch(clause)
            and _lone_name(clause)
            and first_role(clause.split()) is None
        ):
            stripped = self._stripped(clause)  # "Al preguntarle por Windows, Nadella aclaró"
            if stripped and (" " in stripped or (not plural and not stripped.endswith("mente"))):
                return self._expand(stripped, at)
        if (
            self.lang == "es"
            and clause != subject.strip()
            and _ADVERBIAL_OPENING.match(subject.strip())
            and _DESCRIBED_SUBJECT.match(clause)
            and subject.count(",") == 1
        ):  # "En entrevista para Radio X con Ana Ruiz, el funcionario dijo", "Al terminar
            # el Trofeo de X, el ciclista Iván Roca dijo": the subject follows the opening
            subject = clause
        if clause != subject.strip() and (titled := self._titled_subject(clause, at)):
            return titled  # "Tras la reunión con el ministro X, la portavoz Y dijo": Y
        candidates = [
            m
            for m in _NAME.finditer(subject)
            if (
                not _after_preposition(subject, m.start(), _is_organisation(m.group(0)))
                or _glued(m.group(0), self._stripped(m.group(0)))  # "de la Secretaría X Ana Ruiz"
            )
            and not _OPENING_PREPOSITION.match(m.group(0))
            and not self._titled_object(subject, m.start())  # "Tras reunirse con el ministro X,"
            and not _KIN_BEFORE.search(subject, 0, m.start())  # "La esposa del presidente X"
            and m.group(0).split()[0].lower() not in _SOURCE_NOUNS  # "Fuentes del Ministerio"
            and not _in_aside(subject, m.start())
            and not (_function_word(m.group(0)))
            and not (self.english and self._modifier(m.group(0)))
            and not (
                m.start() == _lead(subject)
                and " " not in m.group(0).strip()
                and not self._known(m.group(0))
                and not (subject.strip() == m.group(0) and not plural and _lone_name(m.group(0)))
                and not (
                    named
                    and self.lang == "es"
                    and not plural
                    and _lone_name(m.group(0))
                    and _SINGULAR_VERB_AFTER.match(subject, m.end())
                )  # "Lumora ha remitido una explicación: «…»": the name is the verb's subject
            )
        ]
        if candidates:
            name = self._stripped(candidates[0].group(0))
            if (
                plural
                and name
                and self._person_like(self._expand(name, at))
                and not _JOINED_AFTER.match(subject, candidates[0].end())
            ):
                return None  # "X contó que … varios hombres entraron y gritaron:": not X
            going_on = _NAME_GOES_ON.match(subject, candidates[0].end())
            if name and going_on and _last_word(subject[: candidates[0].start()]) in _ORG_NOUNS:
                return name + going_on.group(0)  # "la plataforma Vecinos por Lugo"
            if name and _is_organisation(name):
                return name + _organisation_tail(subject, name, candidates[0].end())
            if name:
                return self._expand(name, at)
        words = clause.split()
        source = _FROM.match(subject)
        if plural and source:
            return _source(source.group(1), self.text[:at])
        by_article = _NAMED_BY_ARTICLE.match(clause)
        if by_article and _is_organisation(by_article.group(1)):
            return self._organisation(by_article.group(1), at)
        if words and words[0].lower() in _DEFINITE:
            if not plural and _ALSO_TITLED.match(clause):
                return self._previous_subject(at, index, lo)  # "El también portavoz de X dijo"
            if plural:
                noun = _head_noun(clause)
                if not (_people(noun) or noun in _ORG_NOUNS or _bodies(noun)):
                    return None  # "las exploraciones revelaron": things
                if (
                    self.lang == "es"
                    and _names_group_again(clause.strip())
                    and (group := self._group_in_view(index, lo, last=True))
                ):
                    return group  # "Unas 80 asociaciones … Los firmantes expresan"
                return _group(clause, self.text[:at])
            clause_at = at if start is None else start + subject.rfind(clause)
            possessed = describe(clause) or nationality(clause)
            if _possessed_person(clause, possessed):  # "Su madre explicó que": not him
                return self._someone_of(clause, possessed, clause_at, index, lo)
            name = _NAME.match(clause, len(words[0]) + 1)
            going_on = name and _NAME_GOES_ON.match(clause, name.end())
            if (
                going_on
                and going_on.end() == len(clause)
                and (_is_organisation(name.group(0)) or _head_noun(name.group(0)) in _ORG_NOUNS)
            ):
                return name.group(0) + going_on.group(0)  # "La Plataforma de Afectados por la H"
            if (
                name
                and _is_organisation(name.group(0))
                and name.end() + len(_organisation_tail(clause, name.group(0), name.end()))
                == len(clause)
            ):  # "La Asociación de Vecinos de X", a role inside its name; "El Ayuntamiento
                # de la localidad"
                return self._organisation(name.group(0), at)
            if introduced := self._introduced_as(_head_noun(clause), clause_at):
                return introduced
            if _BARE_GOVERNMENT.fullmatch(clause.strip()):
                return self._government()  # "El gobierno aseguró que «…»"
            if _common_noun(clause) in _ORG_NOUNS | _ORG_ANAPHORA.keys():
                return self._named_organisation(clause, clause_at, index, lo)
            ruling = _head_noun(clause)
            if ruling in _RULINGS and (court := self._complainant(ruling, clause_at)):
                return court  # "La sentencia de la juez señala": the court's, not the judge's
            description = describe(clause) or nationality(clause)
            if description is not None and (unnamed := self._spokesperson(description, clause, at)):
                return unnamed  # "El portavoz de la compañía aseguró"
            if description is not None:
                also = bool(_ALSO.search(clause))
                return self._described(
                    description, clause_at, index, lo, also=also, head=clause
                ) or self._in_view(clause, clause_at)
            authored = _AUTHORED.fullmatch(clause)
            if authored and authored.group(1) in _THINGS | _SAYINGS:
                return self._author(authored, at)
            if name and " " in name.group(0) and name.end() == len(clause):
                return self._organisation(name.group(0), at)  # "La Procuraduría General…"
            if complainant := self._complainant(_common_noun(clause), clause_at):
                return complainant  # "La denuncia sostiene": who denounced
            if issuer := self._issuer(clause, clause_at, index, lo):
                return issuer  # "X emitió un comunicado. … El texto afirma"
            if _description(clause, "") is None or name:
                return None  # "El primero de ellos afirma", "El Nobel"
            if _head_noun(clause) in _PRESS or (
                _head_noun(clause) in _OUTLETS and len(words) <= _MAX_UNNAMED_WORDS
            ):  # "La prensa local asegura", "el blog afirma": a medium speaks for itself
                return _description(clause, self.text[:at])
            if _OWNED_BY_NAME.fullmatch(clause) and not _people(_head_noun(clause)):
                return _description(clause, self.text[:at])  # "el aeropuerto de Gran Canaria"
            return self._previous_subject(clause_at, index, lo) or self._in_view(clause, clause_at)
        if words and (
            (plural and _bare_plural(words[0].lower())) or words[0].lower() in _SOURCE_NOUNS
        ):  # "Fuentes de la empresa explicaron", "Officials at the Department said"
            return _group(clause, self.text[:at])
        words = subject.split()
        authored = _AUTHORED.fullmatch(clause)
        indefinite = bool(words) and words[0].lower() in self.indefinite
        if indefinite and authored and authored.group(1) in _THINGS | _SAYINGS:
            return self._author(authored, at)  # "Un estudio del Instituto X concluye"
        longest = _MAX_DESCRIPTION_WORDS + (2 if self.english else 0)  # "for the", not "del"
        if words and words[0].lower() in self.indefinite and len(words) <= longest:
            return _description(" ".join(words), self.text[:at])
        head = _RELATIVE_OPENS.split(subject.strip(), maxsplit=1)[0]
        if (
            words
            and words[0].lower() in self.indefinite
            and head != subject.strip()
            and len(head.split()) - 1 <= _MAX_DESCRIPTION_WORDS
            and _people(_head_noun(head))
        ):  # "Una vecina que prefiere no dar su nombre relata", "Un portavoz de X, que …,"
            return _description(head, self.text[:at])
        if named and _has_subject(clause):
            return None  # "la respuesta fue contundente:", "Una cuenta publicó el mensaje:"
        opening = _OPENING_NOUN.match(subject)
        if clause.lower() in _ADVERBS and clause != subject.strip() and opening:
            # "El médico, quien asegura …, también afirma": the noun the sentence opens on
            # is the subject ("La circular está firmada por X, Y, también pide": no one)
            return self._phrase(opening.group(0), at, index, lo, addressee=False)
        return self._previous_group(index, lo) if plural else self._pro_drop(at, index, lo)

    @staticmethod
    def _titled_object(text: str, start: int) -> bool:
        """Whether the name at `start` follows a preposition that makes an object of a
        person, an article and their title ("con el ministro X", "contra la jueza X"):
        whom the subject met or answered, not the subject."""
        titled = _AGENT_TITLE_ANY_CASE.search(text, 0, start)
        return bool(titled and role_of(titled.group(1).lower()))

    def _said_through(self, text: str) -> bool:
        """Whether `text` ends with a verb of saying and the means or place it was said
        in ("anunció en Twitter", "dijo a la prensa"): the "que" after it opens what was
        said, it is no relative pronoun of the name before it."""
        means = _SAID_THROUGH.search(text)
        return bool(means) and means.group(1).lower() in self.verb_forms

    @_evidence("title and name")
    def _titled_subject(self, clause: str, at: int) -> str | None:
        """The name a title puts right before the verb, in the clause that holds the verb
        ("la portavoz sindical Rocío Mendaña" of "Tras reunirse con el ministro X, la
        portavoz sindical Rocío Mendaña dijo"): the subject of the verb of saying, whoever
        the words set off before it name."""
        name = next((m for m in _NAME.finditer(clause) if m.end() == len(clause)), None)
        title = clause[: name.start()].strip() if name else ""
        words = title.split()
        if (
            name is None
            or not words
            or words[0].lower() not in _DEFINITE_ARTICLES
            or any(w[0].isupper() for w in words)
            or not _ends_in_title(title, _MAX_TITLE_LOWERCASE)
            or (self.english and words[-1].lower() in _COMPLEMENT_BEFORE_EN | _DEFINITE)
        ):
            return None  # "X, the head of the Dunmore Growers, said": the body is no one titled
        stripped = self._stripped(name.group(0))
        return self._expand(stripped, at) if stripped and _is_person(stripped) else None

    @_evidence("relative")
    def _antecedent(
        self, text: str, at: int, index: int, lo: int, pronoun: str = "que"
    ) -> str | None:
        """Who a relative clause's verb of saying has as subject: the noun phrase before
        "que" ("la jurisprudencia del Tribunal Europeo, que sostiene", "un medio digital que
        aseguraba", "las participantes que … exigían"); None when the text ends otherwise
        ("dijo que afirmó": "que" opens reported speech, not a relative clause). "quien"
        may follow an apposition ("X, investigadora del Wilson Center, quien apunta");
        "quienes" wants a plural."""
        carrier = _CARRIER_BEFORE.search(text)
        if carrier and carrier.group(1).lower() in _THINGS | _SAYINGS:
            named = _NAME.fullmatch(carrier.group(3))
            stripped = self._stripped(named.group(0)) if named else None
            full = self._expand(stripped, at) if stripped and not _function_word(stripped) else None
            if full and (carrier.group(2) != "con" or self._person_like(full)):
                return full  # "una entrevista con X en la que dice"; "con Telemundo": its host
        issued = _ISSUED_CARRIER.search(text)
        if issued and issued.group(2).lower() in _THINGS | _SAYINGS:
            verbs = [
                m for m in _WORD.finditer(text, 0, issued.start()) if _ISSUING.fullmatch(m.group(0))
            ]
            if verbs:  # "La Consejería ha publicado un informe en el que advierte": its issuer
                subject = text[: verbs[-1].start()]
                subject = subject[: _CUE_PREFIX.search(subject).start()]  # "ha publicado"
                return self._subject(subject, at, index, lo, _plural(verbs[-1].group(0)))
        name = next((m for m in _NAME.finditer(text) if m.end() == len(text)), None)
        if pronoun == "quienes":
            name = None
        elif name is None and pronoun == "quien" and "," in text:
            return self._antecedent(text.rsplit(",", 1)[0].rstrip(), at, index, lo, "que")
        if name and not _function_word(name.group(0)):
            affiliation = re.search(r",\s*(?:de|del)\s+$", text[: name.start()])
            if affiliation:  # "Gabriela Siller, de Banco Base, que advierte"
                return self._antecedent(text[: affiliation.start()], at, index, lo)
            stripped = self._stripped(name.group(0))
            full = self._expand(stripped, at) if stripped else None
            owner = _OWNER_BEFORE.search(text, max(0, name.start() - 30), name.start())
            institution = any(w.lower() in INSTITUTION_WORDS for w in stripped.split())
            if not owner or owner.group(1) in _THINGS | _SAYINGS or institution:
                return full  # "las declaraciones de X, quien pidió"
            if _people(owner.group(1)) or not (full and self._person_like(full)):
                return None  # "la hija de Ana", "el centro de salud de Lugo": not Ana, Lugo
            return full
        phrase = _TRAILING_PHRASE.search(text)
        if phrase is None:
            return None
        head = phrase.group(0)
        noun = _head_noun(head)
        if not (_people(noun) or noun in _OUTLETS | _ORG_NOUNS):
            return None  # "una reforma que describe como…": a thing
        if pronoun == "quienes" and not head.lower().startswith(("los ", "las ", "unos ", "unas ")):
            return None
        if head.split()[0].lower() in self.indefinite:
            return _description(head, self.text[:at])
        if head.split()[0].lower() in ("los", "las"):
            return _group(head, self.text[:at])
        description = describe(head)
        if description is not None:  # "El médico, quien asegura": a person, as a subject is
            return self._described(description, at, index, lo, fallback=pronoun == "quien")
        return None

    def _phrase(self, phrase: str, at: int, index: int, lo: int, addressee: bool) -> str | None:
        """The speaker phrase that follows a cue ("la ministra de Trabajo, Lucía Ferrán")."""
        phrase = phrase.strip()
        if addressee:
            phrase = _skip_addressee(phrase)
        if (
            self.english
            and (title := _TITLE_ABBREVIATED.match(phrase))
            and _title_word(title.group(1))
        ):
            phrase = phrase[title.end() :]  # "said Gov. Tom Ridley", "said Sen. Ann Hale, D-Ore."
        if self.english and (honoured := self._by_honorific(phrase, at)):
            return honoured  # "Mrs. Ridley said" of Tom and Mary Ridley: Mary
        if self.english and (pair := _PAIR_EN.match(phrase)):
            return self._pair(pair, at)  # "Ann Hale and Tom Ridley said": both of them
        if self.english and (owner := _POSSESSOR_EN.match(phrase)):
            # "said Ridley's lawyer, Paula Grant", "Ridley's daughter said": someone of
            # Ridley's, never Ridley (`_possessed_person`, as "his lawyer")
            phrase = "his " + phrase[owner.end() :]
        if adverbial := _ADVERBIAL.match(phrase):
            phrase = phrase[adverbial.end() :]
            if addressee:  # "dijo en declaraciones a Efe X": whom, after the means
                phrase = _skip_addressee(phrase)
        if (thing := _CAPITALISED_THING.match(phrase)) and thing.group(1)[0].isupper():
            phrase = phrase[: thing.start(1)] + thing.group(1).lower() + phrase[thing.end(1) :]
        if when := _WHEN_SAID.match(phrase):
            phrase = phrase[when.end() :]  # "«…», aseguró el lunes (el alcalde)": when
        if self.lang == "es" and (identified := _IDENTIFIED_AS.match(phrase)):
            return _description(identified.group(1), self.text[:at])  # "un hombre que se
            # identificó como primo de X": who he is, as he gave it
        if (
            self.lang == "es"
            and (nick := _NICK_PHRASE.match(phrase))
            and (person := self.nicknames.get(nick.group(1))) is not None
        ):
            self.trail.append(("nickname", person))  # "advirtió el Diamante Negro"
            return self._expand(person, at)
        if _AGED.match(phrase) and (person := self._named_just_before(at, index, lo)):
            return person  # "X … «…», explica el joven de 26 años": X again
        words = phrase.split()
        if not words:
            return self._pro_drop(at, index, lo)
        first = words[0].lower().strip(".,;:")
        if self.lang == "es" and first in _QUANTIFIERS and len(words) > 1:
            # "según señalan varias organizaciones", "dijeron algunos vecinos": a group
            # brought in by a quantifier is the group, as a bare plural is
            phrase = phrase.lstrip()[len(words[0]) :].lstrip()
            words = words[1:]
            first = words[0].lower().strip(".,;:")
        if self.lang == "es" and first in self.verb_forms and _plural(first) and words[0] == first:
            # "«…», según explicaron los expertos": the verb after "según", its plural
            # subject after it, or the group in view when none follows
            rest = phrase.lstrip()[len(words[0]) :].strip()
            if rest and _starts_subject(rest, self.indefinite):
                return self._phrase(rest, at, index, lo, addressee=False)
            return self._previous_group(index, lo)
        if short := self._short_name(_head_phrase(phrase)[0]):
            return self._spelled_out(short, at)  # "señaló el DSI", "advirtió la Aemet"
        quoted = _QUOTED_NAME.match(phrase)
        if quoted:
            return quoted.group("name")  # "señala ‘Marea Verde’ en sus redes"
        name = _NAME.match(phrase)
        if name and not _function_word(name.group(0)):
            stripped = self._stripped(name.group(0))
            if self.english and stripped:
                stripped = _role_cut_name_en(stripped)  # "said Neighbour Ben Ashe"
            return self._expand(stripped, at) if stripped else None
        if first in _PRONOUNS:
            return self._pro_drop(at, index, lo)
        head, tail = _head_phrase(phrase)
        if (
            self.lang == "es"
            and (kin := _KIN_HEAD.match(head))
            and not _APPOSED_NAME.match(tail)  # "el padre de la víctima, Pedro Gil": him
            and (whose := _KIN_OF_WORD.match(head, kin.end()))
            and role_of(whose.group(1).lower())
        ):
            # "según la esposa del presidente": not the president; the woman the text was
            # about when she is one (as `_kin_apposed_other`), else no one
            with self._aside():
                person = self._previous_subject(at, index, lo)
            wanted = "m" if kin.group(1).lower() == "el" else "f"
            return person if person and given_name_gender(person.split()[0]) == wanted else None
        if self.lang == "es" and first in _OUR:
            # "«…», explicó nuestro informante": the outlet's own source, unnamed on
            # purpose (as "una fuente"); never the subject named before
            noun = head.split()[-1].lower()
            return noun if noun in _ANONYMOUS_HEADS and len(head.split()) == 2 else None
        if (reach := _REACH.match(tail)) and _SPOKESPERSON in head.lower().split():
            head += " " + reach.group(0).strip()  # "una portavoz de la organización en Italia"
        if first in _RELATIVES:
            return head  # "cacarean quienes inventan un bulo"
        if re.fullmatch(r"(?:el|la)\s+[«“\"]?_+[»”\"]?", head, re.I) or _ALSO_TITLED.fullmatch(
            head
        ):
            subject = self._previous_subject(at, index, lo)  # "Según el «filántropo»"
            if subject is None and self.lang == "es" and _ALSO_TITLED.fullmatch(head):
                return self._also_the_last_speaker(head, index)  # "añadió el también pintor"
            return subject
        authored = _AUTHORED.fullmatch(head)
        if authored and authored.group(1) in _THINGS | _SAYINGS:
            return self._author(authored, at)
        inside = [
            m
            for m in _NAME.finditer(head)
            if not _function_word(m.group(0))
            and (
                not _after_preposition(head, m.start(), _is_organisation(m.group(0)))
                or _unglued(m.group(0).split(), self.alone)
                != m.group(0).split()  # "de Acme Ana Ruiz"
            )
            and not self._complement_name(head, m)
            and not _KIN_BEFORE.search(head, 0, m.start())  # "la esposa del presidente X"
        ]
        if inside:
            stripped = self._stripped(inside[-1].group(0))
            if stripped and _is_organisation(stripped):  # "the Ministry| of Water", "la Policía"
                tail = _organisation_tail(head, stripped, inside[-1].end())
                return max(self._organisation(stripped, at), stripped + tail, key=len)
            if stripped:
                return self._expand(stripped, at)
        if role_of(first) and words[0].strip(".,;:") == first:
            return _description(head, self.text[:at])  # "explicó cirujano", "dijo vocero"
        if first in _THINGS:
            return None  # "según datos del informe": a thing no one is said to have written
        titled = _TITLED_APPOSITION.match(tail)
        if titled and role_of(titled.group(1).lower()) and (named := titled.group(2)):
            stripped = self._stripped(named)  # "la directora del estudio, la
            if stripped:  # profesora Rosa Lomas", "co-líder del estudio, el profesor X"
                return self._expand(stripped, at)
        if first not in _DEFINITE and first not in self.indefinite and not _bare_plural(first):
            return self._pro_drop(at, index, lo)
        if first in _POSSESSIVES and _head_noun(head) in _MEDIA:
            owner = _OWNER.match(tail)  # "señaló su página de Facebook, la Asociación X,"
            return self._organisation(owner.group(1), at) if owner else None
        if first in _POSSESSIVES and _head_noun(head) in _SAYINGS | _SAID_NOUNS | _SPEECHES:
            return self._pro_drop(at, index, lo)  # "según sus palabras", "continúa su charla:"
        apposition = _APPOSED_NAME.match(tail)
        if apposition and _head_noun(head) not in _SOURCE_NOUNS | {"fuente", "source"}:
            # "la ministra de Industria, doña Lucía Campos,": an honorific before the name
            stripped = _strip_titles(apposition.group("name"), self.alone, self.english)
            if stripped:
                return self._expand(stripped, at)
        description = describe(head) or nationality(head)
        if (
            self.lang == "es"
            and first in _DEFINITE
            and description is not None
            and (held := _HOLDER_AFTER_COMPLEMENT.match(tail))
            and is_given_name(held.group(1).split()[0])
            and (stripped := self._stripped(held.group(1)))
            and " " in stripped
        ):  # "afirmó el subdirector de la Agencia X para Incendios y Rescate, Hugo Mendía"
            return self._expand(stripped, at)
        if first in _DEFINITE and (introduced := self._introduced_as(_head_noun(head), at)):
            return introduced  # "la plataforma separatista" introduced "‘Marea Verde’"
        if first in _PLURAL_ARTICLES and description is not None and _people(_head_noun(head)):
            return _group(head, self.text[:at])  # "gritaban los vecinos": a group, no one
        if _possessed_person(head, description):
            return self._someone_of(head, description, at, index, lo)  # "dijo su abogado"
        if first in _DEFINITE and description is not None:
            if unnamed := self._spokesperson(description, head, at):
                return unnamed  # "apostilló el portavoz de la compañía"
            return self._described(
                description, at, index, lo, also=bool(_ALSO.search(head)), head=head
            ) or self._in_view(head, at)
        if _BARE_GOVERNMENT.fullmatch(head):
            return self._government()  # "afirmó el gobierno en un comunicado"
        if first in _DEFINITE and _common_noun(head) in _ORG_NOUNS | _ORG_ANAPHORA.keys():
            return self._named_organisation(head, at, index, lo)  # "el consistorio"
        if first in _DEFINITE and (complainant := self._complainant(_common_noun(head), at)):
            return complainant  # "Según la denuncia": who denounced
        if first in _DEFINITE and (issuer := self._issuer(head, at, index, lo)):
            return issuer  # "X emitió un comunicado. … «…», señala el texto"
        carriers = _CARRIED_BY.match(tail)
        if carriers and set(_WORD.findall(head.lower())) & _THINGS:
            return _group(_head_phrase(carriers.group(1))[0], self.text[:at])
        if _CARRYING.match(tail) and set(_WORD.findall(head.lower())) & _THINGS:
            named = [m.group(1) for m in _CARRIED_BY.finditer(self.text[:at])]
            if named:  # "otra de las pancartas que portaban mientras…": those named before
                return _group(_head_phrase(named[-1])[0], self.text[:at])
        if self.english and (epithet := _EPITHET_EN.fullmatch(head)):
            return self._epithet_en(head, epithet, at, index, lo)  # "the 54-year-old said"
        if _EPITHET.fullmatch(head) and _common_noun(head) not in _THINGS | _SAYINGS | _COLLECTIVES:
            return self._epithet(head, at, index, lo) or self._in_view(head, at)
        if first in ("el", "la") and (ranked := self._ranked(head, at)):
            return ranked  # "ha asegurado el 'número dos' del PP": the party's one named
        return _description(head, self.text[:at])

    def _by_honorific(self, phrase: str, at: int) -> str | None:
        """Which of two people of this text sharing a surname an English honorific names
        ("Mrs. Ridley" of Tom and Mary Ridley): the one whose first name is not of the other
        gender, when one alone is; None when the surname is one person's (the usual
        reading goes on) or the honorific does not tell."""
        honoured = _HONORED_EN.match(phrase)
        if honoured is None or not self._ambiguous(honoured.group(2)):
            return None
        other = "f" if honoured.group(1) == "Mr" else "m"
        fitting = {
            m.name
            for m in self.full_names
            if m.start < at
            and m.name.split()[-1] == honoured.group(2)
            and _gender_of(m.name) != other
        }
        return fitting.pop() if len(fitting) == 1 else None

    def _pair(self, pair: re.Match[str], at: int) -> str | None:
        """Two people who say the words together ("Ann Hale and Tom Ridley said in a joint
        statement"), as the press names them: each in full ("Tom and Mary Ridley", a first
        name sharing the surname after it, as written); no one when either is no person."""
        first, second = (self._stripped(pair.group(i)) for i in (1, 2))
        if not first or not second or _is_organisation(first) or _is_organisation(second):
            return None
        if " " not in first and is_given_name(first) and _is_person(second):
            return f"{first} and {second}"  # "Tom and Mary Ridley"
        first, second = self._expand(first, at), self._expand(second, at)
        return f"{first} and {second}" if _is_person(first) and _is_person(second) else None

    @_evidence("named just before")
    def _named_just_before(self, at: int, index: int, lo: int) -> str | None:
        """The person named last before `at`, in this sentence or the two before it in
        this paragraph (the paragraph's first sentence reaches the paragraph before's
        last): whom the press calls again by a description of their age ("Para Keith, …
        «…», dice ese hombre de 36 años"); no one when none is named so near."""
        offset, _ = self.paragraphs[index]
        earlier = [s for s in self.sentences[index] if s.end <= lo]
        start = offset + (earlier[-2:][0].start if earlier else lo)
        if len(earlier) < 2 and index and self.sentences[index - 1]:
            start = self.paragraphs[index - 1][0] + self.sentences[index - 1][-1].start
        for mention in reversed(self.mentions):
            if not start <= mention.start < at or _is_organisation(mention.name):
                continue
            full = self._expand(mention.name, at)
            if self._person_like(full) or is_given_name(full.split()[0]):
                return full
        return None

    def _complement_name(self, head: str, match: re.Match) -> bool:
        """Whether a name in a speaker phrase is the name of the thing its title is of,
        not the speaker's: it follows "de" and a noun that is no title ("el portavoz de la
        empresa Acme", "el director del hospital Santa Rita") and opens with no first name
        ("la portavoz de la asociación Ana Gil" is Ana Gil)."""
        noun = _COMPLEMENT_NOUN.search(head, 0, match.start())
        if noun is None or noun.end() != match.start() or role_of(noun.group(1).lower()):
            return False
        if not _people(_head_noun(head[: noun.start()])):
            return False  # "el portal de verificación Maldita.es": the outlet's own name
        return not any(is_given_name(word) for word in match.group(0).split())

    @_evidence("rank in an organisation")
    def _ranked(self, head: str, at: int) -> str | None:
        """The press names a person again by their rank in an organisation ("el 'número
        dos' del PP", "la número uno de la lista"): the one person the text named before
        `at` with a title of that organisation ("El secretario general del Partido Popular,
        X," — the acronym is the name's initials) or with that rank in apposition ("X, el
        número dos del partido,"), of the article's gender; two such people, no one."""
        rank = _RANK.fullmatch(head)
        if rank is None:
            return None
        organisation = rank.group("of")
        wanted = "m" if head.split()[0].lower() == "el" else "f"
        found = set()
        with self._aside():
            for m in self.mentions:
                if m.start >= at or not _is_person(m.name):
                    continue
                title = _title_around(self.text, m.start, m.start + len(m.name))
                if title is None or not _names_organisation(title, organisation):
                    continue
                name = self._expand(m.name, m.start)
                known = m.description.genders if m.description else frozenset()
                genders = known or {given_name_gender(name.split()[0])} - {None}
                if genders and genders != {wanted}:
                    continue
                found.add(name)
        return next(iter(found)) if len(found) == 1 else None

    @_evidence("epithet")
    def _epithet(self, head: str, at: int, index: int, lo: int) -> str | None:
        """A bare definite noun no table knows ("explicó el galerista", "añadió la
        gallega") is the press's way to name again who was just quoted: the last speaker,
        when they are also the subject named last and their gender is the article's;
        else no one (never the noun itself)."""
        if not self.speakers:
            return None
        speaker = self.speakers[-1]
        if self._previous_subject(at, index, lo) != speaker or not _is_person(speaker):
            return None
        if self._titled_with(_head_noun(head), at) - {speaker}:
            return None  # "escribe el autor, X, … cita a Y, quien afirma … concluye el autor"
        known = self._profiles(at).get(speaker, (UNKNOWN, False))[0]
        genders = known.genders or {given_name_gender(speaker.split()[0])} - {None}
        wanted = "m" if head.split()[0].lower() == "el" else "f"
        return speaker if genders == {wanted} else None

    @_evidence("epithet")
    def _epithet_en(
        self, head: str, epithet: re.Match[str], at: int, index: int, lo: int
    ) -> str | None:
        """Who an English epithet names ("the 54-year-old said", "the veteran said", "the
        Dunmore native said"): the press names a person in full, then again by their age,
        their standing or where they are from, with "the". The one the text gives that age
        ("Ridley, 54," or "54-year-old Tom Ridley"); else the subject named last when they
        are the last speaker or the one person named so far. An epithet the text brought
        in with "a" ("a witness … the witness said") is that unnamed person, as written;
        so is one in a text naming no one. Else no one: shown as written it stands for a
        named person unresolved, or for the wrong one."""
        noun = epithet.group("noun") or f"{epithet.group('age')}-year-old"
        brought_in = rf"\b(?:a|an|one|another)\s+(?:[a-z-]+\s+)?{re.escape(noun)}\b"
        if re.search(brought_in, self.text[:at], re.I):
            return _description(head, self.text[:at])
        with self._aside():
            people = {
                full
                for m in self.mentions
                if m.start < at and self._person_like(full := self._expand(m.name, m.start))
            }
        if not people:
            return _description(head, self.text[:at])
        if age := epithet.group("age"):
            aged = [
                self._expand(m.group(1) or m.group(2), at)
                for m in re.finditer(
                    rf"({_NAME.pattern}),\s+{age},|\b{age}-year-old\s+(?:[a-z]+\s+)*({_NAME.pattern})",
                    self.text[:at],
                )
            ]
            if len(set(aged)) == 1:
                return aged[0]
        with self._aside():
            person = self._previous_subject(at, index, lo)
        if person in people and (len(people) == 1 or self.speakers[-1:] == [person]):
            return person
        return None

    def _titled_with(self, noun: str, at: int) -> set[str]:
        """Who the text names right after this noun before `at` ("el autor, Tomás Ibarra"):
        the noun alone later names them, not whoever spoke last."""
        with self._aside():
            return {
                self._expand(named.group(1), named.start(1))
                for named in re.finditer(
                    rf"\b{re.escape(noun)},?\s+({_NAME.pattern})", self.text[:at]
                )
            }

    @_evidence("one person in view")
    def _in_view(self, head: str, at: int) -> str | None:
        """A definite singular noun for a person ("el oyente", "la diputada") that no
        title table or subject resolved: the press naming again, by a noun, the one person
        in view, when the noun's gender is theirs and no one else bears the noun: the only
        person the text has named ("Habló con el oyente Jesús Sanz. … El oyente ha dicho
        que «…»"), or the last speaker when no other person is named since their quote
        ("«…», afirmó Zhang. … «…», según la científica de datos")."""
        words = head.split()
        noun = _head_noun(head)
        if (
            words[0].lower() not in ("el", "la")
            or not (_people(noun) or (_EPITHET.fullmatch(head) and _AGENT_NOUN.fullmatch(noun)))
            or noun in _THINGS | _SAYINGS | _COLLECTIVES | _ORG_NOUNS | _MEDIA
            or noun in _ORG_ANAPHORA
            or _BARE_DOCUMENT.match(head)
        ):
            return None
        description = describe(head) or nationality(head)
        profiles = self._profiles(at)
        if description and any(fit(description, known) for known, _ in profiles.values()):
            return None  # a title someone bears: `_described` said who, or that two may
        with self._aside():
            people = [
                (full, m.start)
                for m in self.mentions
                if m.start < at and self._person_like(full := self._expand(m.name, m.start))
            ]
        if not people:
            return None
        person = people[-1][0]
        alone = len({full for full, _ in people}) == 1
        last_speaker = self.speakers[-1:] == [person] and all(
            full == person for full, start in people if start > self.spoken_at
        )
        if not (alone or last_speaker) or self._titled_with(noun, at) - {person}:
            return None
        known = profiles.get(person, (UNKNOWN, False))[0]
        if description and known.roles:
            return None  # "el arzobispo" is not the bishop named last: another one
        genders = known.genders or {given_name_gender(person.split()[0])} - {None}
        wanted = {"m" if words[0].lower() == "el" else "f"}
        return person if genders == wanted or (alone and not genders) else None

    @_evidence("author")
    def _author(self, authored: re.Match[str], at: int) -> str | None:
        """Who wrote or said a thing: "el comunicado del Ministerio" is the Ministerio,
        "la denuncia de las federaciones" the federations; "la Ley de Costas" no one."""
        if (
            authored.group(1) in _LAWS
            and authored.string[authored.end(1) : authored.start(3)].strip() == "de"
        ):
            return None
        author = _ARTICLE_BEFORE_NAME.sub("", authored.group(3).strip())
        name = _NAME.match(author)
        if name and not _function_word(name.group(0)):
            stripped = self._stripped(name.group(0))
            return self._expand(stripped, at) if stripped else None
        head = _head_phrase(("el " if authored.group(2) else "") + author)[0]
        if _people(_head_noun(head)):  # "la denuncia de las federaciones vecinales"
            return _description(head, self.text[:at])
        return None  # "los datos del ministerio": no one in particular

    @_evidence("document")
    def _issuer(self, head: str, at: int, index: int, lo: int) -> str | None:
        """Who issued the document a bare definite noun refers back to ("el comunicado",
        "el texto", "la carta"), in the nearest earlier sentence that brings one in, within
        a few paragraphs: its writer named with it ("una carta del poeta X", "una carta
        escrita por X", "a letter by X"), else the subject of the verb that brought it in
        ("X emitió un comunicado", "X explicó en una nota", "X firmó la carta", "X han
        hecho público un comunicado conjunto"). A statement's words are its issuer's, as a
        study's are its authors'."""
        if not _BARE_DOCUMENT.fullmatch(head):
            return None
        aside = self.text.startswith(head, at) and _WRITTEN_BY.match(self.text, at + len(head))
        if aside and not _function_word(aside.group(1)):  # "El comunicado, firmado por X,"
            return self._expand(self._stripped(aside.group(1)), at)
        named_by_cue = None  # "…», señala el texto": its verb's subject, if nothing earlier
        for back in range(index, max(-1, index - 1 - _PUBLISHER_REACH), -1):
            offset = self.paragraphs[back][0]
            for sentence in reversed(self.sentences[back]):
                if offset + sentence.start >= at:
                    continue
                document = _DOCUMENT_INTRODUCED.search(sentence.text)
                if document is None:
                    continue
                writer = _WRITTEN_BY.match(sentence.text, document.end())
                if writer and not _function_word(writer.group(1)):
                    return self._expand(self._stripped(writer.group(1)), at)
                start = offset + sentence.start
                agent = _ISSUED_BY_NOUN.match(sentence.text, document.end())
                if agent and _common_noun(agent.group(1)) in _ORG_NOUNS | _ORG_ANAPHORA.keys():
                    return self._named_organisation(agent.group(1), start, back, sentence.start)
                text = sentence.text[: document.start()]
                verbs = [
                    m
                    for m in _WORD.finditer(text)
                    if m.group(0).lower() in self.verb_forms or _ISSUING.fullmatch(m.group(0))
                ]
                if not verbs and _BY_MEANS.search(text):
                    verbs = [
                        m
                        for m in _WORD.finditer(sentence.text, document.end())
                        if m.group(0).lower() in self.verb_forms
                    ][:1]
                    if verbs and _IMPERSONAL_SE.search(sentence.text, 0, verbs[0].start()):
                        return None  # "A través de un comunicado se dio a conocer": no one

                    text = sentence.text[: verbs[0].start()] if verbs else text
                definite = document.group(1).lower() in ("la", "el", "the")
                speaking = (
                    verbs
                    and not text[verbs[-1].end() :].strip()
                    and not _ISSUING.fullmatch(verbs[-1].group(0))
                )
                if definite and speaking and named_by_cue is None:
                    named_by_cue = (text, verbs[-1], start, back, sentence)
                if definite and (not verbs or speaking):
                    continue  # "La carta, que se vendió …", "-dice la circular-": said before
                if not verbs:
                    return None
                return self._issuing_subject(text, verbs[-1], start, back, sentence, at)
        return self._issuing_subject(*named_by_cue, at) if named_by_cue else None

    def _issuing_subject(self, text: str, verb, start: int, back: int, sentence, at: int):
        """The subject of the verb that brought a document in, or the organisation its
        sentence says spoke."""
        subject = self._subject(
            text[: verb.start()],
            start + verb.start(),
            back,
            sentence.start,
            _plural(verb.group(0)),
            named=True,
        )
        return subject or self._speaking_organisation(sentence.text, at)

    @_evidence("complaint")
    def _complainant(self, noun: str, at: int) -> str | None:
        """Who filed "la denuncia", "la demanda", "la querella", "el recurso": the subject
        of the first verb before it that it is the act of ("Tres federaciones han
        denunciado …"; the first, where news names the complainants in full), when that
        sentence names one. A ruling ("la sentencia", "el fallo", "el auto") is the
        court's named last before it ("El Tribunal Supremo ha anulado la multa. La
        sentencia afirma …"), as the press credits a court's words to the court."""
        if noun in _RULINGS:
            names = (
                (_ARTICLE_START.sub("", m.group(0)), m.end())
                for m in _NAME.finditer(self.text, 0, at)
            )
            courts = [name + _numbered(self.text, end) for name, end in names if _court(name)]
            return courts[-1] if courts else None
        stem = _FILED.get(noun)
        if stem is None:
            return None
        verb = re.compile(
            rf"\b(?:(?:{_AUXILIARIES})\s+)?{stem}(?:ó|aron|a|an|ado|ido|ió|ieron|e|en)\b", re.I
        )
        for index, (offset, _) in enumerate(self.paragraphs):
            for sentence in self.sentences[index]:
                if offset + sentence.start >= at:
                    return None
                found = [
                    m
                    for m in verb.finditer(sentence.text)
                    if not _DETERMINER_BEFORE.search(sentence.text, 0, m.start())
                ]
                if found:
                    subject = sentence.text[: found[0].start()]
                    plural = _plural(found[0].group(0))
                    start = offset + sentence.start
                    return self._subject(
                        subject, start + len(subject), index, sentence.start, plural, named=True
                    )
        return None

    @_evidence("previous subject")
    def _previous_subject(
        self, at: int, index: int, lo: int, back_to: int | None = None
    ) -> str | None:
        """Who pro-drop refers to: the first person named in this sentence before the quote
        ("X: «…», dijo él"), else in the nearest earlier sentence that names one, two
        paragraphs back (`back_to`: further, down to the paragraph after that one). A name
        after a preposition or an article ("en el Camp Nou", "la Champions") is a place,
        a thing or an object, not a subject."""
        offset, masked = self.paragraphs[index]
        texts = [masked[lo : at - offset]] if offset <= at <= offset + len(masked) else []
        texts += [s.text for s in reversed(self.sentences[index]) if s.end <= lo]
        stop = index - 3 if back_to is None else min(index - 3, back_to)
        for back in range(index - 1, max(-1, stop), -1):
            texts += [s.text for s in reversed(self.sentences[back])]
        for number, text in enumerate(texts):
            if self.lang == "es" and self._reports_with_dropped_subject(text):
                continue  # "Detalló que X compuso …": X is not who detailed
            if self.english and _PRONOUN_SUBJECT_EN.match(text):
                continue  # "He defeated Ben Ashe.": who "he" is was said before; Ashe an object
            labels = (
                {edge for label in _PAGE_LABEL_EN.finditer(text) for edge in label.span()}
                if self.english
                else set()
            )  # "READ MORE: X wins seat", "Photo: X/Agency"
            if self.english and (fronted := _FRONTED_CLAUSE_EN.match(text)):
                # "After meeting Tom Ridley, Ben Ashe left.": the subject after the clause
                text = text[fronted.end() :] + " " + text[: fronted.end()]
            title = _TITLE_START.match(text)
            described = title and role_of(title.group(1)) and describe(title.group(0))
            if described and (person := self._described(described, at, index, lo, False)):
                self.contested = self._contested(text, title.end(), person, at)
                return None if self.contested else person  # "La vicefiscal denunció…"
            for match in _NAME.finditer(text):
                if match.start() in labels:
                    continue  # a name a page label sets: a byline, a credit, a link's
                name = self._stripped(match.group(0))
                if (
                    _after_preposition(text, match.start())
                    and not _glued(match.group(0), name)
                    and not _ELLIPTICAL_OF.search(text, 0, match.start())
                ):
                    continue
                if (
                    name
                    and " " not in name
                    and not is_given_name(name)
                    and _TITLED_COMPLEMENT.search(text, 0, match.start())
                ):
                    continue  # "de la vecina Birmania": a place, no one's surname
                titled = _AGENT_TITLE.search(text, 0, match.start())
                if titled and role_of(titled.group(1).lower()):
                    continue  # "impulsado por el gobernador X": an object, not a subject
                kin = _KIN_APPOSED.search(text, 0, match.start())
                if kin and not (self.english and not text[: kin.start()].strip()):
                    continue  # "reconoció la labor de su esposo, el presidente X": kin
                if self.lang == "es" and _KIN_BEFORE.search(text, 0, match.start()):
                    continue  # "La esposa del presidente X dijo": X is whose kin she is
                    # (opening an English sentence, "Her husband Tom Ridley agreed", the subject)
                venue = _PLACE_NOUN_BEFORE.search(text, 0, match.start())
                if venue and venue.group(1).lower() in _VENUES and is_given_name(name.split()[0]):
                    continue  # "en el hospital del IESS José Carrasco": a place named for someone
                if self.english and name:
                    name = _role_cut_name_en(name)  # "Striker Ben Ashe scored"
                if name and not _function_word(name):
                    full = self._expand(name, at)
                    if self._person_like(full):
                        self.contested = self._contested(text, match.start(), full, at)
                        return None if self.contested else full
            if (
                number == 0
                and self.lang == "es"
                and (own := _DESCRIBED_OWN_SUBJECT.match(text))
                and describe(own.group(1)) is None
            ):
                return None  # "Durante dos giros, el tapatío resistió …, según reconoció":
                # the sentence's own subject, an epithet, not one named before it (a title,
                # "el mandatario", is resolved from those named before, as it was)
        return None

    def _also_the_last_speaker(self, head: str, index: int) -> str | None:
        """Whom "el también actor" names when no subject is named before it: the last
        speaker, a person of the article's gender who spoke a few paragraphs back at most;
        the press adds a title to someone in view ("«…», añadió el también pintor")."""
        if not self.speakers or self.spoken_in < index - _LAST_SPEAKER_REACH:
            return None
        speaker = self.speakers[-1]
        if not self._person_like(speaker):
            return None
        known = self._profiles(len(self.text)).get(speaker, (UNKNOWN, False))[0]
        genders = known.genders or {given_name_gender(speaker.split()[0])} - {None}
        wanted = "m" if head.split()[0].lower() == "el" else "f"
        return speaker if genders == {wanted} else None

    def _reports_with_dropped_subject(self, text: str) -> bool:
        """Whether a sentence opens on a verb of saying with no subject of its own before
        it (an adverb or "En entrevista" at most), its object a clause with "que" ("Detalló
        que X compuso …", "En entrevista aseguró que X firmará …"):
        Spanish drops the subject who goes on speaking, so the name in the reported clause
        is what is said of someone, not who says it, and the sentence's subject is the one
        before it."""
        opening = _DROPPED_OPENING.match(text)
        verb = _WORD.match(text, opening.end())
        return bool(
            verb
            and verb.group(0).lower() in self.verb_forms
            and re.match(r"\s+que\s", text[verb.end() :])
        )

    def _contested(self, text: str, start: int, person: str, at: int) -> bool:
        """Whether the person a sentence names at `start`, who has not just spoken, may not
        be who a dropped subject after it refers to: the sentence opens with a subject of
        its own and names them later, not in apposition to it ("El club despidió al
        entrenador X. «…», explicó": the club's words or X's), or it credits what it says
        to another source ("X también votó con normalidad, según Marta Gil"). Either may be
        meant, so neither is."""
        if self.speakers and self.speakers[-1] == person:
            return False  # "Los objetivos que Sánchez resumió son: … ⏎ Agregó que «…»"
        complement = _COMPLEMENT_TITLE.search(text, 0, start)
        return bool(complement and role_of(complement.group(1))) or self._sourced_otherwise(
            text, person, at
        )

    def _sourced_otherwise(self, text: str, subject: str, at: int) -> bool:
        """Whether a sentence credits what it says to a source other than `subject`."""
        for cue in self.preposition.finditer(text):
            name = _NAME.match(
                text, cue.end() + len(text[cue.end() :]) - len(text[cue.end() :].lstrip())
            )
            if name and (stripped := self._stripped(name.group(0))):
                with self._aside():
                    full = self._expand(stripped, at)
                if full != subject and self._person_like(full):
                    return True
        return False

    @_evidence("organisation spoke before")
    def _previous_organisation_speaking(self, at: int, index: int, lo: int) -> str | None:
        """The organisation the sentence of a dropped subject, or the one right before it,
        says spoke (`_speaking_organisation`): "El Ministerio informó ayer de trece casos.
        ⏎ Añadió que «…»". Only that near: further back, the narrator has moved on."""
        offset, masked = self.paragraphs[index]
        texts = [masked[lo : at - offset]] if offset <= at <= offset + len(masked) else []
        earlier = [s for s in self.sentences[index] if s.end <= lo]
        if earlier:
            texts.append(earlier[-1].text)
        elif index and self.sentences[index - 1]:
            texts.append(self.sentences[index - 1][-1].text)
        return next(filter(None, (self._speaking_organisation(text, at) for text in texts)), None)

    def _speaking_organisation(self, text: str, at: int) -> str | None:
        """The organisation a sentence names as the subject of its verb of saying, right
        before it ("El Ministerio de Sanidad informó ayer…") or right after it ("…,
        informó en un comunicado el Departamento de X"): who a dropped subject after it
        refers to, when the sentence names no person."""
        verbs = self._verbs(text)
        for m in _ORGANISATION_NAME.finditer(text) if verbs else ():
            name = _ARTICLE_START.sub("", m.group(0))
            if not (_is_organisation(name) or _ACRONYM.fullmatch(name)) or _after_preposition(
                text, m.start(), organisation=True
            ):
                continue
            follows = next((v for v in verbs if v.start() >= m.end()), None)
            precedes = next((v for v in reversed(verbs) if v.end() <= m.start()), None)
            if (follows and _SUBJECT_GAP.fullmatch(text, m.end(), follows.start())) or (
                precedes and _INVERTED_GAP.fullmatch(text, precedes.end(), m.start())
            ):
                if _ACRONYM.fullmatch(name):
                    return self._spelled_out(name, at)
                return self._organisation(name, at) + _organisation_tail(text, name, m.end())
        return None

    @_evidence("organisation before")
    def _previous_organisation(self, at: int, index: int, lo: int) -> str | None:
        """What "la compañía" or "el organismo" refers to: the first organisation named
        in the nearest earlier sentences ("el Congreso de Veracruz"), else the first name
        of several words that is no person's nor a listed place ("Naviera del Norte"); a
        name the text introduced with such a noun counts first ("la red social Vecinet")."""
        introduced = [
            name for noun, name, start in self.introductions if noun in _ORG_NOUNS and start < at
        ]
        found = self._organisation_near(at, index, lo)
        if introduced and not (found and found.startswith(introduced[-1] + " ")):
            return introduced[-1]  # not "Rendal" for "Rendal de Chile" named since
        return found

    def _organisation_near(self, at: int, index: int, lo: int) -> str | None:
        """The first organisation named in this sentence before `at` and the earlier
        sentences of this paragraph and the one before (`_previous_organisation`)."""
        offset, masked = self.paragraphs[index]
        texts = [masked[lo : at - offset]] if offset <= at <= offset + len(masked) else []
        texts += [s.text for s in reversed(self.sentences[index]) if s.end <= lo]
        if index:
            texts += [s.text for s in reversed(self.sentences[index - 1])]
        names = [
            _ARTICLE_START.sub("", match.group(0))
            for text in texts
            for match in _ORGANISATION_NAME.finditer(text)
            if not _PREPOSITION_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
        ]
        found = next((n for n in names if _is_organisation(n) or n.isupper()), None) or next(
            (n for n in names if " " in n and not (_listed(n) or is_given_name(n.split()[0]))),
            None,
        )
        if found and _ACRONYM.fullmatch(found):
            return self._spelled_out(found, at)  # "La SSA recomendó … señaló la dependencia"
        return self._organisation(found, at) if found else None

    @cached_property
    def short_names(self) -> dict[str, list[tuple[int, str]]]:
        """Short names the text gives in brackets with a full name, in either order, by
        where each pair stands: an acronym ("el Partido Socialista (PS)", "el PS (Partido
        Socialista)", "el Departamento de Seguridad Nacional (DHS por sus siglas en
        inglés)", "Andrés Manuel López Obrador (AMLO)") or an organisation's short name
        with its initial ("la Agencia Estatal de Meteorología (Aemet)"): a place in
        brackets is no short name ("el PP (Lugo)"). Read when a short name first asks."""
        found: dict[str, list[tuple[int, str]]] = {}
        for short in _BRACKETED_SHORT.finditer(self.text):
            reach = max(0, short.start() - _SHORT_NAME_REACH)
            m = next(
                (
                    m
                    for m in _NAME.finditer(self.text, reach, short.start())
                    if m.end() == short.start()
                ),
                None,
            )
            if m is None:
                continue
            name = _ARTICLE_START.sub("", m.group(0))
            joined = _JOINED_BEFORE.search(
                self.text, max(0, m.start() - _SHORT_NAME_REACH), m.start()
            )
            whole = _ARTICLE_START.sub("", joined.group(0)) + name if joined else name
            one_name = joined and not _ARTICLE_END.search(joined.group(0))
            if _initials(whole) == short.group(1) or (one_name and short.group(1)[0] == whole[0]):
                name = whole  # "Comisión Nacional de los Mercados y la Competencia (CNMC)";
                # an acronym of another language: "Centro de Control y Prevención … (CCDC)"
            if _names_short(short.group(1), name, any_name=True):
                found.setdefault(short.group(1), []).append((m.start(), name))
        for m in _BRACKETED_FULL.finditer(self.text):
            name = _ARTICLE_START.sub("", m.group(2))
            if _names_short(m.group(1), name, any_name=False):
                found.setdefault(m.group(1), []).append((m.start(), name))
        return found

    def _short_name(self, phrase: str) -> str | None:
        """The acronym or short name a phrase names an organisation by ("la OMS", "CCOO",
        "el sindicato UGT", "the EPA", "la Aemet" when the text gave it in brackets)."""
        match = _ACRONYM_SUBJECT.fullmatch(phrase.strip())
        if match is None:
            return None
        noun, short = match.group(1), match.group(2)
        if noun is not None and noun.lower() not in _ORG_NOUNS | _ORG_ANAPHORA.keys():
            return None
        if _ACRONYM.fullmatch(short):
            return short
        given = f"({short}" in self.text or f"{short} (" in self.text  # before reading them all
        return short if given and short in self.short_names else None

    @_evidence("acronym")
    def _spelled_out(self, acronym: str, at: int) -> str | None:
        """An organisation's (or a person's: "AMLO") acronym or short name as the text
        names it in full (`short_names`, a name with those initials, or a listed
        organisation's name: "Organización Mundial de la Salud" for "OMS"), before `at`
        first, else anywhere in it: the longest form the article gives; else as written.
        A listed place ("EEUU") is no one."""
        listed = load_gazetteer().phrases.get(acronym)
        if listed and listed[0] != "ORG":
            return None
        for text in (self.text[:at], self.text):
            if listed and listed[1] != acronym and listed[1] in text:
                return listed[1]
            given = [name for start, name in self.short_names.get(acronym, ()) if start < len(text)]
            if given:
                return given[0]
            for m in _NAME.finditer(text):
                name = _ARTICLE_START.sub("", m.group(0))
                if _initials(name) == acronym:
                    return name  # "AMLO": "Andrés Manuel López Obrador"
        return acronym

    @_evidence("publisher")
    def _publisher(self, index: int, lo: int) -> str | None:
        """Who published the items an ordinal stands for ("La cuenta @X publicó tres
        tuits. ⏎ El primero afirma: «…»"): the subject of the nearest earlier sentence that
        counts things carrying words, within a few paragraphs; else no one."""
        earlier = [s.text for s in reversed(self.sentences[index]) if s.end <= lo]
        for back in range(index - 1, max(-1, index - 1 - _PUBLISHER_REACH), -1):
            earlier += [s.text for s in reversed(self.sentences[back])]
        for sentence in earlier:
            counted = next(
                (m for m in _COUNTED.finditer(sentence) if m.group(1).lower() in _THINGS), None
            )
            if counted is None:
                continue
            verb = re.search(r"\s*\b[\w-]+\s*$", sentence[: counted.start()])
            if verb is None or not verb.start() or not _PUBLISHED.match(verb.group(0).strip()):
                return None  # "recibió tres cartas": not theirs
            at = self.paragraphs[index][0] + lo
            plural = verb.group(0).strip().endswith("n")  # "Los vecinos colgaron tres carteles"
            return self._subject(sentence[: verb.start()], at, index, lo, plural=plural)
        return None

    @_evidence("organisation noun")
    def _named_organisation(self, phrase: str, at: int, index: int, lo: int) -> str | None:
        """The organisation a common noun refers back to: "el consistorio" is the
        Ayuntamiento named before, "la compañía" the organisation named just before."""
        noun = _head_noun(phrase)
        if noun in _ORG_ANAPHORA:
            named = self._organisation(_ORG_ANAPHORA[noun], at)
            return named if named != _ORG_ANAPHORA[noun] or named in self.text[:at] else None
        if self.lang in ("es", None) and (headed := self._headed_by(noun, at)):
            return headed
        return self._previous_organisation(at, index, lo)

    def _body_headed_by(self, phrase: str, at: int) -> str | None:
        """ "desde la plataforma", "desde la asociación": the organisation named before
        whose name that common noun heads (`_headed_by`), in Spanish; else None."""
        words = phrase.split()
        if self.lang not in ("es", None) or len(words) != 2 or words[0].lower() not in ("el", "la"):
            return None
        noun = words[1]
        return self._headed_by(noun, at) if noun in _ORG_NOUNS else None

    def _headed_by(self, noun: str, at: int) -> str | None:
        """The organisation whose written name opens with the common noun a phrase refers
        back by, in Spanish press: "la plataforma" after "la Plataforma Vecinal del
        Ensanche", "la universidad" after "la Universidad de Valderas", "la fundación"
        after "la Fundación Mar Abierto": the press names a body in full, then by the
        noun that heads its name. The nearest such name before `at` (a name of two words
        or more, none a person's), at its fullest; else None, and the organisation named
        nearest stands (`_previous_organisation`)."""
        head = noun[:1].upper() + noun[1:]
        found = [
            _ARTICLE_START.sub("", m.group(0))
            for m in _NAME.finditer(self.text[:at])
            if _ARTICLE_START.sub("", m.group(0)).split()[0] == head
        ]
        found = [name for name in found if len(name.split()) > 1]
        return self._organisation(found[-1], at) if found else None

    @_evidence("government")
    def _government(self) -> str:
        """ "el gobierno" written in lower case, as much of the press of Latin America
        writes it (and machine translation), is the Government, as "el Gobierno" is; not
        the fullest "Gobierno …" named before, which may be another one ("el Gobierno
        regional" before "el gobierno" of the country)."""
        return "Gobierno"

    @_evidence("organisation")
    def _organisation(self, name: str, at: int) -> str:
        """ "El Tribunal" after "el Tribunal Constitucional de Austria": the fullest name
        this text gave before `at` that begins with it, with the place it is of ("el
        Ayuntamiento de la localidad")."""
        words = name.split()
        text = self.text[:at]
        forms = [
            " ".join(form)
            for form in (
                _ARTICLE_START.sub(
                    "", m.group(0) + _organisation_tail(text, m.group(0), m.end())
                ).split()
                for m in _NAME.finditer(text)
            )
            if form[: len(words)] == words
        ]
        return max(forms, key=len, default=name)

    @_evidence("body's full name")
    def _fullest_body(self, speaker: str) -> str | None:
        """A body under the fullest of its names in this text, as a person is: a
        ministry's area alone ("Agricultura", "Sanidad") for the one "Ministerio de
        Agricultura y Pesca" the text names; a party's members ("los populares", "los
        socialistas") for the one organisation the text names with their word ("el
        Partido Popular"); a ministry's common name ("la Cancillería") for the ministry
        the text writes out; a town's government ("el Ejecutivo local", "el gobierno
        municipal") for the one Ayuntamiento the text names. A name the text also writes
        cut short ("Ministerio de Relaciones" of "Ministerio de Relaciones Exteriores") is
        the same body. None when no such body, or two, are named."""
        words = speaker.split()
        word = words[-1]
        if _MUNICIPAL_GOVERNMENT.fullmatch(speaker):  # "el Ejecutivo local"
            names = (_ARTICLE_START.sub("", m.group(0)) for m in _NAME.finditer(self.text))
            councils = {name for name in names if name.startswith("Ayuntamiento ")}
            fullest = {n for n in councils if not any(o.startswith(n + " ") for o in councils)}
            return fullest.pop() if len(fullest) == 1 else None
        if len(words) > 2 or (len(words) == 2 and words[0].lower() not in ("los", "las")):
            return None
        if area := _MINISTRY_COMMON_NAMES.get(speaker.lower()):
            bodies = {n for n in self._bodies if n.startswith("Ministerio ") and area in n.split()}
        elif word[0].isupper() and len(words) == 1:
            if is_given_name(word) or _listed(word) or _is_organisation(word):
                return None
            bodies = {n for n in self._bodies if n.split()[2:3] == [word]}
        elif word.islower() and word.endswith("s"):
            member = _singular(word)
            bodies = {n for n in self._bodies if member in (w.lower() for w in n.split()[1:])}
        else:
            return None
        fullest = {n for n in bodies if not any(o.startswith(n + " ") for o in bodies)}
        return fullest.pop() if len(fullest) == 1 else None

    @cached_property
    def _bodies(self) -> frozenset[str]:
        """The names of institutions this text writes out, head word first ("Ministerio
        de Agricultura y Pesca", "Partido Popular")."""
        return frozenset(m.group(0) for m in _BODY.finditer(self.text))

    @_evidence("group before")
    def _previous_group(self, index: int, lo: int) -> str | None:
        """Who a plural verb without a subject refers to ("…», señalaron en su estudio"):
        a group of people opening the sentence before ("Un equipo de investigadores de X
        halló…", "Los vecinos denunciaron…"), or anonymous sources opening this sentence
        or the one before ("Fuentes de la federación explican que …, «…», afirman"), else
        nobody."""
        earlier = [s for s in self.sentences[index] if s.end <= lo]
        if earlier:
            sentence = earlier[-1].text
        elif index and self.sentences[index - 1]:
            sentence = self.sentences[index - 1][-1].text
        else:
            sentence = ""
        this = next((s.text for s in self.sentences[index] if s.start == lo), "")
        last = self.speakers[-1] if self.speakers else ""
        if (
            self.lang == "es"
            and last[:1].islower()
            and last.split()[0].endswith("s")
            and _QUOTE_THEN_VERB.fullmatch(this.strip())
            and self._quoted_just_before(self.paragraphs[index][0] + lo, index, lo)
        ):  # "«…» dicen los investigadores. ⏎ «…», agregan.": the group quoted just before
            self.trail.append(("group quoted just before", last))
            return last
        for text in (this, sentence):
            sources = _SOURCES_OPENING.match(text)
            if sources and len(sources.group(0).split()) <= _MAX_GROUP_WORDS:
                return _description(sources.group(0), "")  # "Fuentes de X explican que …"
        if self.lang != "es":
            group = _GROUP.match(sentence) or _GROUP_EN.match(sentence)
            return _description(group.group(0), "") if group and _a_group(group.group(0)) else None
        if (found := _group_opening(sentence, again=True)) is not None:
            return found or None
        if _opens_with_name(sentence):
            return None  # "X y Y contaron …. Añadieron que «…»": theirs, no group's
        return self._group_in_view(index, lo)

    def _group_in_view(self, index: int, lo: int, last: bool = False) -> str | None:
        """The group a plural verb of saying with no subject goes on speaking for, when the
        sentence before opens with none ("Unas 80 asociaciones firmaron un escrito … ⏎
        Entre ellas están X e Y. «…», señalan"): the group opening the latest
        earlier sentence of this paragraph or the twelve before it, the press keeping a
        group as the subject of its plural verbs until another subject opens a sentence.
        A sentence opening with a name or another plural subject stops the search (no
        one): the plural verb may be theirs; one naming the group again ("Los firmantes
        expresan") is passed over. `last`: the sentence right before is searched too
        (else `_previous_group` has read it)."""
        sentences = [s.text for s in self.sentences[index] if s.end <= lo]
        seen = bool(sentences) and not last  # the sentence before, `_previous_group`'s
        sentences = sentences if last else sentences[:-1]
        for back in range(index - 1, max(-1, index - 1 - _GROUP_REACH), -1):
            if not sentences:
                sentences = [s.text for s in self.sentences[back]]
                if back == index - 1 and not seen:
                    sentences = sentences[:-1]
            for text in reversed(sentences):
                found = _group_opening(text, again=True)
                if found is not None:
                    return found or None
                if _opens_with_name(text):
                    return None  # "Rendal de Chile informó …": another subject
            sentences = []
        return None

    @_evidence("dropped subject")
    def _pro_drop(self, at: int, index: int, lo: int) -> str | None:
        """The speaker of a cue without a subject ("…», afirmó."): the last speaker when
        their quote is earlier in this sentence (a verb joined to theirs: "el CNE dijo
        que «…», y destacó que «…»", an organisation a search for people would pass
        over), else the previous subject, else the first person named in a paragraph
        since the last attributed quote (who came in after it: "X, expresidenta de Y,
        considera que … ⏎ … ⏎ … ⏎ «…», remarca"), else, with no person named since, the
        last speaker. In a sentence that opens inside a document ("En la carta, afirma que
        «…»"), its writer (`_issuer`). The sentence right before ending an attributed
        quote (`_quoted_just_before`) gives its speaker before any earlier subject. A
        sentence that opens by giving someone the floor ("Cuando llegó el turno de X,
        comentó: «…»") is that person's (`_TURN`)."""
        offset, masked = self.paragraphs[index]
        turn = _TURN.match(masked, lo)
        if turn and offset + turn.end() <= at and not _function_word(turn.group(1)):
            named = self._expand(self._stripped(turn.group(1)) or turn.group(1), at)
            self.trail.append(("turn", named))
            return named
        if self.speakers and self.paragraphs[index][0] + lo <= self.spoken_at <= at:
            self.trail.append(("speaker of this sentence", self.speakers[-1]))
            return self.speakers[-1]
        offset, masked = self.paragraphs[index]
        inside = _IN_DOCUMENT.match(masked, lo)
        if (
            inside
            and offset + inside.end() <= at
            and (writer := self._issuer(inside.group(1), at, index, lo))
        ):
            return writer  # "En la carta, afirma que «…»"
        if self.speakers and self._quoted_just_before(at, index, lo):
            self.trail.append(("speaker of the sentence before", self.speakers[-1]))
            return self.speakers[-1]  # "«…», señala una portavoz de X. Y añade: «…»"
        self.contested = False
        subject = self._previous_subject(at, index, lo)
        if self.contested:  # "X votó, según Marta Gil. ⏎ «…», indicó": either, so neither,
            return self._singled_out(index, lo, at)  # save a plural subject's one person
        subject = subject or self._singled_out(index, lo, at) or self._credited(index, lo)
        if subject is None and self.spoken_in < index - 3:
            far = self._previous_subject(at, index, lo, back_to=self.spoken_in)
            subject = far if far and self._still_the_subject(far, at) else None
            self.trail.append(("far back", subject))
        if subject is None:
            subject = self._previous_organisation_speaking(at, index, lo)
        if subject is None and self.speakers and self.spoken_in >= index - _LAST_SPEAKER_REACH:
            self.trail.append(("last speaker, no one named", self.speakers[-1]))
            return self.speakers[-1]
        return subject

    @_evidence("credited before")
    def _credited(self, index: int, lo: int) -> str | None:
        """The source the sentence right before credits what it says to ("Según la fuente
        de X, el diseño no podía copiarse. ⏎ «…», dijo por teléfono"), when it names no
        subject: a dropped subject goes on with who was just reported speaking."""
        earlier = [(index, s) for s in self.sentences[index] if s.end <= lo]
        if not earlier and index and self.sentences[index - 1]:
            earlier = [(index - 1, self.sentences[index - 1][-1])]
        if not earlier:
            return None
        back, sentence = earlier[-1]
        cues = list(self.preposition.finditer(sentence.text))
        if not cues:
            return None
        phrase = _head_phrase(sentence.text[cues[-1].end() :])[0]
        if cues[-1].group(0).lower().endswith("del"):
            phrase = "el " + phrase
        at = self.paragraphs[back][0] + sentence.start + cues[-1].end()
        return self._phrase(phrase, at, back, sentence.start, addressee=False)

    def _still_the_subject(self, name: str, at: int) -> bool:
        """Whether a person named paragraphs before a dropped subject is still who the
        text is about: no sentence since their last mention opens with a subject of its own
        ("Elena López, expresidenta de X, considera … ⏎ Subraya que … ⏎ «…», remarca" is
        hers; "El fallecimiento del actor X … ⏎ Los investigadores lo comparan … ⏎ «…»,
        sostiene" is no one's: the narrator moved on to other subjects, and who speaks
        cannot be checked from the words near the quote)."""
        with self._aside():
            last = max(
                (
                    m.start
                    for m in self.mentions
                    if m.start < at and self._expand(m.name, m.start) == name
                ),
                default=None,
            )
        if last is None:
            return False
        return not any(
            last < offset + sentence.start < at and _NEW_SUBJECT.match(sentence.text)
            for (offset, _), sentences in zip(self.paragraphs, self.sentences, strict=True)
            for sentence in sentences
        )

    @_evidence("singled out")
    def _singled_out(self, index: int, lo: int, at: int) -> str | None:
        """The one person the sentence before names, when its subject is a plural ("Los
        investigadores entrevistaron a Pedro Lanza. «…», relató."): a verb of saying in the
        singular cannot go on with that subject, so it goes on with the person it singled
        out. Two people named there are no answer; a plural of things ("Los reproches del
        tertuliano …") singles out no one."""
        before = [s for s in self.sentences[index] if s.end <= lo]
        opening = _PLURAL_OPENING.match(before[-1].text) if before else None
        if not opening or not _people(opening.group(0).split()[-1].lower()):
            return None  # "Los reproches del tertuliano alcanzan a X": no group
        text = before[-1].text
        people = {
            full
            for match in _NAME.finditer(text)
            if (name := self._stripped(match.group(0))) and not _function_word(name)
            for full in (self._expand(name, at),)
            if self._person_like(full)
        }
        return people.pop() if len(people) == 1 else None

    def _quoted_just_before(self, at: int, index: int, lo: int) -> bool:
        """Whether the last attributed quote is in the sentence right before this one and
        this one names no one before `at`, by name or by title: a dropped subject then goes
        on with that speaker ("«…», señala una portavoz de la ONG. Y añade: «…»"; "En
        opinión de X, «…». A su juicio, …"), not with a name the sentence before opened
        with."""
        offset = self.paragraphs[index][0]
        earlier = [s for s in self.sentences[index] if s.end <= lo]
        if earlier:
            start, end = offset + earlier[-1].start, offset + earlier[-1].end
        elif index and self.sentences[index - 1]:
            previous = self.paragraphs[index - 1][0]
            start = previous + self.sentences[index - 1][-1].start
            end = previous + self.sentences[index - 1][-1].end
        else:
            return False
        if not start <= self.spoken_at <= end + 1:
            return False
        opening = self.text[offset + lo : at]
        if self.english and _PRONOUN_SUBJECT_EN.match(opening):
            # "«…», Ashe said. He urged Mr. Ridley to act, saying «…»": "he" goes on
            wanted = "f" if opening.lstrip().startswith("She") else "m"
            return _gender_of(self.speakers[-1]) in (None, wanted)
        if first_role(_WORD.findall(opening.lower())) is not None:
            return False  # "Explicó el presidente …: «…»": someone else is named
        return not any(
            offset + lo <= m.start < at and self._person_like(self._expand(m.name, m.start))
            for m in self.mentions
        )

    def _person_like(self, name: str) -> bool:
        """A name that can be a speaker without a title next to it: a first name opens it,
        or it has a title here or in the story, or it has spoken already."""
        known = self.known.get(name)
        return (
            (
                _is_person(name)
                and not _listed(name)
                and not _listed(_OF.split(name, 1)[0])  # "Santo Domingo de los Tsáchilas"
                and is_given_name(name.split()[0])
            )
            or (self.english and self._uncommon_full_name(name))
            or name in self.titled
            or name in self.speakers
            or bool(known and known.roles)
        )

    def _name_right_before(self, subject: str, at: int) -> str | None:
        """The person an English clause names right before its verb, no comma between
        ("… The Irish Times founder Ana Ruiz said"): English sets the subject just before
        the verb, whatever the words before it are (a headline run into the lead, a clause
        of its own); a name set off by commas is left to `_subject`'s rules."""
        last = _NAME_AT_END.search(subject)
        if last is None or _after_preposition(subject, last.start(1)):
            return None  # "a friend of Tom Ashby said", "a report by X said": not the name
        name = self._stripped(last.group(1))
        if not name or _function_word(name) or _is_organisation(name) or _listed(name):
            return None
        full = self._expand(name, at)
        return full if _is_person(full) and self._person_like(full) else None

    def _of_gender(self, gender: str, at: int, index: int) -> str | None:
        """The one person of `gender` named in this paragraph or the one before, up to
        `at`, whom an English pronoun of that gender refers to when the subject before
        is of the other ("Mark Hill met Ana Gil. «…», she said"); no one when two are."""
        start = self.paragraphs[max(0, index - 1)][0]
        found = {
            full
            for mention in self.mentions
            if start <= mention.start < at
            and (full := self._expand(mention.name, at))
            and self._person_like(full)
            and _gender_of(full) == gender
        }
        if len(found) != 1:
            return None
        (person,) = found
        self.trail.append(("pronoun's gender", person))
        return person

    def _uncommon_full_name(self, name: str) -> bool:
        """An English full name of words none of which is a common English word ("Lerato
        Mbeki", "Avaneshni Govender"), one of them written alone elsewhere in the text: a
        person whose first name no list of first names holds. English capitalises its
        places' and bodies' common words ("Kenton High", "Global News", "Cavehill Road"),
        which such a name has none of, and refers to a person again by one of the names."""
        words = name.split()
        return (
            _is_person(name)
            and len(words) <= 3
            and not _listed(name)
            and any(word in self.single_names for word in words)
            and all(zipf_frequency(w.lower(), "en") < _COMMON_ZIPF_EN for w in words)
        )

    @cached_property
    def single_names(self) -> frozenset[str]:
        """The names this text writes as one word: a person's first name or surname
        written alone ("Lerato", "Mbeki"), as a place's or a party's half never is
        ("Kong", "Féin")."""
        return frozenset(m.name for m in self.mentions if " " not in m.name)

    def _modifier(self, name: str) -> bool:
        """Whether a capitalised word in an English clause is no one: English capitalises
        adjectives of nations and proper nouns of things ("major Chinese exchanges", "the
        ICC's Test rankings"); a single word of the language's common ones names a person
        only as the short form of one the text names in full ("Smith" after "Ana Smith")."""
        return (
            " " not in name
            and zipf_frequency(name.lower(), "en") >= _COMMON_ZIPF_EN
            and not is_given_name(name)
            and not self._known(name)
        )

    def _known(self, name: str) -> bool:
        return name_key(name) in self.shortened or any(
            _same_or_short(name, m.name) for m in self.full_names
        )

    @cached_property
    def nicknames(self) -> dict[str, str]:
        """The nicknames this text gives people, each with the name it stands for: "X,
        como es también conocido Ana Ruiz," and "Ana Ruiz, conocida como X,"
        (`_NICKNAMED`, `_KNOWN_AS`); a nickname given to two people is no one's."""
        found: dict[str, set[str]] = {}
        for m in _NICKNAMED.finditer(self.text):
            found.setdefault(m.group("nick"), set()).add(m.group("name"))
        for m in _KNOWN_AS.finditer(self.text):
            found.setdefault(m.group("nick"), set()).add(m.group("name"))
        return {
            nick: names.pop()
            for nick, names in found.items()
            if len(names) == 1 and not _is_organisation(next(iter(names)))
        }

    def _expand(self, name: str, at: int) -> str:
        """The fullest form of a name anywhere in this text (a short form may come first,
        the full name paragraphs later), preferring forms seen before `at`; else
        the one person of the story it shortens; else, for a first name alone, the one
        person of this text it begins."""
        forms = _father_first(
            name,
            [
                m
                for m in self.full_names
                if _same_or_short(name, m.name) and not self._own_name(name, m.name)
            ],
        )
        if self._ambiguous(name):
            return name  # "Peral" of "Luis Peral" and "Marta Peral": `read` gives no one
        if forms:
            full = max(forms, key=lambda m: (len(m.name.split()), m.start < at, m.start)).name
            self.trail.append(("short form" if full != name else "name", full))
            return full
        story = self.shortened.get(name_key(name), [])
        if len(story) == 1:
            self.trail.append(("story's person", story[0]))
            return story[0]
        if (
            self.english
            and " " not in name
            and re.search(rf"(?<![\w-]){re.escape(name)},\s+\d{{1,3}}\b", self.text)
        ):
            return name  # "said Tom, 9,": a child or a private person named so, not Tom Ridley
        if " " not in name and is_given_name(name):
            # a first name alone ("dijo Jessica", common in translated news): the one
            # person of this text it opens
            named = Counter(m.name for m in self.full_names if m.name.split()[0] == name)
            ranked = named.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                # the one person of this text it opens, or of two or more the one the
                # text names most ("Héctor" of the Héctor Leal it names three times, not
                # of a Héctor Suárez named once in passing), as `_ambiguous` reads a surname
                self.trail.append(("first name", ranked[0][0]))
                return ranked[0][0]
        return name

    def _own_name(self, word: str, full: str) -> bool:
        """Whether a word that opens a longer name (and is no first name) is a name of its
        own: the body writes it alone before the longer name first appears ("Rumblr" three
        times before "Rumblr Explore", a firm before its product). The press gives a person
        the full name before it shortens it, so a person's first surname alone ("Osorio" of
        "Osorio Chong") comes after it, or in the first paragraph only."""
        words = full.split()
        if " " in word or len(words) < 2 or words[0] != word or is_given_name(word):
            return False
        first = min(m.start for m in self.full_names if m.name == full)
        lead = self.text.find("\n")
        return any(m.name == word and 0 <= lead < m.start < first for m in self.mentions)

    def _ambiguous(self, name: str) -> bool:
        """Whether a short form stands for two people of this text as much as for one
        ("Peral" when Luis Peral and Marta Peral are each named once): who is meant is not
        said, so no one is. The person the text names most is meant ("Aguilar" for the
        one it names three times, not a relative named once); a first name shortened is
        the same person ("Rafa Nadal", "Rafael Nadal")."""
        longer = {m.name for m in self.full_names if is_short_form(name, m.name)}
        people = {
            n
            for n in longer
            if not any(is_short_form(n, other) or _nicknamed(n, other) for other in longer)
        }
        if len(people) < 2:
            return False
        counts = sorted(
            (sum(m.name == n or is_short_form(m.name, n) for m in self.full_names) for n in people),
            reverse=True,
        )
        return counts[0] == counts[1]

    @_evidence("title")
    def _described(
        self,
        description: Description,
        at: int,
        index: int,
        lo: int,
        fallback: bool = True,
        also: bool = False,
        head: str | None = None,
    ) -> str | None:
        """The one person a title fits ("el mandatario ruso"), among those this text
        introduced before the quote and those of the story, what is known of each from
        both; a fit by country beats one by role alone, and this text's people beat the
        story's. Two people fitting as well is no answer. A title without a country may
        also be the previous sentence's subject, unless their known title contradicts it
        (`also`: the description says it adds a title, "la también periodista"; "el
        experto" contradicts no title of the one just quoted: it names them as a source) or
        their gender does. `head`: the title as written, the answer when no one named fits it
        (the press quoting someone it never names: "confesó el alcalde" is "alcalde")."""
        profiles = self._profiles(at)
        ranked: dict[tuple[int, bool], list[str]] = {}
        for name, (known, here) in profiles.items():
            score = fit(description, known)
            if score:
                ranked.setdefault((score, here), []).append(name)
        if ranked:
            fitting = ranked[max(ranked)]
            return fitting[0] if len(fitting) == 1 else None
        if HOLDER in description.roles and description.areas and fallback:
            # no one introduced with that area: the one just spoken of, when no area of
            # theirs says otherwise ("el titular de la Conadic"), else someone the text
            # does not name ("el responsable de la planta", after a minister of Health)
            subject = self._previous_subject(at, index, lo)
            if subject and not profiles.get(subject, (UNKNOWN, False))[0].areas:
                return subject
            return _description(head, self.text[:at]) if head else None
        if description.countries or (description.of and not also) or not fallback:
            return None
        subject = self._previous_subject(at, index, lo)
        if subject is None:
            return self._unnamed(head, at)
        known = profiles[subject][0] if subject in profiles else UNKNOWN
        gender = given_name_gender(subject.split()[0]) if _is_person(subject) else None
        genders = known.genders or ({gender} if gender else set())
        if description.genders and genders and not genders & description.genders:
            if description.roles & frozenset(EXPERTS):
                return None  # "la especialista" may name again a woman named otherwise
            return self._unnamed(head, at, description.genders)  # not the Andrés named before
        expert = bool(description.roles) and description.roles <= frozenset(EXPERTS)
        expert = expert and self.speakers[-1:] == [subject]
        if known.roles and not also and not expert:
            return None  # "el vocero" is not the singer named before; "la también periodista" is
        return subject  # "agregó el experto": the director just quoted, as a source

    @_evidence("title as written")
    def _unnamed(
        self, head: str | None, at: int, genders: frozenset[str] = frozenset()
    ) -> str | None:
        """A short title as written ("alcalde"), when the text names no person before it
        whom it could stand for, nor opens a sentence with a name ("Ri insistió …":
        a title after it may be Ri's): the press quoting someone it never names.
        `genders`: the title's, when it says one ("el alcalde"); a person named before
        whose first name is of the other gender cannot stand for it ("la concejala Raquel
        Ruiz" is not "el alcalde socialista")."""
        if not head or len(head.split()) > _MAX_UNNAMED_WORDS or self.known:
            return None
        if any(
            m.start < at
            and self._person_like(full := self._expand(m.name, m.start))
            and not (genders and given_name_gender(full.split()[0]) in {"m", "f"} - genders)
            for m in self.full_names
        ):
            return None
        openings = {
            offset + sentence.start + _lead(sentence.text)
            for (offset, _), sentences in zip(self.paragraphs, self.sentences, strict=True)
            for sentence in sentences
        }
        if any(
            m.start < at
            and m.start in openings
            and self.text.startswith(m.name, m.start)  # not "En Almazán": a place's
            and not _is_organisation(m.name)
            for m in self.mentions
        ):
            return None
        return _description(head, self.text[:at])

    @_evidence("spokesperson")
    @_evidence("someone's")
    def _someone_of(
        self, head: str, description: Description | None, at: int, index: int, lo: int
    ) -> str | None:
        """Who a possessed role or relative is ("dijo su abogado", "Su madre explicó",
        "his solicitor said"; `_possessed_person`): the one person named before whom the
        title fits ("Lo defiende el abogado X. … «…», dijo su abogado": X), else the
        description as written, never by default the person the possessive refers to:
        someone's lawyer, mother or circle is someone else. (A possessor of the same
        title, "el abogado X … dijo su abogado", is taken for the one who fits, as before.)"""
        if description is not None and (
            fitting := self._described(description, at, index, lo, fallback=False, head=head)
        ):
            return fitting
        return _description(head, self.text[:at])

    def _spokesperson(self, description: Description, head: str, at: int) -> str | None:
        """ "el portavoz de la compañía" when no one named so far is a spokesperson: an
        anonymous source kept as written, as the press quotes an organisation through a
        spokesperson it does not name (never the person named before, who would have been
        introduced as one)."""
        if _SPOKESPERSON not in description.roles or not _OF.search(head):
            return None
        if any(fit(description, known) for known, _ in self._profiles(at).values()):
            return None
        return _description(head, self.text[:at])

    def _profiles(self, at: int) -> dict[str, tuple[Description, bool]]:
        """Name -> (what is known of them, whether this text introduced them before `at`)."""
        profiles = {name: (known, False) for name, known in self.known.items()}
        for name, here in self.introduced(at).items():
            same = next((n for n in profiles if fold(n) == fold(name)), name)
            known = profiles.pop(same)[0].merge(here) if same in profiles else here
            profiles[same] = (known, True)
        return profiles


def _starts_subject(phrase: str, indefinite: frozenset[str]) -> bool:
    """Whether words before a verb can be its subject ("Ferrán", "he", "the minister", a
    bare plural: "fuentes del regulador", "vecinos del barrio")."""
    first = phrase.split()[0]
    low = first.lower()
    if low in _PRONOUNS or low in _DEFINITE or low in indefinite or low in _RELATIVES:
        return True
    if _bare_plural(low):
        return True
    if (
        low in _QUANTIFIERS
        and len(phrase.split()) > 1
        and _bare_plural(phrase.split()[1].lower().strip(".,;:"))
    ):
        return True  # "varias organizaciones", "algunos vecinos"
    return first[0].isupper() and not _function_word(first)


# A manner adverb between an English subject and its verb ("my mother gently asks", "the
# minister later said"): no part of the subject. Nouns in -ly are not adverbs.
_ADVERB_EN = (
    r"(?:\s+(?!(?:family|assembly|ally|rally|monopoly|supply|daily|weekly|monthly)\b)"
    r"[a-z]{3,}ly|\s+(?:later|also|then|once|again|previously|earlier))"
)
_MANNER_ADVERB_EN = re.compile(_ADVERB_EN + "+$")
# A name ending the words before a verb, adverbs between at most ("Ana Ruiz also said").
_NAME_AT_END = re.compile(rf"(?<![,\w])\s*({_NAME.pattern}){_ADVERB_EN}*\s*$")
# An English clause opening on the first person: English drops no subject, so the verb
# further on is the writer's (or the writers'), not the person named before.
_FIRST_PERSON_EN = re.compile(r"\s*(?:I|[Ww]e)\b(?!['’]\w)")
# A name and "whose" with what its words are, right before a quote: "the Dunmore Trust,
# whose motto is “…”", "Acme, whose slogan reads: “…”". The words are the name's.
_WHOSE_SAYING_EN = re.compile(
    rf"({_NAME.pattern}),?\s+whose\s+(?:[a-z]+\s+){{0,2}}"
    r"(?:motto|mission|slogan|message|creed|pledge|statement|tagline|vow|promise|aim|goal)"
    r"(?:\s+statement)?\s+(is|was|reads|read|says|said|states|stated)\s*[:,]?\s*$"
)
# Two names joined by "and", the whole of a speaker phrase: "Ann Hale and Tom Ridley".
_PAIR_EN = re.compile(
    rf"({_NAME.pattern})\s+and\s+({_NAME.pattern})"
    r"(?=\s*$|\s*[,.;:]|\s+(?:in|on|at|after|before|during|to|told|said|wrote)\b)"
)
# An English sentence whose subject is a pronoun: the person was named before it.
_PRONOUN_SUBJECT_EN = re.compile(r"\s*(?:He|She)\s+(?!said\b|says\b|told\b|added\b)[a-z]")
# A clause opening an English sentence before its subject: "After meeting Tom Ridley,".
_FRONTED_CLAUSE_EN = re.compile(
    r"\s*(?:After|Before|While|When|Since|Although|Though|Despite|Following|Having|Unlike"
    r"|Once|Until|Upon|During)\b[^,;:.]{1,80},\s+"
)
# What a web page sets among an English story's sentences, naming people of no quote: a
# link to another story, a video's or a photo's label, a byline ("READ MORE: …", "Watch X
# open up about…", "Photo: X/Getty Images", "By X, Political Editor"): the name right after
# it is no one of the story (the sentence may go on: a page's line break lost).
_PAGE_LABEL_EN = re.compile(
    r"(?:^|(?<=\s))(?:READ MORE|Read more|RELATED|Related|SEE ALSO|See also|WATCH|Watch|"
    r"Photo|Image|Picture|Pictured|Credit|By)\b(?::\s*|\s+(?=[A-Z]))"
)
# An English honorific of a gender before a surname: "Mrs. Ridley", "Mr Ridley".
_HONORED_EN = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)(?![\w'’-])")
# A title abbreviated with a stop before a name: "Gov. Tom Ridley", "Sen. Ann Hale".
_TITLE_ABBREVIATED = re.compile(r"([A-Z][a-z]{1,4})\.\s+(?=[A-Z])")


# A verb of saying right after a relative pronoun ("…, que sostiene", "quien aseguró"), or
# in a relative clause's second verb ("que reprochaban el patriarcado y exigían", "a X,
# quien permanece en su casa y afirmó": the first verb past or present, not a determiner).
_RELATIVE_END = re.compile(
    r"(?:^|[\s,])(?:que|quien|quienes)\s+"
    r"(?:(?:[a-záéíóúñ]+(?:aba|aban|ía|ían|ó|ió|aron|ieron)|(?!(?:esta|este|estas|estos|"
    r"una|unas|otra|otras|otro|nuestra|nuestras)\b)[a-záéíóúñ]{3,}(?:a|e|an|en))"
    r"\b[^,;:«“\"_]*?\s+y\s+)?"
    r"(?:(?:también|además|ya|no|se|le|les|lo|la|nos|me|incluso|siempre|nunca)\s+)*$",
    re.I,
)


# A sentence that credits the quote before it: "Así lo explicó X", "Con estas palabras
# ha reaccionado X" (any verb after "palabras"; a verb of saying after "Así").
_ANNOUNCED_AFTER = re.compile(
    r"\s*(?:Así\s+(?:lo|se)|(?:Con|En)\s+(?:estas|esas|tales|dichas)\s+(palabras|términos))\s+",
)
# A sentence whose subject is a plural noun phrase: "Los vecinos recibieron…".
_PLURAL_OPENING = re.compile(r"\s*(?:Los|Las)\s+[a-záéíóúñ]+s\b")
# Where a relative clause opens after a noun phrase: "Una vecina| que prefiere …".
_RELATIVE_OPENS = re.compile(r"\s*,?\s+(?:que|quien)\s", re.I)
# "«…». Son palabras de X", "Estas son las palabras con las que X abre su carta": the next
# sentence says whose words they were (the subject right after "con las que").
_WORDS_OF = re.compile(
    r"\s*(?:(?:Estas|Esas|Tales)\s+)?(?:[Ss]on|[Ff]ueron|[Ee]ran)\s+(?:las\s+)?"
    r"(?:palabras|declaraciones|reflexiones)\s+(de|del|con\s+las\s+que(?=\s+(?:el|la|[A-ZÁÉÍÓÚÑ])))\s+"
)
# "Para la vicepresidenta, …": whose view the sentence gives, opening it.
_FOR_SOURCE = re.compile(r"\s*Para\s+([^,.;:]{2,60}),")
# A headline credits a quote after a colon, the name closing it or a dash setting the
# outlet's name after it: "«…»: Sánchez", "“…”: Trump – El Diario"; English headlines
# also after a dash: "'…' - Tom Pike".
_HEADLINE_CREDIT = re.compile(rf"\s*(?::|\s[-–—])\s*({_NAME.pattern})\s*(?:[–—|]|-\s|$)")
_ANY_VERB = re.compile(r"(?:(?:ha|han|había)\s+)?[a-záéíóúñ]+(?:ó|ió|a|e|aba|ía|ado|ido)\b")
# A preposition opening a sentence glued to the name after it: "En Twitter, X dijo".
# A sentence opening on a circumstance, a comma closing it, and then a subject described
# ("En entrevista para Radio X con Ana Ruiz, el funcionario dijo", "Al terminar el Trofeo
# de Valdemar, el ciclista Iván Roca dijo"): the names of the opening are what it is
# about, not who speaks ("Para X," and "Según X," give a view: not here).
_ADVERBIAL_OPENING = re.compile(
    r"(?:(?:Ante|Bajo|Desde|Durante|En|Entre|Hasta|Tras|Sobre)\s|"
    r"(?:Al|Tras|Antes\s+de|Después\s+de|Luego\s+de)\s+[a-záéíóúñ]+(?:ar|er|ir)(?:se|le|la|lo|les)?\s)"
)
_DESCRIBED_SUBJECT = re.compile(r"(?:el|la)\s+[a-záéíóúñ]{3,}\b")
_OPENING_PREPOSITION = re.compile(
    r"(?:A|Ante|Bajo|Con|Contra|De|Desde|Durante|En|Entre|Hacia|Hasta|Para|Por|Sin|Sobre|"
    r"Tras)\s"
)
# An aside in parentheses: "Las tres organizaciones (A, B y C), que agrupan…".
_PARENTHESES = re.compile(r"\([^()]*\)")
# "la también periodista": a title added to what is known of someone.
_ALSO = re.compile(r"\btambién\b", re.I)
# A title with "también" names again the one just spoken of, whatever else the title says
# ("la también periodista", "El también vicepresidente del partido X aseguró").
_ALSO_TITLED = re.compile(r"(?:el|la)\s+también(?:\s+[a-záéíóúñ]+){1,3}", re.I)
# Verbs of saying that are mostly something else, except right after a quote: "«…»,
# cuenta Macknight" (elsewhere "la cuenta", "cuenta con").
_AFTER_QUOTE = re.compile(r"(?:nos\s+|me\s+|le\s+)?(?:cuenta|cuentan)(?![\w])(?!\s+con\b)", re.I)
# A verb that takes an infinitive of saying: "llegó a decir", "quiso aclarar".
_PERIPHRASIS = re.compile(
    r"(?:se\s+)?(?:[a-záéíóúñ]+(?:ó|ió)\s+(?:a|de|por)|quiso|pudo|prefirió|decidió|supo)\s+",
    re.I,
)
# A thing that carries someone's words, then "en la que": "una entrevista con X en la que
# dice", "un vídeo de X en el que afirma", "la carta del Ministerio, en la que asegura".
_CARRIER_BEFORE = re.compile(
    r"\b([a-záéíóúñ]+)\s+(de|del|con)\s+([^,;:]+?)\s*,?\s+(?:en|con)\s+(?:el|la|los|las)\s*$"
)
# ...or with no one named with it, after the verb that issued it: "X ha publicado un
# informe en el que advierte", "remitió una carta a los vecinos en la que asegura".
_ISSUED_CARRIER = re.compile(
    r"\b(un|una|el|la|su)\s+([a-záéíóúñ]+)(?:\s+(?:a|al)\s+[^,;:]{1,40}?)?\s*,?\s+"
    r"(?:en|con)\s+(?:el|la|los|las)\s*$",
    re.I,
)
# A sentence going on with a report: a noun phrase and a copula, no name ("El objetivo es
# establecer cuarentena a los «…»").
_GOES_ON = re.compile(
    r"\s*(?i:el|la|los|las|su|sus)\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,3}\s+"
    r"(?:es|son|era|eran|fue|fueron|será|serán|sería|serían)\b[^A-ZÁÉÍÓÚÑ]*$"
)
# An ordinal standing for items counted before ("El primero de ellos afirma", "El tercero
# de los mensajes"), and the count ("publicó tres tuits"), searched this many paragraphs back.
_ORDINAL_ITEM = re.compile(
    r"(?:el|la)\s+(?:primer|segund|tercer|cuart|quint|últim)[oa]\b"
    r"(?:\s+de\s+(?:ellos|ellas|(?:los|las)\s+[a-záéíóúñ]+))?\s*(?:,|$)",
    re.I,
)
_COUNTED = re.compile(r"\b(?:dos|tres|cuatro|cinco|seis|varios|varias)\s+([a-záéíóúñ]+)", re.I)
_PUBLISHER_REACH = 6
# Verbs of making words public, by stem: "publicó", "colgaron", "difundió", "envió".
_PUBLISHED = re.compile(
    r"(?:public|difund|escrib|compart|lanz|colg|tuite|envi|emit|redact|firm|mostr|exhib|"
    r"present)[a-záéíóúñ]*$",
    re.I,
)
_ACRONYM_SUBJECT = re.compile(
    r"(?:(?:El|La|Los|Las|el|la|los|las|The|the)\s+(?:([a-záéíóúñ]+)\s+)?)?"
    rf"({_SHORT_NAME})"
)
# A short name in brackets after a full name ("… de Meteorología (Aemet)", "(DHS por sus
# siglas en inglés)"), or a full name in brackets after it ("la OMS (Organización …)").
_BRACKETED_SHORT = re.compile(rf"\s*\(\s*({_SHORT_NAME})\b[^()]*\)")
# How far before its bracket a full name may begin.
_SHORT_NAME_REACH = 120
# A name joined by "y" to the one a short name follows, a part of it when the initials say
# so: "la Comisión Nacional de los Mercados y la| Competencia (CNMC)".
_JOINED_BEFORE = re.compile(rf"({_NAME.pattern})\s+(?:y|e|and)\s+(?:(?:la|el|los|las|the)\s+)?$")
_BRACKETED_FULL = re.compile(rf"\b({_SHORT_NAME})\s*\(\s*({_NAME.pattern})\s*\)")
# A noun phrase ending a clause: "un medio digital", "las participantes".
_TRAILING_PHRASE = re.compile(
    r"\b(?:el|la|los|las|un|una|unos|unas)\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,2}$", re.I
)
# Documents that carry an organisation's or a person's words, named again by a bare noun
# ("el comunicado", "el texto") after one was brought in ("emitió un comunicado").
_DOCUMENTS = (
    "comunicado|nota|carta|misiva|circular|texto|escrito|documento|declaración|informe|resolución|"
    "statement|letter"
)
_BARE_DOCUMENT = re.compile(rf"(?i:el|la|the)\s+(?:{_DOCUMENTS})")
_DOCUMENT_INTRODUCED = re.compile(
    rf"\b(un|una|su|a|its|la|el|the)\s+(?:[a-záéíóúñ]+\s+)?(?:{_DOCUMENTS})\b", re.I
)
# An impersonal "se" before a verb of saying and the document it is read in ("«…», se
# informa en el escrito", "se dice en esta nota"): no person's words, but the document's:
# its issuer when a bare "el"/"la" refers back to one brought in before (`_issuer`), else
# no one; never the last person named. Pronominal verbs ("se quejó en su carta") keep
# their subject, so only verbs that take no "se" of their own.
_IMPERSONAL = re.compile(
    r"se\s+(?:ha\s+)?(?:lee|leía|leyó|dice|decía|dijo|dicho|informa|informó|informaba|"
    r"informado|indica|indicó|indicaba|señala|señaló|señalaba|explica|explicó|afirma|afirmó|"
    r"asegura|aseguró|detalla|detalló|añade|añadió|agrega|agregó|advierte|advirtió|"
    r"precisa|precisó|recoge|recogía|expone|menciona|mencionó|sostiene)",
    re.I,
)
_IN_WRITING = re.compile(
    rf"\s*en\s+((?:el|la|esta|este|esa|ese|dicha|dicho|su)\s+(?:{_DOCUMENTS}|publicación))\b",
    re.I,
)
# A sentence opening inside a document: "En la carta, …", "In the letter, …".
_IN_DOCUMENT = re.compile(rf"\s*(?:En|In)\s+((?:el|la|the)\s+(?:{_DOCUMENTS}))\b")
# Its writer named with it: "una carta del poeta X", "escrita por X", "a letter by X", in
# an aside too ("El comunicado, firmado por la Asociación X, denuncia").
_WRITTEN_BY = re.compile(
    rf"(?:\s+(?:de|del|by|from)|,?\s+(?:{_ISSUED_BY}|written|signed|sent)[oa]?s?\s+(?:por|by))"
    rf"\s+(?:(?:el|la|the)\s+)?(?:[a-záéíóúñ]+\s+)?({_NAME.pattern})"
)
# ...and after a thing's own name: "el estudio Viajeros 2020 elaborado por Hoteles Sol".
_ISSUED_BY_NAME = re.compile(
    rf"\s+(?:{_ISSUED_BY})[oa]s?\s+por\s+(?:(?:el|la|los|las)\s+)?({_NAME.pattern})"
)
# ...or an organisation named again by its common noun: "difundido por la propia federación".
_ISSUED_BY_NOUN = re.compile(
    rf"\s+(?:{_ISSUED_BY})[oa]s?\s+por\s+"
    r"((?:el|la)\s+(?:(?:propi|mism)[oa]\s+)?[a-záéíóúñ]+)\b"
)
# A document brought in as the means of the main clause that follows it: "A través de una
# circular …, el Ministerio exigió", "Mediante un comunicado, la Asociación anunció".
_IMPERSONAL_SE = re.compile(r"\bse\s+$", re.I)
_BY_MEANS = re.compile(r"(?:a\s+trav[ée]s\s+de|mediante|por\s+medio\s+de)\s+$", re.I)
# Verbs that issue a document, by stem: "emitió", "publicó", "envió", "han hecho público".
_ISSUING = re.compile(
    r"(?:emit|public|difund|envi|remit|firm|redact|escrib|divulg|hech|hizo|hicieron|"
    r"issu|releas|publish|sent|wrote)[a-záéíóúñ]*",
    re.I,
)
# The role of who speaks for an organisation (`roles`' key), and its complement.
_SPOKESPERSON = "portavoz"
# A page or an account speaks for its owner, whom "su" leaves unsaid unless an apposition
# names it: "«…», señaló su página de Facebook, la Asociación Vecinal de X,".
_MEDIA = frozenset("página páginas cuenta cuentas perfil web blog canal page account".split())
_OWNER = re.compile(rf",\s*(?:(?:el|la|los|las|the)\s+)?({_NAME.pattern})\s*(?:[,.;]|$)")
# A name joined to another subject: "Ana Ruiz y su hermano dijeron", "X and Y said".
_JOINED_AFTER = re.compile(r"(?:\s*,\s*[^,]{1,60},)?\s+(?:y|e|and)\s+\S")
# Where an unnamed spokesperson speaks for the organisation: "… en Italia".
_REACH = re.compile(r"\s*en\s+(?:el\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?")
_OF = re.compile(r"\s(?:de|del|of)\s")
# Between an organisation and the verb of saying it is the subject of: adverbials, no
# clause ("El Ministerio informó ayer", not "El Ministerio, que dirige X, informó").
_SUBJECT_GAP = re.compile(r"(?:\s+(?!que\b|quien\b)[^\W\d_]+){0,2}\s+", re.I)
# ...and between a verb of saying and an organisation after it: "informó en un comunicado
# el", "aseguró ayer la".
_INVERTED_GAP = re.compile(r"(?![^,.;:]*\bque\b)[^,.;:_]{0,40}?\b(?:el|la|los|las|the)\s+", re.I)
# A verb of saying after a quote whose "que" opens reported speech of its own: not the
# quote's cue, and the name after it is no speaker ("«…» Agregó que el huracán X y su
# gobierno…"); the cue before the quote, if any, says who spoke.
_REPORTING = re.compile(r"\s*que\s", re.I)
# A verb whose "que" opens a quote of its own ("…», Mayoral ha insistido en que «…»"):
# each cue serves the quote it brings in, not the one before it.
_OWN_QUOTE = re.compile(r"\s*,?\s*(?:en\s+|de\s+)?que\s*[«“\"]", re.I)
# A title in apposition to the speaker phrase, and the name it gives: ", el profesor X".
# A plural verb of saying with no subject and a third person plural object before it,
# past an opening phrase at most ("En las cartas les advierten que", "Les dicen que"): the
# press's impersonal plural, saying it to the group in view.
_TO_THEM_OPENING = re.compile(
    r"\s*((?:en|con|mediante|por|desde|tras|a\s+través\s+de)\s+[^,;:]*?\s*,?\s*)?"
    r"(?:ya\s+|también\s+|no\s+)?les\s*",
    re.I,
)
# ...unless the object is spelled out after the verb ("les dijeron a los agentes que").
_DOUBLED_OBJECT = re.compile(r"\s*(?:a|al)\s+(?:los|las|sus|unos|unas|[A-ZÁÉÍÓÚÑ])", re.I)
# A name in apposition after a comma, past an honorific ("la ministra, doña Lucía Campos").
_APPOSED_NAME = re.compile(
    r",\s*(?:(?:don|doña|dña\.|sr\.|sra\.)\s+)?(?P<name>" + _NAME.pattern + ")"
)
_TITLED_APPOSITION = re.compile(
    rf",\s*(?:el|la)\s+([a-záéíóúñ]+)\s+(?:[a-záéíóúñ]+\s+){{0,2}}?({_NAME.pattern})"
)
# A common noun and the name it is of ("el aeropuerto de Gran Canaria", "la embajada de
# Noruega"): a body said in full, no word naming again someone named before (a person's
# kin or title is read as such: "la hija de Ana Ruiz").
_OWNED_BY_NAME = re.compile(
    rf"(?:[Ee]l|[Ll]a)\s+[a-záéíóúñ]+\s+(?:de|del)\s+(?:(?:el|la)\s+)?(?:{_NAME.pattern})"
)
# How many paragraphs back the last attributed quote may be for a quote with no cue to
# go on being its speaker's (`_Reader.still_speaking`).
_STILL_SPEAKING_PARAGRAPHS = 3
# An aside of attribution between commas: ", afirma la ingeniera X,", ", según explicó X,"
# (the verb is checked against the verbs of saying, `_Reader._attributing_aside`).
_ATTRIBUTING_ASIDE = re.compile(
    r",\s+(?:(?:según|como)\s+)?([^\W\d_]+)\s+([^,;:«»“”\"()]{3,80}?),\s"
)
# A quote ended by a full stop, inside its marks or right after them ("…».", "….»").
_STOPPED = re.compile(r"[.…!?][»”\"’']?\s*$|[»”\"’']\s*[.…]")
# What may follow a quote's words and still leave it the end of its paragraph.
_CLOSING_OR_STOP = " .…!?»”\"'’"
# What may follow a quote that is a sentence of its own: its full stop, another quote.
_SAID_AFTER = re.compile(r"[\s.…!?]*(?:[«“\"_—].*)?$", re.S)
# Verbs that say someone talked about something without quoting them: "En la entrevista
# también habló de su familia", "se refirió a".
_TALKED = re.compile(r"\b(?:habl(?:ó|a|aba|ado)|se\s+refiri[óe]|se\s+refiere|talked|spoke)\b", re.I)
# The subject of a clause reported with "que", right before its verb: "…señaló que el
# Acuerdo| indica", "dijo que la ministra| afirmó".
_CLAUSE_SUBJECT = re.compile(
    r"\bque\s+((?:el|la|los|las)\s+[^\W\d_]+(?:\s+(?:de|del|de la)?\s*[^\W\d_]+){0,3})\s*$"
)
# English verbs of saying whose object, not subject, follows them: "He told reporters:".
_TELLING = frozenset("told tell tells".split())
# The press as a whole, a source of its own when no outlet is named: "la prensa local".
_PRESS = frozenset("prensa medios press media".split())
# Words before "que" that make it a conjunction, not a relative pronoun ("ya que").
# A verb and the means or place of saying after it, before a "que": "anunció en Twitter".
_SAID_THROUGH = re.compile(
    r"\b([^\W\d_]+)\s+(?:en|a|al|ante|desde|mediante|por|a\s+través\s+de)\s+"
    r"(?:(?:el|la|los|las|su|sus|un|una)\s+)?[^,;.:«»“”\"]{1,40}?[\s,]*$"
)
_BEFORE_CONJUNCTION = frozenset(
    """
    ya así puesto dado para sino de lo aunque hasta desde antes después mientras siempre
    tanto más menos mismo ahora luego sin a en con por es fue era será decir cada bien
    """.split()
)
# The noun a name is the complement of: "la hija de Ana".
_OWNER_BEFORE = re.compile(r"\b([a-záéíóúñ]+)\s+(?:de|del|de la|de los|de las)\s+$")
# A word right before, in the same sentence: a capitalised word after it is a name.
_WORD_BEFORE = re.compile(r"\w[\s,]*$")


# A relative adverb opening the clause of a verb of saying, its subject after it: "…,
# donde el alcalde afirmó", "…, cuando la ministra dijo", "en la que el juez señala".
_WHERE_OPENS = re.compile(
    r"(?:donde|adonde|cuando|mientras(?:\s+que)?|en\s+(?:el|la|los|las)\s+que)\s+"
    r"(?=(?:el|la|los|las|un|una|su|sus)\s|(?-i:[A-ZÁÉÍÓÚÑ]))",
    re.I,
)
# Two verbs of saying joined by "y" in one clause share the subject before the first ("el
# aeropuerto niega la presencia del avión Halcón y afirma que"), as when the first one's
# words are a quote ("la resolución pide que «…» y señala que"): a name in the first one's
# object is not the second one's subject.
_JOINED_VERBS = re.compile(
    r"(?:(?:(?!\bque\b)[^.;:«»“”\"])*?|\s+que\s*[«“\"]_+[»”\"]?)\s(?:y|e)\s+", re.I
)
# A preposition, an article and one word before a lone capitalised word: a place or a
# thing ("de la vecina Birmania"), not the subject a dropped one refers to.
_TITLED_COMPLEMENT = re.compile(
    r"\b(?:de|del|al|a|con|en|entre|sobre|para|contra|ante|tras|hacia|sin)\s+"
    r"(?:el|la|los|las|un|una|su|sus)\s+[a-záéíóúñ]+\s+$"
)


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


# A speaker phrase headed by a kin noun of someone ("la esposa del presidente", "el hijo de
# la alcaldesa"): the relative, never whose relative.
_KIN_HEAD = re.compile(
    r"^\s*(el|la)\s+(?:" + "|".join(sorted(_KINFOLK, key=longest_first)) + r")\s+(?:de|del)\b",
    re.I,
)
# ...then the word that says whose kin: a title of a person ("del presidente", "de la
# alcaldesa X"; `role_of`), not a description ("de la víctima", which names the relative).
_KIN_OF_WORD = re.compile(r"\s+(?:(?:el|la|los|las|su)\s+)?([a-záéíóúñ]+)", re.I)


# A possessed kin noun a name stands in apposition to ("su esposo, el presidente X", "a sus
# hijas Ana y Eva"): the name is a relative of whom the sentence is about, not its subject.
_KIN_APPOSED = re.compile(
    r"\b(?:su|sus|mi|mis|his|her|their)\s+(?:"
    + "|".join(sorted(_KINFOLK, key=longest_first))
    + r")\s*,?\s+(?:(?:el|la|los|las|the)\s+)?(?:[a-záéíóúñ]+\s+)?$",
    re.I,
)
# ...opening a sentence too ("Con el ministro X a su lado, la alcaldesa afirmó:").
_AGENT_TITLE_ANY_CASE = re.compile(_AGENT_TITLE.pattern, re.I)
# Places often named after a person: a person's name right after one of these nouns (past
# its owner's acronym) is the place's ("el estadio Ana Ruiz", "el hospital del IESS José
# Carrasco"), not someone a dropped subject may refer to.
_VENUES = frozenset(
    """
    hospital clínica sanatorio estadio aeropuerto colegio escuela liceo instituto teatro
    auditorio pabellón polideportivo parque museo calle avenida plaza paseo puente colonia
    barrio
    """.split()
)
_PLACE_NOUN_BEFORE = re.compile(
    r"\b([a-záéíóúñ]+)\s+(?:(?:de|del)\s+(?:la\s+)?[A-ZÁÉÍÓÚÑ]{2,6}\s+)?$"
)
# A sentence that opens with a subject of its own, an article and a noun: "Los vecinos".
_NEW_SUBJECT = re.compile(r"\s*(?:El|La|Los|Las)\s+[a-záéíóúñ]")
_OPENING_NOUN = re.compile(r"\s*(?:El|La)\s+[a-záéíóúñ]+")
# A title after a preposition, right before a name: "al entrenador ", "del actor "; not
# a view's holder nor an agent ("para la doctora X", "por el ministro X").
# A noun for who does something, by its ending: "oyente", "tendera", "galerista",
# "pescadora"; not a thing's ("la orden", "el puente").
_AGENT_NOUN = re.compile(r"[a-záéíóúñ]+(?:nte|ista|er[oa]|[dt]ora?)")
_COMPLEMENT_TITLE = re.compile(
    r"\b(?:a|al|de|del|con|contra|ante|tras|sin|sobre|entre)\s+"
    r"(?:(?:el|la|los|las|un|una|su|sus)\s+)?([a-záéíóúñ]+)\s+$",
    re.I,
)
# A sentence opening with a title: "La vicefiscal denunció…", "El ministro ruso dijo…".
_TITLE_START = re.compile(
    r"\s*(?:El|La)\s+(?:(?:también|actual|nuevo|nueva)\s+)?([^\W\d_]+)(?:\s+[^\W\d_]+){0,3}"
)
# "El Tribunal", "la Fiscalía": an organisation named again by its head word.
_NAMED_BY_ARTICLE = re.compile(rf"(?:El|La|Los|Las|el|la|los|las)\s+({_CAPITALISED})\s*$")
# ...and before a name after "de" or "por": "el comunicado de la Asociación X".
_ARTICLE_BEFORE_NAME = re.compile(r"^(?:el|la|los|las|the)\s+(?=[A-ZÁÉÍÓÚÑ])")
# "Desde el Ministerio aseguran que…": the source of a plural verb, as Spanish press puts it.
_FROM = re.compile(r"\s*[Dd]esde\s+((?:(?:el|la|los|las)\s+)?[^,]+?)(?:\s+[a-záéíóúñ]+n\b|\s*$)")
# ...and after a plural verb of saying: "…», explicaron desde la Consejería".
_FROM_AFTER = re.compile(r"desde\s+(.+)", re.I)


# A subject between commas after the verb: ", dice Söderlund,".
_ASIDE = re.compile(r"\s+([^,.;:]+?)\s*,")
# A verb of saying set between dashes, its subject after it ("-dice la circular-", "—señala
# el economista X—"): the aside names who says the sentence it interrupts.
_DASH_BEFORE = re.compile(r"(?:^|\s)[-–—]\s*$")
_DASHED_SUBJECT = re.compile(r"\s+([^-–—,.;:«»“”\"]{1,60}?)\s*[-–—](?:\s|$)")
_MAX_INVERTED_WORDS = 8
_IS_BEFORE = re.compile(r"\b(?:es|o sea|quiere)\s+$", re.I)  # "es decir": not speech
_DETERMINER_BEFORE = re.compile(
    r"\b(?:la|las|el|los|una|un|su|sus|esta|esa|este|cuya|cuyo|the|his|her|its)\s+$",
    re.I,
)
_INVERTED_END = re.compile(r"[:.]\s*$")
# Where or how a subject after "así lo" and its verb said it, which ends the subject: "así
# lo anunció la Sociedad X en sus redes sociales", "así lo explicó X a través de un vídeo".
_WHERE_SAID = re.compile(r"\s+(?:en|a\s+través\s+de|mediante|durante)\s")
# A verb of saying of more than one word ("dar a conocer", "dejar claro") says words only
# when it opens reported speech or a colon, or takes back what was said ("así lo dio a
# conocer X"); before a noun it makes a thing known ("dio a conocer la presentación").
_PHRASE_REPORTS = re.compile(r"\s*(?:que\b|:)")
_WITH_AFTER = re.compile(r"\s+con\b", re.I)
# A verb of saying that refers back to what was just said, its subject after it: "así lo
# anunció X", "así lo dio a conocer X". The subject before it is another clause's.
_SO_SAID = re.compile(r"\basí\s+(?:lo\s+|la\s+)?(?:(?:ha|han|había|habían)\s+)?$", re.I)


# Someone unnamed whom the press presents by how they identified themselves: "una mujer
# que se identificó como hermana de X", "un hombre identificado como el encargado del local".
_IDENTIFIED_AS = re.compile(
    r"(?:un|una|otro|otra)\s+(?:mujer|hombre|persona|joven|señora?|vecin[oa])\s+"
    r"(?:que\s+se\s+identificó\s+como|identificad[oa]\s+como)\s+"
    r"((?:(?:el|la)\s+)?[a-záéíóúñ]+(?:\s+(?:de|del)\s+(?:la\s+|el\s+)?[^\W\d_]+)?)",
    re.I,
)
# How many paragraphs back the last speaker may have spoken for a dropped subject with no
# one named since to be theirs ("«…», advirtió" pages after the last quote is no one's).
_LAST_SPEAKER_REACH = 3
# What may open a sentence before a verb of saying with a dropped subject: adverbs of
# sequence, the occasion ("En entrevista", "En rueda de prensa"), clitics, an auxiliary.
_DROPPED_OPENING = re.compile(
    r"\s*(?:(?:[Yy]|[Aa]demás|[Tt]ambién|[Aa]simismo|[Ll]uego|[Dd]espués|[Ff]inalmente|"
    r"[Pp]or\s+último|[Mm]ás\s+tarde|[Ee]n\s+(?:una\s+)?(?:entrevista|rueda\s+de\s+prensa|"
    r"declaraciones|conferencia(?:\s+de\s+prensa)?)"
    r"(?:\s+(?:televisiva|radiofónica|radial|telefónica|exclusiva|virtual|conjunta))?)\s*,?\s+)*"
    rf"{_CLITICS}"
)
# How many paragraphs back a group stays in view for a plural verb with no subject, when no
# other subject opens a sentence between (`_group_in_view`).
_GROUP_REACH = 12
# A singular verb in the past right after a word ("Lumora ha remitido", "Lumora remitió"):
# the word opening the sentence is its subject.
_SINGULAR_VERB_AFTER = re.compile(r"\s+(?:ha\s+[a-záéíóúñ]+(?:ado|ido)|[a-záéíóúñ]{3,}(?:ó|ió))\b")


# A bare definite singular noun, with no complement: "el galerista", "la gallega".
# An English epithet: "the", and a person's age or a noun the English press names a
# person again by, after one word (a place's name, lowered by `_CAPITALISED_THING`: "the
# Dunmore native").
_EPITHET_NOUNS_EN = frozenset(
    """
    veteran star superstar native youngster teenager teen rookie newcomer champion legend
    icon hopeful survivor victim widow widower man woman boy girl chef designer rapper
    lawmaker entrepreneur billionaire millionaire celebrity comedian
    """.split()
)
_EPITHET_EN = re.compile(
    r"[Tt]he\s+(?:(?P<age>\d{1,3})-year-old"
    r"|(?:[a-z]+\s+|(?:[A-Z][a-z]+\s+){1,2})?(?P<noun>"
    + "|".join(sorted(_EPITHET_NOUNS_EN))
    + r"))"
)
_EPITHET = re.compile(r"(?:el|la|El|La)\s+[a-záéíóúñü]+(?<!s)")


# A sentence opening by giving someone the floor, in a round of speakers: "Cuando llegó
# el turno de X,", "Al tocarle el turno a X,", "En su turno, X", "Llegado el turno de X,".
_TURN = re.compile(
    r"\s*(?:(?:[Cc]uando|[Aa]l)\s+(?:le\s+)?(?:llegó|tocó|llegar|tocar|tocarle|llegarle)\s+"
    r"|[Ll]legad[oa]\s+|[Ee]n\s+)"
    rf"(?:el\s+)?turno\s+(?:de|a)\s+({_NAME.pattern})\s*,"
)
# A name right after a noun of the title's complement that is no title ("el portavoz de
# la empresa Acme", "el director del hospital Santa Rita", "el abogado de la familia
# Ruiz"): the name is that thing's, not the speaker's. With an article only: a bare noun
# is the title's field ("el jefe de bomberos Quimal" is Quimal).
_COMPLEMENT_NOUN = re.compile(r"\b(?i:del|de\s+(?:la|los|las)|of\s+the)\s+([a-záéíóúñ]+)\s+$")


# A nickname the press gives a person, either way round: "el Diamante Negro, como es
# también conocido Ana Ruiz," and "Ana Ruiz, conocida como «la Dama de Hierro»,".
_NICKNAMED = re.compile(
    r"\b(?:[Ee]l|[Ll]a)\s+(?P<nick>" + _NAME.pattern + r"),\s+como\s+(?:es|se\s+le|le|era|fue)\s+"
    r"(?:también\s+|tambien\s+)?(?:conocid[oa]|llamad[oa]|apodad[oa])\s+(?:a\s+)?"
    r"(?P<name>" + _NAME.pattern + r")"
)
_NICK_PHRASE = re.compile(r"(?:el|la|El|La)\s+(" + _NAME.pattern + r")")
_KNOWN_AS = re.compile(
    r"(?P<name>" + _NAME.pattern + r"),\s+(?:también\s+)?(?:conocid[oa]|apodad[oa])\s+como\s+"
    r"(?:[Ee]l|[Ll]a)?\s*[«“\"']?(?:[Ee]l\s+|[Ll]a\s+)?(?P<nick>" + _NAME.pattern + r")"
)
# A sentence whose own subject is a singular description right before a verb in the past
# (after an opening circumstance at most): "Durante dos giros, el mexicano resistió los
# ataques …"; a dropped subject later in it is that description's, not a name before it.
_DESCRIBED_OWN_SUBJECT = re.compile(
    r"\s*(?:[A-ZÁÉÍÓÚÑ][^,«»“”\"]{0,60},\s*)?((?:[Ee]l|[Ll]a)\s+[a-záéíóúñ]{3,}"
    r"(?:\s+[a-záéíóúñ]{3,})?)\s+[a-záéíóúñ]+(?:ó|aba|ía)\b"
)
# A sentence that is one quote and a verb with no subject after it ("«…», agregan.",
# "«…», añadieron en su informe.").
_QUOTE_THEN_VERB = re.compile(
    r"[«“\"][^«»“”\"]+[»”\"]\s*,\s*[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,4}\s*\.?"
)
# A title's complement going on past the head phrase, then its holder's name closing the
# speaker phrase ("el subdirector de la Agencia X para Incendios y Rescate, Hugo Mendía."):
# the press names the holder of a long title after it, in apposition.
_HOLDER_AFTER_COMPLEMENT = re.compile(
    r"(?:para|en|de|del|ante|contra|sobre)\s+[^,.;:«»“”\"()]{1,80}?,\s*(" + _NAME.pattern + r")"
    r"\s*(?:[.;]|,\s*(?:en|durante|tras|al)\b|$)"
)
# A person described by their age ("el joven de 26 años", "ese hombre de 36 años", "la
# mujer, de 40 años"): the press calls so again someone it has just named.
_AGED = re.compile(
    r"(?:el|la|ese|esa|este|esta|aquel|aquella)\s+[a-záéíóúñ]+,?\s+de\s+\d{1,3}\s+años\b", re.I
)
# A day or a part of one right after a verb of saying: when it was said ("«…», aseguró el
# lunes", "dijo la semana pasada el alcalde X"), never who said it.
_WHEN_SAID = re.compile(
    r"(?:el|la|este|esta|ese|esa)\s+(?:pasad[oa]\s+)?"
    rf"(?:{_WEEKDAY_NAMES}|día|semana|mes|año|noche|mañana|tarde|madrugada|fin\s+de\s+semana)"
    r"(?:\s+(?:pasad[oa]|anterior|siguiente))?(?:\s+por\s+la\s+(?:mañana|tarde|noche))?"
    r"(?=[\s,.;:]|$)[\s,]*",
    re.I,
)
# A relative clause with a subject and a verb of its own between a verb of saying and the
# quote ("X ratificó un documento en el que el exmandatario aprobó crear unas «…»"): the
# words are that clause's, not the first verb's subject's.
_OWN_CLAUSE = re.compile(
    r"\b(?:donde|adonde|en\s+(?:el|la|los|las)\s+(?:que|cual|cuales))\s+"
    r"(?:(?:el|la|los|las|un|una|su|sus)\s+[a-záéíóúñ]+|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)"
    r"(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)*\s+(?:(?:ha|han|había|habían)\s+)?"
    r"[a-záéíóúñ]+(?:ó|ió|aron|ieron|aba|aban|ía|ían)\b"
)
