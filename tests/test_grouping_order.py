"""The stories do not depend on how the articles arrive: in one run or in batches, in any
order, undated articles included, and in any process (hash seeds differ between processes,
so nothing may follow the iteration order of a set of strings)."""

from __future__ import annotations

import csv
import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, ROOT
from contrasta.embed import load_embedder
from contrasta.pipeline import analyze
from contrasta.store import open_store

EVAL = Path(os.environ.get("CONTRASTA_EVAL") or ROOT.parent / "shared" / "eval")
SEMEVAL = EVAL / "semeval2022-task8" / "pairs-dev.csv"
REAL_PAIRS = 10  # Spanish pairs, half rated same-event: 20 real undated articles


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.rglob("*") if p.suffix in (".txt", ".html", ".jsonl"))


def real_files(folder: Path) -> list[Path]:
    """Spanish SemEval pairs as one JSON-lines file per article (read at run time, written
    to a temporary folder, never kept): real text with no date, as FakeDeS items come."""
    with SEMEVAL.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["lang1"] == r["lang2"] == "es"]
    same = [r for r in rows if float(r["Overall"]) <= 2][: REAL_PAIRS // 2]
    other = [r for r in rows if float(r["Overall"]) > 2][: REAL_PAIRS - len(same)]
    files = []
    for row in same + other:
        for side in ("1", "2"):
            path = folder / f"{row['pair_id']}-{side}.jsonl"
            record = {"text": row[f"text{side}"], "outlet": f"outlet {side}"}
            path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            files.append(path)
    return files


def partition(db: Path) -> set[frozenset[str]]:
    store = open_store(db)
    source = {a.id: a.source for a in store.iter_articles()}
    found = {frozenset(source[i] for i in s.article_ids) for s in store.list_stories()}
    store.close()
    return found


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("use")


@pytest.fixture(scope="module")
def corpora(tmp_path_factory, embedder) -> dict[str, tuple[list[Path], set[frozenset[str]]]]:
    """Each corpus's files and the stories one run over all of them gives."""
    found = {"examples": example_files()}
    if SEMEVAL.exists():
        found["real"] = real_files(tmp_path_factory.mktemp("real"))
    out = {}
    for name, files in found.items():
        db = tmp_path_factory.mktemp(name) / "one.db"
        store = open_store(db)
        assert analyze(store, files, embedder).ok
        store.close()
        out[name] = (files, partition(db))
    return out


def batches(draw, files: list[Path]) -> list[list[Path]]:
    order = draw(st.permutations(files))
    cuts = sorted(draw(st.sets(st.integers(1, len(files) - 1), min_size=1, max_size=3)))
    edges = [0, *cuts, len(files)]
    return [order[a:b] for a, b in itertools.pairwise(edges)]


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data(), corpus=st.sampled_from(["examples", "real"]))
def test_any_split_and_order_gives_the_stories_of_one_run(corpora, embedder, data, corpus):
    if corpus not in corpora:
        pytest.skip(f"{SEMEVAL} not found (set CONTRASTA_EVAL)")
    files, expected = corpora[corpus]
    split = batches(data.draw, files)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "batches.db"
        store = open_store(db)
        for batch in split:
            assert analyze(store, batch, embedder).ok
        store.close()
        assert partition(db) == expected, [[p.name for p in b] for b in split]


GROUP_IN_A_PROCESS = """
import json, sys
from pathlib import Path
from contrasta.embed import load_embedder
from contrasta.pipeline import analyze
from contrasta.store import open_store
store = open_store(sys.argv[1])
analyze(store, [Path(p) for p in sys.argv[2:]], load_embedder("use"))
source = {a.id: a.source for a in store.iter_articles()}
print(json.dumps(sorted(sorted(source[i] for i in s.article_ids) for s in store.list_stories())))
"""


@pytest.mark.slow
def test_any_hash_seed_gives_the_same_stories(tmp_path):
    """Two processes with different hash seeds group the same files alike."""
    files = example_files()
    if SEMEVAL.exists():
        files += real_files(tmp_path)
    found = []
    for seed in ("1", "2"):
        run = subprocess.run(
            [
                sys.executable,
                "-c",
                GROUP_IN_A_PROCESS,
                str(tmp_path / f"{seed}.db"),
                *map(str, files),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)},
            timeout=300,
        )
        assert run.returncode == 0, run.stderr
        found.append(json.loads(run.stdout))
    assert found[0] == found[1]
