"""Who a noun phrase describes: a person's description, a body, a source or a group of
people, and when a description names no one."""

from __future__ import annotations

import re

from contrasta.dates import MONTHS, WEEKDAYS
from contrasta.reading.gazetteer import INSTITUTION_WORDS, load_gazetteer
from contrasta.reading.quotes.speaker_names import _function_word, _initials, _is_organisation
from contrasta.reading.quotes.words import (
    _ARTICLE_START,
    _COLLECTIVES,
    _DEFINITE,
    _DEMONSTRATIVES,
    _GROUP,
    _GROUP_EN,
    _INDEFINITE,
    _INDEFINITE_EN,
    _KINFOLK,
    _LEAD_ASIDE,
    _MAX_GROUP_WORDS,
    _NAME,
    _NAMED_BEFORE,
    _ORG_ANAPHORA,
    _ORG_NOUNS,
    _PLURAL_ARTICLES,
    _POSSESSIVES,
    _PRONOUNS,
    _QUANTIFIERS,
    _RELATIVES,
    _SHORT_NAME,
    _SOURCE_NOUNS,
    _THINGS,
    _WORD,
)
from contrasta.reading.roles import (
    Description,
    role_of,
)

_ARTICLES_DROPPED = frozenset("el la los las un una unos unas the a an".split())
# English possessives (and "one") before a source's noun, dropped as an article is: whose
# solicitor or mother it is is told by the sentence, not by the speaker's name.
_POSSESSIVES_DROPPED = frozenset("his her their its my our one".split())
# Words of a description that name nobody in particular: "uno de ellos", "otra".
_PRONOUN_WORDS = frozenset(
    "uno una unos unas otro otra otros otras alguno alguna alguien de del los las el la "
    "ellos ellas él ella primero primera segundo segunda tercero tercera último última "
    "one another of them".split()
)
# Things that are also the people who make them, after "Desde": "Desde la campaña de X
# aseguran", "Desde el programa explican".
_TEAMS = frozenset("campaña programa".split())


def _bare_plural(word: str) -> bool:
    """A plural noun for people with no article: "fuentes", "expertos", "vecinas"."""
    return word in _SOURCE_NOUNS or (word.endswith("s") and _people(word))


# Words between a determiner and its noun: numbers, quantifiers and the adjectives that
# go before a noun ("las tres mayores federaciones", "la mítica discoteca").
_BEFORE_NOUN = frozenset(
    """
    dos tres cuatro cinco seis siete ocho nueve diez varios varias muchos muchas algunos
    algunas todos todas ambos ambas demás principal principales mayor mayores gran grandes
    mítico mítica famoso famosa conocido conocida célebre popular histórico histórica
    nuevo nueva antiguo antigua actual propio propia mismo misma joven veterano veterana
    polémico
    polémica controvertido controvertida reconocido reconocida prestigioso prestigiosa
    citado citada mencionado mencionada dicho dicha primer primera referido referida
    aludido aludida
    """.split()
)


def _head_noun(phrase: str) -> str:
    """The noun of a noun phrase: "federaciones" of "las tres mayores federaciones
    musulmanas", "discoteca" of "la mítica discoteca"."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    if words and words[0] in _DEFINITE | _INDEFINITE | _INDEFINITE_EN:
        words = words[1:]
    return next((w for w in words if w not in _BEFORE_NOUN), "")


def _common_noun(phrase: str) -> str:
    """The noun of a noun phrase when it is a common noun, written in lower case ("la
    compañía"); "" for a name ("la Asociación de Internautas")."""
    noun = _head_noun(phrase)
    return noun if re.search(rf"\b{re.escape(noun)}\b", phrase) else ""


# Nouns of the people close to someone, no role nor kin: "según su entorno", "his circle".
_CIRCLE = frozenset(
    "entorno círculo allegados circle entourage family relatives friends friend colleagues "
    "colleague partner girlfriend boyfriend fiancée fiancé".split()
)


def _possessed_person(head: str, description: Description | None) -> bool:
    """Whether a speaker phrase names a person or people by a possessive and what they
    are to someone: a role ("su abogado", "su portavoz", "his solicitor"), kin ("su
    madre"), a circle ("su entorno"). The press quotes a person's lawyer, spokesperson
    or family so; they are someone else than the person "su" refers to (a possessed
    medium, saying or opinion, "en su perfil", "en su opinión", is no person)."""
    words = head.split()
    if len(words) < 2 or words[0].lower() not in _POSSESSIVES:
        return False
    noun = _head_noun(head)
    return description is not None or _people(noun) or noun in _CIRCLE


def _people(noun: str) -> bool:
    """Whether a noun names people: a role ("vecinas"), kin ("hija"), a group ("comité"),
    or a plural of those who do something ("participantes", "manifestantes")."""
    return bool(
        role_of(_singular(noun))
        or noun in _COLLECTIVES | _KINFOLK
        or (noun.endswith(("antes", "entes", "istas")) and len(noun) > 6)
    )


def _source(phrase: str, before_text: str) -> str | None:
    """Who "Desde X" speaks for with a plural verb: a campaign's team ("Desde la campaña
    de X aseguran") or an organisation by its name ("desde la Consejería de Salud"),
    else X as a group ("Desde el comité")."""
    bare = re.sub(r"^(?:el|la|los|las)\s+", "", phrase, flags=re.I)
    if _head_noun(phrase) in _TEAMS or _NAME.fullmatch(bare):
        return bare
    return _group(phrase, before_text)


def _body(phrase: str) -> bool:
    """Whether a phrase names an organisation or a group of people, who can speak from
    somewhere ("desde la Consejería de Salud", "desde el comité"), not a place ("desde la
    orilla")."""
    bare = re.sub(r"^(?:el|la|los|las)\s+", "", phrase, flags=re.I)
    noun = _head_noun(phrase)
    return bool(
        (_NAME.fullmatch(bare) and (" " in bare or _is_organisation(bare)))
        or noun in _ORG_NOUNS | _TEAMS | INSTITUTION_WORDS
        or _people(noun)
    )


def _bodies(noun: str) -> bool:
    """Whether a plural noun names organisations ("los ministerios", "las empresas"),
    whose words, given together, are the group's."""
    return noun.endswith("s") and _singular(noun) in _ORG_NOUNS | INSTITUTION_WORDS


def _plural(cue: str) -> bool:
    """Whether a verb of saying is plural ("dijeron", "han afirmado", "avisaban"): no
    singular form of Spanish reported speech ends in -n."""
    return any(word.endswith("n") for word in cue.lower().split() if word != "según")


def _singular(noun: str) -> str:
    """ "investigadores" -> "investigador", "expertos" -> "experto" (enough for roles)."""
    return noun[:-2] if noun.endswith("es") and noun[-3:-2] in "rlnd" else noun.rstrip("s")


# A group counted before its noun: "Unas 80 asociaciones", "Más de 30 vecinos",
# "Decenas de manifestantes".
_COUNTED_GROUP = re.compile(
    r"(?:(?:[Uu]nos|[Uu]nas|[Mm]ás\s+de|[Cc]erca\s+de|[Aa]lrededor\s+de|[Cc]asi|[Aa]l\s+menos)\s+)?"
    r"(?:(?P<count>\d[\d.,]*)\s+|(?:[Dd]ecenas|[Cc]ientos|[Cc]entenares|[Mm]iles)\s+de\s+)"
    r"(?P<group>[a-záéíóúñ]+s"
    r"(?:\s+(?:de|del|y|e)\s+(?:(?:la|las|los|el|sus)\s+)?[^\W\d_]+(?:\s+[A-ZÁÉÍÓÚÑ][^\W\d_]+)*)*)"
)
# A bare plural opening a sentence after a lead: "Por otro lado, estudiantes de Letras
# protestaron".
_BARE_GROUP = re.compile(
    r"[a-záéíóúñ]+s(?:\s+(?:de|del)\s+(?:(?:la|las|los|el)\s+)?[^\W\d_]+"
    r"(?:\s+[A-ZÁÉÍÓÚÑ][^\W\d_]+)*)*"
)


def _a_group(phrase: str) -> bool:
    """Whether a plural phrase's first nouns name people or organisations together."""
    nouns = [w.lower() for w in _WORD.findall(phrase)]
    return any(
        n in _COLLECTIVES or (n.endswith("s") and (role_of(_singular(n)) or _bodies(n)))
        for n in nouns[1:3]
    )


def _names_group_again(phrase: str) -> bool:
    """Whether a plural phrase is a definite article and one noun for people that names
    no group of its own ("Los firmantes", "las convocantes"; not "los vecinos", a group
    already, nor "los firmantes del manifiesto"): the press naming again, by what they
    did, a group the article presented ("Unas 80 asociaciones firmaron un escrito … Los
    firmantes expresan …")."""
    words = phrase.split()
    return (
        len(words) == 2
        and words[0].lower() in _PLURAL_ARTICLES
        and words[1].islower()
        and _people(words[1])
        and not _a_group(phrase)
    )


def _group_opening(sentence: str, again: bool = False) -> str | None:
    """The group of people a Spanish sentence opens with, as its subject: "Los vecinos
    denunciaron", "Un equipo de investigadores halló", counted ("Unas 80 asociaciones
    y cofradías firmaron") or bare after a lead ("Por otro lado, estudiantes de Letras
    protestaron"); "" when it opens with another plural phrase ("Los convocados se
    reunieron": a subject, not read as a group), None when with neither ("El
    documento llegó": no subject of a plural verb). `again`: a plural naming the group in
    view again ("Los firmantes", `_names_group_again`) is passed over too."""
    lead = _LEAD_ASIDE.match(sentence)
    for start in (len(sentence) - len(sentence.lstrip()), lead.end() if lead else None):
        if start is None:
            continue
        counted = _COUNTED_GROUP.match(sentence, start)
        if counted and _a_group("x " + counted.group("group")):
            phrase = counted.group("group")
            if counted.group("count"):
                phrase = counted.group("count") + " " + phrase
            return _group(phrase, "") or ""
        group = _GROUP.match(sentence, start)
        if group and _a_group(group.group(0)):
            return _description(group.group(0), "") or ""
        if again and group and _names_group_again(group.group(0)):
            return None  # "Los firmantes expresan": the group in view again
        if group and group.group(0).split()[0].lower() in _PLURAL_ARTICLES | {"unos", "unas"}:
            return ""  # "Los convocados se reunieron": a plural subject, no group read
        if group and not _people(_head_noun(group.group(0))):
            return None  # "El documento llegó": no subject of a plural verb
        if group:
            return ""  # "El alcalde respondió": someone else
        group = _GROUP_EN.match(sentence, start)  # "Varios vecinos"; not "Entre los"
        if group and _a_group(group.group(0)):
            return _description(group.group(0), "") or ""
        bare = _BARE_GROUP.match(sentence, start) if start else None
        if bare and _people(bare.group(0).split()[0]):
            return _group(bare.group(0), "") or ""
    return None


def _group(clause: str, before_text: str) -> str | None:
    """A plural subject is a group ("los manifestantes"), never one person."""
    if len(clause.split()) > _MAX_GROUP_WORDS:
        return None
    return _description(clause, before_text)


def _bare_noun(phrase: str, known: frozenset[str]) -> bool:
    """Whether what follows "según" is one lowercase noun with no determiner, closed by
    a bracket or a comma ("(según geolocalización)", "según temporada,"): a criterion,
    not a speaker nor a dropped one. Not
    a verb of saying (`known`, "según explicó"), a pronoun, a title ("según fiscales"), an
    anonymous source nor a group ("según fuentes", "según vecinos")."""
    words = phrase.split()
    first = words[0].strip(".,;:()") if words else ""
    if not first or not first.isalpha() or not first.islower():
        return False
    if len(words) > 1 and not re.search(r"[),;:]$", words[0]):
        return False  # "según cuenta el crítico", "según lo previsto": more than one noun
    return not (
        first in known
        or first in _DEFINITE
        or first in _DEMONSTRATIVES
        or first in _PRONOUNS
        or first in _SOURCE_NOUNS
        or _bare_plural(first)
        or role_of(first)
        or role_of(_singular(first))
    )


# Nouns of time: a phrase headed by one is when something was said, never who said it
# ("reconoció la noche de este martes que…").
_TIME_NOUNS = (
    frozenset(
        """
        noche mañana tarde madrugada mediodía víspera jornada día días semana semanas mes
        meses año años hora horas momento fin fecha ayer hoy anoche
        """.split()
    )
    | MONTHS.keys()
    | WEEKDAYS.keys()
)


def _no_speaker(speaker: str) -> bool:
    """Whether what a cue's phrase gave is no one who can speak: a phrase in lower case
    headed by a noun of time ("noche de este martes", "la semana pasada"), a number
    alone ("2020", "los 300"), or a place alone (a country, a capital, a continent of the
    gazetteer: "dijo Madrid" is where, or whose government, never said)."""
    words = speaker.split()
    head = _head_noun(speaker)
    if words and words[0][:1].islower() and head in _TIME_NOUNS:
        return True
    gazetteer = load_gazetteer()
    listed = gazetteer.phrases.get(speaker) or gazetteer.phrases.get(
        _ARTICLE_START.sub("", speaker)
    )
    if listed and listed[0] == "LOC":
        return True
    if all(w.lower() in _NUMBER_WORDS or not _WORD.search(w) for w in words):
        return True  # "dijeron los tres", "2020"
    return bool(re.match(r"\d[\d.,]*\s*%", speaker))  # "el 80% de los encuestados"


# "otro", "otra" before a noun: another of a kind, an article ("otro diputado" is
# "diputado"); alone or before "de" it names nobody ("otro de los vecinos").
_OTHER = frozenset("otro otra otros otras".split())
# Adjectives that point back to something already named ("la citada agencia", "el
# referido portavoz"): no part of what the source is called.
_ALREADY_NAMED = _NAMED_BEFORE | {"aludido", "aludida"}


_NUMBER_WORDS = frozenset(
    "dos tres cuatro cinco seis siete ocho nueve diez once doce veinte cien mil ambos ambas "
    "los las el la".split()
)


def _description(head: str, before_text: str) -> str | None:
    """An anonymous source as written, minus its article; "del departamento" named. A
    pronoun names nobody ("uno de ellos", "otro"), and a placard, a statement or a post
    is not who said the words ("decía un cartel")."""
    words = head.split()
    content = [w for w in re.findall(r"[^\W\d_]+", head.lower()) if w not in _PRONOUN_WORDS]
    if not content or "_" in head:
        return None
    # the head noun, or the word after an adjective ("el citado comunicado"), not a
    # complement ("el autor de la petición")
    complemented = re.search(rf"\b{re.escape(content[0])}\s+(?:de|del)\b", head.lower())
    if any(w in _THINGS for w in content[: 1 if complemented else 2]):
        return None
    if words[0].lower() in _ARTICLES_DROPPED or (
        len(words) > 1 and words[0].lower() in _POSSESSIVES_DROPPED
    ):
        words = words[1:]  # "his solicitor" is "solicitor", as "the solicitor" is
    if len(words) > 1 and words[0].lower() in _ALREADY_NAMED:
        words = words[1:]  # "la referida agencia" is "agencia", as "la agencia" is
    if len(words) > 1 and words[0].lower() in _OTHER and words[1].lower() not in ("de", "del"):
        words = words[1:]  # "otro político" is "político", as "un político" is
    if not words:
        return None
    name = (len(words) > 1 and words[1][:1].isupper()) or re.search(
        rf"[^\W\d_][,;]?\s+{re.escape(words[0])}\b", before_text
    )  # "Organización Nacional de Ciegos", or written so mid-sentence: "de Podemos"
    if words[0][1:].islower() and not name:
        words[0] = words[0][0].lower() + words[0][1:]  # "Portavoz del" -> "portavoz del"
    text = " ".join(words)
    for noun, org_word in _ORG_ANAPHORA.items():
        pattern = re.compile(rf"\b(del|de la|de el)\s+{noun}\b")
        if pattern.search(text):
            named = [
                name
                for name in (
                    re.sub(r"^(?:El|La|Los|Las)\s+", "", n) for n in _NAME.findall(before_text)
                )
                if name.startswith(org_word)
            ]
            if named:
                text = pattern.sub(lambda m, name=named[-1]: f"{m.group(1)} {name}", text)
    owner = re.search(rf"\b(?:de|del)\s+({_SHORT_NAME})$", text)
    if owner and (full := _apposed_full_name(owner.group(1), before_text)):
        text = text[: owner.start(1)] + full  # "la fuente de Sacsa": of "Sociedad … Costa"
    if (pronoun := _PRONOUN_COMPLEMENT.search(text)) and pronoun.start() > 0:
        text = text[: pronoun.start()]  # "fuentes cercanas a ella": "fuentes"
    return text


# A complement of a description that is a pronoun, with the adjective that takes it
# ("fuentes cercanas a ella", "personas próximas a estos"): it names no one, as the
# description's own words do, so it is no part of the speaker's name.
_PRONOUN_COMPLEMENT = re.compile(
    r"(?:\s+[a-záéíóúñ]+)?\s+(?:a|de|con)\s+(?:él|ella|ellos|ellas|éste|ésta|éstos|éstas|"
    r"este|esta|estos|estas|ese|esa|esos|esas)$",
    re.I,
)


def _apposed_full_name(short: str, before_text: str) -> str | None:
    """The organisation's full name a short name was set beside, between commas or in
    brackets, when the text introduced it ("la Sociedad Aeroportuaria de la Costa, Sacsa,
    operadora del…"): the short name opens with the full name's initials, so a place
    set off by commas ("la Sociedad Minera, Oruro,") is not taken for one."""
    found = None
    for m in re.finditer(rf"({_NAME.pattern})\s*(?:,|\()\s*{re.escape(short)}\s*[,)]", before_text):
        full = _ARTICLE_START.sub("", m.group(1))
        initials = _initials(full).lower()
        if len(initials) >= 2 and short.lower().startswith(initials) and _is_organisation(full):
            found = full
    return found


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
