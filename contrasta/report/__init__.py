"""Outputs of `analyze`: one offline HTML page, Markdown and JSON per story, under an index.

    out/report.html, report.md, stories.json   the index: every story's list row
    out/stories/ID.html, ID.md, ID.json        one story's dossier, in full

A run writes the files of the stories whose stored dossier changed since they were
written (`written.json` in the folder remembers each story's dossier key), removes those of
stories that are gone, and writes the index from the stored list rows: what a run costs
follows what it touched, not the size of the database. A story whose dossier fails is
listed as such in the index.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING

from contrasta.coverage import Registry
from contrasta.dossier import Dossier, DossierFailure
from contrasta.i18n import language
from contrasta.report.html import index_html, story_html
from contrasta.report.jsonout import index_json, story_json
from contrasta.report.markdown import STORIES, index_markdown, story_markdown

if TYPE_CHECKING:
    from contrasta.service import StoryRow

MANIFEST = "written.json"  # in STORIES: story id -> key of the dossier its files show
SUFFIXES = (".html", ".md", ".json")


@dataclass(frozen=True)
class Found:
    """What the reports hold, counted for the end of a run's summary."""

    stories: int = 0
    contradictions: int = 0  # claim groups labelled contradicted
    single_source: int = 0  # claim groups only one independent origin states
    blindspots: int = 0


def found_in(rows: list[StoryRow]) -> Found:
    built = [r for r in rows if not r.failed]
    return Found(
        stories=len(built),
        contradictions=sum(r.contradictions for r in built),
        single_source=sum(r.single_source for r in built),
        blindspots=sum(r.blindspot is not None for r in built),
    )


@dataclass
class Written:
    paths: list[Path]  # the index files
    folder: Path  # the story files'
    failed: list[StoryRow]  # stories whose dossier could not be built
    stories: int = 0  # stories whose files this run wrote
    removed: int = 0  # stories gone since the last run, whose files it removed
    bytes: int = 0  # bytes this run wrote, index included
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds: load, render
    found: Found = field(default_factory=Found)


def story_path(out_dir: Path, story_id: str, suffix: str) -> Path:
    return out_dir / STORIES / f"{story_id}{suffix}"


def _layout() -> str:
    """What story files depend on besides their dossier: contrasta's version, the language
    and the page template. Another one writes every story's files again."""
    try:
        version = metadata.version("contrasta")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        version = ""
    template = resources.files("contrasta.report").joinpath("templates")
    sources = sorted((t.name, t.read_text(encoding="utf-8")) for t in template.iterdir())
    return hashlib.sha256(json.dumps([version, language(), sources]).encode()).hexdigest()


def _manifest(out_dir: Path, layout: str) -> dict[str, str]:
    path = out_dir / STORIES / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("layout") != layout:
        return {}
    stories = data.get("stories")
    return stories if isinstance(stories, dict) else {}


def _write(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def write_reports(
    out_dir: Path,
    rows: list[StoryRow],
    keys: dict[str, str],
    load: Callable[[str], Dossier | DossierFailure],
    method: str,
    registry: Registry | None = None,
) -> Written:
    """`rows` are every stored story's list row in index order, `keys` their dossiers' keys,
    `load` gives one story's stored dossier (`Service.dossier`); only the stories whose key
    differs from the one their files were written from are loaded. `registry` (the
    shipped one by default) gives the owners shown beside outlets."""
    started = time.process_time()
    (out_dir / STORIES).mkdir(parents=True, exist_ok=True)
    layout = _layout()
    before = _manifest(out_dir, layout)
    generated = datetime.now().replace(microsecond=0)
    written = Written([], out_dir / STORIES, [r for r in rows if r.failed], found=found_in(rows))
    loading = 0.0
    after: dict[str, str] = {}
    for row in rows:
        key = keys[row.id]
        if row.failed:
            continue
        after[row.id] = key
        if before.get(row.id) == key:
            continue
        loaded = time.process_time()
        dossier = load(row.id)
        loading += time.process_time() - loaded
        if not isinstance(dossier, Dossier):  # failed since its row was read
            written.failed.append(row)
            del after[row.id]
            continue
        shown = {
            ".html": story_html(dossier, generated, registry),
            ".md": story_markdown(dossier),
            ".json": story_json(dossier),
        }
        for suffix, text in shown.items():
            written.bytes += _write(story_path(out_dir, row.id, suffix), text)
        written.stories += 1
    for gone in before.keys() - after.keys():
        for suffix in SUFFIXES:
            story_path(out_dir, gone, suffix).unlink(missing_ok=True)
        written.removed += 1
    built = [r for r in rows if r.id in after]
    index = {
        "report.html": index_html(built, written.failed, method, generated),
        "report.md": index_markdown(built, written.failed, method, generated),
        "stories.json": index_json(built, written.failed, method, generated),
    }
    for name, text in index.items():
        written.bytes += _write(out_dir / name, text)
        written.paths.append(out_dir / name)
    manifest = json.dumps({"layout": layout, "stories": after}, separators=(",", ":"))
    written.bytes += _write(out_dir / STORIES / MANIFEST, manifest)
    written.cpu = {"load": loading, "render": time.process_time() - started - loading}
    return written
