"""The speaker phrase at a cue: the subject before or after a verb of saying, a title
and name, an antecedent, an epithet, the one person in view."""

from __future__ import annotations

import re

from contrasta.patterns import longest_first
from contrasta.reading.gazetteer import INSTITUTION_WORDS
from contrasta.reading.names import (
    given_name_gender,
    is_given_name,
)
from contrasta.reading.quotes.clauses import (
    _after_preposition,
    _ends_in_title,
    _gender_of,
    _has_subject,
    _head_phrase,
    _in_aside,
    _kin_apposed_other,
    _last_word,
    _main_clause,
    _skip_addressee,
    _title_around,
)
from contrasta.reading.quotes.descriptions import (
    _bare_plural,
    _bodies,
    _common_noun,
    _description,
    _group,
    _head_noun,
    _names_group_again,
    _people,
    _plural,
    _possessed_person,
    _source,
    _starts_subject,
)
from contrasta.reading.quotes.english import (
    _relative_of_thing,
    _role_cut_name_en,
)
from contrasta.reading.quotes.evidence import _evidence
from contrasta.reading.quotes.marks import (
    _lead,
)
from contrasta.reading.quotes.speaker_names import (
    _function_word,
    _glued,
    _is_organisation,
    _is_person,
    _lone_name,
    _names_organisation,
    _organisation_tail,
    _strip_titles,
    _title_word,
    _unglued,
)
from contrasta.reading.quotes.withheld import (
    _law_speaking,
)
from contrasta.reading.quotes.words import (
    _ADVERBIAL,
    _ADVERBS,
    _AGENT_TITLE,
    _ANONYMOUS_HEADS,
    _BARE_DOCUMENT,
    _CAPITALISED,
    _COLLECTIVES,
    _COMPLEMENT_BEFORE_EN,
    _CUE_PREFIX,
    _DEFINITE,
    _DEFINITE_ARTICLES,
    _ISSUED_BY,
    _ISSUING,
    _KIN_BEFORE,
    _KIN_OPENING,
    _KINFOLK,
    _MAX_TITLE_LOWERCASE,
    _MAX_UNNAMED_WORDS,
    _NAME,
    _NAME_GOES_ON,
    _ONE_OF_SUBJECT,
    _OPENING_PREPOSITION,
    _ORG_ANAPHORA,
    _ORG_NOUNS,
    _OUTLETS,
    _PLURAL_ARTICLES,
    _POSSESSIVES,
    _PREPOSITION_BEFORE,
    _PRONOUNS,
    _QUANTIFIERS,
    _QUOTED_NAME,
    _RANK,
    _RELATIVES,
    _RULINGS,
    _SAID_NOUNS,
    _SAYINGS,
    _SOURCE_NOUNS,
    _SPEECHES,
    _SPOKESPERSON,
    _THINGS,
    _TITLE_ABBREVIATED,
    _TOPIC_OPENING,
    _WEEKDAY_NAMES,
    _WORD,
)
from contrasta.reading.roles import (
    UNKNOWN,
    describe,
    first_role,
    fit,
    nationality,
    role_of,
)

# The government named by its common noun alone, in lower case ("el gobierno"): not "el
# gobierno de X" nor "el gobierno local", which name another.
_BARE_GOVERNMENT = re.compile(r"(?:el|El)\s+gobierno")
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
# A thing's noun after an article, written with a capital as a page label or a headline
# habit is ("un Noticia publicado por la universidad", "indica el Informe"): still the
# thing, no one's name.
_CAPITALISED_THING = re.compile(
    rf"(?:el|la|los|las|un|una|este|esta|dicho|dicha)\s+((?:{'|'.join(_THINGS)})\b)", re.I
)
# "el comunicado del Ministerio", "la versión de Marta Ibáñez", "la declaración atribuida
# a X": a thing, and its author.
_AUTHORED = re.compile(
    r"(?i:el|la|los|las|un|una|su|sus)\s+(?:[a-záéíóúñ]+\s+){0,2}?([a-záéíóúñ]+)"
    rf"(?:\s+de\s+|\s+(del)\s+|\s+[^,;]*?\b(?:atribuid|{_ISSUED_BY})[oa]s?\s+(?:a|por)\s+)(.+)",
    re.S,
)
_MAX_DESCRIPTION_WORDS = 6
# An English possessor opening a speaker phrase: a name and its "'s" (or a plural's bare
# apostrophe) before a lower-case noun ("Ridley's lawyer", "the Hales' neighbour" aside:
# "Ridley's been" is a contraction, no possessor).
_POSSESSOR_EN = re.compile(
    rf"(?:{_CAPITALISED})(?:\s+{_CAPITALISED})*(?:['’]s|(?<=s)['’])\s+(?!been\b)(?=[a-z])"
)
# The outlet speaking of its own ("nuestro informante", "nuestra fuente"): the first
# person plural of the paper, not anyone the text names.
_OUR = frozenset("nuestro nuestra".split())
# An English clause opening on the first person: English drops no subject, so the verb
# further on is the writer's (or the writers'), not the person named before.
_FIRST_PERSON_EN = re.compile(r"\s*(?:I|[Ww]e)\b(?!['’]\w)")
# Two names joined by "and", the whole of a speaker phrase: "Ann Hale and Tom Ridley".
_PAIR_EN = re.compile(
    rf"({_NAME.pattern})\s+and\s+({_NAME.pattern})"
    r"(?=\s*$|\s*[,.;:]|\s+(?:in|on|at|after|before|during|to|told|said|wrote)\b)"
)
# An English honorific of a gender before a surname: "Mrs. Ridley", "Mr Ridley".
_HONORED_EN = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)(?![\w'’-])")


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
# Where a relative clause opens after a noun phrase: "Una vecina| que prefiere …".
_RELATIVE_OPENS = re.compile(r"\s*,?\s+(?:que|quien)\s", re.I)
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
# An aside in parentheses: "Las tres organizaciones (A, B y C), que agrupan…".
_PARENTHESES = re.compile(r"\([^()]*\)")
# "la también periodista": a title added to what is known of someone.
_ALSO = re.compile(r"\btambién\b", re.I)
# A title with "también" names again the one just spoken of, whatever else the title says
# ("la también periodista", "El también vicepresidente del partido X aseguró").
_ALSO_TITLED = re.compile(r"(?:el|la)\s+también(?:\s+[a-záéíóúñ]+){1,3}", re.I)
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
# An ordinal standing for items counted before ("El primero de ellos afirma", "El tercero
# de los mensajes"), and the count ("publicó tres tuits"), searched this many paragraphs back.
_ORDINAL_ITEM = re.compile(
    r"(?:el|la)\s+(?:primer|segund|tercer|cuart|quint|últim)[oa]\b"
    r"(?:\s+de\s+(?:ellos|ellas|(?:los|las)\s+[a-záéíóúñ]+))?\s*(?:,|$)",
    re.I,
)
# A noun phrase ending a clause: "un medio digital", "las participantes".
_TRAILING_PHRASE = re.compile(
    r"\b(?:el|la|los|las|un|una|unos|unas)\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,2}$", re.I
)
# A page or an account speaks for its owner, whom "su" leaves unsaid unless an apposition
# names it: "«…», señaló su página de Facebook, la Asociación Vecinal de X,".
_MEDIA = frozenset("página páginas cuenta cuentas perfil web blog canal page account".split())
_OWNER = re.compile(rf",\s*(?:(?:el|la|los|las|the)\s+)?({_NAME.pattern})\s*(?:[,.;]|$)")
# A name joined to another subject: "Ana Ruiz y su hermano dijeron", "X and Y said".
_JOINED_AFTER = re.compile(r"(?:\s*,\s*[^,]{1,60},)?\s+(?:y|e|and)\s+\S")
# Where an unnamed spokesperson speaks for the organisation: "… en Italia".
_REACH = re.compile(r"\s*en\s+(?:el\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?")
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
# The subject of a clause reported with "que", right before its verb: "…señaló que el
# Acuerdo| indica", "dijo que la ministra| afirmó".
_CLAUSE_SUBJECT = re.compile(
    r"\bque\s+((?:el|la|los|las)\s+[^\W\d_]+(?:\s+(?:de|del|de la)?\s*[^\W\d_]+){0,3})\s*$"
)
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


# A relative adverb opening the clause of a verb of saying, its subject after it: "…,
# donde el alcalde afirmó", "…, cuando la ministra dijo", "en la que el juez señala".
_WHERE_OPENS = re.compile(
    r"(?:donde|adonde|cuando|mientras(?:\s+que)?|en\s+(?:el|la|los|las)\s+que)\s+"
    r"(?=(?:el|la|los|las|un|una|su|sus)\s|(?-i:[A-ZÁÉÍÓÚÑ]))",
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
# ...opening a sentence too ("Con el ministro X a su lado, la alcaldesa afirmó:").
_AGENT_TITLE_ANY_CASE = re.compile(_AGENT_TITLE.pattern, re.I)
_OPENING_NOUN = re.compile(r"\s*(?:El|La)\s+[a-záéíóúñ]+")
# A title after a preposition, right before a name: "al entrenador ", "del actor "; not
# a view's holder nor an agent ("para la doctora X", "por el ministro X").
# A noun for who does something, by its ending: "oyente", "tendera", "galerista",
# "pescadora"; not a thing's ("la orden", "el puente").
_AGENT_NOUN = re.compile(r"[a-záéíóúñ]+(?:nte|ista|er[oa]|[dt]ora?)")
# "El Tribunal", "la Fiscalía": an organisation named again by its head word.
_NAMED_BY_ARTICLE = re.compile(rf"(?:El|La|Los|Las|el|la|los|las)\s+({_CAPITALISED})\s*$")
# "Desde el Ministerio aseguran que…": the source of a plural verb, as Spanish press puts it.
_FROM = re.compile(r"\s*[Dd]esde\s+((?:(?:el|la|los|las)\s+)?[^,]+?)(?:\s+[a-záéíóúñ]+n\b|\s*$)")


# What a step of `_Subjects._subject` returns when it decides nothing and the next step reads
# on (None is a decision: no one).
_UNDECIDED = object()


# Someone unnamed whom the press presents by how they identified themselves: "una mujer
# que se identificó como hermana de X", "un hombre identificado como el encargado del local".
_IDENTIFIED_AS = re.compile(
    r"(?:un|una|otro|otra)\s+(?:mujer|hombre|persona|joven|señora?|vecin[oa])\s+"
    r"(?:que\s+se\s+identificó\s+como|identificad[oa]\s+como)\s+"
    r"((?:(?:el|la)\s+)?[a-záéíóúñ]+(?:\s+(?:de|del)\s+(?:la\s+|el\s+)?[^\W\d_]+)?)",
    re.I,
)
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
# A name right after a noun of the title's complement that is no title ("el portavoz de
# la empresa Acme", "el director del hospital Santa Rita", "el abogado de la familia
# Ruiz"): the name is that thing's, not the speaker's. With an article only: a bare noun
# is the title's field ("el jefe de bomberos Quimal" is Quimal).
_COMPLEMENT_NOUN = re.compile(r"\b(?i:del|de\s+(?:la|los|las)|of\s+the)\s+([a-záéíóúñ]+)\s+$")
_NICK_PHRASE = re.compile(r"(?:el|la|El|La)\s+(" + _NAME.pattern + r")")
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


def _one_of_them(subject: str) -> str | None:
    """One of a group, unnamed ("antes de huir uno de ellos dijo «…»"), who a dropped subject
    after goes on with (`withheld._one_of_many` shows no one); not in a complement ("Fuentes
    de una de las eléctricas")."""
    one = _ONE_OF_SUBJECT.search(subject)
    if one is None or _PREPOSITION_BEFORE.search(subject, 0, one.start()):
        return None
    words = one.group(0).split()
    return " ".join([words[0].lower(), *words[1:]])


def _where_clause(subject: str) -> tuple[str, str]:
    """The subject and main clause to read: the clause after the last "donde"/"en la que"
    when one opens there ("viajó a Toledo, donde el alcalde afirmó": the clause's own
    subject), else `subject` and its main clause."""
    clause = _main_clause(subject)
    last = subject.rsplit(",", 1)[-1].strip()
    # the last one: "leyó una carta en la que X pedía «…»" is X's
    where = next(reversed(list(_WHERE_OPENS.finditer(last))), None)
    if where is None and clause != last:  # "Mientras que el artículo 5, más claro, dice"
        last = clause
        where = next(reversed(list(_WHERE_OPENS.finditer(last))), None)
    if where and last[where.end() :].strip():
        subject = clause = last[where.end() :]
    return subject, clause


def _described_after_opening(subject: str, clause: str) -> bool:
    """An adverbial opening, one comma, then a described subject ("Al terminar la prueba,
    el ciclista Iván Roca dijo"): the subject to read is the clause after the opening."""
    return (
        clause != subject.strip()
        and bool(_ADVERBIAL_OPENING.match(subject.strip()))
        and bool(_DESCRIBED_SUBJECT.match(clause))
        and subject.count(",") == 1
    )


class _Subjects:
    """Reading the speaker phrase at a cue (a mixin of `reader._Reader`)."""

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
        if (speaker := self._english_writer_or_named(subject, at)) is not _UNDECIDED:
            return speaker
        if _ORDINAL_ITEM.match(subject.strip()):
            return self._publisher(index, lo)  # "publicó tres tuits. ⏎ El primero afirma"
        if clause := _CLAUSE_SUBJECT.search(subject):
            subject = clause.group(1)  # "X señaló que el Acuerdo indica": "el Acuerdo"
        if (speaker := self._unnamed_or_relative(subject, at, index, lo)) is not _UNDECIDED:
            return speaker
        subject, clause = _where_clause(subject)
        if (speaker := self._whole_clause(subject, clause, at, plural)) is not _UNDECIDED:
            return speaker
        if self.lang == "es" and _described_after_opening(subject, clause):
            # "En entrevista para Radio X con Ana Ruiz, el funcionario dijo", "Al terminar el
            # Trofeo de X, el ciclista Iván Roca dijo": the subject follows the opening
            subject = clause
        if clause != subject.strip() and (titled := self._titled_subject(clause, at)):
            return titled  # "Tras la reunión con el ministro X, la portavoz Y dijo": Y
        return self._subject_phrase(subject, clause, at, index, lo, plural, named, start)

    def _english_writer_or_named(self, subject: str, at: int) -> object:
        """English speaker phrases read before any clause is cut: the writer's own "I" (no
        one), a surname after an honorific, a name right before the verb; `_UNDECIDED` when
        none of these is there (or the text is not English)."""
        if not self.english:
            return _UNDECIDED
        if _FIRST_PERSON_EN.match(subject):
            return None  # "I look down and whisper, «…»": the writer, named by no one
        if honoured := self._by_honorific(subject.strip().rsplit(",", 1)[-1].strip(), at):
            return honoured  # "Mrs. Ridley said:" of Tom and Mary Ridley
        return self._name_right_before(subject, at) or _UNDECIDED

    def _unnamed_or_relative(self, subject: str, at: int, index: int, lo: int) -> object:
        """A speaker phrase that names no one by a name of their own: one of a group, kin
        apposed to another person (Spanish), or a relative clause's antecedent;
        `_UNDECIDED` when the phrase is none of these."""
        if self.lang == "es" and (one := _one_of_them(subject)):
            return one
        if self.lang == "es" and (wanted := _kin_apposed_other(subject)):
            return self._kin_apposed_subject(subject, wanted, at, index, lo)
        if relative := self._relative_opening(subject):
            return self._relative_subject(subject, relative, at, index, lo)
        return _UNDECIDED

    def _whole_clause(self, subject: str, clause: str, at: int, plural: bool) -> object:
        """The main clause (less a trailing adverbial) read whole: a law or an article of
        one, a short name spelled out, or, after an opening, a lone name; `_UNDECIDED`
        when it is none of these."""
        trailing = _TRAILING_ADVERBIAL.search(clause)
        core = clause[: trailing.start()] if trailing else clause
        if self.lang in ("es", None) and (law := _law_speaking(core)):
            return law  # "La Constitución establece que «…»", "el artículo 12 señala:"
        if short := self._short_name(core):
            return self._spelled_out(short, at)  # "La OMS aseguró", "la OMS también dijo"
        if clause != subject.strip() and (alone := self._name_alone(clause, at, plural)):
            return alone
        return _UNDECIDED

    def _subject_phrase(
        self,
        subject: str,
        clause: str,
        at: int,
        index: int,
        lo: int,
        plural: bool,
        named: bool,
        start: int | None,
    ) -> str | None:
        """The speaker phrase read word by word: its first name that may be a subject, a
        source's plural ("fuentes de X"), an organisation after an article, else the phrase
        as a definite or an undetermined description."""
        candidates = [
            m for m in _NAME.finditer(subject) if self._may_name_subject(subject, m, plural, named)
        ]
        if candidates and (name := self._stripped(candidates[0].group(0))):
            return self._named_subject(subject, candidates[0], name, at, plural)
        words = clause.split()
        source = _FROM.match(subject)
        if plural and source:
            return _source(source.group(1), self.text[:at])
        by_article = _NAMED_BY_ARTICLE.match(clause)
        if by_article and _is_organisation(by_article.group(1)):
            return self._organisation(by_article.group(1), at)
        if words and words[0].lower() in _DEFINITE:
            return self._definite_subject(subject, clause, at, index, lo, plural, start)
        return self._undetermined_subject(subject, clause, at, index, lo, plural, named)

    def _name_alone(self, clause: str, at: int, plural: bool) -> str | None:
        """The name that is all of the main clause after an opening ("Al preguntarle por
        Windows, Nadella aclaró"): a lone name, no title nor a topic's opening, and, as one
        word, neither an adverb nor a plural verb's subject."""
        if (
            _NAME.fullmatch(clause)
            and _lone_name(clause)
            and first_role(clause.split()) is None
            and not _TOPIC_OPENING.match(clause)
        ):
            stripped = self._stripped(clause)
            if stripped and (" " in stripped or (not plural and not stripped.endswith("mente"))):
                return self._expand(stripped, at)
        return None

    def _kin_apposed_subject(
        self, subject: str, wanted: str, at: int, index: int, lo: int
    ) -> str | None:
        """ "La esposa del exgobernador, Tomás Ferrer, describe": not Tomás; she is the
        person the text was about when that one is of the `wanted` gender, else no one."""
        before = self.paragraphs[index][0] + lo  # the sentence's start: its own
        # titled name is the relative's, never whom the words are the kin's
        with self._aside():
            person = self._previous_subject(
                before if _KIN_OPENING.match(subject) is None else at, index, lo
            )
        if person and given_name_gender(person.split()[0]) == wanted:
            return person
        return None

    def _relative_opening(self, subject: str) -> re.Match[str] | None:
        """The relative pronoun ending `subject` ("el técnico, quien explicó"), unless it is a
        conjunction: after a verb or a word such as "ya" or "antes" ("ya que"), or after a
        verb of saying and its means ("anunció en Twitter que")."""
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
            return relative
        return None

    def _relative_subject(
        self, subject: str, relative: re.Match[str], at: int, index: int, lo: int
    ) -> str | object | None:
        """The speaker a relative pronoun names again: its antecedent, the speaker this
        sentence just quoted ("quien"), or no one; `_UNDECIDED` when "que" has no antecedent
        and the rest of the subject is to be read."""
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
        return _UNDECIDED

    def _named_subject(
        self, subject: str, found: re.Match[str], name: str, at: int, plural: bool
    ) -> str | None:
        """The speaker the first name that may be one (`found`, stripped to `name`) gives:
        an organisation with its tail, the person expanded, or no one for a plural verb
        whose subject the name is not."""
        if (
            plural
            and self._person_like(self._expand(name, at))
            and not _JOINED_AFTER.match(subject, found.end())
        ):
            return None  # "X contó que … varios hombres entraron y gritaron:": not X
        going_on = _NAME_GOES_ON.match(subject, found.end())
        if going_on and _last_word(subject[: found.start()]) in _ORG_NOUNS:
            return name + going_on.group(0)  # "la plataforma Vecinos por Lugo"
        if _is_organisation(name):
            return name + _organisation_tail(subject, name, found.end())
        return self._expand(name, at)

    def _may_name_subject(self, subject: str, m: re.Match[str], plural: bool, named: bool) -> bool:
        """Whether the name `m` in `subject` may be the speaker's: not after a preposition
        (unless glued to a title), not a title's object, a kin's relative, a source's
        organisation, an aside or a function word; a lone unknown word opening the sentence
        only where it is all the subject or a singular verb follows it."""
        return (
            (
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
        )

    def _definite_subject(
        self,
        subject: str,
        clause: str,
        at: int,
        index: int,
        lo: int,
        plural: bool,
        start: int | None,
    ) -> str | None:
        """The speaker of a clause opening on a definite article ("El portavoz de X dijo", "La
        denuncia sostiene", "los vecinos gritaron"): a group, an organisation, a described
        person, the author of a thing, or the subject named before; see `_subject`."""
        words = clause.split()
        if not plural and _ALSO_TITLED.match(clause):
            return self._previous_subject(at, index, lo)  # "El también portavoz de X dijo"
        if plural:
            return self._definite_group(clause, at, index, lo)
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

    def _definite_group(self, clause: str, at: int, index: int, lo: int) -> str | None:
        """The group a definite plural subject names ("los vecinos", "Los firmantes"): the
        group in view when the words name one again, none for things."""
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

    def _undetermined_subject(
        self, subject: str, clause: str, at: int, index: int, lo: int, plural: bool, named: bool
    ) -> str | None:
        """The speaker of a clause with no name and no definite article: a source group, an
        indefinite description ("Un estudio del Instituto X", "una vecina que…"), the noun
        the sentence opens on, or the dropped subject or group in view; see `_subject`."""
        words = clause.split()
        if words and (
            (plural and _bare_plural(words[0].lower())) or words[0].lower() in _SOURCE_NOUNS
        ):  # "Fuentes de la empresa explicaron", "Officials at the Department said"
            return _group(clause, self.text[:at])
        if self.lang == "es" and (own := _opened_indefinite(subject, self.indefinite)):
            subject = clause = own  # "Por su parte, un político señaló": the sentence's own
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
        phrase = self._phrase_trimmed(phrase, addressee)
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
        return self._phrase_head(phrase, words, first, at, index, lo)

    def _phrase_trimmed(self, phrase: str, addressee: bool) -> str:
        """The speaker phrase without what comes before its head: whose someone is (English
        "Ridley's lawyer"), the means and the addressee ("en declaraciones a Efe"), when it was
        said ("el lunes"); a place's name that only qualifies a noun lowered."""
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
        return phrase

    def _phrase_head(
        self, phrase: str, words: list[str], first: str, at: int, index: int, lo: int
    ) -> str | None:
        """The speaker a phrase with no name at its start gives by its head ("la esposa del
        presidente", "nuestro informante", "el también pintor", "la ministra de X, Ana Ruiz"):
        a name inside or apposed to it, a relative, a kin, or the subject before; `first` is
        its first word, lowered."""
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
        inside = self._names_in_head(head)
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
        return self._determined_phrase(head, tail, first, at, index, lo)

    def _names_in_head(self, head: str) -> list[re.Match[str]]:
        """The names in a phrase's head that may be the speaker's: not a function word, not
        after a preposition unless a title glues them on ("de Acme Ana Ruiz"), not a
        complement's thing's nor a kin's relative's."""
        return [
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

    def _determined_phrase(
        self, head: str, tail: str, first: str, at: int, index: int, lo: int
    ) -> str | None:
        """The speaker a phrase opening on an article or a possessive gives by its head: the
        owner of a medium, a holder named after a long title, a group, someone's relative, a
        described person, an organisation, a thing's author or issuer, an epithet's person,
        or the description itself."""
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


def _opened_indefinite(subject: str, indefinite: frozenset[str]) -> str | None:
    """The indefinite person after an opening phrase set off by a comma, with no name in
    it, right before a verb ("Por su parte, un político", "Después, otra vecina"), or
    None: Spanish press opens a sentence with a connective or a circumstance before its
    subject, and a subject written there is read as it would be opening the sentence ("Un
    político señaló"), never as a dropped one that goes on with the last speaker."""
    opened, _, clause = subject.strip().partition(",")
    words = clause.split()
    if (
        len(words) >= 2
        and "," not in clause
        and not any(w[:1].isupper() for w in opened.split()[1:])
        and words[0].lower() in indefinite
    ):
        return clause.strip()
    return None
