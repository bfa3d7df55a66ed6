"""stories.json and the JSON API are one shape (`report.shape`): the file a run writes must
be exactly what the API's derived models describe, field for field."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from conftest import written_stories
from contrasta.report import shape
from contrasta.web.schemas import model_of


def test_stories_json_is_exactly_the_described_shape(analysed):
    """The index and every story's file: the shapes `/api/stories` and `/api/stories/ID`
    describe."""
    written = json.loads((analysed.out / "stories.json").read_text())
    assert written["stories"], "the examples make stories"
    model_of(shape.StoriesFile).model_validate(written)
    for story in written_stories(analysed.out):
        model_of(shape.StoryDetail).model_validate(story)
    story = written_stories(analysed.out)[0]
    assert {"provenance", "claims", "timeline", "coverage", "articles"} <= set(story)
    assert {"format", "flags", "removed", "references", "loaded"} <= set(story["articles"][0])


def test_a_key_the_shape_does_not_have_is_refused(analysed):
    story = written_stories(analysed.out)[0]
    model_of(shape.StoryDetail).model_validate(story)
    with pytest.raises(ValidationError):
        model_of(shape.StoryDetail).model_validate({**story, "fmt": "text"})
    with pytest.raises(ValidationError):
        model_of(shape.StoryDetail).model_validate({k: v for k, v in story.items() if k != "id"})


def test_times_are_described_as_wall_clock_strings():
    spec = model_of(shape.StoryDetail).model_json_schema()
    first = spec["properties"]["first_published"]
    assert first["description"] == shape.TIME
    assert all(arm.get("format") != "date-time" for arm in first["anyOf"])
