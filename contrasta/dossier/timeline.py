"""The story's events in date order, each with its sources; date and chronology disputes
flagged.

Only facts whose sentence carries a date become events, placed at the precision the date
was written with: "en 2024" is the year 2024, not its first of January. A day written out
("el martes 13 de enero") is preferred to one resolved from a relative expression ("ayer"),
and among the outlets' dates for one fact the most precise wins; when outlets give
different days for the same fact, each day is listed with who says it and the entry is
marked as disputed. A fact dated only by an expression that hangs on an unknown
publication date ("este domingo" in an undated article) is listed last, as written.

A chronology conflict is an event reported as happening on or after the day another
source said it was called off or ruled out ("suspendió la feria", "la feria no se
celebrará"): at least one of the two is wrong, or the plan changed and nobody said so.
The called-off thing is found by its name ("la Feria del Queso") or, when it has none, by
the rare words around the verb; the event must mention it. Only dated articles take part,
on both sides: without a publication date nothing says when the calling off was said, nor
whether an event was reported before or after it.

An entry placed well before the story's coverage began is background (`BACKGROUND_DAYS`),
or by a month or a year before the story's first (`_past_period`), or by the early part of
a year whose first months end before that line (`_early`): the earlier fire, the law the
dispute is about, the first trial; with no dated article, an entry placed before the year
most of the story's entries are placed in, or by a month written with its year, or a past
fact by the one year the story places while its news is told by days left unplaced
(`_past_in_year`); and, dated or not, one left unplaced that counts back by itself past
that line ("hace tres años", `_counted_back`). Reports and pages show such entries apart,
after the story's own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from contrasta.crosscheck import TEXT, Claim, ClaimGroup, CrossCheck
from contrasta.crosscheck.claims import content_words, fold
from contrasta.crosscheck.speculation import GUESS, POSSIBLE
from contrasta.dates import (
    BACKGROUND_DAYS,
    DAY,
    FISCAL_BEFORE,
    MONTH,
    MONTHS,
    PRECISIONS,
    SPANISH_WEEKDAYS,
    WEEKDAYS,
    YEAR,
    DateMention,
    ends_before,
    find_dates,
)
from contrasta.reading.names import names
from contrasta.reading.speech import SPEECH_VERBS
from contrasta.reading.tense import FUTURE, PAST, tense_at

# Called off, cancelled, ruled out (of an event, not of a claim: "descartó que fuera
# intencionado" rules out a hypothesis, which has no day). A postponed event is moved,
# not called off: it may well happen later.
_CALLED_OFF = re.compile(
    r"\b(?:suspend\w*|cancel\w*|anul\w*|"
    r"descart(?:o|a|an|aron|ado|ada)\b|"
    r"no (?:se )?(?:celebrar|realizar|disputar|inaugurar|llevar a cabo)\w*|no tendra lugar|"
    r"called off|ruled out|will not (?:take place|go ahead))"
)
# "no se celebrará", "quedó suspendida", "fue cancelado", "was called off": the thing is
# the subject. A participle after haber is active ("ha suspendido la feria"), and so is
# an English "-ed" unless a form of "be" comes before it ("Apple cancelled its project").
_NEGATED = re.compile(r"^(?:no|will not)\b")
_SPANISH_PARTICIPLE = re.compile(r"(?:ad|id|uest)[oa]s?$")
_ENGLISH_PARTICIPLE = re.compile(r"^\w+ed\b")
_HABER = re.compile(r"\b(?:ha|han|he|hemos|habia|habian|haya|hayan|hubiera|hubieran)\s+$")
_BE = re.compile(r"\b(?:was|were|is|are|be|been|being|got|gets?)\s+(?:\w+ly\s+)?$")
_THING_WORDS = 10  # how far around the verb the called-off thing is looked for
_RARE = 3.0  # without a name, the thing is its words at least this rare (reading.rarity)
_MIN_SHARED = 2
_ARTICLES = frozenset("el la los las un una the a".split())
_PREPOSITIONS = frozenset(
    "a ante bajo con contra de del desde en entre hacia hasta para por segun sin sobre tras "
    "in at on of from to for by with".split()
)


@dataclass(frozen=True)
class CalledOff:
    """Who said the event would not happen, when, and in which sentence."""

    article_id: str
    outlet: str
    said_on: date
    text: str
    start: int
    end: int
    field: str = TEXT  # which field of the article start/end index, as `Claim.field`


@dataclass(frozen=True)
class TimelineEntry:
    when: DateMention  # as the shown claim writes it; offsets into the field named by `field`
    text: str
    article_id: str
    start: int
    end: int
    label: str
    sources: tuple[tuple[str, str], ...]  # (article id, outlet)
    disputed: bool
    # Sources that had called this event off before the day it is reported to happen.
    called_off: tuple[CalledOff, ...] = ()
    field: str = TEXT  # which field of the article start/end index, as `Claim.field`
    # Placed more than `BACKGROUND_DAYS` before the story's first dated article (with no
    # dated article, before the story's year, `_undated_background`): recalled as context,
    # not one of the story's own facts.
    background: bool = False


_FINENESS = {precision: i for i, precision in enumerate(PRECISIONS)}


# A quotation mark; a straight one opens a quote when a word follows it ('dijo: "Hoy'),
# else closes it ('hoy," dijo').
_QUOTE_MARK = re.compile('[«»“”"]')
# An English date written with its number between a determiner or a possessive and a noun,
# capitalised or not, says which thing is meant ("Trump's July 25 call", "the 2017 draft",
# "the 2018 season", "the 2025 Cheese Fair", "a March 3 phone call", "a 2027 tour", "that
# 2016 redesign"), not when the sentence's act happened ("NASA's Monday announcement", with
# no number, is the announcement's day).
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|your|my|\w+'s)\s*$"
)
_ATTRIBUTIVE_AFTER = re.compile(r"^\s+([A-Za-z]\w*)")
# After a form of "be", "a"/"an" opens a predicate that classifies the subject by the date
# ("the lipstick was a 2013 top seller", "she is a 2019 graduate"): the subject's fact falls
# in it, no other thing is named.
_PREDICATE = re.compile(r"\b(?:is|was|were|are|be|been|became|becomes|remains|remained)\s+an?\s*$")
# Spanish "a" before a date is "to" ("de marzo a junio de 2021 y ..."): not a determiner
# when a conjunction or a pronoun follows.
_NOT_A_NOUN = frozenset(
    "and or to when as that which who is was were are will y e o u que se".split()
)
# "desde 2015", "desde el año 2000", "since 2017", "desde que se unió en 2003", "since he joined in
# 2003": the year bounds a period, the fact ("se han disparado", "has not tested") has no day;
# unless the sentence tells a beginning, which is that year's ("Desde 2016 se dio inicio al
# proyecto"). Only a year or a month: "desde este viernes" is most often the day a change takes
# effect ("tienen cerrado su perímetro desde este viernes"), and so are "a partir de" and "hasta",
# which `claims.NOT_EVENT_DAY` also names; a bare "desde" is also "from" a place.
_ITALIAN_MONTHS = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre".split()
)
_SINCE = re.compile(
    r"\b(?:(?:desde|since)(?: (?:el|la|los|the))?(?: (?:pasado|last|ano|year))?\s*"
    rf"|(?:dal|dall'|dalla|dai|dagli)(?: (?:{'|'.join(_ITALIAN_MONTHS)}))?\s*"
    r"|(?:desde que|since|da quando)\b[^,;:]*)$"
)
# A present perfect ("han muerto 30 personas desde el lunes", "ha recuperado un 2% desde
# el lunes", "have fallen since Monday"): what the sentence reports piled up over a
# period, so a day after "desde"/"since" bounds it, as a year does. With a present tense
# ("está cortada desde el lunes") the day is most often when a change took effect; and a
# perfect of saying ("según ha informado el Ayuntamiento", "has said") is the telling.
_SAYING = (
    r"(?!(?:dicho|informado|explicado|senalado|indicado|asegurado|afirmado|anunciado|"
    r"confirmado|declarado|precisado|detallado|comunicado|said|told|reported|announced|"
    r"confirmed|stated)\b)"
)
_PERFECT = re.compile(
    rf"\b(?:(?:he|has|ha|hemos|habeis|han)\s+{_SAYING}(?:\w+(?:ad|id)[oa]s?|hecho|visto|"
    r"puesto|muerto|abierto|vuelto|escrito|roto|cubierto|resuelto)"
    rf"|(?:has|have)\s+(?:not\s+)?(?:been\s+)?{_SAYING}\w+(?:ed|en|wn|un|ght)\b)"
)
# A sentence telling a beginning dates it by the "since" day or year ("Desde 2016 se dio
# inicio", "has been criticised since it was introduced on Monday"): a launch, an
# introduction, a debut or a premiere is what began the period, the story's own event.
_BEGINNING = re.compile(
    r"\b(?:inici\w*|comenz\w*|comienz\w*|empez\w*|empiez\w*|arranc\w*|"
    r"began|begun|begin\w*|start\w*|launch\w*|introduc\w*|unveil\w*|debut\w*|"
    r"estren\w*)"
)


# A date inside a relative clause set off by a comma (", que llegó al cargo en 2019,", ",
# cuyo rebaño se perdió el domingo", ", who took office in 2019,", ", which is to close by
# 2030", ", cuando el pleno aprobó en 2019 ...", ", when ...") tells something about a noun
# or a date of the sentence, not when the fact the sentence reports happened; a date after
# the clause's closing comma is the fact's again.
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:que|quien|quienes|cuy[oa]s?|(?:el|la|los|las) cual(?:es)?|cuando|"
    r"who|whom|whose|which|when)"
    r"\b[^,;:()]*$"
)
# A restrictive relative clause, with no comma before it ("el lugar donde en mayo de 2019
# apareció el rebaño", "a shepherd who lost his flock in May 2019", "el plan con el que en
# 2019 ..."), says which person, place or thing is meant by an event of its own: a date
# written with its year there dates that event, not the sentence's fact. (A weekday or a
# relative day there is as often the story's: "the man who was arrested on Monday".) With
# no comma to close it, the clause is taken to end within a few words: a date further on is
# as often the sentence's own ("el pastor cuyo rebaño se perdió en el incendio volvió en
# mayo de 2025").
_RESTRICTIVE_CLAUSE = re.compile(
    r"[^\s,;:(\-–—]\s+(?:who|whom|whose|where|donde|cuy[oa]s?|"
    r"(?:en|con|por|de|a|desde|durante|tras) (?:el|la|los|las) (?:que|cual|cuales))"
    r"(?:\s+[^\s,;:()\"“”«»]+){0,6}\s*$"
)
# The same with "que"/"that" right after a noun phrase ("una demanda que acusó al alcalde
# de desviar fondos en 2019 terminó", "el accidente del teleférico que el 4 de agosto de
# 2021 dejó seis heridos", "the lawsuit that accused him in 2019"): the noun opens it
# (an article, at most two words, the noun, maybe "de" and a name), not a verb of saying
# ("dijo que en 2019", "the minister said that in 2019": what was said, which is the fact)
# nor a conjunction ("ya que", "lo que", "so that"); a number may stand for the article
# ("compró 40.000 dosis que serán aplicadas en 2027"). The clause, with no comma to close
# it, runs up to `_THAT_WORDS` words; a date with its year there dates the noun's event.
_THAT_WORDS = 12
_NOUN_THAT = re.compile(
    r"(?:^|[^\w])(?:el|la|los|las|un|una|unos|unas|the|a|an|\d[\d.,]*)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?P<noun>[^\W\d_]+)\s+(?:(?:de|del|of)\s+[^\W\d_]+\s+)?(?:que|that)"
    rf"(?:\s+[^\s,;:()\"“”«»]+){{0,{_THAT_WORDS}}}\s*$"
)
# Words before "que"/"that" that are no noun: verbs of saying or thinking in the present
# (the past and future are told by their endings, `_VERB_SHAPE`) and words of a
# conjunction.
_NOT_A_NOUN_BEFORE_THAT = frozenset(
    """
    dice dicen asegura aseguran afirma afirman explica explican indica indican señala
    señalan sostiene sostienen cree creen considera consideran estima estiman recuerda
    recuerdan advierte advierten reconoce reconocen admite admiten anuncia anuncian
    confirma confirman denuncia denuncian insiste insisten subraya subrayan destaca
    destacan agrega agregan añade añaden apunta apuntan precisa precisan informa informan
    es era fue sea será ser está están hay ya así para más menos tal tanto tanta siempre
    hasta desde antes después mientras aunque porque pues sino dijo hizo tuvo supo vio dio
    puso quiso trajo
    says say said tells told claims claim argues argue believes believe thinks think
    notes note shows show shown found finds warned warns added adds insisted insists
    is was were are be been so such now given except provided
    """.split()
)
_VERB_SHAPE = re.compile(r"\w+(?:ó|aron|ieron|rá|rán|ría|rían|ed)$")
# English drops the "that" of a relative clause on an object ("the chip designer it sidelined
# in 2017", "the deal they signed in 2019", "the fine she had paid in 2018"): a noun (after
# a determiner or a preposition, at most two words before it), then a subject pronoun and
# a past verb; a date with its year there dates the noun's event, as
# in a "that" clause. The noun is no verb of saying ("the report found he spent", "the
# mayor said they met in 2019": what was said is the fact) nor itself a past verb.
_CONTACT_CLAUSE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|his|her|their|our|your|my|with|for|from|"
    r"against|about)\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:it|he|she|they|we|i|you)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:[a-z]+ed|made|met|sent|spent|bought|sold|won|lost|paid|"
    r"left|held|built|took|gave|saw|wrote|ran|began|brought|found|hit|cut|set|put|kept|chose|"
    r"drove|fought|struck|broke|drew|shot|sank|stole)\b"
    r"(?:\s+[^\s,;:()\"“”«»]+){0,6}\s*$"
)


def _contact_clause(before: str) -> bool:
    """Whether a date follows, within its clause, an English relative clause with no "that"
    on a noun (`_CONTACT_CLAUSE`). `before`: the sentence up to the date."""
    found = _CONTACT_CLAUSE.search(before.lower())
    if found is None:
        return False
    noun = found.group("noun")
    return noun not in _NOT_A_NOUN_BEFORE_THAT and not _VERB_SHAPE.match(noun)


def _restrictive_that(before: str) -> bool:
    """Whether a date follows, within its clause, a "que"/"that" opening a relative clause
    on a noun (`_NOUN_THAT`). `before`: the sentence up to the date, accents kept (the
    preterite's "acusó" is no noun)."""
    lowered = before.lower()
    found = _NOUN_THAT.search(lowered)
    if found is None or _DURING.search(lowered[: found.start() + 1]):
        return False
    noun = found.group("noun")
    return noun not in _NOT_A_NOUN_BEFORE_THAT and not _VERB_SHAPE.match(noun)


# A noun phrase after "durante"/"during"/"amid" gives the time the sentence's fact fell in
# ("Durante las protestas que se desataron el 6 de marzo de 2026, varios vecinos entraron
# en el edificio"): a date in its clause is the fact's too, not another event's.
_DURING = re.compile(r"\b(?:durante|during|amid|amidst|en medio de)\s*$")


# A date in a clause opening the sentence with "after" ("Tras la reunión del martes, ...",
# "Después de que el lunes ..., ", "After the mayor left in May, ...", Italian "Dopo essersi
# dimesso nel 2019, ...") dates what came before the fact the sentence reports.
# Anywhere in the sentence, a Spanish clause of an earlier event opened by "después de que",
# "luego de que" or "a pocos días de que" ("fue detenida esta semana después de que el
# viernes le tocara la lotería", "tuvo gran demanda a pocos días de que saliera al mercado
# el miércoles") dates that event, not the fact the sentence reports after it (its
# subjunctive marks it as the reference, as "antes de que" marks a deadline).
_AFTER_CLAUSE = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:after|tras|despues de(?: que)?|luego de(?: que)?|dopo(?: che)?)\b"
    r"[^,;:]*$"
    r"|\b(?:despues|luego|a pocos dias|a dias|a horas) de que\b[^,;:]*$"
)
# A deadline or a horizon ("by 2030", "antes del 15 de abril", "para 2030", "hasta 2027", "antes de
# que acabe el 2026", "a countdown to 2030", "added to 2030 plans"): the date bounds when something
# is to be done or foreseen, or names what is aimed at, not the day of a fact ("una prórroga al
# 2044" too). "para", "hasta", "until", "to" and "al" only before a year: "la gala, prevista para el
# domingo 8 de marzo" is the gala's day, "hasta el lunes se habían quemado 300 hectáreas" a count's,
# and Mexican "no abrirá hasta finales de marzo" a beginning; but "para" before a part of a month
# ("para finales de marzo habrá recibido 5 millones de dosis", "programó la prueba para principios
# de enero") is a target, as before a year.
# The year may be written with its noun ("para el año 2030", "by the year 2025", "by the end
# of 2030"): a horizon all the same. A year a period runs into ("through the end of the year
# and into 2027", "hasta bien entrado 2027") closes it, as "until" does.
_SOME_TIME = r"(?: (?:el|la|los|the|principios de|mediados de|finales de|fines de))?"
_THE_YEAR = r"(?: ano| year)?"
# A deadline named as one ("gave the council a deadline of Friday", "el plazo hasta el 15
# de marzo", "la fecha límite del lunes") is when something is due, not when it was set.
_DEADLINE = re.compile(
    rf"\b(?:by(?: the (?:year|end of))?|before|antes de(?:l|{_SOME_TIME}| que\b[^,;:]*))\s*$"
    r"|\b(?:deadline|plazo|fecha limite)(?: (?:of|for|de|del|para|hasta))?(?: (?:el|the))?\s*$"
)
_HORIZON = re.compile(
    rf"\b(?:until|till|to|into|al|hasta(?: bien entrad[oa])?{_SOME_TIME}{_THE_YEAR}|"
    rf"para{_SOME_TIME}{_THE_YEAR})\s*$"
)
_FOR_PART = re.compile(r"\bpara\s*$")
_PART_OF_MONTH = re.compile(r"^(?:a )?(?:principios|mediados|finales|fines) de\b")
# A year or a month bounds a period when it opens or closes a range ("el plan 2020-2025", "entre
# 2019 y 2022", "entre los años 1991 y 2011", "entre enero y marzo de 2026", "from 2010 to 2015",
# "the 2012 through 2015 models"), or annotates a name in parentheses ("Ramón Escudero (Robledal,
# 1961)", "40 goles (2019), 38 (2020)"): a birth, a list's item, not the fact's day. English "may"
# is a month only here.
_RANGE_FIRST = rf"(?:\d{{4}}|(?:{'|'.join(MONTHS)}|may)(?:,? (?:de )?\d{{4}})?)"
_RANGE_BEFORE = re.compile(
    r"(?:\d{4}\s*(?:[-–]|through|thru)\s*"
    rf"|\b(?:entre|between)(?: el| los anos| the years)? (?:{_RANGE_FIRST} (?:y|and)(?: el)? )?"
    r"|\b(?:from|del?) \d{4} (?:to|al?) )$"
)
_RANGE_AFTER = re.compile(r"^\s*(?:[-–]|through|thru)\s*\d{4}\b")
# A month closing or opening a range of months ("de febrero a abril de 2021", "from March
# to May 2021", "desde junio de 2021 hasta marzo"): the period spans them, neither month is
# its date (a schedule's stage, a season).
_MONTH_NAMES = rf"(?:{'|'.join(MONTHS)}|may)"
_TO = r"(?:a|al|hasta|to|through|until)"
_MONTH_RANGE_BEFORE = re.compile(
    rf"\b(?:de|desde|from) {_MONTH_NAMES}(?:,? (?:de |del )?\d{{4}})? "
    rf"{_TO} $"
)
_MONTH_RANGE_AFTER = re.compile(rf"^\s+{_TO} {_MONTH_NAMES}\b")
# A year opening a period that runs to now or to another year ("de 2019 a la fecha", "from
# 2019 to date", "from 2009 to 2019", "de 2009 a 2019"): a period's bound, as in a range.
_FROM = re.compile(r"\b(?:from|de|del|desde)\s*$")
_TO_NOW = re.compile(
    rf"^\s*{_TO}\s+"
    r"(?:la fecha|hoy|ahora|el presente|nuestros dias|date|today|now|the present|\d{4}\b)"
)
# A year of a list of years ("las pruebas de 2006, 2009 y 2012", "el beneficio de 2019 y
# 2020", "hace años –2015 y 2017–"): the fact spreads over several years or the list names
# which ones are meant; none of them is the fact's one date.
# A comma alone is no list ("En 2019, 1500 familias ..."): a conjunction ends it.
# The year after the conjunction may come with words of a part of it ("el final de 2019 y
# el comienzo del año 2020", "the end of 2019 and the start of 2020").
_PART_OF_YEAR = (
    r"(?:el|la|los|las|del|de|the|of|ano|año|year|comienzo|inicio|principio|final|fin|"
    r"start|beginning|end)"
)
_AND = r"(?:y|e|and|or|o|&)"
_AND_YEAR = rf"\s*{_AND}\s+(?:{_PART_OF_YEAR}\s+)*\d{{4}}\b"
_YEAR_LIST_AFTER = re.compile(
    rf"^(?:(?:\s*,\s*\d{{4}}(?:[-–]\d{{2,4}})?)*(?:\s*,)?{_AND_YEAR}"
    # or three years at least, ranges among them, with no conjunction before a year
    # ("slowdowns in 1997, 2001-03, 2008 and now"): a list all the same.
    r"|(?:\s*,\s*\d{4}(?:[-–]\d{2,4})?){2,})"
)
_YEAR_LIST_BEFORE = re.compile(
    rf"\b\d{{4}}\s*,?\s*{_AND}\s+(?:{_PART_OF_YEAR}\s+)*$"
    # a year inside a list, after a year (or a range of years) and a comma
    r"|\b\d{4}(?:[-–]\d{2,4})?\s*,\s*$"
)
_YEAR_LIST_GOES_ON = re.compile(rf"^\s*(?:,|{_AND}\s)")
# A date set off by commas right after a "desde que"/"since" clause ("han muerto 30 personas
# desde que empezó el incendio, en mayo, según ...") is the clause's, in apposition: it
# bounds the period as a date inside the clause does.
_SINCE_APPOSITION = re.compile(r"\b(?:desde que|since|da quando)\b[^,;:]*,\s*$")
_APPOSITION_ENDS = re.compile(r"^\s*(?:[,.;:)]|$)")
# A year after a comparison ("con respecto a 2018", "en comparación con 2019", "frente a
# 2018", "better than 2018", "compared with 2019") is the comparison's base, not the year
# of the fact compared.
# A change told from one amount at a date to another at a later one ("pasó de 127 camas en
# junio de 2012 a 208 en junio de 2018", "rose from $0.21 an hour in 1915 to $0.56 in
# 1920"): the first date is the change's base, not its day.
_CHANGE_FROM = re.compile(r"\b(?:de|from)\s+(?:[^,;:]|\d,\d){1,40}\b(?:en|in)\s*$")
_CHANGE_TO = re.compile(r"^[^,;:]{0,20}?\s(?:a|to)\s+(?:[^,;:]|\d,\d){1,40}\b(?:en|in)\s")
_COMPARED = re.compile(
    r"\b(?:than|compared (?:to|with)|(?:con )?respecto (?:a|al|de|del)|en comparacion con|"
    r"comparad[oa]s? con|frente (?:a|al))(?: (?:el|the))?\s*$"
    # "peor que 2026", "más alto que en 2019": a comparative's base.
    r"|\b(?:mas|menos|peor|peores|mejor|mejores|mayor|mayores|menor|menores)\b[^,;:]{0,40}"
    r"\bque(?: (?:el|en|en el))?\s*$"
    # "a 4% decrease from 2025", "up 12 percent over 2025": a change's base year.
    r"|\d\s*(?:%|percent|per cent)\s+(?:[a-z]+\s+){0,2}(?:from|over|on)(?: the)?\s*$"
)
# A sentence opening with a day's number, a comma and a year ("8, 2027, in Robledal.") is
# what follows a month's abbreviation the sentence splitter took for a full stop ("Dec. 8,
# 2027"): a fragment, its month lost.
_CUT_AT_MONTH = re.compile(r"^\W*\d{1,2},\s*$")
# The same cut seen from the sentence before it: a weekday followed by a comma and an
# abbreviated month that ends the sentence ("the fair opens on Friday, Dec."): the day
# written after the month went to the next sentence, and the weekday alone is resolved to
# another week than the one written.
_WEEKDAY_CUT_AFTER = re.compile(
    r"^,?\s+(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s*$", re.IGNORECASE
)
# A date opening its sentence, with no year written, followed by a dash ("9 de junio –
# Sevilla, Auditorio Norte", "June 9 -- Tampa, FL"): a line of a list (a tour's or a
# season's schedule, a table of results), no sentence stating a fact, and its year is
# guessed, often wrongly for a schedule to come.
_LIST_LINE_AFTER = re.compile(r"^\s*(?:--|[-–—])\s")
# Also after a name and a semicolon ("la Comisión de Aguas (CdA; 1952)": its founding) or
# after "el de"/"la de" ("el próximo informe (el de 2026) saldrá en marzo": which edition).
_PARENTHESIS_BEFORE = re.compile(r"\((?:[^()]*[,;]\s*|(?:el|la|los|las|the)\s+(?:de|del|of)\s+)?$")
# A year in parentheses before ")" or before ";" (a citation in a list: "(Robles, 1974;
# Prado, 1990)").
_PARENTHESIS_AFTER = re.compile(r"^\s*[);]")
# A month is a period's bound too when written with the word opening the period ("desde
# marzo", "entre enero y marzo de 2019"), which the reader keeps in the date.
_PERIOD_OPENS = re.compile(r"^(?:desde|entre|since|between)\b")
# A year after a capitalised noun and "de" or "of" names a thing ("la Constitución de
# 1999", "el Mundial de 2030", "the Class of 2020"), as "Agenda 2030" does without "de"
# (which the dates reader leaves unread); a sentence's first word is no name.
_NAMED_BY_YEAR = re.compile(r"[^\s.!?:¿¡\"«“(]\s+[A-ZÁÉÍÓÚÑ]\w*\s+(?:de|del|of)\s+$")
# Inside quotation marks a year after "de" or "of" names a period or a thing ("la
# primavera de 2027", "la pandemia de 1918", "the summer of 2027"), and a year after the
# article's own is a forecast, a plan or a wish ("a landing in 2030"): quoted speech
# seldom dates a fact by a bare year (outside quotes a year after a common noun and "de"
# is as often the fact's: "la feria de 2025 reunió").
_YEAR_OF = re.compile(r"\b(?:de|del|of)\s*$")
# "hoy" or "today" after a verb of looks ("así luce hoy", "se ve hoy") or an "as it is"
# ("tal como es hoy", "as it is today") tells how something is now: a state, not a dated
# fact ("la votación es hoy" is the vote's day). "El día de mañana" is a day to come, not
# tomorrow (RAE: "en un futuro").
_NOW_STATE = re.compile(
    r"\b(?:luce|lucen|se ve|se ven|looks?|(?:as|como|asi) (?:\w+ )?(?:is|are|es|esta|son|estan))"
    r"\s*$"
)
_NOW = frozenset({"hoy", "today"})
# "hoy" between a determiner and what follows ("la hoy llamada Liga", "el hoy ministro"), in
# an apposition before "de" ("Ramón Escudero, hoy de 70 años", "el Teatro Real, hoy de la
# Diputación"), or after "ser" before a noun phrase ("Robledal es hoy el mayor productor")
# names a thing by its present name or tells a present state, not a day's fact.
_NOW_NAMES = re.compile(r"(?:\b(?:el|la|los|las|lo|su|sus|del|al)|,)\s*$")
_NOW_APPOSITION = re.compile(r"^\s+de\b")
_NOW_BE = re.compile(r"\b(?:es|son|era|eran|sigue siendo|siguen siendo)\s*$")
_NOW_PREDICATE = re.compile(r"^\s+(?:el|la|los|las|un|una|unos|unas|uno|su|sus)\b")
# "hoy"/"today" with a verb of a generic "we" in the present ("los prejuicios que hoy
# arrastramos", "lo que hoy conocemos", "the valleys we see today", "as we know it
# today") speaks of nowadays, the writer's and the reader's time, not a day's fact.
_NOW_WE_BEFORE = re.compile(r"\b(?:\w+(?:amos|emos|imos)|we (?:\w+ ){0,2}?\w+)\s*$")
_NOW_WE_AFTER = re.compile(r"^\s+(?:\w+(?:amos|emos|imos)|we \w+)\b")
_NOT_WE_PRESENT = re.compile(
    r"\b(?:will|shall|would|could|should|might|have|had|were|did|\w+ed|fuimos|estuvimos|"
    r"tuvimos|hicimos|dijimos)\b"
)
_SOME_DAY = re.compile(r"\bel dia de\s*$")
# A norm cited by its number and its date ("el Real Decreto 12/2026, de 3 de marzo", "Ley
# 3/2018, de 5 de diciembre"): the date names the norm.
_NORM = re.compile(r"\d+/\d{2,4},?\s+de\s*$")
# A norm cited by its kind, its number and its year ("la Ley 845 de 2003", "el decreto 77
# del 2021", "la resolución n.º 12 de 2020"), as Latin American press cites them: the year
# names the norm, not the day of what the sentence tells of it.
_NUMBERED_NORM = re.compile(
    r"\b(?:ley|decreto|resolucion|ordenanza|acuerdo|circular|directiva|sentencia)"
    r"\s+(?:n\.?\s*[oº°]\.?\s*|no\.?\s*|numero\s+)?\d[\d.]*,?\s+del?\s*$"
)
# Elections placed against now ("las pasadas elecciones de 2022", "los últimos comicios
# generales del 2019", "las próximas elecciones de 2027"): the year says which ones are
# meant, the fact told of them (a seat count, a rule that takes their votes) is of another
# day.
_WHICH_ELECTIONS = re.compile(
    r"\b(?:pasad[oa]s|ultim[oa]s|anteriores|proxim[oa]s)\s+(?:elecciones|comicios)"
    r"(?:\s+[a-z]+)?\s+del?(?:\s+ano)?\s*$"
)
# Elections a sentence's act is for, named by a date written with its number ("empieza la
# campaña para las elecciones en Robledal del 14 de febrero", "se prepara de cara a los
# comicios del 6 de junio", "candidates for the elections of May 3"): the date says which
# elections are aimed at, a target, as "para" before a year is; the campaign or the
# preparing is of another day. (Elections that are the sentence's subject, "las elecciones
# de 2022 dieron la alcaldía a", date its fact; a vote named by a relative day, "el voto
# de mañana", is the day's news.)
_ELECTIONS_NAMED = re.compile(
    r"\b(?:para|for|de cara a|ante|hacia)\s+(?:las|los|the)\s+(?:elecciones|comicios|elections?)"
    r"(?:\s+[a-z]+){0,3}?\s+(?:del?|of|on)(?:\s+ano)?\s*$"
)
# A date inside a period the sentence names by its bounds ("en el periodo comprendido entre
# el 3 de febrero de 2026 y el 30 de mayo de 2027", "in the period between March 3 and May
# 30"): what it counts or tells spread over the period, neither bound is its day.
_PERIOD_BETWEEN = re.compile(
    r"\b(?:periodo|lapso|intervalo|period)\s+(?:comprendido\s+)?(?:entre|between)\b[^;:]{0,60}$"
)
# A year followed by a modal of guess ("2027 podría ser peor que 2026", "2027 could be
# worse", "2027 probably will"): a guess about that year, no fact dated in it. The modals
# are `speculation.GUESS`, the cross-check's own (one list of what guesses).
_GUESSED_YEAR = re.compile(rf"^\s+(?:\w+\s+)?{GUESS.pattern}")
# A written year two or more years after the article's own is a horizon: a target, a
# forecast, a mission planned years ahead ("la misión podría volar en 2029", "sometime in
# 2029"), not a fact of the story's days; the year just after may be a scheduled thing
# (a tour next year, a fee from 1 January).
_HORIZON_YEARS = 2
# A modal of possibility before a date in its clause ("which states could follow suit in
# 2027", "el pleno podría aprobar el plan el martes", "it might reopen in May"): the date
# is what may happen then, a guess, not the day of a fact (`speculation.POSSIBLE`; not
# "would", the future of reported speech: "said it would close on Monday" is a plan).
# And a date followed, at most a comma and two words on, by such a modal ("Come February 4,
# 2027, we might be living", "El martes, el pleno podría aprobar"): the guess's day.
_POSSIBLE_AFTER = re.compile(rf"^,?\s+(?:\w+\s+){{0,2}}(?:{POSSIBLE})\b")
_CLAUSE_JOIN = r"(?:y|e|and|but|pero|mientras|while)"
# The clause ends at a mark or at a conjunction opening another (`_CLAUSE_JOIN`: "podría
# llover y el martes se cerró la carretera": the closing is told, not guessed).
# An adverb of possibility opens such a guess as the modal does ("maybe even planning a
# trip in 2027", "a lo mejor se casa en mayo"), as "quizás" and "tal vez" do.
_MAYBE = r"maybe|perhaps|a lo mejor|acaso"
_POSSIBLE_BEFORE = re.compile(
    rf"\b(?:{POSSIBLE}|{_MAYBE})\b(?:(?!\s{_CLAUSE_JOIN}\s)[^,;:.!?()«»“”\"])*$"
)
# A date after a clause-opening "si"/"if" in its sentence ("si el pleno lo aprueba, la
# feria se celebrará en mayo", "si llueve el domingo"): the condition or what follows from
# it, which may never happen; not "si bien" (though), "sí" (yes: read with its accent) nor
# an "if" after a verb ("asked if").
# A conjunction before it leaves it a condition ("But if you are ... in 2027", "Pero si
# llueve el domingo").
_IF_BEFORE = re.compile(
    r"(?:^|[,;:«“\"(]\s*)\W*(?:(?:but|and|or|pero|y|e|o)\s+)?(?:si(?! bien\b)|if)\b[^.!?]*$",
    re.IGNORECASE,
)
# A date written with its number and set off by a vertical bar ("Ana Prado | El Eco | 3 de
# marzo de 2026 | 9:00") is a byline's or a page header's, run into the text: the day the
# page was put out, not of the fact the sentence tells. A relative day is a kicker's ("El
# incendio, hoy | Los bomberos ..."), the day's news.
_BAR_BEFORE = re.compile(r"\|\s*$")
_BAR_AFTER = re.compile(r"^\s*\|")
# Other stamps run into the text are a page's or a post's too, not a fact's day: a written
# date followed by a reading time ("3 de marzo de 2026 4 min de lectura", "March 3, 2026 4
# min read"); one right after an author credit
# ("By Ana Prado and Luis Gil March 3, 2026", "Por Ana Prado 3 de marzo de 2026": a
# capitalised "By"/"Por" and a name, the byline's form); one right after an embedded
# post's link or its author's handle ("pic.twitter.com/Ab3dE March 3, 2026", "— Ana Prado
# (@anaprado) March 3, 2026"), the post's own day.
_STAMP_AFTER = re.compile(
    r"^[\s,|·-]*\d{1,3}\s*(?:min(?:ute)?s?|minutos?)\s+(?:read|de lectura)\b", re.IGNORECASE
)
_NAME = r"[A-ZÁÉÍÓÚÑ][\w.'’-]*"
_CREDIT_BEFORE = re.compile(
    rf"(?:^|[\s|])(?:By|BY|Por|POR)\s+{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"(?:\s*(?:,|and|y|&)\s+{_NAME}(?:\s+{_NAME}){{0,3}})*\s*$"
)
# A date in an apposition telling a thing's first or earlier stage (", first announced on
# March 3, 2019,", ", originally signed in 2015", ", anunciado por primera vez en 2019")
# says which thing is meant by when it began: the sentence's fact (its replacement, its
# renewal) is of another day.
_FIRST_STAGE = re.compile(
    r",\s*(?:first|originally|initially|previously)\s+[a-z]+(?:ed|en|wn|ung|ade|ote|ought)"
    r"\b[^,;:()]*$"
    r"|,\s*[a-z]+(?:ad|id)[oa]s?\s+(?:por primera vez|originalmente|inicialmente|"
    r"en (?:un )?principio)\b[^,;:()]*$"
)
# A year in an apposition telling when a body or a thing came to be (", fundada en 2019,",
# ", descubierta en 1998 entre ganaderos", ", founded in 2019,") says which one is meant by
# its origin, as a first stage does (`_FIRST_STAGE`), not the day of the fact the sentence
# reports. Only a written year alone: a full day (", constituida el 15 de diciembre de
# 1993") is as often a fact recalled, and "la comisión, creada el lunes," can be the news.
_ORIGIN = re.compile(
    r",\s*(?:(?:fundad|cread|constituid|establecid|descubiert)[oa]s?|founded|established|"
    r"created|discovered|formed)\b[^,;:()]{0,40}$"
)
# A year or a month in a Spanish purpose clause, "para" and an infinitive a few words before
# it ("aún no tiene visibilidad para recuperar en el último trimestre de 2027 el dividendo",
# "estaban programadas para hacerse públicas en septiembre de 2027"), is the aim's horizon, as
# "para 2030" is (`_HORIZON`), not when the sentence's fact happened. A day there is as
# often a scheduled act's ("viajó a Lugo para asistir el lunes a la cumbre") and is left alone.
_PURPOSE = re.compile(
    r"\bpara\s+[a-z]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?"
    r"(?:\s+[^\s,;:.!?()\"“”«»]+){0,5}\s*$"
)
# A year followed by a colon and a capitalised word inside a sentence ("films from 2001: A
# Space Odyssey to Alien") opens a work's title: the title's year, no fact's. Not at the
# sentence's start ("2019: the year the river froze", a chronology's line) nor right after
# an opening quote (a slogan: "2020: el año del queso").
# A participle with its agent ("elaborada por el equipo de TV Robledal hace tres años", ",
# anunciado el lunes por la alcaldesa") after the sentence's own verb is a reduced passive
# on an object: its date says which thing is meant by when it was made, not when the
# sentence's fact happened ("la serie corre la misma suerte de la serie elaborada por ...
# hace tres años", "se refirió al plan, anunciado el lunes por la alcaldesa"). Before the
# verb, on the subject ("Un estudio publicado el lunes por la universidad revela"), it is
# as often the story's news, and a full passive ("fue anunciado el lunes por") is the fact.
_PARTICIPLE = r"[a-z]+(?:ad|id)[oa]s?"
_AGENT_PARTICIPLE = re.compile(
    rf"\b(?P<participle>{_PARTICIPLE})\s+(?:por\s+[^,;:.!?()\-–—]{{1,60}}?\s+)?"
    r"(?:(?:el|la|los|las|este|esta|en|on)\s+)?$"
)
_AGENT_AFTER = re.compile(r"^\s+por\s")
# The sentence's own verb before such a participle: a preterite (accents kept), or a past
# "fue"/"era" predicating the noun the participle is on ("Ese fue el movimiento encabezado
# por ... en 1988"), as a preterite's object is; or a perfect (folded text).
_VERB_BEFORE = re.compile(r"\b\w+ó\b|\b\w+(?:aron|ieron)\b|\b(?:fue|fueron|era|eran)\b")
_PERFECT_BEFORE = re.compile(r"\b(?:ha|han|he|hemos|habia|habian)\s+\w+(?:ad|id)o\b")
# Where the thing is what the words were said in ("según expresó en una entrevista publicada
# el martes por el diario"), its day is the saying's, the fact's.
_SAID_IN = re.compile(
    r"\b(?:segun|dijo|expreso|declaro|afirmo|aseguro|explico|senalo|indico|conto|revelo|"
    r"admitio|reconocio|anuncio)\b[^,;:.!?]*$"
)
_PASSIVE_BE = re.compile(
    r"\b(?:fue|fueron|sido|es|son|era|eran|sera|seran|esta|estan|estaba|estaban|quedo)\s+$"
)
_TITLE_AFTER = re.compile(r"^:\s+[A-ZÁÉÍÓÚÑ]")
_TITLE_BEFORE = re.compile(r"\w\s+$")
_POST_BEFORE = re.compile(r"(?:pic\.twitter\.com/\w+|\(@\w+\))\s*$")
# A page's publication or update stamp run into the text ("Publicado: 20 de marzo de 2026
# 10:45", "Actualizado el 20 de marzo de 2026 | ...", "Updated March 20, 2026 The council
# ..."): the capitalised word of the stamp right before the date, and after it a time, a
# bar, nothing, or the next text run in with no stop. ("Publicado el 3 de marzo en la
# revista, el estudio ..." opens a clause on the study: its own day, not a stamp.)
_STAMP_WORD_BEFORE = re.compile(
    r"(?:^|[\s|·])(?:Publicado|Publicada|Actualizado|Actualizada|Última actualización|"
    r"Fecha de publicación|Published|Updated|Posted|Last updated|Last modified|"
    r"PUBLICADO|ACTUALIZADO|PUBLISHED|UPDATED)(?:\s+(?:el|on|at))?\s*:?\s*$"
)
_STAMP_WORD_AFTER = re.compile(
    r"^\s*(?:$|[|·]|[-–—,]?\s*(?:a las\s+|at\s+)?\d{1,2}[:.h]\d{2}\b|[A-ZÁÉÍÓÚÑ])"
)
# The first day of a night written as two ("la madrugada del 6 al 7 de febrero", "la noche
# del sábado al domingo") is not when its early hours fell: the later day is, which the
# sentence writes too.
_NIGHT_FIRST = re.compile(r"\b(?:noche|madrugada)\s+del?\s*$")
_NIGHT_TO = re.compile(rf"^\s*al?\s+(?:\d{{1,2}}\b|(?:{'|'.join(SPANISH_WEEKDAYS)})\b)")
# A year written after a day and a month the reader does not read (Italian "dal 1 gennaio
# 2027"): the day is the fact's, the year alone places it at a precision the text does not
# give.
_UNREAD_DAY_MONTH = re.compile(rf"\b\d{{1,2}}\s+(?:{'|'.join(_ITALIAN_MONTHS)})\s*$")
# A year welcomed ("ring in 2027", "welcomed 2027", "dar la bienvenida a 2027"): the
# celebration greets the year; it is held on the eve of its first day, not in it.
_WELCOMED = re.compile(
    r"\b(?:ring(?:s|ing)?(?: in)?|rang in|welcom(?:e|es|ed|ing)(?: in)?|"
    r"(?:dar|da|dan|dio|dieron|damos|dimos)(?: \w+){0,2} la bienvenida al?|bienvenida al?)"
    r"(?: (?:the|el|ano|year|new year|nuevo ano))*\s*$"
)
# A hope told by its holder ("dijo que espera poder presentar el plan en marzo", "confían
# en cerrarlo el martes", "she hopes to sign it in May"): what may come then, no fact of
# the day; the impersonal "se espera" is a schedule's forecast ("se espera que llegue el
# martes"), which the readings count right, and is left alone.
_HOPED = re.compile(
    r"(?<!\bse )\b(?:espera|esperan|esperamos|confia|confian|confiamos|aspira|aspiran|"
    r"hopes?|hoping|hoped)\b"
    rf"(?:(?!\s{_CLAUSE_JOIN}\s)[^,;:.!?()«»“”\"])*$"
)
# A month whose year is written but could not be read ("en mayo de *NUMBER*", a year
# masked or garbled): the year the reader guesses is not the text's.
_UNREAD_YEAR = re.compile(r"^\s+del?\s+(?:\*\w+\*|\S*\d)")
# A weekday followed by the day of a named month ("el miércoles *NUMBER* de febrero"): when
# the weekday was resolved to another month, the day written is not the one placed.
_DAY_OF_MONTH = re.compile(r"^,?\s+(?:\*\w+\*|\d{1,2})\s+de\s+([a-z]+)")


# A year closing a count of time spent ("the mayor spent 40 days at his ranch in 2026",
# "pasó 1 de cada 4 días en su finca en 2026", "0 giorni in ufficio nel 2026"): the period
# the count covers, not the day of the fact told (the report, a rival's jab at it). Within
# the count's clause: "pasó tres días en el hospital, y en 2026 ganó" dates the win.
_TIME_COUNTED = re.compile(
    r"\b(?:\d+|un|una|uno|one)\s+(?:dias|days|semanas|weeks|meses|months|horas|hours|"
    r"giorn[oi]|settiman[ae]|mes[ei])\b[^.,;:]{0,50}\b(?:en|in|nel)\s*$"
)


def _with_year(mention: DateMention) -> bool:
    """Whether a date is written with its year in figures ("en marzo de 2026", "2019"), not
    read from its context ("el 3 de marzo", "el año pasado")."""
    return re.search(r"\d{4}", mention.text) is not None


def _opens(text: str, mark: int) -> bool:
    if text[mark] in "«“":
        return True
    if text[mark] in "»”":
        return False
    return mark + 1 < len(text) and (text[mark + 1].isalnum() or text[mark + 1] in "¡¿")


def _in_quotation(text: str, at: int) -> bool:
    """Whether the offset `at` of a sentence is inside quotation marks: the last mark
    before it opens a quote, or, with none before it, the first after it closes one (the
    sentence continues a quote: 'hoy es ese día", se lee'). An outlet may open with one
    kind of mark and close with another."""
    before = [m.start() for m in _QUOTE_MARK.finditer(text, 0, at)]
    if before:
        return _opens(text, before[-1])
    after = _QUOTE_MARK.search(text, at)
    return after is not None and not _opens(text, after.start())


def _dates_its_fact(claim: Claim, mention: DateMention, published: date | None = None) -> bool:
    """Whether a date of the claim's sentence can be the day of the fact it states. Not a relative
    day inside quotation marks ("ayer", "today", "el próximo domingo"): it counts from when
    the words were said, which is seldom the publication day the reader counts from. Not a
    date naming which thing is meant (`_ATTRIBUTIVE_BEFORE`, `_NAMED_BY_YEAR`, `_NORM`,
    `_NUMBERED_NORM`, `_WHICH_ELECTIONS`), the first day of a night written as two
    (`_NIGHT_FIRST`), inside a period named by its bounds (`_PERIOD_BETWEEN`), a year a
    conditional guesses about (`_GUESSED_YEAR`), of a relative clause or an opening "after"
    clause or a Spanish "después de que" one anywhere (`_RELATIVE_CLAUSE`,
    `_RESTRICTIVE_CLAUSE` and `_restrictive_that` with a written year, `_AFTER_CLAUSE`),
    bounding a period or a deadline, named as one too (`_SINCE`, `_PERIOD_OPENS`,
    `_DEADLINE`, `_HORIZON`, a range), annotating a name in parentheses, nor one whose
    written year or month the reader could not read (`_UNREAD_YEAR`, `_DAY_OF_MONTH`), nor a
    quoted year naming a period or yet to come (`_YEAR_OF`; `published`, the article's day),
    a "hoy" of a present state or name (`_now_state`), "el día de mañana" (`_SOME_DAY`), a
    year of a comparison's base (`_COMPARED`) or of a list of years (`_YEAR_LIST_AFTER`,
    `_YEAR_LIST_BEFORE`) or closing a count of time spent (`_TIME_COUNTED`), a year after a
    day cut from its month (`_CUT_AT_MONTH`) nor a yearless date opening a list's line
    (`_LIST_LINE_AFTER`), nor a date a possibility or an
    "if" hangs on (`_POSSIBLE_BEFORE`, `_POSSIBLE_AFTER`, `_IF_BEFORE`), a byline's or a
    post's stamp (`_BAR_BEFORE`, `_stamped`), a weekday cut from its month
    (`_WEEKDAY_CUT_AFTER`), a fiscal year (`FISCAL_BEFORE`), a month of a range of months
    (`_MONTH_RANGE_BEFORE`) or a year two or more years after the article's (`_years_ahead`,
    a horizon), a year welcomed (`_WELCOMED`), a hope told by its holder (`_HOPED`), a year
    after a day and a month the reader does not read (`_UNREAD_DAY_MONTH`), elections a
    campaign is for (`_ELECTIONS_NAMED`), a year or a month of a purpose clause
    (`_PURPOSE`), a year of an apposition on a body's origin (`_ORIGIN`), nor a weekday
    that disagrees with the day written with it (`_read_whole`). A relative clause's
    "hoy"/"today" of a past act is the article's own news (`_told_today`), and a clause on
    what the fact fell during dates it (`_DURING`). Only these conventions, recurring and
    seldom the fact's day:
    when in doubt a date places its fact (a year after "de" and a common noun is often the
    fact's)."""
    text, start, _ = claim.cited()
    at = mention.start - start
    written = any(c.isdigit() for c in mention.text)
    quoted = _in_quotation(text, at)
    if mention.precision == DAY and not written and quoted:
        return False
    before = fold(text[:at]).replace("’", "'")
    after = text[at + len(mention.text) :]
    if (
        quoted
        and mention.precision == YEAR
        and written
        and _quoted_year(mention, before, published)
    ):
        return False
    if fold(mention.text) in _NOW and _now_state(before, fold(after)):
        return False
    if written and _years_ahead(mention, published):
        return False
    if fold(mention.text) == "manana" and _SOME_DAY.search(before):
        return False
    if written and _ATTRIBUTIVE_BEFORE.search(before) and not _PREDICATE.search(before):
        noun = _ATTRIBUTIVE_AFTER.match(after)
        if noun and noun.group(1).lower() not in _NOT_A_NOUN | _PREPOSITIONS:
            return False
    if any(p.search(before) for p in (_AFTER_CLAUSE, _DEADLINE, _NORM)):
        return False
    if _RELATIVE_CLAUSE.search(before) and not _told_today(mention, text[:at], after):
        return False
    if _PERIOD_BETWEEN.search(before):
        return False
    if written and _ELECTIONS_NAMED.search(before):
        return False
    if written and (_BAR_BEFORE.search(before) or _BAR_AFTER.match(after)):
        return False
    if written and _stamped(text[:at], after):
        return False
    if written and _FIRST_STAGE.search(before):
        return False
    if mention.precision == YEAR and written and _ORIGIN.search(before):
        return False
    if mention.precision in (YEAR, MONTH) and _PURPOSE.search(before):
        return False
    if _object_participle(text[:at], before, fold(after)):
        return False
    if (
        mention.precision == YEAR
        and written
        and _TITLE_AFTER.match(after)
        and _TITLE_BEFORE.search(before)
    ):
        return False
    if _POSSIBLE_BEFORE.search(before) or _IF_BEFORE.search(text[:at]):
        return False
    if _POSSIBLE_AFTER.match(fold(after)):
        return False
    if mention.precision == YEAR and written and FISCAL_BEFORE.search(before):
        return False
    if mention.precision == YEAR and written and _TIME_COUNTED.search(before):
        return False
    if mention.precision == MONTH and (
        _MONTH_RANGE_BEFORE.search(before)
        or (_FROM.search(before) and _MONTH_RANGE_AFTER.match(fold(after)))
    ):
        return False
    if mention.precision == YEAR and written and _GUESSED_YEAR.match(fold(after)):
        return False
    if mention.precision == DAY and _NIGHT_FIRST.search(before) and _NIGHT_TO.match(fold(after)):
        return False
    if (
        mention.precision == YEAR
        and written
        and (_NUMBERED_NORM.search(before) or _WHICH_ELECTIONS.search(before))
    ):
        return False
    if _with_year(mention) and (
        _RESTRICTIVE_CLAUSE.search(before)
        or _restrictive_that(text[:at])
        or _contact_clause(text[:at])
    ):
        return False
    if mention.precision == YEAR and (
        _HORIZON.search(before) or (written and _NAMED_BY_YEAR.search(text[:at]))
    ):
        return False
    if not _read_whole(mention, fold(after)):
        return False
    if mention.precision == YEAR and written and _UNREAD_DAY_MONTH.search(before):
        return False
    if mention.precision == YEAR and written and _WELCOMED.search(before):
        return False
    if _HOPED.search(before):
        return False
    if mention.precision == YEAR and (_COMPARED.search(before) or _CUT_AT_MONTH.match(before)):
        return False
    if mention.precision == DAY and not written and _WEEKDAY_CUT_AFTER.match(after):
        return False
    if _CHANGE_FROM.search(before) and _CHANGE_TO.match(fold(after)):
        return False
    if mention.precision == YEAR and (
        _YEAR_LIST_AFTER.match(after) or _in_year_list(before, after)
    ):
        return False
    if not text[:at].strip(" -–—•*") and not _with_year(mention) and _LIST_LINE_AFTER.match(after):
        return False
    if mention.precision == MONTH and (
        _FOR_PART.search(before) and _PART_OF_MONTH.match(fold(mention.text))
    ):
        return False
    if mention.precision == DAY and fold(mention.text) not in _NOW:
        # "desde hoy" is when a change takes effect
        return not _piled_up_since(text, before, after)
    return not (
        mention.precision in (YEAR, MONTH)
        and _bounds_a_period(text, before, after, fold(mention.text))
    )


# A past act in a relative clause ("the paper, which was published online today", "el
# informe, que fue presentado hoy", ", que se aprobó hoy"): the clause tells the article's
# own news of that day, not something about a noun from before.
_PAST_IN_CLAUSE = re.compile(
    r"\b(?:was|were|has been|have been|had been|fue|fueron|ha sido|han sido)\b"
    r"|\b\w+(?:ed|ó|aron|ieron)\b|\b(?:ha|han)\s+\w+(?:ad|id)o\b"
)


def _told_today(mention: DateMention, before: str, after: str) -> bool:
    """Whether a relative clause's "hoy"/"today" dates a past act of the article's own day
    (`_PAST_IN_CLAUSE`, in the clause up to its closing comma), the news told about the
    noun, rather than what the noun is now ("el teatro, que hoy es un museo"). `before`,
    `after`: the sentence around the date, accents kept (the preterite's "ó")."""
    if fold(mention.text) not in _NOW:
        return False
    clause = _RELATIVE_CLAUSE.search(before.lower())
    if clause is None:
        return False
    rest = re.split(r"[,;:()]", after.lower(), maxsplit=1)[0]
    return bool(_PAST_IN_CLAUSE.search(clause.group() + " " + rest))


def _stamped(before: str, after: str) -> bool:
    """Whether a written date is a page's or a post's stamp run into the text: a reading
    time after it, a publication or update stamp's word before it (`_STAMP_WORD_BEFORE`),
    an author credit or an embedded post's link or handle before it (`_STAMP_AFTER`,
    `_CREDIT_BEFORE`, `_POST_BEFORE`). `before`: accents and case kept."""
    if _STAMP_AFTER.match(after):
        return True
    if _STAMP_WORD_BEFORE.search(before) and _STAMP_WORD_AFTER.match(after):
        return True
    return bool(_CREDIT_BEFORE.search(before) or _POST_BEFORE.search(before))


def _object_participle(raw: str, before: str, after: str) -> bool:
    """Whether a date is of a participle with its agent ("por") on an object, after the
    sentence's own verb (`_AGENT_PARTICIPLE`, `_VERB_BEFORE`). `raw`: the sentence up to the
    date, accents kept (a preterite's "ó"); `before`, `after` folded."""
    found = _AGENT_PARTICIPLE.search(before)
    if found is None:
        return False
    has_agent = "por " in found.group() or _AGENT_AFTER.match(after) is not None
    if not has_agent or _PASSIVE_BE.search(before[: found.start()]):
        return False
    if _SAID_IN.search(before[: found.start()]):
        return False
    return bool(
        _VERB_BEFORE.search(raw[: found.start()]) or _PERFECT_BEFORE.search(before[: found.start()])
    )


def _in_year_list(before: str, after: str) -> bool:
    """Whether a year closes a list of years (after a conjunction) or stands inside one
    (after a year and a comma, a comma or a conjunction after it)."""
    found = _YEAR_LIST_BEFORE.search(before)
    if found is None:
        return False
    return not found.group().rstrip().endswith(",") or bool(_YEAR_LIST_GOES_ON.match(after))


def _now_state(before: str, after: str) -> bool:
    """Whether "hoy"/"today" tells a present state or names a thing by its present name
    (`_NOW_STATE`, `_NOW_NAMES`, `_NOW_BE`), or nowadays for a generic "we" (`_NOW_WE_BEFORE`,
    `_NOW_WE_AFTER`), rather than the day of a fact."""
    if _NOW_STATE.search(before):
        return True
    named = _NOW_NAMES.search(before)
    if named and (not named.group().startswith(",") or _NOW_APPOSITION.match(after)):
        return True
    if _NOW_BE.search(before) and _NOW_PREDICATE.match(after):
        return True
    we = _NOW_WE_BEFORE.search(before) or _NOW_WE_AFTER.match(after)
    return bool(we and not _NOT_WE_PRESENT.search(we.group()))


def _years_ahead(mention: DateMention, published: date | None) -> bool:
    """Whether a date written with its year falls `_HORIZON_YEARS` or more years after
    the article's publication year (a horizon, not a fact of the story's days)."""
    return (
        published is not None
        and mention.value is not None
        and _with_year(mention)
        and mention.value.year >= published.year + _HORIZON_YEARS
    )


def _quoted_year(mention: DateMention, before: str, published: date | None) -> bool:
    """Whether a year inside quotation marks names a period or a thing (after "de"/"of")
    or is one to come (after the article's year): a forecast, a plan, a wish."""
    if _YEAR_OF.search(before):
        return True
    return (
        published is not None and mention.value is not None and mention.value.year > published.year
    )


def _since(before: str, after: str) -> bool:
    """Whether a date is of a "desde"/"since" phrase or clause (`_SINCE`), or in apposition
    right after such a clause (`_SINCE_APPOSITION`)."""
    if _SINCE.search(before):
        return True
    return bool(_SINCE_APPOSITION.search(before) and _APPOSITION_ENDS.match(after))


def _piled_up_since(text: str, before: str, after: str) -> bool:
    """Whether a day after "desde"/"since" bounds a period over which what a present
    perfect reports piled up ("desde el lunes han muerto 30 personas"), unless its clause
    tells a beginning (`_begins`)."""
    folded = fold(text)
    return bool(_since(before, after) and _PERFECT.search(folded) and not _begins(before, after))


# Where the clause of a date ends: a quote's mark, a semicolon or a colon, before it; and
# after it, those or a conjunction opening another clause ("Sony has offered it since 2019
# and Robledal launched its own this year": the launch is not what began in 2019).
_CLAUSE_BEFORE = re.compile(r"[;:«»“”\"]")
_CLAUSE_AFTER = re.compile(rf"[;:«»“”\"]|\s{_CLAUSE_JOIN}\s")


def _begins(before: str, after: str) -> bool:
    """Whether the clause holding a "desde"/"since" date tells a beginning (`_BEGINNING`:
    "Desde 2016 se dio inicio al proyecto", "since it was introduced on Monday"), rather
    than another clause of the sentence."""
    opening = max((m.end() for m in _CLAUSE_BEFORE.finditer(before)), default=0)
    closing = _CLAUSE_AFTER.search(after)
    clause = before[opening:] + " " + fold(after[: closing.start() if closing else len(after)])
    return bool(_BEGINNING.search(clause))


def _bounds_a_period(text: str, before: str, after: str, written: str) -> bool:
    """Whether a year or a month opens or closes a period (`_SINCE`, `_PERIOD_OPENS`, a
    range) or annotates a name in parentheses, rather than dating the fact."""
    since = _since(before, after) or _PERIOD_OPENS.match(written)
    if since and not _begins(before, after):
        return True
    if _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after):
        return True
    if _FROM.search(before) and _TO_NOW.match(fold(after)):
        return True
    return bool(_PARENTHESIS_BEFORE.search(before) and _PARENTHESIS_AFTER.match(after))


def _read_whole(mention: DateMention, after: str) -> bool:
    """Whether what the text writes of the date was read: not a month followed by a year
    the reader could not read, nor a weekday followed by a day of a month it was not
    resolved to."""
    if mention.value is None:
        return True  # shown as written, its year guessed by nobody
    # A weekday written with its day ("el viernes 20 de abril") agrees with it; when the
    # day placed falls on another weekday, the year guessed (or the day counted) is not the
    # writer's.
    if mention.precision == DAY:
        written = [WEEKDAYS[w] for w in re.findall(r"\w+", fold(mention.text)) if w in WEEKDAYS]
        if written and written[0] != mention.value.weekday():
            return False
    if mention.precision == MONTH and _UNREAD_YEAR.match(after):
        return False
    day = _DAY_OF_MONTH.match(after)
    if mention.precision != DAY or day is None:
        return True
    month = MONTHS.get(day.group(1))
    return month is None or month == mention.value.month


def _placed(claim: Claim, published: date | None = None) -> DateMention | None:
    """The date a claim is placed at, of those that can date its fact (`_dates_its_fact`):
    its first day written with its number, else its first date. Later ones tend to be
    background ("vencido desde setiembre de 2025"), not the event the sentence reports."""
    dates = [m for m in claim.dates if _dates_its_fact(claim, m, published)]
    # The day an anniversary commemorates yields to the sentence's other dates.
    dates = [m for m in dates if not _commemorated(claim, m)] or dates
    days = [
        m
        for m in dates
        if m.value is not None and m.precision == DAY and m.value.date() in claim.days
    ]
    if days:
        return min(days, key=lambda m: m.value)
    return dates[0] if dates else None


# A date of the event an anniversary or a count of time since commemorates ("en el primer
# aniversario de la riada del 12 de octubre de 2025", "se cumple un año del incendio del 3
# de marzo", "a un año de la riada de octubre", "one year after the March 3 fire",
# "the anniversary of the October 12 flood") names what is remembered: when the sentence
# writes another date, that one is the day of its fact (the gathering, the reopening);
# alone, it places the event recalled, as background.
_COUNT_WORD = r"(?:un|una|uno|a|one|\d+|[a-z]+)"
_COMMEMORATED = re.compile(
    r"\b(?:aniversario|anniversary|conmemoracion|commemoration)\b[^,;:.!?]{0,60}$"
    rf"|\b(?:se cumplen?|a)\s+{_COUNT_WORD}\s+(?:anos?|mes|meses|semanas?|dias?|decadas?)"
    r"\s+del?\b[^,;:.!?]{0,60}$"
    rf"|\b{_COUNT_WORD}\s+(?:anos?|mes|meses|semanas?|dias?|decadas?|years?|months?|weeks?|"
    r"days?|decades?)\s+(?:despues|after|since)\b[^,;:.!?]{0,60}$"
)


def _commemorated(claim: Claim, mention: DateMention) -> bool:
    """Whether a date names the event an anniversary or a count of time since recalls
    (`_COMMEMORATED`)."""
    text, start, _ = claim.cited()
    return _COMMEMORATED.search(fold(text[: mention.start - start])) is not None


Placed = list[tuple[Claim, DateMention]]


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment else None


def _dates(
    group: ClaimGroup, published: dict[str, datetime] | None = None
) -> tuple[dict[str, Placed], Placed]:
    """The group's claims by the ISO date they are placed at, only the most precise
    precision any of them has; and those whose date could not be resolved. `published`:
    each article's publication moment, when known."""
    published = published or {}
    placed = [
        (c, m)
        for c in group.claims
        if (m := _placed(c, _day(published.get(c.article_id)))) is not None
    ]
    resolved = [(c, m) for c, m in placed if m.iso]
    finest = max((_FINENESS[m.precision] for _, m in resolved), default=None)
    by_date: dict[str, Placed] = {}
    for claim, mention in resolved:
        if _FINENESS[mention.precision] == finest:
            by_date.setdefault(mention.iso, []).append((claim, mention))
    return by_date, [(c, m) for c, m in placed if not m.iso]


@dataclass(frozen=True)
class _Thing:
    names: frozenset[str]  # folded names of the called-off thing
    words: frozenset[str]  # its rare content stems, used when it has no name


def _called_off_thing(claim: Claim) -> _Thing | None:
    """What the claim says was called off: the object after an active verb ("suspendió la
    Feria del Queso"), the subject before a passive one, back to "que" ("anunció que la
    Feria del Queso no se celebrará", "la final quedó suspendida"). Names after a
    preposition are where or whose ("en el Valle del Quimal"), not the thing."""
    folded = fold(claim.sentence)
    match = _CALLED_OFF.search(folded)
    if match is None or re.match(r"(?:\s+\w+){0,3}\s+que\b", folded[match.end() :]):
        return None
    if _passive(folded[: match.start()], match.group()):
        words = re.split(r"\bque\b|[.;:]", claim.sentence[: match.start()])[-1].split()
        words = words[-_THING_WORDS:]
    else:
        words = re.split(r"[.;:,]", claim.sentence[match.end() :])[0].split()[:_THING_WORDS]
    if not words or fold(words[0]) in _PREPOSITIONS:
        return None
    around = " ".join(words)
    found = frozenset(fold(n) for n in names(around) if not _after_preposition(around, n))
    rare = frozenset(s for s, weight in content_words(around).items() if weight >= _RARE)
    return _Thing(found, rare) if found or len(rare) >= _MIN_SHARED else None


def _passive(before: str, verb: str) -> bool:
    """Whether the called-off thing is the verb's subject (`before`: the folded sentence
    up to the verb)."""
    if _NEGATED.search(verb):
        return True
    if _ENGLISH_PARTICIPLE.search(verb):
        return bool(_BE.search(before))
    return bool(_SPANISH_PARTICIPLE.search(verb)) and not _HABER.search(before)


def _after_preposition(text: str, name: str) -> bool:
    """A place or an owner, not the thing: "en el Valle del Quimal", "de la Constitución"."""
    words = [fold(w) for w in text[: text.find(name)].split()][-2:]
    if words and words[-1] in _ARTICLES:
        words.pop()
    return bool(words) and words[-1] in _PREPOSITIONS


def _mentions(claim: Claim, thing: _Thing) -> bool:
    if thing.names:
        folded = fold(claim.sentence)
        return all(name in folded for name in thing.names)
    return len(thing.words & content_words(claim.sentence).keys()) >= _MIN_SHARED


def _called_off(check: CrossCheck) -> list[tuple[CalledOff, _Thing]]:
    """Every claim of the story that calls something off, with who said it and when."""
    found = []
    for group in check.groups:
        for claim in group.claims:
            said = check.published.get(claim.article_id)
            if said is None:
                continue  # undated, it dates no call-off: its sentences are not read for one
            thing = _called_off_thing(claim)
            if thing is None:
                continue
            text, start, end = claim.cited()
            outlet = check.outlet_of[claim.article_id]
            found.append(
                (
                    CalledOff(claim.article_id, outlet, said.date(), text, start, end, claim.field),
                    thing,
                )
            )
    return found


def _called_off_before(
    claim: Claim,
    mention: DateMention,
    called_off: list[tuple[CalledOff, _Thing]],
    check: CrossCheck,
) -> list[CalledOff]:
    """Other articles that called this event off on or before the day it is dated, when
    that is a day and the claim's article is dated (a dated article's day can still stay
    unplaced: one told in reported speech dated elsewhere)."""
    if (
        mention.precision != DAY
        or mention.value is None
        or check.published.get(claim.article_id) is None
        or _CALLED_OFF.search(fold(claim.sentence))
    ):
        return []
    day = mention.value.date()
    return [
        said
        for said, thing in called_off
        if said.article_id != claim.article_id and said.said_on <= day and _mentions(claim, thing)
    ]


def _entry(
    group: ClaimGroup,
    placed: Placed,
    disputed: bool,
    called_off: list[tuple[CalledOff, _Thing]],
    check: CrossCheck,
) -> TimelineEntry:
    flagged = {c: _called_off_before(c, m, called_off, check) for c, m in placed}
    # The event as reported happening, when the group also holds its calling off.
    shown, when = next(((c, m) for c, m in placed if flagged[c]), placed[0])
    text, start, end = shown.cited()
    return TimelineEntry(
        when=when,
        text=text,
        article_id=shown.article_id,
        start=start,
        end=end,
        label=group.label,
        sources=tuple(
            dict.fromkeys((c.article_id, check.outlet_of[c.article_id]) for c, _ in placed)
        ),
        disputed=disputed,
        called_off=tuple(dict.fromkeys(f for c, _ in placed for f in flagged[c])),
        field=shown.field,
    )


def timeline(check: CrossCheck) -> list[TimelineEntry]:
    called_off = _called_off(check)
    entries = []
    dated = [moment.date() for moment in check.published.values() if moment is not None]
    for group in check.groups:
        by_date, unresolved = _dates(group, check.published)
        disputed = any(c.kind == "date" for c in group.conflicts)
        if by_date:
            shown = sorted(by_date) if disputed else sorted(by_date)[:1]
            entries += [_entry(group, by_date[d], disputed, called_off, check) for d in shown]
        elif unresolved:
            entries.append(_entry(group, unresolved, disputed, called_off, check))
    if dated:
        first = min(dated)
        before = first - timedelta(days=BACKGROUND_DAYS)
        leads = _undated_leads(check)
        entries = [
            replace(e, background=True)
            if (ends_before(e.when, before) or _past_period(e.when, first) or _early(e, before))
            and not _own_lead(e, leads)
            else e
            for e in entries
        ]
    else:
        entries = _undated_background(entries)
    entries = [replace(e, background=True) if _counted_back(e.when) else e for e in entries]
    entries = [e for e in entries if not (e.background and _names_which(e))]
    return sorted(entries, key=_order)


def _undated_leads(check: CrossCheck) -> set[tuple[str, str, int]]:
    """(article id, field, start) of the leads of the story's undated articles: the
    title's sentences and the text's opening one (the first of its claims' sentences)."""
    undated = {a for a, moment in check.published.items() if moment is None}
    opening: dict[str, int] = {}
    leads = set()
    for group in check.groups:
        for claim in group.claims:
            if claim.article_id not in undated:
                continue
            _, start, _ = claim.cited()
            if claim.field == TEXT:
                opening[claim.article_id] = min(start, opening.get(claim.article_id, start))
            else:
                leads.add((claim.article_id, claim.field, start))
    return leads | {(article, TEXT, start) for article, start in opening.items()}


def _own_lead(entry: TimelineEntry, leads: set[tuple[str, str, int]]) -> bool:
    """Whether an entry is told in the lead of an undated article by a date written with
    its year (`_undated_leads`): that article may be older than the dated ones it is
    grouped with ("Robledal, 12 de febrero de 2026. – El hospital aplicó hoy la primera
    vacuna" beside a report of late March), and its lead tells its own news, which the line
    drawn from the other articles' days does not make background."""
    return (entry.article_id, entry.field, entry.start) in leads and _with_year(entry.when)


# A relative clause on a noun with no comma, the restrictive "donde"/"where" one running
# up to `_THAT_WORDS` words ("un documento donde señaló que la concesión se otorgó en
# 1994"), or a second one chained to another by "y que"/"and that" ("una plataforma
# llamada ... y que chequeamos en octubre de 2019").
_WHERE_CLAUSE = re.compile(
    r"[^\s,;:(\-–—]\s+(?:where|donde)"
    rf"(?:\s+[^\s,;:()\"“”«»]+){{0,{_THAT_WORDS}}}\s*$"
)
_AND_THAT = re.compile(r"\b(?:y|and)\s+(?:que|that|which|who)\b[^,;:()\"“”«»]*$")


def _names_which(entry: TimelineEntry) -> bool:
    """Whether a background entry's date is of a relative clause on a noun (`_restrictive_that`,
    `_WHERE_CLAUSE`, `_AND_THAT`): it says which thing or person is meant by an event of
    its own ("the commitments that he showcased last month", "el documento donde señaló
    que la concesión se otorgó en 1994"), not a fact recalled as context. In the story's
    own days such a clause is as often the news ("the man who was arrested on Monday"), so
    only a date that falls well before the story is left out."""
    raw = entry.text[: entry.when.start - entry.start]
    folded = fold(raw)
    return bool(_restrictive_that(raw) or _WHERE_CLAUSE.search(folded) or _AND_THAT.search(folded))


def _past_period(when: DateMention, first: date) -> bool:
    """A fact the article gives only by a month or a year before the month or the year of
    the story's first dated article ("en 2020" or "el año pasado" in a story of January
    2021, "in October" in one of November): context recalled, as a day more than
    `BACKGROUND_DAYS` before is. Placed at the end of its month or year, it would fall
    within the month before the story and pass for one of its own facts, which a story
    tells by their day, "this month" or "this year"."""
    if when.value is None:
        return False
    if when.precision == YEAR:
        return when.value.year < first.year
    if when.precision == MONTH:
        return (when.value.year, when.value.month) < (first.year, first.month)
    return False


# A span counted back from the publication day by itself ("hace tres años", "el año
# pasado", "el mes pasado", "two months ago", "last year"): how far back it lies does not
# hang on which day that is, unlike "el pasado 6 de marzo" or "el lunes".
_COUNTED_BACK = re.compile(
    r"^(?:hace\s.+|.+\sago|(?:(?:el|la)\s)?(?:ano|mes|semana|decada)\s(?:pasad[oa]|anterior)|"
    r"last\s(?:year|month|week|decade))$"
)
_ANY_DAY = datetime(2001, 7, 1)  # a publication day to count back from: any will do


def _counted_back(when: DateMention) -> bool:
    """Whether a date left unplaced, its article's day unknown, still tells a fact recalled
    from before the story (`_COUNTED_BACK`): counted back from any publication day, it
    falls before the line a dated story draws (`BACKGROUND_DAYS`, `_past_period`), as "hace
    tres años" or "el año pasado" do in a dated article. Shown apart, as written, rather
    than as one of the story's own facts."""
    if when.value is not None or not _COUNTED_BACK.match(fold(when.text)):
        return False
    counted = [m for m in find_dates(when.text, _ANY_DAY) if m.value is not None]
    if not counted:
        return False
    day = _ANY_DAY.date()
    line = day - timedelta(days=BACKGROUND_DAYS)
    return ends_before(counted[0], line) or _past_period(counted[0], day)


# The early part of a year ("early this year", "earlier this year", "a principios de este
# año", "a comienzos de 2026"): its first months, up to `_EARLY_MONTHS`, not the whole year.
_EARLY_BEFORE = re.compile(
    r"\b(?:early|earlier|a principios de|a comienzos de|a inicios de|al principio de)\s*$"
)
_EARLY_MONTHS = 4


def _early(entry: TimelineEntry, line: date) -> bool:
    """Whether an entry placed by a year is told as of its early part (`_EARLY_BEFORE`) and
    those months end before the background line: "the deal was struck earlier this year"
    in a story of November recalls a stage months before, as "en marzo" would; placed at
    the end of its year, it passed for one of the story's own facts."""
    when = entry.when
    if when.precision != YEAR or when.value is None:
        return False
    if not _EARLY_BEFORE.search(fold(entry.text[: when.start - entry.start])):
        return False
    end = date(when.value.year, _EARLY_MONTHS, 30)
    return end < line


def _undated_background(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """With no dated article there is no publication day to draw the line from, but a story
    tells most of its facts in its own year, and recalls others from years before: the
    entries placed before the year most of the story's entries are placed in (the latest on
    a tie) are background. When that year is the only one placed, it is its own majority:
    `_past_in_year` then tells a recalled year's facts apart."""
    years = Counter(e.when.value.year for e in entries if e.when.value is not None)
    if not years:
        return entries
    year = max(years, key=lambda y: (years[y], y))
    first = date(year, 1, 1)
    alone = len(years) == 1 and any(_hangs_on_today(e.when) for e in entries)
    return [
        replace(e, background=True)
        if ends_before(e.when, first) or _month_named(e) or (alone and _past_in_year(e))
        else e
        for e in entries
    ]


def _hangs_on_today(when: DateMention) -> bool:
    """A date left unplaced that is the story's own time ("el miércoles", "este mes", "this
    year"): it hangs on the unknown publication day, and does not count back past the line
    by itself (`_counted_back`)."""
    return when.value is None and not _counted_back(when)


# A year written alone after "en"/"in"/"nel": "se casaron en 2015", "En 2014, ...".
_IN_YEAR = re.compile(r"\b(?:en|in|nel)\s*$")
_NUMERAL_YEAR = re.compile(r"\d{4}")


def _past_in_year(entry: TimelineEntry) -> bool:
    """Whether an entry of a story with no dated article and one year placed (`alone` in
    `_undated_background`) tells a past fact by that year alone ("they moved to Lugo in
    2015", "En 2014, una docena de vecinos fueron desalojados") while the story tells its
    own news by days left unplaced ("el miércoles", "este mes"): the one year is then its
    own majority and says nothing of the story's time, and an article writes its own
    year's past facts with those days or "este año", the numeral for another year's,
    recalled. Not a year as a thing ("as 2027 began", "su primera feria de 2027"), nor a
    present or a plan ("En 2026 hay elecciones"), both the story's own year as often as
    not."""
    when = entry.when
    if when.precision != YEAR or not _NUMERAL_YEAR.fullmatch(when.text):
        return False
    at = when.start - entry.start
    if not _IN_YEAR.search(fold(entry.text[:at])):
        return False
    clause = entry.text[: _telling(entry.text, at + len(when.text))]
    return tense_at(clause, at, at + len(when.text)) == PAST


# A mark closing a clause (a comma, a quotation's end) after at least a word of it, then
# up to three words of a speaker and a verb of saying: ", recordó el alcalde", "”, dijo",
# ", officials said".
_CLAUSE_CLOSED = re.compile(r"[^\W_]\W*?[,;:»”\"]")
_SPEAKER_WORDS = 4
_SAYING_FORMS = SPEECH_VERBS["es"].finite | SPEECH_VERBS["en"].finite


def _telling(text: str, end: int) -> int:
    """Where the clause a date closes ends when a verb of saying frames it ("En 2026 hay
    elecciones, recordó el alcalde"): the saying is told in the past whatever the tense of
    what is said, and `tense_at`, which reads no present ("hay", "es"), would take it for
    the clause's own verb. Else the text's end. A mark right after the date ("En 2013, la
    policía dijo que ...") opens the clause rather than closing it."""
    for closed in _CLAUSE_CLOSED.finditer(text, end):
        mark = closed.end() - 1
        words = re.findall(r"[^\W\d_]+", text[closed.end() :])[:_SPEAKER_WORDS]
        if any(w.lower() in _SAYING_FORMS for w in words):
            return mark
    return len(text)


def _month_named(entry: TimelineEntry) -> bool:
    """A month written with its year ("en marzo de 2026"): with no dated article it is most
    often a stage recalled (when a plan began, when a patent was filed), the news being
    told by weekdays and relative days, or by the year. Not one a future verb looks ahead
    to ("la primera etapa se llevará a cabo en enero de 2027"): a plan is no stage
    recalled."""
    when = entry.when
    if when.precision != MONTH or not _with_year(when):
        return False
    at = when.start - entry.start
    return tense_at(entry.text, at, at + len(when.text)) != FUTURE


def _order(entry: TimelineEntry) -> tuple:
    """By date, a year before the days in it; the unresolved last."""
    when = entry.when
    return (
        when.value is None,
        when.value or datetime.min,
        _FINENESS[when.precision],
        entry.article_id,
        entry.start,
    )
