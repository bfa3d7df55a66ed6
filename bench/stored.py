"""Benchmark: what stored dossiers cost a run as the database grows.

    .venv/bin/python bench/stored.py [--sizes 0 10000 100000] [--new 30]

For each size, a SQLite database of SIZE stored articles in stories of three, every
story's dossier stored and fresh (as after earlier runs), then:
- the stale check every run makes (`Service.stale`: all stories' keys against the stored
  ones): the part of a run's cost that grows with the database, not with the new articles;
- one story-list page (`Service.rows` for 50 stories, from stored rows);
- NEW new articles (the strike story's, edited as in bench/web.py) added as one story and
  refreshed: their reading and dossier, per article.
Texts are generated (no article text is stored here). CPU seconds, one run each.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import web  # noqa: E402

from contrasta.coverage import Meter  # noqa: E402
from contrasta.model import Article, Story, StoryMember  # noqa: E402
from contrasta.serial import dumps  # noqa: E402
from contrasta.service import Service, StoryRow  # noqa: E402
from contrasta.store import open_store  # noqa: E402

WORDS = "puerto huelga ministra convenio muelle sindicato reunión acuerdo terminal carga".split()


def filler(n: int) -> Article:
    when = datetime(2025, 1, 1) + timedelta(minutes=n)
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


def row(story: Story) -> str:
    """A story-list row as a run stores it (the dossier itself is never read here)."""
    return dumps(
        StoryRow(story.id, story.headline, 3, [], 3, story.first, story.last, Meter([], []), None)
    )


def build(path: Path, size: int) -> None:
    """SIZE articles in stories of three, each story's dossier stored as fresh."""
    store = open_store(path)
    service = Service(store)
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
            for story in stories:
                stored = store.get_story(story.id)
                store.save_dossier(story.id, service.key(stored), row(stored), b"")
    finally:
        store.close()


def measure(size: int, new: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.db"
        build(db, size)
        store = open_store(db)
        try:
            service = Service(store)
            started = time.process_time()
            stale = service.stale()
            check = time.process_time() - started
            assert stale == [], "the stored dossiers should be fresh"
            first = store.list_stories()[:50]
            started = time.process_time()
            rows = service.rows(first)
            listing = time.process_time() - started
            articles = web.story_articles(new, seed=size + 1)
            store.add_articles(articles)
            dates = [a.when for a in articles]
            story = Story(
                id="snueva",
                headline=articles[0].title,
                members=[StoryMember(a.id, 1.0, "bench") for a in articles],
                first=min(dates),
                last=max(dates),
            )
            store.save_stories([story], "bench")
            started = time.process_time()
            done = service.refresh()
            per_article = (time.process_time() - started) / new
            assert done.stories == 1 and done.read == new
        finally:
            store.close()
    assert len(rows) == len(first)
    return {"stale check": check, "50 stored rows": listing, "per new article": per_article}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 10_000, 100_000])
    parser.add_argument("--new", type=int, default=30)
    args = parser.parse_args()
    for size in args.sizes:
        figures = measure(size, args.new)
        print(
            f"{size:>7} stored articles: "
            + " · ".join(f"{k} {v:.3f} s" for k, v in figures.items())
        )


if __name__ == "__main__":
    main()
