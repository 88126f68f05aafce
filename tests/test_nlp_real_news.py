"""Short texts written for the errors real news showed (ABC wire copy of batch F of
bench/outlets.py): a relative clause its comma never closes, a quote after its speaker
"expressed" a stance, military ranks before a name."""

from service.nlp.entities import resolve_entities
from tests.test_nlp_entities import entity_types
from tests.test_nlp_reported import speech, who
from tests.test_nlp_speakers import speaker_of


def test_subject_with_an_unclosed_relative_clause_speaks(nlp):
    text = (
        "Leg-spinner Tom Hardy, who is in the squad in place of pace bowler Brett Lee says he "
        "is not perturbed by reports of a clash with fellow spinner Shane Warne."
    )
    (q,) = speech(nlp, text)
    assert (q.text, who(q)) == (
        "he is not perturbed by reports of a clash with fellow spinner Shane Warne",
        "Tom Hardy",
    )


def test_quote_after_a_stance_expressed_is_its_subjects(nlp):
    text = (
        "Rear Admiral Tim Boyd briefed reporters. Asked where the boat was now, the navy "
        'spokesman said, "nobody knows". But Defence Minister Paul Grant expressed certainty '
        "it was only a matter of time before the navy found the man who stole it. "
        '"We get all kinds of reports, that he is at sea, that he is not at sea," he said.'
    )
    assert speaker_of(nlp, text, "We get all kinds") == "Paul Grant"


def test_military_rank_is_a_role_not_part_of_the_name(nlp):
    text = (
        'Rear Admiral Tom Boyd said the search would go on. "We believed he was in the area," '
        "Lieutenant Colonel Ann Ray said."
    )
    assert speaker_of(nlp, text, "the search would go on") == "Tom Boyd"
    assert speaker_of(nlp, text, "We believed") == "Ann Ray"


def test_someones_relative_is_not_the_person_the_story_is_about(nlp):
    for text, words, relative in [
        (
            "Police chief Tom Reed said the driver fled. The man was fired from the warehouse "
            "after a fight, the husband of one worker told local television.",
            "The man was fired",
            "the husband of one worker",
        ),
        (
            "Coach Bill Hart was sacked on Friday. He had lost the dressing room, the father of "
            "one player told the local paper.",
            "He had lost",
            "the father of one player",
        ),
    ]:
        assert speaker_of(nlp, text, words) == relative


def test_an_army_or_the_authorities_speak(nlp):
    text = (
        "Tanks rolled into the town at dawn, although the army said the move had been a "
        '"routine patrol" and not an invasion.'
    )
    assert speaker_of(nlp, text, "routine patrol") == "the army"


def test_a_people_calling_something_a_word_says_it(nlp):
    text = 'The Kurds called the talks a "disaster", but Turkish officials said they went well.'
    assert speaker_of(nlp, text, "disaster") == "The Kurds"


def test_underscored_words_are_the_subjects(nlp):
    text = (
        'A statement after the meeting called for "calm on all sides". The Greek government '
        'underscored the "vital role of the United Nations in the talks".'
    )
    assert speaker_of(nlp, text, "vital role") == "The Greek government"


def test_a_past_verb_after_the_object_of_says_is_the_reported_clause(nlp):
    text = "The ministry says a 31-year-old woman left Canada in June."
    (q,) = speech(nlp, text)
    assert (q.text, who(q)) == ("a 31-year-old woman left Canada in June", "The ministry")


def test_each_office_of_a_run_of_them_describes_the_person(nlp):
    text = (
        "President General Omar Bashir says the talks will go on. The President said he had "
        "the backing of the army."
    )
    assert speaker_of(nlp, text, "he had the backing") == "Omar Bashir"


def test_a_name_after_a_relatives_of_phrase_is_not_the_relative(nlp):
    text = (
        "The wife of crash victim, Mark Dunne, says she has not read the report. Ellen Dunne "
        "says her family is still in shock."
    )
    assert speaker_of(nlp, text, "she has not read") != "Mark Dunne"


def test_an_office_before_a_set_off_name_is_no_person(nlp):
    text = (
        "The Federal Agriculture Minister, Joan Carter, says she has not seen the report. "
        "Ms Carter says it will be read."
    )
    doc = nlp(text)
    assert next(e.text for e in doc.ents if e.label_ == "PERSON") == "Joan Carter"
    assert speaker_of(nlp, text, "she has not seen") == "Joan Carter"


def test_treasurer_is_a_role(nlp):
    text = "Federal Treasurer Ian Dunne says the budget will be in surplus."
    assert speaker_of(nlp, text, "the budget will be") == "Ian Dunne"


def test_a_town_from_nearby_is_a_place(nlp):
    text = "The only other passenger, a nurse from nearby Millicent, was not hurt."
    assert entity_types(nlp, text)["Millicent"] == "place"


def test_a_name_owning_what_follows_in_is_no_place(nlp):
    text = (
        "Paula won in New York. There were never doubts in Paula's mind. I was speaking to "
        "Paula in the lead-up and she said it was a no-win situation. Now Paula will rest."
    )
    assert entity_types(nlp, text)["Paula"] == "person"


def test_a_compound_surname_is_the_person_named_in_full(nlp):
    text = (
        'Mexican President Andres Manuel Lopez Obrador spoke on Monday. "We will not pay," '
        "Mr Lopez Obrador said."
    )
    people = [e for e in resolve_entities(nlp(text)) if e.type == "person"]
    assert [(e.name, len(e.mentions)) for e in people] == [("Andres Manuel Lopez Obrador", 2)]


def test_a_surname_cut_from_its_particle_is_the_person(nlp):
    text = (
        "Officials said Osama bin Laden had fled to Pakistan. Bin Laden and his men are no "
        "longer here, they said."
    )
    people = [e for e in resolve_entities(nlp(text)) if e.type == "person"]
    assert [e.name for e in people] == ["Osama bin Laden"]
