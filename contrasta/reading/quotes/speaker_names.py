"""A speaker's name as written: whether capitalised words are a person's or an
organisation's name, and a name cut free of the titles, outlets and words glued to it."""

from __future__ import annotations

import re
from functools import lru_cache

from contrasta.reading.gazetteer import INSTITUTION_WORDS, fold, load_gazetteer
from contrasta.reading.names import (
    given_name_gender,
    is_given_name,
    is_short_form,
    name_key,
    shortened,
)
from contrasta.reading.quotes.quote import _Mention, _Span
from contrasta.reading.quotes.words import (
    _ACRONYM,
    _ADVERBS,
    _ARTICLE_START,
    _CAPITALISED,
    _CONJUNCTIONS,
    _DEFINITE_ARTICLES,
    _LEAD_ASIDE,
    _MAX_TERM_WORDS,
    _MAX_TITLE_WORDS,
    _NAME,
    _NAME_ABBREVIATIONS,
    _NAME_TITLES,
    _NAMING_OUTLET,
    _PRONOUNS,
    _SENTENCE_ADVERBS,
)
from contrasta.reading.rarity import zipf_frequency
from contrasta.reading.roles import (
    role_of,
)

# Capitalised words that make a name an organisation (`INSTITUTION_WORDS`), a place or
# a thing, not a person.
_ORG_WORDS = INSTITUTION_WORDS | frozenset(
    """
    ley decreto plan programa valle villa puerto río calle plaza avenida palacio teatro
    revista diario periódico semanario cadena emisora canal radio televisión
    department office commission committee court bank authority administration
    organization organisation association foundation board bureau center centre
    centro observatorio consorcio
    estado república provincia región comunidad festival premio catedral iglesia basílica
    parroquia santuario monasterio convento estadio aeropuerto parque museo hotel barrio
    colonia puente valley street city town
    ltd inc plc llc corp company group holdings
    """.split()
)
# Place words that are also surnames: after a first name, a person's ("Carmen Villa").
_SURNAMES = frozenset("villa valle puerto plaza palacio río calle cadena canal".split())
# "de la localidad": the place an organisation is of, named by a common noun.
_OF_PLACE = re.compile(
    r"\s+(?:de\s+la|del|de)\s+(?:localidad|ciudad|municipio|capital|villa|región|provincia|"
    r"comunidad|isla|comarca|pueblo|país|zona|estado)\b"
)
_COURTS = frozenset("tribunal juzgado audiencia corte sala court supremo".split())
# As frequent as "cambio" or "radical": a word of the language, not a surname.
_COMMON_ZIPF = 3.0
# The number of a court, a school, a station…, and the place it is of: "número 84 de Madrid".
_NUMBERED_TAIL = re.compile(
    rf"\s+(?:número|núm\.|n\.?\s?º)\s*\d+(?:\s+(?:de|del)\s+{_NAME.pattern})?"
)


# A name's closing word that tells a son from his father of the same name ("Donald
# Trump Jr.", "Juan Pérez III").
_GENERATIONAL = _NAME_ABBREVIATIONS | frozenset("II III IV".split())


def _generational(name: str) -> bool:
    return name.rsplit(" ", 1)[-1].rstrip(".") in _GENERATIONAL


def _father_first(name: str, forms: list[_Mention]) -> list[_Mention]:
    """The fuller forms a name may stand for, without the son's ("Donald Trump Jr.") when
    the text also names the father ("Donald Trump"): the press writes the son with his
    closing "Jr." every time, so a name without it ("Trump", "Donald Trump") is the
    father's, not a shorter form of the son's."""
    if _generational(name) or not any(not _generational(m.name) for m in forms):
        return forms
    return [m for m in forms if not _generational(m.name)]


# English honorifics, which stand before a name and never end one.
_HONORIFICS_EN = frozenset("mr mrs ms mx dr prof".split())
# An English organisation's complement, "of" a name: "Ministry| of Water".
_OF_NAME = re.compile(
    rf"\s+of\s+(?:the\s+)?{_CAPITALISED}(?:\s+(?:(?:of|and|the)\s+)?{_CAPITALISED})*"
)
# Adjectives of an institution's reach, after its name: "el Gobierno| regional".
_ORG_ADJECTIVE = re.compile(
    r"\s+(?:regional|central|autonómico|autonómica|provincial|local|municipal|estatal|federal|"
    r"foral|insular|comarcal|national)(?![\w])"
)
# An acronym going on a one-word name: "Revista| PYM".
_ACRONYM_AFTER = re.compile(r"\s+[A-ZÁÉÍÓÚÑ]{2,6}(?![\w.])")


# The country or body an organisation's written-out name is of, by its acronym: "el
# Ministerio de Sanidad| de la RCA", "la Secretaría General| de la OTAN".
_OF_ACRONYM = re.compile(r"\s+(?:de\s+la|de\s+los|de\s+las|del|de)\s+[A-ZÁÉÍÓÚÑ]{2,6}(?![\w-])")


def _organisation_tail(text: str, name: str, end: int) -> str:
    """What an organisation's name found ending at `end` goes on with: the place it is of
    (`_of_place`), an English complement after an institution's word ("the Ministry| of
    Water", "the Bank| of Easton") or an acronym after a one-word name ("la Revista|
    PYM", "el Grupo| ACS")."""
    if place := _of_place(text, end):
        return place
    if adjective := _ORG_ADJECTIVE.match(text, end):
        return adjective.group(0)  # "el Gobierno| regional"
    complement = _OF_NAME.match(text, end)
    if complement and name.split()[-1].lower() in _ORG_WORDS:
        return complement.group(0)
    acronym = _ACRONYM_AFTER.match(text, end)
    if acronym and " " not in name.strip():
        return acronym.group(0)
    of_acronym = _OF_ACRONYM.match(text, end)  # "el Ministerio de Sanidad| de la RCA"
    return of_acronym.group(0) if of_acronym and " " in name.strip() else ""


def _numbered(text: str, end: int) -> str:
    """The number a body named at `end` carries, with the place it is of: "el Juzgado de
    Primera Instancia| número 84 de Madrid", "el Juzgado de lo Penal| n.º 3"."""
    number = _NUMBERED_TAIL.match(text, end)
    return number.group(0) if number else ""


def _of_place(text: str, end: int) -> str:
    """The place an organisation named at `end` is of, when the text gives it by a common
    noun: "el Ayuntamiento| de la localidad", "la Policía| del municipio"."""
    place = _OF_PLACE.match(text, end)
    return place.group(0) if place else ""


def _same_or_short(name: str, full: str) -> bool:
    return name == full or is_short_form(name, full)


def _court(name: str) -> bool:
    """Whether a name is a court's ("Tribunal Supremo", "Juzgado de lo Penal 3")."""
    return name.split()[0].lower() in _COURTS


def _nicknamed(name: str, other: str) -> bool:
    """Whether `name` is `other` with its first name shortened ("Rafa Nadal" of "Rafael
    Nadal", "Dani Ruiz" of "Daniel Ruiz"): the same person, not a second one."""
    first, *rest = name_key(name)
    other_first, *other_rest = name_key(other)
    return rest == other_rest and shortened(first, other_first)


def _unglued(words: list[str], alone: frozenset[str] = frozenset()) -> list[str]:
    """A name without the place, organisation or common words run into it ("Estados
    Unidos John F. Kennedy", "de Cambio Radical Richard Aguilar", "de Strategy Analytics
    Neil Mawston", "de Obras Públicas del Estado Fermín Larrea"): a listed name before it,
    or a name the article writes `alone` elsewhere before a first name (an agency's, a
    party's: "Renova Carlos Mejía" where "Renova tiene cuatro escaños"; one that is also a
    first name, "Alba" of "Alba Ricardo Lozano", only where the rest is written alone too,
    "Lozano", and the two first names differ in gender, which a compound first name's
    rarely do, "Rosa María"; never "Santiago Ruiz Pérez" after "Santiago"), or two words,
    or one common word, before a first name; an organisation named after a person keeps
    its name ("Universidad Carlos III", "Hospital Juan Pablo II"). A name written twice
    running ("Ana Ruiz Ana Ruiz") is a headline ending on it run into a lead opening on it,
    as a text that lost its line breaks has them: the name once ("Ana Ana Ruiz" too)."""
    for k in range(len(words) // 2, 0, -1):
        if words[:k] == words[k : 2 * k]:  # "Ana Ana Ruiz": a headline's "Ana" run in too
            return words[k:]
    if len(words) < 3:
        return words
    organisation = _is_organisation(" ".join(words))
    for k in range(len(words) - 2, 0, -1):
        if not organisation and words[k][0].isupper() and _listed(" ".join(words[:k])):
            return words[k:]  # never "de Lugo" of "Parlamento de Lugo"
        rest = " ".join(words[k:])
        if (
            not organisation
            and " ".join(words[:k]) in alone
            and words[k][0].isupper()
            and is_given_name(words[k])
            and (
                not is_given_name(words[0])
                or (
                    _genders_differ(words[0], words[k])
                    and any(_same_or_short(name, rest) for name in alone)  # "Lozano"
                )
            )
        ):
            return words[k:]
    if is_given_name(words[0]) and not organisation:
        return words
    first = next(
        (i for i in range(1, len(words) - 1) if words[i][0].isupper() and is_given_name(words[i])),
        None,
    )
    if (
        first
        and words[first - 1] not in _PLACE_OPENERS  # "New York Times": a place, no first name
        and (words[first - 1][0].isupper() or not organisation)  # "Colegio de San Ildefonso"
        and (first > 1 or (_common(words[0]) and not organisation))
        and not _is_organisation(" ".join(words[first:]))
    ):
        return words[first:]
    return words


# Words that open an English place's name before a word that is also a first name ("New
# York", "Fort William", "Port Elizabeth").
_PLACE_OPENERS = frozenset("New Fort Port Mount Lake Saint".split())
_OUTLET_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(_NAMING_OUTLET))})\s+$", re.I)


def _outlet_length(words: list[str]) -> int | None:
    """How many words of a capitalised run after an outlet's noun are the outlet's name,
    when a person's name follows it ("al diario Granma Luis Ruiz Pérez": one): the first
    first name after the first word that leaves two words or more, else None (the outlet
    alone, "el diario Nuevo Sol")."""
    return next(
        (
            k
            for k in range(1, len(words) - 1)
            if words[k][:1].isupper()
            and is_given_name(words[k])
            and _is_person(" ".join(words[k:]))
        ),
        None,
    )


def _after_outlet(mention: _Mention, text: str) -> _Mention:
    """A mention without the outlet run into it after the outlet's noun ("explicó al
    diario Granma Luis Ruiz": Luis Ruiz): the press names the medium a person spoke to
    right before the person, with no comma between."""
    if not _OUTLET_NOUN.search(text, max(0, mention.start - 20), mention.start):
        return mention
    words = mention.name.split()
    k = _outlet_length(words)
    if not k:
        return mention
    name = " ".join(words[k:])
    return _Mention(name, mention.start + _glued(mention.name, name), mention.description)


def _genders_differ(first: str, second: str) -> bool:
    """Two first names each of one gender, not the same ("Alba Ricardo"; never "Rosa
    María", "María" being also a man's second first name)."""
    genders = given_name_gender(first), given_name_gender(second)
    return None not in genders and genders[0] != genders[1]


def _cut_glued(mention: _Mention, alone: frozenset[str]) -> _Mention:
    """A mention without a name the article writes alone run into it (`_unglued`): read
    paragraph by paragraph, a mention cannot know the rest of its article."""
    name = " ".join(_unglued(mention.name.split(), alone))
    if name == mention.name:
        return mention
    return _Mention(name, mention.start + _glued(mention.name, name), mention.description)


def _glued(found: str, name: str) -> int:
    """How many characters of what was found precede the name in it ("Obras Públicas del
    Estado " before "Fermín Larrea"): a person run into an organisation after "de" is not
    after "de" themselves."""
    at = found.rfind(name) if name and " " in name else -1
    return at if at > 0 and found.endswith(name) else 0


@lru_cache(maxsize=20_000)
def _common(word: str) -> bool:
    return zipf_frequency(word.lower(), "es") >= _COMMON_ZIPF


def _is_organisation(name: str) -> bool:
    """An organisation's name: an institution's word in it, a listed organisation, or one
    of those followed by what it is of ("Parlamento de Lugo", "Ejecutivo de X")."""
    words = name.split()
    phrases = load_gazetteer().phrases
    places = [w.lower() for w in words[1:] if w.lower() in _ORG_WORDS]
    if places and _SURNAMES.issuperset(places) and is_given_name(words[0]):
        return False  # "Carmen Villa", "Luis del Valle": surnames
    return (
        any(w.lower() in _ORG_WORDS for w in words)
        or phrases.get(name, ("",))[0] == "ORG"
        or (
            len(words) > 2
            and words[1] in ("de", "del")
            and phrases.get(words[0], ("",))[0] == "ORG"
        )
    )


@lru_cache(maxsize=20_000)
def _listed(name: str) -> bool:
    """A place or organisation of the gazetteer ("Estados Unidos"), not a person."""
    return load_gazetteer().canonical(name) is not None


def _initials(name: str) -> str:
    """ "CNMC" of "Comisión Nacional de los Mercados y la Competencia"."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _names_short(short: str, name: str, any_name: bool) -> bool:
    """Whether a word in brackets with a name is its short name: an acronym (of any name
    after it, "… López Obrador (AMLO)"; of an organisation's before it), or a short name
    opening with the organisation's initial ("Agencia Estatal … (Aemet)"), not a place
    ("el PP (Lugo)", "Ayuntamiento de Villalba (Lugo)")."""
    if _ACRONYM.fullmatch(short):
        return any_name or _is_organisation(name)
    return _is_organisation(name) and short[0] == name[0] and not _listed(short)


def _title_word(word: str) -> bool:
    """A title or an honorific that may stand before a name: one that `_strip_titles`
    drops ("papa", "Dr."), or a role's word of `roles` ("senadora", "Cardenal")."""
    word = word.lower().rstrip(".")
    return word in _NAME_TITLES or role_of(word) is not None


def _is_person(name: str) -> bool:
    capitalised = [w for w in name.split() if w[0].isupper()]
    if "&" in name.split():
        return False  # "Johnson & Johnson", "Bill & Melinda Gates": a firm's name
    return len(capitalised) >= 2 and not _is_organisation(name)


def _function_word(name: str) -> bool:
    """A capitalised word that only opens a sentence ("Según", "El", "Consultado")."""
    first = name.split()[0].lower()
    if first in _DEFINITE_ARTICLES:
        return True
    return " " not in name and (
        first in _STOPWORDS_CAP or first in _PRONOUNS or first in _SENTENCE_ADVERBS | _ADVERBS
    )


_STOPWORDS_CAP = frozenset(
    """
    a al ante así aunque como con contra cuando de del desde donde durante en entre hasta
    mientras para pero por porque que según si sin sobre tras y ya también además otro
    otra uno una un este esta estos estas ese esa su sus consultado consultada preguntado
    preguntada fuentes it this that these those there we i you in on at for after before
    when while but and as if mayor no se me te nos les
    """.split()
)
# Words run into a name before it: titles, function words, sentence adverbs.
_BEFORE_NAMES = _NAME_TITLES | _STOPWORDS_CAP | _SENTENCE_ADVERBS | _ADVERBS


@lru_cache(maxsize=20_000)
def _strip_titles(name: str, alone: frozenset[str] = frozenset(), english: bool = False) -> str:
    """Drop titles and a sentence-initial function word glued to a name ("Para X"), the
    next sentence's first word glued after an initial ("Alfonso S. No obstante"), and
    what `_unglued` cuts (`alone`: the names the article writes alone). `english`: "Don"
    is a first name there ("Don Keller"), not the Spanish honorific."""
    words = name.split()
    if english and len(words) > 1 and words[-1].lower() in _HONORIFICS_EN:
        return ""  # "Even Mr" of "Even Mr. Ridley's allies": the honorific is the next's
    before = _BEFORE_NAMES - {"don"} if english else _BEFORE_NAMES
    while len(words) > 1 and words[0].lower() in before:
        words.pop(0)
    cut = next(
        (
            i
            for i in range(1, len(words))
            if re.fullmatch(r"[A-Z]\.", words[i - 1]) and words[i].lower() in _STOPWORDS_CAP
        ),
        None,
    )
    words = _unglued(words[:cut], alone)
    if len(words) == 1 and words[0].lower() in _NAME_TITLES:
        return ""
    return " ".join(words)


def _alone(masked: str, span: _Span) -> bool:
    """Whether a quote is its paragraph, nothing said around it."""
    return not masked[: span.open].strip() and not masked[span.close :].strip(" .")


def _is_crosshead(quoted: str, masked: str, span: _Span) -> bool:
    """A quote in capitals alone in its paragraph is a crosshead, said by nobody."""
    return _alone(masked, span) and quoted.upper() == quoted


def _is_name(quoted: str, words: int) -> bool:
    """A short quote of capitalised words is a name ("DY2K20", «Silenciadas», "Build Back
    Better", "SIEMPRE SANTANDER"), not speech; so is one of up to `_MAX_TITLE_WORDS` words
    capitalised but for the little words that link them, as names and titles are written
    ("El Jinete de Bronce", "Unidos por Castilla", "Sea Gulls to Harbour"): speech is
    written in sentence case, its nouns in lower case."""
    tokens = quoted.split()
    if words <= _MAX_TERM_WORDS and all(t[:1].isupper() or t[:1].isdigit() for t in tokens):
        return True
    if words > _MAX_TITLE_WORDS or len(tokens) < 3:
        return False
    capitalised = [t[:1].isupper() or t[:1].isdigit() for t in tokens]
    return (
        capitalised[0]
        and capitalised[-1]
        and sum(capitalised) >= 2
        and not all(capitalised)  # "LA CALLE ES NUESTRA": a crosshead, a cry
        and all(up or t.lower() in _NAME_LINKS for t, up in zip(tokens, capitalised, strict=True))
        # "la era de la «Inteligencia Artificial y Robótica»": terms the writer capitalised,
        # joined as any words are; a name's words are linked by prepositions and articles
        and any(
            not up and t.lower() not in _CONJUNCTIONS
            for t, up in zip(tokens, capitalised, strict=True)
        )
    )


# The little words a name or a title keeps in lower case between its capitalised words.
_NAME_LINKS = frozenset(
    "de del la las los el y e en por con para a al su sus o of the and to for in on at".split()
)


def _opens_with_name(sentence: str) -> bool:
    """Whether a sentence opens, maybe after a lead ("Por su parte, "), with a name: of two
    words or more, a first name, an organisation's ("Rendal de Chile informó") or two
    joined ("Obiols y Ledo contaron"), after its article or not ("La Cooperativa X
    respondió"), not a capitalised word of the sentence ("Más allá de …")."""
    lead = _LEAD_ASIDE.match(sentence)
    start = lead.end() if lead else len(sentence) - len(sentence.lstrip())
    article = re.match(r"(?:[Ee]l|[Ll]as?|[Ll]os)\s+(?=[A-ZÁÉÍÓÚÑ])", sentence[start:])
    name = _NAME.match(sentence, start + (article.end() if article else 0))
    return bool(
        name
        and not _function_word(name.group(0))
        and (
            " " in name.group(0).strip()
            or is_given_name(name.group(0))
            or _is_organisation(name.group(0))
            or re.match(r"\s+(?:y|e)\s+[A-ZÁÉÍÓÚÑ]", sentence[name.end() :])  # "Obiols y Ledo"
        )
    )


def _lone_name(word: str) -> bool:
    """Whether a capitalised word opening a sentence can be a name on its own."""
    low = word.lower()
    return low not in _ADVERBS and low not in _SENTENCE_ADVERBS and not _function_word(word)


def _names_organisation(title: str, organisation: str) -> bool:
    """Whether a title is of this organisation: by its name, by a name whose initials it
    is ("PP" for "Partido Popular"), or by a common noun the name begins with ("del
    partido" for "Partido Ribereño")."""
    wanted = fold(organisation.strip())
    if not wanted:
        return False
    for m in _NAME.finditer(title):
        name = _ARTICLE_START.sub("", m.group(0))
        if fold(name) == wanted or (
            organisation.isupper() and len(organisation) >= 2 and _initials(name) == organisation
        ):
            return True
        if organisation.islower() and fold(name.split()[0]) == wanted:
            return True
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", title)]
    return any(
        words[i] in ("de", "del", "la") and words[i + 1] == wanted for i in range(len(words) - 1)
    )
