"""The main job as library calls: read, clean, store, group. The CLI only displays it.

Articles are committed in batches, each its own transaction, so an interrupted run keeps
all finished batches; an error in one document becomes a Problem and the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from contrasta.embed import Embedder
from contrasta.errors import InputError
from contrasta.ingest import DEFAULT_MAX_BYTES, discover, read_file
from contrasta.model import Article, Problem
from contrasta.prepare import prepare
from contrasta.store import Store
from contrasta.stories.group import group

BATCH = 200


@dataclass
class RunResult:
    run_id: int
    files: int = 0
    skipped: list[str] = field(default_factory=list)
    documents: int = 0
    added: int = 0
    duplicates: int = 0
    stories: int = 0
    problems: list[Problem] = field(default_factory=list)
    undated: int = 0
    method: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


def _problem(error: InputError) -> Problem:
    return Problem(source=error.source, reason=str(error), hint=error.hint)


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[Path], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    now: datetime | None = None,
    batch_size: int = BATCH,
) -> RunResult:
    """Read every file under `paths` into the store; never raises for bad input."""
    found = discover(paths)
    result = RunResult(run_id=store.start_run(), skipped=[str(p) for p in found.skipped])
    result.problems.extend(_problem(e) for e in found.missing)
    if on_start:
        on_start(len(found.files))
    batch: list[Article] = []
    for path in found.files:
        result.files += 1
        for item in read_file(path, max_bytes):
            if isinstance(item, InputError):
                result.problems.append(_problem(item))
                continue
            result.documents += 1
            try:
                batch.append(prepare(item, now))
            except InputError as exc:
                result.problems.append(_problem(exc))
            except Exception as exc:  # a bug must cost one document, not the batch
                result.problems.append(
                    Problem(item.source, f"internal error: {exc!r}", "please report this file")
                )
        if len(batch) >= batch_size:
            _flush(store, batch, result)
        if on_file:
            on_file(path)
    _flush(store, batch, result)
    return result


def _flush(store: Store, batch: list[Article], result: RunResult) -> None:
    added = store.add_articles(batch)
    result.added += sum(added)
    result.duplicates += len(added) - sum(added)
    result.undated += sum(1 for a, new in zip(batch, added, strict=True) if new and not a.published)
    batch.clear()


def analyze(
    store: Store,
    paths: Iterable[str | Path],
    embedder: Embedder,
    on_group: Callable[[int, int], None] | None = None,
    **options,
) -> RunResult:
    """Ingest, then place the new articles into stories; the run is recorded in the store."""
    result = ingest(store, paths, **options)
    grouped = group(store, embedder, on_progress=on_group)
    result.stories = grouped.stories_touched
    result.method = grouped.method
    store.finish_run(
        result.run_id,
        {
            "files_read": result.files,
            "articles_added": result.added,
            "duplicates": result.duplicates,
            "stories": result.stories,
        },
        result.problems,
    )
    return result
