"""What a number counts, measures or pays for (``counted``), from the dependency parse."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from service.nlp.entities import doc_text
from service.nlp.numeric_facts.syntax import (
    ADJECTIVE_TAGS,
    _hyphened_to_number,
    _is_thing,
    _noun_phrase,
    _number_root,
    _plural_as_verb,
    _pobj_after,
    number_span,
)
from service.nlp.numeric_facts.tree import children
from service.nlp.numeric_facts.units import CURRENCY_WORDS, DURATIONS, is_unit
from service.nlp.numeric_facts.values import DENOMINATORS, SCALES, VAGUE, WORDS
from service.nlp.records import NumericFact

# Nouns that name a measure rather than the thing measured: look through them ("numbers of X").
MEASURES = {
    "number", "numbers", "amount", "amounts", "total", "level", "levels", "figure", "figures",
    "share", "proportion", "percentage", "rise", "rises", "fall", "falls", "increase",
    "increases", "decrease", "decline", "drop", "jump", "cut", "cuts", "sum", "value", "tally",
}  # fmt: skip
# Nouns of a figure about something: look through them to it ("its estimate of oil demand").


# Nouns of a figure about something: look through them to it ("its estimate of oil demand").
ESTIMATES = {"estimate", "estimates", "forecast", "forecasts", "projection", "projections"}
# Nouns of what a thing costs: look through them to what is paid for ("a bill for back taxes").


# Nouns of what a thing costs: look through them to what is paid for ("a bill for back taxes").
PRICES = {"bill", "bills", "cost", "costs", "price", "prices", "charge", "charges"}
# Verbs of buying and valuing: their object, even a name, is what the amount pays for.


# Verbs of buying and valuing: their object, even a name, is what the amount pays for.
TRANSACTIONS = {"buy", "sell", "acquire", "purchase", "value", "bid", "offer", "price"}


_RELATIVE = {"that", "which", "who", "whom"}


def _noun_after(span: Span) -> Token | None:
    """The noun an amount premodifies, read off the word order: "$1bn (£520m) rescue deal"."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i, min(i + 12, len(doc))) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    elif i < len(doc) and doc[i].text == ")" and span.start > 0 and doc[span.start - 1].text == "(":
        return None  # a conversion in brackets: the amount before it says what is counted
    if i >= len(doc) or is_unit(doc[i]):
        return None
    if (
        doc[i].pos_ not in ("NOUN", "ADJ")
        and not (doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound")
        # "won 758 pledged delegates": a participle premodifying the noun
        and not (doc[i].dep_ == "amod" and doc[i].tag_ in ("VBN", "VBD", "VBG"))
    ):
        return None
    noun = doc[i]
    for _ in range(6):
        if noun.pos_ == "NOUN" and noun.dep_ not in ("compound", "amod", "nmod"):
            break
        if noun.head.i <= noun.i:
            return None
        noun = noun.head
    return noun if noun.pos_ == "NOUN" and _is_thing(noun, span) else None


# Nouns of when an amount is seen, not of what it counts: "$87.20 in afternoon trading",
# "£2m in the quarter", "up 3% in early deals".
# Not "trade" nor "deals": "$600bn in trade", "£2bn in deals" say what the money is.
_WHEN = {
    "trading", "session", "sessions", "dealings", "morning", "afternoon", "evening", "night",
    "weekend", "quarter", "period", "hours",
}  # fmt: skip


def _a_when(noun: Token) -> bool:
    """A noun of time or of a market session ("in afternoon trading", "in the quarter")."""
    return noun.lower_ in _WHEN or noun.lower_ in DURATIONS or noun.ent_type_ in ("DATE", "TIME")


def _through_measure(noun: Token, span: Span) -> Token:
    """ "numbers of bot computers", "a rise in profits", "a bill for back taxes": the thing,
    not the measure or the price."""
    lowered = noun.lower_
    preps = (
        ("of", "in")
        if lowered in MEASURES
        else ("of", "for")
        if lowered in PRICES
        else ("of",)
        if lowered in ESTIMATES
        else ()
    )
    if preps:
        inner = _pobj_after(noun, preps)
        if inner is not None and _is_thing(inner, span):
            return inner
    return noun


def _what_it_sizes(noun: Token, span: Span, kind: str) -> str | None:
    """What an amount said of ``noun`` counts: for money or a percent the noun ("fees of up to
    £3,000", "profits rose 5%"); for a bare count only a thing a measure names ("the number
    of victims is 300"), since the noun a count is the size or level of ("a workforce of
    75,000", "a net worth of 1.356 billion", "the index eased to 52.7") is what the number
    is about (its ``concept``), not what it counts."""
    thing = _through_measure(noun, span)
    if kind == "count" and thing.i == noun.i:
        return None
    return _noun_phrase(thing)


def _measure_or_number_word(word: str) -> bool:
    """A scale, vague amount, period, currency or number word ("a third"): no noun counted."""
    return any(
        word in table for table in (SCALES, VAGUE, DURATIONS, CURRENCY_WORDS, WORDS, DENOMINATORS)
    )


def _counted(span: Span, kind: str) -> str | None:
    """What the number counts or pays for, from the dependency parse."""
    root = _number_root(span)
    head = root.head
    last = span[-1]
    if (span.end < len(span.doc) and span.doc[span.end].lower_ in ("times", "fold")) or (
        span.text.lower().endswith("fold")
    ):
        return None  # "six times more data", "grew sixfold": a ratio, counting nothing
    if (
        span.text.lower() == "one"
        and span.end < len(span.doc)
        and span.doc[span.end].lower_ == "in"
    ):
        return None  # "one in three Turks": the share's 1; the noun is the "three"'s
    after = " ".join(t.lower_ for t in span.doc[span.end : span.end + 3])
    if re.fullmatch(r"parts per (?:million|billion|thousand)", after):
        return after  # "420 parts per million": one measure, not "parts"
    if (
        kind == "count"
        and len(span) > 1
        and last.pos_ == "NOUN"
        and last.is_alpha
        and not is_unit(last)
        and not _measure_or_number_word(last.lower_)
    ):
        return last.text  # "as much as 1/4 point": the entity holds the noun counted
    # "40 people were hurt, 12 of them children": the noun after "of them".
    part = _part_of_them(span, root)
    if part is not None:
        return _noun_phrase(part)
    # "27 of 36 passes": a part of what the number after it counts.
    if (
        root.dep_ == "quantmod"
        and head.like_num
        and head.i > root.i
        and head.dep_ == "nummod"
        and any(t.lower_ == "of" for t in span.doc[root.i + 1 : head.i])
        and _is_thing(head.head, span)
    ):
        return _noun_phrase(head.head)
    # "half the world's population": the possessed noun, not its possessor (but "10
    # companies' shares" counts the companies: no determiner between).
    if (
        head.dep_ == "poss"
        and head.i > root.i
        and head.head.i > head.i
        and any(t.dep_ == "det" and t.head.i == head.i for t in span.doc[root.i + 1 : head.i])
    ):
        head = head.head
    # "4.3M digital and physical sales", "900,000 print and online readers": coordinated
    # premodifiers, the first of which the parser made the number's head.
    if root.dep_ in ("nummod", "compound", "nmod") and head.i > root.i:
        coordinated = _coordinated_premodifiers(head, span)
        if coordinated is not None:
            return coordinated
    # "two e-mail messages", "14 ex-soldiers", "four previous parliamentary by-elections": a
    # hyphenated noun, whose pieces the parser takes for other words.
    if kind == "count" and root.dep_ in ("nummod", "compound", "nmod", "amod"):
        hyphenated = _hyphenated_noun_after(span)
        if hyphenated is not None:
            return hyphenated
    # "35,000 September put options": the parser may hang the number on a name or a month
    # that premodifies the noun counted.
    if root.dep_ == "nummod" and not _hyphened_to_number(head):  # not "a six-page letter"
        head = _compound_head(head, span)
    # "Nine consulates ... will be closed": a plural noun tagged a verb, the number its subject
    if root.dep_ == "nsubj" and head.i == root.i + 1 and _plural_as_verb(head):
        return _noun_phrase(head)
    # "15,000 troops", "zero ambiguity", "$102.6bn debt restructuring offer", "19% rise in X".
    if (
        root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "npadvmod", "predet")
        and head.i != root.i
        and _is_thing(head, span)
        and head.i > root.i
    ):
        return _noun_phrase(_through_measure(head, span))
    # "between 2,000 and 4,000 supporters": a later number in the span modifies the noun.
    for token in span:
        if token.dep_ == "nummod" and token.head.i >= span.end and _is_thing(token.head, span):
            return _noun_phrase(_through_measure(token.head, span))
    # "300p per share", "£20 a head": the unit priced, when it is not a period (a rate).
    doc = span.doc
    if (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ in ("per", "a", "an", "each")
        and doc[span.end + 1].pos_ == "NOUN"
        and kind == "money"
        and _is_thing(doc[span.end + 1], span)
    ):
        return doc[span.end + 1].text
    # "her £7.5m ($14.6m) sex discrimination case": a noun right after (misparsed as a sibling).
    noun = _noun_after(span)
    if noun is not None:
        return _noun_phrase(_through_measure(noun, span))
    # "hundreds of armored vehicles", "$ 2.5 billion in military aid", "for lethal assistance".
    anchors = [root, *(t for t in span if t.i != root.i)]
    if is_unit(root) or root.lower_ in CURRENCY_WORDS:
        anchors.insert(0, root)
    # a bare count counts what it is "of", never the place, event or cause it is "in", "for"
    # or "on" ("from 400 in the contested primary", "150 million in the Research Centre")
    preps = ("of",) if kind == "count" else ("of", "in", "for", "on")
    for token in anchors:
        target = _pobj_after(token, preps)
        # "two-thirds of the 4.3M digital and physical sales": the object misparsed
        if (
            target is not None
            and target.i >= span.end
            and (coordinated := _coordinated_premodifiers(target, span))
        ):
            return coordinated
        if _the_adjective_as_noun(target, span):
            return target.text  # "three of the injured", "two of the dead": the people so
        if (
            target is not None
            and target.i >= span.end
            and _is_thing(target, span)
            and target.ent_type_ not in ("GPE", "LOC")  # "25% in London": a place, not a thing
            and not _a_when(target)
        ):
            return _noun_phrase(_through_measure(target, span))
    doc = span.doc
    after = span.end
    while after < len(doc) and after < span.end + 3 and doc[after].pos_ == "ADV":
        after += 1
    if after < len(doc) and doc[after].lower_ in preps and doc[after].lower_ != "on":
        objects = [
            c
            for c in children(doc[after])
            if c.dep_ == "pobj"
            and _is_thing(c, span)
            and c.ent_type_ not in ("GPE", "LOC")
            and not _a_when(c)
        ]
        if objects:
            return _noun_phrase(_through_measure(objects[0], span))
    # "more than half the surplus, 6.962 trillion yen": an amount in apposition to a noun.
    if (
        root.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.i < span.start
        and span.doc[span.start - 1].text in (",", "-", "–")
        and _is_thing(head, span)
    ):
        return _what_it_sizes(head, span, kind)
    # "fees of up to £3,000", "producer prices of 7.1%": the noun the amount is "of".
    if root.dep_ == "pobj" and head.lower_ in ("of", "at") and _is_thing(head.head, span):
        owner = head.head
        if owner.lower_ not in MEASURES and kind != "count":
            return _noun_phrase(owner)
    # "a 19% rise in profits to £450.7m": the end point of a change noun.
    change = head.head
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("to", "from")
        and change.pos_ == "NOUN"
        and change.lower_ in MEASURES
    ):
        thing = _through_measure(head.head, span)
        if thing.i != head.head.i:
            return _noun_phrase(thing)
    # "the schools, of which 40 will close": the antecedent of a partitive relative clause.
    clause = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "relcl" and _of_which(clause):
        thing = clause.head
        return _noun_phrase(_through_measure(thing, span)) if _is_thing(thing, span) else None
    # "profits jumped 76% to $1.13bn", "BMW sold 95,000 cars, up 2.6%": the clause's noun.
    verb = root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        if verb.dep_ not in (
            *("pobj", "prep", "quantmod", "npadvmod", "advmod", "dobj", "attr", "acomp"),
        ):
            break
        verb = verb.head
    found = _clause_counted(verb, root, span, kind) if verb.pos_ in ("VERB", "AUX") else None
    # "in a deal worth £450m": when nothing else says it, the noun that is worth the amount.
    worth = root.head
    if (
        found is None
        and worth.lower_ == "worth"
        and root.dep_ in ("npadvmod", "pobj", "dobj")
        and worth.head.i != worth.i
        and worth.head.pos_ == "NOUN"
        and _is_thing(worth.head, span)
    ):
        return _what_it_sizes(worth.head, span, kind)
    return found


def _the_adjective_as_noun(target: Token | None, span: Span) -> bool:
    """ "three of the injured", "two of the dead", "four of the wounded": an adjective or a
    participle after "the" that stands for the people it describes, the object of "of" with
    no noun after it."""
    doc = span.doc
    return (
        target is not None
        and target.i >= span.end
        and target.dep_ == "pobj"
        and target.tag_ in ("JJ", "VBN")
        and target.i > 0
        and doc[target.i - 1].lower_ == "the"
        and not (target.i + 1 < len(doc) and doc[target.i + 1].pos_ in ("NOUN", "PROPN"))
        and not any(c.dep_ == "prep" for c in children(target))  # "the rest of", "the best of"
    )


def _hyphenated_noun_after(span: Span) -> str | None:
    """The noun a count premodifies, read off the word order when it is written with hyphens:
    the number, up to three adjectives, then a word of alphabetic pieces glued by hyphens
    ("e-mail", "ex-soldiers", "by-elections") that is a noun or premodifies the nouns after
    it ("e-mail messages"). The tokenizer splits such a word and the parser often takes its
    pieces for other words (a preposition, an adjective), leaving the count no noun or the
    first piece ("e"). A number glued to the word ("a six-page letter") is left to the
    parse."""
    doc = span.doc
    if not span[-1].whitespace_:
        return None
    i = span.end
    while i < min(span.end + 3, len(doc)) and doc[i].tag_ in ADJECTIVE_TAGS and doc[i].whitespace_:
        i += 1
    first = doc[i] if i < len(doc) else None
    if first is None or not first.is_alpha or first.whitespace_ or first.like_num:
        return None  # "two four-storey buildings": a number of its own, the parse's
    last = i
    while (
        last + 2 < len(doc)
        and doc[last + 1].text == "-"
        and not doc[last].whitespace_
        and not doc[last + 1].whitespace_
        and doc[last + 2].is_alpha
    ):
        last += 2
    if last == i:
        return None
    noun = doc[last]
    for _ in range(4):  # "e-mail messages": the pieces premodify the noun after them
        head = noun.head
        if not (
            head.i > noun.i
            and head.pos_ == "NOUN"
            and noun.dep_ in ("compound", "amod", "nmod")
            and all(t.dep_ in ("compound", "amod", "nmod") for t in doc[last + 1 : head.i])
        ):
            break
        noun, last = head, head.i
    # "50,000 with-profits investors": a hyphenated premodifier, then the noun
    while last + 1 < len(doc) and doc[last].whitespace_ and doc[last + 1].tag_ in ("NN", "NNS"):
        if doc[last + 1].ent_type_ in ("DATE", "TIME") or is_unit(doc[last + 1]):
            break
        last += 1
        noun = doc[last]
    if noun.tag_ not in ("NN", "NNS") or noun.is_stop or is_unit(noun):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in doc[span.end : last + 1]):
        return None
    return doc[span.end : last + 1].text


def _coordinated_premodifiers(first: Token, span: Span) -> str | None:
    """ "digital and physical sales", "print and online readers": the noun that coordinated
    premodifiers share, when the parser made the first of them the head (an adjective or a
    singular noun with "and" or "or" on it and the plural noun as its conjunct, or as the head
    it premodifies). The phrase runs from the first premodifier to the noun."""
    if first.pos_ not in ("ADJ", "NOUN") or first.tag_ in ("NNS", "NNPS"):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in children(first)):
        return None
    if first.pos_ == "NOUN" and span.text.lower().split()[-1] in ("one", "1"):
        return None  # "one ambulance and several police": a singular noun one counts
    noun = next(
        (c for c in children(first) if c.dep_ == "conj" and c.tag_ == "NNS" and c.i > first.i),
        None,
    )
    if noun is None and first.dep_ in ("amod", "nmod", "compound"):
        noun = first.head
    if (
        noun is None
        or noun.tag_ != "NNS"
        or not 0 < noun.i - first.i <= 6
        or not _is_thing(noun, span)
    ):
        return None
    between = first.doc[first.i : noun.i + 1]
    if any(
        t.like_num or t.dep_ in ("det", "poss", "nummod") or (t.is_punct and t.text != "-")
        for t in between
    ):
        return None  # "one car and two buses": two counts, not one phrase
    return between.text


def _compound_head(noun: Token, span: Span) -> Token:
    """The common noun a name premodifies, when the parser hung a number on the name ("two
    Central Park ice rinks", "35,000 September 97 put options"): a count of a name is of the
    thing named after it. A common noun the number premodifies is left alone: "a three course
    meal" counts courses."""
    if _singular_premodifier(noun, span):
        return noun.head  # "96 liverpool fans", "300 steel workers": the plural it premodifies
    if noun.pos_ != "PROPN":
        return noun
    for _ in range(6):
        if not (
            noun.dep_ in ("compound", "nmod")
            and 0 < noun.head.i - noun.i <= 6
            and (noun.head.pos_ == "PROPN" or _is_thing(noun.head, span))
        ):
            break
        noun = noun.head
    return noun


def _singular_premodifier(noun: Token, span: Span) -> bool:
    """Whether the singular common noun a number (not one) hangs on premodifies a plural noun
    right after it: a number agrees with the plural, so that is what it counts ("96 liverpool
    fans" in a lowercased line, where the name is a common noun to the tagger). A singular
    head ("a three course meal") or a unit ("a 30 degree angle", "10 year bonds") is left."""
    head = noun.head
    between = noun.doc[noun.i + 1 : head.i]  # "90,000 model 3 sedans": a name's number
    return (
        noun.tag_ == "NN"
        and noun.dep_ in ("compound", "nmod")
        and head.i > noun.i
        and all(t.text.isdigit() and len(t.text) <= 4 for t in between)
        and len(between) <= 1
        and head.tag_ == "NNS"
        and not is_unit(noun)
        and noun.lower_ not in CURRENCY_WORDS
        and noun.lower_ not in DURATIONS
        and all(t.like_num and t.lower_ not in ("one", "1") for t in span if t.dep_ == "nummod")
        and not span.text.strip().lower().endswith(("one", " 1"))
        and _is_thing(head, span)
    )


def _part_of_them(span: Span, root: Token) -> Token | None:
    """ "30 passengers, 12 of them children": the noun after "N of them" that says what the
    part counts, which the parser makes the number's head."""
    doc, i = span.doc, span.end
    if (
        i + 2 < len(doc)
        and doc[i].lower_ == "of"
        and doc[i + 1].lower_ in ("them", "whom", "those", "these")
        and root.head.i > i + 1
        and root.head.i - (i + 1) <= 4
        and root.head.tag_ in ("NNS", "NNPS")
        and _is_thing(root.head, span)
    ):
        return root.head
    return None


def _clause_counted(verb: Token, root: Token, span: Span, kind: str) -> str | None:
    """What an amount that is an argument of ``verb`` counts: its subject or object, or for a
    participle or relative clause, the noun the clause hangs on."""
    prep = root.head.lower_ if root.dep_ == "pobj" else None
    # "prices ranging from £19 to £29", "a deficit projected to peak at $427bn": the noun a
    # participle of range or change describes (not "people living on $2 a day").
    participle = verb.head if verb.dep_ == "xcomp" and verb.head.dep_ == "acl" else verb
    if participle.dep_ == "acl":
        if prep in ("from", "to", "at", "between", "by") and _is_thing(participle.head, span):
            return _what_it_sizes(participle.head, span, kind)
        return None
    # "the number of sham marriages, of which there are up to 15,000": the antecedent.
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "relcl" and _is_thing(clause.head, span) and _of_which(clause):
        return _noun_phrase(_through_measure(clause.head, span))
    # "the oldest member is 114": a bare count said of a subject is an age or score, unless
    # the subject is a measure ("the number of victims is 300").
    if kind == "count" and root.dep_ == "attr" and verb.lemma_ == "be":
        subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in MEASURES:
            return None
    if kind == "money":
        found = _paid_for(verb, prep, span)
        if found is not None:
            return _noun_phrase(_through_measure(found, span))
    # "raised its estimate of oil demand by 80,000 barrels", "drive the cost of the policy up
    # by £130m": a change to a measured object is a change to what it measures.
    for child in children(verb):
        if child.dep_ == "dobj" and child.lower_ in MEASURES | PRICES | ESTIMATES and prep == "by":
            return _noun_phrase(_through_measure(child, span))
    # Common nouns first; a name only for a percent change ("TB has increased by 25%").
    for pos in ("NOUN", "PROPN") if kind == "percent" else ("NOUN",):
        for dep in ("nsubj", "nsubjpass", "dobj"):
            for child in children(verb):
                if child.dep_ != dep or child.left_edge.i <= root.i <= child.right_edge.i:
                    continue
                if dep != "dobj" and child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    child = verb.head  # noqa: PLW2901  "a club that is growing by 13%"
                if child.pos_ == pos and _is_thing(child, span):
                    return _what_it_sizes(child, span, kind)
    # "it rose 5% to 2,000 jobs": the noun of the end point.
    target = _pobj_after(verb, ("to",)) if kind == "percent" else None
    if target is not None and any(c.like_num for c in children(target)) and _is_thing(target, span):
        return _noun_phrase(target)
    return None


def _of_which(clause: Token) -> bool:
    """ "..., of which there are 300", "..., of whom 12 died": a partitive relative clause."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(c.lower_ in ("which", "whom") for c in children(child))
        for child in children(clause)
    )


def _paid_for(verb: Token, prep: str | None, span: Span) -> Token | None:
    """What a sum pays for: the object bought or valued ("buy Guidant for $25.4bn", "value
    United at £800m"), or what a clause subject does ("owning 10 gadgets sets you back £7,455",
    "it could cost £80m to run a referendum")."""
    if prep in ("for", "at") and verb.lemma_ in TRANSACTIONS:
        for child in children(verb):
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") and _is_thing(child, span):
                return child
    subject = next((c for c in children(verb) if c.dep_ in ("csubj", "nsubj")), None)
    clause = None
    if subject is not None and subject.dep_ == "csubj":
        clause = subject
    elif subject is not None and subject.lower_ == "it":
        clause = next((c for c in children(verb) if c.dep_ == "xcomp"), None)
    if clause is not None:
        for child in children(clause):
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and _is_thing(child, span):
                return child
    return None


# Nouns of what was expected, whose bare number counts what the result counts ("beating
# forecasts of 6 million", "short of estimates of 430,000").
_EXPECTED = {"forecast", "estimate", "expectation", "projection", "prediction", "consensus"}


def _elided(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "Amicus has 1.2 million members and the TGWU has 800,000": a bare number whose noun is
    left out counts what the number before it in the sentence counts. Not ages or scores
    ("the oldest member is 114", "died at 50", "Scrushy, 52"), which are never elided.
    A level reached ("the TA-125 climbed 0.1% to 1,333.18") counts the noun written after
    an earlier number of the sentence ("a close of 1,463.87 points") rather than its
    clause's subject."""
    result = list(facts)
    for i, fact in enumerate(result):
        if fact.kind not in ("count", "percent") or i == 0:
            continue
        span = number_span(doc, fact.start, fact.end)
        if span is None:
            continue
        root = span.root
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and root.head.head.lemma_ in ("average", "total")
        ):
            root = root.head.head  # "compared with an average of 20 per week": the average's
        if (
            root.dep_ == "nummod"
            and _a_when(root.head)
            and 0 < root.head.i - root.i <= 3
            and doc[root.i + 1].lower_ in ("last", "next", "this", "previous")
        ):
            root = root.head  # "against 250 last season": the parser hangs the number on the
            # period after it, which no count before "last" counts; the period stands in its place
        if (
            root.dep_ == "nummod"
            and root.head.lower_ == "more"
            and not any(c.lower_ == "of" for c in children(root.head))  # "10 more of the jets"
        ):
            root = root.head  # "with 12 more in port": the parser hangs the "more"
        if root.dep_ not in (
            "dobj",
            "nsubj",
            "nsubjpass",
            "pobj",
            "conj",
            "npadvmod",
            "nummod",
            "appos",
        ):
            continue
        compared = (
            (root.head.lower_ == "with" and root.head.head.lemma_ == "compare")
            # a part of the count before: "300 tanks, including 40 from the reserve", "with
            # 25 more in Uganda", "with about 900 of those in France"
            or (root.dep_ == "pobj" and root.head.lower_ in ("including", "excluding"))
            or (root.dep_ == "pobj" and _part_after(doc, span))
            or root.head.lower_ in ("against", "versus", "vs")  # "41 thefts in May, against 30"
            # "8 million viewers, up from 6 million": the earlier value of the change
            or (
                root.dep_ == "pobj"
                and root.head.lower_ == "from"
                and root.head.head.lower_ in ("up", "down")
            )
            # "8.8 million subscribers, beating forecasts of 6 million"
            or (root.head.lower_ == "of" and root.head.head.lemma_ in _EXPECTED)
        )
        earlier = result[i - 1]
        if fact.kind == "count":  # past percents and money between: "0.1% to 1,333.18"
            counts = [e for e in reversed(result[max(0, i - 4) : i]) if e.kind == "count"]
            # "112 million viewers ... two Super Bowls, which averaged 114 million": the
            # count of its order of magnitude, when the nearest is far from it
            alike = [e for e in counts if _same_order(e.value, fact.value)]
            earlier = next(iter(alike or counts), earlier)
        # "to 1,333.18", "than 300"; "to end at 1,334.20" after "at 1,463.78 points".
        level = root.dep_ == "pobj" and (
            root.head.lower_ in ("to", "than")
            or (
                root.head.lower_ == "at"
                and (earlier.direction or _preposition(doc, earlier) in ("at", "of", "to"))
            )  # "was down 1.66 points at 559.68"
        )
        if (root.dep_ == "pobj" and not level and not compared) or (
            root.dep_ == "nummod" and not root.head.like_num
        ):
            continue
        if fact.counted and not (
            level and fact.kind == earlier.kind == "count" and _written_after(doc, earlier)
        ):
            continue
        if (
            level
            and root.head.head.lemma_ != "compare"  # "compared to 469": a count compared
            and earlier is not result[i - 1]
            and (earlier.counted or "").split()[-1:] not in (["points"], ["point"], ["pts"])
        ):
            continue  # "measures it against six rivals, slipped 0.2% to 104.1": past the
            # change, only an index's points are the level's noun, not any count before it
        proportion = earlier.kind == "percent" or (earlier.kind == "count" and earlier.value < 1)
        if (
            earlier.sentence_index == fact.sentence_index
            and earlier.counted
            and not _written_after(doc, fact)
            and (earlier.kind == fact.kind == "count" or (fact.kind == "percent" and proportion))
            # "Of the 540 prisoners ..., almost half": a share of the whole, not prisoners
            and not (fact.kind == "count" and fact.value < 1 <= earlier.value)
        ):
            result[i] = replace(fact, counted=earlier.counted)
    return result


def _part_after(doc: Doc, span: Span) -> bool:
    """Whether a bare number is followed by "more" ("25 more") or by "of" a pronoun ("900 of
    those"): a part of, or an addition to, what a count before it counts."""
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    return after[:1] == ["more"] or (
        after[:1] == ["of"] and after[1:] in (["those"], ["them"], ["these"])
    )


def elided_units(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "leads by 13 percentage points in Ohio and 7 in Florida", "rose 5% in May and 3 in
    June": a bare number listed after an amount with a unit or a percent is in that unit."""
    text = doc_text(doc)
    result = list(facts)
    for i in range(1, len(result)):
        earlier, fact = result[i - 1], result[i]
        if (
            fact.kind != "count"
            or fact.counted
            or fact.range
            or (fact.value < 1 and not re.search(r"\d", fact.text))  # "down three-quarters"
            or re.search(r"\d\s+[A-Za-z]+$", fact.text)  # "240 V and 13 A": a symbol of its own
            or earlier.range
            or earlier.kind not in ("quantity", "percent")
            or earlier.sentence_index != fact.sentence_index
            or not _same_order(earlier.value, fact.value)
        ):
            continue
        gap = text[earlier.end : fact.start]
        span = number_span(doc, fact.start, fact.end)
        after = doc[span.end] if span is not None and span.end < len(doc) else None
        # "ran 12 miles - only another 14 to go": more of the unit just written
        more = re.search(r"\b(?:another|a further)\s+$", gap)
        if (
            len(gap) <= 40
            and not re.search(r"\d|[.;:()]", gap)
            and (more or re.search(r"(?:\band|\bor|\bbut|,)\s+(?:\w+\s+)?$", gap))
            and (
                after is None
                or after.pos_ in ("ADP", "PUNCT", "CCONJ", "ADV")
                or (more and after.pos_ == "PART")  # "another 14 to go"
            )
        ):
            result[i] = replace(
                fact,
                kind=earlier.kind,
                unit=earlier.unit,
                rate=earlier.rate,
                direction=fact.direction or earlier.direction,
            )
    return result


def _same_order(one: float, other: float) -> bool:
    """Within a factor of 100 of each other ("1.2 million members ... 800,000")."""
    return one > 0 and other > 0 and max(one, other) / min(one, other) <= 100


def _preposition(doc: Doc, fact: NumericFact) -> str | None:
    """The preposition whose object a fact's number is ("at 1,463.78 points" -> "at")."""
    span = number_span(doc, fact.start, fact.end)
    root = span.root if span is not None else None
    if root is not None and root.dep_ == "nummod":
        root = root.head  # "at 1,463.78 points"
    return root.head.lower_ if root is not None and root.dep_ == "pobj" else None


def _written_after(doc: Doc, fact: NumericFact) -> bool:
    """Whether the noun a fact counts is written just after its number ("13,000 workers")."""
    if not fact.counted:
        return False
    after = re.findall(r"[a-z]+", doc_text(doc)[fact.end : fact.end + 40].lower())[:4]
    words = re.findall(r"[a-z]+", fact.counted.lower())  # "chart-toppers": "toppers"
    return bool(words) and words[-1] in after
