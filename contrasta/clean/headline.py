"""Which line near the top of a scraped text is its headline.

The first line of a scraped file is often not the headline: it may be a leaning meter, a
masthead, a photo caption, a date or a byline. The cleaner removes those first; among the
lines left near the top, the headline is the first that is shaped like one: one sentence of
a few words, starting with a capital, without the full stop that ends captions and body
paragraphs, and not a breadcrumb. A line printed twice near the top (scrapers take the
headline from the page and again from the article block) is the headline whatever comes
before it. A line next to a photo credit may be the photo's caption, so it is taken only when
no other line qualifies (a credit can follow the headline, or be glued to it). When no line
qualifies the article has no headline line, and none is invented from a lead paragraph,
which stays in the text.
"""

from __future__ import annotations

import re

from contrasta.clean.repeats import normalise

WINDOW = 6
"""Lines left after cleaning that are looked at; a headline sits above the lead."""
MIN_CHARS, MAX_CHARS = 20, 250
MIN_WORDS, MAX_WORDS = 3, 40
BODY_CHARS = 250
"""A longer line, or one ending a sentence and longer than a headline, opens the body."""

_STARTS = re.compile(r"[¿¡«\"“‘'(]?[A-ZÁÉÍÓÚÑÜ0-9]")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]{1,3}\.|\.\.\.)$")
_SENTENCES = re.compile(r"[.!?…]\s+[¿¡«\"“]?[A-ZÁÉÍÓÚÑ]")
_CRUMBS = re.compile(r"[|>»/]")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?:^|\s)[a-záéíóúñü]{2,}")


def headline_shaped(line: str) -> bool:
    if not MIN_CHARS <= len(line) <= MAX_CHARS or not _STARTS.match(line):
        return False
    words = line.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if line.endswith(".") and not _ABBREVIATION_END.search(line):
        return False
    if len(_SENTENCES.findall(line)) > 1 or len(_CRUMBS.findall(line)) > 1:
        return False
    if _URL.search(line):
        return False
    # Sentence case has small words; a capitalised line needs enough words to be a sentence.
    return bool(_LOWER_WORD.search(line)) or (line.isupper() and len(words) >= 5)


def opens_body(line: str) -> bool:
    return len(line) > BODY_CHARS or (line.endswith(".") and len(line) > MAX_CHARS // 2)


def choose(lines: list[str], credited: set[int]) -> int | None:
    """Index in `lines` (the text left after cleaning, in order) of the headline, or None;
    `credited` are the indexes of lines with a photo credit glued to them or right after."""
    top: list[int] = []
    for index, line in enumerate(lines[:WINDOW]):
        if opens_body(line):
            break
        top.append(index)
    keys = [normalise(lines[i]) for i in top]
    shaped = [i for i in top if headline_shaped(lines[i])]
    repeated = [i for n, i in enumerate(top) if keys[n] and keys.count(keys[n]) > 1]
    for index in repeated:
        if index in shaped:
            return index
    plain = [i for i in shaped if i not in credited]
    return plain[0] if plain else shaped[0] if shaped else None
