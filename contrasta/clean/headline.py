"""Which line near the top of a scraped text is its headline.

The first line of a scraped file is often not the headline: it may be a leaning meter, a
masthead, a photo caption, a date or a byline. The cleaner removes those first; among the
lines left near the top, the headline is the first that is shaped like one: one sentence of
a few words, starting with a capital, not a breadcrumb, and short if it ends with a full
stop (as body paragraphs do; some sites end headlines with one). A line printed again near
the top, as is or with the outlet's name (scrapers take the headline from the page and again
from the article block), is the headline whatever comes before it. A line that may be a
photo's caption is taken only when no line above the text qualifies. When no line qualifies
the article has no headline line, and none is invented from a lead paragraph, which stays in
the text. Short lines left above the chosen headline are page furniture, and a line there
with a photo credit is the caption of a picture printed above it.
"""

from __future__ import annotations

import re

from contrasta.clean.repeats import OUTLET_SUFFIX, is_repeated_title, normalise
from contrasta.clean.rules import POSITION, Rule
from contrasta.i18n import N_

ABOVE_HEADLINE = Rule(
    id="above-headline",
    description=N_(
        "Short line printed above the headline (section name, masthead, breadcrumb): page "
        "furniture, not article text."
    ),
    patterns=(),
    action=POSITION,
)

WINDOW = 6
"""Lines left after cleaning that are looked at; a headline sits above the lead."""
MIN_CHARS, SHORT_CHARS, MAX_CHARS = 20, 12, 250
MIN_WORDS, MAX_WORDS = 3, 40
MAX_STOPPED = 150
"""Some sites end headlines with a full stop; a longer line that does is a sentence of text."""
BODY_CHARS = 250
"""A longer line, or one ending a sentence and longer than a headline, opens the body."""
NOT, WEAK, STRONG = 0, 1, 2
"""How much a line looks like a headline."""

FULL_STOP = (".", "।", "॥", "。", "۔")
"""A full stop, in the scripts that write it otherwise too (the Devanagari danda, the CJK
full stop, the Urdu one)."""
SENTENCE_END = (*FULL_STOP, "!", "?", "…", "»", "”", '"', "！", "？", "؟")
"""How a line of text ends; a headline may end so too, but furniture does not."""
_CAPITAL = re.compile(r"[¿¡«\"“‘'(]?[A-ZÁÉÍÓÚÑÜ0-9]")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]{1,3}\.|\.\.\.)$")
_SENTENCES = re.compile(r"[.!?…]\s+[¿¡«\"“]?[A-ZÁÉÍÓÚÑ]")
_CRUMBS = re.compile(r"\s[|>»/]\s")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?:^|\s)[a-záéíóúñü]{2,}")
_TITLE_CASE_WORD = re.compile(
    r"\b(?:Para|Con|Por|En|Que|Su|Sus|Tu|Tus|Un|Una|Al|Se|Es|Son|El|Sin|Sobre|Contra|Ante"
    r"|The|Of|In|To|For|With|On|Is|Are)\b"
)
"""Small words capitalised, as a headline printed in title case has them ("Los Cubos De
Caldo Son Veneno Para Tu Salud"); a menu of sections or a name ("De", "La") has none."""
_ONE_LETTER = re.compile(r"\s[aeouy]\s")
"""Spanish's one-letter words ("Llega Gulf a México", "Kim y Putin se reúnen en Hanoi"):
in a line of four words or more they mark running text as a longer small word does; a
section name ("Salud y Bienestar") is shorter."""


def shape(line: str) -> int:
    """STRONG for a headline as most sites print it: one sentence in sentence case, 20 to
    250 characters, no final full stop. WEAK for the rarer forms that other lines share (a
    short line, one in capitals or in title case, one ending with a full stop, one starting
    in lower case or with a symbol): a kicker, a masthead or a caption may look like that
    too."""
    words = line.split()
    if not SHORT_CHARS <= len(line) <= MAX_CHARS or not MIN_WORDS <= len(words) <= MAX_WORDS:
        return NOT
    if len(_SENTENCES.findall(line)) > 1 or len(_CRUMBS.findall(line)) > 1 or _URL.search(line):
        return NOT
    stopped = line.endswith(".") and not _ABBREVIATION_END.search(line)
    if stopped and len(line) > MAX_STOPPED:
        return NOT
    sentence_case = bool(_LOWER_WORD.search(line)) or (
        len(words) >= 4 and _ONE_LETTER.search(line) is not None
    )
    title_case = (
        not sentence_case
        and len(words) >= 4
        and all(not word[0].isalpha() or word[0].isupper() for word in words)
        and _TITLE_CASE_WORD.search(line) is not None
    )
    if not sentence_case and not line.isupper() and not title_case:
        return NOT
    if (
        stopped
        or title_case
        or len(line) < MIN_CHARS
        or not _CAPITAL.match(line)
        or (line.isupper() and len(words) < 5)
    ):
        return WEAK
    return STRONG


def headline_shaped(line: str) -> bool:
    return shape(line) > NOT


def opens_body(line: str) -> bool:
    return len(line) > BODY_CHARS or (line.endswith(FULL_STOP) and len(line) > MAX_CHARS // 2)


def _copies(line: str, headline: str) -> bool:
    """Whether `line` is a copy of `headline`; a sentence printed twice is a paragraph
    scraped twice, unless the copy carries the outlet's name."""
    key = normalise(headline)
    if not is_repeated_title(line, key):
        return False
    return not headline.endswith(".") or normalise(line) != key


def continued(line: str, following: str) -> bool:
    """Whether `line` runs on into the line right after it, which starts in lower case: a
    piece of a hand-wrapped paragraph ("La casa" / "de Andrés…"), not a line of its own."""
    return bool(following) and following[0].islower() and not line.endswith(SENTENCE_END)


_SLUG_WORD = re.compile(r"[a-z0-9]+")
_SLUG_ID = re.compile(r"^(?:n|id|a)?\d+$")
MIN_SLUG_WORDS = 3
SLUG_COVERS = 0.5
"""Share of a line's words its address's slug must spell, in order, for the line to be
the headline the slug was made from (slugs drop small words and cut long headlines)."""


def slug_words(url: str | None) -> tuple[str, ...]:
    """The words of a news address's slug (…/2026/01/12/piden-una-moratoria-n4821.html →
    piden una moratoria): the last path segment of three words or more, without its
    extension nor a trailing number."""
    if not url:
        return ()
    path = url.split("?", 1)[0].split("#", 1)[0]
    for segment in reversed(path.rstrip("/").split("/")[3:] if "://" in path else []):
        words = _SLUG_WORD.findall(normalise(segment.rsplit(".", 1)[0].replace("-", " ")))
        while words and _SLUG_ID.match(words[-1]):
            words.pop()
        if len(words) >= MIN_SLUG_WORDS:
            return tuple(words)
    return ()


def _covered(slug: tuple[str, ...], line: str) -> float:
    """Share of the line's words the slug spells in order; 0 below SLUG_COVERS."""
    words = normalise(line).split()
    remaining = iter(words)
    if not words or not all(word in remaining for word in slug):
        return 0.0
    share = len(slug) / len(words)
    return share if share >= SLUG_COVERS else 0.0


def choose(
    lines: list[str],
    captions: set[int],
    pieces: frozenset[int] = frozenset(),
    slug: tuple[str, ...] = (),
    glued: frozenset[int] = frozenset(),
) -> int | None:
    """Index in `lines` (the text left after cleaning, in order) of the headline, or None;
    `captions` are the indexes of lines that may be photo captions (a credit follows them),
    `pieces` those that run on into the next line (`continued`), not taken when a line of
    its own stands above them; `glued` those that were glued to a header line's end, which
    do not open the body however long they are.

    A line the page's address spells (`slug`) wins; then a line the page prints again with
    the outlet's name ("Titular | El Diario"), anywhere; then a line copied near the top
    (when the copies carry the outlet's name, the line they copy). Then
    the first strong headline above the text, the first weak one, and last a possible
    caption.
    """
    # The line the slug spells best (a copy with the outlet's name has words it lacks).
    spelt = [(-_covered(slug, line), i) for i, line in enumerate(lines[:WINDOW]) if slug]
    if spelt and (best := min(spelt))[0] < 0:
        return best[1]
    top: list[int] = []
    sentence = WINDOW
    for index, line in enumerate(lines[:WINDOW]):
        if opens_body(line) and index not in glued:
            break
        top.append(index)
        if line.endswith(SENTENCE_END) and not headline_shaped(line):
            sentence = min(sentence, index)
    shapes = {i: shape(lines[i]) for i in top}
    shaped = [i for i in top if shapes[i]]
    # The page's title ("Titular | El Diario") printed anywhere names the headline.
    titled = [normalise(line) for line in lines if OUTLET_SUFFIX.search(line)]
    for index in shaped:
        key = normalise(lines[index]) + " "
        if any(other.startswith(key) for other in titled):
            return index
    for index in shaped:
        if any(_copies(lines[other], lines[index]) for other in top if other != index):
            if not OUTLET_SUFFIX.search(lines[index]):
                return index
            key = normalise(lines[index])
            base = [i for i in shaped if key.startswith(normalise(lines[i]) + " ")]
            return base[0] if base else index
    plain = [i for i in shaped if i not in captions and i < sentence]
    # A hand-wrapped piece below a line of its own is the text's start, not its headline.
    wrapped = [i for i in plain if i in pieces]
    if wrapped and (above := [i for i in plain if i < wrapped[0]]):
        plain = above
    for tier in (STRONG, WEAK):
        first = next((i for i in plain if shapes[i] == tier), None)
        if first is not None:
            return first
    return shaped[0] if shaped else None
