"""What writing a database's reports costs (issue 14): every stored story's HTML,
Markdown and JSON files and the index, from the stored dossiers, into a fresh folder.

    PYTHONPATH=$PWD python bench/realcorpus.py --only default --keep DIR
    PYTHONPATH=$PWD python bench/render.py DIR/default/contrasta.db [--repeat N]
        [--out FOLDER] [--profile ROWS]

Each repeat writes into a new folder (so every story is written, as in a first run) and
prints the CPU seconds `write_reports` counts: load (the stored dossiers read) and render
(the files made and written). The language is $CONTRASTA_LANG's, as a run's (realcorpus.py
runs in English). `--out` keeps the last repeat's files there, to compare two versions'
files with `diff -r` (only the "generated" times differ); `--profile` prints the render's
costliest functions by their own time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import tempfile
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out", type=Path, help="keep the last repeat's files here")
    parser.add_argument("--profile", type=int, default=0, help="rows of the profile shown")
    args = parser.parse_args()
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
