"""Sentence splitting that survives press abbreviations ("Sr.", "EE.UU.", "núm.").

Offsets are kept so that every extracted sentence can be cited back to its article. A run
of text with no sentence end in MAX_SENTENCE characters (a flattened table, a page of
words without punctuation) is cut at a space: what reads sentences compares words within
one, and would spend time growing with the square of its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ABBREVIATIONS = frozenset(
    """
    sr sra srta dr dra lic ing prof gral av avda núm nº art dña d etc vs pág aprox tel
    mr mrs ms st jr ee uu
    sen rep gov lt gen sgt det capt maj supt insp cllr rev
    """.split()
)
# A sentence ends at a stop, after any closing marks, before the next one's opening;
# scraped text also glues sentences together ("del establecimiento.En las 00 horas"),
# which is told from "EE.UU." and "S.A." by the lower-case word before the stop.
_BOUNDARY = re.compile(
    r"(?<=[.!?…])(?P<close>[»”\"')]*)"
    r"(?:\s+(?=[¿¡«“\"(—A-ZÁÉÍÓÚÑ0-9])|(?<=[a-záéíóúñ»”\")][.!?])(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]))"
)
# The word before the stop that ends a stretch, matched from the stretch's start: the
# greedy `.*` leaps to its end and steps back to that word, where a search for the word
# itself tried every word of the stretch (a tenth of splitting a text into sentences).
_LAST_WORD = re.compile(r"(?s:.*\W)?(\w+)\.\W*$")
_ENUMERATOR = re.compile(r"\s*\d{1,3}\.")  # "1. Derecho a no contestar": a list heading
MAX_SENTENCE = 2_000


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def split_sentences(paragraph: str, offset: int = 0) -> list[Sentence]:
    sentences = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        head = paragraph[start : match.start()]
        last = _LAST_WORD.match(head)
        if _ENUMERATOR.fullmatch(head) or (
            last and (last.group(1).lower() in _ABBREVIATIONS or _initial(last.group(1)))
        ):
            continue
        sentences.extend(_bounded(paragraph, start, match.end("close"), offset))
        start = match.end()
    if paragraph[start:].strip():
        sentences.extend(_bounded(paragraph, start, len(paragraph), offset))
    return sentences


def _initial(word: str) -> bool:
    """ "J. K. Rowling", "a. m.": a lone letter; "WiFi 6." and "tipo 1." end sentences."""
    return len(word) == 1 and word.isalpha()


def _sentence(paragraph: str, start: int, end: int, offset: int) -> Sentence:
    text = paragraph[start:end]
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    return Sentence(stripped, offset + start + lead, offset + start + lead + len(stripped))


def _bounded(paragraph: str, start: int, end: int, offset: int) -> list[Sentence]:
    """The stretch [start, end) as one sentence, or as pieces of at most MAX_SENTENCE
    characters cut at a space."""
    pieces = []
    while end - start > MAX_SENTENCE:
        space = paragraph.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = space if space > start else start + MAX_SENTENCE
        pieces.append(_sentence(paragraph, start, cut, offset))
        start = cut
    pieces.append(_sentence(paragraph, start, end, offset))
    return [p for p in pieces if p.text]


# Clause splitting. A news sentence often packs several facts ("dejó sin actividad las
# cuatro terminales y obligó a desviar seis buques"); outlets repeat them separately, so
# each fact is compared on its own. Splits are made only where Spanish marks a new clause
# and the left part already has its verb: a coordinating conjunction followed by a verb
# (or by a subject and its verb), a contrastive conjunction or a colon followed by a verb,
# a trailing non-restrictive relative ("…, a quien la oposición reclama…"), or a
# semicolon. Quoted words are never split. Verbs are recognised by form, which is enough
# for the tenses news uses.
_COORDINATORS = re.compile(r",?\s+(?:y|e)\s+")
_CONTRASTS = re.compile(r",\s+(?:pero|aunque|mientras que|mientras|sino que|but|while)\s+")
_RELATIVE_WORDS = (
    r"(?:que|donde|quien|quienes|a quien|a quienes|cuyo|cuya|cuyos|cuyas|en el que|en la que|"
    r"en los que|en las que|lo que|con lo que|por lo que|which|where|who)"
)
_RELATIVES = re.compile(rf",\s+(?P<relative>{_RELATIVE_WORDS})\s+")
_STARTS_RELATIVE = re.compile(rf"{_RELATIVE_WORDS}\s")
_SEMICOLON = re.compile(r";\s+")
# "Los trabajadores anunciaron movilizaciones: el comité ha llamado a…"; not before a quote.
_COLON = re.compile(r":\s+(?![«“\"—])")
_VERB_WORDS = frozenset(
    """
    ha han he hemos habia había habían hubo habrá habrán habría habrían hay es son era eran
    fue fueron será serán sería serían está están estaba estaban estuvo estuvieron sigue
    siguen seguía tiene tienen tenía tenían tuvo tuvieron puede pueden podía pudo pudieron
    podrá podría podrían debe deben debía debería deberían va van iba iban dio dieron hizo
    hicieron hace hacen da dan puso pusieron mantiene mantienen mantenía permanece permanecen
    permanecía permanecían queda quedan parece parecen cuenta cuentan exige exigen prevé
    prevén
    """.split()
)
_VERB_ENDINGS = re.compile(
    r"[^\W\d_]{2,}(?:ó|aron|ieron|yeron|aba|aban|ían|ará|erá|irá|arán|erán|irán)"
)
# In Spanish the word after these is a verb ("se retrasó", "no descarta").
_BEFORE_VERBS = frozenset({"se", "no"})
_CLITICS = frozenset("se no ya también además lo le les nos luego después finalmente".split())
# A verb after these belongs to another clause ("heridos y vecinos que habían quedado",
# "tal y como había anunciado").
_CLAUSE_STOPS = frozenset(
    "y e o u ni que quien quienes donde cuyo cuya como and or who which".split()
)
_SUBJECT_REACH = 6
# A figure keeps its inner marks ("4.000", "2,5"), not a comma or stop after it: "entre
# 1990 y 2010, ha dirigido" joins two years, and the comma says no clause opens after "y".
_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[^\w\s]")


@lru_cache(maxsize=1 << 16)
def is_verb(word: str) -> bool:
    """A finite verb form, by its ending or as one of the common irregular ones (kept per
    word: a text asks about the same words again and again)."""
    low = word.lower()
    return low in _VERB_WORDS or bool(_VERB_ENDINGS.fullmatch(low))


def _has_verb(text: str, verbs: frozenset[str]) -> bool:
    words = _TOKEN.findall(text)
    return any(
        is_verb(w)
        or w.lower() in verbs
        or (i > 0 and w[0].isalpha() and words[i - 1].lower() in _BEFORE_VERBS)
        for i, w in enumerate(words)
    )


def _opens_clause(text: str, verbs: frozenset[str]) -> bool:
    """Whether words after a conjunction start a clause: a verb ("y obligó"), maybe after
    clitics ("y lo atribuyó"), or a subject then its verb ("y su tramitación se retrasó",
    "y cerca de 4.000 han sido evacuados")."""
    words = _TOKEN.findall(text)
    i = 0
    while i < len(words) and words[i].lower() in _CLITICS:
        i += 1
    if i < len(words) and (is_verb(words[i]) or words[i].lower() in verbs):
        return True
    if i > 0 and words[i - 1].lower() in _BEFORE_VERBS:
        return True
    if i < len(words) and words[i] not in ",;:":
        for j in range(i + 1, min(len(words), i + 1 + _SUBJECT_REACH)):
            low = words[j].lower()
            if words[j] in ",;:" or low in _CLAUSE_STOPS:
                return False
            if is_verb(words[j]) or low in verbs or low == "se":
                return True
    return False


def _open_subject(left: str, verbs: frozenset[str]) -> bool:
    """Whether the left part ends in a "que" clause with no verb yet: a conjunction there
    joins that clause's subjects ("informó que sus hijas y su marido habían dado
    negativo"), not two clauses."""
    words = [w.lower() for w in _TOKEN.findall(left)]
    if "que" not in words:
        return False
    after = words[len(words) - words[::-1].index("que") :]
    return not _has_verb(" ".join(after), verbs)


_QUOTED = tuple(re.compile(p) for p in (r"«[^»]*»", r"“[^”]*”", r'"[^"]*"', r"\([^)]*\)"))
_FIRST_PART = re.compile(r"[,;]")  # what a contrast's verb is looked for before


def _quoted(text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in _QUOTED:
        spans += [m.span() for m in pattern.finditer(text)]
    return spans


def split_clauses(
    sentence: Sentence, min_words: int = 4, verbs: frozenset[str] = frozenset()
) -> list[Sentence]:
    """The sentence's clauses with their offsets; the sentence itself when it has one.

    `verbs` adds word forms to recognise as verbs (verbs of saying in the present tense,
    which the endings miss); a split that would leave fewer than `min_words` words on
    either side is not made.
    """
    text = sentence.text
    quoted = _quoted(text)
    cuts: list[tuple[int, int]] = []  # (end of the left clause, start of the right one)
    last = 0
    candidates = sorted(
        [(m, "and") for m in _COORDINATORS.finditer(text)]
        + [(m, "but") for m in _CONTRASTS.finditer(text)]
        + [(m, "rel") for m in _RELATIVES.finditer(text)]
        + [(m, ";") for m in _SEMICOLON.finditer(text)]
        + [(m, "but") for m in _COLON.finditer(text)],
        key=lambda c: c[0].start(),
    )
    for match, kind in candidates:
        start, end = match.span()
        if start < last or any(s < start < e for s, e in quoted):
            continue
        left, right = text[last:start], text[end:]
        if len(left.split()) < min_words or len(right.split()) < min_words:
            continue
        if kind != ";" and not (_STARTS_RELATIVE.match(left) or _has_verb(left, verbs)):
            continue
        if kind == "and" and (not _opens_clause(right, verbs) or _open_subject(left, verbs)):
            continue
        if kind == "but" and not _has_verb(_FIRST_PART.split(right)[0], verbs):
            continue
        if kind == "rel":
            end = match.start("relative")
        cuts.append((start, end))
        last = end
    if not cuts:
        return [sentence]
    bounds = [0, *(x for cut in cuts for x in cut), len(text)]
    clauses = []
    for begin, stop in zip(bounds[::2], bounds[1::2], strict=True):
        piece = text[begin:stop]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        at = sentence.start + begin + lead
        clauses.append(Sentence(piece, at, at + len(piece)))
    return clauses
