"""Direct quotations and their speakers.

Two passes: find quoted spans from the quotation marks alone, repairing unbalanced marks
paragraph by paragraph; then attribute each span from the parse of its sentence (the speech
verb and its subject), falling back to the previous quote's speaker for a continuation.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import itemgetter

from spacy.tokens import Doc, Span, Token

from service.nlp.entities import doc_text
from service.nlp.lexicon import ROLE_HEADS, SPEECH_VERBS
from service.nlp.records import Cue, Entity, Mention, Quote, Speaker

OPENING = frozenset("“«„")
CLOSING = frozenset("”»")
STRAIGHT = '"'
# Any line break ends an open quote: many sources put one paragraph per line.
# Two apostrophes stand for a straight double quote in some wire copy (''like this'').
_MARKS = re.compile(r"[“”«»„\"]|''|\n")
_SINGLE = re.compile(r"(?<![\w’‘])‘([^‘’\n]*?(?:’\w[^‘’\n]*?)*)’(?!\w)")
# Heads of noun phrases that name a source without naming a person.
ANONYMOUS_HEADS = frozenset(
    [
        "official",
        "officials",
        "source",
        "sources",
        "diplomat",
        "diplomats",
        "aide",
        "aides",
        "person",
        "people",
        "insider",
        "insiders",
        "analyst",
        "analysts",
        "observer",
        "observers",
        "expert",
        "experts",
        "officer",
        "officers",
        "spokesperson",
        "representative",
        "member",
        "members",
        "lawmaker",
        "lawmakers",
        "staffer",
    ]
)
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "i", "we"})
# Speech verbs news copy uses beside the shared lexicon's ("beamed", "echoed", "confessed").
CUE_VERBS = SPEECH_VERBS | frozenset(
    [
        "affirm",
        "beam",
        "boom",
        "charge",
        "chuckle",
        "confess",
        "echo",
        "gush",
        "laugh",
        "lecture",
        "marvel",
        "opine",
        "quote",
        "reason",
        "reiterate",
        "sigh",
        "snap",
        "thunder",
        "wonder",
    ]
)
# Verbs whose object is the listener or the target, never the speaker ("tells Breitbart News").
LISTENER_VERBS = frozenset(
    ["tell", "ask", "urge", "call", "accuse", "praise", "blast", "slam", "brand", "label", "dub"]
)
# Tokens searched for a cue on each side of a quote: bounds the work per quote (linear time).
CUE_WINDOW = 60
MIN_FULL_WORDS = 3


# --- Finding quoted spans -------------------------------------------------------------------


def find_quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted text, marks excluded, repairing unbalanced marks.

    A quote never crosses a paragraph break: one left open is closed at the paragraph's end
    (a quote reopened by the next paragraph continues there as a quote of its own). A closing
    mark glued to the next word ("]”Combined") closes one quote and opens another. Inside a
    quote opened with one style ('"' or curly), marks of the other style are nested quotes,
    unless no closer of the opening style follows in the paragraph: then the first closer of
    the other style ends it (mixed marks: '"I was hoping,” Graham said').
    """
    marks = [
        (STRAIGHT if m[0] == "''" else m[0], m.start(), m.end()) for m in _MARKS.finditer(text)
    ]
    ahead = _closers_ahead(marks)
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight = False  # the open quote began with '"': curly marks inside it are nested quotes
    for i, (found, pos, after) in enumerate(marks):
        mark = found
        if mark[0] == "\n":
            if open_at is not None:
                spans.append((open_at, pos))
                open_at = None
            continue
        if open_at is not None and straight != (mark == STRAIGHT):
            if mark in OPENING or ahead[i][straight]:
                continue
            mark = STRAIGHT if straight else "”"  # a mixed closer
        straight = mark == STRAIGHT if open_at is None else straight
        glued = after < len(text) and text[after].isalnum()
        if mark in OPENING or (mark == STRAIGHT and open_at is None):
            if open_at is not None:  # an unclosed quote before a new opening mark
                spans.append((open_at, pos))
            open_at = after
        elif open_at is not None:
            spans.append((open_at, pos))
            open_at = after if mark in CLOSING and glued else None
        elif glued:  # a closing mark used as an opening one
            open_at = after
    if open_at is not None:
        spans.append((open_at, len(text)))
    spans = [_strip(text, s, e) for s, e in spans if any(c.isalnum() for c in text[s:e])]
    return sorted(spans + _single_quoted(text, spans))


def _closers_ahead(marks: Sequence[tuple[str, int, int]]) -> list[tuple[bool, bool]]:
    """For each mark: whether a curly closer, and whether a straight mark, follows it in its
    paragraph (indexed by ``straight``: False for curly, True for straight). One reverse pass."""
    out: list[tuple[bool, bool]] = [(False, False)] * len(marks)
    curly = straight = False
    for i in range(len(marks) - 1, -1, -1):
        out[i] = (curly, straight)
        mark = marks[i][0]
        if mark[0] == "\n":
            curly = straight = False
        elif mark == STRAIGHT:
            straight = True
        elif mark in CLOSING:
            curly = True
    return out


def _single_quoted(text: str, doubles: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """‘Headline-style’ quotes: ‘ at a word start to a ’ not followed by a letter.

    A ’ followed by a letter is an apostrophe ("I’m"); quotes nested in double quotes are
    left to the outer quote.
    """
    found = []
    for match in _SINGLE.finditer(text):
        start, end = match.start(1), match.end(1)
        if not any(s <= start < e for s, e in doubles):
            found.append((start, end))
    return found


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- Attribution ----------------------------------------------------------------------------


def _outside(token: Token, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``token`` lies outside every quote (marks included); ``spans`` are sorted."""
    i = bisect_right(spans, (token.idx + 1, float("inf"))) - 1
    return i < 0 or not (spans[i][0] - 1 <= token.idx < spans[i][1] + 1)


def _cue(
    doc: Doc,
    sentence: Sequence[Token],
    quote: tuple[int, int],
    quotes: Sequence[tuple[int, int]],
):
    """The speech verb (or "according to", "as follows:") introducing a quote, and its token."""
    candidates = []
    text = doc_text(doc)
    for token in sentence:
        if not _outside(token, quotes):
            continue
        if token.lemma_ in CUE_VERBS and token.pos_ in ("VERB", "AUX"):
            distance = token.idx - quote[1] if token.idx >= quote[1] else quote[0] - token.idx
            candidates.append(
                (
                    distance,
                    token.i,
                    Cue(token.text, token.lemma_, token.idx, token.idx + len(token)),
                    token,
                )
            )
        elif (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            end = doc[token.i + 1]
            distance = abs(token.idx - quote[0])
            candidates.append(
                (
                    distance,
                    token.i,
                    Cue(
                        doc_text(doc)[token.idx : end.idx + 2],
                        "according to",
                        token.idx,
                        end.idx + 2,
                    ),
                    token,
                )
            )
        elif token.lower_ == "follows" and token.i > 0 and doc[token.i - 1].lower_ == "as":
            first = doc[token.i - 1]
            end = (
                token.idx
                + len(token)
                + (text[token.idx + len(token) : token.idx + len(token) + 1] == ":")
            )
            candidates.append(
                (
                    0,
                    token.i,
                    Cue(text[first.idx : end], "as follows", first.idx, end),
                    token,
                )
            )
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], c[1]))


def _subject(verb: Token, quotes: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The grammatical subject of a speech verb, climbing "saying"/"adding" to their clause.

    Words inside quotation marks are never the speaker (the parser often makes the quote the
    verb's subject or object).
    """
    for _ in range(4):
        for child in verb.children:
            if not _outside(child, quotes):
                continue
            if (child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON") or (
                child.dep_ == "nsubj" and child.lower_ in PRONOUNS
            ):
                return child
        # Inverted order: "added a US official in Germany", "said Peskov".
        if verb.lemma_ not in LISTENER_VERBS:
            for child in verb.rights:
                if (
                    child.dep_ in ("dobj", "attr", "npadvmod", "nsubj")
                    and child.pos_ in ("NOUN", "PROPN")
                    and _outside(child, quotes)
                ):
                    return child
        if verb.dep_ in ("advcl", "xcomp", "conj", "ccomp", "relcl") and verb.head is not verb:
            verb = verb.head
        else:
            break
    return None


def _phrase(head: Token) -> Span:
    """The subject noun phrase: its left modifiers and prepositional tail, no clauses."""
    doc = head.doc
    start, end = head.left_edge.i, head.i + 1
    for child in head.rights:
        if child.dep_ in ("prep", "compound", "appos") and child.dep_ != "appos":
            end = max(end, child.right_edge.i + 1)
        else:
            break
    for i in range(head.i - 1, start - 1, -1):  # a subject never starts on an earlier line
        if "\n" in doc[i].text_with_ws:
            start = i + 1
            break
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


_START, _END = itemgetter(0), itemgetter(1)


class _Mentions:
    """Mentions of people and organisations in text order, found by offset in log time.

    A long text can hold thousands of quotes and speakers; scanning every entity for each
    quote made attribution quadratic. spaCy's entity spans never overlap, so mentions sorted
    by start are sorted by end too. Ties go to the entity listed first, as before.
    """

    def __init__(self, entities: Sequence[Entity]) -> None:
        self._rows: dict[str, list[tuple[int, int, int, int, Entity, Mention]]] = {}
        for kind in ("person", "organization"):
            self._rows[kind] = sorted(
                (mention.start, mention.end, i, j, entity, mention)
                for i, entity in enumerate(entities)
                if entity.type == kind
                for j, mention in enumerate(entity.mentions)
            )

    def at(self, start: int, end: int, kind: str) -> tuple[Entity, Mention] | None:
        """The mention of a ``kind`` entity overlapping ``[start, end)``."""
        rows = self._rows[kind]
        i = bisect_left(rows, end, key=_START) - 1
        best = None
        while i >= 0 and rows[i][1] > start:
            if best is None or rows[i][2:4] < best[2:4]:
                best = rows[i]
            i -= 1
        return (best[4], best[5]) if best else None

    def last_person_before(self, offset: int) -> tuple[Entity, Mention] | None:
        """The person mention ending last at or before ``offset``."""
        i = bisect_right(self._rows["person"], offset, key=_END) - 1
        return self._rows["person"][i][4:] if i >= 0 else None

    def nearest_person(self, offset: int, window: int = 300) -> tuple[Entity] | None:
        """The person mentioned closest to ``offset``, within ``window`` chars."""
        rows = self._rows["person"]
        lo = bisect_left(rows, offset - window, key=_START)
        hi = bisect_right(rows, offset + window, key=_START)
        near = [(abs(r[0] - offset), r[2], r[3], r[4]) for r in rows[lo:hi]]
        return (min(near, key=lambda n: n[:3])[3],) if near else None


def _speaker(subject: Token, mentions: _Mentions, previous: Speaker | None) -> Speaker:
    doc = subject.doc
    phrase = _phrase(subject)
    # The entity must be the head of the subject: "a senior Biden administration official"
    # is an official, not Biden.
    head_end = subject.idx + len(subject)
    found = mentions.at(subject.idx, head_end, "person") or mentions.at(
        subject.idx, head_end, "organization"
    )
    if found and found[0].type == "person":
        entity, mention = found
        extra = doc_text(doc)[phrase.start_char : mention.start].strip()
        return Speaker(entity.name, entity.key, mention.start, mention.end, False, extra or None)
    if subject.lower_ in PRONOUNS:
        if previous is not None and not previous.anonymous:
            return Speaker(
                previous.name,
                previous.entity_key,
                subject.idx,
                subject.idx + len(subject),
                False,
                previous.description,
            )
        last = mentions.last_person_before(subject.idx)
        if last is not None:
            return Speaker(
                last[0].name, last[0].key, subject.idx, subject.idx + len(subject), False, None
            )
        if previous is not None:
            return Speaker(
                previous.name,
                None,
                subject.idx,
                subject.idx + len(subject),
                True,
                previous.description,
            )
    head = subject.lower_
    if head in ROLE_HEADS and head not in ANONYMOUS_HEADS and subject.ent_type_ == "":
        # "the rep said": a role standing for the person named nearby.
        nearby = mentions.nearest_person(subject.idx)
        if nearby is not None:
            return Speaker(
                nearby[0].name,
                nearby[0].key,
                phrase.start_char,
                phrase.end_char,
                False,
                phrase.text,
            )
    anonymous = found is None
    if found:
        entity, _ = found
        return Speaker(entity.name, entity.key, phrase.start_char, phrase.end_char, False, None)
    return Speaker(phrase.text, None, phrase.start_char, phrase.end_char, anonymous, phrase.text)


def _kind(text: str, quote: tuple[int, int]) -> str:
    """ "partial" for a fragment embedded in the writer's sentence, else "direct"."""
    before = text[max(0, quote[0] - 3) : quote[0] - 1].rstrip()
    starts_lower = text[quote[0] : quote[0] + 1].islower()
    embedded = bool(before) and (before[-1].isalnum() or before[-1] in ",")
    return "partial" if starts_lower and embedded else "direct"


def _neighbours(
    text: str, sentences: Sequence[Span], i_first: int, i_last: int, quote: tuple[int, int]
) -> list[Span]:
    """Sentences that may hold the cue of a quote whose own sentences have none.

    The parser often makes `“...,” he said.` two sentences, and `He said:` may stand before
    the quote's paragraph.
    """
    found = []
    if i_last + 1 < len(sentences):
        following = sentences[i_last + 1]
        gap = text[quote[1] : following.start_char]
        if len(gap) <= 3 and "\n" not in gap and len(following) < 40:
            found.append(following)
    if i_first > 0 and text[max(quote[0] - 8, 0) : max(quote[0] - 1, 0)].rstrip().endswith(":"):
        found.append(sentences[i_first - 1])
    return found


def _colon_speaker(
    doc: Doc, quote_start: int, quotes: Sequence[tuple[int, int]]
) -> tuple[Token, Cue] | None:
    """The subject of a clause ending in a colon just before a quote, and the colon as cue.

    "the Illinois Board of Elections was conclusive in its findings: “...”", "Stated Stone:",
    and the headline style "Jeffrey M. Jones: “...”" (a short name alone before the colon).
    """
    text = doc_text(doc)
    colon = text.rfind(":", max(0, quote_start - 6), quote_start)
    if colon < 0 or text[colon + 1 : quote_start].strip(' \n\t\xa0“"«„') != "":
        return None
    token = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if token is None:
        return None
    cue = Cue(":", ":", colon, colon + 1)
    line_start = text.rfind("\n", 0, colon) + 1
    clause = [
        t
        for t in doc[max(0, token.start - CUE_WINDOW) : token.start]
        if t.idx >= line_start and _outside(t, quotes)
    ]
    for t in reversed(clause):
        if t.pos_ in ("VERB", "AUX") and (subject := _subject(t, quotes)) is not None:
            return subject, cue
        if t.is_sent_start:
            break
    words = [t for t in clause if not t.is_punct]
    if 0 < len(words) <= 6 and words[-1].pos_ == "PROPN":
        return words[-1], cue
    return None


def _window(doc: Doc, sent_start: int, start: int, end: int, sent_end: int) -> list[Token]:
    """The tokens of a quote's sentences around it, at most CUE_WINDOW on each side."""
    before = doc[max(sent_start, start - CUE_WINDOW) : start]
    after = doc[end : min(sent_end, end + CUE_WINDOW)]
    return [*before, *after]


def extract_quotes(doc: Doc, entities: Sequence[Entity]) -> list[Quote]:
    """Every direct quotation in ``doc``, attributed where possible."""
    text = doc_text(doc)
    spans = find_quoted_spans(text)
    quotes: list[Quote] = []
    previous: Speaker | None = None
    previous_end = -1
    sentences = list(doc.sents)
    sentence_starts = [s.start for s in sentences]
    mentions = _Mentions(entities)
    for start, end in spans:
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None or len(first) == 0:
            continue
        # Token.sent walks the sentence: look sentences up by index to stay linear.
        i_first = bisect_right(sentence_starts, first.start) - 1
        i_last = bisect_right(sentence_starts, first.end - 1) - 1
        window = _window(
            doc, sentences[i_first].start, first.start, first.end, sentences[i_last].end
        )
        found = _cue(doc, window, (start, end), spans)
        if found is None:
            for neighbour in _neighbours(text, sentences, i_first, i_last, (start, end)):
                if found := _cue(doc, neighbour, (start, end), spans):
                    break
        speaker, cue = None, None
        if found is None and (colon := _colon_speaker(doc, start, spans)) is not None:
            subject, cue = colon
            speaker = _speaker(subject, mentions, previous)
        elif found is not None:
            _, _, cue, verb = found
            if cue.lemma == "according to":
                objects = [c for c in doc[verb.i + 1].children if c.dep_ == "pobj"]
                subject = objects[0] if objects else None
            else:
                subject = _subject(verb, spans)
            speaker = _speaker(subject, mentions, previous) if subject is not None else None
            if speaker is None and cue.lemma == "as follows" and previous is not None:
                speaker = previous
        continuation = (
            "\n\n" not in text[previous_end:start] or text[previous_end:start].count("\n\n") == 1
        )
        if speaker is None and previous is not None and previous_end >= 0 and continuation:
            speaker = previous
        words = len(text[start:end].split())
        near = cue is not None and min(abs(cue.start - end), abs(start - cue.end)) <= 40
        if words < MIN_FULL_WORDS and not (near and speaker is not None):
            continue  # a scare quote: nobody is said to have said it
        quotes.append(Quote(text[start:end], start, end, _kind(text, (start, end)), speaker, cue))
        if speaker is not None:
            previous, previous_end = speaker, end
    return quotes
