"""Full-text query syntax: what a client's ``q`` may say, turned into a safe FTS5 expression.

The syntax (also in the API description):

- words: ``central bank`` finds the items containing every word, in any order;
- ``"exact phrases"`` in double quotes: those words next to each other, in that order;
- ``prefix*``: a word (or the last word of a phrase) followed by ``*`` matches every word
  starting with it (``econom*``: economy, economic, economist...).

Matching ignores case and accents; punctuation separates words (``U.S.`` is the phrase
"u s"). Nothing else is an operator: FTS5's own syntax (``OR``, ``NOT``, ``NEAR``, column
filters, parentheses) is quoted away, so no ``q`` can fail to parse or reach other columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ITEM = re.compile(r'"([^"]*)"(\*?)|([^\s"]+)')
# Control characters separate words (FTS5's parser would stop at a NUL).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SINGLE_TERM = re.compile(r"[a-z0-9]+")
MAX_ITEMS = 16  # words and phrases per query


class QueryError(ValueError):
    """A ``q`` with nothing to search for; the message says why."""


@dataclass(frozen=True, slots=True)
class Search:
    """A parsed ``q``: the FTS5 expression, and its words if every item is a plain word."""

    expression: str
    terms: tuple[str, ...]  # the indexed forms of ASCII words without *; () if any other item

    @property
    def term(self) -> str | None:
        """The one word of a one-word search, else None."""
        return self.terms[0] if len(self.terms) == 1 else None


def _searchable(text: str) -> bool:
    return any(c.isalnum() for c in text)


def parse(q: str) -> Search:
    """The FTS5 expression for ``q``; ``QueryError`` if it has no word to search for."""
    items: list[str] = []
    plain: list[str] = []
    for phrase, star, word in _ITEM.findall(_CONTROLS.sub(" ", q)):
        text = phrase if phrase or star else word
        prefix = bool(star)
        if word.endswith("*"):
            text, prefix = word.rstrip("*"), True
        if not _searchable(text):
            continue
        items.append('"' + text.replace('"', '""') + '"' + ("*" if prefix else ""))
        plain.append("" if prefix else text)
    if not items:
        raise QueryError("Give at least one word or number to search for.")
    if len(items) > MAX_ITEMS:
        raise QueryError(f"At most {MAX_ITEMS} words or phrases.")
    terms = tuple(word.lower() for word in plain)
    if not all(_SINGLE_TERM.fullmatch(term) for term in terms):
        terms = ()
    return Search(" ".join(items), terms)


# Markers FTS5's highlight() puts around each match; a text containing them is reported
# without highlights rather than with wrong offsets.
OPEN, CLOSE = "\x02", "\x03"


def highlights(marked: str, original: str) -> list[tuple[int, int]] | None:
    """Offsets in ``original`` of the spans that ``marked`` (highlight() output) wraps."""
    spans, out, pos, start = [], [], 0, None
    for piece in re.split(f"([{OPEN}{CLOSE}])", marked):
        if piece == OPEN:
            start = pos
        elif piece == CLOSE:
            if start is not None and start < pos:
                spans.append((start, pos))
            start = None
        else:
            out.append(piece)
            pos += len(piece)
    if "".join(out) != original:
        return None
    return spans


def snippet_window(text: str, spans: list[tuple[int, int]], width: int = 200) -> tuple[int, int]:
    """A window of about ``width`` chars of ``text`` around its first match, on word bounds."""
    first_start, first_end = spans[0]
    if len(text) <= width:
        return 0, len(text)
    room = max(width - (first_end - first_start), 0)
    start = max(first_start - room // 3, 0)
    end = min(max(first_end, start + width), len(text))
    if start > 0:
        space = text.find(" ", start, first_start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", first_end, end)
        end = space if space >= 0 else end
    return start, end
