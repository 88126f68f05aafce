"""Entity rules found on articles written in other outlets' styles (Canadian, US, UK and
Australian news: ``bench/outlet_entities.py``), each on a short new text."""

from service.nlp.entities import resolve_entities


def entities(nlp, text):
    return {e.key: e for e in resolve_entities(nlp(text))}


def texts(entity):
    return [m.text for m in entity.mentions]


def test_a_team_named_after_its_city_and_its_nickname_alone(nlp):
    text = (
        "Jalen Price scored 30 points as the Hamilton Raptors beat the Windsor Senators on "
        "Friday. The Senators led early, but the Raptors pulled away. Senators coach Dan Ruiz "
        "said his team ran out of gas."
    )
    found = entities(nlp, text)
    assert texts(found["organization:hamilton-raptors"]) == ["Hamilton Raptors", "Raptors"]
    assert texts(found["organization:windsor-senators"]) == [
        "Windsor Senators",
        "Senators",
        "Senators",
    ]
    assert "place:hamilton" not in found and "place:windsor" not in found


def test_places_events_and_ages_ending_in_a_plural_are_no_teams(nlp):
    text = (
        "The premier toured the Thousand Islands and the Rocky Mountains before the Commonwealth "
        "Games, and later flew to the United States."
    )
    found = entities(nlp, text)
    assert not [k for k, e in found.items() if e.type == "organization"]


def test_a_dateline_opening_the_text_is_a_place(nlp):
    text = (
        "LETHBRIDGE — The city's medical officer said Tuesday that cases in Lethbridge rose "
        "again. Clinics in Lethbridge will open on weekends."
    )
    found = entities(nlp, text)
    assert found["place:lethbridge"].mentions[0].text == "LETHBRIDGE"
    # A heading in capitals is no dateline.
    heading = entities(nlp, "HOCKEY - LETHBRIDGE WIN AGAIN\n\nThe team won.")
    assert "place:lethbridge" not in heading
