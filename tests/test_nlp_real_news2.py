"""Short texts written for the errors real news showed in reported speech's speaker (ABC wire
copy of batches K and L of bench/outlets.py, and what F to J left): a description the next
sentences name, a medium relaying someone "as saying", a body named in apposition."""

from tests.test_nlp_reported import speech, who


def reports(nlp, text):
    return {q.text: who(q) for q in speech(nlp, text) if q.kind == "indirect"}


def test_description_named_in_the_next_sentences(nlp):
    text = (
        "The manager of the struggling furniture chain, Homeworld, says she expects a buyer "
        "by Friday. Homeworld went into administration last month. Manager Jane Holt says "
        "she has had several offers."
    )
    assert reports(nlp, text) == {
        "she expects a buyer by Friday": "Jane Holt",
        "she has had several offers": "Jane Holt",
    }


def test_description_given_to_someone_before_is_not_named_after(nlp):
    text = (
        "Manager Tom Reed left the chain in May. The manager says sales are falling. "
        "Manager Jane Holt says she has had several offers."
    )
    assert reports(nlp, text)["sales are falling"] == "Tom Reed"


def test_a_medium_relaying_someone_as_saying(nlp):
    for text, said, speaker in [
        (
            "Local radio reported the mayor, Jane Holt, as saying the town would recover.",
            "the town would recover",
            "Jane Holt",
        ),
        (
            "Trade Minister Tom Reed has been quoted by the Reuters news agency as telling a "
            "business lunch that the deal was dead.",
            "the deal was dead",
            "Tom Reed",
        ),
    ]:
        assert reports(nlp, text) == {said: speaker}


def test_a_body_named_in_apposition_speaks(nlp):
    text = (
        "Reuters reported the owners, mining company Westgold, as saying the mine would close. "
        "AFP reported the sponsors, PR company Haka Media, as saying the race would go ahead."
    )
    assert reports(nlp, text) == {
        "the mine would close": "Westgold",
        "the race would go ahead": "Haka Media",
    }


def test_the_person_after_a_bodys_possessive_speaks(nlp):
    # The parser makes the body the subject and the name an object inside its phrase.
    for text, said, speaker in [
        (
            "Rain fell overnight. But the Bureau of Meteorology's Helen Richards says the rain "
            "did little.",
            "the rain did little",
            "Helen Richards",
        ),
        (
            "Storms hit the coast. The Bureau of Statistics's Claire Richards says the figures "
            "are firm.",
            "the figures are firm",
            "Claire Richards",
        ),
    ]:
        assert reports(nlp, text) == {said: speaker}


def test_a_description_named_by_the_office_given_next(nlp):
    text = (
        "The new Fijian Prime Minister has told his party that there are hard years ahead. "
        "Tom Ratu, the leader of the Unity Party, was elected Prime Minister on the second "
        "ballot. Mr Ratu heads a team of independents."
    )
    assert reports(nlp, text) == {"there are hard years ahead": "Tom Ratu"}


def test_an_unnamed_source_is_the_one_the_next_sentence_names_as_speaker(nlp):
    text = (
        "Dame Joan Price, the Welsh actress, died on Monday aged 81, her agent said. Price had "
        "been ill for a year, said Alan Corry. He said the end was peaceful."
    )
    assert reports(nlp, text)["Dame Joan Price, the Welsh actress, died on Monday aged 81"] == (
        "Alan Corry"
    )
    text = (
        "The husband of crash victim, Anne Kerr, says he has not read the report. Bill Kerr "
        "says his family is still in shock."
    )
    assert reports(nlp, text)["he has not read the report"] == "Bill Kerr"


def test_a_source_is_not_the_next_speaker_given_a_role_of_his_own(nlp):
    text = (
        "Dame Joan Price died on Monday aged 81, her agent said. Police Inspector Alan Corry "
        "said there were no suspicious circumstances."
    )
    assert reports(nlp, text)["Dame Joan Price died on Monday aged 81"] == "her agent"


def test_a_titled_name_before_its_role_without_a_comma_speaks(nlp):
    for text, said, speaker in [
        (
            "The trial begins next year. Professor Jane Hill deputy director of the Sydney "
            "Institute of Cancer Research says the team is ready to start.",
            "the team is ready to start",
            "Jane Hill",
        ),
        (
            "Doctors welcomed the ruling. Dr Tom Ray chief executive of the Royal Children's "
            "Hospital says the decision is sound.",
            "the decision is sound",
            "Tom Ray",
        ),
    ]:
        assert reports(nlp, text) == {said: speaker}


def test_a_lead_source_is_the_one_the_next_sentence_introduces(nlp):
    text = (
        "The woman charged over the bank fire did not act alone, according to a community "
        "leader who knew her well. Omar Khalid is the head of the Eastside youth centre, where "
        "Ms Dunn had worked. Mr Khalid says she was easily led."
    )
    (speaker,) = [who for said, who in reports(nlp, text).items() if "act alone" in said]
    assert speaker == "Omar Khalid"


def test_a_group_of_sources_is_the_body_the_next_sentences_name(nlp):
    text = (
        "The champion jockey Tom Gale has died in a fall in France, his employers said. He "
        "was riding in the last race, they said. AFP reported the employers, horse racing "
        "company Blue Gate, as saying he died instantly."
    )
    assert set(reports(nlp, text).values()) == {"Blue Gate"}


def test_a_countrys_ministry_keeps_its_country(nlp):
    for text, said, speaker in [
        (
            "India's Home Ministry said the man had confessed.",
            "the man had confessed",
            "India's Home Ministry",
        ),
        (
            "Britain's Foreign Office said the talks would resume.",
            "the talks would resume",
            "Britain's Foreign Office",
        ),
    ]:
        assert reports(nlp, text) == {said: speaker}
