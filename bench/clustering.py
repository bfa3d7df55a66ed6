"""Benchmark: story clustering quality and throughput, contrasta beside a TF-IDF baseline.

    .venv/bin/python bench/clustering.py [--embedder use|e5] [--articles 100000]
        [--corpus real|examples] [--skip-public] [--skip-baseline] [--trace-memory]
        [--settle-no P] [--settle-above P] [--keep DIR]

1. Public data: the Spanish Fake News Corpus test set (FakeDeS, IberLEF 2021), read from
   ../shared/eval/spanish-fake-news/test.xlsx (needs openpyxl: pip install -e '.[bench]').
   It has no event labels (the pairs its README mentions are not marked), so only what its
   labels can show is printed: B-cubed precision against the TOPIC label (a story that mixes
   topics is certainly a false merge; merges inside a topic are not caught), and the share of
   articles placed with at least one other. No published clustering figure exists for it.
2. Generated data: --articles articles in stories of 1-15 articles spread over a year,
   written as JSON Lines. With --corpus real (the default when ../shared/eval is there),
   each story grows from one real Spanish article (FakeDeS train/dev/test, the Spanish sides
   of the SemEval pairs; read at run time, never stored): each of its articles opens with
   one of the seed's first three sentences and takes two more from the rest of the seed (so
   two articles of a story share about one sentence, as rewrites of one event do, not most
   of their text; a third share none) and two sentences of other seeds, after its lead. With
   more than about 10,000 articles seeds are used again (about eight stories each at
   100,000): a reuse gets the seed's names made up anew and starts at least the grouping
   window plus a story's three days away from the seed's other stories, since two stories
   that share every word but their names inside one window are one event to any reader,
   not a fault of the grouper. The fitted model
   (stories/model.json) judges 48% of a story's pairs to be one event, against 82% of the
   rated real es-es same-event pairs (cross-validated): the generated stories are harder to
   keep together than the rated real ones. With --corpus examples, the older corpus: six
   core sentences of the examples per story, renamed, of which each article reuses four or
   five; its stories share whole sentences and differ only in names, which makes word
   overlap too easy and tells stories apart by names alone.
   Prints ingest and grouping throughput, per wall-clock second and per CPU second of this
   process (the machine is shared, so CPU time is the figure that compares), the share of
   it spent embedding and how many leads were embedded, resident memory at each quarter
   (flat means the window bounds the work), and B-cubed P/R/F1 against the generated story
   labels, and how many article pairs put in one story belong to different generated
   stories, with the share of those from stories of one seed; and how many of the judgements
   the lead embedding decided went otherwise than the words alone would have (what the
   embedded leads bought), also by band of the words-alone probability. With
   --trace-memory, also the Python heap (tracemalloc; several times slower). With
   --settle-no or --settle-above, the words-alone bounds of the fitted model replaced by
   these (`Model.settle_no`, `Model.settle_above`): what a narrower band of embedded leads
   would save here (its quality: bench/calibrate.py --no-loss / --precision-goal on the
   rated pairs, and the same bounds written into model.json for bench/realcorpus.py).
3. Beside it, on the same generated articles, a single-pass TF-IDF clusterer (the
   baseline of issue 13): scikit-learn TF-IDF over the cleaned texts (sublinear tf,
   accents stripped, document frequencies from the whole corpus), each article joins the
   story whose members it is closest to on average within 7 days if that cosine reaches
   the threshold, else opens one. Two thresholds: 0.3, where its same-event precision on the
   rated SemEval dev pairs is highest (0.86, recall 0.39), and 0.2 (0.79, recall 0.62).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contrasta import collector  # noqa: E402
from contrasta.embed import Embedder, load_embedder  # noqa: E402
from contrasta.model import RawDocument  # noqa: E402
from contrasta.pipeline import ingest  # noqa: E402
from contrasta.prepare import prepare  # noqa: E402
from contrasta.reading.names import names  # noqa: E402
from contrasta.reading.sentences import split_sentences  # noqa: E402
from contrasta.store import open_store  # noqa: E402
from contrasta.stories.fitted import WINDOW, Evidence, Model, models  # noqa: E402
from contrasta.stories.group import group  # noqa: E402

FILE_LINES = 5000
EVAL = Path(os.environ.get("CONTRASTA_EVAL") or ROOT.parent / "shared" / "eval")
FAKEDES = EVAL / "spanish-fake-news" / "test.xlsx"
FAKEDES_ALL = [EVAL / "spanish-fake-news" / f"{n}.xlsx" for n in ("train", "development", "test")]
SEMEVAL = EVAL / "semeval2022-task8" / "pairs-dev.csv"
SEED_SENTENCES, NOISE_SENTENCES = 3, 2
LEAD_SENTENCES = 3
"""An article of a generated story opens with one of its seed's first LEAD_SENTENCES
sentences, as outlets open with the event (its other seed sentences come from the rest of
the seed, its noise never leads). Drawing the three from anywhere in the seed, 39% of the
pairs of one story shared no sentence, and the pairs left apart read like the rated real
pairs of different events (10,000 articles: word cosine 0.25 and lead cosine 0.39 at the
median, against 0.39 and 0.61 for same-event es-es pairs and 0.15 and 0.31 for different
ones), so B-cubed recall measured the generator; two members share about as many sentences
either way (0.8 on average)."""
STORY_SPAN = timedelta(days=3)
SEED_GAP = STORY_SPAN + WINDOW
"""Stories grown from one seed start at least SEED_GAP apart, so none falls in another's
window: they share every word but their names, a pair no reader could tell apart by words
either. Drawn anywhere in the year, at 100,000 articles (about eight stories per seed) 84%
of the article pairs wrongly put in one story came from two stories of one seed (B-cubed P
0.907); kept apart, 12% (P 0.979, against 0.991 at 10,000 where no seed is reused)."""
BASELINE_THRESHOLDS = (0.3, 0.2)
BAND = 0.1
"""Width of the bands of the words-alone probability the embedded judgements are counted by."""
SYLLABLES = (
    "ba be bi bo ca ce co da de do fa fe ga go la le lo ma me mo na ne no ra re ro sa se so ta"
    " te to va ve za"
).split()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_mb() -> float:
    """Resident memory now (peak only ever grows; this shows whether use stays flat)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


@dataclass
class Clock:
    """Wall-clock and CPU seconds since it was made."""

    wall: float = field(default_factory=time.perf_counter)
    cpu: float = field(default_factory=time.process_time)

    def elapsed(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def rates(count: int, wall: float, cpu: float) -> str:
    return (
        f"{wall:.1f} s wall ({count / wall:.0f} articles/s), "
        f"{cpu:.1f} s CPU ({count / cpu:.0f} articles per CPU second)"
    )


class TimedEmbedder:
    """The embedder, with the CPU time spent in it, its calls and its texts counted (a call
    is one article whose placement needed the embedding, with the leads it brought along)."""

    def __init__(self, embedder: Embedder) -> None:
        self.inner = embedder
        self.key, self.name, self.dim = embedder.key, embedder.name, embedder.dim
        self.cpu = 0.0
        self.texts = self.calls = 0

    def embed(self, texts: list[str]):
        started = time.process_time()
        try:
            return self.inner.embed(texts)
        finally:
            self.cpu += time.process_time() - started
            self.texts += len(texts)
            self.calls += 1


@dataclass(frozen=True)
class TalliedModel(Model):
    """The fitted model, counting the judgements the lead embedding decided by whether it
    agreed with the words' own verdict (the words-alone model at the same threshold): how
    many of the embedded leads changed a decision."""

    tally: Counter = field(default_factory=Counter, compare=False)
    bands: Counter = field(default_factory=Counter, compare=False)

    def probability(self, e: Evidence) -> float:
        p = super().probability(e)
        if e.embedding is not None:
            words = self.lexical_probability(e)
            self.tally[(words > self.threshold, p > self.threshold)] += 1
            band = "across" if e.cross else min(int(words / BAND), int(1 / BAND) - 1)
            self.bands[(band, words > self.threshold, p > self.threshold)] += 1
        return p


def print_bands(model: TalliedModel) -> None:
    """The embedded judgements by band of the words-alone probability (same language) or
    across languages: how many, and how many the embedding turned from the words' verdict."""
    keys = sorted({k[0] for k in model.bands}, key=lambda b: (b == "across", b))
    for band in keys:
        counts = {(w, f): model.bands[(band, w, f)] for w in (False, True) for f in (False, True)}
        n = sum(counts.values())
        name = (
            "across languages"
            if band == "across"
            else (f"words {band * BAND:.1f}-{(band + 1) * BAND:.1f}")
        )
        print(
            f"    {name:18} {n:6d} embedded, {counts[(False, True)]:5d} joined, "
            f"{counts[(True, False)]:5d} kept apart by the embedding"
        )


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998) over the items of `gold`."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        by_pred[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        same = by_pred[predicted[item]] & by_gold[gold[item]]
        precision += len(same) / len(by_pred[predicted[item]])
        recall += len(same) / len(by_gold[gold[item]])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def false_pairs(
    predicted: dict[str, str], gold: dict[str, str], seed_of: dict[int, int]
) -> tuple[int, int]:
    """Article pairs put in one story whose generated stories differ: how many of them come
    from two stories grown from the same seed, and how many in all. Seed reuse is the
    generator's doing, not the grouper's: such stories differ only in their names."""
    by_pred: dict[str, list[str]] = defaultdict(list)
    for item in gold:
        by_pred[predicted[item]].append(item)
    one_seed = pairs = 0
    for members in by_pred.values():
        labels = Counter(gold[m] for m in members)
        for a, b in combinations(labels, 2):
            pairs += labels[a] * labels[b]
            one_seed += labels[a] * labels[b] * (seed_of[int(a)] == seed_of[int(b)])
    return one_seed, pairs


def story_of(store) -> dict[str, str]:
    return {m.article_id: s.id for s in store.list_stories() for m in s.members}


def partition_hash(predicted: dict[str, str]) -> str:
    """A fingerprint of which articles share a story (not of story ids or reasons), so two
    runs can be compared for an identical grouping."""
    stories: dict[str, list[str]] = defaultdict(list)
    for article, story in predicted.items():
        stories[story].append(article)
    groups = sorted(",".join(sorted(members)) for members in stories.values())
    return hashlib.sha256("\n".join(groups).encode()).hexdigest()[:16]


def public(embedder_choice: str) -> None:
    if not FAKEDES.exists():
        print(f"public: {FAKEDES} not found; skipped")
        return
    import openpyxl

    rows = list(openpyxl.load_workbook(FAKEDES, read_only=True).active.iter_rows(values_only=True))
    header = [str(h).upper() for h in rows[0]]
    col = {name: header.index(name) for name in ("ID", "TOPICS", "SOURCE", "HEADLINE", "TEXT")}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "fakedes.db")
        topic_of = {}
        articles = []
        for row in rows[1:]:
            text = str(row[col["TEXT"]] or "")
            headline = row[col["HEADLINE"]]
            raw = RawDocument(
                source=f"test.xlsx:{row[col['ID']]}",
                fmt="jsonl",
                text=text,
                title=str(headline) if headline and headline != "None" else None,
                outlet=str(row[col["SOURCE"]] or "") or None,
                lang="es",
                paragraphs=[p for p in text.splitlines() if p.strip()],
            )
            try:
                article = prepare(raw)
            except Exception as exc:  # report, as the pipeline does, and go on
                print(f"  skipped {raw.source}: {exc}")
                continue
            articles.append(article)
            topic_of[article.id] = str(row[col["TOPICS"]])
        store.add_articles(articles)
        embedder = load_embedder(embedder_choice)
        clock = Clock()
        result = group(store, embedder)
        elapsed, cpu = clock.elapsed()
        predicted = story_of(store)
        precision, _, _ = bcubed(predicted, topic_of)
        sizes = Counter(predicted.values())
        grouped = sum(1 for a in predicted if sizes[predicted[a]] > 1) / len(predicted)
        print(
            f"public: FakeDeS test, {len(articles)} articles, {len(sizes)} stories, "
            f"grouped in {rates(len(articles), elapsed, cpu)}"
        )
        print(
            f"  B-cubed precision against TOPIC labels: {precision:.3f} "
            f"(1.0 = no story mixes topics)"
        )
        print(
            f"  articles placed with at least one other: {grouped:.1%}; "
            f"largest story: {max(sizes.values())} articles"
        )
        print(f"  method: {result.method}")
        store.close()


def _pseudo_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _sentence_pool() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for p in sorted((ROOT / "examples").rglob("*.jsonl"))
        for line in p.read_text("utf-8").splitlines()
        if line.strip()
    ]
    texts += [p.read_bytes().decode("utf-8", "replace") for p in (ROOT / "examples").rglob("*.txt")]
    return [
        s.text
        for text in texts
        for line in text.splitlines()
        for s in split_sentences(line)
        if 60 <= len(s.text) <= 300 and ":" not in s.text[:15]
    ]


def _story_text(core: list[str], rng: random.Random) -> tuple[list[str], re.Pattern, dict]:
    """The story's own facts: its core sentences with every name made up anew."""
    swap = {n: _pseudo_name(rng) for n in names(" ".join(core))}
    pattern = re.compile("|".join(re.escape(n) for n in sorted(swap, key=len, reverse=True)))
    return core, pattern, swap


def _real_seeds() -> list[list[str]]:
    """Sentences of every real Spanish article at hand, one list per article."""
    import csv

    import openpyxl

    texts = []
    for path in FAKEDES_ALL:
        rows = openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True)
        header = [str(h).upper() for h in next(rows)]
        col = header.index("TEXT")
        texts += [str(row[col]) for row in rows if row[col]]
    with SEMEVAL.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            texts += [row[f"text{s}"] for s in "12" if row[f"lang{s}"] == "es"]
    seeds = []
    for text in texts:
        sentences = [
            s.text
            for line in text.splitlines()
            for s in split_sentences(line)
            if 40 <= len(s.text) <= 400
        ]
        if len(sentences) >= 2 * SEED_SENTENCES:
            seeds.append(sentences)
    return seeds


def _start_apart(rng: random.Random, start: datetime, taken: list[datetime]) -> datetime:
    """A story's first day in the year, SEED_GAP or more from the stories its seed grew."""
    while True:
        day = start + timedelta(minutes=rng.randint(0, 365 * 24 * 60))
        if all(abs(day - other) >= SEED_GAP for other in taken):
            return day


def generate_real(
    folder: Path, total: int, seed: int = 11, seed_of: dict[int, int] | None = None
) -> dict[str, int]:
    """JSON Lines files of 5,000 articles, `total` in all, grown from real seeds; returns
    url -> story label and fills `seed_of` (story label -> seed index) when given. A seed's
    first use keeps its names; later uses rename them."""
    rng = random.Random(seed)
    seeds = _real_seeds()
    order = list(range(len(seeds)))
    starts: dict[int, list[datetime]] = defaultdict(list)
    start = datetime(2025, 1, 1)
    gold: dict[str, int] = {}
    story = written = 0
    folder.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    while written < total:
        if story % len(seeds) == 0:
            rng.shuffle(order)
        index = order[story % len(seeds)]
        core = seeds[index]
        renamed = story >= len(seeds)
        story += 1
        if seed_of is not None:
            seed_of[story] = index
        _, pattern, swap = _story_text(core, rng) if renamed else (core, None, {})

        def rename(text: str, pattern=pattern, swap=swap) -> str:
            return pattern.sub(lambda m: swap[m.group(0)], text) if swap else text

        day = _start_apart(rng, start, starts[index])
        starts[index].append(day)
        for _ in range(min(rng.randint(1, 15), total - written)):
            lead = rename(rng.choice(core[:LEAD_SENTENCES]))
            rest = [rename(s) for s in rng.sample(core[LEAD_SENTENCES:], SEED_SENTENCES - 1)]
            rest += [rng.choice(rng.choice(seeds)) for _ in range(NOISE_SENTENCES)]
            rng.shuffle(rest)
            url = f"https://gen.example/{story}/{written}"
            when = day + timedelta(minutes=rng.randint(0, STORY_SPAN.days * 24 * 60))
            record = {
                "title": " ".join(lead.split()[:12]),
                "text": "\n".join([lead, *rest]),
                "url": url,
                "outlet": f"Medio {rng.randint(1, 40)}",
                "published": when.isoformat(),
                "lang": "es",
            }
            lines.append(json.dumps(record, ensure_ascii=False))
            gold[url] = story
            written += 1
            if len(lines) == FILE_LINES or written == total:
                (folder / f"part-{written:07d}.jsonl").write_text("\n".join(lines), "utf-8")
                lines.clear()
    return gold


def generate(folder: Path, total: int, seed: int = 11) -> dict[str, int]:
    """JSON Lines files of 5,000 articles, `total` in all; returns url -> story label.

    Each story draws six core sentences from the examples' sentence pool and renames every
    person, place and organisation in them; each of its articles reuses four or five core
    sentences in another order and adds two unrelated pool sentences.
    """
    rng = random.Random(seed)
    pool = _sentence_pool()
    start = datetime(2025, 1, 1)
    gold: dict[str, int] = {}
    story = written = 0
    folder.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    while written < total:
        story += 1
        core, pattern, swap = _story_text(rng.sample(pool, 6), rng)

        def rename(text: str, pattern=pattern, swap=swap) -> str:
            return pattern.sub(lambda m: swap[m.group(0)], text) if swap else text

        day = start + timedelta(minutes=rng.randint(0, 365 * 24 * 60))
        for _ in range(min(rng.randint(1, 15), total - written)):
            sentences = [rename(s) for s in rng.sample(core, rng.randint(4, 5))]
            sentences += rng.sample(pool, 2)
            rng.shuffle(sentences)
            url = f"https://gen.example/{story}/{written}"
            when = day + timedelta(minutes=rng.randint(0, 3 * 24 * 60))
            record = {
                "title": " ".join(rename(core[0]).split()[:12]),
                "text": "\n".join(" ".join(sentences[i : i + 2]) for i in range(0, 7, 2)),
                "url": url,
                "outlet": f"Medio {rng.randint(1, 40)}",
                "published": when.isoformat(),
                "lang": "es",
            }
            lines.append(json.dumps(record, ensure_ascii=False))
            gold[url] = story
            written += 1
            if len(lines) == FILE_LINES or written == total:
                (folder / f"part-{written:07d}.jsonl").write_text("\n".join(lines), "utf-8")
                lines.clear()
    return gold


def generated(
    total: int,
    embedder_choice: str,
    corpus_kind: str,
    baseline: bool,
    trace_memory: bool = False,
    bounds: dict[str, float] | None = None,
    keep: Path | None = None,
) -> None:
    """`keep`: a folder to keep the store in, ingested (`ingested.db`) and grouped
    (`grouped.db`, every lead's vector stored), for bench/regroup.py."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "generated"
        seed_of: dict[int, int] = {}
        if corpus_kind == "real":
            gold_by_url = generate_real(corpus, total, seed_of=seed_of)
        else:
            gold_by_url = generate(corpus, total)
        print(f"generated corpus: {corpus_kind}, {len(set(gold_by_url.values()))} stories")
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
        store = open_store((keep or Path(tmp)) / ("ingested.db" if keep else "generated.db"))
        if trace_memory:
            tracemalloc.start()
        clock = Clock()
        result = ingest(store, [corpus])
        ingest_wall, ingest_cpu = clock.elapsed()
        print(
            f"generated: {result.added} articles ingested in "
            f"{rates(result.added, ingest_wall, ingest_cpu)}, peak {peak_mb():.0f} MB"
        )
        if keep:
            store.close()
            shutil.copy(keep / "ingested.db", keep / "grouped.db")
            store = open_store(keep / "grouped.db")
        marks = {total // 4 * q for q in (1, 2, 3, 4)}

        def progress(done: int, all_: int) -> None:
            for mark in sorted(marks):
                if done >= mark:
                    marks.discard(mark)
                    wall, cpu = grouping.elapsed()
                    heap = (
                        f", Python heap {tracemalloc.get_traced_memory()[0] / 2**20:.0f} MB"
                        if trace_memory
                        else ""
                    )
                    print(
                        f"  grouped {done:7d}/{all_}: {done / wall:5.0f} articles/s, "
                        f"{done / cpu:5.0f} per CPU second, memory now {current_mb():.0f} MB, "
                        f"peak {peak_mb():.0f} MB{heap}",
                        flush=True,
                    )

        embedder = TimedEmbedder(load_embedder(embedder_choice))
        model = TalliedModel(**{**asdict(models()[embedder.key]), **(bounds or {})})
        if bounds:
            print(f"  words-alone bounds as asked: {bounds}")
        grouping = Clock()
        grouped = group(store, embedder, on_progress=progress, model=model)
        group_wall, group_cpu = grouping.elapsed()
        predicted = story_of(store)
        ids = list(predicted)
        url_of = {  # a page at a time: the whole archive in memory would be the peak
            a.id: a.url
            for start in range(0, len(ids), 1000)
            for a in store.get_articles(ids[start : start + 1000])
        }
        gold = {a: str(gold_by_url[url_of[a]]) for a in predicted}
        precision, recall, f1 = bcubed(predicted, gold)
        print(f"  dedup + embed + cluster: {rates(grouped.placed, group_wall, group_cpu)}")
        print(
            f"  embedding: {embedder.texts} leads ({embedder.texts / grouped.placed:.0%} of the"
            f" articles) in {embedder.calls} calls ({embedder.calls / grouped.placed:.0%}),"
            f" {embedder.cpu:.1f} s CPU ({embedder.cpu / group_cpu:.0%} of grouping,"
            f" {embedder.texts / max(embedder.cpu, 1e-9):.0f} leads per CPU second)"
        )
        decided = sum(model.tally.values())
        joined, parted = model.tally[(False, True)], model.tally[(True, False)]
        changed = joined + parted
        print(
            f"  decided by the lead embedding: {decided} judgements; the words alone would "
            f"have decided otherwise in {changed} ({changed / max(decided, 1):.0%}: "
            f"{joined} joined, {parted} kept apart)"
        )
        print_bands(model)
        fixed = (group_cpu - embedder.cpu) / grouped.placed
        print(
            f"  outside embedding: {1000 * fixed:.2f} ms CPU per article "
            f"({1 / fixed:.0f} articles per CPU second with every lead's vector known)"
        )
        print(
            f"  end to end (ingest -> dedup -> cluster), one process: "
            f"{rates(grouped.placed, ingest_wall + group_wall, ingest_cpu + group_cpu)}"
        )
        print(f"  B-cubed on generated stories: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
        if seed_of:
            one_seed, pairs = false_pairs(predicted, gold, seed_of)
            print(
                f"  article pairs put in one story from different generated stories: {pairs}, "
                f"of which {one_seed} ({one_seed / max(pairs, 1):.0%}) from stories of one seed"
            )
        print(f"  partition {partition_hash(predicted)}, peak {peak_mb():.0f} MB")
        print(f"  method: {grouped.method}")
        if baseline:
            texts = {a: (a_.when, f"{a_.title}. {a_.text}") for a, a_ in _articles(store, ids)}
            for threshold in BASELINE_THRESHOLDS:
                tfidf_baseline(texts, gold, threshold)
        store.close()


def _articles(store, ids: list[str]):
    for start in range(0, len(ids), 1000):
        for article in store.get_articles(ids[start : start + 1000]):
            yield article.id, article


def tfidf_baseline(
    texts: dict[str, tuple[datetime, str]], gold: dict[str, str], threshold: float
) -> None:
    """Single-pass TF-IDF clustering with a 7-day window, average linkage (see above).

    Cosines come from one sparse product per block of articles against the articles of the
    block's window, so the baseline costs what a well-written one costs."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    clock = Clock()
    ids = sorted(texts, key=lambda i: (texts[i][0], i))
    times = np.array([texts[i][0].timestamp() for i in ids])
    matrix = TfidfVectorizer(sublinear_tf=True, strip_accents="unicode").fit_transform(
        [texts[i][1] for i in ids]
    )
    reach = timedelta(days=7).total_seconds()
    label = np.full(len(ids), -1)
    sizes, first, last = np.zeros(len(ids)), np.zeros(len(ids)), np.zeros(len(ids))
    count = 0
    block = 500
    for start in range(0, len(ids), block):
        stop = min(start + block, len(ids))
        # Members of the stories in reach, up to four windows back (generated stories span
        # three days; a longer story is averaged over its recent members).
        low = int(np.searchsorted(times, times[start] - 4 * reach))
        cosines = (matrix[start:stop] @ matrix[low:stop].T).toarray()
        for row in range(start, stop):
            summed = np.bincount(
                label[low:row], weights=cosines[row - start, : row - low], minlength=count
            )
            live = (first[:count] - reach <= times[row]) & (times[row] <= last[:count] + reach)
            scores = np.where(live, summed / np.maximum(sizes[:count], 1), -1.0)
            best = int(scores.argmax()) if count else -1
            if best < 0 or scores[best] < threshold:
                best, count = count, count + 1
                first[best] = last[best] = times[row]
            sizes[best] += 1
            first[best], last[best] = min(first[best], times[row]), max(last[best], times[row])
            label[row] = best
    wall, cpu = clock.elapsed()
    predicted = {article: str(label[row]) for row, article in enumerate(ids)}
    precision, recall, f1 = bcubed(predicted, gold)
    print(f"  TF-IDF single-pass baseline, threshold {threshold}:")
    print(f"  {rates(len(ids), wall, cpu)}")
    print(f"  B-cubed: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedder", default="use", choices=("use", "e5"))
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--skip-public", action="store_true")
    parser.add_argument(
        "--corpus", choices=("real", "examples"), default="real" if SEMEVAL.exists() else "examples"
    )
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--trace-memory", action="store_true")
    parser.add_argument("--settle-no", type=float, help="in place of the fitted settle_no")
    parser.add_argument("--settle-above", type=float, help="in place of the fitted settle_above")
    parser.add_argument(
        "--keep", type=Path, help="keep the store here, ingested and grouped (bench/regroup.py)"
    )
    args = parser.parse_args()
    bounds = {
        name: value
        for name, value in (("settle_no", args.settle_no), ("settle_above", args.settle_above))
        if value is not None
    }
    # The command line's collector setting (`contrasta.cli.main`), so that grouping is
    # measured as `contrasta analyze` runs it: with Python's default (a collection every
    # 700 new objects) the collections walked grouping's live objects for nothing, ~6% of
    # its work outside the embedding at 10,000 articles (590 collections, 0.44 CPU s of 7
    # with every lead's vector stored; 22 and 0.13 s with this), the same partition.
    collector.fewer_collections()
    if not args.skip_public:
        public(args.embedder)
    generated(
        args.articles,
        args.embedder,
        args.corpus,
        not args.skip_baseline,
        args.trace_memory,
        bounds,
        args.keep,
    )


if __name__ == "__main__":
    main()
