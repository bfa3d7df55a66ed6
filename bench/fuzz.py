"""Thousands of broken inputs through contrasta's readers and store, and what became of them.

Every case is generated here from fictional articles (seeded, so a run can be repeated):
random and mutated bytes for each reader, JSON Lines with some lines broken, web archives
cut and damaged, files that are not files, undecodable file names, texts of absurd length.
Each case goes through `ingest.read_file` and `prepare`, as `contrasta analyze` reads a
file, and then each category is ingested into a SQLite store in one run. Per category the
tally says how many cases were read, refused with a problem, or read and flagged, and
counts what must stay zero:

- crash: an exception escaped a reader (the batch would have stopped);
- hang: a case took longer than --seconds;
- silent: a case gave neither a document nor a problem, or an archive lost a record
  without saying so;
- lost: an intact part of a case (a good JSON line, a complete archive record before the
  damage, a good file of the batch) was not read or not stored;
- unreadable problem: a problem line that is not one short printable line naming its file.

    PYTHONPATH=$PWD python bench/fuzz.py [--cases 600] [--seed 12] [--seconds 20]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import socket
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from contrasta.errors import InputError
from contrasta.ingest import read_file
from contrasta.pipeline import ingest
from contrasta.prepare import prepare
from contrasta.store import open_store

NOW = datetime(2026, 3, 2, 12, 0)
WORDS = (
    "el la de que y en un una los las por con para su al del se no más como pero sus ya"
    " alcalde consejera vecinos ayuntamiento mercado puerto obras millones euros lunes"
    " martes según afirmó explicó aseguró informó plaza río sierra incendio hospital"
    " Villalcázar Robledal Montesclaros Olivares Ferrando Castañeda Albarracín año niño"
).split()
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 30))]
    return " ".join(words).capitalize() + rng.choice([".", ".", ".", "?", "…"])


def article(rng: random.Random, n: int) -> dict:
    return {
        "title": f"Noticia {n}: {sentence(rng)[:90].strip()}",
        "outlet": rng.choice(["Diario del Alcázar", "Radio Comarcal", "El Eco de la Vega"]),
        "published": f"2026-02-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00",
        "text": "\n".join(
            " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
            for _ in range(rng.randint(2, 6))
        ),
    }


def as_text_file(record: dict) -> str:
    return f"title: {record['title']}\noutlet: {record['outlet']}\n\n{record['text']}\n"


def as_html(record: dict) -> str:
    body = "".join(f"<p>{p}</p>" for p in record["text"].split("\n"))
    return (
        f'<html lang="es"><head><meta charset="utf-8"><title>{record["title"]}</title></head>'
        f"<body><nav>Portada</nav><article><h1>{record['title']}</h1>{body}</article></body>"
        "</html>"
    )


def mutate(rng: random.Random, data: bytes) -> bytes:
    """A few edits of the kinds scrapers and disks make: flipped, inserted, cut bytes."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not out:
            break
        at = rng.randrange(len(out))
        kind = rng.randrange(6)
        if kind == 0:
            out[at] = rng.randrange(256)
        elif kind == 1:
            out[at:at] = rng.choice([b"\x00", b"\xff", b"\xfe\xff", b"\xed\xa0\x80", b"\r"])
        elif kind == 2:
            del out[at:]
        elif kind == 3:
            out[at:at] = rng.randbytes(rng.randint(1, 64))
        elif kind == 4:
            out[at:at] = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\x1b[2J", b"\u2028"])
        else:
            out[at : at + 1] = out[at : at + 1] * rng.randint(2, 2000)
    return bytes(out)


@dataclass
class Case:
    """One generated input: its files, the parts that must be read, what it holds."""

    files: dict[str, bytes | Callable[[Path], None]]
    intact: set[str] = field(default_factory=set)  # titles of intact records: must be read
    units: int = 1  # documents in it: each must be read or give a problem, never vanish


def text_case(rng: random.Random, n: int, suffix: str) -> Case:
    record = article(rng, n)
    form = as_html(record) if suffix == ".html" else as_text_file(record)
    raw = form.encode(rng.choice(ENCODINGS), errors="replace")
    choice = rng.randrange(4)
    if choice == 0:
        data = rng.randbytes(rng.randint(0, 4000))
    elif choice == 1:
        data = raw
    else:
        data = mutate(rng, raw)
    return Case({f"c{n}{suffix}": data})


BROKEN_LINES = (
    b"{not json",
    b'{"text": "a\x00\x00b"}',
    b"[" * 200_000,
    b"[1, 2, 3]",
    b'{"title": "sin texto"}',
    b'{"text": 12}',
    b"\xff\xfe\x00\x00garbage",
    b'{"text": "escape \\ud800 roto y m\xe1s texto"}',
    b"\x00" * 300,
    b'"solo una cadena"',
)


def jsonl_case(rng: random.Random, n: int) -> Case:
    records = [article(rng, n * 10 + i) for i in range(rng.randint(2, 8))]
    lines, intact = [], set()
    for record in records:
        if rng.random() < 0.15:  # raw inside a JSON string, where JSON allows it
            record["text"] = record["text"].replace(" ", "\u2028", 1)
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5).encode()
        roll = rng.random()
        if roll < 0.3:
            lines.append(rng.choice(BROKEN_LINES))
        elif roll < 0.45:
            lines.append(mutate(rng, line).replace(b"\n", b" "))
        else:
            lines.append(line)
            intact.add(record["title"])
    units = sum(1 for line in lines if line.strip())
    return Case({f"c{n}.jsonl": b"\n".join(lines) + b"\n"}, intact, units)


def _page(writer: WARCWriter, url: str, body: bytes, kind: str = "text/html") -> None:
    http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
    headers = {"WARC-Date": "2026-03-01T10:00:00Z"}
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers
    )
    writer.write_record(record)


@dataclass
class Archive:
    data: bytes
    pages: list[tuple[int, str]]  # (end offset, title) of each page record
    whole: set[int]  # lengths at which the file is a whole archive (record boundaries)


def warc_bytes(rng: random.Random, n: int, gzipped: bool) -> Archive:
    """An archive of a few pages and other records."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record(f"c{n}.warc", {"software": "fuzz"}))
    titles = []
    for i in range(rng.randint(2, 6)):
        record = article(rng, n * 10 + i)
        if rng.random() < 0.25:
            _page(writer, f"http://medio.example/img{i}.png", rng.randbytes(300), "image/png")
        _page(writer, f"http://medio.example/n{i}", as_html(record).encode())
        titles.append(record["title"])
    data = out.getvalue()
    ends, whole = [], set()
    with io.BytesIO(data) as stream:
        records = ArchiveIterator(stream)
        for record in records:
            record.content_stream().read()
            end = records.get_record_offset() + records.get_record_length()
            # An uncompressed record is followed by two blank lines, outside its length.
            whole.update(range(end, end + (1 if gzipped else 5)))
            kind = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            if kind == "text/html":
                ends.append(end)
    return Archive(data, list(zip(ends, titles, strict=True)), whole)


def warc_case(rng: random.Random, n: int, gzipped: bool) -> Case:
    archive = warc_bytes(rng, n, gzipped)
    data = archive.data
    roll = rng.random()
    if roll < 0.45:
        damage = rng.randrange(1, len(data))
        data = data[:damage]
    elif roll < 0.9:
        damage = rng.randrange(len(data))
        data = data[:damage] + mutate(rng, data[damage : damage + 64]) + data[damage + 64 :]
    else:
        damage = len(data)
    intact = {title for end, title in archive.pages if end <= damage}
    # A cut on a record boundary leaves a whole, shorter archive: nothing can tell.
    units = len(intact) if roll < 0.45 and damage in archive.whole else len(archive.pages)
    suffix = ".warc.gz" if gzipped else ".warc"
    return Case({f"c{n}{suffix}": data}, intact, units)


def special_case(rng: random.Random, n: int) -> Case:
    kind = rng.randrange(6)

    def make(folder: Path) -> None:
        path = folder / f"c{n}{rng.choice(['.txt', '.jsonl', '.html', '.warc'])}"
        if kind == 0:
            os.mkfifo(path)
        elif kind == 1:
            path.symlink_to(rng.choice(["/dev/zero", "/dev/null", "/dev/urandom"]))
        elif kind == 2:
            with socket.socket(socket.AF_UNIX) as sock:
                sock.bind(str(path))
        elif kind == 3:
            path.symlink_to(folder / f"falta{n}.txt")
        elif kind == 4:
            path.symlink_to(path)
        else:
            path.mkdir()
            (path / "dentro.txt").write_text(as_text_file(article(rng, n)), encoding="utf-8")

    return Case({f"special{n}": make}, units=0 if kind == 5 else 1)


def name_case(rng: random.Random, n: int) -> Case:
    record = article(rng, n)
    name = bytes(b for b in rng.randbytes(rng.randint(1, 40)) if b not in b"/\x00.") + b".txt"
    return Case({os.fsdecode(name): as_text_file(record).encode()}, {record["title"]})


def long_case(rng: random.Random, n: int) -> Case:
    record = article(rng, n)
    size = rng.choice([10_000, 300_000, 1_000_001, 2_500_000])
    filler = " ".join(rng.choice(WORDS) for _ in range(size // 6))[:size]
    if rng.random() < 0.5:
        record["title"] = filler
    else:
        record["text"] = record["text"] + "\n" + filler
    data = json.dumps(record, ensure_ascii=False).encode() + b"\n"
    return Case({f"c{n}.jsonl": data}, {record["title"][:1000].rsplit(" ", 1)[0]})


CATEGORIES: dict[str, Callable[[random.Random, int], Case]] = {
    "text files (.txt)": lambda rng, n: text_case(rng, n, ".txt"),
    "HTML pages": lambda rng, n: text_case(rng, n, ".html"),
    "JSON Lines, lines broken": jsonl_case,
    "WARC, cut or damaged": lambda rng, n: warc_case(rng, n, False),
    "WARC.gz, cut or damaged": lambda rng, n: warc_case(rng, n, True),
    "not regular files": special_case,
    "undecodable file names": name_case,
    "absurd lengths": long_case,
}
SHARE = {"not regular files": 0.1, "absurd lengths": 0.1, "undecodable file names": 0.3}


@dataclass
class Tally:
    cases: int = 0
    read: int = 0
    problems: int = 0
    flagged: int = 0
    crashes: int = 0
    hangs: int = 0
    silent: int = 0
    lost: int = 0
    unreadable: int = 0
    stored: int = 0
    store_lost: int = 0
    seconds: float = 0.0
    examples: Counter = field(default_factory=Counter)


def _flagged(flags: list[str]) -> bool:
    return any(f.startswith("over the length") or "could not be decoded" in f for f in flags)


def run_case(case: Case, folder: Path, tally: Tally, limit: float, keep: Path | None) -> None:
    """Read every file of the case as `analyze` does, from a folder of its own."""
    folder.mkdir()
    for name, content in case.files.items():
        if callable(content):
            content(folder)
        else:
            (folder / name).write_bytes(content)
    titles, documents, problems = [], 0, 0
    started = time.monotonic()
    for path in sorted(folder.iterdir()):
        if path.is_dir() and not path.is_symlink():
            continue
        try:
            items = list(read_file(path))
        except Exception as exc:
            tally.crashes += 1
            tally.examples[f"crash {type(exc).__name__}"] += 1
            continue
        for item in items:
            if isinstance(item, InputError):
                problems += 1
                reason = str(item)
                readable = "\n" not in reason and reason.isprintable() and len(reason) <= 300
                if not readable or not item.source.startswith(str(folder)):
                    tally.unreadable += 1
                    tally.examples[f"unreadable: {reason[:60]!r}"] += 1
                continue
            try:
                prepared = prepare(item, NOW)
            except InputError:
                problems += 1
                continue
            except Exception as exc:
                tally.crashes += 1
                tally.examples[f"crash in prepare {type(exc).__name__}"] += 1
                continue
            documents += 1
            titles.append(prepared.title)
            tally.flagged += _flagged(prepared.flags)
    took = time.monotonic() - started
    tally.seconds = max(tally.seconds, took)
    tally.hangs += took > limit
    tally.read += documents
    tally.problems += problems
    if documents + problems < case.units and problems == 0:
        tally.silent += 1
        tally.examples[f"silent: {sorted(case.files)[0]}"] += 1
    missing = {w for w in case.intact if not any(t.startswith(w) for t in titles)}
    if missing:
        tally.lost += len(missing)
        tally.examples[f"lost: {sorted(case.files)[0]}"] += 1
    if keep and (missing or took > limit or (documents + problems < case.units and not problems)):
        shutil.copytree(folder, keep / folder.parent.name / folder.name, symlinks=True)


def store_category(folder: Path, expected: int, tally: Tally) -> None:
    """The whole category in one `ingest` run: every document read must be stored."""
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch) / "fuzz.db")
        try:
            result = ingest(store, [folder], now=NOW)
        finally:
            store.close()
    tally.stored = result.added + result.duplicates
    tally.store_lost = max(0, expected - tally.stored)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=600, help="cases per category")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--seconds", type=float, default=20.0, help="a case over this hangs")
    parser.add_argument("--keep", type=Path, help="copy the cases that failed here")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tallies: dict[str, Tally] = {}
    started = time.process_time()
    root = Path(tempfile.mkdtemp(prefix="contrasta-fuzz-"))
    try:
        for name, make in CATEGORIES.items():
            tally = tallies[name] = Tally()
            folder = root / f"category{len(tallies)}"
            folder.mkdir()
            for n in range(max(1, int(args.cases * SHARE.get(name, 1.0)))):
                tally.cases += 1
                run_case(make(rng, n), folder / f"case{n}", tally, args.seconds, args.keep)
            store_category(folder, tally.read, tally)
            print(f"  {name}: {tally.cases} cases done", file=sys.stderr)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    _print(tallies, time.process_time() - started)
    return 1 if any(_faults(t) for t in tallies.values()) else 0


def _faults(t: Tally) -> int:
    return t.crashes + t.hangs + t.silent + t.lost + t.unreadable + t.store_lost


def _print(tallies: dict[str, Tally], cpu: float) -> None:
    header = (
        f"{'category':28} {'cases':>6} {'read':>6} {'problems':>8} {'flagged':>7} {'stored':>6}"
        f" {'crash':>5} {'hang':>4} {'silent':>6} {'lost':>4} {'max s':>6}  nothing lost?"
    )
    print(header)
    for name, t in tallies.items():
        verdict = (
            "yes: nothing lost" if not _faults(t) else f"NO: {dict(t.examples.most_common(3))}"
        )
        print(
            f"{name:28} {t.cases:>6} {t.read:>6} {t.problems:>8} {t.flagged:>7} {t.stored:>6}"
            f" {t.crashes:>5} {t.hangs:>4} {t.silent:>6} {t.lost + t.store_lost:>4}"
            f" {t.seconds:>6.2f}  {verdict}"
        )
    total = sum(t.cases for t in tallies.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{total} cases, {cpu:.0f} CPU s, peak memory {peak:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
