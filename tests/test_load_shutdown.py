"""Issue #7 item 5, the fast version: load on a mix of endpoints, slow clients, SIGTERM, restart.

Real gunicorn with the project's config (its default worker and thread counts); the long
version with wrk is bench/load.py.
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.load_client import (
    NOT_HANDLED,
    USER_AGENT,
    Client,
    endpoint_mix,
    run_load,
    start_load,
)
from tests.servers import fetch, start_gunicorn, stop, wait_ready

DEFAULT_WORKERS = {"WEB_CONCURRENCY": None}  # gunicorn_conf.py sizes the pool


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SEEDS, folder, dirs_exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def server(corpus):
    proc = start_gunicorn(corpus, env=DEFAULT_WORKERS)
    wait_ready(proc.port, proc)
    yield proc.port
    stop(proc)


def test_mixed_load_has_no_errors(server):
    tally = run_load(server, endpoint_mix(server), seconds=3, threads=8)
    assert set(tally.outcomes) == {"ok"}, tally.outcomes
    assert tally.outcomes["ok"] > 100


def slowloris(port: int, stop: threading.Event) -> None:
    """Send a request one byte at a time, never finishing it; reconnect when cut off."""
    head = b"GET /v1/documents HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 10_000
    while not stop.is_set():
        try:
            with socket.create_connection(("127.0.0.1", port)) as s:
                for byte in head:
                    if stop.wait(0.2):
                        return
                    s.sendall(bytes([byte]))
        except OSError:
            pass


def test_slow_clients_do_not_stall_others(server):
    paths = endpoint_mix(server)
    stop = threading.Event()
    # Fewer than the workers' threads (5 x 8 on 2 cores), but enough to fill a worker or two.
    slow = [threading.Thread(target=slowloris, args=(server, stop), daemon=True) for _ in range(12)]
    idle = [socket.create_connection(("127.0.0.1", server)) for _ in range(4)]
    try:
        for t in slow:
            t.start()
        time.sleep(0.5)
        tally = run_load(server, paths, seconds=4, threads=4)
    finally:
        stop.set()
        for s in idle:
            s.close()
    assert set(tally.outcomes) == {"ok"}, tally.outcomes
    # A keep-alive client whose worker the slow ones fill waits for HEADER_TIMEOUT (3 s) at most.
    assert tally.percentile(50) < 0.2, tally.percentile(50)
    assert max(tally.latencies) < 3.5, max(tally.latencies)
    print(
        f"slow clients: p50 {tally.percentile(50):.3f}s p99 {tally.percentile(99):.3f}s "
        f"max {max(tally.latencies):.3f}s, {tally.outcomes['ok']} requests"
    )


def test_sigterm_finishes_in_flight_requests_and_restart_serves_the_same_bytes(corpus, tmp_path):
    access = tmp_path / "access.log"
    env = {**DEFAULT_WORKERS, "GUNICORN_CMD_ARGS": f"--access-logfile {access}"}
    proc = start_gunicorn(corpus, env=env)
    port = proc.port
    wait_ready(port, proc)
    paths = endpoint_mix(port)
    before = {path: fetch(port, path) for path in paths}

    # Slow requests (~0.3 s of NLP each) in flight when SIGTERM comes, plus a GET load.
    text = (SEEDS / "000_f50a389bf049e48a.txt").read_bytes()
    analyses: list[tuple[str, int | None, str | None]] = []

    def analyze() -> None:
        outcome, response, body = Client(port).request(
            "POST", "/v1/analyze", text, {"Content-Type": "text/plain"}
        )
        status = response.status if response else None
        retry_after = response.getheader("Retry-After") if response else None
        analyses.append((outcome, status, retry_after, len(body)))

    load_stop, load_workers, tally = start_load(port, paths, threads=6)
    time.sleep(0.5)
    posts = [threading.Thread(target=analyze) for _ in range(6)]
    for t in posts:
        t.start()
    time.sleep(0.2)  # accepted by the workers, not yet answered
    proc.send_signal(signal.SIGTERM)
    for t in posts:
        t.join(timeout=30)
    time.sleep(1)
    load_stop.set()
    for t in load_workers:
        t.join()
    assert proc.wait(timeout=30) == 0

    # Each is answered whole: analysed, or refused for now if the analysis slots stay busy
    # (issue #16), or once its worker stops, for it to stop within graceful_timeout.
    assert len(analyses) == 6
    for outcome, status, retry_after, size in analyses:
        assert (outcome, status) in {("ok", 200), ("non2xx", 503)}
        assert size > 1000 if status == 200 else retry_after.isdigit()
    assert any(status == 200 for _, status, _, _ in analyses)
    assert tally.outcomes["failed"] == tally.outcomes["non2xx"] == 0, tally.outcomes
    assert set(tally.outcomes) <= {"ok", *NOT_HANDLED}, tally.outcomes
    # Every response the server logged reached its client whole: nothing in flight was lost.
    handled = sum(
        json.loads(line)["user_agent"] == USER_AGENT for line in access.read_text().splitlines()
    )
    assert handled == tally.outcomes["ok"] + len(analyses), (handled, tally.outcomes)

    proc = start_gunicorn(corpus, port, env=DEFAULT_WORKERS)
    try:
        wait_ready(port, proc)
        assert {path: fetch(port, path) for path in paths} == before
    finally:
        stop(proc)
