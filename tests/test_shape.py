"""stories.json and the JSON API are one shape (`report.shape`): the file a run writes must
be exactly what the API's derived models describe, field for field."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
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


_JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)


@given(
    st.recursive(
        _JSON_LEAVES,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
        max_leaves=20,
    )
)
@settings(max_examples=300, deadline=None)
def test_story_files_are_laid_out_as_json_dumps_lays_them_out(data):
    """stories/ID.json's text: json.dumps with indent=2, character for character (floats
    in exponent form, escapes, empty containers, NaN included)."""
    from contrasta.report.jsonout import indented

    assert indented(data) == json.dumps(data, ensure_ascii=False, indent=2)
