"""POST /v1/analyze: the same extractions for a text sent in the request; nothing is stored.

Analyses are admitted within a memory budget (``service/analyzer.py``): a request that finds
no room within ``ANALYZE_WAIT`` seconds gets 503 with ``Retry-After``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn

import marshmallow as ma
from flask import Flask, current_app, g, request
from flask_smorest import abort
from werkzeug.exceptions import RequestEntityTooLarge

from service.analyzer import (
    AnalysisFailed,
    AnalysisProcess,
    Budget,
    Overloaded,
    SharedSlots,
    TooLarge,
    capacity_chars,
    weight,
)
from service.api.errors import PROBLEM_JSON, Blueprint, ProblemSchema
from service.api.numeric_facts import fact_view
from service.api.schemas import (
    MAX_TEXT_CHARS,
    NOT_BLANK,
    AnalysisSchema,
    AnalyzeRequestSchema,
    NoQuery,
)
from service.corpus import analyze_text, corpus_of_text
from service.nlp.records import Analysis

blp = Blueprint("analyze", __name__, url_prefix="/v1", description="Analyse a posted text.")
EXTENSION = "newsfacts.analyses"
# Request threads an app alone (not under gunicorn) lets analyses hold, waiting included.
IN_PROCESS_REQUESTS = 4
# A body over ANALYZE_MAX_BYTES is read up to this size (1 MiB bodies were allowed before).
DRAIN_MAX_BYTES = 8 * 2**20


@dataclass
class Analyses:
    """How this process analyses posted texts: its budget, and where the NLP runs."""

    budget: Budget
    analyze: Callable[[str], Analysis]
    shared: SharedSlots  # the replica's analysis slots, made before gunicorn forks
    process: AnalysisProcess | None = None


def init_app(app: Flask) -> None:
    """``ANALYZE_CONCURRENCY`` analyses at once, each within its share of ANALYZE_MEMORY_MB;
    in the request's thread for the app alone (in tests), see ``serve_from_process``."""
    config = app.config
    concurrency = max(1, config["ANALYZE_CONCURRENCY"])
    capacity = capacity_chars(config["ANALYZE_MEMORY_MB"] * 2**20 // concurrency)
    requests = max(concurrency, IN_PROCESS_REQUESTS)
    budget = Budget(capacity, concurrency, requests, config["ANALYZE_WAIT"])
    app.extensions[EXTENSION] = Analyses(budget, analyze_text, SharedSlots(concurrency))


def serve_from_process(
    app: Flask,
    threads: int,
    accepting: Callable[[], bool] = lambda: True,
    grace: float = 30,
    hold_restart: Callable[[bool], None] = lambda held: None,
) -> None:
    """In a gunicorn worker: its analyses in a child process, one at a time, when one of the
    replica's slots is free. Once ``accepting()`` is false (the worker stops), the one running
    is abandoned with a 503 before ``grace`` (graceful_timeout) is over, and one that would
    likely not end by then is not admitted.
    ``hold_restart(True)`` while an analysis runs: a restart then would abandon it.

    Half of the worker's threads at most serve analyses, waiting ones included: the others
    stay free for reads.
    """
    analyses = app.extensions.get(EXTENSION)
    if analyses is None:
        return
    config = app.config
    process = AnalysisProcess(analyze_text, config["ANALYZE_TIMEOUT"], config["ANALYZE_NICE"])
    process.stop_before_killed(accepting, grace)
    budget = Budget(
        analyses.budget.capacity,
        1,
        threads // 2,
        config["ANALYZE_WAIT"],
        shared=analyses.shared,
        time_left=process.time_left,
    )

    def analyze(text: str) -> Analysis:
        hold_restart(True)
        try:
            return process.analyze(text)
        finally:
            hold_restart(False)

    app.extensions[EXTENSION] = Analyses(budget, analyze, analyses.shared, process)


def _overloaded(exc: Overloaded) -> NoReturn:
    abort(
        503,
        message="The server is analysing as much text as it can; retry later.",
        headers={"Retry-After": str(exc.retry_after)},
    )


def stop_analyses(app: Flask) -> None:
    """Fail the analysis in flight in this worker, which must exit now (a 503 for it)."""
    analyses = app.extensions.get(EXTENSION)
    if analyses is not None and analyses.process is not None:
        analyses.process.stop()


@blp.teardown_request
def _release(exc: BaseException | None) -> None:
    """The budget is held until the response is built, serialisation included."""
    admission = g.pop("analysis_admission", None)
    if admission is not None:
        admission.close()


_REQUEST_BODY = {
    "required": True,
    "description": "`{text, title?}` as JSON (UTF-8), or the text alone as `text/plain`, in "
    "the charset its `Content-Type` names (UTF-8 when none).",
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


def _retry_headers(maximum: int) -> dict:
    """The headers of a refusal to retry later (CORS's too, once allowed: OWASP API8)."""
    return {
        "Retry-After": {
            "description": "Seconds to wait before retrying.",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": maximum},
        },
        "Access-Control-Allow-Origin": {
            "description": "The request's origin, when CORS_ORIGINS allows it.",
            "schema": {"type": "string"},
        },
    }


def _body_bytes() -> bytes:
    """The raw body, or a 413 problem when it is over ANALYZE_MAX_BYTES.

    The body of a 413 is read and dropped first, up to ``DRAIN_MAX_BYTES``: gunicorn reads
    64 KiB of what the app left unread and then closes the connection, after an answer that
    said keep-alive, and the client's next request on it would fail.
    """
    try:
        raw = request.get_data(cache=False)
        limit = request.max_content_length
        if request.content_length is None and limit is not None and len(raw) >= limit:
            # A chunked body is cut at the limit silently: reading past it raises the 413.
            request.stream.read(1)
    except RequestEntityTooLarge:
        stream, left = request.environ["wsgi.input"], DRAIN_MAX_BYTES
        while left > 0 and (chunk := stream.read(min(left, 65536))):
            left -= len(chunk)
        abort(
            413,
            message=f"The body is over this server's limit of {request.max_content_length} "
            "bytes (ANALYZE_MAX_BYTES): send a shorter text.",
        )
    return raw


def _read_body() -> dict:
    """The posted ``{text, title}``, from JSON or plain text; 400/415 problems otherwise."""
    mimetype = request.mimetype
    raw = _body_bytes()
    # JSON is UTF-8 (RFC 8259); plain text is in the charset its Content-Type names.
    charset = "UTF-8"
    if mimetype == "text/plain":
        charset = request.mimetype_params.get("charset", charset)
    # json.loads refuses a byte order mark, which RFC 8259 lets a parser ignore (plain text
    # keeps it: the text's reader drops it, as it does in corpus files).
    codec = "utf-8-sig" if mimetype == "application/json" else charset
    try:
        body = raw.decode(codec)
    except LookupError:
        abort(415, message=f"Unknown charset {charset[:40]!r}: send UTF-8.")
    except (UnicodeError, ValueError):  # idna, punycode... raise more than decode errors
        abort(400, message=f"The body is not valid {charset[:40]}.")
    if mimetype == "text/plain":
        data = {"text": body}
    elif mimetype == "application/json":
        try:
            data = request.json_module.loads(body) if body else None
        except (ValueError, RecursionError):
            abort(400, message="The body is not valid JSON.")
    else:
        abort(415, message="Send application/json ({text, title?}) or text/plain.")
    if not isinstance(data, dict):
        abort(400, message='The body must be a JSON object: {"text": "...", "title": "..."}.')
    try:
        data = AnalyzeRequestSchema().load(data)
    except ma.ValidationError as err:
        abort(400, messages={"json": err.messages})
    if not data["text"].strip():
        abort(400, messages={"json": {"text": ["Must not be blank."]}})
    return data


@blp.route("/analyze", methods=["POST"])
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.doc(requestBody=_REQUEST_BODY)
@blp.response(200, AnalysisSchema)
@blp.alt_response(400, response="BAD_REQUEST")
@blp.alt_response(
    413,
    schema=ProblemSchema,
    content_type=PROBLEM_JSON,
    description="The body is over ANALYZE_MAX_BYTES (128 KiB by default), or the text over "
    "what the analysis memory budget (ANALYZE_MEMORY_MB) can hold.",
)
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
@blp.alt_response(
    429,
    schema=ProblemSchema,
    content_type=PROBLEM_JSON,
    description="Over ANALYZE_RATE_LIMIT for this client; retry after `Retry-After` seconds.",
    headers=_retry_headers(86_400),
)
@blp.alt_response(
    503,
    schema=ProblemSchema,
    content_type=PROBLEM_JSON,
    description="The server is analysing as much text as its memory and CPU budget allow "
    "(or the analysis failed); retry after `Retry-After` seconds.",
    headers=_retry_headers(60),
)
def analyze():
    """Extract entities, quotes and numeric facts from a text, as the corpus endpoints do.

    Ids are scoped to this response: the document is `input`. Texts are analysed within a
    memory budget: when it is full, the answer is 503 with `Retry-After`.
    """
    analyses: Analyses = current_app.extensions[EXTENSION]
    try:
        analyses.budget.refuse_if_full(request.content_length or 0)
    except Overloaded as exc:
        # Refused before the body is parsed: a flood of requests costs little. It is read
        # all the same, so that the client gets this answer rather than a reset connection.
        _body_bytes()
        _overloaded(exc)
    data = _read_body()
    text, title = data["text"], data["title"]

    def weigh() -> int:
        return weight(text) + len(title)

    admission = contextlib.ExitStack()
    try:
        admission.enter_context(analyses.budget.admit(len(text) + len(title), weigh))
    except TooLarge as exc:
        abort(
            413,
            message=f"The text counts as {weigh()} characters (5 per word or sign where it "
            f"is denser than prose); this server analyses at most {exc.limit} at once (its "
            "analysis memory budget).",
        )
    except Overloaded as exc:
        _overloaded(exc)
    g.analysis_admission = admission
    try:
        result = corpus_of_text(text, title, analyses.analyze)
    except AnalysisFailed:
        abort(503, message="The analysis was interrupted; retry.", headers={"Retry-After": "1"})
    (document,) = result.documents
    return {
        "document": document,
        "entities": result.document_entities[document.id],
        "quotes": result.quotes,
        "numeric_facts": [fact_view(f) for f in result.facts],
    }
