"""Turn raw article text into title, clean body text, paragraphs, contributors and boilerplate.

Pure string processing: no spaCy, no I/O. Offsets are into the returned ``text``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter

_BLANK_LINES = re.compile(r"\n[ \t]*\n")

# Trailing web furniture seen under scraped news pages; matched on whole paragraphs only,
# so an article sentence that merely mentions "comments" is never dropped.
_BOILERPLATE = re.compile(
    r"""^(?:
        give\ a\ comment | leave\ a\ comment | add\ a\ comment | comments?(?:\ \(\d+\))? |
        show\ comments | view\ comments | share(?:\ this)?(?:\ article|\ story|\ page)? |
        share\ on\ \w+ | share\ via\ \w+ | tweet | print(?:\ this\ article)? | email |
        read\ more(?:\ .{0,80})? | related(?:\ articles|\ stories|\ topics)? |
        more\ on\ this\ story | advertisement | sponsored(?:\ content)? |
        follow\ us(?:\ on\ .{0,60})? | subscribe(?:\ .{0,80})? | sign\ up(?:\ .{0,80})? |
        newsletter | copyright\ .{0,120} | ©.{0,120} | all\ rights\ reserved\.? |
        click\ here.{0,80} | top\ of\ page | back\ to\ top
    )[.!:]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# Web furniture a scraped page leaves inside the body, each a paragraph of its own: "Story
# continues below advertisement", "Click to play video: '...'", a photo credit "(Jane Doe/CBC)".
# Kept in the text (offsets stay those of the posted text), but no one speaks in it and its
# words are no one's antecedent.
_FURNITURE = re.compile(
    r"""(?:
        story\ continues\ below(?:\ (?:this\ )?advertisement)? | advertisement |
        this\ advertisement\ has\ not\ loaded\ yet.* | social\ sharing | trending\ now |
        click\ to\ (?:play|watch|expand)\ (?:video|image|photo).* |
        (?:read\ more|watch|listen|related|also\ on\ \w+|video|photos?|open\ this\ photo
            \ in\ gallery)\ ?:.* |
        \([^()\n]{2,80}/[^()\n]{2,80}\) |
        (?:posted|published|updated|last\ updated):?\ [^\n]{0,60}\d{4}[^\n]{0,30} |
        [^\n]{0,80}\ ·\ [^\n]{0,80}(?:posted|updated):[^\n]{0,60}
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")


# A byline: "By Allison Jones  The Canadian Press", "By Jane Doe and John Smith, Reuters"
# (every word capitalised: "By Friday, the deal was done." is the article's).
_BYLINE = re.compile(r"By(?:[ \t,·|&]+(?:[A-Z][\w'’.-]*|and))+")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` that are web furniture or a byline, as sorted (start, end)
    offsets."""
    return [
        (m.start(), m.end())
        for m in _PARAGRAPH.finditer(text)
        if _FURNITURE.fullmatch(stripped := m.group().strip()) or _BYLINE.fullmatch(stripped)
    ]


# A dateline opening a line: "EDMONTON — ...", "ORCHARD PARK, N.Y. — ...", "TORONTO (AP) —",
# a sentence after it ("SOCCER - JAPAN GET LUCKY WIN" heads a sports report).
DATELINE = re.compile(
    r"(?P<town>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?:, (?P<region>[A-Z][\w.]*(?: [A-Z][\w.]*)?))?"
    r"(?: \([A-Za-z ]+\))? [—–-]+ (?=[^\n]{0,40}[a-z])"
)


def in_spans(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies in one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and offset < spans[i][1]


_CONTRIBUTORS = re.compile(
    r"^(?P<names>[A-Z][^\n]{1,200}?)\s+contributed(?:\s+(?:reporting|additional\s+reporting))?"
    r"(?:\s+to\s+this\s+(?:report|story|article))?\.?$"
)
_NAME_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the body, as end-exclusive offsets into the body text."""

    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """An article's layout: what the NLP runs on (``text``) and what was set apart."""

    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    contributors: tuple[str, ...]
    boilerplate: tuple[str, ...]


def normalize_newlines(raw: str) -> str:
    """Strip a BOM and turn CRLF / CR line ends into LF."""
    return raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_paragraphs(body: str) -> list[str]:
    """Split on blank lines; each paragraph stripped, empty ones dropped."""
    return [p.strip() for p in _BLANK_LINES.split(body) if p.strip()]


def parse_contributors(paragraph: str) -> tuple[str, ...]:
    """Names from a line like "Erin Banco and Alexander Ward contributed to this report."."""
    match = _CONTRIBUTORS.match(paragraph.strip())
    if not match:
        return ()
    names = [n.strip() for n in _NAME_SPLIT.split(match["names"]) if n.strip()]
    # A real credit line names people, each at most a few capitalised words.
    if not names or any(len(n.split()) > 5 or not n[0].isupper() for n in names):
        return ()
    return tuple(names)


def build_article(body_paragraphs: list[str], title: str = "") -> Article:
    """Separate trailing boilerplate and the credit line, then lay out the body text."""
    paragraphs = list(body_paragraphs)
    boilerplate: list[str] = []
    while paragraphs and _BOILERPLATE.match(paragraphs[-1]):
        boilerplate.insert(0, paragraphs.pop())
    contributors = parse_contributors(paragraphs[-1]) if paragraphs else ()

    spans, offset = [], 0
    for index, paragraph in enumerate(paragraphs):
        spans.append(Paragraph(index, offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return Article(
        title=title.strip(),
        text="\n\n".join(paragraphs),
        paragraphs=tuple(spans),
        contributors=contributors,
        boilerplate=tuple(boilerplate),
    )


def parse_plain_text(raw: str) -> Article:
    """Parse a .txt/.md article: the first non-empty line is the title, the rest the body."""
    lines = normalize_newlines(raw).split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines.pop(0).strip().lstrip("#").strip() if lines else ""
    return build_article(split_paragraphs("\n".join(lines)), title)


def parse_record(text: str, title: str = "") -> Article:
    """Parse the ``text`` of a JSON record whose title is given separately."""
    return build_article(split_paragraphs(normalize_newlines(text)), normalize_newlines(title))


def paragraph_at(paragraphs: tuple[Paragraph, ...], offset: int) -> int:
    """Index of the paragraph that contains ``offset`` (the previous one if in a gap)."""
    return max(bisect_right(paragraphs, offset, key=attrgetter("start")) - 1, 0)
