"""A blank pipeline's tokenizer that takes in its special cases as texts need them.

spaCy's Indonesian tokenizer has 15,963 special cases (15,614 of them reduplicated words,
"abu-abu"), and building it cost ~1.4 CPU s, every process that meets one Indonesian text
(2 of the 2,470 texts of bench/realcorpus.py): each case makes its lexemes through spaCy's
Python attribute getters, and each holding an affix is tokenised into the special-case
matcher. A special case can change a text's tokens only where its string is written:
spaCy looks it up for a run of the text (the whole case's string) or matches its tokens
in sequence (the string's characters, the spaces between tokens left out). So a text's
tokens are the same with only the cases whose string, all whitespace taken out, is in the
text with all whitespace taken out (a string written in the text is so too), and the
cases are added before each text as they are first needed. Finding them has a cost per
text (a look-up per case, or per short stretch of a short text), so once texts have cost
about `BUDGET` times the cases' number of look-ups the rest are added at once: a process
reading many such texts pays the build once, as before, plus that bounded search.
"""

from __future__ import annotations

from functools import cache

LAZY_FROM = 2_000
"""Special cases from which a blank tokenizer takes them in as texts need them; below it
(the multi-language one has 176, Italian 242, Russian 656) building them costs ~0.05 s."""
BUDGET = 16
"""Look-ups, in multiples of the number of special cases, after which the rest are added
at once (~16 texts of a few thousand characters)."""
_NAME = "contrasta.lazy_rules_tokenizer.v1"


@cache
def registered() -> str:
    """Registers the tokenizer with spaCy (once per process) and returns its name: spaCy's
    own `spacy.Tokenizer.v1` (`create_tokenizer`) with the special cases held back."""
    import spacy
    from spacy import util
    from spacy.tokenizer import Tokenizer

    class LazyRules(Tokenizer):
        """spaCy's tokenizer whose special cases are added when a text first needs them."""

        def __init__(self, vocab, rules: dict, **settings) -> None:
            super().__init__(vocab, **settings)
            self.held: dict[str, list[str]] = {}  # a case's string, spaces out: its strings
            for string in rules:
                self.held.setdefault("".join(string.split()), []).append(string)
            self.rules_held = dict(rules)
            self.longest = max(map(len, self.held), default=0)
            self.allowed = BUDGET * len(self.held)
            self._take([self.held.pop("")] if "" in self.held else [])

        def __call__(self, string: str):
            if self.held:
                self._take(self._needed(string))
            return super().__call__(string)

        def _needed(self, string: str) -> list[list[str]]:
            squeezed = "".join(string.split())
            stretches = len(squeezed) * min(len(squeezed), self.longest)
            self.allowed -= min(stretches, len(self.held))
            if self.allowed < 0:
                found = list(self.held.values())
                self.held.clear()
                return found
            if stretches < len(self.held):
                found = {
                    squeezed[start:end]
                    for start in range(len(squeezed))
                    for end in range(start + 1, min(start + self.longest, len(squeezed)) + 1)
                }
                keys = found.intersection(self.held)
            else:
                keys = [key for key in self.held if key in squeezed]
            return [self.held.pop(key) for key in keys]

        def _take(self, found: list[list[str]]) -> None:
            for strings in found:
                for string in strings:
                    self.add_special_case(string, self.rules_held.pop(string))

    @spacy.registry.tokenizers(_NAME)
    def create():
        def factory(nlp):
            defaults = nlp.Defaults
            rules = defaults.tokenizer_exceptions or {}
            prefixes, suffixes, infixes = defaults.prefixes, defaults.suffixes, defaults.infixes
            settings = {
                "prefix_search": util.compile_prefix_regex(prefixes).search if prefixes else None,
                "suffix_search": util.compile_suffix_regex(suffixes).search if suffixes else None,
                "infix_finditer": util.compile_infix_regex(infixes).finditer if infixes else None,
                "token_match": defaults.token_match,
                "url_match": defaults.url_match,
            }
            if len(rules) < LAZY_FROM:
                return Tokenizer(nlp.vocab, rules=rules, **settings)
            return LazyRules(nlp.vocab, rules, **settings)

        return factory

    return _NAME
