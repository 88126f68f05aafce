"""Cross-origin access (off unless configured) and the per-client limit on POST /v1/analyze."""

from __future__ import annotations

from flask import Flask

ANALYZE_ENDPOINT = "analyze.analyze"


def init_app(app: Flask) -> None:
    """CORS for the configured origins only; the analyze limit when one is configured.

    Limits are counted per client address in ``RATELIMIT_STORAGE_URI``: ``memory://`` counts
    per process, so replicas (and gunicorn workers) should share a ``redis://`` or
    ``memcached://`` store for the limit to hold exactly. Neither library is imported unless
    configured: a start-up pays only for what it uses.
    """
    if origins := app.config["CORS_ORIGINS"]:
        from flask_cors import CORS  # noqa: PLC0415

        CORS(
            app,
            resources={r"/v1/*": {}, "/openapi.json": {}},
            origins=origins,
            methods=["GET", "HEAD", "POST", "OPTIONS"],
            allow_headers=["Content-Type", "If-None-Match"],
            expose_headers=["ETag", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"],
            max_age=600,
        )
    if limit := app.config["ANALYZE_RATE_LIMIT"]:
        from flask_limiter import Limiter  # noqa: PLC0415
        from flask_limiter.util import get_remote_address  # noqa: PLC0415

        limiter = Limiter(
            get_remote_address,
            app=app,
            storage_uri=app.config["RATELIMIT_STORAGE_URI"],
            headers_enabled=True,
            strategy="moving-window",
        )
        # The limit is checked by the wrapper the decorator returns, so the view is replaced.
        view = app.view_functions[ANALYZE_ENDPOINT]
        app.view_functions[ANALYZE_ENDPOINT] = limiter.limit(limit)(view)
