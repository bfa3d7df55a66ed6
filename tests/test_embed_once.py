"""`embed.embed_once`: copies of one text in a story are embedded once, rows as asked."""

from __future__ import annotations

import numpy as np

from contrasta.embed import embed_once


class LengthEmbedder:
    """Rows from each text's length and first letter, recording what it was asked."""

    key = name = "lengths"
    dim = 2

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.asked.append(list(texts))
        return np.array([[len(t), ord(t[0])] for t in texts], dtype=np.float32)


def test_each_distinct_text_is_embedded_once_in_first_seen_order():
    embedder = LengthEmbedder()
    texts = ["El puerto cerró.", "Dos barcos.", "El puerto cerró.", "Tres grúas paradas."]
    found = embed_once(embedder, texts)
    assert embedder.asked == [["El puerto cerró.", "Dos barcos.", "Tres grúas paradas."]]
    np.testing.assert_array_equal(found, LengthEmbedder().embed(texts))


def test_distinct_texts_are_embedded_as_given():
    embedder = LengthEmbedder()
    texts = ["Una frase.", "Otra más larga."]
    np.testing.assert_array_equal(embed_once(embedder, texts), embedder.embed(texts))
    assert embedder.asked == [texts, texts]
