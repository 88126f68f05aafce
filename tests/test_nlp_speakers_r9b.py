"""Round r9b (issue 11): an audit of round r9's speaker rules on unlabeled BBC news (the first
400 articles, those no speaker gold read), main e492039 against r9. Short texts written for
each narrowing; each failed before it."""

from tests.test_nlp_speakers_dev14 import reported


def test_a_body_named_after_a_bodys_thing_is_the_one_the_paper_means(nlp):
    # "Acme's merger ... has been delayed, according to the Daily Courier. The paper said": the
    # sentence is about Acme's merger, but the body named after it, the paper giving the news,
    # is the one "the paper" means (round r9's body's-thing rule had said Acme).
    text = (
        "Acme Motors' planned merger with Zenith Corp has been delayed by regulators, "
        "according to the Wall Street Journal.\n\n"
        "The paper said officials had been irritated by the talks."
    )
    assert reported(nlp, text)[-1] == (
        "officials had been irritated by the talks",
        "Wall Street Journal",
    )


def test_a_body_named_since_the_bodys_thing_is_the_one_it_means(nlp):
    # A body's thing as subject several sentences back ("Zenith Corp's investment ...") does not
    # outrank the body named since ("According to the Guardian, ... The paper said").
    text = (
        "Zenith Corp's proposed investment in Acme Motors is awaiting approval. There has been "
        "speculation about the plant.\n\n"
        "According to the Guardian, 3,000 jobs could be lost if the deal goes ahead. The paper "
        "said that cutbacks would be required."
    )
    assert reported(nlp, text)[-1] == ("cutbacks would be required", "Guardian")


def test_a_cue_with_its_own_clause_after_it_does_not_report_the_clause_before(nlp):
    # "Ms Lee said she hoped "..." Asked about X, she said that ...": with no full stop after the
    # quotation the parse hangs "Ms Lee said" on the second "said", but that verb reports the
    # that-clause after it; the "she" is Ms Lee (binding does not exclude her).
    text = (
        "Jane Lee was moved to the economy brief. In response, Ann Cole, for the Greens, "
        'added: "If the policy is going to continue, then changing the minister will serve no '
        "purpose, other than to deflect flak from Labour's MPs,\" she said. Meanwhile Ms Lee "
        'said she hoped "that the people of Wales would benefit from my investment of the past '
        'five years" Asked about waiting lists, she said that waiting times and lists were "only '
        '10% of the health agenda" and that the government had "turned the corner" on the issue.'
    )
    assert reported(nlp, text)[-1][1] == "Jane Lee"
