"""Round r13-perf: the per-Doc indexes that replaced whole-Doc Token walks give what the walks
gave (each helper against the walk it replaced, on short sentences written for it)."""

from __future__ import annotations

from itertools import accumulate

from spacy.attrs import LEMMA, LOWER, POS, TAG

from service.nlp.numeric_facts.tree import children
from service.nlp.quotes import find_quoted_spans, quoted_spans
from service.nlp.reported import _Letters
from service.nlp.tokens import child_indices, positions, positions_where

TEXT = (
    "The committee said its report, written by a nurse, was late. "
    "Mr Smith, who sued the council twice, said: “It’s a ‘disgrace’.” "
    "According to the Reports, 12 people were hurt."
)


def test_positions_where_is_the_walk_of_a_test_per_token(nlp):
    doc = nlp(TEXT)

    def document(lemma: str) -> bool:
        return lemma == "sue" or lemma.lower() in {"report", "statement"}

    assert positions_where(doc, LEMMA, document) == [t.i for t in doc if document(t.lemma_)]
    assert positions_where(doc, LOWER, str.isdigit) == [t.i for t in doc if t.lower_.isdigit()]
    assert positions_where(doc, LOWER, lambda w: False) == []


def test_positions_of_labels_from_spacys_symbol_table(nlp):
    # "NOUN" and "NN" are symbols: stored as their symbol's id, not a string's hash
    doc = nlp(TEXT)
    nouns = frozenset({"NOUN", "PROPN"})
    assert positions(doc, POS, nouns) == [t.i for t in doc if t.pos_ in nouns]
    assert positions(doc, TAG, frozenset({"NN"})) == [t.i for t in doc if t.tag_ == "NN"]


def test_child_indices_are_spacys_children_in_text_order(nlp):
    doc = nlp(TEXT)
    for token in doc:
        assert child_indices(doc, token.i) == [c.i for c in token.children]
    assert child_indices(nlp("Hello"), 0) == []  # a root alone


def test_children_in_a_long_subtree_stay_within_the_window(nlp):
    # a verb with many listed objects: its subtree is wider than 32 tokens
    doc = nlp("He bought " + ", ".join(f"{n} apples" for n in range(3, 30)) + " and a pear.")
    verb = doc[1]
    assert verb.right_edge.i - verb.left_edge.i > 32
    near = [c.i for c in verb.children if abs(c.i - verb.i) <= 16]
    assert [c.i for c in children(verb)] == near
    small = doc[3]  # "apples": a small subtree, every child
    assert [c.i for c in children(small)] == [c.i for c in small.children]


def test_quoted_spans_are_found_once_per_doc(nlp):
    doc = nlp(TEXT)
    spans = quoted_spans(doc)
    assert spans == find_quoted_spans(doc.text)
    assert quoted_spans(doc) is spans


def test_letters_count_as_the_masked_text_did():
    text = "He said “it’s 5 fine” and ‘ok’ then “x” é1 "
    quotes = [(9, 20), (15, 18), (28, 30), (38, 39)]  # a nested span is skipped
    letters = _Letters(text, quotes)
    masked, at = [], 0
    for start, end in quotes:
        if start >= at:
            masked += (" " * (start - at), text[start:end])
            at = end
    masked.append(" " * (len(text) - at))
    assert letters.all == [0, *accumulate(map(str.isalnum, text))]
    assert letters.quoted == [0, *accumulate(map(str.isalnum, "".join(masked)))]
    assert _Letters("", []).all == [0]
