"""Outputs of `analyze`: one offline HTML page, Markdown and JSON, from the same dossiers."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from contrasta.coverage import Lexicon, Registry
from contrasta.dossier import Dossier, build_dossier
from contrasta.report.html import render_html
from contrasta.report.jsonout import render_json
from contrasta.report.markdown import render_markdown
from contrasta.store import Store


def load_dossiers(
    store: Store, registry: Registry | None = None, lexicon: Lexicon | None = None
) -> list[Dossier]:
    articles = {a.id: a for a in store.iter_articles()}
    return [
        build_dossier(
            story, [articles[i] for i in story.article_ids if i in articles], registry, lexicon
        )
        for story in store.list_stories()
    ]


def write_reports(
    store: Store, out_dir: Path, registry: Registry | None = None, lexicon: Lexicon | None = None
) -> list[Path]:
    """`registry` and `lexicon` default to the shipped ones (`contrasta.coverage`)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dossiers = load_dossiers(store, registry, lexicon)
    method = store.grouping_method()
    generated = datetime.now().replace(microsecond=0)
    outputs = {
        "report.html": render_html(dossiers, method, generated),
        "report.md": render_markdown(dossiers, method, generated),
        "stories.json": render_json(dossiers, method, generated),
    }
    written = []
    for name, content in outputs.items():
        path = out_dir / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written
