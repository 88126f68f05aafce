"""Parties by their short names (the lead's BBC audit of the most frequent organisations):
"Lib Dem" and "Liberal Democrat" whole, and one entity for a party's names in a document."""

from service.nlp.entities import resolve_entities


def organisations(nlp, text):
    return {
        e.key: sorted(text[m.start : m.end] for m in e.mentions)
        for e in resolve_entities(nlp(text))
        if e.type == "organization"
    }


def test_lib_dem_before_a_role_is_the_whole_party_name(nlp):
    text = (
        "Lib Dem leader Charles Kennedy spoke first. Liberal Democrat MP Mark Oaten agreed, "
        "and the Liberal Democrats will vote against."
    )
    assert organisations(nlp, text) == {
        "organization:liberal-democrats": ["Lib Dem", "Liberal Democrat", "Liberal Democrats"]
    }


def test_a_partys_short_names_are_one_entity(nlp):
    text = (
        "The Tories say taxes will fall. Tory leader Michael Howard spoke in Leeds. The "
        "Conservatives lead in the south."
    )
    assert organisations(nlp, text) == {
        "organization:conservative-party": ["Conservatives", "Tories", "Tory"]
    }


def test_us_and_canadian_parties_by_their_short_names(nlp):
    text = (
        "The GOP and the Republicans in the Senate blocked the bill. In Ottawa, the NDP and "
        "the New Democrats said the same."
    )
    found = organisations(nlp, text)
    assert found["organization:republican-party"] == ["GOP", "Republicans"]
    assert found["organization:new-democratic-party"] == ["NDP", "New Democrats"]


def test_a_party_keeps_the_name_the_article_gives_it(nlp):
    text = "Labour said the vote was lost. Labour will try again in March."
    (labour,) = [e for e in resolve_entities(nlp(text)) if e.type == "organization"]
    assert (labour.key, labour.name) == ("organization:labour-party", "Labour")


def test_members_are_no_part_of_their_partys_name(nlp):
    text = (
        "Opposition members and some Labour MPs had long called for the minister's removal "
        "after criticism over waiting times."
    )
    assert organisations(nlp, text) == {"organization:labour-party": ["Labour"]}
