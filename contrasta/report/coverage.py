"""The coverage section of the reports (meter, blindspot, publisher meters, loaded words),
kept apart so that the three renderers only call into it."""

from __future__ import annotations

from contrasta.coverage import NO_SCORE, UNRATED, Coverage, LoadedMatch
from contrasta.model import Article

BAND_CLASSES = {"Progresista": "left", "Centro": "centre", "Conservador": "right"}


def paragraph_segments(
    article: Article, matches: list[LoadedMatch]
) -> list[list[tuple[str, LoadedMatch | None]]]:
    """`article.paragraphs`, each cut into (piece, loaded-word match or None)."""
    in_text = sorted((m for m in matches if m.field == "text"), key=lambda m: m.start)
    paragraphs = []
    offset = 0
    for chunk in article.text.split("\n\n"):
        start, end = offset, offset + len(chunk)
        offset = end + 2
        if not chunk.strip():
            continue
        pieces: list[tuple[str, LoadedMatch | None]] = []
        position = start
        for match in in_text:
            if match.start < position or match.end > end:
                continue
            if match.start > position:
                pieces.append((article.text[position : match.start], None))
            pieces.append((article.text[match.start : match.end], match))
            position = match.end
        if position < end:
            pieces.append((article.text[position:end], None))
        paragraphs.append(pieces)
    return paragraphs


def coverage_markdown(coverage: Coverage, md) -> list[str]:
    """Markdown lines; `md` escapes scraped or user-supplied text."""
    meter = coverage.meter
    lines = ["### Cobertura por orientación", "", md(meter.arithmetic), ""]
    if coverage.blindspot:
        lines += [f"**⚠ {md(coverage.blindspot.text)}**", ""]
    for p in coverage.publisher_meters:
        shares = " · ".join(f"{md(k)} {v:g}%" for k, v in p.meter.shares.items())
        lines.append(f"- Medidor del propio editor en `{p.article_id}` ({md(p.outlet)}): {shares}")
    if coverage.publisher_meters:
        lines.append("")
    lines += ["| medio | orientación | franja | fuente de la calificación |", "|---|---|---|---|"]
    for o in meter.outlets:
        source = _source(o.outlet, md)
        band = f"copia de {md(o.copy_of)}" if o.copy_of else md(o.band)
        leaning = "sin calificar" if o.leaning == UNRATED else o.leaning
        cells = (md(o.name), leaning, band, source)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return [*lines, ""]


def _source(outlet, md) -> str:
    if outlet is None:
        return "no está en el registro"
    if not outlet.rated:
        return "en el registro, sin calificar"
    parts = (outlet.rating_source, outlet.rating_url, outlet.rating_date)
    return " · ".join(md(p) for p in parts if p)


def loaded_markdown(articles: list[Article], coverage: Coverage, md) -> list[str]:
    found = [(a, coverage.loaded.get(a.id, [])) for a in articles]
    if not any(matches for _, matches in found):
        return []
    lines = ["### Lenguaje cargado", "", f"_{md(NO_SCORE)}_", ""]
    for article, matches in found:
        for m in matches:
            quoted = " (dentro de una cita)" if m.quoted else ""
            where = "título" if m.field == "title" else f"{m.start}–{m.end}"
            lines.append(
                f"- `{article.id}` {md(article.outlet or '—')}: «{md(m.text)}» ({where}; "
                f"{md(m.category)}; alternativa: {md(m.neutral or '—')}){quoted}"
            )
    return [*lines, ""]
