"""Outputs of `analyze`: one offline HTML page, Markdown and JSON per story, under an index.

    out/report.html, report.md, stories.json   the index: one entry per story
    out/stories/ID.html, ID.md, ID.json        one story's dossier, in full

A run writes the files of the stories whose stored dossier changed since they were
written, removes those of stories that are gone, and writes the index again from each
story's entries. `stories/written.json` keeps, per story, the key of the dossier its files
show and its three index entries as written, so only the changed stories' rows are read
and rendered: what a run costs follows what it touched, not the size of the database. A
story whose dossier fails is listed as such in the index.
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
from contrasta.report.html import entry_html, index_html, story_html
from contrasta.report.jsonout import entry_json, index_json, story_json
from contrasta.report.markdown import STORIES, entry_markdown, index_markdown, story_markdown
from contrasta.report.shape import FailedStory

if TYPE_CHECKING:
    from contrasta.service import StoryRow

MANIFEST = "written.json"  # in STORIES: per story, what its files and index entries show
MANIFEST_FORMAT = 2  # raise when `Entry` changes
SUFFIXES = (".html", ".md", ".json")


@dataclass(frozen=True)
class Found:
    """What the reports hold, counted for the end of a run's summary."""

    stories: int = 0
    contradictions: int = 0  # claim groups labelled contradicted
    single_source: int = 0  # claim groups only one independent origin states
    blindspots: int = 0


@dataclass
class Entry:
    """One story in the index, as written, with the key of the dossier it shows."""

    key: str
    headline: str
    articles: int
    first: str  # ISO time, "" when unknown: the index lists largest first, then oldest
    contradictions: int
    single_source: int
    blindspot: bool
    failed: str  # why its dossier could not be built, if it could not
    html: str = ""
    md: str = ""
    json: str = ""


def entry_of(row: StoryRow, key: str) -> Entry:
    entry = Entry(
        key=key,
        headline=row.headline,
        articles=row.articles,
        first=row.first.isoformat() if row.first else "",
        contradictions=row.contradictions,
        single_source=row.single_source,
        blindspot=row.blindspot is not None,
        failed=row.failed,
    )
    if not row.failed:
        entry.html, entry.md, entry.json = entry_html(row), entry_markdown(row), entry_json(row)
    return entry


def _order(item: tuple[str, Entry]) -> tuple:
    story_id, entry = item
    return (-entry.articles, entry.first != "", entry.first, story_id)


def found_in(entries: list[Entry]) -> Found:
    return Found(
        stories=len(entries),
        contradictions=sum(e.contradictions for e in entries),
        single_source=sum(e.single_source for e in entries),
        blindspots=sum(e.blindspot for e in entries),
    )


@dataclass
class Written:
    paths: list[Path]  # the index files
    folder: Path  # the story files'
    failed: list[FailedStory]  # stories whose dossier could not be built
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
    return hashlib.sha256(
        json.dumps([MANIFEST_FORMAT, version, language(), sources]).encode()
    ).hexdigest()


def written(out_dir: Path) -> dict[str, Entry]:
    """Story id -> its entry as last written in `out_dir` (none when the folder was written
    by another layout: then every story is written again)."""
    try:
        data = json.loads((out_dir / STORIES / MANIFEST).read_text(encoding="utf-8"))
        if data.get("layout") != _layout():
            return {}
        return {story_id: Entry(*values) for story_id, values in data["stories"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def save_written(out_dir: Path, entries: dict[str, Entry]) -> int:
    """Remember what each story's files and index entries show; the bytes written."""
    stories = {story_id: list(vars(entry).values()) for story_id, entry in entries.items()}
    manifest = json.dumps({"layout": _layout(), "stories": stories}, ensure_ascii=False)
    return _write(out_dir / STORIES / MANIFEST, manifest)


def _write(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def write_reports(
    out_dir: Path,
    keys: dict[str, str],
    rows: Callable[[list[str]], dict[str, StoryRow]],
    load: Callable[[str], Dossier | DossierFailure],
    method: str,
    registry: Registry | None = None,
) -> Written:
    """`keys` are every stored story's dossier key; `rows` gives the list rows of some
    stories and `load` one story's dossier (`Service`), asked only for the stories whose
    key differs from the one their files were written from. `registry` (the shipped one by
    default) gives the owners shown beside outlets."""
    started = time.process_time()
    (out_dir / STORIES).mkdir(parents=True, exist_ok=True)
    before = written(out_dir)
    generated = datetime.now().replace(microsecond=0)
    report = Written([], out_dir / STORIES, [])
    changed = [
        story_id
        for story_id, key in keys.items()
        if story_id not in before or before[story_id].key != key
    ]
    loading = time.process_time()
    fresh = rows(changed)
    loading = time.process_time() - loading
    entries = {story_id: before[story_id] for story_id in keys.keys() - set(changed)}
    for story_id in changed:
        entry = entries[story_id] = entry_of(fresh[story_id], keys[story_id])
        if entry.failed:
            _remove(out_dir, story_id)
            continue
        loaded = time.process_time()
        dossier = load(story_id)
        loading += time.process_time() - loaded
        if isinstance(dossier, DossierFailure):  # failed since its row was stored
            entry.failed = dossier.reason
            _remove(out_dir, story_id)
            continue
        shown = {
            ".html": story_html(dossier, generated, registry),
            ".md": story_markdown(dossier),
            ".json": story_json(dossier),
        }
        for suffix, text in shown.items():
            report.bytes += _write(story_path(out_dir, story_id, suffix), text)
        report.stories += 1
    for gone in before.keys() - keys.keys():
        _remove(out_dir, gone)
        report.removed += 1
    ordered = sorted(entries.items(), key=_order)
    built = [entry for _, entry in ordered if not entry.failed]
    report.failed = [
        FailedStory(story_id, entry.headline, entry.articles, entry.failed)
        for story_id, entry in ordered
        if entry.failed
    ]
    report.found = found_in(built)
    index = {
        "report.html": index_html(built, report.failed, method, generated),
        "report.md": index_markdown(built, report.failed, method, generated),
        "stories.json": index_json(built, report.failed, method, generated),
    }
    for name, text in index.items():
        report.bytes += _write(out_dir / name, text)
        report.paths.append(out_dir / name)
    report.bytes += save_written(out_dir, entries)
    report.cpu = {"load": loading, "render": time.process_time() - started - loading}
    return report


def _remove(out_dir: Path, story_id: str) -> None:
    for suffix in SUFFIXES:
        story_path(out_dir, story_id, suffix).unlink(missing_ok=True)
