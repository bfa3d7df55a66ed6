"""bench/calibrate.py's fitting rules on made-up evidence (no text, no embedder)."""

from __future__ import annotations

import random
import sys
from dataclasses import replace

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import calibrate
from calibrate import Example, fit, fit_across, fit_lead, judged
from pairs import Pair

from contrasta.stories.fitted import Evidence


def _examples(seed: int) -> list[Example]:
    """40 pairs in one language and 20 across languages, half of each the same event;
    across languages the words share next to nothing, the leads say little and the opening
    sentences (`Evidence.opening`) more."""
    rng = random.Random(seed)
    out = []

    def add(langs: str, same: bool, lexical: float, embedding: float, opening=None) -> None:
        k = len(out)
        pair = Pair(f"p{k}", langs, f"a{k}", f"b{k}", 1.0 if same else 4.0)
        out.append(Example(pair, Evidence(lexical, langs != "es-es", embedding, opening=opening)))

    for i in range(40):
        same = i % 2 == 0
        lexical = rng.uniform(0.2, 0.6) if same else rng.uniform(0.05, 0.4)
        add("es-es", same, lexical, rng.uniform(0.5, 0.9) if same else rng.uniform(0.2, 0.6))
    for i in range(20):
        same = i % 2 == 0
        lead = rng.uniform(0.3, 0.6) if same else rng.uniform(0.1, 0.5)
        opening = rng.uniform(0.6, 0.9) if same else rng.uniform(0.1, 0.5)
        add("es-en", same, rng.uniform(0.0, 0.05), lead, opening)
    return out


@pytest.mark.parametrize("form", ["share", "mean", "max", "offset", "own"])
def test_the_across_model_changes_nothing_in_one_language(monkeypatch, form):
    """The `across` model is fitted beside the model on the lead, every other weight and
    bound kept: in one language every probability and decision is the same, whatever the
    pairs across languages say; across languages the openings only add joins."""
    monkeypatch.setattr(calibrate, "ACROSS", form)
    examples = _examples(11)
    lead = fit_lead(examples, "use")
    model = fit(examples, "use")
    assert model.across is not None and model.opening_gain is not None
    assert replace(model, across=None, opening_gain=None) == lead
    shuffled = [
        Example(x.pair, replace(x.evidence, opening=1.0 - x.evidence.opening))
        if x.evidence.cross
        else x
        for x in examples
    ]
    assert replace(fit_across(lead, shuffled), across=None, opening_gain=None) == lead
    joined = 0
    for x in examples:
        before, after = judged(lead, x.evidence), judged(model, x.evidence)
        if not x.evidence.cross:
            assert after == before
        else:
            assert after[1] >= before[1]
            joined += after[1] > before[1]
    assert joined > 0  # the openings turn some split pair here


@pytest.mark.parametrize(("form", "share"), [("share", calibrate.OPENING_SHARE), ("max", 1.0)])
def test_the_share_form_weighs_the_openings_by_their_share(monkeypatch, form, share):
    """The full model on a weighted mean of the lead's and the openings' cosines: a pair
    whose openings agree more than its lead joins at a lower lead cosine than with the
    plain mean, and its probability is the full model's at that weighted mean."""
    monkeypatch.setattr(calibrate, "ACROSS", form)
    model = fit(_examples(3), "use")
    a, b, c, d = model.full
    assert model.across == pytest.approx((a + d, b, c * (1 - share), c * share))
    e = Evidence(0.01, True, 0.3, opening=0.8)
    weighted = replace(e, embedding=(1 - share) * 0.3 + share * 0.8, opening=None)
    assert model.probability(e) == pytest.approx(model.probability(weighted))
    monkeypatch.setattr(calibrate, "ACROSS", "mean")
    assert model.probability(e) > fit(_examples(3), "use").probability(e)


def test_the_mean_form_is_the_full_model_on_the_mean_cosine(monkeypatch):
    monkeypatch.setattr(calibrate, "ACROSS", "mean")
    model = fit(_examples(3), "use")
    a, b, c, d = model.full
    assert model.across == pytest.approx((a + d, b, c / 2, c / 2))
    e = Evidence(0.01, True, 0.4, opening=0.8)
    mean = replace(e, embedding=0.6, opening=None)
    assert model.probability(e) == pytest.approx(
        max(model.probability(mean), model.lead_probability(e))
    )
    # The gain: the most the openings rose over the lead, rounded up to a twentieth.
    rises = [x.evidence.opening - x.evidence.embedding for x in _examples(3) if x.evidence.cross]
    assert max(rises) <= model.opening_gain < max(rises) + 0.05 + 1e-9
