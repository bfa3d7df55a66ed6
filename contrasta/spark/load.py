"""Spark's Parquet output into a store, so every usual command works on it.

Only pyarrow is needed here, not Spark: a cluster cleans and deduplicates the archive,
and the machine that serves the store loads the result. Articles go in as `analyze`
stores them (the store's unique content hash makes a second load a no-op) and are then
grouped incrementally as usual. Copy links and story candidates are not stored: grouping
finds whole-text copies again within its time window, and the store has no table for
candidates; they are counted so the summary can say what Spark found.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow.dataset as ds

from contrasta.errors import ContrastaError
from contrasta.i18n import _
from contrasta.model import Problem
from contrasta.pipeline import BATCH, RunResult
from contrasta.spark.rows import article_from_row
from contrasta.store import Store


@dataclass
class LoadResult(RunResult):
    copy_links: int = 0
    story_candidates: int = 0


def _dataset(folder: Path, name: str) -> ds.Dataset | None:
    path = folder / name
    return ds.dataset(path, format="parquet") if path.exists() else None


def load_articles(store: Store, folder: Path, *, batch_size: int = BATCH) -> LoadResult:
    """Store the articles and record the problems and warnings of one Spark output folder."""
    articles = _dataset(folder, "articles")
    if articles is None:
        raise ContrastaError(
            _("no Spark output in {folder} (no articles/ folder)").format(folder=folder),
            _("run `contrasta spark INPUT... --out FOLDER` first"),
        )
    result = LoadResult(run_id=store.start_run(), files=len(articles.files))
    for batch in articles.to_batches(batch_size=batch_size):
        loaded = [article_from_row(row) for row in batch.to_pylist()]
        added = store.add_articles(loaded)
        result.documents += len(loaded)
        result.added += sum(added)
        result.duplicates += len(added) - sum(added)
        result.undated += sum(
            1 for a, new in zip(loaded, added, strict=True) if new and not a.published
        )
    problems = _dataset(folder, "problems")
    for row in problems.to_table().to_pylist() if problems is not None else []:
        if row["skipped"]:
            result.skipped.append(row["source"])
        elif row.get("warning"):  # read and kept; an older output has no such column
            result.warnings.append(Problem(row["source"], row["reason"], row["hint"] or ""))
        else:
            result.problems.append(Problem(row["source"], row["reason"], row["hint"] or ""))
    for name in ("copy_links", "story_candidates"):
        found = _dataset(folder, name)
        setattr(result, name, found.count_rows() if found is not None else 0)
    return result
