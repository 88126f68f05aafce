"""Who said it, on short texts in the style of US political news (issue 11, dev3): titles
before names, surnames of several words, bylines, titles of shows, inverted cues."""

from service.nlp.pipeline import analyze_doc
from tests.test_nlp_speakers import speakers


def test_surname_of_two_words_takes_the_first_name_written_once(nlp):
    text = (
        "Party Chair Rosalind Van Houten rejected the charge on Tuesday.\n\n"
        "“We have followed every rule,” Van Houten said in an interview."
    )
    assert speakers(nlp, text) == [("We have followed every rule", "Rosalind Van Houten")]


def test_show_titles_after_told_or_a_possessive_are_not_quotes(nlp):
    text = (
        "“The race is far from over,” Halvorsen told “Good Day Boston,” adding that she would "
        "campaign all week. She said on Sunday on CNN's “State of the Union.” that the polls "
        "were wrong."
    )
    quoted = [q for q, _ in speakers(nlp, text)]
    assert quoted == ["The race is far from over"]


def test_a_capitalised_name_used_as_a_modifier_is_a_term_not_a_quote(nlp):
    text = (
        "Trump has echoed many themes of disaffected “Leave” supporters in Britain. Stein said "
        "that the “Bernie or Bust” crowd would follow her. She warned that turnout would be "
        "“dangerously low.”"
    )
    assert speakers(nlp, text) == [("dangerously low.", "Stein")]


def test_a_hyphen_opening_the_line_after_a_quote_signs_it(nlp):
    text = (
        "Quotable.\n\n“We came here to be heard, and we will be heard all week long.”\n\n"
        "-Dolores Whitfield, Cleveland.\n\n“Great speech. She is ready.”\n\n"
        "-President Obama, tweeting after the speech."
    )
    assert speakers(nlp, text) == [
        ("We came here to be heard", "Dolores Whitfield"),
        ("Great speech. She is ready.", "Obama"),
    ]


def test_a_hyphen_inside_a_line_is_no_byline(nlp):
    text = "“We will win this seat back,” she said - a promise few believed."
    assert all(name != "a promise" for _, name in speakers(nlp, text))


def test_hyphenated_surname_with_its_particle_capitalised_is_the_same_person(nlp):
    text = (
        "First the cleric Anwar al-Zawari, who was killed in 2011, is shown preaching.\n\n"
        "Donald Trump then appears in a clip from a stump speech. The crowd cheers Trump's "
        "words.\n\nThen a clip of Al-Zawari appears. “The West will turn against its Muslim "
        "citizens,” he says."
    )
    assert speakers(nlp, text)[-1] == (
        "The West will turn against its Muslim citizens",
        "Anwar al-Zawari",
    )


def test_a_passive_subject_speaks_through_the_participle(nlp):
    text = (
        "Before Donald Trump's appearance in the video, the cleric Anwar al-Zawari is shown "
        "lecturing: “Take heed and learn from the lessons of history.”"
    )
    assert speakers(nlp, text) == [
        ("Take heed and learn from the lessons of history.", "Anwar al-Zawari")
    ]


def test_the_board_is_the_body_named_before_with_board_in_its_name(nlp):
    text = (
        "Senator Ted Cruz got a favorable decision from the Ohio Board of Elections on "
        "Monday.\n\n“The candidate is a natural born citizen,” the board said."
    )
    assert speakers(nlp, text) == [
        ("The candidate is a natural born citizen", "Ohio Board of Elections")
    ]


def test_an_email_speaks_for_whoever_sent_it(nlp):
    text = (
        "An email was sent from the club's executive director, Jeremy Boreing, to its members. "
        "The email said, “Effective immediately, we are going to wind down the organization.”"
    )
    assert speakers(nlp, text) == [("Effective immediately", "Jeremy Boreing")]


def test_a_compound_trade_noun_describes_the_person_just_named(nlp):
    text = (
        "The plan will lift poor neighborhoods, Ben Carson said Monday.\n\n"
        "“They have to stop and listen,” the retired neurosurgeon told a radio host."
    )
    assert speakers(nlp, text) == [("They have to stop and listen", "Ben Carson")]


def test_a_field_noun_describes_the_person_just_named(nlp):
    text = (
        "Inflation will stay high, Maria Lopez warned on Tuesday.\n\n"
        "“Prices are not coming down soon,” the economist told reporters."
    )
    assert speakers(nlp, text) == [("Prices are not coming down soon", "Maria Lopez")]


def test_so_says_after_a_quote_names_its_speaker(nlp):
    text = (
        "LOS ANGELES -- “The stories begin. The stories end. But the work never ends.”\n\n"
        "So says a booming voice at the end of “Hail, Caesar!” -- a film by the Coen brothers."
    )
    # The description stops before the title it would cut in two.
    assert speakers(nlp, text)[0] == (
        "The stories begin. The stories end. But the work never ends.",
        "a booming voice",
    )


def test_so_says_with_two_apostrophes_as_marks(nlp):
    text = (
        "LOS ANGELES -- ''The stories begin. The stories end.''\n\n"
        "So says Gloria Mannix, the studio's fixer for decades."
    )
    assert speakers(nlp, text) == [("The stories begin. The stories end.", "Gloria Mannix")]


def test_a_book_title_after_its_author_is_no_quote(nlp):
    text = (
        "According to E. J. Fleming's “The Fixers: Eddie Mannix, Howard Strickling and the MGM "
        "Publicity Machine” and other sources, his was an all-purpose job."
    )
    found = [(q.kind, q.speaker.name if q.speaker else None) for q in analyze_doc(nlp(text)).quotes]
    assert found == [("indirect", "E. J. Fleming")]


def test_guidelines_speak_for_whoever_issued_them(nlp):
    text = (
        "Guidelines recently issued by the Obama administration, telling schools to let "
        "students use the bathroom of their choice, have sparked legal challenges."
    )
    quotes = analyze_doc(nlp(text)).quotes
    assert [q.speaker.name for q in quotes] == ["the Obama administration"]


def test_the_state_and_party_of_a_member_describe_the_person_just_named(nlp):
    text = (
        "Speaker Paul Ryan told reporters Thursday that the House would act. Asked about the "
        "comments, Ryan shrugged. “I've said what I've said,” the Wisconsin Republican said."
    )
    assert speakers(nlp, text) == [("I've said what I've said", "Paul Ryan")]


def test_said_of_names_whom_the_quote_is_about_not_its_speaker(nlp):
    text = (
        "Rookie Caleb Jones scored twice. Melker Karlsson had a goal for the Sharks.\n\n"
        "Goaltender Martin Jones made 31 saves. Asked about the winning goal, Jones smiled. "
        "“He's got a great shot,” he said of Caleb Jones."
    )
    assert speakers(nlp, text) == [("He's got a great shot", "Martin Jones")]


def test_a_hyphenated_surname_alone_is_the_full_name(nlp):
    text = (
        "Rep. Alexandria Ocasio-Cortez, D-N.Y., said Tuesday that the plan was dead.\n\n"
        "“It is over,” Ocasio-Cortez said."
    )
    assert speakers(nlp, text) == [("It is over", "Alexandria Ocasio-Cortez")]


def test_pieces_of_a_double_barrelled_surname_are_the_full_name(nlp):
    text = (
        "Ex-BBC chat show host Robert Kilroy-Silk has launched his new party.\n\n"
        "Mr Kilroy-Silk, who recently quit the party, said “our country” was being “stolen "
        "from us”. “I will be standing at the next general election,” Mr Kilroy-Silk said."
    )
    assert {name for _, name in speakers(nlp, text)} == {"Robert Kilroy-Silk"}


def test_a_subject_of_two_joined_by_and_is_no_he(nlp):
    text = (
        "Wigan chairman Maurice Lindsay says he does not expect a quick solution.\n\n"
        "Leicester and Saracens are leading the chase for the player, but Lindsay told the BBC "
        "it was not yet a done deal. “It's not a quick decision,” he said."
    )
    assert speakers(nlp, text) == [("It's not a quick decision", "Maurice Lindsay")]


def test_the_chief_of_a_club_is_its_chairman_just_named(nlp):
    text = (
        "Wigan chairman Maurice Lindsay says he does not expect a quick solution.\n\n"
        "Lindsay also said he understood the interest in the player. “It'd be a great loss for "
        "us,” said the Warriors chief."
    )
    assert speakers(nlp, text) == [("It'd be a great loss for us", "Maurice Lindsay")]


def test_a_prepositions_object_before_a_name_is_no_role_of_it(nlp):
    text = (
        "Gordon Brown has issued a rallying cry to supporters.\n\n"
        "The chancellor said the poll would give a clear choice. “We will win,” he said.\n\n"
        "Shadow chancellor Oliver Letwin disagreed. “For all his management of the economy, "
        "Gordon Brown has failed,” he said."
    )
    assert speakers(nlp, text)[0] == ("We will win", "Gordon Brown")


def test_a_first_name_opening_the_sentence_belongs_to_the_missed_name(nlp):
    # The small model takes "Piers" for the common noun and misses the name.
    text = (
        "Piers Freelove is senior benefit officer on the picket line at Companies House. He "
        "said: “The majority of people have decided not to come in.”"
    )
    assert speakers(nlp, text) == [
        ("The majority of people have decided not to come in.", "Piers Freelove")
    ]


def test_a_researcher_described_after_a_quote_is_the_one_just_named(nlp):
    text = (
        "“It happened fast,” said Gonzalo Frasca, a games specialist at a Copenhagen "
        "university. “I was the first person to be surprised,” added the Uruguayan-born "
        "researcher."
    )
    assert [name for _, name in speakers(nlp, text)] == ["Gonzalo Frasca", "Gonzalo Frasca"]


def test_a_name_written_before_its_role_is_who_the_role_is(nlp):
    text = (
        "Revenue for mobile carriers will grow with 3G, thinks Paolo Pescatore mobile industry "
        "specialist for analysts IDC. “Wireless is a medium that is being exploited,” he said."
    )
    assert speakers(nlp, text) == [
        ("Wireless is a medium that is being exploited", "Paolo Pescatore")
    ]


def test_a_surname_modifying_a_role_is_not_who_the_role_is(nlp):
    text = (
        "Hillary Clinton spoke on Monday. A Clinton campaign official later said that she "
        "“didn't have a particular video in mind.”"
    )
    assert speakers(nlp, text) == [
        ("didn't have a particular video in mind.", "A Clinton campaign official")
    ]


def test_a_described_source_sentences_back_is_the_he_of_the_quote(nlp):
    text = (
        "A Labour Party spokesman told the BBC the party avoided those lists. But that did not "
        "happen for all calls. “When we ask which party they will vote for, that is not "
        "marketing,” he said."
    )
    assert [name for _, name in speakers(nlp, text)] == ["A Labour Party spokesman"]


def test_what_is_talked_about_does_not_speak(nlp):
    text = (
        "The gap between “have-nets” and “have-nots” has been much talked about, but few have "
        "measured it."
    )
    assert speakers(nlp, text) == []


def test_the_mother_of_nine_is_the_mother_just_named(nlp):
    text = (
        "His mother Katherine Jackson told Fox News on Sunday that her son was innocent. "
        "Describing him as “a good person”, the mother-of-nine said she feared he would not be "
        "given a fair trial."
    )
    assert speakers(nlp, text) == [("a good person", "Katherine Jackson")]


def test_a_name_inside_the_role_phrase_is_its_place_or_work_not_its_holder(nlp):
    # The small model tags "Birkenhead" and "JFK" as people.
    text = (
        "Former welfare minister Frank Field MP criticised the rivalry on television.\n\n"
        "“What sort of model does it give to the nation?” the Labour MP for Birkenhead asked.\n\n"
        "Oliver Stone flew to Sweden. “One of the reasons I am being honoured here is Europe,” "
        "said the director behind JFK, Platoon and Born on the Fourth of July."
    )
    assert [name for _, name in speakers(nlp, text)] == ["Frank Field", "Oliver Stone"]


def test_a_name_set_off_after_the_role_and_its_body(nlp):
    text = (
        "But director of the Victims of Crime Trust, Norman Brennan, accused the judge of "
        "having an “arrogant contempt for victims of crime and the law”."
    )
    assert [name for _, name in speakers(nlp, text)] == ["Norman Brennan"]


def test_a_spokeswoman_after_the_name_of_her_department(nlp):
    # The parser heads the subject by "Department" and hangs "spokeswoman" on "for".
    text = (
        "A Department for Education and Skills spokeswoman said the venture had been "
        "ambitious. She added: “It was not the only organisation to fail.”"
    )
    assert speakers(nlp, text) == [
        (
            "It was not the only organisation to fail.",
            "A Department for Education and Skills spokeswoman",
        )
    ]


def test_a_one_word_name_after_at_is_a_place_not_the_he(nlp):
    # The small model tags "Bolton" as a person.
    text = (
        "Arsene Wenger was asked about the row. The allegations were put to Wenger after "
        "Saturday's game at Bolton. At first he said only: “I have always been consistent "
        "with that story.”"
    )
    assert speakers(nlp, text) == [
        ("I have always been consistent with that story.", "Arsene Wenger")
    ]


def test_the_agency_quoted_someone_as_saying(nlp):
    text = (
        "There was a funereal air at the headquarters, reported AP news agency. “We are "
        "mourning the passing of a great company,” the agency quoted Peoplesoft worker David "
        "Ogden as saying."
    )
    assert speakers(nlp, text) == [
        ("We are mourning the passing of a great company", "David Ogden")
    ]


def test_the_part_an_actress_plays_is_not_who_she_is(nlp):
    text = (
        "Young stars were also there in the shape of Emma Watson, who plays Hermione in the "
        "Harry Potter films. The 14-year-old said she hoped to meet DiCaprio but joked that "
        "“they are probably a little too old for me”."
    )
    assert [name for _, name in speakers(nlp, text)] == ["Emma Watson"]


def test_a_paper_quoting_or_citing_a_source_relays_it(nlp):
    text = (
        "“It just came to a head,” the Post reported, quoting an anonymous Republican "
        "official.\n\nThe Post quoted another unnamed GOP official as saying that Lewandowski "
        "was not opposed by Manafort. Members of the family soured on him, the Post reported, "
        "citing another anonymous source."
    )
    found = [(q.kind, q.speaker.name) for q in analyze_doc(nlp(text)).quotes]
    assert found == [
        ("direct", "an anonymous Republican official"),
        ("indirect", "another unnamed GOP official"),
        ("indirect", "another anonymous source"),
    ]


def test_markup_attribute_values_are_not_quotes(nlp):
    text = (
        "The press shouldn't take the bait. Here's a great guide to how you should think "
        'about the results:\n\n<tweet pic="" author="emmaroller" timestamp="1454432400" '
        'tweet_id="694353809384951809">a handy guide for reporters ranking the most important '
        "wins tonight:1: whoever comes in 1st2: whoever comes in 2nd</tweet>."
    )
    assert speakers(nlp, text) == []


def test_the_name_opening_a_headline_says_its_quoted_words(nlp):
    text = (
        "Cruz: Trump Would Put Liberals On Court, ‘I Fear The Same Thing Is True’ for Rubio.\n\n"
        "Republican presidential candidate Texas Senator Ted Cruz argued on Wednesday that the "
        "court was at stake."
    )
    assert speakers(nlp, text)[0] == ("I Fear The Same Thing Is True", "Ted Cruz")


def test_a_headline_label_before_a_colon_is_no_speaker(nlp):
    text = "Exclusive: Senate Race Is ‘Too Close To Call’\n\nThe race is tight, a poll found."
    assert all(name != "Exclusive" for _, name in speakers(nlp, text))
