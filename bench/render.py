"""What writing a database's reports costs (issue 14): every stored story's HTML,
Markdown and JSON files and the index, from the stored dossiers, into a fresh folder.

    PYTHONPATH=$PWD python bench/realcorpus.py --only default --keep DIR
    PYTHONPATH=$PWD python bench/render.py DIR/default/contrasta.db [--repeat N]
        [--out FOLDER] [--profile ROWS] [--parts]

Each repeat writes into a new folder (so every story is written, as in a first run) and
prints the CPU seconds `write_reports` counts: load (the stored dossiers read) and render
(the files made and written). The language is $CONTRASTA_LANG's, as a run's (realcorpus.py
runs in English). `--out` keeps the last repeat's files there, to compare two versions'
files with `diff -r` (only the "generated" times and the layout key in
stories/written.json differ); `--profile` prints the render's costliest functions by their
own time (cProfile's clock is the wall clock: a file's opening there is mostly waiting).
`--parts` reads every stored dossier first, then times each writer on each story, one
story after another as `write_reports` does, without writing files: the story's
`StoryPage`, its HTML, Markdown and JSON.

On the real corpus (1,876 stories, English; kept run of `realcorpus.py --only default`),
CPU seconds of the writers, files not written, three runs each on a shared machine: before
one `StoryPage` per story (each writer worked from the dossier; JSON includes
`shape.story_shown`) HTML 1.85-2.10, Markdown 0.38-0.42, JSON 2.59-2.92, 4.83-5.45 in
all; after, page 1.29-1.38 (`story_shown` ~1.1 of it, mostly `frame_fields` of 37,880
claims), HTML 1.52-1.66, Markdown 0.18-0.20, JSON 0.81-0.91, 3.82-4.14 in all (how the
page and the HTML split it moves with the collector's runs). The run's own render stage:
7.7 -> 5.4 CPU s.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path

from contrasta.dossier import DossierFailure
from contrasta.report.html import story_html
from contrasta.report.jsonout import story_json
from contrasta.report.markdown import story_markdown
from contrasta.report.page import story_page
from contrasta.service import Service
from contrasta.store import open_store


def once(db: Path, out: Path, profile: cProfile.Profile | None) -> dict[str, float]:
    store = open_store(db)
    try:
        service = Service(store)
        if profile:
            profile.enable()
        written = service.write_reports(out)
        if profile:
            profile.disable()
        return {**written.cpu, "stories": written.stories}
    finally:
        store.close()


def parts(db: Path, repeat: int) -> None:
    store = open_store(db)
    try:
        service = Service(store)
        stories = store.get_stories(list(store.dossier_keys()))
        dossiers = [service.dossier(story) for story in stories]
    finally:
        store.close()
    built = [d for d in dossiers if not isinstance(d, DossierFailure)]
    generated = datetime(2026, 1, 1)
    writers = {
        "HTML": lambda page: story_html(page, generated),
        "Markdown": story_markdown,
        "JSON": story_json,
    }
    for _n in range(repeat):
        spent = dict.fromkeys(("page", *writers), 0.0)
        for dossier in built:
            started = time.process_time()
            page = story_page(dossier)
            spent["page"] += time.process_time() - started
            for name, write in writers.items():
                started = time.process_time()
                write(page)
                spent[name] += time.process_time() - started
        shown = ", ".join(f"{name} {cpu:.2f}" for name, cpu in spent.items())
        print(f"stories {len(built)}: {shown}; {sum(spent.values()):.2f} CPU s in all")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out", type=Path, help="keep the last repeat's files here")
    parser.add_argument("--profile", type=int, default=0, help="rows of the profile shown")
    parser.add_argument("--parts", action="store_true", help="each writer's CPU, no files")
    args = parser.parse_args()
    if args.parts:
        parts(args.db, args.repeat)
        return
    profile = cProfile.Profile() if args.profile else None
    for n in range(args.repeat):
        last = n == args.repeat - 1
        work = Path(tempfile.mkdtemp(prefix="render-"))
        out = args.out if last and args.out else work / "out"
        shutil.rmtree(out, ignore_errors=True)
        try:
            cpu = once(args.db, out, profile if last else None)
        finally:
            shutil.rmtree(work)
        print(
            f"stories {cpu['stories']}: load {cpu['load']:.2f} CPU s, "
            f"render {cpu['render']:.2f} CPU s"
        )
    if profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
