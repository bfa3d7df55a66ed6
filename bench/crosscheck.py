"""The cross-check on real article pairs, against claims annotated by hand.

    PYTHONPATH=$PWD .venv/bin/python bench/crosscheck.py [--split dev|heldout] [--json]
        [--misses] [--folds N] [--languages es-es,es-en|es-it|en-en]

Each annotated row of ../shared/eval/semeval2022-task8/pairs-dev.csv (two outlets on one
event; annotations in bench/real/claims-<split>.json, guide in bench/real/CLAIMS.md) is
read the way contrasta reads a JSON-lines record with only a text and an outlet, cleaned,
and cross-checked as a story of two articles. Annotated sentences are found in the cleaned
text, or in the title when the cleaner took the line for the headline; a sentence is
claimed when a claim of that field overlaps it, and two sentences are together when a
claim of each sits in one group. Figures:

- false corroboration: of the annotated pairs the system puts together without a conflict,
  the share annotated different-fact; and of those agreeing groups, the share holding a
  different-fact pair (goal <= 0.05);
- conflict recall: annotated conflicting pairs the system puts in a contradicted group
  (goal >= 0.80);
- check-worthiness precision, recall, F1 over the sentences of the fields annotated in
  full (goal F1 >= 0.80);
- label accuracy: same-fact together, conflicting contradicted, different-fact apart,
  same-fact-updated not corroborated (goal >= 0.85);

and beside them the same rates on the example corpus (examples/truth-claims.json, scored as
bench/reading_claims.py does). The same figures follow per language pair of the rows
(es-es, es-en, es-it, en-en): English is read by word shapes, Spanish by a parser, Italian
with no frame at all (its claims meet others only on a shared name or quote, or a figure
for one counted noun beside a frame read). The held-out
split is scored once, at the end of a round of work, never while tuning.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.append(str(ROOT))  # after PYTHONPATH: the contrasta under test comes first
sys.path.insert(0, str(HERE))

from evaldata import eval_dir, pair_side  # noqa: E402
from reading_claims import ANNOTATIONS as EXAMPLE_ANNOTATIONS  # noqa: E402
from reading_claims import checked_stories, score, shown_label  # noqa: E402

from contrasta.crosscheck import CONTRADICTED, CORROBORATED, CrossCheck, crosscheck  # noqa: E402
from contrasta.crosscheck.claims import TEXT, TITLE  # noqa: E402
from contrasta.model import Article  # noqa: E402

REAL = HERE / "real"
PAIRS = Path("semeval2022-task8") / "pairs-dev.csv"
SIDES = ("text1", "text2")
FOLD_SEED = 20261205

SAME = "same-fact"
UPDATED = "same-fact-updated"
CONFLICTING = "conflicting"
DIFFERENT = "different-fact"
APART = "apart"
# What the system must do with each annotated label (see CLAIMS.md).
EXPECTED = {
    SAME: {CORROBORATED},
    CONFLICTING: {CONTRADICTED},
    DIFFERENT: {APART},
    UPDATED: {CONTRADICTED, APART},
}


def annotations(split: str) -> dict:
    return json.loads((REAL / f"claims-{split}.json").read_text(encoding="utf-8"))


def _fingerprint(text: str) -> dict:
    return {"length": len(text), "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]}


def rows(annotated: dict, path: Path) -> dict[str, dict[str, str]]:
    """pair_id -> its CSV row, the one whose fields hash as recorded (an id can repeat with
    a reworded copy); a changed data file fails loudly instead of being misread."""
    wanted = {a["pair_id"]: a["fields"] for a in annotated["articles"]}
    found = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            fields = wanted.get(row["pair_id"])
            if fields and all(_fingerprint(row[side]) == fields[side] for side in SIDES):
                found[row["pair_id"]] = row
    missing = sorted(wanted.keys() - found.keys())
    if missing:
        raise ValueError(f"{path}: no row matches the annotated text of {', '.join(missing)}")
    return found


def read_article(pair_id: str, side: str, text: str) -> Article:
    return pair_side(f"{PAIRS.name}:{pair_id}", side, text)


def _squeezed(text: str) -> tuple[str, list[int]]:
    """The text with each run of whitespace made one space, and where each kept character
    came from: cleaning rewraps lines, so sentences are compared without their spacing."""
    out, where = [], []
    for i, char in enumerate(text):
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                where.append(i)
        else:
            out.append(char)
            where.append(i)
    return "".join(out), where


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, at = [], haystack.find(needle)
    while at >= 0:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


def locate(field_text: str, start: int, end: int, cleaned: str) -> tuple[int, int] | None:
    """The span of field_text[start:end] in the cleaned text, or None when cleaning dropped
    it. A sentence written twice (a repeated title) maps to the same repetition."""
    wanted = " ".join(field_text[start:end].split())
    rank = _occurrences(" ".join(field_text[:start].split()), wanted)
    squeezed, where = _squeezed(cleaned)
    hits = _occurrences(squeezed, wanted)
    if not hits:
        return None
    at = hits[min(len(rank), len(hits) - 1)]
    return where[at], where[at + len(wanted) - 1] + 1


@dataclass(frozen=True)
class Span:
    field: str  # the article's "text" or "title", as `Claim.field`
    start: int
    end: int


@dataclass
class PairResult:
    pair_id: str
    claimed: dict[str, bool]  # sentence id -> some claim overlaps it
    verdicts: list[tuple[dict, str]]  # (annotated pair, apart | corroborated | contradicted)
    agreeing: list[list[str]] = field(default_factory=list)  # labels inside each such group
    origins: int = 2
    error: str | None = None  # the cross-check raised: nothing claimed, everything apart
    # Annotated pairs sharing a group labelled corroborated: what a reader is shown as
    # confirmed (a group of one origin, copies or one outlet's, is single-source).
    confirmed: list[dict] = field(default_factory=list)


def check_pair(annotated: dict, row: dict[str, str]) -> PairResult:
    pair_id = annotated["pair_id"]
    try:
        articles = {side: read_article(pair_id, side, row[side]) for side in SIDES}
        checked = crosscheck(list(articles.values()))
    except Exception as error:  # a refusal or a crash on real text is a result: report it
        return PairResult(
            pair_id,
            dict.fromkeys((s["id"] for s in annotated["sentences"]), False),
            [(pair, APART) for pair in annotated["pairs"]],
            error=f"{type(error).__name__}: {error}",
        )
    side_of = {article.id: side for side, article in articles.items()}
    spans = {}
    for sentence in annotated["sentences"]:
        side = sentence["side"]
        spans[sentence["id"]] = find(row[side], sentence["start"], sentence["end"], articles[side])
    groups_of: dict[str, set[int]] = {sid: set() for sid in spans}
    for number, group in enumerate(checked.groups):
        for claim in group.claims:
            for sid, span in spans.items():
                side = "text" + sid.split(".")[0]
                if span and side_of[claim.article_id] == side and _overlaps(claim, span):
                    groups_of[sid].add(number)
    verdicts, confirmed = [], []
    for pair in annotated["pairs"]:
        shared = groups_of[pair["a"]] & groups_of[pair["b"]]
        labels = {checked.groups[n].label for n in shared}
        verdict = CONTRADICTED if CONTRADICTED in labels else CORROBORATED if labels else APART
        verdicts.append((pair, verdict))
        if verdict == CORROBORATED and CORROBORATED in labels:
            confirmed.append(pair)
    agreeing = []
    for number, group in enumerate(checked.groups):
        if group.label == CONTRADICTED or len(group.article_ids) < 2:
            continue
        inside = [
            pair["label"]
            for pair in annotated["pairs"]
            if number in groups_of[pair["a"]] and number in groups_of[pair["b"]]
        ]
        if inside:
            agreeing.append(inside)
    return PairResult(
        pair_id,
        {sid: bool(found) for sid, found in groups_of.items()},
        verdicts,
        agreeing,
        _origins(checked),
        confirmed=confirmed,
    )


def find(field_text: str, start: int, end: int, article: Article) -> Span | None:
    """Where the annotated sentence is in the cleaned article: its text, or its title when
    the cleaner took the line for the headline (claims of the title index the title)."""
    found = locate(field_text, start, end, article.text)
    if found is not None:
        return Span(TEXT, *found)
    found = locate(field_text, start, end, article.title)
    return Span(TITLE, *found) if found is not None else None


def _overlaps(claim, span: Span) -> bool:
    return claim.field == span.field and claim.start < span.end and span.start < claim.end


def _origins(checked: CrossCheck) -> int:
    return len(checked.provenance.groups)


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return None if precision is None or recall is None else 0.0
    return 2 * precision * recall / (precision + recall)


def language_pair(article: dict) -> str:
    return "-".join(article["langs"])


class EmptySplit(ValueError):
    """A split with no annotated rows to score."""


def selected(split: str, languages: set[str] | None = None) -> dict:
    """The split's annotations, with `languages` its rows of those language pairs only.
    A split between draws holds no rows (CLAIMS.md, "History of the splits"): that is
    said, not scored as a split where nothing went wrong."""
    annotated = annotations(split)
    annotated["articles"] = [
        a for a in annotated["articles"] if languages is None or language_pair(a) in languages
    ]
    if not annotated["articles"]:
        of = f" of {', '.join(sorted(languages))}" if languages else ""
        raise EmptySplit(
            f"claims-{split}.json holds no annotated rows{of}: nothing to score "
            "(a held-out split is empty between a fold into dev and the next draw; "
            "see bench/real/CLAIMS.md, History of the splits)"
        )
    return annotated


def evaluate(split: str = "dev", languages: set[str] | None = None) -> dict:
    """The real-text figures of one split, with the cases behind them; with `languages`,
    of its rows of those language pairs only ("es-es", "es-en", "en-en")."""
    annotated = selected(split, languages)
    articles = annotated["articles"]
    found = rows(annotated, eval_dir() / PAIRS)
    results = [check_pair(a, found[a["pair_id"]]) for a in articles]
    name = split if languages is None else f"{split} {'+'.join(sorted(languages))}"
    return with_languages(figures(name, articles, results), articles, results)


def with_languages(whole: dict, articles: list[dict], results: list[PairResult]) -> dict:
    """The figures with the same figures per language pair beside them: English is read by
    word shapes and Spanish by a parser, so a mixed figure hides where the errors are."""
    kinds = sorted({language_pair(a) for a in articles})
    whole["by_languages"] = {
        kind: figures(
            f"{whole['split']} {kind}",
            [a for a in articles if language_pair(a) == kind],
            [r for a, r in zip(articles, results, strict=True) if language_pair(a) == kind],
        )
        for kind in kinds
    }
    return whole


def folds(split: str, count: int, languages: set[str] | None = None) -> list[dict]:
    """The split's figures on each of `count` folds of its rows (drawn with a fixed seed),
    with `languages` of its rows of those language pairs only: rules written from the
    misses of some rows should hold on the others."""
    annotated = selected(split, languages)
    found = rows(annotated, eval_dir() / PAIRS)
    results = {a["pair_id"]: check_pair(a, found[a["pair_id"]]) for a in annotated["articles"]}
    order = sorted(results)
    random.Random(FOLD_SEED).shuffle(order)
    by_id = {a["pair_id"]: a for a in annotated["articles"]}
    return [
        with_languages(
            figures(
                f"{split} fold {k + 1}/{count}",
                [by_id[pair_id] for pair_id in order[k::count]],
                [results[pair_id] for pair_id in order[k::count]],
            ),
            [by_id[pair_id] for pair_id in order[k::count]],
            [results[pair_id] for pair_id in order[k::count]],
        )
        for k in range(count)
    ]


def figures(name: str, articles: list[dict], results: list[PairResult]) -> dict:
    verdicts = [(pair, verdict) for r in results for pair, verdict in r.verdicts]
    together = [pair for pair, verdict in verdicts if verdict == CORROBORATED]
    confirmed = [pair for r in results for pair in r.confirmed]
    conflicting = [verdict for pair, verdict in verdicts if pair["label"] == CONFLICTING]
    agreeing = [labels for r in results for labels in r.agreeing]
    gold, predicted = [], []
    for a, r in zip(articles, results, strict=True):
        for sentence in a["sentences"]:
            if sentence["side"] in a["complete"]:
                gold.append(sentence["check_worthy"])
                predicted.append(r.claimed[sentence["id"]])
    hits = sum(g and p for g, p in zip(gold, predicted, strict=True))
    precision, recall = _ratio(hits, sum(predicted)), _ratio(hits, sum(gold))
    right = Counter(
        pair["label"] for pair, verdict in verdicts if verdict in EXPECTED[pair["label"]]
    )
    total = Counter(pair["label"] for pair, _ in verdicts)
    return {
        "split": name,
        "article_pairs": len(results),
        "sentence_pairs": len(verdicts),
        "labels": dict(total),
        "false_corroboration": _ratio(
            sum(pair["label"] == DIFFERENT for pair in together), len(together)
        ),
        "corroborated_pairs": len(together),
        "false_confirmed": _ratio(
            sum(pair["label"] == DIFFERENT for pair in confirmed), len(confirmed)
        ),
        "confirmed_pairs": len(confirmed),
        "false_corroboration_groups": _ratio(
            sum(DIFFERENT in labels for labels in agreeing), len(agreeing)
        ),
        "agreeing_groups": len(agreeing),
        "conflict_recall": _ratio(conflicting.count(CONTRADICTED), len(conflicting)),
        "check_worthy": {
            "sentences": len(gold),
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
        },
        "label_accuracy": _ratio(sum(right.values()), len(verdicts)),
        "label_accuracy_by_label": {label: right[label] / n for label, n in total.items()},
        "one_origin": [r.pair_id for r in results if r.origins < 2],
        "errors": {r.pair_id: r.error for r in results if r.error},
        "misses": [
            f"{r.pair_id} {pair['a']}~{pair['b']} {pair['label']} -> {verdict}"
            for r in results
            for pair, verdict in r.verdicts
            if verdict not in EXPECTED[pair["label"]]
        ],
    }


def example_figures() -> dict:
    """The same rates on the example corpus, from its claim labels: its claims are labelled
    one by one (corroborated / single-source / contradicted), not in pairs. A claim shown
    alike (several origins, not checked) counts as shown corroborated, as in
    `reading_claims.score`: a single-source claim shown alike is a false corroboration too."""
    stories = checked_stories("examples")
    scored = score(stories, "examples")
    truth = json.loads(EXAMPLE_ANNOTATIONS["examples"].read_text(encoding="utf-8"))
    got = []
    for item in truth["claims"]:
        articles, checked = stories[item["story"]]
        group = checked.group_of(articles[item["article"]].id, item["text"])
        got.append((item["label"], shown_label(group.label) if group else "not a claim"))
    corroborated = [want for want, label in got if label == CORROBORATED]
    contradicted = [label for want, label in got if want == CONTRADICTED]
    return {
        "claims": scored["claims"],
        "false_corroboration": _ratio(
            sum(want != CORROBORATED for want in corroborated), len(corroborated)
        ),
        "conflict_recall": _ratio(contradicted.count(CONTRADICTED), len(contradicted)),
        "label_accuracy": scored["accuracy"],
    }


def _show(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def report(real: dict, examples: dict) -> list[str]:
    cw = real["check_worthy"]
    lines = [
        f"[{real['split']}] {real['article_pairs']} article pairs, "
        f"{real['sentence_pairs']} sentence pairs {real['labels']}",
        f"{'':34}{'real':>8}{'examples':>10}  goal",
        f"{'false corroboration (pairs)':34}{_show(real['false_corroboration']):>8}"
        f"{_show(examples['false_corroboration']):>10}  <= 0.05"
        f"   ({real['corroborated_pairs']} pairs put together)",
        f"{'  of them shown as confirmed':34}{_show(real['false_confirmed']):>8}"
        f"{'':>10}  <= 0.05   ({real['confirmed_pairs']} pairs in corroborated groups)",
        f"{'false corroboration (groups)':34}{_show(real['false_corroboration_groups']):>8}"
        f"{'':>10}  <= 0.05   ({real['agreeing_groups']} agreeing groups)",
        f"{'conflict recall':34}{_show(real['conflict_recall']):>8}"
        f"{_show(examples['conflict_recall']):>10}  >= 0.80",
        f"{'check-worthiness F1':34}{_show(cw['f1']):>8}{'':>10}  >= 0.80"
        f"   (P {_show(cw['precision'])}, R {_show(cw['recall'])}, "
        f"{cw['sentences']} sentences)",
        f"{'label accuracy':34}{_show(real['label_accuracy']):>8}"
        f"{_show(examples['label_accuracy']):>10}  >= 0.85",
    ]
    for label, accuracy in sorted(real["label_accuracy_by_label"].items()):
        lines.append(f"  {label:32}{accuracy:>8.3f}")
    for pair_id, error in real["errors"].items():
        lines.append(f"the cross-check failed on {pair_id}: {error}")
    if real["one_origin"]:
        lines.append(f"taken for copies of one text: {', '.join(real['one_origin'])}")
    return lines


def fold_line(real: dict) -> str:
    return (
        f"[{real['split']}] {real['article_pairs']} rows, {real['sentence_pairs']} pairs: "
        f"false corroboration {_show(real['false_corroboration'])} "
        f"({real['corroborated_pairs']} together), conflict recall "
        f"{_show(real['conflict_recall'])}, check-worthiness F1 "
        f"{_show(real['check_worthy']['f1'])}, label accuracy {_show(real['label_accuracy'])}"
        f" (same-fact {_show(real['label_accuracy_by_label'].get(SAME))})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list every wrong pair")
    parser.add_argument("--folds", type=int, default=0, help="figures on N folds of the rows")
    parser.add_argument(
        "--languages", help="only rows of these language pairs, e.g. es-es,es-en, es-it or en-en"
    )
    args = parser.parse_args()
    path = eval_dir() / PAIRS
    if not path.exists():
        sys.exit(f"{path} not found (set CONTRASTA_EVAL to the folder of the eval data)")
    languages = set(args.languages.split(",")) if args.languages else None
    try:
        selected(args.split, languages)
    except EmptySplit as empty:
        sys.exit(str(empty))
    if args.folds:
        for fold in folds(args.split, args.folds, languages):
            print(fold_line(fold))
            print("\n".join(f"  {fold_line(part)}" for part in fold["by_languages"].values()))
        return
    real, examples = evaluate(args.split, languages), example_figures()
    if args.json:
        print(json.dumps({"real": real, "examples": examples}, indent=1, ensure_ascii=False))
        return
    print("\n".join(report(real, examples)))
    if len(real["by_languages"]) > 1:
        print("\n".join(fold_line(part) for part in real["by_languages"].values()))
    if args.misses:
        print("\n".join(f"  miss: {miss}" for miss in real["misses"]))


if __name__ == "__main__":
    main()
