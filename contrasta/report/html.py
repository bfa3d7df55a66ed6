"""report.html: one self-contained page (inline CSS, no script, no external request).

Scraped text is hostile input, so it only ever reaches the page through Jinja2's
autoescaping; the template has no `|safe`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from jinja2 import Environment, PackageLoader, select_autoescape

from contrasta.clean import RULES
from contrasta.coverage import NO_SCORE, Registry, default_registry
from contrasta.crosscheck import frame_fields
from contrasta.dossier import Dossier, DossierFailure
from contrasta.i18n import _, language, ngettext
from contrasta.labels import (
    CLAIM_LABELS,
    CONFLICT_ABOUT,
    CONFLICT_KINDS,
    DATE_SOURCES,
    ENTITY_LABELS,
    LINK_KINDS,
    frame_text,
)
from contrasta.report.coverage import BAND_CLASSES, paragraph_segments
from contrasta.report.markdown import FAILED_HEADING, registry_names, source_name, when_text

_ENV = Environment(
    loader=PackageLoader("contrasta.report", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.globals.update(_=_, ngettext=ngettext, lang=language)


_ENV.filters["when"] = when_text


def render_html(
    dossiers: list[Dossier],
    method: str,
    generated: datetime,
    failed: Sequence[DossierFailure] = (),
    registry: Registry | None = None,
) -> str:
    """`registry` (the shipped one by default) gives the owners shown beside outlets."""
    rules = {rule.id: rule.description for rule in RULES}
    registry = registry or default_registry()

    def owner_of(name: str) -> str:
        found = registry.by_name(name)
        return found.owner if found else ""

    return _ENV.get_template("report.html.j2").render(
        dossiers=dossiers,
        failed=failed,
        failed_heading=_(FAILED_HEADING),
        method=method,
        generated=generated,
        rules=rules,
        kinds=LINK_KINDS,
        entity_labels=ENTITY_LABELS,
        claim_labels=CLAIM_LABELS,
        conflict_about=CONFLICT_ABOUT,
        conflict_kinds=CONFLICT_KINDS,
        frame_text=frame_text,
        frame_fields=frame_fields,
        cells={"present": "✓", "absent": "", "contradicts": "✗"},
        zip=zip,
        segments=paragraph_segments,
        band_classes=BAND_CLASSES,
        no_score=NO_SCORE,
        articles=sum(len(d.articles) for d in dossiers),
        owner_of=owner_of,
        date_sources=DATE_SOURCES,
        source_name=source_name,
        registry_names=registry_names,
    )
