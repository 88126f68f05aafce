"""The baseline for bench/serving.py: bare Flask returning fixed bytes, no work per request."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, Response


def create_app() -> Flask:
    folder = Path(os.environ["BARE_DIR"])
    bodies = {f"/{p.name}": p.read_bytes() for p in folder.iterdir()}
    app = Flask(__name__)

    @app.route("/<name>")
    def serve(name: str) -> Response:
        return Response(bodies[f"/{name}"], mimetype="application/json")

    @app.route("/readyz")
    def readyz() -> Response:
        return Response(b"{}", mimetype="application/json")

    return app
