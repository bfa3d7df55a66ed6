"""A claim read as a fact: who did what, to or with whom, where, and how it is known.

Two sentences can share most of their words and still report two facts ("Tudanca defendió
en un tuit..." and "Igea responde en un tuit... a Tudanca"), or share few and report one
("la policía detuvo a 87 personas" and "police took in 87 people"). The frame says which
parts of a clause are its actor, its predicate and its circumstances, so that `align` can
ask whether two claims have the same actor and the same predicate, and `labels` whether a
difference is a conflict. Figures and dates are the claim's own (`Claim.numbers`,
`Claim.dates`); attribution and channel come from `claims` and `said`.

Spanish clauses are read from a dependency parse (`parse`): the predicate is the clause's
top verb (the reported verb, when the top verb is one of saying or denying: "dijo que
cuatro presos murieron" is about dying, said by someone), its actor the names in its
subject (the agent of a passive), its partners the names in its objects. English is read
by word shapes (the names before the first verb are the actor, that verb the predicate);
other languages without a parser get an empty frame, and nothing is compared on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from contrasta.crosscheck.words import fold, stem
from contrasta.reading.names import names as names_in
from contrasta.reading.speech import SPEECH_VERBS
from contrasta.reading.tokens import STOPWORDS

PAST = "past"
PRESENT = "present"
FUTURE = "future"
REPORTED = "reported"
PLANNED = "planned"
RULED_OUT = "ruled out"
DENIED = "denied"

# Verbs that put the clause they govern in doubt: the fact is what they govern, with
# this modality ("descartó que vaya a celebrarse una cumbre": a summit, ruled out).
_GOVERNING = {
    "descartar": RULED_OUT,
    "excluir": RULED_OUT,
    "negar": DENIED,
    "desmentir": DENIED,
    "prever": PLANNED,
    "planear": PLANNED,
    "planificar": PLANNED,
    "proyectar": PLANNED,
    "pretender": PLANNED,
    "programar": PLANNED,
}
_SAYING = frozenset(
    fold(form) for form in SPEECH_VERBS["es"].forms | SPEECH_VERBS["en"].forms
) - frozenset({"negar"})
# Verbs that say little about which fact a clause reports: two claims with these as their
# predicates are compared by their other parts.
_LIGHT = frozenset(
    "ser estar haber tener hacer poder deber ir quedar seguir llegar dar poner permanecer "
    "mantener continuar contar encontrar llevar realizar efectuar be have do make get go "
    "remain".split()
)
# Predicates news uses for one act, by family: "detuvo" and "arrestó" report one arrest,
# "afirmó" and "aseguró" one statement. A lemma in no family is its own.
SAYING = "decir"
_FAMILIES = {
    SAYING: "afirmar asegurar declarar explicar indicar señalar manifestar sostener "
    "defender añadir agregar subrayar destacar insistir comentar apuntar precisar "
    "reconocer admitir advertir alertar anunciar informar comunicar expresar "
    "recalcar reiterar responder replicar contar relatar say tell state add claim",
    "detener": "arrestar capturar apresar aprehender arrest detain",
    "morir": "fallecer perecer die kill matar asesinar",
    "herir": "lesionar injure wound",
    "cerrar": "clausurar suspender cortar close shut",
    "comenzar": "empezar iniciar originar arrancar start begin",
    "producir": "fabricar elaborar manufacturar produce make manufacture",
    "registrar": "contabilizar sumar reportar confirmar ascender alcanzar superar "
    "record report reach",
    "lograr": "obtener conseguir ganar win obtain",
    "reunir": "reunirse visitar entrevistar meet visit",
    "aprobar": "acordar adoptar approve adopt pass",
    "rechazar": "criticar condenar repudiar reject criticise criticize condemn",
    "pedir": "exigir reclamar instar solicitar urgir demandar ask urge demand call",
    "retirar": "desistir desestimar sobreseer abandonar withdraw dismiss drop",
    "convocar": "organizar celebrar organise organize hold",
    "evacuar": "desalojar evacuate",
    "incendiar": "quemar arder calcinar consumir burn",
}
_FAMILY = {word: head for head, words in _FAMILIES.items() for word in (head, *words.split())}
# What a figure counts when the predicate says it ("cuatro presos murieron": deaths).
COUNTED_BY = {
    "morir": "muertos",
    "herir": "heridos",
    "detener": "detenidos",
    "evacuar": "evacuados",
}
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})
_OBJECTS = frozenset({"obj", "iobj", "obl", "obl:arg"})
_ASSERTED = frozenset({"conj", "ccomp", "xcomp", "parataxis"})
_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis"})
# Prepositions that introduce a source or a time, not a partner ("según Protección Civil").
_NOT_PARTNERS = frozenset({"según", "desde", "hasta", "durante", "tras", "antes", "después"})
_CONTENT = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "obj"})
_NEGATORS = frozenset({"no", "nunca", "jamás", "tampoco"})
_CONNECTORS = frozenset("de del la las los y e".split())

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_EN_PAST = re.compile(r"[a-z]{3,}ed")
_EN_IRREGULAR = frozenset(
    "was were did said told had met held struck came went took made gave found left began "
    "saw won lost spoke wrote shot killed sent put ran brought fell got kept led paid sold "
    "stood thought became broke chose drove fled flew forgot hit hurt knew lay rose set "
    "spent spread stole threw wore taken given seen done known shown grown".split()
)
_EN_AUXILIARIES = frozenset("was were had has have is are been".split())
_EN_MODAL = frozenset("will would shall could may might".split())
_EN_NEGATORS = frozenset("not never no".split())
_EN_RULED_OUT = re.compile(r"\b(?:ruled out|rules out|ruling out|called off|cancell?ed)\b")
_EN_DENIED = re.compile(r"\b(?:denied|denies|deny)\b")
_EN_PLANNED = re.compile(r"\b(?:will|plans? to|planned to|is to|are to|set to|going to)\b")
_EN_PLACE = re.compile(r"\b(?:in|at) (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)*)")
_EN_NOT_VERBS = frozenset("need red bed seed feed speed hundred indeed breed united".split())


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

    def light(self) -> bool:
        """No predicate, or one that says little about which fact it is ("ser")."""
        return not self.predicate or self.predicate in _LIGHT

    @property
    def family(self) -> str:
        return family(self.predicate)

    def families(self) -> set[str]:
        """Families of the clause's asserted predicates, light ones left out."""
        return {family(p) for p in (self.predicate, *self.also) if p and p not in _LIGHT}

    @property
    def denies(self) -> bool:
        """The clause says the predicate did not or will not happen."""
        return self.negated or self.modality in (RULED_OUT, DENIED)


def family(lemma: str) -> str:
    return _FAMILY.get(lemma, lemma)


def parsed_frame(doc: Doc, start: int, end: int) -> Frame | None:
    """The frame of the clause doc.text[start:end]; None when no token falls inside."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    top = _top(span)
    modality = REPORTED
    verb = top
    while verb is not None and _lemma(verb) in _GOVERNING.keys() | _SAYING:
        modality = _GOVERNING.get(_lemma(verb), modality)
        inner = _content(verb, span)
        if inner is None:
            break
        verb = inner
    verb = verb or top
    if modality == RULED_OUT and verb is not top and _past(verb):
        modality = DENIED  # "descartó que el fuego fuera intencionado": a fact, not a plan
    negated = _negated(verb) or (
        modality in (RULED_OUT, DENIED) and verb is not top and _negated(top)
    )
    if modality == REPORTED and _future(verb):
        modality = PLANNED
    if modality == PLANNED and negated:
        modality, negated = RULED_OUT, False
    places = _places(verb, span)
    actors, subject = _actors(verb, span)
    if _passive(verb) or _intransitive(verb):
        patient = subject
    else:
        patient = next((_extent(c) for c in verb.children if c.dep_ == "obj"), None)
    partners = tuple(
        name
        for child in verb.children
        if child.dep_ in _OBJECTS
        and child.i in range(span.start, span.end)
        and not any(c.lower_ in _NOT_PARTNERS for c in child.children if c.dep_ == "case")
        for name in _names(child, span)
        if name not in places and name not in actors
    )
    return Frame(
        actors=actors,
        predicate=_lemma(verb) if _predicative(verb) else "",
        also=_coordinated(verb, span),
        negated=negated,
        modality=modality,
        partners=tuple(dict.fromkeys(partners)),
        places=places,
        lang="es",
        patient=patient,
        tense=_tense(verb) if _predicative(verb) else "",
        person=_person(verb),
    )


def _coordinated(verb: Token, span: Span) -> tuple[str, ...]:
    """Lemmas of the predicates coordinated with or reported by `verb` inside the clause."""
    inside = range(span.start, span.end)
    found, todo = [], [verb]
    while todo:
        for child in todo.pop().children:
            if child.i in inside and child.dep_ in _ASSERTED and _predicative(child):
                found.append(_lemma(child))
                todo.append(child)
    return tuple(dict.fromkeys(found))


def _predicative(token: Token) -> bool:
    """A verb, or a noun or adjective with its copula ("es el mayor empleador")."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children)


def _finite(verb: Token) -> Token:
    """The token that carries tense and person: the verb, or its auxiliary or copula."""
    for child in verb.children:
        if child.dep_ in ("aux", "aux:pass", "cop") and "Fin" in child.morph.get("VerbForm"):
            return child
    return verb


def _tense(verb: Token) -> str:
    finite = _finite(verb)
    tense = finite.morph.get("Tense")
    if _future(verb) or "Fut" in tense:
        return FUTURE
    if "Pres" in tense and finite is not verb and "Part" in verb.morph.get("VerbForm"):
        return PAST  # "ha anunciado"
    if "Past" in tense or "Imp" in tense or "Part" in verb.morph.get("VerbForm"):
        return PAST
    return PRESENT if "Pres" in tense else ""


def _person(verb: Token) -> int:
    person = _finite(verb).morph.get("Person")
    return int(person[0]) if person and person[0].isdigit() else 0


def _places(verb: Token, span: Span) -> tuple[str, ...]:
    """Names of places the verb's "en" complements give ("se reunió en Seúl"), and the
    place names of the clause when it has no such complement."""
    inside = range(span.start, span.end)
    found = [
        name
        for child in verb.children
        if child.i in inside
        and child.dep_.startswith("obl")
        and any(c.lower_ in ("en", "in") for c in child.children if c.dep_ == "case")
        for name in _names(child, span)
    ]
    return tuple(dict.fromkeys(found))


def _top(span: Span) -> Token:
    """The clause's head: the token whose head lies outside the clause, a verb first."""
    inside = range(span.start, span.end)
    heads = [t for t in span if t.head.i not in inside or t.head == t]
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")]
    if verbs:
        return verbs[0]
    found = [t for t in span if t.pos_ == "VERB"]
    return min(found, key=lambda t: _depth(t)) if found else heads[0]


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _lemma(token: Token) -> str:
    return fold(token.lemma_.split()[0]) if token.lemma_.strip() else fold(token.text)


def _content(verb: Token, span: Span) -> Token | None:
    """The head of the clause a verb of saying or denying governs ("dijo que murieron",
    "afirmó que están comprometidas")."""
    inside = range(span.start, span.end)
    for child in verb.children:
        if child.i not in inside or child.dep_ not in _CONTENT:
            continue
        if child.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in child.children):
            return child
    return None


def _negated(verb: Token) -> bool:
    return any(
        c.lower_ in _NEGATORS
        for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")))
        for c in t.children
        if c.dep_ == "advmod"
    ) or any(c.lower_ in _NEGATORS and c.dep_ == "advmod" for c in verb.children)


def _future(verb: Token) -> bool:
    """ "se reunirá", "va a votar", "prevé votar" (the last through `_GOVERNING`)."""
    if "Fut" in verb.morph.get("Tense"):
        return True
    return any(
        c.dep_ in ("aux", "aux:pass") and _lemma(c) == "ir" and "Pres" in c.morph.get("Tense")
        for c in verb.children
    )


def _extent(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _intransitive(verb: Token) -> bool:
    """Predicates whose subject is what they count: "cuatro presos murieron"."""
    return family(_lemma(verb)) == "morir" and not any(c.dep_ == "obj" for c in verb.children)


def _past(verb: Token) -> bool:
    tense = _finite(verb).morph.get("Tense")
    return "Imp" in tense or "Past" in tense


def _passive(verb: Token) -> bool:
    return any(
        c.dep_ == "aux:pass" or (c.dep_ == "aux" and _lemma(c) == "ser") for c in verb.children
    )


def _actors(verb: Token, span: Span) -> tuple[tuple[str, ...], tuple[int, int] | None]:
    """Names in the subject, and the subject's offsets; for a passive, the names in its
    agent ("convocada por el Colectivo"); for a verb coordinated with another ("y fue
    encabezada"), the first verb's subject."""
    inside = range(span.start, span.end)
    subject = None
    for candidate in (verb, verb.head if verb.dep_ == "conj" else None):
        if candidate is None:
            continue
        subject = next(
            (c for c in candidate.children if c.dep_ in _SUBJECTS and not c.is_space), None
        )
        if subject is not None:
            break
    where = _extent(subject) if subject is not None else None
    if _passive(verb):
        for child in verb.children:
            if child.i in inside and any(c.lower_ == "por" for c in child.children):
                found = _names(child, span) or _noun(child)
                if found:
                    return found, where
    if subject is None:
        return (), None
    return _subject_names(subject, span), where


def _subject_names(subject: Token, span: Span) -> tuple[str, ...]:
    """The subject's head first (its name, or its noun: "fuego"), then the names that
    complement it ("de la sierra de Peñalta", ", Luis Tudanca"); names inside a relative
    clause belong to another fact ("el terremoto que sacudió el Valle del Quimal")."""
    head = [name for _, _, name in _proper_runs(subject.doc, subject.i, subject.i + 1)]
    found = head or list(_noun(subject))
    # "el Gobierno italiano" is Italy's: the adjective names the actor as much as the noun.
    found += [fold(c.text) for c in subject.children if c.dep_ == "amod" and c.i > subject.i]
    for child in subject.children:
        if child.dep_ not in _CLAUSES:
            found += _names(child, span)
    return tuple(dict.fromkeys(found))


def _names(token: Token, span: Span) -> tuple[str, ...]:
    """Names inside the token's subtree, in order."""
    low, high = token.left_edge.i, token.right_edge.i + 1
    return tuple(
        dict.fromkeys(
            name for start, end, name in _proper_runs(token.doc, low, high) if low <= start
        )
    )


def _proper_runs(doc: Doc, low: int, high: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of each run of capitalised proper nouns that overlaps
    doc[low:high], joined by "de", "del", "la"... when a proper noun follows ("Partido
    Democrático de los Pueblos"). The tagger's proper nouns serve as names: a parse has
    them, and running the entity recogniser too would cost as much again."""
    start = low
    while start > 0 and _proper(doc[start - 1]):
        start -= 1
    runs, run, pending = [], [], []
    for token in doc[start:]:
        if _proper(token):
            run += [*pending, token]
            pending = []
        elif run and token.lower_ in _CONNECTORS:
            pending.append(token)
        else:
            if run:
                runs.append((run[0].i, run[-1].i + 1, doc[run[0].i : run[-1].i + 1].text))
            run, pending = [], []
            if token.i >= high:
                break
    if run:
        runs.append((run[0].i, run[-1].i + 1, doc[run[0].i : run[-1].i + 1].text))
    return [r for r in runs if r[0] < high and low < r[1]]


def _proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and fold(token.text) not in STOPWORDS


def _noun(token: Token) -> tuple[str, ...]:
    return (fold(token.lemma_),) if token.pos_ in ("NOUN", "PROPN") else ()


def shallow_frame(text: str, lang: str | None) -> Frame:
    """A frame read by English word shapes, for English (no parser offline): the names
    before the first verb are the actor, that verb the predicate, names after it the
    partners. Other languages without a parser get an empty frame: nothing is compared."""
    if (lang or "").split("-")[0].lower() != "en":
        return Frame(lang=lang or "xx")
    low = text.lower()
    words = [(m.group(), m.start()) for m in _EN_WORD.finditer(text)]
    verb_at, predicate = None, ""
    for k, (word, at) in enumerate(words):
        w = word.lower()
        if w in _EN_MODAL and k + 1 < len(words):
            verb_at, predicate = at, words[k + 1][0].lower()
            break
        if w in _EN_IRREGULAR or (_EN_PAST.fullmatch(w) and w not in _EN_NOT_VERBS):
            verb_at, predicate = at, w
            if w in _EN_AUXILIARIES and k + 1 < len(words):
                following = words[k + 1][0].lower()
                if following in _EN_IRREGULAR or _EN_PAST.fullmatch(following):
                    predicate = following  # "had taken", "was grabbed"
            break
    if fold(predicate) in _SAYING and verb_at is not None:
        rest = text[verb_at:]
        inner = shallow_frame(rest[len(predicate) :], lang) if len(rest.split()) > 3 else None
        if inner and inner.predicate:
            return Frame(
                actors=inner.actors or _shallow_names(text[:verb_at]),
                predicate=inner.predicate,
                negated=inner.negated,
                modality=inner.modality,
                partners=inner.partners,
                lang=lang or "xx",
            )
    before = text[:verb_at] if verb_at is not None else ""
    after = text[verb_at:] if verb_at is not None else text
    places = tuple(dict.fromkeys(m.group(1) for m in _EN_PLACE.finditer(after)))
    negated = any(w in _EN_NEGATORS for w in low.split()[:12])
    modality = (
        DENIED
        if _EN_DENIED.search(low)
        else RULED_OUT
        if _EN_RULED_OUT.search(low) or (negated and _EN_PLANNED.search(low))
        else PLANNED
        if _EN_PLANNED.search(low)
        else REPORTED
    )
    return Frame(
        actors=_shallow_names(before),
        predicate=_english_lemma(predicate),
        negated=negated and modality == REPORTED,
        modality=modality,
        partners=tuple(n for n in _shallow_names(after) if n not in places),
        places=places,
        lang=lang or "xx",
    )


def _shallow_names(text: str) -> tuple[str, ...]:
    return tuple(names_in(text))


_EN_LEMMAS = {
    "said": "say", "says": "say", "told": "tell", "died": "die", "dies": "die", "met": "meet",
    "took": "take", "taken": "take", "held": "hold", "won": "win", "made": "make",
    "shot": "shoot", "killed": "kill", "closed": "close", "wounded": "wound",
}  # fmt: skip


def _english_lemma(word: str) -> str:
    """Enough of a lemma to compare two English predicates: "arrested" -> "arrest"."""
    if word in _EN_LEMMAS:
        return _EN_LEMMAS[word]
    return re.sub(r"(?:ed|es|s|ing)$", "", word) if len(word) > 5 else word


# Comparing frames.
SAME = "same"
OTHER = "other"
UNKNOWN = "unknown"


def name_key(name: str) -> frozenset[str]:
    """The telling words of a name: "el Gobierno colombiano" and "Gobierno" share one."""
    return frozenset(
        stem(w) for w in re.findall(r"[a-z0-9]+", fold(name)) if len(w) >= 3 and w not in STOPWORDS
    )


def same_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    keys = [name_key(x) for x in a]
    return any(k & name_key(y) for k in keys for y in b)


def actor_relation(a: Frame, b: Frame) -> str:
    """SAME when the actors share a telling word; OTHER when both are known and do not,
    across languages only when both are names (a common noun is not translated)."""
    if not a.actors or not b.actors or not any(a.actors) or not any(b.actors):
        return UNKNOWN
    if same_names(a.actors, b.actors):
        return SAME
    if a.lang != b.lang:
        proper = all(x[:1].isupper() for x in (*a.actors, *b.actors))
        return OTHER if proper else UNKNOWN
    return OTHER


def predicate_relation(a: Frame, b: Frame) -> str:
    """SAME family (or stem), OTHER in one language, UNKNOWN across languages (unless the
    families meet) or when either predicate is light ("ser", "tener")."""
    mine, theirs = a.families(), b.families()
    if not mine or not theirs:
        return UNKNOWN
    if mine & theirs or {stem(f) for f in mine} & {stem(f) for f in theirs}:
        return SAME  # one family, or one stem ("intencionada" read as verb and adjective)
    if SAYING in mine | theirs:
        return UNKNOWN  # "anunció el cierre" may be "cerrará": what was said is elsewhere
    return OTHER if a.lang == b.lang else UNKNOWN


def different_facts(a: Frame, b: Frame) -> bool:
    """Frames that cannot be one fact: another predicate in one language ("otorga" and
    "atiende"), or the same predicate with other named actors (two meetings of the same
    countries, held by other people)."""
    if predicate_relation(a, b) == OTHER:
        return True
    # Actors are those of the main predicates: compared only when those are one family.
    return a.family == b.family and not a.light() and actor_relation(a, b) == OTHER


def place_conflict(a: Frame, b: Frame, a_text: str, b_text: str) -> tuple[str, str] | None:
    """Two places for one fact: the same actor doing the same thing, each frame saying where
    it happened, and neither place named anywhere in the other sentence (a region and a
    town in it are usually named together: "en Quillén, en la provincia de Neuquén")."""
    if predicate_relation(a, b) != SAME or actor_relation(a, b) != SAME:
        return None
    if not a.places or not b.places or same_names(a.places, b.places):
        return None
    if same_names(a.places, tuple(names_in(b_text))) or same_names(
        b.places, tuple(names_in(a_text))
    ):
        return None
    return a.places[0], b.places[0]
