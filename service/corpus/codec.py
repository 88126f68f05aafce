"""Records to JSON and back, derived from their dataclass fields: no per-record code, no pickle.

A field added to a record (``service/nlp/records.py`` or the corpus records) is stored and
read back without touching this module or the store's schema; ``signature`` changes with it,
so stores and cached analyses written before the change are rebuilt, never misread.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

_COMPACT = {"separators": (",", ":"), "ensure_ascii": False}


_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(tp: type) -> tuple[str, ...] | None:
    names = _FIELD_NAMES.get(tp, ())
    if names == ():
        is_record = dataclasses.is_dataclass(tp)
        names = tuple(f.name for f in dataclasses.fields(tp)) if is_record else None
        _FIELD_NAMES[tp] = names
    return names


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: dataclasses become objects of their fields, tuples lists."""
    tp = type(value)
    if tp in _ATOMS:
        return value
    if tp is tuple or tp is list:
        return [plain(v) for v in value]
    if tp is dict:
        return {k: plain(v) for k, v in value.items()}
    names = _field_names(tp)
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    return value


def dumps(value: Any) -> str:
    """Compact JSON of ``value`` (see ``plain``); floats round-trip exactly."""
    return json.dumps(plain(value), **_COMPACT)


def _identity(value: Any) -> Any:
    return value


@cache
def decoder(tp: Any) -> Callable[[Any], Any]:
    """A function turning the JSON data of a value of type ``tp`` back into that value."""
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        plan = [(f.name, decoder(hints[f.name])) for f in dataclasses.fields(tp) if f.init]

        def record(data: dict) -> Any:
            # A key missing from the data takes the field's default (a KeyError otherwise).
            return tp(**{name: conv(data[name]) for name, conv in plan if name in data})

        return record
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [decoder(a) for a in args if a is not type(None)]
        if len(inner) == 1:
            (conv,) = inner
            return lambda v: None if v is None else conv(v)
        return _identity
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = decoder(args[0])
            return lambda v: tuple(item(x) for x in v)
        parts = [decoder(a) for a in args]
        return lambda v: tuple(conv(x) for conv, x in zip(parts, v, strict=True))
    if origin is list:
        item = decoder(args[0]) if args else _identity
        return lambda v: [item(x) for x in v]
    if origin is dict:
        value = decoder(args[1]) if len(args) == 2 else _identity
        return lambda v: {k: value(x) for k, x in v.items()}
    return _identity  # str, int, float, bool, Literal, Any


def loads(tp: type, text: str | bytes) -> Any:
    """The ``tp`` record stored as ``text`` by ``dumps``."""
    return decoder(tp)(json.loads(text))


def signature(*roots: type) -> str:
    """Digest of the shape of these records and of every record they contain.

    Field names and types, recursively: it keys stored analyses and the store itself.
    """
    seen: dict[str, str] = {}

    def visit(tp: Any) -> None:
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            name = f"{tp.__module__}.{tp.__qualname__}"
            if name in seen:
                return
            hints = typing.get_type_hints(tp)
            seen[name] = ",".join(f"{f.name}:{hints[f.name]}" for f in dataclasses.fields(tp))
            for f in dataclasses.fields(tp):
                visit(hints[f.name])
            return
        for arg in typing.get_args(tp):
            visit(arg)

    for root in roots:
        visit(root)
    text = "\n".join(f"{k}={v}" for k, v in sorted(seen.items()))
    return hashlib.sha256(text.encode()).hexdigest()
