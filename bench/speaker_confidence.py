"""A learned confidence for the speakers the rules give, measured by leaving whole Spanish
quote splits out: would withholding the unsure ones help on text the rules were not tuned
on? (bench/real/README.md item 143; counts only, no text)

    CONTRASTA_EVAL=/work/shared/eval PYTHONPATH=$PWD .venv/bin/python \
        bench/speaker_confidence.py [--test heldout12,heldout13] [--threshold 0.5] [--c 0.3]
        [--work DIR]

Every speaker given on a quote found and matched (as `bench/real_reading.py` reads and
matches them) is a row: the features below (`features`) and whether the annotation agrees.
The rows are read twice: by the current code on the folded splits (dev, heldout..heldout13:
tuned on, so few are wrong), and by the code each split, or part of dev, was scored blind at
(`BLIND`: each commit's tree unpacked, run in a child process; as wrong as fresh text was
then). A logistic regression (scikit-learn, the dev extra) is fitted on the blind readings of
the splits not tested and scored on each tested split; a speaker whose probability of being
right is below the threshold is withheld (a withheld speaker turns a quote right only where
the annotation wants no one). Printed: speakers shown right / wrong and quote + speaker F1
before and after, on the tested splits (read now and then blind); each folded split left out
alone (fitted on the others' blind readings, scored on its current one); each blind reading
left out alone, pooled, with the area under the ROC curve; and the converse, a speaker given
where the rules gave none: the last speaker before the quote, with the same features and the
gap to that speaker's quote, fitted and left out the same way, given when the probability is
at least 1 - threshold. A lead-only split is refused.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaldata  # noqa: E402
import real_blind_speakers  # noqa: E402
import real_reading as rr  # noqa: E402

FOLDED = ("dev", *(f"heldout{n}" for n in ("", *range(2, 14))))
# Each split (or part of dev, in file order) with the commit it was scored blind at: the
# rounds and folded splits of `real_blind_speakers.py` from the first commit whose quotes
# carry their evidence (`Quote.how`: dev's article 148 on), then README items 110, 119, 121,
# 127 and 136.
HOW_SINCE = 148
BLIND = [
    (split, lo, hi if split == "dev" else None, commit)
    for _, lo, hi, commit, split in real_blind_speakers.ALL
    if split != "dev" or lo >= HOW_SINCE
] + [
    ("heldout8", 0, None, "5300199"),
    ("heldout9", 0, None, "5300199"),
    ("heldout10", 0, None, "919a0b6"),
    ("heldout11", 0, None, "eb3c1cd"),
    ("heldout12", 0, None, "5c68bf4"),
    ("heldout13", 0, None, "50d8b5b"),
]
# the paths that carry a speaker from another quote (`find._quotes`)
_CARRIED = frozenset(("continued", "next paragraph", "still speaking", "unclosed", "repeated"))
# a sentence's end, and a person's name as written (a capitalised word and another)
_STOP = re.compile(r"[.!?…][»”\"]?\s+(?=[A-ZÁÉÍÓÚÑ¿¡«“\"—-])")
_PERSON = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+")


def features(quote, quotes: list, text: str) -> dict[str, float]:
    """What the output and the text show of `quote`'s speaker among the article's `quotes`:
    the evidence path (`Quote.how`: its first step and every resolver), the speaker's kind,
    how often and how near the text names them (by their last word), where the quote is."""
    from contrasta.reading.names import is_given_name

    speaker = quote.speaker or ""
    steps = (quote.how or "").split(" > ")
    found: dict[str, float] = {f"path {steps[0]}": 1.0, "steps": float(len(steps) - 1)}
    found.update({f"step {step}": 1.0 for step in steps[1:]})
    found["carried"] = float(steps[0] in _CARRIED)
    words = speaker.split()
    found.update({f"kind {k}": 1.0 for k in _kinds(speaker, words)})
    found["words"] = float(min(len(words), 6))
    last = re.escape(words[-1]) if words else None
    spots = [m.start() for m in re.finditer(rf"(?<!\w){last}(?!\w)", text)] if last else []
    outside = [at for at in spots if not quote.start <= at < quote.end]
    before = [at for at in outside if at < quote.start]
    gap = min((abs(at - quote.start) for at in outside), default=len(text))
    paragraph = text.rfind("\n", 0, quote.start) + 1
    sentence = max([paragraph, *(m.end() for m in _STOP.finditer(text, 0, quote.start))])
    since = max(before, default=max(0, quote.start - 600))
    named = {m.group(0) for m in _PERSON.finditer(text, since, quote.start)}
    speakers = {q.speaker for q in quotes if q.speaker}
    found.update(
        {
            "mentions": math.log1p(len(outside)),
            "unwritten": float(not outside),
            "mentioned before": float(bool(before)),
            "distance": math.log1p(gap) / 10,
            "named in quote": float(any(quote.start <= at < quote.end for at in spots)),
            "same paragraph": float(any(paragraph <= at for at in before)),
            "same sentence": float(any(sentence <= at for at in before)),
            "other person between": float(
                any(is_given_name(n.split()[0]) and n.split()[-1] not in words for n in named)
            ),
            "partial": float(quote.partial),
            "dash": float(quote.style == "dash"),
            "length": math.log1p(len(quote.text)) / 10,
            "position": quote.start / max(1, len(text)),
            "cue none": float(quote.cue is None),
            "speakers": math.log1p(len(speakers)),
            "same speaker quotes": math.log1p(sum(q.speaker == quote.speaker for q in quotes)),
        }
    )
    return found


def _kinds(speaker: str, words: list[str]) -> list[str]:
    """What kind of name the speaker is: a description (lower case; plural or not), an
    acronym, a person's (a first name opens it; that alone or not), an organisation, a
    lone capitalised word, or another name."""
    from contrasta.reading.names import is_given_name
    from contrasta.reading.quotes.speaker_names import _is_organisation

    if not speaker[:1].isupper():
        return ["description"] + (["plural"] if words and words[-1].endswith("s") else [])
    if speaker.isupper():
        return ["acronym"]
    if is_given_name(words[0]):
        return ["person"] + (["first name only"] if len(words) == 1 else [])
    if _is_organisation(speaker):
        return ["organisation"]
    return ["single word"] if len(words) == 1 else ["other name"]


def found_quotes(split: str, lo: int = 0, hi: int | None = None) -> list[dict]:
    """The articles of split[lo:hi] as the contrasta on the path reads them: text, every
    quote found (its fields) and whether it matched an annotated one, with that one's
    speaker. Runs under old code too (a child process of `collect_blind`)."""
    sources = rr.load_sources()
    articles = []
    for key, entry in list(rr.load_annotations(split).items())[lo:hi]:
        rr.check(entry, sources[key])
        articles.append(article_reading(sources[key], entry))
    return articles


def article_reading(source, entry: dict) -> dict:
    """One annotated article as the contrasta on the path reads it: its text, every quote
    found (its fields) and whether it matched an annotated one, with that one's speaker."""
    article = rr.read(source)
    found = rr.find_quotes(article.text, article.lang) if article else []
    gold = entry.get("quotes", [])
    quotes = []
    for quote, item in rr.matched(found, source.text, gold, article)[0] if found else []:
        fields = ("text", "speaker", "start", "end", "style", "partial", "cue", "how")
        quotes.append(
            {
                "quote": {k: getattr(quote, k, None) for k in fields},
                "matched": item is not None,
                "gold": (item or {}).get("speaker"),
            }
        )
    return {"text": article.text if article else "", "gold": len(gold), "quotes": quotes}


def rows_of(articles: list[dict]) -> dict:
    """A split's quote counts and rows: each speaker given (features, right, the annotation
    wants no one), and each candidate of the converse (`converse`: the last speaker before a
    matched quote given none)."""
    from contrasta.reading.quotes.quote import Quote

    rows, converse, found_n, gold_n, pair_right = [], [], 0, 0, 0
    for article in articles:
        found = [Quote(**q["quote"]) for q in article["quotes"]]
        found_n, gold_n = found_n + len(found), gold_n + article["gold"]
        said = None
        for quote, q in zip(found, article["quotes"], strict=True):
            if q["matched"]:
                right = rr.fold(quote.speaker) == rr.fold(q["gold"])
                pair_right += right
                if quote.speaker is not None:
                    x = features(quote, found, article["text"])
                    rows.append({"x": x, "right": right, "none": q["gold"] is None})
                elif said is not None:
                    x = _candidate(quote, said, found, article["text"])
                    right = rr.fold(said.speaker) == rr.fold(q["gold"])
                    converse.append({"x": x, "right": right, "none": q["gold"] is None})
            said = quote if quote.speaker else said
    counts = {"found": found_n, "gold": gold_n, "pair_right": pair_right}
    return {"rows": rows, "converse": converse, **counts}


def _candidate(quote, said, quotes: list, text: str) -> dict[str, float]:
    """The features of the last speaker `said` as the speaker of `quote`, which has none."""
    x = features(replace(quote, speaker=said.speaker, how="candidate"), quotes, text)
    between = text[said.end : quote.start]
    x["paragraphs between"] = math.log1p(between.count("\n"))
    x["chars between"] = math.log1p(len(between)) / 10
    x[f"last path {(said.how or '').split(' > ')[0]}"] = 1.0
    return x


def collect(work: Path) -> dict[str, dict]:
    """By folded split, read by the current code: its rows (`rows_of`); the readings kept
    in `work`."""
    dump = work / "current.json"
    if not dump.exists():
        articles = {split: found_quotes(split) for split in FOLDED}
        dump.write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    articles = json.loads(dump.read_text(encoding="utf-8"))
    return {split: rows_of(articles[split]) for split in FOLDED}


def collect_blind(work: Path) -> dict[str, dict]:
    """By split (dev by round, "dev:148"), read by the code it was scored blind at
    (`BLIND`; each commit's tree unpacked in `work` and run in a child process): its rows."""
    out = {}
    for split, lo, hi, commit in BLIND:
        name = f"{split}:{lo}" if split == "dev" else split
        dump = work / f"{name}-{commit}.json"
        if not dump.exists():
            tree = evaldata.tree_at(commit, work)
            command = [sys.executable, __file__, "--dump", split, str(lo), str(hi), str(dump)]
            subprocess.run(command, env={**os.environ, "PYTHONPATH": str(tree)}, check=True)
        out[name] = rows_of(json.loads(dump.read_text(encoding="utf-8")))
    return out


def f1(right: int, found: int, gold: int) -> float:
    p, r = right / (found or 1), right / (gold or 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def fit(rows: list[dict], c: float):
    """A logistic regression of right on the features (no intercept: "bias" is one)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform([{**r["x"], "bias": 1.0} for r in rows])
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    return vec, model.fit(x, [r["right"] for r in rows])


def probabilities(fitted, rows: list[dict]) -> list[float]:
    vec, model = fitted
    if not rows:
        return []
    return list(model.predict_proba(vec.transform([{**r["x"], "bias": 1.0} for r in rows]))[:, 1])


def scored(split: dict, probs: list[float], threshold: float) -> dict:
    """Speakers shown right / wrong and quote + speaker F1, before and after withholding
    each speaker below `threshold`."""
    rows = split["rows"]
    withheld = [r for r, p in zip(rows, probs, strict=True) if p < threshold]
    lost, gained = sum(r["right"] for r in withheld), sum(r["none"] for r in withheld)
    right = sum(r["right"] for r in rows)
    counts = (split["found"], split["gold"])
    return {
        "before": (right, len(rows) - right, f1(split["pair_right"], *counts)),
        "after": (
            right - lost,
            len(rows) - right - (len(withheld) - lost),
            f1(split["pair_right"] - lost + gained, *counts),
        ),
        "withheld": (lost, len(withheld) - lost),
    }


def line(name: str, s: dict) -> str:
    (br, bw, bf), (ar, aw, af), (wr, ww) = s["before"], s["after"], s["withheld"]
    return (
        f"  {name}: shown {br} right / {bw} wrong, F1 {bf:.3f} -> {ar} / {aw}, F1 {af:.3f}"
        f" (withheld {wr} right, {ww} wrong)"
    )


def left_out(data: dict, key: str, c: float) -> tuple[list[float], list[bool]]:
    """Each split's `key` rows scored by a fit on every other split's, pooled."""
    probs, truth = [], []
    for name in data:
        rest = [r for other in data if other != name for r in data[other][key]]
        probs += probabilities(fit(rest, c), data[name][key])
        truth += [r["right"] for r in data[name][key]]
    return probs, truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", default="heldout12,heldout13", help="splits left out")
    parser.add_argument("--threshold", type=float, default=0.5, help="withhold below")
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    parser.add_argument(
        "--work", type=Path, help="old trees and readings, kept (else a temporary folder)"
    )
    parser.add_argument("--dump", nargs=4, help=argparse.SUPPRESS)  # SPLIT LO HI OUT
    args = parser.parse_args()
    if args.dump:
        split, lo, hi, out = args.dump
        articles = found_quotes(split, int(lo), None if hi == "None" else int(hi))
        Path(out).write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
        return
    from sklearn.metrics import roc_auc_score

    tested = rr.counted_splits(args.test)
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        now, blind = collect(args.work), collect_blind(args.work)
    else:
        with tempfile.TemporaryDirectory(prefix="contrasta-speaker-confidence-") as work:
            now, blind = collect(Path(work)), collect_blind(Path(work))
    trained = [r for name, split in blind.items() if name not in tested for r in split["rows"]]
    fitted = fit(trained, args.c)
    right = sum(r["right"] for r in trained)
    print(f"fitted on the blind readings of all but {', '.join(tested)}: {right}/{len(trained)}")
    for split in tested:
        for label, table in (("now", now), ("then blind", blind)):
            probs = probabilities(fitted, table[split]["rows"])
            print(line(f"{split} read {label}", scored(table[split], probs, args.threshold)))
    print("each folded split left out alone (fitted on the others' blind readings), read now:")
    pooled = [0, 0]
    for split in FOLDED:
        rest = [r for name, s in blind.items() if name.split(":")[0] != split for r in s["rows"]]
        result = scored(
            now[split], probabilities(fit(rest, args.c), now[split]["rows"]), args.threshold
        )
        print(line(split, result))
        pooled = [a + b for a, b in zip(pooled, result["withheld"], strict=True)]
    print(f"  all: withheld {pooled[0]} right, {pooled[1]} wrong")
    for key, label, give in (("rows", "withheld", False), ("converse", "given", True)):
        probs, truth = left_out(blind, key, args.c)
        cut = 1 - args.threshold if give else args.threshold
        chosen = [t for p, t in zip(probs, truth, strict=True) if (p >= cut if give else p < cut)]
        print(
            f"each blind reading left out alone, pooled ({key}): {sum(truth)}/{len(truth)} right,"
            f" AUC {roc_auc_score(truth, probs):.3f}; {label} at {cut:.2f}: "
            f"{sum(chosen)} right, {len(chosen) - sum(chosen)} wrong"
        )


if __name__ == "__main__":
    main()
