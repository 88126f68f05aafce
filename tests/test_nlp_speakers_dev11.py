"""Speaker rules from the errors of dev11 (a seventh BBC batch) pooled with those left on the
other tuned splits: a speaker named after the quote with where they work ("X of Y's partner
Z"). Short texts written for each rule."""

from tests.test_nlp_speakers import speaker_of


def test_a_name_then_of_and_a_firm_after_the_quote_is_the_named_person(nlp):
    text = (
        "Farmers are using drones to watch their crops. "
        '"A drone is a cheap pair of eyes," explains Paul Mercer of Agritech\'s Dutch partner '
        'Dronebo. "You can fly it every morning."'
    )
    assert speaker_of(nlp, text, "cheap pair") == "Paul Mercer"
    assert speaker_of(nlp, text, "every morning") == "Paul Mercer"
    text = (
        'Relief maps help the aid teams. "These roads were flooded for weeks," says Carla '
        "Benning of relief mapping partner Geomap."
    )
    assert speaker_of(nlp, text, "flooded") == "Carla Benning"


def test_a_one_word_name_after_the_is_no_antecedent_of_he(nlp):
    text = (
        "Tom Barley scored twice as Leeds beat Hull on Saturday. The striker is the top scorer "
        "in the Championship this season. The club are fourth in the Premiership table, three "
        "points off the top - and they face Arsenal in the Cup final next week. "
        '"It\'s a big month for us," he added.'
    )
    assert speaker_of(nlp, text, "big month") == "Tom Barley"


def test_the_company_with_where_it_is_based_is_the_company_named_before(nlp):
    text = (
        "Software firm Widgetco is to hire 500 staff in Leeds. The Canada-based company says "
        'it was looking for "bright young engineers" to join its team.'
    )
    assert speaker_of(nlp, text, "bright young") == "Widgetco"
    text = (
        "Software firm Widgetco is to hire 500 staff in Leeds. The US-based company said: "
        '"We need bright young engineers."'
    )
    assert speaker_of(nlp, text, "bright young") == "Widgetco"


def test_the_countrys_watchdog_is_not_the_body_named_before(nlp):
    text = (
        "EU member states are failing to report fraud on a consistent basis, the UK's public "
        "spending watchdog has said.\n\nThe National Audit Office said the figures were worse."
    )
    assert speaker_of(nlp, text, "EU member states") != "European Union"


def test_the_german_has_no_gender_of_its_own_and_is_the_player_named_before(nlp):
    text = (
        "Maria Lopez won her first title in two years with victory over Katja Brandt in Oslo. "
        '"It feels great," said Lopez. Brandt was the stronger player but made too many '
        'errors. "It was a hard final," said the German. "She played very well."'
    )
    assert speaker_of(nlp, text, "hard final") == "Katja Brandt"
    text = (
        "Tom Fisher lost to Karl Weber in Vienna. Weber served well all day. "
        '"I was happy with my game," said the German.'
    )
    assert speaker_of(nlp, text, "happy with") == "Karl Weber"


def test_the_report_right_after_a_body_spoke_is_that_bodys(nlp):
    text = (
        "Councils are failing to collect waste on time, a watchdog has said. The National "
        "Audit Office said the figures were getting worse. It said councils needed to be more "
        'careful. The report said: "Councils still do not collect waste on a regular basis."'
    )
    assert speaker_of(nlp, text, "regular basis") == "National Audit Office"


def test_the_report_after_a_person_spoke_is_not_that_persons(nlp):
    text = (
        "Councils are failing to collect waste on time. Jane Hill said the figures were getting "
        'worse. The report said: "Councils still do not collect waste on a regular basis."'
    )
    assert speaker_of(nlp, text, "regular basis") != "Jane Hill"


def test_claims_of_a_thing_name_no_speaker_of_a_quote_before(nlp):
    text = (
        "Leeds forward Jan Novak is unsure of his future. Novak said he is puzzled at being "
        'dropped. But his admission that he "expected this to happen", will do little to quell '
        "claims of a row with the coach."
    )
    assert speaker_of(nlp, text, "expected this") == "Jan Novak"
    text = '"Prices will fall," is the view of analysts.'
    assert speaker_of(nlp, text, "Prices will") == "analysts"


def test_the_spokesman_again_is_the_fuller_description_written_first(nlp):
    text = (
        "Later, the prime minister's official spokesman urged people to stay calm. The plans "
        'were not aimed at one group, the spokesman said. "It is not aimed at a particular '
        'community," he added.'
    )
    assert speaker_of(nlp, text, "particular community") == (
        "the prime minister's official spokesman"
    )


def test_a_coroner_or_magistrate_before_a_name_is_a_role_not_the_name(nlp):
    text = (
        "Coroner Lee Gilmore said she understood the family's grief. "
        '"It has gone beyond that," she said.'
    )
    assert speaker_of(nlp, text, "gone beyond") == "Lee Gilmore"


def test_according_to_numbers_is_their_issuer(nlp):
    text = "Shares of the miner rose 3 per cent, according to Refinitiv data."
    assert speaker_of(nlp, text, "Shares of the miner") == "Refinitiv"
    text = (
        "Profits fell last year. Earnings of $1.72 a share missed the $1.85 analysts had "
        "expected, according to LSEG data."
    )
    assert speaker_of(nlp, text, "Earnings of") == "LSEG"
    text = (
        "Home sales in the region rose 18 per cent in April, according to figures released "
        "Monday by the Brantford Real Estate Board."
    )
    assert speaker_of(nlp, text, "Home sales") == "Brantford Real Estate Board"


def test_the_juror_after_one_juror_is_that_unnamed_one(nlp):
    text = (
        'Club secretary Tom Hale said the club would sign a new player. "We need more goals," '
        "Hale said.\n\nOne juror, who spoke on condition of anonymity, said the bank records "
        'were the deciding factor.\n\n"It was all right there on paper," the juror said.'
    )
    assert speaker_of(nlp, text, "right there on paper").lower() == "one juror"
    text = (
        'Club secretary Tom Hale said the club would sign a new player. "We need more goals," '
        "Hale said.\n\nOne fan, who asked not to be named, said the team had let them down."
        '\n\n"It was a poor season," the fan said.'
    )
    assert speaker_of(nlp, text, "poor season").lower() == "one fan"


def test_a_person_introduced_in_a_paragraph_of_their_own_speaks_the_next_quote(nlp):
    text = (
        "General manager Ross Atkins declined to discuss the talks. He said the club had "
        '"great respect" for Bichette.\n\n"Bo is a big part of what we\'re trying to do," '
        'Atkins said.\n\nManager John Schneider was more direct.\n\n"I want him here. '
        'Everybody wants him here," he said.'
    )
    assert speaker_of(nlp, text, "I want him here") == "John Schneider"


def test_a_quote_about_the_man_named_before_is_still_the_next_ones(nlp):
    text = (
        "Manager Tom Hale praised his striker. Jan Novak scored twice on Saturday. "
        '"He was phenomenal," he said.'
    )
    assert speaker_of(nlp, text, "phenomenal") == "Tom Hale"


def test_a_source_who_gave_only_a_first_name_is_that_name(nlp):
    text = (
        "The shelter is full every night. One man staying at the centre, who gave his name "
        'only as Kevin, said he had been sleeping in his car. "I work part-time at a '
        'warehouse," he said.'
    )
    assert speaker_of(nlp, text, "warehouse") == "Kevin"
    text = (
        "The shelter is full every night. A woman at the centre, who would give only her "
        'first name, Maria, said she had nowhere else to go. "I never thought this would be '
        'me," she said.'
    )
    assert speaker_of(nlp, text, "never thought") == "Maria"


def test_the_firms_right_after_a_pair_of_firms_is_that_pair(nlp):
    text = (
        "Japan's Sumitomo Mitsui Financial and Daiwa Securities are in talks on a merger. The "
        "firms denied that they are about to link up, but said they are examining ways of "
        "working more closely together."
    )
    assert speaker_of(nlp, text, "examining ways") == (
        "Sumitomo Mitsui Financial and Daiwa Securities"
    )
    text = (
        "Japan's Sumitomo Mitsui Financial and Daiwa Securities are in talks on a merger. "
        "Shares rose on Monday. Trading was heavy in Tokyo. Bond prices fell. The firms said "
        "they are examining ways of working more closely together."
    )
    assert speaker_of(nlp, text, "examining ways") == "The firms"
