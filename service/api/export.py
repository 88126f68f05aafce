"""Bulk export: every list endpoint streams all its matching items as NDJSON or CSV.

A list asked for with ``Accept: application/x-ndjson`` (one JSON item a line) or
``Accept: text/csv`` answers every item the query matches, unpaginated, in the list's order:
the store walks the list's own query by keyset, one batch at a time, and each batch is
dumped by the item schema of the JSON list and written out before the next is read, so the
memory used does not grow with the number of items. ``page_size`` does not apply; a
``page_token`` resumes after the page it came from.

CSV columns are the item schema's fields, nested objects flattened with dotted names
(``speaker.name``), lists as JSON text, null as an empty cell, booleans ``true``/``false``.
A text cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return is prefixed with
``'`` so that spreadsheets show it as text instead of running it as a formula.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from typing import Any

import marshmallow as ma
from flask import Flask, Response, request

NDJSON = "application/x-ndjson"
CSV = "text/csv"
FORMATS = (NDJSON, CSV)
BATCH = 500  # items dumped and written at a time

_COMPACT = {"ensure_ascii": False, "separators": (",", ":")}
# Item schema of each exportable endpoint, by endpoint name ("quotes.list_quotes").
_ITEM_SCHEMAS: dict[str, ma.Schema] = {}
_DUMPERS: dict[ma.Schema, Callable[[Any], dict[str, Any]]] = {}

DESCRIPTION = (
    "A page of items as JSON. With `Accept: application/x-ndjson`, every matching item "
    "instead, unpaginated, one JSON object (the page's item) per line, streamed in the "
    "list's order; with `Accept: text/csv`, the same items as CSV. `page_size` does not "
    "apply to those; a `page_token` resumes after its page."
)
CSV_DESCRIPTION = (
    "A header row, then one row per item: the item's fields as columns, nested objects "
    "flattened with dotted names (`speaker.name`), lists as JSON text, null as an empty "
    "cell, booleans `true`/`false`. A text cell starting with `=`, `+`, `-`, `@`, tab or "
    "carriage return is prefixed with `'` (spreadsheet formula guard)."
)


def exportable(blp: Any, item_schema: type[ma.Schema]) -> Callable:
    """Decorator (under ``@blp.response``) making a list endpoint answer NDJSON and CSV too,
    and documenting both representations of its 200 response."""

    def decorator(func: Callable) -> Callable:
        schema = _ITEM_SCHEMAS[f"{blp.name}.{func.__name__}"] = item_schema()
        _DUMPERS[schema] = dumper(schema)
        func = blp.alt_response(
            200,
            schema=item_schema,
            content_type=NDJSON,
            description=DESCRIPTION,
        )(func)
        return blp.alt_response(
            200,
            schema={"type": "string", "description": CSV_DESCRIPTION},
            content_type=CSV,
            description=DESCRIPTION,
        )(func)

    return decorator


def requested_format() -> str | None:
    """NDJSON or CSV when the request is for an exportable list and prefers either to JSON."""
    if request.endpoint not in _ITEM_SCHEMAS:
        return None
    best = request.accept_mimetypes.best_match(("application/json", *FORMATS))
    return best if best in FORMATS else None


def stream(format_: str, items: Iterable[Any]) -> Response:
    """The streamed response of ``items`` (API records, as the JSON list would dump them)."""
    schema = _ITEM_SCHEMAS[request.endpoint]
    if format_ == NDJSON:
        body = _ndjson(schema, items)
        mimetype = NDJSON
    else:
        body = _csv(schema, items)
        mimetype = "text/csv; charset=utf-8; header=present"
    return Response(body, content_type=mimetype)


_MISSING = object()
_SCALARS = {ma.fields.String: str, ma.fields.Integer: int, ma.fields.Float: float}


def dumper(schema: ma.Schema) -> Callable[[Any], dict[str, Any]]:
    """A function dumping one object as ``schema.dump`` does, for the field types the API's
    schemas use: marshmallow's generic dump (~60 µs a quote) would cap an export at
    ~15,000 items/s. The same output is checked against ``schema.dump`` by the tests."""
    plan = [
        (field.data_key or name, field.attribute or name, _converter(field))
        for name, field in schema.dump_fields.items()
    ]
    of_objects = [(key, attrgetter(attribute), convert) for key, attribute, convert in plan]
    of_dicts = [(key, attribute.split("."), convert) for key, attribute, convert in plan]

    def dump(obj: Any) -> dict[str, Any]:
        out = {}
        if type(obj) is dict:
            for key, path, convert in of_dicts:
                value = obj
                for part in path:
                    # As marshmallow: "a.b" of a null or missing a is missing, and a
                    # missing attribute is left out.
                    value = value.get(part, _MISSING) if type(value) is dict else _MISSING
                    if value is _MISSING:
                        break
                if value is not _MISSING:
                    out[key] = None if value is None else convert(value)
            return out
        for key, get, convert in of_objects:
            try:
                value = get(obj)
            except AttributeError:
                continue
            out[key] = None if value is None else convert(value)
        return out

    return dump


def _converter(field: ma.fields.Field) -> Callable[[Any], Any]:
    if isinstance(field, ma.fields.Nested):
        inner = dumper(field.schema)
        return (lambda values: [inner(v) for v in values]) if field.many else inner
    if isinstance(field, ma.fields.List):
        item = _converter(field.inner)
        return lambda values: [None if v is None else item(v) for v in values]
    if isinstance(field, ma.fields.Boolean):
        return lambda value: value if value is True or value is False else bool(value)
    for kind, convert in _SCALARS.items():
        if isinstance(field, kind):
            return convert
    raise TypeError(f"no export dump for {type(field).__name__} fields: add it here")


def _batches(schema: ma.Schema, items: Iterable[Any]) -> Iterator[list[dict[str, Any]]]:
    dump = _DUMPERS[schema]
    batch: list[Any] = []
    for item in items:
        batch.append(dump(item))
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _ndjson(schema: ma.Schema, items: Iterable[Any]) -> Iterator[bytes]:
    dumps = json.JSONEncoder(**_COMPACT).encode
    for dumped in _batches(schema, items):
        yield "".join(f"{dumps(item)}\n" for item in dumped).encode()


# --- CSV -------------------------------------------------------------------------------------


def columns(schema: ma.Schema) -> list[tuple[str, ...]]:
    """The CSV columns of ``schema``'s items, as paths into a dumped item."""
    found: list[tuple[str, ...]] = []

    def visit(current: ma.Schema, prefix: tuple[str, ...]) -> None:
        for name, field in current.dump_fields.items():
            key = (*prefix, field.data_key or name)
            if isinstance(field, ma.fields.Nested) and not field.many:
                visit(field.schema, key)
            else:
                found.append(key)

    visit(schema, ())
    return found


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_STARTS) else value
    if isinstance(value, list | dict):
        return json.dumps(value, **_COMPACT)
    return json.dumps(value)  # numbers as JSON writes them (exact floats)


def _row(item: dict[str, Any], paths: list[tuple[str, ...]]) -> list[str]:
    row = []
    for path in paths:
        value: Any = item
        for key in path:
            value = value.get(key) if value is not None else None
        row.append(_cell(value))
    return row


def _csv(schema: ma.Schema, items: Iterable[Any]) -> Iterator[bytes]:
    paths = columns(schema)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(".".join(path) for path in paths)
    for dumped in _batches(schema, items):
        writer.writerows(_row(item, paths) for item in dumped)
        yield buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():  # no item: the header alone
        yield buffer.getvalue().encode()


def _vary(response: Response) -> Response:
    if request.endpoint in _ITEM_SCHEMAS:
        response.vary.add("Accept")
    return response


def init_app(app: Flask) -> None:
    app.after_request(_vary)
