"""The JSON API, called in-process: the reader's page is built only from what it returns."""

from __future__ import annotations

import contextvars
import json
from typing import Any

from flask import Flask, current_app
from werkzeug.test import Client


class ApiError(Exception):
    """The API answered with an error: its status and problem details."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        super().__init__(problem.get("detail", ""))
        self.status = status
        self.problem = problem


def _call(app: Flask, path: str, params: dict[str, Any], accept: str) -> tuple[int, bytes]:
    response = Client(app).get(path, query_string=params, headers={"Accept": accept})
    return response.status_code, response.get_data()


def get(path: str, params: dict[str, Any] | None = None, *, accept: str = "application/json"):
    """The body of ``GET path`` as the API serves it over HTTP (JSON, or NDJSON as a list).

    The request runs through the whole app (validation, caching, errors) in a context of its
    own, as if it came from another client: nothing of the current request leaks into it.
    """
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    status, body = contextvars.Context().run(_call, app, path, params or {}, accept)
    if status != 200:
        raise ApiError(status, json.loads(body))
    if accept == "application/x-ndjson":
        return [json.loads(line) for line in body.splitlines()]
    return json.loads(body)


def get_all(path: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every item of a list endpoint, in one request (its NDJSON export)."""
    return get(path, params, accept="application/x-ndjson")
