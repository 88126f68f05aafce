"""The reader's pages through the Flask client; the markup of overlapping spans."""

from __future__ import annotations

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from service import create_app
from service.reader.markup import Span, render_paragraphs
from service.reader.page import format_number, number_label
from tests.conftest import ROOT, SEED_ID

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


class Tree(HTMLParser):
    """Checks that elements nest, and records the spans open over each character."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text = ""
        self.covering: list[frozenset[str]] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs).get("data-k")))

    def handle_endtag(self, tag):
        assert self.stack, f"</{tag}> closes nothing"
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"

    def handle_data(self, data):
        self.text += data
        keys = frozenset(k for _, k in self.stack if k)
        self.covering += [keys] * len(data)


def span(start: int, end: int, layer: int, key: str, tag: str = "span") -> Span:
    return Span(start, end, layer, key, tag, (("data-k", key),), (("id", key),))


def test_overlapping_spans_become_nested_pieces():
    text = "0123456789 <b>&\"'"
    spans = [
        span(1, 6, 0, "quote", "mark"),
        span(4, 9, 2, "mention"),  # crosses the quote's end
        span(2, 3, 3, "number", "data"),
        span(5, 7, 2, "inner"),  # inside the mention, crossing the quote's end too
        span(12, 15, 0, "tags"),
        span(3, 3, 1, "empty"),
    ]
    (html,) = render_paragraphs(text, [(0, len(text))], spans)
    tree = Tree()
    tree.feed(str(html))
    tree.close()
    assert tree.stack == []
    assert tree.text == text  # escaped, and nothing added or lost
    for pos, keys in enumerate(tree.covering):
        expected = {s.key for s in spans if s.start <= pos < s.end}
        assert keys == expected, (pos, text[pos])
    assert "<b>" not in html
    # Each span's first piece only carries its first-piece attributes.
    assert [html.count(f'id="{k}"') for k in ("quote", "mention", "inner")] == [1, 1, 1]
    assert html.count('data-k="mention"') == 2  # cut at the quote's end


def test_spans_crossing_paragraphs_are_cut_and_numbered_once():
    text = "First para.\n\nSecond para."
    spans = [span(6, 19, 0, "q", "mark")]
    first, second = render_paragraphs(text, [(0, 11), (13, 25)], spans)
    assert str(first) == 'First <mark data-k="q" id="q">para.</mark>'
    assert str(second) == '<mark data-k="q">Second</mark> para.'


def test_numbers_say_value_unit_and_claimant():
    fact = {
        "value": 2.5e9,
        "unit": None,
        "currency": "USD",
        "qualifier": "more than",
        "rate": None,
        "counted": "military aid",
        "range": None,
        "claimed_by": {"name": "an official", "entity_id": None, "anonymous": True},
    }
    assert number_label(fact) == (
        "more than 2,500,000,000 USD (military aid) · claimed by an official (anonymous)"
    )
    percent = {**fact, "value": -1.5, "unit": "%", "currency": None, "qualifier": None}
    assert number_label({**percent, "counted": None, "claimed_by": None}) == (
        "-1.5% · stated by the article"
    )
    assert format_number(140.0) == "140"
    assert format_number(0.25) == "0.25"


def article(client, query: str = "") -> str:
    response = client.get(f"/read/{SEED_ID}{query}", headers=HTML)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def quotes_marked(html: str, off: bool | None = None) -> set[str]:
    found = set()
    for tag in re.findall(r"<mark [^>]*>", html.split('<aside class="panel"', maxsplit=1)[0]):
        if off is None or (" off" in tag) == off:
            found.update(re.findall(r'data-quote="([^"]+)"', tag))
    return found


def test_the_article_page_marks_what_the_api_returns(client):
    html = article(client)
    quotes = client.get(f"/v1/documents/{SEED_ID}/quotes?page_size=100").get_json()["items"]
    facts = client.get(f"/v1/documents/{SEED_ID}/numeric-facts?page_size=100").get_json()
    assert quotes_marked(html) == {q["id"] for q in quotes}
    for fact in facts["items"]:
        assert f'id="{fact["id"]}"' in html
        assert f'id="l-{fact["id"]}">{number_label(fact)}<' in html.replace("&#39;", "'")
    claimed = [f for f in facts["items"] if f["claimed_by"]]
    body = html.split('<aside class="panel"')[0]
    assert body.count('class="num claimed"') == len(claimed) > 0
    peskov = [q for q in quotes if q["speaker"] and q["speaker"]["name"] == "Dmitry Peskov"]
    reported = sum(q["kind"] == "indirect" for q in peskov)
    said = f"{len(peskov) - reported} quoted, {reported} reported"
    assert re.search(rf"Dmitry Peskov</span></label>\s*<span[^>]*>{said} · male<", html)
    assert 'href="/v1/documents/' in html


def test_the_filter_works_without_script(client):
    html = article(client, "?speaker=s1&filtered=1")
    everything = quotes_marked(article(client))
    kept = quotes_marked(html, off=False)
    assert kept
    assert kept < everything
    assert quotes_marked(html, off=True) == everything - kept
    assert 'value="s1" checked' in html
    assert not quotes_marked(article(client, "?filtered=1"), off=False)


def test_pages_are_deterministic_and_tagged(client):
    first = client.get(f"/read/{SEED_ID}", headers=HTML)
    second = client.get(f"/read/{SEED_ID}?speaker=s2", headers=HTML)
    assert first.headers["ETag"] != second.headers["ETag"]
    again = client.get(f"/read/{SEED_ID}", headers={**HTML, "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert "script-src 'self'" in first.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in first.headers["Content-Security-Policy"]
    html = first.get_data(as_text=True)
    assert " style=" not in html
    assert "<script>" not in html
    for asset in re.findall(r'(?:href|src)="(/read/static/[^"]+)"', html):
        assert re.search(r"\?v=[0-9a-f]{12}$", asset)
        assert client.get(asset).status_code == 200


def test_listing_searches_with_q(client):
    html = client.get("/read/", headers=HTML).get_data(as_text=True)
    assert f'href="/read/{SEED_ID}"' in html
    hit = client.get("/read/?q=kremlin", headers=HTML).get_data(as_text=True)
    assert "<mark>Kremlin</mark>" in hit
    none = client.get("/read/?q=zzzqqq", headers=HTML).get_data(as_text=True)
    assert "No article matches." in none
    assert f'href="/read/{SEED_ID}"' not in none


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/read/?nope=1", 400),
        (f"/read/{SEED_ID}?page_token=x", 400),
        ("/read/?page_token=garbage", 400),
        ("/read/?q=" + "x" * 201, 400),
        ("/read/missing-document", 404),
    ],
)
def test_errors_are_pages_for_browsers_and_problems_otherwise(client, url, status):
    page = client.get(url, headers=HTML)
    assert page.status_code == status
    assert page.mimetype == "text/html"
    assert f"<h1>{status} " in page.get_data(as_text=True)
    problem = client.get(url, headers={"Accept": "application/json"})
    assert problem.status_code == status
    assert problem.mimetype == "application/problem+json"
    assert problem.get_json()["status"] == status


def test_the_docs_link_to_the_reader(client):
    assert "(/read/)" in client.get("/openapi.json").get_json()["info"]["description"]


def test_the_reader_reads_only_the_api():
    """No module of the reader touches the store or the NLP: its data is the API's JSON."""
    for path in sorted((ROOT / "service" / "reader").glob("*.py")):
        tree = ast.parse(Path(path).read_text())
        imported = [
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        ]
        for name in imported:
            assert not name.startswith(("service.corpus", "service.nlp", "service.api.state")), (
                path.name,
                name,
            )


def test_corpus_text_cannot_inject_markup(make_corpus):
    folder = make_corpus(
        {
            "x.jsonl": [
                {
                    "id": "x",
                    "title": "<script>alert(1)</script> Title",
                    "url": "javascript:alert(2)",
                    "text": '“<img src=x onerror=alert(3)> is fine,” said Jane Smith. "A" & B.',
                },
                {"id": "y", "title": "Link", "url": "https://example.org/a?b=1&c=2", "text": "Hi."},
            ]
        }
    )
    client = create_app({"CORPUS_DIR": str(folder), "TESTING": True}).test_client()
    html = client.get("/read/x", headers=HTML).get_data(as_text=True)
    assert "<script>alert" not in html
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(3)&gt;" in html
    assert "javascript:" not in html
    assert quotes_marked(html)
    other = client.get("/read/y", headers=HTML).get_data(as_text=True)
    assert 'href="https://example.org/a?b=1&amp;c=2"' in other
