"""/v1/quotes and the quotes of a document or of a speaker."""

from __future__ import annotations

from service.api.errors import Blueprint
from service.api.pagination import PageArgs, paginate
from service.api.schemas import NoQuery, QuotePageSchema, QuoteQuery, QuoteSchema
from service.api.state import corpus, document_or_404, found_or_404

blp = Blueprint("quotes", __name__, url_prefix="/v1", description="Direct quotations.")


def _by_speaker(entity_id: str):
    return [
        q for q in corpus().quotes if q.quote.speaker and q.quote.speaker.entity_key == entity_id
    ]


@blp.route("/quotes")
@blp.arguments(QuoteQuery, location="query")
@blp.response(200, QuotePageSchema)
def list_quotes(args):
    """Quotes across the corpus, in document order.

    Filter by `speaker` (an entity id), `anonymous` sources, `speaker_gender`, `document`, or a
    substring `q` of the quote. Each quote has its speaker (the person a name, pronoun,
    description or lone surname refers to, linked to an entity where one is named, with a
    gender) and the cue, all with offsets.
    """
    found = _by_speaker(args["speaker"]) if "speaker" in args else corpus().quotes
    if doc_id := args.get("document"):
        found = [q for q in found if q.document_id == doc_id]
    if "anonymous" in args:
        wanted = args["anonymous"]
        found = [q for q in found if q.quote.speaker and q.quote.speaker.anonymous == wanted]
    if wanted := args.get("speaker_gender"):
        wanted = None if wanted == "unknown" else wanted
        found = [
            q for q in found if (q.quote.speaker.gender if q.quote.speaker else None) == wanted
        ]
    if needle := args.get("q"):
        needle = needle.casefold()
        found = [q for q in found if needle in q.quote.text.casefold()]
    return paginate(found, args)


@blp.route("/quotes/<string(maxlength=200):quote_id>")
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.response(200, QuoteSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_quote(quote_id):
    """One quote with its speaker and cue.

    The quote's `start`/`end` cover its words inside the quotation marks.
    """
    return found_or_404(corpus().quote_by_id, quote_id, "quote")


@blp.route("/documents/<string(maxlength=200):document_id>/quotes")
@blp.arguments(PageArgs, location="query")
@blp.response(200, QuotePageSchema)
@blp.alt_response(404, response="NOT_FOUND")
def document_quotes(args, document_id):
    """Quotes of one document, in text order.

    Anonymous sources ("a senior U.S. official") are kept as written, with `anonymous: true`.
    """
    document_or_404(document_id)
    return paginate([q for q in corpus().quotes if q.document_id == document_id], args)


@blp.route("/entities/<string(maxlength=200):entity_id>/quotes")
@blp.arguments(PageArgs, location="query")
@blp.response(200, QuotePageSchema)
@blp.alt_response(404, response="NOT_FOUND")
def entity_quotes(args, entity_id):
    """What this person (or organisation) said, across the corpus.

    404 when the entity is unknown; an empty page when it is known but never quoted.
    """
    found_or_404(corpus().entity_by_id, entity_id, "entity")
    return paginate(_by_speaker(entity_id), args)
