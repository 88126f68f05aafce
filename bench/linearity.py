"""Time against input size: is the analysis linear in the length of the text?

    .venv/bin/python bench/linearity.py [--max-kb 160] [--bare-budget 30]

Sizes double from 10 KB up to ``--max-kb``, for three kinds of text: (a) BBC articles
concatenated, (b) quotation marks of every style with no spaces between them, (c) the BBC
text with its whitespace removed. Each is run through the full analysis (spaCy and every
extractor, as ``POST /v1/analyze`` does) and through bare spaCy ``nlp(text)``. A µs/char ratio
largest/smallest size of about 1 means linear time. Bare spaCy is quadratic on runs of
quotation marks, so a bare size is skipped once the previous one took over ``--bare-budget``
seconds (its time would at least quadruple).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import bbc_texts
from service.nlp import MODEL_PACKAGE
from service.nlp.pipeline import analyze_texts, load_pipeline

MARKS = '"“”«»„‘’' + "''"


def inputs(largest: int) -> dict[str, str]:
    """The three texts, each at least ``largest`` chars (prefixes give the smaller sizes)."""
    news = ""
    for text in bbc_texts():
        news += text + "\n\n"
        if len(news) >= largest:
            break
    squeezed = "".join(news.split())
    while len(squeezed) < largest:
        squeezed += squeezed
    return {
        "news": news,
        "quote marks": MARKS * (largest // len(MARKS) + 1),
        "no spaces": squeezed,
    }


def timed(run: Callable[[str], object], text: str) -> float:
    gc.collect()
    started = time.perf_counter()
    run(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--min-kb", type=int, default=10)
    parser.add_argument("--max-kb", type=int, default=160)
    parser.add_argument("--bare-budget", type=float, default=30.0)
    args = parser.parse_args()
    sizes = []
    size = args.min_kb * 1000
    while size <= args.max_kb * 1000:
        sizes.append(size)
        size *= 2

    load_pipeline()
    bare = spacy.load(MODEL_PACKAGE)
    bare.max_length = 10 * sizes[-1]  # bare spaCy refuses texts over 1,000,000 chars

    def ours(text: str) -> None:
        list(analyze_texts([text]))

    ours("Warm-up: Dmitry Peskov said “nothing” about $5bn.")
    bare("Warm-up.")
    print("| text | chars | ours s | ours µs/char | bare spaCy s | bare µs/char |")
    print("| --- | --- | --- | --- | --- | --- |")
    summary = []
    for kind, full in inputs(sizes[-1]).items():
        per_char: dict[str, list[float]] = {"ours": [], "bare": []}
        last_bare = 0.0
        for size in sizes:
            text = full[:size]
            ours_s = timed(ours, text)
            per_char["ours"].append(ours_s / size * 1e6)
            if last_bare <= args.bare_budget:
                last_bare = timed(bare, text)
                per_char["bare"].append(last_bare / size * 1e6)
                bare_cells = f"{last_bare:.2f} | {last_bare / size * 1e6:.1f}"
            else:
                bare_cells = "skipped | —"
            print(
                f"| {kind} | {size:,} | {ours_s:.2f} | {ours_s / size * 1e6:.1f} | {bare_cells} |",
                flush=True,
            )
        summary.append((kind, per_char))
    print()
    print("| text | ours µs/char ratio largest/smallest | bare ratio (largest size run) |")
    print("| --- | --- | --- |")
    for kind, per_char in summary:
        ratios = [
            f"{runs[-1] / runs[0]:.2f} ({sizes[len(runs) - 1]:,} chars)"
            for runs in (per_char["ours"], per_char["bare"])
        ]
        print(f"| {kind} | {ratios[0]} | {ratios[1]} |")


if __name__ == "__main__":
    main()
