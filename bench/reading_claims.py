"""Claim cross-checking against annotated claims, and its speed.

    .venv/bin/python bench/reading_claims.py [--show] [--articles 50]

Two annotated sets, reported apart and per story: `examples` (examples/truth-claims.json,
the stories the cross-check was tuned on) and `heldout` (bench/heldout/, stories written
apart from them; its truth file notes each story's first score, before any tuning on it:
the gap to the examples' score is the overfitting). Accuracy: for each annotated claim,
the group holding the annotated fragment must carry the annotated label (and, for
corroborated ones, the annotated number of independent origins, reported separately). A
group shown alike (several origins say something alike, not checked: service RULES 17)
carries "corroborated" here: the truth files label how many origins state a fact, and that
label says several do, adding that the cross-check could compare only their wording; how
many corroborated claims are shown only alike is reported beside the accuracy.
The five claims of truth.json are checked the same way (its single-source claims, and
both sides of each contradiction). Throughput: one story of N articles made from the
strike story's articles with small edits (so they are not byte copies), cross-checked end
to end (claims, provenance, embedding, alignment, labels); wall and CPU time.
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

from contrasta.crosscheck import ALIKE, CORROBORATED, CrossCheck, crosscheck
from contrasta.errors import InputError
from contrasta.ingest import read_file
from contrasta.model import Article
from contrasta.prepare import prepare

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
HELDOUT = Path(__file__).resolve().parent / "heldout"
# Annotated claim sets by name: the claims file of each.
ANNOTATIONS = {"examples": EXAMPLES / "truth-claims.json", "heldout": HELDOUT / "truth-claims.json"}


@cache
def _examples() -> dict[str, Article]:
    return example_articles()


def load(key: str) -> Article:
    """An example article by its truth.json key ("feeds/agencia.jsonl:3" is line 3)."""
    return _examples()[key]


def _heldout_articles() -> dict[str, Article]:
    found = {}
    for path in sorted(HELDOUT.glob("*.txt")):
        for raw in read_file(path):
            if not isinstance(raw, InputError):
                found[path.name] = prepare(raw)
    return found


def checked_stories(corpus: str = "examples") -> dict[str, tuple[dict[str, Article], CrossCheck]]:
    if corpus == "examples":
        truth = json.loads((EXAMPLES / "truth.json").read_text(encoding="utf-8"))
        members = {name: story["articles"] for name, story in truth["stories"].items()}
        pool = _examples()
    else:
        members = json.loads(ANNOTATIONS[corpus].read_text(encoding="utf-8"))["stories"]
        pool = _heldout_articles()
    stories = {}
    for name, keys in members.items():
        articles = {key: pool[key] for key in keys}
        stories[name] = (articles, crosscheck(list(articles.values())))
    return stories


def score(
    stories: dict[str, tuple[dict[str, Article], CrossCheck]], corpus: str = "examples"
) -> dict:
    """Label accuracy and origin-count accuracy over the annotation, with every miss."""
    annotated = json.loads(ANNOTATIONS[corpus].read_text(encoding="utf-8"))
    right, origins_right, origins_total, misses, alike = 0, 0, 0, [], 0
    by_story: dict[str, list[int]] = {}
    for item in annotated["claims"]:
        articles, checked = stories[item["story"]]
        group = checked.group_of(articles[item["article"]].id, item["text"])
        got = shown_label(group.label) if group else "not a claim"
        alike += bool(group) and group.label == ALIKE and item["label"] == CORROBORATED
        tally = by_story.setdefault(item["story"], [0, 0])
        tally[1] += 1
        if got == item["label"]:
            right += 1
            tally[0] += 1
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
        "alike": alike,  # corroborated claims shown only as several sources alike
        "by_story": {story: (hits, count) for story, (hits, count) in by_story.items()},
        "misses": misses,
    }


def shown_label(label: str) -> str:
    """The label as the truth files name it: alike is several origins, as corroborated."""
    return CORROBORATED if label == ALIKE else label


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
        for corpus in ANNOTATIONS:
            stories = checked_stories(corpus)
            if args.show:
                show(stories)
            result = score(stories, corpus)
            print(f"[{corpus}] annotated claims: {result['claims']}")
            print(f"[{corpus}] label accuracy: {result['accuracy']:.3f} (target >= 0.85)")
            print(f"[{corpus}] corroborated claims shown only alike: {result['alike']}")
            for story, (hits, count) in result["by_story"].items():
                print(f"[{corpus}]   {story}: {hits}/{count} = {hits / count:.3f}")
            print(
                f"[{corpus}] independent-origins accuracy (corroborated): "
                f"{result['origins_accuracy']:.3f}"
            )
            for miss in result["misses"]:
                print(f"  miss: {miss}")
            if corpus == "examples":
                print("truth.json claims:")
                for line in truth_claims(stories):
                    print(f"  {line}")
        story = synthetic_story(args.articles)
        start, cpu = time.perf_counter(), time.process_time()
        checked = crosscheck(story)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    claims = sum(len(g.claims) for g in checked.groups)
    print(
        f"throughput: {len(story)} articles, {claims} claims, {len(checked.groups)} groups in "
        f"{seconds:.2f} s wall, {cpu:.2f} s CPU (target < 10 s) = "
        f"{len(story) / seconds:.1f} articles/s"
    )


if __name__ == "__main__":
    main()
