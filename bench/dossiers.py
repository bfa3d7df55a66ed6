"""Benchmark: the CPU of building every story's dossier from stored readings, by step, and a
fingerprint of the dossiers built, so a change that should find the same can be checked
to find the same.

    PYTHONPATH=$PWD .venv/bin/python bench/dossiers.py DB [--profile FILE]

DB is a database a run stored readings in (e.g. `bench/realcorpus.py --only default --keep
DIR` leaves DIR/default/contrasta.db). Stories are built as `Service.refresh` builds them:
a few stories' worth of articles at a time, their readings loaded first and each text's
quote layout read just before (a run has just read those articles, so `reading.quotes`
holds their layouts). Nothing is stored. Printed: CPU seconds of the stories of one
article and of several, each dossier step's share, the CPU of packing them in their
stored form (a run pays it too), the CPU of the USE vectors within the steps (the
claims', and the quotes' of stories in two languages: how many texts, and how many
distinct), and the fingerprint (equal fingerprints: every dossier the same, bit for bit, in
its stored form). The USE weights are loaded before the clock starts.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import contrasta.dossier as dossier_module
from contrasta import serial, use_forward
from contrasta.dossier import DossierFailure, try_dossier
from contrasta.embed import load_embedder
from contrasta.reading.quotes import layout
from contrasta.service import Refreshed, Service, _by_articles
from contrasta.store import open_store

STEPS = (
    "story_entities",
    "story_quotes",
    "crosscheck",
    "neutral_summary",
    "timeline",
    "story_coverage",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--profile", type=Path, help="write cProfile statistics here")
    args = parser.parse_args()
    store = open_store(args.db)
    service = Service(store)
    stories = sorted(store.list_stories(), key=lambda story: story.id)
    load_embedder("use").embed(["carga"])
    spent: Counter[tuple[str, str]] = Counter()
    kind = ["one"]
    embedded: list[str] = []
    encode = use_forward.USEEmbedder.embed

    def timed_embed(self, texts):
        embedded.extend(texts)
        started = time.process_time()
        try:
            return encode(self, texts)
        finally:
            spent[(kind[0], "(USE vectors)")] += time.process_time() - started

    use_forward.USEEmbedder.embed = timed_embed

    def timed(name: str, step):
        def run(*args, **kwargs):
            started = time.process_time()
            try:
                return step(*args, **kwargs)
            finally:
                spent[(kind[0], name)] += time.process_time() - started

        return run

    for name in STEPS:
        setattr(dossier_module, name, timed(name, getattr(dossier_module, name)))
    profile = cProfile.Profile() if args.profile else None
    total: Counter[str] = Counter()
    fingerprint = hashlib.sha256()
    packing = 0.0
    for chunk in _by_articles(stories, 64):
        articles = {story.id: service._articles(story) for story in chunk}
        readings = service._readings([a for s in chunk for a in articles[s.id]], Refreshed())
        for story in chunk:
            for article in articles[story.id]:
                layout._layout(article.text, single=article.lang == "en")  # as `_read` asks
        for story in chunk:
            kind[0] = "one" if len(articles[story.id]) == 1 else "several"
            started = time.process_time()
            if profile:
                profile.enable()
            built = try_dossier(
                story, articles[story.id], service.registry, service.lexicon, readings
            )
            if profile:
                profile.disable()
            total[kind[0]] += time.process_time() - started
            started = time.process_time()
            packed = (
                built.reason.encode()
                if isinstance(built, DossierFailure)
                else serial.pack(replace(built, articles=[]))
            )
            packing += time.process_time() - started
            fingerprint.update(story.id.encode() + packed)
    store.close()
    counts = Counter("one" if len(s.article_ids) == 1 else "several" for s in stories)
    for group in ("one", "several"):
        print(f"stories of {group} article(s): {counts[group]}, {total[group]:.1f} CPU s")
    for (group, name), seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {group:<8} {name:<16} {seconds:6.1f} CPU s")
    print(f"dossiers in all: {sum(total.values()):.1f} CPU s")
    print(
        f"USE vectors (within the steps above): {len(embedded)} texts,"
        f" {len(set(embedded))} distinct"
    )
    print(f"packing them as stored (serial.pack, not in the total): {packing:.1f} CPU s")
    print(f"fingerprint {fingerprint.hexdigest()[:16]}")
    if profile:
        profile.dump_stats(args.profile)


if __name__ == "__main__":
    main()
