"""An article's organisations: short names and acronyms spelled out, a publisher, a body
headed by someone, a government, a body's fullest name."""

from __future__ import annotations

import re
from functools import cached_property

from contrasta.reading.gazetteer import load_gazetteer
from contrasta.reading.names import (
    is_given_name,
)
from contrasta.reading.nlp import CONNECTORS
from contrasta.reading.quotes.descriptions import (
    _head_noun,
    _singular,
)
from contrasta.reading.quotes.evidence import _evidence
from contrasta.reading.quotes.speaker_names import (
    _initials,
    _is_organisation,
    _listed,
    _names_short,
    _organisation_tail,
)
from contrasta.reading.quotes.words import (
    _ACRONYM,
    _ARTICLE_START,
    _CAPITALISED,
    _NAME,
    _ORG_ANAPHORA,
    _ORG_NOUNS,
    _PUBLISHER_REACH,
    _SHORT_NAME,
    _THINGS,
)

# A ministry's common name, as the press of Spanish-speaking countries writes it, and the
# word of its area its written-out name holds ("la Cancillería": the "Ministerio de
# Relaciones Exteriores" or "de Asuntos Exteriores" the article names).
_MINISTRY_COMMON_NAMES = {"cancillería": "Exteriores"}
# A town's government by its common names: the Ayuntamiento the text names.
_MUNICIPAL_GOVERNMENT = re.compile(
    r"(?:el\s+)?(?:ejecutivo|gobierno)\s+(?:local|municipal)|equipo\s+de\s+gobierno\s+municipal",
    re.I,
)
# An institution's name written out from the head word of a gazetteer family ("Ministerio
# de Agricultura y Pesca", "Partido Popular"), over the connectors the entity reader's
# families take.
_BODY = re.compile(
    rf"\b(?:{'|'.join(head for _, head in load_gazetteer().families)})"
    rf"(?:\s+(?:(?:{'|'.join(sorted(CONNECTORS))})\s+)*{_CAPITALISED})+"
)
# "y la ", "and the ": a second name joined to a first, not one name ("X y Prevención").
_ARTICLE_END = re.compile(r"\b(?:la|el|los|las|the)\s+$", re.I)
_COUNTED = re.compile(r"\b(?:dos|tres|cuatro|cinco|seis|varios|varias)\s+([a-záéíóúñ]+)", re.I)
# Verbs of making words public, by stem: "publicó", "colgaron", "difundió", "envió".
_PUBLISHED = re.compile(
    r"(?:public|difund|escrib|compart|lanz|colg|tuite|envi|emit|redact|firm|mostr|exhib|"
    r"present)[a-záéíóúñ]*$",
    re.I,
)
_ACRONYM_SUBJECT = re.compile(
    r"(?:(?:El|La|Los|Las|el|la|los|las|The|the)\s+(?:([a-záéíóúñ]+)\s+)?)?"
    rf"({_SHORT_NAME})"
)
# A short name in brackets after a full name ("… de Meteorología (Aemet)", "(DHS por sus
# siglas en inglés)"), or a full name in brackets after it ("la OMS (Organización …)").
_BRACKETED_SHORT = re.compile(rf"\s*\(\s*({_SHORT_NAME})\b[^()]*\)")
# How far before its bracket a full name may begin.
_SHORT_NAME_REACH = 120
# A name joined by "y" to the one a short name follows, a part of it when the initials say
# so: "la Comisión Nacional de los Mercados y la| Competencia (CNMC)".
_JOINED_BEFORE = re.compile(rf"({_NAME.pattern})\s+(?:y|e|and)\s+(?:(?:la|el|los|las|the)\s+)?$")
_BRACKETED_FULL = re.compile(rf"\b({_SHORT_NAME})\s*\(\s*({_NAME.pattern})\s*\)")


class _Organisations:
    """An article's organisations and their names (a mixin of `reader._Reader`)."""

    @cached_property
    def short_names(self) -> dict[str, list[tuple[int, str]]]:
        """Short names the text gives in brackets with a full name, in either order, by
        where each pair stands: an acronym ("el Partido Socialista (PS)", "el PS (Partido
        Socialista)", "el Departamento de Seguridad Nacional (DHS por sus siglas en
        inglés)", "Andrés Manuel López Obrador (AMLO)") or an organisation's short name
        with its initial ("la Agencia Estatal de Meteorología (Aemet)"): a place in
        brackets is no short name ("el PP (Lugo)"). Read when a short name first asks."""
        found: dict[str, list[tuple[int, str]]] = {}
        for short in _BRACKETED_SHORT.finditer(self.text):
            reach = max(0, short.start() - _SHORT_NAME_REACH)
            m = next(
                (
                    m
                    for m in _NAME.finditer(self.text, reach, short.start())
                    if m.end() == short.start()
                ),
                None,
            )
            if m is None:
                continue
            name = _ARTICLE_START.sub("", m.group(0))
            joined = _JOINED_BEFORE.search(
                self.text, max(0, m.start() - _SHORT_NAME_REACH), m.start()
            )
            whole = _ARTICLE_START.sub("", joined.group(0)) + name if joined else name
            one_name = joined and not _ARTICLE_END.search(joined.group(0))
            if _initials(whole) == short.group(1) or (one_name and short.group(1)[0] == whole[0]):
                name = whole  # "Comisión Nacional de los Mercados y la Competencia (CNMC)";
                # an acronym of another language: "Centro de Control y Prevención … (CCDC)"
            if _names_short(short.group(1), name, any_name=True):
                found.setdefault(short.group(1), []).append((m.start(), name))
        for m in _BRACKETED_FULL.finditer(self.text):
            name = _ARTICLE_START.sub("", m.group(2))
            if _names_short(m.group(1), name, any_name=False):
                found.setdefault(m.group(1), []).append((m.start(), name))
        return found

    def _short_name(self, phrase: str) -> str | None:
        """The acronym or short name a phrase names an organisation by ("la OMS", "CCOO",
        "el sindicato UGT", "the EPA", "la Aemet" when the text gave it in brackets)."""
        match = _ACRONYM_SUBJECT.fullmatch(phrase.strip())
        if match is None:
            return None
        noun, short = match.group(1), match.group(2)
        if noun is not None and noun.lower() not in _ORG_NOUNS | _ORG_ANAPHORA.keys():
            return None
        if _ACRONYM.fullmatch(short):
            return short
        given = f"({short}" in self.text or f"{short} (" in self.text  # before reading them all
        return short if given and short in self.short_names else None

    @_evidence("acronym")
    def _spelled_out(self, acronym: str, at: int) -> str | None:
        """An organisation's (or a person's: "AMLO") acronym or short name as the text
        names it in full (`short_names`, a name with those initials, or a listed
        organisation's name: "Organización Mundial de la Salud" for "OMS"), before `at`
        first, else anywhere in it: the longest form the article gives; else as written.
        A listed place ("EEUU") is no one."""
        listed = load_gazetteer().phrases.get(acronym)
        if listed and listed[0] != "ORG":
            return None
        for text in (self.text[:at], self.text):
            if listed and listed[1] != acronym and listed[1] in text:
                return listed[1]
            given = [name for start, name in self.short_names.get(acronym, ()) if start < len(text)]
            if given:
                return given[0]
            for m in _NAME.finditer(text):
                name = _ARTICLE_START.sub("", m.group(0))
                if _initials(name) == acronym:
                    return name  # "AMLO": "Andrés Manuel López Obrador"
        return acronym

    @_evidence("publisher")
    def _publisher(self, index: int, lo: int) -> str | None:
        """Who published the items an ordinal stands for ("La cuenta @X publicó tres
        tuits. ⏎ El primero afirma: «…»"): the subject of the nearest earlier sentence that
        counts things carrying words, within a few paragraphs; else no one."""
        earlier = [s.text for s in reversed(self.sentences[index]) if s.end <= lo]
        for back in range(index - 1, max(-1, index - 1 - _PUBLISHER_REACH), -1):
            earlier += [s.text for s in reversed(self.sentences[back])]
        for sentence in earlier:
            counted = next(
                (m for m in _COUNTED.finditer(sentence) if m.group(1).lower() in _THINGS), None
            )
            if counted is None:
                continue
            verb = re.search(r"\s*\b[\w-]+\s*$", sentence[: counted.start()])
            if verb is None or not verb.start() or not _PUBLISHED.match(verb.group(0).strip()):
                return None  # "recibió tres cartas": not theirs
            at = self.paragraphs[index][0] + lo
            plural = verb.group(0).strip().endswith("n")  # "Los vecinos colgaron tres carteles"
            return self._subject(sentence[: verb.start()], at, index, lo, plural=plural)
        return None

    @_evidence("organisation noun")
    def _named_organisation(self, phrase: str, at: int, index: int, lo: int) -> str | None:
        """The organisation a common noun refers back to: "el consistorio" is the
        Ayuntamiento named before, "la compañía" the organisation named just before."""
        noun = _head_noun(phrase)
        if noun in _ORG_ANAPHORA:
            named = self._organisation(_ORG_ANAPHORA[noun], at)
            return named if named != _ORG_ANAPHORA[noun] or named in self.text[:at] else None
        if self.lang in ("es", None) and (headed := self._headed_by(noun, at)):
            return headed
        return self._previous_organisation(at, index, lo)

    def _body_headed_by(self, phrase: str, at: int) -> str | None:
        """ "desde la plataforma", "desde la asociación": the organisation named before
        whose name that common noun heads (`_headed_by`), in Spanish; else None."""
        words = phrase.split()
        if self.lang not in ("es", None) or len(words) != 2 or words[0].lower() not in ("el", "la"):
            return None
        noun = words[1]
        return self._headed_by(noun, at) if noun in _ORG_NOUNS else None

    def _headed_by(self, noun: str, at: int) -> str | None:
        """The organisation whose written name opens with the common noun a phrase refers
        back by, in Spanish press: "la plataforma" after "la Plataforma Vecinal del
        Ensanche", "la universidad" after "la Universidad de Valderas", "la fundación"
        after "la Fundación Mar Abierto": the press names a body in full, then by the
        noun that heads its name. The nearest such name before `at` (a name of two words
        or more, none a person's), at its fullest; else None, and the organisation named
        nearest stands (`_previous_organisation`)."""
        head = noun[:1].upper() + noun[1:]
        found = [
            _ARTICLE_START.sub("", m.group(0))
            for m in _NAME.finditer(self.text[:at])
            if _ARTICLE_START.sub("", m.group(0)).split()[0] == head
        ]
        found = [name for name in found if len(name.split()) > 1]
        return self._organisation(found[-1], at) if found else None

    @_evidence("government")
    def _government(self) -> str:
        """ "el gobierno" written in lower case, as much of the press of Latin America
        writes it (and machine translation), is the Government, as "el Gobierno" is; not
        the fullest "Gobierno …" named before, which may be another one ("el Gobierno
        regional" before "el gobierno" of the country)."""
        return "Gobierno"

    @_evidence("organisation")
    def _organisation(self, name: str, at: int) -> str:
        """ "El Tribunal" after "el Tribunal Constitucional de Austria": the fullest name
        this text gave before `at` that begins with it, with the place it is of ("el
        Ayuntamiento de la localidad")."""
        words = name.split()
        text = self.text[:at]
        forms = [
            " ".join(form)
            for form in (
                _ARTICLE_START.sub(
                    "", m.group(0) + _organisation_tail(text, m.group(0), m.end())
                ).split()
                for m in _NAME.finditer(text)
            )
            if form[: len(words)] == words
        ]
        return max(forms, key=len, default=name)

    @_evidence("body's full name")
    def _fullest_body(self, speaker: str) -> str | None:
        """A body under the fullest of its names in this text, as a person is: a
        ministry's area alone ("Agricultura", "Sanidad") for the one "Ministerio de
        Agricultura y Pesca" the text names; a party's members ("los populares", "los
        socialistas") for the one organisation the text names with their word ("el
        Partido Popular"); a ministry's common name ("la Cancillería") for the ministry
        the text writes out; a town's government ("el Ejecutivo local", "el gobierno
        municipal") for the one Ayuntamiento the text names. A name the text also writes
        cut short ("Ministerio de Relaciones" of "Ministerio de Relaciones Exteriores") is
        the same body. None when no such body, or two, are named."""
        words = speaker.split()
        word = words[-1]
        if _MUNICIPAL_GOVERNMENT.fullmatch(speaker):  # "el Ejecutivo local"
            names = (_ARTICLE_START.sub("", m.group(0)) for m in _NAME.finditer(self.text))
            councils = {name for name in names if name.startswith("Ayuntamiento ")}
            fullest = {n for n in councils if not any(o.startswith(n + " ") for o in councils)}
            return fullest.pop() if len(fullest) == 1 else None
        if len(words) > 2 or (len(words) == 2 and words[0].lower() not in ("los", "las")):
            return None
        if area := _MINISTRY_COMMON_NAMES.get(speaker.lower()):
            bodies = {n for n in self._bodies if n.startswith("Ministerio ") and area in n.split()}
        elif word[0].isupper() and len(words) == 1:
            if is_given_name(word) or _listed(word) or _is_organisation(word):
                return None
            bodies = {n for n in self._bodies if n.split()[2:3] == [word]}
        elif word.islower() and word.endswith("s"):
            member = _singular(word)
            bodies = {n for n in self._bodies if member in (w.lower() for w in n.split()[1:])}
        else:
            return None
        fullest = {n for n in bodies if not any(o.startswith(n + " ") for o in bodies)}
        return fullest.pop() if len(fullest) == 1 else None

    @cached_property
    def _bodies(self) -> frozenset[str]:
        """The names of institutions this text writes out, head word first ("Ministerio
        de Agricultura y Pesca", "Partido Popular")."""
        return frozenset(m.group(0) for m in _BODY.finditer(self.text))
