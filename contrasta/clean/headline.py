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

from contrasta.clean.repeats import is_repeated_title, normalise
from contrasta.clean.rules import POSITION, Rule

ABOVE_HEADLINE = Rule(
    id="above-headline",
    description=(
        "Short line printed above the headline (section name, masthead, breadcrumb): page "
        "furniture, not article text."
    ),
    patterns=(),
    action=POSITION,
)

WINDOW = 6
"""Lines left after cleaning that are looked at; a headline sits above the lead."""
MIN_CHARS, MAX_CHARS = 20, 250
MIN_WORDS, MAX_WORDS = 3, 40
BODY_CHARS = 250
"""A longer line, or one ending a sentence and longer than a headline, opens the body."""

SENTENCE_END = (".", "!", "?", "…", "»", "”", '"')
"""How a line of text ends; a headline may end so too, but furniture does not."""
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


def choose(lines: list[str], captions: set[int]) -> int | None:
    """Index in `lines` (the text left after cleaning, in order) of the headline, or None;
    `captions` are the indexes of lines that may be photo captions (a credit follows them).

    A copy may carry the outlet's name ("Titular | El Diario"): the headline is the line
    the others copy, not the copy.
    """
    top: list[int] = []
    sentence = WINDOW
    for index, line in enumerate(lines[:WINDOW]):
        if opens_body(line):
            break
        top.append(index)
        if line.endswith(SENTENCE_END):
            sentence = min(sentence, index)
    shaped = [i for i in top if headline_shaped(lines[i])]
    for index in shaped:
        key = normalise(lines[index])
        if any(other != index and is_repeated_title(lines[other], key) for other in top):
            return index
    # A line with no credit near it is preferred, but not from below a sentence of text.
    plain = [i for i in shaped if i not in captions and i < sentence]
    return plain[0] if plain else shaped[0] if shaped else None
