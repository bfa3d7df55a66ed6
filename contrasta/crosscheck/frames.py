"""A claim read as a fact: who did what, to or with whom, where, and how it is known.

Two sentences can share most of their words and still report two facts ("Tudanca defendió
en un tuit..." and "Igea responde en un tuit... a Tudanca"), or share few and report one
("la policía detuvo a 87 personas" and "police took in 87 people"). The frame says which
parts of a clause are its actor, its predicate and its circumstances, so that `align` can
ask whether two claims have the same actor and the same predicate, and `labels` whether a
difference is a conflict. Figures and dates are the claim's own (`Claim.numbers`,
`Claim.dates`); attribution and channel come from `claims` and `said`.

This module holds the frame and how two frames compare; `frame_parse` reads a Spanish
clause from its dependency parse, `frame_shapes` an English one by word shapes. Other
languages without a parser get an empty frame, and nothing is compared on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from contrasta.crosscheck.words import fold, stem
from contrasta.reading.names import names as names_in
from contrasta.reading.names import namesakes
from contrasta.reading.rarity import CACHED
from contrasta.reading.speech import SPEECH_VERBS
from contrasta.reading.tokens import STOPWORDS

PAST = "past"
PRESENT = "present"
FUTURE = "future"
REPORTED = "reported"
PLANNED = "planned"
RULED_OUT = "ruled out"
DENIED = "denied"
# What a verb of asking governs ("pidió al Gobierno que explique ..."): asked for, not told
# done (CLAIMS.md item 130).
REQUESTED = "requested"

# Verbs of saying, any form, folded: a clause's frame is that of what they report ("negar"
# is read as a denial instead, see `frame_parse`).
SAYING_VERBS = frozenset(
    fold(form) for form in SPEECH_VERBS["es"].forms | SPEECH_VERBS["en"].forms
) - frozenset({"negar"})
# Verbs that say little about which fact a clause reports: two claims with these as their
# predicates are compared by their other parts.
LIGHT = frozenset(
    "ser estar haber tener hacer poder deber ir quedar seguir llegar dar poner permanecer "
    "mantener continuar contar encontrar llevar realizar efectuar be have do make get go "
    "remain".split()
)
# Predicates news uses for one act, by family: "detuvo" and "arrestó" report one arrest,
# "afirmó" and "aseguró" one statement. A lemma in no family is its own.
SAYING = "decir"
# Breaking one's silence ("X rompe el silencio") is speaking out: `frame_parse` reads it as
# this predicate, one of the family of saying (CLAIMS.md item 131).
SPOKEN_OUT = "pronunciarse"
COUNTING = "registrar"  # the family of the verbs a toll or a count is given with
_FAMILIES = {
    SAYING: "afirmar asegurar declarar explicar indicar señalar manifestar sostener "
    "defender añadir agregar subrayar destacar insistir comentar apuntar precisar "
    "reconocer admitir advertir alertar anunciar informar comunicar expresar "
    "recalcar reiterar responder replicar contar relatar say tell state add claim "
    f"announce explain declare insist note stress warn {SPOKEN_OUT}",
    "detener": "arrestar capturar apresar aprehender arrest detain apprehend capture",
    "morir": "fallecer perecer die kill matar asesinar perish",
    "herir": "lesionar injure wound hurt",
    "cerrar": "clausurar suspender cortar close shut",
    "comenzar": "empezar iniciar originar arrancar start begin",
    "producir": "fabricar elaborar manufacturar produce make manufacture",
    # The verbs a toll or a count is given with ("dejó 16 muertos", "se registraron 16").
    COUNTING: "contabilizar sumar reportar confirmar ascender alcanzar superar dejar "
    "record report reach",
    "lograr": "obtener conseguir ganar win obtain",
    "reunir": "reunirse visitar entrevistar meet visit",
    "aprobar": "acordar adoptar approve adopt pass",
    "rechazar": "criticar condenar repudiar reject criticise criticize condemn",
    "pedir": "exigir reclamar instar solicitar urgir demandar animar exhortar ask urge demand call",
    "retirar": "desistir desestimar sobreseer abandonar withdraw dismiss drop",
    "convocar": "organizar celebrar organise organize hold",
    "evacuar": "desalojar evacuate",
    # A fire's toll is worded with any verb of burning or of laying waste ("ha arrasado
    # 1.500 hectáreas", "las llamas han devorado 1.300", "ha calcinado 1.200"): one act.
    "incendiar": "quemar arder calcinar consumir arrasar devorar burn",
    "aplazar": "posponer postergar retrasar demorar delay postpone defer",
    "cancelar": "anular cancel scrap",
    "golpear": "abofetear slap punch",
    "chocar": "estrellar colisionar crash collide",
    "derrumbar": "derrumbarse desplomar colapsar collapse",
    "huir": "escapar fugar flee escape",
    "rescatar": "salvar rescue",
    "liberar": "excarcelar free",
    "atacar": "agredir attack assault",
    "disparar": "tirotear balear shoot",
    "acusar": "imputar inculpar accuse charge indict",
    "renunciar": "dimitir resign",
    "investigar": "indagar investigate probe",
    "amenazar": "threaten",
    "recaudar": "raise rake",
    "revelar": "desvelar unveil reveal introduce",
    "aislar": "isolate quarantine self-quarantine",
    "fichar": "join",
    # Done on purpose: "provocado" with no cause named is `frame_parse.DELIBERATE` ("el
    # incendio fue provocado"), never the verb "provocar" ("un rayo provocó el incendio").
    "intencionado": "intencional deliberado provocado",
}
_FAMILY = {word: head for head, words in _FAMILIES.items() for word in (head, *words.split())}
# What a figure counts when the predicate says it ("cuatro presos murieron": deaths).
COUNTED_BY = {
    "morir": "muertos",
    "herir": "heridos",
    "detener": "detenidos",
    "evacuar": "evacuados",
}


@dataclass(frozen=True)
class Frame:
    """The parts of a fact a reader compares. Names are as written; `actors` holds the
    subject's head noun ("policía") when the subject names no one."""

    actors: tuple[str, ...] = ()
    predicate: str = ""  # lemma of the main verb ("detener"); for other languages, the word
    negated: bool = False
    modality: str = REPORTED
    partners: tuple[str, ...] = ()  # to or with whom: names in the verb's objects
    places: tuple[str, ...] = ()  # where it happened: names after "en" / "in"
    lang: str = ""
    # The clause's other asserted predicates: verbs coordinated with the main one or
    # reported by it ("afirmó que están comprometidas y que ya producen alcohol").
    also: tuple[str, ...] = ()
    # Offsets, within the parsed paragraph, of the phrase that undergoes the predicate (the
    # subject of "murieron" or of a passive, the object of "detuvo a 87 personas"): a figure
    # there counts what the predicate says (`COUNTED_BY`). None when not parsed.
    patient: tuple[int, int] | None = None
    # The predicate's tense (PAST, PRESENT, FUTURE; "" when it has none, as a heading) and
    # grammatical person (0 when unknown); None and 0 when not parsed.
    tense: str | None = None
    person: int = 0
    # Offsets, within the parsed paragraph, of the clauses that only say which thing is
    # meant ("la riña que dejó 16 muertos", "el accidente que costó la vida a 43
    # personas"): the fact they state is not the clause's, so a figure or a day there does
    # not tell which fact the clause reports (CLAIMS.md).
    background: tuple[tuple[int, int], ...] = ()
    # What a predicate noun is of ("fue un intento de robo": "robo"), "" when the predicate
    # is a verb: the same speaker calling one event "un intento de asesinato" and "un
    # intento de robo" said two incompatible things (`said.content_conflict`).
    attribute: str = ""
    # Other verbs word shapes found in the clause (English), none of them known to be its
    # predicate: a shared one keeps two frames from saying two acts (`different_facts`),
    # nothing more.
    verbs: tuple[str, ...] = ()
    # The nouns and names, as written, in a light predicate's objects and complements
    # ("cuentan con su par de zapatos": "zapatos"): with "contar", "hacer" or "tener" they
    # say which fact it is, so a clause of another act that names none of them reports
    # another fact (`align._other_theme`). Empty for other predicates and when not parsed.
    theme: tuple[str, ...] = ()
    # The phrase the actors were read from, as written ("La actriz", "Los hermanos
    # LeBarón"): what `referents` resolves. "" when not parsed.
    subject: str = ""
    # The named people a described actor is, read from the rest of its article
    # (`referents`): "la actriz" after "Jacqueline Bracamontes y su esposo Martín Fuentes" is
    # Jacqueline Bracamontes. Empty when no one, or more than one, fits.
    referent: tuple[str, ...] = ()

    def light(self) -> bool:
        """No predicate, or one that says little about which fact it is ("ser")."""
        return not self.predicate or self.predicate in LIGHT

    @property
    def family(self) -> str:
        return family(self.predicate)

    def families(self) -> set[str]:
        """Families of the clause's asserted predicates, light ones left out."""
        return {family(p) for p in (self.predicate, *self.also) if p and p not in LIGHT}

    @property
    def denies(self) -> bool:
        """The clause says the predicate did not or will not happen."""
        return self.negated or self.modality in (RULED_OUT, DENIED)


def family(lemma: str) -> str:
    return _FAMILY.get(lemma, lemma)


SAME = "same"
OTHER = "other"
UNKNOWN = "unknown"


@lru_cache(maxsize=CACHED)
def name_key(name: str) -> frozenset[str]:
    """The telling words of a name: "el Gobierno colombiano" and "Gobierno" share one.
    Kept per name: the alignment compares a story's few names across most of its pairs."""
    return frozenset(
        stem(w) for w in re.findall(r"[a-z0-9]+", fold(name)) if len(w) >= 3 and w not in STOPWORDS
    )


def same_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Some name of `a` shares a telling word with one of `b`, unless the two are people
    who only share a surname ("Laura Pérez" / "Marta Pérez": `names.namesakes`)."""
    keys = [(x, name_key(x)) for x in a]
    return any(
        (shared := k & name_key(y)) and not namesakes(x, y) and not _gendered_apart(shared, x, y)
        for x, k in keys
        for y in b
    )


def _gendered_apart(shared: frozenset[str], one: str, other: str) -> bool:
    """Each telling word the two names share is, on each side, a capitalised word of its
    own differing only in a last "o" or "a" ("Lenin Moreno" / the party "Morena"): the
    stem's five letters tie them, the ending tells two names (CLAIMS.md item 132)."""
    mine, theirs = _proper_words(one), _proper_words(other)
    for key in shared:
        x, y = mine.get(key), theirs.get(key)
        if not (x and y and x != y and x[:-1] == y[:-1] and {x[-1], y[-1]} == {"o", "a"}):
            return False
    return True


def _proper_words(name: str) -> dict[str, str]:
    """A name's capitalised words, folded, by their stem."""
    return {stem(fold(w)): fold(w) for w in re.findall(r"\w+", name) if w[:1].isupper()}


def actor_relation(a: Frame, b: Frame) -> str:
    """SAME when the actors share a telling word, the people a described actor resolves
    to counting as its words ("la actriz" / "Jacky Bracamontes"); OTHER when both are known
    and do not, across languages only when both are names (a common noun is not
    translated)."""
    if not a.actors or not b.actors or not any(a.actors) or not any(b.actors):
        return UNKNOWN
    if same_names((*a.actors, *a.referent), (*b.actors, *b.referent)):
        return SAME
    if a.lang != b.lang:
        proper = all(x[:1].isupper() for x in (*a.actors, *b.actors))
        return OTHER if proper else UNKNOWN
    return OTHER


def predicate_relation(a: Frame, b: Frame) -> str:
    """SAME family (or stem), OTHER in one language, UNKNOWN across languages or when
    either predicate is light ("ser", "tener"). Across languages two predicates meet only
    through a family, which lists both languages' forms: two main predicates of two such
    families are two acts ("investigar" / "shot"), others are unknown."""
    mine, theirs = a.families(), b.families()
    if not mine or not theirs:
        return UNKNOWN
    if mine & theirs or {stem(f) for f in mine} & {stem(f) for f in theirs}:
        return SAME  # one family, or one stem ("intencionada" read as verb and adjective)
    if SAYING in mine | theirs:
        return UNKNOWN  # "anunció el cierre" may be "cerrará": what was said is elsewhere
    if a.lang == b.lang:
        return OTHER
    return OTHER if a.family in _FAMILIES and b.family in _FAMILIES else UNKNOWN


# Families of verbs that say when something begins, not what it is ("comenzó a notificar",
# "los problemas comenzaron cuando", "el evento iniciará a las ocho"): two clauses that
# share only one of them name one act only when they begin one thing, said of one actor
# ("la gobernadora comenzó su posesión con una misa" / "con una misa comienza la posesión
# de la gobernadora").
ASPECTUAL = frozenset({"comenzar"})


def one_act(a: Frame, b: Frame) -> bool:
    """The two clauses name one act: a predicate family of both (`predicate_relation`
    SAME), other than a beginning (`ASPECTUAL`) unless their actors are one."""
    if predicate_relation(a, b) != SAME:
        return False
    mine, theirs = (f.families() - ASPECTUAL for f in (a, b))
    return (
        bool(mine & theirs or {stem(f) for f in mine} & {stem(f) for f in theirs})
        or actor_relation(a, b) == SAME
    )


def different_facts(a: Frame, b: Frame) -> bool:
    """Frames that cannot be one fact: another predicate in one language ("otorga" and
    "atiende") and no other verb of one in a family of the other's, or the same predicate
    with other named actors (two meetings of the same countries, held by other people)."""
    if _other_acts(a, b):
        return True
    # Actors are those of the main predicates: compared only when those are one family,
    # and only named ones: "el mercado se incendió" and "el incendio consumió el mercado"
    # have other subjects and one fact.
    return (
        a.family == b.family
        and not a.light()
        and named(a)
        and named(b)
        and actor_relation(a, b) == OTHER
    )


def _other_acts(a: Frame, b: Frame) -> bool:
    """Another predicate, and no verb of either clause in a family of the other's (verbs of
    saying aside: they tell who spoke, not what happened): word shapes cannot tell which
    verb is the clause's ("Building collapses after fire, people trapped" / "many feared
    trapped"), so a verb they passed over still says the two may be one act."""
    if predicate_relation(a, b) != OTHER:
        return False
    mine, theirs = (f.families() | {family(v) for v in f.verbs if v not in LIGHT} for f in (a, b))
    return not (mine & theirs) - {SAYING}


def named(frame: Frame) -> bool:
    """The frame's actor is named ("Pedro Sánchez"), not described ("los presos")."""
    return any(actor[:1].isupper() for actor in frame.actors)


def frame_agreement(a: Frame, b: Frame) -> int:
    """1 when the frames share the predicate and do not say two facts, -1 when their
    actors differ and their predicates are not one, or when neither was parsed (word
    shapes read too little to vouch for a pair), else 0. One actor alone says little:
    a minister speaks and resigns in one story."""
    actors, predicates = actor_relation(a, b), predicate_relation(a, b)
    if predicates == SAME and not different_facts(a, b):
        return 1
    if actors == OTHER and predicates != SAME:
        return -1
    if shapes(a) and shapes(b):
        return -1  # both read by word shapes: too little is read to vouch for the pair
    return 0


def shapes(frame: Frame) -> bool:
    """Read by English word shapes (`frame_shapes`), not parsed: no tense is known."""
    return frame.tense is None and frame.lang.split("-")[0] == "en"


def unrelated(a: Frame, b: Frame) -> bool:
    """Other actors doing another thing: no shared figure or day makes that one fact (a
    court's sentence and a prosecutor's deal both name the accident's 43 dead)."""
    return actor_relation(a, b) == OTHER and _other_acts(a, b)


def opposite_polarity(a: Frame, b: Frame) -> bool:
    """One says its predicate did not or will not happen, the other does not, and nothing
    says the predicates are one: they cannot confirm each other (with one predicate, the
    pair is a conflict, which `labels` finds)."""
    return a.denies != b.denies and predicate_relation(a, b) != SAME


def place_conflict(a: Frame, b: Frame, a_text: str, b_text: str) -> tuple[str, str] | None:
    """Two places for one fact: the same actor doing the same thing, each frame saying where
    it happened, and neither place named anywhere in the other sentence (a region and a
    town in it are usually named together: "en Quillén, en la provincia de Neuquén")."""
    if predicate_relation(a, b) != SAME or actor_relation(a, b) != SAME:
        return None
    if not a.places or not b.places or same_names(a.places, b.places):
        return None
    if {fold(p) for p in a.places} & {fold(p) for p in b.places}:
        return None  # one place written alike, however short ("DF"): no telling word needed
    if same_names(a.places, tuple(names_in(b_text))) or same_names(
        b.places, tuple(names_in(a_text))
    ):
        return None
    return a.places[0], b.places[0]
