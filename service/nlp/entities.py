"""Named entities: mentions, canonical entities per document, titles and roles, salience."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from service.nlp.lexicon import (
    AFFILIATION_LABELS,
    CANONICAL_NAMES,
    DEMONYMS,
    GLUED_SPEECH_VERBS,
    NON_PERSON_ORG_WORDS,
    NON_PERSON_THING_WORDS,
    PLACE_PATTERNS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    US_STATES,
)
from service.nlp.records import Attribute, Entity, Mention

# spaCy label -> entity type used in ids ("person:dmitry-peskov") and in the API.
ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
    "FAC": "facility",
    "EVENT": "event",
    "PRODUCT": "product",
    "LAW": "law",
}

_QUOTES_AND_BRACKETS = frozenset('"“”«»‘’[](){}')
_LEADING_JUNK = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SLUG = re.compile(r"[^a-z0-9]+")
# Letters after a name (or before it, as a role: "MEP Caroline Lucas").
POST_NOMINALS = frozenset(["MP", "MEP", "MSP", "AM", "QC", "KC", "MBE", "OBE", "CBE", "KBE"])
_PARTY_STATE = re.compile(r"\s*\(\s*([RDI])\s*[-–]\s*([A-Z][A-Za-z. ]{1,20}?)\s*\)")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token on each access."""
    text = doc.user_data.get("newsfacts_text")
    if text is None:
        text = doc.user_data["newsfacts_text"] = doc.text
    return text


# --- Pipeline components: fix what the statistical NER gets wrong on news ---------------------


def _pieces(span: Span) -> list[Span]:
    """Split a span at quotation marks and brackets, dropping those tokens."""
    pieces, start = [], span.start
    for token in span:
        if token.text in _QUOTES_AND_BRACKETS or set(token.text) & _QUOTES_AND_BRACKETS:
            if token.i > start:
                pieces.append(span.doc[start : token.i])
            start = token.i + 1
    if start < span.end:
        pieces.append(span.doc[start : span.end])
    return pieces


def _trim(span: Span) -> Span | None:
    """Drop leading articles, titles (for people) and a trailing possessive from a span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in _LEADING_JUNK:
        start += 1
    if span.label_ == "PERSON":
        # What the recogniser glues before a name: an owner ("Sky Networks' Sophie Turner
        # Laing"), a role ("Nottingham City Councillor Brian Parbutt", "MEP Caroline Lucas").
        for i in range(end - 2, start - 1, -1):
            if doc[i].text in {"'s", "’s", "'", "’"} or _is_title_token(doc[i]):
                start = i + 1
                break
        # Titles ("Rep."), and a capitalised speech verb glued on ("Stated Roger Stone").
        while start < end - 1 and (_is_title_token(doc[start]) or _is_speech_verb(doc[start])):
            start += 1
        while end - 1 > start and doc[end - 1].text in POST_NOMINALS:  # "Paul Boateng MP"
            end -= 1
        # A dash set apart by spaces ends the name ("Roger Federer - nice bloke").
        for i in range(start + 1, end):
            if doc[i].text in {"-", "–", "—"} and doc[i - 1].whitespace_:
                end = i
                break
    while end > start and (doc[end - 1].text in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


def _is_speech_verb(token: Token) -> bool:
    first = token.is_sent_start or token.i == 0 or token.nbor(-1).is_punct
    return first and token.lower_ in GLUED_SPEECH_VERBS


def _is_title_token(token: Token) -> bool:
    lower = token.lower_
    return (
        lower in TITLE_ABBREVIATIONS
        or lower in ROLE_HEADS
        or lower in ROLE_MODIFIERS
        or token.text in POST_NOMINALS
    )


def _relabel(span: Span) -> Span | None:
    """The span with a corrected label, or None if it names nothing."""
    words = {t.lower_ for t in span}
    label = span.label_
    if label == "PERSON":
        if words & NON_PERSON_ORG_WORDS:
            label = "ORG"
        elif words & NON_PERSON_THING_WORDS:
            return None
        elif len(span) == 1 and span.text in DEMONYMS:
            label = "NORP"
    if label in ("GPE", "ORG") and len(span) == 1 and span.text in DEMONYMS:
        label = "NORP"
    if label == "NORP" and span.text not in DEMONYMS:
        demonyms = [t for t in span if t.text in DEMONYMS]
        if len(demonyms) == 1 and span.text.split()[-1] == demonyms[0].text:
            span = span.doc[demonyms[0].i : demonyms[0].i + 1]
    if span.text in PLACE_PATTERNS:
        label = PLACE_PATTERNS[span.text]
    return Span(span.doc, span.start, span.end, label=label)


@Language.component("newsfacts_entity_fixes")
def entity_fixes(doc: Doc) -> Doc:
    """Repair spans broken by quote marks, strip titles and articles, fix wrong labels."""
    fixed: list[Span] = []
    for ent in doc.ents:
        for piece in _pieces(ent):
            span = Span(doc, piece.start, piece.end, label=ent.label_)
            if ent.label_ not in ENTITY_TYPES:  # numbers and dates are the numeric extractor's
                fixed.append(span)
                continue
            trimmed = _trim(span)
            relabelled = _relabel(trimmed) if trimmed is not None else None
            # A name has a letter somewhere: "U.S." has no all-letter token, yet names a place.
            if relabelled is not None and any(c.isalpha() for c in relabelled.text):
                fixed.append(relabelled)
    doc.ents = fixed
    return doc


def add_entity_rules(nlp: Language) -> None:
    """Add this project's rule components to ``nlp`` (called once by load_pipeline)."""
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns(
        [{"label": label, "pattern": text} for text, label in sorted(PLACE_PATTERNS.items())]
    )
    nlp.add_pipe("newsfacts_entity_fixes", after="entity_ruler")


# --- Mentions and canonical entities -----------------------------------------------------------


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where each sentence of ``doc`` starts."""
    return [sent.start_char for sent in doc.sents]


def extract_mentions(doc: Doc) -> list[Mention]:
    """Mentions of the entity types this service reports, in text order."""
    starts = sentence_starts(doc)
    return [
        Mention(e.text, e.label_, e.start_char, e.end_char, bisect_right(starts, e.start_char) - 1)
        for e in doc.ents
        if e.label_ in ENTITY_TYPES
    ]


def slug(text: str) -> str:
    """Lower-case ASCII slug of a name."""
    return _SLUG.sub("-", text.lower()).strip("-")


def _surface(text: str) -> str:
    return " ".join(_POSSESSIVE.sub("", text).split())


def canonical_name(text: str) -> str:
    """The canonical form of a surface name ("U.S." -> "United States")."""
    surface = _surface(text)
    return CANONICAL_NAMES.get(surface.lower(), surface)


def _person_groups(names: Sequence[str]) -> dict[str, str]:
    """Map each person name to the fullest name it abbreviates in the same document."""
    full = sorted({n for n in names if len(n.split()) > 1}, key=lambda n: (-len(n), n))
    mapping = {}
    for name in names:
        if len(name.split()) > 1:
            mapping[name] = name
            continue
        matches = [f for f in full if name in f.split()[1:] or f.split()[-1] == name]
        mapping[name] = matches[0] if len(matches) >= 1 else name
    return mapping


def _is_speaker(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS


def resolve_entities(doc: Doc) -> list[Entity]:
    """Canonical entities of ``doc`` with their mentions, attributes and salience."""
    mentions = extract_mentions(doc)
    people = _person_groups([canonical_name(m.text) for m in mentions if m.label == "PERSON"])
    groups: dict[str, list[Mention]] = {}
    names: dict[str, str] = {}
    for mention in mentions:
        name = canonical_name(mention.text)
        if mention.label == "PERSON":
            name = people.get(name, name)
        key = f"{ENTITY_TYPES[mention.label]}:{slug(name)}"
        if not slug(name):
            continue
        groups.setdefault(key, []).append(mention)
        names.setdefault(key, name)

    raw_scores: dict[str, float] = {}
    length = max(len(doc_text(doc)), 1)
    for key, found in groups.items():
        speaking = sum(_is_speaker(doc, m) for m in found)
        position = 1.0 - found[0].start / length
        score = len(found) * (1.0 + 0.5 * position) + 2.0 * speaking + position
        # Nationalities ("Russian") are frequent adjectives, rarely what a story is about.
        raw_scores[key] = score * (0.5 if key.startswith("group:") else 1.0)
    top = max(raw_scores.values(), default=1.0)

    entities = []
    for key, found in groups.items():
        name = names[key]
        entity_type = key.split(":", 1)[0]
        attributes = _attributes(doc, found) if entity_type == "person" else ()
        aliases = sorted({_surface(m.text) for m in found} - {name})
        entities.append(
            Entity(
                key=key,
                name=name,
                type=entity_type,
                aliases=tuple(aliases),
                mentions=tuple(found),
                attributes=attributes,
                salience=round(raw_scores[key] / top, 4),
            )
        )
    return sorted(entities, key=lambda e: (e.mentions[0].start, e.key))


# --- Titles and roles ------------------------------------------------------------------------


def _attributes(doc: Doc, mentions: Sequence[Mention]) -> tuple[Attribute, ...]:
    """Titles, roles, affiliations, party and state found around a person's mentions."""
    found: dict[tuple[str, str], Attribute] = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for attribute in (*_preceding_roles(span), *_party_and_state(doc, mention)):
            found.setdefault((attribute.kind, attribute.value), attribute)
    return tuple(found.values())


def _preceding_roles(span: Span) -> list[Attribute]:
    """ "Kremlin spokesman X", "Ukrainian Foreign Minister X", "Rep. X" before a name."""
    doc = span.doc
    i = span.start - 1
    # Stay in the sentence without Span.sent, which walks to the sentence's end on every call
    # (quadratic over the names of one long sentence).
    while i >= 0 and not doc[i + 1].is_sent_start and _is_title_token(doc[i]):
        i -= 1
    in_sentence = i >= 0 and not doc[i + 1].is_sent_start
    role_tokens: list[Token] = list(doc[i + 1 : span.start])
    out: list[Attribute] = []
    if role_tokens:
        titles = [t for t in role_tokens if t.lower_ in TITLE_ABBREVIATIONS]
        roles = [t for t in role_tokens if t.lower_ not in TITLE_ABBREVIATIONS]
        for t in titles:
            out.append(Attribute("title", t.text, t.text, t.idx, t.idx + len(t)))
        if roles and (roles[-1].lower_ in ROLE_HEADS):
            first, last = roles[0], roles[-1]
            text = doc_text(doc)[first.idx : last.idx + len(last)]
            out.append(Attribute("role", text, text, first.idx, last.idx + len(last)))
        if in_sentence and roles:
            affiliation = _affiliation_ending_at(doc, i)
            if affiliation is not None:
                out.append(affiliation)
    return out


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
        span = doc[start : i + 1]
        if span.text.lower() in _LEADING_JUNK:
            return None
        return Attribute(
            "affiliation", canonical_name(span.text), span.text, span.start_char, span.end_char
        )
    return None


def _party_and_state(doc: Doc, mention: Mention) -> list[Attribute]:
    """ "(R-Ohio)" right after a name: party "R", state "Ohio"."""
    match = _PARTY_STATE.match(doc_text(doc), mention.end)
    if not match:
        return []
    state = match[2].strip()
    value = US_STATES.get(state.rstrip(".").lower(), state.rstrip("."))
    return [
        Attribute("party", match[1], match[1], match.start(1), match.end(1)),
        Attribute("state", value, state, match.start(2), match.start(2) + len(state)),
    ]
