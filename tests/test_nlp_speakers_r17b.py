"""Speaker rules of round r17b of issue 11, from the errors of outlets batch t (six articles
written in the styles of Canadian and US sports and business desks, measured unseen before any
change). Short texts written for each rule, each failing on main (PIPELINE_VERSION 121), with a
guard beside it."""

from service.nlp.pipeline import analyze_doc
from tests.speaker_helpers import speaker_of


def _analysis(nlp, text):
    return analyze_doc(nlp(text))


# A given name the recogniser left out of a full name ("Anders Nyström said", tagged
# "Nyström" only) names a second person of that surname, not the one named in full before.


def test_a_given_name_left_out_names_a_second_person_of_the_surname(nlp):
    text = (
        "Erik Nyström scored on a feed from his younger brother Anders with 3:40 left.\n\n"
        "Anders Nyström said the tying goal was a play they had run since they were kids.\n\n"
        '"He always yells for it," Nyström said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the tying goal") == "Anders Nyström"
    assert speaker_of(analysis, text, "He always yells") == "Anders Nyström"


def test_a_lone_surname_after_one_full_name_is_that_person(nlp):
    # guard: no given name before it, one person of that surname.
    text = 'Erik Nyström scored twice on Thursday.\n\n"It felt good," Nyström said.'
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "It felt good") == "Erik Nyström"


# A lone surname shared by two people, right after a sentence about one of them by given name
# ("Tim, a defenceman, played 26 minutes") or by pronoun, is that one, not the one last named in
# full.


def test_a_lone_surname_is_the_one_the_previous_sentence_is_about(nlp):
    text = (
        "Tim Marchand and his brother Luc both had assists on the goal.\n\n"
        "Luc Marchand said the room had been loud when the puck went in.\n\n"
        "Tim, a defenceman, played 26 minutes and was on the ice for two goals.\n\n"
        '"That\'s on me," Marchand said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "That's on me") == "Tim Marchand"


def test_a_lone_surname_is_still_the_last_named_in_full_after_a_sentence_about_someone_else(nlp):
    # guard: the sentence before is about a third person.
    text = (
        "Tim Marchand and his brother Luc both had assists on the goal.\n\n"
        "Luc Marchand said the room had been loud when the puck went in.\n\n"
        "Drake Batherson scored on the power play late in the second.\n\n"
        '"We all remember our first one," Marchand said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "We all remember") == "Luc Marchand"


# A quote speaking of a "he", after a sentence whose subject acts on another person named as
# its object ("He also moved the defenceman Beckett Lindgren onto the top pair"): the quote's he
# is the one acted on; the one who acted speaks, not someone named after him in the sentence.


def test_the_one_who_acted_on_the_person_the_quote_speaks_of_speaks(nlp):
    text = (
        "Oilers head coach Paul Derosier was unhappy after the game.\n\n"
        "Derosier shortened his bench early in the third. He also moved the 20-year-old "
        "defenceman Beckett Lindgren onto the top pair with Evan Bouchard.\n\n"
        '"He\'s been our best D-man for a week," he said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "He's been our best") == "Paul Derosier"


def test_a_quote_after_a_sentence_about_the_one_acted_on_is_still_his(nlp):
    # guard: the sentence right before the quote is the player's own.
    text = (
        "Oilers head coach Paul Derosier moved Beckett Lindgren onto the top pair.\n\n"
        "Lindgren played 24 minutes, a career high, and blocked four shots.\n\n"
        '"Honestly, I didn\'t even think about it," he said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Honestly") == "Beckett Lindgren"


# "Another NHL executive, speaking on condition of anonymity because ..., called the deal “...”":
# the parser made the noun phrase the root and hung the verb after the set-off clause on that
# clause's last noun; the noun phrase is the verb's subject, the one "the executive" is later.


def test_the_noun_before_a_set_off_clause_is_the_subject_of_the_verb_after_it(nlp):
    text = (
        "Mikael Backlund said the room had been relieved.\n\n\"He's the heartbeat of this "
        'group," he said.\n\nAnother NHL executive, speaking on condition of anonymity because '
        "he was not authorized to comment on another team's contract, called the deal "
        '"a fair price, maybe a touch high on the back end."\n\n'
        '"Eight years is a long time for anybody," the executive said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "a fair price") == "Another NHL executive"
    assert speaker_of(analysis, text, "Eight years") == "Another NHL executive"


def test_an_unnamed_subject_with_a_verb_of_its_own_is_unchanged(nlp):
    # guard: the parser's own subject.
    text = (
        "Mikael Backlund said the room had been relieved.\n\nAn NHL executive called the deal "
        '"a fair price."\n\n"Eight years is a long time," the executive said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "a fair price") == "An NHL executive"
    assert speaker_of(analysis, text, "Eight years") == "An NHL executive"


# A quoted single letter (the captain's "C") is a mark, no one's words.


def _quoted(analysis, text):
    """Every quotation's words and every quoted fragment of a report."""
    spans = [(q.start, q.end) for q in analysis.quotes]
    spans += [(f.start, f.end) for q in analysis.quotes for f in q.fragments]
    return [text[start:end] for start, end in spans]


def test_a_quoted_letter_is_not_a_quote(nlp):
    text = 'Mikael Backlund, who has worn the "C" since 2023, said the room had been relieved.'
    quoted = _quoted(_analysis(nlp, text), text)
    assert not any(q.strip(' ".') == "C" for q in quoted), quoted


def test_a_one_word_partial_quote_is_still_a_quote(nlp):
    # guard: a word of the speaker's, quoted inside a report.
    text = 'Gaudreau said Sørensen was "fine" and would start on Sunday against Boston.'
    assert "fine" in _quoted(_analysis(nlp, text), text)


def test_a_title_before_a_lone_surname_is_no_given_name(nlp):
    # guard: "Dr Gillingwater", "Senator Hill" are the one person named in full before.
    text = (
        "David Gillingwater, of Loughborough University, studies transport.\n\n"
        '"You have to ask whether these vehicles will appeal," Dr Gillingwater said.\n\n'
        "Defence Minister Robert Hill spoke on Tuesday.\n\n"
        "Senator Hill says the cost of the deployment means other projects will wait."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "You have to ask") == "David Gillingwater"
    assert speaker_of(analysis, text, "the cost of the deployment") == "Robert Hill"
