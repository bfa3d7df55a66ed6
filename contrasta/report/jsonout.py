"""stories.json: everything in the report, with offsets, for other programs to cite."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime

from contrasta.crosscheck import Claim, ClaimGroup, frame_fields
from contrasta.dates import DateMention
from contrasta.dossier import Dossier, DossierFailure
from contrasta.model import Article
from contrasta.report.coverage import coverage_json, loaded_json
from contrasta.store.rows import article_data


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def article_json(article: Article) -> dict:
    return article_data(article)


def date_json(mention: DateMention) -> dict:
    """A date at the precision it was written with: "2024" is a year, not 2024-01-01;
    `value` is null when the expression hangs on an unknown publication date."""
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "value": mention.iso,
        "precision": mention.precision,
    }


def _claim_json(claim: Claim) -> dict:
    return {
        "article_id": claim.article_id,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "context": dict(zip(("text", "start", "end"), claim.cited(), strict=True)),
        "numbers": [{"value": n.value, "unit": n.unit, "text": n.text} for n in claim.numbers],
        "dates": [date_json(d) for d in claim.dates],
        "negated": claim.negated,
        "attribution": claim.attribution,
        "frame": frame_fields(claim),
    }


def _group_json(group: ClaimGroup, row: dict[str, str]) -> dict:
    return {
        "label": group.label,
        "independent_origins": len(group.origins),
        "origins": group.origins,
        "claims": [_claim_json(c) for c in group.claims],
        "conflicts": [
            {
                "kind": c.kind,
                "about": c.about,
                "values": list(c.values),
                "articles": [c.claims[0].article_id, c.claims[1].article_id],
            }
            for c in group.conflicts
        ],
        "by_outlet": row,
    }


def dossier_json(dossier: Dossier) -> dict:
    members = {m.article_id: m for m in dossier.story.members}
    return {
        "id": dossier.story.id,
        "headline": dossier.story.headline,
        "outlets": dossier.outlets,
        "first_published": _iso(dossier.first),
        "last_published": _iso(dossier.last),
        "provenance": {
            "articles": dossier.provenance.articles,
            "outlets": dossier.provenance.outlets,
            "independent_origins": dossier.provenance.origins,
            "groups": dossier.provenance.groups,
            "links": [asdict(link) for link in dossier.provenance.links],
        },
        "entities": [asdict(e) for e in dossier.entities],
        "entity_model": dossier.entity_model,
        "quotes_by_speaker": {
            speaker: [asdict(q) for q in quotes] for speaker, quotes in dossier.quotes.items()
        },
        "summary": {
            "agreed": [asdict(p) for p in dossier.summary.agreed],
            "single_source": [asdict(p) for p in dossier.summary.single_source],
            "disputed": [asdict(p) for p in dossier.summary.disputed],
        },
        "claims": [
            _group_json(group, row)
            for group, row in zip(dossier.check.groups, dossier.check.table, strict=True)
        ],
        "timeline": [
            {
                **asdict(e),
                "when": date_json(e.when),
                "called_off": [
                    {**asdict(c), "said_on": c.said_on.isoformat()} for c in e.called_off
                ],
            }
            for e in dossier.timeline
        ],
        "coverage": coverage_json(dossier.coverage),
        "articles": [
            {
                **article_json(a),
                "score": members[a.id].score,
                "why": members[a.id].reason,
                "loaded": loaded_json(dossier.coverage.loaded.get(a.id, [])),
            }
            for a in dossier.articles
        ],
    }


def render_json(
    dossiers: list[Dossier],
    method: str,
    generated: datetime,
    failed: Sequence[DossierFailure] = (),
) -> str:
    data = {
        "generated_at": generated.isoformat(),
        "grouping_method": method,
        "stories": [dossier_json(d) for d in dossiers],
        "failed_stories": [
            {
                "id": f.story.id,
                "headline": f.story.headline,
                "articles": f.story.article_ids,
                "error": f.reason,
            }
            for f in failed
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
