"""Command line: ``python -m service build`` writes the store of a corpus.

Run it as a one-off job before starting replicas that share the store read-only. Over several
machines: ``build --shard I/N`` on each (it analyses the files of its share only, into its
own cache), ``merge-analyses`` into one cache, then ``build`` there (no NLP left to do).
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import sys
import time
from pathlib import Path

from tqdm import tqdm

from service.corpus import CACHE_FOLDER, DEFAULT_MAX_FILE_BYTES
from service.corpus.analysis import analyze_texts, merge_caches, text_key
from service.corpus.build import Settings, ensure_store
from service.corpus.reader import read_corpus


def build(args: argparse.Namespace) -> int:
    """Analyse the texts the cache lacks, over all cores, and write the store if stale."""
    corpus_dir = Path(args.corpus)
    if not corpus_dir.is_dir():
        print(f"corpus folder not found: {corpus_dir}", file=sys.stderr)
        return 2
    cache_dir = Path(args.cache) if args.cache else corpus_dir / CACHE_FOLDER
    started = time.perf_counter()
    documents, skipped, _ = read_corpus(corpus_dir, args.max_file_bytes, cache_dir)
    for item in skipped:
        print(f"skipped {item.file}: {item.reason}", file=sys.stderr)
    if args.shard:
        return analyse_shard(args.shard, documents, cache_dir, args.workers, started)
    distinct = len({d.text for d in documents})
    del documents
    with tqdm(total=distinct, unit="text", desc="analysing", smoothing=0.1) as bar:
        path, built = ensure_store(
            corpus_dir,
            cache_dir,
            Settings(args.max_file_bytes),
            workers=args.workers,
            progress=bar.update,
        )
    elapsed = time.perf_counter() - started
    state = "built" if built else "up to date"
    print(
        f"store {path} {state} in {elapsed:.1f}s ({path.stat().st_size / 1e6:.1f} MB, "
        f"{distinct} distinct texts); {len(skipped)} skipped"
    )
    return 0


def _shard(value: str) -> tuple[int, int]:
    try:
        index, count = (int(part) for part in value.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError("expected I/N, e.g. 0/4") from None
    if not 0 <= index < count:
        raise argparse.ArgumentTypeError("expected 0 <= I < N")
    return index, count


def analyse_shard(shard, documents, cache_dir: Path, workers: int, started: float) -> int:
    """Analyse into ``cache_dir`` the texts of the files of one share of the corpus."""
    index, count = shard
    mine = {
        text_key(d.text): d.text
        for d in documents
        if int(hashlib.sha256(d.source.file.encode()).hexdigest(), 16) % count == index
    }
    with tqdm(total=len(mine), unit="text", desc=f"shard {index}/{count}") as bar:
        analyze_texts(mine, cache_dir, workers, bar.update)
    print(f"{len(mine)} texts analysed into {cache_dir} in {time.perf_counter() - started:.1f}s")
    return 0


def merge_analyses(args: argparse.Namespace) -> int:
    """Copy the analyses of other caches into this one (content-addressed: no conflicts)."""
    added = merge_caches(Path(args.cache), [Path(s) for s in args.sources])
    print(f"{added} analyses added to {Path(args.cache)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    cmd = commands.add_parser("build", help="analyse what is new and write the store")
    cmd.add_argument("--corpus", default=os.environ.get("CORPUS_DIR", "seeds"))
    cmd.add_argument(
        "--cache",
        default=os.environ.get("CACHE_DIR"),
        help=f"cache folder: analyses and store (default: <corpus>/{CACHE_FOLDER})",
    )
    cmd.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    cmd.add_argument(
        "--max-file-bytes",
        type=int,
        default=int(os.environ.get("MAX_FILE_BYTES") or DEFAULT_MAX_FILE_BYTES),
    )
    cmd.add_argument(
        "--shard",
        type=_shard,
        help="I/N: only analyse the files of share I of N (into the cache; no store)",
    )
    cmd.set_defaults(run=build)
    merge = commands.add_parser("merge-analyses", help="copy other analysis caches into this one")
    merge.add_argument("--cache", required=True, help="the cache folder to fill")
    merge.add_argument("sources", nargs="+", help="cache folders (or analyses.sqlite files)")
    merge.set_defaults(run=merge_analyses)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
