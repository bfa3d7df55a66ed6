"""Copied text between articles, found with MinHash LSH (rensa) and confirmed exactly.

Two questions need two indexes. "Is this the same wire story again?" compares whole
articles: a republication keeps most of the text (3-gram Jaccard ≥ 0.5) even with a new
title, a changed word here and there and a line added at the end. "Which passages did
this article lift?" compares paragraphs of at least 25 words, because an article that
pastes two paragraphs into its own reporting shares too little of its whole text to show
up at the article level.

LSH only proposes candidates. Each candidate is confirmed on the exact shingle sets,
kept per article as one packed array of 32-bit hashes (4 bytes a shingle; two articles
of 450 shingles share a false 32-bit match once in 20,000 pairs), so a band collision
never becomes a link. 96 permutations in 32 bands of 3 rows make a pair a
candidate with probability 1 - (1 - J³)³²: 0.88 at J = 0.4 (the paragraph threshold),
0.986 at 0.5 (the article threshold), 0.9996 at 0.6, and 0.03 at J = 0.1. With 4 rows
(128 permutations) 13% of pairs at J = 0.5 would never be compared; with 2 rows every
same-topic pair sharing a few stock phrases would be.

The links depend on the indexed set, not on the order in which articles arrived (except
that indexing order breaks ties between equal or missing dates): confirmed pairs are
stored as edges, a wire text and its republications form one connected component, and
every copy points to the component's earliest article, so a copy of a copy points to the
original. A late-arriving original therefore re-points links made before it came.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import chain

from rensa import RMinHash, RMinHashLSH

from contrasta.dedup.links import ARTICLE, PARAGRAPHS, CopyLink, timeline_key
from contrasta.dedup.outlets import outlet_key
from contrasta.dedup.shingles import hash_shingles, paragraph_words, word_shingles
from contrasta.model import Article

__all__ = ["CopyLink", "DuplicateIndex", "find_copies"]

NUM_PERM = 96
BANDS = 32
SEED = 1
ARTICLE_THRESHOLD = 0.5
"""Exact 3-gram Jaccard from which two whole articles are one text republished.

A republication with a new title, one word in fifteen changed and an added line scores
about 0.7; in 163k pairs of real Spanish articles, 99.9% of unrelated pairs score below
0.012.
"""
ESTIMATE_FLOOR = 0.25
"""Candidates whose MinHash estimate is below this are not confirmed exactly: with 96
permutations a pair at the article threshold (J = 0.5) estimates below 0.25 (23 equal
values or fewer) once in six million pairs, and the estimate costs a fifth of an exact
comparison. In a busy window most LSH candidates share only stock phrases and stop here."""
PARAGRAPH_THRESHOLD = 0.4
"""Exact 3-gram Jaccard from which two paragraphs are one passage: a paragraph stays
above it with up to about one word in six changed."""
MIN_WORDS = 25
"""Shorter paragraphs (and articles) can coincide by formula ("El partido terminó…"),
so they are not evidence of copying on their own."""
CONTAINED = 0.8
"""Share of the shorter text's 3-grams found in the longer from which it is a copy cut
short (`DuplicateIndex.contained`). Real truncated scrapes that lost their paragraph breaks
hold 87-93% of their 3-grams in the original (Jaccard 0.33-0.43, under the article
threshold); unrelated articles of one real story reach 0.31, a piece pasting two of five
paragraphs of another about 0.4, and reworded variants of one article 0.58-0.68 (left to
the other tests)."""
MIN_SHARED_WORDS = 8
"""Inside a confirmed republication, paragraphs from this length on are listed as shared:
the article-level match already says the text was copied."""


@dataclass(slots=True)
class _Entry:
    id: str
    key: tuple[bool, datetime, int]
    outlet: str | None
    hashes: array  # 32-bit shingle hashes of every paragraph, one paragraph after another
    offsets: array  # paragraph i is hashes[offsets[i]:offsets[i + 1]]
    words: array  # words per paragraph
    long: tuple[int, ...]  # paragraphs long enough to be indexed on their own
    first_node: int  # paragraph-index key of long[0]; the others follow
    sketch: RMinHash | None = None  # of the whole text, when it is long enough
    parts: tuple[RMinHash, ...] = ()  # of the `long` paragraphs

    def paragraph(self, i: int) -> set[int]:
        return set(self.hashes[self.offsets[i] : self.offsets[i + 1]])


class _Components:
    """Union-find in which every component knows its earliest member.

    Most articles and paragraphs are never merged with anything, so only merged
    components keep a member list and their earliest member; a lone item is its own.
    """

    def __init__(self, key: Callable[[int], tuple]) -> None:
        self._key = key
        self._parent = array("L")
        self._members: dict[int, list[int]] = {}
        self._first: dict[int, int] = {}

    def add(self) -> int:
        item = len(self._parent)
        self._parent.append(item)
        return item

    def find(self, item: int) -> int:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def earliest(self, item: int) -> int:
        root = self.find(item)
        return self._first.get(root, root)

    def join(self, item: int, others: list[int]) -> list[int]:
        """Merge `item`'s component with those of `others`.

        Returns the members whose links may now be stale: those of every component whose
        earliest member changed or that merged with another one. A component that only
        gained `item` keeps its members' links as they were.
        """
        own = self.find(item)
        roots = [r for r in dict.fromkeys(self.find(o) for o in others) if r != own]
        if not roots:
            return []
        firsts = [self._first.get(r, r) for r in roots]
        first = min(self._first.get(own, own), *firsts, key=self._key)
        stale = []
        if len(roots) > 1 or first != firsts[0]:
            stale = [m for r in roots for m in self._members.get(r, (r,))]
        for r in roots:
            own = self._union(own, r)
        self._first[own] = first
        return stale

    def _union(self, a: int, b: int) -> int:
        kept, merged = self._members.pop(a, None) or [a], self._members.pop(b, None) or [b]
        if len(kept) < len(merged):
            a, b, kept, merged = b, a, merged, kept
        self._parent[b] = a
        kept.extend(merged)
        self._members[a] = kept
        self._first.pop(b, None)
        return a


def _minhash(tokens: list[str]) -> RMinHash:
    """One sketch, on this thread: `RMinHash.from_token_sets` gives the same digests but
    hands a single article to a thread pool, and costs 7x the CPU time."""
    sketch = RMinHash(NUM_PERM, SEED)
    sketch.update(tokens)
    return sketch


def _jaccard(a: set[int], b: set[int]) -> float:
    common = len(a & b)
    union = len(a) + len(b) - common
    return common / union if union else 0.0


class DuplicateIndex:
    """Online index: each new article is checked against everything indexed before it.

    `paragraphs=False` keeps only the whole-article level, 1.6× as fast and with a
    fifth of the memory, for corpus-wide wire deduplication where passages do not matter.
    """

    def __init__(self, *, paragraphs: bool = True) -> None:
        self._with_paragraphs = paragraphs
        self._article_lsh = RMinHashLSH(ARTICLE_THRESHOLD, NUM_PERM, BANDS)
        self._paragraph_lsh = RMinHashLSH(PARAGRAPH_THRESHOLD, NUM_PERM, BANDS)
        entries: list[_Entry] = []
        owner, paragraph = array("L"), array("L")
        self._entries = entries
        self._seqs: dict[str, int] = {}
        # Keys that close over the lists, not bound methods: an index holding itself in a
        # reference cycle waits for the cyclic garbage collector, and an index that is
        # replaced (see stories.group) should leave memory at once.
        self._clusters = _Components(lambda seq: entries[seq].key)
        self._passages = _Components(lambda node: (entries[owner[node]].key, paragraph[node]))
        self._node_owner = owner
        self._node_paragraph = paragraph
        self._similarities: dict[tuple[int, int], float] = {}
        self._shared: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
        self._sets: dict[int, set[int]] = {}
        self._links: dict[int, list[CopyLink]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._seqs

    def links(self) -> list[CopyLink]:
        """Every current link, copies in indexing order."""
        return [link for seq in sorted(self._links) for link in self._links[seq]]

    def add(self, article: Article, words: list[list[str]] | None = None) -> list[CopyLink]:
        """Index `article` and return the links that it created or changed.

        These are all current links of every article whose links changed: usually just
        the new article's own. An original indexed after its copies, or an article that
        joins two groups, re-points older links; each re-pointed article is returned with
        its complete new set of links, which replaces the one it had. `words`: the text's
        `paragraph_words`, when the caller has them already.
        """
        if article.id in self._seqs:
            raise ValueError(f"article {article.id!r} is already indexed")
        if words is None:
            words = paragraph_words(article.text)
        return self._index(self._sketch(article, words, len(self._entries)))

    def contained(self) -> list[CopyLink]:
        """ "article" links for copies cut short: the later of two articles not yet one text
        whose shorter one holds `CONTAINED` of its 3-grams in the other (a scrape that kept
        the first paragraphs and ran them into one has neither a paragraph nor the whole
        text in common). Every pair is compared exactly: for story-sized indexes."""
        links = []
        indexed = [seq for seq, entry in enumerate(self._entries) if entry.sketch is not None]
        for n, a in enumerate(indexed):
            for b in indexed[n + 1 :]:
                if self._clusters.find(a) == self._clusters.find(b):
                    continue
                mine, theirs = self._set(a), self._set(b)
                if len(mine & theirs) < CONTAINED * min(len(mine), len(theirs)):
                    continue
                copy, origin = sorted((a, b), key=lambda seq: self._entries[seq].key, reverse=True)
                links.append(
                    CopyLink(
                        self._entries[copy].id,
                        self._entries[origin].id,
                        ARTICLE,
                        round(self._similarity(copy, origin), 4),
                        self._shared_paragraphs(copy, origin),
                    )
                )
        self._sets.clear()
        return links

    def narrowed(self, ids: Iterable[str]) -> DuplicateIndex:
        """A new index holding only the articles `ids`, indexed in that order: the links of
        one built by adding those articles, from the shingles and sketches kept here, so no
        text is read again (a run keeps its index to the window's articles this way, and
        re-reading them was a sixth of deduplication at 10,000 articles)."""
        index = DuplicateIndex(paragraphs=self._with_paragraphs)
        for article_id in ids:
            entry = self._entries[self._seqs[article_id]]
            seq = len(index._entries)
            index._index(
                replace(entry, key=(*entry.key[:2], seq), first_node=len(index._node_owner))
            )
        return index

    def _index(self, entry: _Entry) -> list[CopyLink]:
        seq, whole, sketches = len(self._entries), entry.sketch, entry.parts
        self._entries.append(entry)
        self._seqs[entry.id] = seq
        self._clusters.add()
        affected = {seq}
        if whole is not None:
            found = [
                other
                for other in self._article_lsh.query(whole)
                if whole.jaccard(self._entries[other].sketch) >= ESTIMATE_FLOOR
                and self._similarity(seq, other) >= ARTICLE_THRESHOLD
            ]
            affected.update(self._clusters.join(seq, found))
            self._article_lsh.insert(seq, whole)
        for i, sketch in zip(entry.long, sketches, strict=True):
            node = self._passages.add()
            self._node_owner.append(seq)
            self._node_paragraph.append(i)
            found = self._matching_paragraphs(entry, entry.paragraph(i), sketch)
            stale = self._passages.join(node, found)
            affected.update(self._node_owner[n] for n in stale)
        for node, sketch in enumerate(sketches, start=entry.first_node):
            self._paragraph_lsh.insert(node, sketch)
        changed = []
        for copy in sorted(affected):
            links = self._derive(copy)
            if links != self._links.get(copy, []):
                self._links[copy] = links
                changed.extend(links)
        self._sets.clear()
        return changed

    def _sketch(self, article: Article, paragraphs: list[list[str]], seq: int) -> _Entry:
        """The article's stored entry, with its whole-text MinHash (None when too short)
        and the MinHashes of its long paragraphs."""
        shingled, words = word_shingles(paragraphs)
        hashed = hash_shingles(shingled)
        offsets = array("L", [0])
        for paragraph in hashed:
            offsets.append(offsets[-1] + len(paragraph))
        long = (
            tuple(i for i, n in enumerate(words) if n >= MIN_WORDS) if self._with_paragraphs else ()
        )
        token_sets = [shingled[i] for i in long]
        indexed = sum(words) >= MIN_WORDS
        if indexed:
            token_sets.insert(0, list(chain.from_iterable(shingled)))
        entry = _Entry(
            id=article.id,
            key=timeline_key(article.published, seq),
            outlet=outlet_key(article.outlet) if article.outlet else None,
            # The low halves of rensa's 64-bit hashes (on little-endian machines).
            hashes=array("I", array("Q", chain.from_iterable(hashed)).tobytes())[::2],
            offsets=offsets,
            words=array("L", words),
            long=long,
            first_node=len(self._node_owner),
        )
        sketches = [_minhash(tokens) for tokens in token_sets]
        if indexed:
            entry.sketch = sketches.pop(0)
        entry.parts = tuple(sketches)
        return entry

    def _matching_paragraphs(self, entry: _Entry, mine: set[int], sketch: RMinHash) -> list[int]:
        """Confirmed matches of one paragraph among other outlets' paragraphs.

        An outlet repeating its own paragraph (a standard closing line, background it
        reuses in every follow-up) is not copying anyone, and linking on it would merge
        that outlet's unrelated stories; nor is it when another outlet's copy of that
        paragraph joins the two into one passage group (see `_derive`).
        """
        found = []
        for node in self._paragraph_lsh.query(sketch):
            other = self._entries[self._node_owner[node]]
            if entry.outlet is not None and other.outlet == entry.outlet:
                continue
            theirs = other.paragraph(self._node_paragraph[node])
            if _jaccard(mine, theirs) >= PARAGRAPH_THRESHOLD:
                found.append(node)
        return found

    def _set(self, seq: int) -> set[int]:
        found = self._sets.get(seq)
        if found is None:
            found = self._sets[seq] = set(self._entries[seq].hashes)
        return found

    def _similarity(self, a: int, b: int) -> float:
        pair = (a, b) if a < b else (b, a)
        value = self._similarities.get(pair)
        if value is None:
            value = self._similarities[pair] = _jaccard(self._set(a), self._set(b))
        return value

    def _shared_paragraphs(self, copy: int, origin: int) -> tuple[tuple[int, int], ...]:
        """Best-matching origin paragraph for each copy paragraph of a republication."""
        pair = (copy, origin)
        if pair in self._shared:
            return self._shared[pair]
        mine, theirs = self._entries[copy], self._entries[origin]
        candidates = [
            (k, theirs.paragraph(k)) for k, n in enumerate(theirs.words) if n >= MIN_SHARED_WORDS
        ]
        pairs = []
        for i, n in enumerate(mine.words):
            if n < MIN_SHARED_WORDS or not candidates:
                continue
            paragraph = mine.paragraph(i)
            score, k = max((_jaccard(paragraph, s), -k) for k, s in candidates)
            if score >= PARAGRAPH_THRESHOLD:
                pairs.append((i, -k))
        self._shared[pair] = shared = tuple(pairs)
        return shared

    def _derive(self, copy: int) -> list[CopyLink]:
        """The links of one article, from the components it belongs to."""
        entry = self._entries[copy]
        links = []
        origin = self._clusters.earliest(copy)
        if origin != copy:
            links.append(
                CopyLink(
                    entry.id,
                    self._entries[origin].id,
                    ARTICLE,
                    round(self._similarity(copy, origin), 4),
                    self._shared_paragraphs(copy, origin),
                )
            )
        cluster = self._clusters.find(copy)
        passages: dict[int, list[tuple[int, int]]] = {}
        for node, i in enumerate(entry.long, start=entry.first_node):
            first = self._passages.earliest(node)
            source = self._node_owner[first]
            if (
                source != copy
                and self._clusters.find(source) != cluster
                and not (entry.outlet and self._entries[source].outlet == entry.outlet)
            ):
                passages.setdefault(source, []).append((i, self._node_paragraph[first]))
        for source in sorted(passages, key=lambda s: self._entries[s].key):
            links.append(
                CopyLink(
                    entry.id,
                    self._entries[source].id,
                    PARAGRAPHS,
                    round(self._similarity(copy, source), 4),
                    tuple(passages[source]),
                )
            )
        return links


def find_copies(articles: list[Article], *, paragraphs: bool = True) -> list[CopyLink]:
    """All copy links among `articles` (a story's), copies cut short included; ties between
    equal or missing dates go to list order."""
    index = DuplicateIndex(paragraphs=paragraphs)
    for article in articles:
        index.add(article)
    return index.links() + index.contained()
