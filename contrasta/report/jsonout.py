"""stories.json and stories/ID.json: everything in the report, with offsets, for other
programs to cite. Their shapes are `report.shape`'s, the same the JSON API serves."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from contrasta.dossier import Dossier
from contrasta.report.shape import stories_file, story_shown
from contrasta.serial import to_data

if TYPE_CHECKING:
    from contrasta.service import StoryRow


def dossier_json(dossier: Dossier) -> dict:
    return to_data(story_shown(dossier))


def story_json(dossier: Dossier) -> str:
    return json.dumps(dossier_json(dossier), ensure_ascii=False, indent=2)


def index_json(
    rows: list[StoryRow], failed: list[StoryRow], method: str, generated: datetime
) -> str:
    data = to_data(stories_file(rows, failed, method, generated))
    return json.dumps(data, ensure_ascii=False, indent=1)
