"""Figures in real Spanish news: the figure parser against hand annotations, and its speed.

    .venv/bin/python bench/real_numbers.py [--part dev|heldout|all] [--show]

bench/real/numbers.json points at passages of ../shared/eval (FakeDeS test, SemEval
pairs-dev) by row id and offsets, with every figure's offsets, value, unit and hedge.
Each passage is read the way claims are: line by line, sentence by sentence, with the
date finder's spans left out. A found figure is right when it overlaps an annotated one
and has its value; "+unit" also asks for the annotated counted noun (canonical form);
"bound" is the share of right figures with the right hedge. The parser of
`contrasta.reading.numbers` is scored beside the regex parser it replaced (claims.py at
commit BEFORE, read from git), both on the same sentences. Speed: figures read per CPU
second over every sentence of the FakeDeS test set, sentences and dates found beforehand.
The held-out part is scored once, at the end; tune on dev only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import types
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import evaldata  # noqa: E402

from contrasta.crosscheck.claims import fold  # noqa: E402
from contrasta.dates import find_dates  # noqa: E402
from contrasta.reading.numbers import VAGUE, canonical_unit, find_numbers, number_style  # noqa: E402
from contrasta.reading.sentences import split_sentences  # noqa: E402

ANNOTATIONS = ROOT / "bench" / "real" / "numbers.json"
BEFORE = "8f4631d"  # the last commit with the regex figure parser in claims.py
BASE = datetime(2021, 1, 1)  # dates only mark spans to leave out; any base will do

# (text, start, end) -> figures as (start, end, value, unit, bound), offsets into text
Parser = Callable[[str, list[tuple[int, int]], str, int], list[tuple[int, int, float, str]]]


def missing() -> str | None:
    """Why the bench cannot run here, or None when it can."""
    return evaldata.missing(evaldata.FAKEDES, evaldata.SEMEVAL, xlsx=True)


def passages(part: str) -> list[dict]:
    annotation = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    return [p for p in annotation["passages"] if p["part"] == part]


def rows() -> dict[str, str]:
    """Every text the annotations can point at, by row id (see numbers.json "rows")."""
    found = {}
    for row in evaldata.fakedes_rows():
        if row["TEXT"]:
            found[f"fakedes-test:{row['ID']}"] = row["TEXT"]
    for row, side, text in evaldata.semeval_spanish():
        found[f"semeval-dev:{row['pair_id']}:{side}"] = text
    return found


def sentences(text: str, start: int, end: int) -> list[tuple[str, int, list[tuple[int, int]]]]:
    """(sentence, its offset, date spans inside it) for the passage text[start:end]."""
    out = []
    at = start
    for line in text[start:end].split("\n"):
        for sentence in split_sentences(line, at):
            spans = [(m.start, m.end) for m in find_dates(sentence.text, base=BASE)]
            out.append((sentence.text, sentence.start, spans))
        at += len(line) + 1
    return out


def new_parser(whole: str) -> Callable:
    style = number_style(whole, "es")

    def parse(sentence: str, spans, offset: int):
        return [
            (n.start, n.end, n.value, n.unit, n.bound)
            for n in find_numbers(sentence, style, spans, offset)
            if n.bound != VAGUE  # the annotations leave vague plurals out
        ]

    return parse


def old_parser(module: types.ModuleType, crashes: list[str]) -> Callable:
    """The regex parser; a sentence it crashes on ("5,135,526" in Spanish text raised
    ValueError and stopped the analysis) gives no figures and is counted."""

    def factory(whole: str) -> Callable:
        def parse(sentence: str, spans, offset: int):
            try:
                found = module._numbers(sentence, fold(sentence), spans, False)
            except ValueError:
                crashes.append(sentence)
                return []
            return [(n.start + offset, n.end + offset, n.value, n.unit, n.bound) for n in found]

        return parse

    return factory


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _units(unit) -> set:
    return {canonical_unit(u) if u else None for u in (unit if isinstance(unit, list) else [unit])}


def score(passages: list[dict], texts: dict[str, str], factory: Callable, show: bool) -> dict:
    found = right = right_unit = right_bound = 0
    annotated = sum(len(p["figures"]) for p in passages)
    misses = []
    for passage in passages:
        text = texts[passage["row"]]
        parse = factory(text)
        got = [
            figure
            for sentence, offset, spans in sentences(text, passage["start"], passage["end"])
            for figure in parse(sentence, spans, offset)
        ]
        found += len(got)
        left = list(passage["figures"])
        for start, end, value, unit, bound in got:
            match = next(
                (
                    a
                    for a in left
                    if a["start"] < end and start < a["end"] and _same_value(a["value"], value)
                ),
                None,
            )
            shown = f"{passage['row']} [{start}:{end}] {text[start:end]!r} = {value:g} {unit}"
            if match is None:
                misses.append(f"extra   {shown}")
                continue
            left.remove(match)
            right += 1
            if unit in _units(match["unit"]):
                right_unit += 1
            else:
                misses.append(f"unit    {shown}, want {match['unit']}")
            if bound == match["bound"]:
                right_bound += 1
            else:
                misses.append(f"bound   {shown} {bound}, want {match['bound']}")
        for a in left:
            misses.append(
                f"missed  {passage['row']} [{a['start']}:{a['end']}] "
                f"{text[a['start'] : a['end']]!r} = {a['value']:g} {a['unit']}"
            )
    if show:
        for miss in misses:
            print(f"    {miss}")
    return {
        "annotated": annotated,
        "found": found,
        "value": evaldata.prf(right, found, annotated),
        "unit": evaldata.prf(right_unit, found, annotated),
        "bound": right_bound / right if right else 0.0,
    }


def speed(texts: dict[str, str], factory: Callable) -> tuple[int, int, float]:
    """(sentences, figures, CPU seconds) over every sentence of the FakeDeS test set."""
    prepared = [
        (factory(text), sentences(text, 0, len(text)))
        for key, text in texts.items()
        if key.startswith("fakedes-test:")
    ]
    count = sum(len(found) for _, found in prepared)
    figures, cpu = 0, time.process_time()
    for parse, found in prepared:
        for sentence, offset, spans in found:
            figures += len(parse(sentence, spans, offset))
    return count, figures, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--show", action="store_true", help="list every miss")
    args = parser.parse_args()
    reason = missing()
    if reason:
        sys.exit(reason)
    texts = rows()
    parsers = {"numbers": new_parser}
    # claims.py as it was before the figure parser moved out
    module = evaldata.module_at(BEFORE, "contrasta/crosscheck/claims.py", "claims_before")
    crashes: list[str] = []
    if module is not None:
        parsers[f"regex ({BEFORE})"] = old_parser(module, crashes)
    else:
        print(f"regex parser of {BEFORE}: not available (no git history)")
    parts = ("dev", "heldout") if args.part == "all" else (args.part,)
    for part in parts:
        chosen = passages(part)
        for name, factory in parsers.items():
            if args.show:
                print(f"[{part}] {name} misses:")
            result = score(chosen, texts, factory, args.show)
            value, unit = result["value"], result["unit"]
            print(
                f"[{part}] {name:22} {len(chosen)} passages, {result['annotated']} figures, "
                f"{result['found']} found | value P {value[0]:.3f} R {value[1]:.3f} "
                f"F1 {value[2]:.3f} | +unit P {unit[0]:.3f} R {unit[1]:.3f} F1 {unit[2]:.3f} "
                f"| bound {result['bound']:.3f}"
            )
    for name, factory in parsers.items():
        crashes.clear()
        count, figures, cpu = speed(texts, factory)
        print(
            f"speed {name:22} {count} sentences, {figures} figures in {cpu:.2f} CPU s = "
            f"{count / cpu:,.0f} sentences/s" + (f"; crashed on {len(crashes)}" if crashes else "")
        )


if __name__ == "__main__":
    main()
