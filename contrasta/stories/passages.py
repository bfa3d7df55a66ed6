"""Passages two articles share word for word: left out of the word evidence that they tell
one event where they read as a template.

Text a site repeats around its articles is copied word for word between articles of
different events: a sign-up wall standing where the text should be, a press release's
template and contact footer, a series' standing introduction, a listings page's fixed
lines. Rewrites of one event by different outlets share words, rarely runs of them; a whole
text republished is a copy, and joins its origin's story before any word is weighed
(`stories.group._CopyFinder`). So the word cosine of an article with a story member is read
on the words outside the runs of PASSAGE or more words both texts hold (title and text, in
order), and never counts for more than the plain cosine.

But in a run what two articles of one event share word for word is as often the event's
own words (bench/real/README.md item 148: with every shared run left out, five stories the
cross-check's annotations were read on moved). So a shared run counts as usual, no
template, when
- either text quotes it (a word of it inside quotation marks, `_QUOTED`): a statement both
  quote alike (two outlets quoting a company's statement, two items a first lady's
  remarks, a label's statement). Of the rated SemEval dev pairs whose texts share runs, the
  12 different-event ones hold at most 6% of their shared runs' words inside quotes, while
  8 of the 21 same-event ones quote from a quarter to all of theirs;
- the shared runs make under MIN_SHARE of either text: a sentence passed on from one text
  to another (two hoaxes sharing their claim's sentence), where a template is a block of
  its page (the rated template pairs: 15% to 93% of each text);
- they make MOST or more of one text and less of the other: one text passing on most of
  another's report under its own headline (a site carrying a newspaper's report on money
  withdrawn from two state companies), where a template makes a like share of both.

Measured (bench/real/README.md item 162): cross-validated on the rated pairs, each fold's
model fitted on the plain word cosine, as the shipped model.json was, and judging with this
rule (bench/calibrate.py --repeats 15 --fit-shared-runs none), same-event P/R 0.891/0.818
-> 0.905/0.818, Pearson es-es 0.806 -> 0.816, en-en 0.838 -> 0.859; in the run of
bench/realcorpus.py (--group-only) 0.911/0.806 -> 0.918/0.806, the annotated stories
unchanged. The exceptions change no rated pair's figure in cross-validation (every shared
run left out gives the same), only the run's stories.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, repeat
from operator import add, eq, lt, sub
from typing import TYPE_CHECKING

from contrasta.dedup.shingles import WORD, lowered_paragraphs
from contrasta.reading.vectors import TermVector, cosine, term_vector

if TYPE_CHECKING:
    from contrasta.stories.online import Item

PASSAGE = 8
"""Words in a row from which a run two texts share is a copied passage, not wording that
happens to agree (a name and its title, a date with its weekday, run under eight)."""

RULE = "template"
"""Which shared runs are left out: "template" (those `_template` reads as one), "all"
(item 148's rule) or "none" (the word cosine as it was before): bench options
(`--shared-runs` of bench/calibrate.py and bench/realcorpus.py) that measure them apart."""

_MARKS = '«“"'
_QUOTED = re.compile(r"«[^»\n]*»|“[^”\n]*”|\"[^\"\n]*\"")
"""A quoted stretch of one paragraph, its marks paired left to right: cheap, and enough to
tell a quoted statement from a template, which quotes nothing."""

KEPT = 8
"""Sets of shared runs an item keeps what it holds outside of (`Said.apart`): a template
shared with several members of a story, or with several articles weighed against one
member, is the same set each time; a few, so memory stays bounded."""


@dataclass
class Said:
    """An item's words as its word vector was made of them (`group.item_of`), in order,
    each run of PASSAGE words hashed by where it starts, and its headline's words and all
    its words joined: read once per item.

    `runs`: the runs that quote nothing (by RULE), read only once the item shares a run
    with another (`unquoted`: most never do, and finding the quotes is the costly part).
    `apart`: by a set of shared runs, the share of the words they cover and the word vector
    of the words outside them, once asked for (the last KEPT sets)."""

    words: list[str]
    hashes: list[int]
    every: frozenset[int]
    headline: str
    joined: str
    runs: frozenset[int] | None = None
    apart: dict[frozenset[int], Apart] = field(default_factory=dict)


@dataclass
class Apart:
    """What a set of shared runs leaves of one text: the share of its words they cover,
    where each of their occurrences starts, and the word vector of the words outside them,
    read when a template asks for it."""

    share: float
    starts: list[int]
    rest: TermVector | None = None


def said(item: Item) -> Said:
    """The item's `Said`, kept on the item once read."""
    if item.said is None:
        words, titled = item.words
        heading = words[:titled]
        # Each run's tuple of words, hashed as `hash(tuple(words[i : i + PASSAGE]))`.
        hashes = list(map(hash, zip(*(words[k:] for k in range(PASSAGE)), strict=False)))
        every = frozenset(hashes)
        item.said = Said(words, hashes, every, " ".join(heading), f" {' '.join(words)} ")
    return item.said


def unquoted(item: Item) -> frozenset[int]:
    """The item's `Said.runs`, read once."""
    text = said(item)
    if text.runs is None:
        quoted = _quoted(item) if RULE == "template" else []
        if quoted:
            # A run quotes nothing when the count of quoted words is the same at its ends.
            counts = [0, *accumulate(quoted)]
            text.runs = frozenset(compress(text.hashes, map(eq, counts[PASSAGE:], counts)))
        else:
            text.runs = text.every
    return text.runs


def _quoted(item: Item) -> list[bool]:
    """Per word of `Said.words`, whether it lies inside quotation marks (none when the
    text has no mark). A paragraph that quotes nothing takes its word count from `item_of`
    (`Item.sizes`), not read again: most paragraphs quote nothing (item 178)."""
    if not any(mark in part for part in item.body for mark in _MARKS):
        return []
    flags: list[bool] = []
    paragraphs = [paragraph for part in item.body for paragraph in lowered_paragraphs(part)]
    for paragraph, size in zip(paragraphs, item.sizes, strict=True):
        spans = [m.span() for m in _QUOTED.finditer(paragraph)]
        if not spans:
            flags += repeat(False, size)
            continue
        starts = [m.start() for m in WORD.finditer(paragraph)]
        inside = [False] * len(starts)
        for a, b in spans:
            lo, hi = bisect_right(starts, a), bisect_left(starts, b)
            inside[lo:hi] = repeat(True, hi - lo)
        flags += inside
    return flags


def _apart(text: Said, shared: frozenset[int]) -> Apart:
    """`Said.apart`'s entry for `shared` (one of the text's runs at least), read once."""
    entry = text.apart.get(shared)
    if entry is None:
        starts = list(compress(range(len(text.hashes)), map(shared.__contains__, text.hashes)))
        covered = sum(map(min, map(sub, starts[1:], starts), repeat(PASSAGE))) + PASSAGE
        outside = len(text.words) - covered
        if len(text.apart) >= KEPT:
            del text.apart[next(iter(text.apart))]
        entry = text.apart[shared] = Apart(1 - outside / len(text.words), starts)
    return entry


def _rest(item: Item, text: Said, shared: frozenset[int]) -> TermVector:
    """The word vector of the item's words outside the runs of `shared`."""
    entry = _apart(text, shared)
    if entry.rest is None:
        entry.rest = term_vector(chain.from_iterable(_outside(text.words, entry.starts)), item.lang)
    return entry.rest


def _outside(words: list[str], starts: list[int]) -> list[list[str]]:
    """The stretches of `words` no run starting at `starts` (in order) covers, in order.

    The runs' occurrences are all PASSAGE long, so where they overlap or touch they join,
    and a stretch lies only between a run's end and the next start beyond it: the gaps are
    found without a Python loop over the starts (a template's block of n words is n - 7 of
    them), where marking each run's words in a mask was one step per start. The words are
    the same and in the same order, so the rest's vector is the same floats (item 178)."""
    ends = list(map(add, starts, repeat(PASSAGE)))
    gaps = compress(zip(ends, starts[1:], strict=False), map(lt, ends, starts[1:]))
    return [words[: starts[0]], *(words[end:start] for end, start in gaps), words[ends[-1] :]]


def _headline_in(item: Item, text: Said, other: Said) -> bool:
    """Whether `other` holds the item's own headline (`text`'s) word for word (one its
    source gave, not the opening of its text taken for one)."""
    return item.titled and bool(text.headline) and f" {text.headline} " in other.joined


def lost(first: Item, second: Item) -> float:
    """How much of the word cosine of the two items their shared passages make: the plain
    cosine less the cosine of their words outside them (0 when they share none, when one
    holds the other's headline: a story copied, in part or whole, with its headline, or,
    by RULE "template", when the shared passages do not read as a template: `_template`)."""
    if RULE == "none":
        return 0.0
    texts = said(first), said(second)
    if texts[0].every.isdisjoint(texts[1].every):
        return 0.0
    # The headline first: it needs no quotes found, and a third of the pairs sharing runs
    # hold one's headline (the generated corpus of bench/clustering.py).
    if _headline_in(first, *texts) or _headline_in(second, *reversed(texts)):
        return 0.0
    shared = unquoted(first) & unquoted(second)
    if not shared:
        return 0.0
    if RULE == "template" and not _template(
        _apart(texts[0], shared).share, _apart(texts[1], shared).share
    ):
        return 0.0
    plain = cosine(first.terms, second.terms)
    rest = cosine(_rest(first, texts[0], shared), _rest(second, texts[1], shared))
    return max(0.0, plain - rest)


MIN_SHARE = 0.1
"""The share of each text's words the shared runs must make to read as a template."""
MOST = 0.5
"""From this share of one text, against less of the other, the one passes the other on."""


def _template(first: float, second: float) -> bool:
    """Whether shared passages making these shares of two texts' words read as a template."""
    low, high = sorted((first, second))
    if low < MIN_SHARE:
        return False
    return not (high >= MOST and low < MOST)
