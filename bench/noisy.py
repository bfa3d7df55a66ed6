"""Benchmark: real articles wrapped in scraper noise with known truth, read and cleaned.

    PYTHONPATH=. .venv/bin/python bench/noisy.py [--split dev|heldout] [--limit N] [--json]

Real headlines and paragraphs (FakeDeS and the Spanish SemEval-2022 sides, read from
../shared/eval or $CONTRASTA_EVAL; see noisy_sources.py) are wrapped in page furniture of
the forms Spanish news sites print (noisy_forms.py), written as plain-text files (and some
JSON Lines records), and run through contrasta's public entry points, as `contrasta analyze`
does: `ingest.read_file` then `prepare.prepare`. Scores, per source set and overall:

- noise removed: share of noise lines (or glued pieces) that survive neither in the title
  nor in the text (a piece survives when it occurs there more often than in the truth);
- real paragraphs lost: not found whole in the text or the title (damaged: more than half
  of its words are still there);
- titles right: equal to the headline after Unicode NFC, case folding and whitespace
  squashing (nothing else forgiven: a cut or an added credit is wrong);
- dates right: the publication day when one is stated, no date when none is;
- throughput: articles per CPU second of read + prepare.

`--split heldout` takes other source rows (a third of them, by a hash of the row id) and
another seed; it is for scoring once: it prints counts per failure class, no examples.
`--limit N` takes the first N articles of each source set. Examples of failures go to the
terminal only.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import random
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Whoever sets PYTHONPATH chooses which contrasta is measured; otherwise this checkout's.
if os.environ.get("PYTHONPATH"):
    sys.path.append(str(ROOT))
else:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import evaldata  # noqa: E402
from noisy_forms import Generated, generate  # noqa: E402
from noisy_sources import Source, load_sources  # noqa: E402

from contrasta.errors import InputError  # noqa: E402
from contrasta.ingest import read_file  # noqa: E402
from contrasta.model import Article  # noqa: E402
from contrasta.prepare import prepare  # noqa: E402

SEEDS = {"dev": 20260112, "heldout": 71830517}
GOALS = {"noise_removed": 0.98, "paragraphs_lost": 0, "titles_right": 0.97, "dates_right": 0.97}
NOW = datetime(2026, 12, 1, 12, 0)
EXAMPLES = 3
EXAMPLE_CHARS = 90


def missing() -> str | None:
    """Why the bench cannot run here, or None when it can."""
    return evaldata.missing(evaldata.FAKEDES, evaldata.SEMEVAL, xlsx=True)


def _held_out(source: Source) -> bool:
    return int(hashlib.sha256(source.id.encode()).hexdigest()[:8], 16) % 3 == 0


def _order(source: Source) -> str:
    return hashlib.sha256(f"order:{source.id}".encode()).hexdigest()


@functools.cache
def _sources() -> tuple[Source, ...]:
    return tuple(load_sources())


def generated(split: str, limit: int | None = None) -> list[Generated]:
    """The split's noisy articles; the same article whatever the limit."""
    sources = sorted((s for s in _sources() if _held_out(s) == (split == "heldout")), key=_order)
    titles = [s.title for s in sources]
    taken: Counter[str] = Counter()
    out = []
    for source in sources:
        if limit is not None and taken[source.set] >= limit:
            continue
        taken[source.set] += 1
        rng = random.Random(f"{SEEDS[split]}:{source.id}")
        others = [t for t in titles if t != source.title]
        out.append(generate(source, rng, others))
    return out


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1] + "…"


@dataclass
class Tally:
    articles: int = 0
    noise: int = 0
    noise_kept: int = 0
    paragraphs: int = 0
    lost: int = 0
    damaged: int = 0
    titles_right: int = 0
    dates_right: int = 0
    noise_by_kind: Counter = field(default_factory=Counter)
    kept_by_kind: Counter = field(default_factory=Counter)

    def scores(self) -> dict:
        return {
            "articles": self.articles,
            "noise_lines": self.noise,
            "noise_removed": 1 - self.noise_kept / self.noise if self.noise else 1.0,
            "paragraphs": self.paragraphs,
            "paragraphs_lost": self.lost,
            "paragraphs_damaged": self.damaged,
            "titles_right": self.titles_right / self.articles if self.articles else 0.0,
            "dates_right": self.dates_right / self.articles if self.articles else 0.0,
            "noise_removed_by_kind": {
                kind: round(1 - self.kept_by_kind[kind] / n, 4)
                for kind, n in sorted(self.noise_by_kind.items())
            },
        }


@dataclass
class Failures:
    counts: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, kind: str, example: str) -> None:
        self.counts[kind] += 1
        if len(self.examples[kind]) < EXAMPLES:
            self.examples[kind].append(example)


def _read(item: Generated, folder: Path) -> tuple[Article | None, float]:
    """The cleaned article (None when nothing is left) and the CPU seconds it took."""
    path = folder / f"{item.key.replace(':', '-')}{item.suffix}"
    path.write_text(item.content, encoding="utf-8")
    started = time.process_time()
    try:
        docs = list(read_file(path))
        raw = docs[0] if docs and not isinstance(docs[0], InputError) else None
        article = prepare(raw, NOW) if raw is not None else None
    except InputError:
        article = None
    return article, time.process_time() - started


def _title_failure(item: Generated, article: Article) -> str:
    got, want = norm(article.title), norm(item.title)
    if any(norm(n.text) == got for n in item.noise):
        return "title: a noise line taken"
    if want in got:
        return "title: headline with noise kept on it"
    if want.startswith(got):
        return "title: headline cut short"
    if any(norm(p).startswith(got) for p in item.paragraphs):
        return "title: a body paragraph taken"
    return "title: other"


def score(item: Generated, article: Article | None, tally: Tally, failures: Failures) -> None:
    tally.articles += 1
    tally.noise += len(item.noise)
    tally.paragraphs += len(item.paragraphs)
    for noise in item.noise:
        tally.noise_by_kind[noise.kind] += 1
    if article is None:
        tally.lost += len(item.paragraphs)
        failures.add("no article left", item.key)
        return
    truth = " ¶ ".join(norm(t) for t in (item.title, *item.paragraphs))
    title, text = norm(article.title), " ¶ ".join(norm(p) for p in article.paragraphs)
    output = f"{title} ¶ {text}"
    groups: dict[str, list] = defaultdict(list)
    for noise in item.noise:
        groups[norm(noise.mark)].append(noise)
    for probe, items in groups.items():
        kept = min(len(items), max(0, output.count(probe) - truth.count(probe)))
        for noise in items[:kept]:
            tally.noise_kept += 1
            tally.kept_by_kind[noise.kind] += 1
            where = "title" if probe in title else "text"
            failures.add(f"noise kept: {noise.kind}", f"{item.key} [{where}] {_cut(noise.text)}")
    words = Counter(output.split())
    for paragraph in item.paragraphs:
        wanted = norm(paragraph)
        if wanted in text or wanted in title:
            continue
        tally.lost += 1
        mine = wanted.split()
        if sum(1 for w in mine if words[w]) > len(mine) / 2:
            tally.damaged += 1
            failures.add("paragraph damaged", f"{item.key} {_cut(paragraph)}")
        else:
            rules = [r.rule for r in article.removed if norm(r.text)[:40] in wanted]
            by = f" (removed by {rules[0]})" if rules else ""
            failures.add("paragraph lost", f"{item.key}{by} {_cut(paragraph)}")
    copies = any(n.kind == "title-copy" for n in item.noise)  # those are scored as noise
    if norm(item.title) in text and not copies:
        failures.add("title: headline also left in the text", item.key)
    if title == norm(item.title):
        tally.titles_right += 1
    else:
        failures.add(
            _title_failure(item, article),
            f"{item.key}{item.suffix} got {_cut(article.title)!r} want {_cut(item.title)!r}",
        )
    got = article.published.date() if article.published else None
    if got == item.published:
        tally.dates_right += 1
        return
    stated = next((n.text for n in item.noise if n.kind in ("date", "header-glued")), "field")
    if item.published is None:
        kind = f"date: invented for an undated article (from {article.published_from})"
    elif got is None:
        kind = "date: stated date not read"
    else:
        kind = f"date: wrong day (from {article.published_from})"
    failures.add(kind, f"{item.key}{item.suffix} got {got} want {item.published} ({_cut(stated)})")


def evaluate(split: str = "dev", limit: int | None = None) -> dict:
    """Scores per source set and overall, failure counts and examples, and throughput."""
    items = generated(split, limit)
    tallies: dict[str, Tally] = defaultdict(Tally)
    overall, failures = Tally(), Failures()
    seconds = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for item in items:
            article, spent = _read(item, Path(folder))
            seconds += spent
            score(item, article, tallies[item.set], Failures())
            score(item, article, overall, failures)
    return {
        "split": split,
        "seed": SEEDS[split],
        "limit": limit,
        "sets": {name: tally.scores() for name, tally in sorted(tallies.items())},
        "all": overall.scores(),
        "articles_per_cpu_second": len(items) / seconds if seconds else 0.0,
        "failures": dict(failures.counts.most_common()),
        "examples": {kind: failures.examples[kind] for kind in failures.counts},
    }


def _print(result: dict, examples: bool) -> None:
    sets = [*result["sets"], "all"]
    table = {**result["sets"], "all": result["all"]}
    print(f"noisy-scrape bench, split {result['split']} (seed {result['seed']})")
    print(f"{'':24}" + "".join(f"{name:>12}" for name in sets) + f"{'goal':>10}")
    rows = (
        ("articles", "articles", "{}", ""),
        ("noise lines", "noise_lines", "{}", ""),
        ("noise removed", "noise_removed", "{:.3f}", "≥ 0.98"),
        ("real paragraphs", "paragraphs", "{}", ""),
        ("  lost (not whole)", "paragraphs_lost", "{}", "0"),
        ("  of which damaged", "paragraphs_damaged", "{}", ""),
        ("titles right", "titles_right", "{:.3f}", "≥ 0.97"),
        ("dates right", "dates_right", "{:.3f}", "≥ 0.97"),
    )
    for label, key, form, goal in rows:
        cells = "".join(f"{form.format(table[name][key]):>12}" for name in sets)
        print(f"{label:24}{cells}{goal:>10}")
    print(f"throughput: {result['articles_per_cpu_second']:.0f} articles per CPU second")
    kinds = result["all"]["noise_removed_by_kind"]
    print("noise removed by kind: " + ", ".join(f"{k} {v:.2f}" for k, v in kinds.items()))
    print("failures by class:")
    for kind, count in result["failures"].items():
        print(f"  {count:5}  {kind}")
        for example in result["examples"][kind] if examples else []:
            print(f"           {example}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SEEDS), default="dev")
    parser.add_argument("--limit", type=int, help="articles per source set")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args()
    reason = missing()
    if reason:
        sys.exit(f"cannot run: {reason}")
    result = evaluate(args.split, args.limit)
    if args.json:
        result.pop("examples")
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print(result, examples=args.split == "dev")


if __name__ == "__main__":
    main()
