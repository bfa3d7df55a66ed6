"""Benchmark: direct quotes and their speakers, on examples/truth.json and on FakeDeS.

    .venv/bin/python bench/reading_quotes.py [--fakedes N]

On the examples, a predicted quote is right when its text (whitespace-normalised)
matches an annotated quote of the same article, and right with its speaker when the
speaker matches too; prints precision, recall and F1 of both, every miss, and the
throughput. Quotes are read as the dossier reads them, with the people of the article's
story (`story_people`) known; "alone" reads each article on its own. On the Spanish Fake
News Corpus test set (no quote annotations) it prints how many quotes and speakers are
found and a sample to read by eye.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import evaldata  # noqa: E402
from reading_dates import example_articles  # noqa: E402

from contrasta.reading.quotes import find_quotes, people  # noqa: E402
from contrasta.reading.roles import story_people  # noqa: E402

EXAMPLES = ROOT / "examples"


def _norm(text: str | None) -> str | None:
    return " ".join(text.split()) if text is not None else None


def evaluate(story: bool = True) -> dict:
    """Scores of text-only and text+speaker matching, with the misses listed."""
    truth = json.loads((EXAMPLES / "truth.json").read_text(encoding="utf-8"))
    articles = example_articles()
    known = {}
    if story:
        for item in truth["stories"].values():
            keys = [key for key in item["articles"] if key in articles]
            found = story_people([people(articles[k].text, articles[k].lang) for k in keys])
            known.update(dict.fromkeys(keys, found))
    gold: dict[str, list[tuple[str, str]]] = {}
    for item in truth["quotes"]:
        gold.setdefault(item["article"], []).append((_norm(item["text"]), _norm(item["speaker"])))
    predicted = 0
    text_right = pair_right = 0
    misses = []
    started = time.perf_counter()
    found = {
        key: find_quotes(article.text, article.lang, known.get(key))
        for key, article in articles.items()
    }
    elapsed = time.perf_counter() - started
    for key, quotes in found.items():
        want_text = Counter(text for text, _ in gold.get(key, []))
        want_pair = Counter(gold.get(key, []))
        for quote in quotes:
            predicted += 1
            text, speaker = _norm(quote.text), _norm(quote.speaker)
            if want_text[text]:
                want_text[text] -= 1
                text_right += 1
            else:
                misses.append(f"{key}: extra quote {quote.text!r} ({quote.speaker})")
                continue
            if want_pair[(text, speaker)]:
                want_pair[(text, speaker)] -= 1
                pair_right += 1
            else:
                wanted = next(s for t, s in gold[key] if t == text)
                misses.append(f"{key}: {quote.text[:50]!r}… speaker {speaker!r}, want {wanted!r}")
        for text, count in want_text.items():
            misses.extend([f"{key}: missed quote {text!r}"] * count)
    annotated = len(truth["quotes"])
    return {
        "text": evaldata.prf(text_right, predicted, annotated),
        "pair": evaldata.prf(pair_right, predicted, annotated),
        "predicted": predicted,
        "annotated": annotated,
        "misses": misses,
        "articles": len(articles),
        "seconds": elapsed,
    }


def fakedes(sample: int) -> None:
    """Counts and a random sample on real news, to read by eye (no gold exists)."""
    texts = evaldata.fakedes_texts()
    started = time.perf_counter()
    results = [find_quotes(text, "es") for text in texts]
    elapsed = time.perf_counter() - started
    quotes = [(i, q) for i, found in enumerate(results) for q in found]
    with_speaker = sum(1 for _, q in quotes if q.speaker)
    styles = Counter(q.style for _, q in quotes)
    print(
        f"FakeDeS test: {len(texts)} texts, {len(quotes)} quotes in "
        f"{sum(1 for r in results if r)} texts, {with_speaker} with a speaker "
        f"({with_speaker / max(1, len(quotes)):.0%}), {sum(q.partial for _, q in quotes)} partial; "
        f"styles {dict(styles)}; {len(texts) / elapsed:.0f} texts/s"
    )
    for i, quote in random.Random(7).sample(quotes, min(sample, len(quotes))):
        text = texts[i]
        context = text[max(0, quote.start - 100) : quote.end + 100].replace("\n", " ")
        print(f"\n[{i}] {quote.style} partial={quote.partial} cue={quote.cue!r}", end=" ")
        print(f"speaker={quote.speaker!r}")
        print(f"    quote: {quote.text[:120]!r}")
        print(f"    context: …{context}…")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fakedes", type=int, default=15, help="sample size to print (0: skip)")
    args = parser.parse_args()
    result = evaluate()
    alone = evaluate(story=False)
    for label, key in (("quote text", "text"), ("quote + speaker", "pair")):
        precision, recall, f1 = result[key]
        print(f"{label:16} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}", end="")
        print(f"   (alone: F1 {alone[key][2]:.3f})")
    print(
        f"{result['predicted']} predicted, {result['annotated']} annotated; "
        f"{result['articles'] / result['seconds']:.0f} articles/s"
    )
    for miss in result["misses"]:
        print("  miss:", miss)
    if args.fakedes and not evaldata.missing(evaldata.FAKEDES, xlsx=True):
        fakedes(args.fakedes)


if __name__ == "__main__":
    main()
