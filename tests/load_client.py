"""A keep-alive HTTP load generator that tells in-flight failures from refused connections.

Shared by tests/test_load_shutdown.py and bench/load.py. Outcomes of a request:

- ``ok`` / ``non2xx``: a complete response (``http.client`` checks Content-Length);
- ``refused``: a new connection was refused (the server is not listening);
- ``stale``: a reused keep-alive connection was closed before any byte of a response, or
  ``dropped``: the same on a new connection (accepted by the kernel, never by the server).
  The server never handled such a request (the access-log cross-check proves it), so, as
  any HTTP client does for an idempotent request (RFC 9112 section 9.3.1), the next
  request is made on a new connection;
- ``failed``: anything else: a partial response, a timeout, an error after bytes arrived.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from tests.servers import fetch

NOT_HANDLED = ("refused", "stale", "dropped")
USER_AGENT = "newsfacts-load"  # to find these requests in an access log


@dataclass
class Tally:
    """Outcomes and latencies (seconds, of complete responses) of many requests."""

    outcomes: Counter = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, outcome: str, latency: float | None = None) -> None:
        with self.lock:
            self.outcomes[outcome] += 1
            if latency is not None:
                self.latencies.append(latency)

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else 0.0


class Client:
    """One keep-alive connection, reopened when the server closes it."""

    def __init__(self, port: int, timeout: float = 30) -> None:
        self.port, self.timeout = port, timeout
        self.conn: http.client.HTTPConnection | None = None

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict | None = None
    ) -> tuple[str, http.client.HTTPResponse | None, bytes]:
        """(outcome, response, body) of one request."""
        fresh = self.conn is None
        if fresh:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            try:
                self.conn.connect()
            except ConnectionRefusedError:
                self.close()
                return "refused", None, b""
        try:
            self.conn.request(method, path, body, {"User-Agent": USER_AGENT, **(headers or {})})
            response = self.conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.close()
            return ("dropped" if fresh else "stale"), None, b""
        except (OSError, http.client.HTTPException):
            self.close()
            return "failed", None, b""
        try:
            data = response.read()
        except (OSError, http.client.HTTPException):
            self.close()
            return "failed", response, b""
        if response.will_close:
            self.close()
        return ("ok" if 200 <= response.status < 300 else "non2xx"), response, data


def hammer(port: int, paths: list[str], stop: threading.Event, tally: Tally, offset: int) -> None:
    """GET ``paths`` round-robin on one keep-alive connection until ``stop``."""
    client, i = Client(port), offset
    try:
        while not stop.is_set():
            started = time.perf_counter()
            outcome, _, _ = client.request("GET", paths[i % len(paths)])
            tally.add(outcome, time.perf_counter() - started if outcome == "ok" else None)
            if outcome == "refused":
                time.sleep(0.01)
            i += 1
    finally:
        client.close()


def start_load(port: int, paths: list[str], threads: int) -> tuple[threading.Event, list, Tally]:
    """``threads`` clients hammering ``paths`` in the background; set the event to stop."""
    stop, tally = threading.Event(), Tally()
    workers = [
        threading.Thread(target=hammer, args=(port, paths, stop, tally, n), daemon=True)
        for n in range(threads)
    ]
    for worker in workers:
        worker.start()
    return stop, workers, tally


def run_load(port: int, paths: list[str], seconds: float, threads: int) -> Tally:
    stop, workers, tally = start_load(port, paths, threads)
    time.sleep(seconds)
    stop.set()
    for worker in workers:
        worker.join()
    return tally


def endpoint_mix(port: int) -> list[str]:
    """The endpoints under load, with real ids from the API."""

    def first(path: str) -> str:
        return json.loads(fetch(port, path)[0])["items"][0]["id"]

    doc = first("/v1/documents?page_size=1")
    return [
        "/v1/documents",
        f"/v1/documents/{doc}",
        "/v1/entities?page_size=20",
        f"/v1/entities/{first('/v1/entities?page_size=1')}",
        "/v1/quotes?page_size=20",
        f"/v1/quotes/{first('/v1/quotes?page_size=1')}",
        "/v1/numeric-facts?kind=money",
        f"/v1/numeric-facts/{first('/v1/numeric-facts?page_size=1')}",
        f"/v1/documents/{doc}/entities",
        "/v1/documents?q=government&page_size=20",
        "/readyz",
    ]
