"""Entity rules of round r9 (issue 17, dev12 and the leftovers of earlier rounds), each on a
short hand-written text."""

from service.nlp.records import Attribute
from service.nlp.titles import clean_titles
from tests.test_identity import corpus_ids


def test_two_full_names_joined_by_an_ampersand_are_two_people(nlp):
    text = "The best actor award went to Matt Lucas & David Walliams for Little Britain ."
    found = {(e.text, e.label_) for e in nlp(text).ents}
    assert ("Matt Lucas & David Walliams", "PERSON") not in found
    assert {("Matt Lucas", "PERSON"), ("David Walliams", "PERSON")} <= found


def test_a_players_place_or_playing_for_a_town_names_its_club(nlp):
    # "a fly-half for Stockton", "played for Stockton": the club a player plays for, not the town,
    # with no other cue in the document (as "joined Stockton" in round r8).
    ids, merged = corpus_ids(
        nlp,
        "Police in Stockton arrested two men on Friday.",
        "The mayor of Stockton opened the new library on Monday.",
        "Bennett, a fly-half for Stockton in the 1970s, said the team could win.",
        "Moss played for Stockton for ten years before he retired.",
    )
    town = ids[0]["Stockton"]
    assert merged.types[town] == "place"
    assert ids[2]["Stockton"] == ids[3]["Stockton"] != town
    assert merged.types[ids[2]["Stockton"]] == "organization"


def test_playing_for_a_country_or_for_a_person_is_no_club(nlp):
    ids, merged = corpus_ids(
        nlp,
        "Police in Stockton arrested two men on Friday.",
        "Moss played for England in the World Cup.",
    )
    assert merged.types[ids[1]["England"]] == "place"


def test_a_town_the_model_takes_for_a_person_is_the_town_and_its_club(nlp):
    # The model labels "Llanelli" a person in most of its mentions; no one titles, quotes or
    # names it in full, a fixture and a career give its club, "in Llanelli" the town.
    texts = (
        "Llanelli v Cardiff was called off on Saturday because of the frost.",
        "Jones, a fly-half for Llanelli in the 1970s, said the side could win.",
        "Many families travel to Llanelli for the market. The council in Llanelli agreed.",
    )
    ids, merged = corpus_ids(nlp, *texts)
    assert "person:llanelli" not in merged.types
    town, club = ids[2]["Llanelli"], ids[1]["Llanelli"]
    assert merged.types[town] == "place"
    assert merged.types[club] == "organization"


def test_a_role_and_the_same_role_held_before_are_shown_once():
    def role(value, start):
        return Attribute("role", value, value, start, start + len(value))

    shown = clean_titles(
        [
            role("England captain", 0),
            role("former England captain", 40),
            role("former England captain", 80),
            role("flanker", 120),
        ],
        "male",
    )
    assert [a.value for a in shown] == ["former England captain", "flanker"]
    shown = clean_titles(
        [role("Home Secretary", 0), role("Home Secretary", 30), role("former Home Secretary", 60)],
        "male",
    )
    assert [a.value for a in shown] == ["Home Secretary"]
