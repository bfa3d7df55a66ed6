"""Noise that is information: lines that leave the body but become metadata.

A "Publicado: …" stamp, a leaning meter pasted from an aggregator or an APA citation at the
foot of a rewritten article say when the piece appeared, how it was framed and where it
came from. Reading them is worth more than dropping them, but they are not article text.

Dates are parsed by `contrasta.dates.parse_date`, which may fall back to dateparser (slow),
so it only sees the date part of lines whose whole shape a regex here has recognised. The
shapes are strict on purpose: "Publicado el 12 de enero, el informe fue criticado." is a
sentence, not a stamp, and stays in the article.

Pattern strings are kept raw (readable, with accents and plain spaces) and go through
`loosen` exactly once, when compiled; literal spaces never appear inside [...] classes.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime

from contrasta.clean.repeats import normalise
from contrasta.clean.rules import (
    AGENCY_AS_WRITTEN,
    DROP_TRAILER,
    EXTRACT,
    MASTHEAD,
    PAPER_NAME,
    Rule,
    loosen,
)
from contrasta.dates import (
    ENGLISH_WEEKDAYS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    SPANISH_WEEKDAY_NAMES,
    parse_date,
)
from contrasta.i18n import N_
from contrasta.model import CoverageMeter, Reference
from contrasta.patterns import longest_first


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(loosen(pattern), re.IGNORECASE)


_LEAD = r"[\s•·|>»*]*"
# Month names ("may" is English's full name and Spanish's abbreviation), then abbreviations.
_MONTH_NAMES = sorted([*MONTHS, "may"], key=longest_first)
_MONTH_ABBREVIATIONS = sorted(MONTH_ABBREVIATIONS.keys() - _MONTH_NAMES, key=longest_first)
_MONTH = rf"(?:{'|'.join(_MONTH_NAMES)}|(?:{'|'.join(_MONTH_ABBREVIATIONS)})\.?)"
_WEEKDAY = (
    rf"(?:{'|'.join([*SPANISH_WEEKDAY_NAMES, *ENGLISH_WEEKDAYS])}"
    r"|(?:lun|mar|mié|jue|vie|sáb|dom|mon|tue|wed|thu|fri|sat|sun)\.?(?=,))"
)
_CLOCK = (
    r"(?:(?:a las |a la |at )?(?:\d{1,2}[:.]\d{2}(?::\d{2})?|\d{1,2}h\d{2})"
    r"(?: ?(?:h|hs|hrs|horas|am|pm|a\. ?m\.|p\. ?m\.))?)"
)
_ZONE = r"(?: ?\(?(?-i:[A-Z]{2,5}(?:[+-]\d{1,2})?)\)?)?"


def _date_shape(year: str) -> str:
    """A written date; `year` is '' or '?' to make the year of word dates optional."""
    return (
        rf"(?:{_WEEKDAY},? )?(?:"
        rf"\d{{1,2}} (?:de )?{_MONTH}(?:,? (?:de |del )?\d{{4}}){year}"
        rf"|{_MONTH} \d{{1,2}}(?:,? \d{{4}}){year}"
        r"|\d{4}-\d{2}-\d{2}(?:(?:T| )\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
        r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
        rf"(?: ?[,|·–-]? ?{_CLOCK}{_ZONE})?"
    )


_AGO = (
    r"(?:hace (?:\d{1,3}|un|una|unos|unas) (?:segundos?|minutos?|min|horas?|h|días?|semanas?"
    r"|mes|meses|años?)"
    r"|\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago)"
)
_RELATIVE = rf"(?:{_AGO}|(?:hoy|ayer|today|yesterday)(?:,? {_CLOCK})?)"
_STAMP_DATE = rf"(?P<date>{_date_shape('?')}|{_RELATIVE})"

DATE_PREFIX = _compile(rf"{_STAMP_DATE}(?=[\s,;]|$)")
"""A date at the start of a value, with whatever follows it left alone."""
_DATE_KEYWORD_LINE = _compile(rf"{_LEAD}(?:fecha|dated|date)\b ?:? ?{_STAMP_DATE}[\s.,;]*$")
# Alone on a line a date needs its year, and "Hoy" or "Ayer" do not count: they may be
# section headings. A site may print the kind of piece after the date, one word in lower
# case ("October 22, 2019 report", "12 de enero de 2026 análisis"): still the stamp.
_KIND_LABEL = r"(?: ?[|·•]? ?(?-i:[a-z\u00e0-\u00fc]{3,12}))"
_BARE_DATE_LINE = _compile(rf"{_LEAD}(?P<date>{_date_shape('')}|{_AGO}){_KIND_LABEL}?[\s.,;]*$")

_PUBLISHED_WORD = (
    r"(?:publicad[oa]|actualizad[oa]|modificad[oa]|última (?:actualización|modificación)"
    r"|fecha de (?:publicación|actualización)"
    r"|(?:first |originally )?published|(?:last )?updated|posted|last modified)"
)
# One stamp; a line may chain several ("Publicado: X | Actualizado: Y").
_PUBLISHED_STAMP = _compile(
    rf"{_PUBLISHED_WORD}(?: (?:el|on))? ?[:–-]? ?{_STAMP_DATE}[\s|·•.,;–-]*"
)
_PUBLISHED_START = _compile(rf"{_LEAD}{_PUBLISHED_WORD}\b")
_UPDATED_START = _compile(
    rf"{_LEAD}(?:actualizad[oa]|modificad[oa]|última (?:actualización|modificación)"
    r"|fecha de actualización|(?:last )?updated|last modified)\b"
)

_LEANING = (
    r"(?:extrema (?:izquierda|derecha)|centro ?-?(?:izquierda|derecha)|izquierda|derecha"
    r"|centro|progresistas?|conservador(?:es|as|a)?|liberal(?:es)?"
    r"|(?:far|lean|center|centre) ?-?(?:left|right)|left|right|center|centre"
    r"|progressives?|conservatives?|liberals?)"
)
_SHARE = r"\d{1,3}(?:[.,]\d{1,2})?"
_METER_ITEM = _compile(rf"(?P<label>{_LEANING}) ?:? ?(?P<share>{_SHARE}) ?%")
_METER_LINE = _compile(
    rf"{_LEAD}(?:(?:cobertura|sesgo|coverage|bias)(?: [a-z]+)? ?: ?)?"
    rf"(?:{_LEANING} ?:? ?{_SHARE} ?%[\s|·•,;/-]*){{2,8}}$"
)

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_APA = re.compile(
    r"(?P<pre>[^()]{2,200}?\.)\s*"
    r"\((?P<date>\d{4}[a-z]?(?:,\s*[^()]{1,30})?|s\.\s?f\.|n\.\s?d\.)\)\.\s+"
    r"(?P<post>\S.{0,500})$",
    re.IGNORECASE,
)
_RETRIEVED = re.compile(
    r"\s*(?:recuperado de|disponible en|retrieved from|available at)\s*:?\s*$", re.IGNORECASE
)
_INITIALS = r"(?:\s*[^\W\d_]\.(?:\s?-?[^\W\d_]\.)*)"
_SURNAME = r"[^\W\d_][\w'’ -]{0,40}"
_PERSON_AUTHOR = re.compile(
    rf"{_SURNAME},{_INITIALS}(?:,?\s*(?:&|y|and)?\s*{_SURNAME},{_INITIALS})*"
    r"(?:,?\s*(?:et al\.|y otros\.?))?"
)
# Title and outlet are separated by ". "; "EE. UU." and initials must not split them.
_SEGMENT_END = re.compile(r"(?<=[.?!])(?<!\b[A-Z]\.)(?<!\b[A-Z]{2}\.)\s+")
_DAY = re.compile(r"\b(\d{1,2})\b")
_MONTH_WORD = _compile(rf"\b({_MONTH})")

_TRAILER_HEADING = _compile(
    r"[\s•·|>»*#]*(?:referencias?(?: bibliográficas?)?|bibliografía|fuentes?(?: consultadas?)?"
    r"|obras citadas|references?|sources?|bibliography|works cited)[\s:.]*$"
)
# Names are matched case-sensitively: capitals are what tells "Por Ana Gil" from prose.
_NAME_WORD = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’.-]*"
_NAME = rf"{_NAME_WORD}(?: (?:(?:de|del|la|las|los|da|van|von) ){{0,2}}{_NAME_WORD}){{0,4}}"
_OUTLET_AFTER = (
    rf"(?: ?[|/–—,-] ?{_NAME_WORD}(?: (?:de|del|la|las|los|el|y|en|{_NAME_WORD})){{0,5}})"
)
_BY = r"(?:[Pp]or|POR|[Bb]y|BY|[Ee]scrito por|[Tt]exto|[Rr]edacción|[Ff]irma|[Aa]utora?)"
_BYLINE = re.compile(
    rf"{_LEAD}(?:{_BY} ?:? ?"
    rf"(?P<author>{_NAME}(?:(?:, | y | e | and | & ){_NAME}){{0,3}}){_OUTLET_AFTER}?"
    # A person and the outlet they write for, with no "Por": two to four capitalised words,
    # a bar, the outlet ("Ana Gil – Pedro Ruiz" is a cast list, not a byline).
    rf"|(?P<person>{_NAME_WORD}(?: (?:(?:de|del|la) )?{_NAME_WORD}){{1,3}})"
    rf"(?= ?\|){_OUTLET_AFTER}"
    r"|(?:[Ee]-?mail: ?)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[\s.]*$"
)
_SOURCE_LINE = _compile(
    rf"{_LEAD}\(?(?:fuentes? ?:|con información de|con información de las agencias"
    r"|información de|with (?:information|reporting) from|source ?:) ?(?P<source>[^.:]{2,80}?)"
    r"\)?[\s.]*$"
)
# A byline that also prints when the piece was published or updated, after a bar, a dot or
# a dash ("Por Ana Gil | Actualizado 12/08/2026 09:14", "Ana Gil - 12 de agosto de 2026"):
# the byline as `_BYLINE` reads it, the stamp as a published line or a date line would.
_SEPARATOR = r" ?[|·•–—,-] ?"
_STAMPED_BYLINE = _compile(
    rf"(?P<byline>.+?){_SEPARATOR}"
    rf"(?P<stamp>{_PUBLISHED_WORD}\b.+|{_date_shape('')})[\s.]*$"
)
# A masthead that prints the day beside the paper's name, in either order ("LA VOZ DEL
# PUERTO | Martes, 12 de agosto de 2026"): the name as `rules.PAPER_NAME` or the stated
# outlet tells it. The day is the edition's or the day the page was read, not the article's:
# it dates nothing.
_DAY_OF_MASTHEAD = rf"(?P<date>{_date_shape('')})"
_DATED_MASTHEAD = (
    _compile(rf"{_LEAD}(?P<name>[^|·•–—]{{2,60}}?){_SEPARATOR}{_DAY_OF_MASTHEAD}[\s.]*$"),
    _compile(rf"{_LEAD}{_DAY_OF_MASTHEAD}{_SEPARATOR}(?P<name>[^|·•–—]{{2,60}}?)[\s.]*$"),
)
# A wire dateline on a line of its own: the city in capitals (or none), the day, and the
# agency that filed the dispatch in brackets, as agencies print it above or before the lead
# ("MADRID, 14 ago. (EFE)", "14 Ago. (Andina) -"). Only known agencies count: a bracket
# after a date may hold anything else in prose.
_CITY_WORD = r"[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE.'-]+"
_DATELINE_CITY = rf"(?-i:{_CITY_WORD}(?: {_CITY_WORD}){{0,3}})"
_DATELINE = re.compile(
    loosen(rf"{_LEAD}(?:{_DATELINE_CITY},? )?(?P<date>{_date_shape('?')}) ?\( ?")
    + rf"(?-i:{AGENCY_AS_WRITTEN})"
    + loosen(r" ?\)[\s.:–—-]*$"),
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_LIST_MARK = re.compile(r"(?:[-*•·–]|\d{1,2}[.)]|\[\d{1,3}\])\s+(?=\S)")


DATE_LINE = Rule(
    id="date-line",
    description=N_(
        "A line that only gives a date (fecha: 12/01/2026); read as the publication time."
    ),
    patterns=(_DATE_KEYWORD_LINE, _BARE_DATE_LINE),
    action=EXTRACT,
    max_len=90,
)
PUBLISHED_LINE = Rule(
    id="published-line",
    description=N_(
        "Published/updated stamp (Publicado: 14 de enero de 2026, 05:01); the first "
        "publication stamp is read as the publication time, an update stamp only when "
        "nothing else dates the article."
    ),
    patterns=(_PUBLISHED_STAMP,),
    action=EXTRACT,
    max_len=200,
)
COVERAGE_METER = Rule(
    id="coverage-meter",
    description=N_(
        "Leaning meter pasted from an aggregator (Izquierda 20% Centro 50% Derecha 30%); "
        "kept as the article's meter."
    ),
    patterns=(_METER_LINE,),
    action=EXTRACT,
    max_len=200,
)
APA_REFERENCE = Rule(
    id="apa-reference",
    description=N_(
        "APA citation of the original source (Autor, A. (2026, enero 9). Título. Medio. "
        "URL); kept as a reference."
    ),
    patterns=(_APA,),
    action=EXTRACT,
    max_len=700,
)
REFERENCE_TRAILER = Rule(
    id="reference-trailer",
    description=N_(
        "Reference list closing the article (a Referencias/Fuentes heading and the "
        "entries under it); each entry is kept as a reference."
    ),
    patterns=(_TRAILER_HEADING,),
    action=DROP_TRAILER,
    max_len=40,
)
REFERENCE_LABEL = Rule(
    id="reference-label",
    description=N_(
        "A Referencia:/Fuente: label alone on its line, whose reference below was read as metadata."
    ),
    patterns=(_TRAILER_HEADING,),
    action=DROP_TRAILER,
    max_len=40,
)
SOURCE_LINE = Rule(
    id="source-line",
    description=N_(
        "The article's source credit on a line of its own (Fuente: agencias, Con información "
        "de EFE); kept as a reference."
    ),
    patterns=(_SOURCE_LINE,),
    action=EXTRACT,
    max_len=100,
)
BYLINE = Rule(
    id="byline",
    description=N_(
        "The author's byline (Por Ana Gil | Madrid, Ana Gil | El Diario, the newsroom's "
        "e-mail); read as the article's author, and a stamp printed after it "
        "(| Actualizado 12/08/2026 09:14) as a published line's."
    ),
    patterns=(_BYLINE, _STAMPED_BYLINE),
    action=EXTRACT,
    max_len=200,
)
DATELINE = Rule(
    id="dateline",
    description=N_(
        "A wire dateline alone on its line (MADRID, 14 ago. (EFE)): where, when and by which "
        "agency the dispatch was filed; its date is read as the publication time when it "
        "gives the year."
    ),
    patterns=(_DATELINE,),
    action=EXTRACT,
    max_len=90,
)
METADATA_RULES: tuple[Rule, ...] = (
    DATE_LINE,
    PUBLISHED_LINE,
    COVERAGE_METER,
    APA_REFERENCE,
    SOURCE_LINE,
    BYLINE,
    DATELINE,
)


# How sites print a stamp that the date parser reads once rewritten: a weekday abbreviation
# before the date, "12h55", "06:28 p. m.", a dash or a comma where a space would do.
_REWRITES = tuple(
    (_compile(pattern), replacement)
    for pattern, replacement in (
        (r"^(?:lun|mar|mié|jue|vie|sáb|dom|mon|tue|wed|thu|fri|sat|sun)\.?, ?", ""),
        (r"(?<=\d)h(?=\d{2}\b)", ":"),
        (r"(?<=[a-z]{3})\.?, (?=\d{4})", " "),
        (r" [-–|] (?=\d{1,2}:)", " "),
        (r" (?-i:(?![AP]M$)[A-Z]{2,5})$", ""),
    )
)
_TWELVE_HOUR = _compile(r"\b(\d{1,2}):(\d{2}) ?([ap])\. ?m\.")


def _twenty_four(match: re.Match[str]) -> str:
    hour = int(match[1]) % 12 + (12 if match[3].lower() == "p" else 0)
    return f"{hour:02d}:{match[2]}"


_CLOCK_VALUE = re.compile(r"(?<![\d:])(\d{1,2})[:h](\d{2})\b")


def read_stamp(text: str, base: datetime | None = None) -> datetime | None:
    """The time a stamp gives, also in the printed forms the date parser does not read
    (rewritten first: a form it cannot read would go to its slow fallback). A stamp with an
    impossible time of day (30:42) gives none."""
    clock = _CLOCK_VALUE.search(text)
    if clock and (int(clock[1]) > 23 or int(clock[2]) > 59):
        return None
    rewritten = _TWELVE_HOUR.sub(_twenty_four, text)
    for pattern, replacement in _REWRITES:
        rewritten = pattern.sub(replacement, rewritten)
    return parse_date(rewritten, base)


@dataclass(frozen=True)
class Found:
    """What a metadata line said; `published` is None when its date did not parse, and
    `updated` tells an update stamp, which dates the article only when nothing else does."""

    rule: Rule
    published: datetime | None = None
    updated: bool = False
    meter: CoverageMeter | None = None
    reference: Reference | None = None
    author: str | None = None
    dated_as: str | None = None  # the rule whose reading of dates gave `published`, if not `rule`


def extract(line: str, base: datetime | None = None) -> Found | None:
    """Read `line` (stripped) as a metadata line, or return None if it is not one.

    A line shaped like a date is removed even when the date does not parse:
    "Fecha: 31/02/2026" is debris either way, just not a usable time.
    """
    if len(line) <= PUBLISHED_LINE.max_len and _PUBLISHED_START.match(line):
        dates = _stamp_dates(line)
        if dates:
            updated = bool(_UPDATED_START.match(line))
            return Found(PUBLISHED_LINE, published=read_stamp(dates[0], base), updated=updated)
    if len(line) <= DATE_LINE.max_len:
        match = _DATE_KEYWORD_LINE.match(line) or _BARE_DATE_LINE.match(line)
        if match:
            return Found(DATE_LINE, published=read_stamp(match["date"].strip(), base))
    if "%" in line and (meter := read_meter(line)) is not None:
        return Found(COVERAGE_METER, meter=meter)
    if ")." in line and (reference := read_apa(line)) is not None:
        return Found(APA_REFERENCE, reference=reference)
    if len(line) <= SOURCE_LINE.max_len and _SOURCE_LINE.match(line):
        return Found(SOURCE_LINE, reference=Reference(raw=line))
    if len(line) <= _BYLINE_ALONE and (byline := _BYLINE.match(line)) is not None:
        return Found(BYLINE, author=byline["author"] or byline["person"])
    if len(line) <= BYLINE.max_len and (stamped := _stamped_byline(line, base)) is not None:
        return stamped
    if len(line) <= DATELINE.max_len and (dateline := _DATELINE.match(line)) is not None:
        date = dateline["date"].strip()
        published = read_stamp(date, base) if _YEAR.search(date) else None
        return Found(DATELINE, published=published, dated_as=DATE_LINE.id)
    if len(line) <= MASTHEAD.max_len and PAPER_NAME.match(dated_masthead(line) or "."):
        return Found(MASTHEAD)
    return None


_BYLINE_ALONE = 100  # a byline alone; one with a stamp after it may be longer


# What every stamp `_STAMPED_BYLINE` reads holds: a digit (each date shape writes one) or
# a published word, compiled as the pattern compiles it. The pattern tries a separator at
# every position of every line up to BYLINE.max_len; most lines have neither, and looking
# for these first costs less than the pattern (`_may_be_stamped`).
_DIGIT = re.compile(r"\d")
_PUBLISHED_ANYWHERE = _compile(rf"{_PUBLISHED_WORD}\b")


def _may_be_stamped(line: str) -> bool:
    """False only for a line `_STAMPED_BYLINE` cannot match: no digit and no published
    word."""
    return _DIGIT.search(line) is not None or _PUBLISHED_ANYWHERE.search(line) is not None


def _stamped_byline(line: str, base: datetime | None) -> Found | None:
    """A byline with a publication or update stamp after it; the stamp is read as a
    published line's (an update dates the article only when nothing else does)."""
    if not _may_be_stamped(line):
        return None
    match = _STAMPED_BYLINE.match(line)
    if match is None or len(match["byline"]) > _BYLINE_ALONE:
        return None
    byline = _BYLINE.match(match["byline"])
    if byline is None:
        return None
    stamp = match["stamp"].strip()
    author = byline["author"] or byline["person"]
    if _PUBLISHED_START.match(stamp):
        dates = _stamp_dates(stamp)
        if not dates:
            return None
        updated = bool(_UPDATED_START.match(stamp))
        published = read_stamp(dates[0], base)
        return Found(BYLINE, published, updated, author=author, dated_as=PUBLISHED_LINE.id)
    return Found(BYLINE, read_stamp(stamp, base), author=author, dated_as=DATE_LINE.id)


def dated_masthead(line: str) -> str | None:
    """The name part of a line that prints a name and a day beside it, separated by a bar,
    a dot or a dash (LA VOZ DEL PUERTO | Martes, 12 de agosto de 2026); None for any other
    line. Whether the name is the paper's is for the caller to tell."""
    if len(line) > MASTHEAD.max_len:
        return None
    for pattern in _DATED_MASTHEAD:
        if (match := pattern.match(line)) is not None:
            return match["name"].strip()
    return None


def _stamp_dates(line: str) -> list[str]:
    """Date parts of every stamp on the line; empty unless stamps fill the whole line."""
    dates = []
    position = len(line) - len(line.lstrip(" •·|>»*"))
    while position < len(line):
        match = _PUBLISHED_STAMP.match(line, position)
        if match is None:
            return []
        dates.append(match["date"].strip())
        position = match.end()
    return dates


def read_meter(line: str) -> CoverageMeter | None:
    """A leaning meter, but only if its shares add up to about 100."""
    if len(line) > COVERAGE_METER.max_len or not _METER_LINE.match(line):
        return None
    shares = {
        match["label"].strip(): float(match["share"].replace(",", "."))
        for match in _METER_ITEM.finditer(line)
    }
    if len(shares) < 2 or not 90 <= sum(shares.values()) <= 110:
        return None
    return CoverageMeter(shares=shares, raw=line)


def read_apa(line: str) -> Reference | None:
    """Parse an APA news citation: `Author. (date). Title. Outlet. URL`.

    Without a person as author, APA puts the title first (`Title. (date). Outlet.`) but
    scrapers also write `Outlet. (date). Title.`; when the URL's host names one of the two,
    that one is the outlet.
    """
    if len(line) > APA_REFERENCE.max_len:
        return None
    match = _APA.match(line)
    if not match:
        return None
    post = match["post"]
    urls = _URL.findall(post)
    url = urls[-1].rstrip(".,;)") if urls else None
    post = _RETRIEVED.sub("", _URL.sub("", post)).strip()
    segments = [s.strip().rstrip(".") for s in _SEGMENT_END.split(post) if s.strip(" .")]
    if (not segments and url is None) or len(segments) > 3:
        return None
    if any(len(segment) > 250 for segment in segments):
        return None
    pre = match["pre"].strip()
    if _PERSON_AUTHOR.fullmatch(pre):
        author, title, outlet = pre, _nth(segments, 0), _nth(segments, 1)
    elif len(segments) >= 2:
        author, title, outlet = pre.rstrip("."), segments[0], segments[1]
    else:
        author, title, outlet = None, pre.rstrip("."), _nth(segments, 0)
        if url and outlet and _names_host(title, url) and not _names_host(outlet, url):
            title, outlet = outlet, title
    return Reference(
        raw=line,
        outlet=outlet,
        author=author,
        published=_apa_date(match["date"]),
        title=title,
        url=url,
    )


def _nth(items: list[str], index: int) -> str | None:
    return items[index] if len(items) > index else None


def _host_key(url: str) -> str:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/", 1)[0]
    return normalise(host).replace(" ", "")


def _names_host(name: str, url: str) -> bool:
    folded = normalise(name).replace(" ", "")
    return len(folded) >= 4 and folded in _host_key(url)


_ARTICLE = re.compile(r"^(?:el|la|los|las|diario|periodico|the) ")


class OutletName:
    """Tells a line that only prints the outlet's name (EL CORREO DE LA COSTA): a masthead.

    The name is known from the source's stated outlet or from its web address; an article
    or "Diario" in front does not matter ("El Heraldo" is heraldo.example's name). A page
    also prints its name in its own furniture: the newsroom's e-mail in the byline
    (redaccion@heraldo.example) and the newsroom signing ("Redacción El Heraldo"); `learn`
    reads those from a byline.
    """

    def __init__(self, outlet: str | None, url: str | None) -> None:
        self.keys = {_compact(outlet)} - {""} if outlet else set()
        self.hosts = {_host_key(url)} - {""} if url else set()

    def names(self, line: str) -> bool:
        if not (self.keys or self.hosts) or len(line) > 60:
            return False
        key = _compact(line)
        return key in self.keys or (len(key) >= 6 and any(key in host for host in self.hosts))

    def learn(self, byline: str) -> bool:
        """Take the outlet's name from a byline line; whether anything new was learnt."""
        before = len(self.keys) + len(self.hosts)
        if (email := _EMAIL.search(byline)) is not None:
            self.hosts.add(_host_key(email["host"]))
        if (newsroom := _NEWSROOM.match(byline)) is not None:
            self.keys.add(_compact(newsroom["name"]))
        self.keys.discard("")
        self.hosts.discard("")
        return len(self.keys) + len(self.hosts) > before


_EMAIL = re.compile(r"[\w.+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)")
# "Redacción El Heraldo": two words or more ("Redacción Madrid" names a desk, not the outlet).
_NEWSROOM = re.compile(
    rf"{_LEAD}[Rr]edacci[oó]n ?:? ?(?P<name>{_NAME_WORD}"
    rf"(?: (?:(?:de|del|la|las|los|el|y) ){{0,2}}{_NAME_WORD}){{1,5}})[\s.]*$"
)


def _compact(name: str) -> str:
    return _ARTICLE.sub("", normalise(name)).replace(" ", "")


def _apa_date(text: str) -> datetime | None:
    """A citation date with a day; a year or a month alone is too vague to date an article."""
    year, rest = text[:4], text[4:]
    day, month = _DAY.search(rest), _MONTH_WORD.search(rest)
    if not (year.isdigit() and day and month):
        return None
    return parse_date(f"{day[1]} {month[1]} {year}")


def trailer_lines(lines: list[str]) -> dict[int, Reference | None]:
    """Positions of a reference trailer: its heading, then each entry under it.

    Only a heading in the second half of the article counts, and only when at least one
    reference-like line (URL, APA citation, list item) follows it; the trailer ends at the
    first line that is not one. Each entry maps to the Reference it gives (at least its
    raw text and any URL); the heading maps to None.
    """
    filled = [i for i, line in enumerate(lines) if line]
    for rank, i in enumerate(filled):
        if rank < len(filled) // 2 or not REFERENCE_TRAILER.matches(lines[i]):
            continue
        entries: dict[int, Reference | None] = {}
        for j in filled[rank + 1 :]:
            reference = _entry_reference(lines[j])
            if reference is None:
                break
            entries[j] = reference
        if entries:
            return {i: None, **entries}
    return {}


def _entry_reference(line: str) -> Reference | None:
    mark = _LIST_MARK.match(line)
    reference = read_apa(line[mark.end() :] if mark else line)
    if reference is not None:
        return dataclasses.replace(reference, raw=line)
    url = _URL.search(line)
    if url is None and mark is None:
        return None
    return Reference(raw=line, url=url[0].rstrip(".,;)") if url else None)
