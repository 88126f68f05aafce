"""Access to what ``create_app()`` wired into the app, for the views."""

from __future__ import annotations

from flask import current_app

from service.corpus import Corpus

EXTENSION = "newsfacts"


def corpus() -> Corpus:
    """The corpus this app serves."""
    return current_app.extensions[EXTENSION]
