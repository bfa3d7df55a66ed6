"""Resolving a speaker's name: the fullest form the article writes, a short or single
name, a nickname, a title fitted to one person, an unnamed spokesperson."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from contrasta.reading.gazetteer import fold
from contrasta.reading.names import (
    given_name_gender,
    is_given_name,
    is_short_form,
    name_key,
)
from contrasta.reading.quotes.clauses import (
    _after_preposition,
    _gender_of,
)
from contrasta.reading.quotes.descriptions import (
    _description,
)
from contrasta.reading.quotes.evidence import _evidence
from contrasta.reading.quotes.marks import (
    _lead,
)
from contrasta.reading.quotes.speaker_names import (
    _father_first,
    _function_word,
    _is_organisation,
    _is_person,
    _listed,
    _nicknamed,
    _same_or_short,
)
from contrasta.reading.quotes.words import (
    _ADVERB_EN,
    _COMMON_ZIPF_EN,
    _MAX_UNNAMED_WORDS,
    _NAME,
    _SPOKESPERSON,
)
from contrasta.reading.rarity import zipf_frequency
from contrasta.reading.roles import (
    EXPERTS,
    HOLDER,
    UNKNOWN,
    Description,
    fit,
)

# A name ending the words before a verb, adverbs between at most ("Ana Ruiz also said").
_NAME_AT_END = re.compile(rf"(?<![,\w])\s*({_NAME.pattern}){_ADVERB_EN}*\s*$")
_OF = re.compile(r"\s(?:de|del|of)\s")


# A nickname the press gives a person, either way round: "el Diamante Negro, como es
# también conocido Ana Ruiz," and "Ana Ruiz, conocida como «la Dama de Hierro»,".
_NICKNAMED = re.compile(
    r"\b(?:[Ee]l|[Ll]a)\s+(?P<nick>" + _NAME.pattern + r"),\s+como\s+(?:es|se\s+le|le|era|fue)\s+"
    r"(?:también\s+|tambien\s+)?(?:conocid[oa]|llamad[oa]|apodad[oa])\s+(?:a\s+)?"
    r"(?P<name>" + _NAME.pattern + r")"
)
_KNOWN_AS = re.compile(
    r"(?P<name>" + _NAME.pattern + r"),\s+(?:también\s+)?(?:conocid[oa]|apodad[oa])\s+como\s+"
    r"(?:[Ee]l|[Ll]a)?\s*[«“\"']?(?:[Ee]l\s+|[Ll]a\s+)?(?P<nick>" + _NAME.pattern + r")"
)


class _Resolving:
    """Resolving a speaker's name (a mixin of `reader._Reader`)."""

    def _person_like(self, name: str) -> bool:
        """A name that can be a speaker without a title next to it: a first name opens it,
        or it has a title here or in the story, or it has spoken already."""
        known = self.known.get(name)
        return (
            (
                _is_person(name)
                and not _listed(name)
                and not _listed(_OF.split(name, 1)[0])  # "Santo Domingo de los Tsáchilas"
                and is_given_name(name.split()[0])
            )
            or (self.english and self._uncommon_full_name(name))
            or name in self.titled
            or name in self.speakers
            or bool(known and known.roles)
        )

    def _name_right_before(self, subject: str, at: int) -> str | None:
        """The person an English clause names right before its verb, no comma between
        ("… The Irish Times founder Ana Ruiz said"): English sets the subject just before
        the verb, whatever the words before it are (a headline run into the lead, a clause
        of its own); a name set off by commas is left to `_subject`'s rules."""
        last = _NAME_AT_END.search(subject)
        if last is None or _after_preposition(subject, last.start(1)):
            return None  # "a friend of Tom Ashby said", "a report by X said": not the name
        name = self._stripped(last.group(1))
        if not name or _function_word(name) or _is_organisation(name) or _listed(name):
            return None
        full = self._expand(name, at)
        return full if _is_person(full) and self._person_like(full) else None

    def _of_gender(self, gender: str, at: int, index: int) -> str | None:
        """The one person of `gender` named in this paragraph or the one before, up to
        `at`, whom an English pronoun of that gender refers to when the subject before
        is of the other ("Mark Hill met Ana Gil. «…», she said"); no one when two are."""
        start = self.paragraphs[max(0, index - 1)][0]
        found = {
            full
            for mention in self.mentions
            if start <= mention.start < at
            and (full := self._expand(mention.name, at))
            and self._person_like(full)
            and _gender_of(full) == gender
        }
        if len(found) != 1:
            return None
        (person,) = found
        self.trail.append(("pronoun's gender", person))
        return person

    def _uncommon_full_name(self, name: str) -> bool:
        """An English full name of words none of which is a common English word ("Lerato
        Mbeki", "Avaneshni Govender"), one of them written alone elsewhere in the text: a
        person whose first name no list of first names holds. English capitalises its
        places' and bodies' common words ("Kenton High", "Global News", "Cavehill Road"),
        which such a name has none of, and refers to a person again by one of the names."""
        words = name.split()
        return (
            _is_person(name)
            and len(words) <= 3
            and not _listed(name)
            and any(word in self.single_names for word in words)
            and all(zipf_frequency(w.lower(), "en") < _COMMON_ZIPF_EN for w in words)
        )

    @cached_property
    def single_names(self) -> frozenset[str]:
        """The names this text writes as one word: a person's first name or surname
        written alone ("Lerato", "Mbeki"), as a place's or a party's half never is
        ("Kong", "Féin")."""
        return frozenset(m.name for m in self.mentions if " " not in m.name)

    def _modifier(self, name: str) -> bool:
        """Whether a capitalised word in an English clause is no one: English capitalises
        adjectives of nations and proper nouns of things ("major Chinese exchanges", "the
        ICC's Test rankings"); a single word of the language's common ones names a person
        only as the short form of one the text names in full ("Smith" after "Ana Smith")."""
        return (
            " " not in name
            and zipf_frequency(name.lower(), "en") >= _COMMON_ZIPF_EN
            and not is_given_name(name)
            and not self._known(name)
        )

    def _known(self, name: str) -> bool:
        return name_key(name) in self.shortened or any(
            _same_or_short(name, m.name) for m in self.full_names
        )

    @cached_property
    def nicknames(self) -> dict[str, str]:
        """The nicknames this text gives people, each with the name it stands for: "X,
        como es también conocido Ana Ruiz," and "Ana Ruiz, conocida como X,"
        (`_NICKNAMED`, `_KNOWN_AS`); a nickname given to two people is no one's."""
        found: dict[str, set[str]] = {}
        for m in _NICKNAMED.finditer(self.text):
            found.setdefault(m.group("nick"), set()).add(m.group("name"))
        for m in _KNOWN_AS.finditer(self.text):
            found.setdefault(m.group("nick"), set()).add(m.group("name"))
        return {
            nick: names.pop()
            for nick, names in found.items()
            if len(names) == 1 and not _is_organisation(next(iter(names)))
        }

    def _expand(self, name: str, at: int) -> str:
        """The fullest form of a name anywhere in this text (a short form may come first,
        the full name paragraphs later), preferring forms seen before `at`; else
        the one person of the story it shortens; else, for a first name alone, the one
        person of this text it begins."""
        forms = _father_first(
            name,
            [
                m
                for m in self.full_names
                if _same_or_short(name, m.name) and not self._own_name(name, m.name)
            ],
        )
        if self._ambiguous(name):
            return name  # "Peral" of "Luis Peral" and "Marta Peral": `read` gives no one
        if forms:
            full = max(forms, key=lambda m: (len(m.name.split()), m.start < at, m.start)).name
            self.trail.append(("short form" if full != name else "name", full))
            return full
        story = self.shortened.get(name_key(name), [])
        if len(story) == 1:
            self.trail.append(("story's person", story[0]))
            return story[0]
        if (
            self.english
            and " " not in name
            and re.search(rf"(?<![\w-]){re.escape(name)},\s+\d{{1,3}}\b", self.text)
        ):
            return name  # "said Tom, 9,": a child or a private person named so, not Tom Ridley
        if " " not in name and is_given_name(name):
            # a first name alone ("dijo Jessica", common in translated news): the one
            # person of this text it opens
            named = Counter(m.name for m in self.full_names if m.name.split()[0] == name)
            ranked = named.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                # the one person of this text it opens, or of two or more the one the
                # text names most ("Héctor" of the Héctor Leal it names three times, not
                # of a Héctor Suárez named once in passing), as `_ambiguous` reads a surname
                self.trail.append(("first name", ranked[0][0]))
                return ranked[0][0]
        return name

    def _own_name(self, word: str, full: str) -> bool:
        """Whether a word that opens a longer name (and is no first name) is a name of its
        own: the body writes it alone before the longer name first appears ("Rumblr" three
        times before "Rumblr Explore", a firm before its product). The press gives a person
        the full name before it shortens it, so a person's first surname alone ("Osorio" of
        "Osorio Chong") comes after it, or in the first paragraph only."""
        words = full.split()
        if " " in word or len(words) < 2 or words[0] != word or is_given_name(word):
            return False
        first = min(m.start for m in self.full_names if m.name == full)
        lead = self.text.find("\n")
        return any(m.name == word and 0 <= lead < m.start < first for m in self.mentions)

    def _ambiguous(self, name: str) -> bool:
        """Whether a short form stands for two people of this text as much as for one
        ("Peral" when Luis Peral and Marta Peral are each named once): who is meant is not
        said, so no one is. The person the text names most is meant ("Aguilar" for the
        one it names three times, not a relative named once); a first name shortened is
        the same person ("Rafa Nadal", "Rafael Nadal")."""
        longer = {m.name for m in self.full_names if is_short_form(name, m.name)}
        people = {
            n
            for n in longer
            if not any(is_short_form(n, other) or _nicknamed(n, other) for other in longer)
        }
        if len(people) < 2:
            return False
        counts = sorted(
            (sum(m.name == n or is_short_form(m.name, n) for m in self.full_names) for n in people),
            reverse=True,
        )
        return counts[0] == counts[1]

    @_evidence("title")
    def _described(
        self,
        description: Description,
        at: int,
        index: int,
        lo: int,
        fallback: bool = True,
        also: bool = False,
        head: str | None = None,
    ) -> str | None:
        """The one person a title fits ("el mandatario ruso"), among those this text
        introduced before the quote and those of the story, what is known of each from
        both; a fit by country beats one by role alone, and this text's people beat the
        story's. Two people fitting as well is no answer. A title without a country may
        also be the previous sentence's subject, unless their known title contradicts it
        (`also`: the description says it adds a title, "la también periodista"; "el
        experto" contradicts no title of the one just quoted: it names them as a source) or
        their gender does. `head`: the title as written, the answer when no one named fits it
        (the press quoting someone it never names: "confesó el alcalde" is "alcalde")."""
        profiles = self._profiles(at)
        ranked: dict[tuple[int, bool], list[str]] = {}
        for name, (known, here) in profiles.items():
            score = fit(description, known)
            if score:
                ranked.setdefault((score, here), []).append(name)
        if ranked:
            fitting = ranked[max(ranked)]
            return fitting[0] if len(fitting) == 1 else None
        if HOLDER in description.roles and description.areas and fallback:
            # no one introduced with that area: the one just spoken of, when no area of
            # theirs says otherwise ("el titular de la Conadic"), else someone the text
            # does not name ("el responsable de la planta", after a minister of Health)
            subject = self._previous_subject(at, index, lo)
            if subject and not profiles.get(subject, (UNKNOWN, False))[0].areas:
                return subject
            return _description(head, self.text[:at]) if head else None
        if description.countries or (description.of and not also) or not fallback:
            return None
        subject = self._previous_subject(at, index, lo)
        if subject is None:
            return self._unnamed(head, at)
        known = profiles[subject][0] if subject in profiles else UNKNOWN
        gender = given_name_gender(subject.split()[0]) if _is_person(subject) else None
        genders = known.genders or ({gender} if gender else set())
        if description.genders and genders and not genders & description.genders:
            if description.roles & frozenset(EXPERTS):
                return None  # "la especialista" may name again a woman named otherwise
            return self._unnamed(head, at, description.genders)  # not the Andrés named before
        expert = bool(description.roles) and description.roles <= frozenset(EXPERTS)
        expert = expert and self.speakers[-1:] == [subject]
        if known.roles and not also and not expert:
            return None  # "el vocero" is not the singer named before; "la también periodista" is
        return subject  # "agregó el experto": the director just quoted, as a source

    @_evidence("title as written")
    def _unnamed(
        self, head: str | None, at: int, genders: frozenset[str] = frozenset()
    ) -> str | None:
        """A short title as written ("alcalde"), when the text names no person before it
        whom it could stand for, nor opens a sentence with a name ("Ri insistió …":
        a title after it may be Ri's): the press quoting someone it never names.
        `genders`: the title's, when it says one ("el alcalde"); a person named before
        whose first name is of the other gender cannot stand for it ("la concejala Raquel
        Ruiz" is not "el alcalde socialista")."""
        if not head or len(head.split()) > _MAX_UNNAMED_WORDS or self.known:
            return None
        if any(
            m.start < at
            and self._person_like(full := self._expand(m.name, m.start))
            and not (genders and given_name_gender(full.split()[0]) in {"m", "f"} - genders)
            for m in self.full_names
        ):
            return None
        openings = {
            offset + sentence.start + _lead(sentence.text)
            for (offset, _), sentences in zip(self.paragraphs, self.sentences, strict=True)
            for sentence in sentences
        }
        if any(
            m.start < at
            and m.start in openings
            and self.text.startswith(m.name, m.start)  # not "En Almazán": a place's
            and not _is_organisation(m.name)
            for m in self.mentions
        ):
            return None
        return _description(head, self.text[:at])

    @_evidence("spokesperson")
    @_evidence("someone's")
    def _someone_of(
        self, head: str, description: Description | None, at: int, index: int, lo: int
    ) -> str | None:
        """Who a possessed role or relative is ("dijo su abogado", "Su madre explicó",
        "his solicitor said"; `_possessed_person`): the one person named before whom the
        title fits ("Lo defiende el abogado X. … «…», dijo su abogado": X), else the
        description as written, never by default the person the possessive refers to:
        someone's lawyer, mother or circle is someone else. (A possessor of the same
        title, "el abogado X … dijo su abogado", is taken for the one who fits, as before.)"""
        if description is not None and (
            fitting := self._described(description, at, index, lo, fallback=False, head=head)
        ):
            return fitting
        return _description(head, self.text[:at])

    def _spokesperson(self, description: Description, head: str, at: int) -> str | None:
        """ "el portavoz de la compañía" when no one named so far is a spokesperson: an
        anonymous source kept as written, as the press quotes an organisation through a
        spokesperson it does not name (never the person named before, who would have been
        introduced as one)."""
        if _SPOKESPERSON not in description.roles or not _OF.search(head):
            return None
        if any(fit(description, known) for known, _ in self._profiles(at).values()):
            return None
        return _description(head, self.text[:at])

    def _profiles(self, at: int) -> dict[str, tuple[Description, bool]]:
        """Name -> (what is known of them, whether this text introduced them before `at`)."""
        profiles = {name: (known, False) for name, known in self.known.items()}
        for name, here in self.introduced(at).items():
            same = next((n for n in profiles if fold(n) == fold(name)), name)
            known = profiles.pop(same)[0].merge(here) if same in profiles else here
            profiles[same] = (known, True)
        return profiles
