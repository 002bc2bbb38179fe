"""The furniture of a news story: its headline, wire dateline, bylines and credit lines.

* **Headline**: a Markdown heading; the story's first line when it stands alone as a
  short block that does not end like a sentence (nor reads as a table row); any line in
  capitals (wire headlines and
  subheads, ``MECHTRON INTERNATIONAL CORP <MCHT> YEAR NET``).
* **Dateline**: a wire dateline opening the first block after the headline —
  ``LONDON, March 3 -``, ``ORLANDO, Fla., March 31 -``, ``LONDON (Reuters) -``; the span
  ends after the dash, so the story after it is prose (or a table's first row).
* **Byline and credits**: ``By Jane Smith`` (with an optional role or desk) near the top,
  and credit lines anywhere (``Reporting by …``, ``Editing by …``, ``Photo: …``).
"""

from __future__ import annotations

import re

from corpuslint.text.spans import Span, line_spans
from corpuslint.text.tables import classify
from corpuslint.text.vocabulary import MONTH_ABBREVIATIONS, MONTH_NAMES

_MONTH = "|".join(sorted((*MONTH_NAMES, *MONTH_ABBREVIATIONS), key=len, reverse=True))
_PLACE = r"[A-Za-z][\w.'’&-]*(?:[ ][A-Za-z][\w.'’&-]*){0,3}"
DATELINE = re.compile(
    rf"[ \t]*(?:{_PLACE}(?:,[ ]{_PLACE}){{0,2}},[ ](?i:{_MONTH})\.?[ ]\d{{1,2}}"
    r"(?:[ ]\((?:Reuters|AP|AFP|PA|UPI|dpa)\))?"
    r"|[A-Z][A-Z.'’ -]{1,30}(?:,[ ][A-Z][\w.]+)?[ ]\((?:Reuters|AP|AFP|PA|UPI|dpa)\))"
    r"[ ]+[-–—]+[ ]*"
)
_BYLINE = re.compile(r"[ \t]*(?:By|BY)[ ]+[A-Z][\w.'’-]*(?:[ ]+(?:and[ ]+)?[A-Z][\w.'’-]*){0,4}"
                     r"(?:[ ]*[,|/–—-][^\n]{0,60})?[ \t]*$")
_CREDIT = re.compile(r"[ \t]*\(?(?:(?:Additional[ ])?[Rr]eporting|Writing|Editing|Edited|Compiled"
                     r"|Research|Graphics?)[ ]by[ ]\S[^\n]{0,200}$"
                     r"|[ \t]*(?:Photo(?:graph)?s?|Pictures?|Images?)(?:[ ]credit)?:[ ]\S[^\n]{0,120}$")
_SENTENCE_END = re.compile(r"(?<!\.\.)[.;,]['\"’”)]*\s*$")  # a title cut short by "..." is no sentence
_LETTERS = re.compile(r"[^\W\d_]")
HEADLINE_WORDS = 20  # a longer line is not a headline …
HEADLINE_CHARS = 200  # … nor is one this long
CREDIT_CHARS = 240  # a longer line is no byline or credit line


def _trimmed(prose: str, start: int, end: int) -> Span:
    line = prose[start:end]
    return start + len(line) - len(line.lstrip()), start + len(line.rstrip())


def in_capitals(line: str) -> bool:
    """A line of at least two words whose letters are (almost) all capitals."""
    words = line.split()
    if len(words) < 2 or sum(1 for word in words if word.islower()) > 1:
        return False
    letters = _LETTERS.findall(line)
    if len(letters) < 8:
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    return upper >= 0.85 * len(letters)


def headlines(prose: str, blocks: list[Span], headings: list[Span]) -> list[Span]:
    """Headings, a short standalone first line, and lines in capitals."""
    found = [_trimmed(prose, s, e) for s, e in headings]
    if len(blocks) > 1:
        start, end = _trimmed(prose, *blocks[0])
        line = prose[start:end]
        if ("\n" not in line and 0 < len(line.split()) <= HEADLINE_WORDS
                and not _SENTENCE_END.search(line) and not DATELINE.match(line)
                and not classify(line).row):
            found.append((start, end))
    for block_start, block_end in blocks:
        for start, end in line_spans(prose, block_start, block_end):
            if end - start > HEADLINE_CHARS:
                continue
            line = prose[start:end]
            if len(line.split()) <= HEADLINE_WORDS and in_capitals(line) and not DATELINE.match(line):
                found.append(_trimmed(prose, start, end))
    return found


def dateline(prose: str, blocks: list[Span], headline_spans: list[Span]) -> Span | None:
    """The wire dateline opening the first block after the headline, if there is one."""
    titled = {start for start, _ in headline_spans}
    for block_start, block_end in blocks[:2]:
        match = DATELINE.match(prose, block_start, block_end)
        if match:
            return _trimmed(prose, block_start, match.end())[0], match.end()
        if _trimmed(prose, block_start, block_end)[0] not in titled:
            return None
    return None


def bylines(prose: str, blocks: list[Span]) -> list[Span]:
    """Bylines among the first blocks, and credit lines anywhere."""
    found = []
    for number, (block_start, block_end) in enumerate(blocks):
        for start, end in line_spans(prose, block_start, block_end):
            if end - start > CREDIT_CHARS:
                continue  # prose, not a byline or credit line
            if (number < 4 and _BYLINE.match(prose, start, end)) or _CREDIT.match(prose, start, end):
                found.append(_trimmed(prose, start, end))
    return found
