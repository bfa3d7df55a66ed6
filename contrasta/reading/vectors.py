"""Sparse TF-IDF vectors as dicts: enough for hundreds of articles, with no dependency."""

from __future__ import annotations

import math
from collections import Counter


def tfidf(bags: list[Counter[str]]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors, sublinear term frequency, smoothed IDF."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    vectors = []
    for bag in bags:
        vec = {t: (1 + math.log(c)) * math.log((1 + n) / (1 + df[t])) for t, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product; equal to the cosine for the unit vectors tfidf() returns."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())
