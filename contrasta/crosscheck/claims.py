"""Check-worthy sentences and the facts inside them that can be compared across outlets.

Embeddings say two sentences are about the same thing; they cannot say whether "3.000" and
"5.000" or "aprobó" and "no logró aprobar" agree. So each claim carries its numbers (with
the noun they count and how hedged they are), its resolved dates and its negation scope
explicitly, and the comparison in `labels` works on those.

Kept as claims: declarative sentences of at least six words. A sentence that is mostly a
direct quote is kept too, attributed to its speaker: "Acuña said X" is itself a checkable
fact, and two independent outlets carrying the same quote corroborate that it was said.
Left out: questions, list headings, and the outlet's own "we will keep reporting" lines.
The title is left out because claims are cited by offsets into `Article.text`; news
titles restate the lead, which is a claim.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from contrasta.dates import find_dates
from contrasta.model import Article
from contrasta.reading.sentences import split_sentences
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
class Claim:
    article_id: str
    sentence: str
    start: int  # offsets into article.text
    end: int
    numbers: tuple[Number, ...]
    dates: tuple[date | datetime, ...]
    negated: bool
    attribution: str | None
    # Days written with their number ("el martes 13 de enero"): only these can contradict.
    # A relative day ("ayer", "on Wednesday") hangs on the base time and on which event of
    # the sentence it dates ("struck on Tuesday, officials said on Wednesday").
    days: tuple[date, ...] = ()
    negated_stems: frozenset[str] = frozenset()  # words under a negation ("no logró aprobar")
    stems: frozenset[str] = frozenset()  # the other content words


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
_SPEECH_VERBS = (
    "afirmo|declaro|informo|senalo|explico|aseguro|manifesto|advirtio|subrayo|relato|indico|"
    "confirmo|dijo|anuncio|reconocio|recordo|denuncio|sostuvo|insistio|replico|resumio|"
    "apunto|agrego|anadio|destaco|conto|lanzo|estimo|calculo|cifro|said|told|announced|"
    "confirmed|reported"
)
# "», afirmó Ramiro Acuña" / "según la Autoridad Portuaria": the source follows the cue.
_ATTRIBUTION = re.compile(rf"\b(?:segun|de acuerdo con|according to|{_SPEECH_VERBS})\b")
_SOURCE_START = re.compile(r" (?:el|la|los|las|un|una|uno|su|sus|the)\b| [A-ZÁÉÍÓÚÑ]")
# "La Cámara de Comercio estima que...": the source is the subject before the verb.
_REPORTED = re.compile(
    r"\b(?:afirm|declar|inform|senal|explic|asegur|manifest|advirt|subray|indic|confirm|dij|"
    r"dice|anunci|reconoc|recuerd|record|denunci|sostien|sostuv|insist|estim|calcul|cifr|"
    r"said|says|announc|warn)[a-z]*(?: [a-z]+)? que\b"
)
_ATTRIBUTION_END = re.compile(
    r"[.;:«»“”\"(]|, |\s(?:en|ante|tras|durante|desde|que|cuando|mientras|in|at|on|after|as)\s"
)
_SUBJECT_WORDS = 8
_SOURCE_CUES = frozenset({"segun", "de acuerdo con", "according to"})
_ENGLISH_SAID = re.compile(r",? (?:officials|[a-z ]{0,40}) said\b")
_DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .]{2,40}(?:,[^—–\n]{0,30})?\s*[—–-]+\s*")
_CALENDAR_DAY = re.compile(r"(?<![\d:.])\d{1,4}(?![\d:])")
_SKIP = re.compile(r"seguir[aá] informando|will keep reporting", re.IGNORECASE)


def extract_claims(article: Article) -> list[Claim]:
    base = article.published or article.ingested_at
    english = article.lang == "en"
    claims = []
    offset = 0
    for paragraph in article.text.split("\n\n"):
        for sentence in split_sentences(paragraph, offset):
            claim = _claim(article.id, sentence.text, sentence.start, base, english)
            if claim is not None:
                claims.append(claim)
        offset += len(paragraph) + 2
    return claims


def _claim(article_id: str, text: str, start: int, base, english: bool) -> Claim | None:
    dateline = _DATELINE.match(text)
    if dateline and dateline.end() < len(text):
        start += dateline.end()
        text = text[dateline.end() :]
    if not _check_worthy(text):
        return None
    folded = fold(text)
    mentions = find_dates(text, base=base)
    spans = [(m.start, m.end) for m in mentions]
    numbers = tuple(
        Number(n.value, n.unit, n.text, n.start + start, n.end + start, n.bound)
        for n in _numbers(text, folded, spans, english)
    )
    negated_stems, stems = _negation(folded)
    return Claim(
        article_id=article_id,
        sentence=text,
        start=start,
        end=start + len(text),
        numbers=numbers,
        dates=tuple(m.value for m in mentions),
        negated=bool(_NEGATION.search(folded)),
        attribution=attribution(text),
        days=tuple(
            sorted(
                {
                    m.value.date()
                    for m in mentions
                    if m.granularity in ("day", "minute") and _CALENDAR_DAY.search(m.text)
                }
            )
        ),
        negated_stems=negated_stems,
        stems=stems,
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
        verb = text[reported.start() : reported.end() - len(" que")]
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


def _negation(folded: str) -> tuple[frozenset[str], frozenset[str]]:
    words = _WORD.findall(folded)
    negated: set[str] = set()
    plain: set[str] = set()
    scope = 0
    for word in words:
        if _NEGATION.fullmatch(word):
            scope = _NEGATION_SCOPE
            continue
        content = len(word) >= 4 and word not in STOPWORDS and word not in _ENGLISH_STOP
        if scope and word in _NEGATION_FILLER:
            continue
        if scope:
            scope -= 1
            if content:
                negated.add(stem(word))
                scope = 0
            continue
        if content:
            plain.add(stem(word))
    return frozenset(negated), frozenset(plain - negated)
