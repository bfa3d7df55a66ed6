"""Which kinds of evidence a speaker rests on to withhold, chosen by leaving one quote split
out at a time (bench/real/README.md item 160; counts only, no text).

    CONTRASTA_EVAL=/work/shared/eval PYTHONPATH=$PWD .venv/bin/python \
        bench/speaker_evidence.py [--ratio 1.0] [--pairs] [--choose-on blind|now]
        [--work DIR] [--kinds]

Every speaker given on a quote found and matched (as `bench/real_reading.py` reads and
matches them) is described by the kinds of evidence it rests on (`evidence`): the first step
of its path (`Quote.how`: the cue after the quote, the subject before it, an announcing
sentence, a colon, carried from another quote...), each resolver on the way (a dropped
subject, the previous subject, a title resolved to its holder, a short form...), where the
text writes the speaker's name (in the quote's sentence, one sentence back, two or three,
four or more, only later, never), how the name stands in its sentence (inside a subordinate
clause, after a preposition, 25 words or more before the quote), whether a reported clause
of its own lies between that name and the quote (F3 of item 151: two "que", or two verbs of
saying, between them; a "que" followed by a subject of its own), another person named
between, the quote's length and whether it is partial, the speaker's kind (a person, a
first name alone, a description, an acronym, one word, another name), and whether the
reader's own F3 test (`withheld._report_of_another`, item 160) finds someone else's report
between the speaker and the quote (the current code withholds those; old code did not).

Two readings are described: by the current code on dev, `heldout`-`heldout15` and the
English dev-heldout3 ("now": tuned on, so few are wrong), and by the code each Spanish split
(or round of dev) was scored blind at ("blind": `speaker_confidence.BLIND`, with `heldout14`
and `heldout15` at 50d8b5b, where the lead scored them; as wrong as fresh text was then).
For each split left out, the kinds to withhold are chosen on the other splits' readings
(`--choose-on`, blind by default): greedily, the kind (or, with `--pairs`, the two kinds
together) whose speakers were wrong at least `--ratio` times as often as right, wrong at
least `--min-wrong` times (4) in at least `--min-splits` splits (3); the speakers it covers
are set aside and the next is chosen the same way, until none qualifies. The choice is
applied to the split left out, read blind and read now: speakers withheld right / wrong,
speakers shown right / wrong / given and quote + speaker F1 before -> after (a withheld
speaker turns a quote right only where the annotation wants no one). A choice counts only
if on each split it cuts wrong speakers at a small cost in right ones. `--kinds` prints
every kind's right / given on both readings. No lead-only split (`real_reading.LEAD_ONLY`)
is ever read.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaldata  # noqa: E402
import real_reading as rr  # noqa: E402
import speaker_confidence as sc  # noqa: E402

from contrasta.reading.names import is_given_name  # noqa: E402
from contrasta.reading.quotes.withheld import _report_of_another  # noqa: E402
from contrasta.reading.speech import SPEECH_VERBS  # noqa: E402

NOW = [("es", split) for split in ("dev", *(f"heldout{n}" for n in ("", *range(2, 16))))] + [
    ("en", split) for split in ("dev", "heldout", "heldout2", "heldout3")
]
# item 146: heldout14 and heldout15 were scored blind at the fourth session's code, as
# heldout13 (item 136)
BLIND = [*sc.BLIND, ("heldout14", 0, None, "50d8b5b"), ("heldout15", 0, None, "50d8b5b")]
_CARRIED = ("continued", "next paragraph", "still speaking", "unclosed", "repeated", "presented")
# a sentence's end (as `speaker_confidence._STOP`) or a paragraph's
_STOP = re.compile(rf"{sc._STOP.pattern}|\n")
_JOINTS = frozenset("de del la las los el y e".split())
_SAYING = SPEECH_VERBS["es"].forms | SPEECH_VERBS["en"].forms
_SUBORDINATE = re.compile(r"\b(?:que|cuando|si|porque|aunque|that|when)\s+(?:\w+\s+){0,3}$", re.I)
_PREPOSITION = re.compile(
    r"\b(?:de|del|a|al|con|por|para|sobre|contra|of|to|with|by|for|about|against)\s+"
    r"(?:(?:el|la|los|las|the)\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
_OWN_SUBJECT = re.compile(r"\s*(?:el|la|los|las|su|sus|un|una|[A-ZÁÉÍÓÚÑ]\w+)\b")
_PERSON = re.compile(r"\b([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+")


def evidence(quote, text: str) -> frozenset[str]:
    """The kinds of evidence the speaker of `quote` (a `Quote` or its fields) rests on in
    `text`: its path, where and how the text names it, what lies between, the quote's shape
    and the speaker's kind (the module's docstring)."""
    get = quote.get if isinstance(quote, dict) else lambda k: getattr(quote, k)
    speaker, start, end = get("speaker"), get("start"), get("end")
    steps = (get("how") or "").split(" > ")
    kinds = {"path " + ("carried" if steps[0] in _CARRIED else steps[0])}
    kinds |= {"step " + step for step in steps[1:]}
    kinds |= {"title"} if any(step.startswith("title") for step in steps) else set()
    kinds |= _named(speaker, start, end, text)
    words = len(get("text").split())
    kinds.add("quote 1-3 words" if words <= 3 else "quote 4-8 words" if words <= 8 else "")
    kinds |= {"partial"} if get("partial") else set()
    kinds.add(_kind(speaker))
    kinds |= {"report of another"} if _report_of_another(speaker, text, start) else set()
    return frozenset(kinds - {""})


def _named(speaker: str, start: int, end: int, text: str) -> set[str]:
    """Where `text` names the speaker (by any of its words but joints) nearest the quote at
    `start`-`end`, and how that name stands in its sentence."""
    words = [w for w in re.findall(r"[\w’'-]+", speaker) if w.lower() not in _JOINTS and len(w) > 2]
    alternatives = "|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in words or speaker.split())
    pattern = re.compile(alternatives, 0 if speaker[:1].isupper() else re.I)
    spots = [m.start() for m in pattern.finditer(text) if not start <= m.start() < end]
    first = max([0, *(m.end() for m in _STOP.finditer(text, 0, start))])
    stop = _STOP.search(text, end)
    last = stop.start() if stop else len(text)
    before = [at for at in spots if at < start]
    kinds = set()
    lo = before[-1] if before else max(0, start - 600)
    named = [m for m in _PERSON.finditer(text[lo:start]) if is_given_name(m.group(1))]
    if any(m.group(1) not in speaker for m in named):
        kinds.add("other person between")
    if not any(first <= at < last for at in spots):
        if not before:
            return kinds | {"named only later" if spots else "never named"}
        back = sum(1 for _ in _STOP.finditer(text, before[-1], first))
        return kinds | {"named 1 sentence back" if back <= 1 else f"named {_far(back)} back"}
    kinds.add("named in sentence")
    at = max((at for at in before if at >= first), default=None)
    if at is None:
        return kinds
    between, opening = text[at:start], text[first:at]
    kinds |= {"subject 25+ words before"} if len(between.split()) > 25 else set()
    kinds |= {"mention in subordinate"} if _SUBORDINATE.search(opening) else set()
    kinds |= {"mention after preposition"} if _PREPOSITION.search(opening) else set()
    that = list(re.finditer(r"\bque\b", between))
    kinds |= {"two que between"} if len(that) >= 2 else set()
    tail = between[that[-1].end() :] if that else ""
    if len(tail.split()) >= 2 and _OWN_SUBJECT.match(tail):
        kinds.add("reported clause with subject")
    saying = [w for w in re.findall(r"\w+", between.lower()) if w in _SAYING]
    kinds |= {"two saying verbs between"} if len(saying) >= 2 else set()
    return kinds


def _far(sentences: int) -> str:
    return "2-3" if sentences <= 3 else "4+"


def _kind(speaker: str) -> str:
    words = speaker.split()
    if not speaker[:1].isupper():
        return "kind description"
    if speaker.isupper():
        return "kind acronym"
    if is_given_name(words[0]):
        return "kind first name alone" if len(words) == 1 else "kind person"
    return "kind one word" if len(words) == 1 else "kind other name"


def read_now(which: str, split: str) -> list[dict]:
    """A split of a set as the current code reads it (`speaker_confidence.found_quotes`'s
    shape, for either set)."""
    sources = rr.load_sources(which)
    articles = []
    for key, entry in rr.load_annotations(split, which).items():
        rr.check(entry, sources[key])
        articles.append(sc.article_reading(sources[key], entry))
    return articles


def read_blind(work: Path) -> dict[str, list[dict]]:
    """Each `BLIND` split (dev's rounds joined) as the code it was scored blind at read it
    (that commit's tree unpacked in `work`, run in a child process)."""
    out: dict[str, list[dict]] = defaultdict(list)
    for split, lo, hi, commit in BLIND:
        dump = work / f"{split}-{lo}-{commit}.json"
        if not dump.exists():
            tree = evaldata.tree_at(commit, work)
            command = [sys.executable, sc.__file__, "--dump", split, str(lo), str(hi), str(dump)]
            subprocess.run(command, env={**os.environ, "PYTHONPATH": str(tree)}, check=True)
        out[split] += json.loads(dump.read_text(encoding="utf-8"))
    return dict(out)


def rows_of(articles: list[dict], pairs: bool) -> dict:
    """A split's quote counts (found, annotated, right with their speaker) and a row for
    each speaker given on a matched quote: its kinds (and pairs of kinds with `pairs`),
    whether it is right, whether the annotation wants no one."""
    rows, counts = [], Counter()
    for article in articles:
        counts["found"] += len(article["quotes"])
        counts["gold"] += article["gold"]
        for q in article["quotes"]:
            quote = q["quote"]
            right = q["matched"] and rr.fold(quote["speaker"]) == rr.fold(q["gold"])
            counts["pair_right"] += right
            if q["matched"] and quote["speaker"]:
                kinds = evidence(quote, article["text"])
                cells = set(kinds)
                if pairs:
                    cells |= {f"{a} & {b}" for a, b in itertools.combinations(sorted(kinds), 2)}
                rows.append({"cells": cells, "right": right, "none": q["gold"] is None})
    return {"rows": rows, **counts}


def choose(
    splits: dict[str, dict], ratio: float, min_wrong: int = 4, min_splits: int = 3
) -> list[str]:
    """The kinds to withhold, chosen greedily on `splits`' rows (the module's docstring)."""
    rest = [(name, row) for name, split in splits.items() for row in split["rows"]]
    chosen: list[str] = []
    while True:
        given, wrong, where = Counter(), Counter(), defaultdict(set)
        for name, row in rest:
            for cell in row["cells"]:
                given[cell] += 1
                if not row["right"]:
                    wrong[cell] += 1
                    where[cell].add(name)
        fit = [
            cell
            for cell in given
            if wrong[cell] >= min_wrong
            and len(where[cell]) >= min_splits
            and wrong[cell] >= ratio * (given[cell] - wrong[cell])
        ]
        if not fit:
            return chosen
        best = max(fit, key=lambda c: (2 * wrong[c] - ratio * given[c], wrong[c], c))
        chosen.append(best)
        rest = [(name, row) for name, row in rest if best not in row["cells"]]


def applied(split: dict, chosen: list[str]) -> dict:
    """Speakers shown right / wrong / given and quote + speaker F1 before and after
    withholding every speaker resting on a chosen kind, and those withheld right / wrong."""
    rows = split["rows"]
    out = [row for row in rows if row["cells"] & set(chosen)]
    lost, freed = sum(r["right"] for r in out), sum(r["none"] for r in out)
    right = sum(r["right"] for r in rows)
    counts = (split["found"], split["gold"])
    return {
        "before": (right, len(rows) - right, len(rows), sc.f1(split["pair_right"], *counts)),
        "after": (
            right - lost,
            len(rows) - right - (len(out) - lost),
            len(rows) - len(out),
            sc.f1(split["pair_right"] - lost + freed, *counts),
        ),
        "withheld": (lost, len(out) - lost),
    }


def line(name: str, result: dict) -> str:
    (br, bw, bg, bf), (ar, aw, ag, af) = result["before"], result["after"]
    return (
        f"{name}: withheld {result['withheld'][0]} right, {result['withheld'][1]} wrong;"
        f" shown {br}/{bw}/{bg} F1 {bf:.3f} -> {ar}/{aw}/{ag} F1 {af:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ratio", type=float, default=1.0, help="wrong at least RATIO x right")
    parser.add_argument("--pairs", action="store_true", help="two kinds together too")
    parser.add_argument("--choose-on", choices=("blind", "now"), default="blind")
    parser.add_argument("--kinds", action="store_true", help="every kind's right / given")
    parser.add_argument("--min-wrong", type=int, default=4, help="a kind chosen is wrong so often")
    parser.add_argument("--min-splits", type=int, default=3, help="...in so many splits")
    parser.add_argument("--work", type=Path, help="old trees and readings, kept")
    args = parser.parse_args()
    if why := rr.missing():
        raise SystemExit(why)
    now = {f"{which}:{split}": rows_of(read_now(which, split), args.pairs) for which, split in NOW}
    with tempfile.TemporaryDirectory(prefix="contrasta-speaker-evidence-") as scratch:
        blind_articles = read_blind(args.work or Path(scratch))
    blind = {f"es:{split}": rows_of(arts, args.pairs) for split, arts in blind_articles.items()}
    if args.kinds:
        for label, table in (("now", now), ("blind", blind)):
            given, right = Counter(), Counter()
            for split in table.values():
                for row in split["rows"]:
                    for cell in row["cells"]:
                        given[cell] += 1
                        right[cell] += row["right"]
            print(f"kinds, read {label} (right/given), most often wrong first:")
            for cell in sorted(given, key=lambda c: (right[c] / given[c], c)):
                print(f"  {right[cell]}/{given[cell]} {cell}")
    pool = blind if args.choose_on == "blind" else now
    least = (args.min_wrong, args.min_splits)
    print(f"chosen on all {args.choose_on} readings: {choose(pool, args.ratio, *least)}")
    totals = {"blind": Counter(), "now": Counter()}
    for name in now:
        chosen = choose({k: v for k, v in pool.items() if k != name}, args.ratio, *least)
        print(f"{name} left out: chosen {chosen}")
        for label, table in (("blind", blind), ("now", now)):
            if name in table:
                result = applied(table[name], chosen)
                print("  " + line(f"read {label}", result))
                totals[label].update(
                    dict(zip(("lost", "cut"), result["withheld"], strict=True))
                    | dict(zip(("right", "wrong", "given"), result["before"][:3], strict=True))
                    | dict(zip(("right after", "wrong after"), result["after"][:2], strict=True))
                )
    for label, t in totals.items():
        print(
            f"pooled, read {label}: right {t['right']} -> {t['right after']}, wrong {t['wrong']}"
            f" -> {t['wrong after']} (withheld {t['lost']} right, {t['cut']} wrong)"
        )


if __name__ == "__main__":
    main()
