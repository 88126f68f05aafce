"""Cold start (empty analysis cache) vs warm start (cache present) to ``/readyz`` 200.

    .venv/bin/python bench/startup.py [--workers N]

Serves the 2,225 BBC articles and the seed with the project's gunicorn config.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import bench_corpus, free_port, start_gunicorn, stop, wait_ready


def start_once(corpus: Path, workers: int) -> float:
    port = free_port()
    proc = start_gunicorn(
        "service:create_app()",
        port,
        {
            "CORPUS_DIR": str(corpus),
            "WEB_CONCURRENCY": "2",
            "ANALYZE_WORKERS": str(workers),
        },
    )
    try:
        return wait_ready(port, proc)
    finally:
        stop(proc)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=0, help="analysis processes (0: all cores)")
    args = parser.parse_args()
    import os  # noqa: PLC0415

    workers = args.workers or os.cpu_count() or 1
    corpus = bench_corpus(Path("/tmp/newsfacts-bench-startup"))
    cold = start_once(corpus, workers)
    warm = start_once(corpus, workers)
    print(f"corpus: {corpus} (BBC 2,225 + seed), analysis workers: {workers}")
    print(f"cold start (empty cache) : {cold:7.2f} s")
    print(f"warm start (cache)       : {warm:7.2f} s   (target < 2 s)")
    print(f"warm / cold              : {warm / cold:7.3f}   (target < 0.10)")


if __name__ == "__main__":
    main()
