"""Check-worthy sentences and the facts inside them that can be compared across outlets.

Embeddings say two sentences are about the same thing; they cannot say whether "3.000" and
"5.000" or "aprobó" and "no logró aprobar" agree. So each claim carries its numbers (with
the noun they count and how hedged they are), its resolved dates and its negation scope
explicitly, and the comparison in `labels` works on those.

Kept as claims: declarative sentences of at least six words, one claim per clause when a
sentence packs several facts ("dejó sin actividad las terminales y obligó a desviar seis
buques": outlets repeat each fact on its own; see `reading.sentences.split_clauses`). A
sentence that is mostly a direct quote is kept too, attributed to its speaker, with the
quote and speaker (`Quoted`): "Acuña said X" is itself a checkable fact, and two
independent outlets carrying the same quote corroborate that it was said — or contradict
each other on who said it, or how (`said`).
Left out: questions, list headings, and the outlet's own "we will keep reporting" lines.
The title is left out because claims are cited by offsets into `Article.text`; news
titles restate the lead, which is a claim.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from contrasta.dates import DAY, DateMention, find_dates
from contrasta.model import Article
from contrasta.reading.quotes import find_quotes
from contrasta.reading.rarity import TOP_ZIPF, rarity
from contrasta.reading.sentences import Sentence, is_verb, split_clauses, split_sentences
from contrasta.reading.speech import PREPOSITION_CUES, SPEECH_VERBS
from contrasta.reading.tokens import STOPWORDS

MIN_WORDS = 6


@dataclass(frozen=True)
class Number:
    """`bound` is how the outlet hedged it: "exact", "approx" ("unos", "cerca de"), "min"
    ("al menos", "más de") or "max" ("hasta", "menos de"); a hedge decides whether two
    different figures really disagree."""

    value: float
    unit: str | None  # canonical counted noun ("muertos", "estibadores", "%")
    text: str
    start: int  # offsets into article.text
    end: int
    bound: str = "exact"


@dataclass(frozen=True)
class Quoted:
    """A direct quote inside a claim: its words (folded, so spelling and marks do not
    matter) and who the article says spoke them."""

    words: tuple[str, ...]
    speaker: str | None


@dataclass(frozen=True)
class Claim:
    article_id: str
    sentence: str
    start: int  # offsets into article.text
    end: int
    numbers: tuple[Number, ...]
    # Every date written in the claim, offsets into article.text; unresolved (value None)
    # when it hangs on a publication date the article lacks.
    dates: tuple[DateMention, ...]
    negated: bool
    attribution: str | None
    # Days written with their number ("el martes 13 de enero"): only these can contradict.
    # A relative day ("ayer", "on Wednesday") hangs on the base time and on which event of
    # the sentence it dates ("struck on Tuesday, officials said on Wednesday"). An undated
    # article has none: nothing says whether it was written before or after a plan changed.
    days: tuple[date, ...] = ()
    negated_stems: frozenset[str] = frozenset()  # words under a negation ("no logró aprobar")
    stems: frozenset[str] = frozenset()  # the other content words
    # The whole sentence when the claim is one of its clauses ("" when it is the sentence):
    # what a reader is shown, since a clause may lack its subject.
    context: str = ""
    context_start: int = 0
    quotes: tuple[Quoted, ...] = ()
    # The sentence says the event was moved ("adelantó al martes 14 la reunión prevista
    # inicialmente para el 15"): its day updates, not contradicts, an earlier one.
    moved: bool = False

    def cited(self) -> tuple[str, int, int]:
        """The sentence to show for this claim, with its offsets into article.text."""
        if not self.context:
            return self.sentence, self.start, self.end
        return self.context, self.context_start, self.context_start + len(self.context)


def fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn"
    )


# fmt: off
_WORD_NUMBERS: dict[str, float] = {
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "veintiuno": 21, "veintiun": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700,
    "ochocientos": 800, "novecientos": 900,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}
_MULTIPLIERS = {"mil": 1e3, "thousand": 1e3, "millon": 1e6, "millones": 1e6, "million": 1e6,
                "millions": 1e6, "billion": 1e9}
# Synonyms of the nouns news counts, so "12 fallecidos" and "12 people were killed" are
# compared as one quantity. Deliberately short: an unknown noun is compared as written.
_CANONICAL = {
    "fallecidos": "muertos", "fallecimientos": "muertos", "muertes": "muertos",
    "killed": "muertos", "dead": "muertos", "deaths": "muertos", "died": "muertos",
    "victimas mortales": "muertos",
    "injured": "heridos", "wounded": "heridos",
    "aftershocks": "replicas", "barcos": "buques", "ships": "buques", "vessels": "buques",
    "dockworkers": "estibadores", "dollars": "dolares", "people": "personas",
    "kilometres": "kilometros", "kilometers": "kilometros", "km": "kilometros",
    "shelters": "albergues", "casas": "viviendas", "homes": "viviendas",
    "houses": "viviendas", "votes": "votos", "magnitude": "magnitud",
    "empleados": "trabajadores", "workers": "trabajadores", "employees": "trabajadores",
}
# fmt: on
_COUNT_NOUNS = ("numero de", "cifra de", "balance de", "total de", "number of", "toll")
_LOWER = re.compile(
    r"(?:al menos|por lo menos|mas de|superiores? a|por encima de|at least|more than|over)\s+$"
)
_UPPER = re.compile(r"(?:hasta|menos de|no mas de|up to|fewer than|less than|under)\s+$")
_APPROX = re.compile(
    r"(?:unos|unas|cerca de|casi|alrededor de|aproximadamente|practicamente|about|around|"
    r"nearly|some|almost|roughly)\s+$"
)
_DIGITS = re.compile(
    r"(?<![\w.,:/])\d{1,3}(?:[.,]\d{3})+(?![\d:/])|(?<![\w.,:/])\d+(?:[.,]\d+)?(?![\d:/])"
)
_WORD = re.compile(r"[a-zñ]+")
_NEGATION = re.compile(
    r"\b(?:no|nunca|jamas|tampoco|ni|sin exito|nego|niega|negaron|descarto|descarta|"
    r"descartaron|desmintio|desmiente|rechazo|rechaza|rechazaron|fracaso|fracasa|not|never|"
    r"denied|denies|rejected|failed)\b"
)
# Between a negator and the verb it negates ("no logró aprobar", "no se ha firmado").
_NEGATION_FILLER = frozenset(
    "se lo la le les los las me nos ha han habia habian logro lograron pudo pudieron consiguio "
    "consiguieron llego llegaron va van a que fue fueron ser sido haber has have has had be "
    "been was were did does to".split()
)
_NEGATION_SCOPE = 3
# Verbs of denial that govern a clause ("negó que vaya a reducir salarios").
_DENIALS = frozenset(
    "nego niega niegan negaron descarto descarta descartan descartaron desmintio desmiente "
    "desmienten desmintieron denied denies".split()
)
_THAT = frozenset({"que", "that"})
_DENIAL_REACH = 5  # "descartó este domingo que"
_CLAUSE_REACH = 10  # "que el incendio de la sierra de Peñablanca fuera"
_COPULAS = frozenset(
    "fuera fueran fuese fuesen fue fueron sea sean es son era eran haya hayan hubiera hubieran "
    "ha han este esten estuviera estuvieran esta estan estaba vaya vayan va van iba "
    "was were is are be been had has have would will could".split()
)
_SUBJUNCTIVE = re.compile(r"[^\W\d_]{2,}(?:ara|iera|aran|ieran|ase|iese|asen|iesen)")
_LETTERS = re.compile(r"[^\W\d_]+")
# Codes of roads, laws, flights ("RN-7", "A-4", "COVID-19"): as telling as a rare word.
_CODES = re.compile(r"\b[A-Z]{1,5}-?\d{1,4}\b")


def _alternation(words) -> str:
    return "|".join(sorted({fold(w) for w in words}, key=len, reverse=True))


_SOURCE_CUES = frozenset(fold(cue) for cues in PREPOSITION_CUES.values() for cue in cues)
_SAID = _alternation(form for verbs in SPEECH_VERBS.values() for form in verbs.finite)
_SAID_PARTICIPLE = _alternation(
    form for verbs in SPEECH_VERBS.values() for form in verbs.participles
)
# "», afirmó Ramiro Acuña" / "según la Autoridad Portuaria": the source follows the cue.
_ATTRIBUTION = re.compile(rf"\b(?:{_alternation(_SOURCE_CUES)}|{_SAID})\b")
_SOURCE_START = re.compile(r" (?:el|la|los|las|un|una|uno|su|sus|the)\b| [A-ZÁÉÍÓÚÑ]")
# "La Cámara de Comercio estima que...": the source is the subject before the verb.
_REPORTED = re.compile(rf"\b(?P<verb>(?:{_SAID}|{_SAID_PARTICIPLE})(?: [a-z]+)?) (?:que|that)\b")
_ATTRIBUTION_END = re.compile(
    r"[.;:«»“”\"(]|, |\s(?:en|ante|tras|durante|desde|que|cuando|mientras|in|at|on|after|as)\s"
)
_SUBJECT_WORDS = 8
_ENGLISH_SAID = re.compile(r",? (?:officials|[a-z ]{0,40}) said\b")
_DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .]{2,40}(?:,[^—–\n]{0,30})?\s*[—–-]+\s*")
_CALENDAR_DAY = re.compile(r"(?<![\d:.])\d{1,4}(?![\d:])")
# A day after these bounds a period or dates a document ("paralizado desde el pasado 12 de
# enero", "un comunicado fechado el 13/01"): it is not the day the sentence's event
# happened, and two such days cannot contradict each other.
_NOT_EVENT_DAY = re.compile(
    r"\b(?:desde|hasta|a partir de|fechad[oa]s?|since|until|dated)(?: (?:el|la|los|the))?"
    r"(?: (?:pasado|proximo|dia|last|next))?\s*$"
)
# Present-tense verbs of saying, which the clause splitter does not know by their endings.
_SAID_FORMS = frozenset(form for verbs in SPEECH_VERBS.values() for form in verbs.finite)
_MOVED = re.compile(
    r"\b(?:adelant|aplaz|retras|pospus|pospon|reprogram)\w*|\b(?:inicialmente|originalmente) "
    r"previst|prevista inicialmente|previsto inicialmente|cambio de fecha|nueva fecha|"
    r"\b(?:rescheduled|postponed|brought forward|moved to)\b"
)
_SKIP = re.compile(r"seguir[aá] informando|will keep reporting", re.IGNORECASE)


def extract_claims(article: Article) -> list[Claim]:
    """One claim per clause of every check-worthy sentence (see `split_clauses`)."""
    # Dates in the text count from publication only; ingestion time says nothing of it.
    base = article.published
    english = article.lang == "en"
    quotes = find_quotes(article.text, article.lang)
    claims = []
    offset = 0
    for paragraph in article.text.split("\n\n"):
        for sentence in map(_without_dateline, split_sentences(paragraph, offset)):
            if not _check_worthy(sentence.text):
                continue
            clauses = split_clauses(sentence, MIN_WORDS, _SAID_FORMS)
            whole = attribution(sentence.text)
            for clause in clauses:
                source = attribution(clause.text) or whole
                claim = _claim(article.id, clause.text, clause.start, base, english, source)
                if len(clauses) > 1:
                    claim = replace(claim, context=sentence.text, context_start=sentence.start)
                inside = tuple(
                    Quoted(tuple(_WORD.findall(fold(q.text))), q.speaker)
                    for q in quotes
                    if q.start < clause.end and clause.start < q.end
                )
                claims.append(replace(claim, quotes=inside) if inside else claim)
        offset += len(paragraph) + 2
    return claims


def _without_dateline(sentence: Sentence) -> Sentence:
    """The sentence without its dateline: "PUERTO ALMAGRO, 12 ene (AAN) — Unos 3.000…" is
    cited from "Unos"."""
    dateline = _DATELINE.match(sentence.text)
    if not dateline or dateline.end() == len(sentence.text):
        return sentence
    return Sentence(sentence.text[dateline.end() :], sentence.start + dateline.end(), sentence.end)


def _claim(
    article_id: str, text: str, start: int, base, english: bool, source: str | None
) -> Claim:
    folded = fold(text)
    mentions = find_dates(text, base)
    spans = [(m.start, m.end) for m in mentions]
    numbers = tuple(
        Number(n.value, n.unit, n.text, n.start + start, n.end + start, n.bound)
        for n in _numbers(text, folded, spans, english)
    )
    negated_stems, stems = _negation(text)
    return Claim(
        article_id=article_id,
        sentence=text,
        start=start,
        end=start + len(text),
        numbers=numbers,
        dates=tuple(replace(m, start=m.start + start, end=m.end + start) for m in mentions),
        negated=bool(_NEGATION.search(folded)),
        attribution=source,
        days=tuple(
            sorted(
                {
                    m.value.date()
                    for m in mentions
                    if base is not None
                    and m.value is not None
                    and m.precision == DAY
                    and _CALENDAR_DAY.search(m.text)
                    and not _NOT_EVENT_DAY.search(fold(text[: m.start]))
                }
            )
        ),
        negated_stems=negated_stems,
        stems=stems,
        moved=bool(_MOVED.search(folded)),
    )


def _check_worthy(text: str) -> bool:
    return (
        len(text.split()) >= MIN_WORDS
        and not text.rstrip("»”\"' ").endswith("?")
        and text.rstrip()[-1:] in ".!»”\"'…)"
        and not _SKIP.search(text)
    )


def attribution(text: str) -> str | None:
    """Who the sentence says the fact comes from, cue included ("según datos de la
    Autoridad Portuaria", "afirmó Ramiro Acuña"), so a reader sees how it was sourced."""
    folded = fold(text)
    for match in _ATTRIBUTION.finditer(folded):
        cue = match.group()
        if cue not in _SOURCE_CUES and not _SOURCE_START.match(text, match.end()):
            continue  # "anunció que...": the source is the subject, found below
        stop = _attribution_end(text, folded, match.end() + 1)
        found = text[match.start() : stop].strip(" ,")
        if len(found.split()) >= 2:
            return found
    reported = _REPORTED.search(folded)
    if reported:
        clause = re.split(r"[.;:»”\"]|, (?=[a-z])", folded[: reported.start()])[-1]
        words = text[reported.start() - len(clause) : reported.start()].split()
        verb = text[reported.start() : reported.end("verb")]
        if words:
            return " ".join([*words[-_SUBJECT_WORDS:], verb])
    said = _ENGLISH_SAID.search(folded)
    if said:
        return text[said.start() : said.end()].strip(" ,")
    return None


def _attribution_end(text: str, folded: str, start: int) -> int:
    """An apposition (", Ramiro Acuña,") belongs to the source; any other comma ends it."""
    for end in _ATTRIBUTION_END.finditer(folded, start):
        if end.group() == ", " and text[end.end() : end.end() + 1].isupper():
            continue
        return end.start()
    return len(text)


@dataclass(frozen=True)
class _Found:
    value: float
    unit: str | None
    text: str
    start: int
    end: int
    bound: str


def _numbers(text: str, folded: str, dates: list[tuple[int, int]], english: bool) -> list[_Found]:
    found = []
    taken: list[tuple[int, int]] = list(dates)
    for match in _DIGITS.finditer(folded):
        start, end = match.span()
        if _inside(start, end, taken) or _is_year(folded, start, end, match.group()):
            continue
        value = _digits(match.group(), english)
        found.append(_finish(text, folded, value, start, end, taken))
    for match in _WORD.finditer(folded):
        word = match.group()
        if word not in _WORD_NUMBERS or _inside(match.start(), match.end(), taken):
            continue
        start, end, value = match.start(), match.end(), _WORD_NUMBERS[word]
        after = re.match(r"\s+(?:y\s+)?([a-z]+)", folded[end:])
        while after and after.group(1) in _WORD_NUMBERS and _WORD_NUMBERS[after.group(1)] < value:
            value += _WORD_NUMBERS[after.group(1)]
            end += after.end()
            after = re.match(r"\s+(?:y\s+)?([a-z]+)", folded[end:])
        found.append(_finish(text, folded, value, start, end, taken))
    return sorted(found, key=lambda n: n.start)


def _finish(
    text: str, folded: str, value: float, start: int, end: int, taken: list[tuple[int, int]]
) -> _Found:
    multiplier = re.match(r"\s+([a-z]+)", folded[end:])
    if multiplier and multiplier.group(1) in _MULTIPLIERS:
        value *= _MULTIPLIERS[multiplier.group(1)]
        end += multiplier.end()
    taken.append((start, end))
    unit, unit_end = _unit(folded, start, end)
    before = folded[max(0, start - 30) : start]
    bound = (
        "min"
        if _LOWER.search(before)
        else "max"
        if _UPPER.search(before)
        else "approx"
        if _APPROX.search(before)
        else "exact"
    )
    return _Found(value, unit, text[start : max(end, unit_end)], start, max(end, unit_end), bound)


def _unit(folded: str, start: int, end: int) -> tuple[str | None, int]:
    """The noun a number counts: the word after it ("3.000 estibadores", "20 millones de
    dólares"), the word before it for measures ("magnitud 6,4"), or the noun of a "número
    de fallecidos ... asciende a 15" earlier in the sentence."""
    if re.match(r"\s*%", folded[end:]):
        return "%", end + folded[end:].index("%") + 1
    before = re.search(r"(magnitud|magnitude)\s+(?:de\s+)?$", folded[max(0, start - 14) : start])
    if before:
        return "magnitud", end
    after = re.match(r"\s+(?:de\s+)?([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?", folded[end:])
    if after and after.group(1) not in STOPWORDS and after.group(1) not in _ENGLISH_STOP:
        noun = after.group(1)
        if noun in ("personas", "people"):
            for later in after.groups()[1:]:
                if later and _canonical(later) in ("muertos", "heridos"):
                    return _canonical(later), end + after.end()
        return _canonical(noun), end + after.start(1) + len(noun)
    for cue in _COUNT_NOUNS:
        counted = re.search(rf"{cue} ([a-z]+)", folded[:start])
        if counted:
            return _canonical(counted.group(1)), end
    return None, end


_ENGLISH_STOP = frozenset("the a an of and or to in on at by for from with was were is are".split())


def _canonical(word: str) -> str:
    return _CANONICAL.get(word, word)


def _digits(raw: str, english: bool) -> float:
    thousands, decimal = (",", ".") if english else (".", ",")
    if re.fullmatch(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+", raw):
        return float(raw.replace(thousands, ""))
    if not english and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        return float(raw.replace(".", ""))
    return float(raw.replace(decimal, ".").replace(",", ""))


def _is_year(folded: str, start: int, end: int, raw: str) -> bool:
    """A bare four-digit year the date finder did not claim ("anteriores a 1950")."""
    return (
        len(raw) == 4
        and raw.isdigit()
        and 1800 <= int(raw) <= 2100
        and not re.match(r"\s*(?:%|mil|millones)", folded[end:])
    )


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def stem(word: str) -> str:
    """Five letters are enough to tie "aprobó", "aprobar" and "aprobada" together."""
    return word[:5]


def _negation(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(stems under a negation, the other content stems). A negator negates the next
    content word ("no logró aprobar" negates "aprobar"); a verb of denial followed by
    "que" negates the predicate of its clause ("descartó que el incendio fuera
    intencionado" negates "intencionado", not "incendio")."""
    words = [(word, fold(word)) for word in _LETTERS.findall(text.lower())]
    negated: set[str] = set()
    plain: set[str] = set()
    scope = 0
    predicates: dict[int, bool] = {}  # clause verbs under a denial: is it the predicate?
    for k, (_, folded) in enumerate(words):
        if k in predicates:
            if predicates[k]:
                negated.add(stem(folded))
            else:
                scope = _NEGATION_SCOPE
            continue
        if folded in _DENIALS and (predicate := _denied_predicate(words, k)) is not None:
            predicates[predicate[0]] = predicate[1]
            continue
        if _NEGATION.fullmatch(folded):
            scope = _NEGATION_SCOPE
            continue
        content = len(folded) >= 4 and folded not in STOPWORDS and folded not in _ENGLISH_STOP
        if scope and folded in _NEGATION_FILLER:
            continue
        if scope:
            scope -= 1
            if content:
                negated.add(stem(folded))
                scope = 0
            continue
        if content:
            plain.add(stem(folded))
    return frozenset(negated), frozenset(plain - negated)


def _denied_predicate(words: list[tuple[str, str]], at: int) -> tuple[int, bool] | None:
    """Where the clause a verb of denial governs has its verb: (index, True) when that
    verb is the predicate ("descartó que se reavivara"), (index, False) when it is a
    copula or auxiliary and the predicate follows ("que fuera intencionado")."""
    that = next(
        (i for i in range(at + 1, min(len(words), at + _DENIAL_REACH)) if words[i][1] in _THAT),
        None,
    )
    if that is None:
        return None
    for i in range(that + 1, min(len(words), that + 1 + _CLAUSE_REACH)):
        word, folded = words[i]
        if folded in _COPULAS:
            return i, False
        if is_verb(word) or _SUBJUNCTIVE.fullmatch(word):
            return i, True
    return None


def content_words(sentence: str) -> dict[str, float]:
    """Content-word stems with how rare the word is in general language: "vigor" and
    "verano" say more about which fact two sentences state than "gobierno"."""
    found = {code.lower(): TOP_ZIPF for code in _CODES.findall(sentence)}
    for word in _LETTERS.findall(sentence.lower()):
        folded = fold(word)
        if len(folded) < 4 or folded in STOPWORDS or word in STOPWORDS:
            continue
        key = stem(folded)
        found[key] = max(found.get(key, 0.0), rarity(word, "es"))
    return found
