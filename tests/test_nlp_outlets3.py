"""Who said what on real news pages (bench/outlets.py, batch E's tune part): an exchange of
questions and answers, a cue splitting a quote, nicknames, show titles and subheads."""

from service.nlp.pipeline import analyze_doc


def _quotes(nlp, text):
    return [
        (q.kind, text[q.start : q.end], q.speaker.name if q.speaker else None)
        for q in analyze_doc(nlp(text)).quotes
    ]


def _speaker(nlp, text, words):
    found = [who for _, quoted, who in _quotes(nlp, text) if words in quoted]
    assert found, f"no quote holds {words!r}"
    return found[0]


EXCHANGE = (
    "The judge pressed the lawyer for the city, Maria Lund, on the cost of the plan.\n\n"
    '"That can be true," Lund said, "but the risk of doing nothing is far greater."\n\n'
    '"But there is some risk," Judge Peter Crane interjected. "Do you dispute that?"\n\n'
    '"There can be a very small risk for some residents, but the plan is safe."\n\n'
    'Crane then turned to the budget. "Why would anyone build a bridge there?" he asked.\n\n'
    '"Nobody would. The money is better spent elsewhere."\n\n'
    '"Is that right?" he asked.\n\n'
    '"No, Judge Crane," Lund said. "I was trying to make a narrower point."\n\n'
    '"Then why were you talking about the bridge at all," he rejoined.'
)


def test_the_answer_to_a_question_put_to_someone_is_theirs(nlp):
    assert _speaker(nlp, EXCHANGE, "very small risk") == "Maria Lund"


def test_after_a_rhetorical_question_the_speaker_goes_on(nlp):
    assert _speaker(nlp, EXCHANGE, "Nobody would") == "Peter Crane"


def test_rejoined_is_a_cue(nlp):
    assert _speaker(nlp, EXCHANGE, "talking about the bridge") == "Peter Crane"


def test_a_cue_splitting_a_quote_reports_nothing(nlp):
    text = (
        '"For the city," Lund had said as she concluded her arguments in the case, "the bridge '
        'is essential to growth. For the region, it is a lifeline."'
    )
    kinds = [kind for kind, _, _ in _quotes(nlp, text)]
    assert "indirect" not in kinds
    assert _speaker(nlp, text, "essential to growth") == "Lund"


def test_a_nickname_between_given_name_and_surname_is_no_quote(nlp):
    text = (
        "It was the first title for Kim “Ruler” Jae-hyuk and his team.\n\n"
        "Of course, this is Park “TheMage” Seong-ho’s Aatrox we’re talking about, a crucial "
        "champion that he used during his 2018 championship run."
    )
    assert _quotes(nlp, text) == []


def test_a_show_title_ending_in_an_exclamation_mark_is_no_quote(nlp):
    text = (
        '"If you want a reason, I like to argue in court," Varga said recently on NPR’s “Wait '
        "Wait … Don’t Tell Me!” about her early work."
    )
    assert [quoted for _, quoted, _ in _quotes(nlp, text)] == [
        "If you want a reason, I like to argue in court,"
    ]


def test_words_quoted_in_a_subhead_are_no_quote(nlp):
    text = (
        "The city lost the case by a 6-3 vote.\n\n"
        "Pay equity and ‘a country that we want to become’\n\n"
        "The next case was about pay."
    )
    assert _quotes(nlp, text) == []


def test_a_word_quoted_in_a_title_case_headline_is_no_nickname(nlp):
    text = (
        "Senator Told A Reporter Not To ‘Moan’ About The Budget\n\n"
        "On Tuesday, an anchor asked him about it."
    )
    assert any("Moan" in quoted for _, quoted, _ in _quotes(nlp, text))


def test_a_word_quoted_after_a_name_is_no_split_quote(nlp):
    text = (
        "Sunday on Fox News channel’s “Morning Futures,” Rep. Dan Hale said Governor Kim "
        "Roe’s “judgment” and “honesty” are in question because of her handling of the budget."
    )
    assert "indirect" in [kind for kind, _, _ in _quotes(nlp, text)]


def _reports(nlp, text):
    return [
        (text[q.start : q.end], q.speaker.name if q.speaker else None)
        for q in analyze_doc(nlp(text)).quotes
        if q.kind == "indirect"
    ]


def test_the_one_made_to_speak_is_the_speaker(nlp):
    text = (
        "Mayor Joan Pike lost the vote. Council member Ray Dunn said it was time to act, "
        "prompting the mayor to insist that nothing was wrong."
    )
    assert ("nothing was wrong", "Joan Pike") in _reports(nlp, text)


def test_the_one_blamed_for_claiming_is_the_speaker(nlp):
    text = (
        "Mayor Joan Pike lost the vote. A newspaper outed the mayor in 2019 for claiming the "
        "house was worth $30 million. A judge criticised Ray Dunn for saying the vote was rigged."
    )
    found = _reports(nlp, text)
    assert ("the house was worth $30 million", "Joan Pike") in found
    assert ("the vote was rigged", "Ray Dunn") in found


def test_a_thatless_clause_the_parser_cut_after_its_subject_is_reported(nlp):
    text = (
        'Mayor Joan Pike said the budget was "very good" before launching into another attack '
        'that prompted Judge Ann Lowe to quip the hearing sounded like a "broken record."'
    )
    found = dict(_reports(nlp, text))
    assert found.get('the hearing sounded like a "broken record."') == "Ann Lowe"


def test_a_second_bare_speech_verb_speaks_for_the_first_ones_speaker(nlp):
    text = (
        "The lawyer had the mayor confirm that he signed each of the contracts and acknowledge "
        "that they all included clauses requiring audits."
    )
    assert ("they all included clauses requiring audits", "the mayor") in _reports(nlp, text)


def test_words_quoted_in_a_phrase_another_owns_are_that_ones(nlp):
    text = (
        "Justice Mark Hollis questioned the lawyer for the state, Anna Varga, for an hour.\n\n"
        "Hollis later seized on Varga’s attempt to persuade the court to look at “the country "
        "that we want to become”; he suggested the approach rang hollow."
    )
    assert _speaker(nlp, text, "the country that we want") == "Anna Varga"


def test_a_speech_verb_across_a_semicolon_as_a_colon_still_cues(nlp):
    text = 'When Tim Hale shook his hand, the Australian said; "You\'re the best." He lost again.'
    assert _speaker(nlp, text, "the best") == "Tim Hale"


INTERVIEW = (
    "Dr. Amira Haddad has worked in emergency rooms in Winnipeg for 11 years.\n\n"
    "Haddad spoke with CBC's Marcy Markusa on Information Radio. Their conversation has been "
    "edited for length and clarity.\n\n"
    "Q: Why are you leaving?\n\n"
    "A: It's not the money. If anyone in government had asked us what we needed, I'd stay.\n\n"
    "Q: What will be different in Houston?\n\n"
    "A: I'll have beds. I'll have nurses."
)


def test_the_answers_of_a_labelled_interview_are_the_interviewees_quotes(nlp):
    found = _quotes(nlp, INTERVIEW)
    assert ("direct", "I'll have beds. I'll have nurses.", "Amira Haddad") in found
    assert _speaker(nlp, INTERVIEW, "It's not the money") == "Amira Haddad"
    assert [kind for kind, _, _ in found] == ["direct", "direct"]  # no report inside an answer


def test_quoted_answers_after_bare_questions_are_the_interviewees(nlp):
    text = (
        "Massimo Bottura runs Osteria Francescana in Modena. He spoke to us before opening a "
        "community kitchen in Toronto.\n\n"
        "Why Toronto?\n\n"
        "\"Because the city asked. We don't go where we aren't invited.\"\n\n"
        "What surprised you?\n\n"
        '"The generosity. People think big cities are cold. This one isn\'t."'
    )
    assert _speaker(nlp, text, "Because the city asked") == "Massimo Bottura"
    assert _speaker(nlp, text, "The generosity") == "Massimo Bottura"


def test_an_instrument_or_a_storm_is_no_one_made_to_speak(nlp):
    text = (
        "Mr Adams believed someone had gained access to the figures, and was using them to "
        "predict which celebrity would be evicted next. Comedian Chris Rock, who whipped up a "
        "media storm for saying he rarely watched them, hosts the show."
    )
    names = [who for _, who in _reports(nlp, text)]
    assert "them" not in names
    assert "storm" not in " ".join(filter(None, names))
