"""Who said it, on short texts in the style of US political news (issue 11, dev3): titles
before names, surnames of several words, bylines, titles of shows, inverted cues."""

from service.nlp.pipeline import analyze_doc


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


def test_surname_of_two_words_takes_the_first_name_written_once(nlp):
    text = (
        "Party Chair Rosalind Van Houten rejected the charge on Tuesday.\n\n"
        "“We have followed every rule,” Van Houten said in an interview."
    )
    assert speakers(nlp, text) == [("We have followed every rule", "Rosalind Van Houten")]
