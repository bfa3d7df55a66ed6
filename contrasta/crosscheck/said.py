"""Two outlets quoting the same words: do they agree on who said them, and how?

A quote is a checkable fact in itself. When two independent outlets carry the same words
but give them to different people, or one says they were spoken (an interview, a press
conference) and the other that they were written (a statement, a letter), at least one of
them is wrong, and an editor must know.
"""

from __future__ import annotations

import re

from contrasta.crosscheck.claims import Claim, Quoted, fold, said_anywhere
from contrasta.crosscheck.frames import SAME, actor_relation, predicate_relation, same_names
from contrasta.dates import MONTHS, WEEKDAYS
from contrasta.reading.names import names as names_in
from contrasta.reading.rarity import TOP_ZIPF, rarity
from contrasta.reading.roles import role_of
from contrasta.reading.tokens import STOPWORDS

# Fewer words than this in common is a phrase, not the same quote ("no vamos a firmar").
MIN_SHARED_WORDS = 5
WRITTEN = "escrito"
SPOKEN = "de palabra"
# How a statement was made, as news writes it; "mensaje" is left out (either).
_CHANNELS = {
    WRITTEN: (
        r"comunicado|carta|escrito|nota de prensa|en el texto|tuit|redes sociales|"
        r"red social|correo electronico|statement|letter|wrote|in a post"
    ),
    SPOKEN: (
        r"rueda de prensa|entrevista|declaraciones|periodistas|microfonos|discurso|"
        r"intervencion|comparecencia|en persona|cara a cara|durante (?:su|la) visita|"
        r"radiofonica|televisiva|press conference|interview|reporters|speech|in person|"
        r"face to face|during (?:his|her|the) visit"
    ),
}
_CHANNEL = {kind: re.compile(rf"\b(?:{words})\b") for kind, words in _CHANNELS.items()}
# The verbs that give a quote tell its channel too: a post ("tuiteó", "tweeted") is
# written, words told to someone ("told the Herald") spoken. Read only in the narrator's
# words beside a quote (`claims._occasion`), where the verb is the saying's.
_OCCASION = {
    WRITTEN: re.compile(rf"\b(?:{_CHANNELS[WRITTEN]}|tuite\w*|tweet\w*|posted|publico en)\b"),
    SPOKEN: re.compile(rf"\b(?:{_CHANNELS[SPOKEN]}|told)\b"),
}
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|^—[^—]*—")


def shingles(quote: Quoted) -> set[str]:
    """Runs of MIN_SHARED_WORDS words: two quotes sharing one carry the same words."""
    words = quote.words
    return {
        " ".join(words[i : i + MIN_SHARED_WORDS]) for i in range(len(words) - MIN_SHARED_WORDS + 1)
    }


def same_quote(a: Quoted, b: Quoted) -> bool:
    return bool(shingles(a) & shingles(b))


def one_statement(a: Quoted, b: Quoted) -> bool:
    """Two quotes that may be one statement told by two outlets: they share a run of words
    (`shingles`) that is more than an office with its complement ("el presidente de la
    República", "la ministra de Sanidad del"). Such a run names whom the words are about
    or who holds a post, not what was said: many people's words hold it (on a real run, a
    president's wife on her pride in him beside his own words on a broadcaster, both
    naming "el presidente de la República"; CLAIMS.md item 119)."""
    return any(not _office_run(run) for run in shingles(a) & shingles(b))


def _office_run(run: str) -> bool:
    """A run of words that, function words aside, is a post and at most one word more."""
    content = [w for w in run.split() if w not in STOPWORDS]
    return 0 < len(content) <= 2 and any(role_of(w) for w in content)


def same_person(a: str, b: str) -> bool:
    """ "Villalba" is "Óscar Villalba": a short form ends the full name. So does a given
    name with the first surname begin it: Spanish writes two surnames, and outlets often
    drop the second ("Óscar Villalba" is "Óscar Villalba Ruiz"); a given name alone does not
    (many people share one). A middle initial ("Ana M. Villalba") is left aside: one outlet
    writes it, another not."""
    x, y = _without_initials(fold(a).split()), _without_initials(fold(b).split())
    short, full = sorted((x, y), key=len)
    return full[-len(short) :] == short or (len(short) >= 2 and full[: len(short)] == short)


def _without_initials(words: list[str]) -> list[str]:
    kept = [w for w in words if len(w.rstrip(".")) > 1]
    return kept or words


def speaker_conflicts(a: Claim, b: Claim) -> list[tuple[Quoted, Quoted]]:
    """The same words given to two different people: each outlet names a person (a
    description, "el portavoz", "a source", may be that very person; a publication,
    "la revista Horizonte", is where the words were printed), neither sentence names the
    other outlet's speaker too (a sentence naming both, one answering the other,
    attributes the quote by its parse alone, which often picks the wrong one), and the
    words are one quote, not a phrase both used (`one_quote`)."""
    return [(x, y) for x, y in _two_speakers(a, b) if one_quote(x, y)]


def phrase_of_two(a: Claim, b: Claim) -> bool:
    """What `speaker_conflicts` would say but for `one_quote`: two people given words that
    share a phrase (`same_quote`) and are not one quote ("es una vergüenza que" opening
    two other statements). Neither a speaker conflict nor one statement confirmed."""
    return any(not one_quote(x, y) for x, y in _two_speakers(a, b))


def phrase_apart(a: Claim, b: Claim) -> bool:
    """The words the two claims quote alike are only a phrase of two sources: every two
    quotes sharing a run of words (`one_statement`) are not one quote (`one_quote`) and
    are given to two speakers, whoever each outlet says spoke (a description, "los
    autores del informe", counts here, unlike `_two_speakers`, which names two people for
    a conflict), not one person (`same_person`) nor a misspelt name (`_garbled`). A turn of
    phrase ("el desarrollo de una vacuna") in two long quotes of two sources is wording,
    not one statement: on a real run a report's authors' concern on vaccinated people and
    an official's plan for herd immunity, sharing those five words of 65, were shown
    confirmed (CLAIMS.md item 134). A quote whose speaker one side leaves unread may be
    the other's words reworded (a machine translation's "contra el odio" for "frente al
    odio"), and stays one statement."""
    shared = [(x, y) for x in a.quotes for y in b.quotes if one_statement(x, y)]
    return bool(shared) and all(
        x.speaker
        and y.speaker
        and not one_quote(x, y)
        and not same_person(x.speaker, y.speaker)
        and not _garbled(x.speaker, a.frame.lang, y.speaker, b.frame.lang)
        for x, y in shared
    )


def _two_speakers(a: Claim, b: Claim) -> list[tuple[Quoted, Quoted]]:
    """Quotes of the two claims sharing a phrase, given to two named people."""
    return [
        (x, y)
        for x in a.quotes
        for y in b.quotes
        if x.speaker
        and y.speaker
        and _a_person(x.speaker)
        and _a_person(y.speaker)
        and not same_person(x.speaker, y.speaker)
        and not _garbled(x.speaker, a.frame.lang, y.speaker, b.frame.lang)
        and not _names(a, y.speaker)
        and not _names(b, x.speaker)
        and not _publication(a, x.speaker)
        and not _publication(b, y.speaker)
        and same_quote(x, y)
    ]


def one_quote(a: Quoted, b: Quoted) -> bool:
    """Two quotes are one quote, not a set phrase two people used ("es una falta de
    respeto" opening two other statements): their shared runs of words (`shingles`) cover
    at least half of the shorter one's words."""
    shared = shingles(a) & shingles(b)
    if not shared:
        return False
    short = min((a.words, b.words), key=len)
    covered = set()
    for i in range(len(short) - MIN_SHARED_WORDS + 1):
        if " ".join(short[i : i + MIN_SHARED_WORDS]) in shared:
            covered.update(range(i, i + MIN_SHARED_WORDS))
    return 2 * len(covered) >= len(short)


def _a_person(speaker: str) -> bool:
    """A speaker written as a name: a capital first word that is no weekday or month (English
    capitalises those: "Thursday" taken as who said it)."""
    first = speaker.split()[0]
    return first[:1].isupper() and fold(first) not in WEEKDAYS and fold(first) not in MONTHS


def _names(claim: Claim, speaker: str) -> bool:
    """Whether the claim's sentence, outside its quotes, names this speaker (by surname)."""
    outside = fold(_QUOTED.sub(" ", claim.cited()[0]))
    last = fold(speaker.split()[-1])
    return re.search(rf"\b{re.escape(last)}\b", outside) is not None


# Nouns that present a publication or a broadcaster by its name ("la revista Horizonte").
_PUBLICATIONS = (
    r"revista|diario|periodico|semanario|agencia|cadena|canal|emisora|portal|programa|"
    r"magazine|newspaper|journal|network|channel"
)


def _publication(claim: Claim, speaker: str) -> bool:
    """The speaker is a publication the sentence names as such ("según la revista Horizonte"): a
    quote credited to where it was printed names no one who said it, so it gives no
    speaker to set against another outlet's."""
    first = re.escape(fold(speaker.split()[0]))
    return re.search(rf"\b(?:{_PUBLICATIONS})\s+{first}\b", fold(claim.cited()[0])) is not None


def _garbled(a: str, a_lang: str | None, b: str, b_lang: str | None) -> bool:
    """One speaker a single word never met in general text, the other a name whose last
    word is known and shares its initial ("el jefe Sutelga" / "Julián Sotelo", in a
    machine-translated copy): a misspelt name more likely than another person, so the
    two speakers of one quote are no conflict. With another initial ("Quimal") the
    unknown word may well be another person's name."""
    for (short, short_lang), (full, full_lang) in (
        ((a, a_lang), (b, b_lang)),
        ((b, b_lang), (a, a_lang)),
    ):
        word, last = short.split(), full.split()[-1]
        if (
            len(word) == 1
            and fold(word[0])[:1] == fold(last)[:1]
            and rarity(word[0].lower(), short_lang) >= TOP_ZIPF
            and rarity(last.lower(), full_lang) < TOP_ZIPF
        ):
            return True
    return False


def _written_or_spoken(text: str, patterns: dict[str, re.Pattern[str]]) -> str | None:
    """WRITTEN or SPOKEN when the words outside the text's quotes say only one of them."""
    outside = fold(_QUOTED.sub(" ", text))
    found = {kind for kind, pattern in patterns.items() if pattern.search(outside)}
    return found.pop() if len(found) == 1 else None


def channel(claim: Claim) -> str | None:
    """Whether the claim's sentence says the words were written or spoken (None: it does
    not say, or says both)."""
    return _written_or_spoken(claim.cited()[0], _CHANNEL)


def channel_of(stretch: str) -> str | None:
    """Whether the narrator's words beside a quote say it was written or spoken (None:
    they do not say, or say both); a post or a "told" counts here too (`_OCCASION`)."""
    return _written_or_spoken(stretch, _OCCASION)


def two_occasions(a: Claim, b: Claim) -> bool:
    """One person's words in both claims (quotes sharing a phrase, `one_statement`, given
    to one speaker on both sides) that the two articles say were said on two occasions:
    each writes the day the words were said and the days differ, or each says how and
    one says written, the other spoken. A speaker repeats a line (a rally one day,
    remarks two days later; a post and an interview): two statements, not one that two
    outlets confirm. On a real run a politician's words on one campaign, told to a
    newspaper on a Monday and posted on a network, and a president's on two days of one
    week, were shown confirmed (CLAIMS.md item 122)."""
    for x in a.quotes:
        for y in b.quotes:
            if not (x.speaker and y.speaker and same_person(x.speaker, y.speaker)):
                continue
            if not one_statement(x, y):
                continue
            if x.said_on and y.said_on and not x.said_on & y.said_on:
                return True
            if x.said_how and y.said_how and x.said_how != y.said_how:
                return True
    return False


def circumstance_conflict(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The same quote from the same speaker, written according to one outlet and spoken
    according to the other: (a's channel, b's channel)."""
    shared = [
        (x, y)
        for x in a.quotes
        for y in b.quotes
        if same_quote(x, y)
        and not (x.speaker and y.speaker and not same_person(x.speaker, y.speaker))
    ]
    if not shared:
        return None
    mine, theirs = channel(a), channel(b)
    return (mine, theirs) if mine and theirs and mine != theirs else None


def manner_conflict(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One fact (the same actor, the same predicate) done in person according to one
    outlet and in writing according to the other ("prometió durante la visita" / "en una
    carta"): (a's channel, b's channel)."""
    if predicate_relation(a.frame, b.frame) != SAME or actor_relation(a.frame, b.frame) != SAME:
        return None
    mine, theirs = channel(a), channel(b)
    return (mine, theirs) if mine and theirs and mine != theirs else None


def content_conflict(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The same speaker calling one thing by two incompatible names ("fue un intento de
    asesinato", said Edith; "era un intento de robo", said Edith Barrios): the same
    predicate noun of another thing, by someone both claims name as its source:
    (a's attribute, b's attribute)."""
    x, y = a.frame, b.frame
    if not x.attribute or not y.attribute or x.attribute == y.attribute:
        return None
    if x.predicate != y.predicate or not same_names(_speakers(a), _speakers(b)):
        return None
    return x.attribute, y.attribute


def two_sources(a: Claim, b: Claim) -> bool:
    """Two reported statements of two people: each claim reports what someone said
    (`Claim.attribution` on one side at least), each names its source as a person
    (`_speakers`), and no source of one is a source of the other. Two people saying one
    thing are two statements, each its speaker's, not one fact two outlets confirm: on a
    real run a singer and a club's president, each on his own occasion, denying one
    plagiarism (CLAIMS.md item 117). A source left unnamed on either side may be the
    other's, and is left to the frames."""
    if not a.attribution and not b.attribution:
        return False
    mine = [n for n in _speakers(a) if _a_person(n)]
    theirs = [n for n in _speakers(b) if _a_person(n)]
    return bool(mine and theirs) and not any(same_person(m, t) for m in mine for t in theirs)


def _speakers(claim: Claim) -> tuple[str, ...]:
    """Names the claim gives as its source: its quotes' speakers, and, when its sentence
    reports what was said, the names it writes outside quotes ("Edith Barrios, hermana de
    «La Hiena», dijo a la radio que..."), where an attribution read from a cue may stop
    short of the name or miss it."""
    found = [q.speaker for q in claim.quotes if q.speaker]
    outside = _QUOTED.sub(" ", claim.cited()[0])
    if claim.attribution or said_anywhere().search(fold(outside)):
        found += names_in(outside)
    return tuple(found)
