"""The report's compiled templates are kept between runs, and never outlive their text."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from contrasta.report import html


def _render(folder: Path) -> str:
    """A fresh environment, as a new process has: only the cache on disk is shared."""
    env = Environment(loader=FileSystemLoader(folder), bytecode_cache=html._ENV.bytecode_cache)
    return env.get_template("t.html.j2").render(n=2)


def test_the_report_templates_are_kept_compiled():
    cache = html._ENV.bytecode_cache
    assert cache is not None
    html._ENV.get_template("story.html.j2")
    assert list(Path(cache.directory).glob("contrasta-report-*.cache"))


def test_a_changed_template_is_compiled_again(tmp_path):
    template = tmp_path / "t.html.j2"
    template.write_text("{{ n }} ducks", encoding="utf-8")
    assert _render(tmp_path) == "2 ducks"
    assert _render(tmp_path) == "2 ducks"  # read back from the cache
    template.write_text("{{ n * 10 }} geese", encoding="utf-8")
    assert _render(tmp_path) == "20 geese"
