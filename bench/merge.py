"""Time of the cross-document entity merge on the cached BBC analyses (a warm start's share).

    .venv/bin/python bench/merge.py [--runs N] [--cache DIR]

Loads the bench corpus's cached analyses (built by ``bench/entities.py``, keyed by pipeline
version), then times ``service.nlp.identity.resolve_identities`` and the whole
``service.corpus._merge_entities`` (identities included) in this process: the first run (cold
caches, as on a warm start) and the fastest of ``--runs`` more. Run it in two checkouts, one
after the other, to compare them.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import MergedCorpus


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", default="/tmp/newsfacts-bench-cache", help="analysis cache")
    args = parser.parse_args()
    from service.corpus import records  # noqa: PLC0415

    bench = MergedCorpus(Path(args.cache), workers=2)
    documents, analyses = bench.documents, bench.analyses
    per_doc = [analyses[d.id].entities for d in documents]
    ids = [d.id for d in documents]
    gc.disable()  # as load_corpus does
    steps = {
        "_merge_entities (identities included)": bench.merge,
    }
    if hasattr(records, "resolve_identities"):  # older code merged without it
        steps["resolve_identities"] = lambda: records.resolve_identities(per_doc, ids)
    print(f"{len(documents)} documents, {sum(map(len, per_doc))} per-document entities")
    for name, step in steps.items():
        times = []
        for _ in range(args.runs + 1):
            started = time.perf_counter()
            step()
            times.append(time.perf_counter() - started)
        fastest = min(times[1:])
        print(f"{name:40} first {times[0]:6.3f} s, fastest of {args.runs} more {fastest:6.3f} s")


if __name__ == "__main__":
    main()
