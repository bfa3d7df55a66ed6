"""A bare plural description given as the speaker that names again people or a body the
text named before it ("los artistas" after "los artistas Ana Ruiz y Eva Gil", "los
periodistas" of a magazine, "los socialistas" of a party): resolved to the people where
the text wrote the same noun with their names, withheld where the noun is the members of
a body named before, since the annotation (and a reader) wants the body, not its
members. A plural that brings a group in by that noun alone ("los manifestantes",
"fuentes", "los investigadores") is kept: it names no one else. bench/real/README.md
item 144."""

from __future__ import annotations

import re
from dataclasses import replace

from contrasta.reading.quotes.quote import Quote
from contrasta.reading.quotes.words import _ACRONYM, _OUTLETS

# The staff of an outlet, who speak for it: where the text named a medium, the outlet
# said it ("una revista reveló…; los periodistas mencionaron").
_PRESS_PLURALS = frozenset("periodistas reporteros redactores corresponsales".split())
# Words for a newsroom that are no outlet noun: "el equipo de informativos de la CNN".
_NEWSROOM = frozenset("informativos redacción".split())
# The members of a party called by its creed, who speak for it where a party is named.
_PARTY_MEMBERS = frozenset(
    """
    socialistas populares comunistas conservadores laboristas liberales republicanos
    demócratas peronistas independentistas ecologistas
    """.split()
)
# A party named: its noun, or a name in capitals ("el PSOE", "el PRN").
_PARTY = re.compile(rf"\b(?:[Pp]artidos?|{_ACRONYM.pattern})\b")
# One name: two to four capitalised words.
_NAME = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñü]+){1,3}"


def _named_group(quote: Quote, text: str) -> Quote:
    """`quote` with a bare plural speaker resolved to the people the text named by the
    same noun before it, or with no speaker where the noun is the members of an outlet or
    a party the text named before it; else as it is."""
    speaker = quote.speaker
    if not speaker or " " in speaker or not speaker[:1].islower() or not speaker.endswith("s"):
        return quote
    before = text[: quote.start]
    names = _apposed_names(speaker, before)
    if names:
        return replace(quote, speaker=names, how=f"{quote.how} > named with the noun before")
    words = set(re.findall(r"\w+", before.lower()))
    if (speaker in _PRESS_PLURALS and words & (_OUTLETS | _NEWSROOM)) or (
        speaker in _PARTY_MEMBERS and _PARTY.search(_last_paragraphs(before))
    ):
        return replace(quote, speaker=None, how=None)
    return quote


def _last_paragraphs(before: str) -> str:
    """The text of the paragraph a quote is in and the one before it, up to the quote: a
    party is the one a plural of its members names again only if named shortly before."""
    return before[before.rfind("\n\n", 0, max(0, before.rfind("\n\n"))) + 1 :]


def _apposed_names(noun: str, before: str) -> str | None:
    """The people the text named right after the same plural noun, joined by "y" ("Los
    artistas gallegos Ana Ruiz y Eva Gil" -> "Ana Ruiz y Eva Gil"); None when it never did,
    or did so for other people too (no one alone is meant)."""
    found = {
        match.group(1)
        for match in re.finditer(
            rf"\b[Ll][oa]s {re.escape(noun)}(?: [a-záéíóúñ]+)? ({_NAME} y {_NAME})\b", before
        )
    }
    return found.pop() if len(found) == 1 else None
