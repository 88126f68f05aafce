"""The application factory: open the corpus store, then wire the HTTP layer over it."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from service import api, nlp, reader
from service.corpus import CACHE_FOLDER, DEFAULT_MAX_FILE_BYTES, load_analyzer, load_corpus

# 5 times the longest BBC article (25 KB), 4 times the longest PolNeAR one (34 KB).
DEFAULT_ANALYZE_MAX_BYTES = 128 * 1024
# Enough for the densest body of that size (212 MB budgeted) and a 1 MiB article (316 MB).
MEMORY_MB_PER_ANALYSIS = 384


def _code_version() -> str:
    try:
        return version("newsfacts")
    except PackageNotFoundError:
        return "0+unknown"


def default_config() -> dict[str, Any]:
    """Settings read from the environment, with their defaults."""
    # One core is left to reads: analyses are CPU-bound, and the rest of the API is not.
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    concurrency = int(os.environ.get("ANALYZE_CONCURRENCY") or max(1, (cores or 1) - 1))
    return {
        "CORPUS_DIR": os.environ.get("CORPUS_DIR", "seeds"),
        "MAX_FILE_BYTES": int(os.environ.get("MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES)),
        # Analyses are cached next to the corpus unless CACHE_DIR says otherwise.
        "CACHE_DIR": os.environ.get("CACHE_DIR"),
        # POST /v1/analyze (README, "Memory: the analysis budget"): the largest body; the
        # analyses running at once in a replica, all workers together, and the memory they
        # may hold, each its share; how long a request waits for room before a 503; when an
        # analysis is taken to be hung (plus 1 ms per char); and the analysis processes'
        # CPU priority (0-19): reads on the same cores come first.
        "MAX_CONTENT_LENGTH": int(os.environ.get("ANALYZE_MAX_BYTES") or DEFAULT_ANALYZE_MAX_BYTES),
        "ANALYZE_CONCURRENCY": concurrency,
        "ANALYZE_MEMORY_MB": int(
            os.environ.get("ANALYZE_MEMORY_MB") or MEMORY_MB_PER_ANALYSIS * concurrency
        ),
        "ANALYZE_WAIT": float(os.environ.get("ANALYZE_WAIT") or 1),
        "ANALYZE_TIMEOUT": float(os.environ.get("ANALYZE_TIMEOUT") or 60),
        "ANALYZE_NICE": int(os.environ.get("ANALYZE_NICE") or 5),
        "ANALYZE_WORKERS": int(os.environ.get("ANALYZE_WORKERS") or os.cpu_count() or 1),
        # Load the spaCy model in create_app: with gunicorn's preload, workers then share one
        # copy, but every start pays ~3 s. Otherwise each worker's analysis process loads it.
        "PRELOAD_MODEL": os.environ.get("PRELOAD_MODEL", "").lower() in {"1", "true", "yes"},
        # Browser origins allowed to call the API (comma-separated, or "*"); none by default.
        "CORS_ORIGINS": [
            o.strip() for o in os.environ.get("CORS_ORIGINS", "").split(",") if o.strip()
        ],
        # Per client address on POST /v1/analyze, e.g. "30/minute"; unlimited when empty.
        "ANALYZE_RATE_LIMIT": os.environ.get("ANALYZE_RATE_LIMIT", ""),
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        # Reverse proxies in front (nginx in compose: 1) whose X-Forwarded-For is trusted.
        "PROXY_COUNT": int(os.environ.get("PROXY_COUNT") or 0),
        # A Server-Timing header with each request's CPU time (for bench/scale.py).
        "SERVER_TIMING": os.environ.get("SERVER_TIMING", "").lower() in {"1", "true", "yes"},
        # Bytes of rendered GET bodies kept per worker, by ETag (0: no memo).
        "RESPONSE_MEMO_BYTES": int(os.environ.get("RESPONSE_MEMO_BYTES") or 64 << 20),
        "API_VERSION": "1.0.0",
    }


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: load the corpus, then wire the HTTP layer over it."""
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    app = Flask(__name__)
    app.config.from_mapping(default_config())
    app.config.from_mapping(config or {})
    app.json.sort_keys = False
    app.json.ensure_ascii = False

    # The store is built (in a child process) only if missing or stale; otherwise start-up
    # opens it and reads its meta table, whatever the corpus size.
    corpus = app.config.get("CORPUS") or load_corpus(
        app.config["CORPUS_DIR"],
        app.config["MAX_FILE_BYTES"],
        cache_dir=app.config["CACHE_DIR"] or Path(app.config["CORPUS_DIR"]) / CACHE_FOLDER,
        workers=app.config["ANALYZE_WORKERS"],
        in_child=True,
    )
    if app.config["PRELOAD_MODEL"]:
        load_analyzer()
    app.extensions[api.state.EXTENSION] = corpus
    app.config["ETAG_SEED"] = hashlib.sha256(
        f"{corpus.fingerprint}|{app.config['API_VERSION']}|{_code_version()}|"
        f"{nlp.PIPELINE_VERSION}|{nlp.model_version()}".encode()
    ).hexdigest()
    api.init_app(app)
    reader.init_app(app)
    if app.config["PROXY_COUNT"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=app.config["PROXY_COUNT"])
    return app
