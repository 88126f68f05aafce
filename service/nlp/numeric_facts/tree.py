"""Bounded look-ups in the dependency tree, so that every rule stays linear in the text."""

from __future__ import annotations

from spacy.tokens import Token

# How far from a token its children are looked for: spaCy's Token.children walks the whole
# subtree, which for a verb with a thousand listed amounts makes every look-up O(n).
_WINDOW = 16


def children(token: Token) -> list[Token]:
    """The token's syntactic children within _WINDOW tokens of it, in text order."""
    if token.right_edge.i - token.left_edge.i <= 2 * _WINDOW:
        return list(token.children)  # a small subtree: spaCy's own walk is cheaper
    doc = token.doc
    near = doc[max(0, token.i - _WINDOW) : min(len(doc), token.i + _WINDOW + 1)]
    return [t for t in near if t.head.i == token.i and t.i != token.i]


def lefts(token: Token) -> list[Token]:
    return [t for t in children(token) if t.i < token.i]


def rights(token: Token) -> list[Token]:
    return [t for t in children(token) if t.i > token.i]
