"""Memory of the gunicorn master, workers and analysis processes serving the BBC corpus.

    .venv/bin/python bench/memory.py [--workers 4]

Starts the project's gunicorn config twice on a warm cache, once as by default (each worker's
analysis process loads the spaCy model) and once with PRELOAD_MODEL=1 (loaded in the master,
shared after fork), sends a few requests, waits for the model, then reads each process's
``/proc/<pid>/smaps_rollup``. "private" is what a process alone holds (Private_Clean +
Private_Dirty): the cost of one more worker and its analysis process; "pss" charges shared
pages proportionally.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import bench_corpus, free_port, get_json, start_gunicorn, stop, wait_ready


def rollup(pid: int) -> dict[str, float]:
    """MiB figures of one process from /proc/<pid>/smaps_rollup."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value, *_ = line.split()
        fields[name.rstrip(":")] = int(value) / 1024
    return {
        "rss": fields["Rss"],
        "pss": fields["Pss"],
        "shared": fields["Shared_Clean"] + fields["Shared_Dirty"],
        "private": fields["Private_Clean"] + fields["Private_Dirty"],
    }


def children(pid: int) -> list[int]:
    tasks = Path(f"/proc/{pid}/task")
    found = []
    for task in tasks.iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return sorted(found)


def measure(corpus: Path, workers: int, preload: bool) -> tuple[dict, list[dict], list[dict]]:
    port = free_port()
    env = {"CORPUS_DIR": str(corpus), "WEB_CONCURRENCY": str(workers)}
    if preload:
        env["PRELOAD_MODEL"] = "1"
    proc = start_gunicorn("service:create_app()", port, env)
    try:
        wait_ready(port, proc)
        doc = get_json(port, "/v1/documents?page_size=1")["items"][0]["id"]
        body = json.dumps({"text": 'Mr Smith said: "We sold 300 cars."'}).encode()
        for _ in range(4 * workers):
            get_json(port, f"/v1/documents/{doc}")
            get_json(port, "/v1/quotes?page_size=20")
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/v1/analyze",
                data=body,
                headers={"Content-Type": "application/json"},
            )
            urllib.request.urlopen(request, timeout=60).read()
        time.sleep(8)  # every analysis process has loaded the model by now
        pids = children(proc.pid)
        analysis = [rollup(child) for pid in pids for child in children(pid)]
        return rollup(proc.pid), [rollup(pid) for pid in pids], analysis
    finally:
        stop(proc)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    corpus = bench_corpus(Path("/tmp/newsfacts-bench-startup"), fresh=False)
    wait_ready_note = "(warm cache: run bench/startup.py or `python -m service build` first)"
    print(f"corpus: {corpus} {wait_ready_note}, {args.workers} workers; MiB")
    print(
        f"{'mode':<30} {'master rss':>10} | {'worker rss':>10} {'private':>8} {'pss':>8} | "
        f"{'analysis rss':>12} {'private':>8} {'pss':>8}"
    )
    for preload in (False, True):
        master, workers, analysis = measure(corpus, args.workers, preload)
        w = {k: sum(x[k] for x in workers) / len(workers) for k in workers[0]}
        a = {k: sum(x[k] for x in analysis) / len(analysis) for k in analysis[0]}
        mode = "PRELOAD_MODEL=1 (shared model)" if preload else "default (model per worker)"
        print(
            f"{mode:<30} {master['rss']:>10.0f} | {w['rss']:>10.0f} {w['private']:>8.0f} "
            f"{w['pss']:>8.0f} | {a['rss']:>12.0f} {a['private']:>8.0f} {a['pss']:>8.0f}"
        )


if __name__ == "__main__":
    main()
