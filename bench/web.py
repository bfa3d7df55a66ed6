"""Benchmark: how fast `contrasta serve` answers for 50-article stories, over real HTTP.

    .venv/bin/python bench/web.py [--articles 50] [--stories 5] [--requests 100]

Builds a database of STORIES stories of ARTICLES articles each, made from the example
strike story's articles with small edits (bench/reading_claims.py `synthetic_story`, a
different seed per story so no two stories share text), builds and stores their dossiers
as a run does (`Service.refresh`, timed), then times `contrasta show STORY` (CPU of the
command), starts `contrasta serve` in its own process on 127.0.0.1, waits until its
start-up work is done (its CPU time stops growing: templates compiled, the most recent
stories' pages rendered), and times:
- first request of each story page,
- REQUESTS cached story-page requests (round robin over the stories),
- the story list and article pages, cached.
Prints median and p95 wall time per kind, and the server's CPU time per first and per
cached story page (from /proc: on a shared machine wall time waits for the CPU, CPU time
does not). The server warms the 64 most recent stories, so every story here is warm; what a
story outside them costs on its first view (its stored dossier decoded, its page rendered
and compressed) is then measured twice: over HTTP from a second server started with its
warming off (`serve(..., warmed=False)`: wall time and server CPU per first request), and
in this process, caches empty, as "cold first view", with the part of it that reads the
stored dossier (`Service.dossier`) beside it.
Targets (issue 14): `show` ≤ 0.5 CPU s, first view ≤ 100 ms server CPU, p95 ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import reading_claims  # noqa: E402

from contrasta.model import Article, Story, StoryMember  # noqa: E402
from contrasta.service import Service  # noqa: E402
from contrasta.store import open_store  # noqa: E402
from contrasta.stories.online import story_id  # noqa: E402
from contrasta.web import create_app, make_settings  # noqa: E402
from contrasta.web.data import opened  # noqa: E402
from contrasta.web.pages import packed_story  # noqa: E402
from contrasta.web.render import compile_templates  # noqa: E402


def story_articles(size: int, seed: int) -> list[Article]:
    """One synthetic story; ids and hashes made unique per seed (the store keys on both)."""
    random.seed(seed)
    articles = []
    for article in reading_claims.synthetic_story(size):
        text = f"{seed}\n{article.id}\n{article.text}"
        digest = hashlib.sha256(text.encode()).hexdigest()
        articles.append(replace(article, id=digest[:12], content_hash=digest))
    return articles


def build_db(path: Path, stories: int, size: int) -> list[tuple[str, list[str]]]:
    store = open_store(path)
    made = []
    try:
        for seed in range(stories):
            articles = story_articles(size, seed)
            store.add_articles(articles)
            dates = [a.when for a in articles]
            story = Story(
                id=story_id(articles[0].id),
                headline=articles[0].title,
                members=[StoryMember(a.id, 1.0, "bench") for a in articles],
                first=min(dates),
                last=max(dates),
            )
            store.save_stories([story], "bench")
            made.append((story.id, [a.id for a in articles]))
    finally:
        store.close()
    return made


def stored(path: Path) -> tuple[int, float]:
    """Build and store every dossier as a run does: (articles read, CPU seconds)."""
    store = open_store(path)
    try:
        started = time.process_time()
        done = Service(store).refresh()
        return done.read, time.process_time() - started
    finally:
        store.close()


def show_cpu(db: Path, story: str) -> float:
    """CPU seconds of one `contrasta show STORY` (imports included: that is what it costs)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "contrasta", "show", story, "--db", str(db)],
        check=True,
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def settled(pid: int, quiet: float = 0.5, limit: float = 120) -> None:
    """Wait until the process has used no CPU for `quiet` seconds."""
    deadline = time.monotonic() + limit
    last = cpu_seconds(pid)
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = cpu_seconds(pid)
        if now == last:
            return
        last = now


def cold_views(db: Path, stories: list[str]) -> tuple[list[float], list[float]]:
    """CPU seconds of each story's first view with nothing cached (the dossier read from
    the store and decoded, the page rendered and compressed), and of the reading alone."""
    app = create_app(make_settings(db))
    compile_templates()
    seconds, reads = [], []
    with opened(app.state.settings) as store:
        for story in store.get_stories(stories):
            started = time.process_time()
            Service(store).dossier(story)
            reads.append(time.process_time() - started)
            started = time.process_time()
            packed_story(store, app.state, story)
            seconds.append(time.process_time() - started)
    return seconds, reads


COLD_SERVER = (
    "import sys\n"
    "from contrasta.web.server import serve\n"
    "from contrasta.web.settings import make_settings\n"
    "serve(make_settings(sys.argv[1]), 0, lambda line: print(line, flush=True), warmed=False)"
)


def server(db: Path, warmed: bool) -> tuple[subprocess.Popen, str]:
    """`contrasta serve` in its own process (or the same server with its warming off), and
    the address it announced."""
    command = ["-m", "contrasta", "serve", "--db", str(db), "--port", "0"]
    process = subprocess.Popen(
        [sys.executable, *(command if warmed else ["-c", COLD_SERVER, str(db)])],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    return process, process.stdout.readline().split()[-1]


def stopped(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=30)


def first_views(db: Path, stories: list[str]) -> tuple[list[float], float]:
    """Wall seconds of each story page's first request to a server that warmed nothing,
    and its CPU seconds per request."""
    process, url = server(db, warmed=False)
    try:
        with httpx.Client(base_url=url, timeout=300) as client:
            return first_requests(client, process.pid, stories)
    finally:
        stopped(process)


def first_requests(client: httpx.Client, pid: int, stories: list[str]) -> tuple[list, float]:
    """Once the server's start-up work is done: wall seconds of each story page's first
    request, and the server's CPU seconds per request."""
    timed(client, "/")  # imports and first connection, not a story
    settled(pid)
    before = cpu_seconds(pid)
    walls = [timed(client, f"/stories/{sid}") for sid in stories]
    return walls, (cpu_seconds(pid) - before) / len(stories)


def timed(client: httpx.Client, path: str) -> float:
    start = time.perf_counter()
    response = client.get(path)
    elapsed = time.perf_counter() - start
    response.raise_for_status()
    return elapsed


def report(name: str, seconds: list[float]) -> None:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"{name:34} n={len(seconds):4}  median {statistics.median(seconds) * 1000:8.1f} ms"
        f"  p95 {p95 * 1000:8.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--stories", type=int, default=5)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "web.db"
        stories = build_db(db, args.stories, args.articles)
        read, build_cpu = stored(db)
        shows = [show_cpu(db, sid) for sid, _ in stories]
        served, url = server(db, warmed=True)
        try:
            with httpx.Client(base_url=url, timeout=300) as client:
                first, cold_cpu = first_requests(client, served.pid, [sid for sid, _ in stories])
                before = cpu_seconds(served.pid)
                cached = [
                    timed(client, f"/stories/{stories[i % len(stories)][0]}")
                    for i in range(args.requests)
                ]
                cpu = (cpu_seconds(served.pid) - before) / args.requests
                listing = [timed(client, "/") for _ in range(20)]
                pages = [timed(client, f"/articles/{aid}") for aid in stories[0][1][:20]]
        finally:
            stopped(served)
        unwarmed, unwarmed_cpu = first_views(db, [sid for sid, _ in stories])
        cold, reads = cold_views(db, [sid for sid, _ in stories])
    print(f"{args.stories} stories of {args.articles} articles, over HTTP on 127.0.0.1")
    print(f"dossiers built and stored: {read} articles read, {build_cpu:.1f} CPU s")
    print(f"contrasta show STORY: median {statistics.median(shows):.2f} CPU s")
    report("story page, first request", first)
    report("story page, first, server not warmed", unwarmed)
    report("story page, cached", cached)
    report("story list (/)", listing)
    report("article page (story cached)", pages)
    print(
        f"server CPU per story page: first {cold_cpu * 1000:.0f} ms"
        f" (not warmed {unwarmed_cpu * 1000:.0f} ms), cached {cpu * 1000:.1f} ms"
    )
    print(
        f"cold first view (not warmed), CPU: median {statistics.median(cold) * 1000:.0f} ms,"
        f" max {max(cold) * 1000:.0f} ms; of which the stored dossier read and decoded"
        f" {statistics.median(reads) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
