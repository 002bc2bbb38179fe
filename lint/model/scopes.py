"""The scopes of a news document: named parts that rules may skip or keep to.

Each scope is found on first use (``Document.scope``) and kept with the document, so a
run pays only for the scopes its rules ask about, and only in documents where a rule has
something to place.  Scopes read sentence by sentence (reported speech, names) are found
only in the sentences where a rule asks (``Document.in_scope``).  ``SCOPES`` lists them with what each holds; the rule reference and
``--explain`` print these descriptions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from corpuslint.text import comments, newsparts, propernames, speech, tables
from corpuslint.text.spans import Span

if TYPE_CHECKING:
    from corpuslint.model.document import Document


@dataclass(frozen=True)
class Scope:
    name: str
    holds: str  # what the scope holds, for the documentation
    find: Callable[[Document], list[Span]]  # spans found over the whole document
    # spans found in one sentence [start, end), for scopes read sentence by sentence
    sentence: Callable[[Document, int, int], list[Span]] | None = None
    # a cheap test that the scope cannot hold an offset (a long line of prose holds no
    # table row or headline): the scope is then not found at all for it
    cannot_hold: Callable[[Document, int], bool] | None = None


def _tables(doc: Document) -> list[Span]:
    dateline = doc.scope("dateline").spans
    after = dateline[0][1] if dateline else None
    return [*doc.layout.tables, *tables.wire_tables(doc.prose, doc.blocks, after)]


def _headlines(doc: Document) -> list[Span]:
    return newsparts.headlines(doc.prose, doc.blocks, doc.layout.headings)


def _dateline(doc: Document) -> list[Span]:
    found = newsparts.dateline(doc.prose, doc.blocks, doc.scope("headline").spans)
    return [found] if found else []


LONG_LINE = 240  # characters: a line this long is prose, never a wire table row or a headline


def _in_long_line(doc: Document, offset: int) -> bool:
    """Whether ``offset`` lies on a long line outside any Markdown table or heading."""
    start, end = doc.index.line_span(doc.index.position(offset)[0])
    if end - start <= LONG_LINE:
        return False
    return not any(s <= offset < e for s, e in (*doc.layout.tables, *doc.layout.headings))


def _after_the_opening(doc: Document, offset: int) -> bool:
    """Whether ``offset`` lies past the first two blocks, where no dateline is."""
    blocks = doc.blocks
    return bool(blocks) and offset >= blocks[min(1, len(blocks) - 1)][1]


def _words_of(doc: Document, find: Callable[[str], set[str]]) -> Callable[[str], bool]:
    """Whether a word is among those ``find`` gives for the document's prose (found once)."""
    words = doc.cache.get(find)
    if words is None:
        words = doc.cache[find] = find(doc.prose)
    return words.__contains__


def _written_lower(doc: Document) -> Callable[[str], bool]:
    return _words_of(doc, speech.lower_case_words)


def _later_name_word(doc: Document) -> Callable[[str], bool]:
    return _words_of(doc, propernames.later_name_words)


SCOPES: dict[str, Scope] = {scope.name: scope for scope in (
    Scope("table", "Markdown tables and wire tables: label-and-figure rows, columns, dot "
          "leaders, period labels between rows and the NOTE: lines after them", _tables,
          cannot_hold=_in_long_line),
    Scope("headline", "Markdown headings, a short first line standing alone, lines in capitals",
          _headlines, cannot_hold=_in_long_line),
    Scope("dateline", "a wire dateline opening the story (LONDON, March 3 -)", _dateline,
          cannot_hold=_after_the_opening),
    Scope("byline", "bylines near the top (By Jane Smith) and credit lines (Reporting by …)",
          lambda doc: newsparts.bylines(doc.prose, doc.blocks), cannot_hold=_in_long_line),
    Scope("quote", "quotations in any quote marks, and Markdown block quotes",
          lambda doc: doc.quotes.spans),
    Scope("comment", "readers' comments and letters: a section introduced as such, or "
          "comments signed Name, Place",
          lambda doc: comments.comments(doc.prose, doc.blocks, doc.layout.headings,
                                        doc.quotes.covers)),
    Scope("reported-speech", "the clause a named speaker's verb of saying governs "
          "(Smith said the plan …; …, Smith said; according to Smith, …)",
          lambda doc: [],
          lambda doc, start, end: speech.in_sentence(doc.prose, start, end, _written_lower(doc))),
    Scope("proper-name", "capitalised names inside a sentence, titles of works in italics "
          "or in quotation marks",
          lambda doc: propernames.titles(doc.prose, doc.quotes.spans, doc.markdown),
          lambda doc, start, end: propernames.in_sentence(
              doc.prose, start, end, _written_lower(doc), _later_name_word(doc),
              _words_of(doc, propernames.inner_name_words))),
    Scope("code", "Markdown code spans and blocks", lambda doc: doc.layout.code),
    Scope("link", "the text of Markdown links", lambda doc: doc.layout.links),
)}


def scope_shares(doc: Document) -> dict[str, float]:
    """Characters of the body, and of the body in each scope: the corpus report's shares."""
    shares = {"scope.body": float(len(doc.text) - doc.layout.body_start)}
    for name in SCOPES:
        shares[f"scope.{name}"] = float(sum(end - start for start, end in doc.scope(name)))
    return shares
