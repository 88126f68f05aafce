"""Access to what ``create_app()`` wired into the app, for the views."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from flask import current_app
from flask_smorest import abort

from service.corpus import Corpus, Document

EXTENSION = "newsfacts"
T = TypeVar("T")


def corpus() -> Corpus:
    """The corpus this app serves."""
    return current_app.extensions[EXTENSION]


def found_or_404(index: Mapping[str, T], key: str, noun: str) -> T:
    """``index[key]``, or a 404 problem naming the missing ``noun``."""
    item = index.get(key)
    if item is None:
        abort(404, message=f"No {noun} with id {key!r}.")
    return item


def document_or_404(document_id: str) -> Document:
    """The document with this id, or a 404 problem."""
    return found_or_404(corpus().by_id, document_id, "document")
