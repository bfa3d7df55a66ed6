"""The company a name keeps: what the names around it, or the words of the whole text, say of
its kind where the model's guess from its own letters fails (`entities.Reader` votes by them).

Four ways the Spanish press writes a name whose kind its neighbours give away, each seen
mistyped on the entity bench's tuning splits (bench/real/README.md, the item of reading
RULES 109):
- a list of people holds people: a one-word name the model read as a place, a body or a
  thing, listed with commas and "y" among full names of people, most of the list's names
  of several words ("Ana Gil, Lunaroja, Luis Pérez y Pichilín": online nicknames, stage
  names) is a person's;
- a quoted nickname with its article set before a surname or after a full name and a comma
  ('Joaquín "El Chapo" Guzmán', 'Jaime Rodríguez, "El Bronco",') is that person's;
- the Sun, the Moon and the Earth, written with a capital where a text speaks of them as
  celestial bodies (two of them named with their article), are places (the annotation's
  planets and stars), not a first name ("Sol") or a body;
- a plural nickname of a club "de" its city after "los"/"las" in a sports text ("los
  Cachorros de Chicago", "los Xolos de Tijuana") is a team, not the city.
"""

from __future__ import annotations

import re
from typing import Protocol

from contrasta.reading.gazetteer import load_gazetteer
from contrasta.reading.names import is_given_name


class Named(Protocol):
    text: str
    label: str
    start: int
    end: int


# The first words of places named after a saint, a person or a feature ("Santiago
# Ixtayutla", "Villa Juárez", "Sierra Chica"): a name opening with one is no person's as
# written, though a first name may follow or be it; a feature's noun alone, capitalised, is
# a place named by it ("la Península", "la Costa"; `entities._unattested_places`).
PLACE_OPENERS = frozenset(
    "san santa santo santos santiago são saint st sierra monte montes polo reino puerto"
    " villa ciudad isla islas costa valle cabo golfo mar río lago laguna bahía cerro punta"
    " playa península cordillera meseta altiplano desierto selva nueva nuevo gran alto alta"
    " bajo baja américa america".split()
)
# Between two items of a list: a comma, or "y"/"e" with or without one.
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+[ye])\s+")


def lists(text: str, found: list[Named]) -> list[list[Named]]:
    """Runs of three mentions or more, each joined to the next by a list's comma or "y"."""
    runs: list[list[Named]] = []
    run: list[Named] = []
    for m in sorted(found, key=lambda m: m.start):
        if run and _LIST_JOIN.fullmatch(text[run[-1].end : m.start]):
            run.append(m)
        else:
            if len(run) >= 3:
                runs.append(run)
            run = [m]
    if len(run) >= 3:
        runs.append(run)
    return runs


# A plural place noun opening a list of places ("las delegaciones Cuauhtémoc, Benito Juárez").
_PLACES_BEFORE = re.compile(
    r"\b(?:barrios|colonias|municipios|delegaciones|alcaldías|ciudades|estados|países|pueblos|"
    r"localidades|comunidades|provincias|regiones|departamentos|calles|avenidas|zonas)"
    r"(?:\s+(?:de|del|de la))?\s+$",
    re.IGNORECASE,
)


def _after_place_preposition(text: str, name: str) -> bool:
    """Whether the text writes a name after a place's preposition ("En Aguascalientes se
    han registrado"), as the press writes places."""
    where = rf"(?<!\w)(?:[Ee]n|[Dd]esde|[Hh]acia|[Hh]asta) {re.escape(name)}(?!\w)"
    return bool(re.search(where, text))


def _full_person(m: Named) -> bool:
    """A person's full name: read as one in two words or more, or two capitalised words or
    more opening with a first name whatever the model read ("Héctor Leal" as a place)."""
    words = m.text.split()
    return len(words) >= 2 and (
        m.label == "PER"
        or (
            is_given_name(words[0])
            and words[0].lower() not in PLACE_OPENERS
            and all(w[:1].isupper() for w in words)
        )
    )


def _town_of(before: Named | None) -> bool:
    """Whether a list's item is read as a place, which the next one, after a comma alone, may
    be the state or the country of ("Emiliano Zapata, Tabasco": a town named after a person
    is written as the person's full name is, so its shape says nothing)."""
    return before is not None and before.label == "LOC"


def listed_with_people(text: str, found: list[Named]) -> set[str]:
    """One-word names read as places in a list holding two people's full names or
    more, more of them than one-word names read as places: a list of people names people
    ("Ana Gil, Pichilín, Luis Pérez y Lunaroja", online nicknames). Kept as read: a listed
    name, a word in capitals (an acronym), a name the text writes after a place's
    preposition elsewhere ("En Aguascalientes"), a name right after a place's with a comma (a
    town's state: "Emiliano Zapata, Tabasco"), and every name of a list of places named
    after people ("Benito Juárez, Iztapalapa, Venustiano Carranza, Tlalpan y Xochimilco",
    boroughs: their one-word names outnumber the full names; or after a plural place noun,
    "los barrios León, El Poblado, Ciudad Jardín ...")."""
    gazetteer = load_gazetteer()
    people = set()
    for run in lists(text, found):
        full = sum(_full_person(m) for m in run)
        places = sum(m.label == "LOC" and " " not in m.text for m in run)
        opening = text[max(0, run[0].start - 40) : run[0].start]
        if full < 2 or full <= places or _PLACES_BEFORE.search(opening):
            continue
        people |= {
            m.text
            for before, m in zip([None, *run], run, strict=False)
            if m.label == "LOC"
            and " " not in m.text
            and not m.text.isupper()
            and not gazetteer.label(m.text)
            and not (_town_of(before) and text[before.end : m.start] == ", ")
            and not _after_place_preposition(text, m.text)
        }
    return people


_CAPITALISED = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+"
_NICKNAME = re.compile(
    rf"[«\"“](?:El|La) ({_CAPITALISED}(?: {_CAPITALISED})?)[»\"”]"
    rf"(?= {_CAPITALISED})|(?<=, )[«\"“](?:El|La) ({_CAPITALISED}(?: {_CAPITALISED})?)[»\"”]"
)


def quoted_nicknames(text: str, found: list[Named]) -> set[str]:
    """Nicknames in quotes with their article set inside a person's name, before the surname
    ('Saúl "El Canelo" Álvarez'), or after the full name read as a person's and a comma
    ('Jaime Rodríguez Calderón, "El Bronco", obtuvo'): the crime and sports press's way to
    give an alias. Every mention of the nickname is the person's, wherever the model found
    it ('dijo que "El Tecolote" dirigía la banda')."""
    ends = {m.end for m in found if _full_person(m)}
    return {
        match.group(1) or match.group(2)
        for match in _NICKNAME.finditer(text)
        if match.group(1) or match.start() - 2 in ends
    }


_CELESTIAL_NAMED = re.compile(r"\b(?:el|la|del|al|El|La|Del|Al) (Sol|Luna|Tierra)\b(?! de )")


def celestial_bodies(text: str) -> set[int]:
    """The starts of "Sol", "Luna" and "Tierra" after their article in a text that names two
    of the three so: the Sun, the Moon and the Earth as an astronomy piece writes them ("la
    luz del Sol", "la órbita de la Tierra"). One of them alone ("el Sol" a singer's epithet,
    "la Luna" a bar) says too little; "el Sol de México" is another name."""
    found = list(_CELESTIAL_NAMED.finditer(text))
    if len({m.group(1) for m in found}) < 2:
        return set()
    return {m.start(1) for m in found}


# Words of a sports report, any sport; two distinct ones make a text one (`sports_text`).
# ("liga", "partido", "equipo" and "juego" name a party, a team at work, a game as often.)
_SPORT_WORDS = re.compile(
    r"\b(?:campeon(?:es|a|as)?|campeonato|temporada|torneo|"
    r"jugador(?:es|as)?|entrenador(?:es|as)?|estadio|béisbol|beisbol|baloncesto|básquetbol|"
    r"fútbol|futbol|americano|NFL|NBA|MLB|Serie Mundial|Super Bowl|playoffs?|anotación|"
    r"touchdown|jonr[óo]n|canastas?|goles|afición|aficionados|novena|quinteta)\b",
    re.IGNORECASE,
)
# A plural head that names places, events, bodies or documents, not a club's players
# ("los Testigos de Jehová", "las Ramblas de Barcelona", "los Juegos de Tokio").
_NOT_NICKNAMES = frozenset(
    "estados países islas montes picos altos llanos valles lagos lomas torres ramblas dunas"
    " jardines colinas bosques cataratas juegos olimpiadas olimpíadas fiestas carnavales"
    " juicios convenios acuerdos tratados testigos centros consejos ministerios derechos"
    " globos premios octavos cuartos mundiales campeonatos nieves reyes hermanos"
    " caballeros".split()
)
_CLUB_OF_CITY = re.compile(rf"({_CAPITALISED}s) de (?:la |los |las )?{_CAPITALISED}")
_PLURAL_ARTICLE = re.compile(r"(?<!\w)(?:los|las|Los|Las)\s+$")


def two_words_of(words: re.Pattern[str], text: str) -> bool:
    """Whether a text holds two distinct words of a field's list: one may stray into any
    text, two make it a report of that field (`sports_text`, `entities._about_football`)."""
    return len({w.lower() for w in words.findall(text)}) >= 2


def sports_text(text: str) -> bool:
    """Whether a text reports on sport (`_SPORT_WORDS`)."""
    return two_words_of(_SPORT_WORDS, text)


def club_of_city(text: str, mention: Named) -> bool:
    """Whether a name is a club's plural nickname and its city ("los Cachorros de Chicago",
    "las Chivas de Guadalajara") after a plural article, in a sports text: a team, however
    the city in it made the model read a place."""
    match = _CLUB_OF_CITY.fullmatch(mention.text)
    return (
        bool(match)
        and match.group(1).lower() not in _NOT_NICKNAMES
        and bool(_PLURAL_ARTICLE.search(text[max(0, mention.start - 6) : mention.start]))
        and sports_text(text)
    )
