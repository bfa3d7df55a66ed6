"""Every real text under ../shared/eval through `contrasta analyze`, end to end.

One JSON Lines file holds every FakeDeS item (train, development and test: headline, text,
source and link; its `*NUMBER*` masks left as they are) and every distinct article of the
SemEval-2022 pairs (title and body flattened as the organisers scraped them, cut at a few
thousand characters; Spanish, English and Italian, the team's machine translations
included, each text once). The 181 article-extraction pages go beside it as HTML files
(`--no-html` leaves them out). All of it is written to a temporary folder, never into the
repository, and `contrasta analyze` runs on it in a fresh database twice: with the default
settings and with `--embedder use`. Per run it prints the exit status, the problems (how
many, and the commonest reasons), the CPU seconds of each stage (the summary's own row),
articles per CPU second, and whether every report was written: every stored story in the
index stories.json with its own stories/ID.json, or listed there as failed with its reason.
Then the stories against people's ratings (bench/run_pairs.py): for every rated SemEval
pair whose two articles are in the run, same story vs same event (Overall <= 2), precision,
recall and F1 per language pair and overall, and a fingerprint of the partition (equal
fingerprints: the same articles share a story).

With --group-only, each run only ingests and groups, in this process (the library call
`contrasta analyze` makes before reading articles and building dossiers): the same stories
for the cost of grouping, its CPU seconds by stage printed. Run it twice with different
PYTHONHASHSEED values to see whether the stories depend on the process. With --why, each
wrong rated pair follows with its cause (bench/run_misses.py: the pair scorer's own verdict
or the run's placement), counted by cause.

    PYTHONPATH=$PWD python bench/realcorpus.py [--no-html] [--only default|use] [--keep DIR]
        [--group-only] [--why] [--shared-runs quoted|all]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import run_misses
from evaldata import EVAL, FAKEDES, FAKEDES_FILES, PAGES, SEMEVAL, fakedes_rows, semeval_rows
from pairs import Pair, load_pairs
from run_pairs import group_only, in_run, report

from contrasta.store import open_store
from contrasta.stories import passages

RUNS = {"default": "auto", "use": "use"}  # the embedder each run chooses
CORPUS = "real.jsonl"


def fakedes_keyed() -> list[tuple[str, dict]]:
    """Each FakeDeS record with the row it comes from, "fakedes/FILE/ID" (bench/real_confirmed.py
    cites sentences by row)."""
    records = []
    for name in FAKEDES_FILES:
        for row in fakedes_rows(name):
            if not row["TEXT"]:
                continue
            record = {"text": str(row["TEXT"]), "lang": "es"}
            for key, field in (("title", "HEADLINE"), ("outlet", "SOURCE"), ("url", "LINK")):
                if row[field]:
                    record[key] = str(row[field]).strip()
            records.append((f"fakedes/{name}/{row['ID']}", record))
    return records


def fakedes() -> list[dict]:
    return [record for _, record in fakedes_keyed()]


def semeval_keyed() -> list[tuple[str, dict]]:
    """Each distinct SemEval text once, with the first side that holds it, "semeval/PAIR/SIDE"
    ("semeval/PAIR.2/SIDE" for the second row of a pair id: a few ids are given twice)."""
    texts: dict[str, tuple[str, str]] = {}
    seen: Counter[str] = Counter()
    for row in semeval_rows():
        seen[row["pair_id"]] += 1
        name = row["pair_id"] + (f".{seen[row['pair_id']]}" if seen[row["pair_id"]] > 1 else "")
        for s in "12":
            first = texts.setdefault(row[f"text{s}"], (f"semeval/{name}/{s}", ""))
            texts[row[f"text{s}"]] = (first[0], row[f"lang{s}"])
    return [
        (key, {"text": text, "lang": lang}) for text, (key, lang) in texts.items() if text.strip()
    ]


def semeval() -> list[dict]:
    return [record for _, record in semeval_keyed()]


def build(folder: Path, html: bool) -> dict[str, int]:
    """Write the corpus into `folder`; how many inputs of each kind."""
    records = fakedes()
    counts = {"FakeDeS items": len(records)}
    pairs = semeval()
    counts["SemEval articles"] = len(pairs)
    with (folder / CORPUS).open("w", encoding="utf-8") as out:
        for record in records + pairs:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if html:
        pages = sorted((PAGES / "html").glob("*.html.gz"))
        (folder / "html").mkdir()
        for page in pages:
            (folder / "html" / page.name.removesuffix(".gz")).write_bytes(
                gzip.decompress(page.read_bytes())
            )
        counts["article-extraction pages"] = len(pages)
    return counts


def _row(stdout: str, label: str) -> str:
    match = re.search(rf"^│?\s*{re.escape(label)}\s+(.+?)\s*│?$", stdout, re.MULTILINE)
    return match.group(1).strip() if match else "?"


def _reports_complete(db: Path, out: Path) -> tuple[bool, int, list[dict]]:
    store = open_store(db)
    try:
        stored = {s.id for s in store.list_stories()}
    finally:
        store.close()
    path = out / "stories.json"
    if not path.exists():
        return False, len(stored), []
    data = json.loads(path.read_text(encoding="utf-8"))
    # Past 1,000 stories the index lists months, each in a file of the same shape.
    parts = [data] + [
        json.loads((out / m["file"]).read_text(encoding="utf-8")) for m in data.get("months", [])
    ]
    listed = [s for part in parts for s in part["stories"]]
    failed = [f for part in parts for f in part["failed_stories"]]
    reported = {s["id"] for s in listed} | {f["id"] for f in failed}
    complete = (
        reported == stored
        and all((out / n).exists() for n in ("report.html", "report.md"))
        and all((out / "stories" / f"{s['id']}.json").exists() for s in listed)
    )
    return complete, len(stored), failed


def settings(name: str) -> list[str]:
    return [] if RUNS[name] == "auto" else ["--embedder", RUNS[name]]


def print_pairs(db: Path, corpus: Path, pairs: list[Pair], name: str, why: bool) -> None:
    """With `why`, each wrong pair with its cause (bench/run_misses.py)."""
    table, fingerprint = in_run(db, corpus / CORPUS, pairs)
    print("\n".join(report(table, len(pairs))))
    print(f"partition fingerprint {fingerprint}")
    if why:
        found = run_misses.misses(db, corpus / CORPUS, pairs, RUNS[name])
        print("\n".join(run_misses.report(found)))


def run(name: str, corpus: Path, root: Path, pairs: list[Pair], why: bool) -> None:
    work = root / name  # each run keeps its own contrasta.log
    work.mkdir()
    db, out = work / "contrasta.db", work / "out"
    command = [sys.executable, "-m", "contrasta", "analyze", str(corpus), "--db", str(db)]
    command += ["--out", str(out), *settings(name)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=work,
        # English: the summary's labels are read back below.
        env={**os.environ, "COLUMNS": "250", "NO_COLOR": "1", "CONTRASTA_LANG": "en"},
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    added = _row(done.stdout, "articles added")
    problems = [line for line in done.stdout.splitlines() if line.startswith("problem ")]
    reasons = Counter(re.sub(r"^problem .*?: ", "", line)[:70] for line in problems)
    complete, stories, failed = _reports_complete(db, out)
    print(f"\n== contrasta analyze {' '.join(settings(name)) or '(default settings)'}")
    print(f"exit status {done.returncode}; {time.monotonic() - started:.0f} s wall")
    print(f"articles found {_row(done.stdout, 'articles found')}, added {added}")
    print(f"stories {stories}; grouping {_row(done.stdout, 'grouping')}")
    print(f"problems {len(problems)}: {dict(reasons.most_common(6))}")
    print(f"CPU seconds by stage: {_row(done.stdout, 'CPU seconds')}")
    rate = int(added) / cpu if added.isdigit() and cpu else 0.0
    print(f"CPU seconds in all {cpu:.0f}; {rate:.1f} articles per CPU second")
    print(f"every report written: {'yes' if complete else 'NO'}; stories failed: {len(failed)}")
    files = [path for path in out.rglob("*") if path.is_file()] if out.exists() else []
    size = sum(path.stat().st_size for path in files) / 1e6
    print(f"report files written: {len(files)}, {size:.1f} MB")
    for failure in failed[:5]:
        print(f"  failed {failure['id']}: {failure['error']}")
    log = work / "contrasta.log"
    if log.exists():
        errors = sum(
            1 for line in log.read_text(encoding="utf-8").splitlines() if " ERROR " in line
        )
        print(f"internal errors logged with their traceback: {errors} ({log})")
    if "Traceback" in done.stderr:
        print("traceback on stderr:\n" + done.stderr[-3000:])
    print_pairs(db, corpus, pairs, name, why)


def group(name: str, corpus: Path, root: Path, pairs: list[Pair], why: bool) -> None:
    work = root / name
    work.mkdir()
    db = work / "contrasta.db"
    done = group_only([corpus], db, RUNS[name])
    result = done.result
    reasons = Counter(problem.reason[:70] for problem in result.problems)
    print(f"\n== ingest and grouping only, {' '.join(settings(name)) or '(default settings)'}")
    print(f"articles found {result.documents}, added {result.added}; stories {result.stories}")
    print(f"problems {len(result.problems)}: {dict(reasons.most_common(6))}")
    print("CPU seconds by stage: " + ", ".join(f"{k} {v:.1f}" for k, v in result.cpu.items()))
    rate = result.added / done.cpu if done.cpu else 0.0
    print(f"CPU seconds in all {done.cpu:.1f} (model load included); {rate:.0f} articles per CPU s")
    print_pairs(db, corpus, pairs, name, why)


def corpus_options(description: str, only: str) -> argparse.ArgumentParser:
    """The options of a bench that builds this corpus and runs settings of `RUNS` on it."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("--no-html", action="store_true", help="leave out the HTML pages")
    parser.add_argument("--only", choices=sorted(RUNS), help=only)
    parser.add_argument("--keep", type=Path, help="work here (kept) instead of a temp folder")
    return parser


@contextmanager
def built_corpus(args: argparse.Namespace, prefix: str) -> Iterator[tuple[Path, Path] | None]:
    """The corpus built in a work folder, with that folder (removed after unless `--keep`);
    None, said on stderr, when the evaluation data is absent."""
    if not (FAKEDES / "test.xlsx").exists():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        yield None
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        counts = build(corpus, html=not args.no_html)
        print("corpus: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))
        yield corpus, work
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = corpus_options(__doc__, "one run instead of both")
    parser.add_argument(
        "--group-only", action="store_true", help="ingest and group only (no dossiers, reports)"
    )
    parser.add_argument(
        "--why", action="store_true", help="each wrong rated pair with its cause (run_misses.py)"
    )
    parser.add_argument(
        "--shared-runs",
        choices=("template", "all", "none"),
        default="template",
        help="shared runs of words left out of the word cosine (stories.passages.RULE)",
    )
    args = parser.parse_args()
    passages.RULE = args.shared_runs
    with built_corpus(args, "contrasta-real-") as built:
        if built is None:
            return 1
        corpus, work = built
        pairs = load_pairs(SEMEVAL)
        for name in [args.only] if args.only else RUNS:
            (group if args.group_only else run)(name, corpus, work, pairs, args.why)
    return 0


if __name__ == "__main__":
    sys.exit(main())
