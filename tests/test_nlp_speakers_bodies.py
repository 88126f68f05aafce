"""Speaker rules for a body described by a common noun ("The band said", "the charity
recommends") where the article named the body only as the owner of a person's role and the
recogniser missed it (issue 11, branch i11x). Short texts written for each rule."""

from tests.test_nlp_speakers_dev14 import reported


def _speaker(nlp, text, start):
    found = [name for words, name in reported(nlp, text) if words.startswith(start)]
    assert len(found) == 1
    return found[0]


def test_the_band_is_the_band_whose_member_was_named(nlp):
    # "Oasis singer": a singer's band, so "the band" is Oasis.
    text = (
        "Oasis singer Liam Gallagher has been fined after a fight in a hotel. "
        "The band said they were victims of an attack."
    )
    assert _speaker(nlp, text, "they were") == "Oasis"


def test_the_charity_or_firm_is_the_body_whose_officer_was_named(nlp):
    text = (
        "Crisis chief executive Jon Sparkes criticised the plans on Monday. "
        "The charity said families needed 200 pounds a week."
    )
    assert _speaker(nlp, text, "families needed") == "Crisis"
    text = (
        "The plans were published on Monday.\n\n"
        "Shelter director Ann Lowe criticised them. "
        "The charity recommends a payment of 200 pounds a week."
    )
    assert _speaker(nlp, text, "a payment") == "Shelter"
    text = (
        "Next chief executive Simon Wolfson admitted sales were weak. Ministers were not "
        "surprised. The firm said profits would fall."
    )
    assert _speaker(nlp, text, "profits would") == "Next"


def test_two_bands_named_or_a_role_word_alone_leave_the_band_a_description(nlp):
    text = (
        "Blur drummer Dave Rowntree and Oasis singer Liam Gallagher were fined. "
        "The band said they were victims of an attack."
    )
    assert _speaker(nlp, text, "they were") == "The band"
    # "Lead" is part of the role, not a band's name, even at a sentence's start.
    text = "Lead singer Tom Reed was arrested in a hotel. The band said they were victims."
    assert _speaker(nlp, text, "they were") == "The band"


def test_a_band_members_role_is_no_company_s_office(nlp):
    # A band is no charity: a singer's band does not speak as "the charity".
    text = (
        "Oasis singer Liam Gallagher has been fined after a fight in a hotel. "
        "The charity said the fine was too small."
    )
    assert _speaker(nlp, text, "the fine") != "Oasis"


def test_a_body_introduced_with_a_modified_noun_is_that_description_again(nlp):
    # "The campaign group" is the body introduced as "the campaign group Free Voices", not
    # the publisher named since.
    text = (
        "Police have detained the writer Kim Lee, the campaign group Free Voices said on "
        "Saturday. Lee worked for the publisher Acme Books until May.\n"
        "The campaign group said Lee would be sent to a labour camp."
    )
    assert _speaker(nlp, text, "Lee would") == "Free Voices"


def test_a_street_standing_for_a_trade_is_no_word_of_the_body_s_name(nlp):
    # "High Street", "Wall Street" say where a body trades, so they need not be in its name.
    text = (
        'Next has said its annual profit will be lower than expected. "Sales have been '
        'weak," the company said. The High Street retailer said it now expected profits '
        "of £400m."
    )
    assert _speaker(nlp, text, "it now") == "Next"
    text = (
        "Lehman Brothers has cut 500 jobs in London. The Wall Street bank said the cuts were "
        "needed."
    )
    assert _speaker(nlp, text, "the cuts") == "Lehman Brothers"
