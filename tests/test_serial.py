"""Stored dataclasses come back equal, and data of another shape is refused, not guessed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import pytest

from contrasta.serial import SchemaError, dumps, from_data, loads, shape, to_data


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
