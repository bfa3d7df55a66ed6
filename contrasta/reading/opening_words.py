"""The gazetteer ruler's token patterns tried only on docs holding a word one opens with.

The entity ruler (`nlp._ruler_patterns`) matches its open families ("Ministerio de ...",
"Universidad ...") with token patterns, five a label, each opening with one of the family's
head words; spaCy's matcher tries every pattern at every token of every doc, ~1.1 CPU s of
the real corpus's Spanish reading. A pattern can only match where its first token does, so
a doc holding none of the words the patterns open with (44% of the Spanish articles, nearly
every English one) has no token match: the ruler's match list is its phrase matches alone,
as before. The same entities (bench/same_readings.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


class OpeningWords:
    """A spaCy `Matcher` whose every pattern opens with `{"ORTH": {"IN": words}}`, called
    only on docs holding one of those words (their hashes `keys`); `[]` for the others.
    Everything else is the matcher's own."""

    def __init__(self, matcher, keys) -> None:
        self.matcher = matcher
        self.keys = keys

    def __call__(self, doc: Doc, *args, **kwargs):
        import numpy
        from spacy.attrs import ORTH

        if len(doc) and numpy.isin(doc.to_array(ORTH), self.keys).any():
            return self.matcher(doc, *args, **kwargs)
        return []

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key) -> bool:
        return key in self.matcher

    def __getattr__(self, name: str):
        return getattr(self.matcher, name)


def tried_where_opened(ruler) -> None:
    """The ruler's token matcher as `OpeningWords`, when each of its token patterns opens
    with a list of words in `ORTH` (else left as it is)."""
    import numpy

    words: set[str] = set()
    for patterns in ruler.token_patterns.values():
        for pattern in patterns:
            first = pattern[0] if pattern else {}
            values = first.get("ORTH", {}) if set(first) == {"ORTH"} else {}
            if not isinstance(values, dict) or set(values) != {"IN"}:
                return
            words.update(values["IN"])
    keys = numpy.array(sorted(ruler.nlp.vocab.strings.add(w) for w in words), dtype="uint64")
    ruler.matcher = OpeningWords(ruler.matcher, keys)
