"""Figures in news text: where a quantity is written, its value, the noun it counts and how
the outlet hedged it.

Digits are read with Babel's locale data, because Spanish-language outlets disagree on the
decimal mark: Spain writes "1.500" for fifteen hundred and "1,5" for one and a half, Mexico
and the English-language wires the other way round. Which one a text uses is decided from
its own unambiguous figures (`number_style`); with none, a separator followed by exactly
three digits is read as thousands, since news rarely gives three decimals. Number words
("tres mil soldados", "doscientos cincuenta") are read by text2num, which knows the whole
Spanish and English numeral grammar, so no word table of ours has to.
Joined figures share what one of them leaves unsaid: "entre 20 y 50 millones de personas"
is twenty million people.
Not figures: years standing alone, numbers inside the date spans the caller passes, clock
times, codes glued to letters ("COVID-19", "5G"), sections and versions ("7.3.1"), list
numbers, ordinals, names ("Cinco Estrellas").
A vague plural ("decenas de miles de personas", "cientos de heridos") is an amount of a
size, read as the range it allows (`VAGUE_SIZES`): it can tell that two reports of one
count disagree ("decenas de miles" against "un millón"), never that two sentences report
one fact. An age set beside a name ("Kubica, 35,", "Edith Barrios, de 77 años,") has its
own unit (`AGE`): it says who, not what happened.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from babel.numbers import NumberFormatError, parse_decimal
from text_to_num import find_numbers as find_number_words

from contrasta.reading.tokens import STOPWORDS


@dataclass(frozen=True)
class Number:
    """`bound` is how the outlet hedged it: "exact", "approx" ("unos", "cerca de", "han
    reunido hasta"), "min" ("al menos", "más de"), "max" ("hasta", "menos de") or `VAGUE`
    ("decenas de miles": `value` to `high`); a hedge decides whether two different figures
    really disagree."""

    value: float
    unit: str | None  # canonical counted noun ("muertos", "estibadores", "%", `AGE`)
    text: str
    start: int  # offsets into the text given, plus the caller's offset
    end: int
    bound: str = "exact"
    high: float | None = None  # a vague amount's largest value


@dataclass(frozen=True)
class Style:
    """How a text writes numbers: its language (for number words) and its decimal mark,
    "," or "."; None when none of its figures tells."""

    lang: str = "es"
    decimal: str | None = None


# fmt: off
# Words that multiply the figure before them ("1,5 millones", "901 mil 268"). Spanish
# "billón" is a million millions; English "billion" a thousand millions.
_SCALES = {
    "mil": 1e3, "millon": 1e6, "millones": 1e6, "billon": 1e12, "billones": 1e12,
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
}
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
# The size each vague plural counts in: "decenas" are two tens or more (from 20), "miles" two
# thousands or more. The top is read loosely, up to twenty sizes ("miles" up to 19.999): the
# press stretches the words ("miles de manifestantes, 15.000 según la policía"), and a
# conflict flagged on a word's strict reading would be wrong; "decenas de miles" (20.000 to
# 199.999) still conflicts with "hasta un millón".
VAGUE_SIZES = {
    "decenas": 10, "docenas": 12, "cientos": 100, "centenares": 100, "miles": 1e3,
    "millares": 1e3, "millones": 1e6, "billones": 1e12,
    "tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9,
}
# Collective numerals, singular after an article ("una treintena", "a dozen"); their plurals
# are vague amounts ("decenas", "dozens"). "cuarentena" and "quincena" name other things.
COLLECTIVE_SIZES = {
    "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100,
    "millar": 1e3, "dozen": 12,
}
# Currency signs written before the figure ("US$64.000"), by the noun they stand for.
_CURRENCY_SIGNS = {"us$": "dolares", "u$s": "dolares", "€": "euros", "£": "libras", "$": "$"}
# fmt: on
# Nouns that name a count, not a thing counted: "el número de fallecidos asciende a 15" (the
# noun is named before the figure), "el balance sigue en 12".
TALLIES = ("numero", "cifra", "balance", "total")
_COUNT_NOUN = re.compile(rf"(?:(?:{'|'.join(TALLIES)}) del?|number of|toll of) ([a-z]+)")
_LOWER_WORDS = (
    r"(?:al menos|por lo menos|mas del?|superiores? al?|supera al?|superan|rebasa|"
    r"por encima del?|at least|more than|over)"
)
_LOWER = re.compile(rf"{_LOWER_WORDS}\s+$")
# "no superiores al 7%", "no deberían subir más del 7%": a lower bound denied is a cap.
_DENIED_LOWER = re.compile(rf"\b(?:no|not)\b(?:\s+[a-z]+){{0,3}}\s+{_LOWER_WORDS}\s+$")
_UPPER = re.compile(
    r"(?:hasta|menos de|no mas de|up to|fewer than|less than|under)\s+(?:(?:un|el|the)\s+)?$"
)
# "han reunido hasta un millón de personas": after a verb that reports what happened,
# "hasta" gives the highest estimate of a count, not a cap on it ("multas de hasta").
# Read on the text lower-cased with its accents: "reunió" is a past tense, "reunio" is not.
_ESTIMATE_UPTO = re.compile(
    r"(?:\b(?:ha|han|hab[ií]an?|hubo)\s+[a-z]+(?:ado|ido)|[a-z]{2,}(?:aron|ieron|ó))"
    r"\s+hasta\s+(?:(?:un|unos|unas)\s+)?$"
)
_APPROX = re.compile(
    r"(?:unos|unas|cerca de|casi|alrededor de|en torno a|aproximadamente|aproximado de|"
    r"aproximado el|practicamente|about|around|nearly|some|almost|roughly|as many as)\s+$"
)
_HEDGE_REACH = 30
_THOUSAND_BEFORE = re.compile(r"(?:([^\W\d_]+)\s+)?(?<![\w.,])(?P<mil>mil)\s+$")
# A figure a corpus masked ("*NUMBER*"), with the scale words and masks that follow it
# ("*NUMBER* mil *NUMBER* millones"): nothing of it can be read.
_WRITTEN_SCALES = "|".join(w.replace("on", "[oó]n") for w in _SCALES)  # "millón" unfolded
_MASKED = re.compile(rf"\*[A-Z]+\*(?:\s*\*[A-Z]+\*|\s+(?i:{_WRITTEN_SCALES})\b)*")
_LIST_MARK = re.compile(r"[-.)]\s")  # "2- Emociones positivas" opens a list item
_RATIO = re.compile(r"\s+de cada \S+\s+([a-z]+)")
# "las 4 am", "a las 10 p. m.": a clock time the date finder did not take.
_CLOCK = re.compile(r"\s*[ap]\.?\s?m\b")
# Words that join figures sharing one noun ("de 630 escaños a 400", "entre 18 y 28 años").
_SHARED_UNIT = re.compile(r"\s*,\s*|\s+(?:y|e|o|u|a|hasta)\s+")
# "15, tres más que la cifra oficial": a difference between figures counts nothing itself.
_DIFFERENCE = re.compile(r"\s+(?:mas|menos|more|fewer|less)\b")
# A run of digits with its separators, not glued to letters ("5G", "ID2020", "COVID-19"),
# slashes or colons (dates, times, "a/n"), nor part of a longer dotted code ("7.3.1").
# Thousands set off by a no-break or thin space ("12 500", as the RAE and ISO write
# them): typographic spaces nothing but a grouping puts between digits. A plain space is
# not read so ("el día 15 300 vecinos").
_GROUP_SPACES = "\u00a0\u202f\u2009"
_DIGITS = re.compile(
    rf"(?<![\w.,:/])(?<![^\W\d_]-)(?:\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+(?!\d)(?:,\d+)?"
    r"|\d+(?:[.,]\d+)*)(?![\w:/°ºª])"
)
_GROUPED = re.compile(f"[{_GROUP_SPACES}]")
_AMBIGUOUS = re.compile(r"\d{1,3}[.,]\d{3}")
# Figures that show the text's decimal mark: a decimal part that is not three digits long,
# or two groups of thousands. A clock time ("a las 14.30") shows nothing. Each starts with a
# digit, which the lookahead checks first: `re` then tries the alternatives (and their
# lookbehinds) only where one is, which made reading a whole text's figures four times
# faster.
_COMMA_DECIMAL = re.compile(
    r"(?=\d)(?:(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d.,])|\d{1,3}(?:\.\d{3}){2,}(?![\d])"
    r"|\d\.\d{3},\d)"
)
_POINT_DECIMAL = re.compile(
    r"(?=\d)(?:(?<![\d.,])(?<!las )(?<!la )\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])"
    r"(?!\s*(?:h\b|hs\b|horas))|\d{1,3}(?:,\d{3}){2,}(?![\d])|\d,\d{3}\.\d)"
)
_LOCALES = {",": "es", ".": "es_MX"}
_WORD_OR_DIGITS = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[^\w\s]")
_NOUN_AFTER = re.compile(r"\s+(?:de\s+)?([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?")
_ACCENTS = re.compile("[\u0300-\u036f]")
_STOP = frozenset(_ACCENTS.sub("", unicodedata.normalize("NFD", w)) for w in STOPWORDS)
# Spellings text2num does not know, or reads as a cardinal ("su tercer día").
_SPELLINGS = {"veintiún": "veintiuno", "tercer": "tercero"}
# Plurals that say "many", never a figure on their own ("miles de personas"), and
# "ciento" in "por ciento".
VAGUE = "vague"
# "medio centenar", "media docena": half the collective's size.
_COLLECTIVE = re.compile(
    rf"\b(?:una?|a|(?P<half>medi[oa])) (?P<word>{'|'.join(COLLECTIVE_SIZES)})\b"
)
# "medio millón": half of the scale word after it; "un millón y medio", "dos millones y
# media", "3 millones y medio": half of the scale word before it added.
_HALF_BEFORE = re.compile(r"\bmedi[oa]\s+$")
_AND_A_HALF = re.compile(r"\s+y\s+medi[oa]\b")
_LAST_WORD = re.compile(r"([a-z]+)$")
_SCALE_AFTER = re.compile(rf"\s+(?:{'|'.join(_SCALES)})\b")
_VAGUE_AMOUNT = re.compile(
    rf"\b(?P<count>{'|'.join(VAGUE_SIZES)})(?:\s+(?:de|of)\s+(?P<size>miles|millares|millones|"
    r"thousands|millions))?\b"
)
# The unit of a figure that describes a person by their age, set beside their name
# ("Edith Barrios, de 77 años,", "Kubica, 35,", "a 77-year-old man", "a man aged 77"): it
# says who, not what happened, and two ages are compared only as one person's. An age the
# sentence states ("tenía 77 años", "dies at 77", "dies aged 77") is its fact, read as any
# other figure.
AGE = "edad"
_AGE_BEFORE = re.compile(r"(?:,\s*de|(?<!dies )(?<!died )\baged)\s+$")
_YEARS_OF_AGE = re.compile(r"\s+(?:anos|years)\b(?:\s+de edad)?(?=\s*[,;)])")
_AGE_AFTER = re.compile(r"-years?-old\b")
# "Kubica, 35, made his return": a bare figure set off by commas after a name.
_AGE_APPOSITION = re.compile(r"[A-Z][\w'-]*,\s*$")


def number_style(text: str, lang: str | None) -> Style:
    """The text's way of writing numbers, from the figures in it that can be read only one
    way; English text uses the point."""
    if lang == "en":
        return Style("en", ".")
    comma = len(_COMMA_DECIMAL.findall(text))
    point = len(_POINT_DECIMAL.findall(text))
    return Style("es", "," if comma > point else "." if point > comma else None)


def find_numbers(
    text: str, style: Style = Style(), skip: Sequence[tuple[int, int]] = (), offset: int = 0
) -> list[Number]:
    """Every figure in `text`, in order; `skip` holds spans that are not figures (dates)."""
    folded = _fold(text)
    taken = [*skip, *(m.span() for m in _MASKED.finditer(text))]
    found = []
    scales: dict[int, float] = {}  # by start: what the scale words multiplied
    for match in _DIGITS.finditer(text):
        start, end = match.span()
        if (
            _inside(start, end, taken)
            or _is_year(folded, end, match.group())
            or _CLOCK.match(folded, end)
            or (not text[:start].strip() and _LIST_MARK.match(text, end))
        ):
            continue
        value = _parse_digits(match.group(), style)
        if value is None and _SCALE_AFTER.match(folded, end):
            # "41.2 millones" in a text that writes "41,2": before a scale word the mark can
            # only be a decimal one, whichever the text uses.
            value = _parse_digits(match.group(), Style(style.lang))
        if value is None:
            continue
        thousand = _THOUSAND_BEFORE.search(folded, 0, start)
        if thousand and not _is_number_word(thousand.group(1) or "", style.lang):
            # "mil 846" is 1846 in Mexico; "16 mil 134" was read from its 16
            value, start = value + 1000, thousand.start("mil")
        value, end, scales[start] = _scaled(folded, value, end)
        value, end = _and_a_half(folded, value, end)
        found.append(_finish(text, folded, value, start, end, taken))
    for start, end, value in _number_words(text, style.lang, taken):
        value, end, scales[start] = _scaled(folded, value, end)
        half = _HALF_BEFORE.search(folded, 0, start)
        if half and folded[start:end] in _SCALES:  # "medio millón": the word alone
            value, start = value / 2, half.start()
        value, end = _and_a_half(folded, value, end)
        found.append(_finish(text, folded, value, start, end, taken))
    for start, end, value in _collective(folded, taken):
        scales[start] = 1.0
        number = _finish(text, folded, value, start, end, taken)
        found.append(replace(number, bound="approx") if number.bound == "exact" else number)
    for start, end, low, high in _vague_amounts(folded, taken):
        scales[start] = 1.0
        number = _finish(text, folded, low, start, end, taken)
        found.append(replace(number, bound=VAGUE, high=high))
    return [
        replace(n, start=n.start + offset, end=n.end + offset)
        for n in _elided(folded, sorted(found, key=lambda n: n.start), scales)
    ]


def _collective(folded: str, taken: list[tuple[int, int]]):
    """(start, end, value) of each collective numeral with its article ("una treintena de
    animales", "a dozen jets"): a round count, read as an approximate figure, so that it
    meets "más de 30 animales"."""
    for match in _COLLECTIVE.finditer(folded):
        start, end = match.span()
        if not _inside(start, end, taken):
            size = float(COLLECTIVE_SIZES[match.group("word")])
            yield start, end, size / 2 if match.group("half") else size


def _vague_amounts(folded: str, taken: list[tuple[int, int]]):
    """(start, end, low, high) of each vague plural no figure before it scales ("tres
    millones" is a figure; "millones de euros" a vague amount)."""
    for match in _VAGUE_AMOUNT.finditer(folded):
        start, end = match.span()
        if _inside(start, end, taken) or re.search(r"\d\s*$", folded[:start]):
            continue
        size = VAGUE_SIZES[match.group("count")] * (
            VAGUE_SIZES[match.group("size")] if match.group("size") else 1
        )
        of = re.match(r"\s+of(?=\s)", folded[end:])  # "thousands of people" counts people
        yield start, end + (of.end() if of else 0), 2.0 * size, 20.0 * size - 1


def canonical_unit(word: str) -> str:
    return _CANONICAL.get(word, word)


def _fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay valid."""
    folded = _ACCENTS.sub("", unicodedata.normalize("NFD", text.lower()))
    if len(folded) == len(text):
        return folded
    return "".join(unicodedata.normalize("NFD", c.lower())[0] for c in text)


def _parse_digits(raw: str, style: Style) -> float | None:
    """The value of a run of digits; None when no locale reads it ("999,999,99")."""
    raw = _GROUPED.sub("", raw)
    marks = [c for c in raw if c in ".,"]
    if not marks:
        return float(raw)
    decimal = style.decimal or _decimal_by_shape(raw, marks)
    first = "en" if style.lang == "en" else _LOCALES[decimal]
    # A figure that breaks the text's own convention is read the other way only when its
    # shape allows nothing else ("3.000.000"); "7.3" in a text that writes "2,5" is a
    # section number or a time, not a decimal.
    others = (_LOCALES[_other(decimal)],) if len(marks) > 1 or not style.decimal else ()
    for locale in dict.fromkeys((first, *others)):
        try:
            return float(parse_decimal(raw, locale=locale, strict=True))
        except NumberFormatError:
            continue
    return None


def _decimal_by_shape(raw: str, marks: list[str]) -> str:
    """The decimal mark a figure shows on its own: the last of two different marks; none
    when one mark repeats ("3.000.000") or stands before exactly three digits ("1.500")."""
    if len(set(marks)) == 2:
        return marks[-1]
    if len(marks) > 1 or _AMBIGUOUS.fullmatch(raw):
        return _other(marks[0])
    return marks[0]


def _other(mark: str) -> str:
    return "," if mark == "." else "."


def _and_a_half(folded: str, value: float, end: int) -> tuple[float, int]:
    """The figure with the half its scale word takes after "y" ("un millón y medio" is
    1.5 million), and its new end; as it was when no scale word ends it."""
    last = _LAST_WORD.search(folded, 0, end)
    half = _AND_A_HALF.match(folded, end)
    if last is None or half is None or last.group(1) not in _SCALES:
        return value, end
    return value + _SCALES[last.group(1)] / 2, half.end()


def _scaled(folded: str, value: float, end: int) -> tuple[float, int, float]:
    """The figure times the scale words after it ("1,5 millones", "mil millones",
    "135-thousand-dollars"), plus the hundreds of the Mexican "901 mil 268"; with its new
    end and the multiplier."""
    multiplier = 1.0
    while scale := re.match(r"(?:\s+|-)([a-z]+)\b", folded[end:]):
        if scale.group(1) not in _SCALES:
            break
        multiplier *= _SCALES[scale.group(1)]
        value *= _SCALES[scale.group(1)]
        end += scale.end()
        rest = re.match(r"\s+(\d{1,3})(?![\d.,])", folded[end:])
        if scale.group(1) == "mil" and rest:
            value += int(rest.group(1))
            end += rest.end()
    return value, end, multiplier


@dataclass(frozen=True)
class _Token:
    """A word as text2num's find_numbers wants it (its Token protocol)."""

    word: str
    start: int
    end: int
    blocked: bool

    def text(self) -> str:
        return _SPELLINGS.get(self.word, self.word)

    def nt_separated(self, previous: _Token) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return self.blocked


def _number_words(text: str, lang: str, taken: list[tuple[int, int]]):
    """(start, end, value) of each cardinal written in words. Ones are left out: "un",
    "una" and "one" are articles and pronouns far more often than counts."""
    words = set(_WORD_OR_DIGITS.findall(text.lower()))
    values = _word_values(lang)
    for word in words.difference(values):
        values[word] = _value_of(word, lang)
    # Mapped in C over the dict: a generator's step per word cost more than it.
    if max(map(values.__getitem__, words), default=0) < 2:
        return  # most sentences: no need to build tokens
    tokens = []
    previous = ""
    for match in _WORD_OR_DIGITS.finditer(text):
        word = match.group().lower()
        blocked = (
            not word.isalpha()
            or _inside(match.start(), match.end(), taken)
            or word in ("unos", "unas")  # "unos tres mil": a hedge, not a one
            or (word in VAGUE_SIZES and not _is_number_word(previous, lang))
            or (word == "ciento" and previous == "por")
        )
        tokens.append(_Token(word, match.start(), match.end(), blocked))
        previous = word
    for found in find_number_words(tokens, lang, threshold=2):
        if found.is_ordinal or found.value < 2 or _in_name(text, tokens, found.start, found.end):
            continue
        yield tokens[found.start].start, tokens[found.end - 1].end, found.value


def _in_name(text: str, tokens: list[_Token], start: int, end: int) -> bool:
    """A capitalised number word before a capitalised word, past the sentence's start, is
    part of a name ("el movimiento Cinco Estrellas", "en Tres Cantos")."""
    at = tokens[start].start
    return (
        end < len(tokens)
        and text[at].isupper()
        and text[tokens[end].start].isupper()
        and bool(text[:at].strip())
    )


_WORDS_KEPT = 1 << 16
_VALUES: dict[str, dict[str, float]] = {}


def _word_values(lang: str) -> dict[str, float]:
    """The values of the words of `lang` seen so far (`_value_of`), emptied past
    `_WORDS_KEPT` words. A plain dict, not a cached function: the early exit of
    `_number_words` looks up every word of every sentence, and a dict's look-up by the word
    alone costs less than a cache's by (word, language)."""
    values = _VALUES.setdefault(lang, {})
    if len(values) > _WORDS_KEPT:
        values.clear()
    return values


def _value_of(word: str, lang: str) -> float:
    """The value of one number word ("mil", "quince"), 0 for any other word."""
    if not word.isalpha():
        return 0
    found = find_number_words([_Token(word, 0, 0, False)], lang, threshold=0)
    return found[0].value if found and not found[0].is_ordinal else 0


def _is_number_word(word: str, lang: str) -> bool:
    values = _word_values(lang)
    if word not in values:
        values[word] = _value_of(word, lang)
    return values[word] > 0


def _finish(
    text: str, folded: str, value: float, start: int, end: int, taken: list[tuple[int, int]]
) -> Number:
    taken.append((start, end))
    age = _age(text, folded, start, end)
    unit, unit_end = (AGE, age) if age is not None else _unit(folded, start, end)
    before = folded[max(0, start - _HEDGE_REACH) : start]
    bound = (
        "max"
        if _DENIED_LOWER.search(before)
        else "min"
        if _LOWER.search(before)
        else "approx"
        if _ESTIMATE_UPTO.search(text[max(0, start - _HEDGE_REACH) : start].lower())
        else "max"
        if _UPPER.search(before)
        else "approx"
        if _APPROX.search(before)
        else "exact"
    )
    return Number(value, unit, text[start : max(end, unit_end)], start, max(end, unit_end), bound)


def _unit(folded: str, start: int, end: int) -> tuple[str | None, int]:
    """The noun a number counts: the word after it ("3.000 estibadores", "20 millones de
    dólares"), the sign before it ("US$64.000"), the word before it for measures
    ("magnitud 6,4"), or the noun of a "número de fallecidos ... asciende a 15" earlier in
    the sentence."""
    percent = re.match(r"\s*(?:%|por ciento\b|por cien\b|percent\b|per cent\b)", folded[end:])
    if percent:
        return "%", end + percent.end()
    sign = re.search(r"(us\$|u\$s|[$€£])\s*$", folded[max(0, start - 4) : start])
    after_sign = re.match(r"\s*€", folded[end:])
    if after_sign:
        return "euros", end + after_sign.end()
    if re.search(r"(magnitud|magnitude)\s+(?:de\s+)?$", folded[max(0, start - 14) : start]):
        return "magnitud", end
    ratio = _RATIO.match(folded, end)  # "1 de cada 8 hombres" counts men
    if ratio:
        return canonical_unit(ratio.group(1)), end
    after = _NOUN_AFTER.match(folded, end)
    if _DIFFERENCE.match(folded, end) or (after and _is_number_word(after.group(1), "es")):
        return None, end
    if after and after.group(1) not in _STOP:
        noun = after.group(1)
        if noun in ("personas", "people"):
            for later in after.groups()[1:]:
                if later and canonical_unit(later) in ("muertos", "heridos"):
                    return canonical_unit(later), after.end()
        return canonical_unit(noun), after.start(1) + len(noun)
    if sign:
        return _CURRENCY_SIGNS[sign.group(1)], end
    counted = _COUNT_NOUN.search(folded, 0, start)
    if counted:
        return canonical_unit(counted.group(1)), end
    return None, end


def _age(text: str, folded: str, start: int, end: int) -> int | None:
    """Where an age set beside a name ends; None when the figure is no such age."""
    after = _AGE_AFTER.match(folded, end)
    if after:
        return after.end()
    before = folded[max(0, start - 20) : start]
    if _AGE_BEFORE.search(before):
        if before.rstrip().endswith("aged"):
            return end
        years = _YEARS_OF_AGE.match(folded, end)
        if years:
            return years.end()
    if _AGE_APPOSITION.search(text, max(0, start - 30), start) and re.match(r"\s*,", text[end:]):
        return end
    return None


def _elided(folded: str, found: list[Number], scales: dict[int, float]) -> list[Number]:
    """What joined figures leave unsaid. A figure without a noun takes the noun of the one
    it is joined to: the one before ("70 pacientes y aloja a 58"), else the one after
    ("hace 30, 40 o 50 años"). A smaller bare figure before a scaled one shares its scale
    ("entre 20 y 50 millones de personas": twenty million)."""
    found = list(found)
    for order in (range(1, len(found)), range(len(found) - 2, -1, -1)):
        for i in order:
            j = i - 1 if order.step == 1 else i + 1
            near, far = sorted((found[i], found[j]), key=lambda n: n.start)
            if not _SHARED_UNIT.fullmatch(folded, near.end, far.start):
                continue
            scale = scales[found[j].start]
            if (
                j > i
                and scales[found[i].start] == 1
                and scale > 1
                and found[i].value * scale < found[j].value
            ):
                found[i] = replace(found[i], value=found[i].value * scale)
            if (
                found[i].unit is None
                and found[j].unit
                and not _DIFFERENCE.match(folded, found[i].end)
            ):
                found[i] = replace(found[i], unit=found[j].unit)
    return found


def _is_year(folded: str, end: int, raw: str) -> bool:
    """A bare four-digit year the date finder did not claim ("anteriores a 1950")."""
    return (
        len(raw) == 4
        and raw.isdigit()
        and 1800 <= int(raw) <= 2100
        and not re.match(r"\s*(?:%|mil|millones)", folded[end:])
    )


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
