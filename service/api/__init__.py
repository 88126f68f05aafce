"""HTTP layer: blueprints, errors, pagination and caching, wired by ``init_app``."""

from __future__ import annotations

import time
from pathlib import Path

from apispec import BasePlugin
from flask import Flask, Response, g, request, send_from_directory

from service.api import (
    analyze,
    caching,
    documents,
    entities,
    export,
    health,
    numeric_facts,
    protection,
    quotes,
)
from service.api.errors import Api, ServerErrorsPlugin, integer_bounds

BLUEPRINTS = (health.blp, documents.blp, entities.blp, quotes.blp, numeric_facts.blp, analyze.blp)
DOCS_ASSETS = "/docs/assets/"


class OperationIdPlugin(BasePlugin):
    """Names each operation from its method and path (``get_v1_documents_document_id``)."""

    def operation_helper(self, path=None, operations=None, **kwargs):
        slug = "_".join(part.strip("{}") for part in path.split("/") if part).replace("-", "_")
        for method, operation in (operations or {}).items():
            operation.setdefault("operationId", f"{method}_{slug}")


def _swagger_ui_dir() -> Path:
    import swagger_ui  # noqa: PLC0415 (only its installed static files are used)

    return Path(swagger_ui.__file__).parent / "static"


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if request.method in ("GET", "HEAD") and response.status_code in (200, 304):
        # Clients may store responses but must revalidate them (cheaply, with the ETag).
        response.headers.setdefault("Cache-Control", "public, no-cache")
    return response


def _start_cpu_clock() -> None:
    g.cpu_started = time.thread_time()


def _server_timing(response: Response) -> Response:
    """The CPU time this request took in its worker thread, for benchmarks on busy machines."""
    if (started := g.get("cpu_started")) is not None:
        response.headers["Server-Timing"] = f"cpu;dur={(time.thread_time() - started) * 1e3:.3f}"
    return response


def init_app(app: Flask) -> Api:
    """Register the API, its docs and its hooks on ``app``."""
    app.config.setdefault("API_TITLE", "newsfacts")
    app.config.setdefault("OPENAPI_VERSION", "3.1.0")
    app.config.setdefault("OPENAPI_URL_PREFIX", "/")
    app.config.setdefault("OPENAPI_JSON_PATH", "openapi.json")
    app.config.setdefault("OPENAPI_SWAGGER_UI_PATH", "/docs")
    app.config.setdefault("OPENAPI_SWAGGER_UI_URL", DOCS_ASSETS)
    app.config.setdefault(
        "API_SPEC_OPTIONS",
        {
            "info": {
                "description": (
                    "Who is mentioned, who said what, and which numbers are claimed in a corpus "
                    "of news articles. Every extraction carries `start`/`end` character offsets, "
                    "end-exclusive, into its document's `text`. Errors are RFC 9457 "
                    "`application/problem+json`. Every list also answers `Accept: "
                    "application/x-ndjson` or `text/csv` with all its items, unpaginated.\n\n"
                    "To read the articles with who said what, the entities and the numbers "
                    "marked: [the reader](/read/)."
                ),
                "license": {"name": "MIT", "identifier": "MIT"},
                "contact": {"name": "newsfacts maintainers"},
            },
            # A public, read-mostly API: nothing in it is internal-only.
            "servers": [{"url": "/", "x-internal": False}],
        },
    )
    if app.config.get("SERVER_TIMING"):  # first in, last out: around everything else
        app.before_request(_start_cpu_clock)
        app.after_request(_server_timing)
    plugins = [caching.ConditionalGetPlugin(), ServerErrorsPlugin(), OperationIdPlugin()]
    api = Api(app, spec_kwargs={"extra_plugins": plugins})
    api.ma_plugin.converter.add_attribute_function(integer_bounds)
    # flask-smorest's own page-number pagination, registered by default, is not used here.
    api.spec.components.schemas.pop("PaginationMetadata", None)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)

    assets = _swagger_ui_dir()
    app.add_url_rule(
        f"{DOCS_ASSETS}<path:filename>",
        "docs_assets",
        lambda filename: send_from_directory(assets, filename),
    )
    caching.init_app(app)
    analyze.init_app(app)
    export.init_app(app)
    protection.init_app(app)
    app.after_request(_security_headers)
    return api
