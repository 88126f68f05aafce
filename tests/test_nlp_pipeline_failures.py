"""One text the extractors fail on costs the corpus build that text only, never the rest."""

import pytest

from service.nlp import pipeline


def test_a_failing_text_is_none_with_skip_failures_and_raises_without(monkeypatch, nlp):
    analyze_doc = pipeline.analyze_doc

    def failing(doc):
        if "boom" in doc.text:
            raise RuntimeError("an extractor bug")
        return analyze_doc(doc)

    monkeypatch.setattr(pipeline, "analyze_doc", failing)
    texts = ["Jane Doe said it rose 5%.", "A boom here.", "John Smith left."]
    analyses = list(pipeline.analyze_texts(texts, skip_failures=True))
    assert analyses[1] is None
    assert analyses[0] is not None
    assert analyses[0].numeric_facts
    assert analyses[2] is not None
    assert analyses[2].entities
    with pytest.raises(RuntimeError, match="extractor bug"):
        list(pipeline.analyze_texts(texts))
