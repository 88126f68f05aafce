"""What a number is about (``concept``), as NewsQuant defines it: its owner or subject.

``counted`` is the noun a number counts ("13,000 workers" -> workers); the concept is what
the quantity belongs to or is said of ("Ford, which has 13,000 workers" -> Ford; "Tesla
jumped 8.5%" -> Tesla; "a speed of 15 mph" -> speed; "a 5kW solar panel system" -> solar
panel system). Read off the dependency parse, in this order:

1. an amount with a unit that premodifies a noun: that noun ("a 2.4GHz toy");
2. the noun the amount is "of" ("a net worth of $1.7bn", "the price of $25");
3. for a share, what it is a share "of" ("60% of its revenue");
4. the subject of the clause the amount is an argument of, through relative pronouns to
   their antecedent, and up through a participle, an infinitive or a conjunct;
5. whose the things counted are ("two of Johnson's deputies" -> Johnson);
6. for money, a quantity or a percent, what it counts or pays for.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from service.nlp.numeric_facts.syntax import _noun_phrase, _number_root
from service.nlp.numeric_facts.tree import children, lefts, rights
from service.nlp.numeric_facts.units import CURRENCY_WORDS, DURATIONS, is_unit
from service.nlp.numeric_facts.values import SCALES, VAGUE

_RELATIVE = {"that", "which", "who", "whom", "whose"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "this", "these", "those", "there"}
# Dependencies by which an amount is an argument or adjunct of a verb or of an adjective.
_ARGUMENT = {"dobj", "attr", "npadvmod", "acomp", "advmod", "oprd", "pobj", "prep", "nummod"}
_CLIMB = {"xcomp", "advcl", "conj", "ccomp", "acl", "pcomp"}
_MEASURE_NOUNS = {"total", "number", "amount", "sum", "level", "figure", "average", "rate"}


def phrase(noun: Token, span: Span | None = None) -> str | None:
    """A noun with its modifiers and "of"/possessive owner: "the price of the WTI benchmark"
    -> "price WTI benchmark"; "Walsh's total pay package" -> "Walsh total pay package"."""
    if noun.lower_ in _PRONOUNS or noun.lower_ in _RELATIVE:
        return None
    parts = []
    owner = next((c for c in lefts(noun) if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if owner is not None:
        parts.append(_noun_phrase(owner))
    own = _noun_phrase(noun)
    if span is not None:  # "a 60 basis point improvement": not the unit's own words
        written = set(span.text.split())
        own = " ".join(w for w in own.split() if w not in written) or own
    parts.append(own)
    for child in rights(noun):
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "on"):
            inner = next((c for c in children(child) if c.dep_ == "pobj"), None)
            inside = span is not None and span.start <= inner.i < span.end if inner else False
            if (
                inner is not None
                and inner.pos_ in ("NOUN", "PROPN")
                and not inner.like_num
                and not inside
                and not is_unit(inner)
            ):
                parts.append(_noun_phrase(inner))
            break
    text = " ".join(p for p in parts if p).strip()
    return text[:200] or None


def _antecedent(token: Token) -> Token | None:
    """A relative pronoun's antecedent ("Ford, which has ..." -> Ford), else the token."""
    if token.lower_ in _RELATIVE:
        clause = token.head
        while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.dep_ in _CLIMB:
            clause = clause.head
        return clause.head if clause.dep_ == "relcl" else None
    return token


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the clause it hangs from (at most 4 steps up)."""
    for _ in range(4):
        subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subjects:
            child = next((c for c in subjects if not _displaced(c)), subjects[0])
            found = _antecedent(child)
            if found is not None and found.lower_ in _PRONOUNS and verb.dep_ == "ccomp":
                pass  # "BA said it will cut 2,000 jobs": the saying clause's subject
            else:
                if found is not None and found.lower_ in ("it", "they"):
                    found = _named_before(found)  # "Amazon is coming up fast: it is reckoned"
                # A noun, or a word the small model mis-tags ("sampling ... came back at").
                if found is not None and found.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "NUM"):
                    return None if found.lower_ in _PRONOUNS else found
                return None
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if (verb.dep_ not in _CLIMB and verb.dep_ != "acomp") or verb.head.i == verb.i:
            return None  # "acomp": "Nissan, which is 43.4 percent-owned"
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        verb = verb.head
    return None


def _named_before(pronoun: Token) -> Token | None:
    """The subject a pronoun stands for: the sentence's first subject noun before it ("The
    aircraft was insured ..., and experts say it is worth ..." -> aircraft)."""
    sentence_start = pronoun.sent.start
    for token in pronoun.doc[max(sentence_start, pronoun.i - 30) : pronoun.i]:
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.pos_ in ("NOUN", "PROPN")
            and not _displaced(token)
        ):
            return token
    return None


def _displaced(subject: Token) -> bool:
    """Whether another subject of the same verb stands between ``subject`` and the verb: the
    parse of a dateline ("NEW YORK (AP) — Acme Corp. said"), not the clause's subject."""
    verb = subject.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and subject.i < c.i < verb.i for c in children(verb)
    )


def _main_subject(span: Span) -> Token | None:
    """The subject noun of the sentence's main verb, when the amount is not part of it."""
    root = span.sent.root
    subject = next(
        (c for c in children(root) if c.dep_ in ("nsubj", "nsubjpass") and not _displaced(c)),
        None,
    )
    if subject is not None and subject.lower_ in ("it", "they"):
        subject = _named_before(subject)
    if (
        subject is None
        or subject.pos_ not in ("NOUN", "PROPN")
        or subject.left_edge.i <= span.start <= subject.right_edge.i
    ):
        return None
    return subject


def _is_amount_word(token: Token) -> bool:
    lowered = token.lower_
    return token.like_num or lowered in SCALES or lowered in CURRENCY_WORDS or lowered in VAGUE


def concept_of(span: Span, kind: str, has_unit: bool, counted: str | None) -> str | None:
    """What the amount in ``span`` is about; ``has_unit``: it carries its own unit."""
    root = _number_root(span)
    if root.dep_ == "punct":  # "was -5 yards": the sign is parsed apart
        root = next((t for t in span if t.dep_ != "punct" and not t.is_punct), root)
    quantity = root
    # "13,000 workers", "a 5kW system": climb from the number to the noun it modifies.
    while (
        quantity.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod")
        and quantity.head.i != quantity.i
        and quantity.head.i > quantity.i
        and quantity.head.pos_ in ("NOUN", "PROPN", "NUM", "SYM")
    ):
        modified = quantity.head
        # "eight (to 10) hours": the unit noun is the amount's, not what it is about.
        unit_word = is_unit(modified) or modified.lower_ in DURATIONS
        if _is_amount_word(modified) or unit_word or (span.start <= modified.i < span.end):
            quantity = modified
            continue
        if has_unit and kind != "count":
            return phrase(modified, span)  # 1. "a 2.4GHz toy", "a 25% tax"
        quantity = modified
        break
    head = quantity.head
    # 2. "a speed of 15 mph", "a net worth of 1.356 billion", "a target of 200p".
    if (
        quantity.dep_ == "pobj"
        and head.lower_ in ("of", "at", "from", "between", "under", "over", "around", "with")
        and head.head.pos_ in ("NOUN", "PROPN")
        and head.head.i < head.i
    ):  # "homes from $750,000 to $1m", "a speed of 15 mph", "a car with 300 hp"
        owner = head.head
        if owner.lower_ not in _MEASURE_NOUNS:
            return phrase(owner, span)
        quantity, head = owner, owner.head
    # "cut prices by 5%", "Burlington by 2.6%": the noun just before "by".
    if quantity.dep_ == "pobj" and head.lower_ == "by" and head.i > 0:
        before = head.doc[head.i - 1]
        if (
            before.pos_ in ("NOUN", "PROPN")
            and before.lower_ not in _PRONOUNS
            and before.ent_type_ not in ("DATE", "TIME")
        ):
            return phrase(before)
    # 3. "60% of its revenue", "a third of the population".
    if kind == "percent" or (kind == "count" and 0 < _value_hint(span) < 1):
        for child in rights(quantity):
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = next((c for c in children(child) if c.dep_ == "pobj"), None)
                # not the amount itself: "a total of 5%"
                if inner is not None and inner.pos_ in ("NOUN", "PROPN") and inner.i != root.i:
                    return phrase(inner)
    # 4. The clause's subject, unless the amount is itself the subject.
    node = quantity
    for _ in range(6):
        if node.dep_ in ("nsubj", "nsubjpass") or node.head.i == node.i:
            break
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
            return phrase(node.head)
        if node.dep_ not in _ARGUMENT and node.dep_ not in _CLIMB and node.dep_ != "appos":
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subject = _subject(node)
            if subject is not None and not (span.start <= subject.i < span.end):
                return phrase(subject)
            break
    # 5. Whose the things counted are: "two of Johnson's deputies", "Apple's 3 plants".
    counted_noun = quantity if quantity.pos_ == "NOUN" else None
    if counted_noun is None:
        of = next((c for c in children(root) if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted_noun = next((c for c in children(of) if c.dep_ == "pobj"), None) if of else None
    if counted_noun is not None:
        owner = next((c for c in lefts(counted_noun) if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PROPN":
            return _noun_phrase(owner)
    # 6. What it counts or pays for.
    if kind != "count" and counted:
        return counted
    # 7. A name before the unit noun ("MacBook Pro 16 inch"), else the sentence's subject.
    if quantity.pos_ == "NOUN" and is_unit(quantity):
        name = next((c for c in lefts(quantity) if c.dep_ in ("nmod", "compound")), None)
        if name is not None and name.pos_ == "PROPN" and not span.start <= name.i < span.end:
            return _noun_phrase(name)
    if quantity.dep_ in ("nsubj", "nsubjpass"):
        return None  # "300 people bought one": the amount is its clause's subject
    subject = _main_subject(span)
    return phrase(subject) if subject is not None else None


def _value_hint(span: Span) -> float:
    """A rough value of the span for the fraction test: "a third" -> 0.33, else 1."""
    lowered = span.text.lower()
    return 0.5 if any(w in lowered for w in ("half", "third", "quarter")) else 1.0
