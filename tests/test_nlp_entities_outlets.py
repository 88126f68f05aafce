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
    assert "place:hamilton" not in found
    assert "place:windsor" not in found


def test_places_events_and_ages_ending_in_a_plural_are_no_teams(nlp):
    text = (
        "The premier toured the Thousand Islands and the Rocky Mountains before the Commonwealth "
        "Games, and later flew to the United States."
    )
    found = entities(nlp, text)
    assert not [k for k, e in found.items() if e.type == "organization"]
    # A person's name ending in an s, after a title, is no team.
    found = entities(nlp, '"It is a fine city," said the Reverend Adrian Rodgers. Mr Rodgers left.')
    assert texts(found["person:adrian-rodgers"]) == ["Adrian Rodgers", "Rodgers"]


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


def test_a_firm_named_after_its_founder_and_its_short_name(nlp):
    text = (
        "Chair Edward Rogers defended Rogers Communications on Friday. Rogers shares fell. "
        "Mr. Rogers said the board backs management. The Lewis Partnership cut jobs; "
        "Lewis said it would offer new roles."
    )
    found = entities(nlp, text)
    firm = found["organization:rogers-communications"]
    assert texts(firm) == ["Rogers Communications", "Rogers"]
    assert texts(found["person:edward-rogers"]) == ["Edward Rogers", "Rogers"]
    assert found["person:edward-rogers"].mentions[1].start > firm.mentions[1].start
    text = (
        "Brothers Harrison Doyle and Wallace Doyle founded Doyle Foods in 1957. Doyle did not "
        "name the customer. Harrison Doyle died in 2004."
    )
    found = entities(nlp, text)
    assert texts(found["organization:doyle-foods"]) == ["Doyle Foods", "Doyle"]
    assert texts(found["person:harrison-doyle"]) == ["Harrison Doyle", "Harrison Doyle"]


def test_police_and_council_title_abbreviations_are_no_names(nlp):
    text = (
        "Coun. Lena Marsh chairs the committee. Det. Sgt. Derek Amoah said the man was known "
        "to police. Const. Ria Bhatt said the officers are recovering."
    )
    found = entities(nlp, text)
    assert sorted(k for k in found if k.startswith("person:")) == [
        "person:derek-amoah",
        "person:lena-marsh",
        "person:ria-bhatt",
    ]


def test_a_common_noun_opening_a_sentence_before_a_kind_is_no_name(nlp):
    text = "Advocacy group Bike Halifax said it would go to court."
    found = entities(nlp, text)
    assert not [k for k in found if "advocacy" in k]
    assert "organization:bike-halifax" in found
    # A place the model takes for a person stays a name: "Glasgow group Franz Ferdinand".
    found = entities(nlp, "Glasgow group Franz Ferdinand won two prizes.")
    assert [k for k in found if "glasgow" in k]


def test_arenas_and_streets_are_no_bodies(nlp):
    text = (
        "The Flames lost at Scotiabank Arena on Friday. Traffic on Yonge Street stalled while "
        "fans flew into Edinburgh Airport."
    )
    found = entities(nlp, text)
    assert found["facility:scotiabank-arena"].type == "facility"
    assert "place:yonge-street" in found
    assert "facility:edinburgh-airport" in found


def test_a_surname_with_a_particle_or_modifying_a_noun_is_the_person_named_in_full(nlp):
    found = entities(nlp, "Kevin De Bruyne scored on Saturday. Martinez saved a De Bruyne shot.")
    assert texts(found["person:kevin-de-bruyne"]) == ["Kevin De Bruyne", "De Bruyne"]
    found = entities(
        nlp, "Kevin De Bruyne scored on Saturday. Martinez then blocked a shot from De Bruyne."
    )
    assert texts(found["person:kevin-de-bruyne"]) == ["Kevin De Bruyne", "De Bruyne"]


def test_senior_counsel_after_a_name_is_no_part_of_it(nlp):
    found = entities(
        nlp, "His barrister, Sue Chapman SC, said he would appeal. Ms Chapman told reporters."
    )
    assert texts(found["person:sue-chapman"]) == ["Sue Chapman", "Chapman"]


def test_a_title_with_a_work_noun_in_apposition_is_a_work(nlp):
    text = "Eleanor Park, the second feature from director Nadia Boudreau, won on Sunday."
    found = entities(nlp, text)
    assert found["work:eleanor-park"].type == "work"
    # A role with a work's noun in it is a person's.
    found = entities(nlp, "Jane Doe, a film director from Halifax, said so.")
    assert "person:jane-doe" in found


def test_a_prize_is_no_body(nlp):
    found = entities(nlp, "The novel won the Polaris Music Prize and the People's Choice Award.")
    assert not [k for k in found if k.startswith("organization:")]


def test_a_town_before_a_hospital_is_no_university_named_after_it(nlp):
    text = (
        "Dr. Ravi Nair, a specialist at the University of Calgary, said the numbers worry him. "
        "A Calgary hospital emergency room was listed."
    )
    found = entities(nlp, text)
    assert texts(found["organization:university-of-calgary"]) == ["University of Calgary"]
    assert texts(found["place:calgary"]) == ["Calgary"]


def test_a_club_named_after_its_city_whose_last_word_stands_for_it(nlp):
    text = (
        "Aston Villa beat Stockport City 2-1 on Saturday. Jon Okafor had equalised for City "
        "shortly after half-time. City drop to sixth. City officials met at City Hall."
    )
    found = entities(nlp, text)
    assert texts(found["organization:stockport-city"]) == ["Stockport City", "City", "City"]
    found = entities(nlp, "Fans in Kansas City cheered. City officials said it would go ahead.")
    assert "place:kansas-city" in found


def test_a_subject_followed_by_which_is_no_person(nlp):
    found = entities(
        nlp, "Unifor, which represents about 190 of the workers, said it would push for more."
    )
    assert found["organization:unifor"].type == "organization"
    found = entities(
        nlp, "Toronto, which has three million people, voted. Jane Smith, who leads it, spoke."
    )
    assert "place:toronto" in found
    assert "person:jane-smith" in found


def test_the_subject_of_published_by_is_a_work(nlp):
    found = entities(nlp, "Louisa Fenwick is published by Penguin Random House Canada.")
    assert found["work:louisa-fenwick"].type == "work"
    found = entities(nlp, "Jane Smith was directed by the court to pay costs.")
    assert "person:jane-smith" in found
