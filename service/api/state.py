"""Access to what ``create_app()`` wired into the app, for the views."""

from __future__ import annotations

from flask import current_app
from flask_smorest import abort

from service.corpus import Corpus, Document

EXTENSION = "newsfacts"


def corpus() -> Corpus:
    """The corpus this app serves."""
    return current_app.extensions[EXTENSION]


def document_or_404(document_id: str) -> Document:
    """The document with this id, or a 404 problem."""
    doc = corpus().by_id.get(document_id)
    if doc is None:
        abort(404, message=f"No document with id {document_id!r}.")
    return doc
