"""Keyset pagination: ``page_size``/``page_token`` in, ``next_page_token`` out.

A token is opaque to clients: it carries the position of the last item returned (its key in
the list's order: a row number, or a relevance score and a row number for a search) and a
digest of the query it belongs to, so a token replayed with other filters, or against another
corpus, is refused with 400. A page costs the same however deep it is.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import struct
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

import marshmallow as ma
from flask import Response, current_app, request
from flask_smorest import abort

from service.api import export
from service.api.state import store
from service.corpus import Match, Query

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
_PAGE_FIELDS = frozenset({"page_size", "page_token"})
_ROW = struct.Struct(">q")
_RANKED = struct.Struct(">dq")
_SCOPE = 8
TOTAL_DESCRIPTION = (
    "Items matching the query, all pages. Exact up to 1,000; past that, a list with several "
    "filters or a search reports an estimate (from where its 1,000th item falls in the corpus)."
)


class PageArgs(ma.Schema):
    page_size = ma.fields.Integer(
        load_default=DEFAULT_PAGE_SIZE,
        validate=ma.validate.Range(1, MAX_PAGE_SIZE),
        metadata={"description": f"Items per page, 1 to {MAX_PAGE_SIZE}."},
    )
    page_token = ma.fields.String(
        validate=ma.validate.Length(1, 200),
        metadata={"description": "The `next_page_token` of the previous page."},
    )


def page_schema(item_schema: type[ma.Schema]) -> type[ma.Schema]:
    """The ``{items, next_page_token, total_size}`` envelope for ``item_schema``."""
    name = item_schema.__name__.removesuffix("Schema") + "PageSchema"
    return type(
        name,
        (ma.Schema,),
        {
            "items": ma.fields.List(
                ma.fields.Nested(item_schema),
                required=True,
                validate=ma.validate.Length(max=MAX_PAGE_SIZE),
            ),
            "next_page_token": ma.fields.String(
                allow_none=True,
                required=True,
                metadata={
                    "description": "Pass as `page_token` for the next page; null on the last."
                },
            ),
            "total_size": ma.fields.Integer(
                required=True, metadata={"description": TOTAL_DESCRIPTION}
            ),
        },
    )


def _scope(args: Mapping[str, Any]) -> bytes:
    filters = sorted((k, str(v)) for k, v in args.items() if k not in _PAGE_FIELDS)
    seed = f"{current_app.config['ETAG_SEED']}|{request.path}|{filters}"
    return hashlib.sha256(seed.encode()).digest()[:_SCOPE]


def _encode(key: tuple, scope: bytes) -> str:
    packed = _ROW.pack(*key) if len(key) == 1 else _RANKED.pack(*key)
    return base64.urlsafe_b64encode(scope + packed).decode().rstrip("=")


def _invalid() -> None:
    abort(
        400,
        message="Invalid page_token.",
        errors=[
            {
                "location": "query",
                "field": "page_token",
                "message": "Invalid page token: use the next_page_token of the same query.",
            }
        ],
    )


def _decode(token: str, scope: bytes) -> tuple:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        raw = b""
    if raw[:_SCOPE] != scope:
        _invalid()
    packed = raw[_SCOPE:]
    if len(packed) == _ROW.size:
        return _ROW.unpack(packed)
    if len(packed) == _RANKED.size:
        key = _RANKED.unpack(packed)
        if math.isfinite(key[0]):
            return key
    _invalid()
    raise AssertionError("unreachable: abort raises")


def match_view(match: Match | None) -> dict[str, Any] | None:
    """The API shape of a search hit's match."""
    if match is None:
        return None
    return {
        "field": match.field,
        "start": match.start,
        "end": match.end,
        "text": match.text,
        "highlights": [{"start": s, "end": e} for s, e in match.highlights],
    }


class Hit:
    """A record with the ``match`` of the search that found it (null when not searched)."""

    __slots__ = ("match", "record")

    def __init__(self, record: Any, match: dict[str, Any] | None) -> None:
        self.record = record
        self.match = match

    def __getattr__(self, name: str) -> Any:
        return getattr(self.record, name)


def _with_match(item: Any, match: Match | None) -> Any:
    """A search list's item with its ``match`` (null when the list is not searched)."""
    if isinstance(item, dict):
        item["match"] = match_view(match)
        return item
    return Hit(item, match_view(match))


def paginate(
    listing: str,
    args: Mapping[str, Any],
    filters: Mapping[str, Any] | None = None,
    *,
    hits: bool = False,
    view: Callable[[Any], Any] | None = None,
) -> dict[str, Any] | Response:
    """The page of ``listing`` that ``args`` (page_size, page_token, q) and ``filters`` ask for.

    With ``hits``, each item carries its ``match`` (null when ``q`` is not given); ``view``
    turns each item into its API shape. When the request asks for NDJSON or CSV, every
    matching item instead, streamed (see ``export``).
    """
    scope = _scope(args)
    token = args.get("page_token")
    query = Query(
        listing,
        filters or {},
        args.get("q"),
        _decode(token, scope) if token else None,
        args.get("page_size", DEFAULT_PAGE_SIZE),
    )
    corpus = store()
    if (format_ := export.requested_format()) is not None:
        # Items without a view are only serialised: their stored JSON serves, undecoded.
        found = corpus.iterate(replace(query, plain=view is None), export.BATCH)
        items = (_with_match(i, m) if hits else i for i, m in found)
        return export.stream(format_, map(view, items) if view else items)
    page = corpus.page(query)
    items = page.items
    if hits:
        items = [_with_match(i, m) for i, m in zip(page.items, page.matches, strict=True)]
    if view:
        items = [view(i) for i in items]
    return {
        "items": items,
        "next_page_token": _encode(page.next_key, scope) if page.next_key else None,
        "total_size": page.total,
    }
