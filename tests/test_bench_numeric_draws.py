"""The numeric development samplers redraw their committed sets, sentence for sentence.

A sampler leaves out every numeric gold's sentences; its own set and later ones, committed
after its draw, must not count, or a second run draws other sentences.
"""

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("number", [9, 10, 11, 12, 13, 14, 15])
def test_sampler_redraws_its_committed_set(number):
    sampler = ROOT / "bench" / f"sample_numeric_dev{number}.py"
    run = subprocess.run(
        [sys.executable, str(sampler)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    drawn = [json.loads(line) for line in run.stdout.splitlines()]
    gold = (ROOT / "tests" / "data" / f"numeric_dev{number}.jsonl").read_text().splitlines()
    committed = [json.loads(line) for line in gold if line.strip()]
    assert [(d["id"], d["text"]) for d in drawn] == [(g["id"], g["text"]) for g in committed]


def test_gold_texts_leaves_out_later_sets():
    sys.path.insert(0, str(ROOT))
    disagreements = importlib.import_module("bench.numeric_disagreements")
    dev10 = (ROOT / "tests" / "data" / "numeric_dev10.jsonl").read_text().splitlines()
    sentence = json.loads(dev10[0])["text"]
    assert sentence in disagreements._gold_texts()
    assert sentence not in disagreements._gold_texts(before_dev=10)
    assert sentence in disagreements._gold_texts(before_dev=11)
