"""Entity rules of round r10 (issue 17, dev13 and the leftovers of earlier rounds), each on a
short hand-written text."""

from tests.test_identity import corpus_ids


def test_a_signing_from_a_town_names_its_club(nlp):
    # "a £15.8m signing from Stockton", "was signed from Stockton": the club a player came from,
    # as "signed White from Stockton" (round r9) was; the town of other documents stays the town.
    ids, merged = corpus_ids(
        nlp,
        "Police in Stockton arrested two men on Friday.",
        "The mayor of Stockton opened the new library on Monday.",
        "Chelsea wrote off the fee for Moss, a £15m signing from Stockton last season.",
        "Bennett was signed from Stockton in the summer and played well.",
    )
    town = ids[0]["Stockton"]
    assert merged.types[town] == "place"
    assert ids[2]["Stockton"] == ids[3]["Stockton"] != town
    assert merged.types[ids[2]["Stockton"]] == "organization"


def test_signing_a_thing_from_a_town_is_no_club(nlp):
    ids, merged = corpus_ids(
        nlp,
        "Police in Stockton arrested two men on Friday.",
        "The minister signed the letter from Stockton on Monday.",
    )
    assert merged.types[ids[1]["Stockton"]] == "place"


def test_a_clubs_name_ending_alone_is_no_person(nlp):
    # "Rovers took the lead": a club's short name (Doncaster Rovers), which the model takes for
    # someone; with nothing of a person's (no title, role, speech, given name), an organisation.
    ids, merged = corpus_ids(
        nlp,
        "Hereford win 3-1 on penalties.  Rovers took the lead on 59 minutes as Moss scored.",
    )
    assert merged.types[ids[0]["Rovers"]] == "organization"


def test_a_club_word_someone_bears_stays_a_person(nlp):
    ids, merged = corpus_ids(nlp, "Mr Rovers said the council would meet again on Monday.")
    assert merged.types[ids[0]["Rovers"]] == "person"
