"""Titles, roles, affiliations, party and state written around a person's name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from service.nlp.lexicon import (
    AFFILIATION_LABELS,
    AWARD_AFTER,
    DEMONYMS,
    DESCRIBING_ADJECTIVES,
    OCCUPATIONS,
    PERSON_TITLES,
    PORTFOLIOS,
    ROLE_HEADS,
    TITLE_ABBREVIATIONS,
    US_STATE_CODES,
    US_STATES,
)
from service.nlp.records import Attribute, Mention
from service.nlp.tokens import (
    FUNCTION_WORDS,
    LEADING_JUNK,
    canonical_name,
    doc_text,
    is_title_token,
    written_as_title,
)

# The US parties' letters after a lawmaker's name, as the value shows them.
_PARTIES = {"R": "Republican", "D": "Democrat", "I": "Independent"}
_PARTY_STATE = re.compile(r"\s*\(\s*([RDI])\s*[-–]\s*([A-Z][A-Za-z. ]{1,20}?)\s*\)")


def person_attributes(doc: Doc, mentions: Sequence[Mention]) -> tuple[Attribute, ...]:
    """Titles, roles, affiliations, party and state found around a person's mentions."""
    found: dict[tuple[str, str], Attribute] = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        attributes = (
            *_preceding_roles(span),
            *_appositive_role(span),
            *_bracketed_captain(span),
            *_party_and_state(doc, mention),
        )
        for attribute in attributes:
            found.setdefault((attribute.kind, attribute.value), attribute)
    return tuple(found.values())


def _preceding_roles(span: Span) -> list[Attribute]:
    """ "Kremlin spokesman X", "Ukrainian Foreign Minister X", "Rep. X" before a name."""
    doc = span.doc
    i = span.start - 1
    # "Secretary of State X", "Chancellor of the Exchequer X": the office and its portfolio.
    office = office_of_portfolio(doc, span.start - 1)
    if office is not None:
        i = office - 1
    # Stay in the sentence without Span.sent, which walks to the sentence's end on every call
    # (quadratic over the names of one long sentence).
    while (
        i >= 0
        and not doc[i + 1].is_sent_start
        and (_in_role(doc, i) or _role_premodifier(doc, i, span.start, span.end))
    ):
        i -= 1
    in_sentence = i >= 0 and not doc[i + 1].is_sent_start
    if in_sentence:
        i = _remit_before_role(doc, _end_of_body_run_into_role(doc, i, span.start), span.start)
    if in_sentence:
        i = _award_before_role(doc, i, span.start)
    out: list[Attribute] = []
    body_end = _body_opened_by_demonym(doc, i, span.start) if in_sentence else None
    if body_end is not None:
        # "European Commission President X": the demonym opens the body's name, the
        # affiliation is the body, not a nationality.
        body = doc[i:body_end]
        out.append(
            Attribute(
                "affiliation", canonical_name(body.text), body.text, body.start_char, body.end_char
            )
        )
        i, in_sentence = body_end - 1, False
    role_tokens: list[Token] = list(doc[i + 1 : span.start])
    if role_tokens:
        titles = [t for t in role_tokens if t.lower_ in TITLE_ABBREVIATIONS]
        roles = [t for t in role_tokens if t.lower_ not in TITLE_ABBREVIATIONS]
        # "DR Congo's X", "drugmaker Dr Reddy's": a title's spelling in another name.
        titles = [t for t in titles if t.lower_ not in PERSON_TITLES or written_as_title(t)]
        for t in titles:
            out.append(Attribute("title", t.text, t.text, t.idx, t.idx + len(t)))
        while roles and roles[0].lower_ == "and":
            roles.pop(0)
        # "Chief Executive Jane Doe": a modifier that is itself the job after another one.
        executive = len(roles) > 1 and roles[-1].lower_ == "executive"
        if roles and (roles[-1].lower_ in ROLE_HEADS or executive or office is not None):
            first, last = doc[_role_start(doc, roles[0].i, roles[-1].i)], roles[-1]
            # "spokesman Navy Captain X", "commissioner Justice X": a job, then a rank or
            # honorific of its own in title case; two titles, not one.
            if (split := _rank_after_job(roles)) is not None:
                job = roles[split - 1]
                text = doc_text(doc)[first.idx : job.idx + len(job)]
                out.append(Attribute("role", text, text, first.idx, job.idx + len(job)))
                first = roles[split]
            text = doc_text(doc)[first.idx : last.idx + len(last)]
            role = Attribute("role", text, text, first.idx, last.idx + len(last))
            standing = _standing_before_name(doc, first.i)
            if standing is not None and not _FORMER_ROLE.match(text):
                role = Attribute("role", f"{standing} {text}", *_span_of(role))
            out.append(role)
        if in_sentence and roles:
            # "Time magazine editor X": the publication's name is the affiliation.
            end = i - 1 if _ends_publications_name(doc[i]) else i
            affiliation = _affiliation_ending_at(doc, end)
            if affiliation is not None:
                affiliation, former = _former_before(doc, end, affiliation)
                out.append(affiliation)
                # "Former WorldCom chief executive X": the role is the former one, though a
                # body's name stands between "former" and the role's words.
                if (
                    former
                    and len(out) > 1
                    and out[-2].kind == "role"
                    and not _FORMER_ROLE.match(out[-2].value)
                ):
                    role = out[-2]
                    out[-2] = Attribute("role", f"former {role.value}", *_span_of(role))
    return out


def _award_before_role(doc: Doc, i: int, name_start: int) -> int:
    """Where a role ending in an award's noun starts when an award's name stands before it
    ("Oscar nominee X", "Academy Award nominee X"): the name classifies the noun, so it is
    part of the role; a body, party or demonym ("Republican nominee X") stays the
    affiliation. Returns the index before the role."""
    if i + 1 >= name_start or doc[name_start - 1].lower_ not in AWARD_AFTER:
        return i
    name = doc[i]
    if (
        not name.is_alpha
        or not name.text[:1].isupper()
        or is_title_token(name)
        or name.text in DEMONYMS
        or name.ent_type_ in AFFILIATION_LABELS
        or (name.is_sent_start and name.ent_type_ == "" and not name.text.isupper())
    ):
        return i
    start = i
    while start > 0 and doc[start].ent_iob_ == "I" and not doc[start].is_sent_start:
        start -= 1
    return start - 1


def _end_of_body_run_into_role(doc: Doc, i: int, name_start: int) -> int:
    """Where the role's walk back, stopped at token ``i``, should have stopped: at the end of
    the body's name the model runs on from ``i`` into the role's words ("New South Wales
    Emergency Services Minister": the walk stops at "New", inside the name), so that the name
    stays whole as the affiliation; ``i`` itself when no name runs on from it, when the
    demonym rule decides (``_body_opened_by_demonym``), or when all the words the name runs
    into are portfolios ("British Defence Secretary")."""
    if (
        doc[i].ent_iob_ not in ("B", "I")
        or doc[i + 1].ent_iob_ != "I"
        or doc[i].ent_type_ not in AFFILIATION_LABELS
        or doc[i].text in DEMONYMS
    ):
        return i
    end = i + 1
    while end < name_start and doc[end].ent_iob_ == "I":
        end += 1
    if end >= name_start or all(doc[j].lower_ in PORTFOLIOS for j in range(i + 1, end)):
        return i
    return end - 1


def _remit_before_role(doc: Doc, i: int, name_start: int) -> int:
    """Where the role's walk back, stopped at token ``i``, should have stopped when ``i`` ends
    a place's name written between a body's (or a nationality) and the role ("United Nations
    Middle East envoy", "US Middle East envoy"): the place is the role's remit, the body the
    affiliation; ``i`` itself otherwise ("Pakistan President": the country alone)."""
    if i + 1 >= name_start or doc[i].ent_type_ not in ("GPE", "LOC") or doc[i + 1].ent_iob_ == "I":
        return i
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if start == 0 or doc[start].is_sent_start:
        return i
    before = doc[start - 1]
    if before.ent_iob_ == "O" or before.ent_type_ not in AFFILIATION_LABELS:
        return i
    return start - 1


def office_of_portfolio(doc: Doc, portfolio: int) -> int | None:
    """Where the office starts whose portfolio is ``doc[portfolio]`` in "<Office> of [the]
    <Portfolio>" ("Secretary of State", "Chancellor of the Exchequer"), or None: a capitalised
    role head, "of", an optional "the" and a capitalised portfolio."""
    i = portfolio
    if i < 2 or not doc[i].text[:1].isupper() or doc[i].lower_ not in PORTFOLIOS:
        return None
    i -= 1
    if doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or doc[i].is_sent_start:
        return None
    head = doc[i - 1]
    if not head.text[:1].isupper() or head.lower_ not in ROLE_HEADS:
        return None
    return i - 1


# Words before a title-case role that make another office of it ("deputy Prime Minister",
# "acting Foreign Minister"), no job of their own.
_RANKS = frozenset(
    {"deputy", "vice", "acting", "assistant", "junior", "shadow", "chief", "senior", "former"}
    | {"interim", "caretaker", "ex"}
)


def _rank_after_job(roles: Sequence[Token]) -> int | None:
    """Where a title in title case ("Navy Captain", "Justice") starts after a job written in
    lower case ("spokesman", "commissioner") before a name, or None: a lower-case job noun
    (not a rank word) right before a run of capitalised words ending in a role's head."""
    last = roles[-1]
    if not last.text[:1].isupper():
        return None
    k = len(roles) - 1
    while k > 0 and roles[k - 1].text[:1].isupper() and roles[k - 1].is_alpha:
        k -= 1
    if k == 0:
        return None
    job = roles[k - 1]
    return (
        k
        if job.is_lower
        and job.tag_ in ("NN", "NNS")
        and job.lower_ not in _RANKS
        and (job.lower_ in ROLE_HEADS or job.lower_ in OCCUPATIONS)
        and all(t.i == roles[0].i + n for n, t in enumerate(roles))
        else None
    )


_EX_PREFIX = re.compile(r"^ex[-–]\s*(?=\w)", re.IGNORECASE)


def _former_before(doc: Doc, i: int, affiliation: Attribute) -> tuple[Attribute, bool]:
    """The affiliation ending at token ``i`` without an "Ex-" glued to it ("Ex-Enron"), and
    whether "former" or "ex-" comes right before it."""
    if match := _EX_PREFIX.match(affiliation.text):
        text = affiliation.text[match.end() :]
        start = affiliation.start + match.end()
        return Attribute("affiliation", canonical_name(text), text, start, affiliation.end), True
    j = i
    while j > 0 and doc[j - 1].idx >= affiliation.start:
        j -= 1
    if j == 0 or doc[j].is_sent_start:
        return affiliation, False
    before = doc[j - 1]
    ex = before.text in _HYPHENS and j > 1 and doc[j - 2].lower_ == "ex"
    return affiliation, before.lower_ == "former" or ex


_FORMER_ROLE = re.compile(r"^(?:former\s|ex\b|would-be\s)", re.IGNORECASE)
# How many capitalised words a body's name between "former" and a role may have ("Former
# Downing Street media chief", "Ex-No 10 media chief").
_NAME_WORDS = 4


def _standing_before_name(doc: Doc, k: int) -> str | None:
    """The standing written before the capitalised words (a body's name, however the model
    labels it) right before token ``k``, the first of a role: "former" for "former", "ex-"
    and "then" ("Former Labour leader X", where the sentence's capital keeps the model from
    labelling "Labour" a body; "the then chancellor X", "then-Labour leader X": a role held at
    the time told, no longer), "would-be" for a role not yet held ("would-be MP X"); None."""
    j = k - 1
    for _ in range(_NAME_WORDS + 1):
        if j < 0 or doc[j + 1].is_sent_start:
            return None
        token = doc[j]
        if token.lower_ == "former" or _EX_PREFIX.match(token.text):
            return "former"
        if token.lower_ == "then" and j > 0 and doc[j - 1].lower_ == "the":
            return "former"
        if token.lower_ == "be" and j > 1 and doc[j - 1].text in _HYPHENS:
            return "would-be" if doc[j - 2].lower_ == "would" else None
        if token.text in _HYPHENS and not token.whitespace_ and j > 0:
            return "former" if doc[j - 1].lower_ in ("ex", "then") else None
        if not (token.text[:1].isupper() or token.like_num):
            return None
        j -= 1
    return None


def _span_of(attr: Attribute) -> tuple[str, int, int]:
    return attr.text, attr.start, attr.end


def _body_opened_by_demonym(doc: Doc, i: int, name_start: int) -> int | None:
    """Where the body's name ends when the demonym at ``i``, before a role, opens it (the
    model's entity runs on from it into the role's words: "European Commission President");
    None when the demonym stands alone ("French President")."""
    token = doc[i]
    if (
        token.text not in DEMONYMS
        or token.ent_iob_ != "B"
        or token.ent_type_ not in AFFILIATION_LABELS
    ):
        return None
    end = i + 1
    while end < name_start and doc[end].ent_iob_ == "I":
        end += 1
    # "British Defence Secretary": the model runs the demonym into the office's portfolio,
    # which is the role's word, no body's.
    if all(doc[j].lower_ in PORTFOLIOS for j in range(i + 1, end)):
        return None
    # The body must leave a role after it, and the demonym must not be all of it.
    return end if i + 1 < end < name_start else None


def _appositive_role(span: Span) -> list[Attribute]:
    """ "Tom Brown, an analyst at Edward Jones," / "Tony Blair, the prime minister,": the role
    a noun in apposition after the name gives (its modifiers and head, without determiner)."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return []
    root = span.root
    for noun in doc[span.end + 1 : min(len(doc), span.end + 8)]:
        if noun.dep_ != "appos" or noun.head.i != root.i:
            continue
        if noun.lower_ not in ROLE_HEADS and noun.lower_ not in OCCUPATIONS:
            return []
        if _award_of_a_period(doc, noun.i):
            return []
        words = [t for t in doc[span.end + 1 : noun.i + 1] if noun.i in (t.head.i, t.i)]
        start = next(
            (t for t in words if t.dep_ not in ("det", "poss", "punct") and not t.like_num),
            noun,
        )
        start = _modifier_of_modifier(words, start, span.end)
        if start.i > 0 and _measure(doc[start.i - 1]):
            start = doc[start.i - 1]  # "the 200m champion": the distance with its unit
        opening = _role_start(doc, start.i, noun.i)
        inner = doc[opening : noun.i + 1]
        if any(
            (t.is_punct and t.i not in _hyphens(doc, opening, start.i))
            or (t.like_num and not _measure(t) and t.i >= start.i)
            or t.dep_ == "poss"
            for t in inner
        ):
            return []
        text = inner.text
        return [Attribute("role", text, text, inner.start_char, inner.end_char)]
    return []


# The periods an award names its winner for: "Player of the Year", "Manager of the Month".
_AWARD_PERIODS = frozenset({"year", "month", "season", "decade", "century", "week"})


def _award_of_a_period(doc: Doc, i: int) -> bool:
    """Whether the role noun ``i`` opens an award's name ("Industry Week's 2003 Technology
    Leader of the Year", "Footballer of the Year"): "of the" and a period right after it, no
    post anyone holds. Lower case ("chairman of the year's biggest bank") is a body's."""
    words = doc[i + 1 : i + 4]
    return (
        len(words) == 3
        and [t.lower_ for t in words[:2]] == ["of", "the"]
        and words[2].lower_ in _AWARD_PERIODS
        and words[2].text[:1].isupper()
        and (i + 4 >= len(doc) or doc[i + 4].tag_ != "POS")
    )


def _modifier_of_modifier(words: Sequence[Token], start: Token, after: int) -> Token:
    """Where a role in apposition starts when a modifier of its noun has modifiers of its own
    ("a consumer electronics analyst", "a car industry veteran", "audio and external resources
    producer"): they classify that modifier, so the role runs from the first of them (plain
    words only, linked by compounds, adjectives and coordination)."""
    for word in words:
        edge = word.left_edge
        if (
            word.dep_ in ("compound", "amod")
            and after < edge.i < start.i <= word.i
            and all(
                t.is_alpha and t.dep_ in ("compound", "amod", "cc", "conj")
                for t in start.doc[edge.i : word.i]
            )
        ):
            return edge
    return start


# A line-up marks its captain in brackets after the name: "G Thomas (capt);".
_CAPTAIN_MARKS = frozenset({"capt", "captain"})


def _bracketed_captain(span: Span) -> list[Attribute]:
    """ "G Thomas (capt)", "J Robinson (captain)": a team sheet's captain."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 1].lower_ not in _CAPTAIN_MARKS:
        return []
    close = i + 2 if doc[i + 2].text != "." else i + 3
    if close >= len(doc) or doc[close].text != ")":
        return []
    word = doc[i + 1]
    return [Attribute("role", "captain", word.text, word.idx, word.idx + len(word.text))]


_HYPHENS = frozenset({"-", "–"})


def _glued(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a hyphenated word ("President" of "Vice-President"); "then-"
    ("then-Sen.") is no part of it."""
    return (
        i >= 2
        and doc[i - 1].text in _HYPHENS
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].lower_ != "then"
    )


def _role_start(doc: Doc, i: int, head: int) -> int:
    """Where a role whose words run from token ``i`` to its ``head`` starts: never inside a
    hyphenated word. One that is the role's head or a name's ("Vice-President", "director-
    general", "AFL-CIO President") is taken whole; a modifier in lower case that ends one ("a
    London-based analyst", "the 22-year-old son", "a far-right leader") is left out with it."""
    if not _glued(doc, i):
        return i
    if i < head and doc[i].is_lower:
        return i + 1
    while _glued(doc, i):
        i -= 2
    return i


def _hyphens(doc: Doc, start: int, end: int) -> set[int]:
    """Indexes of the hyphens between ``start`` and ``end`` (a compound's)."""
    return {j for j in range(start, end) if doc[j].text in _HYPHENS}


def _measure(token: Token) -> bool:
    """A number written together with its unit ("200m", "5,000m": the tokens "200" and "m")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.like_num
        and not token.whitespace_
        and following is not None
        and following.is_alpha
        and following.is_lower
        and len(following) <= 2
    )


def _in_role(doc: Doc, i: int) -> bool:
    """Whether token ``i`` belongs to the role written before a name: a title or role word,
    "ex-" ("ex-home secretary"), or a capitalised portfolio before a capitalised role word
    ("Education Secretary", "Trade and Industry Secretary")."""
    token = doc[i]
    if is_title_token(token):
        return True
    if token.text == "-" and i > 0 and doc[i - 1].lower_ == "ex":
        return True
    if token.lower_ == "ex" and i + 1 < len(doc) and doc[i + 1].text == "-":
        return True
    following = doc[i + 1]
    if not (following.text[:1].isupper() or following.lower_ == "and") or token.text in DEMONYMS:
        return False
    if token.lower_ == "and":
        before = doc[i - 1] if i > 0 else None
        return (
            before is not None
            and before.text[:1].isupper()
            and (_portfolio_word(before) or is_title_token(before))
            and _in_role_word(doc, i + 1)
        )
    return _portfolio_word(token) and (
        following.lower_ in ROLE_HEADS or following.lower_ == "and" or _in_role_word(doc, i + 1)
    )


def _role_premodifier(doc: Doc, i: int, name_start: int, name_end: int) -> bool:
    """Whether token ``i`` is a common word modifying the role after it, so part of the role:
    "financial" in "chief financial officer", "election" in "election chief": a noun or a
    gerund in lower case, or an adjective after a role word or qualifying the noun of the role
    right after it, outside any entity, which the parser attaches to a later word of the role
    or the name, with a role word after it."""
    token = doc[i]
    return (
        i + 1 < name_start
        and token.is_alpha
        and (token.is_lower or _sentence_capital(token))
        # An adjective only between role words ("chief financial officer") or on the noun
        # after it ("constitutional affairs committee chairman", which a cut would leave a
        # fragment of): alone before the role's head it more often describes the person
        # ("confident shadow home secretary").
        and (
            token.tag_ in ("NN", "NNS", "VBG")
            or (token.tag_ == "JJ" and i > 0 and is_title_token(doc[i - 1]))
            or (token.tag_ == "JJ" and (_qualifies_role_noun(token) or _classifies_adjunct(token)))
        )
        and token.dep_ in ("compound", "amod")
        and i < token.head.i < name_end
        and token.ent_iob_ == "O"
        and not token.is_stop
        and token.lower_ not in FUNCTION_WORDS
        and token.lower_ not in _TITLE_FRAGMENTS
        # "club manager", "world governing body chief": a generic body says whose the role
        # is, not what it is, and names no body to be the affiliation.
        and token.lemma_.lower() not in _GENERIC_BODIES
        # "Q magazine reviews editor", "Time magazine editor": the noun ends the
        # publication's name, the role starts after it.
        and not _ends_publications_name(token)
    )


# Nouns a publication's name ends with: "Q magazine", "Mac Format magazine".
_PUBLICATIONS = frozenset({"magazine", "newspaper", "paper", "website", "journal", "fanzine"})


def _ends_publications_name(token: Token) -> bool:
    """Whether a publication's noun comes right after a name: a capitalised word before it,
    outside the role, not a title, and at a sentence's start a word in capitals ("Q") or an
    entity's, not a common word's capital ("Music magazine editor")."""
    if token.lemma_.lower() not in _PUBLICATIONS or token.i == 0 or token.is_sent_start:
        return False
    name = token.doc[token.i - 1]
    return (
        name.is_alpha
        and name.text[:1].isupper()
        and not is_title_token(name)
        and (not name.is_sent_start or name.text.isupper() or name.ent_type_ != "")
    )


def _qualifies_role_noun(token: Token) -> bool:
    """An adjective on the common noun right after it that modifies a role ("constitutional"
    in "constitutional affairs committee chairman"), not on the role's own word."""
    head = token.head
    return (
        head.i == token.i + 1
        and head.tag_ in ("NN", "NNS")
        and head.dep_ == "compound"
        and head.is_lower
        and not is_title_token(head)
    )


# (a dict, as user_data is serialised with the Doc)
_LOWER_WORDS_KEY = "newsfacts_lower_words"


def _sentence_capital(token: Token) -> bool:
    """Whether a word's capital is only its sentence's ("Local government spokesman X",
    "Agriculture minister X"): it opens the sentence and the document writes it in lower case
    elsewhere; a name ("Charlton manager", "Valve spokesman") it never does."""
    if not (token.is_sent_start and token.text[1:].islower()):
        return False
    words = token.doc.user_data.get(_LOWER_WORDS_KEY)
    if words is None:
        words = {t.lower_: True for t in token.doc if t.is_lower and t.is_alpha}
        token.doc.user_data[_LOWER_WORDS_KEY] = words
    return token.lower_ in words


def _classifies_adjunct(token: Token) -> bool:
    """An adjective right before a noun adjunct of the role ("local" in "local government
    minister", "public" in "public health minister", "labour" in "labour office chief"): a
    word describing the person stands before the role's classifiers, so one next to a
    classifying noun classifies that noun, wherever the parser attaches it. A rank ("the
    confident shadow home secretary") is no classifier, and a participle ("the embattled
    health secretary") and a word of praise or blame, age or time ("the popular health
    secretary", "the young finance minister") describe."""
    doc = token.doc
    if (
        token.i + 1 >= len(doc)
        or token.lower_.endswith(("ed", "ing"))
        or token.lower_ in DESCRIBING_ADJECTIVES
    ):
        return False
    adjunct = doc[token.i + 1]
    return (
        adjunct.tag_ in ("NN", "NNS")
        and adjunct.is_lower
        and adjunct.dep_ == "compound"
        and adjunct.head.i > adjunct.i
        and (not is_title_token(adjunct) or adjunct.lower_ in PORTFOLIOS)
    )


# Nouns that stand for any organisation, so modify a role without specifying it.
_GENERIC_BODIES = frozenset(
    {"club", "team", "side", "squad", "body", "firm", "group", "company", "organisation"}
)


def _portfolio_word(token: Token) -> bool:
    """A capitalised word that may name a portfolio: "Education", "Trade", "Home"."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.is_stop
        and token.lower_ not in FUNCTION_WORDS
        and token.lower_ not in _TITLE_FRAGMENTS
        and token.tag_ in ("NNP", "NNPS", "NN", "NNS", "JJ")
        and token.ent_type_ in ("", "ORG")
        and not is_title_token(token)
    )


_TITLE_FRAGMENTS = frozenset({"new", "former", "ex", "party", "then", "current", "late"})


def _in_role_word(doc: Doc, i: int) -> bool:
    """A capitalised word inside a title-case role: "Trade" in "Trade and Industry Secretary"."""
    j = i
    while j < len(doc) and doc[j].text[:1].isupper() and doc[j].lower_ not in ROLE_HEADS:
        j += 1
    return j < len(doc) and doc[j].lower_ in ROLE_HEADS and doc[j].text[:1].isupper()


def _affiliation_ending_at(doc: Doc, i: int) -> Attribute | None:
    token = doc[i]
    if token.text in DEMONYMS:
        return Attribute(
            "affiliation", DEMONYMS[token.text], token.text, token.idx, token.idx + len(token)
        )
    if token.ent_type_ in AFFILIATION_LABELS:
        start = i
        while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ != "B":
            start -= 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        # "Liberal Democrat", "Lib Dem": the model often labels the last word only.
        while (
            start > 0
            and not doc[start].is_sent_start
            and (
                (
                    _portfolio_word(doc[start - 1])
                    and doc[start - 1].ent_type_ in ("", token.ent_type_)
                )
                # "UK Independence Party": the model labels the country apart.
                or (
                    token.lower_ == "party"
                    and doc[start - 1].ent_type_ in ("GPE", "NORP")
                    and doc[start - 1].text[:1].isupper()
                )
            )
        ):
            start -= 1
        # "British and Irish Lions"
        if (
            start > 1
            and doc[start - 1].lower_ == "and"
            and doc[start - 2].text[:1].isupper()
            and doc[start - 2].ent_type_ in ("NORP", "GPE", "ORG")
            and not doc[start - 1].is_sent_start
        ):
            start -= 2
        span = doc[start : i + 1]
        if span.text.lower() in LEADING_JUNK:
            return None
        return Attribute(
            "affiliation", canonical_name(span.text), span.text, span.start_char, span.end_char
        )
    return None


def _party_and_state(doc: Doc, mention: Mention) -> list[Attribute]:
    """ "(R-Ohio)" right after a name: party "Republican" (written "R"), state "Ohio"."""
    match = _PARTY_STATE.match(doc_text(doc), mention.end)
    if not match:
        return []
    state = match[2].strip()
    value = US_STATE_CODES.get(state) or US_STATES.get(state.rstrip(".").lower(), state.rstrip("."))
    return [
        Attribute("party", _PARTIES[match[1]], match[1], match.start(1), match.end(1)),
        Attribute("state", value, state, match.start(2), match.start(2) + len(state)),
    ]
