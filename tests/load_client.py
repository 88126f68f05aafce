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
import os
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.servers import fetch

NOT_HANDLED = ("refused", "stale", "dropped")
# The memory the service (master, workers, analysis processes) may use, RSS summed, in its
# default configuration on a 2-core, 4 GB machine (README, "Security and reliability").
CEILING_MIB = 3072
# gunicorn's log of a worker that did not exit cleanly, and a worker's of its analysis process
# (a worker restarted by max_requests logs none of these).
DEATHS = re.compile(
    r".*(?:was sent SIG|exited with code|WORKER TIMEOUT"
    r"|analysis process \d+ (?:failed|had exited)).*"
)
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
            except ConnectionResetError:  # reset in the backlog by a listener shutting down
                self.close()
                return "dropped", None, b""
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


# --- Posting analyses, and the service's memory -----------------------------------------


@dataclass
class PostTally:
    """Answers to ``POST /v1/analyze``: statuses, refusals without Retry-After, latencies."""

    statuses: Counter = field(default_factory=Counter)  # status, or the outcome if none
    without_retry_after: int = 0  # 503s missing it
    latencies: dict[int, list[float]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, key: int | str, latency: float, retry_after: str | None = None) -> None:
        with self.lock:
            self.statuses[key] += 1
            if key == 503 and not (retry_after or "").isdigit():
                self.without_retry_after += 1
            if isinstance(key, int):
                self.latencies.setdefault(key, []).append(latency)

    def percentile(self, status: int, p: float) -> float:
        ordered = sorted(self.latencies.get(status, []))
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else 0.0


def post_analyses(
    port: int, body: bytes, stop: threading.Event, tally: PostTally, honor_retry: bool = False
) -> None:
    """Post ``body`` (JSON) to ``/v1/analyze`` again and again until ``stop``.

    A refused client posts again at once unless ``honor_retry``: the worst case for the
    server, which must keep answering quickly. Outcomes without a status are counted as in
    ``Client.request``: ``stale`` is a keep-alive connection the server had closed (its worker
    restarting, for instance) when it was reused, a request the server never saw.
    """
    client = Client(port, timeout=600)
    try:
        while not stop.is_set():
            started = time.perf_counter()
            outcome, response, _ = client.request(
                "POST", "/v1/analyze", body, {"Content-Type": "application/json"}
            )
            elapsed = time.perf_counter() - started
            if response is None or outcome == "failed":
                tally.add(outcome, elapsed)
                time.sleep(0.01)
                continue
            retry_after = response.getheader("Retry-After")
            tally.add(response.status, elapsed, retry_after)
            if honor_retry and response.status == 503:
                client.close()  # not kept idle for seconds: the server would close it first
                stop.wait(int(retry_after or 1))
    finally:
        client.close()


def start_posting(
    port: int, body: bytes, clients: int, honor_retry: bool = False
) -> tuple[threading.Event, list[threading.Thread], PostTally]:
    """``clients`` threads posting ``body`` in the background; set the event to stop."""
    stop, tally = threading.Event(), PostTally()
    threads = [
        threading.Thread(
            target=post_analyses, args=(port, body, stop, tally, honor_retry), daemon=True
        )
        for _ in range(clients)
    ]
    for thread in threads:
        thread.start()
    return stop, threads, tally


def descendants(pid: int) -> list[int]:
    """``pid``'s children, their children, and so on (read from /proc)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = list(Path(f"/proc/{parent}/task").iterdir())
        except FileNotFoundError:
            continue
        for task in tasks:
            try:
                kids = [int(c) for c in (task / "children").read_text().split()]
            except (FileNotFoundError, ProcessLookupError):
                continue
            found += kids
            todo += kids
    return found


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB, 0 if it has gone."""
    try:
        rss = next(
            int(line.split()[1])
            for line in Path(f"/proc/{pid}/status").read_text().splitlines()
            if line.startswith("VmRSS:")
        )
        pss = next(
            int(line.split()[1])
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
            if line.startswith("Pss:")
        )
    except (FileNotFoundError, ProcessLookupError, StopIteration):
        return 0, 0
    return rss, pss


@dataclass
class MemorySampler:
    """Samples the RSS and PSS of a process and all its descendants every ``interval`` s.

    RSS summed counts the pages the processes share (the corpus, the code) once per process:
    an upper bound of the memory used; PSS summed counts each page once.
    """

    pid: int
    interval: float = 0.25
    max_rss_kib: int = 0
    max_pss_kib: int = 0
    pids: set[int] = field(default_factory=set)
    stop: threading.Event = field(default_factory=threading.Event)

    def sample(self) -> tuple[int, int]:
        procs = [self.pid, *descendants(self.pid)]
        self.pids.update(procs)
        sizes = [memory_kib(p) for p in procs]
        rss, pss = sum(s[0] for s in sizes), sum(s[1] for s in sizes)
        self.max_rss_kib, self.max_pss_kib = max(self.max_rss_kib, rss), max(self.max_pss_kib, pss)
        return rss, pss

    def run(self) -> None:
        while not self.stop.wait(self.interval):
            self.sample()

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.run, daemon=True)
        thread.start()
        return thread


def analysis_body(texts: list[str], limit: int) -> bytes:
    """A JSON ``{"text": ...}`` body of at most ``limit`` bytes, as near it as can be:
    ``texts`` joined as paragraphs, repeated as needed, cut to fit."""
    text = "\n\n".join(texts)
    while len(text.encode()) < limit:
        text += "\n\n" + text

    def body(chars: int) -> bytes:
        return json.dumps({"text": text[:chars]}, ensure_ascii=False).encode()

    low, high = 0, limit  # body(low) fits, body(high) does not (a char is at least a byte)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if len(body(middle)) <= limit else (low, middle)
    return body(low)


def cpu_seconds(pid: int) -> float:
    """CPU time of ``pid`` and all its descendants, those already exited and reaped included
    (their time is added to their parent's when reaped)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for proc in [pid, *descendants(pid)]:
        try:
            fields = Path(f"/proc/{proc}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        total += sum(int(f) for f in fields[11:15]) / tick  # utime, stime, cutime, cstime
    return total
