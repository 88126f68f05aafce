"""Entity rules of round r11b (issue 17: generic names joined across documents, the audit
``tests/data/entity_generic_audit.jsonl``), each on short texts written for it."""

import json
from pathlib import Path

from service.nlp.identity import resolve_identities
from service.nlp.pipeline import analyze_doc


def _entities(nlp, *texts):
    return [analyze_doc(nlp(text)).entities for text in texts]


def _evidence(nlp, text: str, name: str) -> dict[str, int]:
    for entity in analyze_doc(nlp(text)).entities:
        if entity.name == name:
            return dict(entity.evidence)
    raise AssertionError(f"{name} not found in {text!r}")


def _corpus_ids(per_document, name: str) -> list[str]:
    """The corpus id of the entity named ``name`` in each document."""
    identities = resolve_identities(per_document, [f"d{i}" for i in range(len(per_document))])
    ids = []
    for entities, mapping in zip(per_document, identities.keys, strict=True):
        ids += [mapping[e.key] for e in entities if e.name == name]
    return ids


_OPENERS = (
    "The single tops its digital chart. Digital sales in the US are already used to compile "
    "Billboard's Hot Digital Sales chart.",
    "Many firms offer web storage for digital photo collections.  Digital cameras were the hot "
    "gadget of Christmas 2004 and worldwide sales of the cameras rose.",
)


def test_a_common_word_opening_a_sentence_before_its_noun_is_marked(nlp):
    # "Digital cameras were ...": an adjective the document also writes in lower case, taken
    # for a body's name where it opens a sentence before the noun it qualifies.
    for text in _OPENERS:
        assert _evidence(nlp, text, "Digital").get("opener") == 1


def test_a_firms_name_opening_a_sentence_is_no_opener(nlp):
    # "Apple shares rose": the document never writes "apple" in lower case.
    text = "Apple shares rose 5% on Monday. Analysts expect sales of the iPod to double."
    assert not _evidence(nlp, text, "Apple").get("opener")


def test_a_common_word_opening_sentences_joins_no_documents(nlp):
    # Two documents whose only "Digital" is such a sentence opener: no one body of the corpus.
    ids = _corpus_ids(_entities(nlp, *_OPENERS), "Digital")
    assert len(ids) == 2
    assert ids[0] != ids[1]


def test_a_firm_opening_sentences_still_joins_documents(nlp):
    ids = _corpus_ids(
        _entities(
            nlp,
            "Apple shares rose 5% on Monday. Analysts expect sales of the iPod to double.",
            "Apple said sales of the iPod had doubled. The firm's shares rose.",
        ),
        "Apple",
    )
    assert len(ids) == 2
    assert ids[0] == ids[1]


_CUT = (
    "Next's trading statement comes a day after House of Fraser and Woolworths disappointed "
    "investors.",
    "The lord chancellor currently has the role of House of Lords speaker, Lady Boothroyd said.",
)


def test_a_common_noun_cut_before_of_and_a_name_is_marked(nlp):
    # "House of Fraser", "House of Lords": the model kept the first word of a longer name.
    for text in _CUT:
        assert _evidence(nlp, text, "House").get("cut") == 1


def test_a_name_cut_before_of_joins_no_documents(nlp):
    ids = _corpus_ids(_entities(nlp, *_CUT), "House")
    assert len(ids) == 2
    assert ids[0] != ids[1]


def test_the_generic_audit_is_judged():
    # The judged list of this round: 40 entities, every row judged.
    path = Path(__file__).parent / "data" / "entity_generic_audit.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert len({r["sample"] for r in rows}) == 40
    assert all(r["right"] in (r["entity"], "other") for r in rows)
    assert sum(r["right"] == "other" for r in rows) == 17


def test_a_bodys_name_before_a_role_is_no_opener(nlp):
    # "Academy president Frank Pierson": the noun after the name is the body's role.
    text = (
        "The academy formed a committee to tighten the rules.  Academy president Frank Pierson "
        "praised the move."
    )
    assert not _evidence(nlp, text, "Academy").get("opener")


def test_a_peer_of_a_place_is_not_cut(nlp):
    # "Lord Faulkner of Worcester": a person's title, not the first word of a body's name.
    text = "Lord Faulkner of Worcester, who chaired the inquiry, said betting should be traced."
    assert not _evidence(nlp, text, "Faulkner").get("cut")
