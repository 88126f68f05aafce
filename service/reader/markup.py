"""An article's text as HTML, with annotated spans (quotes, mentions, numbers) as elements.

Spans may overlap without nesting (a mention running past a quote's end); elements must
nest. So each paragraph is cut at every span boundary, and the elements open over each piece
are the spans covering it, outermost layer first: where a span crosses another's end, it is
closed and opened again. The pieces of one span share its attributes; only the first gets
its ``first`` attributes (an id, a tab stop).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    """An annotated span of the text, rendered as ``<tag attrs>``."""

    start: int
    end: int
    layer: int  # nesting order: lower layers are outer
    key: str  # unique per span
    tag: str
    attrs: tuple[tuple[str, str], ...]
    first: tuple[tuple[str, str], ...] = ()  # attributes of the first piece only


def _open(span: Span, started: set[str]) -> str:
    attrs = span.attrs
    if span.key not in started:
        started.add(span.key)
        attrs = attrs + span.first
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in attrs)
    return f"<{span.tag}{rendered}>"


def _order(span: Span) -> tuple:
    return (span.layer, span.start, -span.end, span.key)


def render_range(
    text: str, start: int, end: int, spans: Sequence[Span], started: set[str]
) -> Markup:
    """``text[start:end]`` as HTML with the parts of ``spans`` that fall in it."""
    inside = sorted(
        (s for s in spans if s.start < end and s.end > start and s.start < s.end),
        key=lambda s: (max(s.start, start), _order(s)),
    )
    cuts = sorted(
        {start, end, *(max(s.start, start) for s in inside), *(min(s.end, end) for s in inside)}
    )
    html: list[str] = []
    stack: list[Span] = []
    active: list[Span] = []
    waiting = iter(inside)
    pending = next(waiting, None)
    for here, there in pairwise(cuts):
        active = [s for s in active if s.end > here]
        while pending is not None and max(pending.start, start) <= here:
            active.append(pending)
            pending = next(waiting, None)
        covering = sorted(active, key=_order)
        kept = 0
        while kept < min(len(stack), len(covering)) and stack[kept] is covering[kept]:
            kept += 1
        html.extend(f"</{s.tag}>" for s in reversed(stack[kept:]))
        html.extend(_open(s, started) for s in covering[kept:])
        stack = covering
        html.append(str(escape(text[here:there])))
    html.extend(f"</{s.tag}>" for s in reversed(stack))
    return Markup("".join(html))


def render_paragraphs(
    text: str, paragraphs: Sequence[tuple[int, int]], spans: Iterable[Span]
) -> list[Markup]:
    """Each paragraph (``(start, end)`` into ``text``, in text order) as HTML with its
    spans. Each span goes to the paragraphs it overlaps only: linear in spans and text."""
    starts = [start for start, _ in paragraphs]
    buckets: list[list[Span]] = [[] for _ in paragraphs]
    for span in spans:
        first = max(bisect_right(starts, span.start) - 1, 0)
        for index in range(first, len(paragraphs)):
            start, end = paragraphs[index]
            if start >= span.end:
                break
            if end > span.start:
                buckets[index].append(span)
    started: set[str] = set()
    return [
        render_range(text, start, end, bucket, started)
        for (start, end), bucket in zip(paragraphs, buckets, strict=True)
    ]
