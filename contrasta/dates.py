"""Dates in Spanish (and some English) news: metadata values and mentions in running text.

Our own regexes cover the forms news sites actually print, because they are exact and cheap
enough to run on every line of every article. dateparser is only a last resort inside
`parse_date`, and only ever sees short text made solely of date words: on free text it
reads "80°" as 1980 and is a thousand times slower.

A date in running text is resolved only against the article's publication date: "este
domingo" in an article nobody dated stays unresolved (its `value` is None), since the day
of the run says nothing about when the article was written. Metadata values ("Publicado
hace 2 horas") are different: they were printed on the page when it was fetched, so
`parse_date` resolves them against the fetch or ingestion time.

All matching runs on a lower-cased, accent-folded copy of the text (one character for one
character, so positions still point into the original), which lets the tables below hold
plain lower-case spellings only. Folding beats IGNORECASE by far: with it, re can no longer
skip an alternative on its first letter, and finding dates in a line gets several times
slower.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache, partial

from contrasta.i18n import N_, _
from contrasta.reading.gazetteer import fold
from contrasta.reading.speech import SPEECH_VERBS
from contrasta.reading.tense import FUTURE, PAST, tense_at

# Which occurrence a qualifier points at: "este domingo" may be either side of today.
THIS = "this"

# fmt: off
MONTHS: dict[str, int] = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# English writes the month first ("February 3"), so a yearless month-day is a date there.
# "May" is the month only as written so, capitalised (`find_dates`): "may" is a verb.
ENGLISH_MONTHS = frozenset(
    "january february march april may june july august september october november december"
    .split()
)
ENGLISH_MAY = "may"
ENGLISH_MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8,
    "sep": 9, "sept": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12,
    **ENGLISH_MONTH_ABBREVIATIONS,
}
# As written (accents and all), for patterns on unfolded text; `SPANISH_WEEKDAYS` folds them.
SPANISH_WEEKDAY_NAMES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
SPANISH_WEEKDAYS: dict[str, int] = {
    fold(day): number for number, day in enumerate(SPANISH_WEEKDAY_NAMES)
}
# English capitalises its weekdays, so a capital says nothing about them being a name.
ENGLISH_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
WEEKDAYS = {**SPANISH_WEEKDAYS, **ENGLISH_WEEKDAYS}
NUMBER_WORDS: dict[str, float] = {
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21, "veintiuna": 21,
    "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
    "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "cien": 100, "un par de": 2, "media": 0.5, "medio": 0.5,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "a couple of": 2,
}
# Time unit word -> timedelta keyword (or "months"/"years", which timedelta lacks).
UNITS: dict[str, str] = {
    word: unit
    for unit, words in {
        "seconds": "segundo segundos second seconds",
        "minutes": "minuto minutos min mins minute minutes",
        "hours": "hora horas hour hours hr hrs",
        "days": "dia dias day days",
        "weeks": "semana semanas week weeks",
        "months": "mes meses month months",
        "years": "año años year years",
    }.items()
    for word in words.split()
}
# Days counted from the reference day.
RELATIVE_DAYS: dict[str, int] = {
    "hoy": 0, "today": 0, "ayer": -1, "anoche": -1, "yesterday": -1, "anteayer": -2,
    "antier": -2, "antes de ayer": -2, "antes de anoche": -2, "mañana": 1, "tomorrow": 1,
    "pasado mañana": 2, "esta mañana": 0, "esta tarde": 0, "this morning": 0,
    "this afternoon": 0,
}
# Words that say which occurrence of a weekday, month or year is meant.
QUALIFIERS: dict[str, str] = {
    "pasado": PAST, "pasada": PAST, "ultimo": PAST, "ultima": PAST, "last": PAST,
    "proximo": FUTURE, "proxima": FUTURE, "viene": FUTURE, "next": FUTURE,
    "este": THIS, "esta": THIS, "this": THIS,
}
# "el último año" is the last twelve months, not the previous calendar year.
NOT_PERIOD_QUALIFIERS = frozenset({"ultimo", "ultima"})
PERIODS: dict[str, str] = {"año": "years", "year": "years", "mes": "months", "month": "months"}
# Units a span counted from a stated date is written in ("dos años más tarde").
SPAN_UNITS: dict[str, str] = {
    "dia": "days", "dias": "days", "semana": "weeks", "semanas": "weeks", "mes": "months",
    "meses": "months", "año": "years", "años": "years",
}
# Words that may stand between "hace" and the number ("hace unos 20 minutos").
HEDGES = ("mas de", "menos de", "poco mas de", "unos", "unas", "apenas", "casi", "solo",
          "cerca de", "alrededor de", "al menos")
# A bare "de 2024" is a year only when followed by one of these (not "de 2000 personas"), or
# by a word that cannot be counted (`_YEAR_END`).
YEAR_FOLLOWERS = ("y", "e", "o", "u", "a", "al", "en", "que", "con", "se", "el", "la", "los",
                  "las", "por", "para", "fue", "fueron", "hasta", "cuando", "como", "tras",
                  "desde", "sobre", "contra", "ante", "antes", "despues", "durante",
                  # English words ending in "s" that no figure counts ("2019 was", "2018 is"),
                  # verbs of a year as a subject ("2020 marks ten years since…")
                  "is", "was", "has", "as", "marks", "brings", "sees", "begins", "ends",
                  "looks", "promises", "proves", "means", "remains", "seems", "becomes",
                  "starts", "comes", "holds", "shows")
# Words before a month without year that make it a date ("en junio", "a finales de marzo").
MONTH_PREPOSITIONS = ("en", "desde", "hasta", "durante", "para", "entre", "el mes de",
                      "mes de", "a finales de", "a principios de", "a mediados de",
                      "a fines de", "finales de", "principios de", "mediados de", "fines de",
                      "dias de", "in",
                      # English: "since January", "by the end of June", "in early December"
                      "since", "until", "till", "by", "from", "between", "through",
                      "throughout", "during", "early", "late", "the end of", "end of",
                      "the beginning of", "beginning of", "the start of", "start of",
                      "the middle of", "middle of")
# Nouns that number things: a four-digit figure after them is a number, not a year ("la ley
# 1955 de 2019", "el artículo 1902", "el vuelo 2020"); after a capitalised word it is part
# of a name ("Agenda 2030", "Tokio 2020", "Peugeot 2008").
NUMBERED = ("ley", "decreto", "resolucion", "articulo", "art", "numero", "num", "no", "n",
            "nº", "n.º", "codigo", "expediente", "sentencia", "vuelo", "ruta", "linea", "calle",
            "avenida", "carrera", "postal", "kilometro", "km", "pagina", "lote", "habitacion",
            "folio", "tomo", "capitulo", "dorsal", "referencia", "ref", "telefono", "tel")
# Units written short after a figure ("1950 m de altura").
SHORT_UNITS = ("m", "km", "cm", "mm", "kg", "g", "mg", "t", "l", "ml", "mw", "kw", "gw", "kwh",
               "mb", "gb", "tb", "hp", "cv", "cc", "mil", "msnm", "rpm", "x")
# A span counted from the date written before it ("dos años más tarde", "al día
# siguiente"): which way it runs.
COUNTED_AFTER = ("mas tarde", "despues", "siguiente", "posterior")
COUNTED_BEFORE = ("antes", "anterior")
# Words that make a following year unambiguous ("en 2024", "desde 2019", "en todo el 2020",
# "este 2020": an article before a four-digit number is only ever a year's).
YEAR_PREPOSITIONS = ("en", "desde", "hasta", "durante", "el año", "año", "el", "este", "ese",
                     "aquel", "in", "since", "until", "year")
# A capitalised word before a year names something ("Agenda 2030") unless it is one of these
# (a sentence's first word: "Con 2020 llega...", "Hasta 2008 no...").
# English capitalises these only to open a sentence or in a headline's title case ("By 2025,
# the…", "Best Films Of 2019", "Why 2020 Will…"): they name nothing.
ENGLISH_NOT_NAMES = ("the", "a", "an", "by", "after", "before", "through", "throughout", "during",
                     "from", "to", "for", "of", "at", "on", "and", "or", "but", "over",
                     "around", "within", "into", "with", "why", "how", "what", "when", "where",
                     "will", "is", "was")
NOT_NAMES = frozenset(
    (*YEAR_FOLLOWERS, *YEAR_PREPOSITIONS, *ENGLISH_NOT_NAMES, "de", "del", "segun", "hacia",
     "entre", "pero")
)
LABELS = ("publicado", "publicada", "actualizado", "actualizada", "modificado", "creado",
          "fecha", "fecha de publicacion", "fecha de actualizacion", "ultima actualizacion",
          "date", "published", "updated", "modified", "posted", "last updated",
          "publication date")
TIMEZONES = ("cet", "cest", "wet", "west", "gmt", "utc", "z", "est", "edt", "cst", "cdt",
             "pst", "pdt", "art", "cot", "clt", "pet", "brt")
# Extra words allowed in a value handed to dateparser, besides the tables above.
FALLBACK_WORDS = frozenset(
    "de del el la las los a al y en hace que por ago the of on at and in h hs hrs am pm "
    "tarde noche madrugada mediodia medianoche semana primero".split()
)
# fmt: on

# Precisions, coarsest first: what a date written in a text pins down.
YEAR, MONTH, DAY = "year", "month", "day"
PRECISIONS = (YEAR, MONTH, DAY)
# Plausibility window: nothing before this year, nothing more than a year ahead, except a
# year alone in running text, which may be a plan's or a target's ("hasta 2026", "para
# 2050"), up to MAX_YEAR.
MIN_YEAR = 1900
MAX_AHEAD = timedelta(days=366)
MAX_YEAR = 2100
# A day-month without year is taken in the past unless that is further back than this.
MAX_PAST_GUESS = timedelta(days=300)
MAX_MONTHS_BACK = MAX_PAST_GUESS.days // 31
# parse_date takes one value; anything longer is prose and is rejected before any regex.
MAX_VALUE_LENGTH = 120
MAX_FALLBACK_LENGTH = 60


@dataclass(frozen=True)
class DateMention:
    """A date written in a text, kept with the precision it was written with, so that a
    timeline places "en junio de 2024" as a month and not as the 1st of June.

    `value` is None when the expression hangs on a publication date nobody knows ("este
    domingo", "el 23 de diciembre" in an undated article): it is shown as written and
    never placed on a calendar. A clock time written with a day ("ayer a las 18:40")
    stays in `value`; the precision is still the day.
    """

    text: str
    start: int
    end: int
    value: datetime | None
    precision: str  # YEAR | MONTH | DAY

    @property
    def iso(self) -> str | None:
        """ISO 8601 at the written precision: "2024", "2025-09", "2026-01-14"."""
        return None if self.value is None else iso_at(self.value, self.precision)

    @property
    def shown(self) -> str:
        """For a reader: "2024", "septiembre de 2025", "2026-01-14", or the words as
        written when they could not be placed."""
        if self.value is None:
            return self.text + " (" + _(UNRESOLVED) + ")"
        if self.precision == MONTH:
            return _(SHOWN_MONTHS[self.value.month - 1]).format(year=self.value.year)
        return self.iso


UNRESOLVED = N_("no reference date")
# A month of a year as a reader sees it, in the active language ("septiembre de 2025").
SHOWN_MONTHS = (
    N_("January {year}"),
    N_("February {year}"),
    N_("March {year}"),
    N_("April {year}"),
    N_("May {year}"),
    N_("June {year}"),
    N_("July {year}"),
    N_("August {year}"),
    N_("September {year}"),
    N_("October {year}"),
    N_("November {year}"),
    N_("December {year}"),
)
_ISO = {YEAR: "%Y", MONTH: "%Y-%m", DAY: "%Y-%m-%d"}


def iso_at(value: datetime, precision: str) -> str:
    """ISO 8601 cut to a precision: what is not known is not written."""
    return value.strftime(_ISO[precision])


MONTH_NAMES = tuple(next(w for w, n in MONTHS.items() if n == m) for m in range(1, 13))


def _alt(words) -> str:
    """Longest first, so that "sept" is not cut short to "sep"."""
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return "|".join(sorted(escaped, key=len, reverse=True))


# Only the accents Spanish date words carry; folding more would only cost time.
_ACCENTS = (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ü", "u"))


def _fold(text: str) -> str:
    """Lower-case and drop accents, one character for one character.

    Chained str.replace is several times faster than str.translate on non-ASCII text.
    """
    folded = text.lower()
    if len(folded) != len(text):  # "İ" lower-cases to two characters
        folded = "".join(c if len(c.lower()) > 1 else c.lower() for c in text)
    for accented, plain in _ACCENTS:
        folded = folded.replace(accented, plain)
    return folded


_MONTH = rf"(?:(?:{_alt(MONTHS)})\b|(?:{_alt(MONTH_ABBREVIATIONS)})\b\.?)"
_WEEKDAY = rf"(?:{_alt(WEEKDAYS)})\b"
_QUALIFIER = rf"(?:{_alt(q for q in QUALIFIERS if q != 'viene')})"
_PERIOD_QUALIFIER = (
    rf"(?:{_alt(q for q in QUALIFIERS if q != 'viene' and q not in NOT_PERIOD_QUALIFIERS)})"
)
_QUALIFIER_AFTER = r"(?:pasad[oa]|proxim[oa]|que\s+viene)\b"
_NUMBER = rf"(?:\d{{1,3}}|(?:{_alt(NUMBER_WORDS)})(?:\s+y\s+(?:{_alt(NUMBER_WORDS)}))?)"
_UNIT = rf"(?:{_alt(UNITS)})\b"
_DAY = r"(?<![\d.,:])(?:0?[1-9]|[12]\d|3[01])(?:\.?º|°|ª|er|ro|st|nd|rd|th)?(?!\d)"
_AMPM = r"[ap]\.?\s?m\b\.?"
_CLOCK = (
    r"(?:[01]?\d|2[0-3])"
    r"(?::[0-5]\d(?::[0-5]\d(?:\.\d+)?)?|\.[0-5]\d(?=\s*h)|h(?:[0-5]\d)?\b"
    rf"|(?=\s*(?:h|hs|hrs)\b|\s*{_AMPM}))"
    rf"(?:\s*{_AMPM})?(?:\s*(?:hs|hrs|horas|h)\b)?"
    rf"(?:\s*(?:(?:{_alt(TIMEZONES)})\b|[+-]\d{{2}}:?\d{{2}}))?"
)
_TIME = (
    r"(?P<time>(?:\s*[,\-–—|·/]\s*|\s+)"
    rf"(?:(?:a\s+las?|sobre\s+las?|hacia\s+las?|at)\s+)?{_CLOCK})"
)

# What may follow a year written without a preposition that announces one ("de 2024" in
# "las elecciones de 2024 y ...", "para 2020 prevé", not in "de 2000 personas" nor "de 2000
# €"): punctuation, a word of YEAR_FOLLOWERS, or a word of four letters or more not ending
# in "s", which cannot be what a figure above one counts (its noun and adjectives are
# plural; "mil", "km" are short).
_YEAR_END = (
    rf"(?![.,]?\d)(?=\s*(?:[^\w\s%€$£]|$)|\s+(?:{_alt(YEAR_FOLLOWERS)})\b"
    r"|\s+[a-zñ]{3,}[a-rt-zñ]\b)"
)
# After a preposition that announces a year, what it must still not be: a figure with its
# unit or its counted noun ("hasta 2000 euros", "en 2030 ocasiones").
_COUNTED = (
    r"(?:\s*(?:[%€$£]|por\s+ciento\b)"
    rf"|\s+(?!(?:{_alt(YEAR_FOLLOWERS)})\b)[a-zñ]+s\b)"
)
_NOT_COUNTED = rf"(?!{_COUNTED})"
# Nor the year of a day written as ISO 8601 ("el 2026-05-04"): the preposition would
# otherwise take the year and leave the day, which the ISO form reads whole, unread.
_NOT_ISO_DAY = r"(?![-/]\d{1,2}[-/]\d{1,2}(?!\d))"
# Nor the first end of a range of counted things ("de 2000 a 3000 personas").
_NOT_RANGE_COUNTED = rf"(?!\s+(?:y|o|a|al)\s+[\d.,]*\d{_COUNTED})"

# What stands between a month and its year ("junio de 2024", "junio del año 2024",
# "June 2024", "06/2024", "December of 2019").
_TO_YEAR = r"\s*(?:del?\s+(?:año\s+)?|of\s+|[-/,.]\s*)?"
# What joins the two ends of a range of days ("Jan. 12 – April 3, 2020", "Nov. 3-5", "del 12
# de enero al 3 de abril"), or two days listed ("January 7 and 9").
_RANGE_TO = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and|al|hasta(?:\s+el)?|y\s+el)\s+)"
# A range's first end written without the year its last end has: the year of that end
# ("Jan. 12 – April 3, 2020", "Jan 1 – April 2020", "12 January to 3 April 2020").
_RANGE_YEAR_MDY = (
    rf"(?={_RANGE_TO}(?P<mdy_rm>{_MONTH})\s*(?:{_DAY}\s*,?\s*|of\s+|,\s*)?"
    r"(?P<mdy_ry>\d{4})(?!\d))"
)
_RANGE_YEAR_DMY = (
    rf"(?={_RANGE_TO}(?:el\s+)?{_DAY}(?:\s+de\s+|\s+(?:of\s+)?)(?P<dmy_rm>{_MONTH})"
    r"(?:\s+del?\s+|\s*,?\s*)(?P<dmy_ry>\d{4})(?!\d))"
)
# The second day of a range within one month, written without its month ("Nov. 3-5, 2019",
# "January 7 and 9."): only before its year, a punctuation mark or a word that cannot be
# what a figure counts ("Nov. 3 to 5 percent" is no range).
_SECOND_DAY_END = (
    r"(?=\s*,?\s*\d{4}(?!\d)|\s*(?:[.;:)!?]|,(?!\d)|$)"
    r"|\s+(?:in|at|on|and|for|from|with|when|while|the|of|to|as|after|before)\b)"
)

_FORMS = "|".join(
    (
        # 2026-01-14, 2026-01-14T05:01:00+01:00
        r"(?<![\d.,/-])(?P<iso>(?P<iso_y>\d{4})[-/](?P<iso_m>\d{1,2})[-/](?P<iso_d>\d{1,2})"
        r"(?:t(?P<iso_t>\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?)"
        r"(?![\d/-])",
        # 14/01/2026, 14-01-2026, 14.01.2026, 14/01/26
        r"(?<![\d.,/:-])(?P<num>(?P<num_d>\d{1,2})(?P<num_s>[/.-])(?P<num_m>\d{1,2})"
        r"(?P=num_s)(?P<num_y>\d{4}|\d{2}))(?!\d|[.,/-]\d)",
        # [este|pasado] [miércoles,] 14 de enero [de 2026]; 14 ene 2026; 14 January 2026;
        # 6 de mayo, 2020 (not "el 3 de mayo, 2000 personas...")
        rf"(?:el\s+)?(?P<dmy>(?:{_QUALIFIER}\s+)?(?:{_WEEKDAY}\s*,?\s*(?:the\s+)?)?"
        rf"(?P<dmy_d>{_DAY})(?:\s+de\s+|\s*[-/.]\s*|\s+(?:of\s+)?)(?P<dmy_m>{_MONTH})"
        r"(?:(?:\s+del?\s+|\s*[-/.,]\s*|\s+)(?P<dmy_y>\d{4})(?!\d)"
        rf"{_NOT_COUNTED}|{_RANGE_YEAR_DMY})?)",
        # [Wednesday,] January 14, 2026; ene. 14, 2026
        # Nov. 3-5, 2019; January 7 and 9; Jan. 12 – April 3, 2020 (the first end)
        rf"(?P<mdy>(?:{_WEEKDAY}\s*,?\s*)?(?P<mdy_m>{_MONTH})\s*(?P<mdy_d>{_DAY})"
        rf"(?:{_RANGE_TO}(?P<mdy_d2>{_DAY}){_SECOND_DAY_END})?"
        rf"(?:\s*,?\s*(?P<mdy_y>\d{{4}})(?!\d)|{_RANGE_YEAR_MDY})?)",
        # junio de 2024, June 2024
        rf"(?P<my>(?P<my_m>{_MONTH}){_TO_YEAR}(?P<my_y>\d{{4}})(?!\d))",
        # el primer día del 2020, el último día de 2019
        r"(?P<year_day>(?P<year_day_which>primer|ultimo)\s+dia\s+del?\s+(?:año\s+)?"
        r"(?P<year_day_y>\d{4}))(?!\d)",
        # en 2024; las elecciones de 2023 y ...
        rf"(?:{_alt(YEAR_PREPOSITIONS)})\s+(?P<year>\d{{4}})(?![.,]?\d){_NOT_ISO_DAY}{_NOT_COUNTED}",
        rf"(?:del?|para)\s+(?P<year_of>\d{{4}}){_NOT_ISO_DAY}{_YEAR_END}{_NOT_RANGE_COUNTED}",
        # terminó 2020 con..., la carta de 1954 de..., la temporada 2019-2020, mid-2019, the
        # 2019-20 season (its first year: `_year_alone` checks the second) (not after a
        # currency sign: "$ 2000", nor a decade: "the 2000s"; `_year_alone` says when the
        # words before make it a number or a name instead)
        rf"(?:(?<=\d{{4}}[-/])|(?<=\bmid-)|(?<=\bend-)|(?<=\bearly-)|(?<=\blate-)"
        rf"|(?<![\d.,/:$€£#-]))(?<![$€£/]\s)(?P<bare>(?:19|20)\d\d|2100)"
        rf"(?![.,:]?\d|/(?=\d)(?!(?:\d{{4}}|\d\d)(?![\d/]))|s\b"
        rf"|-(?!\d{{4}}(?!\d)|\d\d(?![\d/-]|[.,]\d))"
        rf"|\s+(?:del?\s+\d|\d|(?:{_alt(SHORT_UNITS)})\b))"
        rf"{_NOT_RANGE_COUNTED}{_NOT_COUNTED}",
        # el próximo día 17, el pasado día 3 (not "el día 3 de mayo", which says its month)
        rf"(?:el\s+)?(?P<day_alone>(?:pasado|proximo)\s+dia\s+(?P<day_alone_d>{_DAY}))"
        r"(?!\s+de\b)",
        # hace tres días, 2 hours ago
        rf"(?P<ago>hace\s+(?:(?:{_alt(HEDGES)})\s+)?{_NUMBER}\s+{_UNIT}"
        rf"|{_NUMBER}\s+{_UNIT}\s+ago\b)",
        # ayer, anteayer, hoy (not "hoy en día" nor "a día de hoy": nowadays), esta mañana
        # (today), mañana (not "la mañana", "un mañana")
        rf"(?<!a\sdia\sde\s)(?P<rel>{_alt(r for r in RELATIVE_DAYS if r != 'mañana')}"
        r"|(?<!la\s)(?<!esta\s)(?<!una\s)(?<!cada\s)(?<!media\s)(?<!un\s)(?<!el\s)mañana)\b"
        r"(?!\s+(?:en\s+)?dia\b)",
        # el martes pasado, el próximo lunes, este domingo (not "los martes": every Tuesday;
        # not Santo Domingo)
        rf"(?:(?:el|la)\s+)?(?<!los\s)(?<!cada\s)(?<!santo\s)"
        rf"(?P<weekday>(?:{_QUALIFIER}\s+)?{_WEEKDAY}(?!\s*,?\s*\d)(?:\s+{_QUALIFIER_AFTER})?)",
        # el año pasado, este mes, este mismo año, next year
        # (not "el pasado mes de marzo", which is March, nor "este año 2020", which says it)
        rf"(?:(?:el|la)\s+)?(?P<period>{_PERIOD_QUALIFIER}\s+(?:mism[oa]\s+)?(?:{_alt(PERIODS)})\b"
        r"(?!\s+(?:de\b|\d))"
        rf"|(?:{_alt(PERIODS)})\s+{_QUALIFIER_AFTER})",
    )
)
# dos años más tarde, un día después, al año siguiente (not "dos años antes de las
# elecciones": counted from something else than a date). A pass of its own: a number word
# tried at every word of every line costs more than all the other forms.
_COUNTED_SPAN = (
    rf"(?P<counted>(?:(?P<counted_n>{_NUMBER})\s+(?P<counted_u>{_alt(SPAN_UNITS)})\b"
    rf"|(?:al|el|la)\s+(?P<counted_one>dia|mes|año)\b)"
    rf"\s+(?P<counted_way>{_alt(COUNTED_AFTER + COUNTED_BEFORE)})\b)(?!\s+del?\b)"
)
# A month followed by this says its year in words ("marzo del año pasado").
_YEAR_IN_WORDS = r"\s+del?\s+(?:\w+\s+)?año\b"
# Forms only running text has; a metadata value is never a bare month or a list of days.
_TEXT_FORMS = "|".join(
    (
        # el 14 y 21 de diciembre, del 1 al 3 de marzo de 2020: the first days take the
        # month (and year) of the last
        # (English: 3-5 November 2019, 7 and 9 January)
        rf"(?P<list>(?P<list_d>{_DAY}))(?=(?:\s*,\s*{_DAY})*"
        r"(?:\s*,?\s+(?:y|e|al|a|hasta|and|to|through|until)\s+|\s*[-–]\s*)"
        rf"(?:el\s+|the\s+)?{_DAY}\s+(?:de\s+|of\s+)?(?P<list_m>{_alt(MONTHS)})\b"
        r"(?:(?:\s+del?\s+|\s*,?\s*)(?P<list_y>\d{4})(?!\d))?)",
        # entre 1950 y 1990: both are years when the second one is
        rf"entre\s+(?P<year_from>\d{{4}})(?=\s+y\s+\d{{4}}{_YEAR_END})",
        rf"(?<=\d{{4}}\s)(?<![\d.,]\d{{4}}\s)y\s+(?P<year_and>\d{{4}}){_YEAR_END}",
        # en junio, a finales de marzo, el pasado mes de mayo, en abril próximo (not "en
        # junio de 2024" nor "en marzo del año pasado", which say their year)
        # agosto pasado, el pasado agosto: a qualifier makes a month a date without any
        # preposition
        rf"(?P<month>(?:(?:{_QUALIFIER}\s+)?(?:{_alt(MONTH_PREPOSITIONS)})\s+"
        rf"|(?:pasad[oa]|proxim[oa]|last|next|this)\s+|mid-\s*"
        rf"|(?=(?:{_alt(MONTHS)})\s+{_QUALIFIER_AFTER}))"
        rf"(?P<month_m>{_alt(MONTHS)})\b(?:\s+{_QUALIFIER_AFTER})?)"
        rf"(?!\s*(?:del?\s+|of\s+|[-/,.]\s*)?\d|{_YEAR_IN_WORDS})",
    )
)
# Two passes, each skipped at once when its cue is missing: every alternative costs time at
# every word of every line.
# The three long patterns are compiled on first use: a display loads this module for its
# types (`DateMention`) and never looks for a date.
_compiled = cache(re.compile)
# Where a date may start: every alternative of the three patterns consumes a word's
# character first (a digit or a letter; checked on their parsed form, every branch), so
# a boundary a word ends at starts none, and the lookahead turns it down before the
# pattern's hundreds of alternatives are each tried there. The same matches; the first
# pass, the longest, costs 43% less CPU on the real corpus's paragraphs (1.40 -> 0.80 s).
_WORD_START = r"\b(?=\w)"
_FIND = rf"{_WORD_START}(?:{_FORMS}){_TIME}?"
_FIND_IN_TEXT = rf"{_WORD_START}(?:{_TEXT_FORMS}){_TIME}?"
_FIND_COUNTED = rf"{_WORD_START}{_COUNTED_SPAN}(?P<time>)"
_AGO = ("hace", "ago")
_CUE = re.compile(
    rf"\d|\b(?:{_alt(_AGO)}|{_alt(RELATIVE_DAYS)}|{_alt(WEEKDAYS)}|{_alt(PERIODS)})\b"
)
_TEXT_CUE = re.compile(rf"\b(?:{_alt(MONTHS)})\b|\d{{4}}\s+y\s+\d")
_COUNTED_CUE = re.compile(
    rf"\b(?:{_alt(SPAN_UNITS)})\s+(?:{_alt(COUNTED_AFTER + COUNTED_BEFORE)})\b"
)
# The passes, each run only on a line with its cue; an earlier one wins where they overlap.
_PASSES = ((_CUE, _FIND), (_TEXT_CUE, _FIND_IN_TEXT), (_COUNTED_CUE, _FIND_COUNTED))
# What a cue needs: a digit, or the last word of one of its words or phrases, a whole word
# (between spaces or word boundaries). Most lines have neither, and a look-up of their
# words in a set costs less than the cues' long alternations (`_matches`).
_DIGIT = re.compile(r"\d")
_CUE_WORDS = frozenset(
    key.split()[-1]
    for table in (_AGO, RELATIVE_DAYS, WEEKDAYS, PERIODS, MONTHS, SPAN_UNITS)
    for key in table
)
_PARSE = (
    rf"(?:(?:{_alt(LABELS)})\b(?:\s+(?:el|on|en))?\s*[:\-–—|]?\s*)?"
    r"(?:(?:en|on|in|desde|since)\s+)?"
    rf"(?:{_FORMS}|(?P<bare_year>\d{{4}})"
    rf"|(?:(?:a\s+las?|at)\s+)?(?P<clock>{_CLOCK})){_TIME}?[\s.,;]*"
)
# Months listed after a month alone ("en julio y agosto", "entre marzo y mayo"): each is
# a month of its own. Not "hasta", which announces a month alone itself.
_MONTH_AFTER = re.compile(
    rf"(?:\s*[,–—-]\s*|\s+(?:y|e|o|u|a|al|and|or|to|through|until|till)\s+)"
    rf"(?P<month>{_alt(MONTHS)})\b"
)
# The year written after the last month of such a list belongs to all of them.
_LIST_YEAR = re.compile(rf"{_TO_YEAR}(?P<year>\d{{4}})(?!\d)")
_SAYS_YEAR = re.compile(_YEAR_IN_WORDS)
_CLOCK_PARTS = re.compile(r"(\d{1,2})(?:[:.h](\d{2}))?(?::(\d{2}))?")
_PM = re.compile(r"p\.?\s?m\b")
_AM = re.compile(r"a\.?\s?m\b")
_AGO_PARTS = re.compile(rf"\b({_NUMBER})\s+({_UNIT})")
_WORD = re.compile(r"[^\W\d_]+")
_FALLBACK_SHAPE = re.compile(r"[\w\s.,:/-]+")
# "hoy en día" (nowadays) is made of date words too: a bare relative day is no anchor.
_FALLBACK_ANCHORS = frozenset([*MONTHS, *WEEKDAYS, "hace", "ago"])
_FALLBACK_VOCABULARY = frozenset(
    word
    for table in (
        MONTHS,
        MONTH_ABBREVIATIONS,
        WEEKDAYS,
        NUMBER_WORDS,
        UNITS,
        RELATIVE_DAYS,
        QUALIFIERS,
        PERIODS,
        FALLBACK_WORDS,
    )
    for key in table
    for word in key.split()
)


def _modal_may(text: str, match: re.Match[str], form: str) -> bool:
    """Whether the month a match reads is "may" written in lower case, or opening a
    question ("May I…"): the English verb, not the month, which English capitalises; or
    right after a capitalised word that is no preposition or qualifier ("Theresa May", not
    "Last May", "In May"): a surname. An English month alone in lower case is a verb, a
    noun or an adjective ("to march", "this august body")."""
    group = f"{form}_m"
    if group not in match.re.groupindex:
        return False
    if form == "month" and match[group] in ENGLISH_MONTHS:
        # "to march", "this august body": English writes its months capitalised
        return not text[match.start(group)].isupper() or _named_may(text, match, group)
    if match[group] != ENGLISH_MAY:
        return False
    return _named_may(text, match, group)


# Capitalised words after which "May" is the month ("In May", "Last May", "Monday, May 4").
_NOT_SURNAMED = frozenset(
    (*WEEKDAYS, *NOT_NAMES, *QUALIFIERS, *(w for p in MONTH_PREPOSITIONS for w in p.split()))
)


def _named_may(text: str, match: re.Match[str], group: str) -> bool:
    if match[group] != ENGLISH_MAY:
        return False
    at = match.start(group)
    before = text[max(0, at - 30) : at].split()
    named = bool(before) and before[-1][:1].isupper() and _fold(before[-1]) not in _NOT_SURNAMED
    # "Theresa May": a surname after a capitalised word
    return text[at] != "M" or text[at + 3 : at + 5] in (" I", " i") or named


def parse_date(text: str, base: datetime | None = None) -> datetime | None:
    """Read one metadata value or line fragment, refusing anything that is not plausible.

    `base` is when the page was read (fetch or ingestion time; now when not given): a
    stamp printed on a page ("hace 2 horas") is relative to the moment it was fetched.
    Prose is rejected by length and by an anchored regex before anything costly runs;
    only short values made of date words alone fall through to dateparser.
    """
    text = text.strip()
    if not text or len(text) > MAX_VALUE_LENGTH:
        return None
    base = datetime.now() if base is None else _naive(base)
    folded = _fold(unicodedata.normalize("NFC", text))
    match = _compiled(_PARSE).fullmatch(folded)
    if match is not None:
        found = _resolve(match, _form(match), base, strict=False, tense=None)
        return found[0] if found else None
    return _fallback(folded, base)


def find_dates(
    text: str, base: datetime | None = None, lang: str | None = None
) -> list[DateMention]:
    """Date mentions in running text, for timelines: each keeps the precision it was written
    with, so "en junio de 2024" is not mistaken for the 1st of June.

    `base` is the article's publication time, None when it is unknown. Without it,
    whatever hangs on it ("ayer", "este domingo", "hace tres días", "el 23 de diciembre")
    is returned unresolved (value None) instead of being resolved from the day of the
    run, which would place an undated article's events on invented days. A weekday or a
    day without year looks back or ahead as the verb nearest it does (`reading.tense`):
    "llegó este domingo" is the Sunday on or before publication, "se reunirá el domingo"
    the one after.

    Stricter than parse_date, since prose is full of numbers: a date without a year needs
    its month spelt out in day-month order ("3 mar" may be the sea), a two-digit year needs
    slashes, a lone year must not be a figure, a numbered thing's number or part of a name
    ("unas 2000", "la ley 1955", "Agenda 2030"), and clock times count only when attached
    to a day. Impossible or implausible dates are dropped, not reported. A span counted
    from a date ("dos años más tarde") counts from the one written last before it, even
    without a base; a day counted from the moment of speaking, in speech reported in the
    past in a sentence that dates itself elsewhere, stays unresolved (`_retold`).

    `lang` "en" leaves a numeric day that both orders read ("01/02/2020") unresolved:
    American writers put the month first, British ones the day; Spanish (any other
    `lang`) writes the day first.
    """
    folded = _fold(text)
    base = None if base is None else _naive(base)
    mentions: list[DateMention] = []
    stated: list[DateMention] = []  # those that carry their own year
    for match in _matches(folded):
        form = _form(match)
        if _modal_may(text, match, form):
            continue
        if form in ("rel", "weekday") and _named(text, match.start(), *match.span(form)):
            continue
        if form in _YEAR_FORMS and not _year_alone(text, folded, form, match.start(form)):
            continue
        tense = tense_at(text, *match.span(form)) if base and _leans(match, form) else None
        found = _resolve(match, form, base, strict=True, tense=tense)
        if found:
            value, precision, start, end = found
            if form == "num" and lang == "en" and _either_order(match):
                value = None
            month_of = _MONTH_OF_YEAR.search(folded, max(0, start - 30), start)
            if (
                month_of
                and precision == YEAR
                and not text[start].isdigit()
                and (month_of["d"] or not _UNREAD_DAY.search(text, 0, month_of.start("m")))
            ):
                # "en agosto del año pasado": that month of the year the words count to
                # (unresolved without a base, as the year is)
                value, precision, start = _month_of_year(month_of, value)
                if mentions and mentions[-1].end > start and mentions[-1] not in stated:
                    mentions.pop()  # "12 de mayo" read before without its year
            if value is not None and _leans(match, form) and form != "weekday":
                lean = _lean(_words(match[form]), tense)
                value = _written_again(value, precision, mentions, lean, base)
            if form == "counted":
                value = _counted_from(match, precision, mentions[-1] if mentions else None)
            elif value is not None and form in _DEICTIC and _retold(text, start, stated, base):
                value = None
            mentions.append(DateMention(text[start:end], start, end, value, precision))
            if _states_year(match, form) and value is not None:
                stated.append(mentions[-1])
            if form == "mdy" and match["mdy_d2"]:
                mentions[-1:] = _two_days(text, match, mentions[-1])
            if form == "bare" and (short := _short_year(folded, match.end(form))):
                start = mentions[-1].start
                mentions[-1] = replace(mentions[-1], text=text[start:short], end=short)
            if form == "month":
                mentions[-1:] = [
                    m
                    for m in _listed_months(text, folded, match, mentions[-1])
                    if m.value is None or _plausible(m.value, MONTH, base, strict=True)
                ]
    return mentions


# A month right before the year it is of, when that year is counted from the moment of
# writing ("agosto del| año pasado", "marzo de| este año").
_MONTH_OF_YEAR = re.compile(
    rf"\b(?:(?P<d>[0-3]?\d|primero)\s+de\s+)?(?P<m>{_alt(MONTHS)})\s+del?\s+$"
)
# Forms that are a year alone, and forms that count from the moment of writing.
_YEAR_FORMS = frozenset({"year", "year_of", "bare"})
_DEICTIC = frozenset({"rel", "weekday", "period", "ago"})
_DECADE = re.compile(r"(?:decada\s+del?|años|los)\s+$")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# Endings of the preterite and the imperfect of the verbs of saying ("señaló", "dijo",
# "contaron", "decía"): speech told in the past; "dice", "indica", "ha explicado" tell it
# now.
_PAST_ENDINGS = tuple("ó aron ieron eron aba aban ía ían ijo uvo uso izo".split())
# Forms whose date carries its own year (a day or month with one written after it too).
_STATED_FORMS = frozenset("iso num my year year_of bare year_day year_from year_and".split())
# Before a year alone: a hedge or a noun that numbers things makes it a figure.
# A range of years whose second is written short ("the 2019-20 season", "2015-19"): both are
# read when the second runs forward from the first and cannot be a month; "2019-12" may be
# December, "2001-03" March or three years (in a list of years, the timeline bench placed a
# fact spanning them all by it): neither year is read.
_SHORT_NEXT = re.compile(r"[-–/](\d\d)(?!\d)")
_HYPHEN_SHORT = re.compile(r"-(\d\d)(?!\d)")
# A school, season or fiscal year written with a slash ("el curso 2019/2020", "the 2019/20
# season"): both years are read only when the second follows the first.
_SLASH_BEFORE = re.compile(r"(\d{4})/$")
_SLASH_AFTER = re.compile(r"/(\d{4}|\d\d)(?!\d)")
# A fiscal year is no calendar year ("fiscal 2019", "FY2019", "the 2019 fiscal year", "el año
# fiscal 2019": it may run from October or April); `FISCAL_BEFORE` is sought in folded text
# (the timeline's facts dated by such a year are passed over with it).
FISCAL_BEFORE = re.compile(r"\b(?:fiscal(?:\s+year)?|fy)\s*$")
_FISCAL_AFTER = re.compile(r"(?:-\d\d)?\s+fiscal\b")
_NUMBER_BEFORE = re.compile(rf"(?:^|[^\w.º])(?:{_alt(HEDGES)}|{_alt(NUMBERED)})\s+$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


# A day written so that it cannot be read ("el 31º de", a masked "*NUMBER* de") before a
# month: the date is a day no one can give, so the year counted stands alone, as before.
_UNREAD_DAY = re.compile(r"(?:^|\s)(?:\S*[^\w\s]\S*|\d\S*)\s+de\s+$")


def _month_of_year(
    month_of: re.Match[str], year: datetime | None
) -> tuple[datetime | None, str, int]:
    """(value, precision, start) of a month, or a day and month, written before a year
    counted from now ("el primero de enero del| año pasado"); an impossible day ("31 de
    abril") leaves the month."""
    month = MONTHS[month_of["m"]]
    if month_of["d"]:
        day = 1 if month_of["d"] == "primero" else int(month_of["d"])
        try:
            datetime(2000, month, day)  # a leap year: "29 de febrero" may exist
        except ValueError:
            pass
        else:
            try:
                value = year and year.replace(month=month, day=day)
            except ValueError:  # 29 de febrero of a common year
                return year and year.replace(month=month), MONTH, month_of.start("m")
            return value, DAY, month_of.start("d")
    return year and year.replace(month=month), MONTH, month_of.start("m")


def _year_alone(text: str, folded: str, form: str, start: int) -> bool:
    """Whether a four-digit figure read as a year alone is one. Not in a decade ("la década
    de 1960", "los 2000": no year to place it at), nor, when no preposition announced it,
    after a hedge ("unas 2000"), a noun that numbers things ("la ley 1955", "el artículo
    1902") or a capitalised word, which makes it part of a name ("Agenda 2030", "Tokio
    2020")."""
    if _DECADE.search(folded, max(0, start - 12), start):
        return False
    if form != "bare" and FISCAL_BEFORE.search(folded, max(0, start - 15), start):
        return False  # "in fiscal year 2019"
    if form != "bare":
        return True
    if FISCAL_BEFORE.search(folded, max(0, start - 15), start) or _FISCAL_AFTER.match(
        folded, start + 4
    ):
        return False
    year = int(folded[start : start + 4])
    before = _SLASH_BEFORE.search(folded, max(0, start - 5), start)
    after = _SLASH_AFTER.match(folded, start + 4)
    if (before and int(before[1]) + 1 != year) or (
        after and int(after[1]) % 100 != (year + 1) % 100
    ):
        return False  # "2019/12", "1999/2005": no school or season year
    short = _HYPHEN_SHORT.match(folded, start + 4)
    if short and not (int(short[1]) > 12 and int(short[1]) > year % 100):
        return False  # "2001-03", "2019-12": a range of years or a month, unsure

    if _NUMBER_BEFORE.search(folded, max(0, start - 30), start):
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return not (word and word[1][0].isupper() and _fold(word[1]) not in NOT_NAMES)


def _states_year(match: re.Match[str], form: str) -> bool:
    """Whether a date carries its own year, so that it dates what is told around it."""
    if form in ("dmy", "mdy", "list"):
        return _with_year(match, form)
    return form in _STATED_FORMS


def _with_year(match: re.Match[str], form: str) -> bool:
    """Whether a day and month is written with a year, its own or its range's."""
    return bool(match[f"{form}_y"] or match.groupdict().get(f"{form}_ry"))


def _written_again(
    value: datetime,
    precision: str,
    mentions: list[DateMention],
    lean: str | None,
    base: datetime | None,
) -> datetime:
    """A day and month, or a month, without year that this text already dated ("el 7 de
    febrero" after "el domingo 7 de febrero de 2021"; "desde marzo" after "en marzo del
    año pasado") is the same day or month again: the year of its latest earlier mention
    at the same precision, not one guessed afresh from the publication date. A month
    whose own words or verb look the other way from that one is another ("se aprobó en
    marzo de 2019; entrará en vigor el próximo marzo")."""
    for earlier in reversed(mentions):
        if (
            earlier.value is not None
            and earlier.precision == precision
            and earlier.value.month == value.month
            and (precision != DAY or earlier.value.day == value.day)
        ):
            again = value.replace(year=earlier.value.year)
            if precision == MONTH and base is not None and lean is not None:
                ahead = _add_months(again, 1) > base
                if (lean == FUTURE) != ahead:
                    return value
            return again
    return value


def _counted_from(
    match: re.Match[str], precision: str, anchor: DateMention | None
) -> datetime | None:
    """A span counted from the date written last before it ("En 2010 se casaron. Dos años
    más tarde..."), at the precision of its unit; None when that date is unknown or coarser
    ("en 2010... un día después": no day to count from)."""
    if anchor is None or anchor.value is None:
        return None
    if PRECISIONS.index(anchor.precision) < PRECISIONS.index(precision):
        return None
    step = 1 if match["counted_way"] in COUNTED_AFTER else -1
    amount = int(_number(match["counted_n"])) if match["counted_n"] else 1
    unit = SPAN_UNITS[match["counted_u"] or match["counted_one"]]
    if unit == "years":
        return datetime(anchor.value.year + step * amount, 1, 1)
    if unit == "months":
        return _add_months(anchor.value, step * amount)
    return _midnight(anchor.value) + timedelta(**{unit: step * amount})


def _retold(text: str, start: int, stated: list[DateMention], base: datetime | None) -> bool:
    """Whether a day or period counted from the moment of speaking ("ayer", "el domingo",
    "este año") lies in speech reported in the past tense, in a sentence that dates the
    speaking elsewhere than at the publication ("En diciembre de 2020, la revista señaló
    que este año...", "Según relató en 2016, el domingo..."): its anchor is then that past
    moment, which the sentence gives too coarsely to count from, so it is left
    unresolved."""
    if base is None or not stated:
        return False
    last = stated[-1]
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    if last.start < sentence_start or _covers(last, base):
        return False
    words = _WORD.findall(text[sentence_start:start].lower())
    verbs = SPEECH_VERBS["es"]
    return any(
        (w in verbs.finite and w.endswith(_PAST_ENDINGS))
        or (w in verbs.participles and before in ("había", "habían"))
        for before, w in zip(["", *words], words, strict=False)
    )


def _covers(mention: DateMention, moment: datetime) -> bool:
    """Whether a stated date is the publication's own (its year, month or day)."""
    cut = {YEAR: 4, MONTH: 7, DAY: 10}[mention.precision]
    return mention.iso == moment.isoformat()[:cut]


def _short_year(folded: str, end: int) -> int | None:
    """Where a range of years written short after a year read alone ends ("2019-20",
    "2019/20"): one expression, dated by its first year, as a season is named (a list of
    years such ranges stand in is read by the timeline as one, `timeline._YEAR_LIST_AFTER`)."""
    short = _SHORT_NEXT.match(folded, end)
    if not short:
        return None
    first = int(folded[end - 4 : end])
    second = first - first % 100 + int(short[1])
    if not (first < second and (int(short[1]) > 12 or short[0][0] == "/")):
        return None
    return short.end(1)


def _either_order(match: re.Match[str]) -> bool:
    """Whether a numeric day reads as another day with day and month swapped."""
    day, month = int(match["num_d"]), int(match["num_m"])
    return day != month and day <= 12 and month <= 12


def _two_days(text: str, match: re.Match[str], whole: DateMention) -> list[DateMention]:
    """A range of days in one month read as one match ("Nov. 3-5, 2019", "January 7 and
    9"): its first day, with the month, and its second, with the year when one is
    written; one mention when the second day is not after the first."""
    first = int(re.match(r"\d+", match["mdy_d"]).group())
    second = int(re.match(r"\d+", match["mdy_d2"]).group())
    if second <= first:
        return [whole]
    value = whole.value
    if value is not None:
        try:
            value = value.replace(day=second)
        except ValueError:  # "Feb. 27-30"
            return [whole]
    cut, start = match.end("mdy_d"), match.start("mdy_d2")
    return [
        DateMention(text[whole.start : cut], whole.start, cut, whole.value, whole.precision),
        DateMention(text[start : whole.end], start, whole.end, value, whole.precision),
    ]


def _listed_months(
    text: str,
    folded: str,
    match: re.Match[str],
    first: DateMention,
) -> list[DateMention]:
    """A month alone (`first`) and the months listed after it ("en julio y agosto"): the
    first read by its qualifier and tense, each next one the first such month after the
    one before (a list runs forward: "entre noviembre y enero"). A list that ends with a
    year ("en julio y agosto de 2020") gives them all that year, its last month being the
    first pass's own; one that ends with its year in words ("del año pasado") is left to
    that period, as a month alone is."""
    listed, end = [], match.end("month")
    while after := _MONTH_AFTER.match(folded, end):
        listed.append(after)
        end = after.end()
    if not listed:
        return [first]
    year = _LIST_YEAR.match(folded, end)
    if year:
        listed.pop()
    elif _SAYS_YEAR.match(folded, end):
        return []
    months = [MONTHS[match["month_m"]], *(MONTHS[m["month"]] for m in listed)]
    if year:
        values = [datetime(int(year["year"]), month, 1) for month in months]
    elif first.value is None:
        values = [None] * len(months)
    else:
        values = [first.value]
        for month in months[1:]:
            values.append(_add_months(values[-1], (month - values[-1].month) % 12))
    spans = [(first.start, first.end), *(m.span("month") for m in listed)]
    return [
        DateMention(text[start:end], start, end, value, MONTH)
        for (start, end), value in zip(spans, values, strict=True)
    ]


def _matches(folded: str) -> list[re.Match[str]]:
    """Matches of all passes in text order; an earlier pass wins where they overlap."""
    found: list[re.Match[str]] = []
    if not _DIGIT.search(folded) and _CUE_WORDS.isdisjoint(_WORD.findall(folded)):
        return found  # no cue can match
    for cue, pattern in _PASSES:
        if cue.search(folded):
            taken = [m.span() for m in found]
            found += [
                m
                for m in _compiled(pattern).finditer(folded)
                if not any(m.start() < end and start < m.end() for start, end in taken)
            ]
    found.sort(key=lambda m: m.start())
    return found


_NAME_WORDS = frozenset(k for k in (*SPANISH_WEEKDAYS, *RELATIVE_DAYS) if " " not in k)
_SENTENCE_OPENERS = tuple(".!?¿¡:;\"'«“‘(-—–\n")


# Words that make an English weekday after them a day of its own, not the nearest such
# weekday: "Black Friday" (the one after Thanksgiving), "Cyber Monday", "Good Friday".
# English capitalises every weekday, so the capital cannot tell these apart.
_DAY_NAME_BEFORE = re.compile(r"\b(?:black|cyber|good|super|giving|easter|palm|ash|maundy)\s+$")


def _named(text: str, begin: int, start: int, end: int) -> bool:
    """A day word capitalised inside a sentence is part of a name, not a date: "El Mundo
    Today", "el Domingo de Ramos", "Viernes Santo"; so is an English weekday a word before
    names ("Black Friday deals", "il black Friday")."""
    if _DAY_NAME_BEFORE.search(_fold(text[max(0, start - 12) : start])):
        return True
    capitalised = any(
        w.istitle() and _fold(w) in _NAME_WORDS for w in _WORD.findall(text[start:end])
    )
    before = text[:begin].rstrip()
    return capitalised and bool(before) and not before.endswith(_SENTENCE_OPENERS)


def _naive(moment: datetime) -> datetime:
    """An aware time is read as the wall clock where it was written."""
    return moment.replace(tzinfo=None)


def _form(match: re.Match[str]) -> str:
    return next(k for k, v in match.groupdict().items() if v is not None and k in _HANDLERS)


def _leans(match: re.Match[str], form: str) -> bool:
    """Whether the date needs a direction: a weekday, a month alone, or a day and month
    without year."""
    return form in ("weekday", "month") or (
        form in ("dmy", "mdy", "list") and not _with_year(match, form)
    )


Found = tuple[datetime | None, str]  # value (None: needs the unknown base), precision


def _resolve(
    match: re.Match[str], form: str, base: datetime | None, strict: bool, tense: str | None
) -> tuple[datetime | None, str, int, int] | None:
    """(value, precision, start, end) for whichever form matched, or None when that date
    does not exist or is implausible."""
    start, end = match.span(form)
    try:
        found = _HANDLERS[form](match, base, strict, tense)
    except ValueError:  # 31 de febrero, month 13, hour 25...
        return None
    if found is None:
        return None
    value, precision = found
    time = match.group("time")
    if time and precision == DAY:
        end = match.end("time")
        if value is not None:
            value = _with_clock(value, time)
    if value is not None and not _plausible(value, precision, base, strict):
        return None
    return value, precision, start, end


def why_refused(text: str, base: datetime | None = None) -> str:
    """Why `parse_date` gave no date for a stamp a source stated, in the active language:
    the first reason of `refusal`, else a day it could not read."""
    return refusal(text, base) or _("not a day that exists, or not one contrasta reads")


def refusal(text: str, base: datetime | None = None) -> str | None:
    """Why a stamp is no plausible publication day, in the active language, the first reason
    that applies in this order: no such day in the calendar (month 13, 31 February), whatever
    its year; then a year outside the plausibility window (`out_of_window`). None
    when neither is known to apply (a form contrasta does not read)."""
    if no_such_day(text, base):
        return _("no such day in the calendar")
    return out_of_window(text, base)


def no_such_day(text: str, base: datetime | None = None) -> bool:
    """Whether `text` has the shape of a date `parse_date` reads but names no day of the
    calendar ("3026-13-45", "31 de febrero de 2026"); its year plays no part."""
    text = text.strip()
    if not text or len(text) > MAX_VALUE_LENGTH:
        return False
    base = datetime.now() if base is None else _naive(base)
    folded = _fold(unicodedata.normalize("NFC", text))
    match = _compiled(_PARSE).fullmatch(folded)
    if match is None:
        return False
    form = _form(match)
    try:
        found = _HANDLERS[form](match, base, False, None)
        if found is not None and found[0] is not None and match.group("time"):
            _with_clock(found[0], match.group("time"))
    except ValueError:
        return True
    return False


def out_of_window(text: str, base: datetime | None = None) -> str | None:
    """Why a stamp's written year is no plausible publication year (before MIN_YEAR, or
    more than MAX_AHEAD after `base`), in the active language; None when no year is."""
    years = [int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", text)]
    if any(y < MIN_YEAR for y in years):
        return _("dated before {min_year}").format(min_year=MIN_YEAR)
    latest = (base or datetime.now()) + MAX_AHEAD
    if any(y > latest.year for y in years):
        return _("dated more than a year after the article was read")
    return None


def _plausible(value: datetime, precision: str, base: datetime | None, strict: bool) -> bool:
    """Not before MIN_YEAR, not more than MAX_AHEAD past the base. Without a base the
    clock bounds what is plausible ("el año 3026"); it never resolves anything. A year
    alone in running text may be further ahead, up to MAX_YEAR: press dates plans and
    targets by their year. A page's own stamp (`strict` False) never is."""
    if value.year < MIN_YEAR:
        return False
    if strict and precision == YEAR:
        return value.year <= MAX_YEAR
    return value <= (base or datetime.now()) + MAX_AHEAD


def _iso(match: re.Match[str], base: datetime | None, strict: bool, tense: str | None) -> Found:
    value = datetime(int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"]))
    if match["iso_t"]:
        return _with_clock(value, match["iso_t"]), DAY
    return value, DAY


def _numeric(
    match: re.Match[str], base: datetime | None, strict: bool, tense: str | None
) -> Found | None:
    year = int(match["num_y"])
    month, day = int(match["num_m"]), int(match["num_d"])
    if month > 12 and day <= 12:  # "12/25/2019": only the American month-first order reads it
        month, day = day, month
    if len(match["num_y"]) == 2:
        if strict and match["num_s"] != "/":  # "versión 1.2.10" is no date
            return None
        if base is None:  # the century is read from the base
            _exists(month, day)
            return None, DAY
        year += 2000 if 2000 + year <= base.year + 1 else 1900
    return datetime(year, month, day), DAY


def _day_month(
    match: re.Match[str], base: datetime | None, strict: bool, tense: str | None, form: str
) -> Found | None:
    month_word = match[f"{form}_m"]
    year = match[f"{form}_y"]
    range_year = match.groupdict().get(f"{form}_ry")
    if not year and range_year:  # "Jan. 12 – April 3, 2020": the year the range ends in
        later = _month(match[f"{form}_rm"]) < _month(month_word)  # "Dec. 28 – Jan. 3, 2020"
        year = str(int(range_year) - later)
    # In Spanish prose a yearless "mayo 5" or "3 mar" is more often something else.
    # English abbreviates a month before its day with a full stop ("Jan. 6", "Sept. 30").
    abbreviated = (
        form == "mdy"
        and month_word.endswith(".")
        and month_word[:-1] in ENGLISH_MONTH_ABBREVIATIONS
    )
    month_first = form == "mdy" and month_word not in ENGLISH_MONTHS and not abbreviated
    if strict and not year and (month_first or (month_word not in MONTHS and not abbreviated)):
        return None
    month = _month(month_word)
    day = int(re.match(r"\d+", match[f"{form}_d"]).group())
    if year:
        return datetime(int(year), month, day), DAY
    if base is None:
        _exists(month, day)
        return None, DAY
    words = _words(match[form])
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    return _guess_year(month, day, weekday, _lean(words, tense), base), DAY


def _exists(month: int, day: int) -> None:
    """Raise ValueError for a day and month no year has (a leap year is tried)."""
    datetime(2000, month, day)


def _month_year(
    match: re.Match[str], base: datetime | None, strict: bool, tense: str | None
) -> Found | None:
    # A bare abbreviation: "mar" is also the sea, "may" an English verb.
    if strict and match["my_m"] not in MONTHS and not match["my_m"].endswith("."):
        return None
    return datetime(int(match["my_y"]), _month(match["my_m"]), 1), MONTH


def _year(
    match: re.Match[str], base: datetime | None, strict: bool, tense: str | None, form: str
) -> Found:
    return datetime(int(match[form]), 1, 1), YEAR


def _month_alone(
    match: re.Match[str], base: datetime | None, strict: bool, tense: str | None
) -> Found:
    """A month without year ("en junio"): the latest one up to the month of publication
    when the qualifier or the sentence looks back, the next one from it when it looks
    ahead ("el próximo mes de marzo", "se votará en marzo"). Otherwise
    the latest, unless that is most of a year back, as for a day without year."""
    if base is None:
        return None, MONTH
    month = MONTHS[match["month_m"]]
    back = (base.month - month) % 12
    words = _words(match["month"])
    lean = _lean(words, tense)
    if lean is None and words[:1] == ["para"]:
        lean = FUTURE  # "anuncia un brote para diciembre": a month set as a target is ahead
    if lean == FUTURE or (lean is None and back > MAX_MONTHS_BACK):
        return _add_months(base, (month - base.month) % 12), MONTH
    return _add_months(base, -back), MONTH


def _ago(
    match: re.Match[str], base: datetime | None, strict: bool, tense: str | None
) -> Found | None:
    number, unit_word = _AGO_PARTS.search(match["ago"]).groups()
    amount = _number(number)
    unit = UNITS[unit_word]
    if unit in ("months", "years") and amount != int(amount):
        return None  # "hace medio año": no month to point at
    precision = {"months": MONTH, "years": YEAR}.get(unit, DAY)
    if base is None:
        return None, precision
    if unit in ("seconds", "minutes", "hours"):
        value = base - timedelta(**{unit: amount})
        return value.replace(second=0, microsecond=0), DAY
    if unit in ("days", "weeks"):
        return _midnight(base - timedelta(**{unit: amount})), DAY
    if unit == "months":
        return _add_months(base, -int(amount)), MONTH
    return datetime(base.year - int(amount), 1, 1), YEAR


def _relative_day(
    match: re.Match[str], base: datetime | None, strict: bool, tense: str | None
) -> Found:
    if base is None:
        return None, DAY
    days = RELATIVE_DAYS[" ".join(_words(match["rel"]))]
    return _midnight(base) + timedelta(days=days), DAY


def _weekday(match: re.Match[str], base: datetime | None, strict: bool, tense: str | None) -> Found:
    """The weekday the qualifier or, failing one, the tense points at. By the tense it may
    be the day of publication itself ("informaron el miércoles", written on a Wednesday,
    is that day: agencies write so); after "pasado" or "próximo" it is another week.
    With neither (present tense, no verb) the nearer one, at most two days ahead: news
    reports more than it announces."""
    if base is None:
        return None, DAY
    words = _words(match["weekday"])
    weekday = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
    qualified = _qualifier(words) in (PAST, FUTURE)
    ahead = (weekday - base.weekday()) % 7
    lean = _lean(words, tense)
    if lean == PAST:
        days = -((7 - ahead) % 7 or (7 if qualified else 0))
    elif lean == FUTURE:
        days = ahead or (7 if qualified else 0)
    else:
        days = ahead if ahead <= 2 else ahead - 7
    return _midnight(base) + timedelta(days=days), DAY


def _period(match: re.Match[str], base: datetime | None, strict: bool, tense: str | None) -> Found:
    words = _words(match["period"])
    unit = next(PERIODS[w] for w in words if w in PERIODS)
    precision = YEAR if unit == "years" else MONTH
    if base is None:
        return None, precision
    step = {PAST: -1, FUTURE: 1}.get(_qualifier(words), 0)
    if unit == "years":
        return datetime(base.year + step, 1, 1), precision
    return _add_months(base, step), precision


def _year_day(
    match: re.Match[str], base: datetime | None, strict: bool, tense: str | None
) -> Found:
    year = int(match["year_day_y"])
    if match["year_day_which"] == "primer":
        return datetime(year, 1, 1), DAY
    return datetime(year, 12, 31), DAY


def _counted(match: re.Match[str], base: datetime | None, strict: bool, tense: str | None) -> Found:
    """The precision only: the value is counted from the date before it (`_counted_from`)."""
    unit = SPAN_UNITS[match["counted_u"] or match["counted_one"]]
    return None, {"years": YEAR, "months": MONTH}.get(unit, DAY)


def _day_alone(
    match: re.Match[str], base: datetime | None, strict: bool, tense: str | None
) -> Found:
    """A day of the month without its month: the first such day after the base ("el
    próximo día 17"), or the latest before it ("el pasado día 3")."""
    day = int(re.match(r"\d+", match["day_alone_d"]).group())
    if base is None:
        return None, DAY
    ahead = "proximo" in match["day_alone"]
    today = _midnight(base)
    month = _add_months(base, 0)  # the 1st of the base's month
    for _month in range(12):
        if day <= calendar.monthrange(month.year, month.month)[1]:
            value = month.replace(day=day)
            if (value >= today) if ahead else (value < today):
                return value, DAY
        month = _add_months(month, 1 if ahead else -1)
    raise ValueError("no such day")


def _clock_only(
    match: re.Match[str], base: datetime | None, strict: bool, tense: str | None
) -> Found:
    return _with_clock(_midnight(base), match["clock"]), DAY


# Named group of each form (outermost first in the pattern) -> what it means.
_HANDLERS = {
    "iso": _iso,
    "num": _numeric,
    "dmy": partial(_day_month, form="dmy"),
    "mdy": partial(_day_month, form="mdy"),
    "my": _month_year,
    "year": partial(_year, form="year"),
    "year_of": partial(_year, form="year_of"),
    "bare": partial(_year, form="bare"),
    "year_day": _year_day,
    "counted": _counted,
    "day_alone": _day_alone,
    "ago": _ago,
    "rel": _relative_day,
    "weekday": _weekday,
    "period": _period,
    "bare_year": partial(_year, form="bare_year"),
    "clock": _clock_only,
    "list": partial(_day_month, form="list"),
    "year_from": partial(_year, form="year_from"),
    "year_and": partial(_year, form="year_and"),
    "month": _month_alone,
}


def _guess_year(
    month: int, day: int, weekday: int | None, lean: str | None, base: datetime
) -> datetime:
    """A day-month without year: the latest on or before the base when the sentence looks
    back, the first on or after it when it looks ahead. Otherwise news mostly looks
    back, so the latest past occurrence, unless that is most of a year ago, in which case
    the coming one is meant. A written weekday ("el martes 13 de enero") settles it when
    only one nearby year fits."""
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidates.append(datetime(year, month, day))
        except ValueError:  # 29 de febrero
            continue
    fitting = [c for c in candidates if c.weekday() == weekday]
    if fitting:
        candidates = fitting
    today = _midnight(base)
    past = [c for c in candidates if c <= today]
    future = [c for c in candidates if c >= today]
    if lean == PAST and past:
        return past[-1]
    if lean == FUTURE and future:
        return future[0]
    if past and (today - past[-1] <= MAX_PAST_GUESS or not future):
        return past[-1]
    if future:
        return future[0]
    raise ValueError("no such day near the reference year")


def _with_clock(day: datetime, text: str) -> datetime:
    hour, minute, second = (int(g) if g else 0 for g in _CLOCK_PARTS.search(text).groups())
    if _PM.search(text) and hour < 12:
        hour += 12
    elif _AM.search(text) and hour == 12:
        hour = 0
    return day.replace(hour=hour, minute=minute, second=second)


def _month(word: str) -> int:
    key = word.rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def _number(text: str) -> float:
    key = " ".join(text.split())
    if key.isdigit():
        return int(key)
    if key in NUMBER_WORDS:
        return NUMBER_WORDS[key]
    return sum(NUMBER_WORDS[w] for w in key.split() if w != "y")  # "treinta y cinco"


def _qualifier(words: list[str]) -> str | None:
    return next((QUALIFIERS[w] for w in words if w in QUALIFIERS), None)


def _lean(words: list[str], tense: str | None) -> str | None:
    """A written "pasado" or "próximo" wins over the tense of the verb."""
    qualifier = _qualifier(words)
    return qualifier if qualifier in (PAST, FUTURE) else tense


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _midnight(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def _add_months(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 + months
    return datetime(index // 12, index % 12 + 1, 1)


def _fallback(folded: str, base: datetime) -> datetime | None:
    """Hand a short value to dateparser only if every word in it is a date word, so it
    never sees prose, degree signs or stray numbers it would turn into a year."""
    if len(folded) > MAX_FALLBACK_LENGTH or not _FALLBACK_SHAPE.fullmatch(folded):
        return None
    words = _words(folded)
    if not any(w in _FALLBACK_ANCHORS for w in words):
        return None
    if not all(w in _FALLBACK_VOCABULARY for w in words):
        return None
    # dateparser puts a lone month or weekday in the future half the time; news looks back.
    if not any(c.isdigit() for c in folded) and "hace" not in words and "ago" not in words:
        return None
    import dateparser  # slow to import and rarely needed

    value = dateparser.parse(
        folded,
        languages=["es", "en"],
        settings={"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"},
    )
    if value is None:
        return None
    value = value.replace(tzinfo=None)
    if value.year < MIN_YEAR or value > base + MAX_AHEAD:
        return None
    return value


# How long before the story's first dated article a fact's date (the last day of the year or
# month it is written with) must end for the fact to be background. Articles recall the
# history behind their news (the earlier strike, the law in dispute, the first trial) with
# its dates, and nothing in the sentence tells such a recalled fact from the story's own:
# the reading's background clauses hold almost none of them (bench/real_timeline.py). Its
# day does: on the timeline bench's dev entries of stories with a dated article, those
# placed more than a month before it were read background 30 times, right 4, wrong 7; those
# within a month or after, right 69, background 8, wrong 15. A story with no dated article
# has no such line: none of its entries is background. The cross-check draws the same line
# per article: a claim dated wholly before it tells another occasion (`align`).
BACKGROUND_DAYS = 31


def ends_before(when: DateMention, day: date) -> bool:
    """Whether the year, month or day a date is written with ends before `day`."""
    if when.value is None:
        return False
    last = when.value.date()
    if when.precision == YEAR:
        last = date(last.year, 12, 31)
    elif when.precision == MONTH:
        last = date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
    return last < day
