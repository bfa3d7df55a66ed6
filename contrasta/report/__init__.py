"""Outputs of `analyze`: one offline HTML page, Markdown and JSON, from the same dossiers.

A story whose dossier fails is listed as such in every output; the others are written.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from contrasta.dossier import Dossier, DossierFailure
from contrasta.report.html import render_html
from contrasta.report.jsonout import render_json
from contrasta.report.markdown import render_markdown
from contrasta.store import Store


@dataclass
class Written:
    paths: list[Path]
    failed: list[DossierFailure]
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds: load, render


def write_reports(store: Store, out_dir: Path, loaded: list[Dossier | DossierFailure]) -> Written:
    """`loaded` are the stories' stored dossiers (`Service.dossiers`)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.process_time()
    dossiers = [d for d in loaded if isinstance(d, Dossier)]
    failed = [d for d in loaded if isinstance(d, DossierFailure)]
    method = store.grouping_method()
    generated = datetime.now().replace(microsecond=0)
    outputs = {
        "report.html": render_html(dossiers, method, generated, failed),
        "report.md": render_markdown(dossiers, method, generated, failed),
        "stories.json": render_json(dossiers, method, generated, failed),
    }
    written = Written([], failed)
    for name, content in outputs.items():
        path = out_dir / name
        path.write_text(content, encoding="utf-8")
        written.paths.append(path)
    written.cpu = {"render": time.process_time() - started}
    return written
