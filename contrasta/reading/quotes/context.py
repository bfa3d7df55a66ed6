"""A speaker the context carries: the issuer of a document, the previous subject of a dropped
one, an organisation or a group that spoke before, who was credited or singled out."""

from __future__ import annotations

import re

from contrasta.patterns import longest_first
from contrasta.reading.names import (
    given_name_gender,
    is_given_name,
)
from contrasta.reading.quotes.clauses import (
    _after_preposition,
    _gender_of,
    _head_phrase,
)
from contrasta.reading.quotes.descriptions import (
    _a_group,
    _common_noun,
    _description,
    _group_opening,
    _head_noun,
    _people,
    _plural,
)
from contrasta.reading.quotes.english import (
    _role_cut_name_en,
)
from contrasta.reading.quotes.evidence import _evidence
from contrasta.reading.quotes.speaker_names import (
    _court,
    _function_word,
    _glued,
    _is_organisation,
    _listed,
    _numbered,
    _opens_with_name,
    _organisation_tail,
)
from contrasta.reading.quotes.words import (
    _ACRONYM,
    _AGENT_TITLE,
    _ARTICLE_START,
    _AUXILIARIES,
    _BARE_DOCUMENT,
    _CLITICS,
    _DETERMINER_BEFORE,
    _DOCUMENTS,
    _GROUP,
    _GROUP_EN,
    _ISSUED_BY,
    _ISSUING,
    _KIN_BEFORE,
    _KINFOLK,
    _LAWS,
    _LOWER,
    _MAX_GROUP_WORDS,
    _NAME,
    _ORG_ANAPHORA,
    _ORG_NOUNS,
    _PREPOSITION_BEFORE,
    _PUBLISHER_REACH,
    _RULINGS,
    _TITLE_START,
    _TOPIC_OPENING,
    _WORD,
    _WRITTEN_BY,
)
from contrasta.reading.roles import (
    UNKNOWN,
    describe,
    first_role,
    role_of,
)

# Acts that someone filed, by the stem of the verb of filing: "la denuncia" is of whoever
# "ha denunciado".
_FILED = {
    "denuncia": "denunci",
    "demanda": "demand",
    "querella": "querell",
    "recurso": "recurr",
}
# Anonymous sources opening a sentence, with whom they are of: "Fuentes de la federación",
# "Fuentes del Ministerio de Sanidad".
_SOURCES_OPENING = re.compile(
    r"\s*(?:Fuentes|Portavoces)\s+(?:de|del|cercanas\s+a|próximas\s+a)\s+"
    rf"(?:(?:la|las|los|el|su|sus)\s+)?(?:{_NAME.pattern}|[{_LOWER}]+(?:\s+{_NAME.pattern})?)"
)
# A name, or an acronym ("la OMS"), as organisations are named.
_ORGANISATION_NAME = re.compile(
    r"(?:(?<=\bel )|(?<=\bla )|(?<=\bEl )|(?<=\bLa )|(?<=\blos )|(?<=\bLos ))"
    rf"[A-ZÁÉÍÓÚÑ]{{2,6}}(?![\w.*])|{_NAME.pattern}"
)
# An article standing for a noun said just before, then "de" and a name ("Entre las
# llamadas destacó la de Jesús Sanz"): the name is who the sentence brings in, no
# complement of a thing.
_ELLIPTICAL_OF = re.compile(r"(?:^|[\s,])(?:la|el|las|los)\s+de\s+$", re.I)
# An English sentence whose subject is a pronoun: the person was named before it.
_PRONOUN_SUBJECT_EN = re.compile(r"\s*(?:He|She)\s+(?!said\b|says\b|told\b|added\b)[a-z]")
# A clause opening an English sentence before its subject: "After meeting Tom Ridley,".
_FRONTED_CLAUSE_EN = re.compile(
    r"\s*(?:After|Before|While|When|Since|Although|Though|Despite|Following|Having|Unlike"
    r"|Once|Until|Upon|During)\b[^,;:.]{1,80},\s+"
)
# What a web page sets among an English story's sentences, naming people of no quote: a
# link to another story, a video's or a photo's label, a byline ("READ MORE: …", "Watch X
# open up about…", "Photo: X/Getty Images", "By X, Political Editor"): the name right after
# it is no one of the story (the sentence may go on: a page's line break lost).
_PAGE_LABEL_EN = re.compile(
    r"(?:^|(?<=\s))(?:READ MORE|Read more|RELATED|Related|SEE ALSO|See also|WATCH|Watch|"
    r"Photo|Image|Picture|Pictured|Credit|By)\b(?::\s*|\s+(?=[A-Z]))"
)
# A sentence whose subject is a plural noun phrase: "Los vecinos recibieron…".
_PLURAL_OPENING = re.compile(r"\s*(?:Los|Las)\s+[a-záéíóúñ]+s\b")
_DOCUMENT_INTRODUCED = re.compile(
    rf"\b(un|una|su|a|its|la|el|the)\s+(?:[a-záéíóúñ]+\s+)?(?:{_DOCUMENTS})\b", re.I
)
# A sentence opening inside a document: "En la carta, …", "In the letter, …".
_IN_DOCUMENT = re.compile(rf"\s*(?:En|In)\s+((?:el|la|the)\s+(?:{_DOCUMENTS}))\b")
# ...or an organisation named again by its common noun: "difundido por la propia federación".
_ISSUED_BY_NOUN = re.compile(
    rf"\s+(?:{_ISSUED_BY})[oa]s?\s+por\s+"
    r"((?:el|la)\s+(?:(?:propi|mism)[oa]\s+)?[a-záéíóúñ]+)\b"
)
# A document brought in as the means of the main clause that follows it: "A través de una
# circular …, el Ministerio exigió", "Mediante un comunicado, la Asociación anunció".
_IMPERSONAL_SE = re.compile(r"\bse\s+$", re.I)
_BY_MEANS = re.compile(r"(?:a\s+trav[ée]s\s+de|mediante|por\s+medio\s+de)\s+$", re.I)
# Between an organisation and the verb of saying it is the subject of: adverbials, no
# clause ("El Ministerio informó ayer", not "El Ministerio, que dirige X, informó").
_SUBJECT_GAP = re.compile(r"(?:\s+(?!que\b|quien\b)[^\W\d_]+){0,2}\s+", re.I)
# ...and between a verb of saying and an organisation after it: "informó en un comunicado
# el", "aseguró ayer la".
_INVERTED_GAP = re.compile(r"(?![^,.;:]*\bque\b)[^,.;:_]{0,40}?\b(?:el|la|los|las|the)\s+", re.I)
# A preposition, an article and one word before a lone capitalised word: a place or a
# thing ("de la vecina Birmania"), not the subject a dropped one refers to.
_TITLED_COMPLEMENT = re.compile(
    r"\b(?:de|del|al|a|con|en|entre|sobre|para|contra|ante|tras|hacia|sin)\s+"
    r"(?:el|la|los|las|un|una|su|sus)\s+[a-záéíóúñ]+\s+$"
)


# A possessed kin noun a name stands in apposition to ("su esposo, el presidente X", "a sus
# hijas Ana y Eva"): the name is a relative of whom the sentence is about, not its subject.
_KIN_APPOSED = re.compile(
    r"\b(?:su|sus|mi|mis|his|her|their)\s+(?:"
    + "|".join(sorted(_KINFOLK, key=longest_first))
    + r")\s*,?\s+(?:(?:el|la|los|las|the)\s+)?(?:[a-záéíóúñ]+\s+)?$",
    re.I,
)
# Places often named after a person: a person's name right after one of these nouns (past
# its owner's acronym) is the place's ("el estadio Ana Ruiz", "el hospital del IESS José
# Carrasco"), not someone a dropped subject may refer to.
_VENUES = frozenset(
    """
    hospital clínica sanatorio estadio aeropuerto colegio escuela liceo instituto teatro
    auditorio pabellón polideportivo parque museo calle avenida plaza paseo puente colonia
    barrio
    """.split()
)
_PLACE_NOUN_BEFORE = re.compile(
    r"\b([a-záéíóúñ]+)\s+(?:(?:de|del)\s+(?:la\s+)?[A-ZÁÉÍÓÚÑ]{2,6}\s+)?$"
)
# A sentence that opens with a subject of its own, an article and a noun: "Los vecinos".
_NEW_SUBJECT = re.compile(r"\s*(?:El|La|Los|Las)\s+[a-záéíóúñ]")
_COMPLEMENT_TITLE = re.compile(
    r"\b(?:a|al|de|del|con|contra|ante|tras|sin|sobre|entre)\s+"
    r"(?:(?:el|la|los|las|un|una|su|sus)\s+)?([a-záéíóúñ]+)\s+$",
    re.I,
)
# ...and before a name after "de" or "por": "el comunicado de la Asociación X".
_ARTICLE_BEFORE_NAME = re.compile(r"^(?:el|la|los|las|the)\s+(?=[A-ZÁÉÍÓÚÑ])")
# How many paragraphs back the last speaker may have spoken for a dropped subject with no
# one named since to be theirs ("«…», advirtió" pages after the last quote is no one's).
_LAST_SPEAKER_REACH = 3
# What may open a sentence before a verb of saying with a dropped subject: adverbs of
# sequence, the occasion ("En entrevista", "En rueda de prensa"), clitics, an auxiliary.
# What a verb right before it speaks of: "Habla sobre X", "Escribe acerca de X".
_ABOUT = re.compile(r"\s+(?:sobre|acerca\s+de)\s")
_DROPPED_OPENING = re.compile(
    r"\s*(?:(?:[Yy]|[Aa]demás|[Tt]ambién|[Aa]simismo|[Ll]uego|[Dd]espués|[Ff]inalmente|"
    r"[Pp]or\s+último|[Mm]ás\s+tarde|[Ee]n\s+(?:una\s+)?(?:entrevista|rueda\s+de\s+prensa|"
    r"declaraciones|conferencia(?:\s+de\s+prensa)?)"
    r"(?:\s+(?:televisiva|radiofónica|radial|telefónica|exclusiva|virtual|conjunta))?)\s*,?\s+)*"
    rf"{_CLITICS}"
)
# How many paragraphs back a group stays in view for a plural verb with no subject, when no
# other subject opens a sentence between (`_group_in_view`).
_GROUP_REACH = 12


# A sentence opening by giving someone the floor, in a round of speakers: "Cuando llegó
# el turno de X,", "Al tocarle el turno a X,", "En su turno, X", "Llegado el turno de X,".
_TURN = re.compile(
    r"\s*(?:(?:[Cc]uando|[Aa]l)\s+(?:le\s+)?(?:llegó|tocó|llegar|tocar|tocarle|llegarle)\s+"
    r"|[Ll]legad[oa]\s+|[Ee]n\s+)"
    rf"(?:el\s+)?turno\s+(?:de|a)\s+({_NAME.pattern})\s*,"
)
# A sentence whose own subject is a singular description right before a verb in the past
# (after an opening circumstance at most): "Durante dos giros, el mexicano resistió los
# ataques …"; a dropped subject later in it is that description's, not a name before it.
_DESCRIBED_OWN_SUBJECT = re.compile(
    r"\s*(?:[A-ZÁÉÍÓÚÑ][^,«»“”\"]{0,60},\s*)?((?:[Ee]l|[Ll]a)\s+[a-záéíóúñ]{3,}"
    r"(?:\s+[a-záéíóúñ]{3,})?)\s+[a-záéíóúñ]+(?:ó|aba|ía)\b"
)
# A sentence that is one quote and a verb with no subject after it ("«…», agregan.",
# "«…», añadieron en su informe.").
_QUOTE_THEN_VERB = re.compile(
    r"[«“\"][^«»“”\"]+[»”\"]\s*,\s*[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,4}\s*\.?"
)


class _Context:
    """Speakers carried by the context (a mixin of `reader._Reader`)."""

    @_evidence("author")
    def _author(self, authored: re.Match[str], at: int) -> str | None:
        """Who wrote or said a thing: "el comunicado del Ministerio" is the Ministerio,
        "la denuncia de las federaciones" the federations; "la Ley de Costas" no one."""
        if (
            authored.group(1) in _LAWS
            and authored.string[authored.end(1) : authored.start(3)].strip() == "de"
        ):
            return None
        author = _ARTICLE_BEFORE_NAME.sub("", authored.group(3).strip())
        name = _NAME.match(author)
        if name and not _function_word(name.group(0)):
            stripped = self._stripped(name.group(0))
            return self._expand(stripped, at) if stripped else None
        head = _head_phrase(("el " if authored.group(2) else "") + author)[0]
        if _people(_head_noun(head)):  # "la denuncia de las federaciones vecinales"
            return _description(head, self.text[:at])
        return None  # "los datos del ministerio": no one in particular

    @_evidence("document")
    def _issuer(self, head: str, at: int, index: int, lo: int) -> str | None:
        """Who issued the document a bare definite noun refers back to ("el comunicado",
        "el texto", "la carta"), in the nearest earlier sentence that brings one in, within
        a few paragraphs: its writer named with it ("una carta del poeta X", "una carta
        escrita por X", "a letter by X"), else the subject of the verb that brought it in
        ("X emitió un comunicado", "X explicó en una nota", "X firmó la carta", "X han
        hecho público un comunicado conjunto"). A statement's words are its issuer's, as a
        study's are its authors'."""
        if not _BARE_DOCUMENT.fullmatch(head):
            return None
        aside = self.text.startswith(head, at) and _WRITTEN_BY.match(self.text, at + len(head))
        if aside and not _function_word(aside.group(1)):  # "El comunicado, firmado por X,"
            return self._expand(self._stripped(aside.group(1)), at)
        named_by_cue = None  # "…», señala el texto": its verb's subject, if nothing earlier
        for back in range(index, max(-1, index - 1 - _PUBLISHER_REACH), -1):
            offset = self.paragraphs[back][0]
            for sentence in reversed(self.sentences[back]):
                if offset + sentence.start >= at:
                    continue
                document = _DOCUMENT_INTRODUCED.search(sentence.text)
                if document is None:
                    continue
                start = offset + sentence.start
                if self.speakers and start <= self.spoken_at <= offset + sentence.end:
                    # "«…», dijo la compañía en un comunicado firmado por X": its words
                    # are the speaker's its sentence gave them to, not its signer's
                    self.trail.append(("speaker of its sentence", self.speakers[-1]))
                    return self.speakers[-1]
                writer = _WRITTEN_BY.match(sentence.text, document.end())
                if writer and not _function_word(writer.group(1)):
                    return self._expand(self._stripped(writer.group(1)), at)
                start = offset + sentence.start
                agent = _ISSUED_BY_NOUN.match(sentence.text, document.end())
                if agent and _common_noun(agent.group(1)) in _ORG_NOUNS | _ORG_ANAPHORA.keys():
                    return self._named_organisation(agent.group(1), start, back, sentence.start)
                text = sentence.text[: document.start()]
                verbs = [
                    m
                    for m in _WORD.finditer(text)
                    if m.group(0).lower() in self.verb_forms or _ISSUING.fullmatch(m.group(0))
                ]
                if not verbs and _BY_MEANS.search(text):
                    verbs = [
                        m
                        for m in _WORD.finditer(sentence.text, document.end())
                        if m.group(0).lower() in self.verb_forms
                    ][:1]
                    if verbs and _IMPERSONAL_SE.search(sentence.text, 0, verbs[0].start()):
                        return None  # "A través de un comunicado se dio a conocer": no one

                    text = sentence.text[: verbs[0].start()] if verbs else text
                definite = document.group(1).lower() in ("la", "el", "the")
                speaking = (
                    verbs
                    and not text[verbs[-1].end() :].strip()
                    and not _ISSUING.fullmatch(verbs[-1].group(0))
                )
                if definite and speaking and named_by_cue is None:
                    named_by_cue = (text, verbs[-1], start, back, sentence)
                if definite and (not verbs or speaking):
                    continue  # "La carta, que se vendió …", "-dice la circular-": said before
                if not verbs:
                    return None
                return self._issuing_subject(text, verbs[-1], start, back, sentence, at)
        return self._issuing_subject(*named_by_cue, at) if named_by_cue else None

    def _issuing_subject(self, text: str, verb, start: int, back: int, sentence, at: int):
        """The subject of the verb that brought a document in, or the organisation its
        sentence says spoke."""
        subject = self._subject(
            text[: verb.start()],
            start + verb.start(),
            back,
            sentence.start,
            _plural(verb.group(0)),
            named=True,
        )
        return subject or self._speaking_organisation(sentence.text, at)

    @_evidence("complaint")
    def _complainant(self, noun: str, at: int) -> str | None:
        """Who filed "la denuncia", "la demanda", "la querella", "el recurso": the subject
        of the first verb before it that it is the act of ("Tres federaciones han
        denunciado …"; the first, where news names the complainants in full), when that
        sentence names one. A ruling ("la sentencia", "el fallo", "el auto") is the
        court's named last before it ("El Tribunal Supremo ha anulado la multa. La
        sentencia afirma …"), as the press credits a court's words to the court."""
        if noun in _RULINGS:
            names = (
                (_ARTICLE_START.sub("", m.group(0)), m.end())
                for m in _NAME.finditer(self.text, 0, at)
            )
            courts = [name + _numbered(self.text, end) for name, end in names if _court(name)]
            return courts[-1] if courts else None
        stem = _FILED.get(noun)
        if stem is None:
            return None
        verb = re.compile(
            rf"\b(?:(?:{_AUXILIARIES})\s+)?{stem}(?:ó|aron|a|an|ado|ido|ió|ieron|e|en)\b", re.I
        )
        for index, (offset, _) in enumerate(self.paragraphs):
            for sentence in self.sentences[index]:
                if offset + sentence.start >= at:
                    return None
                found = [
                    m
                    for m in verb.finditer(sentence.text)
                    if not _DETERMINER_BEFORE.search(sentence.text, 0, m.start())
                ]
                if found:
                    subject = sentence.text[: found[0].start()]
                    plural = _plural(found[0].group(0))
                    start = offset + sentence.start
                    return self._subject(
                        subject, start + len(subject), index, sentence.start, plural, named=True
                    )
        return None

    @_evidence("previous subject")
    def _previous_subject(
        self, at: int, index: int, lo: int, back_to: int | None = None
    ) -> str | None:
        """Who pro-drop refers to: the first person named in this sentence before the quote
        ("X: «…», dijo él"), else in the nearest earlier sentence that names one, two
        paragraphs back (`back_to`: further, down to the paragraph after that one). A name
        after a preposition or an article ("en el Camp Nou", "la Champions") is a place,
        a thing or an object, not a subject."""
        unnamed = None  # the gender of a title opening a sentence before, held by no one
        for number, text in enumerate(self._sentences_back(at, index, lo, back_to)):
            if self._subject_not_its_own(text):
                continue
            labels = self._label_edges(text)
            text = self._subject_first(text)
            title = _TITLE_START.match(text)
            described = title and role_of(title.group(1)) and describe(title.group(0))
            if described and (person := self._described(described, at, index, lo, False)):
                return self._uncontested(text, title.end(), person, at)  # "La vicefiscal …"
            for match, name in self._names_as_subject(text, labels):
                full = self._expand(name, at)
                if unnamed and given_name_gender(full.split()[0]) not in (None, unnamed):
                    return None
                if self._person_like(full):
                    return self._uncontested(text, match.start(), full, at)
            if described and self.lang == "es" and unnamed is None:
                # "La directora del diario … afirma que …. «…», ha afirmado": she, whom the
                # text names nowhere, not a man named sentences before
                unnamed = "f" if title.group(0).split()[0] == "La" else "m"
            if number == 0 and self._epithet_subject(text):
                return None
        return None

    def _sentences_back(self, at: int, index: int, lo: int, back_to: int | None) -> list[str]:
        """Where a dropped subject is looked for, nearest first: this sentence up to the
        quote, the paragraph's sentences before it, then the two paragraphs before (down to
        the one after `back_to` when given), last sentence first, as a reader looks back."""
        offset, masked = self.paragraphs[index]
        texts = [masked[lo : at - offset]] if offset <= at <= offset + len(masked) else []
        texts += [s.text for s in reversed(self.sentences[index]) if s.end <= lo]
        stop = index - 3 if back_to is None else min(index - 3, back_to)
        for back in range(index - 1, max(-1, stop), -1):
            texts += [s.text for s in reversed(self.sentences[back])]
        return texts

    def _subject_not_its_own(self, text: str) -> bool:
        """Whether the names a sentence holds cannot be its subject, that being said before
        it: a Spanish report with a dropped subject ("Detalló que X compuso …": X is not who
        detailed), an English sentence opening on a pronoun ("He defeated Ben Ashe.": who
        "he" is was said before; Ashe an object)."""
        if self.lang == "es" and self._reports_with_dropped_subject(text):
            return True
        return bool(self.english and _PRONOUN_SUBJECT_EN.match(text))

    def _label_edges(self, text: str) -> set[int]:
        """Where an English page label's words start and end ("READ MORE: X wins seat",
        "Photo: X/Agency"): a name there is a byline, a credit or a link's, not a subject."""
        if not self.english:
            return set()
        return {edge for label in _PAGE_LABEL_EN.finditer(text) for edge in label.span()}

    def _subject_first(self, text: str) -> str:
        """An English sentence with its fronted clause moved after the rest ("After meeting
        Tom Ridley, Ben Ashe left."): the first name read is then the subject, not the
        clause's object."""
        if self.english and (fronted := _FRONTED_CLAUSE_EN.match(text)):
            return text[fronted.end() :] + " " + text[: fronted.end()]
        return text

    def _uncontested(self, text: str, start: int, person: str, at: int) -> str | None:
        """The person a sentence names at `start`, unless another may be meant as well
        (`_contested`, kept in `contested` for `_pro_drop`): then no one."""
        self.contested = self._contested(text, start, person, at)
        return None if self.contested else person

    def _names_as_subject(self, text: str, labels: set[int]):
        """The names of a sentence, in order, that may be its subject (as `(match, name)`,
        the name cleaned): not one a page label sets (`labels`), not whom it is about ("Sobre
        X, refirió"), and not one its words make an object, a place or someone's kin
        (`_named_as_object`)."""
        for match in _NAME.finditer(text):
            if match.start() in labels:
                continue
            if self.lang == "es" and _TOPIC_OPENING.match(match.group(0)):
                continue
            name = self._stripped(match.group(0))
            if self._named_as_object(text, match, name):
                continue
            if self.english and name:
                name = _role_cut_name_en(name)  # "Striker Ben Ashe scored"
            if name and not _function_word(name):
                yield match, name

    def _named_as_object(self, text: str, match: re.Match[str], name: str) -> bool:
        """Whether the words before a name make it other than the sentence's subject: a
        preposition or an article ("en el Camp Nou", "la Champions"), unless glued to it or
        after an elliptical "el de"; a lone word after a titled complement ("de la vecina
        Birmania": a place, no one's surname); an agent's title ("impulsado por el
        gobernador X"); kin set beside it ("reconoció la labor de su esposo, el presidente
        X"; opening an English sentence, "Her husband Tom Ridley agreed", the subject) or
        before it ("La esposa del presidente X dijo": X is whose kin she is); a venue named
        for someone ("en el hospital del IESS José Carrasco")."""
        start = match.start()
        if (
            _after_preposition(text, start)
            and not _glued(match.group(0), name)
            and not _ELLIPTICAL_OF.search(text, 0, start)
        ):
            return True
        if (
            name
            and " " not in name
            and not is_given_name(name)
            and _TITLED_COMPLEMENT.search(text, 0, start)
        ):
            return True
        titled = _AGENT_TITLE.search(text, 0, start)
        if titled and role_of(titled.group(1).lower()):
            return True
        kin = _KIN_APPOSED.search(text, 0, start)
        if kin and not (self.english and not text[: kin.start()].strip()):
            return True
        if self.lang == "es" and _KIN_BEFORE.search(text, 0, start):
            return True
        venue = _PLACE_NOUN_BEFORE.search(text, 0, start)
        return bool(venue and venue.group(1).lower() in _VENUES and is_given_name(name.split()[0]))

    def _epithet_subject(self, text: str) -> bool:
        """Whether the sentence with the quote has a subject of its own, an epithet rather
        than a title ("Durante dos giros, el tapatío resistió …, según reconoció"): it, not
        one named before it, is who spoke (a title, "el mandatario", is resolved from those
        named before, as it was)."""
        if self.lang != "es":
            return False
        own = _DESCRIBED_OWN_SUBJECT.match(text)
        return own is not None and describe(own.group(1)) is None

    def _also_the_last_speaker(self, head: str, index: int) -> str | None:
        """Whom "el también actor" names when no subject is named before it: the last
        speaker, a person of the article's gender who spoke a few paragraphs back at most;
        the press adds a title to someone in view ("«…», añadió el también pintor")."""
        if not self.speakers or self.spoken_in < index - _LAST_SPEAKER_REACH:
            return None
        speaker = self.speakers[-1]
        if not self._person_like(speaker):
            return None
        known = self._profiles(len(self.text)).get(speaker, (UNKNOWN, False))[0]
        genders = known.genders or {given_name_gender(speaker.split()[0])} - {None}
        wanted = "m" if head.split()[0].lower() == "el" else "f"
        return speaker if genders == {wanted} else None

    def _reports_with_dropped_subject(self, text: str) -> bool:
        """Whether a sentence opens on a verb of saying with no subject of its own before
        it (an adverb or "En entrevista" at most), its object a clause with "que" ("Detalló
        que X compuso …", "En entrevista aseguró que X firmará …") or what it is about
        ("Habla sobre el portero X", any verb right before "sobre" or "acerca de"):
        Spanish drops the subject who goes on speaking, so the name in the reported clause
        is what is said of someone, not who says it, and the sentence's subject is the one
        before it."""
        opening = _DROPPED_OPENING.match(text)
        verb = _WORD.match(text, opening.end())
        if verb is None:
            return False
        if verb.group(0).lower() in self.verb_forms and re.match(r"\s+que\s", text[verb.end() :]):
            return True
        return bool(_ABOUT.match(text, verb.end()))

    def _contested(self, text: str, start: int, person: str, at: int) -> bool:
        """Whether the person a sentence names at `start`, who has not just spoken, may not
        be who a dropped subject after it refers to: the sentence opens with a subject of
        its own and names them later, not in apposition to it ("El club despidió al
        entrenador X. «…», explicó": the club's words or X's), or it credits what it says
        to another source ("X también votó con normalidad, según Marta Gil"). Either may be
        meant, so neither is."""
        if self.speakers and self.speakers[-1] == person:
            return False  # "Los objetivos que Sánchez resumió son: … ⏎ Agregó que «…»"
        complement = _COMPLEMENT_TITLE.search(text, 0, start)
        return bool(complement and role_of(complement.group(1))) or self._sourced_otherwise(
            text, person, at
        )

    def _sourced_otherwise(self, text: str, subject: str, at: int) -> bool:
        """Whether a sentence credits what it says to a source other than `subject`."""
        for cue in self.preposition.finditer(text):
            name = _NAME.match(
                text, cue.end() + len(text[cue.end() :]) - len(text[cue.end() :].lstrip())
            )
            if name and (stripped := self._stripped(name.group(0))):
                with self._aside():
                    full = self._expand(stripped, at)
                if full != subject and self._person_like(full):
                    return True
        return False

    @_evidence("organisation spoke before")
    def _previous_organisation_speaking(self, at: int, index: int, lo: int) -> str | None:
        """The organisation the sentence of a dropped subject, or the one right before it,
        says spoke (`_speaking_organisation`): "El Ministerio informó ayer de trece casos.
        ⏎ Añadió que «…»". Only that near: further back, the narrator has moved on."""
        offset, masked = self.paragraphs[index]
        texts = [masked[lo : at - offset]] if offset <= at <= offset + len(masked) else []
        earlier = [s for s in self.sentences[index] if s.end <= lo]
        if earlier:
            texts.append(earlier[-1].text)
        elif index and self.sentences[index - 1]:
            texts.append(self.sentences[index - 1][-1].text)
        return next(filter(None, (self._speaking_organisation(text, at) for text in texts)), None)

    def _speaking_organisation(self, text: str, at: int) -> str | None:
        """The organisation a sentence names as the subject of its verb of saying, right
        before it ("El Ministerio de Sanidad informó ayer…") or right after it ("…,
        informó en un comunicado el Departamento de X"): who a dropped subject after it
        refers to, when the sentence names no person."""
        verbs = self._verbs(text)
        for m in _ORGANISATION_NAME.finditer(text) if verbs else ():
            name = _ARTICLE_START.sub("", m.group(0))
            if not (_is_organisation(name) or _ACRONYM.fullmatch(name)) or _after_preposition(
                text, m.start(), organisation=True
            ):
                continue
            follows = next((v for v in verbs if v.start() >= m.end()), None)
            precedes = next((v for v in reversed(verbs) if v.end() <= m.start()), None)
            if (follows and _SUBJECT_GAP.fullmatch(text, m.end(), follows.start())) or (
                precedes and _INVERTED_GAP.fullmatch(text, precedes.end(), m.start())
            ):
                if _ACRONYM.fullmatch(name):
                    return self._spelled_out(name, at)
                return self._organisation(name, at) + _organisation_tail(text, name, m.end())
        return None

    @_evidence("organisation before")
    def _previous_organisation(self, at: int, index: int, lo: int) -> str | None:
        """What "la compañía" or "el organismo" refers to: the first organisation named
        in the nearest earlier sentences ("el Congreso de Veracruz"), else the first name
        of several words that is no person's nor a listed place ("Naviera del Norte"); a
        name the text introduced with such a noun counts first ("la red social Vecinet")."""
        introduced = [
            name for noun, name, start in self.introductions if noun in _ORG_NOUNS and start < at
        ]
        found = self._organisation_near(at, index, lo)
        if introduced and not (found and found.startswith(introduced[-1] + " ")):
            return introduced[-1]  # not "Rendal" for "Rendal de Chile" named since
        return found

    def _organisation_near(self, at: int, index: int, lo: int) -> str | None:
        """The first organisation named in this sentence before `at` and the earlier
        sentences of this paragraph and the one before (`_previous_organisation`)."""
        offset, masked = self.paragraphs[index]
        texts = [masked[lo : at - offset]] if offset <= at <= offset + len(masked) else []
        texts += [s.text for s in reversed(self.sentences[index]) if s.end <= lo]
        if index:
            texts += [s.text for s in reversed(self.sentences[index - 1])]
        names = [
            _ARTICLE_START.sub("", match.group(0))
            for text in texts
            for match in _ORGANISATION_NAME.finditer(text)
            if not _PREPOSITION_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
        ]
        found = next((n for n in names if _is_organisation(n) or n.isupper()), None) or next(
            (n for n in names if " " in n and not (_listed(n) or is_given_name(n.split()[0]))),
            None,
        )
        if found and _ACRONYM.fullmatch(found):
            return self._spelled_out(found, at)  # "La SSA recomendó … señaló la dependencia"
        return self._organisation(found, at) if found else None

    @_evidence("group before")
    def _previous_group(self, index: int, lo: int) -> str | None:
        """Who a plural verb without a subject refers to ("…», señalaron en su estudio"):
        a group of people opening the sentence before ("Un equipo de investigadores de X
        halló…", "Los vecinos denunciaron…"), or anonymous sources opening this sentence
        or the one before ("Fuentes de la federación explican que …, «…», afirman"), else
        nobody."""
        earlier = [s for s in self.sentences[index] if s.end <= lo]
        if earlier:
            sentence = earlier[-1].text
        elif index and self.sentences[index - 1]:
            sentence = self.sentences[index - 1][-1].text
        else:
            sentence = ""
        this = next((s.text for s in self.sentences[index] if s.start == lo), "")
        last = self.speakers[-1] if self.speakers else ""
        if (
            self.lang == "es"
            and last[:1].islower()
            and last.split()[0].endswith("s")
            and _QUOTE_THEN_VERB.fullmatch(this.strip())
            and self._quoted_just_before(self.paragraphs[index][0] + lo, index, lo)
        ):  # "«…» dicen los investigadores. ⏎ «…», agregan.": the group quoted just before
            self.trail.append(("group quoted just before", last))
            return last
        for text in (this, sentence):
            sources = _SOURCES_OPENING.match(text)
            if sources and len(sources.group(0).split()) <= _MAX_GROUP_WORDS:
                return _description(sources.group(0), "")  # "Fuentes de X explican que …"
        if self.lang != "es":
            group = _GROUP.match(sentence) or _GROUP_EN.match(sentence)
            return _description(group.group(0), "") if group and _a_group(group.group(0)) else None
        if (found := _group_opening(sentence, again=True)) is not None:
            return found or None
        if _opens_with_name(sentence):
            return None  # "X y Y contaron …. Añadieron que «…»": theirs, no group's
        return self._group_in_view(index, lo)

    def _group_in_view(self, index: int, lo: int, last: bool = False) -> str | None:
        """The group a plural verb of saying with no subject goes on speaking for, when the
        sentence before opens with none ("Unas 80 asociaciones firmaron un escrito … ⏎
        Entre ellas están X e Y. «…», señalan"): the group opening the latest
        earlier sentence of this paragraph or the twelve before it, the press keeping a
        group as the subject of its plural verbs until another subject opens a sentence.
        A sentence opening with a name or another plural subject stops the search (no
        one): the plural verb may be theirs; one naming the group again ("Los firmantes
        expresan") is passed over. `last`: the sentence right before is searched too
        (else `_previous_group` has read it)."""
        sentences = [s.text for s in self.sentences[index] if s.end <= lo]
        seen = bool(sentences) and not last  # the sentence before, `_previous_group`'s
        sentences = sentences if last else sentences[:-1]
        for back in range(index - 1, max(-1, index - 1 - _GROUP_REACH), -1):
            if not sentences:
                sentences = [s.text for s in self.sentences[back]]
                if back == index - 1 and not seen:
                    sentences = sentences[:-1]
            for text in reversed(sentences):
                found = _group_opening(text, again=True)
                if found is not None:
                    return found or None
                if _opens_with_name(text):
                    return None  # "Rendal de Chile informó …": another subject
            sentences = []
        return None

    @_evidence("dropped subject")
    def _pro_drop(self, at: int, index: int, lo: int) -> str | None:
        """The speaker of a cue without a subject ("…», afirmó."): the last speaker when
        their quote is earlier in this sentence (a verb joined to theirs: "el CNE dijo
        que «…», y destacó que «…»", an organisation a search for people would pass
        over), else the previous subject, else the first person named in a paragraph
        since the last attributed quote (who came in after it: "X, expresidenta de Y,
        considera que … ⏎ … ⏎ … ⏎ «…», remarca"), else, with no person named since, the
        last speaker. In a sentence that opens inside a document ("En la carta, afirma que
        «…»"), its writer (`_issuer`). The sentence right before ending an attributed
        quote (`_quoted_just_before`) gives its speaker before any earlier subject. A
        sentence that opens by giving someone the floor ("Cuando llegó el turno de X,
        comentó: «…»") is that person's (`_TURN`)."""
        offset, masked = self.paragraphs[index]
        turn = _TURN.match(masked, lo)
        if turn and offset + turn.end() <= at and not _function_word(turn.group(1)):
            named = self._expand(self._stripped(turn.group(1)) or turn.group(1), at)
            self.trail.append(("turn", named))
            return named
        if self.speakers and self.paragraphs[index][0] + lo <= self.spoken_at <= at:
            self.trail.append(("speaker of this sentence", self.speakers[-1]))
            return self.speakers[-1]
        offset, masked = self.paragraphs[index]
        inside = _IN_DOCUMENT.match(masked, lo)
        if (
            inside
            and offset + inside.end() <= at
            and (writer := self._issuer(inside.group(1), at, index, lo))
        ):
            return writer  # "En la carta, afirma que «…»"
        if self.speakers and self._quoted_just_before(at, index, lo):
            self.trail.append(("speaker of the sentence before", self.speakers[-1]))
            return self.speakers[-1]  # "«…», señala una portavoz de X. Y añade: «…»"
        self.contested = False
        subject = self._previous_subject(at, index, lo)
        if self.contested:  # "X votó, según Marta Gil. ⏎ «…», indicó": either, so neither,
            return self._singled_out(index, lo, at)  # save a plural subject's one person
        subject = subject or self._singled_out(index, lo, at) or self._credited(index, lo)
        if subject is None and self.spoken_in < index - 3:
            far = self._previous_subject(at, index, lo, back_to=self.spoken_in)
            subject = far if far and self._still_the_subject(far, at) else None
            self.trail.append(("far back", subject))
        if subject is None:
            subject = self._previous_organisation_speaking(at, index, lo)
        if subject is None and self.speakers and self.spoken_in >= index - _LAST_SPEAKER_REACH:
            self.trail.append(("last speaker, no one named", self.speakers[-1]))
            return self.speakers[-1]
        return subject

    @_evidence("credited before")
    def _credited(self, index: int, lo: int) -> str | None:
        """The source the sentence right before credits what it says to ("Según la fuente
        de X, el diseño no podía copiarse. ⏎ «…», dijo por teléfono"), when it names no
        subject: a dropped subject goes on with who was just reported speaking."""
        earlier = [(index, s) for s in self.sentences[index] if s.end <= lo]
        if not earlier and index and self.sentences[index - 1]:
            earlier = [(index - 1, self.sentences[index - 1][-1])]
        if not earlier:
            return None
        back, sentence = earlier[-1]
        cues = list(self.preposition.finditer(sentence.text))
        if not cues:
            return None
        phrase = _head_phrase(sentence.text[cues[-1].end() :])[0]
        if cues[-1].group(0).lower().endswith("del"):
            phrase = "el " + phrase
        at = self.paragraphs[back][0] + sentence.start + cues[-1].end()
        return self._phrase(phrase, at, back, sentence.start, addressee=False)

    def _still_the_subject(self, name: str, at: int) -> bool:
        """Whether a person named paragraphs before a dropped subject is still who the
        text is about: no sentence since their last mention opens with a subject of its own
        ("Elena López, expresidenta de X, considera … ⏎ Subraya que … ⏎ «…», remarca" is
        hers; "El fallecimiento del actor X … ⏎ Los investigadores lo comparan … ⏎ «…»,
        sostiene" is no one's: the narrator moved on to other subjects, and who speaks
        cannot be checked from the words near the quote)."""
        with self._aside():
            last = max(
                (
                    m.start
                    for m in self.mentions
                    if m.start < at and self._expand(m.name, m.start) == name
                ),
                default=None,
            )
        if last is None:
            return False
        return not any(
            last < offset + sentence.start < at and _NEW_SUBJECT.match(sentence.text)
            for (offset, _), sentences in zip(self.paragraphs, self.sentences, strict=True)
            for sentence in sentences
        )

    @_evidence("singled out")
    def _singled_out(self, index: int, lo: int, at: int) -> str | None:
        """The one person the sentence before names, when its subject is a plural ("Los
        investigadores entrevistaron a Pedro Lanza. «…», relató."): a verb of saying in the
        singular cannot go on with that subject, so it goes on with the person it singled
        out. Two people named there are no answer; a plural of things ("Los reproches del
        tertuliano …") singles out no one."""
        before = [s for s in self.sentences[index] if s.end <= lo]
        opening = _PLURAL_OPENING.match(before[-1].text) if before else None
        if not opening or not _people(opening.group(0).split()[-1].lower()):
            return None  # "Los reproches del tertuliano alcanzan a X": no group
        text = before[-1].text
        people = {
            full
            for match in _NAME.finditer(text)
            if (name := self._stripped(match.group(0))) and not _function_word(name)
            for full in (self._expand(name, at),)
            if self._person_like(full)
        }
        return people.pop() if len(people) == 1 else None

    def _quoted_just_before(self, at: int, index: int, lo: int) -> bool:
        """Whether the last attributed quote is in the sentence right before this one and
        this one names no one before `at`, by name or by title: a dropped subject then goes
        on with that speaker ("«…», señala una portavoz de la ONG. Y añade: «…»"; "En
        opinión de X, «…». A su juicio, …"), not with a name the sentence before opened
        with."""
        offset = self.paragraphs[index][0]
        earlier = [s for s in self.sentences[index] if s.end <= lo]
        if earlier:
            start, end = offset + earlier[-1].start, offset + earlier[-1].end
        elif index and self.sentences[index - 1]:
            previous = self.paragraphs[index - 1][0]
            start = previous + self.sentences[index - 1][-1].start
            end = previous + self.sentences[index - 1][-1].end
        else:
            return False
        if not start <= self.spoken_at <= end + 1:
            return False
        opening = self.text[offset + lo : at]
        if self.english and _PRONOUN_SUBJECT_EN.match(opening):
            # "«…», Ashe said. He urged Mr. Ridley to act, saying «…»": "he" goes on
            wanted = "f" if opening.lstrip().startswith("She") else "m"
            return _gender_of(self.speakers[-1]) in (None, wanted)
        if first_role(_WORD.findall(opening.lower())) is not None:
            return False  # "Explicó el presidente …: «…»": someone else is named
        topic = _TOPIC_OPENING.match(opening.lstrip()) if self.lang == "es" else None
        skipped = offset + lo + len(opening) - len(opening.lstrip()) + topic.end() if topic else 0
        if topic and (comma := opening.find(",", skipped - offset - lo)) >= 0:
            skipped = offset + lo + comma  # "Sobre X, refirió «…»": X is spoken of, not speaking
        return not any(
            max(offset + lo, skipped) <= m.start < at
            and self._person_like(self._expand(m.name, m.start))
            for m in self.mentions
        )
