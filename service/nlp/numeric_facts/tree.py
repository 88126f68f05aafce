"""Bounded look-ups in the dependency tree, so that every rule stays linear in the text."""

from __future__ import annotations

from spacy.tokens import Token

from service.nlp.tokens import child_indices

# How far from a token its children are looked for: spaCy's Token.children walks the whole
# subtree, which for a verb with a thousand listed amounts makes every look-up O(n).
_WINDOW = 16


def children(token: Token) -> list[Token]:
    """The token's syntactic children within _WINDOW tokens of it, in text order."""
    doc = token.doc
    found = child_indices(doc, token.i)
    if token.right_edge.i - token.left_edge.i > 2 * _WINDOW:  # not a small subtree
        found = [i for i in found if abs(i - token.i) <= _WINDOW]
    return [doc[i] for i in found]


def lefts(token: Token) -> list[Token]:
    return [t for t in children(token) if t.i < token.i]


def rights(token: Token) -> list[Token]:
    return [t for t in children(token) if t.i > token.i]
