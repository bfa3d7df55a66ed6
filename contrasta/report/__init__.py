"""Outputs of `analyze`: one offline HTML page, Markdown and JSON per story, under an index.

    out/report.html, report.md, stories.json   the index: one entry per story
    out/stories/ID.html, ID.md, ID.json        one story's dossier, in full

    out/report-YYYY-MM.html, .md, stories-YYYY-MM.json
                                               a month's stories, when the index is split

A run writes the files of the stories whose stored dossier changed since they were
written, removes those of stories that are gone, and writes the index again from each
story's entries. `stories/written.json` keeps, per story, the key of the dossier its files
show and the month it is listed under, with each month's totals; `stories/written-MONTH.json`
keeps that month's stories' three index entries as written. So only the changed stories'
rows are read and rendered, and past INDEX_LIMIT stories (the index then lists months) only
the touched months' entries are read and written: what a run costs follows what it
touched, not the size of the database. A story whose dossier fails is listed as such in the
index.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from contrasta.coverage import Registry
from contrasta.dossier import Dossier, DossierFailure
from contrasta.errors import CANNOT_WRITE_REPORTS, OTHER_OUT, ContrastaError, os_reason
from contrasta.i18n import _, language
from contrasta.report.html import entry_html, index_html, story_html
from contrasta.report.jsonout import entry_json, index_json, story_json
from contrasta.report.markdown import (
    STORIES,
    UNDATED,
    entry_markdown,
    index_markdown,
    month_file,
    story_markdown,
)
from contrasta.report.page import story_page
from contrasta.report.shape import FailedStory, IndexMonth

if TYPE_CHECKING:
    from contrasta.service import StoryRow

MANIFEST = "written.json"  # in STORIES: per story, the key its files show, and its month's
MANIFEST_FORMAT = 3  # raise when `Entry` or the manifest changes
SUFFIXES = (".html", ".md", ".json")
INDEX_LIMIT = 1000
"""Stories the index files list themselves. A larger report's index lists its months, and
each month's stories are in files of their own (`markdown.month_file`), so a run rewrites
the months it touched, not every story's line."""


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
    """As the store's "largest" page: most articles first, then by first publication, the
    stories with no dated article after the dated ones."""
    story_id, entry = item
    return (-entry.articles, entry.first == "", entry.first, story_id)


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


def month_of(entry: Entry) -> str:
    """The month a split index lists the story under: that of its first article."""
    return entry.first[:7] or UNDATED


@dataclass
class _Manifest:
    """`stories/written.json`: per story the key its files show and its month; per month
    its totals (`IndexMonth`'s counts); per failed story its line (month first)."""

    keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    months: dict[str, list[int]] = field(default_factory=dict)
    failed: dict[str, list] = field(default_factory=dict)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _manifest(out_dir: Path) -> _Manifest:
    """As last written in `out_dir`; empty when the folder was written by another layout
    (then every story is written again)."""
    data = _read_json(out_dir / STORIES / MANIFEST)
    try:
        if data["layout"] == _layout():
            keys = {story_id: (key, month) for story_id, (key, month) in data["keys"].items()}
            return _Manifest(keys, data["months"], data["failed"])
    except (TypeError, KeyError, ValueError, AttributeError):
        pass
    return _Manifest()


def _part_path(out_dir: Path, month: str) -> Path:
    return out_dir / STORIES / f"written-{month}.json"


def _part(out_dir: Path, month: str, manifest: _Manifest) -> dict[str, Entry]:
    """The entries of one month as written, only those the manifest places there."""
    data = _read_json(_part_path(out_dir, month))
    try:
        return {
            story_id: Entry(*values)
            for story_id, values in data.items()
            if manifest.keys.get(story_id, ("", ""))[1] == month
        }
    except (TypeError, AttributeError):
        return {}


def _totals(entries: Iterable[Entry]) -> list[int]:
    built = [entry for entry in entries if not entry.failed]
    found = found_in(built)
    articles = sum(entry.articles for entry in built)
    return [found.stories, articles, found.contradictions, found.single_source, found.blindspots]


def _save_part(out_dir: Path, month: str, entries: dict[str, Entry]) -> int:
    if not entries:
        _part_path(out_dir, month).unlink(missing_ok=True)
        return 0
    stories = {story_id: list(vars(entry).values()) for story_id, entry in entries.items()}
    # Sorted as the manifest is: the entries arrive in the order the stories were stored.
    return _write(
        _part_path(out_dir, month), json.dumps(stories, ensure_ascii=False, sort_keys=True)
    )


def _save_manifest(out_dir: Path, manifest: _Manifest) -> int:
    data = {"layout": _layout(), **vars(manifest)}
    # Sorted so that one report gives one file whatever the order months were touched in
    # (a set's order follows the process's hash seed).
    return _write(
        out_dir / STORIES / MANIFEST, json.dumps(data, ensure_ascii=False, sort_keys=True)
    )


def written(out_dir: Path) -> dict[str, Entry]:
    """Story id -> its entry as last written in `out_dir` (none when the folder was written
    by another layout: then every story is written again)."""
    manifest = _manifest(out_dir)
    return {i: e for month in manifest.months for i, e in _part(out_dir, month, manifest).items()}


def save_written(out_dir: Path, entries: dict[str, Entry]) -> int:
    """Remember a whole report's entries as written; the bytes written."""
    parts: dict[str, dict[str, Entry]] = {}
    for story_id, entry in entries.items():
        parts.setdefault(month_of(entry), {})[story_id] = entry
    manifest = _Manifest(
        {story_id: (entry.key, month_of(entry)) for story_id, entry in entries.items()},
        {month: _totals(part.values()) for month, part in parts.items()},
        _failed(parts),
    )
    size = sum(_save_part(out_dir, month, part) for month, part in parts.items())
    return size + _save_manifest(out_dir, manifest)


def _failed(parts: dict[str, dict[str, Entry]]) -> dict[str, list]:
    return {
        story_id: [month, entry.headline, entry.articles, entry.failed]
        for month, part in parts.items()
        for story_id, entry in part.items()
        if entry.failed
    }


def _write(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def _index(
    entries: list[Entry],
    failed: list[FailedStory],
    method: str,
    generated: datetime,
    months: list[IndexMonth],
    month: str = "",
) -> dict[str, str]:
    """The three index files of the report (`month` empty) or of one month, by suffix."""
    return {
        ".html": index_html(entries, failed, method, generated, months, month),
        ".md": index_markdown(entries, failed, method, generated, months, month),
        ".json": index_json(entries, failed, method, generated, months),
    }


def ready_folder(out_dir: Path) -> None:
    """Make the reports folder or say, in one line, why it cannot hold them (a file in
    its place, no permission, a read-only disk): checked before a run reads anything."""
    try:
        (out_dir / STORIES).mkdir(parents=True, exist_ok=True)
        probe = out_dir / STORIES / f".contrasta-{time.time_ns()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise _unwritable(out_dir, exc) from exc


def _unwritable(out_dir: Path, exc: OSError) -> ContrastaError:
    return ContrastaError(
        _(CANNOT_WRITE_REPORTS).format(folder=out_dir, reason=os_reason(exc)), _(OTHER_OUT)
    )


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
    ready_folder(out_dir)
    try:
        return _write_reports(out_dir, keys, rows, load, method, registry, started)
    except OSError as exc:  # the disk filled up, the folder went away
        raise _unwritable(out_dir, exc) from exc


def _write_reports(
    out_dir: Path,
    keys: dict[str, str],
    rows: Callable[[list[str]], dict[str, StoryRow]],
    load: Callable[[str], Dossier | DossierFailure],
    method: str,
    registry: Registry | None,
    started: float,
) -> Written:
    """`write_reports` but for the folder's errors: only the changed stories' pages are
    written again, only the months they left or joined are read back (a split index), and
    the manifest records what was written, for the next run to compare with."""
    before = _manifest(out_dir)
    generated = datetime.now().replace(microsecond=0)
    report = Written([], out_dir / STORIES, [])
    changed = [i for i, key in keys.items() if before.keys.get(i, ("", ""))[0] != key]
    gone = before.keys.keys() - keys.keys()
    loading = time.process_time()
    fresh = rows(changed)
    loading = time.process_time() - loading
    new = {story_id: entry_of(fresh[story_id], keys[story_id]) for story_id in changed}
    split = len(keys) > INDEX_LIMIT
    left = {before.keys[i][1] for i in [*changed, *gone] if i in before.keys}
    touched = left | {month_of(entry) for entry in new.values()}
    months = set(before.months) | touched
    # Split, only the touched months are read, and those whose files are missing (the
    # index has just split); listed in full, every month is.
    unwritten = {m for m in months if not (out_dir / month_file(m, ".html")).exists()}
    read = (touched | unwritten) if split else months
    parts = {month: _part(out_dir, month, before) for month in sorted(read)}
    for story_id in [*changed, *gone]:
        if story_id in before.keys:
            parts[before.keys[story_id][1]].pop(story_id, None)
    for story_id, entry in new.items():
        parts[month_of(entry)][story_id] = entry
    loading += _write_stories(out_dir, new, load, generated, registry, report)
    for story_id in gone:
        _remove(out_dir, story_id)
        report.removed += 1
    after = _Manifest(
        {i: v for i, v in before.keys.items() if i in keys and i not in new}
        | {i: (entry.key, month_of(entry)) for i, entry in new.items()},
        {m: v for m, v in before.months.items() if m not in parts}
        | {m: _totals(part.values()) for m, part in parts.items() if part},
        {i: v for i, v in before.failed.items() if v[0] not in parts} | _failed(parts),
    )
    for month in touched:
        report.bytes += _save_part(out_dir, month, parts[month])
    report.failed = sorted(
        (
            FailedStory(i, headline, articles, error)
            for i, (_m, headline, articles, error) in after.failed.items()
        ),
        key=lambda f: (-f.articles, f.id),
    )
    if split:
        for month in read:
            _write_month(out_dir, month, parts[month], method, generated, report)
        index = _months_index(after, method, generated, report)
    else:
        _remove_months(out_dir)
        every = [item for part in parts.values() for item in part.items()]
        built = [entry for _key, entry in sorted(every, key=_order) if not entry.failed]
        report.found = found_in(built)
        index = _index(built, report.failed, method, generated, [])
    for suffix, text in index.items():
        path = out_dir / ("stories.json" if suffix == ".json" else f"report{suffix}")
        report.bytes += _write(path, text)
        report.paths.append(path)
    report.bytes += _save_manifest(out_dir, after)
    report.cpu = {"load": loading, "render": time.process_time() - started - loading}
    return report


def _write_stories(
    out_dir: Path,
    new: dict[str, Entry],
    load: Callable[[str], Dossier | DossierFailure],
    generated: datetime,
    registry: Registry | None,
    report: Written,
) -> float:
    """Each changed story's pages (HTML, Markdown, JSON) written, a failed story's removed
    (one that failed since its row was stored is marked so in `new`); returns the CPU
    seconds spent loading dossiers, told apart from rendering."""
    loading = 0.0
    for story_id, entry in new.items():
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
        page = story_page(dossier)
        shown = {
            ".html": story_html(page, generated, registry),
            ".md": story_markdown(page),
            ".json": story_json(page),
        }
        for suffix, text in shown.items():
            report.bytes += _write(story_path(out_dir, story_id, suffix), text)
        report.stories += 1
    return loading


def _write_month(
    out_dir: Path,
    month: str,
    part: dict[str, Entry],
    method: str,
    generated: datetime,
    report: Written,
) -> None:
    """A split index's month files, its stories largest first; a month left with no story
    (failed or gone) has its files removed."""
    ordered = [e for _key, e in sorted(part.items(), key=_order) if not e.failed]
    for suffix, text in _index(ordered, [], method, generated, [], month).items():
        if ordered:
            report.bytes += _write(out_dir / month_file(month, suffix), text)
        else:
            (out_dir / month_file(month, suffix)).unlink(missing_ok=True)


def _months_index(
    after: _Manifest, method: str, generated: datetime, report: Written
) -> dict[str, str]:
    """A split index's own files: the months, newest first (undated last), with their
    totals, and the failed stories; `report.found` counts every month's."""
    listed = [
        IndexMonth(m, *after.months[m], file=month_file(m, ".json"))
        for m in sorted(after.months, key=lambda m: (m != UNDATED, m), reverse=True)
        if after.months[m][0]  # a month of failed stories only has no file
    ]
    totals = [sum(column) for column in zip(*after.months.values(), strict=True)]
    report.found = Found(*([totals[0], *totals[2:]] if totals else []))
    return _index([], report.failed, method, generated, listed)


_MONTH_FILE = re.compile(
    r"(report-(\d{4}-\d{2}|undated)\.(html|md)|stories-(\d{4}-\d{2}|undated)\.json)"
)


def _remove_months(out_dir: Path) -> None:
    """The month files of an index that was split, now that it lists every story again."""
    for path in out_dir.iterdir():
        if _MONTH_FILE.fullmatch(path.name):
            path.unlink()


def _remove(out_dir: Path, story_id: str) -> None:
    for suffix in SUFFIXES:
        story_path(out_dir, story_id, suffix).unlink(missing_ok=True)
