"""stories.json: everything in the report, with offsets, for other programs to cite.
Its shape is `report.shape`, the same the JSON API serves."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from contrasta.dossier import Dossier, DossierFailure
from contrasta.report.shape import stories_file, story_shown
from contrasta.serial import to_data


def dossier_json(dossier: Dossier) -> dict:
    return to_data(story_shown(dossier))


def render_json(
    dossiers: list[Dossier],
    method: str,
    generated: datetime,
    failed: Sequence[DossierFailure] = (),
) -> str:
    data = to_data(stories_file(dossiers, method, generated, failed))
    return json.dumps(data, ensure_ascii=False, indent=2)
