"""The coverage section of the reports (meter, blindspot, publisher meters, loaded words),
kept apart so that the three renderers only call into it."""

from __future__ import annotations

from contrasta.coverage import NO_SCORE, Coverage, LoadedMatch
from contrasta.coverage.meter import CENTRE, LEFT, RIGHT
from contrasta.coverage.registry import leaning_label
from contrasta.i18n import _
from contrasta.model import Article

BAND_CLASSES = {LEFT: "left", CENTRE: "centre", RIGHT: "right"}  # by band key


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
    lines = ["### " + _("Coverage by leaning"), "", md(meter.arithmetic), ""]
    if coverage.blindspot:
        lines += [f"**⚠ {md(coverage.blindspot.text)}**", ""]
    for p in coverage.publisher_meters:
        shares = " · ".join(f"{md(k)} {v:g}%" for k, v in p.meter.shares.items())
        meter_in = _("publisher’s own meter in {article} ({outlet})").format(
            article=f"`{p.article_id}`", outlet=md(p.outlet)
        )
        lines.append(f"- {meter_in}: {shares}")
    if coverage.publisher_meters:
        lines.append("")
    columns = (_("outlet"), _("leaning"), _("band"), _("source of the rating"))
    lines += [f"| {' | '.join(columns)} |", "|---|---|---|---|"]
    for o in meter.outlets:
        source = _source(o.outlet, md)
        band = _("copy of {outlet}").format(outlet=md(o.copy_of)) if o.copy_of else md(o.band_label)
        leaning = leaning_label(o.leaning)
        cells = (md(o.name), leaning, band, source)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return [*lines, ""]


def _source(outlet, md) -> str:
    if outlet is None:
        return _("not in the registry")
    if not outlet.rated:
        return _("in the registry, unrated")
    parts = (outlet.rating_source, outlet.rating_url, outlet.rating_date)
    return " · ".join(md(p) for p in parts if p)


def loaded_markdown(
    articles: list[Article], coverage: Coverage, md, cited: dict[str, str]
) -> list[str]:
    """The loaded words of each article, each line opening with who printed it as every
    citation names it (`cited`: `CrossCheck.outlet_of`), not the article's id."""
    found = [(a, coverage.loaded.get(a.id, [])) for a in articles]
    if not any(matches for _, matches in found):
        return []
    lines = ["### " + _("Loaded language"), "", "_" + md(_(NO_SCORE)) + "_", ""]
    for article, matches in found:
        for m in matches:
            quoted = " (" + _("inside a quote") + ")" if m.quoted else ""
            where = _("title") if m.field == "title" else f"{m.start}–{m.end}"
            alternative = _("alternative") + f": {md(m.neutral or '—')}"
            lines.append(
                f"- {md(cited[article.id])}: «{md(m.text)}» ({where}; "
                f"{md(m.category)}; {alternative}){quoted}"
            )
    return [*lines, ""]
