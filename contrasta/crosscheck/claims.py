"""Check-worthy sentences and the facts inside them that can be compared across outlets.

Embeddings say two sentences are about the same thing; they cannot say whether "3.000" and
"5.000" or "aprobó" and "no logró aprobar" agree. So each claim carries its numbers (with
the noun they count and how hedged they are), its resolved dates and its negation scope
explicitly, and the comparison in `labels` works on those.

Kept as claims: declarative sentences of at least six words (three when they give a figure
in digits: "Tenía 77 años."), one claim per clause when a sentence packs several facts
("dejó sin actividad las terminales y obligó a desviar seis buques": outlets repeat each
fact on its own; see `reading.sentences.split_clauses`). A sentence that is mostly a direct
quote is kept too, attributed to its speaker, with the quote and speaker (`Quoted`): "Acuña
said X" is itself a checkable fact, and two independent outlets carrying the same quote
corroborate that it was said — or contradict each other on who said it, or how (`said`).
The title is read like a paragraph of its own: outlets put a fact in their headline that
their lead words differently, or not at all, and another outlet's lead may state it. Its
claims say so (`Claim.field` = "title") and their offsets index `Article.title`, as a
loaded word of the title does (`coverage.loaded.LoadedMatch`). A title the cleaner did not
find (`prepare` then shows the start of the text) is the text's, not a second copy of it.
Left out: questions, list headings, the outlet's own "we will keep reporting" lines, the
page's lines (an ad's place, a photo credit: cut out of the sentence the flattened text
glued them to), lines saying only when, and lines to the reader (`_SKIP`).
In commentary (a column, an editorial, a review, advice to the reader: `genre`) only the
clauses that state a fact are claims: someone's statement, a figure, a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from contrasta.clean.rules import READ_MORE, RELATED_HEADINGS, RELATED_LABELS, loosen, printed
from contrasta.crosscheck.figures import naming_spans, qualified
from contrasta.crosscheck.frame_parse import parsed_frame
from contrasta.crosscheck.frame_shapes import shallow_frame
from contrasta.crosscheck.frames import COUNTED_BY, SAYING_VERBS, Frame
from contrasta.crosscheck.genre import commentary, datable, reported
from contrasta.crosscheck.parse import parse
from contrasta.crosscheck.referents import with_referents
from contrasta.crosscheck.speculation import speculates
from contrasta.crosscheck.words import caseless, fold, stem
from contrasta.dates import (
    DAY,
    FALLBACK_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    TIMEZONES,
    WEEKDAYS,
    DateMention,
    find_dates,
)
from contrasta.model import Article
from contrasta.patterns import word_tree
from contrasta.reading.inflection import is_inflected
from contrasta.reading.numbers import AGE, Number, Style, find_numbers, number_style
from contrasta.reading.polarity import unnegated
from contrasta.reading.quotes import Quote, find_quotes
from contrasta.reading.rarity import CACHED, TOP_ZIPF, rarity
from contrasta.reading.sentences import Sentence, is_verb, split_clauses, split_sentences
from contrasta.reading.speech import PREPOSITION_CUES, SPEECH_VERBS
from contrasta.reading.tokens import STOPWORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc

MIN_WORDS = 6
MIN_WORDS_WITH_FIGURE = 3  # "Tenía 77 años.", "Murieron 12 presos."
TEXT = "text"
TITLE = "title"


@dataclass(frozen=True)
class Quoted:
    """A direct quote inside a claim: its words (folded, so spelling and marks do not
    matter) and who the article says spoke them."""

    words: tuple[str, ...]
    speaker: str | None
    # When the article says the words were said (ISO days written beside the verb that
    # gives them: "dijo el 4 de mayo", "said at a rally on Nov. 6") and how (`said.channel`
    # of that stretch: written or spoken); empty when it does not say (`_occasion`).
    said_on: frozenset[str] = frozenset()
    said_how: str | None = None


@dataclass(frozen=True)
class Claim:
    article_id: str
    sentence: str
    start: int  # offsets into the article's field named by `field`: its text or its title
    end: int
    numbers: tuple[Number, ...]
    # Every date written in the claim, offsets into its field; unresolved (value None)
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
    frame: Frame = field(default_factory=Frame)
    # Offsets into its field of the frame's background clauses (`Frame.background`) and of a
    # headline's kicker (`_kicker_end`).
    background: tuple[tuple[int, int], ...] = ()
    # The article's headline: its title, or the text's first sentence when it ends with no
    # full stop (a headline the cleaner left in the text). It restates a fact of the lead,
    # so it may share a group with another claim of its own article (`align`).
    headline: bool = False
    # Offsets into its field of a clause telling another event, before or after the one
    # the claim states ("después de que el viernes le tocaran tres millones": `_another_event`).
    elsewhere: tuple[tuple[int, int], ...] = ()
    # "text" (offsets into Article.text) or "title" (into Article.title). Declared last: the
    # name hides `dataclasses.field` in the rest of the class body.
    field: str = TEXT

    def asserted(self) -> Claim:
        """The claim without the figures and dates of its background clauses, nor the
        figures that name a thing (`figures.naming_spans`: a model's size, an article of a
        law, a telephone number), nor the figures and dates of a clause telling another
        event (`elsewhere`): what it states, as opposed to what it names to say which
        thing it means."""
        named = tuple(
            (low + self.start, high + self.start) for low, high in naming_spans(self.sentence)
        )
        if not self.background and not named and not self.elsewhere:
            return self

        def inside(start: int, end: int) -> bool:
            return any(low <= start and end <= high for low, high in self.background) or any(
                low <= start < high for low, high in (*named, *self.elsewhere)
            )

        def apart(start: int) -> bool:
            return any(low <= start < high for low, high in self.elsewhere)

        return replace(
            self,
            numbers=tuple(n for n in self.numbers if not inside(n.start, n.end)),
            dates=tuple(d for d in self.dates if not apart(d.start))
            if self.elsewhere
            else self.dates,
        )

    def cited(self) -> tuple[str, int, int]:
        """The sentence to show for this claim, with its offsets into its field."""
        if not self.context:
            return self.sentence, self.start, self.end
        return self.context, self.context_start, self.context_start + len(self.context)


_WORD = re.compile(r"[a-zñ]+")
_NEGATORS = (
    "no|nunca|jamas|tampoco|ni|sin exito|nego|niega|negaron|descarto|descarta|"
    "descartaron|desmintio|desmiente|rechazo|rechaza|rechazaron|fracaso|fracasa|not|never|"
    "denied|denies|rejected|failed"
).split("|")
_NEGATION = re.compile(rf"\b(?:{'|'.join(_NEGATORS)})\b")
# The negators of one word, for `_negation`, which meets words one by one: a set's look-up
# where a pattern's match cost a call into `re` per word of every clause.
_NEGATOR_WORDS = frozenset(negator for negator in _NEGATORS if " " not in negator)
# Between a negator and the verb it negates ("no logró aprobar", "no se ha firmado").
_NEGATION_FILLER = frozenset(
    "se lo la le les los las me nos ha han habia habian logro lograron pudo pudieron consiguio "
    "consiguieron llego llegaron va van a que fue fueron ser sido haber has have has had be "
    "been was were did does to".split()
)
_NEGATION_SCOPE = 3
# What opens a condition: a negation right after it ("si no se vacuna") denies no act.
_IF = frozenset({"si", "if"})
# A verb in the conditional mood ("no se vacunaría"): what would happen, no act denied;
# not "deber", whose conditional is a norm ("no deberían subir más del 7%").
_CONDITIONAL = re.compile(r"^(?!deb)\w*[aei]r(?:ía|ías|íamos|íais|ían)$")
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
CODES = re.compile(r"\b[A-Z]{1,5}-?\d{1,4}\b")


def _alternation(words) -> str:
    """The folded words as a tree of their letters (`patterns.word_tree`): the 742 forms of
    the verbs of saying, alternated, made each sentence's three searches most of what a
    claim's source cost."""
    return word_tree({fold(w) for w in words})


_SOURCE_CUES = frozenset(fold(cue) for cues in PREPOSITION_CUES.values() for cue in cues)
_SAID = _alternation(form for verbs in SPEECH_VERBS.values() for form in verbs.finite)
_SAID_PARTICIPLE = _alternation(
    form for verbs in SPEECH_VERBS.values() for form in verbs.participles
)
_SOURCE_START = re.compile(r" (?:el|la|los|las|un|una|uno|su|sus|the)\b| [A-ZÁÉÍÓÚÑ]")
# The three patterns of every verb of saying take ~45 ms to compile: they are compiled when
# a sentence is first read, since `show` and the web load this module for `Claim` only.


@cache
def _attribution() -> re.Pattern[str]:
    """ "», afirmó Ramiro Acuña" / "según la Autoridad Portuaria": the source follows the cue."""
    return re.compile(rf"\b(?:{_alternation(_SOURCE_CUES)}|{_SAID})\b")


@cache
def said_anywhere() -> re.Pattern[str]:
    """Any form of a verb of saying, in folded text: the sentence reports what someone said."""
    return re.compile(rf"\b(?:{_SAID}|{_SAID_PARTICIPLE})\b")


@cache
def _reported() -> re.Pattern[str]:
    """ "La Cámara de Comercio estima que...": the source is the subject before the verb."""
    that = "|".join(sorted(_THAT))
    return re.compile(rf"\b(?P<verb>(?:{_SAID}|{_SAID_PARTICIPLE})(?: [a-z]+)?) (?:{that})\b")


_ATTRIBUTION_END = re.compile(
    r"[.;:«»“”\"(]|, |\s(?:en|ante|tras|durante|desde|que|cuando|mientras|in|at|on|after|as)\s"
)
_SUBJECT_WORDS = 8
_ENGLISH_SAID = re.compile(r",? (?:officials|[a-z ]{0,40}) said\b")
# A dateline: the place in capitals, a region or a day after a comma, the agency in
# brackets, a dash ("PUERTO ALMAGRO, 12 ene (AAN) —", "CANBERA (dpa-AFX) -").
_DASHES = "—–-"  # a dateline ends in one, or in the Spanish press's ".-"
_DATELINE_TAIL = (
    rf"[A-ZÁÉÍÓÚÑ .]{{2,40}}(?:,[^—–\n]{{0,30}})?\s*(?:\([^()\n]{{1,25}}\)\s*)?[{_DASHES}]+"
)
_DATELINE = re.compile(rf"^[A-ZÁÉÍÓÚÑ]{_DATELINE_TAIL}\s*")
_CALENDAR_DAY = re.compile(r"(?<![\d:.])\d{1,4}(?![\d:])")
# A day after these bounds a period or dates a document ("paralizado desde el pasado 12 de
# enero", "un comunicado fechado el 13/01"): it is not the day the sentence's event
# happened, and two such days cannot contradict each other.
NOT_EVENT_DAY = re.compile(
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
# Words every match of `_MOVED` holds: most clauses have none, and `str` finds that far
# faster than `re` trying each alternative of the pattern at every position.
_MOVED_WORDS = (
    "adelant",
    "aplaz",
    "retras",
    "pospus",
    "pospon",
    "reprogram",
    "previst",
    "fecha",
    "rescheduled",
    "postponed",
    "brought forward",
    "moved to",
)
# Marks that open a quotation (a straight one opens as often as it closes).
_OPENING = frozenset('«“"')
_GLUED = re.compile(
    r"(?<=[a-záéíóúñ0-9»”\"])\s+(?P<next>(?:El|La|Los|Las|Un|Una|Unos|Unas) [a-záéíóúñ])"
)
# A dateline after a word with no stop, before a capital: the lead's, glued to the headline
# or to a photo credit ("...por el temporal de nieve PUERTO ALMAGRO (AAN) - El Gobierno...").
# The place in capitals has a word of five at least: "no VFA – Duterte", "la OTAN - Rusia".
# Written as a name, the place ends in the Spanish press's ".-" ("Puerto Almagro, 4 mar
# (AAN) .-", "Valdoria.-"), or, longer, in an agency's name in brackets ("Redacción de
# deportes (EE. UU.), 1 de enero (AAN) .-").
_GLUED_DATELINE = re.compile(
    r"(?<=[a-záéíóúñ0-9»”\"'’])\s+(?P<dateline>"
    rf"(?=[A-ZÁÉÍÓÚÑ .]{{0,20}}[A-ZÁÉÍÓÚÑ]{{5}})[A-ZÁÉÍÓÚÑ]{_DATELINE_TAIL}"
    r"|[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:,?\s[\w().]+){0,4}\s?\.-"
    r"|\d{1,2} de [a-záéíóúñ]+ de \d{4}\s?\.-"
    r"|[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:,?\s[\w().]+){0,8}?\s\([A-Z][\w-]{1,10}\)\s?\.-"
    r")\s*(?P<next>[A-ZÁÉÍÓÚÑ¿¡«“\"])"
)
# In an article's opening sentence, a capitalised preposition or "Se" after a word with no
# stop ("...nuevas rutas en el país Para 2030, se espera..."): a lead glued to the headline.
_GLUED_OPENER = re.compile(
    r"(?:(?<=[^\W_])|(?<=[»”\"]))\s+(?P<next>(?:Para|En|Con|Tras|Según|Desde|Durante|Ante|Se) )"
)
# A photo credit in brackets, which the page prints before a caption or the lead with no
# stop between them ("(Foto: Ana Ruiz/AAN)", "(Courtesy of the Port Selene Museum)").
# A photographer's name and the outlet, a slash between them, is one too ("(Ana Ruiz /
# Diario de Selene)"), and so is the handle the page prints after it ("@ana_ruiz").
_PHOTO_CREDIT = (
    r"(?i:fotos?|fotograf[ií]as?|im[aá]g(?:en|es)(?:es)?|photos?|courtesy|cortes[ií]a|"
    r"cr[eé]ditos?|credits?)\b[^()\n]{0,60}"
)
_CREDIT = rf"\((?:{_PHOTO_CREDIT}|[A-Z][^()\n/]{{1,40}}/\s?[A-Z][^()\n]{{1,60}})\)(?:\s+@\w+)?"
_GLUED_CREDIT = re.compile(rf"(?P<credit>{_CREDIT})\s+(?P<next>[A-ZÁÉÍÓÚÑ¿¡«“\"])")
# The labels and headings of pointers to other articles of the site are the cleaner's
# (`clean.rules.RELATED_LABELS`, `RELATED_HEADINGS`: the cleaner drops them on a line of
# their own, with the headlines under them; articles stored before it knew one keep them):
# the pointer on a line of its own (`_SKIP`, any case) and the one glued after a word with
# no stop (`_RELATED_LABEL`, as a page prints it: as written there or in capitals, so that
# a sentence's own "related:" is not taken for one), each beside a word every match holds
# (lower case, ASCII; `_skipped`). A label ends in a colon; a heading may also stand before
# a capitalised headline with no colon ("Noticias relacionadas La Junta regula ..."). A
# link's text ends a teaser too ("... the books that defined the decade Read more").
_READ_MORE = READ_MORE
_POINTER_LABELS = RELATED_LABELS
_POINTER_HEADINGS = RELATED_HEADINGS
_HEADLINE_START = '[A-ZÁÉÍÓÚÑ«“"]'
# A pointers' heading on a line of its own ("Relacionados", "Noticias relacionadas:", "Lee
# también"): the lines after it with no final stop are the headlines of other articles of
# the site, one a line, up to a line ending in a stop (`_pointer_lines`).
_POINTER_HEADING_LINE = re.compile(
    rf"^\s*(?:{'|'.join(loosen(label) for _, label in (*_POINTER_HEADINGS, *_POINTER_LABELS))})"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# A related piece's headline in title case, glued with no space to its teaser's first
# word ("...Harbour SkatingThe kids are off school", "...Of 2025That time the crews"): a
# word of four letters at least (or a year) runs into a capitalised word a lower-case one
# follows, after a title-case headline (`_TITLE_CASE` of its words of four letters).
_TEASER_GLUE = re.compile(r"\b(?:[A-Z]?[a-z]{3,}|\d{4})(?P<glue>)[A-Z][a-z]+ [a-z]")
_TITLE_CASE = 0.7
_TITLE_WORDS = 4


def _as_printed(labels: tuple[tuple[str, str], ...]) -> str:
    return "|".join(printed(label) for _, label in labels)


_RELATED_LABEL = re.compile(
    rf"(?:{_as_printed(_POINTER_LABELS)}):"
    rf"|(?:{_as_printed(_POINTER_HEADINGS)}):?\s(?={_HEADLINE_START})"
)
_RELATED_LINE = re.compile(rf"(?:^|(?<=\S)\s+)(?P<next>{_RELATED_LABEL.pattern})")
# Where the pointed-to headline ends when the flattened text glued the report after it with
# no stop: a capitalised word after a word of lower-case letters or figures only, with a
# lower-case word after it ("...podría traer nieve a la sierra Desde el pasado 15 de
# enero...", "...after the strike The ferry company said..."). A preposition, an article or
# a conjunction before the capital is a name's, inside the headline ("la alcaldesa de
# Almagro presenta"); a headline ending in a name ("...en la sierra de Valdoria Desde el
# lunes...") is not cut, and the report after it is lost with it. Sought only when the
# text after the pointer ends in a stop, as a report does and a headline does not, so that
# a name in a headline ending the text is no report.
_POINTED_END = re.compile(
    r"(?:^|\s)(?!(?:de|del|di|da|en|a|al|por|con|para|sin|y|e|o|la|el|los|las|il|lo|le|"
    r"of|in|at|to|for|and|or|the|by|on|from|per|su|sul|nel|nella)\s)[a-záéíóúñ0-9]+"
    r"(?P<gap>\s+)(?P<next>[A-ZÁÉÍÓÚÑ¿¡][a-záéíóúñ]*\s+[a-záéíóúñ])"
)
_STOPPED = re.compile(r"[.!?][»”\"]?\s*$")
# A section's label in capitals the flattened text glued to the sentence after it, which
# opens with a capitalised word and goes on in lower case ("REACCIONES Varios vecinos
# criticaron...", "BACKGROUND The crews..."). A name in capitals before a title or a name
# ("NASA Administrator Ana Gil", "MADRID El Gobierno") goes on with a capital and stays.
_GLUED_LABEL = re.compile(
    r"(?P<label>[A-ZÁÉÍÓÚÑ]{4,})\s+(?P<next>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+ [a-záéíóúñ])"
)
# A page's lines that the flattened text glued to a sentence: the word a page prints
# where an ad or a widget was ("Advertisement", "- Publicidad -", "Escuchar Nota",
# "Compartir en:"), a byline to the agencies ("Diario del Valle / Agencias",
# "/Redacción/"), the date and time the piece was posted ("05 de marzo de 2026 11:14
# CET"), the box to send the piece by e-mail ("Guardar Enviar noticia por correo
# electrónico Tu nombre *"), a photographer's name and agency with no bracket ("Ana
# Ruiz/AP", "Ana Ruiz/Getty Images"), and a photo's credit line ("Foto: Ana Ruiz", "Photo
# / Supplied", "Image copyright AAN"). They are cut out before the rest is read: read with
# it, the title or the lead would carry them, and a caption would pass for the lead. A
# credit line runs to the first capitalised word a lower-case one follows, where the next
# sentence starts ("Foto: Ana Ruiz Una tormenta dejó..."), to a quotation opening, or to
# the sentence's end; a bare page word is followed by a capital or a quote.
_NEXT = r"[A-ZÁÉÍÓÚÑ¿¡«“\"]"
# A byline with the posting time as a timestamp ("Por Ana Ruiz 2026-03-04 9:13:08"); a
# posting line with the outlet's or the writer's name and place before it ("Diario Valle
# Almagro Actualizado: 02/03/2026 12:27h"); an embedded post's signature ("— Port Selene
# Council (@SeleneCouncil) March 9, 2026").
_BYLINE_STAMP = (
    r"(?:(?:Por|By) (?:[A-ZÁÉÍÓÚÑ][^\W\d_]+ ){1,4})?\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?"
)
_POSTED = (
    r"(?:[A-ZÁÉÍÓÚÑ][^\s/]*\s){0,3}(?:Actualizado|Publicado|Updated|Posted):? "
    r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2} ?h?"
)
_SIGNATURE = r"[—–] [^()\n]{1,60} \(@\w+\) [A-Z][a-z]+ \d{1,2}, \d{4}"
# A share bar's buttons, three network names in a row at least.
_SHARE_BUTTON = (
    r"(?:WhatsApp|Facebook|Twitter|Pinterest|Linked[Ii]n|Tumblr|Telegram|Reddit|E-?mail)"
)
# An agency photo's caption, which pages print under the title: the place in capitals, a
# dash, the day in capitals and a colon ("ALMAGRO, VALDORIA - 17 DE NOVIEMBRE: ...", "PORT
# SELENE - MARCH 6: ..."); it tells what the picture shows, to the sentence's end. A
# dateline puts the day after the place's comma and the dash last ("MADRID, 3 mar (AAN) -").
_AGENCY_CAPTION = (
    r"[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .]{2,30}(?:, [A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .]{1,30})? [-–—] "
    r"(?:\d{1,2} DE [A-ZÁÉÍÓÚ]+|[A-Z]{3,} \d{1,2}): .*"
)
# A newsletter's sign-up line ("Get the best of the Courier delivered to your inbox -
# subscribe to Daybreak.").
_SIGN_UP = r"(?:Get the best of .{1,40}? )?delivered to your inbox - subscribe to [^.]{1,40}\.?"
_GLUED_PAGE_LINE = re.compile(
    r"(?:^|(?<=\s))(?:"
    r"(?:Advertisement|ADVERTISEMENT|Publicidad|PUBLICIDAD|Sponsored|Patrocinado|"
    r"Escuchar Nota|Text size|Image caption|Article continues below|Free Sign Up|"
    r"article continues below|CLOSE|Compartir(?: en)?:?|Condividi(?: su)?:?|Share(?: on)?:)"
    r"|[-–—] ?(?:Publicidad|Advertisement|Sponsored|Patrocinado) ?[-–—]"
    r"|(?:[A-ZÁÉÍÓÚÑ][^\s/]*\s(?:(?:de|del|la|el)\s)?){1,4}/ ?(?:Agencias|AGENCIAS)"
    r"|/ ?(?:Redacci[oó]n|REDACCI[OÓ]N) ?/"
    r"|(?:[A-ZÁÉÍÓÚÑ][^\W\d_]+\s){1,3}[A-ZÁÉÍÓÚÑ][^\W\d_]+ ?/ ?"
    r"(?:AP|AFP|Reuters|REUTERS|EFE|EPA|Getty Images|Bloomberg|Europa Press|ANSA|Xinhua)"
    r"|(?:(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo),? )?"
    r"\d{1,2} de [a-záéíóú]+ de \d{4},? \d{1,2}:\d{2}(?: ?[AaPp]\.? ?[Mm]\.?| ?h)?"
    r"(?: [A-Z]{2,4})?"
    r"|(?:Guardar )?Enviar noticias? por correo electrónico(?: (?:Tu|Su) (?:nombre|correo"
    r" electrónico) \*)*"
    rf"|{_BYLINE_STAMP}|{_POSTED}|{_SIGNATURE}"
    rf"|(?<=[^\W\d_]\s)\({_PHOTO_CREDIT}\)"
    rf")\s+(?={_NEXT})"
    rf"|(?:^|(?<=\s))(?:{_POSTED}|{_SIGNATURE})\s*$"
    rf"|(?:^|(?<=\s))(?:{_SHARE_BUTTON}(?:\s+|(?=[A-ZÁÉÍÓÚÑ])|$)){{3,}}"
    rf"|(?:^|(?<=\s))(?:{_AGENCY_CAPTION}|{_SIGN_UP})$"
    r"|(?:^|(?<=\s))(?:(?:Foto|Fotos|Fotografía|Photo|Picture|Image|Imagen)(?: [Cc]redit)?"
    r" ?[:/]|Image copyright) "
    r"\S+(?: \S+){0,5}?(?: (?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+,? [a-záéíóúñ]|[«“\"])|$)"
)
# What every match of `_GLUED_PAGE_LINE` holds, one of them at least: a mark ("/" of a
# byline, a posting line or a photo's credit, ":" of a time, a caption or a credit line,
# "(" of a credit or a post's signature) or a word of a line's own. Nine sentences in ten
# hold none, and `str` tells that far faster than the pattern, tried at every space (a
# sixtieth of reading's time on real news). A new kind of page line adds its mark here.
_PAGE_LINE_MARKS = (
    *"/:(",
    *"Advertisement ADVERTISEMENT Publicidad PUBLICIDAD Sponsored Patrocinado CLOSE".split(),
    *"Compartir Condividi Share Image".split(),
    *"WhatsApp Facebook Twitter Pinterest Linked Tumblr Telegram Reddit mail".split(),
    "Escuchar Nota",
    "Free Sign Up",
    "Text size",
    "rticle continues below",
    "Enviar noticia",
    "delivered to your inbox",
)
# The outlet's own lines and service lines that report no event (CLAIMS.md): credits,
# bylines, a reporter's help, the app to download, the call for anyone who knows more.
# Each pattern beside a word every match of it holds (lower case, ASCII): a sentence is
# searched only for the patterns whose word it holds (`_skipped`). One search of all of
# them at every position of every sentence cost a thirteenth of extracting its claims,
# and almost no sentence holds any of the words.
_SKIP = tuple(
    (word, re.compile(pattern, re.IGNORECASE))
    for word, pattern in (
        ("informando", r"seguir[aá] informando"),
        ("keep reporting", r"will keep reporting"),
        (
            "informa",
            r"(?:anyone|cualquier persona|quien|quienes|chiunque) (?:with|que tenga|que tengan|"
            r"abbia) (?:any )?(?:informaci[oó]n|information|informazioni)",
        ),
        ("information", r"\banyone who ha(?:s|ve)\b[^.]{0,40}\binformation\b"),
        ("remains under investigation", r"remains under investigation"),
        ("investigaci", r"(?:sigue|contin[uú]a) bajo investigaci[oó]n"),
        (
            "causas",
            r"^las causas\b[^.]{0,80}\b(?:son|est[aá]n siendo) (?:investigadas|indagadas)\b",
        ),
        ("contribu", r"contribu(?:y[oó]|ted) (?:a|to) (?:este|this) (?:informe|report)"),
        ("download", r"\bfor (?:all )?the latest\b.{0,60}\bdownload\b"),
        ("by: ", r"^by: "),
        ("(", rf"^{_CREDIT}$"),
        # Pointers to more of the page or the site, and notes on the piece itself.
        ("informa", r"^(?:for more information|para (?:obtener )?m[aá]s informaci[oó]n)\b"),
        ("for more stories", r"\bfor more stories\b"),
        ("historias", r"\bpara obtener m[aá]s historias\b"),
        ("storie", r"\bper (?:altre|ulteriori) storie\b"),
        ("impresa", r"^lea m[aá]s (?:detalles|informaci[oó]n)\b.{0,80}\bedici[oó]n impresa\b"),
        ("javascript", r"\b(?:enable|habilite|habilitar|activa|active) javascript\b"),
        ("veces", r"\bha sido le[ií]da\b.{0,30}\bveces\b"),
        ("has not been edited by", r"\bhas not been edited by\b"),
        # Where the piece first ran, and whose information it used ("Con información de AAN").
        (
            "originally",
            r"^(?:this|the) (?:story|article) (?:originally|first) (?:appeared|ran)\b",
        ),
        (
            "originalmente",
            r"^(?:este|el) (?:art[ií]culo|texto) (?:se public[oó]|fue publicado|apareci[oó])"
            r" originalmente\b",
        ),
        ("con informaci", r"^con informaci[oó]n de\b[^.,;:]{0,60}\.?$"),
        ("reporting by", r"^\(?reporting by\b"),
        ("leave a comment", r"\bleave a comment\b"),
        ("comentario", r"\bdeja (?:tu|un) comentario\b"),
        # A caption ("An iPhone 11 is seen in this photo"), a writer's one-line biography.
        ("seen", r"\b(?:is|are) seen\b"),
        ("pictured", r"\b(?:is|are) pictured\b"),
        (
            " is ",
            r"^(?:[A-ZÁÉÍÓÚÑ][^\s.]+ ){1,3}is (?:an?|the) (?:[\w-]+ ){0,3}"
            r"(?:editor|reporter|writer|correspondent|columnist)(?: (?:at|for|of) [^.]{0,40})?\.?$",
        ),
        # The reader addressed: a pointer to what follows or to more elsewhere, a
        # newsletter, a share bar, thanks for reading, a number to call or write to.
        ("here", r"^(?:and )?here(?:'s|’s| is| are)\b[^.]{0,100}[.:]$"),
        ("below", r"^below (?:is|are)\b"),
        ("a continuaci", r"^a continuaci[oó]n (?:se muestra|te|les?)\b"),
        ("here", r"^(?:check out|find|read|see|click)\b.{0,80}\bhere\b"),
        ("sign up", r"\bsign up\b.{0,80}\b(?:newsletter|membership|inbox)\b"),
        ("miss", r"\b(?:do not|don't|don’t|never) miss\b.{0,40}\b(?:news|stories)\b"),
        ("share this", r"^share this\b"),
        ("bolet", r"\bnuestros? bolet[ií]n(?:es)?\b|\bsuscr[ií]b[a-z]*\b.{0,60}\bbolet[ií]n\b"),
        ("make sure to", r"\bmake sure to (?:like|follow)\b"),
        ("follow us", r"\bfollow us on\b"),
        ("follow", r"^follow\b.{0,60}\bon (?:twitter|facebook|instagram)\b"),
        (
            "en ",
            r"^(?:siga|s[ií]ganos|s[ií]guenos|sigue(?:nos)?)\b.{0,60}"
            r"\ben (?:twitter|facebook|instagram)\b",
        ),
        ("inbox", r"\bdelivered to your inbox\b"),
        # A form's fields to fill in, comments' or a letter's to the outlet.
        ("(obligatorio)", r"\(obligatorio\)"),
        ("(required)", r"\(required\)"),
        # An e-mail alerts box: its template's placeholder, its messages.
        ("{{", r"\{\{[^{}]{1,30}\}\}"),
        (
            "notifica",
            r"\bguardar su notificaci[oó]n\b|"
            r"\bnotificaciones por correo electr[oó]nico solo se env[ií]an\b",
        ),
        ("notification", r"\bsaving your notification\b|\bemail notifications are only sent\b"),
        # A pointer to another article of the site, its title after the label
        # (`_POINTER_LABELS`, `_RELATED_LINE`), or a teaser whose link reads "Read more".
        *((word, rf"^\[?(?:{loosen(label)}):") for word, label in _POINTER_LABELS),
        *(
            (word, rf"^(?:{loosen(heading)})(?::|\s+(?-i:{_HEADLINE_START}))")
            for word, heading in _POINTER_HEADINGS
        ),
        *((word, rf"\b{loosen(link)}\.?$") for word, link in _READ_MORE),
        # A title naming only a list, with no final stop ("Top 10 de 2025: las columnas más
        # leídas", "LIST: Notable deaths in 2025"): what it lists is told below, if at all.
        ("top", r"^top \d+\b[^.!?]*$"),
        ("list", r"^lista?:[^.!?]*$"),
        # A share bar's buttons, one a line ("Fai clic per condividere su Facebook").
        (
            "clic",
            r"^(?:fai |haz |click |clic )?(?:clic|click|clicca|cliquea)\b.{0,40}"
            r"\b(?:condividere|compartir|share|inviare|enviar|send)\b",
        ),
        ("join us", r"^join us\b"),
        ("for reading", r"\bthank(?:s| you)\b.{0,20}\bfor reading\b"),
        ("gracias por leer", r"\bgracias por leer\b"),
        ("contact", r"^contact [A-Z][^.]{0,40}\bat\b"),
        (
            "call",
            r"\b(?:call|contact)\b[^.]{0,80}\b\d{3}[-.]\d{3}[-.]\d{4}\b",
        ),
        # No answer to a request for comment, which says nothing of the event.
        (
            "comment",
            r"\b(?:did not|didn't|didn’t|has not|hasn't|hasn’t|have not|haven't|haven’t)"
            r"(?: immediately)? (?:respond|return|reply)\b[^.]{0,60}\bcomment"
            r"|\bcould(?: not|n't|n’t) be reached for (?:a )?comment\b"
            r"|\befforts? to (?:seek|reach|get)\b[^.]{0,60}\bcomment\b[^.]{0,30}"
            r"\b(?:futile|failed|unsuccessful)\b",
        ),
        (
            "coment",
            r"\bno (?:respondi[oó]|contest[oó]|ha respondido)\b[^.]{0,40}"
            r"\b(?:solicitud|petici[oó]n|pedido)\b[^.]{0,20}\bcomentarios?\b",
        ),
        ("commento", r"\bnon ha(?:nno)? risposto\b[^.]{0,40}\brichiesta di commento\b"),
        ("updated", r"\bthis (?:article|story) (?:has been|was) updated\b"),
        ("corrects", r"^\(?this (?:article|story) corrects\b"),
        ("actualiz", r"\beste art[ií]culo (?:se actualiz[oó]|ha sido actualizado)\b"),
    )
)


def extract_claims(
    article: Article, docs: list[Doc] | None = None, quotes: list[Quote] | None = None
) -> list[Claim]:
    """One claim per clause of every check-worthy sentence (see `split_clauses`), the
    title's first. `docs` (the parses of `parsed_texts`) and `quotes` (the text's) are
    given by a reader that has them already (`dossier.reading` parses a batch at once)."""
    # Dates in the text count from publication only; ingestion time says nothing of it.
    base = article.published
    style = number_style(article.text, article.lang)
    paragraphs = article.text.split("\n\n")
    title = article.title  # offsets index it as stored
    own_title = _own_title(article)
    opinion = commentary(article)
    if docs is None:
        docs = parse(parsed_texts(article), article.lang)
    claims = []
    if own_title:
        title_quotes = find_quotes(title, article.lang)
        read = _Reading(article, base, style, title_quotes, TITLE, opinion)
        claims += read.paragraph(title, 0, docs[0] if docs is not None else None, True)
        docs = docs[1:] if docs is not None else None
    if quotes is None:
        quotes = find_quotes(article.text, article.lang)
    read = _Reading(article, base, style, quotes, TEXT, opinion, _pointer_lines(article.text))
    offset = 0
    for number, paragraph in enumerate(paragraphs):
        doc = docs[number] if docs is not None else None
        claims += read.paragraph(paragraph, offset, doc, number == 0 and not own_title)
        offset += len(paragraph) + 2

    def before(claim: Claim) -> str:
        if claim.field == TITLE:
            return title[: claim.start]
        return (f"{title}.\n\n" if own_title else "") + article.text[: claim.start]

    return with_referents(claims, before, f"{title}.\n\n{article.text}", article.lang)


def _pointer_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the lines that follow a pointers' heading on a line of its own
    (`_POINTER_HEADING_LINE`) and end with no stop, blank lines between them skipped: the
    headlines of other articles the page lists, no fact of this one. A line ending in a
    stop ends the list (the report going on)."""
    if "\n" not in text:
        return ()
    spans, listing, at = [], False, 0
    for line in text.split("\n"):
        end = at + len(line)
        stripped = line.strip()
        if _POINTER_HEADING_LINE.match(line):
            listing = True
        elif listing and stripped:
            if stripped[-1] in ".!?»”\"'…)":
                listing = False
            else:
                spans.append((at, end))
        at = end + 1
    return tuple(spans)


def parsed_texts(article: Article) -> list[str]:
    """What the parser reads of an article: its title (unless the text opens with it) and
    each paragraph, on its own (a sentence never runs across two)."""
    paragraphs = article.text.split("\n\n")
    return [article.title, *paragraphs] if _own_title(article) else paragraphs


def _own_title(article: Article) -> bool:
    title = article.title.strip()
    return bool(title) and not article.text.startswith(title)


@dataclass(frozen=True)
class _Reading:
    """What every paragraph of one field of an article is read with."""

    article: Article
    base: datetime | None
    style: Style
    quotes: list[Quote]
    field: str
    # The article is a column, an editorial, a review or advice (`genre`): only its
    # clauses that state a fact are claims.
    opinion: bool = False
    # Lines listing other articles' headlines (`_pointer_lines`): no claim of this one.
    pointers: tuple[tuple[int, int], ...] = ()
    # Each quote as a claim holds it (`quoted`), by its place in `quotes`.
    _quoted: dict[int, Quoted] = field(default_factory=dict, compare=False)

    @property
    def text(self) -> str:
        return self.article.title if self.field == TITLE else self.article.text

    def paragraph(self, paragraph: str, offset: int, doc, top: bool) -> list[Claim]:
        """The paragraph's claims; `top` when it is the title or may start with the
        headline."""
        claims = []
        sentences = [
            piece
            for k, found in enumerate(split_sentences(paragraph, offset))
            for piece in _unglued(_without_dateline(found), top and k == 0)
        ]
        for sentence in sentences:
            if any(a <= sentence.start < b for a, b in self.pointers):
                continue
            line = sentence is sentences[0] or _before_page_line(paragraph, sentence.end - offset)
            if not _check_worthy(sentence.text, paragraph, line):
                continue
            clauses = split_clauses(sentence, MIN_WORDS, _SAID_FORMS)
            whole = attribution(sentence.text)
            headline = top and (self.field == TITLE or _headline(sentence, sentences[0]))
            for clause in clauses:
                source = attribution(clause.text) or whole
                # Who did what is read after a headline's kicker ("Norvia: Ana Gil gana
                # la votación" is Ana Gil's act, not Norvia's).
                told = _kicker_end(clause.text, headline)
                start, end = clause.start + told - offset, clause.end - offset
                frame = (
                    doc is not None
                    and _headline_frame(paragraph, doc, start, end, headline, self.article.lang)
                ) or shallow_frame(clause.text[told:], self.article.lang)
                claim = _claim(
                    self.article.id,
                    clause.text,
                    clause.start,
                    self.base,
                    self.style,
                    source,
                    _Placed(frame, offset, self.field, headline, told),
                )
                quoted = _in_quote(paragraph, sentence.start - offset)
                inside = tuple(
                    self.quoted(k)
                    for k, q in enumerate(self.quotes)
                    if q.start < clause.end and clause.start < q.end
                )
                if not _states_a_fact(claim, quoted, bool(inside)):
                    continue
                if len(clauses) > 1:
                    claim = replace(
                        claim, context=sentence.text, context_start=sentence.start, quotes=inside
                    )
                elif inside:
                    claim = replace(claim, quotes=inside)
                if self.opinion and not reported(claim, _sourced(claim, quoted)):
                    continue
                claims.append(claim)
        return claims

    def quoted(self, index: int) -> Quoted:
        """The quote `quotes[index]` as a claim holds it, read once: a quote over a
        sentence of several clauses is in each of them."""
        found = self._quoted.get(index)
        if found is None:
            q = self.quotes[index]
            found = Quoted(
                tuple(_WORD.findall(fold(q.text))), q.speaker, *_occasion(self.text, q, self.base)
            )
            self._quoted[index] = found
        return found


# Where a narrator's stretch between quotes ends: a quote mark or a paragraph break.
_QUOTE_MARK = re.compile(r'["\u201c\u201d\u00ab\u00bb]|\n')


def _occasion(text: str, quote: Quote, base: datetime | None) -> tuple[frozenset[str], str | None]:
    """When and how the article says a quote was said: the days written and the channel
    (`said.channel`'s words: a statement, a post, an interview, a press conference) in the
    narrator's words that give it, the stretch between the quote and the next quote mark
    or paragraph break after it, or before it when that one does not hold its verb
    ("Trump said at a rally on Nov. 6. \"America ..."). Only a stretch holding the quote's
    verb (`Quote.cue`) is read: elsewhere a date may be the fact's, not the saying's."""
    from contrasta.crosscheck.said import channel_of

    if not quote.cue:
        return frozenset(), None
    after = text[quote.end : quote.end + 300]
    stop = _QUOTE_MARK.search(after, 1)
    stretches = [after[: stop.start() if stop else len(after)]]
    before = text[max(0, quote.start - 300) : quote.start]
    marks = list(_QUOTE_MARK.finditer(before[:-1]))
    stretches.append(before[marks[-1].end() :] if marks else before)
    cue = fold(quote.cue)
    for stretch in stretches:
        if cue in fold(stretch):
            days = frozenset(
                m.value.date().isoformat()
                for m in find_dates(stretch, base)
                if m.value is not None and m.precision == DAY
            )
            return days, channel_of(stretch)
    return frozenset(), None


def _headline_frame(paragraph: str, doc, start: int, end: int, headline: bool, lang: str):
    """The parsed frame of paragraph[start:end]. A headline opening with its verb ("Muere
    Ana Gil a los 80 años", "Detienen a tres hombres ...") is read by the tagger as a name
    when capitalised, and then no predicate is found. When that word is an inflected form
    (`inflection.is_inflected`, or a verb's ending) the paragraph is parsed again with its
    first letter in lower case, and that frame is kept when the word, a verb, heads the
    clause (a name opening a headline whose verb the parser missed stays a name)."""
    frame = parsed_frame(doc, start, end, paragraph)
    if not headline or frame is None or frame.predicate:
        return frame
    opening = doc.char_span(start, end, alignment_mode="expand")
    if not opening or opening[0].pos_ != "PROPN" or not opening[0].text[:1].isupper():
        return frame
    word = opening[0].text.lower()
    if not (is_inflected(word) or is_verb(word)):
        return frame  # a noun the parser would take for a verb in lower case ("Alarma en ...")
    at = opening[0].idx
    lowered = f"{paragraph[:at]}{paragraph[at].lower()}{paragraph[at + 1 :]}"
    again = parse([lowered], lang)[0]
    read = parsed_frame(again, start, end)
    if read is None:  # the text in lower case was cut into other tokens
        return frame
    verb = again.char_span(start, end, alignment_mode="expand")[0]
    heads = verb.head == verb or not start <= verb.head.idx < end
    return read if verb.pos_ == "VERB" and heads else frame


@dataclass(frozen=True)
class _Placed:
    """Where a clause stands: its frame (offsets into its paragraph), the paragraph's offset
    into its field, the field, whether it is the headline, and where the headline's kicker
    ends in it (`_kicker_end`; 0 when it has none)."""

    frame: Frame
    offset: int
    field: str
    headline: bool
    kicker: int


def _before_page_line(paragraph: str, end: int) -> bool:
    """A page's line (`_GLUED_PAGE_LINE`) or a related article's label (`_RELATED_LABEL`)
    follows the sentence: it was a line of its own, a title maybe, which needs no final
    stop."""
    after = paragraph[end:]
    at = end + len(after) - len(after.lstrip())
    return bool(_GLUED_PAGE_LINE.match(paragraph, at) or _RELATED_LABEL.match(paragraph, at))


def _headline(sentence: Sentence, first: Sentence) -> bool:
    return sentence is first and not sentence.text.rstrip().endswith(".")


def _counted(numbers: tuple[Number, ...], frame: Frame, offset: int) -> tuple[Number, ...]:
    """What a figure counts when the predicate says it: "cuatro presos murieron" counts
    deaths, as "cuatro muertos" would; "detuvo a 87 personas", arrests."""
    counted = COUNTED_BY.get(frame.family)
    if counted is None or frame.patient is None:
        return numbers
    low, high = frame.patient[0] + offset, frame.patient[1] + offset
    return tuple(
        replace(n, unit=counted) if low <= n.start and n.end <= high and n.unit != AGE else n
        for n in numbers
    )


def _moved(folded: str) -> bool:
    """The clause says its event was moved (`_MOVED`)."""
    return any(word in folded for word in _MOVED_WORDS) and bool(_MOVED.search(folded))


def _without_dateline(sentence: Sentence) -> Sentence:
    """The sentence without its dateline: "PUERTO ALMAGRO, 12 ene (AAN) — Unos 3.000…" is
    cited from "Unos"."""
    dateline = _DATELINE.match(sentence.text)
    if not dateline or dateline.end() == len(sentence.text):
        return sentence
    return Sentence(sentence.text[dateline.end() :], sentence.start + dateline.end(), sentence.end)


def _claim(
    article_id: str,
    text: str,
    start: int,
    base,
    style: Style,
    source: str | None,
    placed: _Placed,
) -> Claim:
    """The clause's claim, made once with all it is (a claim has some twenty fields, and
    remaking it for each one added cost as much as reading its numbers)."""
    folded = fold(text)
    mentions = find_dates(text, base, lang=style.lang)
    spans = [(m.start, m.end) for m in mentions]
    numbers = qualified(tuple(find_numbers(text, style, spans, offset=start)), text, start)
    negated_stems, stems = _negation(text)
    frame, offset = placed.frame, placed.offset
    return Claim(
        article_id=article_id,
        sentence=text,
        start=start,
        end=start + len(text),
        numbers=_counted(numbers, frame, offset),
        dates=tuple(replace(m, start=m.start + start, end=m.end + start) for m in mentions),
        negated=bool(_NEGATION.search(unnegated(folded))),
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
                    and not NOT_EVENT_DAY.search(fold(text[: m.start]))
                }
            )
        ),
        negated_stems=negated_stems,
        stems=stems,
        moved=_moved(folded),
        frame=frame,
        background=(
            *((low + offset, high + offset) for low, high in frame.background),
            *(((start, start + placed.kicker),) if placed.kicker else ()),
        ),
        headline=placed.headline,
        elsewhere=_another_event(text, start),
        field=placed.field,
    )


# A clause telling the event before or after the one stated: "después de que", "antes de
# que", "luego de que" and a verb of its own, up to the next comma or stop (a decimal comma
# inside a figure, "1,5 millones", does not end it).
_ANOTHER_EVENT = re.compile(
    r"\b(?:despu[eé]s|antes|luego)\s+de\s+que\b(?:[^,;:.]|[,.](?=\d))*", re.IGNORECASE
)


def _another_event(text: str, start: int) -> tuple[tuple[int, int], ...]:
    """Offsets (plus `start`) of the clauses of `text` that tell another event than its
    own, before or after it ("fue detenida tras insultar a su jefe después de que el
    sábado le tocaran dos millones en la quiniela"): press writing dates the event it
    states by another one, told in a clause of its own with its own verb, subject, figures
    and day, and that event is not what the sentence states. Its figures and dates tell
    nothing of which fact the claim is (`Claim.asserted`): on a real run the sum and the
    day of a lottery win joined a story of an arrest after it to a report of the win
    (CLAIMS.md item 128). A clause making the whole claim (the sentence cut there) is
    left: then it is what the claim states."""
    if "de que" not in text:
        return ()
    found = []
    for match in _ANOTHER_EVENT.finditer(text):
        outside = text[: match.start()] + text[match.end() :]
        if len(_WORD.findall(fold(outside))) >= 3:
            found.append((match.start() + start, match.end() + start))
    return tuple(found)


# A headline's kicker: a few words before its colon ("20 in '20: Delta Hospital expansion",
# "Mundial 2026: ..."), naming the series or topic the fact belongs to.
_KICKER = re.compile(r"[^:\n]{1,30}?(?=:\s)")
_KICKER_WORDS = 4


def _kicker_end(text: str, headline: bool) -> int:
    """Where a headline's kicker ends, its colon and spaces included; 0 when it has none.
    The kicker is background: two headlines of one series share its figures ("20 in '20"),
    which say nothing about which fact each states (`Claim.asserted`); and who did what is
    read after it."""
    found = _KICKER.match(text) if headline else None
    if found is None or len(found.group().split()) > _KICKER_WORDS:
        return 0
    return len(text) - len(text[found.end() :].lstrip(": "))


def _check_worthy(text: str, paragraph: str, first: bool = False) -> bool:
    """A declarative sentence of some length (shorter when it gives a figure in digits), or
    a headline with no final stop: a line of its own ("Italia cierra centros educativos
    hasta el 15 de marzo"), the start of a paragraph it was glued to (`_unglued`), or a
    line a page's line followed (`first`). Not a line saying only when (`_only_a_time`)."""
    words = len(text.split())
    return (
        (
            words >= MIN_WORDS
            or (words >= MIN_WORDS_WITH_FIGURE and any(ch.isdigit() for ch in text))
        )
        and not text.rstrip("»”\"' ").endswith("?")
        and (text.rstrip()[-1:] in ".!»”\"'…)" or text == paragraph.strip() or first)
        and not _only_a_time(text)
        and not _asks(text)
        and not _skipped(text)
        and not _teaser(text)
    )


def _teaser(text: str) -> bool:
    """A related piece's title-case headline glued to its teaser (`_TEASER_GLUE`): both
    point to another article."""
    for glue in _TEASER_GLUE.finditer(text):
        words = [w for w in text[: glue.start("glue")].split() if len(w) >= 4 and w[0].isalpha()]
        capitalised = sum(w[0].isupper() for w in words)
        if len(words) >= _TITLE_WORDS and capitalised >= _TITLE_CASE * len(words):
            return True
    return False


# What a line giving only when something was posted holds besides figures: dates, times,
# zones, and the page's reading time ("Dec. 24, 12:31 p.m.", "16:44 LOCAL TIME 13:44 GMT",
# "December 31, 2019 4 min read").
_TIME_LINE_WORDS = frozenset(
    {*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *TIMEZONES, *FALLBACK_WORDS}
    | {"a", "p", "m", "local", "time", "hora", "min", "read", "lectura"}
)
_TIME_LINE_LENGTH = 8


def _only_a_time(text: str) -> bool:
    """A line of the page's saying when: a date or a time and nothing reported of it."""
    return (
        len(text.split()) <= _TIME_LINE_LENGTH
        and any(ch.isdigit() for ch in text)
        and all(word in _TIME_LINE_WORDS for word in _LETTERS.findall(fold(text)))
    )


# A question word opening a headline, written as a question (Spanish with its accent: "Como
# cada año" is no question); English "when", "where", "who" and Italian "come", "quando"
# open a headline's clause of time, place or manner as often, and are left out.
_QUESTION_OPENING = re.compile(
    r"(?:Por qué|Cómo|Qué|Cuál|Cuáles|Cuánto|Cuánta|Cuántos|Cuántas|Dónde|Cuándo|Quién|"
    r"Quiénes|Why|How|What|Perché|Cosa)\s+[^\W\d_]"
)


def _asks(text: str) -> bool:
    """A headline (no final stop) opening, after its kicker, with a question word and no
    question mark ("Por qué cerrará el puerto de Almagro", "Harbour Festival: How to
    Watch"): an explainer's or a guide's title, whose facts are told below, if at all."""
    line = text.rstrip()
    if line[-1:] in ".!?»”\"'…)" or "?" in line:
        return False
    return bool(_QUESTION_OPENING.match(line, _kicker_end(line, True)))


def _skipped(text: str) -> bool:
    """A line of the outlet's own or a service line (`_SKIP`)."""
    lowered = caseless(text)
    return any(
        (lowered is None or word in lowered) and pattern.search(text) for word, pattern in _SKIP
    )


def _unglued(sentence: Sentence, opening: bool = False) -> list[Sentence]:
    """A headline glued to the lead when a line break was lost ("...hasta el 15 de marzo
    por coronavirus El Gobierno italiano aprobó..."): split where a capitalised article
    follows a word with no stop and precedes a lower-case word; mid-sentence, "El", "La",
    "Los" are capitalised only in names ("La Paz"), which a capital follows. Or split at a
    dateline after a word with no stop, which is left out of both pieces: read as one
    claim, the headline would share every group its lead joins. Or, in the `opening`
    sentence of an article, where a name it opens with comes again after a word with no
    stop: the lead opening with the name the headline opened with (`_restated`), or where
    a capitalised preposition or "Se" follows a word with no stop (`_GLUED_OPENER`).
    A photo credit in brackets opening the sentence, or a section's label in capitals
    (`_GLUED_LABEL`), is a piece of its own, cut before the rest is read: read with it,
    the caption or lead would share the credit's fate."""
    page = _page_line(sentence.text)
    if page is not None:
        head = sentence.text[: page.start()].rstrip()
        rest = Sentence(sentence.text[page.end() :], sentence.start + page.end(), sentence.end)
        before = _unglued(Sentence(head, sentence.start, sentence.start + len(head)), opening)
        return [*(before if head else []), *_unglued(rest)]
    related = _RELATED_LINE.search(sentence.text)
    pointed = (
        related is not None
        and _STOPPED.search(sentence.text)
        and _POINTED_END.search(sentence.text, related.end())
    )
    if related is not None and (pointed or related.start("next") > 0):
        head = sentence.text[: related.start()].rstrip()
        at = related.start("next")
        before = _unglued(Sentence(head, sentence.start, sentence.start + len(head)), opening)
        if not pointed:
            rest = Sentence(sentence.text[at:], sentence.start + at, sentence.end)
            return [*before, *_unglued(rest)]
        end, report = pointed.start("gap"), pointed.start("next")
        pointer = Sentence(sentence.text[at:end], sentence.start + at, sentence.start + end)
        rest = Sentence(sentence.text[report:], sentence.start + report, sentence.end)
        return [*(before if head else []), pointer, *_unglued(rest)]
    label = _GLUED_LABEL.match(sentence.text)
    if label is not None:
        at, head = label.start("next"), label.group("label")
        rest = Sentence(sentence.text[at:], sentence.start + at, sentence.end)
        return [Sentence(head, sentence.start, sentence.start + len(head)), *_unglued(rest)]
    credit = _GLUED_CREDIT.match(sentence.text)
    if credit is not None:
        at, head = credit.start("next"), credit.group("credit")
        rest = Sentence(sentence.text[at:], sentence.start + at, sentence.end)
        return [Sentence(head, sentence.start, sentence.start + len(head)), *_unglued(rest)]
    # Nine sentences in ten hold no dash, which every dateline ends in.
    dashed = any(dash in sentence.text for dash in _DASHES)
    glue = _last_dateline(sentence.text) if dashed else None
    if glue is None and opening:
        glue = _restated(sentence.text)
    if glue is None:
        found = [_GLUED.search(sentence.text)]
        if opening:
            found.append(_GLUED_OPENER.search(sentence.text))
        glue = _glue(min((g for g in found if g), key=lambda g: g.start(), default=None))
    if glue is None:
        return [sentence]
    end, at = glue
    head = sentence.text[:end].rstrip()
    return [
        Sentence(head, sentence.start, sentence.start + len(head)),
        Sentence(sentence.text[at:], sentence.start + at, sentence.end),
    ]


def _page_line(text: str) -> re.Match[str] | None:
    """The first page line glued in the text (`_GLUED_PAGE_LINE`), sought only when the
    text holds what each holds (`_PAGE_LINE_MARKS`)."""
    if not any(mark in text for mark in _PAGE_LINE_MARKS):
        return None
    return _GLUED_PAGE_LINE.search(text)


def _last_dateline(text: str) -> tuple[int, int] | None:
    """(where the headline ends, where the lead starts) at a glued dateline, taken as the
    match that starts last before the lead, with the capitalised words of a place written
    as a name before it ("Puerto Almagro, 5 ene (AAN).-"; a place in capitals,
    "ALMAGRO (AAN) -", is all the dateline's): a dateline may run over a few words before
    its agency, and the first match would take the headline's own words for them ("... la
    reelección de Ana Gil como jefa del Parlamento regional Almagro, 5 ene (AAN).-"),
    leaving a headline too short to be read."""
    found = _GLUED_DATELINE.search(text)
    while found is not None:
        later = _GLUED_DATELINE.search(text, found.start() + 1)
        if later is None or later.start("next") != found.start("next"):
            at = found.start("dateline")
            place = None if text[at + 1 : at + 2].isupper() else _PLACE.search(text, 0, at)
            return (place or found).start(), found.start("next")
        found = later
    return None


# Capitalised words, maybe joined by "de" or "del", right before a dateline's last word.
_PLACE = re.compile(r"\s+(?:[A-ZÁÉÍÓÚÑ][^\W\d_]*\s+(?:del?\s+)?)+$")


def _glue(found: re.Match[str] | None) -> tuple[int, int] | None:
    """(where the headline ends, where the lead starts) of a glue pattern's match."""
    return None if found is None else (found.start(), found.start("next"))


# A name of two capitalised words, and one word before a comma, opening a headline.
_NAME = re.compile(r"(?=([A-ZÁÉÍÓÚÑ][^\W\d_]+ [A-ZÁÉÍÓÚÑ][^\W\d_]+)\b)")
_NAME_BEFORE_COMMA = re.compile(r"([A-ZÁÉÍÓÚÑ][^\W\d_]{3,}),")
_OPENING_WORDS = re.compile(r"\S+(?:\s+\S+){0,2}")
# A title before the restated name, which the lead opens with ("... El socialista Ana Gil").
_TITLED = re.compile(r"(?<=[^\W_])\s+(?P<next>(?:El|La|Los|Las) [a-záéíóúñ]+)$")


def _restated(text: str) -> tuple[int, int] | None:
    """Where a name the sentence opens with comes again after a content word with no stop,
    as the start of the glued lead: two capitalised words among its first three ("Mara
    Lind's legacy: ... mayor of Portmar Mara Lind, the former mayor, died ...", "Muere
    Mara Lind, ... actual Mara Lind, la mujer que ..."), or one word before a comma, which
    comes again with a first name ("Lind, alcaldesa ... tras la votación Mara Lind
    gobernará ..."). The lead may open with a title before the name ("... en democracia
    El socialista Mara Lind logró ..."). After a function word the name is inside the lead
    ("Port Selene reopens ... The mayor of Port Selene said ...")."""
    words = _OPENING_WORDS.match(text)
    if words is None:
        return None
    # A name not written again after the opening words cannot come again: its pattern is
    # not compiled (most headlines; compiling was most of this test's cost).
    rest = words.end()
    names = [
        re.escape(m.group(1))
        for m in _NAME.finditer(words.group())
        if text.find(m.group(1), rest) >= 0
    ]
    short = _NAME_BEFORE_COMMA.match(text)
    if short and text.find(short.group(1), rest) >= 0:
        names.append(rf"(?:[A-ZÁÉÍÓÚÑ][^\W\d_]+ )?{re.escape(short.group(1))}")
    for name in names:
        again = re.compile(rf"(?<=[^\W_])\s+(?P<next>{name})\b")
        for found in again.finditer(text, words.end()):
            if text[: found.start()].split()[-1].lower() in STOPWORDS:
                continue
            return _glue(_TITLED.search(text, words.end(), found.start()) or found)
    return None


def _states_a_fact(claim: Claim, quoted: bool, quoting: bool = False) -> bool:
    """Whether the clause reports something another source could confirm or deny (see
    bench/real/CLAIMS.md). Left out: clauses with no verb (headings, credits, fragments of a
    cut text) unless they hold a quotation (`quoting`: the headline 'Ferrán: «Nadie dimitirá
    por esto»' gives someone's words, which another outlet may quote), first or second
    person with no one quoted ("Tenemos que...", "debemos exigir"), unless it tells the
    reader what they can now do ("Ya puedes pedir cita por teléfono", `_now_possible`); a
    sentence of a quotation (`quoted`) is someone's words, whoever the article names in
    another sentence ("«Anunciaremos la nueva fecha muy pronto. ...», dijo"). Only a
    parsed frame can tell;
    other languages keep the sentence, but for Italian's first person plural, told by its
    word shapes (`_italian_we`). In every language, a guess no one is said to have
    made (`speculates`)."""
    if speculates(claim) and not _sourced(claim, quoted):
        return False
    if claim.frame.lang.split("-")[0] == "es" and _asks_whether(claim.sentence):
        return False
    frame = claim.frame
    if frame.tense is None:
        return not _italian_we(claim) or _sourced(claim, quoted)
    if not frame.predicate and not claim.numbers:
        return quoting
    return frame.person not in (1, 2) or _sourced(claim, quoted) or _now_possible(claim)


# A verb of saying or revealing followed by "si" (unaccented: "dice sí" says yes), not "si
# bien" (although): "Miley responde si está embarazada", "el ministro no aclaró si habrá
# subida". An indirect question names what is asked, states no answer: the headline's
# teaser for an answer told below, if at all. Spanish only: Italian "dice si tratta di"
# is "says it is about".
_WHETHER = re.compile(r"\b([^\W\d_]+) si (?!bien\b)")


# Verbs of asking: "se preguntaba si ..." tells that someone asked, a fact of its own.
_ASKING = ("pregunt", "consult", "cuestion", "interrog", "plante")


def _asks_whether(sentence: str) -> bool:
    """The clause's verb of saying or revealing governs an indirect question (`_WHETHER`),
    one of asking aside (`_ASKING`). Most clauses lack the " si " the pattern needs, which
    `str` tells far faster than the pattern tried at every word."""
    lowered = sentence.lower()
    return " si " in lowered and any(
        (word := fold(m.group(1))) in SAYING_VERBS and not word.startswith(_ASKING)
        for m in _WHETHER.finditer(lowered)
    )


# The reader told what they can now do ("Ya puedes pedir cita por teléfono", "Desde hoy
# podrás ..."): a headline's hook for a change, a new rule or service, which is news.
_NOW_POSSIBLE = re.compile(
    r"(?:ya|desde hoy|a partir de hoy) (?:puedes|podras|podes|puede usted|podra usted)\b"
)


def _now_possible(claim: Claim) -> bool:
    """The clause opens telling the reader what they can now do (`_NOW_POSSIBLE`)."""
    return bool(_NOW_POSSIBLE.match(fold(claim.sentence)))


# The first person plural in Italian, which no parser reads here: a verb's ending ("siamo",
# "vogliamo", "stiamo") or the pronoun and possessive ("noi", "nostra").
_ITALIAN_WE = re.compile(r"\b(?:noi|nostr[oaie]|[^\W\d_]+iamo)\b")
# Who says it, in Italian: a verb of saying in the perfect, or "secondo".
_ITALIAN_SAID = re.compile(
    r"\b(?:secondo|(?:ha|hanno) (?:detto|dichiarato|affermato|spiegato|aggiunto|"
    r"sottolineato|annunciato|riferito|raccontato))\b"
)


def _italian_we(claim: Claim) -> bool:
    """An Italian clause in the first person plural with no figure, no date, no quotation
    mark and no one said to speak: the writer's own voice (an op-ed's "siamo sulla buona
    strada"), which the parsed languages tell by the verb's person."""
    low = claim.sentence.lower()
    return (
        claim.frame.lang.split("-")[0] == "it"
        and not datable(claim)
        and bool(_ITALIAN_WE.search(low))
        and not _ITALIAN_SAID.search(low)
        and not any(mark in low for mark in '«»“”"')
    )


def _sourced(claim: Claim, quoted: bool) -> bool:
    """The clause is someone's statement: quoted, attributed, or reported by a verb of
    saying."""
    return quoted or bool(
        claim.attribution or claim.quotes or said_anywhere().search(fold(claim.cited()[0]))
    )


def _in_quote(paragraph: str, at: int) -> bool:
    """Whether the sentence starting at `at` opens a quotation or continues one the
    paragraph opened before it."""
    before = paragraph[:at]
    return (
        paragraph[at : at + 1] in _OPENING
        or before.count("«") > before.count("»")
        or before.count("“") > before.count("”")
        or before.count('"') % 2 == 1
    )


@lru_cache(maxsize=4096)  # a one-clause sentence asks twice: as the sentence, as its clause
def attribution(text: str) -> str | None:
    """Who the sentence says the fact comes from, cue included ("según datos de la
    Autoridad Portuaria", "afirmó Ramiro Acuña"), so a reader sees how it was sourced."""
    folded = fold(text)
    for match in _attribution().finditer(folded):
        cue = match.group()
        if cue not in _SOURCE_CUES and not _SOURCE_START.match(text, match.end()):
            continue  # "anunció que...": the source is the subject, found below
        stop = _attribution_end(text, folded, match.end() + 1)
        found = text[match.start() : stop].strip(" ,")
        if len(found.split()) >= 2:
            return found
    # Each pattern below matches only where its last words are: most sentences lack them,
    # and `str` finds that far faster than `re` trying 700 verb forms at every position.
    that = any(f" {word}" in folded for word in _THAT)
    reported = _reported().search(folded) if that else None
    if reported:
        clause = re.split(r"[.;:»”\"]|, (?=[a-z])", folded[: reported.start()])[-1]
        words = text[reported.start() - len(clause) : reported.start()].split()
        verb = text[reported.start() : reported.end("verb")]
        if words:
            return " ".join([*words[-_SUBJECT_WORDS:], verb])
    said = _ENGLISH_SAID.search(folded) if " said" in folded else None
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


_ENGLISH_STOP = frozenset("the a an of and or to in on at by for from with was were is are".split())


def _negation(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(stems under a negation, the other content stems). A negator negates the next
    content word ("no logró aprobar" negates "aprobar"), unless it asserts (`unnegated`:
    "no es el único responsable"); a verb of denial followed by "que" negates the predicate of
    its clause ("descartó que el incendio fuera intencionado" negates "intencionado", not
    "incendio"). A negation of a condition ("si no se vacuna") or of what would follow
    from one ("no se vacunaría") denies no act: the word it reaches is neither negated nor
    asserted (on real text, 2 of 2 such negations shown as conflicts were of no act)."""
    words = [(word, fold(word)) for word in _LETTERS.findall(unnegated(text.lower()))]
    negated: set[str] = set()
    plain: set[str] = set()
    hypothetical: set[str] = set()
    scope = 0
    conditional = False
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
        if folded in _NEGATOR_WORDS:
            scope = _NEGATION_SCOPE
            conditional = k > 0 and words[k - 1][1] in _IF
            continue
        content = len(folded) >= 4 and folded not in STOPWORDS and folded not in _ENGLISH_STOP
        if scope and folded in _NEGATION_FILLER:
            continue
        if scope:
            scope -= 1
            if content:
                if conditional or _CONDITIONAL.search(words[k][0]):
                    hypothetical.add(stem(folded))
                else:
                    negated.add(stem(folded))
                scope = 0
            continue
        if content:
            plain.add(stem(folded))
    return frozenset(negated), frozenset(plain - negated - hypothetical)


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
    found = {code.lower(): TOP_ZIPF for code in CODES.findall(sentence)}
    for word in _LETTERS.findall(sentence.lower()):
        content = _content_word(word)
        if content is not None:
            key, weight = content
            found[key] = max(found.get(key, 0.0), weight)
    return found


@lru_cache(maxsize=CACHED)
def _content_word(word: str) -> tuple[str, float] | None:
    """A lower-case word's stem and rarity, None for a function word or a short one: a
    story's sentences repeat their words, and reading each anew (folded, looked up,
    stemmed) was most of what a claim's content words cost."""
    folded = fold(word)
    if len(folded) < 4 or folded in STOPWORDS or word in STOPWORDS:
        return None
    return stem(folded), rarity(word, "es")
