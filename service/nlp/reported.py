"""Reported (indirect) speech, and one record per speech event.

"She warned that rates would rise", "Rates will rise, the minister said", "According to the
ministry, 40 people died", "His view is that ...", "He announced his resignation": the reported
clause is found from the parse (the complement of a speech verb, the clause a speech verb
interrupts or follows, the clause "according to X" qualifies, the noun phrase or gerund a
verb of OBJECT_VERBS, GERUND_VERBS or TOPIC_VERBS reports), its source is the speech verb's
subject (or X), resolved to a speaker by the same function as direct quotes. Quotation marks
inside a reported clause are fragments of it, not quotes of their own; a clause that is
entirely a quotation is the direct quote already found.

Steps: `find_reports` (clauses, cues, source tokens) -> `absorb_fragments` (quoted spans into
the clause they belong to) -> `Speakers.resolve` (the one seam with speaker resolution) ->
`extract_speech` (direct, partial and indirect quotes in text order).

All of it is linear in the text: children come from an index built once per Doc (spaCy walks a
token's whole subtree to list its children), quoted letters are counted from prefix sums, and
each quotation is given to one report by a sweep.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token

from service.nlp.entities import doc_text
from service.nlp.lexicon import SPEECH_VERBS
from service.nlp.people import (
    AUTHORING_VERBS,
    People,
    after_place_before,
    appositive_subject,
    paper_in,
    person_noun,
)
from service.nlp.person_words import DOCUMENT_NOUNS as SPEAKING_DOCUMENTS
from service.nlp.quotes import (
    PRONOUNS,
    _animate_ancestor,
    _inanimate,
    _speaker,
    _subject,
    asks_anonymity,
    date_word,
    extract_quotes,
    joined_name,
    quoted_spans,
    relayed_source,
    term_spans,
    who_antecedent,
)
from service.nlp.records import Cue, Entity, Fragment, Quote, Speaker
from service.nlp.tokens import child_indices, furniture, positions, word_positions

# Verbs of saying whose complement reports what was said. Not belief, intention or perception
# (think, believe, want, hope, expect, see), not naming or judging (call, praise, describe):
# their complement is not something said.
REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "warn",
        "claim",
        "announce",
        "argue",
        "insist",
        "deny",
        "admit",
        "urge",
        "confirm",
        "promise",
        "note",
        "write",
        "tweet",
        "explain",
        "ask",
        "report",
        "state",
        "declare",
        "acknowledge",
        "suggest",
        "stress",
        "emphasize",
        "emphasise",
        "reply",
        "respond",
        "answer",
        "conclude",
        "recall",
        "predict",
        "vow",
        "pledge",
        "caution",
        "concede",
        "complain",
        "contend",
        "maintain",
        "observe",
        "remark",
        "reveal",
        "comment",
        "testify",
        "allege",
        "assert",
        "mention",
        "boast",
        "brag",
        "joke",
        "quip",
        "counter",
        "retort",
        "proclaim",
        "assure",
        "inform",
        "point",
        "disclose",
        "reiterate",
        "threaten",
        "demand",
        "advise",
        "recommend",
        "propose",
        "affirm",
        "charge",
        # "speculated that the bank would cut rates": a guess said aloud, in news a report
        "speculate",
        # "posted on Facebook that he would run": what a social-media post said
        "post",
        # "accused Mr Blair of steamrolling the plans": the charge is what was said
        "accuse",
    ]
)
# Verbs of belief that attribute a direct quote ("“...,” he thinks") but, inside a report,
# speak of someone's view, not their words.
BELIEF_CUES = frozenset(["think", "believe", "feel", "suppose", "agree", "disagree"])
# Speech verbs whose reported content may be a to-infinitive ("urged Congress to act").
TO_VERBS = frozenset(
    ["urge", "ask", "promise", "vow", "pledge", "tell", "warn", "advise", "threaten"]
)
# Speech verbs whose direct object is what was said ("announced his resignation", "stressed
# the need for talks", "proposed a carbon tax"). Not verbs whose object is the listener (tell,
# ask, inform, assure), the medium or the words themselves (write, tweet, say "goodbye"), nor
# those whose object is mostly something else (deny "bail", claim "victory", declare "an
# emergency", maintain "a lead", report "strong sales").
OBJECT_VERBS = frozenset(
    [
        "announce",
        "note",
        "mention",
        "reveal",
        "disclose",
        "propose",
        "recommend",
        "emphasize",
        "emphasise",
        "stress",
        "reiterate",
        "acknowledge",
        "explain",
        "state",
    ]
)
# Speech verbs whose content may be a gerund or infinitive ("proposed barring all ...",
# "reported spending $9 million"; not the noun of "reported a profit", "reported strong sales":
# figures a company publishes).
VERBAL_OBJECT_VERBS = frozenset(["propose", "recommend", "report"])
# Speech verbs whose gerund object is what was said: "suggested boycotting Apple", "recalled
# sitting in on focus groups", "mentioned raising the minimum wage".
GERUND_VERBS = VERBAL_OBJECT_VERBS | frozenset(["suggest", "mention", "recall", "note"])
# Speech verbs whose "of"/"about" object is what was said: "warned of job losses", "asked about
# the emails", "joked about moving to New Zealand" (not "said in a statement", "wrote about").
TOPIC_VERBS = frozenset(["warn", "complain", "boast", "joke", "ask", "accuse"])
# Nouns of a frame "X's view is that ...", "the ministry's position was that ...".
FRAME_NOUNS = frozenset(
    [
        "view",
        "position",
        "argument",
        "message",
        "point",
        "claim",
        "contention",
        "assertion",
        "response",
        "answer",
        "explanation",
        "warning",
        "promise",
        "statement",
        "conclusion",
        "verdict",
        "advice",
        "suggestion",
        "recommendation",
        "complaint",
        "insistence",
    ]
)
RELATIVE = frozenset({"who", "that", "which"})
PERSONAL = frozenset({"he", "she", "they", "i", "we"})
# Documents that "say" what their authors said.
DOCUMENT_NOUNS = frozenset(["post"]) | SPEAKING_DOCUMENTS

# Quotation marks, for trimming a clause's ends.
_OPEN, _CLOSE = "“«„‘", "”»’"
_MARKS = _OPEN + _CLOSE + "\"'"
_TRIM_START = " \t\n\xa0,;:—–-"
_TRIM_END = " \t\n\xa0,;:—–-"
# A report has two words at least ("said yes" is not one); searched, not split, to stay linear.
_TWO_WORDS = re.compile(r"\S\s+\S")
# A comma and one of these words starts the writer's comment after a reported clause:
# "..., while others ...", "..., which raised concerns", "..., according to an account".
COMMENT_STARTS = frozenset(["while", "whereas", "which", "according"])
_COMMENT = re.compile(rf",(?=\s*(?:{'|'.join(sorted(COMMENT_STARTS))})\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Report:
    """A reported clause before speaker resolution: content span, cue, source token."""

    start: int
    end: int
    cue: Cue
    source: Token | None  # None: a passive report without its agent
    anchor: int  # offset ordering the speaker chain: the cue's start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A clause's span without the punctuation around it, its quotation marks kept balanced."""
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and (text[end - 1] in _TRIM_END or text[end - 1] in ".?!"):
        if text[end - 1] in ".?!" and end - start > 1 and text[end - 2] in ".?!":
            break  # an ellipsis or "?!" is part of the words
        end -= 1
    inner = text[start:end]
    opened = sum(inner.count(m) for m in "“«„") - sum(inner.count(m) for m in "”»")
    if opened > 0:  # ... “a disaster.” : take the closer back in
        j = end
        while j < len(text) and j < end + 3 and text[j] in ".,;:!? ":
            j += 1
        if j < len(text) and text[j] in "”»":
            end = j + 1
    elif opened < 0 and inner and inner[-1] in "”»":
        end -= 1
        while end > start and text[end - 1] in _TRIM_END + ".":
            end -= 1
    elif inner.count('"') % 2 and _opens(inner, inner.rfind('"')):
        # ... "decided to pass the mantle". : the closer of a straight pair opened inside
        j = end
        while j < len(text) and j < end + 3 and text[j] in ".,;:!? ":
            j += 1
        if j < len(text) and text[j] == '"':
            end = j + 1
    if text[start:end].count('"') % 2 and text[start:end].endswith('"'):
        end -= 1
    return start, end


def _opens(text: str, i: int) -> bool:
    """Whether the straight quotation mark at ``i`` opens a quotation: after a space or a
    bracket, before a word."""
    before = text[i - 1] if i > 0 else " "
    return (before.isspace() or before in "([") and i + 1 < len(text) and not text[i + 1].isspace()


def _drop_mark(doc: Doc, clause: Token) -> int:
    """Start offset of a complement clause without its "that"/"whether"/"if" and marks."""
    first = clause.left_edge
    i = first.i
    while i < clause.i and (
        (doc[i].dep_ == "mark" and doc[i].lower_ == "that") or doc[i].is_punct or doc[i].is_space
    ):
        i += 1
    return doc[i].idx


def _span_without(head: Token, part: Token) -> tuple[int, int] | None:
    """``head``'s clause less ``part``'s subtree, when ``part`` stands at one end of it."""
    doc = head.doc
    left, right = head.left_edge, head.right_edge
    while right.i > head.i and (right.is_punct or right.is_space):
        right = doc[right.i - 1]
    p_left, p_right = part.left_edge, part.right_edge
    if p_left.i <= left.i:  # "Said the minister: ..." or "According to X, ..."
        if p_right.i + 1 > right.i:
            return None
        return doc[p_right.i + 1].idx, right.idx + len(right)
    if p_right.i >= right.i:  # "..., the official said."
        return left.idx, p_left.idx
    # In the middle ("The plan, he said, is flawed"): the whole clause.
    return left.idx, right.idx + len(right)


def _children(token: Token) -> list[Token]:
    """``token.children``, from an index built once per Doc.

    spaCy finds a token's children by scanning its whole subtree: in one long sentence of
    nested reports ("A said that B said that ...") that made each lookup linear in the text.
    """
    doc = token.doc
    return [doc[i] for i in child_indices(doc, token.i)]


def _rights(token: Token) -> list[Token]:
    return [c for c in _children(token) if c.i > token.i]


def _source(verb: Token, quotes: Sequence[tuple[int, int]]) -> Token | None:
    """The token naming who spoke: the verb's subject, the antecedent of "who said", any
    subject the speaker rules leave out ("It added that", "Those surveyed say"), or else the
    noun just before the verb, which the parser hung elsewhere ("Kasich then says ...")."""
    relayed = relayed_source(verb)
    if relayed is not None and not _inside(relayed.idx, quotes):
        return relayed  # "..., the Post reported, citing another anonymous source"
    # "donations, which she said totalled $30 million": a subject of the verb's own besides
    # the relative pronoun speaks; the pronoun belongs to what was said.
    own = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in _children(verb))
    if verb.dep_ == "relcl" and not own:
        for child in _children(verb):
            if child.dep_ == "nsubj" and child.lower_ in RELATIVE:
                return who_antecedent(child, verb)
    if verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and _split_off(verb) is not None:
        return verb.head  # "Multiple outlets reported on Wednesday the Secret Service had"
    subjects = [
        c for c in _children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE
    ]
    if len(subjects) > 1:
        # Two subjects: "The tone, said Mr Milburn, would be ..." (the one after the verb);
        # "WASHINGTON (AP) — Paul Ryan said" (the nearest before it); "MacGill, who is in
        # place of Andy Bichel says ...": the one whose relative clause, left unclosed by a
        # comma, the parser ended at the other.
        after = [c for c in subjects if c.i > verb.i]
        if after:
            return after[0]
        first, last = subjects[-2], subjects[-1]
        if any(c.dep_ == "relcl" and first.i < c.i < last.i for c in _children(first)):
            return first
        if appositive_subject(first, last, verb):
            return first
        return last
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and (stance := _stance_taker(verb)) is not None:
        return stance  # "The coach defended the decision to drop the striker saying ..."
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _author(verb.head)  # "a letter saying that ...", "staff members suggesting ..."
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.tag_ == "VBG":
        # "..., with the label saying the album was due": the one after "with" speaks, not
        # the clause's subject.
        between = [t for t in verb.doc[verb.head.i + 1 : verb.i] if not _inside(t.idx, quotes)]
        named = [t for t in between if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "PRON")]
        if named and not any(t.is_punct for t in between):
            return next((t for t in named if t.dep_ == "nsubj"), named[-1])
    if (made := _made_to_speak(verb)) is not None and not _inside(made.idx, quotes):
        return made
    if (first := _first_bare_conjunct(verb)) is not None:
        return _source(first, quotes)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        relayed_as = verb.head.lower_ == "as"
        verb = verb.head.head  # "picked up by saying ...", "after telling ..."
        if verb.lemma_ == "quote" or (relayed_as and verb.lemma_ in ("report", "cite")):
            # "The Post quoted another unnamed GOP official as saying that ...", "AFP reported
            # the sponsors as saying", "Mr Reed was quoted by Reuters as telling": the one
            # quoted, not the medium
            quoted = next((c for c in _children(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
            if quoted is not None and not _inside(quoted.idx, quotes):
                return quoted
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
        verb = verb.head.head  # "companies are quick to point out that ..."
    if verb.tag_ == "VBG" and verb.i > 0 and not any(c.dep_ == "nsubj" for c in _children(verb)):
        before = verb.doc[verb.i - 1]
        if before.dep_ == "pobj" and before.head.lower_ == "with" and before.head.i < before.i:
            return before  # "The conversation ended with Maddow asking Clinton whether ..."
    if _passive(verb) or (verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in _children(verb))):
        # "Reporters were told that ...": the subject heard it; the speaker is the agent
        # ("When asked by a reporter whether ...", "As reported by Western Journalism, ...").
        agent = next((c for c in _children(verb) if c.dep_ == "agent"), None)
        if agent is None:
            # "he had been asked to preserve them by the committee": the parser hangs the
            # agent on the infinitive
            agent = next(
                (
                    p
                    for x in _children(verb)
                    if x.dep_ == "xcomp"
                    for p in _children(x)
                    if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                ),
                None,
            )
        return next((c for c in _children(agent) if c.dep_ == "pobj"), None) if agent else None
    own = [c for c in _children(verb) if c.dep_ == "nsubj" and not _inside(c.idx, quotes)]
    if not own and (asked := _asked_before(verb)) is not None:
        # "Ms. Doyle, asked about the Conservative position, said ...": the parser makes the
        # participle the verb of "Doyle"
        return next(c for c in _children(asked) if c.dep_ == "nsubj")
    if own and own[0].lower_ not in RELATIVE:
        # as _subject would find it, without its subtree walk
        return _past_dateline(_owned_name(_set_off_subject(own[0], verb), verb))
    if not own and (inverted := _inverted_name(verb)) is not None:
        return inverted
    found = _subject(verb, quotes)
    if found is None:
        found = _noun_before(verb, quotes)
    if found is None and verb.tag_ == "VBG":
        found = _subject_above(verb, quotes)
    return found


# Verbs that make someone speak ("prompting the mayor to insist that ..."); not "using them to
# predict ...", nor a request ("urged the mayor to announce": nothing said yet).
CAUSING = frozenset(
    """prompt force lead cause push pressure get have make let allow compel spur drive provoke
    oblige persuade convince inspire""".split()  # noqa: SIM905
)
# Verbs that judge someone for what they said ("outed the mayor for claiming ...").
JUDGING_FOR = frozenset(
    """criticise criticize blame slam attack praise thank fault sue fire out mock ridicule
    condemn punish chastise rebuke scold reprimand castigate blast applaud commend hail lambaste
    berate censure suspend sack""".split()  # noqa: SIM905
)


# Verbs by which a subject takes a stance on a thing, then gives its reasons ("has defended
# the decision ... saying"); the parser may hang that "saying" on the thing's last noun.
STANCE_VERBS = frozenset(
    """defend justify criticise criticize reject welcome dismiss attack condemn praise slam
    blast back support oppose deny hail question challenge downplay announce""".split()  # noqa: SIM905
)
# Steps up from a participle's noun to the object of a stance verb.
MAX_STANCE_STEPS = 8


def _stance_taker(verb: Token) -> Token | None:
    """The subject of a stance verb whose object phrase ends with a noun the parser hung a
    speech participle on ("The editor has defended the campaign against paedophiles saying
    parents have a right to know"): who gives the reasons, not the noun before them."""
    token = verb.head
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() in DOCUMENT_NOUNS:
        return None
    for _ in range(MAX_STANCE_STEPS):
        if token.dep_ == "dobj" and token.head.lemma_ in STANCE_VERBS:
            subject = next((c for c in _children(token.head) if c.dep_ == "nsubj"), None)
            return subject if subject is not None and subject.lower_ not in RELATIVE else None
        if token.dep_ not in ("pobj", "prep", "dobj", "acl", "xcomp", "pcomp", "compound"):
            return None
        token = token.head
    return None


def _made_to_speak(verb: Token) -> Token | None:
    """The object of the verb above that is the one speaking: "prompting the mayor to insist
    that ...", "outed the mayor for claiming ...", "criticised her for saying ..."."""
    head = verb.head
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        if head.lemma_ not in CAUSING:
            return None
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "for":
        head = head.head
        if head.lemma_ not in JUDGING_FOR:
            return None
    else:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in _children(verb)):
        return None
    obj = next((c for c in _children(head) if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or obj.lower_ in ("it", "this"):
        return None
    return obj


def _first_bare_conjunct(verb: Token) -> Token | None:
    """The speech verb a bare infinitive goes on from, when the parser hangs the second on the
    first one's clause ("had Trump confirm that he signed ... and acknowledge that ..."): its
    speaker is the first one's."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in _children(verb)):
        return None
    if verb.tag_ in ("VBD", "VBZ", "VBP") and (outer := _past_dummy_clause(verb)) is not None:
        return outer
    if verb.tag_ != "VB":
        return None
    token = verb.head
    for _ in range(3):
        if token.tag_ == "VB" and token.lemma_ in REPORTING_VERBS:
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _past_dummy_clause(verb: Token) -> Token | None:
    """The speech verb whose reported clause the parser ran a second speech verb into, when
    that clause's subject is a dummy "it" or "there" that cannot speak ("He pointed out that it
    was 30 years since the act and urged politicians to back the bill"): the first verb, whose
    subject speaks both, in the same tense."""
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING_VERBS:
        return None
    if clause.head.tag_ != verb.tag_ or verb.lemma_ not in REPORTING_VERBS:
        return None
    subject = next((c for c in _children(clause) if c.dep_ in ("nsubj", "expl")), None)
    if subject is None or subject.lower_ not in ("it", "there"):
        return None
    return clause.head


def _asked_before(verb: Token) -> Token | None:
    """The participle "asked" set off between a speaker and their speech verb ("Doyle, asked
    about the position, said ..."), which the parser reads as the verb of the speaker."""
    for clause in _children(verb):
        if (
            clause.dep_ == "ccomp"
            and clause.i < verb.i
            and clause.lemma_ == "ask"
            and clause.i > 0
            and verb.doc[clause.i - 1].text == ","
            and verb.doc[clause.right_edge.i + 1 : verb.i].text.strip() == ","
            and any(c.dep_ == "nsubj" and c.i < clause.i for c in _children(clause))
        ):
            return clause
    return None


def _inverted_name(verb: Token) -> Token | None:
    """The name set off right after a parenthetical speech verb ("On a larger scale, said Mr
    Trainor, improvements ... can reduce ..."), which the parser makes the subject of the
    clause reported."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for token in doc[verb.i + 1 : min(len(doc) - 1, verb.i + 5)]:
        if token.pos_ != "PROPN":
            return None
        if doc[token.i + 1].text == ",":
            return token if token.ent_type_ in ("PERSON", "") else None
    return None


def _set_off_subject(subject: Token, verb: Token) -> Token:
    """ "Police have detained dissident Wang Donghai , the pressure group Human Rights in China
    said": the parser may take the last name of the reported clause for the subject of a verb
    after it, and the source for that name's conjunct or apposition. The source is then the
    noun phrase between the last comma and the verb (no verb in it, none after the comma)."""
    doc = verb.doc
    if not subject.i < verb.i - 2 or doc[verb.i - 1].is_punct:
        return subject
    if not any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children):
        return subject
    commas = [t.i for t in doc[subject.i + 1 : verb.i] if t.text == ","]
    if not commas:
        return subject
    first, last = commas[-1] + 1, verb.i
    segment = doc[first:last]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in segment):
        return subject  # a clause; "New York-based" is a modifier
    heads = [t for t in segment if t.pos_ in ("NOUN", "PROPN") and not first <= t.head.i < last]
    return heads[0] if heads else subject


def _owned_name(subject: Token, verb: Token) -> Token:
    """ "the Bureau of Meteorology's Claire Richards says": the parser may make the body the
    subject and the person after its "'s" an object inside it; the person speaks (the name
    written last before the verb, in the subject's phrase)."""
    doc = verb.doc
    last = doc[verb.i - 1]
    if not subject.i < last.i or last.ent_type_ != "PERSON" or last.dep_ == "poss":
        return subject
    first = last.i
    while first > subject.i and doc[first].ent_iob_ == "I":
        first -= 1
    owner = doc[first - 1]
    if (
        owner.lower_ not in ("'s", "’s")
        or not subject.left_edge.i <= owner.i <= subject.right_edge.i
    ):
        return subject
    return last


def _subject_above(verb: Token, quotes: Sequence[tuple[int, int]]) -> Token | None:
    """The subject of the nearest clause above a participle ("Sanders has toned down his
    criticism, shifting his focus to defeating Trump and admitting that ...")."""
    token = verb
    for _ in range(5):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ == "nsubj" and not _inside(child.idx, quotes):
                    return child
    return None


def _past_dateline(subject: Token) -> Token:
    """ "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told ...": the
    parser makes the dateline the subject and the speaker its apposition; so it does with a
    place set before the subject ("Outside court, one of the tellers ... said")."""
    if (after := after_place_before(subject)) is not None:
        return after
    if subject.is_upper and len(subject) > 2:
        after = [c for c in _children(subject) if c.dep_ == "appos" and c.i > subject.i]
        if after:
            return after[-1]
    return _author(subject)


# Nouns standing for what a document found: "the results of the latest Quinnipiac poll".
FINDING_NOUNS = frozenset(
    # "data" is lemmatised "datum"
    ["result", "finding", "figure", "conclusion", "data", "datum", "text", "estimate", "statistic"]
)


def _named(token: Token) -> bool:
    named = token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
    return named and not date_word(token)


def _author(source: Token) -> Token:
    """Who issued a statement, report or letter that "said" something: "a statement from the
    ministry", "a report by Moody's", "an FBI summary", "the FBI's report", "the results of
    the Quinnipiac University poll", the sender of "released a statement saying"; "the
    summary" after "an FBI summary" is the FBI's again (the document when no author is
    named)."""
    lemma = source.lemma_.lower()
    if lemma in FINDING_NOUNS:
        of = next((c for c in _children(source) if c.dep_ == "prep" and c.lower_ == "of"), None)
        document = next((c for c in _children(of) if c.dep_ == "pobj"), None) if of else None
        if document is None or document.lemma_.lower() not in DOCUMENT_NOUNS:
            # "according to LSEG data", "figures released by the Toronto board": the issuer
            # the numbers' own phrase names, as a document's
            return _issuer(source)
        source, lemma = document, document.lemma_.lower()
    if lemma not in DOCUMENT_NOUNS:
        return source
    # (document noun index, author index) per lemma, sorted; indexes keep user_data
    # serialisable, and a second analysis of the Doc finds the same authors.
    authors = source.doc.user_data.setdefault("newsfacts_document_authors", {})
    author = _issuer(source)
    if author is not source:
        mine = authors.setdefault(lemma, [])
        if (source.i, author.i) not in mine:
            insort(mine, (source.i, author.i))
        return author
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in source.children)
    mine = authors.get(lemma, [])
    k = bisect_right(mine, (source.i, -1)) - 1
    if definite and k >= 0:
        return source.doc[mine[k][1]]  # "the summary": the one named before
    return source


def _issuer(source: Token) -> Token:
    """The author a document noun's own phrase names, else the noun itself."""
    head = source.head
    if source.dep_ == "dobj" and head.lemma_ in AUTHORING_VERBS:
        # "Secretary Martin Andanar released a statement saying that ...": the one releasing it
        subject = next((c for c in _children(head) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return subject
    compounds = [c for c in _children(source) if c.dep_ == "compound" and c.i < source.i]
    # "the RealClearPolitics polling average": a name hung on the compound before the noun
    compounds += [c for k in compounds for c in _children(k) if c.dep_ == "compound"]
    for child in compounds:
        if (
            child.ent_type_ == "ORG"
            # an acronym the recogniser left untagged: "LSEG data"
            or (child.pos_ == "PROPN" and not child.ent_type_ and _acronym(child.text))
            # a name written in one word with capitals inside: "RealClearPolitics"
            or (not child.ent_type_ and _camel(child.text))
        ):
            return child  # "an FBI summary", "a Pentagon report"
    for child in _children(source):
        if child.dep_ == "poss" and _named(child):
            return child  # "the FBI's report"
    preps = []
    for child in _children(source):
        if child.dep_ == "acl" and child.lemma_ in AUTHORING_VERBS:
            # "Guidelines recently issued by the Obama administration, telling schools ..."
            preps += [c for c in _children(child) if c.dep_ == "agent"]
        else:
            preps.append(child)
    for prep in preps:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by", "of"):
            for author in _children(prep):
                if author.dep_ == "pobj" and (
                    author.pos_ == "PROPN"
                    or author.ent_type_
                    or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in author.children)
                ):
                    return author
        elif (
            prep.dep_ == "prep"
            and prep.lower_ == "in"
            # "a report in the Springfield Gazette": the paper that ran it, not a place or time
            and (paper := paper_in(_children(prep))) is not None
        ):
            return paper
    return source


def _body_owning(source: Token) -> Token:
    """A body's thing that "according to" cites, its owner: "according to Kantar Media's
    political ad tracker" is Kantar Media's word. Never a person's people ("according to
    Obama's spokesman": the spokesman speaks)."""
    if source.pos_ != "NOUN" or person_noun(source):
        return source
    owner = next((c for c in _children(source) if c.dep_ == "poss"), None)
    if owner is not None and owner.ent_type_ == "ORG":
        return owner
    return source


def _camel(word: str) -> bool:
    """Whether a word is written as a name run together ("RealClearPolitics", "TheBlaze")."""
    return word.isalpha() and word[0].isupper() and any(c.isupper() for c in word[2:])


def _acronym(word: str) -> bool:
    """Whether a word is written as an acronym ("LSEG", "NHS")."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _work_author(source: Token) -> Token:
    """The author owning a titled work: "according to E. J. Fleming's “The Fixers”"."""
    titled = source.ent_type_ == "WORK_OF_ART" or any(
        t.is_quote for t in source.doc[source.left_edge.i : source.i]
    )
    owner = next((c for c in _children(source) if c.dep_ == "poss"), None)
    if titled and owner is not None and owner.ent_type_ == "PERSON":
        return owner
    return source


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in _children(verb))


APPOSITION_WINDOW = 16  # tokens looked back over for ", Name, his role, said"


def _noun_before(verb: Token, quotes: Sequence[tuple[int, int]]) -> Token | None:
    """A noun or personal pronoun right before a verb (adverbs and auxiliaries skipped)."""
    i = verb.i - 1
    while i >= max(0, verb.i - 4) and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i < 0:
        return None
    token = verb.doc[i]
    if (token.pos_ in ("PROPN", "NOUN") or token.lower_ in PERSONAL) and not _inside(
        token.idx, quotes
    ):
        return token
    if token.text == ",":
        # "..., Patrick F. Kennedy, the undersecretary for management, wrote": the parser
        # hangs the name on the clause before as an apposition.
        doc = verb.doc
        for j in range(i - 1, max(-1, i - APPOSITION_WINDOW), -1):
            t = doc[j]
            if t.text in (".", ";", ":") or _inside(t.idx, quotes):
                break
            if (
                t.dep_ == "appos"
                and t.pos_ == "PROPN"
                and t.head.i < t.i
                and t.left_edge.i > 0
                and doc[t.left_edge.i - 1].text == ","
            ):
                return t
    return None


def _cue(token: Token) -> Cue:
    return Cue(token.text, token.lemma_.lower(), token.idx, token.idx + len(token))


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``offset`` lies in a quoted span, its marks included."""
    i = bisect_right(spans, (offset + 1, float("inf"))) - 1
    return i >= 0 and spans[i][0] - 1 <= offset < spans[i][1] + 1


def _attached(verb: Token, clause: Token) -> bool:
    """Whether a clause the parser hangs on a speech verb can be what it reports.

    Not across a semicolon: "And the system worked; the sentence had confirmed my faith".
    """
    doc = verb.doc
    if clause.i < verb.i:
        return not any(t.text == ";" for t in doc[clause.right_edge.i + 1 : verb.i])
    return True


def _distance(verb: Token, clause: Token) -> int:
    """Tokens between a verb and the nearest edge of a clause it governs."""
    if clause.i > verb.i:
        return clause.left_edge.i - verb.i
    return verb.i - clause.right_edge.i


def _complement(verb: Token) -> Token | None:
    """The head of the clause a speech verb reports, if it has one."""
    clauses = [c for c in _children(verb) if c.dep_ == "ccomp" and _attached(verb, c)]
    if clauses:
        # The nearest: "a move officials said was ..." has the main clause as a second ccomp.
        return min(clauses, key=lambda c: (_distance(verb, c), c.i < verb.i))
    for dateline in _children(verb):
        # "BONN 1996-08-31\nIranian forces burst into ..., the ministry said": the parser hangs
        # the reported clause on the dateline opening the sentence.
        if (
            dateline.dep_ in ("advcl", "npadvmod", "nsubj")
            and dateline.is_upper
            and (dateline.i == 0 or "\n" in verb.doc[dateline.i - 1].text_with_ws)
        ):
            clauses = [c for c in _children(dateline) if c.dep_ == "ccomp" and c.i < verb.i]
            if clauses:
                return clauses[-1]
    if verb.lemma_ in TO_VERBS:
        clauses = [c for c in _children(verb) if c.dep_ == "xcomp"]
        if clauses:
            return clauses[0]
    if verb.lemma_ == "say":
        # "He said legalizing it could put ...", "is said to have pressed for ...": a clause the
        # parser takes for an xcomp; "said to look for people" (an order) is not a report.
        for clause in _rights(verb):
            if (
                clause.dep_ == "xcomp"
                and not clause.left_edge.is_quote  # "saying “pray for him”": a quotation
                and not verb.doc[clause.left_edge.i - 1].is_quote
            ) and (
                _passive(verb)
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in _children(clause))
            ):
                return clause
        # "says a 28-year-old man left Australia": a past verb the parser hung on the object
        # as a reduced relative, which "say" never takes (a passive one would be "VBN").
        for noun in _rights(verb):
            if noun.dep_ == "dobj" and any(
                c.dep_ == "acl" and c.tag_ == "VBD" for c in _children(noun) if c.i > noun.i
            ):
                return noun
    if verb.lemma_ == "ask":  # "asked if he had been preparing": a question reported
        for clause in _rights(verb):
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in _children(clause)
            ):
                return clause
    if (split := _split_off(verb)) is not None:
        return split
    # "said during a news conference that he may wait": the "that" clause hung on the noun;
    # "admitted in her biography My Turn that she ...": on the title taken for the object.
    for prep in _rights(verb):
        if prep.dep_ not in ("prep", "dobj"):
            continue
        for noun in [prep] if prep.dep_ == "dobj" else _children(prep):
            for clause in _rights(noun):
                if clause.dep_ in ("relcl", "acl") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in _children(clause)
                ):
                    return clause
    return None


# Verbs whose to-infinitive has not happened: asked for, wanted or refused.
_UNREALISED = frozenset(
    [
        "urge",
        "ask",
        "call",
        "press",
        "encourage",
        "demand",
        "want",
        "plan",
        "intend",
        "hope",
        "expect",
        "seek",
        "try",
        "refuse",
        "decline",
        "fail",
        "need",
        "require",
    ]
)


_FINITE = frozenset(["VBD", "VBZ", "VBP"])


def _object_then_verb(verb: Token) -> tuple[Token, Token] | None:
    """A that-less clause the parser cut in two ("for claiming the apartment was more than
    ...", "to quip the hearing sounded like ..."): the speech verb's object, and the finite
    verb right after it that has no subject of its own."""
    obj = next((c for c in _children(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    after = obj.right_edge.i + 1
    inner = verb.doc[verb.i + 1 : after]
    set_off = next(
        (c for c in _children(obj) if c.dep_ in ("relcl", "appos") and c.i > obj.i), None
    )
    if (
        set_off is not None
        and after < len(verb.doc)
        and verb.doc[after].text == ","
        and verb.doc[set_off.left_edge.i - 1].text == ","
    ):
        # "claim the law, which the EU says is needed, is little more than ...": a relative
        # clause or apposition set off by commas inside the object, then the clause's verb
        inner = verb.doc[verb.i + 1 : set_off.left_edge.i - 1]
        after += 1
    if after >= len(verb.doc) or any(t.is_punct for t in inner):
        return None
    finite = verb.doc[after]
    if finite.tag_ not in _FINITE or finite.pos_ not in ("VERB", "AUX") or finite.dep_ == "aux":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in _children(finite)):
        return None
    return obj, finite


def _only_asked_for(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive under a verb of asking, wanting or refusing
    ("urged brokers to disclose their fees"): no speech took place ("forced the minister to
    announce" still reports one)."""
    while any(c.dep_ == "aux" and c.lower_ == "to" for c in _children(verb)):
        if verb.dep_ not in ("xcomp", "ccomp", "advcl") or verb.head is verb:
            return False
        verb = verb.head
        if verb.lemma_ in _UNREALISED:
            return True
    return False


def _split_off(verb: Token) -> Token | None:
    """The clause of a speech verb the parser read as a reduced relative ("Multiple outlets
    reported on Wednesday the Secret Service had ...": "outlets (that were) reported"): the
    clause above, when it has a second subject after the verb's own words."""
    if verb.dep_ != "acl" or verb.head.dep_ != "nsubj" or verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in _children(verb)):
        return None
    clause = verb.head.head
    if any(
        c.dep_ == "nsubj" and c.i > verb.right_edge.i and c.i != verb.head.i
        for c in _children(clause)
    ):
        return clause
    return None


def _object(verb: Token) -> Token | None:
    """The noun phrase (or gerund) an OBJECT_VERBS verb reports: "announced his resignation",
    "proposed barring all foreign Muslims"; never a pronoun ("noted it", "revealed that")."""
    if verb.lemma_ not in OBJECT_VERBS and verb.lemma_ not in GERUND_VERBS:
        return None
    if _only_asked_for(verb):
        return None
    for child in _rights(verb):
        if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") and verb.lemma_ in OBJECT_VERBS:
            return child
        if child.dep_ != "xcomp" or verb.lemma_ not in GERUND_VERBS:
            continue
        if child.tag_ == "VBG" and child.i == verb.i + 1:
            return child
        if (
            verb.lemma_ in VERBAL_OBJECT_VERBS
            and child.tag_ == "VB"
            and child.i == verb.i + 2
            and verb.doc[verb.i + 1].lower_ == "to"
        ):
            return child
    return None


def _topic(verb: Token) -> Token | None:
    """What a TOPIC_VERBS verb is about, when nothing else is reported: "warned of job
    losses", "asked for an investigation"."""
    if verb.lemma_ not in TOPIC_VERBS:
        return None
    if verb.lemma_ == "accuse":
        # "accused Mr Blair of steamrolling the plans": the charge, after the one accused; an
        # active verb only ("was accused of fraud" reports no one's words)
        doer = verb.head if verb.dep_ == "conj" else verb  # "X went after them, and accused"
        if _passive(verb) or not any(c.dep_ == "nsubj" for c in _children(doer)):
            return None
        accused = next((c for c in _rights(verb) if c.dep_ == "dobj"), None)
        # "accused the firms of conspiring": the parser may hang the charge on the accused
        charges = [*_rights(verb), *(_rights(accused) if accused is not None else [])]
        for prep in charges:
            if prep.dep_ == "prep" and prep.lower_ == "of" and accused is not None:
                for child in _children(prep):
                    if child.dep_ in ("pobj", "pcomp") and child.pos_ in ("NOUN", "PROPN", "VERB"):
                        return prep
        return None
    for prep in _rights(verb):
        # "asked for an investigation": a request is what was said
        preps = ("of", "about", "for") if verb.lemma_ == "ask" else ("of", "about")
        if prep.dep_ == "prep" and prep.lower_ in preps and prep.i == verb.i + 1:
            for child in _children(prep):
                if child.dep_ in ("pobj", "pcomp") and child.pos_ in ("NOUN", "PROPN", "VERB"):
                    return child
    return None


def _another_report(conj: Token) -> bool:
    """Whether a clause coordinated to the reported one is another speech event ("... and
    said, ...", "..., and when asked whether ..., he said")."""
    return conj.lemma_ in REPORTING_VERBS or any(
        c.dep_ == "advcl" and c.lemma_ in REPORTING_VERBS for c in _children(conj)
    )


def _comment_commas(doc: Doc) -> list[int]:
    """Indexes of the commas before a COMMENT_STARTS word, found once per Doc."""
    found = doc.user_data.get("newsfacts_comment_commas")
    if found is None:
        text = doc_text(doc)
        found = doc.user_data["newsfacts_comment_commas"] = [
            span.start
            for m in _COMMENT.finditer(text)
            if (span := doc.char_span(m.start(), m.start() + 1)) is not None
        ]
    return found


_DASHES = ("-", "–", "—")


def _agent_dashes(doc: Doc) -> list[int]:
    """Indexes of the dashes before a participle with an agent ("- described by one union"),
    found once per Doc."""
    found = doc.user_data.get("newsfacts_agent_dashes")
    if found is None:
        found = doc.user_data["newsfacts_agent_dashes"] = [
            i
            for i in word_positions(doc, _DASHES)
            if i + 1 < len(doc)
            and doc[i + 1].tag_ == "VBN"
            and any(c.dep_ == "agent" for c in doc[i + 1].children)
        ]
    return found


def _right_end(clause: Token) -> Token:
    """The last token of the reported clause, before another speech event coordinated to it
    or a comment of the writer's set off by a comma ("..., while others ...")."""
    doc = clause.doc
    end = clause.right_edge
    for conj in _rights(clause):
        if conj.dep_ == "conj" and _another_report(conj):
            end = doc[conj.left_edge.i - 1]
            break
    commas = _comment_commas(doc)
    k = bisect_right(commas, clause.i)
    if k < len(commas) and commas[k] < end.i:
        end = doc[commas[k]]
    dashes = _agent_dashes(doc)
    k = bisect_right(dashes, clause.i)
    if k < len(dashes) and dashes[k] < end.i:
        # "... into nine - described by one union as ...": someone else's word on it
        end = doc[dashes[k] - 1]
    while end.i > clause.i and (end.dep_ == "cc" or end.is_punct or end.is_space):
        end = doc[end.i - 1]
    return end


def _within_paragraph(text: str, verb: Token, start: int, end: int) -> tuple[int, int] | None:
    """The part of a clause in the speech verb's paragraph (None when it is all elsewhere)."""
    first = text.rfind("\n", 0, verb.idx) + 1
    last = text.find("\n", verb.idx)
    start, end = max(start, first), min(end, len(text) if last < 0 else last)
    return (start, end) if start < end else None


def _comment_as(verb: Token) -> bool:
    """ "As Pollak observed, ..." or "..., as HuffPost has noted": a comment clause set off by
    a comma (without one, "as he replied" is a time)."""
    if verb.dep_ != "advcl" or any(c.dep_ in ("dobj", "prep", "ccomp") for c in _children(verb)):
        return False
    mark = next((c for c in _children(verb) if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None:
        return False
    doc = verb.doc
    if verb.i < verb.head.i:
        edge = verb.right_edge.i
        return doc[edge].text == "," or (edge + 1 < len(doc) and doc[edge + 1].text == ",")
    return mark.i > 0 and doc[mark.i - 1].text == ","


def _clause_final(verb: Token) -> bool:
    """ "New powers are needed ..., police chiefs have told MPs.": a speech clause after a
    comma at the end of its sentence, with a subject of its own and nothing it reports, which
    the parser coordinates to the clause before (no "and" or "but" between)."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in _children(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in _children(verb)):
        return False
    if any(c.dep_ == "cc" and c.i < verb.i for c in _children(verb.head) if c.i > verb.head.i):
        return False
    last = verb.right_edge
    while last.i > verb.i and (last.is_space or last.is_punct):
        last = doc[last.i - 1]
    end = last.i + 1
    return end >= len(doc) or doc[end].text in (".", "!", "?") or doc[end].is_space


def _verb_report(verb: Token, text: str, quotes) -> Report | None:
    """The clause a speech verb reports: its complement, or the clause it comments on."""
    if verb.lemma_ == "point" and not any(c.dep_ == "prt" for c in _children(verb)):
        return None  # "pointed out" reports, "pointed at" does not
    if any(c.dep_ == "neg" for c in _children(verb)):
        return None  # "did not say whether ...": nothing was said
    if asks_anonymity(verb):
        return None  # "who asked not to be named": how the source speaks, not what it says
    if _yet_to_speak(verb):
        return None  # "The executive is expected to ask ...": nothing was said yet
    # "accused him of hiding a deficit which, they claim, ...": a charge is its "of" phrase,
    # whatever clause the parser hangs on the verb (here the relative clause, a report of its own)
    topic = _topic(verb)
    charge = verb.lemma_ == "accuse" and topic is not None
    clause = None if charge else _complement(verb)
    span = None
    if clause is not None:
        if clause.i < verb.i and any(
            c.dep_ in ("dobj", "mark")
            and c.lower_ in RELATIVE | {"what"}
            and clause.right_edge.i < c.i < verb.i
            for c in _children(verb)
        ):
            return None  # "..., that officials noted": a relative clause, not a report
        last = _right_end(clause)
        span = _drop_mark(verb.doc, clause), last.idx + len(last)
        split = _split_off(verb)
        if span[0] < verb.idx and split is not None and split.i == clause.i:
            # the clause the parser cut off the verb: from the words after the verb
            after = verb.doc[min(verb.right_edge.i + 1, len(verb.doc) - 1)]
            span = after.idx, span[1]
    elif not charge and (parts := _object_then_verb(verb)) is not None:
        last = _right_end(parts[1])
        span = parts[0].left_edge.idx, last.idx + len(last)
    elif not charge and (verb.dep_ == "parataxis" or _comment_as(verb) or _clause_final(verb)):
        # "The plan, he said, is flawed"; "As Pollak observed, the winner was the stage".
        head = verb.head
        # A sentence the parser heads by a noun ("The hashtag #X, Mr. Abboud said,
        # accompanied descriptions ...": "accompanied" read as a modifier) is a clause too.
        clausal = head.pos_ in ("VERB", "AUX") or (head.dep_ == "ROOT" and verb.dep_ == "parataxis")
        # "As the Post reported, Kerr was accused of ...": a passive charge names no one who
        # spoke, so the clause it heads is the report's
        passive_charge = head.lemma_ == "accuse" and _passive(head)
        if clausal and (head.lemma_ not in REPORTING_VERBS or passive_charge):
            span = _span_without(head, verb)
            if verb.dep_ == "conj" and span is not None:
                # the clause runs to the comma before the speaker, whatever the parser hangs
                # on the speech verb ("even permanently, police chiefs have told")
                subject = next(c for c in _children(verb) if c.dep_ == "nsubj")
                span = head.left_edge.idx, verb.doc[subject.left_edge.i - 1].idx
            elif span is not None and _speaker_participle_after(verb):
                # "..., one of the people said, declining to be named because ...": what
                # follows says how the source speaks, not what it says
                span = span[0], verb.doc[verb.left_edge.i].idx
    asked = False
    if span is None and (thing := _object(verb) or topic) is not None:
        last = _right_end(thing)
        span = thing.left_edge.idx, last.idx + len(last)
        # "Asked about the emails, Clinton said ...": Clinton was asked; who asked is not named.
        asked = verb.tag_ == "VBN" and verb.dep_ == "advcl"
    # "Asked whether the strike could go ahead, Lopez said ...": Lopez was asked the question.
    before = _asked_before(verb.head) if verb.dep_ == "ccomp" else None
    asked = (
        asked
        or (before is not None and before.i == verb.i)
        or (
            verb.lemma_ == "ask"
            and verb.tag_ == "VBN"
            and verb.dep_ == "advcl"
            and not any(c.dep_ in _BARE_PARTICIPLE_NOT for c in verb.children)
        )
    )
    if span is None or (span := _within_paragraph(text, verb, *span)) is None:
        return None
    source = None if asked else _source(verb, quotes)
    if source is not None and span[0] <= source.idx < span[1] and verb.dep_ == "xcomp":
        # "forced the minister to announce his resignation": the one made to speak.
        source = next((c for c in _children(verb.head) if c.dep_ == "dobj"), source)
    if source is None and not (asked or _passive(verb)):
        return None
    if source is not None and source.lower_ == "you":
        return None  # "You once said a chef is ...": a question put to someone, or anyone
    if source is not None and span[0] < source.idx < span[1] < verb.idx + 1:
        span = span[0], verb.doc[source.left_edge.i - 1].idx  # the clause before ", Name, ..."
    elif (
        source is not None
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.i < source.i < len(verb.doc) - 2
        and verb.doc[source.i + 1].text == ","
        and verb.idx < span[0]
        and (span[0] <= source.idx or span[0] > verb.doc[source.i + 1].idx)
    ):
        # "On a larger scale, said Mr Trainor, | improvements ... can reduce ...": the clause
        # after the name set off, whichever part of it the parser hangs on the verb
        span = verb.doc[source.i + 2].idx, span[1]
    elif (
        source is not None
        and source.dep_ == "pobj"
        and source.head.lower_ == "by"
        and span[0] < source.head.idx < span[1]
    ):
        span = span[0], source.head.idx  # "asked to preserve them | by the committee"
    elif (
        source is not None
        and clause is not None
        and clause.i < source.i < verb.i
        and source.left_edge.i > 0
        and (comma := verb.doc[source.left_edge.i - 1]).text == ","
        and span[1] <= comma.idx
    ):
        span = span[0], comma.idx  # the reported clause runs to the comma before its source
    start, end = _trim(text, *span)
    return Report(start, end, _cue(verb), source, verb.idx)


# Words that put a speech verb to come ("is expected to announce", "is due to tell").
_TO_COME = frozenset({"expect", "expected", "due", "set", "likely", "schedule", "scheduled"})


def _yet_to_speak(verb: Token) -> bool:
    """Whether a speech verb is one someone is expected or due to make ("The executive is
    expected to ask ...", "is due to announce", "is likely to tell"): it reports nothing said."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and head.i != verb.i
        and (head.lemma_ in _TO_COME or head.lower_ in _TO_COME)
        and any(c.dep_ in ("auxpass", "cop") or c.lemma_ == "be" for c in head.children)
    )


def _speaker_participle_after(verb: Token) -> bool:
    """Whether a speech clause set in a sentence ("..., one of the people said, ...") is
    followed by a participle ("declining to be named", "speaking on condition of anonymity",
    "citing ..."), which the parser hangs on the clause before: a word on the source."""
    doc = verb.doc
    after = verb.right_edge.i + 1
    return (
        doc[verb.right_edge.i].text == ","
        and after < len(doc)
        and doc[after].tag_ == "VBG"
        and doc[after].head.i == verb.head.i != after  # not the clause's own verb ("meaning")
        and doc[verb.left_edge.i].text == ","
        and verb.left_edge.i > verb.head.left_edge.i
    )


# A participle with these is no bare "Asked whether ..." ("he had been asked ... by X").
_BARE_PARTICIPLE_NOT = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "agent"})


def _according_report(token: Token, text: str, _quotes=()) -> Report | None:
    """ "According to X, ...": the clause it qualifies, X as the source."""
    to = token.doc[token.i + 1]
    objects = [_body_owning(_author(_work_author(c))) for c in _children(to) if c.dep_ == "pobj"]
    if not objects:
        return None
    head = token.head
    for _ in range(3):  # climb from a noun to its clause
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            break
        head = head.head
    root = token.sent.root
    end = token.right_edge.i + 1
    if (
        head.dep_ in ("ccomp", "relcl", "advcl")
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and all(t.is_punct or t.is_space for t in token.doc[end : token.sent.end])
        and root.i < token.i
        and root.lemma_ not in REPORTING_VERBS
    ):
        # "Earnings missed the $1.85 analysts had expected, according to LSEG data": set off
        # at the sentence's end, it qualifies the whole sentence, not the clause before it
        head = root
    if (
        head.lemma_ in REPORTING_VERBS
        and head.pos_ == "VERB"
        and (head.dep_ == "parataxis" or _complement(head) is not None)
    ):
        return None  # "he said, according to reports": the report is the verb's
    span = _span_without(head, token)
    if span is None:
        return None
    paragraph = text.rfind("\n", 0, token.idx) + 1
    if span[0] < paragraph:
        # The parser ran the paragraph before into this sentence (a closing mark): the
        # clause starts in this paragraph, after "According to X," when that opens it.
        opening = not text[paragraph : token.idx].strip(_MARKS + " ")
        last = token.right_edge
        span = (last.idx + len(last) if opening else paragraph), span[1]
        if span[0] >= span[1]:
            return None
    start, end = _trim(text, *span)
    cue = Cue(text[token.idx : to.idx + len(to)], "according to", token.idx, to.idx + len(to))
    return Report(start, end, cue, objects[0], token.idx)


def _frame_report(verb: Token, text: str, _quotes=()) -> Report | None:
    """ "X's view is that ...": a speech noun whose owner is the source, its "that" clause."""
    clauses = [c for c in _children(verb) if c.dep_ == "ccomp"]
    subjects = [c for c in _children(verb) if c.dep_ == "nsubj" and c.lemma_ in FRAME_NOUNS]
    if not clauses or not subjects:
        return None
    noun = subjects[0]
    owner = next((c for c in _children(noun) if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in _children(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in _children(of) if c.dep_ == "pobj"), None) if of else None
    if owner is None:
        return None
    clause = clauses[0]
    start, end = _trim(
        text, _drop_mark(verb.doc, clause), clause.right_edge.idx + len(clause.right_edge)
    )
    cue = Cue(
        text[noun.idx : verb.idx + len(verb)], noun.lemma_.lower(), noun.idx, verb.idx + len(verb)
    )
    return Report(start, end, cue, owner, noun.idx)


# Speech nouns whose owner's "that" clause is what the owner said: "her argument that she is
# popular", "Trump's claim that ...", "the ministry's warning that ...".
OWNED_SPEECH_NOUNS = frozenset(
    [
        "claim",
        "argument",
        "assertion",
        "contention",
        "warning",
        "promise",
        "pledge",
        "vow",
        "insistence",
        "allegation",
        "accusation",
        "charge",
        "suggestion",
        "statement",
    ]
)


MAKING_VERBS = frozenset(
    ["make", "issue", "repeat", "reiterate", "renew", "voice", "express", "raise"]
)
# Nouns of a worry that report speech only when someone voices them ("expressed concern that
# the law would hurt renters"): "his concern that ..." alone may be the writer's reading.
VOICED_NOUNS = frozenset(["concern", "fear", "worry"])


def _noun_report(noun: Token, text: str, _quotes=()) -> Report | None:
    """ "her argument that she is popular", "the ministry's warning that ...", "he made the
    suggestion that ...": a speech noun owned (or made) by its source, with its complement
    clause (a "that" clause with a subject of its own, not a relative clause: "the claim that
    he made")."""
    voiced = noun.lemma_ in VOICED_NOUNS
    owner = None if voiced else next((c for c in _children(noun) if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "dobj" and noun.head.lemma_ in MAKING_VERBS:
        # "he made the suggestion that ...": who made it
        owner = next((c for c in _children(noun.head) if c.dep_ == "nsubj"), None)
    if owner is None:
        return None
    for clause in _rights(noun):
        if clause.dep_ not in ("acl", "ccomp", "relcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        kids = _children(clause)
        if not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in kids):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids):
            continue
        last = _right_end(clause)
        main = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") and clause.i < main.i <= last.i:
            # "Trump's claim that he was sarcastic convinced nobody": not past the main verb
            last = noun.doc[max(clause.i, main.i - 1)]
            while last.i > clause.i and noun.doc[last.i].dep_ in ("aux", "auxpass", "neg"):
                last = noun.doc[last.i - 1]
        span = _within_paragraph(text, noun, _drop_mark(noun.doc, clause), last.idx + len(last))
        if span is None:
            return None
        start, end = _trim(text, *span)
        return Report(start, end, _cue(noun), owner, noun.idx)
    return None


def _verb_read_as_noun(token: Token) -> bool:
    """A speech verb the parser tagged as a noun, with a clause of its own: in the present,
    coordinated with the verb before it ("The striker signed Morrison to his label and claims
    he spent thousands on the album"), or bare after "did" ("did post on Twitter that ...")."""
    kids = _children(token)
    if not any(c.dep_ == "ccomp" for c in kids):
        return False
    if token.dep_ == "conj" and token.tag_ == "NNS" and token.head.pos_ == "VERB":
        return True
    # "did post on Twitter that ...": the parser takes the bare verb after "did" for a noun
    return any(c.dep_ == "aux" and c.lemma_ == "do" and c.i < token.i for c in kids)


# Who "finds that" in news and so reports a finding: a study, a survey or a body that inquires
# ("The survey found that 63% ...", "a panel ruled for them, finding that ...", "Netcraft found
# that ..."); a person or the police finding something is perception, not a report.
_FINDING_BODIES = frozenset(
    """panel court committee commission tribunal jury board inquiry watchdog regulator
    researchers scientists""".split()  # noqa: SIM905
)


def _finder(verb: Token) -> Token | None:
    """The one who finds, for "X found that": the verb's subject, or, for a participle set
    off after a clause ("..., finding that"), that clause's subject."""
    subject = next((c for c in _children(verb) if c.dep_ == "nsubj"), None)
    if subject is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        subject = next((c for c in _children(verb.head) if c.dep_ == "nsubj"), None)
    return subject


def _reports_finding(verb: Token) -> bool:
    """ "The survey found that ...", "the panel ..., finding that ...": "find" with a "that"
    clause whose finder is a study, a document or a body that inquires, not a person; a
    study's or a document's finding needs no "that" ("The BRC survey found Christmas was the
    worst", "Sales fell, a survey has found"): a clause with its own subject and tense."""
    clauses = [c for c in _children(verb) if c.dep_ == "ccomp"]
    that = any(any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in clauses)
    finder = _finder(verb)
    if finder is None or finder.ent_type_ == "PERSON" or finder.pos_ == "PRON":
        return False
    lemma = finder.lemma_.lower()
    # a plural is looked up as written ("researchers") and by its lemma ("panels")
    lower = lemma if finder.tag_ != "NNS" else finder.lower_
    if not that:
        return lower in SPEAKING_DOCUMENTS and any(map(_finite_clause, clauses))
    return (
        lower in SPEAKING_DOCUMENTS
        or not _FINDING_BODIES.isdisjoint((lower, lemma))
        or (finder.ent_type_ == "ORG" and finder.pos_ == "PROPN")
    )


_ACCORDING = frozenset({"according"})
# The lemmas of ``find_reports``'s cues: speech verbs, "find", speech nouns and "be".
_REPORT_LEMMAS = REPORTING_VERBS | OWNED_SPEECH_NOUNS | VOICED_NOUNS | {"be", "find"}


def _finite_clause(verb: Token) -> bool:
    """Whether a clause headed by ``verb`` has its own subject and tense ("Christmas was the
    worst", "sales have failed"), not a noun's or an infinitive's."""
    children = _children(verb)
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in children) and (
        verb.tag_ in ("VBD", "VBZ", "VBP")
        or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in children
        )
    )


def find_reports(doc: Doc, quotes: Sequence[tuple[int, int]]) -> list[Report]:
    """Every reported clause outside quotation marks, with its cue and source token.

    ``quotes``: the sorted quoted spans of the text. Speech verbs inside a quotation are the
    speaker's words, not the writer's report, and are skipped.
    """
    text = doc_text(doc)
    found: list[Report] = []
    strings = doc.vocab.strings
    speech = {strings[w] for w in REPORTING_VERBS}
    be, according, to = strings["be"], strings["according"], strings["to"]
    find_ = strings["find"]
    owned = {strings[w] for w in OWNED_SPEECH_NOUNS | VOICED_NOUNS}
    rows = doc.to_array([LEMMA, POS, LOWER]).tolist()  # ints: no Token made for most words
    # "Click to play video: 'Notley says health freeze is a cut'": a link, no one's report
    skipped = furniture(doc)
    # the tokens the tests below may take: their lemma or word, read from the Doc's arrays
    cues = {*positions(doc, LEMMA, _REPORT_LEMMAS), *positions(doc, LOWER, _ACCORDING)}
    for i in sorted(cues):
        lemma, pos, lower = rows[i]
        if (lemma in speech and (pos == VERB or (pos == NOUN and _verb_read_as_noun(doc[i])))) or (
            lemma == find_ and pos == VERB and _reports_finding(doc[i])
        ):
            find = _verb_report
        elif lemma in owned and pos == NOUN:
            find = _noun_report
        elif lemma == be:
            find = _frame_report
        elif lower == according and i + 1 < len(rows) and rows[i + 1][2] == to:
            find = _according_report
        else:
            continue
        token = doc[i]
        if _inside(token.idx, quotes) or _inside(token.idx, skipped):
            continue
        report = find(token, text, quotes)
        if report is not None and _TWO_WORDS.search(text, report.start, report.end):
            found.append(report)
    return found


class _Letters:
    """Letters and digits before each offset, in all and inside quotations: O(1) counts."""

    def __init__(self, text: str, quotes: Sequence[tuple[int, int]]) -> None:
        alnum = numpy.fromiter(map(str.isalnum, text), dtype=bool, count=len(text))
        inside, at = numpy.zeros(len(text), dtype=bool), 0  # the quotations' characters
        for start, end in quotes:
            if start >= at:
                inside[start:end] = True
                at = end
        self.all = [0, *numpy.cumsum(alnum).tolist()]
        self.quoted = [0, *numpy.cumsum(alnum & inside).tolist()]

    def count(self, start: int, end: int) -> int:
        return self.all[end] - self.all[start]

    def unquoted(self, start: int, end: int) -> int:
        return (self.all[end] - self.all[start]) - (self.quoted[end] - self.quoted[start])


def _closer(text: str, end: int) -> int:
    """End of a quotation's closing mark, when one follows its words at ``end``."""
    return end + 1 if end < len(text) and text[end] in '”»"' else end


def dedupe(reports: Sequence[Report]) -> list[Report]:
    """One report per clause: a speech verb's, before "according to" or a frame's."""
    best: dict[tuple[int, int], Report] = {}
    for report in reports:
        key = (report.start, report.end)
        if key not in best or (
            best[key].cue.lemma == "according to" and report.cue.lemma != "according to"
        ):
            best[key] = report
    return sorted(best.values(), key=lambda r: (r.start, -r.end, r.anchor))


def absorb_fragments(
    text: str,
    reports: Sequence[Report],
    quotes: Sequence[Quote],
    spans: Sequence[tuple[int, int]],
    terms: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
) -> tuple[list[tuple[Report, tuple[Fragment, ...]]], set[int]]:
    """Each report with its quoted fragments, and the indexes of the ``quotes`` absorbed.

    ``reports`` sorted by start (outer first), ``spans`` every quoted span of the text, sorted,
    ``quotes`` the direct and partial quotes found on them. A quoted span belongs to the
    innermost report whose clause holds its start (the clause then runs to the span's end), unless
    it is a quote whose own cue lies inside that clause: a speech event nested in the report
    (unless that cue reports a clause of its own that does not hold the span).
    A report whose words all lie inside quotation marks is that quotation, already a quote of
    its own: it is dropped, the quote kept; so is the second half of a direct quote its cue
    splits (``_splits_quote``). ``terms``: quoted spans that are titles or terms
    (``quotes.term_spans``), never fragments.
    """
    # cues standing after a quote: "“A,” Lund said ..."
    after = {q.cue.start for q in quotes if q.kind == "direct" and q.cue and q.end <= q.cue.start}
    reports = [r for r in reports if not _splits_quote(text, r, after, spans)]
    letters = _Letters(text, spans)
    by_span = {(q.start, q.end): i for i, q in enumerate(quotes)}
    ends = [r.end for r in reports]
    clause_of = {r.cue.start: (r.start, r.end) for r in reports}
    mine: dict[int, list[tuple[int, int]]] = {}
    stack: list[int] = []  # reports holding the current offset, innermost (latest start) on top
    k = 0
    for start, end in spans:
        while k < len(reports) and reports[k].start <= start:
            stack.append(k)
            k += 1
        while stack and ends[stack[-1]] <= start:
            stack.pop()
        if not stack or (start, end) in terms:
            continue
        report = reports[stack[-1]]
        quote = by_span.get((start, end))
        cue = quotes[quote].cue if quote is not None else None
        if (
            cue is not None
            and report.start <= cue.start < report.end
            and cue.lemma not in BELIEF_CUES
        ):
            # (a belief verb inside the report is not a speech event of its own: 'saying
            # that those who thought it was should "look for a psychiatrist"')
            own = clause_of.get(cue.start)
            if own is None or own[0] <= start < own[1]:
                continue
            # '"caused uproar" when he said his ministry ...': that cue reports another
            # clause, so the words are the outer report's, not a speech event of their own.
        mine.setdefault(stack[-1], []).append((start, end))
    kept: list[tuple[Report, tuple[Fragment, ...]]] = []
    absorbed: set[int] = set()
    for i, report in enumerate(reports):
        fragments = mine.get(i, [])
        end = max([report.end, *(_closer(text, e) for _, e in fragments)])
        if letters.unquoted(report.start, end) <= max(1, letters.count(report.start, end) // 10):
            continue  # “A” and “B”: quotations, glued by a word of the writer's
        unquoted = letters.unquoted(report.start, end)
        if (
            end <= report.cue.start
            and _inside(report.start, spans)
            and unquoted <= letters.count(report.start, end) - unquoted
        ):
            # “A,” and B “C,” he added: a quotation with the writer's glue, not a report (but
            # "‘ISIS Truther’ Trump Is Like A Bad Lawyer, Noah Says": a scare-quoted label
            # opening the writer's clause)
            continue
        absorbed.update(by_span[f] for f in fragments if f in by_span)
        kept.append(
            (
                Report(report.start, end, report.cue, report.source, report.anchor),
                tuple(Fragment(s, e) for s, e in fragments),
            )
        )
    return kept, absorbed


class Speakers:
    """The one seam between reported speech and speaker resolution.

    A report's source token goes to the same resolver as a direct quote's cue subject
    (``quotes._speaker`` over the document's ``people.People``), so both name a speaker alike:
    a pronoun goes to the most salient compatible person, a description to the person the
    article gave it, a lone surname to the full name mentioned last.
    """

    def __init__(self, people: People, spans: Sequence[tuple[int, int]] = ()) -> None:
        self._people = people
        self._spans = spans

    @property
    def people(self) -> People:
        return self._people

    def direct_quotes(self, doc: Doc, entities: Sequence[Entity]) -> list[Quote]:
        """The document's direct and partial quotes, attributed by the same resolver."""
        return extract_quotes(doc, entities, self._people)

    def resolve(self, source: Token, verb: Token | None = None) -> Speaker:
        """The speaker ``source`` stands for; when it names nothing that can speak and the cue
        ``verb`` is given, the subject of a clause above that can, as for a direct quote ("He
        said the question sounded neutral, adding it would ...", "Mr Brown dismissed the
        figures, insisting that ...")."""
        speaker = _speaker(source, self._people)
        if verb is not None and _inanimate(speaker, source):
            return _animate_ancestor(verb, self._spans, self._people) or speaker
        return speaker


def _named_next(
    doc: Doc, cue: Cue, sentences: list, starts: list[int], people: People
) -> Speaker | None:
    """Who said what "it has been suggested" reports: the person or body the next sentence
    first names, speaking ("... to be "socially responsible", it has been suggested.
    Culture Secretary Tessa Jowell said ..."); else no one."""
    token = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if token is None or token[0].lemma_ not in SPEECH_VERBS or not _passive(token[0]):
        return None
    if not any(c.lower_ == "it" for c in _children(token[0])):
        return None
    i = bisect_right(starts, token[0].i) - 1
    if i + 1 >= len(sentences):
        return None
    following = sentences[i + 1]
    subject = people.subject_token(i + 1)
    ref = people.subject_referent(i + 1)
    if (
        subject is None
        or subject.pos_ != "PROPN"
        or subject.head.lemma_ not in SPEECH_VERBS
        or ref is None
        or ref.entity is None
        or ref.entity.mentions[0].start < following.start_char  # named before: another
        or doc_text(doc)[sentences[i].end_char : following.start_char].count("\n\n") > 1
    ):
        return None
    start, end = people.mention_at(subject.idx, subject.idx + len(subject))
    name = ref.name or ref.entity.name
    gender = ref.gender
    return Speaker(name, ref.entity.key, start, end, False, None, gender, ref.gender_evidence)


def extract_speech(
    doc: Doc, entities: Sequence[Entity], people: People | None = None
) -> list[Quote]:
    """Every speech event of ``doc`` in text order: direct and partial quotes, reported speech.

    ``people``: the document's resolver of mentions to people, when the caller has built it.
    """
    text = doc_text(doc)
    spans = quoted_spans(doc)
    speakers = Speakers(people if people is not None else People(doc, entities, spans), spans)
    direct = speakers.direct_quotes(doc, entities)
    reports = dedupe(find_reports(doc, spans))
    again = _terms_again(text, spans, direct)
    terms = term_spans(doc, spans) | again
    kept, absorbed = absorb_fragments(text, reports, direct, spans, terms)
    # a name in title case ("Racketeer Influenced and Corrupt Organisations") is no one's words
    names = {span for span in spans if joined_name(text, span)}
    # a term quoted again ('the film "Hard Rain"' ... 'she loved "Hard Rain"') is no one's
    # words either: not a fragment of the report around it, nor a quotation of its speaker
    names |= again
    out = [q for i, q in enumerate(direct) if i not in absorbed and (q.start, q.end) not in names]
    sentences: list | None = None  # split into sentences only when asked for
    starts: list[int] = []
    for report, fragments in sorted(kept, key=lambda k: k[0].anchor):
        # "It was announced that ...": nobody named.
        speaker = None
        if report.source is None:
            if sentences is None:
                sentences = list(doc.sents)
                starts = [s.start for s in sentences]
            speaker = _named_next(doc, report.cue, sentences, starts, speakers.people)
        else:
            cue = doc.char_span(report.cue.start, report.cue.end, alignment_mode="expand")
            verb = cue[0] if cue is not None and cue[0].pos_ in ("VERB", "AUX") else None
            if report.cue.lemma == "according to":
                verb = None  # X is the source, even a document: not the clause's subject
            speaker = speakers.resolve(report.source, verb)
        s, e = report.start, report.end
        out.append(
            Quote(
                text=text[s:e],
                start=s,
                end=e,
                kind="indirect",
                speaker=speaker,
                cue=report.cue,
                fragments=fragments,
            )
        )
    return _after_reported(text, sorted(out, key=lambda q: (q.start, q.end)), speakers.people)


def _terms_again(
    text: str, spans: Sequence[tuple[int, int]], direct: Sequence[Quote]
) -> set[tuple[int, int]]:
    """Quoted words that repeat, word for word, words quoted earlier in the article that no one
    said (a term, a coinage: 'lessons on "robotiquette"' ... 'full use of the "robotiquette"'):
    a term again, not speech."""
    said = {(q.start, q.end) for q in direct if q.speaker is not None}
    unsaid: set[str] = set()
    found = set()
    for start, end in spans:
        words = " ".join(re.findall(r"[\w'’-]+", text[start:end].casefold()))
        if not words:
            continue
        if words in unsaid:
            found.add((start, end))
        elif (start, end) not in said:
            unsaid.add(words)
    return found


def _splits_quote(
    text: str, report: Report, after: set[int], spans: Sequence[tuple[int, int]]
) -> bool:
    """Whether a report is the second half of a direct quote its cue splits ("“For the city,”
    Lund said as she closed, “the bridge is essential.”"): the cue of a quote before it, and
    its clause runs into the next quotation."""
    if report.start < report.cue.start or report.cue.start not in after:
        return False
    i = bisect_left(spans, (report.start, 0))
    if i >= len(spans) or spans[i][0] >= report.end:
        return False
    # the next part set off by a comma: '..., “the bridge is ...' (not 'Clinton's “judgment”')
    return text[report.start : spans[i][0]].rstrip(" “\"«„‘'").endswith(",")


# Sentences a quote without cue or speaker may stand after the speech event it continues.
CONTINUED_SENTENCES = 4


def _after_reported(text: str, found: list[Quote], people: People) -> list[Quote]:
    """Give a quotation with neither cue nor speaker the speaker of the speech event before it
    (reported speech included), when that one is in its paragraph or the one before, at most a
    few sentences back, and no one else is named in between ("Steve Ash told the BBC there are
    two parts to it. The hardest is ...\n\n"The end solution is ...")."""
    last: Quote | None = None
    for i, quote in enumerate(found):
        if (
            quote.speaker is None
            and quote.cue is None
            and quote.kind == "direct"
            and last is not None
            and last.speaker is not None
        ):
            ends = [last.end, last.speaker.end] + ([last.cue.end] if last.cue else [])
            since = max(ends)
            gap = text[since : quote.start]
            if (
                since <= quote.start
                and gap.count("\n\n") <= 1
                and len(re.findall(r"[.!?][\"”’]?\s", gap)) <= CONTINUED_SENTENCES
                and not people.mentions_in(since, quote.start)
            ):
                found[i] = replace(quote, speaker=last.speaker)
        # an unresolved "they" ("who they say they are") names no one to continue
        if found[i].speaker is not None and found[i].speaker.name.lower() not in PRONOUNS:
            last = found[i]
    return found
