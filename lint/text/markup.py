"""Find what is not prose: front matter, code, URLs, link targets, HTML and comments.

Markdown block structure (fences, indented code, HTML blocks, block quotes, paragraphs)
comes from markdown-it-py's line maps; inline constructs, which markdown-it does not
locate, are found by the scanners below on the remaining prose lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from corpuslint.text.lineindex import LineIndex
from corpuslint.text.prefilter import Scanner
from corpuslint.text.spans import Span

FRONT_MATTER = re.compile(
    r"\A---[ \t]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)", re.DOTALL
)
URL = re.compile(
    r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]\"“”]*[^\s<>()\[\]\"“”.,;:!?'’]"
    # an e-mail address starts where a run of address characters starts: trying every word
    # boundary inside a long run ("a.b.c.d…") would rescan the run from each (quadratic)
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
)
URL_MARKS = ("://", "www.", "@")  # one of which every URL or e-mail address holds
HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
INLINE_HTML = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[^<>]*)?/?>")
AUTOLINK = re.compile(r"<(?:[A-Za-z][\w+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
LINK_TARGET = re.compile(
    r"\]\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?\s*\)"
)
REFERENCE_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE)
IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^)\n]*\)")  # alt text stops at "[": linear on "![![![…"
LINK_TEXT = re.compile(r"(?<![!\\])\[([^\[\]\n]+)\](?=\(|\[)")


@dataclass
class Layout:
    """Where prose is, where it is not, and the block structure of a document."""

    body_start: int = 0
    front_matter: str | None = None
    masked: list[Span] = field(default_factory=list)
    blocks: list[Span] = field(default_factory=list)  # paragraphs, headings, list items
    block_quotes: list[Span] = field(default_factory=list)
    code: list[Span] = field(default_factory=list)  # code blocks and spans (Markdown)
    tables: list[Span] = field(default_factory=list)  # Markdown tables
    headings: list[Span] = field(default_factory=list)  # Markdown headings
    links: list[Span] = field(default_factory=list)  # the text of Markdown links


MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})


def front_matter(text: str) -> tuple[str | None, int]:
    """YAML front matter text and the offset where the body starts."""
    match = FRONT_MATTER.match(text)
    if not match:
        return None, 0
    return match.group(1), match.end()


@lru_cache(maxsize=1)
def _markdown_parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


_BLOCK_OPEN = {"paragraph_open", "heading_open", "th_open", "td_open"}
_CODE_BLOCKS = {"fence", "code_block", "html_block"}


def _markdown_blocks(text: str, index: LineIndex, base_line: int, layout: Layout) -> None:
    def span(lines: list[int]) -> Span:
        first = base_line + lines[0] + 1
        last = base_line + lines[1]
        start = index.line_span(first)[0]
        end = index.line_span(last)[1] if last >= first else start
        return start, end

    for token in _markdown_parser().parse(text):
        if token.map is None:
            continue
        if token.type in _CODE_BLOCKS:
            layout.masked.append(span(token.map))
            if token.type != "html_block":
                layout.code.append(span(token.map))
        elif token.type == "blockquote_open":
            layout.block_quotes.append(span(token.map))
        elif token.type == "table_open":
            layout.tables.append(span(token.map))
        elif token.type in _BLOCK_OPEN:
            layout.blocks.append(span(token.map))
            if token.type == "heading_open":
                layout.headings.append(span(token.map))


# a paragraph ends at a blank line, or at a line break before an indented line (wire copy)
_BLANK_LINES = Scanner(re.compile(
    r"(?:\r\n|\r|\n)[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)+|(?:\r\n|\r|\n)(?=[ \t]{2,}\S)"), "\r\n")


def _plain_blocks(text: str, start: int) -> list[Span]:
    blocks, pos = [], start
    for match in _BLANK_LINES.finditer(text, start):
        if match.start() > pos:
            blocks.append((pos, match.start()))
        pos = match.end()
    if pos < len(text):
        blocks.append((pos, len(text)))
    return [(s, e) for s, e in blocks if text[s:e].strip()]


_INLINE_MARKDOWN = (CODE_SPAN, IMAGE, LINK_TARGET, AUTOLINK, INLINE_HTML)


def _mask_inline(text: str, layout: Layout, markdown: bool) -> None:
    layout.masked.extend(m.span() for m in HTML_COMMENT.finditer(text, layout.body_start))
    if any(mark in text for mark in URL_MARKS):
        layout.masked.extend(m.span() for m in URL.finditer(text, layout.body_start))
    if not markdown:
        return
    for start, end in layout.blocks:
        for pattern in _INLINE_MARKDOWN:
            for match in pattern.finditer(text, start, end):
                # a link keeps its text; only the target after "]" is masked
                skip = 1 if pattern is LINK_TARGET else 0
                layout.masked.append((match.start() + skip, match.end()))
                if pattern is CODE_SPAN:
                    layout.code.append(match.span())
        layout.links.extend(m.span(1) for m in LINK_TEXT.finditer(text, start, end))


def analyse(text: str, index: LineIndex, markdown: bool) -> Layout:
    """Find front matter, masked regions and blocks of ``text``."""
    layout = Layout()
    layout.front_matter, layout.body_start = front_matter(text)
    if layout.body_start:
        layout.masked.append((0, layout.body_start))
    body = text[layout.body_start :]
    if markdown:
        base_line = index.position(layout.body_start)[0] - 1
        _markdown_blocks(body, index, base_line, layout)
        for match in REFERENCE_DEF.finditer(text, layout.body_start):
            layout.masked.append(match.span())
    else:
        layout.blocks = _plain_blocks(text, layout.body_start)
    _mask_inline(text, layout, markdown)
    return layout
