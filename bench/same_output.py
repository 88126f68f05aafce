"""Prove a change left every analysis as it was: a digest per text, compared with a reference.

    .venv/bin/python bench/same_output.py --write /tmp/BR/main.digests   # on a checkout of main
    .venv/bin/python bench/same_output.py --compare /tmp/BR/main.digests # on the branch

Runs the full analysis (``analyze_texts``) of a fixed set of texts: the first ``--bbc`` BBC
texts (the seed first), the first ``--polnear`` PolNeAR articles and the real news pages of
newspaper4k's test data. Each text's digest is a SHA-256 of its analysis's repr (records are
dataclasses, so the repr holds every field). ``--compare`` prints each text that differs and
exits 1 if any does. Meant for speed changes, which must change no output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import SHARED, bbc_texts, real_news_texts
from service.nlp.pipeline import analyze_texts


def named_texts(bbc: int, polnear: int) -> list[tuple[str, str]]:
    """The fixed texts, each with a name that says where it comes from."""
    named = [(f"bbc:{i}", text) for i, text in enumerate(bbc_texts(bbc))]
    # A detached checkout elsewhere (for the reference digests) finds no shared/ beside it.
    shared = SHARED if SHARED.is_dir() else Path("/work/shared")
    with (shared / "corpora" / "polnear_train.jsonl").open(encoding="utf-8") as lines:
        for i, line in zip(range(polnear), lines, strict=False):
            named.append((f"polnear:{i}", json.loads(line)["text"]))
    named += [(f"real:{name}", text) for name, text in sorted(real_news_texts().items())]
    return named


def digests(named: list[tuple[str, str]]) -> dict[str, str]:
    """Each text's name mapped to the digest of its analysis."""
    analyses = analyze_texts([text for _, text in named])
    return {
        name: hashlib.sha256(repr(analysis).encode()).hexdigest()
        for (name, _), analysis in zip(named, analyses, strict=True)
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="write the digests to this file")
    action.add_argument("--compare", type=Path, help="compare with the digests in this file")
    parser.add_argument("--bbc", type=int, default=400)
    parser.add_argument("--polnear", type=int, default=100)
    args = parser.parse_args()
    found = digests(named_texts(args.bbc, args.polnear))
    if args.write:
        args.write.write_text(json.dumps(found, indent=0) + "\n", encoding="utf-8")
        print(f"{len(found)} digests written to {args.write}")
        return
    expected = json.loads(args.compare.read_text(encoding="utf-8"))
    differing = [name for name in expected if found.get(name) != expected[name]]
    missing = sorted(set(found) ^ set(expected))
    for name in differing:
        print(f"differs: {name}")
    print(f"{len(expected)} texts compared: {len(differing)} differ, {len(missing)} unmatched")
    sys.exit(1 if differing or missing else 0)


if __name__ == "__main__":
    main()
