"""bench/calibrate.py's fitting rules on made-up evidence (no text, no embedder)."""

from __future__ import annotations

import random
import sys
from dataclasses import replace

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from calibrate import Example, _threshold, fit
from pairs import Pair

from contrasta.stories.fitted import Evidence


def _examples(seed: int) -> list[Example]:
    """40 pairs in one language and 20 across languages, half of each the same event;
    across languages the words share next to nothing, the leads say little and the opening
    sentences (`Evidence.lead` is the lead's cosine, `embedding` its mean with theirs) more."""
    rng = random.Random(seed)
    out = []

    def add(langs: str, same: bool, lexical: float, embedding: float, lead=None) -> None:
        k = len(out)
        pair = Pair(f"p{k}", langs, f"a{k}", f"b{k}", 1.0 if same else 4.0)
        out.append(Example(pair, Evidence(lexical, langs != "es-es", embedding, lead=lead)))

    for i in range(40):
        same = i % 2 == 0
        lexical = rng.uniform(0.2, 0.6) if same else rng.uniform(0.05, 0.4)
        add("es-es", same, lexical, rng.uniform(0.5, 0.9) if same else rng.uniform(0.2, 0.6))
    for i in range(20):
        same = i % 2 == 0
        lead = rng.uniform(0.3, 0.6) if same else rng.uniform(0.1, 0.5)
        opening = rng.uniform(0.6, 0.9) if same else rng.uniform(0.1, 0.5)
        add("es-en", same, rng.uniform(0.0, 0.05), (lead + opening) / 2, lead)
    return out


def test_the_opening_sentences_never_lower_the_threshold():
    """The openings are read across languages only: the threshold they help fit may be
    higher than the lead alone's, never lower (a lower one joins more pairs in one
    language, where they add no evidence)."""
    examples = _examples(11)
    alone = [
        Example(x.pair, replace(x.evidence, embedding=x.evidence.lead, lead=None))
        if x.evidence.lead is not None
        else x
        for x in examples
    ]
    lead_threshold = fit(alone, "use").threshold
    # By the averaged F0.5 alone, the openings would lower it here.
    full = fit(examples, "use")
    unbounded = _threshold(
        [replace(full, threshold=0.5).probability(x.evidence) for x in examples],
        [x.same for x in examples],
    )
    assert unbounded < lead_threshold
    assert full.threshold == lead_threshold
