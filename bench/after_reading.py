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
file of the newer one with PYTHONPATH set to each checkout in turn: a commit from before
`refresh(keep=...)` builds without keeping, as its `analyze` did.

Real corpus (kept run of 1e64d19, 1,876 stories, shared machine, CPU s, two pairs):
dossiers 33.0-36.8 both; load 2.4-3.2 before, 0.6-0.7 after the run's reports were written
from the dossiers it had just built (`service.KEEP_ARTICLES`); render 6.9-11.8 (noise).
"""

from __future__ import annotations

import argparse
import inspect
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
            keeps = "keep" in inspect.signature(service.refresh).parameters
            done = service.refresh(keep=True) if keeps else service.refresh()
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
