"""Who said it, on short texts in the styles of other outlets: US wire copy, sports
interviews, business news, pronoun chains, family members sharing a surname."""

import pytest

from service.nlp.pipeline import analyze_doc


def quotes(nlp, text):
    """(quoted text, kind, speaker's name) of each quote of ``text``."""
    return [
        (text[q.start : q.end], q.kind, q.speaker.name if q.speaker else None)
        for q in analyze_doc(nlp(text)).quotes
    ]


def speaker_of(nlp, text, words):
    """The speaker's name of the first quote holding ``words``."""
    found = [name for quoted, _, name in quotes(nlp, text) if words in quoted]
    assert found, f"no quote holds {words!r}"
    return found[0]


def speakers(nlp, text):
    """(first words of each quotation, its speaker's name): direct and partial quotes, and
    the quoted fragments of reported speech."""
    out = []
    for q in analyze_doc(nlp(text)).quotes:
        name = q.speaker.name if q.speaker else None
        if q.kind == "indirect":
            out += [(text[f.start : f.end].split(",")[0], name) for f in q.fragments]
        else:
            out.append((q.text.split(",")[0], name))
    return out


def test_wire_copy_age_and_hometown_apposition(nlp):
    text = (
        "COLUMBUS, Ohio (AP) — Teachers walked off the job Monday.\n\n"
        "“We are tired of being asked to do more with less,” said Karen Smith, 45, a teacher "
        "from Dayton.\n\n"
        "Union president Robert Alvarez said the strike would continue. “This is not a fight "
        "we wanted,” he said.\n\n"
        "“I have never seen morale this low,” the 45-year-old said."
    )
    assert speakers(nlp, text) == [
        ("We are tired of being asked to do more with less", "Karen Smith"),
        ("This is not a fight we wanted", "Robert Alvarez"),
        ("I have never seen morale this low", "Karen Smith"),
    ]


def test_cue_with_a_colon_after_a_finished_quote_belongs_to_the_next_one(nlp):
    text = (
        "Vince Cable, the party's Treasury spokesman, spoke on Monday. “First-time buyers are "
        "being squeezed out of the market,” he said. “We will raise the threshold for them.” "
        "Paul Boateng MP, Labour's Chief Secretary to the Treasury, said: “The sums do not add "
        "up at all.”"
    )
    found = dict(speakers(nlp, text))
    assert found["We will raise the threshold for them."] == "Vince Cable"
    assert found["The sums do not add up at all."] == "Paul Boateng"


def test_surname_alone_takes_the_full_name_the_recogniser_missed(nlp):
    # The small model takes "Vince Cable" at a paragraph start for an organisation.
    text = (
        "The Liberal Democrats are promising to raise the stamp duty threshold.\n\n"
        "Vince Cable, the party's Treasury spokesman, said raising it would help buyers. "
        "Under the proposals, the average saving would be £1,000, according to Mr Cable. "
        "“First time buyers are being squeezed out of the housing market,” he said."
    )
    assert speakers(nlp, text) == [
        ("First time buyers are being squeezed out of the housing market", "Vince Cable")
    ]


def test_coach_and_player_alternate_with_descriptions(nlp):
    text = (
        "Rookie defenceman Caleb Jones, 21, scored the winner in overtime.\n\n"
        "“I just closed my eyes and shot it,” Jones said.\n\n"
        "Sharks coach Peter DeBoer was less amused. “We gave them that game,” DeBoer said.\n\n"
        "The rookie defenceman was mobbed by teammates after the goal.\n\n"
        "“It's a special feeling,” the 21-year-old said.\n\n"
        "DeBoer refused to blame his goaltender.\n\n"
        "“Martin made some big saves for us. We need to be better in front of him,” he said."
    )
    assert [who for _, who in speakers(nlp, text)] == [
        "Caleb Jones",
        "Peter DeBoer",
        "Caleb Jones",
        "Peter DeBoer",
    ]


def test_quote_about_he_is_said_by_someone_else(nlp):
    text = (
        "Barbarians coach Bob Dwyer warned that flanker Schalk Burger needed a break. Burger, "
        "21, was named player of the year but has struggled on tour.\n\n"
        "“It's his first year at that level and he was phenomenal until the end of the "
        "season,” he said.\n\n"
        "Burger admitted he was tired. “My body is telling me to rest,” he said."
    )
    assert [who for _, who in speakers(nlp, text)] == ["Bob Dwyer", "Schalk Burger"]


def test_she_after_a_man_and_his_wife(nlp):
    text = (
        "Maria Lopez and her husband, David Lopez, opened their bakery in 2010.\n\n"
        "“We had no idea what we were doing,” David Lopez said.\n\n"
        "His wife laughed. “He still doesn't know what he's doing,” she said.\n\n"
        "“Every morning I come in at four,” she said. He disagreed. “It gets old,” he said."
    )
    assert [who for _, who in speakers(nlp, text)] == [
        "David Lopez",
        "Maria Lopez",
        "Maria Lopez",
        "David Lopez",
    ]


def test_brothers_sharing_a_surname(nlp):
    text = (
        "Erik Karlsson had a goal and an assist. His younger brother, Melker Karlsson, scored "
        "for Toronto.\n\n"
        "“It's always fun to play against him,” Erik Karlsson said.\n\n"
        "Melker Karlsson said he had been looking forward to the game. “He's the best "
        "defenceman in the world, so it's nice to score,” Karlsson said."
    )
    assert [who for _, who in speakers(nlp, text)] == ["Erik Karlsson", "Melker Karlsson"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Liverpool boss Arne Slot felt his team deserved a point. “I think we were the "
            "better team for long spells,” the Dutchman said.",
            "Arne Slot",
        ),
        (
            "Petra Kvitova, the two-time Wimbledon champion, was philosophical. “She played "
            "too well today,” the Czech said.",
            "Petra Kvitova",
        ),
        (
            "Jack Straw arrived in Brussels on Monday. Shadow foreign secretary Michael Ancram "
            "spoke first. Mr Straw said of the Tory "
            "leader: “He is clever.” The Foreign Secretary told the BBC: “I was making an "
            "observation about his temper.”",
            "Jack Straw",
        ),
    ],
)
def test_nationality_and_role_descriptions(nlp, text, speaker):
    assert speakers(nlp, text)[-1][1] == speaker


def test_speaker_named_by_a_frame_in_the_next_sentence(nlp):
    text = (
        "The Raptors lost their fifth straight game on Sunday.\n\n"
        "“We're not playing the right way. We're not moving the ball.”\n\n"
        "That was coach Darko Rajakovic's blunt assessment after the game."
    )
    assert [who for _, who in speakers(nlp, text)] == ["Darko Rajakovic"]


def test_reported_fragment_of_a_clause_that_cannot_speak_goes_to_the_speaker(nlp):
    text = (
        "Charles Kennedy spoke on Monday. He said the question sounded “very neutral and "
        "balanced”, adding it would enable the argument “to be enjoined fairly on both "
        "sides”."
    )
    assert {who for _, who in speakers(nlp, text)} == {"Charles Kennedy"}


def test_subject_never_across_a_line_break(nlp):
    text = (
        "READ MORE: It becomes a nightmare\n\n"
        "Protesters chanted “No justice, no peace, no more waiting” outside the courthouse."
    )
    assert [who for _, who in speakers(nlp, text)] == ["Protesters"]


def test_role_the_recogniser_takes_for_a_name_still_describes_the_player(nlp):
    # The small model tags "rookie" a person and "the rookie defenceman" an organisation.
    text = (
        "The Sharks signed rookie defenceman Caleb Jones to a two-year deal on Monday.\n\n"
        "“I just want to help the team any way I can,” the rookie defenceman said."
    )
    assert speakers(nlp, text) == [("I just want to help the team any way I can", "Caleb Jones")]


def test_position_and_local_office_are_not_part_of_the_name(nlp):
    text = (
        "The Devils beat the Rangers 4-1.\n\n"
        "Goaltender Mackenzie Blackwood made 32 saves.\n\n"
        "“The guys in front of me made it easy,” Blackwood said.\n\n"
        "Councilwoman Amy Chen watched from the stands. “What a night for this city,” Chen "
        "said."
    )
    assert speakers(nlp, text) == [
        ("The guys in front of me made it easy", "Mackenzie Blackwood"),
        ("What a night for this city", "Amy Chen"),
    ]


def test_speaker_named_in_the_paragraph_after_the_quote(nlp):
    text = (
        "The Chiefs beat Buffalo 27-24 on Sunday.\n\n"
        "“We’ve been building toward this all season. Every guy in that room believed we "
        "could get here.”\n\n"
        "That was coach Andy Reid after the game.\n\n"
        "Quarterback Patrick Mahomes threw for two touchdowns.\n\n"
        "“We just weren’t good enough in the first half. We fixed it.”\n\n"
        "Those were the words of tight end Travis Kelce after the win."
    )
    assert speakers(nlp, text) == [
        (
            "We’ve been building toward this all season. Every guy in that room believed we "
            "could get here.",
            "Andy Reid",
        ),
        ("We just weren’t good enough in the first half. We fixed it.", "Travis Kelce"),
    ]


def test_dash_signature_on_the_line_after_a_letter(nlp):
    text = (
        "Readers wrote in about the new bike lanes on Elm Street.\n\n"
        "“The lanes have made my commute safer and faster. I hope the city adds more.”\n\n"
        "— Jane Doe, Springfield\n\n"
        "“Nobody asked the businesses on Elm what they wanted.”\n\n"
        "— The owners of three shops wrote in as well."
    )
    found = speakers(nlp, text)
    assert found[0] == (
        "The lanes have made my commute safer and faster. I hope the city adds more.",
        "Jane Doe",
    )
    assert dict(found).get("Nobody asked the businesses on Elm what they wanted.") != "The"


def test_what_a_quote_means_is_not_who_said_it(nlp):
    text = (
        "“It was a respectable report,” said Michael Moran, an analyst at Daiwa Securities.\n\n"
        "“Factories are hiring again and that is a good sign for the economy.” That means the "
        "central bank is likely to continue its policy of raising interest rates."
    )
    assert [s for _, s in speakers(nlp, text)] == ["Michael Moran", "Michael Moran"]


def test_second_quote_of_a_paragraph_is_not_given_to_the_next_paragraphs_subject(nlp):
    text = (
        "Police arrested Kevin Marsh, 42, on Friday after a standoff. Neighbor Linda Ortiz "
        "watched from her porch.\n\n"
        "“He was always so quiet,” she said. “I never would have guessed.”\n\n"
        "Marsh was charged with assault.\n\n"
        "Rachel Kim, a nurse at St. Mary’s Hospital, worked through the night.\n\n"
        "“We were short-staffed again,” Kim said. “Everybody is exhausted.”\n\n"
        "The hospital’s chief nursing officer, Paul Grant, said the hospital was hiring.\n\n"
        "“We stayed together,” Jayson Tatum said. “When they made their run, we didn’t "
        "panic.”\n\n"
        "Coach Joe Mazzulla praised his defense."
    )
    found = dict(speakers(nlp, text))
    assert found["I never would have guessed."] == "Linda Ortiz"
    assert found["Everybody is exhausted."] == "Rachel Kim"
    assert found["When they made their run"] == "Jayson Tatum"


def test_names_the_model_takes_for_places_are_people_once_a_surname_speaks(nlp):
    # The small model labels both full names a place or a body; the surnames alone a person.
    text = (
        "Nkechi Okafor opened her bakery on Main Street in 2019. Her partner, Tunde Adeyemi, "
        "runs the register.\n\n"
        "“We started with two ovens,” Okafor said.\n\n"
        "Adeyemi said business had doubled. “People love the bread,” he said.\n\n"
        "“I wake up at 3 a.m. every day,” she said."
    )
    assert [s for _, s in speakers(nlp, text)] == [
        "Nkechi Okafor",
        "Tunde Adeyemi",
        "Nkechi Okafor",
    ]


def test_role_with_its_organisation_then_the_name_in_apposition(nlp):
    text = (
        "A spokeswoman for the county, Dana Reyes, said the roads would stay closed.\n\n"
        "Sheriff Bill Tate said two people had been rescued. “We got them out just in time,” "
        "he said.\n\n"
        "“Please stay off the roads,” she said."
    )
    found = analyze_doc(nlp(text)).quotes
    assert [(q.speaker.name, q.speaker.gender) for q in found] == [
        ("Dana Reyes", "female"),
        ("Bill Tate", "male"),
        ("Bill Tate", "male"),
        ("Dana Reyes", "female"),
    ]


def test_statements_pairs_ages_and_kinds_of_people(nlp):
    text = (
        "The Environmental Protection Agency has fined the mill $2 million. “The company "
        "ignored repeated warnings,” an agency statement said.\n\n"
        "Delta Air Lines and Korean Air announced a joint venture on Monday. “This partnership "
        "will give our customers more choice,” the two airlines said.\n\n"
        "Tesla chief executive Elon Musk said the company would build a factory in Texas. "
        "“It will be the biggest factory in the world,” the billionaire said.\n\n"
        "Kansas City Chiefs quarterback Patrick Mahomes threw three touchdowns. “We just kept "
        "fighting,” the 25-year-old said."
    )
    assert [s for _, s in speakers(nlp, text)] == [
        "Environmental Protection Agency",
        "Delta Air Lines and Korean Air",
        "Elon Musk",
        "Patrick Mahomes",
    ]


def test_slogans_with_the_comma_inside_are_not_quotes(nlp):
    text = (
        "The campaign’s slogan, “Make America Great Again,” appeared on hats across the "
        "rally.\n\n"
        "“We are going to win this state,” the candidate, Donald Trump, told the crowd."
    )
    assert speakers(nlp, text) == [("We are going to win this state", "Donald Trump")]


def test_continuation_paragraph_stays_with_its_speaker_before_another_agrees(nlp):
    text = (
        "Maple Leafs coach Sheldon Keefe and captain John Tavares both spoke after the game.\n\n"
        "“We were not good enough,” Keefe said. “We have to look at ourselves.”\n\n"
        "“It starts with me. I have to be better.”\n\n"
        "Tavares agreed. “We let the coach down,” he said.\n\n"
        "“It’s on the players. We know that.”"
    )
    assert [s for _, s in speakers(nlp, text)] == [
        "Sheldon Keefe",
        "Sheldon Keefe",
        "Sheldon Keefe",
        "John Tavares",
        "John Tavares",
    ]


def test_a_spokesman_for_a_team_is_the_one_the_article_names_later(nlp):
    text = (
        "The Yankees will not renew the lease on the training complex. A spokesman for the "
        "Yankees said the decision was “purely financial.”\n\n"
        "The city had hoped to keep the team until 2030. Yankees spokesman Jason Zillo said "
        "talks could resume next year."
    )
    assert speakers(nlp, text) == [("purely financial.", "Jason Zillo")]


def test_parenthetical_says_makes_the_next_he_and_who_takes_the_name_before_it(nlp):
    text = (
        "Dr. Lisa Moore has teamed up with Eric Brewer at the University of Vermont. The fix, "
        "says Prof. Brewer, is cheap.\n\n"
        "“We are looking at the same radios you find in any coffee shop,” he says.\n\n"
        "The plan was backed by Health, Labor and Pensions Committee Chair Bernie Sanders who "
        "said: “Rural hospitals cannot wait another year.”"
    )
    assert [s for _, s in speakers(nlp, text)] == ["Eric Brewer", "Bernie Sanders"]


def test_a_club_named_like_a_person_is_not_the_boss_who_speaks(nlp):
    # "Aston" is a man's first name; the club is written as a place ("at Aston Villa").
    text = (
        "Everton's David Moyes has praised his players' gutsy performance in the 2-1 win at "
        "Aston Villa.\n\n"
        "“That was our hardest away game of the season and it was a fantastic game of "
        "football,” said the Goodison boss. Villa had won their last three home games."
    )
    assert [s for _, s in speakers(nlp, text)] == ["David Moyes"]


def test_unnamed_spokesman_is_not_the_band_or_acronym_named_before(nlp):
    text = (
        "Taylor Swift's Cruel Summer was the first number one of the new streaming chart.\n\n"
        "A spokesman for the Recording Industry Association of America (RIAA) said the "
        "chart would be “updated every week.” The RIAA spokesman described the launch as "
        "“a great success” for the industry."
    )
    names = {s for _, s in speakers(nlp, text)}
    assert not names & {"RIAA", "Taylor Swift", "Cruel Summer"}


def test_the_next_sentence_reporting_its_own_words_does_not_take_the_quote(nlp):
    text = (
        "“This makes a mockery of the promise to outlaw age discrimination,” said Carol "
        "Hughes, director of the Senior Citizens League. “It is now inevitable that older "
        "workers will sue.” The decision will have no effect on Social Security, the White "
        "House has said."
    )
    assert [s for _, s in speakers(nlp, text)] == ["Carol Hughes", "Carol Hughes"]


def test_a_role_is_not_given_to_a_place_named_after_it(nlp):
    text = (
        "Democratic congressman Ro Khanna has told of his joy at meeting the daughter he never "
        "knew.\n\n"
        "“It was a pretty horrible thing with a pretty happy ending,” said the Silicon Valley "
        "congressman. Describing that first meeting at London's King Cross station, he said: "
        "“The earth went from under my feet.”"
    )
    assert "King Cross" not in {s for _, s in speakers(nlp, text)}


def test_a_time_the_parser_takes_for_a_subject_is_not_the_speaker(nlp):
    text = (
        "Gov. Gavin Newsom spoke in Sacramento on Thursday. But this financial year, because "
        'of "volatility in the oil market", he said the gas tax would be frozen.'
    )
    assert speakers(nlp, text) == [("volatility in the oil market", "Gavin Newsom")]


def test_role_phrase_continues_the_previous_sentences_subject(nlp):
    # The coach is the topic; the players named after him in his sentence are not "the coach".
    text = (
        "Mike Sullivan thinks Jacob Trouba deliberately tripped Sidney Crosby in the second "
        "period. The Penguins coach said it was worse than Brad Marchand's hit on Evgeni Malkin "
        "last season. “We will send the tape to the league and see what they do,” he said."
    )
    assert speakers(nlp, text)[-1] == (
        "We will send the tape to the league and see what they do",
        "Mike Sullivan",
    )


def test_uncued_quote_naming_the_last_subject_is_not_theirs(nlp):
    # The coach goes on about the player: a quote naming him in the third person is not his.
    text = (
        "Coach Andy Reid praised his defence after the win. “We kept them out of the end zone "
        "all night,” Reid said. “That is what we work on.” And rookie Xavier Worthy looks "
        "certain to start on Sunday, provided he recovers from a hamstring strain. “I learned a "
        "lot from the last game. “Xavier Worthy is a special player and he will get his chance.”"
    )
    assert speakers(nlp, text)[-2:] == [
        ("I learned a lot from the last game.", "Andy Reid"),
        ("Xavier Worthy is a special player and he will get his chance.", "Andy Reid"),
    ]


def test_unnamed_writer_before_an_aside_between_dashes(nlp):
    text = (
        "The forum has thousands of posts. Kate Lyons, who runs it, said it helped families. "
        "One unnamed parent - all are anonymous - wrote: “My son has not left his room since "
        "the game came out.”"
    )
    assert speakers(nlp, text)[-1] == (
        "My son has not left his room since the game came out.",
        "One unnamed parent",
    )


def test_initial_and_surname_the_recogniser_takes_for_a_body_is_a_person(nlp):
    # "he" refers back to the blogger, whom the small model tags as an organisation.
    text = (
        "Chess clubs report a boom. T Okonkwo, writing in the blogzine Board Culture, said "
        "recently: “I used to play online chess eight hours a day.”\n\n"
        "He says that such habits “were not unusual at all among the players I knew online”."
    )
    assert [name for _, name in speakers(nlp, text)] == ["T Okonkwo", "T Okonkwo"]


def test_age_and_position_descriptions_continue_the_topic_past_a_quote(nlp):
    # "the 28-year-old" and "The guard" are the player the paragraph is about, not the
    # executive named last; "The guard" comes after a quote of several sentences.
    text = (
        "Jalen Brunson has fuelled talk of a trade after falling for a radio prank. The American "
        "believed he was talking to Celtics president Brad Stevens when he criticised his "
        "team-mates. “I want to win now,” the 28-year-old told ESPN. “Maybe it could happen. I "
        "love the way Boston play. I'm not happy here.” The guard joined the Knicks in 2022, but "
        "it has been reported that he is unsettled. “I need a change,” he added."
    )
    found = [name for _, name in speakers(nlp, text)]
    assert found[:2] == ["Jalen Brunson", "Jalen Brunson"]
    assert found[-1] == "Jalen Brunson"


def test_lower_cased_tail_of_a_bodys_name_is_that_body(nlp):
    text = (
        "Commuters faced delays. The Metropolitan Transportation Authority said the outage was "
        "“unacceptable”. “Crews are working through the night to restore service,” the "
        "transportation authority said."
    )
    assert speakers(nlp, text)[-1] == (
        "Crews are working through the night to restore service",
        "Metropolitan Transportation Authority",
    )


def test_name_before_a_role_between_dashes_is_the_speaker(nlp):
    text = (
        "Ajax has warned it could go bankrupt. Pension fund manager Marta Klein - Ajax's largest "
        "investor - said she would only invest more money in the club if she got a greater say "
        "in how it is run. “The board has failed us,” she added."
    )
    assert speakers(nlp, text)[-1] == ("The board has failed us", "Marta Klein")


def test_quoted_as_saying_by_a_paper_is_the_quoted_persons(nlp):
    text = (
        "Daniel Ortiz, a tenant, said the building was cold. “We have had no heating for a "
        "month,” he is quoted as saying by the local paper."
    )
    assert speakers(nlp, text)[-1] == ("We have had no heating for a month", "Daniel Ortiz")


def test_agent_of_a_passive_speech_verb_said_it(nlp):
    text = (
        "The young striker impressed early, once being described as “a natural finisher” by "
        "the selectors at the academy."
    )
    assert speakers(nlp, text) == [("a natural finisher", "the selectors at the academy")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Before the story surfaced, Harry Kane had moved to play down reports linking him "
            "with the German giants, issuing a statement through Tottenham describing the "
            "speculation as “flattering”.",
            "Harry Kane",
        ),
        (
            "The club issued a statement through its lawyers describing the allegations as "
            "“false and defamatory”.",
            "The club",
        ),
    ],
)
def test_what_a_participle_describes_is_not_its_speaker(nlp, text, speaker):
    # Neither "the speculation" (the participle's object) nor "Tottenham" (the name before it).
    assert [name for _, name in speakers(nlp, text)] == [speaker]


def test_telling_after_a_denied_clause_is_the_deniers(nlp):
    # The parser hangs ", telling" on "had forced": the unions are what she denied, not who spoke.
    text = (
        "The health secretary outlined the plans on Tuesday. She denied nurses' unions had "
        "forced the changes, telling reporters “there is a recognition that the system is "
        "broken”."
    )
    assert speakers(nlp, text)[-1] == (
        "there is a recognition that the system is broken",
        "The health secretary",
    )


@pytest.mark.parametrize(
    ("tail", "author"),
    [
        ("a report published by research firm Enders Analysis.", "Enders Analysis"),
        ("a report published by Ofcom.", "Ofcom"),
    ],
)
def test_according_to_a_report_published_by_its_author(nlp, tail, author):
    text = (
        "Fibre networks are spreading fast.\n\n“Full-fibre take-up will double by 2027 as "
        "prices fall,” according to " + tail
    )
    assert [name for _, name in speakers(nlp, text)] == [author]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A Brooklyn landlord has been fined $2m after claiming he had “no knowledge” of the "
            "broken boilers.\n\nMarcus Webb, who owns 40 buildings, told the court he had hired "
            "contractors in the autumn.",
            "Marcus Webb",
        ),
        (
            "A regional airline has cancelled all flights after claiming its pilots had staged an "
            "“illegal strike”.\n\nLoganair said the walkout had cost it £1m.",
            "Loganair",
        ),
    ],
)
def test_lead_described_then_named_as_the_next_paragraphs_subject(nlp, text, speaker):
    assert speakers(nlp, text)[0][1] == speaker
