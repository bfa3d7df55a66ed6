"""Benchmark: a kept run's articles read again, their CPU seconds and whether every reading is
the one the run stored, byte for byte.

    PYTHONPATH=$PWD python bench/realcorpus.py --only default --keep DIR
    PYTHONPATH=$PWD python bench/same_readings.py DIR/default/contrasta.db [--limit N]

A change meant to make reading cheaper without changing what it reads is checked here:
the run's stored articles are read in this fresh process as `Service.refresh` reads them
(stories in the store's order, runs of `dossier.reading.BATCH` articles, so every word is
new to spaCy's vocabulary, as in the run), and each reading, in its stored form
(`serial.dumps`), is compared with the one the run stored under the same `VERSION`.
Printed: the CPU seconds of reading (the process's, models loaded first, comparing
left out), how many
readings equal the stored ones, the first few that differ, and a fingerprint of the new
readings (equal fingerprints: the same readings, in the same order). The database is only
read.
"""

from __future__ import annotations

import hashlib
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from stage_parts import chunks, kept_run  # noqa: E402

from contrasta import serial  # noqa: E402


def main() -> int:
    args = kept_run(__doc__)
    if args is None:
        return 1
    from contrasta.dossier.reading import VERSION, read_articles
    from contrasta.reading.nlp import load_pipeline
    from contrasta.store import open_store

    store = open_store(args.db)
    batches = chunks(store, store.list_stories(), args.limit)
    ids = [a.id for batch in batches for a in batch]
    stored = store.load_readings(VERSION, ids)
    for lang in sorted({a.lang for batch in batches for a in batch}, key=str):
        load_pipeline(lang)
    fingerprint = hashlib.sha256()
    equal, differ = 0, []
    seconds = 0.0
    for batch in batches:
        started = time.process_time()
        readings = list(read_articles(batch))
        seconds += time.process_time() - started
        for reading in readings:
            text = serial.dumps(reading).encode()
            fingerprint.update(reading.article_id.encode() + b"\0" + text + b"\0")
            packed = stored.get(reading.article_id)
            if packed is not None and zlib.decompress(packed) == text:
                equal += 1
            else:
                differ.append(reading.article_id)
    print(f"read {len(ids)} articles in {seconds:.1f} CPU s ({len(ids) / seconds:.1f} a second)")
    print(f"stored readings of version {VERSION}: {len(stored)}")
    print(f"equal to the stored reading: {equal}; differing or not stored: {len(differ)}")
    for article_id in differ[:10]:
        print(f"  differs: {article_id}")
    print(f"fingerprint of the readings {fingerprint.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
