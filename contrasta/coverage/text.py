"""Coverage as plain text lines, for `contrasta show` (the CLI only prints them)."""

from __future__ import annotations

from contrasta.coverage import NO_SCORE, Coverage
from contrasta.coverage.loaded import LoadedMatch
from contrasta.coverage.registry import Outlet, leaning_label
from contrasta.i18n import _


def rating_line(outlet: Outlet | None) -> str:
    """The leaning and where it comes from, e.g. "centro-izquierda (source: ...)"."""
    if outlet is None:
        return _("unrated (not in the outlet registry)")
    if not outlet.rated:
        return _("unrated") + (f" ({outlet.note})" if outlet.note else "")
    parts = (outlet.rating_source, outlet.rating_url, outlet.rating_date)
    source = "; ".join(p for p in parts if p)
    return f"{leaning_label(outlet.leaning)} (" + _("source") + f": {source})"


def loaded_line(match: LoadedMatch) -> str:
    where = _("title") if match.field == "title" else f"{match.start}-{match.end}"
    quoted = ", " + _("inside a quote") if match.quoted else ""
    neutral = f" → {match.neutral}" if match.neutral else ""
    return f"«{match.text}» [{where}{quoted}] {match.category}{neutral}"


def story_lines(coverage: Coverage) -> list[str]:
    meter = coverage.meter
    lines = [meter.arithmetic]
    if coverage.blindspot:
        lines.append(coverage.blindspot.text)
    lines += [
        _("publisher’s own meter in {article} ({outlet})").format(
            article=p.article_id, outlet=p.outlet
        )
        + ": "
        + " · ".join(f"{k} {v:g}%" for k, v in p.meter.shares.items())
        for p in coverage.publisher_meters
    ]
    for o in meter.outlets:
        role = _("copy of {outlet}").format(outlet=o.copy_of) if o.copy_of else o.band_label
        lines.append(f"  {o.name} — {role} — {rating_line(o.outlet)}")
    hits = {aid: ms for aid, ms in coverage.loaded.items() if ms}
    if hits:
        lines.append(_("loaded words") + ": " + _(NO_SCORE))
        for article_id, matches in hits.items():
            lines.append(f"  {article_id}: " + "; ".join(loaded_line(m) for m in matches))
    return lines


def article_lines(outlet: Outlet | None, matches: list[LoadedMatch]) -> list[str]:
    name = f"{outlet.name}: " if outlet else ""
    lines = [_("outlet rating") + f": {name}{rating_line(outlet)}"]
    if matches:
        lines.append(_("loaded words") + f" ({len(matches)}): " + _(NO_SCORE))
        lines += [f"  {loaded_line(m)} — {m.note}" for m in matches]
    else:
        lines.append(_("loaded words") + ": " + _("none from the lexicon"))
    return lines
