"""Two gunicorn instances over the same corpus serve byte-identical responses."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED_ID, SEEDS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port: int, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"port {port} not ready")


def fetch(port: int, path: str) -> tuple[bytes, str]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
        return r.read(), r.headers["ETag"]


@pytest.fixture(scope="module")
def two_instances(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SEEDS, corpus, dirs_exist_ok=True)
    gunicorn = Path(sys.executable).with_name("gunicorn")
    procs, ports = [], []
    for _ in range(2):
        port = free_port()
        env = {
            **os.environ,
            "CORPUS_DIR": str(corpus),
            "PORT": str(port),
            "WEB_CONCURRENCY": "1",
            "ANALYZE_WORKERS": "1",
            "LOG_LEVEL": "WARNING",
        }
        procs.append(
            subprocess.Popen(
                [str(gunicorn), "-c", "service/gunicorn_conf.py", "service:create_app()"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        ports.append(port)
        # One at a time: the second start also proves the on-disk cache is reused.
        wait_ready(port, procs[-1])
    yield ports
    for proc in procs:
        proc.send_signal(signal.SIGTERM)
    for proc in procs:
        proc.wait(timeout=30)


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
