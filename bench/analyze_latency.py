"""POST /v1/analyze latency for a 1,000-word article vs bare spaCy on the same text.

    .venv/bin/python bench/analyze_latency.py [--requests 50]

The server runs under the project's gunicorn config; bare spaCy runs in this process.
Requests are sequential, so the figures are latencies, not throughput; each request is
followed by one bare parse, so that both sides are measured under the same load.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import urllib.request
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import ROOT, bbc_texts, free_port, start_gunicorn, stop, wait_ready
from service.nlp import MODEL_PACKAGE


def article_of(words: int) -> str:
    """Real BBC paragraphs, concatenated to about ``words`` words."""
    out: list[str] = []
    for text in bbc_texts():
        out.append(text)
        if sum(len(t.split()) for t in out) >= words:
            break
    return " ".join(" ".join(out).split(" ")[:words])


def percentiles(samples: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(samples, n=100, method="inclusive")
    return q[49] * 1000, q[98] * 1000


def in_process(text: str, runs: int) -> None:
    """Medians of CPU time, bare ``nlp(text)`` and our parse + extractors, runs alternated."""
    from service.nlp.pipeline import analyze_doc, load_pipeline  # noqa: PLC0415

    ours_nlp, bare_nlp = load_pipeline(), spacy.load(MODEL_PACKAGE)
    bare, ours = [], []
    for _ in range(runs):
        started = time.process_time()
        bare_nlp(text)
        bare.append(time.process_time() - started)
        started = time.process_time()
        analyze_doc(ours_nlp(text))
        ours.append(time.process_time() - started)
    b, o = statistics.median(bare) * 1000, statistics.median(ours) * 1000
    print(f"in process, CPU: bare {b:.1f} ms, parse + extractors {o:.1f} ms, ratio {o / b:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="also CPU time of bare parses against parse + every extractor, alternated",
    )
    args = parser.parse_args()
    text = article_of(1000)
    if args.in_process:
        in_process(text, args.requests)
    body = json.dumps({"text": text}).encode()

    nlp = spacy.load(MODEL_PACKAGE)
    nlp(text)
    bare = []

    port = free_port()
    proc = start_gunicorn(
        "service:create_app()",
        port,
        {
            "CORPUS_DIR": str(ROOT / "seeds"),
            "WEB_CONCURRENCY": "1",
        },
    )
    try:
        wait_ready(port, proc)
        url = f"http://127.0.0.1:{port}/v1/analyze"
        ours = []
        # Bare and served runs alternate, so that both see the same load on a shared machine.
        for i in range(args.requests + 1):
            request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
            started = time.perf_counter()
            with urllib.request.urlopen(request, timeout=60) as r:
                r.read()
            if i:  # the first request warms the worker
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                nlp(text)
                bare.append(time.perf_counter() - started)
    finally:
        stop(proc)
    (b50, b99), (o50, o99) = percentiles(bare), percentiles(ours)
    print(f"{len(text.split())}-word article, {args.requests} sequential requests")
    print(f"bare spaCy nlp(text)  : p50 {b50:7.1f} ms  p99 {b99:7.1f} ms")
    print(f"POST /v1/analyze      : p50 {o50:7.1f} ms  p99 {o99:7.1f} ms")
    print(f"ratio ours/bare       : p50 {o50 / b50:7.2f}     p99 {o99 / b99:7.2f}")


if __name__ == "__main__":
    main()
