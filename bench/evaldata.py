"""The public evaluation sets under ../shared/eval, read in one place.

Real text is never copied into this repository: every bench and floor test reads it from
the shared folder at run time (`CONTRASTA_EVAL` points elsewhere), so where it lives, how
its files are laid out and how a row is read are written once, here. Headers of the
spreadsheets are upper-cased because the FakeDeS files disagree on their case.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import subprocess
import sys
import types
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contrasta.model import Article

ROOT = Path(__file__).resolve().parents[1]


def eval_dir() -> Path:
    return Path(os.environ.get("CONTRASTA_EVAL") or ROOT.parent / "shared" / "eval")


EVAL = eval_dir()
FAKEDES = EVAL / "spanish-fake-news"
FAKEDES_FILES = ("train", "development", "test")
SEMEVAL = EVAL / "semeval2022-task8" / "pairs-dev.csv"
PAGES = EVAL / "article-extraction"


def missing(*paths: Path, xlsx: bool = False) -> str | None:
    """Why a bench cannot run here (data or openpyxl absent), or None when it can."""
    for path in paths:
        if not path.exists():
            return f"evaluation data not found: {path} (set CONTRASTA_EVAL)"
    if xlsx:
        try:
            import openpyxl  # noqa: F401
        except ImportError:
            return "openpyxl is not installed (pip install -e '.[dev]')"
    return None


def fakedes_rows(name: str = "test") -> Iterator[dict]:
    """Rows of one FakeDeS spreadsheet as dicts keyed ID, CATEGORY, HEADLINE, TEXT, LINK…"""
    from openpyxl import load_workbook

    book = load_workbook(FAKEDES / f"{name}.xlsx", read_only=True)
    try:
        rows = book.active.iter_rows(values_only=True)
        header = [str(cell).strip().upper() if cell else "" for cell in next(rows)]
        for values in rows:
            yield dict(zip(header, values, strict=False))
    finally:
        book.close()  # a read-only workbook keeps its file open until closed


def fakedes_texts(name: str = "test") -> list[str]:
    """The article texts of one FakeDeS spreadsheet, rows without one left out."""
    return [str(row["TEXT"]) for row in fakedes_rows(name) if row["TEXT"]]


def semeval_rows(path: Path = SEMEVAL) -> Iterator[dict]:
    """Rows of a file in the format of SemEval-2022 Task 8's pairs-dev.csv."""
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def semeval_spanish(path: Path = SEMEVAL) -> Iterator[tuple[dict, str, str]]:
    """(row, side "1" or "2", text) of every Spanish side of the pairs, in file order (in the
    es-en and es-it rows, `augmented` 1, one side is that team's machine translation)."""
    for row in semeval_rows(path):
        for side in "12":
            if row[f"lang{side}"] == "es":
                yield row, side, row[f"text{side}"]


def extraction_truth() -> dict[str, dict]:
    """The article-extraction ground truth: page id -> {articleBody, url}."""
    return json.loads((PAGES / "ground-truth.json").read_text(encoding="utf-8"))


def extraction_page(page_id: str) -> bytes:
    return gzip.decompress((PAGES / "html" / f"{page_id}.html.gz").read_bytes())


def git(*args: str) -> str:
    """What git prints for `args` in this repository (raises when git or the object is
    missing): selection rules read files as they were at a fixed revision."""
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
    ).stdout


def tree_at(commit: str, work: Path) -> Path:
    """This repository's files at `commit` (`git archive`), unpacked once into
    work/<commit>: a tree to run old code from (as PYTHONPATH) beside the current one."""
    tree = work / commit
    if not tree.exists():
        tree.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree


def module_at(revision: str, path: str, name: str) -> types.ModuleType | None:
    """A module of this repository as it was at `revision` (for before/after figures in
    one run), or None without git or that revision."""
    try:
        source = git("show", f"{revision}:{path}")
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType(name)
    sys.modules[name] = module  # dataclasses look their module up there
    exec(compile(source, f"{name}.py", "exec"), module.__dict__)
    return module


def prf(right: int, found: int, gold: int) -> tuple[float, float, float]:
    precision = right / found if found else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# Pair sides carry no date: each is read at one fixed time, so relative days resolve alike
# on every run and no two sides are far apart.
READ_AT = datetime(2024, 1, 1)


def pair_side(source: str, side: str, text: str) -> Article:
    """One side of a SemEval pair as a JSON-lines record holding only the text and its
    outlet ("outlet-text1"), prepared as `contrasta analyze` would."""
    from contrasta.ingest.text import paragraphs_from_lines
    from contrasta.model import RawDocument
    from contrasta.prepare import prepare

    raw = RawDocument(
        source=f"{source}:{side}",
        fmt="jsonl",
        text=text,
        outlet=f"outlet-{side}",
        paragraphs=paragraphs_from_lines(text.splitlines()),
    )
    return prepare(raw, now=READ_AT)
