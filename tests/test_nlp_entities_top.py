"""The lead's audit of the BBC corpus's most frequent entities: parties by their short names
("Lib Dem" and "Liberal Democrat" whole, one entity for a party's names), a ground the model
took for a person."""

from service.nlp.entities import resolve_entities
from tests.test_nlp_entities import entity_types


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


def test_a_one_word_name_people_are_not_at_is_a_place(nlp):
    text = (
        "He will leave Anfield if the Reds fail to qualify. His time in charge at Anfield "
        "was short."
    )
    assert entity_types(nlp, text)["Anfield"] == "place"


def test_someone_looked_or_aimed_at_is_still_a_person(nlp):
    for text in ("Gordon Brown took a swipe at Blair.", "Fans were angry at Rooney."):
        name = text.split()[-1].rstrip(".")
        assert entity_types(nlp, text).get(name) == "person", text


def test_a_publication_after_the_is_kept_though_its_word_is_a_role(nlp):
    text = "According to the Economist, prices rose in May. The Economist is a weekly."
    assert "organization:economist" in organisations(nlp, text)


def test_a_broadcaster_named_by_its_place_and_radio_is_an_organisation(nlp):
    text = "Pope Benedict spoke on Vatican Radio on Sunday. Israel Radio said the talks failed."
    orgs = organisations(nlp, text)
    assert any("Vatican Radio" in names for names in orgs.values()) or any(
        "Israel Radio" in names for names in orgs.values()
    ), orgs


def test_a_person_after_with_and_a_trade_is_no_firm(nlp):
    text = "The firm held talks with lawyers Amal Clooney and others on Monday."
    assert entity_types(nlp, text).get("Amal Clooney") == "person"
