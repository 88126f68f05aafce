"""Title rules of round r16 (issue 17: the title audit weighted by mentions and the scan of
titles next to another person's name, ``tests/data/entity_title_audit_r16.jsonl``), each on
short texts written for it, with guards."""

import json
from pathlib import Path

from service.nlp.pipeline import analyze_doc


def _entities(nlp, text: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    entities = analyze_doc(nlp(text)).entities
    return {e.name: (e.type, [(a.kind, a.value) for a in e.attributes]) for e in entities}


def test_a_title_in_capitals_before_a_word_that_is_not_is_no_title(nlp):
    # "DR Congo": the initials of the Democratic Republic, not "Dr" the title; the player his
    # country owns stays a person.
    text = (
        "The other Africans at the club are former Cameroon defender Ernest Etchi, DR Congo's "
        "Alain Masudi and Nigerian midfielder Edith Agoye."
    )
    found = _entities(nlp, text)
    assert not any(("title", "DR") in attributes for _, attributes in found.values()), found
    assert found["Alain Masudi"][0] == "person"


def test_a_title_written_as_one_stays(nlp):
    # Guards: a title in a text in capitals, a title in running text.
    found = _entities(nlp, "DR JOHN SMITH said so.")
    assert ("title", "DR") in found["JOHN SMITH"][1]
    found = _entities(nlp, "Dr Reddy said the trial had gone well.")
    assert found["Reddy"] == ("person", [("title", "Dr")])


def test_a_title_after_a_firms_noun_is_part_of_the_firms_name(nlp):
    # "drugmaker Dr Reddy's", "retailer Dr Martens": the firm's name, not a doctor.
    text = "Profits at Indian drugmaker Dr Reddy's fell 93% as research costs rose."
    found = _entities(nlp, text)
    assert found["Reddy"][0] == "organization", found
    assert found["Reddy"][1] == []
    text = "Drugmaker Dr Reddy's said profits had fallen."
    assert _entities(nlp, text)["Reddy"][0] == "organization"
    assert _entities(nlp, "Shares in retailer Dr Martens rose.")["Martens"][0] == "organization"


def test_the_firms_name_keeps_its_title_spelling_through_the_article(nlp):
    # Once the article writes "drugmaker Dr Reddy's", its other "Dr Reddy's" is the firm's
    # name too: no doctor's title on it.
    text = (
        "Profits at Indian drugmaker Dr Reddy's fell 93% as research costs rose. The firm said "
        "its profits were 40m rupees. Dr Reddy's has built its reputation on generic drugs."
    )
    found = _entities(nlp, text)
    assert not any(("title", "Dr") in attributes for _, attributes in found.values()), found
    # Guard: another name after the same title is still titled.
    text = (
        "Profits at Indian drugmaker Dr Reddy's fell 93% as research costs rose. Dr Anji Rao, "
        "an analyst, said the firm would recover."
    )
    assert ("title", "Dr") in _entities(nlp, text)["Anji Rao"][1]


def test_a_title_after_a_firms_noun_with_a_clause_stays(nlp):
    # Guards: "the firm Dr Smith founded" (the name a clause's subject), and a job's noun
    # before the title ("team doctor") is no firm's.
    found = _entities(nlp, "The firm Dr Smith founded was sold last year.")
    assert found["Smith"] == ("person", [("title", "Dr")])
    found = _entities(nlp, "The team doctor Dr Jones said the striker would be fit.")
    assert ("title", "Dr") in found["Jones"][1]
    # Guard: a firm's noun that is no part of the name ends its own phrase, the comma left out.
    text = (
        "Speaking to the BBC News website Mr Molyneux said the honour was a surprise. "
        "Mr Molyneux has made many games."
    )
    assert _entities(nlp, text)["Molyneux"] == ("person", [("title", "Mr")])


def test_the_r16_title_audit_is_judged_whole():
    # The judged list of round r16 (40 BBC people drawn with seed 2066 in proportion to their
    # mentions, and the 10 whose title sits next to another person's name or comes from a
    # sentence without them), judged on main's code (PIPELINE_VERSION 119) before any change:
    # 55 of 58 and 10 of 11 right.
    path = Path(__file__).parent / "data" / "entity_title_audit_r16.jsonl"
    rows = [json.loads(line) for line in path.open()]
    titles = [r for r in rows if r["part"] == "title"]
    near = [r for r in rows if r["part"] == "neighbour"]
    assert (len(titles), len({r["entity"] for r in titles})) == (58, 40)
    assert (len(near), len({r["entity"] for r in near})) == (11, 10)
    assert all(isinstance(r["right"], bool) for r in rows)
    assert all((r["cause"] is None) == r["right"] for r in rows)
    assert (sum(r["right"] for r in titles), sum(r["right"] for r in near)) == (55, 10)
