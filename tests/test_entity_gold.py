"""The entity-identity gold (tests/data/entity_gold.jsonl) stays well-formed as it is edited."""

import json
from collections import Counter
from pathlib import Path

import pytest

from service.corpus import read_corpus

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "entity_gold.jsonl"
BBC = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"
ROWS = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
ENTITIES = {r["id"]: r for r in ROWS if r["kind"] == "entity"}
MENTIONS = [r for r in ROWS if r["kind"] == "mention"]


def test_sixty_people_and_sixty_organisations_or_places_a_third_held_out_and_dev_batches():
    kinds = Counter(
        (
            "person"
            if e["type"] == "person"
            else "org_or_place"
            if e["type"] in ("organization", "place")
            else "other",
            e["split"],
        )
        for e in ENTITIES.values()
    )
    assert kinds[("person", "dev")] == kinds[("org_or_place", "dev")] == 40
    assert kinds[("person", "heldout")] == kinds[("org_or_place", "heldout")] == 20
    assert kinds[("person", "dev2")] == kinds[("org_or_place", "dev2")] == 20
    assert kinds[("other", "dev2")] == 5
    assert kinds[("person", "dev3")] == kinds[("org_or_place", "dev3")] == 30
    assert kinds[("person", "dev5")] == 30
    assert kinds[("org_or_place", "dev5")] == 31  # Malaysia added after the draw: entity_gold.md
    assert kinds[("person", "dev6")] == 16
    assert kinds[("org_or_place", "dev6")] == 17  # Rangers added after the draw: entity_gold.md
    assert kinds[("person", "dev7")] == 12
    assert kinds[("org_or_place", "dev7")] == 12
    assert kinds[("person", "dev8")] == 12
    assert kinds[("org_or_place", "dev8")] == 10
    assert kinds[("person", "dev9")] == 14  # two people added after the draw: entity_gold.md
    assert kinds[("org_or_place", "dev9")] == 10
    assert kinds[("other", "dev9")] == 3
    assert kinds[("person", "dev10")] == 8
    assert kinds[("org_or_place", "dev10")] == 5
    assert kinds[("person", "dev11")] == 8
    assert kinds[("org_or_place", "dev11")] == 5
    assert kinds[("person", "dev12")] == 8
    assert kinds[("org_or_place", "dev12")] == 5
    assert kinds[("person", "dev13")] == 11
    assert kinds[("org_or_place", "dev13")] == 3
    assert all(e["titles"] for e in ENTITIES.values() if e["type"] == "person")


def test_every_mention_has_one_label_and_known_ids():
    assert len(MENTIONS) >= 600
    for m in MENTIONS:
        assert (m["entity"] is not None) + (m["other"] is not None) + m["not_entity"] == 1, m
        assert m["entity"] is None or m["entity"] in ENTITIES, m
        assert m["split"] == ENTITIES[m["drawn_for"]]["split"], m
    spans = Counter((m["doc_id"], m["start"], m["end"]) for m in MENTIONS)
    assert spans.most_common(1)[0][1] == 1


def test_offsets_point_at_the_annotated_text(tmp_path):
    if not BBC.exists():
        pytest.skip("the BBC corpus is not checked out beside the project")
    (tmp_path / BBC.name).symlink_to(BBC)
    documents, _, _ = read_corpus(tmp_path)
    texts = {d.id: d.text for d in documents}
    wrong = [m for m in MENTIONS if texts[m["doc_id"]][m["start"] : m["end"]] != m["text"]]
    assert wrong == []


@pytest.mark.parametrize(
    ("batch", "earlier", "at_least"),
    [
        ("dev2", ("dev", "heldout"), 350),
        ("dev3", ("dev", "heldout", "dev2"), 330),
        ("dev5", ("dev", "heldout", "dev2", "dev3"), 350),
    ],
)
def test_a_later_batch_never_overlaps_an_earlier_batch_span(batch, earlier, at_least):
    first = [m for m in MENTIONS if m["split"] in earlier]
    second = [m for m in MENTIONS if m["split"] == batch]
    assert len(second) >= at_least
    by_doc = {}
    for m in first:
        by_doc.setdefault(m["doc_id"], []).append((m["start"], m["end"]))
    overlapping = [
        m
        for m in second
        if any(s < m["end"] and m["start"] < e for s, e in by_doc.get(m["doc_id"], ()))
    ]
    assert overlapping == []


DEV4 = ROOT / "tests" / "data" / "entity_gold_dev4.jsonl"
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear_train.jsonl"


def test_dev4_is_every_name_of_its_articles_built_from_the_notes():
    """dev4 (PolNeAR) is rebuilt from its notes byte for byte, and points at the articles."""
    if not POLNEAR.exists():
        pytest.skip("the PolNeAR corpus is not checked out beside the project")
    from bench.sample_entity_dev4 import build  # noqa: PLC0415

    built = build()
    assert [json.dumps(r, ensure_ascii=False) for r in built] == DEV4.read_text().splitlines()
    entities = {r["id"]: r for r in built if r["kind"] == "entity"}
    mentions = [r for r in built if r["kind"] == "mention"]
    assert len({m["doc_id"] for m in mentions}) == 15
    assert len(mentions) >= 700
    assert sum(e["type"] == "person" for e in entities.values()) >= 50
    texts = {r["id"]: r["text"] for r in map(json.loads, POLNEAR.open())}
    assert all(texts[m["doc_id"]][m["start"] : m["end"]] == m["text"] for m in mentions)
    assert all(m["entity"] in entities and m["split"] == "dev4" for m in mentions)
    assert not set(entities) & set(ENTITIES)
