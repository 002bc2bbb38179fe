"""Readers' comments and letters published with an article.

Two forms are recognised:

* a **section** opened by a line that introduces readers' words — ``Here is a selection
  of your comments``, ``Your comments``, ``Readers' letters``, ``Have your say`` — running
  to the next Markdown heading or the end of the document;
* **signed comments**: two or more blocks that end in (or are followed by) a signature
  line ``Name, Place`` (``Tom Hughes, Cardiff``; ``Anna, London, UK``).  Each signed
  comment runs from the previous signature (or, for the first, its own paragraph) to its
  signature.  One signature alone is a caption, not a comment section;
* **a run of first-person posts at the foot** of a story: from the last paragraph back,
  paragraphs whose writer says "I" or "my" outside quotations, at least three of them and
  most of the run, with no more than two others in a row between them, below an article of
  at least three paragraphs (reader pages that print posts without names).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpuslint.text.spans import Span

_OPENER = re.compile(
    r"[ \t#>*_]*(?:(?:here (?:is|are)|below (?:is|are)|we publish) (?:a selection of |some of )?"
    r"(?:your|readers'?|readers’) (?:comments|views|e-?mails|letters|reactions|thoughts)"
    r"|(?:your|readers'?|readers’) (?:comments|views|letters|e-?mails)\b"
    r"|have your say|letters to the editor)[^\n]{0,120}$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’.-]*(?:[ ](?:[A-Z][\w'’.-]*|de|van|von|al|bin)){0,3}"
_PLACE = r"[A-Z][^\W\d_]+(?:[ '’.-]{1,2}[A-Za-z][^\W\d_]*){0,3}"  # "Saturday, 26 February" is no place
_SIGNATURE = re.compile(rf"[ \t*_-]*{_NAME},[ ]{_PLACE}(?:,[ ]{_PLACE})?[*_]*[ \t]*$")
MIN_SIGNATURES = 2
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me)\b")
MIN_POSTS = 3  # first-person paragraphs that make a run of posts …
MAX_GAP = 2  # … with no more than this many other paragraphs in a row between them
MIN_STORY = 3  # paragraphs of the article above them (a column in the first person is no post)


def _last_line(prose: str, start: int, end: int) -> int:
    return max(start, prose.rfind("\n", start, end) + 1)


def _posts_at_foot(prose: str, blocks: list[Span], quoted: Callable[[int, int], bool]) -> Span | None:
    """The run of first-person paragraphs that ends the document, if there is one."""
    first, posts, gap = None, 0, 0
    for start, end in reversed(blocks):
        speaks = any(not quoted(m.start(), m.end()) for m in _FIRST_PERSON.finditer(prose, start, end))
        if speaks:
            first, posts, gap = start, posts + 1, 0
        else:
            gap += 1
            if gap > MAX_GAP:
                break
    run = [b for b in blocks if first is not None and b[0] >= first]
    story = len(blocks) - len(run)  # the article the posts follow
    if posts >= MIN_POSTS and posts * 2 > len(run) and story >= MIN_STORY:
        return first, blocks[-1][1]
    return None


def comments(prose: str, blocks: list[Span], headings: list[Span],
             quoted: Callable[[int, int], bool] = lambda start, end: False) -> list[Span]:
    """Spans of readers' comments and letters (``quoted`` tells a quotation's words)."""
    found: list[Span] = []
    posts = _posts_at_foot(prose, blocks[1:], quoted)
    if posts is not None:
        found.append(posts)
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
