"""Which way a sentence looks from where a date is written in it: back ("llegó este
domingo"), ahead ("se reunirá el domingo", "el lunes va a votar") or neither.

A weekday or a day without year says nothing of its own direction: "el domingo" is the
last Sunday in "llegó el domingo" and the next one in "se celebrará el domingo". The verb
nearest the date settles it. Verbs are recognised by shape, as in `reading.sentences`:
news places events with few tenses, and those are regular. The present tense is left
undecided on purpose ("viaja el lunes" may be a plan or a report): the caller then picks
the nearest sensible day.

Works on the original text (not accent-folded): "llegó" and "llego" are different verbs.
"""

from __future__ import annotations

import re

PAST = "past"
FUTURE = "future"
CONDITIONAL = "conditional"  # FUTURE for `tense_at`'s caller when no past verb sets it back

# fmt: off
# Irregular or short past forms the endings below miss (preterite, imperfect, pluperfect).
_PAST_WORDS = frozenset(
    """
    fue fueron hubo dijo dijeron hizo hicieron tuvo tuvieron estuvo estuvieron puso pusieron
    pudo pudieron quiso quisieron supo supieron trajo trajeron dio dieron vio vieron
    condujo produjo redujo tradujo anduvo
    era eran había habían estaba estaban tenía tenían decía decían hacía hacían podía
    podían quería querían sabía sabían parecía parecían debía debían vivía vivían
    was were did said told had met held struck came went took made gave found left began
    saw won lost spoke wrote
    """.split()
)
# Present forms that announce something ahead ("prevé votar el lunes", "espera presentarlo en
# marzo").
_FUTURE_WORDS = frozenset("will shall prevé prevén espera esperan".split())
# A plan told in the present: "planea abrir en marzo", "pretende votar el lunes", "plans to
# open in April", "aims to vote on Monday"; and English participles of a plan before "to"
# or "for" ("is scheduled to stop on July 22", "slated for March 15", "expected to vote on
# Monday", "set to open on Friday"), as Spanish "previsto para" (`_PLANNED`). Without
# "to"/"for" an English "-ed" stays a past ("rose more than expected on Monday").
_PLAN_WORDS = frozenset("planea planean pretende pretenden".split())
_PLAN_BEFORE_TO = frozenset(
    "plans plan intends intend aims aim hopes hope expects expect seeks seek".split()
)
_PLAN_PARTICIPLES = frozenset("scheduled slated planned expected set".split())
# fmt: on
_PAST_ENDING = re.compile(r"[^\W\d_]{2,}(?:ó|aron|ieron|yeron|aba|aban)")
_FUTURE_ENDING = re.compile(r"[^\W\d_]{2,}(?:rá|rán|ré|remos|réis)")
# The conditional looks ahead from the moment it reports, as the future does from now: a
# plan or an expectation ("la serie saldría en abril", "the series would air in April").
# A conditional perfect looks back ("habría muerto el lunes", "would have met on Monday"),
# so "habría"/"would" before a participle or "have" is left to it.
# English "would" is that conditional ("said it would close the plant on Friday": the Friday
# ahead of the saying), and "would have" its perfect.
_CONDITIONAL_ENDING = re.compile(r"[^\W\d_]{2,}(?:ría|rían|ríamos)")
_CONDITIONAL_AUXILIARIES = frozenset("habría habrían habríamos would".split())
# English simple past; Spanish words in -ed are short or few ("red", "usted", "merced").
_ENGLISH_PAST = re.compile(r"[a-z]{4,}ed")
_NOT_ENGLISH_PAST = frozenset("usted ustedes merced huésped")
# Perfect tenses are past: "ha anunciado", "han sido", "ha dicho".
_AUXILIARIES = frozenset("ha han he hemos habéis has".split())
_PARTICIPLE = re.compile(
    r"[^\W\d_]+(?:ado|ada|ados|adas|ido|ida|idos|idas)|dicho|hecho|visto|puesto|muerto|"
    r"abierto|escrito|vuelto|roto|resuelto|cubierto|impuesto|propuesto|dispuesto"
)
# Periphrastic future: "va a votar", "van a reunirse". ("iba a votar" looks ahead from a
# past moment, so it says nothing about publication time and is not listed.)
_GOING = frozenset("voy vas va vamos vais van".split())
_INFINITIVE = re.compile(r"[^\W\d_]+(?:ar|er|ir|ír)(?:se|lo|la|le|los|las|les|nos)?")
# "previsto para el domingo", "programada para el lunes": the plan is ahead.
_PLANNED = re.compile(r"(?:previst|programad|convocad|fijad)[oa]s?")

_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_TOKEN = re.compile(r"[^\W\d_]+|[,;:]")
# Words between the date and its verb, and what a clause boundary adds: a verb across a
# comma or a "que" usually belongs to another clause ("dijo que el domingo se celebrará"),
# but not always ("Este domingo, miles de personas salieron...").
REACH = 8
BOUNDARY = 2
WINDOW = 200  # characters either side: more than REACH words ever take
_BOUNDARIES = frozenset(",;: que".split())


def tense_at(text: str, start: int, end: int) -> str | None:
    """PAST, FUTURE or None for the words text[start:end] (a date), from the verb nearest
    them in their sentence; on a tie the verb before wins, the usual Spanish order
    ("llegó el domingo")."""
    low = max(0, start - WINDOW)
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, low, start)), default=low)
    stop = _SENTENCE_END.search(text, end, end + WINDOW)
    finish = stop.start() if stop else min(len(text), end + WINDOW)
    before = [m.group().lower() for m in _TOKEN.finditer(text, begin, start)]
    after = [m.group().lower() for m in _TOKEN.finditer(text, end, finish)]
    behind = _nearest(before, reversed(range(len(before))))
    ahead = _nearest(after, range(len(after)))
    found = [f for f in (behind, ahead) if f is not None]
    tense = min(found, key=lambda f: f[0])[1] if found else None
    if tense != CONDITIONAL:
        return tense
    # A conditional looks ahead from the moment the sentence tells of: now, unless a past
    # verb sets it back ("se rumoreaba que en diciembre volvería la calma").
    words = before + after
    return None if any(_tense(words, i) == PAST for i in range(len(words))) else FUTURE


def _nearest(words: list[str], order) -> tuple[int, str] | None:
    distance = 0
    for i in order:
        if words[i] in _BOUNDARIES:
            distance += BOUNDARY
            continue
        distance += 1
        if distance > REACH:
            return None
        tense = _tense(words, i)
        if tense:
            return distance, tense
    return None


def _tense(words: list[str], i: int) -> str | None:
    word = words[i]
    following = words[i + 1 : i + 3]
    if word in _AUXILIARIES and following and _PARTICIPLE.fullmatch(following[0]):
        return PAST
    if (
        word in _GOING
        and len(following) == 2
        and following[0] == "a"
        and _INFINITIVE.fullmatch(following[1])
    ):
        return FUTURE
    if word in _FUTURE_WORDS or _FUTURE_ENDING.fullmatch(word) or _PLANNED.fullmatch(word):
        return FUTURE
    if word in _PLAN_WORDS and following and _INFINITIVE.fullmatch(following[0]):
        return FUTURE
    if following[:1] == ["to"] and word in _PLAN_BEFORE_TO:
        return FUTURE
    if following[:1] in (["to"], ["for"]) and word in _PLAN_PARTICIPLES:
        return FUTURE
    if word in _CONDITIONAL_AUXILIARIES:
        after = following[0] if following else ""
        if after == "have" or _PARTICIPLE.fullmatch(after):
            return PAST
        return CONDITIONAL if word == "would" else None
    if _CONDITIONAL_ENDING.fullmatch(word):
        return CONDITIONAL
    if word in _PAST_WORDS or _PAST_ENDING.fullmatch(word):
        return PAST
    if _ENGLISH_PAST.fullmatch(word) and word not in _NOT_ENGLISH_PAST:
        return PAST
    return None
