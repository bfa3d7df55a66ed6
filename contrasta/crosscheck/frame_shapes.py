"""An English clause's frame, read by word shapes: no English parser is available offline.

The names before the first verb are the actor, that verb the predicate (a past form, an
irregular one, a present tense right after its subject, the verb an auxiliary or a modal
carries, or the object's noun after a light verb: "made his debut"), the names after it
its partners, and "in X" or "at X" its place; "will", "ruled out" and "denied" give its
modality; the other verbs found are kept as `Frame.verbs`. A verb of saying passes to the
clause it reports. A capitalised word inside a name is never a verb ("Alfred A Knopf"),
unless the line is set in title case. What word shapes read is unsure:
`frames.frame_agreement` counts two such frames that do not agree against a pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from contrasta.crosscheck.frames import (
    DENIED,
    PLANNED,
    REPORTED,
    RULED_OUT,
    SAYING_VERBS,
    Frame,
    family,
)
from contrasta.crosscheck.words import fold
from contrasta.reading.names import names as names_in
from contrasta.reading.polarity import unnegated
from contrasta.reading.tokens import STOPWORDS

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_EN_PAST = re.compile(r"[a-z]{3,}ed")
_EN_IRREGULAR = frozenset(
    "was were did died said told had met held struck came went took made gave found left began "
    "saw won lost spoke wrote shot killed sent put ran brought fell got kept led paid sold "
    "stood thought became broke chose drove fled flew forgot hit hurt knew lay rose set "
    "spent spread stole threw wore taken given seen done known shown grown".split()
)
_EN_AUXILIARIES = frozenset("was were had has have is are been be being".split())
_EN_MODAL = frozenset("will would shall could may might".split())
# Words between an auxiliary or a modal and its verb ("will also star", "has since left").
_EN_ADVERBS = frozenset("also still now already since just then not never again soon".split())
# Clause negation: "not", "never", "no" ("paid no money") and contractions ("didn't").
_EN_NEGATORS = frozenset("not never no".split())
_EN_CONTRACTED = re.compile(r"[a-z]+n[’']t")
_EN_RULED_OUT = re.compile(r"\b(?:ruled out|rules out|ruling out|called off|cancell?ed)\b")
_EN_DENIED = re.compile(r"\b(?:denied|denies|deny)\b")
_EN_PLANNED = re.compile(r"\b(?:will|plans? to|planned to|is to|are to|set to|going to)\b")
_EN_PLACE = re.compile(r"\b(?:in|at) (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)*)")
_EN_NOT_VERBS = frozenset("need red bed seed feed speed hundred indeed breed united".split())
# A present-tense verb ("DeWine threatens", "Hayton estimates") is told from a plural noun
# by what stands before it: a name or a pronoun, never an article or a preposition.
_EN_PRESENT = re.compile(r"[a-z]{2,}(?:[^su]s|[^s]es)")
_EN_PROGRESSIVE = re.compile(r"\b([A-Za-z]+) ([a-z]{3,}ing)\b")
_EN_SUBJECT_PRONOUNS = frozenset("he she it who".split())
# A light verb with its object's noun reads as that noun's act: "made his return" returns,
# "made his race debut" debuts; the noun tells two acts of one actor apart.
_EN_LIGHT_OBJECTS = frozenset("make made take took taken give gave given".split())
_EN_DETERMINERS = frozenset("his her its their a an the our my your".split())
_EN_PHRASE_END = frozenset(
    "to with in on at for from by of as after before since during and or but that which "
    "who when while".split()
)
# In a line set in title case every word is capitalised, verbs included; elsewhere a
# capitalised word next to another is part of a name ("Alfred A Knopf"), never a verb.
_TITLE_CASE = 0.7


def shallow_frame(text: str, lang: str | None) -> Frame:
    """A frame read by English word shapes, for English (no parser offline): the names
    before the first verb are the actor, that verb the predicate, names after it the
    partners. Other languages without a parser get an empty frame: nothing is compared."""
    if (lang or "").split("-")[0].lower() != "en":
        return Frame(lang=lang or "xx")
    low = text.lower()
    words = [(m.group(), m.start()) for m in _EN_WORD.finditer(text)]
    found = list(_verbs(text, words))
    verb_at, predicate = found[0] if found else (None, "")
    if fold(predicate) in SAYING_VERBS and verb_at is not None:
        rest = text[verb_at:]
        said = rest.split(maxsplit=1)[0]
        reported = rest[len(said) :]
        inner = shallow_frame(reported, lang) if len(rest.split()) > 3 else None
        progressive = _EN_PROGRESSIVE.search(reported)
        if (
            inner
            and not inner.predicate
            and progressive
            and progressive[1].lower() not in _EN_DETERMINERS
        ):
            # Headlines drop "is": "says update coming Friday" reports an update coming.
            inner = replace(inner, predicate=_english_lemma(progressive[2]))
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
    negated = any(
        w in _EN_NEGATORS or _EN_CONTRACTED.fullmatch(w) for w in unnegated(low).split()[:12]
    )
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
        actors=_shallow_names(before) or _lone_subject(before),
        predicate=_english_lemma(predicate),
        verbs=tuple(
            dict.fromkeys(_english_lemma(w) for _, w in found[1:] if w and w not in _EN_AUXILIARIES)
        ),
        negated=negated and modality == REPORTED,
        modality=modality,
        partners=tuple(n for n in _shallow_names(after) if n not in places),
        places=places,
        lang=lang or "xx",
    )


def _verbs(text: str, words: list[tuple[str, int]]) -> Iterator[tuple[int, str]]:
    """Where the clause's verbs are, in order, each with the word that names its act: the
    verb after a modal or an auxiliary ("will also star", "had taken", "was yielding"),
    the object's noun after a light verb ("made his return"), else the verb itself."""
    title = sum(w[:1].isupper() for w, _ in words) >= _TITLE_CASE * len(words)
    lowered = [w.lower().replace("’", "'") for w, _ in words]
    for k, (word, at) in enumerate(words):
        if word[:1].isupper() and not title and _in_name(words, k):
            continue
        w = lowered[k]
        previous, ends = words[k - 1] if k else ("", 0)
        if w in _EN_MODAL:
            following = _after_auxiliaries(lowered, k + 1)
            if following:
                yield at, following
        elif w in _EN_IRREGULAR or (_EN_PAST.fullmatch(w) and w not in _EN_NOT_VERBS):
            if w in _EN_AUXILIARIES:
                yield at, _after_auxiliaries(lowered, k + 1, w)
            elif w in _EN_LIGHT_OBJECTS:
                yield at, _object_noun(lowered, k + 1) or w
            else:
                yield at, w
        elif w in ("is", "are", "has", "have") and k:
            following = _after_auxiliaries(lowered, k + 1, "")
            if following:
                yield at, following
        elif (
            k
            and not text[ends + len(previous) : at].strip()
            and _present(previous, w)
            and not (k + 1 < len(words) and _finite(lowered[k + 1]))
        ):
            yield at, w  # not a subject's noun: "Republican lawmakers announced"


def _after_auxiliaries(lowered: list[str], k: int, default: str | None = None) -> str:
    """The verb an auxiliary or a modal carries: past participles and -ing forms after
    "be", "been", "have" and adverbs; the auxiliary itself (`default`) when none follows
    ("was a student"), the first word after a modal otherwise ("will star")."""
    first = None
    while k < len(lowered) and (lowered[k] in _EN_ADVERBS or lowered[k] in _EN_AUXILIARIES):
        if lowered[k] in _EN_AUXILIARIES:
            first = first or lowered[k]
        k += 1
    if k < len(lowered):
        word = lowered[k]
        if word in _EN_IRREGULAR or _EN_PAST.fullmatch(word) or word.endswith("ing"):
            return word
        if default is None and first is None:
            return word  # "will star": the base form after a modal
    if default is None:
        return first or ""
    return default


def _object_noun(lowered: list[str], k: int) -> str:
    """The head noun of a light verb's object ("his race debut" -> "debut"), read only
    after a determiner: with none, the verb stands ("made history")."""
    if k >= len(lowered) or lowered[k] not in _EN_DETERMINERS:
        return ""
    phrase = []
    for word in lowered[k + 1 : k + 5]:
        if word in _EN_PHRASE_END:
            break
        phrase.append(word)
    return phrase[-1] if phrase else ""


def _in_name(words: list[tuple[str, int]], k: int) -> bool:
    """A capitalised word next to another is part of a name ("Alfred A Knopf")."""
    return any(0 <= j < len(words) and words[j][0][:1].isupper() for j in (k - 1, k + 1))


def _finite(word: str) -> bool:
    """A past form, an irregular one or a modal: the verb of a subject before it."""
    return word in _EN_MODAL or word in _EN_IRREGULAR or bool(_EN_PAST.fullmatch(word))


def _present(previous_word: str, word: str) -> bool:
    """A present-tense verb right after its subject: a name or a subject pronoun, not a
    possessive ("Paul's diagnosis")."""
    previous = previous_word.lower().replace("’", "'")
    if previous.endswith("'s"):
        return False
    if not _EN_PRESENT.fullmatch(word) and not (word in SAYING_VERBS and word.endswith("s")):
        return False
    return previous in _EN_SUBJECT_PRONOUNS or (
        previous_word[:1].isupper() and previous not in _EN_DETERMINERS
    )


def _shallow_names(text: str) -> tuple[str, ...]:
    return tuple(names_in(text))


def _lone_subject(before: str) -> tuple[str, ...]:
    """A one-word capitalised subject, maybe with an age ("Georgia has lost", "Kubica, 35,
    made"): the name reader skips a sentence's first word, which may be a common one."""
    words = before.split(",")[0].split()
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in STOPWORDS:
        return (words[0],)
    return ()


_EN_LEMMAS = {
    "said": "say", "says": "say", "told": "tell", "died": "die", "dies": "die", "met": "meet",
    "seen": "see", "given": "give", "known": "know", "done": "do", "shown": "show",
    "took": "take", "taken": "take", "held": "hold", "won": "win", "made": "make",
    "shot": "shoot", "killed": "kill", "closed": "close", "wounded": "wound",
    "fled": "flee", "struck": "strike", "fell": "fall", "rose": "rise", "sent": "send",
    "lost": "lose", "left": "leave", "spent": "spend", "paid": "pay", "sold": "sell",
    "began": "begin", "broke": "break", "wrote": "write", "spoke": "speak", "came": "come",
    "went": "go", "gave": "give", "found": "find", "saw": "see", "led": "lead",
}  # fmt: skip


def _english_lemma(word: str) -> str:
    """Enough of a lemma to compare two English predicates: one stem for every form
    ("closes", "closed", "closing", "close" -> "clos"), or the verb as a family of
    predicates names it ("arrested" -> "arrest", "injured" -> "injure")."""
    word = _EN_LEMMAS.get(word, word)
    if len(word) <= 4:
        return word
    stem = re.sub(r"ie[sd]$", "y", word)
    if stem == word:
        stem = re.sub(r"(?:ing|ed|es|s|e)$", "", word)
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
            stem = stem[:-1]  # "dropped" -> "drop"
    return next((c for c in (stem, stem + "e") if family(c) != c), stem)


# Comparing frames.
