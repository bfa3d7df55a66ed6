"""The speaker reader (`_Reader`): who says each quoted span of a text, from the cue beside it,
the sentence before or after, or the paragraph's last speaker. Its mixins read the speaker
phrase at a cue (`subject.py`), a speaker the context carries (`context.py`), the article's
organisations (`organisations.py`) and the fullest form of a name (`resolving.py`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property, lru_cache

from contrasta.reading.gazetteer import fold
from contrasta.reading.names import (
    by_short_form,
    is_given_name,
)
from contrasta.reading.quotes.clauses import (
    _after_preposition,
    _cue,
    _head_phrase,
    _opens_report,
    _partial_before,
    _partial_flag,
    _pronoun_disagrees,
    _pronoun_gender,
    _skip_addressee,
    _work_titled,
)
from contrasta.reading.quotes.context import _Context
from contrasta.reading.quotes.cues import _Cues
from contrasta.reading.quotes.descriptions import (
    _bare_noun,
    _body,
    _head_noun,
    _no_speaker,
    _plural,
    _source,
    _starts_subject,
)
from contrasta.reading.quotes.english import (
    _false_title,
    _role_cut_en,
    _said_thing,
    _unstopped,
)
from contrasta.reading.quotes.evidence import _evidence
from contrasta.reading.quotes.layout import (
    LAYOUTS,
    _Layout,
    _layout,
)
from contrasta.reading.quotes.marks import (
    _lead,
)
from contrasta.reading.quotes.organisations import _Organisations
from contrasta.reading.quotes.quote import Quote, _Mention, _Span
from contrasta.reading.quotes.resolving import _Resolving
from contrasta.reading.quotes.speaker_names import (
    _after_outlet,
    _alone,
    _common,
    _cut_glued,
    _function_word,
    _is_crosshead,
    _is_name,
    _is_organisation,
    _is_person,
    _listed,
    _same_or_short,
    _strip_titles,
    _title_word,
)
from contrasta.reading.quotes.subject import _Subjects
from contrasta.reading.quotes.withheld import (
    _law_before,
)
from contrasta.reading.quotes.words import (
    _ADVERB_EN,
    _ADVERBIAL,
    _AUXILIARIES,
    _CAPITALISED,
    _CLITICS,
    _CUE_PREFIX,
    _DETERMINER_BEFORE,
    _DOCUMENTS,
    _INDEFINITE,
    _INDEFINITE_EN,
    _ISSUED_BY,
    _MAX_TERM_WORDS,
    _MAX_TITLE_WORDS,
    _NAME,
    _NAME_GOES_ON,
    _NAME_TITLES,
    _ORG_NOUNS,
    _PHRASE_STOPS,
    _PRONOUNS,
    _QUOTATION_WORDS,
    _QUOTED_NAME,
    _SAID_NOUNS,
    _SHOUTED,
    _SPEECHES,
    _THAT,
    _THINGS,
    _TITLE_ABBREVIATED,
    _TITLE_START,
    _WORD,
    _WRITTEN_BY,
)
from contrasta.reading.roles import (
    UNKNOWN,
    Description,
    describe,
    is_demonym,
    role_of,
)
from contrasta.reading.speech import (
    SPEECH_GERUNDS_ES,
)

# Acronyms that are common nouns, written in capitals: "la ONG" is "la organización", "el
# CEO" a title; who they stand for is named otherwise, never by them.
_COMMON_ACRONYMS = frozenset("ONG ONGs NGO NGOs CEO".split())
# A quoted string right after these is the name of a thing, not speech.
_TERM_MARKERS = r"""
    llamada llamado llamadas llamados denominada denominado conocida\s+como
    conocido\s+como bautizada bautizado apodada apodado titulada titulado título lema
    eslogan frase significa significan quiere\s+decir so-called dubbed titled called
    nicknamed se\s+llam(?:a|ó|aba|an|aron) se\s+denomin(?:a|ó|aba|an|aron) en\s+concepto
"""
# ...also with an adjective and "de" between: "esa frase mítica de «…»".
# After these (and an optional article or "de") a short quoted string is a title or a
# label (la película «Marea baja», la figura de «productores independientes», como la
# «crisis»); a long one is the noun's clause in reported speech (la ley «llega tarde…»).
_TITLE_MARKERS = """
    película libro novela canción disco álbum gira obra serie programa operación plan
    noticiero telenovela caricatura revista columna
    proyecto caso ley campaña documental informe término expresión palabra concepto
    figura etiqueta categoría como desafío reto film book song album tour term phrase label
    challenge novel memoir movie series documentary podcast poem musical slogan motto
    hashtag headline
"""
# Works named in the plural, whose titles follow as a list ("varias telenovelas, entre
# ellas «…», «…» y «…»"): every title of the list is a title.
_WORKS = """
    películas libros novelas canciones discos álbumes series obras documentales programas
    telenovelas radionovelas poemas films books songs albums
"""
# "como" after a verb of judging, a few words back ("definió a X como «…»", "valora la
# reforma como «…»") quotes the judge's own words (bench/real/README.md counts them), where
# "palabras como «…»" is a label; so do "calificó la medida de «…»", "tildó de «…»" and "X
# llamó una «…»" (not "se llamó": a name). Stems of the verbs, those that take "de", and
# their endings.
_JUDGING_STEMS = "defin calific catalog tild tach valor consider describ"
_JUDGING_OF_STEMS = "calific tild tach"
_JUDGING_ENDINGS = "ó a an aron aba aban ar ió e en ieron ía ían ir iendo ando ado ada ido ida"
_PLURAL_PRONOUNS = frozenset("ellos ellas they".split())  # plural whatever the verb says
# An infinitive after a copula is what something is, not who says it ("Ser republicano
# es defender lo común «…»").
_INFINITIVE = re.compile(r"[a-záéíóúñ]+(?:ar|er|ir)")
_COPULA_BEFORE = re.compile(
    r"\b(?:es|era|fue|son|eran|será|sería|is|was)[\s,]+(?:[^\W\d_]+,?\s+){0,6}$", re.I
)
# ...unless someone owns the aim: "Su objetivo es denunciar que «…»", or the infinitive
# is how the subject said it ("El ministro fue enfático en afirmar que «…»", "fue claro al
# decir").
_MANNER_BEFORE = re.compile(r"\b(?:en|al)\s+$", re.I)
_OWNED = re.compile(r"\b(?:su|sus|his|her|their)\s", re.I)
# Opening or closing one's speech is saying what opens or closes it: "«…», acabó su
# discurso el diputado X", "«…», cerró su intervención".
_SPEECH_FRAMED = re.compile(
    r"(acabó|acaba|terminó|termina|cerró|cierra|concluyó|concluye|finalizó|finaliza|"
    r"empezó|empieza|comenzó|comienza|inició|inicia|abrió|abre)\s+(?:así\s+)?su\s+(?:"
    + "|".join(sorted(_SPEECHES))
    + r")\b",
    re.I,
)
_NAMED_SAYING = re.compile(
    r"(?:es|fue|era|son|fueron|ha\s+sido)\s+(?:el|la|los|las)\s+([a-záéíóúñ]+)\s+"
    r"(?:de\s+|(del)\s+|que\s+(?:(?:le|les|nos|se)\s+)?(?:ha\s+)?[a-záéíóúñ]+(?:a|e|ó|ió|do)\s+"
    r"(?=(?:el|la|los|las|un|una)\s|(?-i:[A-ZÁÉÍÓÚÑ])))"
    r"(.+)",
    re.S | re.I,
)
# A quote that short counts as speech only if its cue is this close ("pidió «calma»"):
# a verb further back governs another clause and the quote is a label.
_MAX_TERM_CUE_GAP = 8
# How far back a source cue may stand for a word quoted inside its phrase.
_SOURCE_REACH = 16
# A gerund of saying hanging on the clause before it, right before the quote: "…,
# recordando que «…»", "…, pidiendo a los vecinos «…»" (an addressee between).
_GERUND_CUE = re.compile(
    rf",\s+({'|'.join(sorted(SPEECH_GERUNDS_ES))})"
    r"(?:\s+(?:a|al|a\s+la|a\s+los|a\s+las)\s+[^,.;:«»“”\"()]{1,80}?)?"
    r"(?:\s+que)?\s*:?\s*$",
    re.I,
)
# Such an acronym and the capitalised words after it that a person's name was cut from
# (`_names_written`: "EH Bildu Jon Iñarritu" is "Jon Iñarritu"): a party's or an outlet's
# name, written alone as much as "Renova" is, so "Bildu Jon Iñarritu", read without the
# acronym at a cue, is cut the same way.
_ACRONYM_LED = re.compile(rf"\b[A-ZÁÉÍÓÚÑ]{{2,6}}\s+((?:{_CAPITALISED})(?:\s+{_CAPITALISED})*)\s+$")
# Words that link a noun to a complement, not to a name in apposition.
_LINKS = frozenset("de del a al en con por para sobre entre y e o que".split())
# A noun phrase that introduces a name: "la plataforma vecinal ‘Marea Verde’", "la
# empresa adjudicataria, Obras Norte".
_INTRODUCING = re.compile(
    r"\b(?:el|la|los|las|El|La|Los|Las|del|al)\s+((?:[a-záéíóúñ]+\s+){1,3}?),?\s*"
    r"(?=[‘']?[A-ZÁÉÍÓÚÑ@])"
)


_TERM_BEFORE = re.compile(
    r"\b(?:" + "|".join(_TERM_MARKERS.split()) + r")(?:\s+[^\W\d_]+)?(?:\s+(?:de|del))?\s*:?\s*$",
    re.I,
)
# ...its author named between ("el libro de Ana Gil «…»", "the film by Ana Gil “…”").
_TITLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(_TITLE_MARKERS.split()) + r")"
    rf"(?:\s+(?:de|del|by)\s+(?-i:{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}))?"
    r"(?:\s+(?:el|la|los|las|de|del|the|de\s+(?:la|las|los)))?\s*$",
    re.I,
)
_WORKS_LISTED = re.compile(
    r"\b(?:" + "|".join(_WORKS.split()) + r")"
    r"(?:(?:\s+[^\s.;:«“\"]+){0,4}?,?\s+(?:entre\s+(?:ellas|ellos)|como|including)[,:]?)?"
    r"(?:\s*[«“\"][^»”\"]*[»”\"](?:\s*,|\s+[yo]|\s+and|\s+or))*\s*$",
    re.I,
)
_JUDGING_ENDING = r"(?:" + "|".join(_JUDGING_ENDINGS.split()) + r")\b(?:\s+[^\s.;:]+){0,6}?\s+"
_PARTICIPLE = re.compile(r"(?:ado|ada|ido|ida)$", re.I)
# "haber" before a participle: a perfect tense, active ("que ha calificado de «…»").
_PERFECT = re.compile(r"\b(?:ha|han|he|has|hemos|había|habían|habría|haber|hubiera)\s*$", re.I)
_JUDGED_AS = re.compile(
    r"\b(?:(?:" + "|".join(_JUDGING_STEMS.split()) + r")" + _JUDGING_ENDING + r"como"
    r"|(?:" + "|".join(_JUDGING_OF_STEMS.split()) + r")" + _JUDGING_ENDING + r"de"
    r"|(?<!\bse\s)(?:llam|denomin|bautiz)(?:ó|aba)(?:\s+(?:un|una|el|la))?)\s*$",
    re.I,
)
# ...and with the "de" or "como" set inside the marks ("calificó el acto «de propaganda»").
_JUDGING_BEFORE = re.compile(
    r"\b(?:" + "|".join(_JUDGING_STEMS.split()) + r")"
    r"(?:" + "|".join(_JUDGING_ENDINGS.split()) + r")\b(?:\s+[^\s.;:]+){0,6}?\s*$",
    re.I,
)
_JUDGED_INSIDE = re.compile(r"(?:de|como)\s", re.I)
# A short quote defined by an acronym in brackets names a thing: "la proteína «espiga» (S)".
_DEFINED_BY_ACRONYM = re.compile(r"[»”\"]?\s*\([A-ZÁÉÍÓÚÑ]{1,6}\)")


# A law's own verbs before its words, at the end of the text before a quote: "La
# Constitución establece que «", "el artículo 9 dispone:".
_LAW_RULES = re.compile(
    r"\s+(establece|estableció|estipula|estipuló|dispone|dispuso|determina|determinó|prevé|"
    r"recoge|contempla|consagra|ordena|ordenó)(?:\s+que)?\s*:?\s*$"
)


# A name joined to the one before by "&" is part of a firm's or foundation's name.
_AMPERSAND_BEFORE = re.compile(r"\w\s*&\s*$")
_AUXILIARY = re.compile(rf"\b(?:{_AUXILIARIES})\s", re.I)
# A relative clause about a thing ("una declaración en la que pidieron", "el acto donde
# dijo"): a verb of saying in it tells of words said then, it announces no quote.
_ABOUT_A_THING = re.compile(
    r"(?:\b(?:en|con|por|de|según)\s+(?:la|el|los|las|lo)\s+(?:que|cual|cuales)|\bdonde)\s+"
    rf"{_CLITICS}$",
    re.I,
)
_PREFIX_REACH = 24


# "que" and an article before a noun that may introduce a title ("que el plan «…»").
_THAT_THE = re.compile(r"\bque\s+(?:el|la|los|las)\s+$", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:)]|$)")


def _reported_of(before: str, quoted: str, after: str) -> bool:
    """Whether words quoted after a noun that may introduce a title ("el plan", "la
    ley") are what a report says of it, not its title: the noun is the subject of a
    clause "que" opens, the words open in lower case, as a title's never do, and end the
    clause ("aseguró que el plan «está en marcha»." ; "el plan «Renove» arrancará" is a
    title)."""
    return (
        bool(_THAT_THE.search(before)) and quoted[:1].islower() and bool(_CLAUSE_ENDS.match(after))
    )


# A quote inside a clause "que" opens, with the clause going on after it, no comma
# between: "aseguró que «personas de X» les alertaron".
_THAT_OPENS = re.compile(r"\bque\s+$", re.I)
_CLAUSE_GOES_ON = re.compile(r"[^\S\n]+(?:(?:se|le|les|lo|la|los|las|nos|me|no)\s+)*[a-záéíóúñ]")


def _last_words(text: str, count: int) -> int:
    """Where the last `count` words of `text` begin."""
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    return starts[-count] if len(starts) > count else 0


def _past_label(speaker: str | None) -> str | None:
    """A page's label run into the sentence after it when cleaning lost the line break
    ("Respuesta de Acme  Acme respondió…" reads as one name, "Respuesta de Acme Acme"):
    a name repeated word for word ends the label, and the speaker is what follows it."""
    words = (speaker or "").split()
    for i in range(len(words) - 1, 0, -1):
        if words[i] == words[i - 1] and words[i][:1].isupper():
            return " ".join(words[i:])
    return speaker


def _title_cased(words: str) -> bool:
    """Words in title case, as English writes a work's title however long ("The Last
    Edition: Memoirs of a Sports Writer"): every word of four letters or more capitalised,
    at least three of them. Speech is in sentence case."""
    long = [w for w in _WORD.findall(words) if len(w) >= 4]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _judged(before: str, quoted_words: str) -> re.Match[str] | None:
    """The verb of judging that makes the quoted words a judgement rather than a quote
    ("calificó de «…»", "la ley, calificada como «…»"), if one stands before them."""
    return _JUDGED_AS.search(before) or (
        _JUDGED_INSIDE.match(quoted_words) and _JUDGING_BEFORE.search(before)
    )


@lru_cache(maxsize=LAYOUTS)
def _names_written(
    text: str, english: bool
) -> tuple[frozenset[str], tuple[_Mention, ...], tuple[_Mention, ...]]:
    """The names a text writes as a reader of its quotes takes them, whoever the story's
    people are: the words that stand alone as a name, the mentions (glued words and an
    outlet before cut off), and those of them that are people's full names. Kept per
    text as its layout is (`layout.LAYOUTS`): a run reads a text's quotes alone, then
    again in its story's dossier with the story's people, and these do not change."""
    layout = _layout(text, single=english)
    alone = frozenset(m.name for m in layout.mentions) | frozenset(
        led.group(1)
        for m in layout.mentions
        if (led := _ACRONYM_LED.search(text, max(0, m.start - 80), m.start))
    )  # "Renova", "Prensa Austral"; "Bildu" of "EH Bildu Jon Iñarritu"
    mentions = tuple(_after_outlet(_cut_glued(m, alone), text) for m in layout.mentions)
    if english:  # "Striker Ben Ashe scored", "Editor-publisher Don Keller"
        mentions = tuple(_role_cut_en(m) for m in mentions)
    full_names = tuple(
        m
        for m in mentions
        if _is_person(m.name)
        and not _listed(m.name)
        and not _AMPERSAND_BEFORE.search(text, max(0, m.start - 8), m.start)
    )  # not "Melinda Gates" of "Fundación Bill & Melinda Gates": a firm's name
    return alone, mentions, full_names


class _Reader(_Subjects, _Context, _Organisations, _Resolving):
    """Attribution over one text: knows its people, their roles and its sentences."""

    def __init__(self, text, layout: _Layout, cues: _Cues, known, lang):
        self.text = text
        self.trail: list[tuple[str, str]] = []  # (kind, answer) of the resolvers, `_how`
        self.lang = lang
        self.indefinite = _INDEFINITE if lang == "es" else _INDEFINITE | _INDEFINITE_EN
        self.english = lang == "en"
        self.paragraphs = layout.masked
        self.sentences = layout.sentences
        self.known = known
        self.shortened = by_short_form(known)  # the story's people
        self.alone, self.mentions, self.full_names = _names_written(text, self.english)
        self.titled = {self._expand(m.name, m.start) for m in self.mentions if m.description}
        self.via = ""  # which of `_before`'s cues gave its answer
        self.contested = False  # `_previous_subject` met two candidates (`_pro_drop`)
        self.speakers: list[str] = []  # attributed so far, in reading order
        self.spoken_in = -1  # the paragraph of the last attributed quote
        self.spoken_at = -1  # where the last attributed quote ends in the text
        self.cue = cues.verb
        self.verb_forms = cues.forms
        self.verb_words = cues.forms | cues.phrase_heads  # where `_verbs` tries the cue
        self.participles = cues.participles
        self.inverted = cues.inverted
        self.preposition = cues.preposition
        self.possessive = cues.possessive

    def _stripped(self, name: str) -> str:
        """`_strip_titles` of a name in this text."""
        return _strip_titles(name, self.alone, self.english)

    @cached_property
    def introductions(self) -> list[tuple[str, str, int]]:
        """(noun, name, where) for each name the text introduces with a noun phrase ("la
        plataforma separatista ‘Marea Verde’"), so that the noun alone can name it later
        ("señala la plataforma"). A role's noun is read by `introduced` instead. Read
        when a description first asks for it."""
        found = []
        for offset, masked in self.paragraphs:
            at = 0
            while (match := _INTRODUCING.search(masked, at)) is not None:
                at = match.start() + 1  # overlapping: "el mensaje |del patriarca Teófilo"
                if set(match.group(1).split()) & _LINKS:
                    continue  # "el gobierno de Nicolás Maduro" is no "gobierno" named so
                noun = _head_noun(match.group(1))
                quoted = _QUOTED_NAME.match(masked, match.end())
                name = quoted.group("name") if quoted else None
                named = None
                if name is None:
                    named = _NAME.match(masked, match.end())
                    name = self._stripped(named.group(0)) if named else None
                    going_on = named and _NAME_GOES_ON.match(masked, named.end())
                    if name and going_on and noun in _ORG_NOUNS:
                        name += going_on.group(0)  # "la plataforma Vecinos por Lugo"
                issuer = named and noun in _THINGS and _ISSUED_BY_NAME.match(masked, named.end())
                if issuer:  # "el estudio Viajeros 2020 elaborado por Hoteles Sol": its author's
                    name = self._stripped(issuer.group(1))
                if (
                    name
                    and noun
                    and not role_of(noun)
                    and not _function_word(name)
                    and not is_demonym(name.lower())  # "el gobierno Canadiense"
                ):
                    found.append((noun, name, offset + match.start()))
        return found

    @_evidence("introduced noun")
    def _introduced_as(self, noun: str, at: int) -> str | None:
        """The one name introduced before `at` with this noun ("la plataforma"), if one."""
        names = {
            fold(name): name for n, name, start in self.introductions if n == noun and start < at
        }
        return next(iter(names.values())) if len(names) == 1 else None

    def introduced(self, at: int) -> dict[str, Description]:
        """People named before `at` (in full, or in part with a title), by the fullest form
        of their name, with what their titles say of them."""
        found: dict[str, Description] = {}
        for m in self.mentions:
            if m.start >= at or (m.description is None and not _is_person(m.name)):
                continue
            name = self._expand(m.name, m.start)
            title = m.description or UNKNOWN
            found[name] = found[name].merge(title) if name in found else title
        return found

    def read(self, index: int, span: _Span) -> Quote | None:
        offset, masked = self.paragraphs[index]
        sentence = next((s for s in self.sentences[index] if s.start <= span.open < s.end), None)
        lo = sentence.start if sentence else 0
        hi = max(sentence.end if sentence else len(masked), span.close)
        before = masked[lo : span.open]
        after = masked[span.close : hi]
        quoted_words = self.text[offset + span.start : offset + span.end]
        words = len(_WORD.findall(quoted_words))
        judged = span.style != "dash" and _judged(before, quoted_words)
        if span.style != "dash" and self._names_a_thing(before, after, quoted_words, words, judged):
            return None
        at = offset + span.open
        self.trail = []
        speaker, cue, path = self._cue_after_or_judged(before, after, judged, at, index, lo)
        credit = _HEADLINE_CREDIT.match(masked, span.close)
        if cue is None and credit and not before.strip() and not _function_word(credit.group(1)):
            speaker, cue = self._expand(self._stripped(credit.group(1)), at), ":"
            path = "headline"
        if cue is None:
            reach = 0 if words > _MAX_TERM_WORDS else self._reach(before)
            speaker, cue = self._before(before, reach, at, index, lo)
            path = self.via
        if cue is None:
            later, cue = self._later(after, at, index, lo)
            speaker = later if cue is not None else speaker
            path = "later" if cue is not None else path
        quoted = self.text[offset + span.start : offset + span.end]
        exclaimed = _alone(masked, span) and quoted.rstrip()[-1:] in "!?"  # "«¡Todos a una!»"
        if (
            span.style != "dash"
            and not exclaimed
            and (
                (cue is None and words <= _MAX_TERM_WORDS)
                or (_is_name(quoted, words) and not self._said_alone(before, after))
            )
        ):
            return None
        if (
            speaker is None
            and self.lang == "es"
            and (aside := self._attributing_aside(before, at, index, lo))
        ):
            speaker, cue = aside  # "El embalse, afirma la ingeniera X, es … porque «…»"
            path = "aside"
        if cue is None and not before.strip(" ¿¡") and not _is_crosshead(quoted, masked, span):
            speaker, cue = self._announced(index, lo)
            path = "announced"
        partial = span.style != "dash" and _partial_before(before)
        if cue is None and speaker is None and partial and _GOES_ON.match(before):
            speaker, cue = self._reported(index, lo)
            path = "reported"
        if cue is None and speaker is None and not after.strip(" .") and not partial:
            speaker, cue = self._announced_after(index, span.close, _alone(masked, span))
            path = "announced after"
        shouted = words > 1 and _SHOUTED.fullmatch(quoted.strip())
        if partial and cue is None and speaker is None and words < _QUOTATION_WORDS and not shouted:
            return None  # words set in a sentence with no one said to say them: a term
        start, end = offset + span.start, offset + span.end
        speaker = self._speaker_kept(speaker, before, after, cue, at, index)
        how = self._how(path, speaker) if speaker else None
        if span.style != "dash":
            partial = _partial_flag(partial, before, quoted)
        return Quote(self.text[start:end], speaker, start, end, span.style, partial, cue, how)

    def _names_a_thing(
        self, before: str, after: str, quoted_words: str, words: int, judged: re.Match[str] | None
    ) -> bool:
        """Whether the quoted words (`words` of them) name a thing rather than quote anyone:
        a term ("el llamado «…»"), a work's title after a title noun (not what is said of
        it, nor a judgement), works listed, a term an acronym defines, or a source's name."""
        titled = _TITLE_BEFORE.search(before)
        if titled and _reported_of(before[: titled.start()], quoted_words, after):
            titled = None  # "aseguró que el plan «está en marcha»": what is said of it
        return bool(
            _TERM_BEFORE.search(before)
            or (
                (
                    words <= _MAX_TITLE_WORDS
                    or _title_cased(quoted_words)
                    or _work_titled(before, quoted_words)
                )
                and not judged
                and titled
            )
            or (words <= _MAX_TITLE_WORDS and _WORKS_LISTED.search(before))
            or (words <= _MAX_TERM_WORDS and _DEFINED_BY_ACRONYM.match(after))
            or self._in_source(before)
        )

    def _cue_after_or_judged(
        self, before: str, after: str, judged: re.Match[str] | None, at: int, index: int, lo: int
    ) -> tuple[str | None, str | None, str]:
        """The speaker, cue and path from a cue after the quote, or else from a verb of
        judging before it ("La oposición calificó de «…»"); no cue after a quote that is the
        subject of the verb following it."""
        if _CLAUSE_GOES_ON.match(after) and _THAT_OPENS.search(before):
            # "reconoció que «personas de X» les alertaron": the quote is the subject of
            # the verb after it, which is no cue; the verb before "que" is
            speaker, cue = None, None
        else:
            speaker, cue = self._after(after, at, index, lo)
        path = "after"
        if cue is None and judged:
            subject = before[: judged.start()]
            speaker = self._subject(subject, at, index, lo)
            if speaker and speaker.split()[-1] not in subject:
                speaker = None  # "La oposición calificó…": no one named, not the last person
            if _PARTICIPLE.search(judged.group(0).split()[0]) and not _PERFECT.search(subject):
                speaker = None  # "la ley, calificada como «…»": the subject is what is judged
            cue, path = judged.group(0).split()[0], "judged"
        return speaker, cue, path

    def _speaker_kept(
        self, speaker: str | None, before: str, after: str, cue: str | None, at: int, index: int
    ) -> str | None:
        """The speaker found, as a quote gives it: a past label dropped, a body named in full,
        its title off; none where it is no one, a pronoun around the cue disagrees with it
        (in English, the one person of that gender named instead), or it is ambiguous."""
        speaker = _past_label(speaker)
        speaker = speaker and (self._fullest_body(speaker) or speaker)
        speaker = speaker and self._untitled(speaker, at)
        if speaker and _no_speaker(speaker):
            speaker = None
        if speaker and cue and _pronoun_disagrees(before, after, cue, speaker):
            speaker = None  # "X recibió a Ana Gil. Él dijo: «…»": not Ana Gil, nor guessed
            if self.english:  # "X met Ana Gil. «…», she said": the one woman named
                speaker = self._of_gender(_pronoun_gender(before, after, cue), at, index)
        if speaker and (self._ambiguous(speaker) or speaker in _COMMON_ACRONYMS):
            speaker = None
        return speaker

    def _attributing_aside(
        self, before: str, at: int, index: int, lo: int
    ) -> tuple[str, str] | None:
        """The speaker an aside between commas credits the sentence to, before a quote
        that found none ("El embalse, afirma la ingeniera X, es una reserva que el valle
        reconoce, porque «…»", "El
        plan, según explicó la alcaldesa X, busca «…»"): Spanish sets the attribution of a
        whole sentence in an inciso after its first words, a singular verb of saying and
        its subject, and the quoted words later in that sentence are the same person's.
        The last such aside before the quote; a plural verb is a group's, read elsewhere."""
        found = None
        for m in _ATTRIBUTING_ASIDE.finditer(before):
            verb = m.group(1).lower()
            if verb in self.verb_forms and not _plural(verb):
                found = m
        if found is None:
            return None
        with self._aside():
            who = self._phrase(found.group(2), at, index, lo, addressee=False)
        if who is None:
            return None
        return who, found.group(1)

    def _said_alone(self, before: str, after: str) -> bool:
        """Whether a quote opens its sentence and a verb of saying follows its comma
        ("«Reitero», enfatizó el canciller, «…»", "«Impecable», dijo X"): a capitalised
        word so set is speech, not a name or a title, which run on in a sentence ("el
        portal «Silenciadas», …", "X, «El Bronco», sugirió…")."""
        comma = re.match(r"\s*,\s*", after)
        return bool(not before.strip(" ¿¡") and comma and self.cue.match(after, comma.end()))

    def _untitled(self, speaker: str, at: int) -> str:
        """A person's name without the title or honorific written before it, capitalised
        or not ("el Papa Francisco" is "Francisco", "la Senadora Ana Ruiz" "Ana Ruiz",
        "el Dr. Mena" "Mena" in its fullest form): the title is an office, not a name,
        and the same person quoted by two outlets, one with the title and one without,
        is one speaker. Not an organisation's or a listed name ("Presidente Hayes"
        as a place), nor a title alone or before a word that is no name."""
        words = speaker.split()
        if len(words) < 2 or not words[1][:1].isupper():
            return speaker
        if not _title_word(words[0]) or _is_organisation(speaker) or _listed(speaker):
            return speaker
        if self.english and words[0] == "Don":
            return speaker  # a first name in English ("Don Keller"), the Spanish "don" no
        rest = " ".join(words[1:])
        if _is_organisation(rest) or _listed(rest) or _function_word(rest):
            return speaker
        full = self._expand(rest, at)
        if _title_word(full.split()[0]):
            full = rest  # "Letizia" of "Reina Letizia", the one form the text gives
        honorific = words[0].lower().rstrip(".") in _NAME_TITLES
        # English capitalises the title before a surname ("Professor Byrne", "Judge
        # Malone", "Mr Reynolds"): a surname alone after one is the person's; after a
        # role's word, not a word of the language ("Secretary General").
        surname = (
            self.english
            and " " not in rest
            and not _title_word(rest)  # "Prime Minister" is a title whole
            and (honorific or not _common(rest))
        )
        if not (_is_person(full) or (honorific and is_given_name(full)) or surname):
            return speaker  # "Secretario General", "Presidente Sánchez" named no other way
        self.trail.append(("title left out", full))
        return full

    @contextmanager
    def _aside(self) -> Iterator[None]:
        """Names read while checking something else (who a noun titles, who is in view,
        whether a person is still the subject) are not the speaker's evidence: what the
        resolvers note meanwhile leaves the trail `_how` reads."""
        mark = len(self.trail)
        try:
            yield
        finally:
            del self.trail[mark:]

    def _how(self, path: str, speaker: str) -> str:
        """Where a speaker came from: the cue's place (`path`: "after" the quote, the
        verb's "subject" before it, "according to", a "headline" colon, …), then the
        resolvers its name went through, outermost first ("title" > "short form": a
        title resolved to a person named before, under the fullest form of the name)."""
        kinds = dict.fromkeys(kind for kind, found in reversed(self.trail) if found == speaker)
        return " > ".join((path, *kinds))

    def goes_on(self, index: int, span: _Span) -> bool:
        """Whether a quote is its whole paragraph and no crosshead: the words of whoever
        was quoted at the end of the paragraph before, going on."""
        offset, masked = self.paragraphs[index]
        quoted = self.text[offset + span.start : offset + span.end]
        return _alone(masked, span) and not _is_crosshead(quoted, masked, span)

    def other_named(self, previous: Quote, at: int) -> bool:
        """Whether a person other than the previous quote's speaker is named between it and
        `at`, not as an addressee or an object ("le dijo X a Ana Ruiz"): then a quote with
        no cue of its own may be theirs, and is no one's."""
        return any(
            previous.end <= m.start < at
            and not _after_preposition(self.text, m.start)
            and (full := self._expand(m.name, m.start)) != previous.speaker
            and not _same_or_short(m.name, previous.speaker)
            and self._person_like(full)
            for m in self.mentions
        )

    def still_speaking(self, last: Quote, index: int, span: _Span) -> bool:
        """Whether a quote with no cue that opens its sentence, in a paragraph after the
        last attributed quote's, is still that speaker's: an interview or a profile goes
        on quoting one voice, the narrator reporting only theirs in between ("Subraya
        que … ⏎ … «…»."). Only when the words between report speech or name the speaker,
        no one else is named there (a person, an organisation, a title opening a
        sentence), and the last quote is at most a few paragraphs back; or when nothing
        stands between at all: the last quote closes its paragraph and this one is a whole
        paragraph of its own, ended by a full stop ("Robles acusó a X de «…». ⏎ «…»."), the
        same voice going on in the next paragraph, as "next paragraph" reads it after a
        whole quote with its cue (`_goes_on_quoting`)."""
        offset, masked = self.paragraphs[index]
        at = offset + span.open
        sentence = next((s for s in self.sentences[index] if s.start <= span.open < s.end), None)
        quoted = self.text[offset + span.start : offset + span.end]
        if (
            sentence is None
            or masked[sentence.start : span.open].strip(" ¿¡")
            or _SAID_AFTER.match(masked, span.close, sentence.end) is None
            or _is_crosshead(quoted, masked, span)
        ):
            return False  # not a sentence of its own: "«…», es el mensaje que…"
        back = max(i for i, (start, _) in enumerate(self.paragraphs) if start <= last.start)
        if not 0 < index - back <= _STILL_SPEAKING_PARAGRAPHS:
            return False
        sentences = [
            (start + s.start, start + s.end, s.text)
            for i in range(back, index + 1)
            for start in (self.paragraphs[i][0],)
            for s in self.sentences[i]
        ]
        since = next((end for _, end, _ in sentences if end >= last.end), last.end)
        between = [text for start, _, text in sentences if since <= start < at]
        if not between:
            return self._goes_on_quoting(last, back, masked, span, quoted)
        if any((title := _TITLE_START.match(text)) and role_of(title.group(1)) for text in between):
            return False  # "El portavoz del ministerio aseguró…": someone else
        named = [m for m in self.mentions if since <= m.start < at]
        if any(
            not _same_or_short(m.name, last.speaker)
            and ((full := self._expand(m.name, m.start)) != last.speaker)
            and (self._person_like(full) or _is_organisation(m.name))
            for m in named
        ):
            return False
        return any(_same_or_short(m.name, last.speaker) for m in named) or any(
            self._verbs(text) or _TALKED.search(text) for text in between
        )

    def _goes_on_quoting(
        self, last: Quote, back: int, masked: str, span: _Span, quoted: str
    ) -> bool:
        """Whether a quote with nothing written between it and the last attributed quote
        (paragraph `back`) goes on with that speaker: the last quote ends its paragraph,
        no narration after it ("… de haber «…» «con sus recortes»."), and this quote is its
        whole paragraph, ended by a full stop. A pull quote set apart without a stop
        ("«Cada barrio tendrá su mercado»" ⏎) repeats words as a display, said by no one there;
        a paragraph whose last quote is followed by more narration ("… «…» y que el
        Gobierno no hará nada.") has moved on from the quoted voice; a question set alone
        after someone's words is as likely the interviewer's ("«¿Cree que pueden
        remontar?»"), so no one's."""
        start, last_masked = self.paragraphs[back]
        closes = not last_masked[last.end - start :].strip(_CLOSING_OR_STOP)
        stopped = _STOPPED.search(quoted.rstrip() + masked[span.close : span.close + 2])
        asked = quoted.rstrip().endswith("?")
        return closes and _alone(masked, span) and stopped is not None and not asked

    def presented(self, index: int, span: _Span) -> str | None:
        """The one person a paragraph presents, for a quote with no cue that is a sentence
        of its own later in it ("Ana Lucero, de 34 años y enfermera, llegó con sus hijos.
        «Estamos agotadas»."): a profile's words are the profiled person's when the
        paragraph opens with their full name and names no other person, nor an
        organisation as a subject, before the quote."""
        offset, masked = self.paragraphs[index]
        sentence = next((s for s in self.sentences[index] if s.start <= span.open < s.end), None)
        quoted = self.text[offset + span.start : offset + span.end]
        if (
            sentence is None
            or sentence.start == 0
            or masked[sentence.start : span.open].strip(" ¿¡")
            or _SAID_AFTER.match(masked, span.close, sentence.end) is None
            or _is_crosshead(quoted, masked, span)
        ):
            return None
        named = [m for m in self.mentions if offset <= m.start < offset + span.open]
        if not named or named[0].start != offset + _lead(masked) or not _is_person(named[0].name):
            return None
        person = self._expand(named[0].name, named[0].start)
        for m in named[1:]:
            full = self._expand(m.name, m.start)
            local = m.start - offset
            if full != person and (
                self._person_like(full)
                or (_is_organisation(m.name) and not _after_preposition(masked, local, True))
            ):
                return None
        return person if self._person_like(person) else None

    def closes(self, index: int, quote: Quote) -> bool:
        """Whether a quote is in the last sentence of its paragraph, its attribution
        ending the paragraph ("«…», dijo X.")."""
        offset, _ = self.paragraphs[index]
        sentences = self.sentences[index]
        return bool(sentences) and sentences[-1].start <= quote.start - offset

    def _in_source(self, before: str) -> bool:
        """A word quoted inside a source phrase ("Según el «filántropo», …") names the
        source, it is not what the source said."""
        cue = self.preposition.search(before[-_SOURCE_REACH:])
        return bool(
            cue
            and re.fullmatch(
                r"\s*(?:(?:el|la|los|las|the)\s+)?", before[-_SOURCE_REACH:][cue.end() :]
            )
        )

    def _verbs(self, text: str) -> list[re.Match[str]]:
        """Verbs of saying in `text`; one after a determiner is a noun ("la denuncia").
        Words are looked up in the verb table first and the cue pattern is matched only
        where one is (scanning the pattern's alternation along the text is slow)."""
        found = []
        for word in _WORD.finditer(text):
            if word.group(0).lower() not in self.verb_words:
                continue
            if word.group(0)[0].isupper() and _WORD_BEFORE.search(
                text, max(0, word.start() - 3), word.start()
            ):
                continue  # "Enrique Ochoa Reza": a name, not "reza"
            prefix = _CUE_PREFIX.search(text, max(0, word.start() - _PREFIX_REACH), word.start())
            cue = self.cue.match(text, prefix.start() if prefix else word.start())
            verb = cue and _cue(text[word.start() : cue.end()])  # "dio a conocer"
            if cue is None or verb not in self.verb_forms:
                continue
            if " " in verb and not (
                _PHRASE_REPORTS.match(text, cue.end()) or "lo" in cue.group(0).lower().split()
            ):
                continue  # "dio a conocer la noticia": a thing made known, not words
            if verb in self.participles and not _AUXILIARY.search(cue.group(0)):
                continue  # "el mencionado chip": an adjective
            if verb.startswith("continu") and _WITH_AFTER.match(text, cue.end()):
                continue  # "continuar con las medidas": going on with a thing, no words
            if _DETERMINER_BEFORE.search(text, 0, cue.start()) or (
                cue.group(0).lower() == "decir" and _IS_BEFORE.search(text, 0, cue.start())
            ):
                continue
            found.append(cue)
        return found

    def _reach(self, before: str) -> int:
        """Where a cue may stand for a short quote: a verb of saying that opens reported
        speech ("aseguró que … «cuanto antes»") governs its whole clause; any other only
        the last few words ("pidió «calma»"), or the quote is a label. A verb that already
        governs a quote earlier in the sentence governs the later ones too ("pidió … ser
        «amigos y socios», pues comparten una «frontera enorme»")."""
        reported = [
            m
            for m in self._verbs(before)
            if _opens_report(before, m.end()) or "_" in before[m.end() :]
        ]
        return reported[-1].start() if reported else _last_words(before, _MAX_TERM_CUE_GAP)

    def _later(self, after: str, at: int, index: int, lo: int):
        """An attribution set off by a comma later in the sentence: "…, «unas conductas
        incívicas» que hay que erradicar, afirma su directora, Elena Villagrasa", past an
        adverbial ("…, afirmó ayer la alcaldesa X")."""
        for verb in self._verbs(after):
            phrase = after[verb.end() :].strip()
            adverbial = _ADVERBIAL.match(phrase)  # "…, afirmó ayer la alcaldesa X"
            subject = phrase[adverbial.end() :] if adverbial else phrase
            if (
                re.search(r",\s*$", after[: verb.start()])
                and subject
                and _starts_subject(subject, self.indefinite)
            ):
                return self._phrase(phrase, at, index, lo, addressee=True), _cue(verb.group(0))
        return None, None

    def _announced(self, index: int, lo: int):
        """A quote opening its sentence with no cue of its own takes the speaker of the
        sentence before it when that one announces it ("…, afirmó X:", "X lo explicó
        así.", "Según X, …"), in this paragraph or ending the previous one; one that holds
        a quote itself is left to the quote-continuation rule, unless it ends on a colon
        ("X contó que esa ayuda «llegó tarde», así que …:"): a colon announces
        what follows whatever the sentence quotes on the way. Its verb is the one that
        opens its reported speech, when one does: the verbs after "que" are the report's
        ("Explica que muchos socios han pedido créditos. «…»" is who explains)."""
        earlier = [s for s in self.sentences[index] if s.end <= lo]
        if earlier:
            back, sentence = index, earlier[-1]
        elif index and self.sentences[index - 1]:
            back, sentence = index - 1, self.sentences[index - 1][-1]
        else:
            return None, None
        colon = sentence.text.rstrip().endswith(":")
        if (re.search(r"[«“\"_—]", sentence.text) and not colon) or not (
            colon or self._verbs(sentence.text)
        ):
            return None, None
        at = self.paragraphs[back][0] + sentence.end
        text = sentence.text
        if not text.rstrip().endswith(":") and all(
            _ABOUT_A_THING.search(text, 0, v.start()) for v in self._verbs(text)
        ):
            return None, None  # "… una declaración en la que pidieron …": narration
        report = next((v for v in self._verbs(text) if _opens_report(text, v.end())), None)
        if report is None and self.english:
            # English drops "that": "Hale said the road was safe." reports after its verb,
            # whose subject is before it (what follows is no inverted subject)
            report = next(
                (
                    v
                    for v in self._verbs(text)
                    if text[: v.start()].strip() and re.match(r"\s+[a-z]", text[v.end() :])
                ),
                None,
            )
        return self._before(text[: report.end()] if report else text, 0, at, back, sentence.start)

    def _reported(self, index: int, lo: int):
        """Words quoted inside a sentence with no cue of its own, right after a sentence of
        the same paragraph that reports someone's speech ("X anticipó que … . El objetivo
        es llegar a los «…»"), are that speaker's: the report goes on. Only reported speech
        ("que"), only the sentence right before (further back, the narrator speaks), and
        only a sentence that states what the report was about ("El objetivo es", `_GOES_ON`):
        one with a subject that acts ("La oposición calificó la medida de «…»") is someone
        else's judgement."""
        earlier = [s for s in self.sentences[index] if s.end <= lo]
        if not earlier or re.search(r"[«“\"_—]", earlier[-1].text):
            return None, None
        sentence = earlier[-1]
        verbs = [v for v in self._verbs(sentence.text) if _opens_report(sentence.text, v.end())]
        if not verbs:
            return None, None
        at = self.paragraphs[index][0] + sentence.start + verbs[-1].start()
        speaker = self._subject(sentence.text[: verbs[-1].start()], at, index, sentence.start)
        return (speaker, _cue(verbs[-1].group(0))) if speaker else (None, None)

    def _announced_after(self, index: int, close: int, alone: bool = False):
        """A quote that is its own sentence, credited by the next one: "«…». Así lo explicó
        X", "Con estas palabras ha reaccionado X", "Son palabras de X"; a quote that is its
        own paragraph (`alone`), by the next paragraph's first sentence."""
        sentence = next((s for s in self.sentences[index] if s.start >= close), None)
        if sentence is None and alone and index + 1 < len(self.sentences):
            index, sentence = index + 1, next(iter(self.sentences[index + 1]), None)
        words_of = sentence and _WORDS_OF.match(sentence.text)
        if words_of:
            at = self.paragraphs[index][0] + sentence.start
            phrase = ("el " if words_of.group(1) == "del" else "") + sentence.text[words_of.end() :]
            return self._phrase(phrase, at, index, sentence.start, addressee=False), "palabras"
        announce = sentence and _ANNOUNCED_AFTER.match(sentence.text)
        if not announce:
            return None, None
        rest = sentence.text[announce.end() :]
        verb = self.cue.match(rest) or (announce.group(1) and _ANY_VERB.match(rest))
        if not verb:
            return None, None
        at = self.paragraphs[index][0] + sentence.start
        phrase = rest[verb.end() :]
        return self._phrase(phrase, at, index, sentence.start, addressee=True), _cue(verb.group(0))

    def _after(self, after: str, at: int, index: int, lo: int):
        """A verb of saying right after the quote, its speaker following (or preceding) it."""
        head = re.match(r"\s*[,.;]?\s*[—―\-–]?\s*", after)
        rest = after[head.end() :]
        if self.english:  # "…," Rep. Tom Ridley said: the title's stop no sentence's end
            rest = _TITLE_ABBREVIATED.sub(_unstopped, rest)
        cue = self._cue_after(rest)
        if cue:
            return self._verb_after(rest, cue, at, index, lo)
        framed = _SPEECH_FRAMED.match(rest)
        if framed:  # "«…», acabó su discurso el diputado X", "«…», cerró su intervención."
            phrase = rest[framed.end() :]
            first = phrase.split()[0].lower() if phrase.split() else ""
            if not phrase.strip(" .;") or first in _PHRASE_STOPS or phrase.lstrip()[:1] in ".;,":
                return self._pro_drop(at, index, lo), framed.group(1).lower()  # "… en el pleno"
            if _starts_subject(phrase.strip(), self.indefinite):
                return self._phrase(phrase, at, index, lo, addressee=False), framed.group(1).lower()
        named = _NAMED_SAYING.match(rest)
        if named and named.group(1).lower() in _SAID_NOUNS:
            phrase = ("el " if named.group(2) else "") + named.group(3)
            speaker = self._phrase(phrase, at, index, lo, addressee=False)
            return speaker, named.group(1).lower()  # "«…», es el mensaje que da el médico X"
        return self._name_then_verb(rest, at, index, lo)

    def _cue_after(self, rest: str) -> re.Match[str] | None:
        """A verb of saying or a source preposition opening `rest`, the words after a quote;
        after a periphrasis, its infinitive ("llegó a decir Duque")."""
        cue = self.cue.match(rest) or self.preposition.match(rest) or _AFTER_QUOTE.match(rest)
        periphrasis = _PERIPHRASIS.match(rest)
        if cue is None and periphrasis:  # "…», llegó a decir Duque"
            verb = self.cue.match(rest, periphrasis.end())
            cue = verb if verb and verb.group(0).lower().endswith("r") else None
        return cue

    def _verb_after(
        self, rest: str, cue: re.Match[str], at: int, index: int, lo: int
    ) -> tuple[str | None, str | None]:
        """The speaker and cue of a verb of saying right after the quote: whoever wrote or
        issued a text it was said in, no one for a report of its own ("Agregó que"), a
        source or group for a plural verb, else the phrase after the verb."""
        phrase = rest[cue.end() :]
        if _IMPERSONAL.fullmatch(cue.group(0)) and (writing := _IN_WRITING.match(phrase)):
            writer = _WRITTEN_BY.match(phrase, writing.end())  # "en el texto firmado por X"
            if writer and not _function_word(writer.group(1)):
                return self._expand(self._stripped(writer.group(1)), at), _cue(cue.group(0))
            return self._issuer(writing.group(1), at, index, lo), _cue(cue.group(0))
        if cue.group(0).lower().endswith("del"):
            phrase = "el " + phrase
        if _REPORTING.match(phrase):  # "«…» Agregó que el huracán X …": its own report,
            return None, None  # no cue of this quote's
        subject = _skip_addressee(phrase.strip())
        source = _FROM_AFTER.match(_head_phrase(phrase.strip())[0])
        short = source and self._short_name(source.group(1))
        if _plural(cue.group(0)) and short:
            return self._spelled_out(short, at), _cue(cue.group(0))  # "desde la OMS"
        if _plural(cue.group(0)) and source and _body(source.group(1)):
            # "…», explicaron desde la Consejería"; not "avisaban desde la orilla"
            headed = self._body_headed_by(source.group(1), at)
            return headed or _source(source.group(1), self.text[:at]), _cue(cue.group(0))
        if _plural(cue.group(0)) and not (subject and _starts_subject(subject, self.indefinite)):
            return self._previous_group(index, lo), _cue(cue.group(0))
        return self._phrase(phrase, at, index, lo, addressee=True), _cue(rest[: cue.end()])

    def _name_then_verb(
        self, rest: str, at: int, index: int, lo: int
    ) -> tuple[str | None, str | None]:
        """The speaker and cue of a subject then its verb after the quote ("«…», X dijo",
        "«…», Irish Press founder Eamon Duffy said"); no one where the verb brings in a
        quote of its own or nothing fits."""
        inverted = self.inverted.match(rest)
        if self.english and inverted and (honoured := self._by_honorific(inverted.group(1), at)):
            return honoured, _cue(inverted.group(2))  # "«…», Mrs. Ridley said": of two Ridleys
        titled_name = self.english and inverted and _false_title(inverted.group(1))
        if titled_name and not _OWN_QUOTE.match(rest, inverted.end()):
            # "«…», Irish Press founder Eamon Duffy said": the name after the title
            return self._phrase(titled_name, at, index, lo, addressee=False), _cue(
                inverted.group(2)
            )
        if inverted and _starts_subject(inverted.group(1), self.indefinite):
            if _OWN_QUOTE.match(rest, inverted.end()):
                return None, _cue(inverted.group(2))  # "«…», X insistió en que «…»": no one
            subject = inverted.group(1)
            if self.english:
                subject = _MANNER_ADVERB_EN.sub("", subject) or subject
            if subject.split()[0].lower() in _PRONOUNS:
                if _plural(inverted.group(2)) or subject.split()[0].lower() in _PLURAL_PRONOUNS:
                    return self._previous_group(index, lo), _cue(inverted.group(2))
                return self._pro_drop(at, index, lo), _cue(inverted.group(2))
            speaker = self._phrase(subject, at, index, lo, addressee=False)
            return speaker, _cue(inverted.group(2))
        return None, None

    def _before(self, before: str, reach: int, at: int, index: int, lo: int):
        """A cue earlier in the sentence, from `reach` on: "Según X, «…»", "X afirmó que «…»"."""
        prepositions = [m for m in self.preposition.finditer(before) if m.start() >= reach]
        verbs = [m for m in self._verbs(before) if m.start() >= reach]
        last_prep = prepositions[-1] if prepositions else None
        last_verb = verbs[-1] if verbs else None
        possessive = [m for m in self.possessive.finditer(before) if m.start() >= reach]
        if possessive and all(
            m is None or m.start() < possessive[-1].start() for m in (last_prep, last_verb)
        ):
            self.via = "possessive"
            return self._pro_drop(at, index, lo), _cue(possessive[-1].group(0))
        gerund = _GERUND_CUE.search(before, reach)
        if gerund and all(m is None or m.start() < gerund.start() for m in (last_prep, last_verb)):
            self.via = "gerund"  # "X presentó el plan, recordando que «…»"
            start = at - len(before)
            if self.speakers and start <= self.spoken_at <= at:
                self.trail.append(("speaker of this sentence", self.speakers[-1]))
                return self.speakers[-1], gerund.group(1).lower()  # "«…», dijo X, pidiendo «…»"
            clause = before[: gerund.start()]
            return self._subject(clause, at, index, lo, start=start), gerund.group(1).lower()
        whose = _WHOSE_SAYING_EN.search(before, reach) if self.english else None
        if whose and all(m is None or m.start() < whose.start() for m in (last_prep, last_verb)):
            # "X writes for the Dunmore Trust, whose motto is “…”": the Trust's words
            self.via = "whose"
            name = whose.group(1)  # as written: a body's name may open with a place's
            if not _function_word(name):
                speaker = self._organisation(name, at) if _is_organisation(name) else name
                return self._expand(speaker, at), whose.group(2).lower()
        ruling = _LAW_RULES.search(before, reach) if self.lang in ("es", None) else None
        if ruling and not last_prep and (not last_verb or last_verb.end() <= ruling.start()):
            # "Cabe recordar que la Constitución establece que «…»": the law's own verb last
            # ("Según X, la Constitución establece": X's reading, as before)
            start = last_verb.end() if last_verb else reach
            if law := _law_before(before[start : ruling.start()]):
                self.via = "law"
                return law, ruling.group(1).lower()
        if last_prep and (not last_verb or last_prep.start() > last_verb.start()):
            return self._according_to(before, last_prep, at, index, lo)
        if last_verb:
            return self._verb_before(before, verbs, at, index, lo)
        judge = _FOR_SOURCE.match(before)
        self.via = "para"
        if judge and (speaker := self._judge(judge.group(1), at, index, lo)):
            return speaker, "para"  # "Para la vicepresidenta, los fondos supondrán «…»"
        self.via = "colon"
        if re.search(r":\s*$", before[reach:]):  # "X, sin embargo, no tiene dudas: «…»"
            return self._subject(before, at, index, lo, named=True, start=at - len(before)), None
        return None, None

    def _according_to(
        self, before: str, last_prep: re.Match[str], at: int, index: int, lo: int
    ) -> tuple[str | None, str | None]:
        """The speaker and cue of a source preposition last before the quote ("Según X,
        «…»", "De acuerdo con el X (ORC),"): the phrase after it, or no one for a bare noun."""
        phrase = before[last_prep.end() :]
        if last_prep.group(0).lower().endswith("del"):
            phrase = "el " + phrase
        phrase = re.sub(r",\s*$", "", phrase.rstrip())
        phrase = re.sub(r"\s*\([^()]*\)$", "", phrase)  # "De acuerdo con el X (ORC),"
        self.via = "according to"
        if _bare_noun(phrase, self.verb_words | self.indefinite):
            return None, _cue(last_prep.group(0))  # "(según geolocalización)": no one
        speaker = self._phrase(phrase, at, index, lo, addressee=False)
        return speaker, _cue(last_prep.group(0))

    def _verb_before(
        self, before: str, verbs: list[re.Match[str]], at: int, index: int, lo: int
    ) -> tuple[str | None, str | None]:
        """The speaker and cue of a verb of saying last before the quote: no one for a
        copula's infinitive ("Ser republicano es defender"), the phrase after the verb when
        it is inverted ("Otra razón, dice X, es que"), else its subject before it."""
        last_verb = verbs[-1]
        cue = _cue(last_verb.group(0))
        copula = _INFINITIVE.fullmatch(cue) and _COPULA_BEFORE.search(before, 0, last_verb.start())
        if (
            copula
            and not (_FOR_SOURCE.match(before) or _OWNED.search(before, 0, copula.start()))
            and not _MANNER_BEFORE.search(before, 0, last_verb.start())
        ):
            return None, cue  # "Ser republicano es defender «…»": no one says it
        dashed = _DASHED_SUBJECT.match(before, last_verb.end())
        if dashed and _DASH_BEFORE.search(before, 0, last_verb.start()):
            self.via = "aside"  # "En paridad de género, -dice la circular- se debe «…»"
            return self._phrase(dashed.group(1), at, index, lo, addressee=False), cue
        inverted = before[last_verb.end() :].strip(" \n:.,")
        aside = _ASIDE.match(before, last_verb.end())
        if aside and re.search(r",\s*$", before[: last_verb.start()]):
            inverted = aside.group(1)  # "Otra razón, dice Söderlund, es que «…»"
            adverbial = _ADVERBIAL.match(inverted)  # "subrayó por su parte la decana X,"
            inverted = inverted[adverbial.end() :] if adverbial else inverted
        else:
            aside = None
        so_said = _SO_SAID.search(before, 0, last_verb.start())
        where = so_said and _WHERE_SAID.search(inverted)
        if where:  # "así lo anunció la Sociedad X en sus redes sociales."
            inverted = inverted[: where.start()]
        if so_said:  # "Así lo defiende X, catedrático de …:"
            inverted = inverted.split(",")[0]
        if (
            inverted
            and last_verb.group(0).lower() not in _TELLING  # "He told reporters:"
            and _starts_subject(inverted, self.indefinite)
            and not _said_thing(inverted)  # "lanzó una advertencia a los populares:"
            and (aside or _INVERTED_END.search(before))
            and len(inverted.split()) <= _MAX_INVERTED_WORDS
            and not _THAT.search(" " + inverted)
        ):
            self.via = "verb then name"
            return self._phrase(inverted, at, index, lo, addressee=True), cue
        if so_said:
            return None, cue  # "X murió, así lo dio a conocer …": the subject follows
        return self._subject_before_verb(before, verbs, cue, at, index, lo)

    def _subject_before_verb(
        self, before: str, verbs: list[re.Match[str]], cue: str, at: int, index: int, lo: int
    ) -> tuple[str | None, str | None]:
        """The speaker and cue given by the subject before the last verb of saying (`cue`):
        no one where a clause of its own or an impersonal plural stands there ("En las
        cartas les advierten que"); two joined verbs share the subject before the first."""
        last_verb = verbs[-1]
        own = _OWN_CLAUSE.search(before, last_verb.end())
        if own and "," not in before[own.end() :]:
            return None, cue  # "X ratificó un documento en el que el exmandatario aprobó…"
        self.via = "subject"
        subject = before[: last_verb.start()]
        if (
            self.lang == "es"
            and _plural(cue)
            and (them := _TO_THEM_OPENING.fullmatch(subject + cue.split()[0] + " "))
            and not _NAME.search((them.group(1) or "")[1:])  # its opening word aside
            and not _DOUBLED_OBJECT.match(before, last_verb.end())
        ):
            return None, cue  # "En las cartas les advierten que «…»": the group in view
            # is whom it is said to, its sayer left unsaid (an impersonal plural)
        if len(verbs) > 1 and _JOINED_VERBS.fullmatch(before, verbs[-2].end(), last_verb.start()):
            subject = before[: verbs[-2].start()]  # "X niega la presencia de Y y afirma"
        start = at - len(before)
        return self._subject(subject, at, index, lo, _plural(cue), start=start), cue

    def _judge(self, phrase: str, at: int, index: int, lo: int) -> str | None:
        """Whose view "Para X, …" opening a sentence gives: a person or an organisation
        ("Para la vicepresidenta", "Para el Gobierno", "Para Ferrán"); not a time or a
        purpose ("Para la próxima semana", "Para ello")."""
        name = _NAME.fullmatch(re.sub(r"^(?:el|la|los|las)\s+", "", phrase, flags=re.I))
        if name and _is_organisation(name.group(0)):
            return self._organisation(name.group(0), at)
        if name and not _function_word(phrase):
            full = self._expand(self._stripped(phrase), at)
            return full if self._person_like(full) else None
        noun = _head_noun(phrase)
        if re.match(r"(?:el|la)\s", phrase) and (describe(phrase) or noun in _ORG_NOUNS):
            return self._phrase(phrase, at, index, lo, addressee=False)
        return None


_MANNER_ADVERB_EN = re.compile(_ADVERB_EN + "+$")
# A name and "whose" with what its words are, right before a quote: "the Dunmore Trust,
# whose motto is “…”", "Acme, whose slogan reads: “…”". The words are the name's.
_WHOSE_SAYING_EN = re.compile(
    rf"({_NAME.pattern}),?\s+whose\s+(?:[a-z]+\s+){{0,2}}"
    r"(?:motto|mission|slogan|message|creed|pledge|statement|tagline|vow|promise|aim|goal)"
    r"(?:\s+statement)?\s+(is|was|reads|read|says|said|states|stated)\s*[:,]?\s*$"
)


# A sentence that credits the quote before it: "Así lo explicó X", "Con estas palabras
# ha reaccionado X" (any verb after "palabras"; a verb of saying after "Así").
_ANNOUNCED_AFTER = re.compile(
    r"\s*(?:Así\s+(?:lo|se)|(?:Con|En)\s+(?:estas|esas|tales|dichas)\s+(palabras|términos))\s+",
)
# "«…». Son palabras de X", "Estas son las palabras con las que X abre su carta": the next
# sentence says whose words they were (the subject right after "con las que").
_WORDS_OF = re.compile(
    r"\s*(?:(?:Estas|Esas|Tales)\s+)?(?:[Ss]on|[Ff]ueron|[Ee]ran)\s+(?:las\s+)?"
    r"(?:palabras|declaraciones|reflexiones)\s+(de|del|con\s+las\s+que(?=\s+(?:el|la|[A-ZÁÉÍÓÚÑ])))\s+"
)
# "Para la vicepresidenta, …": whose view the sentence gives, opening it.
_FOR_SOURCE = re.compile(r"\s*Para\s+([^,.;:]{2,60}),")
# A headline credits a quote after a colon, the name closing it or a dash setting the
# outlet's name after it: "«…»: Sánchez", "“…”: Trump – El Diario"; English headlines
# also after a dash: "'…' - Tom Pike".
_HEADLINE_CREDIT = re.compile(rf"\s*(?::|\s[-–—])\s*({_NAME.pattern})\s*(?:[–—|]|-\s|$)")
_ANY_VERB = re.compile(r"(?:(?:ha|han|había)\s+)?[a-záéíóúñ]+(?:ó|ió|a|e|aba|ía|ado|ido)\b")
# Verbs of saying that are mostly something else, except right after a quote: "«…»,
# cuenta Macknight" (elsewhere "la cuenta", "cuenta con").
_AFTER_QUOTE = re.compile(r"(?:nos\s+|me\s+|le\s+)?(?:cuenta|cuentan)(?![\w])(?!\s+con\b)", re.I)
# A verb that takes an infinitive of saying: "llegó a decir", "quiso aclarar".
_PERIPHRASIS = re.compile(
    r"(?:se\s+)?(?:[a-záéíóúñ]+(?:ó|ió)\s+(?:a|de|por)|quiso|pudo|prefirió|decidió|supo)\s+",
    re.I,
)
# A sentence going on with a report: a noun phrase and a copula, no name ("El objetivo es
# establecer cuarentena a los «…»").
_GOES_ON = re.compile(
    r"\s*(?i:el|la|los|las|su|sus)\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,3}\s+"
    r"(?:es|son|era|eran|fue|fueron|será|serán|sería|serían)\b[^A-ZÁÉÍÓÚÑ]*$"
)
# An impersonal "se" before a verb of saying and the document it is read in ("«…», se
# informa en el escrito", "se dice en esta nota"): no person's words, but the document's:
# its issuer when a bare "el"/"la" refers back to one brought in before (`_issuer`), else
# no one; never the last person named. Pronominal verbs ("se quejó en su carta") keep
# their subject, so only verbs that take no "se" of their own.
_IMPERSONAL = re.compile(
    r"se\s+(?:ha\s+)?(?:lee|leía|leyó|dice|decía|dijo|dicho|informa|informó|informaba|"
    r"informado|indica|indicó|indicaba|señala|señaló|señalaba|explica|explicó|afirma|afirmó|"
    r"asegura|aseguró|detalla|detalló|añade|añadió|agrega|agregó|advierte|advirtió|"
    r"precisa|precisó|recoge|recogía|expone|menciona|mencionó|sostiene)",
    re.I,
)
_IN_WRITING = re.compile(
    rf"\s*en\s+((?:el|la|esta|este|esa|ese|dicha|dicho|su)\s+(?:{_DOCUMENTS}|publicación))\b",
    re.I,
)
# ...and after a thing's own name: "el estudio Viajeros 2020 elaborado por Hoteles Sol".
_ISSUED_BY_NAME = re.compile(
    rf"\s+(?:{_ISSUED_BY})[oa]s?\s+por\s+(?:(?:el|la|los|las)\s+)?({_NAME.pattern})"
)
# A verb of saying after a quote whose "que" opens reported speech of its own: not the
# quote's cue, and the name after it is no speaker ("«…» Agregó que el huracán X y su
# gobierno…"); the cue before the quote, if any, says who spoke.
_REPORTING = re.compile(r"\s*que\s", re.I)
# A verb whose "que" opens a quote of its own ("…», Mayoral ha insistido en que «…»"):
# each cue serves the quote it brings in, not the one before it.
_OWN_QUOTE = re.compile(r"\s*,?\s*(?:en\s+|de\s+)?que\s*[«“\"]", re.I)
# A title in apposition to the speaker phrase, and the name it gives: ", el profesor X".
# A plural verb of saying with no subject and a third person plural object before it,
# past an opening phrase at most ("En las cartas les advierten que", "Les dicen que"): the
# press's impersonal plural, saying it to the group in view.
_TO_THEM_OPENING = re.compile(
    r"\s*((?:en|con|mediante|por|desde|tras|a\s+través\s+de)\s+[^,;:]*?\s*,?\s*)?"
    r"(?:ya\s+|también\s+|no\s+)?les\s*",
    re.I,
)
# ...unless the object is spelled out after the verb ("les dijeron a los agentes que").
_DOUBLED_OBJECT = re.compile(r"\s*(?:a|al)\s+(?:los|las|sus|unos|unas|[A-ZÁÉÍÓÚÑ])", re.I)
# How many paragraphs back the last attributed quote may be for a quote with no cue to
# go on being its speaker's (`_Reader.still_speaking`).
_STILL_SPEAKING_PARAGRAPHS = 3
# An aside of attribution between commas: ", afirma la ingeniera X,", ", según explicó X,"
# (the verb is checked against the verbs of saying, `_Reader._attributing_aside`).
_ATTRIBUTING_ASIDE = re.compile(
    r",\s+(?:(?:según|como)\s+)?([^\W\d_]+)\s+([^,;:«»“”\"()]{3,80}?),\s"
)
# A quote ended by a full stop, inside its marks or right after them ("…».", "….»").
_STOPPED = re.compile(r"[.…!?][»”\"’']?\s*$|[»”\"’']\s*[.…]")
# What may follow a quote's words and still leave it the end of its paragraph.
_CLOSING_OR_STOP = " .…!?»”\"'’"
# What may follow a quote that is a sentence of its own: its full stop, another quote.
_SAID_AFTER = re.compile(r"[\s.…!?]*(?:[«“\"_—].*)?$", re.S)
# Verbs that say someone talked about something without quoting them: "En la entrevista
# también habló de su familia", "se refirió a".
_TALKED = re.compile(r"\b(?:habl(?:ó|a|aba|ado)|se\s+refiri[óe]|se\s+refiere|talked|spoke)\b", re.I)
# English verbs of saying whose object, not subject, follows them: "He told reporters:".
_TELLING = frozenset("told tell tells".split())
# A word right before, in the same sentence: a capitalised word after it is a name.
_WORD_BEFORE = re.compile(r"\w[\s,]*$")
# Two verbs of saying joined by "y" in one clause share the subject before the first ("el
# aeropuerto niega la presencia del avión Halcón y afirma que"), as when the first one's
# words are a quote ("la resolución pide que «…» y señala que"): a name in the first one's
# object is not the second one's subject.
_JOINED_VERBS = re.compile(
    r"(?:(?:(?!\bque\b)[^.;:«»“”\"])*?|\s+que\s*[«“\"]_+[»”\"]?)\s(?:y|e)\s+", re.I
)
# ...and after a plural verb of saying: "…», explicaron desde la Consejería".
_FROM_AFTER = re.compile(r"desde\s+(.+)", re.I)


# A subject between commas after the verb: ", dice Söderlund,".
_ASIDE = re.compile(r"\s+([^,.;:]+?)\s*,")
# A verb of saying set between dashes, its subject after it ("-dice la circular-", "—señala
# el economista X—"): the aside names who says the sentence it interrupts.
_DASH_BEFORE = re.compile(r"(?:^|\s)[-–—]\s*$")
_DASHED_SUBJECT = re.compile(r"\s+([^-–—,.;:«»“”\"]{1,60}?)\s*[-–—](?:\s|$)")
_MAX_INVERTED_WORDS = 8
_IS_BEFORE = re.compile(r"\b(?:es|o sea|quiere)\s+$", re.I)  # "es decir": not speech
_INVERTED_END = re.compile(r"[:.]\s*$")
# Where or how a subject after "así lo" and its verb said it, which ends the subject: "así
# lo anunció la Sociedad X en sus redes sociales", "así lo explicó X a través de un vídeo".
_WHERE_SAID = re.compile(r"\s+(?:en|a\s+través\s+de|mediante|durante)\s")
# A verb of saying of more than one word ("dar a conocer", "dejar claro") says words only
# when it opens reported speech or a colon, or takes back what was said ("así lo dio a
# conocer X"); before a noun it makes a thing known ("dio a conocer la presentación").
_PHRASE_REPORTS = re.compile(r"\s*(?:que\b|:)")
_WITH_AFTER = re.compile(r"\s+con\b", re.I)
# A verb of saying that refers back to what was just said, its subject after it: "así lo
# anunció X", "así lo dio a conocer X". The subject before it is another clause's.
_SO_SAID = re.compile(r"\basí\s+(?:lo\s+|la\s+)?(?:(?:ha|han|había|habían)\s+)?$", re.I)
# A relative clause with a subject and a verb of its own between a verb of saying and the
# quote ("X ratificó un documento en el que el exmandatario aprobó crear unas «…»"): the
# words are that clause's, not the first verb's subject's.
_OWN_CLAUSE = re.compile(
    r"\b(?:donde|adonde|en\s+(?:el|la|los|las)\s+(?:que|cual|cuales))\s+"
    r"(?:(?:el|la|los|las|un|una|su|sus)\s+[a-záéíóúñ]+|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)"
    r"(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)*\s+(?:(?:ha|han|había|habían)\s+)?"
    r"[a-záéíóúñ]+(?:ó|ió|aron|ieron|aba|aban|ía|ían)\b"
)
