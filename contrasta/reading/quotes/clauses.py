"""Where a sentence's parts lie around a cue: its subject, asides, complements, the
addressee after a verb, and the gender a pronoun gives."""

from __future__ import annotations

import re
from functools import lru_cache

from contrasta.patterns import longest_first
from contrasta.reading.names import (
    given_name_gender,
    is_given_name,
)
from contrasta.reading.quotes.speaker_names import (
    _function_word,
    _is_organisation,
    _listed,
    _outlet_length,
)
from contrasta.reading.quotes.words import (
    _ADVERBIAL,
    _ADVERBS,
    _CAPITALISED,
    _CONJUNCTIONS,
    _DEFINITE,
    _DEMONSTRATIVES,
    _INDEFINITE,
    _KIN_OPENING,
    _KINFOLK,
    _MAX_TITLE_LOWERCASE,
    _NAME,
    _NAMING_OUTLET,
    _PHRASE_STOPS,
    _PREPOSITION_BEFORE,
    _RANK,
    _SAYING_FORMS,
    _SENTENCE_ADVERBS,
    _SHOUTED,
    _THAT,
    _WORD,
)
from contrasta.reading.roles import (
    Description,
    first_role,
    introduced,
    is_demonym,
    role_of,
)

# Endings of the finite forms reported speech opens with: "Resaltó", "Aseguraba".
_VERB_ENDINGS = ("ó", "aba", "ía", "aron", "ieron")
# A relative clause or an aside set off by commas: ", que suscribe X,".
_ASIDE_OPEN = re.compile(
    r",\s*(?:que|quien|quienes|cuyo|cuya|cuyos|cuyas|donde|el cual|la cual)\b[^,]*$", re.I
)
# Words that open an aside between a subject and its verb: a relative, a preposition, a
# determiner (an apposition), a gerund, a participle in lowercase ("presentado por …";
# never a capitalised surname, "Machado").
_ASIDE_START = re.compile(
    r"\s*(?:que|quien|quienes|cuyo|cuya|donde|tras|durante|con|en|según|a|al|de|desde|"
    r"sin|ante|entre|para|por|un|una|unos|unas|más|menos|muy|tan|[a-záéíóúñ]+(?:ando|iendo)|"
    r"(?-i:[a-záéíóúñ]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas)))\b",
    re.I,
)


# The verb of saying a quote follows, the colon left out ("comentó «Venía sola…»").
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
# After a comma the sentence's words lead to ("…en la ducha, «la temperatura seguirá…»"); a
# colon announces a whole quote, whatever its first letter ("dijo: «yo creo…»").
_AFTER_COMMA = re.compile(r"[^\W\d_][»”\"]?\s*,\s*$")


# A work's noun right before the marks, with its possessive or article ("en su libro «…»",
# "la novela «…»"): what follows is its title, however long.
_WORK_BEFORE = re.compile(
    r"\b(?:libro|novela|película|documental|disco|álbum|canción|telenovela|book|novel|film)\s*$",
    re.I,
)


def _work_titled(before: str, quoted: str) -> bool:
    """A long quote a work's noun comes right before is its title when a capital opens it
    (Spanish sets titles in sentence case, "En su libro «La gran caída: cómo…»"); speech
    the noun's clause reports would open in lower case ("el libro «cuenta que…»")."""
    first = next((c for c in quoted if c.isalpha()), "")
    return first.isupper() and bool(_WORK_BEFORE.search(before))


def _partial_flag(partial: bool, before: str, quoted: str) -> bool:
    """Whether a quote is a part of the narrator's sentence, as said of it once it is
    read: a quote opening with a capital right after a verb of saying is a whole one whose
    colon was left out ("comentó «Venía sola»"), as is a whole exclamation (`_SHOUTED`:
    "Al grito de «¡Fuera!»"), and one opening in lower case after a comma the sentence's
    words lead to is a part ("…, dice, «no quiere…»")."""
    if _SHOUTED.fullmatch(quoted.strip()):
        return False
    first = next((c for c in quoted if c.isalpha() or c in "¿¡"), "")
    if partial and (first.isupper() or first in "¿¡"):
        said = _LAST_WORD.search(before)
        return not (said and said.group(1).lower() in _SAYING_FORMS)
    if not partial and first.islower() and _AFTER_COMMA.search(before):
        return True
    return partial


def _partial_before(before: str) -> bool:
    """Whether the words before a quote run into it ("pidió «calma»")."""
    return bool(re.search(r"[^\W\d_]\s*$", before))


def _has_subject(clause: str) -> bool:
    """Whether a clause opens with a noun phrase or a name rather than its verb (past
    conjunctions: "pero la respuesta fue contundente")."""
    words = _WORD.findall(clause)
    while words and words[0].lower() in _CONJUNCTIONS:
        words.pop(0)
    if not words:
        return False
    first = words[0].lower()
    if first in _DEFINITE | _INDEFINITE | _DEMONSTRATIVES:
        return True
    return words[0][0].isupper() and not (
        _function_word(words[0])
        or first in _ADVERBS | _SENTENCE_ADVERBS
        or first.endswith(_VERB_ENDINGS)  # "Resaltó:"
    )


def _last_word(text: str) -> str:
    words = _WORD.findall(text)
    return words[-1].lower() if words else ""


def _in_aside(subject: str, start: int) -> bool:
    """A name inside a relative clause set off by commas is not the subject ("La denuncia,
    que también suscribe Acción Vecinal, sostiene")."""
    comma = subject.rfind(",", 0, start)
    return comma >= 0 and bool(_ASIDE_OPEN.match(subject, comma, start)) and "," in subject[start:]


def _main_clause(subject: str) -> str:
    """The words before a verb without the asides that separate them from it ("La
    denuncia, que suscriben tres asociaciones, una de ellas vecinal," is "La denuncia");
    else its last comma-separated part."""
    parts = subject.split(",")
    while len(parts) > 1:
        if not parts[-1].strip() or _ASIDE_START.match(parts[-1]):
            parts.pop()
        elif len(parts) > 2 and _apposition_aside(parts[-2], parts[-1]):
            del parts[-2:]  # "El estudio, presentado por su director, X, concluye"
        else:
            break
    return parts[-1].strip()


def _apposition_aside(aside: str, name: str) -> bool:
    """Whether a name closes an aside as the apposition of the title it ends with
    ("presentado ayer por su director, Álvaro Mies"): the aside's object, not the
    subject of the verb after it."""
    return (
        bool(_ASIDE_START.match(aside))
        and bool(_NAME.fullmatch(name.strip()))
        and _ends_in_title(aside, _MAX_TITLE_LOWERCASE)
    )


def _cue(text: str) -> str:
    return " ".join(text.lower().split())


def _after_preposition(text: str, start: int, organisation: bool = False) -> bool:
    """A name after "de"/"a"/"con"... (and an article) is an organisation, a place, an
    addressee or a companion, not the subject; after an article alone, a place or a thing
    ("la Champions", "el Camp Nou"), unless it is an organisation ("la Organización
    Mundial de la Salud confirmó"). An organisation after a preposition, an article and
    an adjective is a complement too ("el vicepresidente del gobernante Partido X")."""
    left = text[max(0, start - 12) : start]
    named = _NAME.match(text, start)
    if (
        named
        and _is_organisation(named.group(0))
        and _ADJECTIVE_AFTER_ARTICLE.search(text, max(0, start - 40), start)
    ):
        return True  # "del gobernante Partido X": a complement; "a la prensa X" is not
    coordinated = _AND_BEFORE.search(left)
    if coordinated:  # "de Virus y Enfermedades Raras": both after "de"
        end = start - len(left) + coordinated.start()
        first = next((m for m in _NAME.finditer(text, 0, end) if m.end() == end), None)
        if first:
            return _after_preposition(text, first.start(), organisation)
    return (
        bool(_PREPOSITION_BEFORE.search(left))
        or (not organisation and bool(_ARTICLE_BEFORE.search(left)))
        or _complement_apposition(text, start)
        or (
            bool(_PREPOSITION_ACRONYM_BEFORE.search(text, max(0, start - 24), start))
            and not (named and is_given_name(named.group(0).split()[0]))
        )  # "de TV Umbral, X": the acronym opens the complement; not "de la CUP Ana Ruiz"
    )


def _complement_apposition(text: str, start: int) -> bool:
    """Whether a name stands in apposition to a title after a preposition ("respaldar
    a la candidata a alcaldesa, Rosa Pardo,", "arremetió contra el presidente del
    consejo, Luis Ferro,"), or to the next title of a list that opened so: the person is
    an object there, as the title is."""
    window = max(0, start - 3)
    comma = re.search(r",\s*$", text[window:start])
    if comma is None:
        return False
    clause = re.split(r"[,.;:()]", text[: window + comma.start()])[-1]
    words = list(_WORD.finditer(clause))
    at = first_role([w.group(0) for w in words])
    if at is None or not _ends_in_title(clause, _MAX_TITLE_LOWERCASE):
        return False
    if _PREPOSITION_BEFORE.search(clause[: words[at].start()]):
        return True
    # the next of a list of titled names after the preposition ("firmada por la
    # vicepresidenta, X, la secretaria de Empleo, Y,"): an object as the first one is
    listed_after = window + comma.start() - len(clause) - 1
    listed = re.match(r"\s*(?:el|la)\s", clause) and next(
        (m for m in _NAME.finditer(text, 0, listed_after) if m.end() == listed_after), None
    )
    return bool(listed) and _complement_apposition(text, listed.start())


_AND_BEFORE = re.compile(r"\s+(?:y|e|and)\s+$")
# ...the name right after the title and its adjective, no comma: the titled one's name.
_KIN_TITLE_NAME = re.compile(
    r"^\s*(?i:(el|la)\s+(?:" + "|".join(sorted(_KINFOLK, key=longest_first)) + r")\s+(?:de|del)\s+"
    r"(?:(?:el|la|su)\s+)?)(?:[a-záéíóúñA-ZÁÉÍÓÚÑ][a-záéíóúñ]*\s+){1,2}" + _NAME.pattern + r"\s*$"
)


def _kin_apposed_other(subject: str) -> str | None:
    """The kin noun's gender ("m" or "f") when a subject is a kin noun of someone with a
    title and a name of the other gender in apposition ("La esposa del exgobernador de
    la provincia, Tomás Ferrer,"): the name is the titled man's, and the words are the
    wife's (the press writes "La esposa del exgobernador, Marta Ibáñez," for her); a
    Spanish article carries its noun's gender. So too, whatever the name's gender, when
    the name follows the title with no comma ("La esposa del presidente regional Tomás
    Ferrer dijo"): a title runs into its own holder's name, never into an apposition.
    None otherwise."""
    kin = _KIN_OPENING.match(subject)
    if kin is None:
        named = _KIN_TITLE_NAME.match(subject)
        return ("m" if named.group(1).lower() == "el" else "f") if named else None
    wanted = "m" if kin.group(1).lower() == "el" else "f"
    gender = given_name_gender(kin.group(2).split()[0])
    return wanted if gender is not None and gender != wanted else None


# ...and with an acronym opening the name, which the name pattern does not take: "El
# dueño de TV Umbral, X," (the name is "TV Umbral", a complement of the title).
_PREPOSITION_ACRONYM_BEFORE = re.compile(
    r"\b(?:de|del|al|a|con|en|para|por|desde)\s+(?:(?:el|la|los|las)\s+)?[A-ZÁÉÍÓÚÑ]{2,5}\s+$"
)
# ...and with one adjective between the article and the name: "del gobernante Partido".
_ADJECTIVE_AFTER_ARTICLE = re.compile(
    r"\b(?:del|al|(?:de|a|por|con|en)\s+(?:el|la|los|las))\s+[a-záéíóúñ]+\s+$", re.I
)
_ARTICLE_BEFORE = re.compile(r"\b(?:el|la|los|las|the)\s+$", re.I)
# Whom the words were said to, between the verb and its "que": "reclamó a la Comisión que".
_ADDRESSEE = re.compile(
    r"\s+(?:a|al)\s+[^\s,.;:«»“”\"]+(?:\s+[^\s,.;:«»“”\"]+){0,3}?(?=\s+que\b)", re.I
)


def _opens_report(text: str, end: int) -> bool:
    """Whether the verb of saying ending at `end` opens reported speech: "que" follows
    it, past the adverbials the press sets between them ("dijo este viernes que",
    "aseguró por su parte que")."""
    rest = text[end:]
    adverbial = _ADVERBIAL.match(rest.lstrip())
    if adverbial:
        rest = " " + rest.lstrip()[adverbial.end() :]
    addressee = _ADDRESSEE.match(rest)
    if addressee:
        rest = rest[addressee.end() :]
    return bool(_THAT.match(rest))


def _introduction(masked: str, start: int, end: int) -> Description | None:
    """The title a name is introduced with: "el presidente ruso, X," / "la ministra de
    Trabajo X" before it, "X, presidente de Rusia," after it, and both when it has both
    ("el doctor X, director del IER": "el director del IER" names X again as "el
    doctor" does). A title before a comma is an apposition only if the name ends there
    too ("Tras ver al presidente, X dijo" is not one), or a name in brackets follows it
    ("El patriarca de la Iglesia de X, Patriarca Y (Z) ingresó")."""
    left = masked[max(0, start - 100) : start]
    left = re.split(r"[.;:!?()«»“”\"]", _ACRONYM_ASIDE.sub(", ", left))[-1]
    if re.search(r",\s*$", left):
        if _LISTED_AFTER.match(masked, end) and _COMPLEMENT_END.search(left):
            return None  # "La exjugadora de Sevilla, Bilbao, Girona": a list of places
        if re.match(r"\s*(?:[,.;:)]|$|y\s|e\s|\(\s*[A-ZÁÉÍÓÚÑ])", masked[end:]):
            clause = left.rstrip(" ,").rsplit(",", 1)[-1]
            found = introduced(clause) if _ends_in_title(clause, _MAX_TITLE_LOWERCASE) else None
            if found is not None:
                return found
    before = None
    if not re.search(r",\s*$", left) and not _after_preposition(left, len(left)):
        before = introduced(left) if _ends_in_title(left, 0) else None
    right = re.match(r",\s*((?:[^\W\d_]+\s+){0,2}?)([^\W\d_]+)([^,.;:]*)", masked[end:])
    after = None
    if right and role_of(right.group(2)) and _only_determiners(right.group(1)):
        after = introduced(right.group(0).lstrip(", "))
    as_title = _AS_TITLE.match(masked, end)
    if after is None and as_title and role_of(as_title.group(1).lower()):
        after = introduced(as_title.group(0).split(None, 1)[1])  # "nombró a X como
        # arzobispo de Y": X presented with the title, which names X again later
    if before is not None and after is not None:
        return before.merge(after)  # "el doctor X, director del IER": both titles are X's
    return before or after


# A name presented with a title by "como" right after it: "nombró a X como arzobispo de
# Y", "designó a X como nueva directora del museo".
_AS_TITLE = re.compile(r"\s+como\s+(?:nuev[oa]\s+)?([^\W\d_]+)[^,.;:()«»“”\"]*")
# The clause a title sits in beside a name, up to the name ("El secretario general del
# Partido X, |") or from it ("|, el número dos del partido,").
_RANK_TITLE_BEFORE = re.compile(r"([^.;:!?()«»“”\"\n,]{1,100}),\s*$")
_RANK_TITLE_AFTER = re.compile(r",\s*([^.;:!?()«»“”\"\n,]{1,100})")


def _title_around(text: str, start: int, end: int) -> str | None:
    """The title a name is set beside with a comma, before or after it: from its role word
    (or a rank) on, so "desbancar al presidente" gives "presidente" alone."""
    titles = []
    before = _RANK_TITLE_BEFORE.search(text, max(0, start - 100), start)
    if before:
        titles.append(before.group(1))
    after = _RANK_TITLE_AFTER.match(text, end)
    if after and re.match(r"\s*(?:[,.;:)]|$)", text[after.end() :]):
        titles.append(after.group(1))
    for title in titles:
        words = title.split()
        ranked = _RANK.search(title + " ")
        if ranked:
            return title[ranked.start() :]
        at = next((i for i in range(len(words) - 1, -1, -1) if role_of(words[i])), None)
        inside = at and words[at - 1][:1].isupper() and words[at - 1].lower() not in _DEFINITE
        if at is not None and not inside:  # not "Partido Socialista Obrero": a name's word
            return " ".join(words[at:])
    return None


# A name that goes on a list ("…, Bilbao, Valencia y Girona") after a title whose
# complement is a name ("La exjugadora de Sevilla, "): an item of the complement.
_LISTED_AFTER = re.compile(r"\s*(?:,|y|e)\s+[A-ZÁÉÍÓÚÑ]")
_COMPLEMENT_END = re.compile(
    rf"\b(?:de|del|en|a)\s+(?:(?:el|la|los|las)\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED})*,\s*$"
)
# An acronym's aside between a title and the name after it: "El presidente de Unión
# Cívica (UC), X".
_ACRONYM_ASIDE = re.compile(r"\s*\([^()]*\)\s*,\s*$")
_TITLE_CONNECTORS = frozenset("de del la las los el y e of the".split())
_TITLE_MODIFIERS = frozenset("también actual nuevo nueva entonces flamante propio propia".split())


def _ends_in_title(clause: str, lowercase: int) -> bool:
    """Whether a clause ends with a title: a role word, then only its complements
    ("ruso", "de Rusia", "de Asuntos Exteriores"), at most `lowercase` other words."""
    words = _WORD.findall(clause)
    at = first_role(words)
    if at is None:
        return False
    others = [
        w
        for w in words[at + 1 :]
        if w[0].islower()
        and w.lower() not in _TITLE_CONNECTORS
        and not is_demonym(w)
        and not role_of(w)
    ]
    return len(others) <= lowercase


def _only_determiners(words: str) -> bool:
    return all(w.lower() in _DEFINITE or w.lower() in _TITLE_MODIFIERS for w in words.split())


def _skip_addressee(phrase: str) -> str:
    """Drop "a la agencia X" / "a los periodistas" between the verb and its subject."""
    match = re.match(
        r"(?:a|al|to)\s+(?:(?:la|el|los|las|este|esta|the)\s+)?"
        r"(?:(?:agencia|diario|periódico|cadena|emisora|radio|televisión|prensa|medios|"
        r"periodistas|reporteros|reporters|journalists|agency)\b\s*)?",
        phrase,
    )
    if not match or not match.group(0).strip():
        return phrase
    rest = phrase[match.end() :]
    acronym = re.match(r"[A-ZÁÉÍÓÚÑ]{2,}\b\s*", rest)
    if acronym:
        outlet = re.match(r"[A-ZÁÉÍÓÚÑ]{2,}\s+(?:en\s+)?[^\W\d_]+", rest)
        if outlet and _listed(outlet.group(0)):  # "a BBC Mundo Nayra Ruiz"
            acronym = outlet
        rest = rest[acronym.end() :].lstrip()
        outlet = _NAME.match(rest)  # "a BBC Mundo el doctor X"
        if outlet and _SUBJECT_AFTER.match(rest, outlet.end()):
            return rest[outlet.end() :].lstrip(" ,")
        return rest
    name = _NAME.match(rest)
    if name and match.group(0).split()[-1].lower() in _NAMING_OUTLET:
        words = name.group(0).split()
        person = _outlet_length(words)
        if person:  # "al diario Granma Luis Ruiz, asesor …": the outlet, then who speaks
            return rest[rest.index(words[person], len(" ".join(words[:person]))) :]
        return rest[name.end() :].lstrip(" ,")
    if re.search(
        r"(periodistas|reporteros|reporters|journalists|prensa|medios)\s*$", match.group(0)
    ):
        return rest.lstrip(" ,")
    if name and _SUBJECT_AFTER.match(rest, name.end()):
        return rest[name.end() :].lstrip(" ,")  # "a Radio Sur la alcaldesa X"
    return phrase


# After an addressee, the subject: a determiner and a word, or a name.
_SUBJECT_AFTER = re.compile(r",?\s+(?:(?:el|la|los|las|un|una|su)\s+\w|[A-ZÁÉÍÓÚÑ])")


# A word that ends a sentence: a full stop after a lowercase word or a long one
# ("compañía.", "Pérez."), not after an initial ("J."), a title ("Dr.", "Sra.", "Lic.")
# or an abbreviation ("EE.UU.").
_FULL_STOP = re.compile(r"^(?:[a-záéíóúñü][^\W\d_]+|[^\W\d_]{5,})\.$")


# Titles whose field follows "en" ("el experto en nutrición X", "la doctora en Biología
# Y"): the field is part of the title, no place where it was said.
_EXPERTISE = frozenset(
    "experto experta expertos expertas especialista especialistas doctor doctora "
    "licenciado licenciada graduado graduada máster expert experts specialist".split()
)


def _head_phrase(phrase: str) -> tuple[str, str]:
    """Split a speaker phrase at its first comma or clause word: (head, rest); "y" joining
    two titles is no clause word ("el cantante y actor Bruno Salas", "el arquitecto y
    cofundador, Rosa Pardo": a noun before the name's comma is a title)."""
    words = []
    matches = list(re.finditer(r"[^\s,]+|,", phrase))
    tokens = [m.group(0) for m in matches]
    for i, match in enumerate(matches):
        token = match.group(0)
        after = tokens[i + 1 : i + 4]
        joined = token in ("y", "e") and (
            (after and role_of(after[0]))
            or (len(after) == 3 and after[1] == "," and after[2][0].isupper())
        )
        field = (
            token in ("en", "in")
            and words
            and words[-1].lower() in _EXPERTISE
            and after[:1]
            and (after[0].islower() or (len(after) > 1 and is_given_name(after[1])))
        )  # "el experto en nutrición X", "la doctora en Biología Ana Gil"; not "en Madrid"
        if token == "," or (
            words and token.lower().strip(".") in _PHRASE_STOPS and not joined and not field
        ):
            return " ".join(words).rstrip("."), phrase[match.start() :]
        words.append(token)
        if _FULL_STOP.search(token) and i + 1 < len(matches):  # "compañía. https://…"
            return " ".join(words).rstrip("."), phrase[match.end() :]
    return " ".join(words).rstrip("."), ""


_PREPOSITIONS = frozenset(
    "a ante con contra de desde en entre hacia hasta para por según sin sobre tras".split()
)
_PRONOUN_GENDER = {"él": "m", "ella": "f", "he": "m", "she": "f"}
_PRONOUN_OPENS = re.compile(r"[\s,.—–-]*(?:he|she)\b", re.I)
# What each of `_pronoun_patterns`' patterns needs, whatever the cue: a pronoun before
# a space in the text before the quote, after one in the text after it.
_PRONOUN_SPACE = re.compile(r"\b(?:él|ella|he|she)\s", re.I)
_SPACE_PRONOUN = re.compile(r"\s(?:él|ella|he|she)\b", re.I)


def _pronoun_gender(before: str, after: str, cue: str) -> str | None:
    """The gender of the pronoun the cue's subject is ("Ella dijo:", "«…», dijo él",
    "«…», she said"), or None when it is none. The cue's own patterns are compiled (and
    tried) only when a pronoun stands where one of them needs it: most texts have none
    there, and compiling them was ~1 CPU s of a real run."""
    if not (
        _PRONOUN_SPACE.search(before) or _SPACE_PRONOUN.search(after) or _PRONOUN_OPENS.match(after)
    ):
        return None
    pronoun_before, pronoun_after, english = _pronoun_patterns(cue)
    found = (
        next(
            (
                m
                for m in pronoun_before.finditer(before)
                if _last_word(before[: m.start()]).lower() not in _PREPOSITIONS
            ),  # "En ella asegura que…": the interview, not who speaks
            None,
        )
        or pronoun_after.match(after)
        or (
            _PRONOUN_OPENS.match(after)  # "«…», she said": the English order
            and english.match(after)
        )
    )
    return _PRONOUN_GENDER[found.group(1).lower()] if found else None


@lru_cache(maxsize=4096)
def _pronoun_patterns(cue: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """`_pronoun_gender`'s patterns for one cue, compiled once: made anew at each call, they
    overflowed `re`'s cache of compiled patterns (a run's cues are a few hundred forms,
    its names many more) and were compiled again most times."""
    verb = r"\s+".join(map(re.escape, cue.split()))
    words = r"(?:\s+[^\W\d_]+){0,2}?"
    return (
        re.compile(rf"\b(él|ella|he|she){words}\s+{verb}\b", re.I),
        re.compile(rf"[\s,.—–-]*{verb}{words}\s+(él|ella|he|she)\b", re.I),
        re.compile(rf"[\s,.—–-]*(he|she){words}\s+{verb}\b", re.I),
    )


def _gender_of(name: str) -> str | None:
    """ "m" or "f" when every first name of a person's name is borne by one sex only."""
    genders = {given_name_gender(word) for word in name.split()[:-1] or name.split()}
    return genders.pop() if len(genders) == 1 else None


def _pronoun_disagrees(before: str, after: str, cue: str, speaker: str) -> bool:
    """Whether the cue's subject is a pronoun of one gender ("Ella dijo:", "«…», dijo
    él", "«…», she said") and the speaker found for it is a person whose first name is
    of the other."""
    wanted = _pronoun_gender(before, after, cue)
    if wanted is None:
        return False
    genders = {given_name_gender(word) for word in speaker.split()[:-1] or speaker.split()}
    return None not in genders and wanted not in genders  # "Evan Rachel Wood": she
