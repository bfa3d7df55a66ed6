"""`align._greedy`'s `able`: a claim its pair test can never accept is left out of the
pairs beforehand, and the pass joins the very groups it joined asking about every pair."""

from __future__ import annotations

import numpy as np

from contrasta.crosscheck.align import _greedy


def test_leaving_out_claims_the_test_refuses_joins_the_same_groups():
    generator = np.random.default_rng(7)
    for _ in range(50):
        n = int(generator.integers(2, 14))
        score = generator.random((n, n)).astype(np.float32)
        score = (score + score.T) / 2
        reports = [f"a{k}" for k in generator.integers(0, 4, size=n)]
        able = generator.random(n) < 0.6
        asked = []

        def comparable(i: int, j: int, able=able, asked=asked) -> bool:
            asked.append((i, j))
            return bool(able[i] and able[j]) and (i + j) % 3 != 0

        def parted(left: list[int], right: list[int]) -> bool:
            return len(left) + len(right) > 4

        start = [[k] for k in range(n)]
        every = _greedy(score, reports, parted, 0.3, comparable, start)
        asked_every = len(asked)
        asked.clear()
        fewer = _greedy(score, reports, parted, 0.3, comparable, start, able.__getitem__)
        assert fewer == every
        assert all(able[i] and able[j] for i, j in asked)
        assert len(asked) <= asked_every
