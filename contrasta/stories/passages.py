"""Passages two articles share word for word: left out of the word evidence that they tell
one event.

Text a site repeats around its articles is copied word for word between articles of
different events: a sign-up wall standing where the text should be, a press release's
template and contact footer, a series' standing introduction, a listings page's fixed
lines. Rewrites of one event by different outlets share words, rarely runs of them; a whole
text republished is a copy, and joins its origin's story before any word is weighed
(`stories.group._CopyFinder`). So the word cosine of an article with a story member is read
on the words outside the runs of PASSAGE or more words both texts hold (title and text, in
order), and never counts for more than the plain cosine.

Measured on the rated SemEval dev pairs (bench/calibrate.py, 15 shufflings, the model
refitted in every fold): same-event precision / recall 0.891 / 0.818 -> 0.901 / 0.823,
Pearson es-es 0.806 -> 0.821, en-en 0.838 -> 0.861 (es-en and es-it unchanged: across
languages no run is shared). The pairs it parts: two pages that are one site's sign-up
form under different headlines (their word cosine 0.825 -> 0), and a listings page beside
an offer of one company, both from one site (0.448 -> 0.194); a press release's market
report beside another's (its template and contact footer, 0.513 -> 0.283) drops but stays
joined. Of 6, 10 and 12 words: 0.900 / 0.811, 0.894 / 0.824 and 0.894 / 0.824 (the text
alone, titles kept whole). In a run it moves five stories the cross-check's annotations
were read on, and refitted it moves hundreds of article pairs: measured, not kept
(bench/real/README.md item 147).
"""

from __future__ import annotations

from itertools import chain
from typing import TYPE_CHECKING

from contrasta.dedup.shingles import paragraph_words
from contrasta.reading.vectors import cosine, term_vector

if TYPE_CHECKING:
    from contrasta.stories.online import Item

PASSAGE = 8
"""Words in a row from which a run two texts share is a copied passage, not wording that
happens to agree (a name and its title, a date with its weekday, run under eight)."""


def words(item: Item) -> list[str]:
    """The words the item's word vector was made of (`group.item_of`), in order."""
    title, text = item.body
    return list(chain.from_iterable(paragraph_words(title) + paragraph_words(text)))


def runs(item: Item) -> frozenset[int]:
    """The item's runs of PASSAGE words, hashed; kept on the item once read."""
    if item.runs is None:
        said = words(item)
        item.runs = frozenset(
            hash(tuple(said[i : i + PASSAGE])) for i in range(len(said) - PASSAGE + 1)
        )
    return item.runs


def _outside(said: list[str], shared: frozenset[int]) -> list[str]:
    kept = [True] * len(said)
    for i in range(len(said) - PASSAGE + 1):
        if hash(tuple(said[i : i + PASSAGE])) in shared:
            kept[i : i + PASSAGE] = [False] * PASSAGE
    return [word for word, keep in zip(said, kept, strict=True) if keep]


def _headline_in(item: Item, other: list[str]) -> bool:
    """Whether `other` holds the item's own headline word for word (one its source gave,
    not the opening of its text taken for one)."""
    headline = " ".join(chain.from_iterable(paragraph_words(item.body[0])))
    return item.titled and bool(headline) and f" {headline} " in f" {' '.join(other)} "


def lost(first: Item, second: Item) -> float:
    """How much of the word cosine of the two items their shared passages make: the plain
    cosine less the cosine of their words outside them (0 when they share none, or when
    one holds the other's headline: a story copied, in part or whole, with its headline)."""
    shared = runs(first) & runs(second)
    if not shared:
        return 0.0
    said = words(first), words(second)
    if _headline_in(first, said[1]) or _headline_in(second, said[0]):
        return 0.0
    plain = cosine(first.terms, second.terms)
    rest = cosine(
        term_vector(_outside(said[0], shared), first.lang),
        term_vector(_outside(said[1], shared), second.lang),
    )
    return max(0.0, plain - rest)
