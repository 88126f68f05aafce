"""Extraction throughput: our full pipeline vs bare en_core_web_sm ``nlp.pipe``, same texts.

    .venv/bin/python bench/throughput.py [--limit N]

Both run in this one process, one core each, alternating on chunks of ``--chunk`` texts (a
chunk parsed bare, then the same chunk through ours), so that a change of load on a noisy
machine weighs on both alike. Bare spaCy runs with all its components, as ours does.
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


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


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
    t_bare = t_ours = 0.0
    for start in range(0, len(texts), args.chunk):
        chunk = texts[start : start + args.chunk]
        t_bare += timed(lambda chunk=chunk: list(bare.pipe(chunk, batch_size=32)))
        t_ours += timed(lambda chunk=chunk: list(analyze_texts(chunk)))
    print(f"{len(texts)} texts, {words} words, one process each")
    print(f"bare spaCy nlp.pipe : {words / t_bare:9.0f} words/s ({t_bare:.1f}s)")
    print(f"newsfacts pipeline  : {words / t_ours:9.0f} words/s ({t_ours:.1f}s)")
    print(f"ratio ours/bare     : {t_bare / t_ours:.2f}  (target >= 0.80)")


if __name__ == "__main__":
    main()
