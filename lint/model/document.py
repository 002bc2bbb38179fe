"""The document model every check receives: parsed once, never re-read by a rule.

``prose`` has the same length as ``text`` so offsets agree, but every character that
is not prose (front matter, code, URLs, link targets, HTML) is blanked to a space and
line breaks are normalised to ``\\n``.  Rules match against ``prose`` and report
offsets into ``text``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from pathlib import PurePath
from typing import Any

from corpuslint.model.scopes import SCOPES, Scope
from corpuslint.text import markup, quotes, register, sentences
from corpuslint.text.lineindex import LineIndex
from corpuslint.text.spans import Span, SpanSet

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_WORD_SPLIT = re.compile(f"({WORD.pattern})")  # the gaps and the words, alternately
_NOT_NEWLINE = re.compile(r"[^\n]")
POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True)
class Tokens:
    """The words of the prose, in order, as parallel lists."""

    starts: list[int]
    ends: list[int]
    folded: list[str]  # case-folded words


def _tokens(prose: str) -> Tokens:
    parts = _WORD_SPLIT.split(prose)  # gap, word, gap, …, word, gap
    if len(parts) == 1:
        return Tokens([], [], [])
    bounds = list(accumulate(map(len, parts)))  # where each part ends
    # case folding maps each character on its own, and no word holds a space
    folded = " ".join(parts[1::2]).casefold().split(" ")
    return Tokens(bounds[:-1:2], bounds[1::2], folded)


def _blank(prose: str, masked: SpanSet) -> str:
    pieces, pos = [], 0
    for start, end in masked:
        pieces.append(prose[pos:start])
        pieces.append(_NOT_NEWLINE.sub(" ", prose[start:end]))
        pos = end
    pieces.append(prose[pos:])
    return "".join(pieces)


def _positions(items: list[str], item: str) -> list[int]:
    """Every index of ``item`` in ``items`` (which holds it at least once)."""
    found = [items.index(item)]
    try:
        while True:
            found.append(items.index(item, found[-1] + 1))
    except ValueError:
        return found


@dataclass
class Document:
    path: str
    text: str
    markdown: bool
    index: LineIndex = field(init=False)
    layout: markup.Layout = field(init=False)
    masked: SpanSet = field(init=False)
    prose: str = field(init=False)
    quotes: SpanSet = field(init=False)
    sentences: list[Span] = field(init=False)
    cache: dict = field(init=False, default_factory=dict, repr=False)  # shared by rules of a kind
    _scopes: dict[str, SpanSet] = field(init=False, default_factory=dict, repr=False)
    _scopes_near: dict[tuple[str, int | None], SpanSet] = field(init=False, default_factory=dict,
                                                            repr=False)

    def __post_init__(self) -> None:
        self.index = LineIndex(self.text)
        self.layout = markup.analyse(self.text, self.index, self.markdown)
        self.masked = SpanSet(self.layout.masked)
        normalised = self.text.replace("\r\n", " \n").replace("\r", "\n")
        self.prose = _blank(normalised, self.masked)
        self.quotes = SpanSet(quotes.find_quotes(self.prose, self.layout.blocks,
                                                 self.layout.block_quotes))
        self.sentences = sentences.split(self.prose, self.layout.blocks)

    @classmethod
    def from_text(cls, path: str, text: str) -> Document:
        return cls(path, text, PurePath(path).suffix.lower() in markup.MARKDOWN_SUFFIXES)

    @property
    def blocks(self) -> list[Span]:
        return self.layout.blocks

    @cached_property
    def tokens(self) -> Tokens:
        """Words of the prose, case-folded, in order."""
        return _tokens(self.prose)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The distinct folded words of the prose."""
        return frozenset(self.tokens.folded)

    @cached_property
    def words(self) -> frozenset[str]:
        """The folded words of the prose, and each possessive word without its 's."""
        stems = [word[:-2] for word in self.vocabulary if word.endswith(POSSESSIVE)]
        return self.vocabulary.union(stems)

    def word_positions(self, word: str) -> list[int]:
        """Indices of the tokens that are ``word``, or ``word`` with a possessive 's."""
        folded, found = self.tokens.folded, []
        for spelling in (word, *(word + ending for ending in POSSESSIVE)):
            if spelling in self.vocabulary:
                found += _positions(folded, spelling)
        return sorted(found)

    @cached_property
    def register(self) -> str:
        """News, or the genre (sport, review, opinion, other) the document is written in."""
        tokens = self.tokens
        return register.detect(self.path, self.front_matter, tokens.folded, tokens.starts,
                               self.quotes.covers)

    @cached_property
    def registers(self) -> tuple[str, ...]:
        """What a rule's ``registers`` option is looked up by, the most particular first:
        ``match-report`` when the text reads as one, ``wire`` when a wire dateline opens the
        story, then the register."""
        qualifiers = (register.MATCH_REPORT,) if register.match_report(self.tokens.folded) else ()
        if self.scope("dateline").spans:
            qualifiers += (register.WIRE,)
        return (*qualifiers, self.register)

    @cached_property
    def front_matter(self) -> Any:
        """The parsed YAML front matter, or None (also when it is malformed)."""
        if self.layout.front_matter is None:
            return None
        from corpuslint.errors import ConfigError
        from corpuslint.text.yamlsource import load_yaml_text

        try:
            return load_yaml_text(self.layout.front_matter, self.path)
        except ConfigError:
            return None

    def in_quote(self, start: int, end: int) -> bool:
        return self.quotes.covers(start, end)

    def scope(self, name: str) -> SpanSet:
        """Where scope ``name`` (one of :data:`~corpuslint.model.scopes.SCOPES`) lies in
        the whole document, found on first use."""
        found = self._scopes.get(name)
        if found is None:
            scope = SCOPES[name]
            spans = scope.find(self)
            if scope.sentence is not None:
                spans = [*spans, *(span for start, end in self.sentences
                                   for span in scope.sentence(self, start, end))]
            found = self._scopes[name] = SpanSet(spans)
        return found

    def in_scope(self, names: Iterable[str], start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one of the scopes ``names``; a scope read
        sentence by sentence is read only in the sentence holding ``start``."""
        for name in names:
            scope = SCOPES[name]
            if name not in self._scopes and scope.cannot_hold is not None \
                    and scope.cannot_hold(self, start):
                continue
            if name in self._scopes or scope.sentence is None:
                if self.scope(name).covers(start, end):
                    return True
            elif self._near(scope, start).covers(start, end):
                return True
        return False

    def _near(self, scope: Scope, offset: int) -> SpanSet:
        """A sentence-read scope's spans over the document and in the sentence at ``offset``."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        key = (scope.name, i)
        found = self._scopes_near.get(key)
        if found is None:
            whole = self._scopes_near.get((scope.name, None))
            if whole is None:
                whole = self._scopes_near[scope.name, None] = SpanSet(scope.find(self))
            spans = list(whole)
            if i >= 0 and offset < self.sentences[i][1]:
                spans += scope.sentence(self, *self.sentences[i])
            found = self._scopes_near[key] = SpanSet(spans)
        return found

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def position(self, offset: int) -> tuple[int, int]:
        return self.index.position(offset)
