"""One ``re`` pattern for a pyparsing grammar of regexes, sequences, choices and options.

A pyparsing parse of such a grammar is a chain of Python calls and, for every element
that does not match, an exception.  :class:`RegexGrammar` turns the grammar into a single
pattern that matches what pyparsing matches, and returns the same tokens.

pyparsing never goes back into an element that has matched: a regex leaf keeps its
first match, a choice its first alternative that matches, an option its content when
that matches.  ``re`` before Python 3.11 has no atomic groups, but ``(?=(?P<g>…))(?P=g)``
is one: the lookahead matches once and the backreference consumes what it matched.  An
option is ``(?=(?P<g>…|))(?P=g)``, so that the empty alternative is taken only when its
content does not match.  Each element skips the whitespace before it, as pyparsing's
elements do (an option that does not match still skips it).  Each leaf captures its
match in a group of its own; the groups set, in order, are pyparsing's tokens.
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


class RegexGrammar:
    """The parse of ``element`` at an offset, by one regex match."""

    def __init__(self, element: pp.ParserElement) -> None:
        self._groups = 0
        self._leaves: list[tuple[str, str]] = []  # (group, results name or "")
        self.pattern = re.compile(self._compile(element))

    def parse(self, text: str, start: int) -> Parsed | None:
        """Parse ``element`` starting exactly at ``start`` (after whitespace), as pyparsing would."""
        match = self.pattern.match(text, start)
        if match is None:
            return None
        found = [(match.group(group), name) for group, name in self._leaves]
        found = [(token, name) for token, name in found if token is not None]
        return Parsed(match.end(), [token for token, _ in found],
                      {name: token for token, name in found if name})

    def _group(self) -> str:
        self._groups += 1
        return f"g{self._groups}"

    def _atomic(self, body: str) -> str:
        group = self._group()
        return f"(?=(?P<{group}>{body}))(?P={group})"

    def _compile(self, element: pp.ParserElement) -> str:
        if not element.skipWhitespace or element.parseAction:
            raise ValueError(f"{element!r}: whitespace is not skipped, or there is a parse action")
        space = f"[{re.escape(''.join(sorted(element.whiteChars)))}]*"
        if isinstance(element, pp.Regex):
            if element.flags or element.re.groups:
                raise ValueError(f"{element!r}: a leaf with flags or groups of its own")
            group = self._group()
            self._leaves.append((group, element.resultsName or ""))
            return f"{space}(?=(?P<{group}>{element.pattern}))(?P={group})"
        if element.resultsName:
            raise ValueError(f"{element!r}: only regex leaves can be named")
        if isinstance(element, pp.And):
            return space + "".join(self._compile(e) for e in element.exprs)
        if isinstance(element, pp.MatchFirst):
            return space + self._atomic("|".join(self._compile(e) for e in element.exprs))
        if isinstance(element, pp.Opt):
            return space + self._atomic(self._compile(element.expr) + "|")
        raise ValueError(f"{element!r}: not a regex, sequence, choice or option")
