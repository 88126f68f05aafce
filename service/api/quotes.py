"""/v1/quotes and the quotes of a document or of a speaker."""

from __future__ import annotations

from service.api.errors import Blueprint
from service.api.export import exportable
from service.api.pagination import PageArgs, paginate
from service.api.schemas import (
    NoQuery,
    QuoteHitPageSchema,
    QuoteHitSchema,
    QuotePageSchema,
    QuoteQuery,
    QuoteSchema,
)
from service.api.state import document_exists_or_404, entity_exists_or_404, found_or_404, store

blp = Blueprint("quotes", __name__, url_prefix="/v1", description="Direct quotations.")


_FILTERS = ("speaker", "anonymous", "speaker_gender", "document")


@blp.route("/quotes")
@blp.arguments(QuoteQuery, location="query")
@blp.response(200, QuoteHitPageSchema)
@exportable(blp, QuoteHitSchema)
def list_quotes(args):
    """Quotes across the corpus, in document order, or searched with `q`.

    Filter by `speaker` (an entity id), `anonymous` sources, `speaker_gender` or `document`;
    search the quoted words with `q` (full-text, see its syntax: hits ranked by relevance, each
    with its `match`). Each quote has its speaker (the person a name, pronoun, description or
    lone surname refers to, linked to an entity where one is named, with a gender) and the
    cue, all with offsets.
    """
    filters = {name: args[name] for name in _FILTERS if name in args}
    return paginate("quotes", args, filters, hits=True)


@blp.route("/quotes/<string(maxlength=200):quote_id>")
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.response(200, QuoteSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_quote(quote_id):
    """One quote with its speaker and cue.

    The quote's `start`/`end` cover its words inside the quotation marks.
    """
    return found_or_404(store().quote(quote_id), quote_id, "quote")


@blp.route("/documents/<string(maxlength=200):document_id>/quotes")
@blp.arguments(PageArgs, location="query")
@blp.response(200, QuotePageSchema)
@exportable(blp, QuoteSchema)
@blp.alt_response(404, response="NOT_FOUND")
def document_quotes(args, document_id):
    """Quotes of one document, in text order.

    Anonymous sources ("a senior U.S. official") are kept as written, with `anonymous: true`.
    """
    document_exists_or_404(document_id)
    return paginate("quotes", args, {"document": document_id})


@blp.route("/entities/<string(maxlength=200):entity_id>/quotes")
@blp.arguments(PageArgs, location="query")
@blp.response(200, QuotePageSchema)
@exportable(blp, QuoteSchema)
@blp.alt_response(404, response="NOT_FOUND")
def entity_quotes(args, entity_id):
    """What this person (or organisation) said, across the corpus.

    404 when the entity is unknown; an empty page when it is known but never quoted.
    """
    entity_exists_or_404(entity_id)
    return paginate("quotes", args, {"speaker": entity_id})
