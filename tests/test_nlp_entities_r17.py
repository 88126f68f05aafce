"""Title rules of round r16c (issue 17: the title audit r17, weighted by mentions, and the scan
of titles that may contradict each other, ``tests/data/entity_title_audit_r17.jsonl``), each on
short texts written for it, with guards."""

import json
from pathlib import Path

from service.nlp.pipeline import analyze_doc


def _entities(nlp, text: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    entities = analyze_doc(nlp(text)).entities
    return {e.name: (e.type, [(a.kind, a.value) for a in e.attributes]) for e in entities}


def _roles(nlp, text: str, name: str) -> list[str]:
    return [value for kind, value in _entities(nlp, text)[name][1] if kind == "role"]


def test_an_award_before_nominee_is_part_of_the_role(nlp):
    # "Oscar nominee X": the award classifies "nominee"; "nominee" alone says a candidacy.
    text = "Stars including Burt Reynolds and Oscar nominee Alan Alda paid tribute to him."
    assert _roles(nlp, text, "Alan Alda") == ["Oscar nominee"]
    text = "Academy Award nominee Alan Alda paid tribute to him."
    assert _roles(nlp, text, "Alan Alda") == ["Academy Award nominee"]


def test_a_party_before_nominee_stays_an_affiliation(nlp):
    # Guards: a party, a demonym and a plain role before a name are unchanged.
    found = _entities(nlp, "The Republican nominee John McCain said he would win Ohio.")
    assert ("role", "nominee") in found["John McCain"][1], found
    assert ("affiliation", "Republican") in found["John McCain"][1]
    text = "Labour MP Stephen Pound said he was shocked."
    assert _roles(nlp, text, "Stephen Pound") == ["Labour MP"]


def test_a_publications_name_is_no_part_of_the_role(nlp):
    # "Q magazine reviews editor X": "magazine" ends the publication's name ("Q magazine"),
    # the role is "reviews editor", not "magazine reviews editor".
    text = "Q magazine reviews editor Ted Kessler said they were pretty-boy clothes horses."
    assert _roles(nlp, text, "Ted Kessler") == ["reviews editor"]
    text = "He told the Mac Format magazine deputy editor Ian Harris that it would sell."
    assert _roles(nlp, text, "Ian Harris") == ["deputy editor"]
    found = _entities(nlp, "Time magazine editor Jim Kelly said so.")
    assert found["Jim Kelly"][1] == [("role", "editor"), ("affiliation", "Time")]


def test_a_role_with_a_common_noun_before_it_keeps_it(nlp):
    # Guards: a classifying noun in lower case with no name before it stays in the role.
    text = "Miles Shipside, commercial director at Rightmove, said sellers must cut prices."
    assert _roles(nlp, text, "Miles Shipside") == ["commercial director"]
    text = "Music magazine editor Ted Kessler said they were good."
    assert _roles(nlp, text, "Ted Kessler") == ["magazine editor"]


def test_an_award_of_the_year_is_no_role(nlp):
    # "X, Industry Week's 2003 Technology Leader of the Year": an award's name in apposition,
    # not a post.
    text = (
        "We are in a different phase now, argues Mr Donofrio, Industry Week's 2003 Technology "
        "Leader of the Year."
    )
    assert _roles(nlp, text, "Donofrio") == []
    text = "The prize went to Anna Smith, the Businesswoman of the Year, on Monday."
    assert _roles(nlp, text, "Anna Smith") == []


def test_a_role_in_apposition_stays(nlp):
    # Guards: a role in apposition with "of" and a body, and one with a year after it.
    text = "Ken Kutaragi, chief operating officer of Sony, said the console would sell."
    assert _roles(nlp, text, "Ken Kutaragi") == ["chief operating officer"]
    text = "John Smith, the chairman of the year's biggest bank, said profits rose."
    assert _roles(nlp, text, "John Smith") == ["chairman"]


def test_the_r17_title_audit_is_judged_whole():
    # The judged list of round r16c (45 BBC people drawn with seed 2067 in proportion to their
    # mentions, and the 5 people, never judged before, whose titles may contradict each other
    # or are more than three), judged on main's code (PIPELINE_VERSION 120) before any change:
    # 58 of 63 and 13 of 14 right.
    path = Path(__file__).parent / "data" / "entity_title_audit_r17.jsonl"
    rows = [json.loads(line) for line in path.open()]
    titles = [r for r in rows if r["part"] == "title"]
    conflict = [r for r in rows if r["part"] == "conflict"]
    assert (len(titles), len({r["entity"] for r in titles})) == (63, 45)
    assert (len(conflict), len({r["entity"] for r in conflict})) == (14, 5)
    assert all(isinstance(r["right"], bool) for r in rows)
    assert all((r["cause"] is None) == r["right"] for r in rows)
    assert (sum(r["right"] for r in titles), sum(r["right"] for r in conflict)) == (58, 13)
