"""The JSON API's response models, derived from the exported dataclasses
(`report.shape`) for OpenAPI: one pydantic model per dataclass, same fields, with the
descriptions the dataclass fields carry. Times are strings, not `date-time`: they are the
naive wall-clock times the outlets printed (see docs/ARCHITECTURE.md), which RFC 3339
would not accept without an offset we do not know.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from contrasta.report import shape

_EXACT = ConfigDict(extra="forbid")


@cache
def model_of(kind: type) -> type[BaseModel]:
    """Every field is required, and no other is allowed: `serial.to_data` writes exactly
    the dataclass' fields, so the description is the body, not a loose outline of it."""
    found = typing.get_type_hints(kind)
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(kind):
        hint = found[f.name]
        description = f.metadata.get("description")
        if description is None and _has_time(hint):
            description = shape.TIME
        fields[f.name] = (_annotation(hint), Field(description=description))
    written = kind.__doc__ if not (kind.__doc__ or "").startswith(f"{kind.__name__}(") else None
    return create_model(kind.__name__, __doc__=written, __config__=_EXACT, **fields)


def _has_time(hint: Any) -> bool:
    return hint is datetime or any(_has_time(a) for a in typing.get_args(hint))


def _annotation(hint: Any) -> Any:
    if hint is datetime:
        return str
    if dataclasses.is_dataclass(hint):
        return model_of(hint)
    origin = typing.get_origin(hint)
    args = tuple(_annotation(a) for a in typing.get_args(hint) if a is not Ellipsis)
    if origin in (typing.Union, types.UnionType):
        return typing.Union[args]  # noqa: UP007 - built from a tuple of arms
    if origin is tuple and Ellipsis not in typing.get_args(hint):
        return tuple[args]
    if origin in (list, tuple, set, frozenset, Sequence):
        return list[args[0]]
    if origin is dict:
        return dict[str, args[1]]
    return hint


Problem = model_of(shape.Problem)
StoryList = model_of(shape.StoryList)
StoryDetail = model_of(shape.StoryDetail)
ArticleDetail = model_of(shape.ArticleDetail)
SearchResult = model_of(shape.SearchResult)
