"""/v1/quotes and the quotes of a document or of a speaker."""

from __future__ import annotations

from service.api.errors import Blueprint
from service.api.export import exportable
from service.api.pagination import paginate
from service.api.schemas import (
    NoQuery,
    QuoteHitPageSchema,
    QuoteHitSchema,
    QuoteKindQuery,
    QuotePageSchema,
    QuoteQuery,
    QuoteSchema,
)
from service.api.state import document_exists_or_404, entity_exists_or_404, found_or_404, store

blp = Blueprint(
    "quotes",
    __name__,
    url_prefix="/v1",
    description="Who said what: quotations and reported speech.",
)

_PESKOV = {
    "name": "Dmitry Peskov",
    "entity_id": "person:dmitry-peskov",
    "anonymous": False,
    "description": "Kremlin spokesman",
    "gender": "male",
    "gender_evidence": "text",
}
# One example per kind, for the spec: the seed article's, texts abridged.
EXAMPLES = {
    "direct": {
        "summary": "A quotation: the speaker's own words",
        "value": {
            "id": "000-f50a389bf049e48a-q16",
            "document_id": "000-f50a389bf049e48a",
            "text": "If necessary, we will take measures to ensure our security ...",
            "start": 2906,
            "end": 3032,
            "kind": "direct",
            "fragments": [],
            "paragraph_index": 11,
            "speaker": {**_PESKOV, "start": 3034, "end": 3036},
            "cue": {"verb": "said", "lemma": "say", "start": 3037, "end": 3041},
        },
    },
    "partial": {
        "summary": "A quoted fragment carried by the writer's sentence",
        "value": {
            "id": "000-f50a389bf049e48a-q14",
            "document_id": "000-f50a389bf049e48a",
            "text": "the movements of our armed forces on our soil should not worry anyone. ...",
            "start": 2686,
            "end": 2790,
            "kind": "partial",
            "fragments": [],
            "paragraph_index": 10,
            "speaker": {**_PESKOV, "start": 2576, "end": 2589},
            "cue": {"verb": "saying", "lemma": "say", "start": 2678, "end": 2684},
        },
    },
    "indirect": {
        "summary": "Reported speech, with the words it quotes as fragments",
        "value": {
            "id": "000-f50a389bf049e48a-q7",
            "document_id": "000-f50a389bf049e48a",
            "text": "US officials had discussions with their embassy in Washington and "
            "“we share the same concerns” over the Russian construction ...",
            "start": 1299,
            "end": 1575,
            "kind": "indirect",
            "fragments": [{"start": 1366, "end": 1392}],
            "paragraph_index": 5,
            "speaker": {
                "name": "An EU diplomat",
                "entity_id": None,
                "start": 1279,
                "end": 1293,
                "anonymous": True,
                "description": "An EU diplomat",
                "gender": None,
                "gender_evidence": None,
            },
            "cue": {"verb": "said", "lemma": "say", "start": 1294, "end": 1298},
        },
    },
}


def _filters(args, names, **fixed):
    """The filters of a quote list: those given among ``names``, plus ``fixed`` ones."""
    return {**{name: args[name] for name in names if name in args}, **fixed}


_FILTERS = ("kind", "speaker", "anonymous", "speaker_gender", "document")


@blp.route("/quotes")
@blp.arguments(QuoteQuery, location="query")
@blp.response(200, QuoteHitPageSchema)
@exportable(blp, QuoteHitSchema)
def list_quotes(args):
    """Quotes across the corpus, in document order, or searched with `q`.

    Filter by `kind` (`direct`, `partial`, `indirect`; repeat it for several), `speaker` (an
    entity id), `anonymous` sources, `speaker_gender` or `document`; search the quoted words
    with `q` (full-text, see its syntax: hits ranked by relevance, each with its `match`).
    Each quote has its speaker (the person a name, pronoun, description or lone surname
    refers to, linked to an entity where one is named, with a gender) and the cue, all with
    offsets.
    """
    return paginate("quotes", args, _filters(args, _FILTERS), hits=True)


@blp.route("/quotes/<string(maxlength=200):quote_id>")
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.response(200, QuoteSchema, examples=EXAMPLES)
@blp.alt_response(404, response="NOT_FOUND")
def get_quote(quote_id):
    """One quote with its speaker and cue.

    A `direct` or `partial` quote's `start`/`end` cover its words inside the quotation marks;
    an `indirect` one's cover the reported clause, and its `fragments` the words it quotes.
    """
    return found_or_404(store().quote(quote_id), quote_id, "quote")


@blp.route("/documents/<string(maxlength=200):document_id>/quotes")
@blp.arguments(QuoteKindQuery, location="query")
@blp.response(200, QuotePageSchema)
@exportable(blp, QuoteSchema)
@blp.alt_response(404, response="NOT_FOUND")
def document_quotes(args, document_id):
    """Quotes of one document, in text order.

    Anonymous sources ("a senior U.S. official") are kept as written, with `anonymous: true`.
    Filter by `kind`, repeated for several.
    """
    document_exists_or_404(document_id)
    return paginate("quotes", args, _filters(args, ("kind",), document=document_id))


@blp.route("/entities/<string(maxlength=200):entity_id>/quotes")
@blp.arguments(QuoteKindQuery, location="query")
@blp.response(200, QuotePageSchema)
@exportable(blp, QuoteSchema)
@blp.alt_response(404, response="NOT_FOUND")
def entity_quotes(args, entity_id):
    """What this person (or organisation) said, quoted or reported, across the corpus.

    Filter by `kind`, repeated for several. 404 when the entity is unknown; an empty page when
    it is known but never quoted.
    """
    entity_exists_or_404(entity_id)
    return paginate("quotes", args, _filters(args, ("kind",), speaker=entity_id))
