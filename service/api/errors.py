"""Every error as RFC 9457 ``application/problem+json``; validation errors as 400."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from http import HTTPStatus
from typing import Any

import marshmallow as ma
from apispec import BasePlugin
from flask import current_app, json, request
from flask_smorest import Api as SmorestApi
from flask_smorest import Blueprint as SmorestBlueprint
from flask_smorest.utils import prepare_response
from webargs.flaskparser import FlaskParser
from werkzeug.exceptions import HTTPException, MethodNotAllowed

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"


class ParameterErrorSchema(ma.Schema):
    location = ma.fields.String(
        required=True, metadata={"description": "query, path, header or json"}
    )
    field = ma.fields.String(
        required=True, metadata={"description": "Parameter name, dotted into bodies"}
    )
    message = ma.fields.String(required=True)


class ProblemSchema(ma.Schema):
    """RFC 9457 problem details."""

    type = ma.fields.String(required=True, metadata={"example": "about:blank"})
    title = ma.fields.String(required=True, metadata={"example": "Bad Request"})
    status = ma.fields.Integer(
        required=True,
        validate=ma.validate.Range(100, 599),
        metadata={"example": 400, "format": "int32"},
    )
    detail = ma.fields.String()
    instance = ma.fields.String()
    errors = ma.fields.List(ma.fields.Nested(ParameterErrorSchema))


class Parser(FlaskParser):
    """webargs parser that answers 400 and refuses unknown query parameters."""

    DEFAULT_VALIDATION_STATUS = 400
    DEFAULT_UNKNOWN_BY_LOCATION = {  # noqa: RUF012 (overrides the base class table)
        **FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION,
        "query": ma.RAISE,
        "querystring": ma.RAISE,
        "json": ma.RAISE,
    }

    def load_querystring(self, req, schema: ma.Schema):
        """The query, refusing a parameter given more than once unless it is a list: the
        first would win silently, and the ETag (of the sorted parameters) could not tell
        ``a=1&a=2`` from ``a=2&a=1``."""
        once = "Given more than once; give it once (only list parameters such as `kind` repeat)."
        repeated = {
            name: [once]
            for name, field in schema.fields.items()
            if len(req.args.getlist(name)) > 1 and not isinstance(field, ma.fields.List)
        }
        if repeated:
            raise ma.ValidationError(repeated)
        return super().load_querystring(req, schema)


class Blueprint(SmorestBlueprint):
    ARGUMENTS_PARSER = Parser()


def _flatten(messages: Any, location: str, prefix: str = "") -> Iterator[dict[str, str]]:
    if isinstance(messages, Mapping):
        for key, value in messages.items():
            if isinstance(key, int) and location == "query":
                # The n-th value of a repeated parameter: a query names no index.
                yield from _flatten(value, location, prefix)
                continue
            name = f"{prefix}.{key}" if prefix else str(key)
            yield from _flatten(value, location, name)
    elif isinstance(messages, list | tuple) and messages and not isinstance(messages[0], str):
        for item in messages:
            yield from _flatten(item, location, prefix)
    else:
        items = messages if isinstance(messages, list | tuple) else [messages]
        for message in items:
            text = "Unknown parameter." if message == "Unknown field." else str(message)
            yield {"location": location, "field": prefix or "(body)", "message": text}


def parameter_errors(messages: Mapping[str, Any]) -> list[dict[str, str]]:
    """webargs' ``{location: {field: [msg]}}`` as a flat, sorted list."""
    errors = [e for loc, msgs in messages.items() for e in _flatten(msgs, loc)]
    return sorted(errors, key=lambda e: (e["location"], e["field"], e["message"]))


def problem(status: int, title: str, detail: str, headers=None, **extra: Any):
    """A problem+json response."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    response = current_app.response_class(json.dumps(body), status=status, mimetype=PROBLEM_JSON)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


class ServerErrorsPlugin(BasePlugin):
    """Documents, on every operation, the errors that can come from the server around it.

    A request line over 4,094 bytes gets 414 and headers over the limits (64 fields, 8,190
    bytes each) get 431, both answered by gunicorn as problem+json before the app runs (see
    ``service/gunicorn_conf.py``); 500 is a bug, as problem+json without internals.
    """

    def operation_helper(self, path=None, operations=None, **kwargs):
        for operation in (operations or {}).values():
            responses = operation.setdefault("responses", {})
            responses.setdefault("414", "REQUEST_URI_TOO_LONG")
            responses.setdefault("431", "REQUEST_HEADER_FIELDS_TOO_LARGE")
            responses.setdefault("500", "INTERNAL_SERVER_ERROR")


# Every integer of the API is a non-negative count, offset or status within JSON's exact range.
MAX_SAFE_INTEGER = 2**53 - 1


def integer_bounds(self, field, ret, **kwargs) -> dict[str, Any]:
    """apispec attribute function: format and bounds for every integer field."""
    if not isinstance(field, ma.fields.Integer):
        return {}
    return {
        "format": "int64",
        "minimum": ret.get("minimum", 0),
        "maximum": ret.get("maximum", MAX_SAFE_INTEGER),
    }


class Api(SmorestApi):
    """flask-smorest Api whose errors, served and documented, are problem+json."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: HTTPException):
        if error.code is None or error.code >= 500:
            original = getattr(error, "original_exception", None)
            if original is not None:
                log.error("unhandled error", exc_info=original)
        code = error.code or 500
        headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
        data = getattr(error, "data", None) or {}
        headers.update(data.get("headers") or {})
        extra = {}
        detail = error.description or error.name
        if data.get("messages"):
            extra["errors"] = parameter_errors(data["messages"])
            detail = "The request has invalid parameters; see 'errors'."
        elif data.get("errors"):
            extra["errors"] = data["errors"]
        if data.get("message"):
            detail = data["message"]
        elif code == 405 and isinstance(error, MethodNotAllowed):
            allowed = ", ".join(error.valid_methods or ())
            detail = f"{request.method} is not allowed here; allowed: {allowed}."
        elif code == 404 and request.url_rule is None:
            detail = (
                "No such path. The API's paths are listed at /openapi.json, with docs at "
                "/docs (lists and items under /v1, health at /livez and /readyz)."
            )
        if code == 429:
            detail = f"Over this client's limit of {error.description}; retry after Retry-After."
        return problem(code, error.name, detail, headers, **extra)

    def _register_responses(self):
        """Document error responses under the media type they are served as."""
        for status in HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_JSON)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Error", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_JSON)
        self.spec.components.response(self.DEFAULT_ERROR_RESPONSE_NAME, response, lazy=True)
