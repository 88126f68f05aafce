"""A corpus full of bad files: the service starts, serves the good ones, reports each bad one.

Issue #7, item 3. Checked in process (create_app) and through real gunicorn.
"""

from __future__ import annotations

import json
import logging
import os
import random
import threading
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest

from service import create_app
from service.corpus import read_corpus
from tests.servers import fetch, start_gunicorn, stop, wait_ready

ROOT_USER = os.geteuid() == 0
BIG = 50 * 1024 * 1024

GOOD_IDS = {"good", "json-article", "news-1", "news-2", "mixed-1", "mixed-3", "latin"}
# file -> what its reason must say
BAD = {
    "empty.txt": "empty file",
    "image.txt": "binary content",
    "huge.txt": f"too large: {BIG} bytes",
    "truncated.json": "invalid JSON",
    "zz-duplicate.json": "duplicate id 'good', already used by good.txt",
    # Root reads a chmod 000 file, so there the unreadable file is a symlink loop.
    "secret.txt": "unreadable: "
    + ("Too many levels of symbolic links" if ROOT_USER else "Permission denied"),
    "dangling.txt": "unreadable: broken symbolic link",
    "folder.txt": "not a regular file: a directory",
    "pipe.txt": "not a regular file: a FIFO",
    "mixed.jsonl": "line 2: invalid JSON",
}
WARNED = {"latin.txt": "not valid UTF-8 (byte 3); decoded as latin-1"}


def article(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


def build(folder: Path) -> Path:
    rnd = random.Random(7)
    (folder / "good.txt").write_text(article("Kyiv talks", "Officials met in Kyiv on Monday."))
    (folder / "good.json").write_text(
        json.dumps({"id": "json-article", "title": "Budget", "text": "The budget is $5 billion."})
    )
    (folder / "news.jsonl").write_text(
        json.dumps({"title": "One", "text": "Paris hosted the summit."})
        + "\n"
        + json.dumps({"title": "Two", "text": "Berlin sent 300 soldiers."})
        + "\n"
    )
    (folder / "mixed.jsonl").write_text(
        json.dumps({"text": "Rome welcomed the plan."})
        + "\n{not json\n"
        + json.dumps({"text": "Madrid rejected it."})
        + "\n"
    )
    # cp1252 curly quotes and an e-acute: not UTF-8.
    (folder / "latin.txt").write_bytes(
        "Café report\n\nThe owner said \u201cbusiness is good\u201d in Paris.\n".encode("cp1252")
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + rnd.randbytes(4096))
    (folder / "truncated.json").write_text('{"title": "Cut", "text": "It stops')
    with (folder / "huge.txt").open("wb") as f:
        f.truncate(BIG)  # sparse: instant, and no disk used
    (folder / "zz-duplicate.json").write_text(json.dumps({"id": "good", "text": "Same id."}))
    secret = folder / "secret.txt"
    if ROOT_USER:
        secret.symlink_to("secret.txt")
    else:
        secret.write_text(article("Secret", "Nobody may read this."))
        secret.chmod(0)
    (folder / "dangling.txt").symlink_to("no-such-file.txt")
    (folder / "folder.txt").mkdir()
    os.mkfifo(folder / "pipe.txt")
    return folder


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("bad-corpus"))


def check_readyz(readyz: dict) -> None:
    assert readyz["status"] == "ready"
    assert readyz["documents"] == len(GOOD_IDS)
    skipped = {s["file"]: s["reason"] for s in readyz["skipped"]}
    assert set(skipped) == set(BAD), skipped
    for name, reason in BAD.items():
        assert reason in skipped[name], (name, skipped[name])
    assert {w["file"]: w["reason"] for w in readyz["warnings"]} == WARNED


def test_read_corpus_neither_hangs_nor_reads_the_big_file(bad_corpus):
    result = []
    tracemalloc.start()
    try:
        reader = threading.Thread(target=lambda: result.append(read_corpus(bad_corpus)))
        reader.start()
        reader.join(timeout=20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result, "read_corpus hangs (a FIFO opened for reading?)"
    documents, skipped, warnings = result[0]
    assert {d.id for d in documents} == GOOD_IDS
    assert peak < 5 * 1024 * 1024, f"{peak} bytes allocated: the 50 MB file was read"
    assert len(skipped) == len(BAD)
    assert len(warnings) == len(WARNED)


def test_create_app_serves_good_files_and_reports_bad_ones(bad_corpus, tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="service.corpus"):
        app = create_app(
            {"CORPUS_DIR": str(bad_corpus), "CACHE_DIR": str(tmp_path), "ANALYZE_WORKERS": 1}
        )
    client = app.test_client()
    listed = client.get("/v1/documents?page_size=100").get_json()
    assert {d["id"] for d in listed["items"]} == GOOD_IDS
    for doc_id in GOOD_IDS:
        assert client.get(f"/v1/documents/{doc_id}").status_code == 200
    assert client.get("/v1/documents/latin").get_json()["title"] == "Café report"
    readyz = client.get("/readyz")
    assert readyz.status_code == 200
    check_readyz(readyz.get_json())
    # One warning per bad file (and per warned file), naming it.
    warned = Counter(
        r.args[0]
        for r in caplog.records
        if r.name == "service.corpus" and r.levelno == logging.WARNING
    )
    assert warned == Counter(set(BAD) | set(WARNED))


def test_gunicorn_serves_good_files_and_reports_bad_ones(bad_corpus, tmp_path):
    log = tmp_path / "gunicorn.log"
    with log.open("wb") as stderr:
        proc = start_gunicorn(bad_corpus, cache=tmp_path / "cache", stderr=stderr)
        port = proc.port
        try:
            wait_ready(port, proc)
            listed = json.loads(fetch(port, "/v1/documents?page_size=100")[0])
            assert {d["id"] for d in listed["items"]} == GOOD_IDS
            for doc_id in GOOD_IDS:
                assert json.loads(fetch(port, f"/v1/documents/{doc_id}")[0])["id"] == doc_id
            check_readyz(json.loads(fetch(port, "/readyz")[0]))
        finally:
            assert stop(proc) == 0
    lines = log.read_text().splitlines()
    for name in set(BAD) | set(WARNED):
        mine = [
            line
            for line in lines
            if f"corpus: skipped {name}:" in line or f"corpus: {name}:" in line
        ]
        assert len(mine) == 1, (name, mine)
        assert mine[0].startswith("WARNING:"), mine[0]
