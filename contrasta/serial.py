"""Result dataclasses to JSON-ready data and back, driven by their type hints.

Stored readings and dossiers are written with `to_data` and read with `from_data` into
the very dataclasses the analysis returned, so a new field is stored without a new
column or a hand-written converter, and a stored value compares equal to a fresh one.
Datetimes and dates are ISO strings; sets and tuples are lists; dict keys are strings.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from datetime import date, datetime
from functools import cache
from typing import Any


class SchemaError(ValueError):
    """Stored data no longer fits its dataclass (a field was renamed or removed)."""


def to_data(value: Any) -> Any:
    """`value` as dicts, lists, strings, numbers, booleans and None."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return to_data(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in _fields(type(value))}
    if isinstance(value, dict):
        return {_key(k): to_data(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((to_data(v) for v in value), key=json.dumps)
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    raise TypeError(f"cannot store a {type(value).__name__}")


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, int | float | bool) or key is None:
        return json.dumps(key)
    raise TypeError(f"cannot store a dict key of type {type(key).__name__}")


def dumps(value: Any) -> str:
    return json.dumps(to_data(value), ensure_ascii=False, separators=(",", ":"))


def loads(kind: Any, text: str) -> Any:
    return from_data(kind, json.loads(text))


def from_data(kind: Any, data: Any) -> Any:
    """`data` (from `to_data`) back as a value of type `kind`; SchemaError when it does
    not fit, so a caller can treat old stored data as stale."""
    try:
        return _from(kind, data)
    except SchemaError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise SchemaError(f"stored data does not fit {kind}: {exc}") from exc


def _from(kind: Any, data: Any) -> Any:
    if kind is Any or kind is object:
        return data
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        return _union(typing.get_args(kind), data)
    if origin is typing.Literal:
        if data not in typing.get_args(kind):
            raise SchemaError(f"{data!r} is not one of {typing.get_args(kind)}")
        return data
    if data is None:
        if kind is type(None):
            return None
        raise SchemaError(f"missing value for {kind}")
    if origin is not None:
        return _generic(origin, typing.get_args(kind), data)
    if kind is datetime:
        return datetime.fromisoformat(data)
    if kind is date:
        return date.fromisoformat(data)
    if kind is float:
        return float(data)
    if kind in (str, int, bool):
        if not isinstance(data, kind):
            raise SchemaError(f"{data!r} is not a {kind.__name__}")
        return data
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(data)
    if dataclasses.is_dataclass(kind):
        return _dataclass(kind, data)
    raise SchemaError(f"cannot read a {kind}")


def _union(arms: tuple, data: Any) -> Any:
    if data is None and type(None) in arms:
        return None
    failures = []
    for arm in arms:
        if arm is type(None):
            continue
        try:
            return _from(arm, data)
        except (SchemaError, TypeError, ValueError, KeyError) as exc:
            failures.append(str(exc))
    raise SchemaError("; ".join(failures) or f"no type fits {data!r}")


def _generic(origin: Any, args: tuple, data: Any) -> Any:
    if origin is dict:
        key_kind, value_kind = args or (str, Any)
        return {_dict_key(key_kind, k): _from(value_kind, v) for k, v in data.items()}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from(args[0], v) for v in data)
        if not args:
            return tuple(data)
        if len(args) != len(data):
            raise SchemaError(f"expected {len(args)} items, got {len(data)}")
        return tuple(_from(a, v) for a, v in zip(args, data, strict=True))
    inner = args[0] if args else Any
    if origin in (list, typing.Sequence, typing.Iterable):
        return [_from(inner, v) for v in data]
    if origin in (set, frozenset, typing.AbstractSet):
        made = {_from(inner, v) for v in data}
        return frozenset(made) if origin is frozenset else made
    raise SchemaError(f"cannot read a {origin}")


def _dict_key(kind: Any, key: str) -> Any:
    return key if kind in (str, Any) else _from(kind, json.loads(key))


def _dataclass(kind: type, data: dict) -> Any:
    if not isinstance(data, dict):
        raise SchemaError(f"{kind.__name__} stored as {type(data).__name__}")
    fields = _fields(kind)
    unknown = set(data) - {f.name for f in fields}
    if unknown:
        raise SchemaError(f"{kind.__name__} has no field {sorted(unknown)[0]}")
    hints = _hints(kind)
    values = {}
    for f in fields:
        if f.name in data:
            values[f.name] = _from(hints[f.name], data[f.name])
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise SchemaError(f"{kind.__name__} stored without {f.name}")
    made = kind(**{f.name: values[f.name] for f in fields if f.init and f.name in values})
    for f in fields:
        if not f.init and f.name in values:
            object.__setattr__(made, f.name, values[f.name])
    return made


@cache
def _fields(kind: type) -> tuple[dataclasses.Field, ...]:
    return dataclasses.fields(kind)


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def shape(kind: Any) -> str:
    """The stored shape of a type (field names and types, nested): a change to it makes
    older stored data stale without anyone remembering to raise a version."""
    return _shape(kind, frozenset())


def _shape(kind: Any, seen: frozenset) -> str:
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        if kind in seen:
            return kind.__name__
        hints = _hints(kind)
        inner = ",".join(f"{f.name}:{_shape(hints[f.name], seen | {kind})}" for f in _fields(kind))
        return f"{kind.__name__}({inner})"
    args = typing.get_args(kind)
    if args:
        name = getattr(typing.get_origin(kind), "__name__", str(typing.get_origin(kind)))
        return f"{name}[{','.join(_shape(a, seen) for a in args)}]"
    return getattr(kind, "__name__", str(kind))
