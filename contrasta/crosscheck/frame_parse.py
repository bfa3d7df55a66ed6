"""A Spanish clause's frame, read from its dependency parse (`parse`).

The predicate is the clause's top verb — the reported verb when the top verb is one of
saying or denying ("dijo que cuatro presos murieron" is about dying, said by someone) —
its actor the names in its subject (the agent of a passive), its partners the names in its
objects, its place the names of its "en" complements; tense and person come from the
verb or its auxiliary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from contrasta.crosscheck.frames import (
    DENIED,
    FUTURE,
    LIGHT,
    PAST,
    PLANNED,
    PRESENT,
    REPORTED,
    REQUESTED,
    RULED_OUT,
    SAYING_VERBS,
    SPOKEN_OUT,
    Frame,
    family,
)
from contrasta.crosscheck.words import fold
from contrasta.reading.nlp import lemma
from contrasta.reading.polarity import asserting
from contrasta.reading.tokens import STOPWORDS

if TYPE_CHECKING:  # spaCy is loaded by `parse` only when a clause is parsed
    from spacy.tokens import Doc, Span, Token

# Verbs whose fact is the clause they govern, with this modality: those that put it in
# doubt ("descartó que vaya a celebrarse una cumbre": a summit, ruled out), and a decision,
# which is the act decided ("decidió colocar al partido en la casilla 3": two decisions of
# one board that place two parties are two facts, not one "decidir").
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
    "decidir": REPORTED,
}
_GOVERNING_OR_SAYING = _GOVERNING.keys() | SAYING_VERBS
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})
_OBJECTS = frozenset({"obj", "iobj", "obl", "obl:arg"})
_ASSERTED = frozenset({"conj", "ccomp", "xcomp", "parataxis"})
_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis"})
_RELATIVE = frozenset({"acl", "acl:relcl"})
# Prepositions that put an event before the clause's or make it its cause.
_BEFORE_OR_BECAUSE = frozenset({"tras", "después", "por", "desde", "antes"})
_WITH_ARTICLE = frozenset({"del", "al"})  # one token, the article inside
# Relative pronouns that, as a clause's subject, only open a clause set off by commas: it
# adds what the person did ("el ministro, Jorge Rodríguez, quien destacó que ..."), it
# does not say which person is meant.
_ADDING = frozenset({"quien", "quienes"})
# Prepositions that introduce a source or a time, not a partner ("según Protección Civil").
_NOT_PARTNERS = frozenset({"según", "desde", "hasta", "durante", "tras", "antes", "después"})
_CONTENT = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "obj"})
_NEGATORS = frozenset({"no", "nunca", "jamás", "tampoco"})
_CONNECTORS = frozenset("de del la las los y e".split())
# Where a subject's phrase as written ends: a relative clause or an aside.
_PHRASE_END = re.compile(r"\s*(?:,|\(|\bque\b|\bquien\b|\bwho\b)")


def parsed_frame(doc: Doc, start: int, end: int, text: str | None = None) -> Frame | None:
    """The frame of the clause doc.text[start:end]; None when no token falls inside.
    `text`, the paragraph the doc is the parse of, spares joining its tokens again (the
    tokenizer keeps every character, so it is `doc.text`; one of another length is not
    taken)."""
    if text is not None and doc is not None and len(doc) and doc not in _KEPT:
        last = doc[-1]
        if len(text) == last.idx + len(last.text_with_ws):
            _kept(doc, text)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    top = _top(span)
    modality = REPORTED
    verb = top
    while verb is not None and _lemma(verb) in _GOVERNING_OR_SAYING:
        modality = _GOVERNING.get(_lemma(verb), modality)
        inner = _content(verb, span)
        if inner is None:
            break
        if family(_lemma(verb)) == "pedir":
            modality = REQUESTED  # "solicitó que explique": what is asked, not what was done
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
    actors, subject, written = _actors(verb, span)
    if not actors and subject is None and _reported_by(verb, top):
        actors, _, written = _actors(top, span)
    inside = range(span.start, span.end)  # a Span has no `in`: it would walk its tokens
    if _passive(verb) or _intransitive(verb):
        patient = subject
    else:
        patient = next((_extent(c) for c in _children(verb) if c.dep_ == "obj"), None)
    partners = tuple(
        name
        for child in _children(verb)
        if child.dep_ in _OBJECTS
        and child.i in inside
        and not any(c.lower_ in _NOT_PARTNERS for c in _children(child) if c.dep_ == "case")
        for name in _names(child, span)
        if name not in places and name not in actors
    )
    return Frame(
        actors=actors,
        predicate=_predicate(verb),
        also=_coordinated(verb, span),
        negated=negated,
        modality=modality,
        partners=tuple(dict.fromkeys(partners)),
        places=places,
        lang="es",
        patient=patient,
        tense=_tense(verb) if _predicative(verb) else "",
        person=_person(verb),
        attribute=_attribute(verb),
        subject=written,
        theme=_theme(verb, span),
        background=tuple(
            _extent(t)
            for t in _tokens(span)
            if (t.dep_ in _RELATIVE or (t.dep_ == "conj" and t.head.i not in inside))
            and (t != verb or verb is top)  # what a verb of saying says is asserted
            and _identifying(t)
        ),
    )


def _attribute(verb: Token) -> str:
    """The noun a predicate noun is of ("un intento de robo": "robo"), "" for a verb."""
    if verb.pos_ != "NOUN" or not any(c.dep_ == "cop" for c in _children(verb)):
        return ""
    return next(
        (
            _lemma(c)
            for c in _children(verb)
            if c.dep_ == "nmod" and c.pos_ == "NOUN" and any(g.lower_ == "de" for g in _children(c))
        ),
        "",
    )


def _theme(verb: Token, span: Span) -> tuple[str, ...]:
    """The nouns and names, as written, in a light predicate's objects and complements
    ("hizo la acusación a The New York Times", "cuentan con su par de zapatos", "dio luz
    verde a la Ley de Desconexión Digital"): with a light verb they say which fact it is,
    and a reader is shown them; nothing for a light verb with no such complement ("sigue",
    "es")."""
    if _lemma(verb) not in LIGHT:
        return ()
    inside = range(span.start, span.end)
    return tuple(
        dict.fromkeys(
            t.text
            for child in _children(verb)
            if child.i in inside and child.dep_ in _OBJECTS
            for t in child.subtree
            if t.i in inside and t.pos_ in ("NOUN", "PROPN") and len(fold(t.text)) >= 4
        )
    )


def _identifying(token: Token) -> bool:
    """A relative clause (or a verb coordinated with one) that says which thing is meant:
    on a noun with a definite article ("el accidente que costó la vida a 43 personas y
    causó 47 heridos") or one that gives the cause or the time of the clause's event
    ("tras riña que dejó 16 muertos"). On a bare noun it adds a fact ("con pérdidas que la
    Autoridad cifra en 100 millones"), and so does a clause whose subject is "quien"
    (`_ADDING`: "la ministra, quien afirmó que 40 presos huyeron")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ not in _RELATIVE or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in _ADDING for c in _children(token)):
        return False
    return any(
        (c.dep_ == "det" and "Def" in _feature(c, "Definite"))
        or (c.dep_ == "case" and c.lower_ in _BEFORE_OR_BECAUSE | _WITH_ARTICLE)
        for c in _children(head)
    )


def _coordinated(verb: Token, span: Span) -> tuple[str, ...]:
    """Lemmas of the predicates coordinated with or reported by `verb` inside the clause.
    What a verb of asking urges is not asserted ("animó a la población a vacunarse" says
    nothing of who was vaccinated: on real text it was shown confirming a vaccination)."""
    inside = range(span.start, span.end)
    found, todo = [], [verb]
    while todo:
        head = todo.pop()
        asked = family(_lemma(head)) == "pedir"
        for child in _children(head):
            if asked and child.dep_ in ("xcomp", "ccomp"):
                continue
            if child.i in inside and child.dep_ in _ASSERTED and _predicative(child):
                found.append(_lemma(child))
                todo.append(child)
    return tuple(dict.fromkeys(found))


# "Provocado" with no cause named: "el incendio fue provocado", "descartó que el fuego
# fuera provocado" say it was set on purpose, as "intencionado" does (`frames` puts the two
# in one family); "fue provocado por un rayo" and "un rayo provocó el incendio" name a cause
# and stay the verb "provocar".
DELIBERATE = "provocado"


def _predicate(verb: Token) -> str:
    """The clause's predicate: its verb's lemma, or `DELIBERATE` for a participle of
    "provocar" said of its subject (a passive or a copula) with no agent ("por ..."), or
    `SPOKEN_OUT` for "romper" with "silencio" as its object ("rompe su silencio"): it tells
    that someone spoke, not what was said, and on a real run two headlines of one actress
    breaking her silence on two occasions were shown confirmed (CLAIMS.md item 131)."""
    if not _predicative(verb):
        return ""
    found = _lemma(verb)
    if found == "romper" and any(
        c.dep_ == "obj" and _lemma(c) == "silencio" for c in _children(verb)
    ):
        return SPOKEN_OUT
    if (
        found in ("provocar", DELIBERATE)
        and fold(verb.text).startswith("provocad")
        and (_passive(verb) or any(c.dep_ == "cop" for c in _children(verb)))
        and not any(
            g.lower_ == "por" for c in _children(verb) for g in _children(c) if g.dep_ == "case"
        )
    ):
        return DELIBERATE
    return found


def _predicative(token: Token) -> bool:
    """A verb, or a noun or adjective with its copula ("es el mayor empleador"); a word, not
    the punctuation of a dateline the parser hung a copula on ("(EFE) .- La NBA es")."""
    return any(ch.isalpha() for ch in token.text) and _clausal(token)


def _finite(verb: Token) -> Token:
    """The token that carries tense and person: the verb, or its auxiliary or copula."""
    for child in _children(verb):
        if child.dep_ in ("aux", "aux:pass", "cop") and "Fin" in _feature(child, "VerbForm"):
            return child
    return verb


def _tense(verb: Token) -> str:
    finite = _finite(verb)
    tense = _feature(finite, "Tense")
    if _future(verb) or "Fut" in tense:
        return FUTURE
    if "Pres" in tense and finite is not verb and "Part" in _feature(verb, "VerbForm"):
        return PAST  # "ha anunciado"
    if "Past" in tense or "Imp" in tense or "Part" in _feature(verb, "VerbForm"):
        return PAST
    return PRESENT if "Pres" in tense else ""


def _person(verb: Token) -> int:
    person = _feature(_finite(verb), "Person")
    return int(person[0]) if person and person[0].isdigit() else 0


def _places(verb: Token, span: Span) -> tuple[str, ...]:
    """Names of places the verb's "en" complements give ("se reunió en Seúl"), and the
    place names of the clause when it has no such complement."""
    inside = range(span.start, span.end)
    found = [
        name
        for child in _children(verb)
        if child.i in inside
        and child.dep_.startswith("obl")
        and any(c.lower_ in ("en", "in") for c in _children(child) if c.dep_ == "case")
        for name in _names(child, span)
    ]
    return tuple(dict.fromkeys(found))


def _top(span: Span) -> Token:
    """The clause's head: the token whose head lies outside the clause, a verb first."""
    inside = range(span.start, span.end)
    first = None  # the first head of any kind, in case no verb heads the clause
    unfinished = None  # the first verb heading it with no tense ("Al conservar ...")
    # One walk that stops at the first finite verb heading the clause; a token's head is
    # looked up only for a verb or until a first head is found (each `head` makes a
    # Token). The parser may hang a clause on the sentence before it: then an opening
    # infinitive ("Al conservar sus tradiciones, la alcaldesa comenzó ...") heads it
    # as much as its finite verb does, which says the fact.
    for t in _tokens(span):
        verb = t.pos_ in ("VERB", "AUX")
        if verb or first is None:
            head = t.head
            if head.i not in inside or head == t:
                if verb and "Fin" in _feature(_finite(t), "VerbForm"):
                    return t
                if verb:
                    unfinished = unfinished or t
                else:
                    first = first or t
    if unfinished is not None:
        return unfinished
    found = [t for t in _tokens(span) if t.pos_ == "VERB"]
    return min(found, key=lambda t: _depth(t)) if found else first


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token and depth < 50:
        token, depth = token.head, depth + 1
    return depth


@lru_cache(maxsize=64)
def _lemma(token: Token) -> str:
    """The token's lemma, folded; kept, as a frame asks for its verb's several times."""
    found = lemma(token)
    return fold(found.split()[0]) if found.strip() else fold(token.text)


def _content(verb: Token, span: Span) -> Token | None:
    """The head of the clause a verb of saying or denying governs ("dijo que murieron",
    "afirmó que están comprometidas"). The parser sometimes hangs that clause on the
    addressee as a relative one ("explicó a la radio local que cuatro presos murieron");
    a verb of saying with no clause of its own says that one."""
    inside = range(span.start, span.end)
    for child in _children(verb):
        if child.i not in inside or child.dep_ not in _CONTENT or _circumstance(child):
            continue
        if _clausal(child):
            return child
    for addressee in _children(verb):
        if addressee.dep_ not in _OBJECTS or not any(
            c.dep_ == "case" and c.lower_ == "a" for c in _children(addressee)
        ):
            continue
        for child in _children(addressee):
            if (
                child.i in inside
                and child.dep_ in _RELATIVE
                and child.left_edge.lower_ == "que"
                and _clausal(child)
            ):
                return child
    return None


def _circumstance(clause: Token) -> bool:
    """A clause a preposition introduces ("criticó a Ana Gil por cerrar el puerto", "al
    llegar"): why or when the act happened, not what was said. Not "para": "confirmó
    cuatro casos para elevar la cifra a 459" says what the count now is."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.pos_ == "ADP" and c.lower_ != "para" for c in _children(clause)
    )


def _clausal(token: Token) -> bool:
    """A verb, or a word with its copula: the head of a clause."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in _children(token))


def _negated(verb: Token) -> bool:
    """Whether the clause says its act did not happen: not the negation of a condition
    ("si no se vacuna") nor of what would follow from one ("no se vacunaría", "no habría
    firmado"), which deny no act."""
    if _hypothetical(verb):
        return False
    return any(
        _negator(c)
        for t in (verb, *(c for c in _children(verb) if c.dep_ in ("aux", "aux:pass", "cop")))
        for c in _children(t)
        if c.dep_ == "advmod"
    ) or any(_negator(c) and c.dep_ == "advmod" for c in _children(verb))


def _hypothetical(verb: Token) -> bool:
    """A verb of a condition, or in the conditional mood; not "deber", whose conditional
    is a norm ("no deberían subir más del 7%": a cap, which a figure can contradict)."""
    helpers = [c for c in _children(verb) if c.dep_ in ("aux", "aux:pass", "cop")]
    return any(
        "Cnd" in _feature(t, "Mood") and _lemma(t) != "deber" for t in (verb, *helpers)
    ) or any(c.dep_ == "mark" and c.lower_ == "si" for c in _children(verb))


def _negator(token: Token) -> bool:
    """A negator that negates: not the "no" of "no es el único" (`reading.polarity`)."""
    if token.lower_ not in _NEGATORS:
        return False
    return not asserting(_kept(token.doc).text[token.idx : token.idx + 40].lower())


def _span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the kept paragraph text (`_kept`): a Span joins its
    tokens' texts anew at each call."""
    kept = _kept(doc)
    last = kept.tokens[end - 1]
    return kept.text[kept.tokens[start].idx : last.idx + len(last)]


def _tokens(span: Span) -> tuple[Token, ...]:
    """The span's tokens, from the kept ones (`_kept`)."""
    return _kept(span.doc).tokens[span.start : span.end]


@dataclass(frozen=True)
class _Paragraph:
    """A parsed paragraph's text and tokens, kept while its clauses are read: `Doc.text`
    joins every token anew at each call, and `doc[i]` (walking a Span too) makes a new
    Token each time, which a paragraph's frames did for each of its tokens several times."""

    text: str
    tokens: tuple[Token, ...]


# The last few paragraphs by their parses (`_kept`): a paragraph's clauses come in turn;
# a headline parsed again may come between two of them.
_KEPT: dict[Doc, _Paragraph] = {}
_KEPT_PARAGRAPHS = 4


def _kept(doc: Doc, text: str | None = None) -> _Paragraph:
    """The doc's kept paragraph, made on first asking (`text`, when given, is its text),
    the oldest of more than `_KEPT_PARAGRAPHS` let go."""
    kept = _KEPT.pop(doc, None)
    if kept is None:
        kept = _Paragraph(doc.text if text is None else text, tuple(doc))
    _KEPT[doc] = kept
    while len(_KEPT) > _KEPT_PARAGRAPHS:
        del _KEPT[next(iter(_KEPT))]
    return kept


def _future(verb: Token) -> bool:
    """ "se reunirá", "va a votar", "prevé votar" (the last through `_GOVERNING`)."""
    if "Fut" in _feature(verb, "Tense"):
        return True
    return any(
        c.dep_ in ("aux", "aux:pass") and _lemma(c) == "ir" and "Pres" in _feature(c, "Tense")
        for c in _children(verb)
    )


def _extent(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _intransitive(verb: Token) -> bool:
    """Predicates whose subject is what they count: "cuatro presos murieron"."""
    return family(_lemma(verb)) == "morir" and not any(c.dep_ == "obj" for c in _children(verb))


def _past(verb: Token) -> bool:
    tense = _feature(_finite(verb), "Tense")
    return "Imp" in tense or "Past" in tense


def _passive(verb: Token) -> bool:
    return any(
        c.dep_ == "aux:pass" or (c.dep_ == "aux" and _lemma(c) == "ser") for c in _children(verb)
    )


def _actors(verb: Token, span: Span) -> tuple[tuple[str, ...], tuple[int, int] | None, str]:
    """Names in the subject, the subject's offsets, and the phrase the names were read
    from, as written; for a passive, the names in its agent ("convocada por el Colectivo");
    for a verb coordinated with another ("y fue encabezada"), the first verb's subject."""
    inside = range(span.start, span.end)
    subject = None
    for candidate in (verb, verb.head if verb.dep_ == "conj" else None):
        if candidate is None:
            continue
        # A subject inside the clause first: the parser may hang a headline's kicker on
        # the verb as a second subject ("Norvia: Ana Gil logra ...").
        # A quotation mark or dash opening the clause is no subject, whatever the parser
        # hangs on it ("«Estamos ante ...», declaró"; "—Hay familias ... —afirmó").
        subjects = [
            c
            for c in _children(candidate)
            if c.dep_ in _SUBJECTS and not c.is_space and any(ch.isalnum() for ch in c.text)
        ]
        subject = next((c for c in subjects if c.i in inside), next(iter(subjects), None))
        if subject is not None:
            break
    where = _extent(subject) if subject is not None else None
    if _passive(verb):
        for child in _children(verb):
            if child.i in inside and any(c.lower_ == "por" for c in _children(child)):
                found = _names(child, span) or _noun(child)
                if found:
                    return found, where, _written(child)
    if subject is None:
        return (), None, ""
    if subject.dep_ == "csubj":
        # A clause as subject ("Quienes rechazaban un gobierno de Lind lograron 165 votos")
        # names no one who acted: its names are those it speaks of.
        return (), where, _written(subject)
    return _subject_names(subject, span), where, _written(subject)


def _reported_by(verb: Token, top: Token) -> bool:
    """The verb is what its head, a verb of saying, reports, written with no subject of its
    own, in the third person and the number of its head ("el alcalde informó que vendió
    su casa"): Spanish drops a subject that is the one already named, so whoever said it
    did it. Not a verb with "se" (impersonal or passive: "dijo que se investigará el
    caso"), nor one of another number ("el ministro dijo que detuvieron a tres"), nor
    "haber" of what there is ("aseguró que hubo 200.000 personas"), which has no subject."""
    if verb.i == top.i or verb.head.i != top.i or verb.dep_ != "ccomp":
        return False
    if _lemma(verb) == "haber":
        return False
    if any(c.lower_ == "se" for c in _children(verb)):
        return False
    if "Fin" not in _feature(verb, "VerbForm") or _feature(verb, "Person") != ("3",):
        return False
    number = _feature(verb, "Number")
    return bool(number) and number == _feature(top, "Number")


def _written(token: Token) -> str:
    """The phrase a token heads, as written, from after its preposition ("por la actriz")
    up to a relative clause or an aside."""
    marks = [c for c in _children(token) if c.dep_ == "case" and c.i < token.i]
    first = marks[-1].i + 1 if marks else token.left_edge.i
    phrase = _span_text(token.doc, first, token.right_edge.i + 1).strip()
    return _PHRASE_END.split(phrase, maxsplit=1)[0]


def _subject_names(subject: Token, span: Span) -> tuple[str, ...]:
    """The subject's head first (its name, or its noun: "fuego"), then the names that
    complement it ("de la sierra de Peñalta", ", Luis Tudanca"); names inside a relative
    clause belong to another fact ("el terremoto que sacudió el Valle del Quimal")."""
    head = [name for _, _, name in _proper_runs(subject.doc, subject.i, subject.i + 1)]
    found = head or list(_noun(subject))
    # "el Gobierno italiano" is Italy's: the adjective names the actor as much as the noun.
    found += [fold(c.text) for c in _children(subject) if c.dep_ == "amod" and c.i > subject.i]
    for child in _children(subject):
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
    tokens = _kept(doc).tokens
    start = low
    while start > 0 and _proper(tokens[start - 1]):
        start -= 1
    runs, run, pending = [], [], []
    for token in tokens[start:]:
        if _proper(token):
            run += [*pending, token]
            pending = []
        elif run and token.lower_ in _CONNECTORS:
            pending.append(token)
        else:
            if run:
                runs.append((run[0].i, run[-1].i + 1, _span_text(doc, run[0].i, run[-1].i + 1)))
            run, pending = [], []
            if token.i >= high:
                break
    if run:
        runs.append((run[0].i, run[-1].i + 1, _span_text(doc, run[0].i, run[-1].i + 1)))
    return [r for r in runs if r[0] < high and low < r[1]]


def _proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and fold(token.text) not in STOPWORDS


def _noun(token: Token) -> tuple[str, ...]:
    return (fold(lemma(token)),) if token.pos_ in ("NOUN", "PROPN") else ()


@lru_cache(maxsize=64)
def _children(token: Token) -> tuple[Token, ...]:
    """`token.children`, kept: a frame walks its verb's children a dozen times, and spaCy
    makes each child anew at every walk."""
    return tuple(token.children)


# A token's morphological values by field, kept per analysis (`_feature`).
_FEATURES: dict[tuple[int, str], tuple[str, ...]] = {}


def _feature(token: Token, field: str) -> tuple[str, ...]:
    """The values `token.morph.get(field)` gives, kept per analysis and field: spaCy builds
    that list anew at each call (3-5 µs; the analysis's key and a look-up, under 1 µs), a
    frame asks a dozen times, and the model knows a few hundred analyses, each the same
    wherever it is met."""
    morph = token.morph
    key = (morph.key, field)
    values = _FEATURES.get(key)
    if values is None:
        values = _FEATURES[key] = tuple(morph.get(field))
    return values
