"""Speaker rules from the errors of dev15 (15 BBC and 8 US articles, measured unseen before
tuning) pooled with those left on the other tuned splits, the tuned outlet batches and the
unannotated corpora. Short texts written for each rule."""

from tests.test_nlp_speakers_dev14 import reported


def test_a_us_state_before_a_role_is_the_seat_of_the_one_given_that_role(nlp):
    # "the Ohio governor" after "Gov. Dana Price": the state says where she governs, it makes
    # no other office; the sentence that gave her the role named no state.
    text = (
        "Gov. Dana Price signed the budget on Tuesday.\n\n"
        "The Ohio governor said the state would hire 500 more teachers."
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("the state would")]
    assert found == [("the state would hire 500 more teachers", "Dana Price")]
    text = (
        "Sen. Tom Hale says the bill is dead.\n\n"
        "The Nevada senator told reporters that he would vote against it."
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("he would vote")]
    assert found == [("he would vote against it", "Tom Hale")]


def test_a_role_s_state_differing_from_the_one_the_holder_was_named_with_is_another(nlp):
    # Named as Nevada's senator, he is not "the Florida senator".
    text = (
        "Sen. Tom Hale (R-Nev.) says the bill is dead.\n\n"
        "The Florida senator told reporters that he would vote for it."
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("he would vote")]
    assert [name for _, name in found] != ["Tom Hale"]


def test_a_lower_case_word_before_a_shared_role_leaves_the_salient_holder(nlp):
    # Two senators named: "the veteran senator" said nothing new of which one, so the one the
    # story has just been about speaks.
    text = (
        "Sen. Ann Cole won the primary, and Sen. Mark Reyes lost his bid. Reyes said he was "
        "proud of the campaign. The veteran senator told reporters that he would not run again."
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("he would not")]
    assert found == [("he would not run again", "Mark Reyes")]


def test_a_shared_role_with_no_holder_in_view_stays_a_description(nlp):
    text = (
        "Sen. Ann Cole and Sen. Mark Reyes voted on Monday. The bill passed by 60 votes to 40. "
        "The longtime senator said the vote was a disgrace."
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("the vote was")]
    assert found == [("the vote was a disgrace", "The longtime senator")]


def test_former_before_an_abbreviated_title_is_kept_in_the_role(nlp):
    # "Former Ohio Gov. Dan Ruiz" is "the former governor"; the other man named is no governor.
    text = (
        "Former Ohio Gov. Dan Ruiz endorsed Paul Kemp on Friday. The former governor, who quit "
        "the race last year, said Kemp would be ready to lead."
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("Kemp would")]
    assert found == [("Kemp would be ready to lead", "Dan Ruiz")]
    text = (
        "Gov. Greg Abbott met former Gov. Dan Ruiz on Friday. The governor said the state "
        "would cut taxes."
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("the state")]
    assert found == [("the state would cut taxes", "Greg Abbott")]


def test_a_national_side_s_international_is_the_player_the_story_is_about(nlp):
    # "the Wales international": a player capped by a national side, a kind of person.
    text = (
        "Tom Price scored twice in the first half. The Wales international said the team had "
        "been lucky."
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("the team")]
    assert found == [("the team had been lucky", "Tom Price")]
    text = "Amnesty International said the trial was unfair."
    assert [name for _, name in reported(nlp, text)] == ["Amnesty International"]


def test_an_age_between_the_determiner_and_a_nationality_keeps_it_a_kind_of_person(nlp):
    # "the 31-year-old Welshman" is anyone of that nationality: the person the story is about.
    text = (
        'Jonas Holm has signed a new deal at the club. "These are exciting times," he said.'
        "\n\nThe 31-year-old Welshman told the club's website he was delighted."
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("he was delighted")]
    assert found == [("he was delighted", "Jonas Holm")]


def test_they_after_people_named_together_is_both_as_one_speaker(nlp):
    # Two people were the subject of the sentence before: "they" are both, one joint speaker.
    text = (
        "Kim Lee and Sam Park on Monday launched a plan to close the depot. They say the "
        "council is wasting money."
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("the council")]
    assert found == [("the council is wasting money", "Kim Lee and Sam Park")]
    # One person before: "they" stays unresolved, never that one person.
    text = "Kim Lee met the union on Monday. They said the talks had gone well."
    found = [q for q in reported(nlp, text) if q[0].startswith("the talks")]
    assert [name for _, name in found] != ["Kim Lee"]


def test_the_mep_is_a_member_of_a_parliament_not_a_body(nlp):
    # "The MEP said" after a sentence about one: that member, not a body named "MEP".
    text = (
        "Anna Kerr has quit the Green group and accused it of betraying its voters.\n\n"
        "The MEP said she was ashamed to have joined it."
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("she was")]
    assert found == [("she was ashamed to have joined it", "Anna Kerr")]
