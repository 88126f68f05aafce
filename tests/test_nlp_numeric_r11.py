"""Numeric facts, round r11 of issue 13: what a count counts, found through the parse (the
head noun of a compound the number premodifies, "N of them X"), each tested on sentences
written for it, never a gold set's own."""

import pytest

from tests.numeric_helpers import fact_of


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The city runs two Central Park ice rinks.", "two", "rinks"),
        ("The club owns two Hyde Park ice rinks.", "two", "rinks"),
        ("A fund sold 8,000 December 96 mid-curve call options.", "8,000", "options"),
        ("The bank bought 12,000 June 95 call options on Monday.", "12,000", "options"),
    ],
)
def test_a_count_before_a_compound_counts_its_head_noun(nlp, text, number, counted):
    # the tagger took "rinks" for a verb, or the parser hung the number on a month or on
    # the first word of the compound: the count is of the compound's head noun all the same
    found = fact_of(nlp, text, number)
    assert found.counted is not None, found
    assert found.counted.split()[-1] == counted, found


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("She wrote a six-page letter to the board.", "six", "page"),
        ("Bolton ended a 12-game winless run on Saturday.", "12", "game"),
    ],
)
def test_a_count_hyphened_to_its_noun_keeps_that_noun(nlp, text, number, counted):
    # "a six-page letter" counts pages, not letters: no climb past a hyphened noun
    assert fact_of(nlp, text, number).counted == counted


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The bus carried 30 passengers, 12 of them children.", "12", "children"),
        ("Forty people were hurt, nine of them police officers.", "nine", "officers"),
        ("The crash killed 21 people, 14 of them tourists, near the border.", "14", "tourists"),
    ],
)
def test_n_of_them_x_counts_the_noun_after_them(nlp, text, number, counted):
    # "21 people, 14 of them tourists": the part counts the noun after "of them"
    found = fact_of(nlp, text, number)
    assert found.counted is not None, found
    assert found.counted.split()[-1] == counted, found


def test_n_of_them_with_no_noun_still_counts_the_whole(nlp):
    # "nine of them seriously": no noun after "them", so the part counts the people
    assert fact_of(nlp, "Forty people were hurt, nine of them seriously.", "nine").counted == (
        "people"
    )


def test_a_count_hung_on_a_name_counts_the_noun_the_name_premodifies(nlp):
    # spaCy's style: a small parse built by hand, as the parser gave it on a Reuters line
    # ("bought 35,000 September 97 mid-curve put options"): the number on the month
    from spacy.tokens import Doc  # noqa: PLC0415

    from service.nlp.numeric_facts.counted import _counted  # noqa: PLC0415

    words = ["They", "bought", "35,000", "September", "put", "options", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 3, 5, 5, 1, 1],
        deps=["nsubj", "ROOT", "nummod", "nmod", "compound", "dobj", "punct"],
        pos=["PRON", "VERB", "NUM", "PROPN", "NOUN", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "CD", "NNP", "NN", "NNS", "."],
        ents=["O", "O", "B-CARDINAL", "B-DATE", "O", "O", "O"],
    )
    assert _counted(doc[2:3], "count") == "put options"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The show drew 8 million viewers, up from 6 million a week earlier.", "6 million",
         "viewers"),
        ("The firm sold 40,000 cars in May, up from 25,000 a year earlier.", "25,000", "cars"),
        ("The firm employs 5,000 workers, down from 6,000 in 2019.", "6,000", "workers"),
    ],
)  # fmt: skip
def test_the_earlier_value_after_up_from_counts_what_the_count_before_it_counts(
    nlp, text, number, counted
):
    # "3.9 million headsets, up from 2.4 million": NewsQuant's elided noun of a change's start
    assert fact_of(nlp, text, number).counted == counted


def test_a_count_the_parser_hangs_on_last_season_is_still_elided(nlp):
    # "against 250 last season": the number made a modifier of "season", which it cannot count
    found = fact_of(nlp, "The club has 300 members, against 250 last season.", "250")
    assert found.counted == "members"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Two-thirds of the combined 900,000 print and online readers are women.", "900,000",
         "print and online readers"),
        ("Two-thirds of the combined 900,000 print and online readers are women.", "Two-thirds",
         "print and online readers"),
        ("The combined 3.2m print and digital subscriptions rose.", "3.2m",
         "print and digital subscriptions"),
        ("The label shipped a combined 1.2M digital and physical albums.", "1.2M",
         "digital and physical albums"),
    ],
)  # fmt: skip
def test_coordinated_premodifiers_share_the_noun_counted(nlp, text, number, counted):
    # the parser made the first premodifier ("print", "digital") the number's head
    assert fact_of(nlp, text, number).counted == counted


def test_one_before_a_singular_noun_in_a_list_counts_that_noun(nlp):
    text = "Two fire engines, one ambulance and several police attended the crash."
    assert fact_of(nlp, text, "one").counted == "ambulance"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Nine consulates or consulates general will also be closed.", "Nine", "consulates"),
    ],
)
def test_a_plural_noun_tagged_a_verb_is_counted_all_the_same(nlp, text, number, counted):
    # "tries", "consulates" tagged VBZ: a number modifies it, or is made its subject
    assert fact_of(nlp, text, number).counted == counted


def test_a_number_modifying_a_word_tagged_a_verb_counts_it(nlp):
    # spaCy's style: the parse the model gave "ran in two of the All Blacks' seven tries in
    # what was ...", "tries" a VBZ verb with the number as its nummod
    from spacy.tokens import Doc  # noqa: PLC0415

    from service.nlp.numeric_facts.counted import _counted  # noqa: PLC0415

    doc = Doc(
        nlp.vocab,
        words=["He", "ran", "in", "their", "seven", "tries", "in", "the", "rout", "."],
        heads=[1, 1, 1, 5, 5, 1, 5, 8, 6, 1],
        deps=["nsubj", "ROOT", "prep", "poss", "nummod", "advcl", "prep", "det", "pobj", "punct"],
        pos=["PRON", "VERB", "ADP", "PRON", "NUM", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "IN", "PRP$", "CD", "VBZ", "IN", "DT", "NN", "."],
    )
    assert _counted(doc[4:5], "count") == "tries"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Cruz so far has won 538 pledged delegates, compared to Kasich's 143.", "538",
         "pledged delegates"),
        ("Smith so far has won 410 pledged delegates, compared to Jones's 300.", "410",
         "pledged delegates"),
    ],
)  # fmt: skip
def test_a_participle_before_the_noun_counted_does_not_hide_it(nlp, text, number, counted):
    # the parser made the number and "pledged delegates" two objects of "won"
    assert fact_of(nlp, text, number).counted == counted
