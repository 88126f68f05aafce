"""Exports of real news: the BBC corpus's quotes as NDJSON and CSV equal the paginated walk.

The whole corpus (2,225 articles) takes minutes of NLP on two cores, so it is a slow test
(``RUN_SLOW=1``; ``BBC_CACHE_DIR=<folder>`` keeps its analyses between runs); every run
checks every ninth article (248, of every category). Both skip when the corpus is not checked
out beside the project (../shared/corpora).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from service import create_app
from tests.conftest import ROOT
from tests.test_export import CSV, NDJSON, cell, csv_rows, walk

BBC = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"
EVERY = 9


def bbc_client(folder: Path, every: int, cache: str | None = None):
    """An app over every ``every``-th BBC article (1: all of them), analysed from scratch
    unless ``cache`` holds their analyses."""
    if not BBC.exists():
        pytest.skip("the BBC corpus is not checked out beside the project")
    lines = BBC.read_text(encoding="utf-8").splitlines()[::every]
    (folder / "bbc.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    app = create_app({"CORPUS_DIR": str(folder), "CACHE_DIR": cache or str(folder / ".cache")})
    return app.test_client(), len(lines)


def check_exports(client) -> list[dict]:
    """Every quote as NDJSON and as CSV equals the JSON walk, pages of 100."""
    items = walk(client, "/v1/quotes", size=100)
    response = client.get("/v1/quotes", headers=NDJSON)
    assert response.mimetype == "application/x-ndjson"
    lines = response.get_data(as_text=True).splitlines()
    assert [json.loads(line) for line in lines] == items
    rows = csv_rows(client, "/v1/quotes")
    assert len(rows) == len(items)
    for item, row in zip(items, rows, strict=True):
        assert row == {column: cell(item, column) for column in row}
    assert client.get("/v1/quotes", headers=CSV).headers["ETag"] != response.headers["ETag"]
    return items


def test_bbc_sample_quotes_export_as_the_walk(tmp_path):
    client, documents = bbc_client(tmp_path, EVERY)
    assert client.get("/v1/documents").get_json()["total_size"] == documents == 248
    items = check_exports(client)
    assert len(items) > 500
    assert len({q["document_id"].split("-")[0] for q in items}) == 5  # every category


@pytest.mark.slow
def test_all_bbc_quotes_export_as_the_walk(tmp_path):
    client, documents = bbc_client(tmp_path, 1, os.environ.get("BBC_CACHE_DIR"))
    assert client.get("/v1/documents").get_json()["total_size"] == documents == 2225
    items = check_exports(client)
    assert len(items) > 10_000
