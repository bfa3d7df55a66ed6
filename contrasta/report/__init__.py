"""Outputs of `analyze`: one offline HTML page, Markdown and JSON, from the same dossiers.

A story whose dossier fails is listed as such in every output; the others are written.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from contrasta.coverage import Registry
from contrasta.dossier import Dossier, DossierFailure
from contrasta.report.html import render_html
from contrasta.report.jsonout import render_json
from contrasta.report.markdown import render_markdown
from contrasta.store import Store


@dataclass(frozen=True)
class Found:
    """What the reports hold, counted for the end of a run's summary."""

    stories: int = 0
    contradictions: int = 0  # claim groups labelled contradicted
    single_source: int = 0  # claim groups only one independent origin states
    blindspots: int = 0


def found_in(dossiers: list[Dossier]) -> Found:
    labels = [g.label for d in dossiers for g in d.check.groups]
    return Found(
        stories=len(dossiers),
        contradictions=labels.count("contradicted"),
        single_source=labels.count("single-source"),
        blindspots=sum(d.coverage.blindspot is not None for d in dossiers),
    )


@dataclass
class Written:
    paths: list[Path]
    failed: list[DossierFailure]
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds: load, render
    found: Found = field(default_factory=Found)


def write_reports(
    store: Store,
    out_dir: Path,
    loaded: list[Dossier | DossierFailure],
    registry: Registry | None = None,
) -> Written:
    """`loaded` are the stories' stored dossiers (`Service.dossiers`); `registry` (the
    shipped one by default) gives the owners shown beside outlets."""
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.process_time()
    dossiers = [d for d in loaded if isinstance(d, Dossier)]
    failed = [d for d in loaded if isinstance(d, DossierFailure)]
    method = store.grouping_method()
    generated = datetime.now().replace(microsecond=0)
    outputs = {
        "report.html": render_html(dossiers, method, generated, failed, registry),
        "report.md": render_markdown(dossiers, method, generated, failed),
        "stories.json": render_json(dossiers, method, generated, failed),
    }
    written = Written([], failed, found=found_in(dossiers))
    for name, content in outputs.items():
        path = out_dir / name
        path.write_text(content, encoding="utf-8")
        written.paths.append(path)
    written.cpu = {"render": time.process_time() - started}
    return written
