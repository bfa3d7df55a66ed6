"""What `contrasta analyze` costs after reading (issue 14): every story's dossier built from
the stored readings and stored, then every report file written, as a run that has just
read its articles does, in CPU seconds by the summary's stages (dossiers, load, render).

    PYTHONPATH=$PWD python bench/realcorpus.py --only default --keep DIR
    PYTHONPATH=$PWD python bench/after_reading.py DIR/default/contrasta.db [--out FOLDER]

The database is copied to a temporary folder and its stored dossiers are dropped there
(the kept run is not touched), so every story is stale and built again; its readings are
current, so nothing is read (the "annotate" figure is loading them). The USE weights are
loaded before the clock starts. `--out` keeps the reports, to compare two versions' files
with `diff -r` (only the times they were generated differ). To pair two commits, run this
file with PYTHONPATH set to each checkout in turn.

Real corpus (kept run of 1e64d19, 1,876 stories; a shared machine, CPU s vary by a fifth
from run to run): dossiers 32-37, load 2.2-2.9, render 6.5-10.6. Tried and dropped:
reports written from the dossiers the run had just built, kept in memory, instead of
read back from the store: load 2.4 -> 0.4 and the same report files, but ~290 MB held
and the collector's full collections walking them cost 1.8 -> 3.0-3.4 CPU s, so ~0.5 s
gained in all.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
from pathlib import Path

from contrasta.embed import load_embedder
from contrasta.memory import keep_freed
from contrasta.service import Service
from contrasta.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--out", type=Path, help="keep the reports here")
    args = parser.parse_args()
    keep_freed()  # as the command line's process does
    work = Path(tempfile.mkdtemp(prefix="after-reading-"))
    try:
        shutil.copy(args.db, work / "contrasta.db")
        with sqlite3.connect(work / "contrasta.db") as conn:
            conn.execute("DELETE FROM story_dossiers")
        load_embedder("use").embed(["carga"])
        store = open_store(work / "contrasta.db")
        try:
            service = Service(store)
            done = service.refresh()
            written = service.write_reports(args.out or work / "out")
        finally:
            store.close()
    finally:
        shutil.rmtree(work)
    cpu = {**done.cpu, **written.cpu}
    total = cpu["dossiers"] + cpu["load"] + cpu["render"]
    shown = " · ".join(f"{stage} {seconds:.2f}" for stage, seconds in cpu.items())
    print(f"stories {done.stories}; CPU s: {shown}; dossiers+load+render {total:.2f}")


if __name__ == "__main__":
    main()
