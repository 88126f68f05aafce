"""Extraction throughput: our full pipeline vs bare en_core_web_sm ``nlp.pipe``, same texts.

    .venv/bin/python bench/throughput.py [--limit N]

Both run in this one process, one core each, alternating on chunks of ``--chunk`` texts (a
chunk parsed bare, then the same chunk through ours), so that a change of load on a noisy
machine weighs on both alike. Bare spaCy runs with all its components, as ours does. The ratio
is given twice: by wall time, and by the process's CPU time, which the time spent waiting for a
core on a loaded machine does not inflate (both sides run single-threaded).
"""

from __future__ import annotations

import argparse
import sys
import time

import spacy

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))

from bench._common import bbc_texts
from service.nlp import MODEL_PACKAGE
from service.nlp.pipeline import analyze_texts, load_pipeline


def timed(fn) -> tuple[float, float]:
    """Wall and CPU seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int)
    parser.add_argument("--chunk", type=int, default=32)
    args = parser.parse_args()
    texts = bbc_texts(args.limit)
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(MODEL_PACKAGE)
    load_pipeline()
    warm = texts[:20]
    list(bare.pipe(warm))
    list(analyze_texts(warm))
    bare_wall = bare_cpu = ours_wall = ours_cpu = 0.0
    for start in range(0, len(texts), args.chunk):
        chunk = texts[start : start + args.chunk]
        wall, cpu = timed(lambda chunk=chunk: list(bare.pipe(chunk, batch_size=32)))
        bare_wall, bare_cpu = bare_wall + wall, bare_cpu + cpu
        wall, cpu = timed(lambda chunk=chunk: list(analyze_texts(chunk)))
        ours_wall, ours_cpu = ours_wall + wall, ours_cpu + cpu
    print(f"{len(texts)} texts, {words} words, one process each")
    print(f"bare spaCy nlp.pipe : {words / bare_wall:9.0f} words/s ({bare_wall:.1f}s)")
    print(f"newsfacts pipeline  : {words / ours_wall:9.0f} words/s ({ours_wall:.1f}s)")
    print(f"ratio ours/bare     : {bare_wall / ours_wall:.2f}  (target >= 0.80)")
    print(f"ratio by CPU time   : {bare_cpu / ours_cpu:.2f}  ({bare_cpu:.1f}s / {ours_cpu:.1f}s)")


if __name__ == "__main__":
    main()
