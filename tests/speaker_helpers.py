"""Helpers of the speaker tests: the one quote starting with some words, and its speaker's
name; the one entity holding a mention written so."""

from __future__ import annotations

from service.nlp.pipeline import Analysis


def speaker_of(analysis: Analysis, text: str, start: str) -> str | None:
    """The speaker's name of the one quote of ``text`` whose words start with ``start``."""
    found = [
        q.speaker.name if q.speaker else None
        for q in analysis.quotes
        if text[q.start : q.end].startswith(start)
    ]
    assert len(found) == 1, found
    return found[0]


def entity_of(analysis: Analysis, text: str, written: str) -> str:
    """The name of the document's one entity holding a mention written ``written``."""
    found = {
        e.name for e in analysis.entities for m in e.mentions if text[m.start : m.end] == written
    }
    assert len(found) == 1, found
    return found.pop()
