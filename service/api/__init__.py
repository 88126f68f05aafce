"""HTTP layer: blueprints, errors, pagination and caching, wired by ``init_app``."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, send_from_directory

from service.api import caching, documents, health
from service.api.errors import Api

BLUEPRINTS = (health.blp, documents.blp)
DOCS_ASSETS = "/docs/assets/"


def _swagger_ui_dir() -> Path:
    import swagger_ui  # noqa: PLC0415 (only its installed static files are used)

    return Path(swagger_ui.__file__).parent / "static"


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
                    "`application/problem+json`."
                ),
                "license": {"name": "MIT", "identifier": "MIT"},
            },
            "servers": [{"url": "/"}],
        },
    )
    api = Api(app, spec_kwargs={"extra_plugins": [caching.ConditionalGetPlugin()]})
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)

    assets = _swagger_ui_dir()
    app.add_url_rule(
        f"{DOCS_ASSETS}<path:filename>",
        "docs_assets",
        lambda filename: send_from_directory(assets, filename),
    )
    caching.init_app(app)
    return api
