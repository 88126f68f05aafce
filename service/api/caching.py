"""Strong ETags and a response memo for every GET.

A GET response is a pure function of the corpus, the code and the URL. So its tag is computed
from those without rendering the body, a matching ``If-None-Match`` is answered with 304
before the view runs, and a rendered body can be served again as is.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from apispec import BasePlugin
from flask import Flask, Response, current_app, g, request
from flask_smorest import abort

from service.api import export

_CACHEABLE = frozenset({"GET", "HEAD"})
MAX_IF_NONE_MATCH = 1024  # room for dozens of ETags of 34 chars
# Endpoints whose body also depends on the process serving them (/readyz names the store file
# and its build time): their ETag is a digest of the body, computed once it is rendered.
BODY_ETAG = frozenset({"health.readyz"})


class ResponseMemo:
    """A thread-safe LRU of rendered bodies by ETag, bounded in total bytes."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._size = 0
        self._items: OrderedDict[str, tuple[bytes, str]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, etag: str) -> tuple[bytes, str] | None:
        with self._lock:
            item = self._items.get(etag)
            if item is not None:
                self._items.move_to_end(etag)
            return item

    def put(self, etag: str, body: bytes, mimetype: str) -> None:
        if len(body) > self.max_bytes // 8:
            return
        with self._lock:
            if etag in self._items:
                return
            self._items[etag] = (body, mimetype)
            self._size += len(body)
            while self._size > self.max_bytes:
                _, (old, _) = self._items.popitem(last=False)
                self._size -= len(old)


def current_etag() -> str:
    """The strong ETag of the representation the current request asks for."""
    query = sorted(request.args.items(multi=True))
    seed = f"{current_app.config['ETAG_SEED']}|{request.path}|{query}"
    if (format_ := export.requested_format()) is not None:  # a list as NDJSON or CSV
        seed += f"|{format_}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32]


def _before() -> Response | None:
    if request.method not in _CACHEABLE:
        return None
    if len(request.headers.get("If-None-Match", "")) > MAX_IF_NONE_MATCH:
        abort(400, message=f"If-None-Match is longer than {MAX_IF_NONE_MATCH} characters.")
    if request.endpoint in BODY_ETAG:
        return None
    etag = g.etag = current_etag()
    # "*" matches any current representation, so it can only be answered once the view has
    # shown there is one (an invalid query or an unknown id has none).
    # Weak comparison, as RFC 9110 asks of If-None-Match: W/"x" matches "x" (caches and
    # proxies that compress a body may weaken the tag they pass on).
    if (
        request.if_none_match
        and not request.if_none_match.star_tag
        and request.if_none_match.contains_weak(etag)
    ):
        response = current_app.response_class(status=304)
        response.set_etag(etag)
        return response
    memo: ResponseMemo | None = current_app.extensions["newsfacts.memo"]
    if memo is not None and (hit := memo.get(etag)) is not None:
        g.memo_hit = True
        return current_app.response_class(hit[0], mimetype=hit[1])
    return None


def _after(response: Response) -> Response:
    if request.method not in _CACHEABLE or response.status_code != 200:
        return response
    if request.endpoint in BODY_ETAG:
        response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
        return response.make_conditional(request)
    etag = g.get("etag") or current_etag()
    response.set_etag(etag)
    memo: ResponseMemo | None = current_app.extensions["newsfacts.memo"]
    # A streamed export is never held whole in memory, so never memoised.
    if (
        memo is not None
        and not g.get("memo_hit")
        and not response.direct_passthrough
        and not response.is_streamed
    ):
        memo.put(etag, response.get_data(), response.mimetype)
    if request.if_none_match.star_tag:
        response = current_app.response_class(status=304)
        response.set_etag(etag)
    return response


def init_app(app: Flask) -> None:
    size = app.config.get("RESPONSE_MEMO_BYTES", 64 << 20)
    app.extensions["newsfacts.memo"] = ResponseMemo(size) if size else None
    app.before_request(_before)
    app.after_request(_after)


class ConditionalGetPlugin(BasePlugin):
    """Documents ETag / If-None-Match / 304 on every GET operation."""

    def operation_helper(self, path=None, operations=None, **kwargs):
        get = (operations or {}).get("get")
        if get is None:
            return
        get.setdefault("parameters", []).append(
            {
                "in": "header",
                "name": "If-None-Match",
                "required": False,
                "schema": {"type": "string", "maxLength": MAX_IF_NONE_MATCH},
                "description": "An ETag from an earlier response; 304 if it still matches.",
            }
        )
        responses = get.setdefault("responses", {})
        ok = responses.get("200")
        if isinstance(ok, dict):
            ok.setdefault("headers", {})["ETag"] = {
                "description": "Strong validator of this representation.",
                "schema": {"type": "string"},
            }
        responses["304"] = {"description": "Not Modified: the ETag given still matches."}
