"""/v1/entities and /v1/documents/{id}/entities: people, organisations and places."""

from __future__ import annotations

from service.api.errors import Blueprint
from service.api.export import exportable
from service.api.pagination import PageArgs, paginate
from service.api.schemas import (
    DocumentEntityPageSchema,
    DocumentEntityQuery,
    DocumentEntitySchema,
    EntityOccurrencePageSchema,
    EntityOccurrenceSchema,
    EntityQuery,
    EntitySchema,
    EntitySummaryPageSchema,
    EntitySummarySchema,
    NoQuery,
)
from service.api.state import document_exists_or_404, entity_exists_or_404, found_or_404, store

blp = Blueprint("entities", __name__, url_prefix="/v1", description="Named entities.")


@blp.route("/documents/<string(maxlength=200):document_id>/entities")
@blp.arguments(DocumentEntityQuery, location="query")
@blp.response(200, DocumentEntityPageSchema)
@exportable(blp, DocumentEntitySchema)
@blp.alt_response(404, response="NOT_FOUND")
def document_entities(args, document_id):
    """Entities of one document, most salient first, with their mentions and titles.

    Each entity carries its mentions (offsets into the document's `text`) and, for people,
    the titles and roles attached to them there.
    """
    document_exists_or_404(document_id)
    filters = {"document": document_id}
    if kind := args.get("type"):
        filters["type"] = kind
    return paginate("document_entities", args, filters)


@blp.route("/entities")
@blp.arguments(EntityQuery, location="query")
@blp.response(200, EntitySummaryPageSchema)
@exportable(blp, EntitySummarySchema)
def list_entities(args):
    """Entities across the corpus, by document count then mention count.

    Filter by `type` or `document`; search names and aliases with `q` (full-text, see its
    syntax: hits ranked by relevance, each with its `match`). One real person is one entity:
    "Mr Blair" or a bare "Blair" is the Tony Blair the article named in full, else the one
    person of the corpus with that surname when nothing conflicts; each entity's type is
    voted over all its mentions and their contexts.
    """
    filters = {name: args[name] for name in ("type", "document") if name in args}
    return paginate("entities", args, filters, hits=True)


@blp.route("/entities/<string(maxlength=200):entity_id>")
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.response(200, EntitySchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_entity(entity_id):
    """One entity with its aliases, titles and the first documents that mention it.

    `documents` lists the first 20, in corpus order; `document_count` says how many there
    are, and `/v1/entities/{entity_id}/documents` pages through all of them. Ids are
    deterministic slugs (`person:dmitry-peskov`): the same on every replica and restart.
    """
    return found_or_404(store().entity(entity_id), entity_id, "entity")


@blp.route("/entities/<string(maxlength=200):entity_id>/documents")
@blp.arguments(PageArgs, location="query")
@blp.response(200, EntityOccurrencePageSchema)
@exportable(blp, EntityOccurrenceSchema)
@blp.alt_response(404, response="NOT_FOUND")
def entity_documents(args, entity_id):
    """Every document mentioning this entity, in corpus order, with its mentions there.

    404 when the entity is unknown.
    """
    entity_exists_or_404(entity_id)
    return paginate("entity_documents", args, {"entity": entity_id})
