"""What a title says about a person: the role, the country it ties the role to, the gender.

Spanish news introduces a person once with a title ("el presidente ruso, Vladímir Putin",
"Serguéi Lavrov, ministro de Exteriores de Rusia") and then refers to them by the title
alone ("el mandatario ruso", "el jefe de la diplomacia rusa", "la canciller"). Both are
read into one `Description`, so a later description can be matched to the one person
whose introduction fits it. Variants of a role share a key ("mandatario" and "presidente"
are one role). An introduction also carries the roles its role implies: a foreign
minister is a minister, a head of state is a leader, a national "líder" is a head of
state, a minister or a governor is an official, a former one ("el exsubdirector") a
former official ("el exfuncionario"), a profession of expertise (a physician, an economist)
an expert ("el especialista", "el experto"). A description asks only for its own: "el
ministro ruso" fits the foreign minister, "el canciller" does not fit the minister of
Defence. The table also holds the professions the press names people by once it has
named them ("el especialista", "el analista", "la periodista"), so that a description
of another one ("el vocero") does not take the singer named before. A role word inside a
capitalised name is no role ("el socio de Litigio Fiscal"). Countries come from the
gazetteer's country rows, by demonym in any gender and number ("rusa", "norcoreanos")
or by "de <country>" ("de Rusia", "de Corea del Norte"); a demonym alone stands for a
person of that country ("el mexicano"). A title also keeps the first word of what it is
of, its area ("de Sanidad", "del museo"): a portfolio's holder ("el titular de Sanidad",
"la responsable de Educación") is whoever was introduced with that area, whatever their
title ("la consejera de Educación").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from contrasta.reading.gazetteer import INSTITUTION_WORDS, fold, load_gazetteer
from contrasta.reading.names import by_short_form, name_key

# One role a line; the first word is its key. Spanish and English, both read by quotes.
_ROLES = """
    presidente presidenta mandatario mandataria gobernante dictador dictadora autócrata
        monarca rey reina premier president chairman chairwoman
    líder lideresa dirigente sindicalista leader
    ministro ministra minister
    titular
    canciller
    alcalde alcaldesa regidor regidora edil mayor
    director directora realizador realizadora directivo directiva ejecutivo ejecutiva head
    portavoz vocero vocera spokesman spokeswoman spokesperson
    secretario secretaria secretary
    diputado diputada senador senadora legislador legisladora parlamentario parlamentaria senator
        congresista asambleísta representative congressman congresswoman
    abogado abogada letrado letrada lawyer attorney solicitor barrister
    párroco sacerdote cura obispo priest
    arzobispo patriarca cardenal archbishop patriarch cardinal
    papa pontífice pope pontiff
    economista economist
    arquitecto arquitecta architect
    investigador investigadora científico científica researcher scientist
    experto experta expert
    vecino vecina vecinos resident
    juez jueza magistrado magistrada judge
    fiscal prosecutor
    procurador procuradora
    defensor defensora
    concejal concejala councillor
    consejero consejera
    gobernador gobernadora governor
    prefecto prefecta
    intendente intendenta
    delegado delegada
    embajador embajadora ambassador
    jefe jefa chief
    coordinador coordinadora coordinator
    profesor profesora professor teacher headteacher
    rector rectora decano decana
    gerente
    enfermero enfermera nurse
    actor actriz
    empresario empresaria businessman
    propietario propietaria owner
    comerciante comerciantes
    sismólogo sismóloga seismologist
    médico médica doctor doctora cirujano cirujana galeno galena facultativo facultativa
        pediatra internista psiquiatra cardiólogo cardióloga epidemiólogo epidemióloga
        virólogo viróloga inmunólogo inmunóloga neumólogo neumóloga oncólogo oncóloga
        neurólogo neuróloga physician
    candidato candidata candidate
    funcionario funcionaria official
    especialista specialist
    analista analyst
    periodista reportero reportera comunicador comunicadora journalist reporter
    escritor escritora novelista poeta poetisa dramaturgo dramaturga writer playwright
        novelist author
    historiador historiadora historian
    académico académica catedrático catedrática academic
    activista activist
    cantante singer
    artista artist
    pintor pintora escultor escultora ilustrador ilustradora painter sculptor
    músico compositor compositora musician composer
    cineasta filmmaker
    fotógrafo fotógrafa photographer
    entrenador entrenadora seleccionador seleccionadora técnico coach manager
    jugador jugadora futbolista player captain striker goalkeeper midfielder
    agente officer detective inspector sergeant constable superintendent
    comisionado comisionada commissioner
    fundador fundadora cofundador cofundadora founder
    magnate millonario millonaria multimillonario multimillonaria filántropo filántropa
        tycoon billionaire
"""
# Prefixes that make another role of the same noun: "vicepresidente", "exministro",
# "eurodiputado".
# Kin nouns by the relation they state, Spanish and English, singular and plural: quotes
# take them for people ("dijo su hija"), the cross-check reads how named people are related
# ("los hermanos A y B", "A, sobrina de B").
KIN = {
    "sibling": "hermano hermana hermanos hermanas brother sister brothers sisters",
    "cousin": "primo prima primos primas cousin cousins",
    "spouse": "esposo esposa marido cónyuge husband wife",
    "parent": "padre madre padres father mother parents",
    "child": "hijo hija hijos hijas son daughter sons daughters",
    "nephew": "sobrino sobrina sobrinos sobrinas nephew niece nephews nieces",
    "uncle": "tío tía tíos tías uncle aunt uncles aunts",
    "grandparent": "abuelo abuela abuelos abuelas grandfather grandmother grandparents",
    "grandchild": "nieto nieta nietos nietas grandson granddaughter grandchildren",
}
KIN_NOUNS = frozenset(noun for nouns in KIN.values() for noun in nouns.split())
_PREFIXES = ("vice", "sub", "ex", "euro")
# Roles also written in several words, read by `describe`: "primer ministro" and "jefe
# de Estado" are heads of state, "ministro de Asuntos Exteriores" and "jefe de la
# diplomacia" foreign ministers.
_HEAD_OF_STATE = "presidente"
_FOREIGN_MINISTER = "canciller"
_IMPLIES = {_FOREIGN_MINISTER: ("ministro",), _HEAD_OF_STATE: ("líder",)}
# Any of these is an official: "el funcionario estadounidense" can be the Secretary of State.
_OFFICIALS = frozenset(
    """
    presidente ministro canciller alcalde secretario subsecretario gobernador delegado
    consejero concejal embajador fiscal procurador defensor director portavoz
    vicepresidente viceministro
    """.split()
)
_OFFICIAL = "funcionario"
# Who holds a portfolio or heads a body, whatever their title: "el titular de Sanidad", "la
# responsable de Educación" name again the one person introduced with that area ("el
# ministro de Sanidad", "la consejera de Educación"); alone, the one official named.
# "responsable" is that role only as a noun after an article ("la máxima responsable"),
# never a title before a name ("de manera responsable Dijo").
HOLDER = "titular"
_HOLDER_NOUN = re.compile(
    r"\b(?:el|la|del|al)\s+(?:(?:máximo|máxima|principal)\s+)?(responsable)\b", re.I
)
# Any of these professions is an expert: "el especialista" can be the internist named before.
_EXPERT_PROFESSIONS = frozenset(
    """
    investigador economista arquitecto médico sismólogo historiador académico profesor
    analista
    """.split()
)
EXPERTS = ("especialista", "experto")
# ...and so is any "-ólogo" or "-logist" ("vulcanólogo", "epidemiólogo", "virologist").
_SCIENCES = ("ólogo", "logist")
_FEMININE = frozenset("la una esta esa aquella".split())
_MASCULINE = frozenset("el del al un este ese aquel".split())
_DETERMINERS_EN = frozenset("the a an his her their its our my one this that".split())
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")
# The institution a role is of, named right after it: "presidente de Grupo Consultor".
_ORGANISATION_OF = re.compile(
    r"\s+(?:de|del)\s+(?:(?:la|el|los|las)\s+)?"
    r"([A-ZÁÉÍÓÚÑ][^\W\d_]*(?:\s+(?:(?:de|del|de la|y)\s+)?[A-ZÁÉÍÓÚÑ][^\W\d_]*)*)"
)

# The first word of what a role is of, capitalised or not: "de| Sanidad", "del| museo".
_COMPLEMENT = re.compile(r"\s+(?:de|del)\s+(?:(?:la|el|los|las)\s+)?([^\W\d_]+)")


@dataclass(frozen=True)
class Description:
    """Roles (keys of the role table), countries (gazetteer names) and genders ("f", "m")
    known of a person, or asked for by a description; empty means unknown."""

    roles: frozenset[str]
    countries: frozenset[str] = frozenset()
    genders: frozenset[str] = frozenset()
    of: frozenset[str] = frozenset()  # institutions the role is of: "presidente de Grupo Acme"
    areas: frozenset[str] = frozenset()  # first word of what it is of: "de Sanidad", "del museo"

    def merge(self, other: Description) -> Description:
        return Description(
            self.roles | other.roles,
            self.countries | other.countries,
            self.genders | other.genders,
            self.of | other.of,
            self.areas | other.areas,
        )


UNKNOWN = Description(frozenset())


def story_people(found: list[dict[str, Description]]) -> dict[str, Description]:
    """The people of a story from what each article says of them: spellings equal up to
    case and accents are one person, and so is a short form ("Putin", "Kim") with the
    one fuller name it shortens; the fullest, most written form names them."""
    counts: Counter[str] = Counter()
    merged: dict[str, Description] = {}
    for people in found:
        for name, title in people.items():
            counts[name] += 1
            merged[name] = merged[name].merge(title) if name in merged else title
    keys: dict[str, str] = {}
    for name in sorted(merged, key=lambda n: (-len(n.split()), -counts[n], n)):
        keys.setdefault(fold(name), name)
    people: dict[str, Description] = {}
    for name, title in merged.items():
        key = keys[fold(name)]
        people[key] = people[key].merge(title) if key in people else title
    shortened = by_short_form(people)
    for name in sorted(people, key=lambda n: len(n.split())):
        longer = [full for full in shortened.get(name_key(name), ()) if full in people]
        if len(longer) == 1:
            people[longer[0]] = people[longer[0]].merge(people.pop(name))
    return people


def _role_table() -> dict[str, str]:
    table = {}
    for line in re.sub(r"\n\s{8,}", " ", _ROLES).strip().splitlines():
        words = line.split()
        table.update(dict.fromkeys(words, words[0]))
    return table


_ROLE_OF = _role_table()


@lru_cache(maxsize=20_000)
def role_of(word: str) -> str | None:
    """The role key of one word: "mandataria" -> "presidente", "vicepresidenta" ->
    "vicepresidente", "exministro" -> "exministro"."""
    low = word.lower().replace("-", "")
    if low in _ROLE_OF:
        return _ROLE_OF[low]
    if low.endswith(("ólogo", "óloga")) and len(low) > 6:
        return low[:-1] + "o"  # biólogo, viróloga, politólogo: a profession of its own
    for prefix in _PREFIXES:
        rest = role_of(low[len(prefix) :]) if low.startswith(prefix) else None
        if rest:
            return prefix + rest  # "exsubdirector": a former deputy director
    return None


def first_role(words: list[str]) -> int | None:
    """Where the first role word is, one inside a capitalised name aside ("el socio de
    Litigio Fiscal" has none; "el Presidente de Rusia" has one)."""
    return next(
        (
            i
            for i, word in enumerate(words)
            if role_of(word.rstrip("."))
            and not (
                word[0].isupper()
                and i
                and words[i - 1][0].isupper()
                and words[i - 1].lower() not in _FEMININE | _MASCULINE
            )
        ),
        None,
    )


def _forms(adjective: str) -> list[str]:
    """A demonym in both genders and numbers: "ruso" -> rusa, rusos, rusas."""
    if adjective.endswith("o"):
        stem = adjective[:-1]
        return [adjective, stem + "a", stem + "os", stem + "as"]
    if adjective.endswith(("és", "án", "ol")):
        stem = adjective[:-2] + adjective[-2:].replace("é", "e").replace("á", "a")
        return [adjective, stem + "a", stem + "es", stem + "as"]
    if adjective.endswith("í"):
        return [adjective, adjective + "es", adjective + "s"]
    return [adjective, adjective + "s"]


@cache
def _countries() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """Demonym forms -> country, and patterns for a demonym or "de <country>"."""
    gazetteer = load_gazetteer()
    demonyms = {
        form: country
        for adjective, country in gazetteer.demonyms.items()
        for form in _forms(adjective)
    }
    countries = set(gazetteer.demonyms.values())
    surfaces = sorted(
        (surface for surface, (_, name) in gazetteer.phrases.items() if name in countries),
        key=len,
        reverse=True,
    )
    named = re.compile(
        r"\b(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?("
        + "|".join(map(re.escape, surfaces))
        + r")(?![\w.])"
    )
    adjective = re.compile(r"\b(" + "|".join(sorted(demonyms, key=len, reverse=True)) + r")\b")
    return demonyms, named, adjective


def is_demonym(word: str) -> bool:
    return word in _countries()[0]


@lru_cache(maxsize=20_000)
def describe(phrase: str) -> Description | None:
    """What a title phrase asks of its person ("el mandatario ruso": a head of state,
    of Rusia, a man); None when it names no role."""
    words = _WORD.findall(phrase)
    lows = [w.lower().rstrip(".") for w in words]
    at = first_role(words)
    holder = _HOLDER_NOUN.search(phrase) if at is None else None
    if holder:
        at = lows.index(holder.group(1).lower())
    elif at is None:
        return None
    role = HOLDER if holder else role_of(lows[at])
    before, after = lows[:at], lows[at + 1 : at + 6]
    if before and before[-1] == "ex":
        role = "ex" + role
    elif role in ("ministro", "jefe") and before and before[-1] in ("primer", "primera", "prime"):
        role = _HEAD_OF_STATE
    elif role in ("ministro", "secretario", "jefe") and (
        "exteriores" in after or "diplomacia" in after or (before and before[-1] == "foreign")
    ):
        role = _FOREIGN_MINISTER
    elif (
        role == "jefe"
        and after[:1] in (["de"], ["del"])
        and after[1:2]
        in (
            ["estado"],
            ["gobierno"],
            ["ejecutivo"],
        )
    ):
        role = _HEAD_OF_STATE
    rest = phrase[_offset(phrase, words, at) :]
    demonyms, named, adjective = _countries()
    found = [m for m in (named.search(rest), adjective.search(rest)) if m]
    country = None
    if found:
        first = min(found, key=lambda m: m.start())
        surface = first.group(1)
        country = demonyms.get(surface) or load_gazetteer().canonical(surface)
    gender = _gender(before, lows[at])
    organisation = _ORGANISATION_OF.match(rest)
    complement = _COMPLEMENT.match(rest)
    area = complement.group(1) if complement and not country else None
    of = organisation.group(1) if organisation and role != _FOREIGN_MINISTER else None
    if of and not any(word.lower() in INSTITUTION_WORDS for word in of.split()):
        of = None  # a place or a portfolio: "de Nuevo León", "de Trabajo"
    return Description(
        frozenset({role}),
        frozenset({country}) if country else frozenset(),
        frozenset({gender}) if gender else frozenset(),
        frozenset({fold(of)}) if of and role != HOLDER else frozenset(),
        frozenset({fold(area)}) if area else frozenset(),
    )


def nationality(phrase: str) -> Description | None:
    """A demonym standing for a person ("el mexicano", "la argentina"): whoever of that
    country the text introduced; None for anything else."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    if len(words) != 2 or words[0] not in _FEMININE | _MASCULINE or not is_demonym(words[1]):
        return None
    gender = "f" if words[0] in _FEMININE else "m"
    return Description(frozenset(), frozenset({_countries()[0][words[1]]}), frozenset({gender}))


@lru_cache(maxsize=20_000)
def introduced(phrase: str) -> Description | None:
    """What an introduction tells of its person, implied roles included: "el líder
    norcoreano, X" makes X a leader and a head of state."""
    found = describe(phrase)
    if found is None:
        return None
    roles = set(found.roles)
    for role in found.roles:
        roles.update(_IMPLIES.get(role, ()))
        if role == "líder" and found.countries:
            roles.add(_HEAD_OF_STATE)
    if roles & _OFFICIALS:
        roles.add(_OFFICIAL)
    if roles & _EXPERT_PROFESSIONS or any(role.endswith(_SCIENCES) for role in roles):
        roles.update(EXPERTS)  # "el vulcanólogo X" is "el experto" too
    if any(role.startswith("ex") and _official(role[2:]) for role in roles):
        roles.add("ex" + _OFFICIAL)  # "el exfuncionario" is the former deputy director
    return Description(frozenset(roles), found.countries, found.genders, areas=found.areas)


def _official(role: str) -> bool:
    return role in _OFFICIALS or any(
        role.startswith(prefix) and _official(role[len(prefix) :]) for prefix in _PREFIXES
    )


def fit(description: Description, person: Description) -> int:
    """How well a description fits a person known by their introductions: 0 not at all
    (another role, country or gender), 1 by role with the person's country unknown, 2 by
    role and by country (or a description without country, or a nationality alone)."""
    if description.genders and person.genders and not description.genders & person.genders:
        return 0
    if description.of and not description.of & person.of:
        return 0  # "el presidente de Acme Corp" is not the president named before
    if HOLDER in description.roles and description.areas:
        return 2 if description.areas & person.areas else 0  # "el titular de Sanidad"
    if HOLDER in description.roles:
        return 1 if person.roles & _OFFICIALS else 0  # "el máximo responsable": an official
    if not description.roles:  # a nationality: "el mexicano"
        return 2 if description.countries & person.countries else 0
    if not description.roles & person.roles:
        return 0
    if not description.countries:
        return 2
    if description.countries & person.countries:
        return 2
    return 0 if person.countries else 1


def _offset(phrase: str, words: list[str], index: int) -> int:
    """Where the index-th word of `phrase` ends."""
    at = 0
    for word in words[: index + 1]:
        at = phrase.index(word, at) + len(word)
    return at


def _gender(before: list[str], role_word: str) -> str | None:
    """From the determiner, else from the role word's ending ("ministra", "mandatario").
    English marks no gender on its determiners nor on most role words ("the mayor", "a
    senator"): after an English determiner only "-woman" and "-man" tell one."""
    if role_word.endswith("woman"):
        return "f"
    if role_word.endswith("man") and role_word != "man":
        return "m"
    for word in reversed(before[-3:]):
        if word in _FEMININE:
            return "f"
        if word in _MASCULINE:
            return "m"
        if word in _DETERMINERS_EN:
            return None
    if role_word.endswith("a") and not role_word.endswith("ista"):
        return "f"
    if role_word.endswith(("o", "or")):
        return "m"
    return None
