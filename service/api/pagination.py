"""Token pagination: ``page_size``/``page_token`` in, ``next_page_token`` out.

A token is opaque to clients: it carries an offset and a digest of the query it belongs to,
so a token replayed with other filters, or against another corpus, is refused with 400.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import marshmallow as ma
from flask import current_app, request
from flask_smorest import abort

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
_PAGE_FIELDS = frozenset({"page_size", "page_token"})


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
                required=True, metadata={"description": "Items matching the query, all pages."}
            ),
        },
    )


def _scope(args: Mapping[str, Any]) -> bytes:
    filters = sorted((k, str(v)) for k, v in args.items() if k not in _PAGE_FIELDS)
    seed = f"{current_app.config['ETAG_SEED']}|{request.path}|{filters}"
    return hashlib.sha256(seed.encode()).digest()[:8]


def _encode(offset: int, scope: bytes) -> str:
    raw = offset.to_bytes(4, "big") + scope
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(token: str, scope: bytes) -> int:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 12 or raw[4:] != scope:
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
    return int.from_bytes(raw[:4], "big")


def paginate(items: Sequence[Any], args: Mapping[str, Any]) -> dict[str, Any]:
    """The page of ``items`` that ``args`` (page_size, page_token, filters) asks for."""
    scope = _scope(args)
    token = args.get("page_token")
    offset = _decode(token, scope) if token else 0
    end = offset + args.get("page_size", DEFAULT_PAGE_SIZE)
    return {
        "items": items[offset:end],
        "next_page_token": _encode(end, scope) if end < len(items) else None,
        "total_size": len(items),
    }
