"""Two gunicorn instances over the same corpus serve byte-identical responses."""

import json
import shutil
import urllib.request

import pytest

from tests.conftest import SEED_ID, SEEDS
from tests.servers import fetch, start_gunicorn, stop, wait_ready


@pytest.fixture(scope="module")
def two_instances(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SEEDS, corpus, dirs_exist_ok=True)
    procs, ports = [], []
    for _ in range(2):
        procs.append(start_gunicorn(corpus))
        ports.append(procs[-1].port)
        # One at a time: the second start also proves the on-disk cache is reused.
        wait_ready(ports[-1], procs[-1])
    yield ports
    for proc in procs:
        stop(proc)


PATHS = [
    "/v1/documents",
    f"/v1/documents/{SEED_ID}",
    f"/v1/documents/{SEED_ID}/entities?page_size=100",
    "/v1/entities?page_size=7",
    "/v1/entities/person:dmitry-peskov",
    "/v1/quotes?page_size=5",
    "/v1/numeric-facts?kind=money",
    "/readyz",
    "/openapi.json",
    f"/read/{SEED_ID}",
    "/read/?q=kremlin",
]


@pytest.mark.parametrize("path", PATHS)
def test_identical_bytes_and_etags(two_instances, path):
    a, b = (fetch(port, path) for port in two_instances)
    assert a == b
    assert a[1]


def test_page_tokens_work_across_replicas(two_instances):
    first, second = two_instances
    token = json.loads(fetch(first, "/v1/entities?page_size=3")[0])["next_page_token"]
    page = fetch(second, f"/v1/entities?page_size=3&page_token={token}")[0]
    assert json.loads(page)["items"]


@pytest.mark.parametrize("accept", ["application/x-ndjson", "text/csv"])
def test_exports_are_identical_across_replicas(two_instances, accept):
    bodies = []
    for port in two_instances:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/quotes", headers={"Accept": accept}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            bodies.append((response.read(), response.headers["ETag"]))
    assert bodies[0] == bodies[1]
    assert bodies[0][0].count(b"\n") > 10
