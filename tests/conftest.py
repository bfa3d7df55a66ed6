"""Shared fixtures: the example corpus analysed once, through the real command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def contrasta(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "contrasta", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
        timeout=300,
    )


@dataclass
class Analysed:
    db: Path
    out: Path
    run: subprocess.CompletedProcess


@pytest.fixture(scope="session")
def truth() -> dict:
    return json.loads((EXAMPLES / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def analysed(tmp_path_factory) -> Analysed:
    work = tmp_path_factory.mktemp("analysed")
    db, out = work / "c.db", work / "out"
    run = contrasta("analyze", str(EXAMPLES), "--out", str(out), "--db", str(db))
    return Analysed(db=db, out=out, run=run)
