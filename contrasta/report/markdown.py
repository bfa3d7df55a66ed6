"""report.md: the same dossiers as plain Markdown, for pasting into notes and tickets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path, PurePath

from contrasta.coverage.registry import SHIPPED
from contrasta.crosscheck import frame_fields
from contrasta.dossier import Dossier, DossierFailure
from contrasta.report.coverage import coverage_markdown, loaded_markdown

ENTITY_LABELS = {
    "PER": "Personas",
    "ORG": "Organizaciones",
    "LOC": "Lugares",
    "MISC": "Otros",
}
CONFLICT_ABOUT = {"day": "fecha", "place": "lugar"}
# What two outlets disagree on, by conflict kind (`crosscheck.labels.Conflict.kind`).
CONFLICT_KINDS = {
    "number": "cifra",
    "date": "fecha",
    "negation": "si ocurrió",
    "speaker": "quién lo dijo",
    "circumstance": "cómo se dijo o se hizo",
    "place": "lugar",
    "happened": "ocurrió tras descartarse",
}
# A claim's frame fields (`crosscheck.FIELDS`), as a reader reads them.
FRAME_LABELS = {
    "actor": "quién",
    "predicate": "qué",
    "with": "con quién",
    "place": "dónde",
    "time": "cuándo",
    "figure": "cuánto",
    "attribution": "según",
    "manner": "cómo",
}
MODALITIES = {"planned": "previsto", "ruled out": "descartado", "denied": "negado"}
MANNERS = {"escrito": "por escrito", "de palabra": "de palabra"}
CLAIM_LABELS = {
    "corroborated": "confirmada",
    "single-source": "una sola fuente",
    "contradicted": "contradicha",
}
FAILED_HEADING = "Historias que no se pudieron analizar"
DATE_SOURCES = {
    "header": "la cabecera del archivo",
    "html-meta": "los metadatos de la página",
    "jsonl": "el registro JSON",
    "date-line": "una línea de fecha del texto",
    "published-line": "una línea «Publicado» del texto",
    "apa-reference": "la referencia bibliográfica",
    "url": "la fecha de la dirección web",
    "unknown": "ningún sitio: sin fecha",
}
"""Where `Article.published` came from (`published_from`), in words for readers."""


def source_name(source: str) -> str:
    """An article's source as pages show it: the file's name without the folders of the
    machine that read it (a web address is shown whole)."""
    if "://" in source:
        return source
    return PurePath(source).name or source


def registry_names(sources: tuple[str, ...] | list[str]) -> str:
    """The outlet registries used, by file name: the shipped one named as such."""
    return ", ".join(
        "el registro incluido en contrasta" if Path(s) == SHIPPED else source_name(s)
        for s in sources
    )


LINK_KINDS = {
    "article": "republicación",
    "paragraphs": "párrafos copiados",
    "attribution": "cita la fuente",
}


def when_text(value: datetime | None) -> str:
    """A publication time as every report and page shows it."""
    return value.strftime("%Y-%m-%d %H:%M") if value else "sin fecha"


def _md(text: str) -> str:
    """Neutralise Markdown and HTML syntax in scraped text."""
    return (
        text.replace("\\", "\\\\")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("[", "\\[")
        .replace("]", "\\]")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`")
    )


def frame_text(frame: dict[str, str | None]) -> str:
    """ "quién: Lucía Ferrán · qué: reunir · dónde: Valdoria": the parts of the fact the
    cross-check compared, in Spanish."""
    shown = []
    for key, label in FRAME_LABELS.items():
        value = frame.get(key)
        if not value:
            continue
        for english, spanish in {**MODALITIES, **MANNERS}.items():
            value = value.replace(f"({english})", f"({spanish})")
        if key == "manner":
            value = MANNERS.get(value, value)
        shown.append(f"{label}: {value}")
    return " · ".join(shown)


def _outlets(sources: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(_md(outlet) for outlet in dict.fromkeys(o for _, o in sources))


def render_markdown(
    dossiers: list[Dossier],
    method: str,
    generated: datetime,
    failed: Sequence[DossierFailure] = (),
) -> str:
    lines = [
        "# contrasta — informe",
        "",
        f"Generado {generated.isoformat(sep=' ')} · {len(dossiers)} historias · "
        f"agrupación: {method}",
        "",
    ]
    if failed:
        lines += [f"## {FAILED_HEADING}", ""]
        lines += [
            f"- `{f.story.id}` {_md(f.story.headline)} ({len(f.story.members)} artículos):"
            f" {_md(f.reason)}"
            for f in failed
        ]
        lines.append("")
    for d in dossiers:
        lines += [
            f"## {_md(d.story.headline)}",
            "",
            f"`{d.story.id}` · {len(d.articles)} artículos de {len(d.outlets)} medios, "
            f"{d.provenance.origins} orígenes independientes · "
            f"{when_text(d.first)} → {when_text(d.last)}",
            "",
            "Medios: " + ", ".join(_md(o) for o in d.outlets),
            "",
            *coverage_markdown(d.coverage, _md),
        ]
        if d.provenance.links:
            lines += ["### Copias y reescrituras", ""]
            lines += [
                f"- `{link.copy_id}` ← `{link.origin_id}` ({LINK_KINDS[link.kind]}, "
                f"similitud {link.similarity:.2f})"
                for link in d.provenance.links
            ]
            lines.append("")
        for heading, points in (
            ("Resumen: hechos confirmados por varias fuentes", d.summary.agreed),
            ("Solo lo dice una fuente", d.summary.single_source),
            ("En disputa", d.summary.disputed),
        ):
            if points:
                lines += [f"### {heading}", ""]
                for p in points:
                    cut = " (solo esta parte)" if p.clause else ""
                    lines.append(f"- {_md(p.text)}{cut} [{_outlets(p.sources)}]")
                    if p.frame and frame_text(p.frame):
                        lines.append(f"  - {_md(frame_text(p.frame))}")
                lines.append("")
        conflicts = [c for g in d.check.groups for c in g.conflicts]
        if conflicts:
            lines += ["### Contradicciones", ""]
            for c in conflicts:
                first, second = (d.check.outlet_of[claim.article_id] for claim in c.claims)
                lines.append(
                    f"- {CONFLICT_KINDS.get(c.kind, c.kind)} — "
                    f"{_md(CONFLICT_ABOUT.get(c.about, c.about))}: «{_md(c.values[0])}» "
                    f"({_md(first)}) frente a "
                    f"«{_md(c.values[1])}» ({_md(second)})"
                )
                frames = " / ".join(frame_text(frame_fields(claim)) for claim in c.claims)
                lines.append(f"  - {_md(frames)}")
            lines.append("")
        if d.timeline:
            lines += ["### Cronología", ""]
            for e in d.timeline:
                mark = " ⚠ fecha en disputa" if e.disputed else ""
                mark += "".join(
                    f" ⚠ cronología: {_md(c.outlet)} lo dio por suspendido o descartado el "
                    f"{c.said_on.isoformat()}"
                    for c in e.called_off
                )
                lines.append(f"- {_md(e.when.shown)}: {_md(e.text)} [{_outlets(e.sources)}]{mark}")
            lines.append("")
        if d.entities:
            lines += ["### Entidades", ""]
            for label, heading in ENTITY_LABELS.items():
                found = [e for e in d.entities if e.label == label]
                if found:
                    listed = ", ".join(f"{_md(e.name)} ({e.mentions})" for e in found)
                    lines.append(f"- {heading}: {listed}")
            lines += ["", f"_Entidades: {_md(d.entity_model)}_", ""]
        if d.quotes:
            lines += ["### Citas por persona", ""]
            for speaker, quotes in d.quotes.items():
                who = "sin atribuir" if speaker == "?" else _md(speaker)
                lines.append(f"- **{who}** ({len(quotes)})")
                lines += [f"  - «{_md(q.text)}» [{_md(q.outlet or q.article_id)}]" for q in quotes]
            lines.append("")
        lines += loaded_markdown(d.articles, d.coverage, _md)
        lines += ["### Artículos", "", "| id | medio | fecha | título | ruido quitado |"]
        lines.append("|---|---|---|---|---|")
        for a in d.articles:
            title = _md(a.title).replace("|", "\\|")
            outlet = _md(a.outlet or "—").replace("|", "\\|")
            lines.append(
                f"| `{a.id}` | {outlet} | {when_text(a.published)} | {title} | {len(a.removed)} |"
            )
        lines.append("")
    return "\n".join(lines)
