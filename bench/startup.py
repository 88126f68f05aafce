"""Cold start (empty analysis cache) vs warm start (cache present) to ``/readyz`` 200.

    .venv/bin/python bench/startup.py [--workers N]

Serves the 2,225 BBC articles and the seed with the project's gunicorn config.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import bench_corpus, free_port, start_gunicorn, stop, wait_ready


def start_once(corpus: Path, workers: int, preload_model: bool = False) -> float:
    """Seconds from launching gunicorn to the first ``/readyz`` 200."""
    port = free_port()
    env = {"CORPUS_DIR": str(corpus), "WEB_CONCURRENCY": "2", "ANALYZE_WORKERS": str(workers)}
    if preload_model:
        env["PRELOAD_MODEL"] = "1"
    started = time.perf_counter()
    proc = start_gunicorn("service:create_app()", port, env)
    try:
        return wait_ready(port, proc, started=started)
    finally:
        stop(proc)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=0, help="analysis processes (0: all cores)")
    parser.add_argument("--warm-runs", type=int, default=3, help="warm starts timed (median)")
    parser.add_argument(
        "--keep-cache", action="store_true", help="skip the cold start, reuse the cache"
    )
    args = parser.parse_args()
    import os  # noqa: PLC0415

    workers = args.workers or os.cpu_count() or 1
    corpus = bench_corpus(Path("/tmp/newsfacts-bench-startup"), fresh=not args.keep_cache)
    cold = None if args.keep_cache else start_once(corpus, workers)
    warm = statistics.median(start_once(corpus, workers) for _ in range(args.warm_runs))
    shared = statistics.median(
        start_once(corpus, workers, preload_model=True) for _ in range(args.warm_runs)
    )
    print(f"corpus: {corpus} (BBC 2,225 + seed), analysis workers: {workers}")
    if cold is not None:
        print(f"cold start (empty cache)           : {cold:7.2f} s")
    print(f"warm start (cache), median of {args.warm_runs}    : {warm:7.2f} s   (target < 2 s)")
    print(f"warm start with PRELOAD_MODEL=1    : {shared:7.2f} s   (model shared by workers)")
    if cold is not None:
        print(f"warm / cold                        : {warm / cold:7.3f}   (target < 0.10)")


if __name__ == "__main__":
    main()
