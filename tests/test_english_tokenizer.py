"""English names are read with the multi-language tokenizer (`nlp.BLANK_TOKENIZER`) where no
English model is installed (`nlp.ENTITY_MODELS`): on real English news it must find what
spaCy's English tokenizer finds."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT
from contrasta.reading import nlp
from contrasta.reading.entities import Reader
from contrasta.reading.spacy_import import import_spacy

sys.path.insert(0, str(ROOT / "bench"))

from evaldata import SEMEVAL, missing, semeval_rows

TEXTS = 150  # distinct English texts of the pairs, in file order (372 were checked)


def _english_texts() -> list[str]:
    texts = [
        row[f"text{side}"] for row in semeval_rows() for side in "12" if row[f"lang{side}"] == "en"
    ]
    return list(dict.fromkeys(texts))[:TEXTS]


def test_english_mentions_are_those_of_the_english_tokenizer():
    if reason := missing(SEMEVAL):
        pytest.skip(reason)
    english = import_spacy().blank("en")
    ruler = english.add_pipe("entity_ruler", first=True, config={"validate": True})
    ruler.add_patterns(nlp._ruler_patterns(nlp.load_gazetteer()))
    shipped = nlp.load_pipeline("en", names_model=False)
    assert shipped.nlp.lang == "xx"
    texts = _english_texts()
    ours = list(Reader(shipped).read(texts))
    theirs = list(Reader(nlp.Pipeline(english, shipped.model, typed=False)).read(texts))
    assert sum(map(len, ours)) > 20 * TEXTS  # the names were read (3,199)
    assert ours == theirs
