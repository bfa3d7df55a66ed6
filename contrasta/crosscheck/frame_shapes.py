"""An English clause's frame, read by word shapes: no English parser is available offline.

The names before the first verb are the actor, that verb the predicate (a past form, an
irregular one, or the verb after a modal), the names after it its partners, and "in X" or
"at X" its place; "will", "ruled out" and "denied" give its modality. A verb of saying
passes to the clause it reports.
"""

from __future__ import annotations

import re

from contrasta.crosscheck.frames import (
    DENIED,
    PLANNED,
    REPORTED,
    RULED_OUT,
    SAYING_VERBS,
    Frame,
)
from contrasta.crosscheck.words import fold
from contrasta.reading.names import names as names_in

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
    if fold(predicate) in SAYING_VERBS and verb_at is not None:
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
