from service.nlp.article import paragraph_at, parse_contributors, parse_plain_text, parse_record


def test_title_paragraphs_contributors_and_boilerplate():
    raw = (
        "\n\nA Title\n\nFirst para\nstill first.\n\n  Second para.  \n\n"
        "Jane Roe and John Doe contributed to this report.\n\nShare this article\n\nGive a Comment"
    )
    article = parse_plain_text(raw)
    assert article.title == "A Title"
    assert article.boilerplate == ("Share this article", "Give a Comment")
    assert "Give a Comment" not in article.text
    assert article.contributors == ("Jane Roe", "John Doe")
    texts = [article.text[p.start : p.end] for p in article.paragraphs]
    assert texts == [
        "First para\nstill first.",
        "Second para.",
        "Jane Roe and John Doe contributed to this report.",
    ]


def test_boilerplate_only_at_the_end():
    article = parse_plain_text("T\n\nShare this article\n\nBody text here.")
    assert article.boilerplate == ()
    assert article.text.startswith("Share this article")


def test_crlf_and_bom():
    article = parse_plain_text("\ufeffTitle\r\n\r\nOne.\r\n\r\nTwo.\r\n")
    assert article.title == "Title"
    assert article.text == "One.\n\nTwo."


def test_contributor_line_variants():
    assert parse_contributors("Anna Smith, Bo Li and Carl Ek contributed reporting.") == (
        "Anna Smith",
        "Bo Li",
        "Carl Ek",
    )
    assert (
        parse_contributors("The law contributed to a rise in prices over many years and more.")
        == ()
    )
    assert parse_contributors("Just a sentence.") == ()


def test_record_title_is_separate_and_paragraph_lookup():
    article = parse_record("Para one.\n\nPara two.", "The title")
    assert article.title == "The title"
    assert paragraph_at(article.paragraphs, 0) == 0
    assert paragraph_at(article.paragraphs, article.text.index("two")) == 1
    assert paragraph_at(article.paragraphs, article.paragraphs[0].end) == 0
