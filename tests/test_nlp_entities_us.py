"""Entity rules found on US political news (the entity gold's dev4 kinds), each on a short
hand-written text."""

from service.nlp.entities import resolve_entities
from service.nlp.identity import resolve_identities


def entities(nlp, text):
    return {e.key: e for e in resolve_entities(nlp(text))}


def test_a_title_case_headline_keeps_only_the_name(nlp):
    text = (
        "Donald Trump Picks Up His First Congressional Endorsements.\n\n"
        "Two congressmen endorsed Donald Trump on Wednesday. Mr. Trump thanked them."
    )
    found = entities(nlp, text)
    assert not [k for k in found if "picks" in k]
    assert len(found["person:donald-trump"].mentions) == 3


def test_a_headline_name_among_title_case_words_is_the_name(nlp):
    text = (
        "Federal Judge Just Gave Hillary Some Of The Worst News.\n\n"
        "A judge ruled against Hillary Clinton on Tuesday. Clinton's lawyers said little."
    )
    found = entities(nlp, text)
    assert not [k for k in found if "gave" in k or "some" in k]
    assert found["person:hillary-clinton"].mentions[0].text == "Hillary"


def test_a_middle_initial_more_is_one_person_in_one_document(nlp):
    text = (
        "Donald J. Trump held a rally in Ohio on Monday. Mr. Trump spoke for an hour. "
        '"Donald Trump says he will win," Ms. Warren said.'
    )
    found = entities(nlp, text)
    assert "person:donald-trump" not in found
    assert len(found["person:donald-j-trump"].mentions) == 3


def test_a_given_name_spelt_otherwise_is_one_person_in_one_document(nlp):
    text = (
        "Hilary Clinton campaigned in Cincinnati. Hillary Clinton spoke first, and "
        "Hillary Clinton then left for Cleveland."
    )
    found = entities(nlp, text)
    assert "person:hilary-clinton" not in found
    assert len(found["person:hillary-clinton"].mentions) == 3


def test_a_womans_title_is_never_a_namesake_man_named_later(nlp):
    text = (
        "Hillary Clinton met Elizabeth Warren in Ohio. Ms. Warren has assailed the Bill "
        "Clinton era of deregulation. Mrs. Clinton said she agreed with her."
    )
    found = entities(nlp, text)
    hillary = [m.text for m in found["person:hillary-clinton"].mentions]
    assert hillary == ["Hillary Clinton", "Clinton"]
    assert [m.text for m in found["person:bill-clinton"].mentions] == ["Bill Clinton"]


def test_a_name_modifying_a_noun_after_an_article_is_still_a_person(nlp):
    text = "Ms. Warren has assailed policies of the Bill Clinton era on Wall Street."
    assert "person:bill-clinton" in entities(nlp, text)


def test_a_given_name_alone_after_a_titled_one_is_that_person(nlp):
    text = (
        "Bernie Sanders met Pope Francis on Saturday. Francis later said the meeting was "
        "not political. Sanders said Francis is a transformative leader."
    )
    found = entities(nlp, text)
    assert "person:francis" not in found
    assert len(found["person:pope-francis"].mentions) == 3


def test_parties_are_organisations_whatever_counts_them(nlp):
    text = (
        "It was the first time the two Democrats had campaigned together. The Democrats "
        "want a debate, and Libertarian candidate Gary Johnson joined the Democratic race."
    )
    found = entities(nlp, text)
    # "Democrats" and "Democratic" are one party
    assert found["organization:democratic-party"].type == "organization"
    assert len(found["organization:democratic-party"].mentions) == 3
    assert "organization:libertarian-party" in found


def test_a_news_agency_in_capitals_is_an_organisation(nlp):
    text = "MEXICO CITY, Feb. 8 (UPI) -- Count former Mexican President Felipe Calderon out."
    assert "organization:upi" in entities(nlp, text)


def test_a_number_and_its_unit_are_no_part_of_a_name(nlp):
    text = "Clinton earned 42 percent, Trump 34 percent and Johnson 11 percent in the poll."
    names = [m.text for e in resolve_entities(nlp(text)) for m in e.mentions]
    assert "Trump" in names
    assert not [n for n in names if "percent" in n]


def corpus_types(nlp, text):
    """Name -> type after the corpus-wide vote, for a corpus of one document."""
    found = resolve_entities(nlp(text))
    identities = resolve_identities([found])
    return {e.name: identities.types[identities.keys[0][e.key]] for e in found}


def test_a_given_name_and_a_surname_the_model_took_for_a_body_are_a_person(nlp):
    text = "Italy's Cristiano Citto won the race ahead of Rita Razmaite of Lithuania ."
    assert corpus_types(nlp, text).get("Cristiano Citto") == "person"
    # A common noun or a club's ending after a given name is a body's name.
    text = "Houston Rockets beat Sheffield United and Christian Aid gave money ."
    found = corpus_types(nlp, text)
    assert "person" not in {found.get(n) for n in ("Houston Rockets", "Sheffield United")}
    assert found.get("Christian Aid") != "person"


def test_an_abbreviation_defined_in_brackets_is_the_name_before_it(nlp):
    text = "The request cited the Freedom of Information Act (FOIA). FOIA requests rose."
    found = entities(nlp, text)
    assert "organization:foia" not in found
    foia = found["law:freedom-of-information-act"]
    assert [m.text for m in foia.mentions] == ["Freedom of Information Act", "FOIA", "FOIA"]


def test_a_name_modifying_a_noun_brings_in_no_one_a_later_surname_means(nlp):
    text = (
        "Hillary Clinton campaigned with Elizabeth Warren. Ms. Warren has assailed policies "
        "of the Bill Clinton era. Warren visited the Clinton campaign headquarters. Clinton "
        "spoke last."
    )
    found = entities(nlp, text)
    assert [m.text for m in found["person:bill-clinton"].mentions] == ["Bill Clinton"]
    assert len(found["person:hillary-clinton"].mentions) == 3


def test_a_dateline_with_a_dash_below_the_headline_is_a_place(nlp):
    text = (
        "Sanders says his meeting is not an endorsement.\n\n"
        "ROME - Bernie Sanders met privately with the pope on Saturday."
    )
    assert "place:rome" in entities(nlp, text)


def test_the_vatican_is_a_place(nlp):
    text = "Sanders spent the night at the Vatican. The Vatican said the visit was private."
    assert "place:vatican" in entities(nlp, text)


def test_a_name_alone_on_a_line_before_a_dashed_item_is_no_dateline(nlp):
    text = (
        "PRESS DIGEST - Tunisia - Aug 31 .\nThese are the leading stories .\n"
        "LA PRESSE\n- After Tunisia called on France to respect Tunisian immigrants ."
    )
    assert not [k for k in entities(nlp, text) if k.startswith("place:la-")]


def test_the_form_of_a_name_written_most_often_is_kept(nlp):
    text = (
        'Donald Trump spoke in Iowa. Donald Trump then quoted himself: "Donald J. Trump is '
        'calling for a shutdown." Trump left.'
    )
    found = entities(nlp, text)
    assert "person:donald-j-trump" not in found
    assert "Donald J. Trump" in [m.text for m in found["person:donald-trump"].mentions]
