"""An organisation speaker named by the fullest name the article gives the same body, through
the document's entity of that body, so that the speaker and the entity agree (issue 11, round
r12b). Short texts written for each rule."""

from service.nlp.pipeline import analyze_doc
from tests.speaker_helpers import entity_of, speaker_of


def _analysis(nlp, text):
    return analyze_doc(nlp(text))


def test_a_clipped_name_is_the_body_whose_longer_word_it_opens(nlp):
    # "the Fed" clips a word of "the US Federal Reserve": the one body it can stand for.
    text = (
        "Most regions of the country grew in December, the US Federal Reserve said in its "
        "latest report. Retail sales were stronger than in November, the Fed said."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Retail sales") == "US Federal Reserve"
    assert entity_of(analysis, text, "Fed") == "US Federal Reserve"


def test_a_clipped_name_of_two_bodies_stays_as_written(nlp):
    # Two bodies of the article have a "Federal" inside their names: "the Fed" may be either.
    text = (
        "The US Federal Reserve and the German Federal Bank held rates on Friday. The Fed "
        "said the economy was growing."
    )
    analysis = _analysis(nlp, text)
    assert entity_of(analysis, text, "Fed") == "Fed"


def test_a_short_name_opening_several_of_the_bodys_names_is_the_parent(nlp):
    # "Sky" opens "Sky Networks", "Sky News" and "Sky Movies": it is none of its channels or
    # units but the body that owns them all.
    text = (
        "Sky has signed a new deal to broadcast the Academy Awards. Sky said it was honoured "
        "to have won the rights. Coverage will run on Sky News and Sky Movies, said Jane Laing "
        "of Sky Networks."
    )
    analysis = _analysis(nlp, text)
    first = [e.name for e in analysis.entities if any(m.start == 0 for m in e.mentions)]
    assert first == ["Sky"]
    assert speaker_of(analysis, text, "it was honoured") == "Sky"
    assert entity_of(analysis, text, "Sky Networks") == "Sky Networks"


def test_a_company_noun_cut_after_a_possessive_name_joins_it(nlp):
    # The recogniser takes "Foster's Group" as "Foster" and "Group": one company's name, and
    # "Foster's" alone is that company shortened.
    text = (
        "Southcorp has rejected a takeover offer from brewing giant Foster's Group. The two "
        "companies held talks after Foster's bought a stake in Southcorp. Foster's said a "
        "combination would create a global player."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "a combination") == "Foster's Group"
    assert entity_of(analysis, text, "Foster") == "Foster's Group"


def test_a_name_whose_own_s_the_recogniser_left_out_keeps_it(nlp):
    text = "Sainsbury's has posted a fall in profits. Sainsbury's said the market was tough."
    assert speaker_of(_analysis(nlp, text), text, "the market") == "Sainsbury's"


def test_a_short_name_is_the_body_the_article_usually_names_in_full(nlp):
    # The headline's "Exxon" is "Exxon Mobil", the name the story gives the company.
    text = (
        "Columbia defends Exxon articles. Columbia's journalism school has rejected claims by "
        "Exxon Mobil that its articles were misleading. The articles examined Exxon Mobil's "
        "public position. Last month, the company called the reports ''inaccurate and "
        "deliberately misleading.'' Alan Jeffers, a spokesman for Exxon Mobil, said the "
        "articles were wrong."
    )
    analysis = _analysis(nlp, text)
    assert entity_of(analysis, text, "Exxon") == "Exxon Mobil"
    assert speaker_of(analysis, text, "inaccurate") == "Exxon Mobil"


def test_a_unit_named_in_passing_leaves_the_short_name_alone(nlp):
    text = (
        "Next has reported a rise in sales. Next said trading was strong, and its Next "
        "Directory catalogue also grew. Next expects profits to rise."
    )
    analysis = _analysis(nlp, text)
    assert [e.name for e in analysis.entities if any(m.start == 0 for m in e.mentions)] == ["Next"]


def test_a_name_cut_at_its_and_is_joined_where_the_article_writes_its_acronym(nlp):
    # The recogniser cuts "World Travel and Tourism Council" at "and"; "WTTC" is the whole's.
    text = (
        "Tourism is vital to many developing countries, providing jobs for 19 million people "
        "in the region, according to the World Travel and Tourism Council (WTTC). The WTTC "
        "expects a fall in visitors."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Tourism is") == "World Travel and Tourism Council"
    assert entity_of(analysis, text, "WTTC") == "World Travel and Tourism Council"


def test_two_bodies_joined_by_and_without_such_an_acronym_stay_two(nlp):
    text = "Sales at British Airways and Virgin Atlantic fell in May, the CAA said."
    analysis = _analysis(nlp, text)
    assert entity_of(analysis, text, "British Airways") == "British Airways"
    assert entity_of(analysis, text, "Virgin Atlantic") == "Virgin Atlantic"
