"""/v1/entities and /v1/documents/{id}/entities: people, organisations and places."""

from __future__ import annotations

from service.api.errors import Blueprint
from service.api.pagination import paginate
from service.api.schemas import (
    DocumentEntityPageSchema,
    DocumentEntityQuery,
    EntityQuery,
    EntitySchema,
    EntitySummaryPageSchema,
    NoQuery,
)
from service.api.state import corpus, document_or_404, found_or_404

blp = Blueprint("entities", __name__, url_prefix="/v1", description="Named entities.")


@blp.route("/documents/<string(maxlength=200):document_id>/entities")
@blp.arguments(DocumentEntityQuery, location="query")
@blp.response(200, DocumentEntityPageSchema)
@blp.alt_response(404, response="NOT_FOUND")
def document_entities(args, document_id):
    """Entities of one document, most salient first, with their mentions and titles.

    Each entity carries its mentions (offsets into the document's `text`) and, for people,
    the titles and roles attached to them there.
    """
    document_or_404(document_id)
    found = corpus().document_entities.get(document_id, ())
    if kind := args.get("type"):
        found = [e for e in found if e.type == kind]
    return paginate(found, args)


@blp.route("/entities")
@blp.arguments(EntityQuery, location="query")
@blp.response(200, EntitySummaryPageSchema)
def list_entities(args):
    """Entities across the corpus, by document count then mention count.

    Filter by `type`, by a substring `q` of the name or an alias, or by `document`. One real
    person is one entity: "Mr Blair" or a bare "Blair" is the Tony Blair the article named in
    full, else the one person of the corpus with that surname when nothing conflicts; each
    entity's type is voted over all its mentions and their contexts.
    """
    found = corpus().entities
    if kind := args.get("type"):
        found = [e for e in found if e.type == kind]
    if doc_id := args.get("document"):
        in_doc = {e.id for e in corpus().document_entities.get(doc_id, ())}
        found = [e for e in found if e.id in in_doc]
    if q := args.get("q"):
        prefix = q.casefold()
        found = [
            e for e in found if any(n.casefold().startswith(prefix) for n in (e.name, *e.aliases))
        ]
    return paginate(found, args)


@blp.route("/entities/<string(maxlength=200):entity_id>")
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.response(200, EntitySchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_entity(entity_id):
    """One entity with its aliases, titles and every document that mentions it.

    Ids are deterministic slugs (`person:dmitry-peskov`): the same on every replica and
    restart for the same corpus.
    """
    return found_or_404(corpus().entity_by_id, entity_id, "entity")
