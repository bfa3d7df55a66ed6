"""English names read by spaCy's English small pipeline when it is installed (the extra
`contrasta[english]`, `nlp.ENTITY_MODELS`): its `ner` only, OntoNotes' labels read as ours,
no parser; without it, English reads as before (tests/test_entity_conventions.py). Every
sentence here is invented."""

from __future__ import annotations

import pytest

from contrasta.crosscheck.parse import can_parse
from contrasta.reading import nlp
from contrasta.reading.entities import Reader, _regex_mentions, load_reader

MODEL = nlp.entity_model("en")
needs_model = pytest.mark.skipif(MODEL is None, reason="no English model installed")

TEXT = (
    "PORT ELLISON (AP) — Senator Marisol Trevane said on Tuesday that Harwick Logistics "
    "would pay $4 million to the town of Glenmoor. Trevane met officials of the Supreme Court "
    "and of Francia in March. Harwick Logistics's chief executive resigned on Monday."
)


def _labels(pipeline: nlp.Pipeline, text: str = TEXT) -> dict[str, str]:
    return {m.text: m.label for m in Reader(pipeline).mentions(text)}


@needs_model
def test_the_model_reads_names_only_and_says_so():
    pipeline = nlp.load_pipeline("en")
    assert pipeline.model.startswith(f"{MODEL} 3.") and pipeline.model.endswith(" + gazetteer")
    assert pipeline.typed and not pipeline.parses
    assert pipeline.nlp.pipe_names == ["entity_ruler", "ner"]  # no tagger, parser, lemmatizer
    assert not can_parse("en")  # claims' English is read by word shapes, as before
    with pytest.raises(ValueError, match="no parser"):
        pipeline.parsed(["A sentence."])


@needs_model
def test_names_typed_as_ours_and_no_dates_or_amounts():
    labels = _labels(nlp.load_pipeline("en"))
    assert labels["Marisol Trevane"] == "PER"
    assert labels["Harwick Logistics"] == "ORG"
    assert labels["Glenmoor"] == "LOC"
    assert not {"Tuesday", "Monday", "March", "$4 million", "4 million"} & set(labels)
    assert set(labels.values()) <= {"PER", "ORG", "LOC", "MISC"}


@needs_model
def test_a_possessive_is_no_part_of_the_name():
    labels = _labels(nlp.load_pipeline("en"))
    mentions = Reader(nlp.load_pipeline("en")).mentions(TEXT)
    assert [m.text for m in mentions if m.start >= TEXT.rindex("Harwick")] == ["Harwick Logistics"]
    assert not any(name.endswith(("'s", "’s")) for name in labels)


@needs_model
def test_listed_names_keep_the_gazetteers_type_and_add_no_move_to_the_model():
    pipeline = nlp.load_pipeline("en")
    moves = pipeline.nlp.get_pipe("ner").moves.n_moves
    labels = _labels(pipeline)
    assert labels["Supreme Court"] == "ORG"  # listed: Tribunal Supremo
    assert labels["Francia"] == "LOC"  # listed: a country
    # the ruler writes OntoNotes' labels (`nlp._RULER_LABELS`), which `ner` knows
    assert pipeline.nlp.get_pipe("ner").moves.n_moves == moves


def _read(text: str) -> dict[str, str]:
    return {m.text: m.label for m in load_reader("en").mentions(text)}


@needs_model
def test_english_conventions_still_outweigh_the_model():
    text = "The storm closed Jackson County roads, and harbour spokesman Dwayne Okafor said so."
    assert _read(text) == {"Jackson County": "LOC", "Dwayne Okafor": "PER"}
    # the model reads an outlet as a person's name; its noun says it is a body's
    text = "Send questions to Marrowby Gazette."
    assert _read(text) == {"Marrowby Gazette": "ORG"}
    # a first name opening it does not outweigh the model (a magazine, not a person)
    text = "Jessa Tolland, editor-in-chief of Halvard Monthly, said the issue would ship."
    assert _read(text) == {"Jessa Tolland": "PER", "Halvard Monthly": "ORG"}


@needs_model
def test_a_name_the_model_missed_is_read_when_a_convention_types_it():
    text = "Water reached Osler Creek Road overnight."
    spans = [ent.text for doc in nlp.load_pipeline("en").entities([text]) for ent in doc.ents]
    assert "Osler Creek Road" not in spans  # the model's miss
    assert _read(text) == {"Osler Creek Road": "LOC"}  # a place's noun ends it
    # what no convention types, the model left out stays out (no untyped MISC names)
    text = "By noon the Glimmerdown Pledge had six names."
    assert [m.text for m in _regex_mentions(text)] == ["Glimmerdown Pledge"]
    assert _read(text) == {}


def test_without_the_model_english_reads_as_before():
    """What a journalist without the package gets: the gazetteer and untyped names typed by
    press conventions, and the reader says so."""
    pipeline = nlp.load_pipeline("en", names_model=False)
    assert pipeline.model == "regex names + gazetteer (no model for en)"
    assert not pipeline.typed and not pipeline.parses
    assert pipeline.nlp.lang == "xx"
    labels = _labels(pipeline)
    assert labels["Marisol Trevane"] == "PER"  # a first name opens it
    assert labels["Supreme Court"] == "ORG"
    assert "Tuesday" not in labels


def test_a_hidden_package_is_no_model():
    assert nlp.entity_model("xx") is None
    assert nlp.entity_model("es") is None  # Spanish's model is a full pipeline (`MODELS`)
