"""Benchmark: what a run costs as the database grows (issue 14: 1,000 new articles into a
100k-article database within 1.2x of the same 1,000 into an empty one).

    PYTHONPATH=$PWD .venv/bin/python bench/stored.py [--size 100000] [--new 1000]

The large database is built once and kept under bench/.data/ (git-ignored; rebuilt when the
dossier version changes): SIZE generated articles of 2023 in stories of three, each story's
dossier row stored as current, its report files recorded as written and the index written,
as after earlier runs. Each measurement works on a fresh copy of it, and on an empty database, with:
- the stale check a run makes (`Service.stale`) and one 50-row story-list page;
- NEW new articles (bench/clustering.py's generated corpus, dated 2025: after the stored
  weeks, so what is measured is what grows with the archive, not with the week's news,
  which bench/clustering.py measures) through `Service.analyze` (read, clean, store, group,
  read each article once, build the touched stories' dossiers) and `write_reports` (the
  touched stories' files and the index).
CPU seconds of this process, one run each; the ratio of the two runs is the figure.
Texts are generated (no article text is stored here).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / ".data"
sys.path.insert(0, str(ROOT / "bench"))

from clustering import generate  # noqa: E402

from contrasta.coverage import Meter  # noqa: E402
from contrasta.dossier.reading import read_article  # noqa: E402
from contrasta.embed import load_embedder  # noqa: E402
from contrasta.model import Article, Story, StoryMember  # noqa: E402
from contrasta.report import entry_of, save_written, written  # noqa: E402
from contrasta.serial import dumps  # noqa: E402
from contrasta.service import VERSION, Service, StoryRow  # noqa: E402
from contrasta.store import open_store  # noqa: E402

WORDS = "puerto huelga ministra convenio muelle sindicato reunión acuerdo terminal carga".split()
BASE_START = datetime(2023, 1, 1)


def filler(n: int) -> Article:
    when = BASE_START + timedelta(minutes=5 * n)
    text = " ".join(WORDS[(n + i) % len(WORDS)] for i in range(60)) + f" {n}."
    digest = hashlib.sha256(f"bench {n}".encode()).hexdigest()
    return Article(
        id=digest[:12],
        source=f"bench/{n}",
        fmt="text",
        content_hash=digest,
        title=f"Nota {n}",
        text=text,
        outlet=f"Diario {n % 40}",
        published=when,
        published_from="header",
        lang="es",
        ingested_at=when,
    )


def row(story: Story) -> StoryRow:
    """A story-list row as a run stores it (the dossier itself is never read here)."""
    return StoryRow(
        story.id, story.headline, 3, [], 3, story.first, story.last, Meter([], []), None
    )


def build(db: Path, out: Path, size: int) -> None:
    """SIZE articles in stories of three, each story's dossier stored as current and its
    files recorded as written."""
    store = open_store(db)
    service = Service(store)
    entries = {}
    try:
        for start in range(0, size, 3000):
            articles = [filler(n) for n in range(start, min(size, start + 3000))]
            store.add_articles(articles)
            stories = [
                Story(
                    id=f"s{articles[i].id}",
                    headline=articles[i].title,
                    members=[StoryMember(a.id, 1.0, "bench") for a in articles[i : i + 3]],
                    first=articles[i].published,
                    last=articles[min(i + 2, len(articles) - 1)].published,
                )
                for i in range(0, len(articles), 3)
            ]
            store.save_stories(stories, "bench")
            for story in store.get_stories([s.id for s in stories]):
                key, listed = service.key(story), row(story)
                store.save_dossier(story.id, key, service.inputs, dumps(listed), b"")
                entries[story.id] = entry_of(listed, key)
        assert service.stale() == [], "the stored dossiers should be current"
    finally:
        store.close()
    (out / "stories").mkdir(parents=True)
    save_written(out, entries)
    store = open_store(db)
    try:  # the index, as the last of those runs wrote it (no story file is due)
        assert Service(store).write_reports(out).stories == 0
    finally:
        store.close()


def base(size: int) -> tuple[Path, Path]:
    """The cached database of SIZE articles and its report folder, built when missing."""
    folder = DATA / f"stored-{size}-{VERSION}"
    db, out = folder / "base.db", folder / "out"
    if not db.exists() or not written(out):  # none yet, or written by another layout
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        started = time.monotonic()
        build(db, out, size)
        print(f"built {db} in {time.monotonic() - started:.0f} s", flush=True)
    return db, out


def measure(db: Path, out: Path, corpus: Path) -> dict[str, float]:
    store = open_store(db)
    try:
        service = Service(store)
        started = time.process_time()
        service.stale()
        check = time.process_time() - started
        started = time.process_time()
        service.rows(store.story_page("recent", 50)[0])
        listing = time.process_time() - started
        embedder = load_embedder("use")
        started = time.process_time()
        result, refreshed = service.analyze([corpus], embedder)
        analyzed = time.process_time() - started
        started = time.process_time()
        written = service.write_reports(out)
        reports = time.process_time() - started
    finally:
        store.close()
    return {
        "added": result.added,
        "stale check": check,
        "50 rows": listing,
        "analyze": analyzed,
        **{f"  {stage}": cpu for stage, cpu in {**result.cpu, **refreshed.cpu}.items()},
        "reports": reports,
        "story files": written.stories,
        "MB written": written.bytes / 1e6,
        "total": analyzed + reports,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=1000)
    args = parser.parse_args()
    load_embedder("use").embed(["carga"])  # model loads are not what grows: done first
    read_article(filler(0))
    big_db, big_out = base(args.size)
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        generate(corpus, args.new)
        for name, (db, out) in {
            "empty": (work / "empty.db", work / "empty-out"),
            f"{args.size:,}": (work / "big.db", work / "big-out"),
        }.items():
            if name != "empty":
                shutil.copy(big_db, db)
                shutil.copytree(big_out, out)
            figures[name] = measure(db, out, corpus)
    names = list(figures)
    print(f"{args.new:,} new articles, CPU seconds of one run each")
    print(f"{'':16}" + "".join(f"{n:>12}" for n in names))
    for key in figures[names[0]]:
        print(f"{key:16}" + "".join(f"{figures[n][key]:12.3f}" for n in names))
    ratio = figures[names[1]]["total"] / figures[names[0]]["total"]
    print(f"ratio {ratio:.2f} (goal <= 1.2)")


if __name__ == "__main__":
    main()
