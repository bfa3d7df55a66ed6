"""Benchmark: where the CPU of `contrasta analyze examples/` goes (fresh database, default
settings): imports, each model load, and the work itself.

    PYTHONPATH=$PWD .venv/bin/python bench/startup.py [--runs 3]

Each run is a new process that times, in CPU seconds of the process (`time.process_time`),
every module import and each model load named in LOADS; a load's own imports count as
imports, and time inside another labelled step is that step's, never counted twice. What is
left is the work (reading, grouping, dossiers, reports, the command line); lingua's line
holds its per-text work too (~2 CPU ms a text). Medians over
--runs are printed beside the process's total (user + system, as bench/latency.py counts).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.abc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LOADS = {
    "spaCy pipelines (load_pipeline, per language)": ("contrasta.reading.nlp", "load_pipeline"),
    "USE weights and tokenizer": ("contrasta.embed", "_shared"),
    "wordfreq: word -> frequency dictionary": ("wordfreq", "get_frequency_dict"),
    "wordfreq: its lists as kept (per language)": ("contrasta.reading.rarity", "word_list"),
    "wordfreq: rarity table": ("contrasta.reading.rarity", "rarity_table"),
    "gender-guesser: names indexed": ("contrasta.reading.names", "_name_lines"),
    "simplemma (words outside the kept list)": (
        "contrasta.reading.inflection",
        "_simplemma_inflected",
    ),
    "lingua (its models load at the first text)": ("contrasta.ingest.lang", "guess_language"),
}
IMPORTS = "imports"
WORK = "work"


class _Clock:
    """Exclusive CPU time per label: a nested step's time is taken out of its caller's."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self._stack: list[list] = []

    def run(self, label: str, call, *args, **kwargs):
        self._stack.append([label, time.process_time(), 0.0])
        try:
            return call(*args, **kwargs)
        finally:
            label, started, inner = self._stack.pop()
            took = time.process_time() - started
            self.spent[label] = self.spent.get(label, 0.0) + took - inner
            if self._stack:
                self._stack[-1][2] += took


class _TimedImports(importlib.abc.MetaPathFinder):
    """Finds nothing itself: wraps the loader another finder returns so that executing a
    module is timed as an import."""

    def __init__(self, clock: _Clock) -> None:
        self._clock = clock

    def find_spec(self, name, path, target=None):
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is None:
                continue
            loader = spec.loader
            if loader is not None and hasattr(loader, "exec_module"):
                execute = loader.exec_module
                with contextlib.suppress(AttributeError):  # such a loader runs untimed
                    loader.exec_module = lambda module, execute=execute: self._clock.run(
                        IMPORTS, execute, module
                    )
            return spec
        return None


def _child(args: list[str], out: Path) -> None:
    clock = _Clock()
    sys.meta_path.insert(0, _TimedImports(clock))
    clock._stack.append([WORK, time.process_time(), 0.0])
    from contrasta.cli import main

    for label, (module_name, name) in LOADS.items():
        module = importlib.import_module(module_name)
        if not hasattr(module, name):
            raise SystemExit(f"bench/startup.py: {module_name}.{name} is gone; update LOADS")
        call = getattr(module, name)
        timed = lambda *a, call=call, label=label, **k: clock.run(label, call, *a, **k)  # noqa: E731
        # contrasta's modules loaded already may hold the function under its name.
        loaded = [m for n, m in list(sys.modules.items()) if n.startswith("contrasta.")]
        for holder in [module, *loaded]:
            if getattr(holder, name, None) is call:
                setattr(holder, name, timed)
    sys.argv = ["contrasta", *args]
    with contextlib.suppress(SystemExit):
        main()
    while clock._stack:
        label, started, inner = clock._stack.pop()
        clock.spent[label] = clock.spent.get(label, 0.0) + time.process_time() - started - inner
    usage = resource.getrusage(resource.RUSAGE_SELF)
    clock.spent["process (user + system)"] = usage.ru_utime + usage.ru_stime
    out.write_text(json.dumps(clock.spent))


def _run() -> dict[str, float]:
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "split.json"
        args = ["analyze", str(ROOT / "examples"), "--db", f"{tmp}/b.db", "--out", f"{tmp}/out"]
        subprocess.run(
            [sys.executable, __file__, "--child", str(out), *args],
            env=env,
            capture_output=True,
            check=True,
        )
        return json.loads(out.read_text())


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[3:], Path(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = [_run() for _ in range(parser.parse_args().runs)]
    labels = [IMPORTS, *LOADS, WORK, "process (user + system)"]
    for label in labels:
        median = statistics.median(run.get(label, 0.0) for run in runs)
        print(f"{label:<48} {median:6.2f} CPU s")


if __name__ == "__main__":
    main()
