"""Result dataclasses to JSON-ready data and back, driven by their type hints.

Stored readings and dossiers are written with `to_data` and read with `unpack` (or
`from_data`) into the very dataclasses the analysis returned, so a new field is stored without a new
column or a hand-written converter, and a stored value compares equal to a fresh one.
Datetimes and dates are ISO strings; sets and tuples are lists; dict keys are strings.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
import zlib
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from json.encoder import encode_basestring_ascii
from typing import Any

from contrasta import collector


class SchemaError(ValueError):
    """Stored data no longer fits its dataclass (a field was renamed or removed)."""


_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_data(value: Any) -> Any:
    """`value` as dicts, lists, strings, numbers, booleans and None.

    The common types are told apart by `type` before any `isinstance`, and plain members
    are kept without a call of their own: a dossier is tens of thousands of values, most of
    them strings and numbers, and this is the time of writing one or serving it as JSON."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    names = _NAMES.get(kind, _UNSEEN)
    if names is _UNSEEN:
        names = _NAMES[kind] = _names(kind)
    if names is not None:
        data = {}
        for name in names:
            member = getattr(value, name)
            data[name] = member if type(member) in _PLAIN else to_data(member)
        return data
    if kind is list or kind is tuple:
        return [v if type(v) in _PLAIN else to_data(v) for v in value]
    if kind is dict:
        return {
            k if type(k) is str else _key(k): v if type(v) in _PLAIN else to_data(v)
            for k, v in value.items()
        }
    return _other(value)


def _other(value: Any) -> Any:
    """`to_data` of what is neither plain, a dataclass, nor a list, tuple or dict as such."""
    if isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return to_data(value.value)
    if isinstance(value, dict):
        return {_key(k): to_data(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        items = [to_data(v) for v in value]
        # In the order of their JSON; a string's is `encode_basestring_ascii`'s, as
        # `json.dumps` writes it, without a call of `json.dumps` for each.
        strings = all(type(v) is str for v in items)
        return sorted(items, key=encode_basestring_ascii if strings else json.dumps)
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    raise TypeError(f"cannot store a {type(value).__name__}")


_UNSEEN = object()
_NAMES: dict[type, tuple[str, ...] | None] = {}  # `_names` of each type met


def _names(kind: type) -> tuple[str, ...] | None:
    """A dataclass' field names; None for any other type."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in _fields(kind))


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, int | float | bool) or key is None:
        return json.dumps(key)
    raise TypeError(f"cannot store a dict key of type {type(key).__name__}")


def dumps(value: Any) -> str:
    """`to_data(value)` as compact JSON, the same text, written by the JSON encoder itself:
    it asks `_shallow` only for what it cannot write (dataclasses, dates, sets, enums), and
    walks strings, numbers, lists and dicts in C (most of a dossier's values)."""
    return json.dumps(value, default=_shallow, ensure_ascii=False, separators=(",", ":"))


def _shallow(value: Any) -> Any:
    """One level of `to_data`: a dataclass as the dict of its fields, as they are."""
    names = _NAMES.get(type(value), _UNSEEN)
    if names is _UNSEEN:
        names = _NAMES[type(value)] = _names(type(value))
    if names is not None:
        fields = getattr(value, "__dict__", None)  # the fields themselves, in their order
        if fields is not None and tuple(fields) == names:
            return fields
        return {name: getattr(value, name) for name in names}
    if type(value) is frozenset and all(type(v) is str for v in value):
        # A claim's word stems, most of the sets of a dossier: as `_other` sorts them,
        # without a `to_data` call for each word.
        return sorted(value, key=encode_basestring_ascii)
    return _other(value)


def loads(kind: Any, text: str | bytes) -> Any:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SchemaError(f"stored data is not JSON: {exc}") from exc
    return from_data(kind, data)


def pack(value: Any) -> bytes:
    """Compressed JSON, as readings and dossiers are stored: a 50-article dossier is
    850 kB of JSON and 75 kB packed, and unpacking it costs 2 ms."""
    return zlib.compress(dumps(value).encode(), 1)


def unpack_data(packed: bytes) -> Any:
    """The JSON data of a packed value; SchemaError when it is not one."""
    return _json(_decompressed(packed))


def _decompressed(packed: bytes) -> bytes:
    try:
        return zlib.decompress(packed)
    except zlib.error as exc:
        raise SchemaError(f"stored data is not packed JSON: {exc}") from exc


def _json(text: bytes) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise SchemaError(f"stored data is not packed JSON: {exc}") from exc


def unpack(kind: Any, packed: bytes) -> Any:
    """A packed value read straight into `kind`'s dataclasses by msgspec, in one pass in C:
    a 50-article dossier costs 7–13 ms this way and 30–35 ms as JSON data then `from_data`
    (that was half of a story page's first view). msgspec ignores a field the class does not have;
    nothing else differs, and stored values are keyed by their `shape` anyway. A type
    msgspec cannot read (a union of two dataclasses) takes `from_data`."""
    text = _decompressed(packed)
    decode = _typed(kind)
    if decode is None:
        return from_data(kind, _json(text))
    with collector.paused():
        return decode(text)


@cache
def _typed(kind: Any) -> Decoder | None:
    import msgspec  # ~25 ms of imports, paid only by the commands that read stored values

    try:
        decoder = msgspec.json.Decoder(kind)
    except TypeError:
        return None

    def decode(text: bytes) -> Any:
        try:
            return decoder.decode(text)
        except msgspec.DecodeError as exc:  # ValidationError is one
            raise SchemaError(f"stored data does not fit {kind}: {exc}") from exc

    return decode


def from_data(kind: Any, data: Any) -> Any:
    """`data` (from `to_data`) back as a value of type `kind`; SchemaError when it does
    not fit, so a caller can treat old stored data as stale (the collector paused meanwhile)."""
    with collector.paused():
        try:
            return _decoder(kind)(data)
        except SchemaError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise SchemaError(f"stored data does not fit {kind}: {exc}") from exc


Decoder = Callable[[Any], Any]


def reader(kind: Any) -> Decoder:
    """`from_data` for one type, looked up once, for many small values (a JSON column on
    every row), without pausing the collector for each."""
    decode = _decoder(kind)

    def read(data: Any) -> Any:
        try:
            return decode(data)
        except SchemaError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise SchemaError(f"stored data does not fit {kind}: {exc}") from exc

    return read


def _same(value: Any) -> Any:
    return value


@cache
def _decoder(kind: Any) -> Decoder:
    """One decoding function per type, made once: a dossier holds thousands of values,
    and asking `typing` about each one's type every time cost most of a page view."""
    if kind is Any or kind is object:
        return _same
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return _union(args)
    if origin is typing.Literal:
        return _literal(args)
    if origin is not None:
        return _generic(origin, args)
    if kind is datetime:
        return datetime.fromisoformat
    if kind is date:
        return date.fromisoformat
    if kind is float:
        return float
    if kind in (str, int, bool):
        return _plain(kind)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind
    if dataclasses.is_dataclass(kind):
        return _dataclass(kind)
    raise SchemaError(f"cannot read a {kind}")


def _plain(kind: type) -> Decoder:
    def decode(data: Any) -> Any:
        if not isinstance(data, kind):
            _wrong(data, kind)
        return data

    return decode


def _literal(allowed: tuple) -> Decoder:
    def decode(data: Any) -> Any:
        if data not in allowed:
            raise SchemaError(f"{data!r} is not one of {allowed}")
        return data

    return decode


def _union(arms: tuple) -> Decoder:
    optional = type(None) in arms
    others = [_decoder(arm) for arm in arms if arm is not type(None)]
    if len(others) == 1:
        (only,) = others

        def one(data: Any) -> Any:
            return None if data is None and optional else only(data)

        return one

    def decode(data: Any) -> Any:
        if data is None and optional:
            return None
        failures = []
        for arm in others:
            try:
                return arm(data)
            except (SchemaError, TypeError, ValueError, KeyError) as exc:
                failures.append(str(exc))
        raise SchemaError("; ".join(failures) or f"no type fits {data!r}")

    return decode


def _generic(origin: Any, args: tuple) -> Decoder:
    if origin is dict:
        key_kind, value_kind = args or (str, Any)
        value = _decoder(value_kind)
        if key_kind in (str, Any):
            return lambda data: {k: value(v) for k, v in data.items()}
        key = _decoder(key_kind)
        return lambda data: {key(json.loads(k)): value(v) for k, v in data.items()}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            if args[0] in _EXACT:
                plain = _all_of(args[0])
                return lambda data: tuple(plain(data))
            item = _decoder(args[0])
            return lambda data: tuple(map(item, data))
        if not args:
            return tuple
        if all(a in _EXACT for a in args):
            return _plain_tuple(args)
        items = [_decoder(a) for a in args]

        def fixed(data: Any) -> tuple:
            if len(items) != len(data):
                raise SchemaError(f"expected {len(items)} items, got {len(data)}")
            return tuple(d(v) for d, v in zip(items, data, strict=True))

        return fixed
    made = _COLLECTIONS.get(origin)
    if made is None:
        raise SchemaError(f"cannot read a {origin}")
    if args and args[0] in _EXACT:
        plain = _all_of(args[0])
        return lambda data: made(plain(data))
    item = _decoder(args[0] if args else Any)
    return lambda data: made(map(item, data))


_COLLECTIONS: dict[Any, Callable[[Any], Any]] = {
    list: list,
    typing.Sequence: list,
    typing.Iterable: list,
    set: set,
    typing.AbstractSet: set,
    frozenset: frozenset,
}

# The types JSON gives each plain type's values: a list of them is checked in one pass
# over their types, not by one call per item.
_EXACT = {str: frozenset({str}), int: frozenset({int, bool}), bool: frozenset({bool})}


def _all_of(kind: type) -> Decoder:
    exact = _EXACT[kind]

    def check(data: Any) -> Any:
        if not exact.issuperset(map(type, data)) and not all(isinstance(v, kind) for v in data):
            raise SchemaError(f"{data!r} holds something other than a {kind.__name__}")
        return data

    return check


def _plain_tuple(kinds: tuple) -> Decoder:
    def decode(data: Any) -> tuple:
        if len(kinds) != len(data):
            raise SchemaError(f"expected {len(kinds)} items, got {len(data)}")
        if not all(isinstance(v, k) for v, k in zip(data, kinds, strict=True)):
            raise SchemaError(f"{data!r} does not fit {kinds}")
        return tuple(data)

    return decode


def _dataclass(kind: type) -> Decoder:
    """The common case, every field stored, is read by code written for the class once
    (as `dataclasses` writes `__init__`): one call per nested value instead of one per
    field, and plain fields checked in place. Anything else (fields left to their
    defaults, unknown fields, `init=False` fields) takes the general path, which also words
    the errors. Field decoders are looked up on first use: a dataclass may hold itself."""
    fields = _fields(kind)
    names = frozenset(f.name for f in fields)
    required = frozenset(
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    late = [f.name for f in fields if not f.init]
    decoders: dict[str, Decoder] = {}
    fast: list[Decoder] = []

    def general(data: Any) -> Any:
        if not isinstance(data, dict):
            raise SchemaError(f"{kind.__name__} stored as {type(data).__name__}")
        if not names.issuperset(data):
            raise SchemaError(f"{kind.__name__} has no field {sorted(set(data) - names)[0]}")
        if not required <= data.keys():
            raise SchemaError(f"{kind.__name__} stored without {sorted(required - data.keys())[0]}")
        values = {name: decoders[name](value) for name, value in data.items()}
        made = kind(**{k: v for k, v in values.items() if k not in late})
        for name in late:
            if name in values:
                object.__setattr__(made, name, values[name])
        return made

    def decode(data: Any) -> Any:
        if not fast:
            hints = _hints(kind)
            decoders.update((f.name, _decoder(hints[f.name])) for f in fields)
            fast.append(general if late else _written(kind, hints, fields, general))
        return fast[0](data)

    return decode


def _written(kind: type, hints: dict[str, Any], fields: tuple, general: Decoder) -> Decoder:
    """The decoder of `kind` as code: each field's value checked or decoded in place."""
    scope: dict[str, Any] = {
        "kind": kind,
        "general": general,
        "names": frozenset(f.name for f in fields),
        "wrong": _wrong,
    }
    lines = ["def decode(data):", "    if data.__class__ is not dict or data.keys() != names:"]
    lines.append("        return general(data)")
    for at, f in enumerate(fields):
        lines.append(f"    v{at} = data[{f.name!r}]")
        lines.extend(f"    {line}" for line in _in_place(hints[f.name], f"v{at}", scope))
    made = ", ".join(f"{f.name}=v{at}" for at, f in enumerate(fields))
    if _plain_frozen(kind):
        scope["new"] = object.__new__
        lines += ["    made = new(kind)", f"    made.__dict__.update({made})", "    return made"]
    else:
        lines.append(f"    return kind({made})")
    exec("\n".join(lines), scope)
    return scope["decode"]


def _plain_frozen(kind: type) -> bool:
    """Whether `kind`'s `__init__` only sets its fields, one `object.__setattr__` each
    because it is frozen: filling its `__dict__` makes the same object at a third of the
    cost (a dossier holds ten thousand of them). Only `__init__`s that `dataclasses`
    wrote qualify (they are compiled from a string), with no `__post_init__` or slots."""
    init = getattr(kind.__init__, "__code__", None)
    return (
        kind.__dataclass_params__.frozen
        and init is not None
        and init.co_filename == "<string>"
        and not hasattr(kind, "__post_init__")
        and "__slots__" not in vars(kind)
    )


def _in_place(kind: Any, name: str, scope: dict[str, Any]) -> list[str]:
    """Lines that check or decode the value in variable `name` as `kind`."""
    if kind is Any or kind is object:
        return []
    if kind in _EXACT:
        scope[f"{name}_t"] = kind
        return [f"if not isinstance({name}, {name}_t):", f"    wrong({name}, {name}_t)"]
    arms = typing.get_args(kind)
    optional = typing.get_origin(kind) in (typing.Union, types.UnionType) and type(None) in arms
    if optional and len(arms) == 2:
        (other,) = (arm for arm in arms if arm is not type(None))
        inner = _in_place(other, name, scope) or ["pass"]
        return [f"if {name} is not None:", *(f"    {line}" for line in inner)]
    scope[f"{name}_d"] = _decoder(kind)
    return [f"{name} = {name}_d({name})"]


def _wrong(value: Any, kind: type) -> None:
    raise SchemaError(f"{value!r} is not a {kind.__name__}")


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
