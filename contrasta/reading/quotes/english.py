"""English press conventions of attribution: false titles, epithets before a name, and a
thing rather than a person said to speak."""

from __future__ import annotations

import re
from functools import lru_cache

from contrasta.reading.gazetteer import INSTITUTION_WORDS
from contrasta.reading.names import (
    is_given_name,
)
from contrasta.reading.quotes.descriptions import _bodies, _head_noun, _people
from contrasta.reading.quotes.quote import _Mention
from contrasta.reading.quotes.speaker_names import _function_word, _glued, _title_word
from contrasta.reading.quotes.words import (
    _COLLECTIVES,
    _COMPLEMENT_BEFORE_EN,
    _DEFINITE,
    _INDEFINITE,
    _INDEFINITE_EN,
    _NAME,
    _ORG_ANAPHORA,
    _ORG_NOUNS,
    _OUTLETS,
    _SAID_NOUNS,
    _SAYINGS,
    _SOURCE_NOUNS,
    _SPEECHES,
    _THINGS,
)
from contrasta.reading.rarity import zipf_frequency
from contrasta.reading.roles import (
    role_of,
)

# What is told, after a verb of saying: "contó los detalles", "explicó el porqué".
_TOLD = frozenset("detalles porqué motivos razones causas pregunta preguntas".split())
# An English word of the language, not a name's ("striker", "neighbour", "publisher").
_ROLE_ZIPF_EN = 3.0


def _unstopped(title: re.Match[str]) -> str:
    """A title's abbreviation (`_TITLE_ABBREVIATED`) with a space for its stop (same
    length), or as written when the word is no title."""
    if not _title_word(title.group(1)):
        return title.group(0)
    return title.group(1) + " " + title.group(0)[len(title.group(1)) + 1 :]


_FALSE_TITLED = re.compile(rf"((?:[A-Za-z]+\s+){{1,4}})({_NAME.pattern})")


def _false_title(phrase: str) -> str | None:
    """Whether words before a verb are a name with a "false title" before it, no article:
    English press writes a role straight before the name, in lower case or capitalised
    ("…," chief selector Roger Harper said; economist Helen Price said; Mayor Jane Holloway
    said). A title or role's word must be among the words before the name, so that words
    of another clause are not taken for one. The name, or None when there is no such
    title."""
    titled = _FALSE_TITLED.fullmatch(phrase.strip())
    if titled is None or _function_word(titled.group(2)):
        return None
    words = titled.group(1).lower().split()
    if words[0] in _INDEFINITE_EN | _DEFINITE or words[-1] in _COMPLEMENT_BEFORE_EN:
        return None  # "a spokesperson for Mr Ridley said": Ridley's spokesperson, no title
    if not any(_title_word(word) for word in titled.group(1).split()):
        return None
    return titled.group(2)


def _said_thing(phrase: str) -> bool:
    """Whether words after a verb of saying are its object, not its subject: an
    indefinite article before a noun for no person nor group ("lanzó una advertencia a
    los populares:", "dejó un mensaje:"; "un portavoz", "una vecina" are people), or a
    definite one before what is said or told ("contó los detalles", "explicó el porqué
    de la compra:", "continuó su discurso:")."""
    words = phrase.split()
    if len(words) < 2:
        return False
    noun = _head_noun(phrase)
    if words[0].lower() in _DEFINITE:  # "contó los detalles", "explicó el porqué de X:"
        return noun in _SAYINGS | _SAID_NOUNS | _SPEECHES | _TOLD or _thing_of(phrase, noun)
    if words[0].lower() not in _INDEFINITE:
        return False
    return not (
        _people(noun)
        or role_of(noun)
        or noun in _ORG_NOUNS
        or noun in _COLLECTIVES
        or _bodies(noun)
        or noun in _SOURCE_NOUNS
    )


# Abstract nouns, by the endings Spanish gives them ("la gestión", "el nombramiento",
# "la ausencia", "la voluntad"), and a few plain ones, that a verb of saying takes as
# its object ("criticó la gestión del alcalde:", "defendió la propuesta del Gobierno:").
_ABSTRACT_ENDING = re.compile(r"(?:[cstx]ión|miento|dad|tad|encia|ancia|ismo)$")
_THINGS_SAID_OF = frozenset(
    "plan propuesta medida ley decreto proyecto postura actitud idea iniciativa reforma "
    "trabajo labor papel discurso".split()
)
# Bodies whose common name has such an ending ("la dirección del hospital", "la
# comunidad educativa"): they speak, so they are no object.
_BODIES_ABSTRACT = frozenset(
    "autoridad autoridades comunidad presidencia gerencia delegación subdelegación "
    "coordinación redacción portavocía alcaldía concejalía consejería hermandad formación "
    "agrupación administración dirección comisión".split()
)


def _thing_of(phrase: str, noun: str) -> bool:
    """Whether a definite noun phrase after a verb of saying is a thing it is said of,
    not who says it: an abstract noun in lower case, no body nor people, with what it
    is of after it ("criticó la gestión del alcalde Pérez: «…»" is said of the mayor's
    running of things, by the subject before the verb)."""
    if not noun or not re.search(rf"\b{re.escape(noun)}\b", phrase):
        return False  # "la Dirección General de Tráfico": a name
    if noun in _BODIES_ABSTRACT or noun in _ORG_NOUNS or noun in INSTITUTION_WORDS:
        return False
    if _people(noun) or noun in _COLLECTIVES or _bodies(noun) or noun in _OUTLETS:
        return False
    return noun in _THINGS_SAID_OF or bool(_ABSTRACT_ENDING.search(noun))


def _relative_of_thing(head: str) -> bool:
    """Whether a noun phrase ending the words before "que <verb of saying>" names a thing
    or a time, not people nor a body: the relative clause is its ("una columna publicada
    hace un año que decía"), so the main clause's subject did not say it. Not a document
    ("la resolución que denuncia"): its issuer speaks through it, as `_subject` reads."""
    noun = _head_noun(head)
    return bool(noun) and not (
        _people(noun)
        or noun in _OUTLETS | _ORG_NOUNS | _ORG_ANAPHORA.keys() | _COLLECTIVES
        or noun in _THINGS | _SAYINGS | _SAID_NOUNS
    )


def _role_cut_en(mention: _Mention) -> _Mention:
    """An English mention without the common noun that opens it before a full name: the
    press writes a role, a trade or a bond straight before the name, capitalised where it
    opens a sentence ("Striker Ben Ashe scored", "Editor-publisher Don Keller sold",
    "Neighbour Tom Ridley helped"), and no English name opens with a word of the language
    before a first name. The word (each part of a hyphenated one) is a common English word
    and no first name; a first name follows it, and a surname after that."""
    name = _role_cut_name_en(mention.name)
    if name == mention.name:
        return mention
    return _Mention(name, mention.start + _glued(mention.name, name), mention.description)


def _epithet_cut_name_en(name: str) -> str:
    """An English name without the epithet with "the" the press sets before it, capitalised
    as a byname ("The Body Coach Joe Wicks" is Joe Wicks): "the", then English words none a
    first name, then a first name and a surname."""
    words = name.split()
    if words[0] != "The":
        return name
    i = 1
    while (
        i < len(words)
        and not is_given_name(words[i])
        and zipf_frequency(words[i].lower(), "en") >= _ROLE_ZIPF_EN
    ):
        i += 1
    if 1 < i < len(words) - 1:
        return " ".join(words[i:])
    return name


@lru_cache(maxsize=20_000)
def _role_cut_name_en(name: str) -> str:
    """`_role_cut_en` of a name as written."""
    words = name.split()
    if len(words) < 3 or is_given_name(words[0]) or not is_given_name(words[1]):
        return name
    parts = words[0].lower().split("-")
    if not all(zipf_frequency(part, "en") >= _ROLE_ZIPF_EN for part in parts):
        return name
    return " ".join(words[1:])
