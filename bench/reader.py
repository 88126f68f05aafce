"""Server time of the reader's page: /read/{id} of the seed against the API calls it makes.

    .venv/bin/python bench/reader.py [--runs 50] [--bbc-cache DIR]

In process (Flask's test client, no network), the response memo off so that every request
renders: the median and 90th percentile of wall and CPU time (this thread's) of the page,
beside the JSON requests it is built from (the document, then its quotes, entities and
numeric facts as NDJSON, each once) made alone. With --bbc-cache (a cache holding the BBC
store, e.g. from bench/export.py), the same for the longest BBC article.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import ROOT, bench_corpus

SEED_ID = "000-f50a389bf049e48a"
NDJSON = {"Accept": "application/x-ndjson"}


def timed(client, url: str, headers: dict | None = None) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.thread_time()
    response = client.get(url, headers=headers or {})
    assert response.status_code == 200, (url, response.status_code)
    response.get_data()
    return time.perf_counter() - wall, time.thread_time() - cpu


def api_calls(client, doc: str) -> tuple[float, float]:
    total = [0.0, 0.0]
    for url, headers in (
        (f"/v1/documents/{doc}", None),
        (f"/v1/documents/{doc}/quotes", NDJSON),
        (f"/v1/documents/{doc}/entities", NDJSON),
        (f"/v1/documents/{doc}/numeric-facts", NDJSON),
    ):
        wall, cpu = timed(client, url, headers)
        total[0] += wall
        total[1] += cpu
    return total[0], total[1]


def report(label: str, samples: list[tuple[float, float]]) -> None:
    walls = sorted(w * 1e3 for w, _ in samples)
    cpus = sorted(c * 1e3 for _, c in samples)
    p90 = int(len(samples) * 0.9)
    print(
        f"{label:<44} {statistics.median(walls):>8.1f} {walls[p90]:>8.1f} "
        f"{statistics.median(cpus):>8.1f} {cpus[p90]:>8.1f}"
    )


def measure(app, doc: str, runs: int, name: str) -> None:
    client = app.test_client()
    timed(client, f"/read/{doc}")  # templates compiled, connections opened
    pages, calls = [], []
    for _ in range(runs):  # alternated: the same load on both sides
        pages.append(timed(client, f"/read/{doc}"))
        calls.append(api_calls(client, doc))
    size = len(client.get(f"/read/{doc}").get_data())
    report(f"{name}: /read/{doc[:22]} ({size // 1024} KiB)", pages)
    report(f"{name}: its 4 API requests, alone", calls)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--bbc-cache", default=None)
    args = parser.parse_args()
    from service import create_app  # noqa: PLC0415

    print(f"{args.runs} runs each; milliseconds")
    print(f"{'request':<44} {'wall p50':>8} {'p90':>8} {'cpu p50':>8} {'p90':>8}")
    seed = create_app({"CORPUS_DIR": str(ROOT / "seeds"), "RESPONSE_MEMO_BYTES": 0})
    measure(seed, SEED_ID, args.runs, "seed")
    if args.bbc_cache:
        corpus = bench_corpus(Path("/tmp/newsfacts-bench-export"), fresh=False)
        bbc = create_app(
            {"CORPUS_DIR": str(corpus), "CACHE_DIR": args.bbc_cache, "RESPONSE_MEMO_BYTES": 0}
        )
        client = bbc.test_client()
        longest = max(
            client.get("/v1/documents", headers=NDJSON).get_data(as_text=True).splitlines(),
            key=lambda line: int(line.split('"word_count":')[1].split(",")[0]),
        )
        doc = longest.split('"id":"')[1].split('"')[0]
        measure(bbc, doc, args.runs, "BBC longest")


if __name__ == "__main__":
    main()
