"""Stored dataclasses come back equal, and data of another shape is refused, not guessed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contrasta.serial import (
    SchemaError,
    dumps,
    from_data,
    loads,
    pack,
    shape,
    to_data,
    unpack,
)


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str | None
    days: tuple[date, ...] = ()


@dataclass
class Note:
    title: str
    at: datetime | None
    figures: list[Figure]
    words: frozenset[str] = frozenset()
    by_page: dict[int, str] = field(default_factory=dict)
    pair: tuple[str, int] = ("", 0)
    either: int | str = 0


def note() -> Note:
    return Note(
        title="Balance del sismo",
        at=datetime(2026, 2, 3, 9, 30),
        figures=[Figure(12.0, "muertos", (date(2026, 2, 3),)), Figure(1.5, None)],
        words=frozenset({"sismo", "quimal"}),
        by_page={1: "portada", 12: "sucesos"},
        pair=("a", 2),
        either="doce",
    )


def test_a_dataclass_round_trips_equal():
    assert loads(Note, dumps(note())) == note()
    assert to_data(note())["by_page"] == {"1": "portada", "12": "sucesos"}


def test_an_integer_figure_comes_back_a_float():
    assert from_data(Figure, {"value": 3, "unit": None}).value == 3.0


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("title"),  # a field the class needs
        lambda d: d.update(subtitle="x"),  # a field the class does not have
        lambda d: d.update(figures=[{"value": "doce", "unit": None}]),
        lambda d: d.update(pair=["a", 2, 3]),
        lambda d: d.update(title=None),
    ],
)
def test_data_of_another_shape_is_refused(change):
    data = to_data(note())
    change(data)
    with pytest.raises(SchemaError):
        from_data(Note, data)


def test_the_shape_names_every_field_and_type():
    described = shape(Note)
    assert "figures:list[Figure(value:float" in described and "by_page:dict[int,str]" in described


figures = st.builds(
    Figure,
    value=st.floats(allow_nan=False, allow_infinity=False),
    unit=st.none() | st.text(),
    days=st.lists(st.dates()).map(tuple),
)
notes = st.builds(
    Note,
    title=st.text(),
    at=st.none() | st.datetimes(),
    figures=st.lists(figures, max_size=4),
    words=st.frozensets(st.text(max_size=8)),
    by_page=st.dictionaries(st.integers(), st.text(max_size=8)),
    pair=st.tuples(st.text(max_size=8), st.integers()),
    either=st.integers() | st.text(max_size=8),
)


@given(notes)
def test_any_note_round_trips_equal(value):
    assert loads(Note, dumps(value)) == value


@given(notes)
def test_any_note_unpacks_as_from_data_reads_it(value):
    packed = pack(value)
    assert unpack(Note, packed) == from_data(Note, to_data(value)) == value


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("title"),
        lambda d: d.update(figures=[{"value": "doce", "unit": None}]),
        lambda d: d.update(pair=["a", 2, 3]),
        lambda d: d.update(title=None),
        lambda d: d.update(words=["sismo", 3]),
    ],
)
def test_packed_data_of_another_shape_is_refused(change):
    data = to_data(note())
    change(data)
    with pytest.raises(SchemaError):
        unpack(Note, pack(data))
    with pytest.raises(SchemaError):
        unpack(Note, b"not packed")


@given(notes)
def test_stored_text_is_the_json_of_its_data(value):
    """`dumps` writes through the JSON encoder's own walk; it must give the very text of
    `to_data` (sets of any strings in the same order, integer keys, dates, nesting)."""
    assert dumps(value) == json.dumps(to_data(value), ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Tally:
    """A frozen class whose `__post_init__` must still run when it is read back."""

    counts: tuple[int, ...]
    total: int = 0

    def __post_init__(self):
        object.__setattr__(self, "total", sum(self.counts))


def test_a_post_init_runs_when_read():
    assert from_data(Tally, {"counts": [2, 3], "total": 0}).total == 5
    assert unpack(Tally, pack({"counts": [2, 3], "total": 0})).total == 5


def test_a_field_left_to_its_default_is_filled():
    data = to_data(note())
    del data["words"], data["pair"]
    assert from_data(Note, data) == replace(note(), words=frozenset(), pair=("", 0))


def test_a_list_of_names_holding_a_number_is_refused():
    data = to_data(note())
    data["words"] = ["sismo", 3]
    with pytest.raises(SchemaError):
        from_data(Note, data)
