"""The reader's page: articles in HTML with who said what, entities and numbers marked.

Server-rendered (Jinja templates, a small stylesheet and script served from ``static/``, no
CDN); readable without script. Every page is built only from what the JSON API returns,
called in-process (``client``): the API stays the contract.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from flask import Blueprint, Flask, Response, url_for

STATIC = Path(__file__).parent / "static"
# Pages and assets of the reader only: scripts and styles from this origin, nothing inline.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

blp = Blueprint(
    "reader",
    __name__,
    url_prefix="/read",
    template_folder="templates",
    static_folder="static",
)


@cache
def _digest(filename: str) -> str:
    return hashlib.sha256((STATIC / filename).read_bytes()).hexdigest()[:12]


def asset(filename: str) -> str:
    """The URL of a static file, with its digest: a changed file has a new URL (and ETag)."""
    return url_for("reader.static", filename=filename, v=_digest(filename))


@blp.after_request
def _policy(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP
    return response


def init_app(app: Flask) -> None:
    """Register the reader's pages on ``app`` (under /read)."""
    from service.reader import views  # noqa: F401, PLC0415 (registers the routes on blp)

    app.register_blueprint(blp)
    app.add_template_global(asset, "asset")
