"""Readers' comments and letters published with an article.

Two forms are recognised:

* a **section** opened by a line that introduces readers' words — ``Here is a selection
  of your comments``, ``Your comments``, ``Readers' letters``, ``Have your say`` — running
  to the next Markdown heading or the end of the document;
* **signed comments**: two or more blocks that end in (or are followed by) a signature
  line ``Name, Place`` (``Tom Hughes, Cardiff``; ``Anna, London, UK``).  Each signed
  comment runs from the previous signature (or, for the first, its own paragraph) to its
  signature.  One signature alone is a caption, not a comment section.
"""

from __future__ import annotations

import re

from corpuslint.text.spans import Span

_OPENER = re.compile(
    r"[ \t#>*_]*(?:(?:here (?:is|are)|below (?:is|are)|we publish) (?:a selection of |some of )?"
    r"(?:your|readers'?|readers’) (?:comments|views|e-?mails|letters|reactions|thoughts)"
    r"|(?:your|readers'?|readers’) (?:comments|views|letters|e-?mails)\b"
    r"|have your say|letters to the editor)[^\n]{0,120}$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’.-]*(?:[ ](?:[A-Z][\w'’.-]*|de|van|von|al|bin)){0,3}"
_SIGNATURE = re.compile(rf"[ \t*_-]*{_NAME},[ ][A-Z][\w'’. -]{{1,30}}(?:,[ ][A-Z][\w'’. -]{{1,20}})?[*_]*[ \t]*$")
MIN_SIGNATURES = 2


def _last_line(prose: str, start: int, end: int) -> int:
    return max(start, prose.rfind("\n", start, end) + 1)


def comments(prose: str, blocks: list[Span], headings: list[Span]) -> list[Span]:
    """Spans of readers' comments and letters."""
    found: list[Span] = []
    heading_starts = sorted(start for start, _ in headings)
    for block_start, block_end in blocks:
        if _OPENER.match(prose, block_start, block_end):
            stop = next((h for h in heading_starts if h > block_end), len(prose))
            found.append((block_start, stop))
            break
    blocks = [(start, start + len(prose[start:end].rstrip())) for start, end in blocks]
    signed = [(start, end) for start, end in blocks
              if _SIGNATURE.match(prose, _last_line(prose, start, end), end)]
    if len(signed) < MIN_SIGNATURES:
        return found
    previous_end = None
    for start, end in signed:
        comment_start = start
        if _last_line(prose, start, end) == start:  # a signature on its own: the block before
            earlier = [b for b in blocks if b[1] <= start]
            comment_start = earlier[-1][0] if earlier else start
        if previous_end is not None:
            comment_start = min(comment_start, next(b[0] for b in blocks if b[0] >= previous_end))
        found.append((comment_start, end))
        previous_end = end
    return found
