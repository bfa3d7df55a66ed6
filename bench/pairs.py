"""Story grouping's pair score on real news pairs rated by people (SemEval-2022 Task 8).

    PYTHONPATH=$PWD .venv/bin/python bench/pairs.py [CSV] [--embedder auto|e5|use] [--misses]

CSV defaults to ../shared/eval/semeval2022-task8/pairs-dev.csv (or $CONTRASTA_EVAL); any
file with its columns works (`pair_id, lang1, lang2, text1, text2, Overall`), so held-out
pairs are scored by the same script. Each side is read the way contrasta reads a JSON-lines
record holding only a text and its outlet (RawDocument -> prepare, language guessed), and
the pair is scored by the clusterer itself: the second article against a story made of the
first (`contrasta.stories.online.pair_score`), so the figures are those of the code that
groups, not of a copy.

Printed per language pair (as the file states them) and overall: Pearson correlation of the
score with -Overall (annotators: 1 = very similar .. 4 = very dissimilar), and the
same-story decision against "same event" (Overall <= 2): precision, recall, F1. Beside
them, in the same run, a plain TF-IDF cosine over the full text (scikit-learn, document
frequencies from the file's own texts, sublinear tf, accents stripped): its Pearson, and
its precision at the threshold where its recall first reaches 0.80 (chosen on the same
pairs, so flattering). Published figures (official test set, not these pairs): best
system Pearson es 0.866, en 0.872, es-en 0.864, es-it 0.820, all languages 0.818.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # after PYTHONPATH: the contrasta under test comes first

from evaldata import eval_dir, pair_side  # noqa: E402

from contrasta.embed import load_embedder  # noqa: E402
from contrasta.errors import InputError  # noqa: E402
from contrasta.model import Article  # noqa: E402
from contrasta.stories.fitted import Model, models  # noqa: E402
from contrasta.stories.group import embedding, item_of, opening_embedding  # noqa: E402
from contrasta.stories.online import Item, pair_score  # noqa: E402

PAIRS = Path("semeval2022-task8") / "pairs-dev.csv"
SIDES = ("text1", "text2")
SAME_EVENT = 2.0  # Overall <= 2: "very" or "somewhat" similar, the task's same-event cut
RECALL_GOAL = 0.80


@dataclass(frozen=True)
class Pair:
    pair_id: str
    langs: str
    text1: str
    text2: str
    overall: float

    @property
    def same_event(self) -> bool:
        return self.overall <= SAME_EVENT


@dataclass(frozen=True)
class Judged:
    pair: Pair
    score: float
    same: bool
    lexical_only: bool


def load_pairs(path: Path) -> list[Pair]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Pair(
                row["pair_id"],
                f"{row['lang1']}-{row['lang2']}",
                row["text1"],
                row["text2"],
                float(row["Overall"]),
            )
            for row in csv.DictReader(handle)
        ]


def read_article(pair_id: str, side: str, text: str) -> Article:
    return pair_side(pair_id, side, text)


def items(pair: Pair) -> tuple[Item, Item]:
    """The two sides as the clusterer sees them."""
    return tuple(item_of(read_article(pair.pair_id, s, getattr(pair, s))) for s in SIDES)


def readable(pairs: list[Pair]) -> list[tuple[Pair, tuple[Item, Item]]]:
    """Each pair with its two sides as the clusterer sees them. A side that cleaning leaves
    empty skips its pair (named on stderr), as the pipeline does: a problem, and the others
    go on."""
    out = []
    for pair in pairs:
        try:
            out.append((pair, items(pair)))
        except InputError as exc:
            print(f"skipped {pair.pair_id}: {exc}", file=sys.stderr)
    return out


def judge(pairs: list[Pair], embedder_choice: str, model: Model | None = None) -> list[Judged]:
    """Every readable pair scored by the clusterer; leads embedded only where it asks."""
    embedder = load_embedder(embedder_choice)
    model = model or models()[embedder.key]
    embed, openings = embedding(embedder), opening_embedding(embedder)
    judged = []
    for pair, sides in readable(pairs):
        j = pair_score(model, *sides, embed, openings)
        judged.append(Judged(pair, j.probability, j.joins(model), j.evidence.embedding is None))
    return judged


def tfidf_scores(pairs: list[Pair]) -> list[float]:
    """The baseline: TF-IDF cosine of the two full texts, IDF from the file's texts."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(sublinear_tf=True, strip_accents="unicode")
    matrix = vectorizer.fit_transform([p.text1 for p in pairs] + [p.text2 for p in pairs])
    first, second = matrix[: len(pairs)], matrix[len(pairs) :]
    return np.asarray(first.multiply(second).sum(axis=1)).ravel().tolist()


def pearson(scores: Iterable[float], pairs: Iterable[Pair]) -> float:
    x = np.asarray(list(scores), dtype=float)
    y = -np.asarray([p.overall for p in pairs], dtype=float)
    if len(x) < 3 or x.std() == 0 or y.std() == 0:
        return float("nan")
    return float(np.corrcoef(x, y)[0, 1])


def prf(decisions: list[bool], gold: list[bool]) -> tuple[float, float, float]:
    hits = sum(d and g for d, g in zip(decisions, gold, strict=True))
    precision = hits / max(1, sum(decisions))
    recall = hits / max(1, sum(gold))
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def precision_at_recall(scores: list[float], gold: list[bool], goal: float = RECALL_GOAL) -> float:
    """Precision at the highest threshold whose recall reaches `goal`."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    wanted, hits = sum(gold), 0
    for taken, i in enumerate(order, start=1):
        hits += gold[i]
        if wanted and hits >= goal * wanted:
            return hits / taken
    return float("nan")


def figures(judged: list[Judged], baseline: list[float]) -> dict[str, dict[str, float]]:
    """Per language pair and overall."""
    groups: dict[str, list[int]] = {}
    for i, j in enumerate(judged):
        groups.setdefault(j.pair.langs, []).append(i)
    groups["all"] = list(range(len(judged)))
    out = {}
    for name, rows in groups.items():
        pairs = [judged[i].pair for i in rows]
        gold = [p.same_event for p in pairs]
        scores = [judged[i].score for i in rows]
        precision, recall, f1 = prf([judged[i].same for i in rows], gold)
        out[name] = {
            "pairs": len(rows),
            "same_event": sum(gold),
            "pearson": pearson(scores, pairs),
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "precision_at_recall": precision_at_recall(scores, gold),
            "tfidf_pearson": pearson([baseline[i] for i in rows], pairs),
            "tfidf_precision_at_recall": precision_at_recall([baseline[i] for i in rows], gold),
            "lexical_only": sum(judged[i].lexical_only for i in rows) / len(rows),
        }
    return out


def report(table: dict[str, dict[str, float]]) -> list[str]:
    lines = [
        f"{'pairs':8}{'n':>5}{'same':>6}{'Pearson':>9}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'P@R.8':>7}{'words':>7} | TF-IDF{'Pearson':>9}{'P@R.8':>7}"
    ]
    order = sorted(table, key=lambda k: (k == "all", k))
    for name in order:
        f = table[name]
        lines.append(
            f"{name:8}{f['pairs']:>5}{f['same_event']:>6}{f['pearson']:>9.3f}"
            f"{f['precision']:>7.3f}{f['recall']:>7.3f}{f['f1']:>7.3f}"
            f"{f['precision_at_recall']:>7.3f}{f['lexical_only']:>7.0%} |       "
            f"{f['tfidf_pearson']:>9.3f}"
            f"{f['tfidf_precision_at_recall']:>7.3f}"
        )
    return lines


def evaluate(path: Path, embedder_choice: str, on_done: Callable[[float], None] | None = None):
    pairs = load_pairs(path)
    started = time.process_time()
    judged = judge(pairs, embedder_choice)
    if on_done:
        on_done(time.process_time() - started)
    return judged, figures(judged, tfidf_scores([j.pair for j in judged]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=None)
    parser.add_argument("--embedder", default="auto", choices=("auto", "e5", "use"))
    parser.add_argument("--misses", action="store_true", help="list every wrong decision")
    args = parser.parse_args()
    path = args.csv or eval_dir() / PAIRS
    if not path.exists():
        sys.exit(f"{path} not found (give a CSV, or set CONTRASTA_EVAL to the eval folder)")
    judged, table = evaluate(
        path, args.embedder, lambda cpu: print(f"scored in {cpu:.1f} CPU s", flush=True)
    )
    print(f"{path}: score vs -Overall; decision vs Overall <= {SAME_EVENT:g}")
    print("\n".join(report(table)))
    if args.misses:
        for j in judged:
            if j.same != j.pair.same_event:
                kind = "false merge" if j.same else "missed"
                print(
                    f"  {kind} {j.pair.pair_id} ({j.pair.langs}, Overall {j.pair.overall:.2f}):"
                    f" {j.score:.3f}{' (wording alone)' if j.lexical_only else ''}"
                )


if __name__ == "__main__":
    main()
