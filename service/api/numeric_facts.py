"""/v1/numeric-facts and /v1/documents/{id}/numeric-facts."""

from __future__ import annotations

from typing import Any

from service.api.errors import Blueprint
from service.api.pagination import paginate
from service.api.schemas import (
    DocumentFactQuery,
    NoQuery,
    NumericFactPageSchema,
    NumericFactQuery,
    NumericFactSchema,
)
from service.api.state import corpus, document_or_404, found_or_404
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
        "range": _range_view(record),
        "rate": {"per": fact.rate} if fact.rate else None,
        "counted": fact.counted,
        "concept": fact.concept,
        "sentence_index": fact.sentence_index,
    }


def _page(found, args):
    page = paginate(found, args)
    page["items"] = [fact_view(r) for r in page["items"]]
    return page


@blp.route("/numeric-facts")
@blp.arguments(NumericFactQuery, location="query")
@blp.response(200, NumericFactPageSchema)
def list_numeric_facts(args):
    """Numeric facts across the corpus, in document order.

    Filter by `kind`, `currency` (ISO 4217), a substring of what is `counted`, a value range
    (`min_value`, `max_value`) or `document`. Money is `{amount, currency}`; ranges link
    their two ends by fact id.
    """
    found = corpus().facts
    if doc_id := args.get("document"):
        found = [f for f in found if f.document_id == doc_id]
    if kind := args.get("kind"):
        found = [f for f in found if f.fact.kind == kind]
    if currency := args.get("currency"):
        found = [f for f in found if f.fact.currency == currency]
    if counted := args.get("counted"):
        needle = counted.casefold()
        found = [f for f in found if f.fact.counted and needle in f.fact.counted.casefold()]
    if "min_value" in args:
        found = [f for f in found if f.fact.value >= args["min_value"]]
    if "max_value" in args:
        found = [f for f in found if f.fact.value <= args["max_value"]]
    return _page(found, args)


@blp.route("/numeric-facts/<string(maxlength=200):fact_id>")
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.response(200, NumericFactSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_numeric_fact(fact_id):
    """One numeric fact.

    With its value, unit or currency, qualifier and bound, direction, rate, range, what it
    counts and what it is about.
    """
    return fact_view(found_or_404(corpus().fact_by_id, fact_id, "numeric fact"))


@blp.route("/documents/<string(maxlength=200):document_id>/numeric-facts")
@blp.arguments(DocumentFactQuery, location="query")
@blp.response(200, NumericFactPageSchema)
@blp.alt_response(404, response="NOT_FOUND")
def document_numeric_facts(args, document_id):
    """Numeric facts of one document, in text order.

    The same filters as the corpus-wide list, within one document.
    """
    document_or_404(document_id)
    found = [f for f in corpus().facts if f.document_id == document_id]
    if kind := args.get("kind"):
        found = [f for f in found if f.fact.kind == kind]
    return _page(found, args)
