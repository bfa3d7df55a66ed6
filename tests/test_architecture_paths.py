"""Every file and folder docs/ARCHITECTURE.md names exists: the map must not send a reader
to a module that was moved or deleted.

A name counts when it is written in backticks and looks like a path (it holds a slash or
ends in a file suffix). The document names modules relative to their package ("`clean/`
(`header.py`, ...)", "`templates/report.html.j2`" under `report/`), so a name is found when
some path of the repository ends with it.
"""

from __future__ import annotations

import re

from conftest import ROOT

DOC = ROOT / "docs" / "ARCHITECTURE.md"
_QUOTED = re.compile(r"`([^`\s]+)`")
_SUFFIX = re.compile(r"\.(?:py|sql|csv|json|tsv|md|j2|txt|toml|cfg)$")
_SKIPPED_DIRS = {".git", ".venv", "__pycache__", ".ruff_cache", ".pytest_cache", "node_modules"}
RUN_TIME = {
    "DB.uploads/": "the uploads folder made beside the database by the web app",
    "out/_keyed": "written by the Spark job",
    "report.md": "the index report written by `analyze`",
    "stories.json": "a report written by `analyze`",
    "stories/ID.json": "one story's report written by `analyze`",
    "stories/ID.{html,md,json}": "one story's reports written by `analyze`",
    "stories/written.json": "what each story's report files show, written by `analyze`",
    "stories/written-MONTH.json": "one month's part of that manifest, past 1,000 stories",
    "stories-YYYY-MM.json": "one month's stories of the index, past 1,000 stories",
}
"""Paths the document names that a run creates, not the repository."""


def named_paths(text: str) -> set[str]:
    """Backticked names that look like paths: not URLs, not web routes, not the evaluation
    data beside the repository (`../shared/eval`)."""
    return {
        name
        for name in _QUOTED.findall(text)
        if ("/" in name or _SUFFIX.search(name))
        and "://" not in name
        and not name.startswith(("/", "../"))
        and name not in RUN_TIME
    }


def repository_paths() -> set[str]:
    """Every file and folder of the checkout, relative and with "/" separators."""
    found: set[str] = set()
    stack = [ROOT]
    while stack:
        folder = stack.pop()
        for entry in folder.iterdir():
            if entry.name in _SKIPPED_DIRS or entry.name.endswith(".egg-info"):
                continue
            found.add(entry.relative_to(ROOT).as_posix())
            if entry.is_dir() and not entry.is_symlink():
                stack.append(entry)
    return found


def exists(name: str, paths: set[str]) -> bool:
    wanted = name.rstrip("/")
    return any(p == wanted or p.endswith("/" + wanted) for p in paths)


def test_every_path_the_architecture_names_exists():
    named = named_paths(DOC.read_text(encoding="utf-8"))
    assert len(named) > 50  # the parser still finds the document's paths
    paths = repository_paths()
    missing = sorted(n for n in named if not exists(n, paths))
    assert not missing, f"docs/ARCHITECTURE.md names paths that do not exist: {missing}"


def test_a_name_matches_whole_path_parts_only():
    paths = {"contrasta", "contrasta/stories", "contrasta/stories/online.py"}
    assert exists("online.py", paths) and exists("stories/online.py", paths)
    assert exists("stories/", paths)
    assert not exists("line.py", paths)
    assert not exists("stories/nowhere.py", paths)
