"""The main job as library calls: read, clean, store, group. The CLI only displays it.

Articles are committed in batches, each its own transaction, so an interrupted run keeps
all finished batches; an error in one document becomes a Problem and the run goes on.
Files, fetched URLs and feed items take the same path from raw document to story.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from contrasta.embed import Embedder
from contrasta.errors import INTERNAL_HINT, LOG_FILE, InputError, InputWarning, describe
from contrasta.fetch.options import UNCHANGED, FetchOptions, is_http_url
from contrasta.i18n import _
from contrasta.ingest import discover, read_file
from contrasta.limits import DEFAULT_LIMITS, DEFAULT_MAX_BYTES, TextLimits
from contrasta.model import Article, Captured, Problem, RawDocument
from contrasta.prepare import prepare, settle
from contrasta.store import Store
from contrasta.stories.fitted import method_name, models

if TYPE_CHECKING:
    from contrasta.fetch.fetcher import Fetcher

BATCH = 200
log = logging.getLogger(__name__)


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
    warnings: list[Problem] = field(default_factory=list)  # read and kept, but check them
    undated: int = 0
    method: str = ""
    fetched: int = 0  # pages downloaded: of the URLs given, of new feed items
    feeds: int = 0
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage

    @property
    def ok(self) -> bool:
        return not self.problems


def _problem(error: InputError) -> Problem:
    return Problem(source=error.source, reason=str(error), hint=error.hint)


class _Intake:
    """Raw documents to stored articles, in batches of one transaction each."""

    def __init__(
        self,
        store: Store,
        result: RunResult,
        now: datetime | None,
        batch_size: int,
        limits: TextLimits = DEFAULT_LIMITS,
    ) -> None:
        self.store, self.result, self.now, self.batch_size = store, result, now, batch_size
        self.limits = limits
        self.batch: list[Article] = []
        self.started = time.process_time()
        self.cpu = {"clean": 0.0, "store": 0.0}

    def take(self, items: Iterable[RawDocument | InputError | str]) -> None:
        for item in items:
            if item == UNCHANGED:  # a 304: the page is as it was when it was stored
                self.result.duplicates += 1
            elif isinstance(item, InputWarning):
                self.result.warnings.append(_problem(item))
            elif isinstance(item, InputError):
                self.result.problems.append(_problem(item))
            else:
                self._prepare(item)
        if len(self.batch) >= self.batch_size:
            self.flush()

    def _prepare(self, item: RawDocument) -> None:
        self.result.documents += 1
        started = time.process_time()
        try:
            self._clean(item)
        finally:
            self.cpu["clean"] += time.process_time() - started

    def _clean(self, item: RawDocument) -> None:
        fetched = item.fetched_at if isinstance(item, Captured) else None
        warnings: list[InputWarning] = []
        try:
            article = prepare(item, fetched or self.now, self.limits, warnings)
            self.batch.append(settle(article, item))
        except InputError as exc:
            self.result.problems.append(_problem(exc))
        except Exception as exc:  # a bug must cost one document, not the batch
            log.exception("preparing %s", item.source)
            self.result.problems.append(
                Problem(
                    item.source,
                    _("cannot prepare it ({reason})").format(reason=describe(exc)),
                    INTERNAL_HINT,
                )
            )
        self.result.warnings.extend(_problem(w) for w in warnings)

    def flush(self) -> None:
        started = time.process_time()
        try:
            self._store()
        finally:
            self.cpu["store"] += time.process_time() - started

    def finish(self) -> None:
        """Store what is left and say where the CPU time went: reading is the rest."""
        self.flush()
        total = time.process_time() - self.started
        self.result.cpu.update(read=total - sum(self.cpu.values()), **self.cpu)

    def _store(self) -> None:
        """Store the batch in one transaction; when the store refuses it, store the
        articles one by one, so one bad row costs itself, not the others."""
        try:
            self._count(self.batch, self.store.add_articles(self.batch))
        except Exception:
            log.exception(
                "storing a batch of %d articles; storing them one by one", len(self.batch)
            )
            for article in self.batch:
                try:
                    self._count([article], self.store.add_articles([article]))
                except Exception as exc:
                    log.exception("storing %s", article.source)
                    self.result.problems.append(
                        Problem(
                            article.source,
                            _("cannot store it ({reason})").format(reason=describe(exc)),
                            INTERNAL_HINT,
                        )
                    )
        self.batch.clear()

    def _count(self, articles: list[Article], added: list[bool]) -> None:
        self.result.added += sum(added)
        self.result.duplicates += len(added) - sum(added)
        self.result.undated += sum(
            1 for a, new in zip(articles, added, strict=True) if new and not a.published
        )


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[Path | str], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    now: datetime | None = None,
    batch_size: int = BATCH,
    fetch: FetchOptions | None = None,
    limits: TextLimits = DEFAULT_LIMITS,
    own: Iterable[str | Path] = (),
) -> RunResult:
    """Read every file under `paths` and fetch every http(s) URL among them into the store;
    never raises for bad input. `fetch` sets the fetcher (default: public addresses only),
    `limits` the longest title, paragraph and article text kept; a folder's walk passes by
    the store's own files and `own` (the reports folder)."""
    given = list(paths)
    urls = [p for p in given if isinstance(p, str) and is_http_url(p)]
    found = discover(
        (p for p in given if not (isinstance(p, str) and is_http_url(p))),
        [*own, *own_files(store)],
    )
    result = RunResult(run_id=store.start_run(), skipped=[str(p) for p in found.skipped])
    result.problems.extend(_problem(e) for e in found.unreadable)
    if on_start:
        on_start(len(found.files) + len(urls))
    intake = _Intake(store, result, now, batch_size, limits)
    for path in found.files:
        result.files += 1
        intake.take(read_file(path, max_bytes))
        if on_file:
            on_file(path)
    if urls:
        # The HTTP client is imported only when there is something to fetch.
        from contrasta.fetch.fetcher import Fetcher
        from contrasta.fetch.pages import read_url
        from contrasta.fetch.state import FetchState

        state = FetchState.maybe(store)
        with Fetcher(fetch or FetchOptions(max_bytes=max_bytes)) as fetcher:
            for url in urls:
                intake.take([read_url(fetcher, url, state)])
                if on_file:
                    on_file(url)
            result.fetched = fetcher.pages
    intake.finish()
    return result


def watch_once(
    store: Store,
    embedder: Embedder,
    fetcher: Fetcher,
    *,
    now: datetime | None = None,
    on_group: Callable[[int, int], None] | None = None,
) -> RunResult:
    """Poll every registered feed once and place the new items' articles into stories.

    The feeds' state (items taken, validators) is written only after the articles are
    stored, so an interrupted poll is taken again, not lost."""
    from contrasta.fetch.feeds import poll_feed, record_poll
    from contrasta.fetch.state import FetchState

    state = FetchState.of(store)
    result = RunResult(run_id=store.start_run())
    intake = _Intake(store, result, now, BATCH)
    polls = []
    for feed in state.feeds():
        result.feeds += 1
        poll = poll_feed(fetcher, state, feed.url)
        result.fetched += poll.pages
        intake.take(poll.documents)
        polls.append(poll)
    intake.finish()
    for poll in polls:
        record_poll(state, poll)
    return place(store, embedder, result, on_group)


def own_files(store: Store) -> list[Path]:
    """A SQLite store's files: the database, its journals and the log file beside it."""
    db = getattr(store, "path", None)
    if db is None:
        return []
    db = Path(db)
    journals = [db.with_name(db.name + end) for end in ("-wal", "-shm", "-journal")]
    return [db, *journals, db.parent / LOG_FILE]


def analyze(
    store: Store,
    paths: Iterable[str | Path],
    embedder: Embedder,
    on_group: Callable[[int, int], None] | None = None,
    **options,
) -> RunResult:
    """Ingest, then place the new articles into stories; the run is recorded in the store."""
    return place(store, embedder, ingest(store, paths, **options), on_group)


def place(
    store: Store,
    embedder: Embedder,
    result: RunResult,
    on_group: Callable[[int, int], None] | None,
) -> RunResult:
    """Group what a run stored and record the run: every way in (files, feeds, Spark's
    Parquet) ends here, so their summaries count the same things."""
    started = time.process_time()
    if store.unplaced_article_ids():
        from contrasta.stories.group import group

        grouped = group(store, embedder, on_progress=on_group)
        result.stories, result.method = grouped.stories_touched, grouped.method
    else:  # what grouping would say, without importing the clusterer and numpy
        result.method = method_name(embedder.name, models()[embedder.key])
    result.cpu["group"] = time.process_time() - started
    store.finish_run(
        result.run_id,
        {
            "files_read": result.files,
            "articles_added": result.added,
            "duplicates": result.duplicates,
            "stories": result.stories,
        },
        result.problems,
        result.warnings,
    )
    return result
