"""Title rules of round r15 (issue 17: the title audit weighted by mentions and the roles
written after a modifier, ``tests/data/entity_title_audit_r15.jsonl``), each on short texts
written for it, with guards."""

import json
from pathlib import Path

from service.nlp.pipeline import analyze_doc


def _roles(nlp, text: str, surname: str) -> list[str]:
    entities = analyze_doc(nlp(text)).entities
    people = [e for e in entities if e.type == "person" and e.name.split()[-1] == surname]
    assert len(people) == 1, [(e.name, e.type) for e in entities]
    return [a.value for a in people[0].attributes if a.kind == "role"]


def test_an_adjective_before_a_noun_of_the_role_stays_in_it(nlp):
    # "local" classifies "government", the portfolio, though the parser hangs it on the
    # role's head: cut there, the role read "government minister" (any minister).
    text = "Whitehall cash will keep bills down, local government minister Nick Raynsford said."
    assert _roles(nlp, text, "Raynsford") == ["local government minister"]
    assert _roles(nlp, "The public health minister Caroline Flint said so.", "Flint") == [
        "public health minister"
    ]
    text = "Prices rose in winter, labour office chief Frank-Juergen Weise said."
    assert _roles(nlp, text, "Weise") == ["labour office chief"]


def test_a_sentence_capital_does_not_end_the_role(nlp):
    # "Local" is capitalised by the sentence only: the text writes it in lower case too.
    text = (
        "Local government spokesman Ed Davey was speaking as the party launched its campaign "
        "for the local elections."
    )
    assert _roles(nlp, text, "Davey") == ["Local government spokesman"]


def test_a_name_opening_the_sentence_stays_out_of_the_role(nlp):
    # Guard: "Valve" is the firm's name (never in lower case), not a word of the role.
    text = "Valve spokesman Doug Lombardi said the game had sold well in its first week."
    assert _roles(nlp, text, "Lombardi") == ["spokesman"]


def test_a_rank_or_a_participle_before_the_role_stays_out(nlp):
    # Guards: "confident" describes the man before a rank, "embattled" (a participle) the
    # man before a portfolio; "new" dates the post.
    text = "The confident shadow home secretary David Davis said so."
    assert _roles(nlp, text, "Davis") == ["shadow home secretary"]
    assert _roles(nlp, "The embattled health secretary John Reid said so.", "Reid") == [
        "health secretary"
    ]
    assert _roles(nlp, "The new education secretary Ruth Kelly said so.", "Kelly") == [
        "education secretary"
    ]


def test_a_word_describing_the_holder_stays_out_of_the_role(nlp):
    # Guards: praise or blame, age and time describe the person, not the portfolio.
    for text, surname, role in (
        ("The popular health secretary John Reid said so.", "Reid", "health secretary"),
        ("The young finance minister Ann Smith said so.", "Smith", "finance minister"),
        ("Controversial education secretary Ruth Kelly said so.", "Kelly", "education secretary"),
    ):
        assert _roles(nlp, text, surname) == [role]


def test_a_modifier_of_a_modifier_stays_in_a_role_in_apposition(nlp):
    text = "Mr Demel, a car industry veteran, took the helm in November 2003."
    assert _roles(nlp, text, "Demel") == ["car industry veteran"]
    text = "'It costs nothing,' said Stephen Baker, a consumer electronics analyst with NPD Group."
    assert _roles(nlp, text, "Baker") == ["consumer electronics analyst"]
    text = "'We need people,' said Shauna Perry, Bioware's audio and external resources producer."
    assert _roles(nlp, text, "Perry") == ["audio and external resources producer"]


def test_an_apposition_without_nested_modifiers_is_unchanged(nlp):
    # Guards: a number's compound and a plain role noun stay as they were.
    text = "Otis Grant, the 22-year-old son of rock star Bryan Ferry, was charged."
    assert _roles(nlp, text, "Grant") == ["son"]
    assert _roles(nlp, "Tom Brown, an analyst at Edward Jones, said so.", "Brown") == ["analyst"]
    # An ordinal before the role is left out, not a reason to drop the role.
    text = "Const. Tyler Brandt, the first RCMP officer to arrive, testified that he was hurt."
    assert "RCMP officer" in _roles(nlp, text, "Brandt")


def test_the_r15_title_audit_is_judged_whole():
    # The judged list of round r15 (40 BBC people drawn with seed 2063 in proportion to their
    # mentions, and the 19 whose role follows a modifier), judged on main's code
    # (PIPELINE_VERSION 117) before any change: 63 of 67 and 29 of 32 right.
    path = Path(__file__).parent / "data" / "entity_title_audit_r15.jsonl"
    rows = [json.loads(line) for line in path.open()]
    titles = [r for r in rows if r["part"] == "title"]
    inner = [r for r in rows if r["part"] == "inner-role"]
    assert (len(titles), len({r["entity"] for r in titles})) == (67, 40)
    assert (len(inner), len({r["entity"] for r in inner})) == (32, 19)
    assert all(isinstance(r["right"], bool) for r in rows)
    assert all((r["cause"] is None) == r["right"] for r in rows)
    assert (sum(r["right"] for r in titles), sum(r["right"] for r in inner)) == (63, 29)
