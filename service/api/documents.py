"""/v1/documents: the articles of the corpus."""

from __future__ import annotations

from service.api.errors import Blueprint
from service.api.pagination import paginate
from service.api.schemas import DocumentQuery, DocumentSchema, DocumentSummaryPageSchema, NoQuery
from service.api.state import corpus, document_or_404

blp = Blueprint("documents", __name__, url_prefix="/v1/documents", description="Articles.")


@blp.route("")
@blp.arguments(DocumentQuery, location="query")
@blp.response(200, DocumentSummaryPageSchema)
def list_documents(args):
    """List documents, optionally filtered by a substring of title or text.

    Summaries without the text; `q` matches title or text case-insensitively. Paginated with
    `page_size` and `page_token`; `total_size` counts every match.
    """
    return paginate(corpus().search(args["q"]) if "q" in args else corpus().documents, args)


@blp.route("/<string(maxlength=200):document_id>")
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.response(200, DocumentSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_document(document_id):
    """One document with its text, paragraphs, source and boilerplate.

    Every `start`/`end` offset of the API points into this `text` (end-exclusive). Web
    furniture and contributor lines are set apart, not part of `text`.
    """
    return document_or_404(document_id)
