"""Compiled patterns kept between processes: the same pattern objects, found again."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT
from contrasta import cache, patterns

CASES = [
    (r"(?P<day>\d{1,2}) de (?P<month>[a-zé]+)(?: de (?P<year>\d{4}))?", 0),
    (r"(?<![\w])(?:dijo|afirmó|señaló)(?![\w])", re.I),
    (r"^\s*(?:Foto|FOTO):.*$", re.M),
    (r"(a|b)+?\1(?=c)", 0),
    (rb"\x00+[\x80-\xff]", 0),
    (r"[»«“”\"]|\u202f", re.X),
]
TEXTS = ["12 de enero de 2024", "Dijo que sí", "x\n FOTO: y\nz", "abac abbc", "\x00\x00\xff", "«a»"]


def _behaviour(compiled: list[re.Pattern]) -> list:
    found = []
    for pattern in compiled:
        for text in TEXTS:
            subject = text.encode("latin-1") if isinstance(pattern.pattern, bytes) else text
            found.append([(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(subject)])
        found.append((pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)))
    return found


def test_a_kept_pattern_is_the_pattern_python_compiles():
    kept = [re._compiler._sre.compile(p, *patterns._compiled(p, f)) for p, f in CASES]
    assert _behaviour(kept) == _behaviour([re.compile(p, f) for p, f in CASES])


def test_patterns_are_kept_by_one_process_and_found_by_the_next(cache_folder):
    """Two processes: the first compiles and keeps, the second compiles nothing."""
    probe = (
        "import re, sys\n"
        "from contrasta import patterns\n"
        "patterns.install()\n"
        "kept = re._compiler.compile.__self__\n"
        f"found = [re.compile(p, f) for p, f in {CASES!r}]\n"
        "print(kept.new, len(kept.used))\n"
    )

    def run() -> list[int]:
        done = subprocess.run(
            [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
        )
        return [int(n) for n in done.stdout.split()]

    first, second = run(), run()
    assert first[0] >= len(CASES)
    assert second[0] == 0 and second[1] >= len(CASES)
    assert (cache_folder / patterns._build()).exists()


def test_the_alternatives_of_a_set_are_one_text_in_every_process():
    words = {"dijo", "afirmó", "señaló", "negó", "aseguró"}
    assert sorted(words, key=patterns.longest_first) == [
        "aseguró",
        "afirmó",
        "señaló",
        "dijo",
        "negó",
    ]


def test_keeping_replaces_the_copy_whole(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    cache.replace("part", b"one")
    cache.replace("part", b"two")
    assert [p.name for p in tmp_path.iterdir()] == ["part"]
    assert (tmp_path / "part").read_bytes() == b"two"
