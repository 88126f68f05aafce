"""What the reader's page of an article shows, computed from the API's JSON only."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from service.reader.markup import Span, render_paragraphs

PALETTE_SIZE = 12  # speaker colours, c0..c11 in reader.css; reused past the twelfth speaker
REPORTED_KINDS = frozenset({"indirect"})  # reported speech; every other kind is quoted words
ENTITY_TYPES = ("person", "organization", "place")  # own underline each; the rest: "other"

QUOTE, FRAGMENT, MENTION, NUMBER = range(4)  # nesting layers, outermost first


@dataclass
class Speaker:
    """One speaker of the article: a named entity, a description, or no one."""

    key: str  # s1, s2... in order of first quote
    name: str
    entity_id: str | None
    anonymous: bool
    gender: str | None
    colour: int | None  # None: unattributed quotes
    direct: int = 0
    reported: int = 0
    selected: bool = True
    quote_ids: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return self.direct + self.reported

    @property
    def summary(self) -> str:
        """How much they said: "2 quoted, 1 reported"."""
        parts = [f"{self.direct} quoted"] * bool(self.direct)
        return ", ".join([*parts, *[f"{self.reported} reported"] * bool(self.reported)])


def _speaker_identity(speaker: Mapping[str, Any] | None) -> tuple:
    if speaker is None:
        return (None,)
    if speaker["entity_id"]:
        return ("entity", speaker["entity_id"])
    return ("name", speaker["name"], speaker["anonymous"])


def speakers_of(
    quotes: Sequence[Mapping[str, Any]], selected: Collection[str] | None
) -> tuple[list[Speaker], dict[str, Speaker]]:
    """The article's speakers in order of first quote, and the speaker of each quote id.

    ``selected``: the speaker keys whose quotes stay highlighted (None: all of them).
    """
    found: dict[tuple, Speaker] = {}
    by_quote: dict[str, Speaker] = {}
    colours = 0
    for quote in quotes:
        said_by = quote["speaker"]
        identity = _speaker_identity(said_by)
        speaker = found.get(identity)
        if speaker is None:
            key = f"s{len(found) + 1}"
            if said_by is None:
                speaker = Speaker(key, "Unattributed", None, False, None, None)
            else:
                speaker = Speaker(
                    key,
                    said_by["name"],
                    said_by["entity_id"],
                    said_by["anonymous"],
                    said_by.get("gender"),
                    colours % PALETTE_SIZE,
                )
                colours += 1
            speaker.selected = selected is None or key in selected
            found[identity] = speaker
        if speaker.gender is None and said_by is not None:
            speaker.gender = said_by.get("gender")
        if quote["kind"] in REPORTED_KINDS:
            speaker.reported += 1
        else:
            speaker.direct += 1
        speaker.quote_ids.append(quote["id"])
        by_quote[quote["id"]] = speaker
    return list(found.values()), by_quote


def format_number(value: float) -> str:
    """A value as people write it: 2,500,000,000; 8.5; -1.3."""
    return format(value, ",.15g")


def number_label(fact: Mapping[str, Any]) -> str:
    """What a number says: qualifier, value, unit or currency, rate, and who claims it."""
    value = format_number(fact["value"])
    vague = fact["range"]
    if vague and vague["kind"] == "vague":  # "thousands": 1,000 to 10,000
        value = f"{format_number(vague['low'])} to {format_number(vague['high'])}"
    if fact["unit"] == "%":
        said = f"{value}%"
    elif fact["currency"]:
        said = f"{value} {fact['currency']}"
    elif fact["unit"]:
        said = f"{value} {fact['unit']}"
    else:
        said = value
    if fact["rate"]:
        said += f" per {fact['rate']['per']}"
    if fact["qualifier"]:
        said = f"{fact['qualifier']} {said}"
    if fact["counted"]:
        said += f" ({fact['counted']})"
    claimant = fact["claimed_by"]
    if claimant is None:
        return f"{said} · stated by the article"
    return f"{said} · claimed by {_speaker_name(claimant)}"


def _speaker_name(speaker: Mapping[str, Any]) -> str:
    return speaker["name"] + (" (anonymous)" if speaker["anonymous"] else "")


def quote_label(quote: Mapping[str, Any]) -> str:
    """Who said a quote, and how: "Dmitry Peskov · quoted", "an official (anonymous) ·
    reported"."""
    kind = "reported" if quote["kind"] in REPORTED_KINDS else "quoted"
    if quote["speaker"] is None:
        return f"Unattributed · {kind}"
    return f"{_speaker_name(quote['speaker'])} · {kind}"


def _attrs(**values: str) -> tuple[tuple[str, str], ...]:
    return tuple((name.rstrip("_").replace("_", "-"), value) for name, value in values.items())


def spans_of(
    quotes: Sequence[Mapping[str, Any]],
    by_quote: Mapping[str, Speaker],
    entities: Sequence[Mapping[str, Any]],
    facts: Sequence[Mapping[str, Any]],
) -> tuple[list[Span], list[tuple[str, str]]]:
    """The annotated spans of the article, and the (id, text) of each focusable one's label."""
    spans: list[Span] = []
    labels: list[tuple[str, str]] = []
    for quote in quotes:
        speaker = by_quote[quote["id"]]
        reported = quote["kind"] in REPORTED_KINDS
        classes = [
            "q",
            "q-reported" if reported else "q-direct",
            "cx" if speaker.colour is None else f"c{speaker.colour}",
        ]
        if not speaker.selected:
            classes.append("off")
        label = quote_label(quote)
        labels.append((f"l-{quote['id']}", label))
        spans.append(
            Span(
                quote["start"],
                quote["end"],
                QUOTE,
                quote["id"],
                "mark",
                _attrs(
                    class_=" ".join(classes),
                    data_quote=quote["id"],
                    data_speaker=speaker.key,
                    data_tip=label,
                ),
                _attrs(id=quote["id"], tabindex="0", aria_describedby=f"l-{quote['id']}"),
            )
        )
        for n, fragment in enumerate(quote.get("fragments") or ()):
            spans.append(
                Span(
                    fragment["start"],
                    fragment["end"],
                    FRAGMENT,
                    f"{quote['id']}-f{n}",
                    "span",
                    _attrs(class_="frag"),
                )
            )
    for entity in entities:
        kind = entity["type"] if entity["type"] in ENTITY_TYPES else "other"
        title = f"{entity['type']}: {entity['name']}"
        for n, mention in enumerate(entity["mentions"]):
            spans.append(
                Span(
                    mention["start"],
                    mention["end"],
                    MENTION,
                    f"{entity['id']}#{n}",
                    "span",
                    _attrs(class_=f"ent ent-{kind}", data_entity=entity["id"], title=title),
                )
            )
    for fact in facts:
        label = number_label(fact)
        labels.append((f"l-{fact['id']}", label))
        claimed = "num claimed" if fact["claimed_by"] else "num"
        spans.append(
            Span(
                fact["start"],
                fact["end"],
                NUMBER,
                fact["id"],
                "data",
                _attrs(class_=claimed, value=repr(fact["value"]), data_tip=label),
                _attrs(id=fact["id"], tabindex="0", aria_describedby=f"l-{fact['id']}"),
            )
        )
    return spans, labels


@dataclass(frozen=True)
class ArticlePage:
    """Everything the article template shows."""

    document: Mapping[str, Any]
    paragraphs: list[Markup]
    speakers: list[Speaker]
    labels: list[tuple[str, str]]
    quote_count: int
    reported_count: int
    fact_count: int
    claimed_count: int
    entity_types: list[tuple[str, int]]
    filtered: bool


def article_page(
    document: Mapping[str, Any],
    quotes: Sequence[Mapping[str, Any]],
    entities: Sequence[Mapping[str, Any]],
    facts: Sequence[Mapping[str, Any]],
    selected: Collection[str] | None = None,
) -> ArticlePage:
    """The page of one article from its API JSON: the document, its quotes, entities and
    numeric facts; ``selected``, the speaker keys left highlighted (None: all)."""
    speakers, by_quote = speakers_of(quotes, selected)
    spans, labels = spans_of(quotes, by_quote, entities, facts)
    paragraphs = [(p["start"], p["end"]) for p in document["paragraphs"]]
    types: dict[str, int] = {}
    for entity in entities:
        kind = entity["type"] if entity["type"] in ENTITY_TYPES else "other"
        types[kind] = types.get(kind, 0) + 1
    return ArticlePage(
        document=document,
        paragraphs=render_paragraphs(document["text"], paragraphs, spans),
        speakers=speakers,
        labels=labels,
        quote_count=len(quotes),
        reported_count=sum(1 for q in quotes if q["kind"] in REPORTED_KINDS),
        fact_count=len(facts),
        claimed_count=sum(1 for f in facts if f["claimed_by"]),
        entity_types=[(t, types[t]) for t in (*ENTITY_TYPES, "other") if t in types],
        filtered=selected is not None,
    )
