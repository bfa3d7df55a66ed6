"""Benchmark: typed name mentions and their resolution within a story.

    .venv/bin/python bench/reading_entities.py [--no-real]

On the articles annotated in examples/truth-entities.json: precision, recall and F1 of
PER/ORG/LOC mentions (matched as multisets per article, on text+label and on text only;
MISC is neither annotated nor scored) and resolution accuracy (story-level `resolve` over
every article of the story, compared with the annotated canonical name up to case, accents
and spaces, on the annotated mentions the reader found). Then throughput on one core: the
whole example corpus, a 50-article story, and the 572 real texts of the Spanish Fake News
Corpus test set (../shared/eval/, needs openpyxl), with 20 of its mentions to eyeball.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import evaldata  # noqa: E402
from reading_dates import example_articles  # noqa: E402

from contrasta.reading.entities import fold, load_reader, resolve  # noqa: E402

EXAMPLES = ROOT / "examples"
SCORED = {"PER", "ORG", "LOC"}


def evaluate() -> dict:
    """Scores on the annotated examples, and every miss and false alarm to read."""
    annotated = json.loads((EXAMPLES / "truth-entities.json").read_text(encoding="utf-8"))
    stories = json.loads((EXAMPLES / "truth.json").read_text(encoding="utf-8"))["stories"]
    articles = example_articles()
    found = {key: load_reader(a.lang).mentions(a.text) for key, a in articles.items()}
    story_of = {key: story for story, s in stories.items() for key in s["articles"]}
    canonical_in = {
        story: resolve({key: found[key] for key in s["articles"]}) for story, s in stories.items()
    }
    typed = untyped = predicted = wanted = resolved = resolvable = 0
    errors = []
    for key, truth in annotated["articles"].items():
        got = [m for m in found[key] if m.label in SCORED]
        want_typed = Counter((t["text"], t["label"]) for t in truth)
        got_typed = Counter((m.text, m.label) for m in got)
        want_text = Counter(t["text"] for t in truth)
        got_text = Counter(m.text for m in got)
        typed += sum((want_typed & got_typed).values())
        untyped += sum((want_text & got_text).values())
        predicted += len(got)
        wanted += len(truth)
        errors += [f"{key}: missed {t!r}" for t in (want_typed - got_typed).elements()]
        errors += [f"{key}: false {t!r}" for t in (got_typed - want_typed).elements()]
        canonical = canonical_in[story_of[key]]
        for t in truth:
            if t["text"] in canonical:
                resolvable += 1
                if fold(canonical[t["text"]]) == fold(t["canonical"]):
                    resolved += 1
                else:
                    errors.append(
                        f"{key}: {t['text']!r} resolved to {canonical[t['text']]!r},"
                        f" want {t['canonical']!r}"
                    )
    return {
        "articles": len(annotated["articles"]),
        "mentions": wanted,
        "typed": evaldata.prf(typed, predicted, wanted),
        "text": evaldata.prf(untyped, predicted, wanted),
        "resolution": (resolved, resolvable),
        "errors": errors,
    }


def _throughput(texts: list[str], lang: str = "es") -> float:
    reader = load_reader(lang)
    start = time.perf_counter()
    for text in texts:
        reader.mentions(text)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    scores = evaluate()
    print(f"annotated: {scores['articles']} articles, {scores['mentions']} PER/ORG/LOC mentions")
    for name in ("typed", "text"):
        p, r, f = scores[name]
        print(f"mentions ({name:>5}): P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    right, total = scores["resolution"]
    print(f"resolution accuracy: {right}/{total} = {right / total:.3f}")
    for error in scores["errors"]:
        print("  ", error)

    started = time.perf_counter()
    reader = load_reader("es")
    print(f"\nmodel: {reader.model} (load {time.perf_counter() - started:.2f} s)")
    examples = example_articles()
    texts = [a.text for a in examples.values() if a.lang == "es"]
    print(f"examples ({len(texts)} Spanish articles): {_throughput(texts):.1f} articles/s")
    if "--no-real" in sys.argv or evaldata.missing(evaldata.FAKEDES, xlsx=True):
        return
    real = evaldata.fakedes_texts()
    started = time.perf_counter()
    found = {str(i): reader.mentions(text) for i, text in enumerate(real[:50])}
    resolve(found)
    print(f"one 50-article story (mentions + resolve): {time.perf_counter() - started:.2f} s")
    print(f"real ({len(real)} texts, {sum(map(len, real)) // len(real)} chars avg): ", end="")
    print(f"{_throughput(real):.1f} articles/s")
    mentions = [(i, m) for i, text in enumerate(real) for m in reader.mentions(text)]
    labels = Counter(m.label for _, m in mentions)
    print(f"  {len(mentions)} mentions: {dict(labels.most_common())}")
    for i, m in random.Random(4).sample(mentions, 20):
        context = real[i][max(0, m.start - 40) : m.end + 40].replace("\n", " ")
        print(f"  {m.label:4} {m.text!r:32} -> {m.canonical!r:32} …{context}…")


if __name__ == "__main__":
    main()
