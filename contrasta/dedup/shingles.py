"""Word shingles: the sets whose overlap says that one text was copied from another.

Shingling runs in Python on every article and is the slowest step of deduplication, so
each choice here was measured (one core, ~420-word articles):

- Case and accents are folded away: aggregators and scrapers often drop accents (or the
  whole text arrives as ASCII), and a copy must not look new because of it. Chained
  `str.replace` costs nothing measurable next to tokenising; `str.translate` made the
  step 3× slower, and NFKD plus an ASCII encode would erase non-Latin scripts.
- Words are `\\w+` runs, so punctuation, quotes and dashes vanish and numbers stay: a
  copied sentence with a changed figure is still mostly the same sentence.
- Shingles are word 3-grams, for articles and paragraphs alike, so one pass serves both
  levels. On 572 real Spanish articles (163k pairs) unrelated texts share almost no
  3-grams (mean Jaccard 0.001, 99.9th percentile 0.012), so 5-grams would gain nothing:
  they are 40% slower to join and score real partial copies lower (0.40 becomes 0.29).
- Shingle strings are hashed by rensa itself (`RMinHash.hash_token_sets`): its 64-bit
  hashes are the very values its MinHash consumes, and unlike Python's `hash()` they are
  the same in every process, so sketches can be made under a process pool or kept.
"""

from __future__ import annotations

import re

from rensa import RMinHash

SHINGLE_WORDS = 3

_FOLDS = tuple(
    (accented, plain)
    for plain, accents in (
        ("a", "áàâäã"),
        ("e", "éèêë"),
        ("i", "íìîï"),
        ("o", "óòôöõ"),
        ("u", "úùûü"),
        ("n", "ñ"),
        ("c", "ç"),
    )
    for accented in accents
)
WORD = re.compile(r"\w+")
"""A word, as every reading of an article's words here counts them."""


def fold(text: str) -> str:
    """Lower-case and strip the accents of Latin scripts; line breaks are left in place."""
    return _strip_accents(text.lower())


def _strip_accents(text: str) -> str:
    for accented, plain in _FOLDS:
        text = text.replace(accented, plain)
    return text


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def shingles(tokens: list[str]) -> list[str]:
    """Word 3-grams; a text too short for one still gets a single shingle of its words."""
    if len(tokens) < SHINGLE_WORDS:
        return [" ".join(tokens)] if tokens else []
    return list(map(" ".join, zip(tokens, tokens[1:], tokens[2:], strict=False)))


def paragraph_words(text: str) -> list[list[str]]:
    """The words of each non-blank paragraph, indexed like `Article.paragraphs`, lower-cased
    with their accents: grouping weighs them as they are (reading.vectors) and copy
    detection folds them (`word_shingles`), so an article is tokenised once for both.

    Lower-casing never turns a blank paragraph into a non-blank one or the reverse, so the
    indexes match the paragraphs as written.
    """
    return [WORD.findall(paragraph) for paragraph in lowered_paragraphs(text)]


def lowered_paragraphs(text: str) -> list[str]:
    """The non-blank paragraphs `paragraph_words` reads, lower-cased: whatever is read word
    by word beside it (`stories.passages`' quoted words) stays aligned with its words."""
    return [paragraph for paragraph in text.lower().split("\n\n") if paragraph.strip()]


def paragraph_shingles(text: str) -> tuple[list[list[str]], list[int]]:
    """Shingles and word counts of each paragraph, indexed like `Article.paragraphs`."""
    return word_shingles(paragraph_words(text))


def word_shingles(paragraphs: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """Shingles and word counts of each paragraph of `paragraph_words`.

    The words of the folded text are the folded words: folding maps word characters to
    word characters one for one, so it moves no word boundary. They are folded in one
    string, words a space apart and paragraphs a line apart (no word holds either).
    """
    if not paragraphs:
        return [], []
    folded = _strip_accents("\n".join(" ".join(words) for words in paragraphs)).split("\n")
    shingled = [shingles(line.split(" ")) if line else [] for line in folded]
    return shingled, [len(words) for words in paragraphs]


def hash_shingles(token_sets: list[list[str]]) -> list[list[int]]:
    """rensa's own 64-bit hashes of each shingle, one list per input list."""
    return RMinHash.hash_token_sets(token_sets)
