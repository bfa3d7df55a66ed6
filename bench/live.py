"""Benchmark: live sources end to end, from a feed on loopback to updated stories.

    .venv/bin/python bench/live.py [--items 300] [--embedder use|e5]

A plain `python -m http.server` (another process, so its CPU time is not counted here)
serves an RSS feed of --items items on 127.0.0.1 and one HTML page per item, made from the
articles bench/clustering.py generates (stories of 1-15 articles; names and numbers made
up per story). One item of a story that has others is held back.

1. Throughput: one `watch_once` over the whole feed (fetch, extract, clean, store, embed,
   group), in articles per wall-clock second and per CPU second of this process (the
   machine is shared: CPU time is the figure that compares), with the share spent fetching
   and extracting pages and the share spent embedding.
2. Delay: the held-back item is added to the feed; the time from that change to its story
   being saved by the next `watch_once`. A watcher polling every I seconds adds on average
   I/2 of waiting to it.

Politeness is off (`delay=0`): with the default one second between requests to a host,
N new items from one outlet take at least N seconds, whatever the machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from clustering import Clock, TimedEmbedder, generate, rates  # noqa: E402

from contrasta.embed import load_embedder  # noqa: E402
from contrasta.fetch.fetcher import Fetcher  # noqa: E402
from contrasta.fetch.options import FetchOptions  # noqa: E402
from contrasta.fetch.state import FetchState  # noqa: E402
from contrasta.pipeline import watch_once  # noqa: E402
from contrasta.store import open_store  # noqa: E402


class TimedFetcher(Fetcher):
    """The fetcher, with the wall and CPU time of its requests counted."""

    def __init__(self, options: FetchOptions) -> None:
        super().__init__(options)
        self.wall = self.cpu = 0.0

    def fetch(self, url, **options):
        clock = Clock()
        try:
            return super().fetch(url, **options)
        finally:
            wall, cpu = clock.elapsed()
            self.wall, self.cpu = self.wall + wall, self.cpu + cpu


def page(record: dict) -> str:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in record["text"].splitlines())
    return (
        f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">'
        f"<title>{escape(record['title'])}</title>"
        f'<meta property="og:site_name" content="{escape(record["outlet"])}">'
        f'<meta property="article:published_time" content="{record["published"]}">'
        f"</head><body><nav><a href='/'>Portada</a></nav><article>"
        f"<h1>{escape(record['title'])}</h1>{paragraphs}</article></body></html>"
    )


def feed(items: list[tuple[str, dict]]) -> str:
    entries = "".join(
        f"<item><title>{escape(r['title'])}</title><link>{escape(link)}</link>"
        f"<guid>{escape(link)}</guid><pubDate>"
        f"{format_datetime(datetime.fromisoformat(r['published']))}</pubDate></item>"
        for link, r in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Generado</title><link>http://127.0.0.1/</link><description>bench</description>"
        f"{entries}</channel></rss>"
    )


def serve(folder: Path) -> tuple[subprocess.Popen, int]:
    server = subprocess.Popen(
        [sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1"],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = server.stdout.readline()  # "Serving HTTP on 127.0.0.1 port N (http://...)"
    return server, int(line.split(" port ")[1].split()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--embedder", default="use", choices=("use", "e5"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        gold = generate(work / "jsonl", args.items + 1)
        records = [
            json.loads(line)
            for part in sorted((work / "jsonl").glob("*.jsonl"))
            for line in part.read_text("utf-8").splitlines()
        ]
        sizes = {story: list(gold.values()).count(story) for story in set(gold.values())}
        held = next(r for r in reversed(records) if sizes[gold[r["url"]]] > 1)
        site = work / "site"
        site.mkdir()
        server, port = serve(site)
        try:
            items = []
            for i, record in enumerate(records):
                (site / f"{i}.html").write_text(page(record), "utf-8")
                if record is not held:
                    items.append((f"http://127.0.0.1:{port}/{i}.html", record))
            (site / "feed.xml").write_text(feed(items), "utf-8")

            store = open_store(work / "live.db")
            state = FetchState.of(store)
            state.add_feed(f"http://127.0.0.1:{port}/feed.xml")
            embedder = TimedEmbedder(load_embedder(args.embedder))
            embedder.embed(["calentamiento"])
            embedder.cpu = 0.0
            options = FetchOptions(allow_private=True, delay=0)
            with TimedFetcher(options) as fetcher:
                clock = Clock()
                result = watch_once(store, embedder, fetcher)
                wall, cpu = clock.elapsed()
                print(
                    f"feed of {len(items)} items, {result.added} articles added, "
                    f"{result.stories} stories, {len(result.problems)} problems"
                )
                print(f"  feed to stories: {rates(result.added, wall, cpu)}")
                print(
                    f"  of which HTTP requests {fetcher.wall:.1f} s wall, "
                    f"{fetcher.cpu:.1f} s CPU; embedding {embedder.cpu:.1f} s CPU "
                    f"({embedder.name})"
                )

                index = records.index(held)
                items.insert(0, (f"http://127.0.0.1:{port}/{index}.html", held))
                clock = Clock()
                (site / "feed.xml").write_text(feed(items), "utf-8")
                again = watch_once(store, embedder, fetcher)
                wall, cpu = clock.elapsed()
            held_url = f"http://127.0.0.1:{port}/{index}.html"
            story = next(
                s
                for s in store.list_stories()
                if any(a.url == held_url for a in store.get_articles(s.article_ids))
            )
            print(
                f"new item to updated story: {wall:.2f} s wall, {cpu:.2f} s CPU "
                f"({again.added} added, story now {len(story.members)} articles); "
                "add half the polling interval on average"
            )
            store.close()
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
