"""Access to what ``create_app()`` wired into the app, for the views."""

from __future__ import annotations

from typing import TypeVar

from flask import current_app
from flask_smorest import abort

from service.corpus import Store

EXTENSION = "newsfacts"
T = TypeVar("T")


def store() -> Store:
    """The store of the corpus this app serves."""
    return current_app.extensions[EXTENSION]


def found_or_404(item: T | None, key: str, noun: str) -> T:
    """``item``, or a 404 problem naming the missing ``noun`` when it is None."""
    if item is None:
        abort(404, message=f"No {noun} with id {key!r}.")
    return item


def document_exists_or_404(document_id: str) -> None:
    """A 404 problem unless the document exists."""
    if not store().has_document(document_id):
        abort(404, message=f"No document with id {document_id!r}.")


def entity_exists_or_404(entity_id: str) -> None:
    """A 404 problem unless the entity exists."""
    if not store().has_entity(entity_id):
        abort(404, message=f"No entity with id {entity_id!r}.")
