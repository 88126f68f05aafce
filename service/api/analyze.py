"""POST /v1/analyze: the same extractions for a text sent in the request; nothing is stored."""

from __future__ import annotations

import marshmallow as ma
from flask import request
from flask_smorest import abort

from service.api.errors import Blueprint
from service.api.numeric_facts import fact_view
from service.api.schemas import (
    MAX_TEXT_CHARS,
    NOT_BLANK,
    AnalysisSchema,
    AnalyzeRequestSchema,
)
from service.corpus import corpus_of_text

blp = Blueprint("analyze", __name__, url_prefix="/v1", description="Analyse a posted text.")

_REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": AnalyzeRequestSchema},
        "text/plain": {
            "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": MAX_TEXT_CHARS,
                "pattern": NOT_BLANK,
            }
        },
    },
}


def _read_body() -> dict:
    """The posted ``{text, title}``, from JSON or plain text; 400/415 problems otherwise."""
    mimetype = request.mimetype
    raw = request.get_data(cache=False)  # 413 is raised here when over MAX_CONTENT_LENGTH
    limit = request.max_content_length
    if request.content_length is None and limit is not None and len(raw) >= limit:
        # A chunked body is cut at the limit silently: reading past it raises the 413.
        request.stream.read(1)
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        abort(400, message="The body is not valid UTF-8.")
    if mimetype == "text/plain":
        data = {"text": body}
    elif mimetype == "application/json":
        try:
            data = request.json_module.loads(body) if body else None
        except (ValueError, RecursionError):
            abort(400, message="The body is not valid JSON.")
    else:
        abort(415, message="Send application/json ({text, title?}) or text/plain.")
    try:
        data = AnalyzeRequestSchema().load(data if isinstance(data, dict) else {"_": data})
    except ma.ValidationError as err:
        abort(400, messages={"json": err.messages})
    if not data["text"].strip():
        abort(400, messages={"json": {"text": ["Must not be blank."]}})
    return data


@blp.route("/analyze", methods=["POST"])
@blp.doc(requestBody=_REQUEST_BODY)
@blp.response(200, AnalysisSchema)
@blp.alt_response(400, response="BAD_REQUEST")
@blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
@blp.alt_response(
    429,
    response="TOO_MANY_REQUESTS",
    description="Over ANALYZE_RATE_LIMIT for this client; retry after `Retry-After` seconds.",
    headers={"Retry-After": {"description": "Seconds to wait.", "schema": {"type": "integer"}}},
)
def analyze():
    """Extract entities, quotes and numeric facts from a text, as the corpus endpoints do.

    Ids are scoped to this response: the document is `input`.
    """
    data = _read_body()
    result = corpus_of_text(data["text"], data["title"])
    (document,) = result.documents
    return {
        "document": document,
        "entities": result.document_entities[document.id],
        "quotes": result.quotes,
        "numeric_facts": [fact_view(f) for f in result.facts],
    }
