"""Who said it, on short texts in the style of tokenised wire copy (issue 11, dev4: Reuters
1996 as CoNLL-2003 gives it): one sentence per line, a space before punctuation, straight
quotation marks standing as tokens, agencies and unnamed officials as sources."""

from service.nlp.quotes import find_quoted_spans
from tests.test_nlp_speakers import speakers


def test_a_mark_ending_its_line_opens_the_next_line(nlp):
    text = (
        '" The result is fair , " coach Tom Baxter told reporters . "\n'
        'We tried hard but the defence was too good . "\n'
        "The teams meet again in May .\n"
    )
    assert speakers(nlp, text) == [
        ("The result is fair ", "Tom Baxter"),
        ("We tried hard but the defence was too good .", "Tom Baxter"),
    ]


def test_a_quote_of_several_sentences_runs_over_lines_to_its_closing_mark(nlp):
    text = (
        "The ministry condemned the attack .\n"
        '" We condemn the attack .\n'
        "We are in touch with our allies .\n"
        'In no way can it be seen as helpful , " said a Foreign Office spokesman .\n'
    )
    spans = [text[s:e] for s, e in find_quoted_spans(text)]
    assert spans == [
        "We condemn the attack .\nWe are in touch with our allies .\n"
        "In no way can it be seen as helpful ,"
    ]
    assert speakers(nlp, text) == [
        (
            "We condemn the attack .\nWe are in touch with our allies .\nIn no way can it be "
            "seen as helpful ",
            "a Foreign Office spokesman",
        ),
    ]


def test_an_unclosed_quote_before_narrative_lines_stays_in_its_line():
    text = '" We will win .\nThe vote is on Monday .\nHe said " no " twice .\n'
    spans = [text[s:e] for s, e in find_quoted_spans(text)]
    assert spans[0] == "We will win ."
