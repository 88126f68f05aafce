"""Draw the articles of the speaker gold's `dev21` split (10 BBC articles where an organisation
speaks, no PolNeAR: the held-out third is BBC, and organisations are its weakest speakers),
and list them for annotation.

    .venv/bin/python bench/sample_dev21.py             # -> tests/data/speakers_dev21_articles.jsonl
    .venv/bin/python bench/sample_dev21.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev21.py --build     # -> tests/data/speakers_dev21.jsonl

Exclusions: every article a gold had read, i.e. dev20's exclusions (`bench/sample_dev20.py`),
dev20's 10 articles, and the documents of the entity audits of round r12
(`tests/data/entity_{merge,title}_audit_r12.jsonl`), as they stood when dev21 was drawn (no
entity or numeric gold split was added after dev20's draw), and the frozen used list.

**Restriction** (the batch is an unseen estimate of organisations as speakers): only articles
whose raw text (no NLP) matches `ORG_SPEAKS`, a pattern where a body speaks: "spokesman /
spokeswoman / spokesperson", "statement", "the firm / company / group / bank / ministry / ...
said / says / told / ..." and "said the firm ...", an acronym before a speech verb ("the FSA
said", "KPMG said"), "according to a report / survey / study" and "the report says / found".
It does not guarantee an organisation is a quote's speaker, only that one likely speaks.

**The corpus is nearly exhausted**: after the exclusions, 51 unread BBC articles have a quoted
span at all, and only 10 of them match `ORG_SPEAKS` (at least 3 spans, dev20's minimum, left
none). So dev21 takes every article with at least 1 candidate span (`MIN_SPANS`) that matches,
in the order of `random.Random(2058)`'s shuffle of their sorted ids (no round-robin across the
categories: sport and entertainment have none left). Reported-speech rows count as much as
quotes here. The annotation format is dev20's (`speakers_dev21_annotations.txt`;
tests/data/speakers_gold.md).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import (  # noqa: E402
    sample_dev3,
    sample_dev20,
)
from bench.sample_dev4 import build, sheet  # noqa: E402
from bench.sample_dev7 import bbc_spans  # noqa: E402
from bench.sample_dev14 import taken_after  # noqa: E402
from bench.sample_dev20 import ENTITY_SPLITS_DEV20  # noqa: E402
from bench.sample_speaker_articles import USED_IDS, candidates, load_documents  # noqa: E402

SEED = 2058
# No entity split was added after dev20's draw.
ENTITY_SPLITS_DEV21 = ENTITY_SPLITS_DEV20
# The numeric golds when dev21 was drawn (numeric_dev15 on, if any, came later).
NUMERIC_BEFORE = 15
MIN_SPANS = 1
BBC_COUNT = 10
POLNEAR_COUNT = 0
DATA = ROOT / "tests" / "data"

BODY_NOUNS = (
    "firm|company|group|bank|ministry|department|government|club|union|association|council"
    "|party|agency|commission|board|organisation|organization|body|regulator|authority"
    "|corporation|charity|watchdog|league|federation|institute|studio|network|station"
)
SPEECH = "said|says|added|told|stated|warned|claimed|argued|insisted|announced|confirmed"
ORG_SPEAKS = re.compile(
    r"(?i:\bspokes(?:man|woman|person)\b|\bstatement\b)"
    rf"|(?i:\bthe (?:{BODY_NOUNS}) (?:{SPEECH})\b|\b(?:{SPEECH}) the (?:{BODY_NOUNS})\b)"
    rf"|\b[A-Z]{{2,}}s? (?:{SPEECH})\b"
    r"|(?i:\baccording to (?:a|the|its) (?:report|survey|study|figures|statement)\b)"
    r"|(?i:\b(?:report|survey|study) (?:said|says|found)\b)"
)
# The entity audits added after dev20's draw (a later audit must not change the draw).
AUDITS_R12 = ("merge_audit_r12", "title_audit_r12")


def _audited_r12() -> set[str]:
    """The BBC documents of the entity audits of round r12."""
    ids: set[str] = set()
    for name in AUDITS_R12:
        for line in (DATA / f"entity_{name}.jsonl").open():
            row = json.loads(line)
            if doc := row.get("document") or row.get("doc_id"):
                ids.add(doc)
    return ids


def taken_bbc() -> set[str]:
    """Every BBC article a gold or an audit had read when dev21 was drawn."""
    taken = taken_after(sample_dev20, "dev20", NUMERIC_BEFORE, ENTITY_SPLITS_DEV21)[0]
    return taken | _audited_r12()


def taken_polnear() -> frozenset[str]:
    """Every PolNeAR article a gold had read when dev21 was drawn."""
    return taken_after(sample_dev20, "dev20", NUMERIC_BEFORE, ENTITY_SPLITS_DEV21)[1]


def draw(documents: dict) -> list[dict]:
    """dev21's articles: every unread BBC article with ``MIN_SPANS`` candidate spans whose text
    matches ``ORG_SPEAKS``, in the seed's shuffled order, the first ``BBC_COUNT``."""
    taken = taken_bbc()
    ids = sorted(
        i
        for i, d in documents.items()
        if i not in USED_IDS and i not in taken and ORG_SPEAKS.search(d.text)
    )
    random.Random(SEED).shuffle(ids)
    drawn = []
    for doc_id in ids:
        if (n := len(candidates(documents[doc_id]))) >= MIN_SPANS:
            drawn.append(
                {"doc_id": doc_id, "split": "dev21", "category": doc_id.split("-")[0], "spans": n}
            )
    return drawn[:BBC_COUNT]


def main() -> None:
    parser = argparse.ArgumentParser(description="the speaker gold's dev21 batch")
    parser.add_argument("--sheet", type=Path, help="write one annotation sheet per article here")
    parser.add_argument("--build", action="store_true", help="write the gold from the annotations")
    args = parser.parse_args()
    articles = DATA / "speakers_dev21_articles.jsonl"
    documents = load_documents()
    rows = [{"id": d.id, "text": d.text, "doc": d} for d in documents.values()]
    if args.build:
        gold = build(rows, "dev21", DATA / "speakers_dev21_annotations.txt", bbc_spans)
        sample_dev3.write_gold(gold, rows, articles, DATA / "speakers_dev21.jsonl", bbc_spans)
        return
    sample_dev3.write_draw(
        draw(documents), rows, articles, args.sheet, partial(sheet, spans_of=bbc_spans)
    )


if __name__ == "__main__":
    main()
