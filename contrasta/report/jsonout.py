"""stories.json and stories/ID.json: everything in the report, with offsets, for other
programs to cite. Their shapes are `report.shape`'s, the same the JSON API serves."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from contrasta.report.shape import story_summary
from contrasta.serial import dumps, to_data

if TYPE_CHECKING:
    from contrasta.report import Entry
    from contrasta.report.page import StoryPage
    from contrasta.report.shape import FailedStory, IndexMonth
    from contrasta.service import StoryRow


def story_json(page: StoryPage) -> str:
    return indented(page.detail)


def indented(value: object) -> str:
    """`json.dumps(to_data(value), ensure_ascii=False, indent=2)`, the same text about 4
    times faster: `serial.dumps` writes the compact text in C (asking Python only for the
    dataclasses), where `indent` makes the standard library encode in Python, and msgspec
    lays it out as `indent` does, copying every number and string as written (the same
    text for each of the 1,876 stories of the real corpus). JSON that msgspec cannot read
    (NaN, which `json.dumps` writes) goes the slow way."""
    import msgspec

    try:
        return msgspec.json.format(dumps(value), indent=2)
    except msgspec.DecodeError:
        return json.dumps(to_data(value), ensure_ascii=False, indent=2)


def entry_json(row: StoryRow) -> str:
    """A story's entry in stories.json, one line."""
    return json.dumps(to_data(story_summary(row)), ensure_ascii=False, separators=(",", ":"))


def index_json(
    entries: list[Entry],
    failed: list[FailedStory],
    method: str,
    generated: datetime,
    months: Sequence[IndexMonth] = (),
) -> str:
    """stories.json (`shape.StoriesFile`): the stories' entries as written, one a line (a
    split index: its months, each naming its own file of this shape)."""
    head = json.dumps(to_data(generated)), json.dumps(method, ensure_ascii=False)
    stories = ",\n".join(entry.json for entry in entries)
    failures = json.dumps(to_data(failed), ensure_ascii=False)
    listed = json.dumps(to_data(list(months)), ensure_ascii=False)
    return (
        f'{{"generated_at": {head[0]},\n"grouping_method": {head[1]},\n'
        f'"stories": [\n{stories}\n],\n"failed_stories": {failures},\n"months": {listed}}}\n'
    )
