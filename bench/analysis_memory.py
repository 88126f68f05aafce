"""Memory per analysed char: peak RSS of a gunicorn worker and its analysis process per text.

    .venv/bin/python bench/analysis_memory.py [--sizes 10000,30000,100000,300000,1000000]

One worker (project config) with limits raised out of the way; for each size, BBC articles
concatenated to that many chars are posted to ``POST /v1/analyze``, after resetting the peak
RSS (``VmHWM``) of the worker and of its analysis process (``/proc/<pid>/clear_refs``). The
peak over the RSS before, for each, fitted as ``fixed + per_char * chars``, gives the figures
``service/analyzer.py`` budgets with; dense texts (one token per one or two chars) check that
the budget's ``weight`` covers them too. For comparison, bare spaCy ``nlp(text)`` on the same
news, in a fresh process per size (what the service did before texts were parsed in
sections: the whole text at once).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import ROOT, bbc_texts, free_port, start_gunicorn, stop, wait_ready
from service.analyzer import ANALYSIS_BYTES_PER_CHAR, ANALYSIS_FIXED_BYTES, weight

DENSE = {
    "letters and newlines": "a\n",
    "numbers": "$5bn, 3% 12 ",
    "quotes": "“No,” he said. ",
    "names": "Dmitry Peskov met Joe Biden in Kyiv. ",
}

BARE = """
import sys, spacy
from service.nlp import MODEL_PACKAGE
nlp = spacy.load(MODEL_PACKAGE)
nlp.max_length = 10**8
nlp("Warm-up.")
text = sys.stdin.read()
def kib(key):
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith(key))
before = kib("VmRSS")
nlp(text)
print(kib("VmHWM") - before)
"""


def status_kib(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def news(chars: int) -> str:
    text = ""
    for article in bbc_texts():
        text += article + "\n\n"
        if len(text) >= chars:
            return text[:chars]
    raise SystemExit(f"not enough text for {chars} chars")


def post(port: int, text: str) -> None:
    body = json.dumps({"text": text}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/analyze", body, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=1800) as response:
        response.read()


def fit(sizes: list[int], values: list[float]) -> tuple[float, float]:
    """Least squares ``value = fixed + slope * size``: (fixed, slope)."""
    n = len(sizes)
    mx, my = sum(sizes) / n, sum(values) / n
    slope = sum((x - mx) * (y - my) for x, y in zip(sizes, values, strict=True)) / sum(
        (x - mx) ** 2 for x in sizes
    )
    return my - slope * mx, slope


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,30000,100000,300000,1000000")
    parser.add_argument("--dense-size", type=int, default=100_000)
    parser.add_argument("--bare-max", type=int, default=300_000, help="largest bare spaCy run")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    texts = {("news", size): news(size) for size in sizes}
    for kind, unit in DENSE.items():
        texts[kind, args.dense_size] = (unit * (args.dense_size // len(unit) + 1))[
            : args.dense_size
        ]
    port = free_port()
    env = {
        "CORPUS_DIR": str(ROOT / "seeds"),
        "WEB_CONCURRENCY": "1",
        "ANALYZE_MAX_BYTES": str(8 * max(sizes)),
        "ANALYZE_MEMORY_MB": "100000",
    }
    proc = start_gunicorn("service:create_app()", port, env)
    rows = []
    try:
        wait_ready(port, proc)
        post(port, "Warm-up: Dmitry Peskov said “nothing” about $5bn.")
        (worker,) = children(proc.pid)
        (child,) = children(worker)
        for (kind, size), text in texts.items():
            before = {pid: status_kib(pid, "VmRSS") for pid in (worker, child)}
            for pid in before:
                Path(f"/proc/{pid}/clear_refs").write_text("5")  # VmHWM := VmRSS
            post(port, text)
            w, c = (status_kib(pid, "VmHWM") / 1024 - before[pid] / 1024 for pid in before)
            rows.append((kind, size, weight(text), w, c))
            print(f"{kind} {size:,} chars: worker +{w:.1f} MiB, analysis +{c:.1f} MiB", flush=True)
    finally:
        stop(proc)
    bare = {}
    for size in sizes:
        if size <= args.bare_max:
            out = subprocess.run(
                [sys.executable, "-c", BARE],
                input=texts["news", size],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            ).stdout
            bare[size] = int(out) / 1024
            print(f"news {size:,} chars: bare spaCy nlp(text) +{bare[size]:.1f} MiB", flush=True)
    print()
    print(
        "| text | chars | weight | worker MiB | analysis process MiB | together MiB "
        "| B per weight | budgeted MiB | bare spaCy MiB |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for kind, size, units, w, c in rows:
        b = f"{bare[size]:.0f}" if kind == "news" and size in bare else "—"
        budgeted = (ANALYSIS_FIXED_BYTES + ANALYSIS_BYTES_PER_CHAR * units) / 2**20
        print(
            f"| {kind} | {size:,} | {units:,} | {w:.1f} | {c:.1f} | {w + c:.1f} "
            f"| {(w + c) * 2**20 / units:.0f} | {budgeted:.0f} | {b} |"
        )
    news_rows = [r for r in rows if r[0] == "news"]
    units = [r[2] for r in news_rows]
    print()
    for label, values in (
        ("together", [w + c for *_, w, c in news_rows]),
        ("worker", [w for *_, w, _ in news_rows]),
        ("analysis process", [c for *_, c in news_rows]),
    ):
        fixed, slope = fit(units, values)
        print(f"fit on news, {label}: {fixed:.1f} MiB + {slope * 2**20:.0f} B per char")
    if len(bare) >= 2:
        b_fixed, b_slope = fit(list(bare), list(bare.values()))
        print(f"fit, bare spaCy: {b_fixed:.1f} MiB + {b_slope * 2**20:.0f} B per char")
    print(
        f"budgeted (service/analyzer.py): {ANALYSIS_FIXED_BYTES / 2**20:.0f} MiB + "
        f"{ANALYSIS_BYTES_PER_CHAR} B per char of weight"
    )


if __name__ == "__main__":
    main()
