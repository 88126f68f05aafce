"""Strong ETags for every GET: a response is a pure function of the corpus, code and URL.

So the tag is computed from those, without rendering the body, and a matching
``If-None-Match`` is answered with 304 before the view runs.
"""

from __future__ import annotations

import hashlib

from apispec import BasePlugin
from flask import Flask, Response, current_app, request

_CACHEABLE = frozenset({"GET", "HEAD"})


def current_etag() -> str:
    """The strong ETag of the representation the current request asks for."""
    query = sorted(request.args.items(multi=True))
    seed = f"{current_app.config['ETAG_SEED']}|{request.path}|{query}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32]


def _answer_not_modified() -> Response | None:
    if request.method in _CACHEABLE and request.if_none_match:
        etag = current_etag()
        if request.if_none_match.contains(etag):
            response = current_app.response_class(status=304)
            response.set_etag(etag)
            return response
    return None


def _tag(response: Response) -> Response:
    if request.method in _CACHEABLE and response.status_code == 200:
        response.set_etag(current_etag())
    return response


def init_app(app: Flask) -> None:
    app.before_request(_answer_not_modified)
    app.after_request(_tag)


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
                "schema": {"type": "string"},
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
