"""The coverage section of the reports (meter, blindspot, publisher meters, loaded words),
kept apart so that the three renderers only call into it."""

from __future__ import annotations

from dataclasses import asdict

from contrasta.coverage import LEANINGS, NO_SCORE, UNRATED, Blindspot, Coverage, LoadedMatch
from contrasta.coverage.meter import UNRATED_LABEL
from contrasta.i18n import _
from contrasta.model import Article

BAND_CLASSES = {"Progresista": "left", "Centro": "centre", "Conservador": "right"}


def coverage_json(coverage: Coverage) -> dict:
    meter = coverage.meter
    return {
        "scale": [*LEANINGS, UNRATED],
        "bands": [{"label": b.label, "leanings": list(b.leanings)} for b in meter.bands]
        + [{"label": UNRATED_LABEL, "leanings": [UNRATED]}],
        "outlets_count": len(meter.outlets),
        "voices": len(meter.voices),
        "shares": [asdict(s) for s in meter.shares],
        "arithmetic": meter.arithmetic,
        "unidentified_articles": meter.unidentified,
        "outlets": [
            {
                "name": o.name,
                "in_registry": o.outlet is not None,
                "leaning": o.leaning,
                "band": o.band,
                "copy_of": o.copy_of,
                "articles": list(o.articles),
                "rating": _rating(o.outlet) if o.outlet else None,
            }
            for o in meter.outlets
        ],
        "blindspot": blindspot_json(coverage.blindspot),
        "publisher_meters": [
            {
                "article_id": p.article_id,
                "outlet": p.outlet,
                "shares": p.meter.shares,
                "raw": p.meter.raw,
                "label": "medidor del propio editor, no calculado por contrasta",
            }
            for p in coverage.publisher_meters
        ],
        "article_leaning_score": None,
        "article_leaning_note": NO_SCORE,
        "registry_files": list(coverage.registry_sources),
        "lexicon_files": list(coverage.lexicon_sources),
    }


def blindspot_json(spot: Blindspot | None) -> dict | None:
    """One shape wherever a blindspot is served: the story list and the story's coverage."""
    if spot is None:
        return None
    return {"side": spot.side, "count": spot.count, "rated": spot.rated, "text": spot.text}


def _rating(outlet) -> dict:
    return {
        "source": outlet.rating_source,
        "url": outlet.rating_url,
        "date": outlet.rating_date,
        "note": outlet.note,
        "country": outlet.country,
        "owner": outlet.owner,
    }


def loaded_json(matches: list[LoadedMatch]) -> list[dict]:
    return [asdict(m) for m in matches]


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
        band = _("copy of {outlet}").format(outlet=md(o.copy_of)) if o.copy_of else md(o.band)
        leaning = _("unrated") if o.leaning == UNRATED else o.leaning
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


def loaded_markdown(articles: list[Article], coverage: Coverage, md) -> list[str]:
    found = [(a, coverage.loaded.get(a.id, [])) for a in articles]
    if not any(matches for _, matches in found):
        return []
    lines = ["### " + _("Loaded language"), "", f"_{md(NO_SCORE)}_", ""]
    for article, matches in found:
        for m in matches:
            quoted = " (" + _("inside a quote") + ")" if m.quoted else ""
            where = _("title") if m.field == "title" else f"{m.start}–{m.end}"
            alternative = _("alternative") + f": {md(m.neutral or '—')}"
            lines.append(
                f"- `{article.id}` {md(article.outlet or '—')}: «{md(m.text)}» ({where}; "
                f"{md(m.category)}; {alternative}){quoted}"
            )
    return [*lines, ""]
