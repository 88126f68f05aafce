"""Entity rules of round r9 (issue 17, dev12 and the leftovers of earlier rounds), each on a
short hand-written text."""

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
