"""/v1/documents: the articles of the corpus."""

from __future__ import annotations

from service.api.errors import Blueprint
from service.api.export import exportable
from service.api.pagination import paginate
from service.api.schemas import (
    DocumentHitSchema,
    DocumentQuery,
    DocumentSchema,
    DocumentSummaryPageSchema,
    NoQuery,
)
from service.api.state import found_or_404, store

blp = Blueprint("documents", __name__, url_prefix="/v1/documents", description="Articles.")


@blp.route("")
@blp.arguments(DocumentQuery, location="query")
@blp.response(200, DocumentSummaryPageSchema)
@exportable(blp, DocumentHitSchema)
def list_documents(args):
    """List documents in corpus order, or search them with `q`.

    Summaries without the text. With `q` (full-text search of title and text, see its
    syntax), hits are ranked by relevance (bm25, a title match weighing twice a text match),
    each with the `match` that found it. Paginated with `page_size` and `page_token`.
    """
    return paginate("documents", args, hits=True)


@blp.route("/<string(maxlength=200):document_id>")
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.response(200, DocumentSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_document(document_id):
    """One document with its text, paragraphs, source and boilerplate.

    Every `start`/`end` offset of the API points into this `text` (end-exclusive). Web
    furniture and contributor lines are set apart, not part of `text`.
    """
    return found_or_404(store().document(document_id), document_id, "document")
