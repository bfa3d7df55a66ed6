"""Claim cross-checking against examples/truth-claims.json and truth.json, and its speed.

    .venv/bin/python bench/reading_claims.py [--show] [--articles 50]

Accuracy: for each annotated claim, the group holding the annotated sentence must carry
the annotated label (and, for corroborated ones, the annotated number of independent
origins, reported separately). The five claims of truth.json are checked the same way
(its single-source claims, and both sides of each contradiction). Throughput: one story
of N articles made from the strike story's articles with small edits (so they are not
byte copies), cross-checked end to end (claims, provenance, embedding, alignment, labels).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import replace
from functools import cache
from pathlib import Path

from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_dates import example_articles

from contrasta.crosscheck import CrossCheck, crosscheck
from contrasta.model import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@cache
def _examples() -> dict[str, Article]:
    return example_articles()


def load(key: str) -> Article:
    """An example article by its truth.json key ("feeds/agencia.jsonl:3" is line 3)."""
    return _examples()[key]


def checked_stories() -> dict[str, tuple[dict[str, Article], CrossCheck]]:
    truth = json.loads((EXAMPLES / "truth.json").read_text(encoding="utf-8"))
    stories = {}
    for name, story in truth["stories"].items():
        articles = {key: load(key) for key in story["articles"]}
        stories[name] = (articles, crosscheck(list(articles.values())))
    return stories


def score(stories: dict[str, tuple[dict[str, Article], CrossCheck]]) -> dict:
    """Label accuracy and origin-count accuracy over the annotation, with every miss."""
    annotated = json.loads((EXAMPLES / "truth-claims.json").read_text(encoding="utf-8"))
    right, origins_right, origins_total, misses = 0, 0, 0, []
    for item in annotated["claims"]:
        articles, checked = stories[item["story"]]
        group = checked.group_of(articles[item["article"]].id, item["text"])
        got = group.label if group else "not a claim"
        if got == item["label"]:
            right += 1
        else:
            misses.append(f"{item['article']}: {item['text'][:60]!r} {item['label']} -> {got}")
        if item["label"] == "corroborated":
            origins_total += 1
            found = len(group.origins) if group else 0
            if found == item["origins"]:
                origins_right += 1
            else:
                misses.append(f"  origins {item['origins']} -> {found}: {item['text'][:50]!r}")
    total = len(annotated["claims"])
    return {
        "claims": total,
        "accuracy": right / total,
        "origins_accuracy": origins_right / max(origins_total, 1),
        "misses": misses,
    }


def truth_claims(stories: dict[str, tuple[dict[str, Article], CrossCheck]]) -> list[str]:
    """truth.json's own claims: one line each, "ok" or what was found instead."""
    truth = json.loads((EXAMPLES / "truth.json").read_text(encoding="utf-8"))
    lines = []
    for item in truth["claims"]["single_source"]:
        story = next(n for n, s in truth["stories"].items() if item["article"] in s["articles"])
        articles, checked = stories[story]
        group = checked.group_of(articles[item["article"]].id, item["text"])
        found = group.label if group else "not a claim"
        lines.append(f"single-source {item['text'][:50]!r}: {found}")
    for item in truth["claims"]["contradictions"]:
        articles, checked = stories[item["story"]]
        ids = {articles[key].id for key in item["values"]}
        hits = [
            c
            for g in checked.groups
            for c in g.conflicts
            if c.kind == item["kind"]
            and {x.article_id for x in c.claims} <= ids
            and {_digits(v) for v in c.values} == {_digits(v) for v in item["values"].values()}
        ]
        found = f"contradicted ({' vs '.join(hits[0].values)})" if hits else "missed"
        lines.append(f"contradiction {item['about']}: {found}")
    return lines


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def synthetic_story(size: int) -> list[Article]:
    """The strike story's articles repeated with small edits (a word dropped per paragraph
    and a new id), so copy detection and alignment have real work to do."""
    truth = json.loads((EXAMPLES / "truth.json").read_text(encoding="utf-8"))
    base = [load(key) for key in truth["stories"]["huelga-puerto"]["articles"]]
    rng = random.Random(7)
    out = []
    for i in range(size):
        article = base[i % len(base)]
        paragraphs = []
        for paragraph in article.paragraphs:
            words = paragraph.split()
            if len(words) > 12:
                del words[rng.randrange(4, len(words) - 4)]
            paragraphs.append(" ".join(words))
        out.append(
            replace(
                article,
                id=f"synthetic{i:04d}",
                outlet=f"{article.outlet} {i % 9}",
                text="\n\n".join(paragraphs),
            )
        )
    return out


def show(stories: dict[str, tuple[dict[str, Article], CrossCheck]]) -> None:
    for name, (articles, checked) in stories.items():
        key = {a.id: k for k, a in articles.items()}
        print(f"\n=== {name}")
        for group in checked.groups:
            if len(group.claims) == 1:
                continue
            print(f"-- {group.label} origins={len(group.origins)}")
            for claim in group.claims:
                print(f"   {key[claim.article_id][:22]:22} {claim.sentence[:110]}")
            for conflict in group.conflicts:
                print(f"   !! {conflict.kind} {conflict.about}: {conflict.values}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--show", action="store_true", help="print every multi-claim group")
    args = parser.parse_args()
    with threadpool_limits(1):
        stories = checked_stories()
        if args.show:
            show(stories)
        result = score(stories)
        print(f"annotated claims: {result['claims']}")
        print(f"label accuracy: {result['accuracy']:.3f} (target >= 0.85)")
        print(f"independent-origins accuracy (corroborated): {result['origins_accuracy']:.3f}")
        for miss in result["misses"]:
            print(f"  miss: {miss}")
        print("truth.json claims:")
        for line in truth_claims(stories):
            print(f"  {line}")
        story = synthetic_story(args.articles)
        start = time.perf_counter()
        checked = crosscheck(story)
        seconds = time.perf_counter() - start
    claims = sum(len(g.claims) for g in checked.groups)
    print(
        f"throughput: {len(story)} articles, {claims} claims, {len(checked.groups)} groups in "
        f"{seconds:.2f} s (target < 10 s) = {len(story) / seconds:.1f} articles/s"
    )


if __name__ == "__main__":
    main()
