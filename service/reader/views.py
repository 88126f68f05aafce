"""The reader's routes: thin views over the API's JSON (``client``) and ``page``."""

from __future__ import annotations

from typing import Any

from flask import Response, render_template, request
from markupsafe import Markup

from service.api.errors import problem
from service.reader import blp, client
from service.reader.markup import Span, render_range
from service.reader.page import article_page

PAGE_SIZE = 20


class BadQuery(Exception):
    """A query parameter the page does not take."""


def _only(*allowed: str) -> None:
    unknown = sorted(set(request.args) - set(allowed))
    if unknown:
        raise BadQuery(f"Unknown parameter: {', '.join(unknown)}.")


@blp.get("/")
def index():
    """Documents of the corpus, or those matching a search, with links to read them."""
    _only("q", "page_token")
    params: dict[str, Any] = {"page_size": PAGE_SIZE}
    q = request.args.get("q", "").strip()
    if q:
        params["q"] = q
    if token := request.args.get("page_token"):
        params["page_token"] = token
    page = client.get("/v1/documents", params)
    return render_template("reader/index.html", q=q, page=page)


@blp.get("/<string(maxlength=200):document_id>")
def article(document_id: str):
    """One article with its quotes, speakers, entities and numbers marked."""
    _only("speaker", "filtered")
    document = client.get(f"/v1/documents/{document_id}")
    base = f"/v1/documents/{document_id}"
    selected = None
    if "speaker" in request.args or "filtered" in request.args:
        selected = set(request.args.getlist("speaker"))
    page = article_page(
        document,
        client.get_all(f"{base}/quotes"),
        client.get_all(f"{base}/entities"),
        client.get_all(f"{base}/numeric-facts"),
        selected,
    )
    return render_template("reader/article.html", page=page, doc=document)


def _error_page(status: int, title: str, detail: str) -> Response | tuple:
    """An HTML page for browsers, else the problem+json the API would answer."""
    accepted = request.accept_mimetypes
    best = accepted.best_match(["text/html", "application/problem+json", "application/json"])
    if best != "text/html":
        return problem(status, title, detail)
    html = render_template("reader/error.html", status=status, title=title, detail=detail)
    return html, status


@blp.errorhandler(client.ApiError)
def _api_error(error: client.ApiError):
    problem = error.problem
    return _error_page(error.status, problem.get("title", "Error"), _detail(problem))


@blp.errorhandler(BadQuery)
def _bad_query(error: BadQuery):
    return _error_page(400, "Bad Request", str(error))


def _detail(problem: dict[str, Any]) -> str:
    errors = problem.get("errors") or []
    if errors:
        return " ".join(f"{e['field']}: {e['message']}" for e in errors)
    return problem.get("detail", "")


@blp.app_template_filter("snippet")
def snippet(match: dict[str, Any]) -> Markup:
    """A search hit's snippet with its matched words marked."""
    base = match["start"]
    spans = [
        Span(h["start"] - base, h["end"] - base, 0, str(n), "mark", ())
        for n, h in enumerate(match["highlights"])
    ]
    return render_range(match["text"], 0, len(match["text"]), spans, set())
