"""The speaker gold's later batches redraw their committed articles.

Each batch leaves out the articles earlier golds had read when it was drawn; a gold that grew
afterwards (an entity or numeric batch added later) must not change a second run's draw.
"""

import importlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="module")
def documents():
    return importlib.import_module("bench.sample_speaker_articles").load_documents()


def committed(split: str) -> list[str]:
    path = ROOT / "tests" / "data" / f"speakers_{split}_articles.jsonl"
    return [json.loads(line)["doc_id"] for line in path.read_text().splitlines()]


@pytest.mark.parametrize("number", [8, 9, 10, 11])
def test_bbc_batch_redraws_its_articles(documents, number):
    sampler = importlib.import_module(f"bench.sample_dev{number}")
    draw_dev2 = importlib.import_module("bench.sample_speaker_articles").draw_dev2
    split = f"dev{number}"
    min_spans = getattr(sampler, "MIN_SPANS", 5)
    drawn = draw_dev2(
        documents, sampler.taken(), sampler.COUNT, sampler.SEED, split, min_spans=min_spans
    )
    assert [d["doc_id"] for d in drawn] == committed(split)


@pytest.mark.parametrize("number", [12, 13, 14, 15, 16, 17, 18, 19, 20])
def test_bbc_and_polnear_batch_redraws_its_articles(documents, number):
    sampler = importlib.import_module(f"bench.sample_dev{number}")
    mixed = importlib.import_module("bench.sample_dev12")  # the mixed batches' counts
    sample_dev3 = importlib.import_module("bench.sample_dev3")
    draw_dev2 = importlib.import_module("bench.sample_speaker_articles").draw_dev2
    split = f"dev{number}"
    drawn = draw_dev2(
        documents,
        sampler.taken_bbc(),
        getattr(sampler, "BBC_COUNT", mixed.BBC_COUNT),
        sampler.SEED,
        split,
        min_spans=getattr(sampler, "MIN_SPANS", mixed.MIN_SPANS),
    )
    polnear = sample_dev3.draw(
        sample_dev3.load_rows(), sampler.SEED, split, sampler.taken_polnear()
    )
    drawn += polnear[: getattr(sampler, "POLNEAR_COUNT", mixed.POLNEAR_COUNT)]
    assert [d["doc_id"] for d in drawn] == committed(split)


def test_the_organisation_batch_redraws_its_articles(documents):
    # dev21: every unread article matching its pattern of a body speaking, in the seed's order
    sampler = importlib.import_module("bench.sample_dev21")
    assert [d["doc_id"] for d in sampler.draw(documents)] == committed("dev21")


def test_the_last_unread_batch_redraws_its_articles(documents):
    # dev22: every remaining unread article with a quoted span, in the seed's order
    sampler = importlib.import_module("bench.sample_dev22")
    assert [d["doc_id"] for d in sampler.draw(documents)] == committed("dev22")
