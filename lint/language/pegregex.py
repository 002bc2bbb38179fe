"""One ``re`` pattern for a pyparsing grammar of regexes, sequences, choices and options.

A pyparsing parse of such a grammar is a chain of Python calls and, for every element
that does not match, an exception.  :class:`RegexGrammar` turns the grammar into a single
pattern that matches what pyparsing matches, and returns the same tokens.

pyparsing never goes back into an element that has matched: a regex leaf keeps its
first match, a choice its first alternative that matches, an option its content when
that matches.  ``re`` before Python 3.11 has no atomic groups, but ``(?=(?P<g>…))(?P=g)``
is one: the lookahead matches once and the backreference consumes what it matched.  Every
element, with the whitespace it skips first, is such a group, so the pattern never
backtracks either; an option is ``…|`` inside one, taking the empty alternative only when
its content does not match.  ``FollowedBy`` and ``NotAny`` become lookaheads.

Each leaf captures its match in a group of its own, and each alternative of a choice and
the content of each option end with an empty "done" group.  A leaf's capture is a token
when every alternative and option around it is done: a group set on a path that then
failed can keep its value in ``re``, but that path's done group is never set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyparsing as pp


@dataclass(frozen=True)
class Parsed:
    """A parse: where it ends, its tokens in order and its named results."""

    end: int
    tokens: list[str]
    names: dict[str, str]


@dataclass(frozen=True)
class _Leaf:
    group: str
    name: str  # results name, or ""
    done: tuple[str, ...]  # the done groups of the alternatives and options around it


class RegexGrammar:
    """The parse of ``element`` at an offset, by one regex match."""

    def __init__(self, element: pp.ParserElement) -> None:
        self._groups = 0
        self._leaves: list[_Leaf] = []
        self.pattern = re.compile(self._compile(element, (), tokens=True))

    def parse(self, text: str, start: int, end: int | None = None) -> Parsed | None:
        """Parse ``element`` starting exactly at ``start`` (and ending by ``end``), as pyparsing would."""
        match = self.pattern.match(text, start, len(text) if end is None else end)
        if match is None:
            return None
        groups = match.groupdict()
        found = [(groups[leaf.group], leaf.name) for leaf in self._leaves
                 if groups[leaf.group] is not None
                 and all(groups[done] is not None for done in leaf.done)]
        return Parsed(match.end(), [token for token, _ in found],
                      {name: token for token, name in found if name})

    def _group(self) -> str:
        self._groups += 1
        return f"g{self._groups}"

    def _atomic(self, body: str) -> str:
        group = self._group()
        return f"(?=(?P<{group}>{body}))(?P={group})"

    def _done(self, element: pp.ParserElement, done: tuple[str, ...], tokens: bool) -> str:
        """``element`` followed by an empty group that is set once it has matched."""
        group = self._group()
        return f"{self._compile(element, (*done, group), tokens)}(?P<{group}>)"

    def _compile(self, element: pp.ParserElement, done: tuple[str, ...], tokens: bool) -> str:
        if element.parseAction or (element.resultsName and not isinstance(element, pp.Regex)):
            raise ValueError(f"{element!r}: a parse action, or a name on more than a regex")
        if isinstance(element, pp.NotAny):
            return f"(?!{self._compile(element.expr, done, tokens=False)})"
        if not element.skipWhitespace:
            raise ValueError(f"{element!r} does not skip whitespace")
        space = f"[{re.escape(''.join(sorted(element.whiteChars)))}]*"
        return self._atomic(f"{space}(?:{self._body(element, done, tokens)})")

    def _body(self, element: pp.ParserElement, done: tuple[str, ...], tokens: bool) -> str:
        if isinstance(element, pp.Regex):
            if element.flags or element.re.groups:
                raise ValueError(f"{element!r}: a leaf with flags or groups of its own")
            group = self._group()
            if tokens:
                self._leaves.append(_Leaf(group, element.resultsName or "", done))
            elif element.resultsName:
                raise ValueError(f"{element!r}: a name inside a lookahead")
            return f"(?P<{group}>{element.pattern})"
        if isinstance(element, pp.And):
            return "".join(self._compile(e, done, tokens) for e in element.exprs)
        if isinstance(element, pp.MatchFirst):
            return "|".join(self._done(e, done, tokens) for e in element.exprs)
        if isinstance(element, pp.Opt):
            return self._done(element.expr, done, tokens) + "|"
        if isinstance(element, pp.FollowedBy):
            return f"(?={self._compile(element.expr, done, tokens=False)})"
        raise ValueError(f"{element!r}: not a regex, sequence, choice, option or lookahead")
