"""Direct quotations and their speakers.

Two passes: find quoted spans from the quotation marks alone, repairing unbalanced marks
paragraph by paragraph; then attribute each span from the parse of its sentence (the speech
verb and its subject), resolved to a person by ``service.nlp.people``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from service.nlp.article import in_spans
from service.nlp.entities import doc_text
from service.nlp.lexicon import PARTY_NAMES, ROLE_HEADS, SPEECH_VERBS, TITLE_ABBREVIATIONS
from service.nlp.people import (
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    FEMALE_NOUNS,
    MALE_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    TEXT,
    People,
    Referent,
    cut_off_subject,
    heads_body,
    is_person,
    noun_phrase,
    person_noun,
    root_over_set_off_clause,
    spokesperson_head,
    word_gender,
)
from service.nlp.records import Cue, Entity, Quote, Speaker
from service.nlp.tokens import furniture

OPENING = frozenset("“«„")
CLOSING = frozenset("”»")
STRAIGHT = '"'
# Any line break ends an open quote: many sources put one paragraph per line.
# Two apostrophes stand for a straight double quote in some wire copy (''like this'').
_MARKS = re.compile(r"[“”«»„\"]|''|\n")
_SINGLE = re.compile(r"(?<![\w’‘])‘([^‘’\n]*?(?:’\w[^‘’\n]*?)*)’(?!\w)")
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "i", "we", "it"})
# Speech verbs news copy uses beside the shared lexicon's ("beamed", "echoed", "confessed").
CUE_VERBS = SPEECH_VERBS | frozenset(
    [
        "affirm",
        "assure",
        "attack",
        "condemn",
        "crack",
        "dismiss",
        "hail",
        "beam",
        "boom",
        "brag",
        "clarify",
        "crow",
        "enquire",
        "express",
        "press",
        "react",
        "fume",
        "gloat",
        "grumble",
        "inquire",
        "mutter",
        "murmur",
        "reassure",
        "rejoin",
        "remind",
        "scold",
        "speak",
        "talk",
        "welcome",
        "underline",
        "charge",
        "chuckle",
        "confess",
        "echo",
        "gush",
        "laugh",
        "lecture",
        "marvel",
        "opine",
        "reason",
        "reiterate",
        "sigh",
        "snap",
        "thunder",
        "wonder",
    ]
)
# Nouns that put a quote in someone's mouth after it: “...,” is the view of X.
FRAME_NOUNS = frozenset(
    [
        "assessment",
        "verdict",
        "view",
        "opinion",
        "message",
        "warning",
        "advice",
        "response",
        "reaction",
        "words",
        "claim",
        "prediction",
        "plea",
        "argument",
        "explanation",
        "conclusion",
        "comment",
        "answer",
        "quote",
        "remark",
        "remarks",
    ]
)
# Demonstratives that open a sentence about the quote just before ("That quote from ...").
_BACK_POINTERS = frozenset(["that", "those", "this", "these"])
# Verbs of putting words some way ("That is how she put it", "... described it").
_PUTTING_VERBS = frozenset(["put", "describe", "explain", "sum"])
# Verbs that, alone in the sentence after a quote, say who said it ("... a little bit."
# DeBoer said.); others ("Tavares agreed.") answer it.
TRAILING_CUES = frozenset(
    ["say", "add", "tell", "explain", "write", "insist", "conclude", "continue", "note", "admit"]
)
# Verbs that report speech with a particle, and which particles.
PHRASAL_CUES = {
    "shoot": ("back",),
    "fire": ("back",),
    "hit": ("back", "out"),
    "go": ("on",),
    "chime": ("in",),
    "pipe": ("up", "in"),
    "cut": ("in",),
    "speak": ("up", "out"),
}
# Verbs that report speech only without an object ("has added the ability to ...").
OBJECTLESS_CUES = frozenset(["add", "continue"])
# Speech verbs whose passive subject is what is spoken of, not who speaks.
TOPIC_PASSIVES = frozenset(["talk", "discuss", "mention", "debate", "announce", "describe"])
# Speech verbs whose passive subject is the one spoken to or of ("MTV has been criticised for
# "sleaze"", "was accused of "betraying" voters"): without an agent, no one is said to speak.
TARGET_PASSIVES = frozenset(
    [
        "accuse",
        "criticise",
        "criticize",
        "brand",
        "call",
        "label",
        "dub",
        "praise",
        "condemn",
        "blame",
        "slam",
        "attack",
        "hail",
        "deride",
        "mock",
        "denounce",
    ]
)
# Verbs whose object is the listener or the target, never the speaker ("tells Breitbart News").
LISTENER_VERBS = frozenset(
    ["tell", "ask", "urge", "call", "accuse", "praise", "blast", "slam", "brand", "label", "dub"]
)
# Tokens searched for a cue on each side of a quote: bounds the work per quote (linear time).
CUE_WINDOW = 60
MIN_FULL_WORDS = 3
SAID_ON_GAP = 60  # characters of a cue ('," the Senators forward told reporters. "')
# A quote shorter than MIN_FULL_WORDS needs its cue this close, or governing it.
NEAR_CHARS = 40


# --- Finding quoted spans -------------------------------------------------------------------


QUOTED_KEY = "newsfacts_quoted"


def quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    """``find_quoted_spans`` of the Doc's text, found once per Doc: the people resolver, the
    quotes and the reported speech all read them (and none changes the list)."""
    spans = doc.user_data.get(QUOTED_KEY)
    if spans is None:
        spans = doc.user_data[QUOTED_KEY] = find_quoted_spans(doc_text(doc))
    return spans


def find_quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted text, marks excluded, repairing unbalanced marks.

    A quote never crosses a paragraph break: one left open is closed at the paragraph's end
    (a quote reopened by the next paragraph continues there as a quote of its own), except a
    straight quote opened by the line's last mark (it opens the next line) or one that a later
    line closes (`_runs_on`: one sentence per line). A closing
    mark glued to the next word ("]”Combined") closes one quote and opens another. Inside a
    quote opened with '"', a curly quote opened is nested, and a curly closer with no curly
    opener before it ends the quote (mixed marks: '"I was hoping,” Graham said'). Inside a
    curly quote, straight marks are nested unless no curly closer follows in the paragraph.
    """
    marks = [
        (STRAIGHT if m[0] == "''" else m[0], m.start(), m.end()) for m in _MARKS.finditer(text)
    ]
    ahead = _closers_ahead(marks)
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight = False  # the open quote began with '"': curly marks inside it are nested quotes
    nested = 0  # curly quotes opened inside the open straight quote and not yet closed
    for i, (found, pos, after) in enumerate(marks):
        mark = found
        if (
            mark in OPENING
            and open_at is not None
            and not straight
            and _straight_shape(text, pos, after) == "closes"
        ):
            mark = "”"  # an opener's glyph written as the closer ('film “Frozen“ and')
        if mark[0] == "\n":
            if open_at is not None and straight:
                if not text[open_at:pos].strip():
                    open_at = pos + 1  # '... he said . "' ends its line: it opens the next one
                    continue
                if _runs_on(text, pos):
                    continue
            if open_at is not None:
                spans.append((open_at, pos))
                open_at = None
            continue
        if open_at is not None and straight != (mark == STRAIGHT):
            if mark in OPENING:
                nested += straight
                continue
            if straight and nested:
                nested -= 1
                continue
            # A curly closer with no curly opener before it ends a straight-opened quote;
            # a straight mark in a curly quote does so only if no curly closer follows.
            if not straight and ahead[i][straight]:
                continue
            mark = STRAIGHT if straight else "”"  # a mixed closer
        if open_at is None:
            nested = 0
        straight = mark == STRAIGHT if open_at is None else straight
        glued = after < len(text) and text[after].isalnum()
        if found == STRAIGHT and straight:
            shape = _straight_shape(text, pos, after)
            if open_at is not None and shape == "opens":
                # '... Democrats. "In southern seats ...', 'to "enter into': an opening mark
                # inside a quote ends it (its closing mark was left out or lost) and opens
                # another.
                spans.append((open_at, pos))
                open_at = after
                continue
            if open_at is None and shape == "closes":
                continue  # a stray closing mark ('recruiting sergeant" for terrorists".')
        if mark in OPENING or (mark == STRAIGHT and open_at is None):
            if open_at is not None:  # an unclosed quote before a new opening mark
                spans.append((open_at, pos))
            open_at = after
        elif open_at is not None:
            spans.append((open_at, pos))
            # A glued closer opens the next quote only when a closer, not an opener, follows
            # in its paragraph: '... paranoia,”Clinton said. “Some ...' is a typo'd space.
            reopens = mark in CLOSING and glued and _closer_next(marks, i)
            open_at = after if reopens else None
        elif glued:  # a closing mark used as an opening one
            open_at = after
    if open_at is not None:
        spans.append((open_at, len(text)))
    spans = [_strip(text, s, e) for s, e in spans if any(c.isalnum() for c in text[s:e])]
    spans = sorted(spans + _single_quoted(text, spans) + _answers(text, spans))
    # Markup left in a text (<tweet author="emmaroller" timestamp="...">): values, not quotes.
    return [(s, e) for s, e in spans if not (s >= 2 and text[s - 2] == "=")]


_QUESTION_LABEL = re.compile(r"^Q:[^\S\n]", re.MULTILINE)
_ANSWER_LABEL = re.compile(r"^A:[^\S\n]+", re.MULTILINE)


def _answers(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The answers of an interview written as "Q: ..." / "A: ..." paragraphs: the interviewee's
    words, though no quotation marks hold them (one with marks in it is left to them)."""
    if _QUESTION_LABEL.search(text) is None:
        return []
    found = []
    for label in _ANSWER_LABEL.finditer(text):
        end = text.find("\n", label.end())
        start, end = _strip(text, label.end(), len(text) if end < 0 else end)
        i = bisect_left(spans, (start, 0))
        inside = (i < len(spans) and spans[i][0] < end) or (i > 0 and spans[i - 1][1] > start)
        if end > start and not inside:
            found.append((start, end))
    return found


def _runs_on(text: str, newline: int, lines: int = 3) -> bool:
    """Whether a straight quote left open at a line break goes on in the next lines: in text of
    one sentence per line (tokenised wire copy), a quote of several sentences runs over lines
    to a line that closes it ('... pitch .\nWe have lost two points , " he said .'). So the
    first line after it that has a mark must not open with one, and its first mark closes (it
    follows punctuation and is the line's only unpaired one)."""
    start = newline + 1
    for _ in range(lines):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        stripped = line.lstrip()
        if not stripped or stripped[0] in '"“”«»„':
            return False
        first = line.find(STRAIGHT)
        if first >= 0:
            return line.count(STRAIGHT) % 2 == 1 and line[:first].rstrip()[-1:] in ",.?!;:"
        start = end + 1
    return False


def _straight_shape(text: str, pos: int, after: int) -> str | None:
    """How a straight mark is written: "opens" (a space or bracket before it, a word after
    it), "closes" (a word or punctuation before it, a space or punctuation after), or None."""
    before = text[pos - 1] if pos > 0 else " "
    following = text[after] if after < len(text) else " "
    opens = (before.isspace() or before in "([{—–-") and not following.isspace()
    closes = not before.isspace() and (following.isspace() or following in ".,;:!?)]}—–-")
    if opens and not closes:
        return "opens"
    if closes and not opens:
        return "closes"
    return None


def _closer_next(marks: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether the mark after the i-th, in the same paragraph, is a curly or straight closer."""
    if i + 1 >= len(marks):
        return False
    mark = marks[i + 1][0]
    return mark in CLOSING or mark == STRAIGHT


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
#
# In stages: a quoted span, then its cue (a speech verb, "according to", a colon, an em-dash
# byline), then the source mention (the cue's subject), then the person that mention refers
# to (service.nlp.people: names, pronouns, descriptions, lone surnames). A quote with no cue of
# its own takes the speaker of the quote it continues (a multi-paragraph quote, the next quote
# of the same speaker) or of the person the sentence before it is about.


def _outside(token: Token, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``token`` lies outside every quote (marks included); ``spans`` are sorted."""
    i = bisect_right(spans, (token.idx + 1, float("inf"))) - 1
    return i < 0 or not (spans[i][0] - 1 <= token.idx < spans[i][1] + 1)


def _verb_parsed_as_noun(token: Token) -> bool:
    """Whether ``token`` is a verb the parser tagged a noun and made the root of its own
    subject ("“...,” a BBC statement read."): no noun has a subject."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _cues(
    doc: Doc,
    sentence: Sequence[Token],
    quote: tuple[int, int],
    quotes: Sequence[tuple[int, int]],
) -> list[tuple[int, int, Cue, Token]]:
    """Speech verbs (and "according to", "as follows:") that may introduce a quote, nearest
    first: (distance, token index, cue, token)."""
    candidates = []
    text = doc_text(doc)
    # After a quote that ends its own sentence, only a bare speech clause is its cue ("...
    # win." Smith said.), not the writer's next sentence ("The Lib Dems accuse Mr Blair of").
    finished = text[quote[1] - 1 : quote[1]] in (".", "?", "!")
    for token in sentence:
        if not _outside(token, quotes):
            continue
        if finished and token.idx >= quote[1] and not _bare_clause(token):
            continue
        if finished and token.idx >= quote[1] and _reports_before(token, quote[1]):
            continue  # "...” The decision will have no impact, the government has said."
        if finished and token.idx >= quote[1] and _passive_without_agent(token):
            continue  # "...” The two men were admitted to hospital.": spoken of, not speaking
        if finished and token.idx >= quote[1] and _ongoing_or_to_come(token):
            continue  # "...” The task forces will report back in April.": not what was said
        if _separated(text, token.idx, quote):
            continue
        if _own_clause_across_semicolon(text, token, quote):
            continue  # "... look at “the nation we aspire to be”; he suggested the approach ..."
        if finished and token.idx >= quote[1] and _introduces_next(token, quotes):
            continue
        if asks_anonymity(token):
            continue  # "the spokesman , who asked not to be identified , told Reuters"
        if _reduced_clause(token):
            continue  # "If admitted into the EU, Turkey would ...": no one speaks
        if (token.pos_ in ("VERB", "AUX") or _verb_parsed_as_noun(token)) and (
            (
                token.lemma_ in CUE_VERBS
                and not (token.lemma_ in OBJECTLESS_CUES and _has_object(token))
            )
            or _phrasal_cue(token)
        ):
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
                    Cue(text[token.idx : end.idx + 2], "according to", token.idx, end.idx + 2),
                    token,
                )
            )
        elif (
            token.lower_ == "of"
            and token.idx >= quote[1]
            and token.head.lemma_ in FRAME_NOUNS
            and token.head.i < token.i
            and _someone(token)
        ):
            # “...,” is the dry assessment of Graham Lane.
            noun = token.head
            cue = Cue(text[noun.idx : token.idx + 2], f"{noun.lemma_} of", noun.idx, token.idx + 2)
            candidates.append((noun.idx - quote[1], token.i, cue, token))
        elif token.lower_ == "follows" and token.i > 0 and doc[token.i - 1].lower_ == "as":
            first = doc[token.i - 1]
            end = (
                token.idx
                + len(token)
                + (text[token.idx + len(token) : token.idx + len(token) + 1] == ":")
            )
            candidates.append(
                (0, token.i, Cue(text[first.idx : end], "as follows", first.idx, end), token)
            )
    if any(c[3].idx >= quote[1] and _bare_clause(c[3]) for c in candidates):
        # "Nothing the president said “will calm fears,” the senator said": the relative
        # clause before the quote only names what is spoken of; the clause after it speaks.
        candidates = [c for c in candidates if not (c[3].dep_ == "relcl" and c[3].idx < quote[0])]
    return sorted(candidates, key=lambda c: (c[0], c[1]))


def _someone(of: Token) -> bool:
    """Whether the object of an "of" names someone who may hold a view ("the assessment of
    Graham Lane", "the view of analysts", "of the board"), not what the claim is about, a
    thing in the singular ("claims of a row")."""
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    return obj is not None and (
        obj.tag_ != "NN"
        or obj.ent_type_ in ("PERSON", "ORG", "NORP")
        or person_noun(obj)
        or obj.lower_ in ORG_NOUNS
        or obj.lower_ in ANONYMOUS_HEADS
    )


def _own_clause_across_semicolon(text: str, token: Token, quote: tuple[int, int]) -> bool:
    """Whether a speech verb is across a semicolon from a quote and reports a clause of its
    own: it speaks of that clause, not of the quote."""
    return ";" in _gap(text, token.idx, quote) and any(
        c.dep_ == "ccomp"
        and not (c.left_edge.idx < quote[1] and c.right_edge.idx + len(c.right_edge) > quote[0])
        for c in token.children
    )


ANONYMITY = frozenset(["identify", "name", "quote"])


def _reduced_clause(verb: Token) -> bool:
    """Whether a participle heads a subjectless adverbial clause ("If admitted into the EU",
    "once announced"): a passive without a speaker, not a cue ("When asked by" names its asker
    and stays one)."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_ != "ask"
        and any(c.dep_ == "mark" for c in verb.children)
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children
        )
    )


def _passive_without_agent(verb: Token) -> bool:
    """Whether a verb is a passive naming no one who did it ("were admitted to the ward"): its
    subject is acted on, so it says no quote."""
    children = [c.dep_ for c in verb.children]
    return ("auxpass" in children or "nsubjpass" in children) and "agent" not in children


def _ongoing_or_to_come(verb: Token) -> bool:
    """Whether a verb is a modal or progressive form ("will report back", "is calling for",
    "could tell"): a speech clause after a finished quote says who said it, in the past or
    present ("Smith said.", "says Smith", "Smith has said"), never what someone will do."""
    return any(
        c.dep_ == "aux" and (c.tag_ == "MD" or (verb.tag_ == "VBG" and c.lemma_ == "be"))
        for c in verb.children
    )


def asks_anonymity(verb: Token) -> bool:
    """Whether a verb is a source's request not to be named ("who asked not to be
    identified", "who asked to remain anonymous"): how the source speaks, not what it says."""
    return verb.lemma_ in ("ask", "request") and any(
        c.dep_ == "xcomp"
        and (
            c.lemma_ in ANONYMITY
            # "who asked to remain anonymous", "asked to stay unnamed"
            or (
                c.lemma_ in ("remain", "stay", "be")
                and any(a.lower_ in ("anonymous", "unnamed", "unidentified") for a in c.children)
            )
        )
        for c in verb.children
    )


def _reports_before(verb: Token, quote_end: int) -> bool:
    """Whether a speech verb after a finished quote reports words of its own sentence written
    before its subject, between the quote and it."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), verb)
    start = subject.left_edge.idx if subject.left_edge.i <= subject.i else subject.idx
    gap = doc_text(verb.doc)[quote_end:start]
    return len(gap.strip(" \n”\"’»'.,;:")) > 0 and len(gap.split()) > 3


def _introduces_next(verb: Token, quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether a verb after a quote introduces the next one with a colon ("... the hardest."
    Paul Boateng MP, Labour's Chief Secretary, said: "..."), so it is that quote's cue: no
    other verb between it and the colon, the colon right before the next quote's mark. (After
    a quote that does not end its sentence, "“A,” he said: “B”", the verb is the cue of both.)"""
    doc = verb.doc
    i = bisect_right(quotes, (verb.idx, float("inf")))
    if i >= len(quotes):
        return False
    for token in doc[verb.i + 1 : verb.i + 16]:
        if token.idx >= quotes[i][0] or token.text in (".", "?", "!", ";"):
            return False
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.text == ":":
            gap = doc_text(doc)[token.idx + 1 : quotes[i][0]]
            return not gap.strip(' \n\t\xa0“"«„‘')
    return False


# The end of a sentence: ".", "?" or "!" (not an initial or "Mr."), a space, a capital or mark.
_ABBREVIATIONS = frozenset(t.rstrip(".") for t in TITLE_ABBREVIATIONS) | frozenset(
    ["jr", "sr", "inc", "co", "corp", "ltd", "vs", "no", "st", "mt", "ft", "sen", "rep", "gov"]
)
_SENTENCE_END = re.compile(r"(?:[a-z0-9)][.]|[?!])[”\"’']*\s+[“\"‘'A-Z]")


def _gap(text: str, offset: int, quote: tuple[int, int]) -> str:
    """The text between a word at ``offset`` outside a quote and the quote."""
    return text[offset : quote[0]] if offset < quote[0] else text[quote[1] : offset]


def _separated(text: str, offset: int, quote: tuple[int, int]) -> bool:
    """Whether a word at ``offset`` is cut off from a quote by a line break or a sentence end
    (the parser may join them in one sentence), so it cannot be its cue."""
    gap = _gap(text, offset, quote)
    if "\n" in gap:
        return True
    if offset > quote[0]:
        return False
    for end in _SENTENCE_END.finditer(gap):
        word = gap[: end.start() + 1].split()[-1:]
        if not word or word[0].lower().rstrip(".") not in _ABBREVIATIONS:
            return True
    return False


# Nouns that name who or what can say something: people by role or kind, organisations, and
# the documents they speak through ("the report said").
SOURCE_NOUNS = (
    ROLE_HEADS
    | ANONYMOUS_HEADS
    | PERSON_NOUNS
    | ORG_NOUNS
    | MALE_NOUNS
    | FEMALE_NOUNS
    | frozenset(
        [
            "author",
            "campaigner",
            "critic",
            "customer",
            "doctor",
            "executive",
            "fan",
            "friend",
            "group",
            "organisers",
            "organizers",
            "parent",
            "player",
            "police",
            "protester",
            "protestor",
            "demonstrator",
            "supporter",
            "crowd",
            "citizen",
            "patient",
            "survivor",
            "official",
            "researcher",
            "resident",
            "scientist",
            "student",
            "teacher",
            "user",
            "victim",
            "voter",
            "witness",
            "worker",
            # organisations
            "agency",
            "association",
            "bank",
            "board",
            "body",
            "broadcaster",
            "charity",
            "club",
            "commission",
            "committee",
            "company",
            "council",
            "court",
            "department",
            "firm",
            "government",
            "group",
            "industry",
            "ministry",
            "newspaper",
            "network",
            "office",
            "outlet",
            "organisation",
            "organization",
            "paper",
            "party",
            "regulator",
            "team",
            "union",
            "watchdog",
            "administration",
            "army",
            "authorities",
            "authority",
            "cabinet",
            "congress",
            "embassy",
            "force",
            "forces",
            "military",
            "navy",
            "opposition",
            "parliament",
            "prosecutors",
            "regime",
            "senate",
            # documents
            "article",
            "document",
            "editorial",
            "guidance",
            "letter",
            "memo",
            "memorandum",
            "poll",
            "report",
            "ruling",
            "statement",
            "study",
            "summary",
            "survey",
            "website",
        ]
    )
)


def _inanimate(speaker: Speaker, subject: Token | None) -> bool:
    """Whether a cue's subject names no one who can say something ("the interviews", "the
    question", "a bidding war")."""
    if subject is None or not speaker.anonymous or speaker.entity_key is not None:
        return False
    if subject.pos_ not in ("NOUN", "PROPN"):
        return False
    if subject.ent_type_ in ("NORP", "PERSON", "ORG", "GPE"):
        return False  # "The Palestinians called it a “failure”": a people, a body, a country
    if subject.dep_ == "pobj" and subject.head.lower_ == "by":
        # The agent of a speech verb speaks ("described as ... by scouts"; the parser may hang
        # the "by" on the quoted words), not that of another ("betrayed by the authorities").
        owner = subject.head.head
        if owner.pos_ not in ("VERB", "AUX") or owner.lemma_ in CUE_VERBS:
            return False
    lemma = subject.lemma_.lower()
    return lemma not in SOURCE_NOUNS and subject.lower_ not in SOURCE_NOUNS


def _phrasal_cue(verb: Token) -> bool:
    """ "shot back", "fired back", "went on", "chimed in", "as X put it": speech by verb and
    particle or object."""
    if verb.lemma_ == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    particles = PHRASAL_CUES.get(verb.lemma_)
    # The parser reads the particle as an adverb after a name it does not know ("Hillary
    # shot back,").
    return particles is not None and any(
        c.lower_ in particles and (c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1))
        for c in verb.children
    )


def _has_object(verb: Token) -> bool:
    """Whether a verb has a direct object that is a thing, not its speaker put after it (the
    parser reads "added a US official" as verb and object), or an infinitive of what goes on
    ("the report continues to "spread fear"": no one speaks)."""
    return any(
        (
            c.dep_ == "dobj"
            and c.pos_ != "PROPN"
            and c.lemma_.lower() not in SOURCE_NOUNS
            and not c.ent_type_
        )
        or (c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > verb.i)
        for c in verb.children
    )


def _unparsed_subject(verb: Token, quote: tuple[int, int], context: _Context) -> Speaker | None:
    """The speaker of a cue the parser gave no subject: the name between the quote and the
    verb (“...,” Jeff Joseph, from the CEA, told ...), the name right after a verb before the
    quote ("said Edward Leamer, an economist, “...”"), or a name opening the verb's sentence
    ("Columnist Margaret Sullivan, in an attempt to ..., wrote, “...”")."""
    people, sentences, doc = context.people, context.sentences, verb.doc
    start, end = quote
    if verb.idx >= end:
        found = _named_between(people, end, verb.idx)
        if (
            found is None
            and _inverted_position(verb)
            and not context.text[end : verb.idx].strip(' "\u201d,')
        ):
            # '"...," said Tanya Boutilier, who co-chairs the council': the parser made the
            # name the subject of the relative clause's verb; the name right after an inverted
            # verb that follows the quote is who speaks.
            after = verb.idx + len(verb.text) + 1
            found = _named_between(people, after, after + 1)
            if found is not None and context.text[found.end : found.end + 2].strip()[:1].isalpha():
                found = None  # "tweeted Rubio spokesman Alex Conant": the name owns a role
    else:
        found = _named_between(people, verb.idx, start)
    if found is not None:
        return found
    sentence = sentences[bisect_right(context.sentence_starts, verb.i) - 1]
    first = sentence.start  # the verb's line, when the parser ran a paragraph into the last
    line = context.text.rfind("\n", sentence.start_char, verb.idx)
    if line >= 0 and (span := doc.char_span(line + 1, verb.idx, alignment_mode="expand")):
        first = span.start
    opening = doc[first : min(first + 6, verb.i)]
    if len(opening):
        found = _named_between(people, opening.start_char, opening.end_char)
        if found is not None and (owned := _owned_source(doc, found)) is not None:
            # "Congressman Trey Gowdy's office slammed a lawsuit ..., calling it “meritless”":
            # the office the name owns, subject of the sentence, not its holder
            return _speaker(owned, people)
        return found
    return None


def _owned_source(doc: Doc, named: Speaker) -> Token | None:
    """The body a name opening a sentence owns, when that body is the sentence's subject
    ("Trey Gowdy's office slammed ...", "Acme's board said"), not a person of the name's
    ("Gowdy's spokesman")."""
    span = doc.char_span(named.start, named.end, alignment_mode="expand")
    if span is None or span[-1].dep_ != "poss":
        return None
    owned = span[-1].head
    if (
        owned.dep_ in ("nsubj", "nsubjpass")
        and owned.pos_ == "NOUN"
        and owned.lower_ in SOURCE_NOUNS
        and not person_noun(owned)
    ):
        return owned
    return None


def _named_between(people: People, start: int, end: int) -> Speaker | None:
    """The first person named in [start, end), as a speaker."""
    found = people.first_person_in(start, end)
    if found is None:
        return None
    ref, (m_start, m_end) = found
    return _from_referent(ref, m_start, m_end, None)


def _animate_ancestor(
    verb: Token, quotes: Sequence[tuple[int, int]], people: People
) -> Speaker | None:
    """A speaker for a cue whose own subject cannot speak: the subject of a clause above it
    that can ("Mr Brown also dismissed the figures insisting that ...")."""
    token = verb
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if _across_lines(token, verb):
            return None
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and _outside(child, quotes):
                speaker = _speaker(child, people)
                if not _inanimate(speaker, child):
                    return speaker
    return None


def _bare_clause(verb: Token) -> bool:
    """Whether a verb says nothing but who spoke, to whom, how or when: no clause or object of
    its own ("Smith said.", "he told BBC News on Monday."); what comes after a comma
    (", adding that ...") is a clause of its own."""
    for child in verb.rights:
        if child.is_punct:
            break
        if child.dep_ in ("ccomp", "xcomp", "pcomp", "acomp", "oprd"):
            return False
        if child.dep_ in ("dobj", "dative") and verb.lemma_ not in ("tell", "ask"):
            return False
        if child.dep_ == "prep" and any(c.dep_ == "pcomp" for c in child.children):
            return False
        if (
            child.dep_ == "prep"
            and child.lower_ == "as"
            and any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in child.children)
            and any(c.dep_ in ("dobj", "npadvmod") and c.i < child.i for c in verb.children)
        ):
            return False  # "fans had declared Saturday as their day": X as Y, its own words
    return True


# The end of a sentence the parser may have run into the next.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']*\s|\n")


def relayed_source(verb: Token) -> Token | None:
    """Whom a report relays: "the Post reported, quoting an anonymous official", "..., citing
    another anonymous source": the one quoted speaks, not the paper."""
    for child in verb.children:
        if (
            child.dep_ in ("advcl", "xcomp", "conj")
            and child.tag_ == "VBG"
            and child.lemma_ in ("quote", "cite")
        ):
            # Only a source: "citing low economic growth" gives a reason, not a speaker.
            source = next((c for c in child.children if c.dep_ == "dobj"), None)
            if source is not None and (
                source.ent_type_ == "PERSON" or source.lower_ in ANONYMOUS_HEADS | ROLE_HEADS
            ):
                return source
    return None


def _inverted_position(verb: Token) -> bool:
    """Whether a verb stands where a speech verb comes before its subject: after a comma or a
    quotation mark, with no auxiliary ("..., said Mr Smith")."""
    return (
        verb.i > 0
        and (verb.doc[verb.i - 1].text == "," or verb.doc[verb.i - 1].is_quote)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _subject(verb: Token, quotes: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The grammatical subject of a speech verb, climbing "saying"/"adding" to their clause.

    Words inside quotation marks are never the speaker (the parser often makes the quote the
    verb's subject or object). When the parse gives none, a name written just before the verb
    ("Mr Straw said") is taken.
    """
    relayed = relayed_source(verb)
    if relayed is not None and _outside(relayed, quotes):
        return relayed
    first = verb
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        # (an agent alone: a reduced passive, "- described by one union as “...”")
        # "MTV has been criticised ... by campaigners": the agent speaks (the parser may hang
        # the "by" on the quoted words).
        doc = verb.doc
        for token in doc[verb.i + 1 : min(verb.right_edge.i + 1, verb.i + 40)]:
            if token.lower_ == "by" and token.dep_ in ("agent", "prep") and _outside(token, quotes):
                objects = [c for c in token.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    for _ in range(4):
        # Of several subjects, a person's name first, then a name: "... in Berea, OH, ...,
        # Gov. John Kasich (R-OH), said"; "said Robin Maynard, half joking".
        for child in sorted(verb.children, key=_subject_rank):
            if not _outside(child, quotes) or _across_lines(child, verb):
                continue
            if child.dep_ == "nsubjpass" and verb is first and verb.lemma_ in TOPIC_PASSIVES:
                continue  # "The gap between “have-nets” and “have-nots” has been talked about"
            if (child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON") or (
                child.dep_ == "nsubj" and child.lower_ in PRONOUNS
            ):
                return child
            if (
                child.dep_ == "nsubj"
                and child.lower_ in ("which", "that")
                and verb.dep_ == "relcl"
                and verb is not first
            ):
                # "Wilson tried to resurrect Factory - which lasted ... - but conceded ...":
                # a speech verb run on from a relative clause about a thing is the sentence's
                # own; its subject is the one above the thing.
                above = verb.head
                while above.head.i != above.i and not any(
                    c.dep_ == "nsubj" for c in above.children
                ):
                    above = above.head
                subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.pos_ != "PRON" and _outside(subject, quotes):
                    return subject
            if (
                child.dep_ == "nsubj"
                and child.tag_ in ("WP", "WDT")
                and verb.dep_ == "relcl"
                # "donations, which she said totalled $30 million": the verb's own subject
                # besides the pronoun speaks; the pronoun belongs to what was said.
                and not any(
                    c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children
                )
            ):
                return who_antecedent(child, verb)
            if child.dep_ == "nsubjpass" and verb.lemma_ == "quote":
                return child  # "he is quoted as saying by a magazine": he speaks, not it
        # Inverted order: "added a US official in Germany", "said Peskov"; never a participle's
        # object ("describing the speculation as “flattering”": what is described), nor the
        # object of a clause a participle hangs on ("has praised Putin, saying ...": the
        # inverted verb follows a comma or a quote, without an auxiliary).
        if verb.lemma_ not in LISTENER_VERBS and (verb is first or _inverted_position(verb)):
            for child in verb.rights:
                if (
                    child.dep_ in ("dobj", "attr", "npadvmod", "nsubj")
                    and not (child.dep_ == "dobj" and verb.tag_ == "VBG")
                    and child.pos_ in ("NOUN", "PROPN")
                    and _outside(child, quotes)
                    and not date_word(child)  # "Trump said Tuesday that ..."
                ):
                    return child
        # A speech verb parsed as a complement ("One reader - all are anonymous - wrote:" makes
        # "wrote" the complement of "are") has the subject of the verb above.
        if (
            verb is first
            and verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.head.dep_ == "ccomp"
            and verb.head.head.lemma_ in CUE_VERBS
            and verb.head.head.i < verb.head.i
            and _outside(verb.head.head, quotes)
            and not _SENTENCE_BREAK.search(doc_text(verb.doc)[verb.head.head.idx : verb.idx])
            and verb.i > 0
            and verb.doc[verb.i - 1].text == ","
        ):
            # "He denied activists had forced the changes, telling the BBC ...": the parser
            # hangs ", telling" on the reported clause; it is the reporter's.
            verb = verb.head.head
        elif (named := _subject_after_mark(verb, quotes)) is not None:
            # "His comments come as the co-chairman of the party, Liam Fox, called him ...":
            # a finite clause set off by "as"/"when" has a subject of its own, which the
            # parser lost in the words between the mark and the verb.
            return named
        elif (
            verb is first
            and (phrase := cut_off_subject(verb, lambda t: _outside(t, quotes))) is not None
        ):
            # '"The operations will continue" of Palestinian lands, a militant from the group
            # told a crowd': the parser conjoined the verb to the quoted one and hung its
            # subject on the noun before the comma.
            return phrase
        elif verb is first and (reporter := _reporter_above(verb, quotes)) is not None:
            # "Gore insisted it was too early to back her while adding ...": the parser hangs
            # the participle deep in the reported clause; it is the reporter's.
            verb = reporter
        elif (
            verb is first
            and verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.i > 0
            and verb.doc[verb.i - 1].text == ","
            and verb.head.dep_ == "advcl"
            and any(c.dep_ == "mark" for c in verb.head.children)
            and verb.head.head.i < verb.head.i
        ):
            # "Reed spoke after the leader resigned, saying ...": the parser hangs ", saying"
            # on the subordinate clause; it goes with the clause that one modifies.
            verb = verb.head.head
        elif (
            verb.dep_ in ("advcl", "xcomp", "conj", "ccomp", "relcl", "acomp")
            and verb.head is not verb
        ):
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.lemma_ == "quote":
            verb = verb.head.head  # "quoted as saying"
            quoted = next(
                (c for c in verb.children if c.dep_ == "dobj" and _outside(c, quotes)), None
            )
            if quoted is not None:
                return quoted  # "the agency quoted Peoplesoft worker David Ogden as saying"
        elif (
            verb.dep_ == "dobj"
            and verb.tag_ == "VBG"
            and any(c.dep_ == "nsubjpass" for c in verb.head.children)
        ):
            verb = verb.head  # "the cleric ... is shown lecturing:", "was heard saying"
        elif (
            verb.dep_ == "acl"
            and verb.head.ent_type_ == "PERSON"
            and verb.head.dep_ == "ROOT"  # no verb of its own ("McDavid, asked ..., smiled")
            and verb.i > 0
            and verb.doc[verb.i - 1].text == ","
            and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)
            and _outside(verb.head, quotes)
        ):
            # "Donald Trump, who is vying to be president, tweeted on Friday to say": the
            # parser took the sentence's verb after the clause for a participle of the name.
            return verb.head
        elif (subject := root_over_set_off_clause(verb, lambda t: _outside(t, quotes))) is not None:
            return subject
        else:
            break
    before = first.doc[first.i - 1] if first.i > 0 else None
    if (
        before is not None
        and (before.ent_type_ == "PERSON" or (before.pos_ == "PROPN" and before.is_title))
        and _outside(before, quotes)
        and not date_word(before)  # "a survey released on Friday said"
        and not (before.dep_ == "pobj" and first.tag_ == "VBG")  # "through Arsenal describing"
    ):
        return before
    return None


def who_antecedent(pronoun: Token, verb: Token) -> Token:
    """What the relative pronoun subject of ``verb`` (a relative clause) stands for: the noun
    the parser hung the clause on, but a name right before "who" whatever the parse: a
    person's ("Mr Blair, who said: ..."; "Culture, Media and Sport Secretary Tessa Jowell who
    said"), or a body's where the parser's noun is a thing ("labelled a "big misjudgement" by
    the Conservatives who said": no misjudgement speaks)."""
    head = verb.head
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if pronoun.lower_ != "who" or before is None or before.i == head.i:
        return head
    if before.ent_type_ == "PERSON":
        return before
    thing = (
        head.pos_ == "NOUN"
        and not head.ent_type_
        and not person_noun(head)
        and head.lower_ not in ORG_NOUNS
        and head.lower_ not in PERSON_NOUNS
    )
    if before.ent_type_ == "ORG" and thing:
        return before
    return head


def _subject_after_mark(verb: Token, quotes: Sequence[tuple[int, int]]) -> Token | None:
    """The person named between a subordinating mark and a finite speech verb the parser
    gave no subject ("as the co-chairman of the party, Liam Fox, on Saturday called"): never
    the subject of the main clause the subordinate one hangs on."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
    if mark is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    # the last word of each person's name between them
    people = [
        t
        for t in doc[mark.i + 1 : verb.i]
        if t.ent_type_ == "PERSON"
        and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I")
        and _outside(t, quotes)
    ]
    return people[-1] if people else None


def _reporter_above(verb: Token, quotes: Sequence[tuple[int, int]]) -> Token | None:
    """The speech verb whose reported clause a participle cue ("while adding", ", adding")
    was hung in by the parser, a few heads up: "X insisted it was too early to back her
    while adding ..." adds to what X insisted."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    marked = any(
        c.dep_ == "mark" and c.lower_ in ("while", "before", "after") for c in verb.children
    )
    if not marked:
        return None
    head = verb.head
    for _ in range(4):
        if head.dep_ == "ccomp" and head.head.lemma_ in CUE_VERBS and head.head.i < head.i:
            reporter = head.head
            if not _outside(reporter, quotes) or _SENTENCE_BREAK.search(
                doc_text(verb.doc)[reporter.idx : verb.idx]
            ):
                return None
            return reporter
        if head.dep_ not in ("xcomp", "acomp", "advcl", "conj") or head.head is head:
            return None
        head = head.head
    return None


def date_word(token: Token) -> bool:
    """A date the parser took for a name ("said Tuesday", "Wednesday's statement"): never a
    speaker, unless the article names a person so ("said Friday" of the coach Mike Friday)."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return False
    return not any(e.label_ == "PERSON" and e[-1].text == token.text for e in token.doc.ents)


def _subject_rank(child: Token) -> tuple[bool, bool, bool]:
    # A time the parser took for a subject ("But this financial year, ..., he said") last.
    timely = child.ent_type_ in ("DATE", "TIME") or child.lemma_.lower() in TIME_NOUNS
    return timely, child.ent_type_ != "PERSON", child.pos_ != "PROPN"


TIME_NOUNS = frozenset(["year", "month", "week", "day", "time", "season", "night", "morning"])


def _across_lines(a: Token, b: Token) -> bool:
    """Whether a line break separates two tokens (the parser may join paragraphs)."""
    first, last = (a, b) if a.i < b.i else (b, a)
    return "\n" in doc_text(a.doc)[first.idx : last.idx]


def _role_words(text: str, start: int, end: int) -> str | None:
    """The role written before a name in its phrase ("Kremlin spokesman"), without articles
    and titles ("Mr", "Dr"); None if nothing is left."""
    words = text[start:end].split()
    while words and (
        words[0].lower() in ("the", "a", "an") or words[0].lower() in TITLE_ABBREVIATIONS
    ):
        words.pop(0)
    while words and words[-1].lower() in TITLE_ABBREVIATIONS:
        words.pop()
    return " ".join(words) or None


MAX_JOINT = 4  # speakers named together: "Sens. Ted Cruz and Marco Rubio have both urged"


def _joint(subject: Token) -> list[Token]:
    """The heads of a coordinated subject ("Chaffetz and Rep. Bob Goodlatte", "Cyber security
    experts and U.S. officials"), or [] for one that is not: an "or", a pronoun, a name whose
    parts the parser coordinates ("Procter and Gamble")."""
    doc = subject.doc
    first = _classified_conjunct(subject)
    heads, token = [first if first is not None else subject], first or subject
    while len(heads) < MAX_JOINT:
        conj = next((c for c in token.rights if c.dep_ == "conj"), None)
        if conj is None:
            break
        # "the BRC and accountants KPMG said": the name, not its kind the parser conjoined
        heads.append(subject if first is not None and conj.i == subject.i - 1 else conj)
        token = conj
    if len(heads) < 2:
        return []
    between = doc[heads[0].i + 1 : heads[-1].left_edge.i]
    # the "and" of this coordination, not one inside a name ("A Department of Health and
    # Social Care source": the parser may conjoin "source" to the body)
    if not any(t.lower_ == "and" and t.dep_ == "cc" and t.head in heads for t in between):
        return []
    if any(t.is_quote for t in doc[subject.left_edge.i : heads[-1].right_edge.i + 1]):
        return []  # a title among them: "Fleming's “The Fixers: ...” and other sources"
    if any(c.lower_ in ("other", "others") for h in heads[1:] for c in (h, *h.children)):
        return []  # "the ministry and others": the one named speaks
    for head in heads:
        if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in PRONOUNS:
            return []
        if head is not heads[0] and head.ent_iob_ == "I":
            start = head.i
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            if start <= heads[0].i:
                return []  # one entity: "Procter and Gamble"
    return heads


def _classified_conjunct(subject: Token) -> Token | None:
    """The first of two subjects the parser split at a name's kind written before it ("the
    British Retail Consortium and accountants KPMG said": "Consortium" and "accountants" are
    conjoined, "KPMG" a second subject), when ``subject`` is the name after its kind."""
    if subject.i == 0 or subject.pos_ != "PROPN":
        return None
    kind = subject.doc[subject.i - 1]
    first = kind.head
    if (
        kind.dep_ == "conj"
        and kind.pos_ == "NOUN"
        and kind.tag_ == "NNS"
        and first.i < kind.i
        and first.dep_ == subject.dep_
        and first.head.i == subject.head.i
    ):
        return first
    return None


def _speaker(subject: Token, people: People) -> Speaker:
    """The speaker a cue's subject stands for, resolved to the person it refers to; speakers
    named together ("Cheryl Mills and Hillary Clinton told investigators") are one joint
    speaker, "A and B", linked to no single entity."""
    heads = _joint(subject)
    if not heads or _office_holder(subject) is not None:
        return _one_speaker(subject, people)
    parts = [_one_speaker(h, people) for h in heads]
    names = list(dict.fromkeys(p.name for p in parts))
    if len(names) == 1:  # "president and chief executive Bill Owens": one person's roles
        return (
            next(p for p in parts if p.entity_key is not None)
            if any(p.entity_key for p in parts)
            else parts[-1]
        )
    name = ", ".join(names[:-1]) + " and " + names[-1]
    genders = {p.gender for p in parts}
    gender = genders.pop() if len(genders) == 1 else None
    evidence = parts[0].gender_evidence if gender is not None else None
    anonymous = all(p.anonymous for p in parts)
    start, end = min(p.start for p in parts), max(p.end for p in parts)
    return Speaker(name, None, start, end, anonymous, None, gender, evidence)


def _one_speaker(subject: Token, people: People) -> Speaker:
    """The speaker one subject head stands for, resolved to the person it refers to."""
    doc = subject.doc
    text = doc_text(doc)
    subject = _named_after_role(subject)
    phrase = noun_phrase(subject)
    subject = spokesperson_head(subject)
    glued = subject.i >= phrase.end  # "A Department of Health and Social Care source"
    if glued:
        phrase = doc[phrase.start : subject.i + 1]
    # The entity must be the head of the subject: "a senior Biden administration official"
    # is an official, not Biden.
    head = (subject.idx, subject.idx + len(subject))
    named = people.stage_name(subject) or people.name_at(*head)
    if named is not None and named.entity is not None:
        start, end = people.mention_at(*head)
        description = (
            _role_words(text, phrase.start_char, start) if phrase.start_char < start else None
        )
        if description and (named.name or "").startswith(description):
            description = None  # "Rory O' Neill": the name's own first words, not a role
        return _from_referent(named, start, end, description)
    lower = subject.lower_
    if lower in PRONOUNS:
        ref = people.resolve(subject)
        if ref is not None:
            return _from_referent(ref, *head, ref.description if ref.name is None else None)
        gender = word_gender(lower)
        return Speaker(subject.text, None, *head, True, None, gender, TEXT if gender else None)
    ref = people.resolve(subject)
    if ref is not None and ref.entity is not None and ref.entity.type != "person":
        name = ref.entity.name
        if ref.name and ref.name.startswith(f"{name} "):
            name = ref.name  # a panel of the body's ("Wall Street Journal editorial board")
        elif (party := _party_as_written(subject, ref.entity)) is not None:
            name = party  # "by the Conservatives", the party's other mentions "Tory ..."
        elif (written := _name_as_written(subject)) is not None and written.endswith(name):
            name = written  # "Fairford Coach Action", the recogniser's name being "Action"
        elif (
            (written := _name_as_written(subject, body=True)) is not None
            and written.startswith(name)
            and _named_by_kind(subject, name)
        ):
            name = written  # "the pressure group Human Rights in China", taken as "Human Rights"
        elif name == ref.entity.name and _possessive_in_name(doc, ref.entity):
            name += "'s"  # "Standard & Poor's has classed ...": the "'s" is the name's own
        # "Pakistan's Foreign Ministry": whose ministry it is, when its name does not say
        country = next(
            (c for c in subject.lefts if c.dep_ == "poss" and c.ent_type_ == "GPE"), None
        )
        if country is not None and subject.text in name:
            # the entity may carry the country already ("India Home Ministry")
            body = name.removeprefix(f"{country.text} ")
            if country.text not in body:
                name = f"{country.text}'s {body}"
        return Speaker(name, ref.entity.key, phrase.start_char, phrase.end_char, False, None)
    gender = word_gender(subject.text)
    if (
        ref is not None
        and ref.entity is None
        and ref.name is not None
        and (written := _name_as_written(subject, body=True)) is not None
        and ref.name in written
        and subject.text in ref.name
    ):
        # "Human Rights in China said": a body's name the recogniser did not take whole
        ref = replace(ref, name=written)
    if ref is not None and ref.name is not None:
        description = phrase.text if ref.entity is not None else None
        return _from_referent(ref, phrase.start_char, phrase.end_char, description)
    if (ref is None or (ref.entity is None and ref.name is None)) and (
        kind := _kind_before_name(subject, phrase)
    ) is not None:
        # "property website Rightmove", the recogniser having missed the name: the name
        name = doc_text(doc)[kind.end_char : subject.idx + len(subject)].strip()
        return Speaker(name, None, phrase.start_char, phrase.end_char, False, kind.text)
    # "the spokesman" after "A spokesman of the Iraqi National Congress said": the one source.
    same = (
        ref is not None
        and ref.name is None
        and ref.entity is None
        and ref.description
        and not (glued and ref.description == subject.text)
    )
    return Speaker(
        ref.description if same else _owner_in_full(subject, phrase, people) or phrase.text,
        None,
        phrase.start_char,
        phrase.end_char,
        True,
        phrase.text,
        gender,
        TEXT if gender else None,
    )


def _party_as_written(head: Token, entity: Entity) -> str | None:
    """A party named by one of its short names as a subject's head ("the Conservatives"),
    its entity named by another short name of the same party that its other mentions write
    ("Tory claims", "Tory spokesman"): the party's full name where a mention writes it
    ("Conservative Party"), else the head's word, neither short name being fuller."""
    party = PARTY_NAMES.get(entity.name.lower())
    if (
        party is None
        or party.lower() == entity.name.lower()
        or head.text == entity.name
        or head.pos_ != "PROPN"
        or PARTY_NAMES.get(head.lower_) != party
    ):
        return None
    text = doc_text(head.doc)
    if any(text[m.start : m.end].lower() == party.lower() for m in entity.mentions):
        return party
    return head.text


def _kind_before_name(head: Token, phrase: Span) -> Span | None:
    """The kind of a body written before its name, a name no entity was found in
    ("property website Rightmove", "comparison website Moneyfacts"): the common nouns and
    adjectives of the phrase before the capitalised proper nouns ending at its head, the last a
    noun of no person ("lawyer Smith" is a person's role). None when the head is no such name."""
    if (
        head.pos_ not in ("PROPN", "NOUN")  # "Moneyfacts" was taken for a plural noun
        or not head.text[:1].isupper()
        or head.is_sent_start
        or head.ent_type_
        or head.i != phrase.end - 1
    ):
        return None
    doc = head.doc
    first = head.i
    while (
        first > phrase.start
        and doc[first - 1].pos_ == "PROPN"
        and doc[first - 1].text[:1].isupper()
        and doc[first - 1].dep_ == "compound"
        and not doc[first - 1].ent_type_
    ):
        first -= 1
    start = phrase.start + (doc[phrase.start].dep_ == "det")
    if first - start < 1:
        return None
    words = doc[start:first]
    if not all(
        t.pos_ in ("NOUN", "ADJ")
        and (t.is_lower or (t.i == start and t.is_sent_start))
        and (t.is_alpha or "-" in t.text)
        for t in words
    ):
        return None
    kind = words[-1]
    if kind.pos_ != "NOUN" or person_noun(kind) or kind.lower_ in PERSON_NOUNS:
        return None
    return words


def _name_as_written(head: Token, body: bool = False) -> str | None:
    """A proper name in full as the article writes it around its head word, when the
    recogniser took only part of it: the capitalised proper nouns compounded before the head
    ("Fairford Coach Action"), and for a body no entity was found in (``body``) a
    capitalised "of/in/for" phrase after it ("Human Rights in China"); None if nothing is
    added."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    doc = head.doc
    start = head.i
    while (
        start > 0
        and (left := doc[start - 1]).dep_ == "compound"
        and start <= left.head.i <= head.i
        and left.pos_ == "PROPN"
        and left.text[:1].isupper()
        and not left.ent_type_
        and "\n" not in left.text_with_ws
    ):
        start -= 1
    end = head.i + 1
    if body:
        prep = next(
            (c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "in", "for")), None
        )
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if (
            prep is not None
            and prep.i == head.i + 1
            and obj is not None
            and obj.pos_ == "PROPN"
            and obj.text[:1].isupper()
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[prep.i + 1 : obj.i + 1])
        ):
            end = obj.i + 1
    if start == head.i and end == head.i + 1:
        return None
    if start < head.i and any(t.text[-1:] == "s" and t.tag_ == "POS" for t in doc[start:end]):
        return None
    return doc[start:end].text


def _possessive_in_name(doc: Doc, entity) -> bool:
    """Whether a body's name ends in "'s" the recogniser left out ("Standard & Poor's",
    "Sainsbury's"): a mention followed by "'s" that owns nothing, the next word a verb or
    the sentence's end ("Standard & Poor's has classed"). Only a mention written as the name:
    "Foster's said" of "Foster's Group" is the name shortened, not a name missing its "'s"."""
    for mention in entity.mentions:
        if mention.text != entity.name:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc):
            continue
        mark, after = doc[span.end], doc[span.end + 1]
        if mark.lower_ in ("'s", "’s") and (
            after.tag_ in ("VBD", "VBZ", "VBP", "MD") or after.text in (",", ".", ";", ":")
        ):
            return True
    return False


def _named_by_kind(head: Token, name: str) -> bool:
    """Whether the body's name is introduced by its kind right before it ("the pressure group
    Human Rights in China"): what follows the kind noun up to the verb is all its name."""
    doc = head.doc
    first = head.i - len(name.split()) + 1
    return first > 0 and doc[first - 1].lower_ in ORG_NOUNS and doc[first - 1].pos_ == "NOUN"


def _owner_in_full(head: Token, phrase: Span, people: People) -> str | None:
    """A description owned by a named person, with the owner's full name and no title before
    it ("Mr Spitzer's office", "House Speaker Paul Ryan's office" -> "Eliot Spitzer's
    office", "Paul Ryan's office"): the same office however the article shortens the name."""
    owner = next((c for c in head.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or owner.i + 1 >= phrase.end or owner.nbor().tag_ != "POS":
        return None
    ref = people.name_at(owner.idx, owner.idx + len(owner))
    if ref is None or ref.entity is None or not ref.name or not is_person(ref):
        return None
    return ref.name + doc_text(head.doc)[owner.nbor().idx : phrase.end_char]


def _office_holder(subject: Token) -> Token | None:
    """The name written after a role and its portfolio, the subject's last words ("Secretary
    of State for Culture, Media and Sport Tessa Jowell said", "Minister for Children, Young
    People and Families Margaret Hodge said", which the parser may read as a coordination):
    the one who holds the office, not a joint speaker."""
    last = subject.right_edge
    if (
        person_noun(subject)
        and last.ent_type_ == "PERSON"
        and 0 < last.i - subject.i <= 12
        and any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in subject.children)
        # a title written before a name, no article ("the Labour MP for Birkenhead" is not)
        and not any(c.dep_ in ("det", "poss") for c in subject.children)
        and subject.doc[last.i - 1].ent_type_ == "PERSON"
        and all(
            t.text == "," or not (t.is_punct or t.pos_ in ("VERB", "AUX"))
            for t in subject.doc[subject.i + 1 : last.i]
        )
    ):
        return last
    return None


def _one_conjunct_named(subject: Token) -> bool:
    """Whether a name is the first of two subjects joined by "and", the second one whole
    conjunct that holds the last name ("Gibson and his partner Bruce Davey"); not a title the
    parser splits into several conjuncts ("Only Fools and Horses star David Jason")."""
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    if subject.ent_type_ != "PERSON" or len(conjuncts) != 1:
        return False
    second = conjuncts[0]
    before = subject.doc[second.left_edge.i - 1]
    return (
        before.dep_ == "cc"
        and before.lower_ == "and"
        and before.head.i == subject.i
        and second.right_edge.i == subject.right_edge.i
        and any(t.ent_type_ == "PERSON" for t in second.subtree)
    )


def _named_after_role(subject: Token) -> Token:
    """The person a subject names after a body and a role ("Association of Chief Police
    Officers president Chris Fox said", the parser heading it by the body): the name written
    last, right before the verb, with a role noun before it; else the subject itself."""
    if (holder := _office_holder(subject)) is not None:
        return holder
    if heads_body(subject):
        # "Head of the Food Council, Mitch Hooke, says" (the recogniser may tag "Head" a name)
        named = (t for t in subject.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON")
        return next(named, subject)
    if _one_conjunct_named(subject):
        # "Gibson and his partner Bruce Davey said", "Rep. Todd Rokita and state House Speaker
        # Brain Bosma have stated": the last name is the next conjunct's, not this one's
        return subject
    last = subject.right_edge
    if (
        person_noun(subject)
        or last.ent_type_ != "PERSON"
        or last.i <= subject.i
        or last.i - subject.i > 12
    ):
        return subject
    between = subject.doc[subject.i + 1 : last.i]
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between):
        return subject
    if subject.ent_type_ == "PERSON" and all(t.ent_iob_ == "I" for t in between):
        return subject  # one name: "Chris Fox"
    if (
        subject.ent_type_ == "PERSON"
        and subject.i + 1 < last.i
        and subject.doc[subject.i + 1].lower_ in ("of", "from", "at")
    ):
        # "Herbert Hansen of Respond's partner Keyobs": the name is the speaker, the later
        # one (often a firm the recogniser took for a person) is where they work.
        return subject
    if not any(t.ent_type_ != "PERSON" and person_noun(t) for t in between):
        return subject
    return last


def _from_referent(ref: Referent, start: int, end: int, description: str | None) -> Speaker:
    key = ref.entity.key if ref.entity is not None else None
    name = ref.name or ref.description or ""
    anonymous = ref.name is None
    return Speaker(name, key, start, end, anonymous, description, ref.gender, ref.gender_evidence)


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


# Verbs a document speaks by, which the parser may tag nouns before a colon ("... read:").
_WRITTEN_CUES = frozenset(["read", "reads", "states", "stated", "says"])


def _document_before(clause: Sequence[Token]) -> Token | None:
    """The document noun that heads the sentence a written cue ends ("A statement from X
    explaining the decision read:", the parser taking the verb for a noun): the first noun of
    the colon's own sentence, when it is a document and no verb of the clause has it as its
    subject."""
    if not clause or clause[-1].pos_ != "NOUN" or clause[-1].lower_ not in _WRITTEN_CUES:
        return None
    start = max((i for i, t in enumerate(clause) if t.is_sent_start), default=0)
    nouns = [t for t in clause[start:-1] if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or nouns[0].lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    if nouns[0].dep_ in ("nsubj", "nsubjpass") and nouns[0].head.pos_ in ("VERB", "AUX"):
        return None  # a verb of its own, found the ordinary way
    return nouns[0]


def _written_colon(
    doc: Doc, quote_start: int, quotes: Sequence[tuple[int, int]]
) -> tuple[Token, Cue] | None:
    """The document of a sentence ending in a written cue and a colon right before a quote
    ("A statement from Chelsea explaining the decision read: “...”"), and the colon as cue."""
    found = _colon_clause(doc, quote_start, quotes)
    if found is None or (document := _document_before(found[0])) is None:
        return None
    return document, found[1]


def _colon_clause(
    doc: Doc, quote_start: int, quotes: Sequence[tuple[int, int]]
) -> tuple[list[Token], Cue] | None:
    """The words of the line before a colon just before a quote (outside quotes, within the
    cue window), and the colon as cue."""
    text = doc_text(doc)
    colon = text.rfind(":", max(0, quote_start - 6), quote_start)
    if colon < 0 or text[colon + 1 : quote_start].strip(' \n\t\xa0“"«„‘') != "":
        return None
    token = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if token is None:
        return None
    line_start = text.rfind("\n", 0, colon) + 1
    clause = [
        t
        for t in doc[max(0, token.start - CUE_WINDOW) : token.start]
        if t.idx >= line_start and _outside(t, quotes)
    ]
    return clause, Cue(":", ":", colon, colon + 1)


def _colon_speaker(
    doc: Doc, quote_start: int, quotes: Sequence[tuple[int, int]]
) -> tuple[Token, Cue] | None:
    """The subject of a clause ending in a colon just before a quote, and the colon as cue.

    "the Illinois Board of Elections was conclusive in its findings: “...”", "Stated Stone:",
    and the headline style "Jeffrey M. Jones: “...”" (a short name alone before the colon).
    """
    found = _colon_clause(doc, quote_start, quotes)
    if found is None:
        return None
    clause, cue = found
    text = doc_text(doc)
    colon = cue.start
    line_start = text.rfind("\n", 0, colon) + 1
    # A roundup's "Headline of the item - Jane Doe: “...”": the name after the dash speaks,
    # not the subject of the headline before it.
    dash = max(text.rfind(mark, line_start, colon) for mark in (" - ", "—", "–"))
    named = [t for t in clause if t.idx > dash and not t.is_punct]
    if dash >= 0 and 0 < len(named) <= 4 and all(t.pos_ == "PROPN" for t in named):
        return named[-1], cue
    if (document := _document_before(clause)) is not None:
        return document, cue
    opening = 0
    for i in range(len(clause) - 1, -1, -1):
        t = clause[i]
        if t.pos_ in ("VERB", "AUX") and (subject := _subject(t, quotes)) is not None:
            return subject, cue
        if t.is_sent_start:
            opening = i
            break
    # Only the colon's own sentence names: "The show moves in May. BBC Two controller Jo
    # Bell: “...”" is Jo Bell's, whatever the writer's sentence before it says.
    words = [t for t in clause[opening:] if not t.is_punct]
    if opening > 0 and (not words or words[-1].ent_type_ not in ("PERSON", "ORG")):
        return None  # after a sentence of the writer's, only a name speaks ("Later on Monday:")
    if 0 < len(words) <= 6 and (words[-1].pos_ == "PROPN" or words[-1].text.istitle()):
        if _TEASER.match(text, line_start, colon + 1):
            return None  # "READ MORE:" is a label, not a speaker
        return words[-1], cue
    return None


_HEADLINE_SPEAKER = re.compile(r"[^\S\n]*((?:[A-Z][\w.'’-]*[^\S\n]+){0,4}[A-Z][\w.'’-]*):[^\S\n]")


# After a quote in a title-case headline: "‘...,’ Howard Dean Tells Democratic Convention".
_HEADLINE_SAYS = re.compile(
    r"[,.’'”\"]*[^\S\n]+((?:[A-Z][\w.'’-]*[^\S\n]+){0,3}[A-Z][\w.'’-]*)[^\S\n]+([A-Z][a-z]+s)\b"
)


def _headline_says(
    doc: Doc, quote_start: int, quote_end: int, quotes: Sequence[tuple[int, int]]
) -> tuple[Token, Cue] | None:
    """The name after a quote in a headline written in title case, followed by a speech
    verb in the present ("‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic
    Convention", the article's first line): who says the quoted words."""
    text = doc_text(doc)
    if "\n" in text[:quote_start]:
        return None
    match = _HEADLINE_SAYS.match(text, quote_end)
    if match is None or "\n" in text[quote_end : match.end()]:
        return None
    if match.group(2)[:-1].lower() not in CUE_VERBS:
        return None
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if span is None or not _outside(span[-1], quotes):
        return None
    verb = match.start(2)
    return span[-1], Cue(match.group(2), match.group(2)[:-1].lower(), verb, match.end(2))


def _headline_speaker(
    doc: Doc, quote_start: int, quotes: Sequence[tuple[int, int]]
) -> tuple[Token, Cue] | None:
    """The name opening a headline "Cruz: Trump Would Put Liberals On Court, ‘I Fear The Same
    Thing Is True’ for Rubio" (the article's first line): who says the quoted words in it."""
    text = doc_text(doc)
    if "\n" in text[:quote_start]:
        return None
    match = _HEADLINE_SPEAKER.match(text)
    if match is None or match.end() > quote_start:
        return None
    colon = match.end() - 2
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if span is None or not _outside(span[-1], quotes):
        return None
    return span[-1], Cue(":", ":", colon, colon + 1)


_BYLINE = re.compile(
    r"[\s,.;]*[”\"»’]?[^\S\n]*"
    # an em or en dash, or (opening a line of its own) a hyphen or two: "-President Obama"
    r"(?:(?:\n[^\S\n]*){0,2}[—–―]|(?:\n[^\S\n]*){1,2}--?)[^\S\n]*(?=\w)"
)


def _byline(doc: Doc, quote_end: int, people: People) -> tuple[Speaker, Cue] | None:
    """“...” — Jane Doe: an em dash after the closing mark, then the speaker's name."""
    text = doc_text(doc)
    match = _BYLINE.match(text, quote_end)
    if match is None:
        return None
    start = match.end()
    dash = max(text.rfind(mark, quote_end, start) for mark in "—–―-")
    cue = Cue(text[dash], text[dash], dash, dash + 1)
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end]
    name = re.match(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}", line)
    if "\n" in text[quote_end:dash] and (
        name is None or line[name.end() :].strip()[:1] not in ("", ",", "(")
    ):
        return None  # a dash opening the next paragraph signs the quote only as a line of its own
    named = people.name_at(start, start + 1)
    if named is not None and named.entity is not None:
        m_start, m_end = people.mention_at(start, start + 1)
        return _from_referent(named, m_start, m_end, None), cue
    if name is None:
        return None
    words = name[0].split()
    skip = 0
    while skip < len(words) - 1 and (
        words[skip].lower() in TITLE_ABBREVIATIONS or words[skip].lower() in ROLE_HEADS
    ):
        skip += 1  # "-President Obama, tweeting": the name without its title
    first = start + len(" ".join(words[:skip])) + (1 if skip else 0)
    bare = " ".join(words[skip:])
    return Speaker(bare, None, first, first + len(bare), False, None), cue


def _window(doc: Doc, sent_start: int, start: int, end: int, sent_end: int) -> list[Token]:
    """The tokens of a quote's sentences around it, at most CUE_WINDOW on each side."""
    before = doc[max(sent_start, start - CUE_WINDOW) : start]
    after = doc[end : min(sent_end, end + CUE_WINDOW)]
    return [*before, *after]


# --- What is not speech -----------------------------------------------------------------------

# A label line before a quote: "READ MORE: ‘It becomes a nightmare’", "WATCH: ...".
_TEASER = re.compile(r"[^\S\n]*(?:[A-Z][A-Z'’]*[^\S\n]*){1,4}:")
# Nouns and verbs after which a quoted phrase is a name or a word, not something said: "the
# film “...”", "the term “...”", "a campaign titled “...”".
TITLE_WORDS = frozenset(
    [
        "film",
        "movie",
        "show",
        "series",
        "sitcom",
        "drama",
        "book",
        "novel",
        "memoir",
        "album",
        "song",
        "single",
        "track",
        "play",
        "musical",
        "programme",
        "program",
        "documentary",
        "opera",
        "poem",
        "painting",
        "exhibition",
        "slogan",
        "motto",
        "headline",
        "hashtag",
        "word",
        "words",
        "term",
        "terms",
        "phrase",
        "titled",
        "entitled",
        "so-called",
        "nicknamed",
        "dubbed",
        "codenamed",
        "reading",  # a sign reading “...”
        "adage",
        "mantra",
        "catchphrase",
        "voting",  # those voting “yes”
        "voted",
    ]
)
# Nouns that name a saying, set off by a comma before it ("the old adage, “...”").
SAYING_NOUNS = frozenset(["slogan", "motto", "title", "adage", "mantra", "catchphrase"])
# A crowd's cries: "chants of “...”" quote a slogan, not someone's words.
CHANT_NOUNS = frozenset(["chants", "chant", "cries", "shouts", "chorus", "choruses", "cheers"])
# Verbs of naming, before an article and a quoted name ("dubbed the “Iron Lady”").
NAMING = frozenset(["dubbed", "nicknamed", "codenamed", "titled", "entitled"])
MAX_TITLE_WORDS = 8
MAX_BOOK_TITLE_WORDS = 16  # after an author's possessive
MAX_MODIFIER_WORDS = 4
_SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by", "with", "from", "is"]
)


def _named_thing(text: str, quote: tuple[int, int]) -> bool:
    """A quoted title, name or term right after a word such as "film", "term" or "titled"
    (no punctuation between): "the film “The Lord of the Rings”", "a “black box warning”"."""
    start, end = quote
    if _nickname(text, quote) or _letter(text, quote):
        return True
    before = text[max(0, start - 40) : start].rstrip(" “\"«„‘'")
    if before.endswith(","):
        previous = [w.lower() for w in before[:-1].split()[-1:]]
        if previous and (
            previous[0] in SAYING_NOUNS
            or (previous[0] in TITLE_WORDS and _title_case(text, quote, True))
        ):
            # "the campaign's slogan, “...”", "his weekly radio show, “Generations with ...”"
            before = before[:-1]
    if not before or not before[-1].isalpha():
        return False
    last = before.split()[-2:]
    words = re.findall(r"[^\W\d_][\w'’-]*", text[start:end])
    if len(words) > MAX_BOOK_TITLE_WORDS:
        return False
    if (
        last[-1].endswith(("'s", "’s"))
        and last[-1][:1].isupper()
        and _title_case(text, quote, True)
    ):
        # MSNBC's “Morning Joe”, ABC's “This Week.” (US papers put the stop inside), E. J.
        # Fleming's “The Fixers: Eddie Mannix, Howard Strickling and the MGM Publicity Machine”
        return True
    if last[-1].lower() in SAYING_NOUNS:
        return True  # "the old adage, “I mean what I say and say what I mean”"
    if len(words) > MAX_TITLE_WORDS:
        return False
    if last[-1] == "told" and _title_case(text, quote, True):
        return True  # "Fiorina told “Fox and Friends,”": a show, not what she said
    if len(last) == 2 and last[-1].lower() in ("the", "a", "an") and last[0].lower() in NAMING:
        return True  # "Thatcher, dubbed the “Iron Lady”": a name given, not words said
    if len(last) == 2 and last[-1].lower() == "of" and last[0].lower() in CHANT_NOUNS:
        return True  # "chants of “I'm with her”": a crowd's slogan, no one's words
    if last[-1].lower() in _WORKS and _judged(before, text[start:end]):
        return False  # "Petridis called the album “her most personal yet”": words said of it
    return last[-1].lower() in TITLE_WORDS or [w.lower() for w in last] == ["known", "as"]


def _letter(text: str, quote: tuple[int, int]) -> bool:
    """A quoted single letter (the captain's “C”, an “A” grade): a mark, never words said."""
    inner = text[quote[0] : quote[1]].strip(" .,;:!?")
    return len(inner) == 1 and inner.isalpha()


# a given name after a lower-case word or a sentence's start (not a headline's title case)
_NAME_BEFORE = re.compile(r"(?:^|[.!?]\s+|\s[a-z][\w'’-]*,?\s)[A-Z][\w'’.-]*[^\S\n][“\"‘']$")
_NAME_AFTER = re.compile(r"[”\"’'][^\S\n][A-Z][\w'’-]")
MAX_NICKNAME_WORDS = 3


def _nickname(text: str, quote: tuple[int, int]) -> bool:
    """A nickname set between a given name and a surname: Lee “Faker” Sang-hyeok, Dwayne
    “The Rock” Johnson. A name, whatever verb the sentence has ("this is Kang “TheShy”
    Seung-lok's Aatrox we're talking about")."""
    start, end = quote
    inner = text[start:end].strip()
    return (
        bool(inner)
        and inner[0].isalnum()
        and not any(c in inner for c in ".,;:!?")
        and len(inner.split()) <= MAX_NICKNAME_WORDS
        and _NAME_BEFORE.search(text, max(0, start - 30), start) is not None
        and _NAME_AFTER.match(text, end) is not None
    )


# Verbs that pass judgement on a thing named after them: "called the film “...”".
_JUDGING = frozenset(
    """call calls called calling branded labelled labeled hailed praised slammed""".split()  # noqa: SIM905
)
_WORKS = TITLE_WORDS & frozenset(
    """film movie show series sitcom drama book novel memoir album song single track play
    musical programme program documentary opera poem painting exhibition""".split()  # noqa: SIM905
)


def _judged(before: str, quoted: str) -> bool:
    """Whether quoted words in lower case follow a verb of judgement and a work's noun ("called
    the album “her most personal yet”"): a judgement said of the work, not its title (titles
    open with a capital: "called the album “Thriller”" stays a title)."""
    words = before.split()[-4:-1]
    first = quoted.lstrip(" “\"‘'«„")[:1]
    return first.islower() and any(w.lower() in _JUDGING for w in words)


def _modifier(text: str, tokens: Span) -> bool:
    """Capitalised quoted words written as a modifier of the noun after them: "disaffected
    “Leave” supporters", "the “Bernie or Bust” crowd": a name used as a term. (Lower-case ones
    are often a speaker's word: "used in “serious” cases", "a “modest” increase".)"""
    inner = text[tokens.start_char : tokens.end_char].strip(" “”\"‘’'")
    if not inner or inner[-1] in ".,;:!?" or len(inner.split()) > MAX_MODIFIER_WORDS:
        return False
    if not inner[0].isupper():
        return False
    doc = tokens.doc
    after = tokens.end
    while after < len(doc) and doc[after].is_quote:
        after += 1
    if after >= len(doc) or doc[after].pos_ != "NOUN" or not doc[after].is_lower:
        return False
    noun = doc[after]
    return any(noun in (t.head, t.head.head) for t in tokens if not t.is_quote)


def term_spans(doc: Doc, spans: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """The quoted spans that are titles, names or terms by the words around them ("the film
    “...”", "ABC's “This Week.”", "the “natural born” requirement"): never speech, not even as
    the quoted words of a reported clause."""
    text = doc_text(doc)
    found = set()
    for start, end in spans:
        if _named_thing(text, (start, end)) or joined_name(text, (start, end)):
            found.add((start, end))
            continue
        tokens = doc.char_span(start, end, alignment_mode="expand")
        if tokens is not None and len(tokens) and _modifier(text, tokens):
            found.add((start, end))
    return found


def joined_name(text: str, quote: tuple[int, int]) -> bool:
    """Three or more words in title case joined by "of" or "and": the name of a body, a law, a
    plan or a work ("Racketeer Influenced and Corrupt Organisations", "Action Plan for the
    Development of Italy", "State of the Union"), never speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text[quote[0] : quote[1]])
    return len(words) >= 3 and ("of" in words or "and" in words) and _title_case(text, quote)


def _title_case(text: str, quote: tuple[int, int], stop_inside: bool = False) -> bool:
    """Words in title case without a sentence's end: a title or a slogan ("Make America Great
    Again"), not speech. ``stop_inside``: a full stop may close it (where the words before
    already say it is a name: "on ABC's “This Week.”")."""
    inner = text[quote[0] : quote[1]]
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    if stop_inside:
        inner = inner.rstrip().rstrip(".,!?")  # "on NPR's “Wait Wait ... Don't Tell Me!”"
    if (
        len(words) < 2
        or inner.rstrip()[-1:] in ".?!"
        or (inner.rstrip()[-1:] == "," and len(words) < 3)
    ):
        return False  # "Make America Great Again," (the comma inside, as US papers write)
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


MAX_HEADING_WORDS = 12


def _in_heading(text: str, start: int, end: int) -> bool:
    """Whether a quote stands in a short line of its own with no sentence's end: a subhead."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip(" ”\"’'»")
    return bool(line) and line[-1].isalnum() and len(line.split()) <= MAX_HEADING_WORDS


def _is_teaser(text: str, start: int) -> bool:
    """A quote on a label line such as "READ MORE: ‘...’" (a link to another article)."""
    line_start = text.rfind("\n", 0, start) + 1
    match = _TEASER.match(text, line_start)
    return match is not None and not text[match.end() : start].strip(' “"‘«„')


# --- The extractor ------------------------------------------------------------------------------


def _chained(text: str, previous: tuple[int, int], quote: tuple[int, int]) -> bool:
    """Whether ``quote`` goes on with the words of ``previous``: the earlier one ended with no
    closing mark (at a paragraph end) and this one opens right after it."""
    gap = text[previous[1] : quote[0]]
    return (
        bool(gap)
        and gap[-1] in '“"«„‘'
        and not gap[:-1].strip()
        and ("\n" in gap or text[previous[1] - 1 : previous[1]] in (".", "?", "!"))
    )


@dataclass(slots=True)
class _Candidate:
    """A quoted span on its way to becoming a Quote."""

    start: int
    end: int
    tokens: Span
    sentences: tuple[int, int]  # first and last sentence index
    speaker: Speaker | None
    cue: Cue | None
    near: bool = False  # the cue is in the quote's own sentence
    chained: bool = False  # part of a quote running over several paragraphs
    before: _Candidate | None = None  # the part before, in such a quote


def _candidate(doc: Doc, start: int, end: int, context: _Context) -> _Candidate | None:
    """A quoted span with its cue and speaker, found from its own sentences."""
    text, spans, sentences, people, _ = context
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None or len(first) == 0:
        return None
    # Token.sent walks the sentence: look sentences up by index to stay linear.
    i_first = bisect_right(context.sentence_starts, first.start) - 1
    i_last = bisect_right(context.sentence_starts, first.end - 1) - 1
    window = _window(doc, sentences[i_first].start, first.start, first.end, sentences[i_last].end)
    found = _cues(doc, window, (start, end), spans)
    near = bool(found)
    if not found:
        for neighbour in _neighbours(text, sentences, i_first, i_last, (start, end)):
            if found := _cues(doc, neighbour, (start, end), spans):
                break
    speaker, cue = None, None
    if not found and (colon := _colon_speaker(doc, start, spans)) is not None:
        subject, cue = colon
        speaker = _speaker(subject, people)
        near = True
    elif not found and (headline := _headline_says(doc, start, end, spans)) is not None:
        named = _speaker(headline[0], people)
        if named.entity_key is not None:
            speaker, cue, near = named, headline[1], True
    elif not found and (headline := _headline_speaker(doc, start, spans)) is not None:
        # Only someone the article names ("Exclusive:", "Watch:" are labels).
        named = _speaker(headline[0], people)
        if named.entity_key is not None:
            speaker, cue, near = named, headline[1], True
    # The nearest cue whose subject can speak: in "Mr DiPiazza said the interviews suggested
    # that companies had “adjusted”", the interviews suggest nothing aloud.
    for _, _, verb_cue, verb in found:
        if verb_cue.lemma == "according to":
            objects = [c for c in doc[verb.i + 1].children if c.dep_ == "pobj"]
            subject = objects[0] if objects else None
        elif verb_cue.lemma.endswith(" of"):
            subject = next((c for c in verb.children if c.dep_ == "pobj"), None)
        elif _agentless_target(verb, spans):
            continue  # "Five has been criticised for sending "offensive" material": not Five
        else:
            subject = _subject(verb, spans)
        candidate = _speaker(subject, people) if subject is not None else None
        if candidate is None and verb_cue.lemma != "according to":
            candidate = _unparsed_subject(verb, (start, end), context)
        if candidate is None and verb.tag_ == "VBG":
            # "The club issued a statement through its lawyers describing ...": the subject of
            # the clause the participle hangs on.
            candidate = _animate_ancestor(verb, spans, people)
        if candidate is not None and _inanimate(candidate, subject) and verb_cue.lemma != ":":
            candidate = _animate_ancestor(verb, spans, people) or candidate
        if candidate is not None and candidate.start <= start and end <= candidate.end:
            continue  # “The gap between “have-nets” and ... has been much talked about”
        if candidate is not None and _generic_voice(candidate):
            candidate = None  # "everywhere we go, we have to think about ...": no one's
        if cue is None:
            speaker, cue = candidate, verb_cue
        if candidate is not None and not _inanimate(candidate, subject):
            speaker, cue = candidate, verb_cue
            break
    if speaker is None and (byline := _byline(doc, end, people)) is not None:
        speaker, cue = byline
    if speaker is None and found and (written := _written_colon(doc, start, spans)) is not None:
        # "A statement from Chelsea explaining the decision read: “...”": a cue inside the
        # clause gave no one; the document whose words the colon opens speaks.
        named = _speaker(written[0], people)
        if named.name:
            return _Candidate(start, end, first, (i_first, i_last), named, written[1], True)
    if cue is not None and found and near:
        verb = next(f[3] for f in found if f[2] == cue)
        near = min(abs(cue.start - end), abs(start - cue.end)) <= NEAR_CHARS or _governs(
            verb, first
        )
    return _Candidate(start, end, first, (i_first, i_last), speaker, cue, near)


def _agentless_target(verb: Token, quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether a verb is a passive of ``TARGET_PASSIVES`` with no "by" naming who spoke
    (the parser may hang it on the quoted words): its subject is spoken of."""
    if verb.lemma_ not in TARGET_PASSIVES or not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children
    ):
        return False
    doc = verb.doc
    return not any(
        t.lower_ == "by" and t.dep_ in ("agent", "prep") and _outside(t, quotes)
        for t in doc[verb.i + 1 : min(verb.right_edge.i + 1, verb.i + 40)]
    )


def _generic_voice(speaker: Speaker) -> bool:
    """Whether a speaker is the writer's "we" or "you" that no one in the article stands for:
    people at large, who say no quote."""
    return speaker.entity_key is None and speaker.name.lower() in ("we", "you", "us")


def _governs(verb: Token, quote: Span) -> bool:
    """Whether the quoted words belong to the clause the cue verb reports: up from them through
    the parse, never through a coordination (", and Harris discussed it “in detail”")."""
    token = quote.root
    for _ in range(6):
        if token.i == verb.i:
            return True
        if token.dep_ == "conj" or token.head.i == token.i:
            return False
        token = token.head
    return False


class _Context(NamedTuple):
    text: str
    spans: Sequence[tuple[int, int]]
    sentences: Sequence[Span]
    people: People
    sentence_starts: Sequence[int] = ()


def extract_quotes(
    doc: Doc, entities: Sequence[Entity], people: People | None = None
) -> list[Quote]:
    """Every direct quotation in ``doc``, attributed where possible.

    ``people``: the document's resolver of mentions to people, when the caller has built it.
    """
    text = doc_text(doc)
    spans = quoted_spans(doc)
    people = people if people is not None else People(doc, entities, spans)
    sentences = list(doc.sents)
    context = _Context(text, spans, sentences, people, [s.start for s in sentences])
    found = [c for start, end in spans if (c := _candidate(doc, start, end, context))]
    # A quote running over several paragraphs is one speaker's, whichever part names them.
    for before, after in pairwise(found):
        if _chained(text, (before.start, before.end), (after.start, after.end)):
            before.chained = after.chained = True
            after.before = before
    for item in reversed(found):
        if item.before is not None and item.before.speaker is None:
            item.before.speaker = item.speaker
    for item in found:
        if item.speaker is None and item.before is not None:
            item.speaker = item.before.speaker

    quotes: list[Quote] = []
    previous: Speaker | None = None
    previous_end = -1
    # The exchange so far: the last speaker other than `previous`, and where their quote ended.
    other: Speaker | None = None
    other_end = -1
    previous_start = -1
    interviewee: Speaker | object | None = _UNSET  # found at the first answer, if any
    skipped = furniture(doc)
    for item in found:
        start, end, speaker, cue = item.start, item.end, item.speaker, item.cue
        kind = _kind(text, (start, end))
        words = len(text[start:end].split())
        answer = _answer_kind(text, start) if cue is None else None
        if _is_teaser(text, start) and (cue is None or cue.lemma == ":") and answer is None:
            continue
        if in_spans(skipped, start):
            continue  # 'RELATED: "It becomes a nightmare," nurses say': another article's
        if _named_thing(text, (start, end)) and (cue is None or cue.lemma != ":"):
            continue
        if _modifier(text, item.tokens):
            continue
        going_on = cue is None and _said_on(text, previous_end, start, end)
        if cue is None and not item.chained and not going_on:
            if words < MIN_FULL_WORDS or _title_case(text, (start, end)):
                continue  # a scare quote, a title or a slogan: nobody is said to say it
            if kind == "partial" and not _clause(text, item.tokens):
                continue  # a word or phrase used as such
        if speaker is None and item.before is not None:
            speaker = item.before.speaker
        if cue is None and speaker is None:
            speaker = _following_cue(doc, context, item) or _continuing(
                context,
                item,
                (
                    "\n\n" in text[previous_end:start]
                    and _answerer(text, (previous_start, previous_end), other, other_end)
                )
                or previous,
                previous_end,
            )
        elif (
            speaker is None
            and previous is not None
            and (
                (cue is not None and cue.lemma == "as follows")
                or _adjacent(text, previous_end, start)
            )
        ):
            speaker = previous
        if speaker is None:
            speaker = _following_cue(doc, context, item)
        if answer is not None:
            if interviewee is _UNSET:
                interviewee = _interviewee(context, start)
            if interviewee is not None and (answer == "labelled" or speaker is None):
                speaker = interviewee
        if speaker is None and cue is None and not item.chained and _in_heading(text, start, end):
            continue  # a subhead quoting words ("Affirmative action and ‘the nation we ...’")
        if (
            words < MIN_FULL_WORDS
            and not (item.near and speaker is not None)
            and not item.chained
            and not going_on
        ):
            continue  # a scare quote: nobody is said to have said it
        item.speaker = speaker
        quotes.append(Quote(text[start:end], start, end, kind, speaker, cue))
        if speaker is not None:
            if previous is not None and not _same_speaker(previous, speaker):
                other, other_end = previous, previous_end
            previous, previous_start, previous_end = speaker, start, end
    return _one_voice(text, quotes, entities)


# Not looked for yet (None: looked for, and no one).
_UNSET = object()


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` opens a sentence or a paragraph of its own."""
    before = text[max(0, start - 40) : start].rstrip(" \"“‘'")
    return not before or before[-1] in ".!?\n"


def _one_voice(text: str, quotes: list[Quote], entities: Sequence[Entity]) -> list[Quote]:
    """An article whose quotes are all one named person's (a profile made of their sayings)
    gives them its uncued quotes standing as sentences of their own too, where that person was
    named before: nobody else speaks in it."""
    voices = [q.speaker for q in quotes if q.speaker is not None]
    if (
        len(voices) < 2
        or voices[0].entity_key is None
        or not all(_same_speaker(voices[0], v) for v in voices[1:])
        or all(q.speaker is not None for q in quotes)
    ):
        return quotes
    key = voices[0].entity_key
    named = min((m.start for e in entities if e.key == key for m in e.mentions), default=None)
    if named is None:
        return quotes
    return [
        replace(q, speaker=voices[0])
        if q.speaker is None
        and q.cue is None
        and q.kind == "direct"
        and named < q.start
        and _opens_sentence(text, q.start)
        else q
        for q in quotes
    ]


def _answer_kind(text: str, start: int) -> str | None:
    """Whether a quote answers an interview's question: "labelled" after an "A:" label,
    "quoted" opening the paragraph after one that is a question alone ("Why Toronto?")."""
    line_start = text.rfind("\n", 0, start) + 1
    if (label := _ANSWER_LABEL.match(text, line_start)) is not None and label.end() == start:
        return "labelled"
    if text[line_start:start] not in ('"', "“"):
        return None
    end = line_start
    while end and text[end - 1].isspace():
        end -= 1
    before = text[text.rfind("\n", 0, end) + 1 : end].strip()
    if before.endswith("?") and not any(m in before for m in '"“”') and len(before.split()) <= 40:
        return "quoted"
    return None


INTERVIEW_VERBS = frozenset(["speak", "talk", "chat"])


def _interviewee(context: _Context, before: int) -> Speaker | None:
    """The one an interview is with: the subject of the last "X spoke with/to Y" (or "sat
    down with") written before its first answer."""
    people = context.people
    for sentence in reversed(context.sentences):
        if sentence.start_char >= before:
            continue
        for token in sentence:
            if not (
                (token.lemma_ in INTERVIEW_VERBS or token.lemma_ == "sit")
                and token.pos_ == "VERB"
                and any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in token.children)
            ):
                continue
            if token.lemma_ == "sit" and not any(c.lower_ == "down" for c in token.children):
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and _outside(subject, context.spans):
                return _speaker(subject, people)
    return None


_YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)


def _same_speaker(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers are one: the same entity, or the same name when neither has one."""
    if a.entity_key is not None or b.entity_key is not None:
        return a.entity_key == b.entity_key
    return a.name == b.name


def _answerer(
    text: str, question: tuple[int, int], other: Speaker | None, other_end: int
) -> Speaker | None:
    """Who answers a question put to them in an exchange of quotes ("Do you dispute that?"
    Alito asked. / "There can be a very minimal risk ..."): the other party of the exchange,
    for an unattributed quote opening the next paragraph. A question not put to anyone (no
    "you") may be rhetorical: the speaker goes on."""
    start, end = question
    if other is None:
        return None
    asked = text[start:end].rstrip(" ,\"”’'")
    if not asked.endswith("?") or not _YOU.search(asked):
        return None
    # the other party spoke in this paragraph or the one or two before it
    return other if text[other_end:start].count("\n\n") <= 2 else None


def _clause(text: str, span: Span) -> bool:
    """Whether quoted words say something (a verb and four words or more, or words ending the
    writer's sentence), rather than name something ("black box warning")."""
    if text[span.end_char - 1 : span.end_char] in (".", "!", "?"):
        return True
    return len(span) >= 4 and any(t.pos_ in ("VERB", "AUX") for t in span)


def _said_on(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether a quote ending a sentence follows the previous attributed quote and its cue
    alone, in the same paragraph ('"He texted me," Engstrom said. "That's Marcus."'): the
    speaker going on, however short."""
    gap = text[previous_end:start]
    line_end = text.find("\n", end)
    # nothing after it but another quotation: '"Grizzly Adams?" Maddow repeated.' has a cue
    rest = text[end + 1 : len(text) if line_end < 0 else line_end].strip()
    return (
        previous_end >= 0
        and "\n" not in gap
        and len(gap) <= SAID_ON_GAP
        and text[end - 1 : end] in (".", "!", "?")
        and (not rest or rest[0] in '"“')
    )


def _adjacent(text: str, previous_end: int, start: int) -> bool:
    """Whether a quote is in the paragraph of the previous attributed quote or the next one."""
    return previous_end >= 0 and text[previous_end:start].count("\n\n") <= 1


def _continuing(
    context: _Context, item: _Candidate, previous: Speaker | None, previous_end: int
) -> Speaker | None:
    """The speaker of a quote without a cue: the person the narrative sentence just before it
    is about, else the speaker of the previous quote when it is in this paragraph or the one
    before."""
    text, _, sentences, people, _ = context
    i_first = item.sentences[0]
    partial = _kind(text, (item.start, item.end)) == "partial"
    # Words quoted in the writer's sentence that the phrase holding them gives to another
    # ("seized on Prelogar's attempt to look at “the nation ...”"): that one's words.
    owner = _owner(item.tokens) if partial else None
    named = people.name_at(owner.idx, owner.idx + len(owner)) if owner is not None else None
    if named is not None and is_person(named) and named.entity is not None:
        return _from_referent(named, *people.mention_at(owner.idx, owner.idx + len(owner)), None)
    own = people.subject_token(i_first)
    if (
        own is not None
        and own.idx + len(own) <= item.start
        and partial
        and (ref := people.subject_referent(i_first)) is not None
        and is_person(ref)
        and ref.entity is not None
    ):
        # Words quoted inside the writer's sentence with no verb of saying ("He then implied
        # that scout leaders should be put to death, by having “a millstone be hanged”") are
        # the words of the one the sentence is about.
        return _from_referent(ref, *people.mention_at(own.idx, own.idx + len(own)), None)
    if i_first > 0:
        before = sentences[i_first - 1]
        gap = text[before.end_char : item.start]
        if before.start_char >= previous_end and gap.count("\n\n") <= 1:
            ref = people.subject_referent(i_first - 1)
            subject = people.subject_token(i_first - 1)
            # A quote that names that person speaks of them ("Simon Taylor looks certain to
            # get the call. “... Simon Taylor is an outstanding player”"): not theirs.
            if (
                ref is not None
                and subject is not None
                and (is_person(ref) or (ref.entity is not None and _issues_statement(subject)))
                and (ref.entity is None or ref.entity.key not in _named_in_run(context, item))
            ):
                span = people.mention_at(subject.idx, subject.idx + len(subject))
                return _from_referent(ref, *span, None)
    if (reporter := _last_reporter(context, item, previous_end)) is not None:
        return reporter
    if previous is not None and _adjacent(text, previous_end, item.start):
        return previous
    return None


MAX_REPORT_LOOKBACK = 3


# Issuing a text ("the DNC issued a statement", "Arsenal released a letter"): the quote after
# the sentence is that text, so its issuer's words, be it a body.
_ISSUING_VERBS = frozenset(["issue", "release", "publish", "post", "send"])
_ISSUED_TEXTS = frozenset(["statement", "letter", "memo", "note", "message", "tweet", "post"])


def _issues_statement(subject: Token) -> bool:
    """Whether a subject's verb issues a text ("the DNC issued a statement apologizing")."""
    verb = subject.head
    return verb.lemma_ in _ISSUING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ISSUED_TEXTS for c in verb.children
    )


def _last_reporter(context: _Context, item: _Candidate, previous_end: int) -> Speaker | None:
    """The person who last spoke in reported speech just before a quote without a cue ("A
    BBC spokeswoman said ... The show may move. “...”", "Lewis reminded MPs that McCartney
    called him a “Fagin”. “...”"), back to the previous quote's sentence: the voice the
    reader last heard, rather than an earlier quote's speaker."""
    text, _, sentences, people, _ = context
    i_first = item.sentences[0]
    for j in range(i_first - 1, max(-1, i_first - 1 - MAX_REPORT_LOOKBACK), -1):
        sentence = sentences[j]
        if text[sentence.end_char : item.start].count("\n\n") > 1:
            return None
        subject = people.subject_token(j)
        ref = people.subject_referent(j)
        holds_previous = sentence.start_char < previous_end
        if (
            subject is not None
            and subject.head.lemma_ in SPEECH_VERBS
            and subject.head == sentence.root
            # a quote ending the sentence is its subject's already; one inside it may be
            # another's, that the subject reports ("reminded MPs that X called him a “...”")
            and (not holds_previous or subject.idx < previous_end)
        ):
            if ref is not None and is_person(ref):
                if ref.entity is not None and ref.entity.key in _named_in_run(context, item):
                    return None  # the quote speaks of them
                span = people.mention_at(subject.idx, subject.idx + len(subject))
                return _from_referent(ref, *span, None)
            if ref is not None and ref.name is None and ref.description and not ref.plural:
                # "A council spokeswoman said ...", or "she" for her
                span = people.mention_at(subject.idx, subject.idx + len(subject))
                return _from_referent(ref, *span, ref.description)
        if holds_previous:
            return None
    return None


MAX_OWNER_STEPS = 6


def _owner(words: Span) -> Token | None:
    """The named owner of the phrase holding quoted words, below any clause with a subject of
    its own: "Prelogar's attempt to persuade the court to look at “...”" (the words she used)."""
    token = next(
        (t for t in words if not t.is_quote and not words.start <= t.head.i < words.end), None
    )
    for _ in range(MAX_OWNER_STEPS):
        if token is None or token.head is token:
            return None
        token = token.head
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return None
        if token.pos_ == "NOUN":
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is not None and owner.pos_ == "PROPN":
                return owner
    return None


# Speech verbs as written after a name, for a cue caught inside a mis-marked quote.
CUE_WORDS = frozenset(["said", "says", "added", "adds", "told", "tells", "explained", "wrote"])


def _named_in_run(context: _Context, item: _Candidate) -> set[str]:
    """The people named in a quote and the quoted parts run on right after it (the BBC writes
    a quote of several paragraphs on one line as "A. "B. "C.")."""
    text, spans, people = context.text, context.spans, context.people
    named: set[str] = set()
    last = None
    for start, end in spans[bisect_left(spans, (item.start, 0)) :]:
        if last is not None and text[last:start].strip(' "“”') != "":
            break
        for key, _, m_end in people.mentions_in(start, end):
            # A name before a speech verb is a cue the marks failed to leave outside
            # ('...good," Obama said. "Or ...'), not a name the speaker says.
            after = text[m_end : m_end + 12].split()
            if not (after and after[0].strip(".,") in CUE_WORDS):
                named.add(key)
        last = end
    return named


def _following_cue(doc: Doc, context: _Context, item: _Candidate) -> Speaker | None:
    """The speaker named by a short speech clause in the sentence right after a quote that has
    none ("...a little bit." / DeBoer said.), even across a paragraph break."""
    text, spans, sentences, people, _ = context
    i_last = item.sentences[1]
    if i_last + 1 >= len(sentences):
        return None
    following = sentences[i_last + 1]
    if (
        all(t.is_punct or t.is_space for t in following)
        and i_last + 2 < len(sentences)
        and sentences[i_last + 2][0].lower_ in _BACK_POINTERS
    ):
        # the closing mark the parser left a sentence of its own ('"\n\n'), then one pointing
        # back at the quote ("That is how ... put it."): that one
        following = sentences[i_last + 2]
    gap = text[item.end : following.start_char]
    if gap.count("\n\n") > 1 or gap.strip(" \n”\"»’.,'"):
        return None
    if (
        len(following) > 2
        and following[0].lower_ == "so"
        and following[1].lemma_ in CUE_VERBS
        and (subject := next((c for c in following[1].rights if c.dep_ == "nsubj"), None))
        is not None
        and _outside(subject, spans)
    ):
        return _speaker(subject, people)  # “...” / So says a booming voice at the end of ...
    # "That quote from Alabama commissioner Thomas Krebs appeared on ...": a sentence of any
    # length that opens by pointing back at the quote names whose it is.
    pointing = len(following) > 1 and following[0].lower_ in _BACK_POINTERS
    if len(following) > 25 and not pointing:
        return None
    if any(not _outside(t, spans) for t in following if not (t.is_punct or t.is_space)):
        return None
    for token in following[: 3 if len(following) > 25 else 12]:
        if (token.lemma_ in FRAME_NOUNS or token.lower_ in FRAME_NOUNS) and token.dep_ in (
            "attr",
            "nsubj",
        ):
            # "That was coach Darko Rajakovic's blunt assessment."
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is None:
                # "the assessment of Graham Lane", "That quote from Thomas Krebs"
                of = next(
                    (
                        c
                        for c in token.rights
                        if c.lower_ == "of" or (pointing and c.lower_ in ("from", "by"))
                    ),
                    None,
                )
                owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if owner is not None and owner.lower_ not in PRONOUNS | {"his", "her", "their"}:
                return _speaker(owner, people)
        if (
            token.lower_ in ("that", "those")
            and token.dep_ == "nsubj"
            and token.head.lemma_ == "be"
            and token.head.dep_ == "ROOT"
        ):
            # "That was coach Andy Reid after the game.": the quote is the named person's.
            attr = next((c for c in token.head.rights if c.dep_ == "attr"), None)
            if attr is not None and attr.pos_ == "PROPN":
                speaker = _speaker(attr, people)
                if speaker.entity_key is not None or speaker.gender is not None:
                    return speaker
            if (
                attr is not None
                and attr.pos_ == "NOUN"
                and person_noun(attr)
                and _outside(attr, spans)
            ):
                # "That is the club's ice technician, Gord Mackenzie, standing ...": a
                # description the article names there, a person it knows by name.
                speaker = _speaker(attr, people)
                if speaker.entity_key is not None:
                    return speaker
            said = next(
                (
                    c
                    for c in token.head.rights
                    if c.dep_ == "ccomp"
                    and (c.lemma_ in CUE_VERBS or c.lemma_ in _PUTTING_VERBS)
                    and any(w.lower_ in ("how", "what") for w in c.lefts)
                ),
                None,
            )
            subject = next((c for c in said.lefts if c.dep_ == "nsubj"), None) if said else None
            if subject is not None and subject.pos_ == "PROPN" and _outside(subject, spans):
                # "That is how Linda Osei, who teaches labour relations, put it.", "That was
                # what Mayor Jane Doe told reporters.": the quote is the one who put it so.
                speaker = _speaker(subject, people)
                if speaker.entity_key is not None or speaker.gender is not None:
                    return speaker
        if token.lemma_ in CUE_VERBS and token.pos_ == "VERB" and not _reduced_clause(token):
            if (
                token.lemma_ not in TRAILING_CUES  # "Tavares agreed." answers, not says
                or not _bare_clause(token)
                or (token.lemma_ in OBJECTLESS_CUES and _has_object(token))
                or any(c.dep_ == "auxpass" for c in token.children)  # "Marsh was charged"
            ):
                # A verb with words of its own reports them ("Paul Grant said the hospital
                # was hiring"), not the quote before.
                return None
            subject = _subject(token, spans)
            if subject is None:
                return None
            speaker = _speaker(subject, people)
            if _inanimate(speaker, subject):
                return None
            return (
                None if speaker.entity_key is None and speaker.name.lower() in PRONOUNS else speaker
            )
    return None
