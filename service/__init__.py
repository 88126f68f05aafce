"""newsfacts: a JSON API over a folder of news articles.

``import service`` stays free of Flask so that ``service.nlp`` and ``service.corpus`` can be
used (and tested) without the web layer; the factory imports it when called.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def create_app(config: Mapping[str, Any] | None = None):
    """Build the Flask app (see ``service.app.create_app``)."""
    from service.app import create_app as factory  # noqa: PLC0415

    return factory(config)
