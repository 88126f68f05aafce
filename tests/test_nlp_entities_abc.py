"""Entity rules found on real Australian news (the ABC batch of ``bench/outlet_entities.py``),
each on a short new text."""

from spacy.tokens import Doc

from service.nlp.entities import _called, resolve_entities


def entities(nlp, text):
    return {e.key: e for e in resolve_entities(nlp(text))}


def texts(entity):
    return [m.text for m in entity.mentions]


def test_a_name_before_a_noun_of_land_is_a_place(nlp):
    text = "Troops searched the Tora Bora region again. Tora Bora is riddled with caves."
    found = entities(nlp, text)
    assert len(found["place:tora-bora"].mentions) == 2
    # A person's name modifying another noun stays a person's.
    found = entities(nlp, "Paul Keating spoke. The Keating government fell in 1996.")
    assert "person:paul-keating" in found


def test_two_people_joined_by_a_hyphen_are_each_of_them(nlp):
    text = (
        "Gerald Ford met President Suharto in Jakarta. Mr Ford said little, Suharto said. "
        "The Ford-Suharto meeting lasted an hour."
    )
    found = entities(nlp, text)
    assert texts(found["person:gerald-ford"]) == ["Gerald Ford", "Ford", "Ford"]
    assert texts(found["person:suharto"]) == ["Suharto", "Suharto", "Suharto"]
    assert not [k for k in found if "ford-suharto" in k]
    # A double-barrelled surname is one person's.
    found = entities(nlp, "Andrew Lloyd-Webber wrote it. Lloyd-Webber said so.")
    assert [texts(e) for k, e in found.items() if k.startswith("person:")] == [
        ["Lloyd-Webber", "Lloyd-Webber"]
    ]


def test_a_titled_surname_misspelt_by_one_letter_is_the_person_named_in_full(nlp):
    text = (
        "Richard Romaszko raised the alarm after the rafts overturned. Mr Romanszko says he "
        "went into survival mode."
    )
    found = entities(nlp, text)
    assert texts(found["person:richard-romaszko"]) == ["Richard Romaszko", "Romanszko"]
    # A short surname a letter away is another family's.
    found = entities(nlp, "Tim Hale spoke first. Mr Hall said he disagreed.")
    assert "person:hall" in found


def test_a_membership_noun_after_former_is_no_given_name(nlp):
    text = (
        "Fans in Liverpool honoured former Beatle George Harrison. One said losing George "
        "was like losing family. Harrison died at 58."
    )
    found = entities(nlp, text)
    harrison = found["person:george-harrison"]
    assert harrison.name == "George Harrison"
    assert texts(harrison) == ["George Harrison", "George", "Harrison"]


def test_a_sentence_opening_word_before_a_name_is_no_part_of_it(nlp):
    text = (
        "George Harrison died last week. Tomorrow Harrison will be buried in Liverpool. "
        "Guides Simon Lee and Ann Ray led the walk."
    )
    found = entities(nlp, text)
    assert texts(found["person:george-harrison"]) == ["George Harrison", "Harrison"]
    assert texts(found["person:simon-lee"]) == ["Simon Lee"]
    assert not [k for k in found if "tomorrow" in k or "guides" in k]


def test_a_firm_named_like_a_person_by_its_workers_and_administrators(nlp):
    text = (
        "Ansett collapsed in September. Ansett workers protested on Monday and Ansett "
        "administrators said planes would fly again."
    )
    assert entities(nlp, text)["organization:ansett"].type == "organization"


def test_a_body_a_school_and_a_thing_by_the_words_around_them(nlp):
    text = (
        "Records at George Washington University's National Security Archive show it. "
        "Students from Harrison's school, Dovedales Juniors, planted a tree. The air force "
        "dropped a bomb called the Daisy Cutter."
    )
    found = entities(nlp, text)
    assert found["organization:national-security-archive"].type == "organization"
    assert found["organization:dovedales-juniors"].type == "organization"
    assert found["product:daisy-cutter"].type == "product"
    # A college's own name before the comma is no common noun: "Oriel College, Oxford".
    found = entities(nlp, "He studied at Oriel College, Oxford, and lectured in Oxford.")
    assert found["place:oxford"].type == "place"


def test_a_name_after_in_and_an_adjective_is_a_place(nlp):
    found = entities(nlp, "Farmers in rural Gunnedah want rain. Gunnedah has had none since May.")
    assert texts(found["place:gunnedah"]) == ["Gunnedah", "Gunnedah"]
    found = entities(nlp, "It was set in fair Verona. He wanted to make Verona great again.")
    assert found["place:verona"].type == "place"


def test_a_country_glued_to_a_given_name_is_the_country_and_the_person(nlp):
    text = (
        '"The talks should start now," former Taliban ambassador to Pakistan Abdul Salam '
        "Zaeef told CNN in a telephone interview."
    )
    found = entities(nlp, text)
    assert texts(found["place:pakistan"]) == ["Pakistan"]
    assert texts(found["person:abdul-salam-zaeef"]) == ["Abdul Salam Zaeef"]


def test_a_ministry_after_its_country_is_that_countrys(nlp):
    text = (
        "Pakistan's Foreign Ministry has announced sanctions against India. The Foreign "
        "Ministry said more would follow. An Israeli Foreign Ministry spokesman said no."
    )
    found = entities(nlp, text)
    assert found["organization:pakistan-foreign-ministry"].name == "Pakistan Foreign Ministry"
    assert "organization:israel-foreign-ministry" in found
    # The bare name, said of two countries, is neither's.
    assert texts(found["organization:foreign-ministry"]) == ["Foreign Ministry"]
    found = entities(
        nlp, "Pakistan's Foreign Ministry announced sanctions. The Foreign Ministry said more."
    )
    assert len(found["organization:pakistan-foreign-ministry"].mentions) == 2


def test_called_looks_no_further_back_than_the_text_start(nlp):
    """A text opening with ", called X" has no noun before it (no wrap to the last token)."""
    doc = Doc(
        nlp.vocab, words=[",", "called", "Sitex", "bomb"], pos=["PUNCT", "VERB", "PROPN", "NOUN"]
    )
    assert _called(doc[2:3]) is None
