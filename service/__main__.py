"""Command line: ``python -m service build`` precomputes the analysis cache of a corpus.

Run it as a one-off job before starting replicas that share the cache read-only.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from tqdm import tqdm

from service.corpus import CACHE_FOLDER, DEFAULT_MAX_FILE_BYTES, analyze_documents, read_corpus


def build(args: argparse.Namespace) -> int:
    """Analyse every document of the corpus that the cache lacks, over all cores."""
    corpus_dir = Path(args.corpus)
    cache_dir = Path(args.cache) if args.cache else corpus_dir / CACHE_FOLDER
    documents, skipped, _ = read_corpus(corpus_dir, args.max_file_bytes)
    for item in skipped:
        print(f"skipped {item.file}: {item.reason}", file=sys.stderr)
    started = time.perf_counter()
    with tqdm(total=len(documents), unit="doc", desc="analysing", smoothing=0.1) as bar:
        analyze_documents(documents, cache_dir, args.workers, bar.update)
    elapsed = time.perf_counter() - started
    words = sum(d.word_count for d in documents)
    print(
        f"{len(documents)} documents ({words} words) ready in {cache_dir} "
        f"in {elapsed:.1f}s ({len(documents) / max(elapsed, 1e-9):.1f} docs/s); "
        f"{len(skipped)} skipped"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    cmd = commands.add_parser("build", help="precompute the analysis cache")
    cmd.add_argument("--corpus", default=os.environ.get("CORPUS_DIR", "seeds"))
    cmd.add_argument(
        "--cache",
        default=os.environ.get("CACHE_DIR"),
        help=f"cache folder (default: <corpus>/{CACHE_FOLDER})",
    )
    cmd.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    cmd.add_argument("--max-file-bytes", type=int, default=DEFAULT_MAX_FILE_BYTES)
    cmd.set_defaults(run=build)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
