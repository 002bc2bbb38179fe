"""Locate quotations: straight and curly double quotes, « », „ “, ‘ ’ and block quotes.

News convention lets a quotation run over several paragraphs, each opening with a
quote mark and only the last one closed, so an unclosed double quote runs to the end
of its paragraph when the next paragraph opens with a mark: pairing never carries a
missing mark past a paragraph break.  When the next paragraph does not open with one, the
closing mark is simply missing, and the quotation ends with its first sentence
(``Moya said: "I'm donating my prize money. His contribution follows …``).  Within a
paragraph, a straight double quote that can only open (a space before it, a word after)
while another is open starts a new quotation, the open one ending before it — so
speech that opens each sentence with its own mark (``"We are angry. "We will fight."``)
is quoted throughout instead of flipping in and out.  Single quotes, straight or curly,
open only before a word and after a space or bracket, and close only where no letter
follows, so apostrophes (``isn't``, ``the people's``) are not quotes; an unclosed single
quote is an apostrophe and is dropped.
"""

from __future__ import annotations

import re

from corpuslint.text import sentences
from corpuslint.text.spans import Span

_MARKS = re.compile(r"[\"“”„«»‘’']")
_OPENING_MARK = re.compile(r"\s*[\"“„«‘']")
_CLOSERS = {"“": "”", "„": "“”", "«": "»", '"': '"', "”": "”"}


def _opens_here(prose: str, pos: int) -> bool:
    before = prose[pos - 1] if pos > 0 else " "
    after = prose[pos + 1] if pos + 1 < len(prose) else " "
    return not after.isspace() and (before.isspace() or before in "([{—–-/" or pos == 0)


def _block_quotes(prose: str, start: int, end: int, continued: bool = True) -> list[Span]:
    found: list[Span] = []
    double: tuple[int, str] | None = None  # (offset, closing marks)
    single: int | None = None
    for match in _MARKS.finditer(prose, start, end):
        pos, mark = match.start(), match.group()
        if mark in "‘’'":
            if mark != "’" and single is None and _opens_here(prose, pos):
                single = pos
            elif mark != "‘" and single is not None and pos > single + 1:
                after = prose[pos + 1] if pos + 1 < end else " "
                if not after.isalnum() and not prose[pos - 1].isspace():
                    found.append((single, pos + 1))
                    single = None
            continue
        if double is not None and mark == '"' and double[1] == '"' and _opens_here(prose, pos) \
                and prose[pos - 1].isspace():
            found.append((double[0], pos))  # an unclosed quotation, and the next one opens
            double = (pos, '"')
        elif double is not None and mark in double[1]:
            found.append((double[0], pos + 1))
            double = None
        elif double is None and mark in _CLOSERS and (mark in "“„«" or _opens_here(prose, pos)):
            double = (pos, _CLOSERS[mark])
    if double is not None:
        found.append((double[0], end if continued else sentences.split(prose, [(double[0], end)])[0][1]))
    return found


def find_quotes(prose: str, blocks: list[Span], block_quotes: list[Span]) -> list[Span]:
    """Quotation spans (marks included) in the given paragraphs, plus block quotes."""
    spans = list(block_quotes)
    for i, (start, end) in enumerate(blocks):
        continued = i + 1 < len(blocks) and _OPENING_MARK.match(prose, blocks[i + 1][0]) is not None
        spans.extend(_block_quotes(prose, start, end, continued))
    return spans
