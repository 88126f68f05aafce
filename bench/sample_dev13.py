"""Draw the articles of the speaker gold's `dev13` split (15 BBC and 8 PolNeAR articles, as
dev12), and list them for annotation.

    .venv/bin/python bench/sample_dev13.py             # -> tests/data/speakers_dev13_articles.jsonl
    .venv/bin/python bench/sample_dev13.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev13.py --build     # -> tests/data/speakers_dev13.jsonl

dev12's draw (`bench/sample_dev12.py`) with the seed `random.Random(2035)`, without every
article a gold had read: dev12's exclusions, dev12's 23 articles, and every BBC or PolNeAR
article of a numeric gold (all its batches, dev9 included) or of the entity gold as it stands.
The annotation format is dev12's (`speakers_dev13_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sample_dev7 import DATA  # noqa: E402
from bench.sample_dev8 import ENTITY_SPLITS, entity_articles  # noqa: E402
from bench.sample_dev12 import run_mixed  # noqa: E402
from bench.sample_dev12 import taken_bbc as taken_dev12_bbc  # noqa: E402
from bench.sample_dev12 import taken_polnear as taken_dev12_polnear  # noqa: E402

SEED = 2035


def _numeric_ids(before_dev: int | None = 10) -> tuple[set[str], set[str]]:
    """The BBC and the PolNeAR articles the numeric golds drew their sentences from: those
    before ``numeric_dev{before_dev}`` (dev13's draw: numeric_dev10 on came later), or all."""
    bbc: set[str] = set()
    polnear: set[str] = set()
    for path in sorted(DATA.glob("numeric_*.jsonl")):
        number = re.fullmatch(r"numeric_dev(\d+)", path.stem)
        if number and before_dev is not None and int(number[1]) >= before_dev:
            continue
        for line in path.open():
            source, _, rest = str(json.loads(line).get("id", "")).partition(":")
            if source.startswith("bbc"):
                bbc.add(rest.replace("/", "-"))
            elif source == "polnear":
                polnear.add(rest)
    return bbc, polnear


def _drawn_dev12() -> set[str]:
    return {json.loads(line)["doc_id"] for line in (DATA / "speakers_dev12_articles.jsonl").open()}


def taken_bbc() -> set[str]:
    """Every BBC article a gold had read when dev13 was drawn."""
    ids = taken_dev12_bbc() | _drawn_dev12() | _numeric_ids()[0]
    ids |= entity_articles((*ENTITY_SPLITS, "dev6", "dev7", "dev8"))
    for row in map(json.loads, (DATA / "entity_gold_dev4.jsonl").open()):
        if row.get("doc_id"):
            ids.add(row["doc_id"])
    return ids


def taken_polnear() -> frozenset[str]:
    """Every PolNeAR article a gold had read when dev13 was drawn."""
    return frozenset(taken_dev12_polnear() | _drawn_dev12() | _numeric_ids()[1])


def main() -> None:
    run_mixed("dev13", SEED, taken_bbc(), taken_polnear())


if __name__ == "__main__":
    main()
