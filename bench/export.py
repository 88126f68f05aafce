"""Bulk export speed and memory: every BBC quote (and numeric fact) as NDJSON and CSV.

    .venv/bin/python bench/export.py [--runs 3] [--cache DIR]

Serves the 2,225 BBC articles and the seed with the project's gunicorn config (one worker,
response memo off, so that no body is held whole in memory) and, side by side in one run:

- streams each export over HTTP (``Accept: application/x-ndjson`` / ``text/csv``), reading
  64 KiB at a time, and counts the items received;
- walks the same list as JSON, pages of 100, for comparison;
- samples the worker's RSS every 10 ms during each request: before, at each quarter of the
  stream and at its peak. Flat memory is the peak staying at the level before, whatever the
  number of items;
- reads the worker's CPU time (utime + stime) before and after: items per CPU second, the
  figure that holds on a busy machine.

The store is built first if missing (``python -m service build``; the analyses are cached in
--cache, by default /tmp/newsfacts-bench-export/.newsfacts-cache).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import BIN, ROOT, bench_corpus, free_port, start_gunicorn, stop, wait_ready
from bench.memory import children

TICKS = os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


class Sampler(threading.Thread):
    """The worker's RSS every 10 ms, with the number of items received at that moment."""

    def __init__(self, pid: int, progress: list[int]) -> None:
        super().__init__(daemon=True)
        self.pid, self.progress = pid, progress
        self.samples: list[tuple[int, float]] = []
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.samples.append((self.progress[0], rss_mib(self.pid)))
            time.sleep(0.01)


def stream(port: int, path: str, accept: str, worker: int) -> dict:
    """One export request, read as it streams; items, seconds, CPU seconds and RSS figures."""
    progress = [0]
    sampler = Sampler(worker, progress)
    before_rss, before_cpu = rss_mib(worker), cpu_seconds(worker)
    sampler.start()
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    connection.request("GET", path, headers={"Accept": accept})
    response = connection.getresponse()
    assert response.status == 200, response.status
    while chunk := response.read(65536):
        progress[0] += chunk.count(b"\n")
    elapsed = time.perf_counter() - started
    connection.close()
    sampler.done.set()
    sampler.join()
    items = progress[0]  # lines: for CSV, see main (quoted fields may hold line breaks)
    quarters = []
    for q in (0.25, 0.5, 0.75, 1.0):
        seen = [rss for n, rss in sampler.samples if n <= q * progress[0]]
        quarters.append(max(seen) if seen else before_rss)
    return {
        "items": items,
        "seconds": elapsed,
        "cpu": cpu_seconds(worker) - before_cpu,
        "rss_before": before_rss,
        "rss_quarters": quarters,
        "rss_peak": max([before_rss, *(rss for _, rss in sampler.samples)]),
    }


def json_walk(port: int, path: str, worker: int) -> dict:
    """The same list as JSON, pages of 100 (one connection, keep-alive)."""
    before_cpu = cpu_seconds(worker)
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    items, token = 0, None
    while True:
        query = "?page_size=100" + (f"&page_token={token}" if token else "")
        connection.request("GET", path + query)
        page = json.loads(connection.getresponse().read())
        items += len(page["items"])
        token = page["next_page_token"]
        if not token:
            break
    connection.close()
    return {
        "items": items,
        "seconds": time.perf_counter() - started,
        "cpu": cpu_seconds(worker) - before_cpu,
    }


def settle(worker: int) -> None:
    """Wait for the worker's background model load to finish: RSS stable for 3 s."""
    last, stable_since = rss_mib(worker), time.monotonic()
    deadline = time.monotonic() + 60
    while time.monotonic() - stable_since < 3 and time.monotonic() < deadline:
        time.sleep(0.25)
        now = rss_mib(worker)
        if abs(now - last) > 1:
            last, stable_since = now, time.monotonic()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", default=None)
    args = parser.parse_args()
    corpus = bench_corpus(Path("/tmp/newsfacts-bench-export"), fresh=False)
    cache = Path(args.cache) if args.cache else corpus / ".newsfacts-cache"
    subprocess.run(
        [str(BIN / "python"), "-m", "service", "build", "--corpus", str(corpus), "--cache",
         str(cache)],
        cwd=ROOT,
        check=True,
    )  # fmt: skip
    port = free_port()
    env = {
        "CORPUS_DIR": str(corpus),
        "CACHE_DIR": str(cache),
        "WEB_CONCURRENCY": "1",
        "RESPONSE_MEMO_BYTES": "0",
    }
    proc = start_gunicorn("service:create_app()", port, env)
    try:
        wait_ready(port, proc)
        (worker,) = children(proc.pid)
        settle(worker)
        cases = [
            ("/v1/quotes", "application/x-ndjson"),
            ("/v1/quotes", "text/csv"),
            ("/v1/numeric-facts", "application/x-ndjson"),
            ("/v1/numeric-facts", "text/csv"),
            ("/v1/entities", "application/x-ndjson"),
        ]
        print(f"corpus {corpus}: {args.runs} runs each, medians; worker pid {worker}")
        print(
            f"{'list':<20} {'as':<8} {'items':>7} {'s':>6} {'items/s':>9} {'items/CPU-s':>12}"
            f"  RSS MiB: before, at 1/4 2/4 3/4 4/4 of the stream, peak"
        )
        counted: dict[str, int] = {}
        for path, accept in cases:
            runs = [stream(port, path, accept, worker) for _ in range(args.runs)]
            med = {k: statistics.median(r[k] for r in runs) for k in ("seconds", "cpu")}
            last = runs[-1]
            # The CSV holds the NDJSON's items (tests/test_export.py), counted from its lines.
            last["items"] = counted.setdefault(path, last["items"])
            quarters = " ".join(f"{q:.1f}" for q in last["rss_quarters"])
            print(
                f"{path:<20} {accept.split('/')[1][-6:]:<8} {last['items']:>7} "
                f"{med['seconds']:>6.2f} {last['items'] / med['seconds']:>9,.0f} "
                f"{last['items'] / med['cpu']:>12,.0f}  {last['rss_before']:.1f}, {quarters}, "
                f"peak {max(r['rss_peak'] for r in runs):.1f}"
            )
        for path in ("/v1/quotes", "/v1/numeric-facts"):
            runs = [json_walk(port, path, worker) for _ in range(args.runs)]
            med = {k: statistics.median(r[k] for r in runs) for k in ("seconds", "cpu")}
            items = runs[-1]["items"]
            print(
                f"{path:<20} {'json*':<8} {items:>7} {med['seconds']:>6.2f} "
                f"{items / med['seconds']:>9,.0f} {items / med['cpu']:>12,.0f}"
            )
        print("json*: the paginated JSON walk, pages of 100, one keep-alive connection")
    finally:
        stop(proc)


if __name__ == "__main__":
    main()
