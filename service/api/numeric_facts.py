"""/v1/numeric-facts and /v1/documents/{id}/numeric-facts."""

from __future__ import annotations

from typing import Any

from service.api.errors import Blueprint
from service.api.export import exportable
from service.api.pagination import PageArgs, paginate
from service.api.schemas import (
    DocumentFactQuery,
    NoQuery,
    NumericFactPageSchema,
    NumericFactQuery,
    NumericFactSchema,
)
from service.api.state import (
    document_exists_or_404,
    entity_exists_or_404,
    found_or_404,
    store,
)
from service.corpus import FactRecord

blp = Blueprint("numeric_facts", __name__, url_prefix="/v1", description="Numbers as facts.")


def _range_view(record: FactRecord) -> dict[str, Any] | None:
    """A range by the ids of its two ends, or the span of a vague amount ("millions")."""
    fact = record.fact
    if record.range:
        return {
            "kind": record.range.kind,
            "role": record.range.role,
            "start_id": record.range.ends[0],
            "end_id": record.range.ends[1],
            "low": None,
            "high": None,
        }
    if fact.vague_range:
        low, high = fact.vague_range
        return {
            "kind": "vague",
            "role": None,
            "start_id": record.id,
            "end_id": record.id,
            "low": low,
            "high": high,
        }
    return None


def fact_view(record: FactRecord) -> dict[str, Any]:
    """The API shape of a fact: flat, with money and rate as objects, range by fact ids."""
    fact = record.fact
    return {
        "id": record.id,
        "document_id": record.document_id,
        "kind": fact.kind,
        "text": fact.text,
        "start": fact.start,
        "end": fact.end,
        "value": fact.value,
        "unit": fact.unit,
        "currency": fact.currency,
        "money": {"amount": fact.value, "currency": fact.currency}
        if fact.kind == "money" and fact.currency
        else None,
        "qualifier": fact.qualifier,
        "approximate": fact.approximate,
        "bound": fact.bound,
        "direction": fact.direction,
        "reached_by": fact.reached_by,
        "range": _range_view(record),
        "rate": {"per": fact.rate} if fact.rate else None,
        "counted": fact.counted,
        "concept": fact.concept,
        "sentence_index": fact.sentence_index,
        "quote_id": record.quote_id,
        "claimed_by": None
        if (claimant := record.claimed_by) is None
        else {
            "name": claimant.name,
            "entity_id": claimant.entity_key,
            "anonymous": claimant.anonymous,
        },
    }


def _page(args, filters):
    return paginate("facts", args, filters, view=fact_view)


_FILTERS = ("document", "kind", "currency", "counted", "min_value", "max_value", "claimed_by")


@blp.route("/numeric-facts")
@blp.arguments(NumericFactQuery, location="query")
@blp.response(200, NumericFactPageSchema)
@exportable(blp, NumericFactSchema)
def list_numeric_facts(args):
    """Numeric facts across the corpus, in document order.

    Filter by `kind`, `currency` (ISO 4217), a substring of what is `counted`, a value range
    (`min_value`, `max_value`), `document`, or who claims them (`claimed_by`: numbers said
    in that speaker's quotes). Money is `{amount, currency}`; ranges link their two ends by
    fact id; a number inside a quote has its `quote_id` and `claimed_by`, the quote's speaker.
    """
    return _page(args, {name: args[name] for name in _FILTERS if name in args})


@blp.route("/numeric-facts/<string(maxlength=200):fact_id>")
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.response(200, NumericFactSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_numeric_fact(fact_id):
    """One numeric fact.

    With its value, unit or currency, qualifier and bound, direction, rate, range, what it
    counts and what it is about.
    """
    return fact_view(found_or_404(store().fact(fact_id), fact_id, "numeric fact"))


@blp.route("/documents/<string(maxlength=200):document_id>/numeric-facts")
@blp.arguments(DocumentFactQuery, location="query")
@blp.response(200, NumericFactPageSchema)
@exportable(blp, NumericFactSchema)
@blp.alt_response(404, response="NOT_FOUND")
def document_numeric_facts(args, document_id):
    """Numeric facts of one document, in text order.

    The same filters as the corpus-wide list, within one document.
    """
    document_exists_or_404(document_id)
    filters = {"document": document_id}
    if kind := args.get("kind"):
        filters["kind"] = kind
    return _page(args, filters)


@blp.route("/entities/<string(maxlength=200):entity_id>/numeric-facts")
@blp.arguments(PageArgs, location="query")
@blp.response(200, NumericFactPageSchema)
@exportable(blp, NumericFactSchema)
@blp.alt_response(404, response="NOT_FOUND")
def entity_numeric_facts(args, entity_id):
    """The numbers this person (or organisation) claims: those said inside their quotes.

    In document order. 404 when the entity is unknown; an empty page when it claims none.
    """
    entity_exists_or_404(entity_id)
    return _page(args, {"claimed_by": entity_id})
